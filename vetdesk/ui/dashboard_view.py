"""The debt dashboard: what clients owe, how old the overdue part is, the last twelve month ends and agreements.

PySide6.QtCharts is imported here and nowhere else because it is a large import,
and the main window is expected to import this module only when the dashboard is first opened.
QtCharts plots floats: amounts become floats only as bar heights, and every
amount shown as text comes from ``money_text`` on the exact ``Money``.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QXYSeries,
)
from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QImage, QImageWriter, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.agreements import Standing
from vetdesk.domain.money import Money
from vetdesk.ui.agreement_dialog import NamedMessageBar, standing_label
from vetdesk.ui.common import current_language, date_text, money_text

if TYPE_CHECKING:
    from vetdesk.services.dashboard import DashboardFigures

log = logging.getLogger("vetdesk.ui")

CHART_NAMES = ("aging", "monthEnd", "agreements")

# Exported charts are laid out at this size in logical pixels and drawn at EXPORT_SCALE,
# so the PNG is 2400 x 1350 pixels and its text is as sharp as on a high-density screen.
EXPORT_WIDTH = 1200
EXPORT_HEIGHT = 675
EXPORT_SCALE = 2

# Yellow to dark red as the debt gets older.
AGING_COLOURS = ("#f9ab00", "#f29900", "#e8710a", "#c5221f")
RECEIVABLE_COLOUR = "#8ab4f8"
OVERDUE_COLOUR = "#d93025"
STANDING_ORDER = (Standing.GOOD, Standing.LATE, Standing.BROKEN, Standing.COMPLETED, Standing.CANCELLED)
STANDING_COLOURS = {
    Standing.GOOD: "#188038",
    Standing.LATE: "#f29900",
    Standing.BROKEN: "#c5221f",
    Standing.COMPLETED: "#1a73e8",
    Standing.CANCELLED: "#9aa0a6",
}
# QtCharts cuts a category label wider than about the plot width divided by the number of
# categories plus one, and a title wider than the chart, to "...". Below these sizes the
# Spanish and English texts would be cut (measured with Qt 6.11 offscreen), so the page scrolls instead.
MINIMUM_CHART_SIZES = {"aging": QSize(480, 250), "monthEnd": QSize(700, 250), "agreements": QSize(440, 250)}
LABEL_COLOUR = "#202124"
MUTED_COLOUR = "#5f6368"
NBSP = "\u00a0"


# -- Number formatting ----------------------------------------------------------------------


def percent_text(share: Decimal, language: str) -> str:
    """Format a share between 0 and 1 to one decimal: "12,5 %" in Spanish, "12.5%" in English."""
    percent = (share * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    # A tiny negative share rounds to -0.0, which would show as "-0,0 %".
    if percent.is_zero():
        percent = abs(percent)
    if language == "en":
        return f"{percent:f}%"
    return f"{percent:f}".replace(".", ",") + f"{NBSP}%"


def whole_euros_text(euros: int, language: str) -> str:
    """Format whole euros for an axis, grouped as ``format_money`` does but without cents."""
    sign = "-" if euros < 0 else ""
    grouped = f"{abs(euros):,}"
    if language == "en":
        return f"{sign}€{grouped}"
    return f"{sign}{grouped.replace(',', '.')}{NBSP}€"


def _nice_steps() -> Iterator[int]:
    """Yield 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500 and so on."""
    exponent = 0
    while True:
        for multiplier in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5)):
            step = multiplier.scaleb(exponent)
            if step == step.to_integral_value():
                yield int(step)
        exponent += 1


def axis_ticks(low: float, high: float, intervals: int = 5) -> list[int]:
    """Return evenly spaced whole-number ticks from ``min(low, 0)`` to above ``max(high, 0)``.

    The top tick is at least 10 % above ``high``, which leaves room for the value
    labels drawn above the highest bar. All-zero data gives the ticks 0 and 1.
    """
    low = min(low, 0.0)
    high = max(high, 0.0)
    span = (high - low) or 1.0
    step = next(step for step in _nice_steps() if step >= span * 1.1 / intervals)
    bottom = math.floor(low / step) * step
    top = (math.floor(high * 1.1 / step) + 1) * step
    return list(range(bottom, top + 1, step))


def _plotted(amount: Money) -> float:
    # Only for bar heights; labels use money_text on the Money itself.
    return float(amount.amount)


# -- Chart pieces ---------------------------------------------------------------------------


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    title_font = QFont(chart.titleFont())
    title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setTitleBrush(QColor(LABEL_COLOUR))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(False)
    return chart


def _style_axis(axis) -> None:
    label_font = QFont(axis.labelsFont())
    label_font.setPointSizeF(max(label_font.pointSizeF(), 9.0))
    axis.setLabelsFont(label_font)
    axis.setLabelsColor(QColor(LABEL_COLOUR))
    axis.setTitleBrush(QColor(MUTED_COLOUR))


def _category_axis(labels: list[str], title: str = "") -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(labels)
    axis.setTitleText(title)
    axis.setGridLineVisible(False)
    _style_axis(axis)
    return axis


def _value_axis(ticks: list[int], tick_label: Callable[[int], str], title: str) -> QCategoryAxis:
    """Build a value axis whose tick labels are formatted by VetDesk, not by QtCharts' printf formats."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(ticks[0])
    axis.setRange(ticks[0], ticks[-1])
    for tick in ticks:
        axis.append(tick_label(tick), tick)
    axis.setTitleText(title)
    _style_axis(axis)
    return axis


