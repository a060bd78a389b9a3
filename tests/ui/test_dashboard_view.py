"""The debt dashboard: figure tiles, chart values and labels, PNG export, empty figures, both languages."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QCategoryAxis, QChart, QLineSeries, QXYSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QFrame, QLabel, QToolTip, QWidget

from vetdesk.domain.agreements import Standing
from vetdesk.domain.ledger import Aging
from vetdesk.domain.money import Money
from vetdesk.services.dashboard import DashboardFigures, MonthEnd
from vetdesk.translation import Translations
from vetdesk.ui import dashboard_view
from vetdesk.ui.dashboard_view import DashboardView, axis_ticks, percent_text, whole_euros_text

NBSP = "\u00a0"
AS_OF = date(2026, 12, 4)
# Month ends of 2026. The last one is the as-of day because December is still running.
MONTH_DAYS = [date(2026, month, day) for month, day in
              ((1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31), (11, 30))]
MONTH_DAYS.append(AS_OF)
RECEIVABLE_BY_MONTH = ["14210.40", "15102.75", "15890.10", "16420.00", "17011.35", "16805.20",
                       "16230.90", "17544.60", "18102.33", "18650.00", "19020.45", "18734.56"]
OVERDUE_BY_MONTH = ["5120.10", "5530.00", "5902.45", "6210.80", "6655.10", "6400.00",
                    "6102.35", "6890.70", "7201.15", "7530.60", "7812.90", "7654.32"]
SPANISH_MONTHS = ["ene 2026", "feb 2026", "mar 2026", "abr 2026", "may 2026", "jun 2026",
                  "jul 2026", "ago 2026", "sept 2026", "oct 2026", "nov 2026", "dic 2026"]
AGREEMENT_COUNTS = {Standing.GOOD: 14, Standing.LATE: 3, Standing.BROKEN: 2, Standing.COMPLETED: 27,
                    Standing.CANCELLED: 1}


def euros(text: str) -> Money:
    return Money(Decimal(text))


def clinic_figures() -> DashboardFigures:
    """A clinic with 18.734,56 € receivable, of which 2.341,82 € (exactly 12,5 %) is over 90 days overdue."""
    return DashboardFigures(
        as_of=AS_OF,
        receivable=euros("18734.56"),
        overdue=euros("7654.32"),
        aging=Aging(days_1_30=euros("3000.00"), days_31_60=euros("1500.32"), days_61_90=euros("812.18"),
                    over_90=euros("2341.82")),
        month_ends=tuple(MonthEnd(day, euros(overdue), euros(receivable))
                         for day, overdue, receivable in zip(MONTH_DAYS, OVERDUE_BY_MONTH, RECEIVABLE_BY_MONTH,
                                                            strict=True)),
        recovered_after_reminders=euros("4321.09"),
        share_over_90=Decimal("2341.82") / Decimal("18734.56"),
        agreements_by_status=dict(AGREEMENT_COUNTS),
        written_off=euros("1234.56"),
    )


def zero_figures() -> DashboardFigures:
    """A new clinic: twelve month ends, every amount and count zero, and no agreements at all."""
    zero = Money.zero()
    return DashboardFigures(
        as_of=AS_OF, receivable=zero, overdue=zero, aging=Aging(zero, zero, zero, zero),
        month_ends=tuple(MonthEnd(day, zero, zero) for day in MONTH_DAYS),
        recovered_after_reminders=zero, share_over_90=Decimal(0), agreements_by_status={}, written_off=zero,
    )


@pytest.fixture
def dashboard(qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def tile_value(view: DashboardView, object_name: str) -> str:
    return view.findChild(QFrame, object_name).findChild(QLabel, "tileValue").text()


def chart_of(view: DashboardView, name: str) -> QChart:
    return view.chart_views[name].chart()


def bar_series(chart: QChart):
    return next(series for series in chart.series() if not isinstance(series, QLineSeries))


def bar_totals(chart: QChart) -> dict[str, float]:
    """Each bar set's label and the sum of its values (one bar per set in the stacked charts)."""
    return {bar_set.label(): sum(bar_set.at(index) for index in range(bar_set.count()))
            for bar_set in bar_series(chart).barSets()}


def point_labels(chart: QChart) -> list[str]:
    labels = next(series for series in chart.series() if series.objectName() == "valueLabels")
    return [labels.pointConfiguration(index)[QXYSeries.PointConfiguration.LabelFormat]
            for index in range(labels.count())]


def end_labels(chart: QChart) -> list[str]:
    return [item.text() for item in chart.childItems() if item.data(0) == "valueLabel"]


