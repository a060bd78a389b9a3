"""The debtor search view: its table model, every filter, saved filters, signals, export and print.

The view reads rows from an in-memory DebtorSource defined here. The source
that computes rows from a clinic database, ``services.debtors``, has its own
tests against real databases.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QInputDialog

from vetdesk.domain.debtors import (
    OVER_90_WITHOUT_AGREEMENT,
    AgingBucket,
    AgreementState,
    DebtorFilter,
    DebtorRow,
    NextStep,
    fold,
)
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.domain.money import Money
from vetdesk.services.debtors import DebtorList, SavedFilter
from vetdesk.ui.common import money_text
from vetdesk.ui.debtors_view import (
    ANY_DAYS,
    FILTER_DELAY_MS,
    SORT_ROLE,
    DebtorSearchView,
    DebtorTableModel,
)

AS_OF = date(2026, 12, 4)
HYPERLINK = '=HYPERLINK("http://x","y")'


def debtor(client_id: int, owner: str, total: str = "100.00", **changes) -> DebtorRow:
    pets = changes.pop("pets", "Luna")
    values = dict(
        client_id=client_id, owner=owner, phone="+34612345678", pets=pets,
        total_owed=Money(Decimal(total)), overdue=Money(Decimal(total)), oldest_days=10,
        last_reminder_level=0, last_reminder_on=None, agreement=AgreementState.NONE, promise_lapsed=False,
        signed_terms=False, on_hold=False, in_dispute=False, written_off=Money.zero(), days_since_payment=None,
        next_step=NextStep.SEND_REMINDER, search_text=fold(f"{owner} {pets}".replace(",", " ")),
    )
    values.update(changes)
    return DebtorRow(**values)


class MemorySource:
    """A DebtorSource over a list; saved filters go through JSON as a real store would keep them."""

    def __init__(self, rows: list[DebtorRow], top_level: int = 4) -> None:
        self.rows = rows
        self.top_level = top_level
        self.saved: dict[str, str] = {}
        self.loads = 0
        self.load_error: UserError | None = None

    def load(self) -> DebtorList:
        self.loads += 1
        if self.load_error is not None:
            raise self.load_error
        return DebtorList(as_of=AS_OF, rows=tuple(self.rows), top_level=self.top_level)

    def saved_filters(self) -> list[SavedFilter]:
        return [SavedFilter(name, DebtorFilter.from_json(text)) for name, text in sorted(self.saved.items())]

    def save_filter(self, name: str, debtor_filter: DebtorFilter) -> None:
        if name in self.saved:
            raise UserError(UserMessage("Test", QT_TRANSLATE_NOOP("Test", "A filter named \"{name}\" exists."),
                                        {"name": name}))
        self.saved[name] = debtor_filter.to_json()

    def delete_filter(self, name: str) -> None:
        del self.saved[name]


@pytest.fixture
def rows() -> list[DebtorRow]:
    return [
        debtor(1, "Núñez Gil, María", "1234.56", oldest_days=95, last_reminder_level=2,
               last_reminder_on=date(2026, 11, 16), agreement=AgreementState.BROKEN, signed_terms=True,
               days_since_payment=200, pets="Coco"),
        debtor(2, "García López, Antonio", "9.00", oldest_days=5, last_reminder_level=1,
               last_reminder_on=date(2026, 12, 1), agreement=AgreementState.GOOD, days_since_payment=20),
        debtor(3, "Pérez Ortega, Pilar", "100.00", oldest_days=40, on_hold=True, next_step=NextStep.WAIT_HOLD,
               days_since_payment=45, pets="Toby, Luna"),
        debtor(4, "Romero Ibáñez, Laura", "10.00", overdue=Money.zero(), oldest_days=0,
               agreement=AgreementState.LATE, promise_lapsed=True, in_dispute=True, pets="Kira"),
        debtor(5, "Castro Santana, Manuel", "0.00", overdue=Money.zero(), oldest_days=0,
               written_off=Money(Decimal("80.00")), next_step=NextStep.WRITTEN_OFF, pets="Rocky"),
        debtor(6, "Gil Herrero, Marta", "1234.55", oldest_days=70, last_reminder_level=3,
               last_reminder_on=date(2026, 11, 20), days_since_payment=90, pets="Nala"),
    ]


@pytest.fixture
def source(rows) -> MemorySource:
    return MemorySource(rows)


@pytest.fixture
def view(qtbot, source) -> DebtorSearchView:
    widget = DebtorSearchView(source)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def shown_ids(view: DebtorSearchView) -> list[int]:
    return [row.client_id for row in view.shown_rows()]


def settle(qtbot, view: DebtorSearchView) -> None:
    """Wait for the typing delay to pass, if a typed filter started it."""
    if view.filter_timer.isActive():
        with qtbot.waitSignal(view.filter_timer.timeout, timeout=2000):
            pass


def select_client(view: DebtorSearchView, client_id: int) -> None:
    assert view.select_client(client_id)


# The model


def test_model_passes_modeltester(qtmodeltester, rows):
    model = DebtorTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)


def test_proxy_passes_modeltester(qtmodeltester, view):
    qtmodeltester.check(view.proxy)


def test_model_display_text(rows):
    model = DebtorTableModel()
    model.set_rows(rows)
    assert model.data(model.index(0, DebtorTableModel.OWNER)) == "Núñez Gil, María"
    assert model.data(model.index(0, DebtorTableModel.PHONE)) == "612 34 56 78"
    assert model.data(model.index(0, DebtorTableModel.TOTAL)) == money_text(Money(Decimal("1234.56")))
    assert model.data(model.index(0, DebtorTableModel.LAST_REMINDER)) == "2 · 16/11/2026"
    assert model.data(model.index(0, DebtorTableModel.AGREEMENT)) == "Broken"
    assert model.data(model.index(3, DebtorTableModel.AGREEMENT)) == "Late, promise lapsed"
    assert model.data(model.index(3, DebtorTableModel.OLDEST_DAYS)) == "—"
    assert model.data(model.index(4, DebtorTableModel.STATUS)) == "Written off"
    assert model.data(model.index(3, DebtorTableModel.STATUS)) == "In dispute"


def test_model_sort_role_raw(rows):
    model = DebtorTableModel()
    model.set_rows(rows)
    assert model.data(model.index(0, DebtorTableModel.TOTAL), SORT_ROLE) == 123456
    assert model.data(model.index(0, DebtorTableModel.OLDEST_DAYS), SORT_ROLE) == 95
    never, reminded = (model.data(model.index(row, DebtorTableModel.LAST_REMINDER), SORT_ROLE) for row in (3, 1))
    assert never < reminded


def test_model_numbers_right_aligned(rows):
    model = DebtorTableModel()
    model.set_rows(rows)
    alignment = Qt.AlignmentFlag(model.data(model.index(0, DebtorTableModel.TOTAL), Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, DebtorTableModel.OWNER), Qt.ItemDataRole.TextAlignmentRole) is None


def test_row_at_rejects_proxy_index(view):
    with pytest.raises(ValueError, match="mapToSource"):
        view.model.row_at(view.proxy.index(0, 0))


def test_row_at_source_index(rows):
    model = DebtorTableModel()
    model.set_rows(rows)
    assert model.row_at(model.index(2, 0)).client_id == 3


# Sorting


def test_starts_by_total_descending(view):
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == DebtorTableModel.TOTAL
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown_ids(view) == [1, 6, 3, 4, 2, 5]


def test_sort_total_numeric(qtbot, source):
    source.rows = [debtor(1, "Cien", "100.00"), debtor(2, "Nueve", "9.00"), debtor(3, "Diez", "10.00")]
    view = DebtorSearchView(source)
    qtbot.addWidget(view)
    view.table.sortByColumn(DebtorTableModel.TOTAL, Qt.SortOrder.AscendingOrder)
    assert shown_ids(view) == [2, 3, 1]


def test_sort_by_header_click(qtbot, view):
    header = view.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(DebtorTableModel.TOTAL) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert shown_ids(view) == [5, 2, 4, 3, 6, 1]


def test_sort_oldest_days_numeric(view):
    view.table.sortByColumn(DebtorTableModel.OLDEST_DAYS, Qt.SortOrder.AscendingOrder)
    days = [row.oldest_days for row in view.shown_rows()]
    assert days == [0, 0, 5, 40, 70, 95]


def test_sort_kept_after_filter(qtbot, view):
    view.table.sortByColumn(DebtorTableModel.OLDEST_DAYS, Qt.SortOrder.DescendingOrder)
    view.filter_panel.overdue_from.setValue(1)
    settle(qtbot, view)
    assert shown_ids(view) == [1, 6, 3, 2]


# Each filter widget


FILTER_CASES = [
    ("owed from, Spanish", lambda panel: panel.owed_from.setText("1.234,56"), [1]),
    ("owed to", lambda panel: panel.owed_to.setText("10"), [4, 2, 5]),
    ("owed range", lambda panel: (panel.owed_from.setText("9,5"), panel.owed_to.setText("100")), [3, 4]),
    ("overdue days from", lambda panel: panel.overdue_from.setValue(41), [1, 6]),
    ("overdue days to zero", lambda panel: panel.overdue_to.setValue(0), [4, 5]),
    ("bucket over 90", lambda panel: panel.bucket_boxes[AgingBucket.OVER_90].setChecked(True), [1]),
    ("bucket not overdue", lambda panel: panel.bucket_boxes[AgingBucket.NOT_OVERDUE].setChecked(True), [4, 5]),
    ("two buckets", lambda panel: (panel.bucket_boxes[AgingBucket.DAYS_1_30].setChecked(True),
                                   panel.bucket_boxes[AgingBucket.DAYS_61_90].setChecked(True)), [6, 2]),
    ("never reminded", lambda panel: panel.level_boxes[0].setChecked(True), [3, 4, 5]),
    ("level 2", lambda panel: panel.level_boxes[2].setChecked(True), [1]),
    ("agreement broken", lambda panel: panel.agreement_boxes[AgreementState.BROKEN].setChecked(True), [1]),
    ("agreement on track", lambda panel: panel.agreement_boxes[AgreementState.GOOD].setChecked(True), [2]),
    ("promise lapsed", lambda panel: panel.promise_lapsed.setCurrentIndex(1), [4]),
    ("signed terms", lambda panel: panel.signed_terms.setCurrentIndex(1), [1]),
    ("no signed terms", lambda panel: panel.signed_terms.setCurrentIndex(2), [6, 3, 4, 2, 5]),
    ("on hold or dispute", lambda panel: panel.on_hold.setCurrentIndex(1), [3, 4]),
    ("written off", lambda panel: panel.written_off.setCurrentIndex(1), [5]),
    ("nothing written off", lambda panel: panel.written_off.setCurrentIndex(2), [1, 6, 3, 4, 2]),
    ("paid within 45 days", lambda panel: panel.payment_to.setValue(45), [3, 2]),
    # A client who never paid counts as longer ago than any number of days.
    ("no payment for 60 days", lambda panel: panel.payment_from.setValue(60), [1, 6, 4, 5]),
    ("owner without accent", lambda panel: panel.text.setText("nunez"), [1]),
    ("pet name start", lambda panel: panel.text.setText("lun"), [3, 2]),
    ("owner and pet", lambda panel: panel.text.setText("perez toby"), [3]),
]


@pytest.mark.parametrize("change, expected", [case[1:] for case in FILTER_CASES],
                         ids=[case[0] for case in FILTER_CASES])
def test_filter_widget(qtbot, view, change, expected):
    change(view.filter_panel)
    settle(qtbot, view)
    assert shown_ids(view) == expected


def test_filter_never_reloads(qtbot, view, source):
    view.filter_panel.text.setText("gil")
    settle(qtbot, view)
    view.filter_panel.level_boxes[3].setChecked(True)
    assert source.loads == 1


def test_count_label(qtbot, view):
    view.filter_panel.owed_from.setText("100")
    settle(qtbot, view)
    text = view.findChild(type(view.count_label), "debtorCount").text()
    assert text.startswith("3 client")
    assert money_text(Money(Decimal("2569.11"))) in text


def test_count_label_nothing_matches(qtbot, view):
    view.filter_panel.text.setText("zzz")
    settle(qtbot, view)
    assert shown_ids(view) == []
    assert "Clear filters to see all 6" in view.count_label.text()


def test_clear_filters(qtbot, view):
    view.filter_panel.written_off.setCurrentIndex(1)
    view.filter_panel.text.setText("castro")
    settle(qtbot, view)
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert len(shown_ids(view)) == 6
    assert view.filter_panel.text.text() == ""
    assert view.current_filter.is_empty


def test_spin_any_is_no_limit(view):
    assert view.filter_panel.overdue_from.value() == ANY_DAYS
    assert view.filter_panel.overdue_from.text() == "any"
    assert view.filter_panel.filter().overdue_days_from is None


def test_level_boxes_follow_top_level(qtbot, rows):
    view = DebtorSearchView(MemorySource(rows, top_level=6))
    qtbot.addWidget(view)
    assert sorted(view.filter_panel.level_boxes) == [0, 1, 2, 3, 4, 5, 6]


# Typing delay


def test_typing_waits_for_pause(qtbot, view):
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))
    qtbot.keyClicks(view.filter_panel.text, "garc")
    assert view.filter_timer.isActive()
    assert len(shown_ids(view)) == 6
    settle(qtbot, view)
    assert shown_ids(view) == [2]
    assert len(resets) == 1


def test_typing_delay_length(view):
    assert view.filter_timer.interval() == FILTER_DELAY_MS
    assert 100 <= FILTER_DELAY_MS <= 300


def test_check_box_filters_at_once(view):
    view.filter_panel.bucket_boxes[AgingBucket.OVER_90].setChecked(True)
    assert not view.filter_timer.isActive()
    assert shown_ids(view) == [1]


# Invalid input


def test_bad_amount_keeps_list(qtbot, view):
    view.filter_panel.text.setText("gil")
    settle(qtbot, view)
    before = shown_ids(view)
    view.filter_panel.owed_from.setText("12,3,4")
    settle(qtbot, view)
    message = view.message_bar.text()
    assert '"12,3,4"' in message
    assert "Total owed from" in message
    assert shown_ids(view) == before
    assert "border" in view.filter_panel.owed_from.styleSheet()


def test_bad_amount_fixed(qtbot, view):
    view.filter_panel.owed_from.setText("abc")
    settle(qtbot, view)
    view.filter_panel.owed_from.setText("1.000")
    settle(qtbot, view)
    assert view.message_bar.text() == ""
    assert view.filter_panel.owed_from.styleSheet() == ""
    assert shown_ids(view) == [1, 6]


def test_empty_owed_range(qtbot, view):
    view.filter_panel.owed_from.setText("500")
    view.filter_panel.owed_to.setText("100")
    settle(qtbot, view)
    assert f"from {money_text(Money(Decimal(500)))} to {money_text(Money(Decimal(100)))}" in view.message_bar.text()
    assert len(shown_ids(view)) == 6


def test_empty_days_range(qtbot, view):
    view.filter_panel.overdue_from.setValue(60)
    view.filter_panel.overdue_to.setValue(30)
    settle(qtbot, view)
    assert "from 60 to 30" in view.message_bar.text()
    assert len(shown_ids(view)) == 6


# Loading


def test_refresh_reloads(qtbot, view, source):
    view.filter_panel.text.setText("gil")
    settle(qtbot, view)
    source.rows = [*source.rows, debtor(7, "Gil Ruiz, Ana", "55.00")]
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert source.loads == 2
    assert sorted(shown_ids(view)) == [1, 6, 7]


def test_load_error_shown(qtbot, view, source):
    source.load_error = UserError(UserMessage("Test", QT_TRANSLATE_NOOP("Test", "The database is locked.")))
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert view.message_bar.text() == "The database is locked."
    assert len(shown_ids(view)) == 6


def test_as_of_shown(view):
    assert "04/12/2026" in view.as_of_label.text()


def test_selection_kept_after_filter(qtbot, view):
    select_client(view, 3)
    view.filter_panel.text.setText("perez")
    settle(qtbot, view)
    assert view.selected_row().client_id == 3


# Saved filters


def save_through_dialog(qtbot, view, name: str) -> None:
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    dialog = view.input_dialog
    assert isinstance(dialog, QInputDialog)
    assert dialog.isVisible()
    dialog.setTextValue(name)
    dialog.accept()


def test_saved_filter_round_trip(qtbot, view, source):
    panel = view.filter_panel
    panel.owed_from.setText("1.234,55")
    panel.agreement_boxes[AgreementState.BROKEN].setChecked(True)
    panel.agreement_boxes[AgreementState.NONE].setChecked(True)
    panel.level_boxes[3].setChecked(True)
    panel.level_boxes[2].setChecked(True)
    panel.payment_from.setValue(60)
    panel.signed_terms.setCurrentIndex(2)
    settle(qtbot, view)
    expected_filter = view.current_filter
    expected_rows = shown_ids(view)
    save_through_dialog(qtbot, view, "Más de 1.000 € sin firma")
    assert DebtorFilter.from_json(source.saved["Más de 1.000 € sin firma"]) == expected_filter

    view.clear_filters()
    combo = view.saved_combo
    combo.setCurrentIndex(combo.findText("Más de 1.000 € sin firma"))
    assert panel.owed_from.text() == "1.234,55"
    assert panel.agreement_boxes[AgreementState.BROKEN].isChecked()
    assert panel.level_boxes[3].isChecked()
    assert panel.payment_from.value() == 60
    assert panel.signed_terms.currentData() is False
    assert view.current_filter == expected_filter
    assert shown_ids(view) == expected_rows


def test_saved_filter_listed_after_save(qtbot, view):
    save_through_dialog(qtbot, view, "Todos")
    assert view.saved_combo.currentText() == "Todos"
    assert "Todos" in view.message_bar.text()


def test_saved_combo_resets_on_change(qtbot, view, source):
    source.saved["Tardíos"] = DebtorFilter(agreements=frozenset({AgreementState.LATE})).to_json()
    view.refresh()
    view.saved_combo.setCurrentIndex(view.saved_combo.findText("Tardíos"))
    view.filter_panel.text.setText("romero")
    settle(qtbot, view)
    assert view.saved_combo.currentIndex() == 0


def test_built_in_filter(view):
    combo = view.saved_combo
    combo.setCurrentIndex(combo.findText("Over 90 days without agreement"))
    assert view.current_filter == OVER_90_WITHOUT_AGREEMENT
    assert shown_ids(view) == []
    assert not view.delete_button.isEnabled()


def test_delete_saved_filter(qtbot, view, source):
    source.saved["Tardíos"] = DebtorFilter(agreements=frozenset({AgreementState.LATE})).to_json()
    view.refresh()
    view.saved_combo.setCurrentIndex(view.saved_combo.findText("Tardíos"))
    assert view.delete_button.isEnabled()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "Tardíos" not in source.saved
    assert view.saved_combo.findText("Tardíos") == -1


def test_save_name_in_use(qtbot, view, source):
    source.saved["Tardíos"] = DebtorFilter().to_json()
    save_through_dialog(qtbot, view, "Tardíos")
    assert view.message_bar.text() == 'A filter named "Tardíos" exists.'


def test_save_empty_name(qtbot, view, source):
    save_through_dialog(qtbot, view, "   ")
    assert "Type a name" in view.message_bar.text()
    assert source.saved == {}


def test_save_invalid_filter(qtbot, view, source):
    view.filter_panel.owed_to.setText("doce")
    save_through_dialog(qtbot, view, "Roto")
    assert '"doce"' in view.message_bar.text()
    assert source.saved == {}


# Signals


def test_double_click_opens_client(qtbot, view):
    row = next(number for number, debtor_row in enumerate(view.shown_rows()) if debtor_row.client_id == 3)
    rect = view.table.visualRect(view.proxy.index(row, DebtorTableModel.OWNER))
    # A real double-click starts with a press and release; the item view ignores a double-click event alone.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.clientActivated, timeout=1000) as signal:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [3]


def test_enter_opens_client(qtbot, view):
    select_client(view, 6)
    view.table.setCurrentIndex(view.table.selectionModel().selectedRows()[0])
    with qtbot.waitSignal(view.clientActivated, timeout=1000) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [6]


def test_hold_button(qtbot, view):
    select_client(view, 2)
    with qtbot.waitSignal(view.holdRequested, timeout=1000) as signal:
        qtbot.mouseClick(view.hold_button, Qt.MouseButton.LeftButton)
    assert signal.args == [2]


def test_decide_button(qtbot, view):
    select_client(view, 1)
    with qtbot.waitSignal(view.decisionRequested, timeout=1000) as signal:
        qtbot.mouseClick(view.decide_button, Qt.MouseButton.LeftButton)
    assert signal.args == [1]


def test_decide_enabled_for_written_off(view):
    select_client(view, 5)
    assert view.decide_button.isEnabled()
    assert view.hold_button.isEnabled()


def test_decide_disabled_when_nothing_owed(qtbot):
    settled = debtor(7, "Ruiz Moreno, Francisco", "0.00", overdue=Money.zero(), oldest_days=0,
                     next_step=NextStep.WAIT_HOLD, on_hold=True)
    view = DebtorSearchView(MemorySource([settled]))
    qtbot.addWidget(view)
    select_client(view, 7)
    assert not view.decide_button.isEnabled()


def test_buttons_disabled_without_selection(view):
    view.table.selectionModel().clearSelection()
    assert not view.open_button.isEnabled()
    assert not view.hold_button.isEnabled()


def test_context_menu_hold(qtbot, view):
    rect = view.table.visualRect(view.proxy.index(1, 0))
    menu = view.context_menu_at(rect.center())
    assert view.selected_row().client_id == view.shown_rows()[1].client_id
    hold = next(action for action in menu.actions() if action.text() == "Put on hold or dispute…")
    with qtbot.waitSignal(view.holdRequested, timeout=1000) as signal:
        hold.trigger()
    assert signal.args == [view.shown_rows()[1].client_id]


def test_context_menu_outside_rows(view):
    assert view.context_menu_at(view.table.viewport().rect().bottomRight()) is None


def test_context_menu_decide_for_written_off(view):
    row = next(number for number, debtor_row in enumerate(view.shown_rows()) if debtor_row.client_id == 5)
    menu = view.context_menu_at(view.table.visualRect(view.proxy.index(row, 0)).center())
    decide = next(action for action in menu.actions() if action.text() == "Decide…")
    assert decide.isEnabled()


# Export


@pytest.fixture
def hyperlink_view(qtbot, rows):
    source = MemorySource([*rows, debtor(9, HYPERLINK, "50.00")])
    view = DebtorSearchView(source)
    qtbot.addWidget(view)
    return view


def test_export_csv_shown_rows(qtbot, hyperlink_view, tmp_path):
    hyperlink_view.filter_panel.owed_to.setText("100")
    settle(qtbot, hyperlink_view)
    path = hyperlink_view.export_to(tmp_path / "deudores.csv")
    text = path.read_bytes().decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text, newline=""), delimiter=","))
    owners = [line[0] for line in table[1:]]
    assert owners == ["Pérez Ortega, Pilar", "'" + HYPERLINK, "Romero Ibáñez, Laura", "García López, Antonio",
                      "Castro Santana, Manuel"]
    assert "5 client" in hyperlink_view.message_bar.text()


def test_export_xlsx_hyperlink(hyperlink_view, tmp_path):
    path = hyperlink_view.export_to(tmp_path / "deudores.xlsx")
    sheet = openpyxl.load_workbook(path).active
    owners = {sheet.cell(row=number, column=1).value: sheet.cell(row=number, column=1)
              for number in range(2, sheet.max_row + 1)}
    cell = owners["'" + HYPERLINK]
    assert cell.data_type == "s"
    assert cell.value.startswith("'=")
    assert sheet.cell(row=2, column=1).value == "Núñez Gil, María"


def test_export_other_suffix(hyperlink_view, tmp_path):
    with pytest.raises(UserError, match=r"\.xlsx or \.csv"):
        hyperlink_view.export_to(tmp_path / "deudores.txt")
    assert list(tmp_path.iterdir()) == []


def test_export_dialog_writes_file(qtbot, view, tmp_path):
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = view.file_dialog
    assert dialog.isVisible()
    assert dialog.defaultSuffix() == "xlsx"
    dialog.fileSelected.emit(str(tmp_path / "deudores.xlsx"))
    dialog.close()
    assert (tmp_path / "deudores.xlsx").exists()


def test_export_error_shown(view, tmp_path):
    dialog = view.choose_export_path()
    dialog.fileSelected.emit(str(tmp_path / "missing" / "deudores.csv"))
    dialog.close()
    assert "does not exist" in view.message_bar.text()


# Print


def test_list_html_content(qtbot, view):
    view.filter_panel.bucket_boxes[AgingBucket.OVER_90].setChecked(True)
    page = view.list_html()
    assert "Debtor list" in page
    assert "04/12/2026" in page
    assert "aging: Over 90 days" in page
    assert "Núñez Gil, María" in page
    assert "García López" not in page


def test_list_html_escapes(qtbot):
    view = DebtorSearchView(MemorySource([debtor(1, "<b>Gil</b> & Ruiz, Ana")]))
    qtbot.addWidget(view)
    page = view.list_html()
    assert "&lt;b&gt;Gil&lt;/b&gt; &amp; Ruiz, Ana" in page
    assert "<b>Gil" not in page


def test_filter_summary_all_filters(view):
    summary = view.filter_summary(DebtorFilter(
        owed_from=Money(Decimal("50")), overdue_days_to=30, last_levels=frozenset({0, 2}),
        agreements=frozenset({AgreementState.NONE}), promise_lapsed=False, signed_terms=True, on_hold=True,
        written_off=False, days_since_payment_from=10, text="gil"))
    assert summary == [
        'name starts with "gil"', f"total owed from {money_text(Money(Decimal('50')))}", "days overdue up to 30",
        "last reminder level: none, 2", "agreement: No agreement", "no lapsed promise", "signed terms",
        "on hold or in dispute", "nothing written off", "days since payment from 10",
    ]


def test_print_to_pdf(view, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "deudores.pdf"))
    view.print_to(printer)
    pages = PdfReader(tmp_path / "deudores.pdf").pages
    # pypdf reads the spaces in Qt's PDF as tabs, and the line breaks inside table cells as newlines.
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    for owner in ("Núñez Gil, María", "García López, Antonio", "Castro Santana, Manuel"):
        assert owner in text
    assert "Debtor list" in text


def test_print_dialog_opens(qtbot, view):
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    dialog = view.print_dialog
    assert dialog.isVisible()
    dialog.reject()


def test_key_widgets_named(view):
    for name in ("debtorSearchView", "debtorTable", "debtorTextFilter", "debtorCount", "savedFilters",
                 "debtorMessages", "debtorFilterPanel"):
        assert view.objectName() == name or view.findChild(QObject, name) is not None, name


def test_long_texts_fit_1280(qtbot):
    # Long names and pet lists are cut (their tooltips show them whole), so the columns up to
    # "Next step" stay inside a 1280-pixel-wide window with the filter panel open.
    row = debtor(1, "Ortiz de Zárate y Echeverría de la Fuente, María Inmaculada", "12345.67",
                 pets="Luna, Coco, Toby, Nala, Simba, Kira", oldest_days=400, last_reminder_level=4,
                 last_reminder_on=date(2026, 11, 30), agreement=AgreementState.BROKEN, promise_lapsed=True,
                 next_step=NextStep.CALL_ABOUT_AGREEMENT, on_hold=True, in_dispute=True)
    view = DebtorSearchView(MemorySource([row]))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    header = view.table.horizontalHeader()
    next_step_end = header.sectionPosition(DebtorTableModel.NEXT_STEP) + header.sectionSize(DebtorTableModel.NEXT_STEP)
    assert next_step_end <= view.table.viewport().width()