def _value_label_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(font.pointSizeF(), 9.0))
    font.setBold(True)
    return font


def _add_value_labels(chart: QChart, axis_x, axis_y, points: list[tuple[float, str]]) -> QLineSeries:
    """Write ``text`` above each vertical bar at (index, value) through an invisible line series.

    QBarSeries labels can only show a float formatted by QtCharts, so each point of
    this series carries its own label text (the LabelFormat of its point configuration).
    """
    series = QLineSeries()
    series.setObjectName("valueLabels")
    # QtCharts draws a line series' point labels half its pen width above the points
    # (LineChartItem::paint), so this transparent pen keeps the labels off the tops of the bars.
    series.setPen(QPen(QColor(0, 0, 0, 0), 8))
    for index, (value, _text) in enumerate(points):
        series.append(index, value)
    chart.addSeries(series)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    series.setPointLabelsFont(_value_label_font(series.pointLabelsFont()))
    series.setPointLabelsColor(QColor(LABEL_COLOUR))
    series.setPointLabelsClipping(False)
    series.setPointLabelsVisible(True)
    for index, (_value, text) in enumerate(points):
        series.setPointConfiguration(index, QXYSeries.PointConfiguration.LabelFormat, text)
    for marker in chart.legend().markers(series):
        marker.setVisible(False)
    return series


def _add_end_labels(chart: QChart, series: QAbstractBarSeries, points: list[tuple[float, str]]) -> None:
    """Write ``text`` just right of the end of each horizontal bar at (value, index).

    A point label is always centred above its point, which would cover a horizontal
    bar, so these are plain text items that move whenever the plot area changes.
    """
    items = []
    for _value, text in points:
        item = QGraphicsSimpleTextItem(text, chart)
        item.setData(0, "valueLabel")
        item.setFont(_value_label_font(item.font()))
        item.setBrush(QColor(LABEL_COLOUR))
        item.setZValue(100)
        items.append(item)

    def place(_plot_area: QRectF | None = None) -> None:
        for index, ((value, _text), item) in enumerate(zip(points, items, strict=True)):
            end = chart.mapToPosition(QPointF(value, index), series)
            item.setPos(end.x() + 6, end.y() - item.boundingRect().height() / 2)

    chart.plotAreaChanged.connect(place)
    place()


def _one_bar_per_set(series: QAbstractBarSeries, bars: list[tuple[str, float, str]]) -> None:
    """Add one bar set per category, each with its own colour and a value only at its own index."""
    for index, (label, value, colour) in enumerate(bars):
        bar_set = QBarSet(label)
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour))
        bar_set.append([value if position == index else 0.0 for position in range(len(bars))])
        series.append(bar_set)
    series.setBarWidth(0.6)