def category_labels(chart: QChart) -> list[str]:
    """Return the category axis labels as plain text, each line break as a space."""
    axis = next(axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis))
    return [re.sub(r"</?center>", "", label).replace("<br>", " ") for label in axis.categories()]


def value_axis(chart: QChart) -> QCategoryAxis:
    return next(axis for axis in chart.axes() if isinstance(axis, QCategoryAxis))


# -- Formatting helpers ---------------------------------------------------------------------


@pytest.mark.parametrize(("share", "language", "expected"), [
    (Decimal("0.125"), "es", f"12,5{NBSP}%"),
    (Decimal("0.125"), "en", "12.5%"),
    (Decimal("0.12345"), "es", f"12,3{NBSP}%"),
    (Decimal("0.12351"), "en", "12.4%"),
    (Decimal("0.00049"), "es", f"0,0{NBSP}%"),
    (Decimal("-0.0001"), "en", "0.0%"),
    (Decimal(0), "es", f"0,0{NBSP}%"),
    (Decimal(1), "es", f"100,0{NBSP}%"),
    (Decimal(1), "en", "100.0%"),
])
def test_percent_text(share, language, expected):
    assert percent_text(share, language) == expected


@pytest.mark.parametrize(("euros_value", "language", "expected"), [
    (0, "es", f"0{NBSP}€"),
    (500, "es", f"500{NBSP}€"),
    (1000, "es", f"1.000{NBSP}€"),
    (25000, "en", "€25,000"),
    (-2500, "es", f"-2.500{NBSP}€"),
    (-2500, "en", "-€2,500"),
])
def test_whole_euros_text(euros_value, language, expected):
    assert whole_euros_text(euros_value, language) == expected


@pytest.mark.parametrize(("low", "high"), [
    (0.0, 0.0), (0.0, 0.01), (0.0, 1.0), (0.0, 7654.32), (0.0, 19020.45), (0.0, 27.0), (-1500.0, 800.0),
    (-300.0, 0.0), (0.0, 9_999_999.99),
])
def test_axis_ticks_cover_data(low, high):
    ticks = axis_ticks(low, high)
    steps = {later - earlier for earlier, later in zip(ticks, ticks[1:])}
    assert all(isinstance(tick, int) for tick in ticks)
    assert len(steps) == 1
    assert min(steps) > 0
    assert ticks[0] <= min(low, 0.0)
    # Room for the value labels above the highest bar.
    assert ticks[-1] >= max(high, 0.0) * 1.1
    assert ticks[-1] > max(high, 0.0)
    assert len(ticks) <= 8


def test_axis_ticks_zero():
    assert axis_ticks(0.0, 0.0) == [0, 1]


# -- Tiles ----------------------------------------------------------------------------------


def test_tiles_spanish(spanish, dashboard):
    dashboard.show_figures(clinic_figures())
    assert tile_value(dashboard, "receivableTile") == f"18.734,56{NBSP}€"
    assert tile_value(dashboard, "overdueTile") == f"7.654,32{NBSP}€"
    assert tile_value(dashboard, "over90Tile") == f"12,5{NBSP}%"
    assert tile_value(dashboard, "recoveredTile") == f"4.321,09{NBSP}€"
    assert tile_value(dashboard, "writtenOffTile") == f"1.234,56{NBSP}€"
    assert f"2.341,82{NBSP}€" in dashboard.tiles["over90"].note.text()
    assert "04/12/2026" in dashboard.as_of_label.text()


def test_tiles_english(dashboard):
    dashboard.show_figures(clinic_figures())
    assert tile_value(dashboard, "receivableTile") == "€18,734.56"
    assert tile_value(dashboard, "overdueTile") == "€7,654.32"
    assert tile_value(dashboard, "over90Tile") == "12.5%"
    assert tile_value(dashboard, "recoveredTile") == "€4,321.09"
    assert tile_value(dashboard, "writtenOffTile") == "€1,234.56"
    assert dashboard.tiles["receivable"].caption.text() == "Total receivable"


def test_tiles_before_figures(dashboard):
    assert tile_value(dashboard, "receivableTile") == "—"
    assert "Refresh" in dashboard.as_of_label.text()
    assert all(not button.isEnabled() for button in dashboard.export_buttons.values())


def test_object_names(dashboard):
    assert dashboard.objectName() == "debtDashboard"
    for name in ("agingChart", "monthEndChart", "agreementsChart", "refreshButton", "agingExportButton",
                 "monthEndExportButton", "agreementsExportButton", "dashboardMessages"):
        assert dashboard.findChild(QWidget, name) is not None, name


# -- Charts ---------------------------------------------------------------------------------


def test_aging_values(dashboard):
    dashboard.show_figures(clinic_figures())
    chart = chart_of(dashboard, "aging")
    assert bar_totals(chart) == {"1–30": 3000.00, "31–60": 1500.32, "61–90": 812.18, "Over 90": 2341.82}
    assert category_labels(chart) == ["1–30", "31–60", "61–90", "Over 90"]


def test_aging_one_bar_per_bucket(dashboard):
    dashboard.show_figures(clinic_figures())
    bar_sets = bar_series(chart_of(dashboard, "aging")).barSets()
    for index, bar_set in enumerate(bar_sets):
        others = [bar_set.at(position) for position in range(bar_set.count()) if position != index]
        assert others == [0.0, 0.0, 0.0], bar_set.label()


def test_aging_labels_spanish(spanish, dashboard):
    dashboard.show_figures(clinic_figures())
    chart = chart_of(dashboard, "aging")
    assert point_labels(chart) == [f"3.000,00{NBSP}€", f"1.500,32{NBSP}€", f"812,18{NBSP}€", f"2.341,82{NBSP}€"]


def test_aging_labels_english(dashboard):
    dashboard.show_figures(clinic_figures())
    assert point_labels(chart_of(dashboard, "aging")) == ["€3,000.00", "€1,500.32", "€812.18", "€2,341.82"]


def test_aging_labels_hidden_from_legend(dashboard):
    dashboard.show_figures(clinic_figures())
    chart = chart_of(dashboard, "aging")
    labels = next(series for series in chart.series() if series.objectName() == "valueLabels")
    assert [marker.isVisible() for marker in chart.legend().markers(labels)] == [False]


def test_aging_axis_in_euros(spanish, dashboard):
    dashboard.show_figures(clinic_figures())
    axis = value_axis(chart_of(dashboard, "aging"))
    assert axis.min() == 0
    assert axis.max() >= 3000.00 * 1.1
    assert axis.categoriesLabels()[0] == f"0{NBSP}€"
    assert all(label.endswith(f"{NBSP}€") for label in axis.categoriesLabels())


def test_month_end_spanish_categories(spanish, dashboard):
    dashboard.show_figures(clinic_figures())
    assert category_labels(chart_of(dashboard, "monthEnd")) == SPANISH_MONTHS


def test_month_end_english_categories(dashboard):
    dashboard.show_figures(clinic_figures())
    labels = category_labels(chart_of(dashboard, "monthEnd"))
    assert len(labels) == 12
    assert labels[0] == "Jan 2026"
    assert labels[-1] == "Dec 2026"


def test_month_end_values(dashboard):
    dashboard.show_figures(clinic_figures())
    series = bar_series(chart_of(dashboard, "monthEnd"))
    assert isinstance(series, QBarSeries)
    sets = {bar_set.label(): [bar_set.at(index) for index in range(bar_set.count())] for bar_set in series.barSets()}
    assert sets["Total receivable"] == [float(value) for value in RECEIVABLE_BY_MONTH]
    assert sets["Overdue"] == [float(value) for value in OVERDUE_BY_MONTH]


def test_month_end_axis_covers_receivable(dashboard):
    dashboard.show_figures(clinic_figures())
    axis = value_axis(chart_of(dashboard, "monthEnd"))
    assert axis.max() > 19020.45
    assert axis.categoriesLabels()[-1] == "€25,000"


# The offscreen platform cannot raise the tooltip window, a warning unrelated to the dashboard.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_month_end_tooltip(dashboard, qtbot):
    dashboard.show_figures(clinic_figures())
    overdue = next(bar_set for bar_set in bar_series(chart_of(dashboard, "monthEnd")).barSets()
                   if bar_set.label() == "Overdue")
    overdue.hovered.emit(True, 11)
    assert QToolTip.text() == "Dec 2026: receivable €18,734.56, overdue €7,654.32"
    overdue.hovered.emit(False, 11)
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)


def test_agreements_counts(dashboard):
    dashboard.show_figures(clinic_figures())
    assert bar_totals(chart_of(dashboard, "agreements")) == {
        "In good standing": 14.0, "Late": 3.0, "Broken": 2.0, "Completed": 27.0, "Cancelled": 1.0}


def test_agreements_order_top_down(dashboard):
    dashboard.show_figures(clinic_figures())
    # A horizontal category axis counts from the bottom up.
    assert category_labels(chart_of(dashboard, "agreements")) == [
        "Cancelled", "Completed", "Broken", "Late", "In good standing"]


def test_agreements_labels(dashboard):
    dashboard.show_figures(clinic_figures())
    assert end_labels(chart_of(dashboard, "agreements")) == ["1", "27", "2", "3", "14"]