def _render_chart(chart: QChart) -> QImage:
    """Lay ``chart`` out at the export size in a scene of its own and draw it into an image."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setMargins(QMargins(24, 16, 24, 16))
    # Setting the geometry lays the chart out at once, so no event loop has to run first.
    chart.setGeometry(QRectF(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT))
    image = QImage(EXPORT_WIDTH * EXPORT_SCALE, EXPORT_HEIGHT * EXPORT_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(EXPORT_SCALE)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    area = QRectF(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT)
    scene.render(painter, area, area)
    painter.end()
    return image


# -- Figure tiles ---------------------------------------------------------------------------


@dataclass
class Tile:
    """One figure at the top of the dashboard: a caption, the value in large type and a note below it."""

    frame: QFrame
    caption: QLabel
    value: QLabel
    note: QLabel


def _make_tile(object_name: str, value_colour: str | None = None) -> Tile:
    frame = QFrame()
    frame.setObjectName(object_name)
    frame.setStyleSheet(f"#{object_name} {{ background: #f8f9fa; border: 1px solid #dadce0; border-radius: 6px; }}")
    # Tiles of one row stretch to the same height even when one note wraps onto two lines.
    frame.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    caption = QLabel()
    caption.setObjectName("tileCaption")
    caption.setWordWrap(True)
    caption.setStyleSheet(f"color: {MUTED_COLOUR}; font-weight: bold;")

    value = QLabel("—")
    value.setObjectName("tileValue")
    value_font = QFont(value.font())
    value_font.setPointSizeF(value_font.pointSizeF() * 1.8)
    value_font.setBold(True)
    value.setFont(value_font)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if value_colour:
        value.setStyleSheet(f"color: {value_colour};")

    note = QLabel()
    note.setObjectName("tileNote")
    note.setWordWrap(True)
    note.setStyleSheet(f"color: {MUTED_COLOUR};")

    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 8, 12, 8)
    layout.setSpacing(2)
    layout.addWidget(caption)
    layout.addWidget(value)
    layout.addWidget(note)
    layout.addStretch(1)
    return Tile(frame, caption, value, note)


# -- The dashboard --------------------------------------------------------------------------


class DashboardView(QWidget):
    """Figure tiles and three charts of the clinic's receivables, with PNG export of each chart.

    The view only displays a ``DashboardFigures``. The Refresh button emits
    ``refreshRequested``, and the widget that owns the view computes new
    figures and passes them to ``show_figures``.
    """

    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtDashboard")
        self._figures: DashboardFigures | None = None
        self._builders: dict[str, Callable[[DashboardFigures], QChart]] = {
            "aging": self._build_aging_chart,
            "monthEnd": self._build_month_end_chart,
            "agreements": self._build_agreements_chart,
        }

        self.title_label = QLabel()
        self.title_label.setObjectName("dashboardTitle")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("asOfLabel")
        self.as_of_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.message_bar = NamedMessageBar("dashboardMessages")

        self.tiles = {
            "receivable": _make_tile("receivableTile"),
            "overdue": _make_tile("overdueTile", OVERDUE_COLOUR),
            "over90": _make_tile("over90Tile", AGING_COLOURS[-1]),
            "recovered": _make_tile("recoveredTile", "#188038"),
            "writtenOff": _make_tile("writtenOffTile"),
        }

        self.chart_views: dict[str, QChartView] = {}
        self.export_buttons: dict[str, QPushButton] = {}
        panels = {name: self._make_chart_panel(name) for name in CHART_NAMES}

        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addSpacing(12)
        header.addWidget(self.as_of_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.refresh_button)

        tile_row = QHBoxLayout()
        tile_row.setSpacing(10)
        for tile in self.tiles.values():
            tile_row.addWidget(tile.frame, 1)

        charts = QGridLayout()
        charts.setSpacing(10)
        charts.addWidget(panels["aging"], 0, 0)
        charts.addWidget(panels["agreements"], 0, 1)
        charts.addWidget(panels["monthEnd"], 1, 0, 1, 2)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)
        charts.setRowStretch(0, 1)
        charts.setRowStretch(1, 1)

        content = QWidget()
        content.setObjectName("dashboardContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.message_bar)
        layout.addLayout(tile_row)
        layout.addLayout(charts, 1)

        # The chart views have minimum sizes, so in a smaller window the page scrolls instead of squeezing them.
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._retranslate_ui()

    def _make_chart_panel(self, name: str) -> QFrame:
        panel = QFrame()
        panel.setObjectName(f"{name}Panel")
        panel.setStyleSheet(f"#{name}Panel {{ border: 1px solid #dadce0; border-radius: 6px; background: white; }}")
        view = QChartView()
        view.setObjectName(f"{name}Chart")
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumSize(MINIMUM_CHART_SIZES[name])
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setBackgroundBrush(QColor("white"))
        button = QPushButton()
        button.setObjectName(f"{name}ExportButton")
        button.setEnabled(False)
        button.clicked.connect(lambda _checked=False, chart_name=name: self.choose_export_path(chart_name))
        self.chart_views[name] = view
        self.export_buttons[name] = button

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 6)
        layout.setSpacing(2)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        return panel

    # Text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
            if self._figures is not None:
                self.show_figures(self._figures)
        super().changeEvent(event)

    def _retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Debt dashboard"))
        if self._figures is None:
            self.as_of_label.setText(self.tr("No figures yet: press Refresh."))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute the figures again from the current accounts"))
        for button in self.export_buttons.values():
            button.setText(self.tr("Export as PNG…"))
            button.setToolTip(self.tr("Save this chart as a PNG image of {width} × {height} pixels").format(
                width=EXPORT_WIDTH * EXPORT_SCALE, height=EXPORT_HEIGHT * EXPORT_SCALE))
        captions = {
            "receivable": self.tr("Total receivable"),
            "overdue": self.tr("Overdue"),
            "over90": self.tr("Over 90 days overdue"),
            "recovered": self.tr("Recovered after reminders"),
            "writtenOff": self.tr("Written off"),
        }
        for name, caption in captions.items():
            self.tiles[name].caption.setText(caption)
        self.tiles["receivable"].note.setText(self.tr("Everything clients owe, due or not"))
        self.tiles["overdue"].note.setText(self.tr("Past the due date"))
        self.tiles["recovered"].note.setText(self.tr("Paid after a reminder, last 12 months"))
        # NOTE: DashboardFigures does not say over which period written_off is counted, so the tile has no note.
        if self._figures is None:
            self.tiles["over90"].note.setText(self.tr("Share of the total receivable"))

    # Figures

    def show_figures(self, figures: DashboardFigures) -> None:
        """Show ``figures`` in the tiles and rebuild the three charts from them."""
        self._figures = figures
        language = current_language()
        self.as_of_label.setText(self.tr("Figures as of {date}").format(date=date_text(figures.as_of)))
        self.tiles["receivable"].value.setText(money_text(figures.receivable))
        self.tiles["overdue"].value.setText(money_text(figures.overdue))
        self.tiles["over90"].value.setText(percent_text(figures.share_over_90, language))
        self.tiles["over90"].note.setText(self.tr("{amount} of the total receivable").format(
            amount=money_text(figures.aging.over_90)))
        self.tiles["recovered"].value.setText(money_text(figures.recovered_after_reminders))
        self.tiles["writtenOff"].value.setText(money_text(figures.written_off))

        for name, view in self.chart_views.items():
            old_chart = view.chart()
            chart = self._builders[name](figures)
            if name == "monthEnd":
                self._connect_month_end_tooltips(chart, figures)
            view.setChart(chart)
            # setChart() leaves the previous chart without an owner.
            old_chart.deleteLater()
            self.export_buttons[name].setEnabled(True)

    def _aging_buckets(self, figures: DashboardFigures) -> list[tuple[str, Money]]:
        return [
            # Short labels, because the axis title names the unit and QtCharts cuts long ones to "...".
            (self.tr("1–30", "days past the due date"), figures.aging.days_1_30),
            (self.tr("31–60", "days past the due date"), figures.aging.days_31_60),
            (self.tr("61–90", "days past the due date"), figures.aging.days_61_90),
            (self.tr("Over 90", "days past the due date"), figures.aging.over_90),
        ]

    def _build_aging_chart(self, figures: DashboardFigures) -> QChart:
        buckets = self._aging_buckets(figures)
        chart = _new_chart(self.tr("Overdue debt by age"))
        series = QStackedBarSeries()
        _one_bar_per_set(series, [(label, _plotted(amount), colour)
                                  for (label, amount), colour in zip(buckets, AGING_COLOURS, strict=True)])
        chart.addSeries(series)
        axis_x = _category_axis([label for label, _amount in buckets], self.tr("Days past the due date"))
        values = [_plotted(amount) for _label, amount in buckets]
        ticks = axis_ticks(min(values), max(values))
        language = current_language()
        axis_y = _value_axis(ticks, lambda euros: whole_euros_text(euros, language), self.tr("Overdue amount"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        _add_value_labels(chart, axis_x, axis_y, [(_plotted(amount), money_text(amount)) for _label, amount in buckets])
        return chart

    def _month_labels(self, figures: DashboardFigures) -> list[str]:
        """Name each month end as "ene 2026" in Spanish or "Jan 2026" in English."""
        # QLocale() follows the desk's language, which Translations.install sets as the default locale.
        locale = QLocale()
        return [locale.toString(QDate(month.day.year, month.day.month, 1), "MMM yyyy") for month in figures.month_ends]

    def _month_axis_labels(self, figures: DashboardFigures) -> list[str]:
        # QtCharts draws axis labels as HTML. Month and year on two centred lines need about half
        # the width of "sept 2026" on one, so the labels stay whole down to a chart 700 pixels
        # wide (measured with Qt 6.11 offscreen).
        locale = QLocale()
        labels = []
        for month in figures.month_ends:
            first_day = QDate(month.day.year, month.day.month, 1)
            labels.append(f"<center>{locale.toString(first_day, 'MMM')}<br>{locale.toString(first_day, 'yyyy')}</center>")
        return labels

    def _build_month_end_chart(self, figures: DashboardFigures) -> QChart:
        chart = _new_chart(self.tr("Receivable and overdue at each month end"))
        receivable = QBarSet(self.tr("Total receivable"))
        receivable.setColor(QColor(RECEIVABLE_COLOUR))
        receivable.setBorderColor(QColor(RECEIVABLE_COLOUR))
        receivable.append([_plotted(month.receivable) for month in figures.month_ends])
        overdue = QBarSet(self.tr("Overdue"))
        overdue.setColor(QColor(OVERDUE_COLOUR))
        overdue.setBorderColor(QColor(OVERDUE_COLOUR))
        overdue.append([_plotted(month.overdue) for month in figures.month_ends])
        series = QBarSeries()
        series.append(receivable)
        series.append(overdue)
        series.setBarWidth(0.75)
        chart.addSeries(series)

        axis_x = _category_axis(self._month_axis_labels(figures),
                                self.tr("Month end (the current month up to today)"))
        values = [_plotted(month.receivable) for month in figures.month_ends]
        values += [_plotted(month.overdue) for month in figures.month_ends]
        ticks = axis_ticks(min(values, default=0.0), max(values, default=0.0))
        language = current_language()
        axis_y = _value_axis(ticks, lambda euros: whole_euros_text(euros, language), self.tr("Amount"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

        legend = chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend_font = QFont(legend.font())
        legend_font.setPointSizeF(max(legend_font.pointSizeF(), 9.0))
        legend.setFont(legend_font)
        return chart

    def _connect_month_end_tooltips(self, chart: QChart, figures: DashboardFigures) -> None:
        """Show the exact amounts of a month while the pointer is over one of its bars."""
        months = self._month_labels(figures)

        def show_amounts(status: bool, index: int) -> None:
            if not status or not 0 <= index < len(figures.month_ends):
                QToolTip.hideText()
                return
            month = figures.month_ends[index]
            QToolTip.showText(QCursor.pos(), self.tr("{month}: receivable {receivable}, overdue {overdue}").format(
                month=months[index], receivable=money_text(month.receivable), overdue=money_text(month.overdue)))

        for series in chart.series():
            if isinstance(series, QBarSeries):
                for bar_set in series.barSets():
                    bar_set.hovered.connect(show_amounts)

    def _build_agreements_chart(self, figures: DashboardFigures) -> QChart:
        # A horizontal bar category axis counts from the bottom, so the last standing is listed first.
        rows = [(standing, figures.agreements_by_status.get(standing, 0)) for standing in reversed(STANDING_ORDER)]
        chart = _new_chart(self.tr("Payment agreements by standing today"))
        series = QHorizontalStackedBarSeries()
        _one_bar_per_set(series, [(standing_label(standing), float(count), STANDING_COLOURS[standing])
                                  for standing, count in rows])
        chart.addSeries(series)
        # The chart title names the categories, and an axis title would take width from the bars.
        axis_y = _category_axis([standing_label(standing) for standing, _count in rows])
        ticks = axis_ticks(0.0, float(max(count for _standing, count in rows)))
        locale = QLocale()
        axis_x = _value_axis(ticks, locale.toString, self.tr("Agreements"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        _add_end_labels(chart, series, [(float(count), locale.toString(count)) for _standing, count in rows])
        return chart

    # Export

    def _default_file_name(self, name: str) -> str:
        stems = {
            "aging": self.tr("overdue-by-age", "file name"),
            "monthEnd": self.tr("month-ends", "file name"),
            "agreements": self.tr("agreements-by-standing", "file name"),
        }
        as_of = self._figures.as_of.isoformat() if self._figures is not None else ""
        return f"{stems[name]}-{as_of}.png" if as_of else f"{stems[name]}.png"

    def choose_export_path(self, name: str) -> Path | None:
        """Ask for a file name and export chart ``name`` there. Return the path written, or None."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the chart as PNG"), str(Path.home() / self._default_file_name(name)),
            self.tr("PNG images (*.png)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".png":
            target = target.with_name(target.name + ".png")
        return self.export_chart_png(name, target)

    def render_chart_image(self, name: str) -> QImage:
        """Draw chart ``name`` from the figures shown into a new 2400 x 1350 image, whatever its size on screen."""
        if name not in self._builders:
            raise ValueError(f"Unknown chart {name!r}, expected one of {', '.join(CHART_NAMES)}")
        if self._figures is None:
            raise RuntimeError("render_chart_image() needs figures: call show_figures() first")
        chart = self._builders[name](self._figures)
        # An exported image travels without the dashboard around it, so its title carries the date.
        chart.setTitle(self.tr("{title}, as of {date}").format(title=chart.title(), date=date_text(self._figures.as_of)))
        return _render_chart(chart)

    def export_chart_png(self, name: str, path: Path | str) -> Path | None:
        """Save chart ``name`` ("aging", "monthEnd" or "agreements") as a PNG file at ``path``.

        Return the path written. When there are no figures yet or the file cannot be
        written, show why on the message bar, naming the path, and return None.
        Raise ValueError for any other chart name.
        """
        if name not in self._builders:
            raise ValueError(f"Unknown chart {name!r}, expected one of {', '.join(CHART_NAMES)}")
        if self._figures is None:
            self.message_bar.show_error(self.tr("There is no chart to export yet. Press Refresh to compute the figures."))
            return None
        target = Path(path)
        writer = QImageWriter(str(target), b"png")
        if not writer.write(self.render_chart_image(name)):
            log.error("Could not save the %s chart as %s: %s", name, target, writer.errorString())
            self.message_bar.show_error(self.tr(
                "The chart could not be saved as {path}: {reason}. Choose a folder that exists and that you can "
                "write to.").format(path=str(target), reason=writer.errorString()))
            return None
        self.message_bar.show_info(self.tr("The chart was saved as {path}.").format(path=str(target)))
        return target