def test_agreements_spanish_standings(spanish, dashboard):
    dashboard.show_figures(clinic_figures())
    assert category_labels(chart_of(dashboard, "agreements"))[-1] == "Al corriente"


def test_agreements_labels_follow_bars(dashboard):
    dashboard.show_figures(clinic_figures())
    QApplication.processEvents()
    chart = chart_of(dashboard, "agreements")
    items = {item.text(): item for item in chart.childItems() if item.data(0) == "valueLabel"}
    # Completed is the second row from the bottom, and its bar ends at 27.
    bar_end = chart.mapToPosition(QPointF(27, 1), bar_series(chart))
    label = items["27"]
    assert label.pos().x() == pytest.approx(bar_end.x() + 6)
    assert label.pos().y() < bar_end.y() < label.pos().y() + label.boundingRect().height()
    assert chart.plotArea().contains(label.pos())


def test_second_figures_replace_charts(dashboard):
    dashboard.show_figures(zero_figures())
    first_chart = chart_of(dashboard, "aging")
    dashboard.show_figures(clinic_figures())
    assert chart_of(dashboard, "aging") is not first_chart
    assert bar_totals(chart_of(dashboard, "aging"))["Over 90"] == 2341.82
    assert tile_value(dashboard, "receivableTile") == "€18,734.56"


def test_zero_figures(spanish, dashboard):
    dashboard.show_figures(zero_figures())
    assert tile_value(dashboard, "receivableTile") == f"0,00{NBSP}€"
    assert tile_value(dashboard, "over90Tile") == f"0,0{NBSP}%"
    for name in ("aging", "monthEnd", "agreements"):
        axis = value_axis(chart_of(dashboard, name))
        assert axis.max() > axis.min(), name
    assert bar_totals(chart_of(dashboard, "agreements")) == {
        "Al corriente": 0.0, "Con retraso": 0.0, "Incumplido": 0.0, "Completado": 0.0, "Cancelado": 0.0}
    assert end_labels(chart_of(dashboard, "agreements")) == ["0"] * 5


def test_no_month_ends(dashboard):
    dashboard.show_figures(replace(clinic_figures(), month_ends=()))
    chart = chart_of(dashboard, "monthEnd")
    assert category_labels(chart) == []
    assert value_axis(chart).max() > value_axis(chart).min()


def test_zero_figures_export(dashboard, tmp_path):
    dashboard.show_figures(zero_figures())
    for name in ("aging", "monthEnd", "agreements"):
        assert dashboard.export_chart_png(name, tmp_path / f"{name}.png") == tmp_path / f"{name}.png"


def test_language_change_rebuilds(qapp, dashboard):
    dashboard.show_figures(clinic_figures())
    translations = Translations(qapp)
    try:
        translations.install("es")
        QApplication.processEvents()
        assert category_labels(chart_of(dashboard, "monthEnd"))[0] == "ene 2026"
        assert tile_value(dashboard, "receivableTile") == f"18.734,56{NBSP}€"
    finally:
        translations.install("en")
    QApplication.processEvents()
    assert category_labels(chart_of(dashboard, "monthEnd"))[0] == "Jan 2026"


# -- Refresh and export ---------------------------------------------------------------------


def test_refresh_emits(dashboard, qtbot):
    with qtbot.waitSignal(dashboard.refreshRequested, timeout=1000):
        qtbot.mouseClick(dashboard.refresh_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("name", ["aging", "monthEnd", "agreements"])
def test_export_png(dashboard, tmp_path, name):
    dashboard.show_figures(clinic_figures())
    target = tmp_path / f"{name}.png"
    assert dashboard.export_chart_png(name, target) == target
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() >= 1200
    assert image.width() > dashboard.chart_views[name].width()
    assert str(target) in dashboard.message_bar.text()


def colours_in(image: QImage, left: float, right: float) -> set[str]:
    """Return the colours found on a 20-pixel grid between two fractions of the image's width."""
    columns = range(int(image.width() * left), int(image.width() * right), 20)
    return {image.pixelColor(x, y).name() for x in columns for y in range(0, image.height(), 20)}


def test_export_fills_image(dashboard, tmp_path):
    dashboard.show_figures(clinic_figures())
    target = tmp_path / "aging.png"
    dashboard.export_chart_png("aging", target)
    image = QImage(str(target))
    # The 1–30 days bar is the first of four and the over-90 bar the last, so a chart drawn
    # at its default size in a corner of the image fails one of these.
    assert "#f9ab00" in colours_in(image, 0.0, 0.3)
    assert "#f9ab00" not in colours_in(image, 0.7, 1.0)
    assert "#c5221f" in colours_in(image, 0.75, 1.0)


def test_export_bad_path(dashboard, tmp_path):
    dashboard.show_figures(clinic_figures())
    target = tmp_path / "missing-folder" / "aging.png"
    assert dashboard.export_chart_png("aging", target) is None
    assert not target.exists()
    assert str(target) in dashboard.message_bar.text()
    assert "could not be saved" in dashboard.message_bar.text()


def test_export_to_folder(dashboard, tmp_path):
    dashboard.show_figures(clinic_figures())
    assert dashboard.export_chart_png("monthEnd", tmp_path) is None
    assert str(tmp_path) in dashboard.message_bar.text()


def test_export_before_figures(dashboard, tmp_path):
    assert dashboard.export_chart_png("aging", tmp_path / "aging.png") is None
    assert not (tmp_path / "aging.png").exists()
    assert "Refresh" in dashboard.message_bar.text()


def test_export_unknown_chart(dashboard, tmp_path):
    dashboard.show_figures(clinic_figures())
    with pytest.raises(ValueError, match="pie"):
        dashboard.export_chart_png("pie", tmp_path / "pie.png")


def test_export_button(dashboard, tmp_path, monkeypatch):
    dashboard.show_figures(clinic_figures())
    requested_paths = []

    def choose(parent, caption, directory, file_filter):
        requested_paths.append(directory)
        return str(tmp_path / "ageing"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dashboard.export_buttons["aging"].click()
    assert (tmp_path / "ageing.png").exists()
    assert Path(requested_paths[0]).name == "overdue-by-age-2026-12-04.png"


def test_export_button_cancelled(dashboard, tmp_path, monkeypatch):
    dashboard.show_figures(clinic_figures())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    dashboard.export_buttons["agreements"].click()
    assert list(tmp_path.iterdir()) == []
    assert dashboard.message_bar.text() == ""


def test_export_keeps_screen_title(dashboard):
    dashboard.show_figures(clinic_figures())
    dashboard.render_chart_image("aging")
    # The on-screen chart keeps its short title, and only the exported copy names the day.
    assert chart_of(dashboard, "aging").title() == "Overdue debt by age"


def test_charts_lazy_import():
    """The main window must not load QtCharts: it imports this module only when the dashboard opens."""
    code = ("import sys; import vetdesk.ui.main_window; "
            "print('PySide6.QtCharts' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_texts_extracted_by_lupdate(tmp_path):
    """lupdate skips a self.tr() written inside an f-string, so a Spanish desk would show it in English."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    source = Path(dashboard_view.__file__)
    ts_file = tmp_path / "dashboard_view.ts"

    subprocess.run([lupdate, str(source), "-ts", str(ts_file)], check=True, capture_output=True, timeout=120)

    extracted = {
        (context.findtext("name"), message.findtext("source"))
        for context in ElementTree.parse(ts_file).getroot().iter("context")
        for message in context.iter("message")
    }
    for text in ("Debt dashboard", "Export as PNG…", "Figures as of {date}", "Over 90", "The chart was saved as {path}."):
        assert ("DashboardView", text) in extracted
    calls_in_f_strings = [
        node.lineno
        for f_string in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(f_string, ast.JoinedStr)
        for node in ast.walk(f_string)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
    ]
    assert calls_in_f_strings == []


# -- Screenshots ----------------------------------------------------------------------------


def screenshot_folder(tmp_path: Path) -> Path:
    """Return the folder named by VETDESK_DASHBOARD_LOOK, for looking at the images, or else the test's folder."""
    folder = Path(os.environ.get("VETDESK_DASHBOARD_LOOK") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def grab_dashboard(qtbot, view: DashboardView, path: Path) -> None:
    view.show_figures(clinic_figures())
    QApplication.processEvents()
    qtbot.wait(50)
    pixmap = view.grab()
    assert pixmap.width() == 1280
    assert pixmap.height() == 800
    assert pixmap.save(str(path))
    assert path.stat().st_size > 30_000


def test_screenshot_english(qtbot, dashboard, tmp_path):
    folder = screenshot_folder(tmp_path)
    grab_dashboard(qtbot, dashboard, folder / "dashboard-en.png")
    dashboard.export_chart_png("aging", folder / "export-aging-en.png")


def test_screenshot_spanish(qtbot, spanish, dashboard, tmp_path):
    folder = screenshot_folder(tmp_path)
    grab_dashboard(qtbot, dashboard, folder / "dashboard-es.png")
    dashboard.export_chart_png("monthEnd", folder / "export-monthEnd-es.png")
