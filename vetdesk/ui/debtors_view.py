"""The debtor search: a filter panel, the list of clients who owe money, saved filters, export and print.

The rows come from a DebtorSource once per load. Every filter change runs
``DebtorFilter.apply`` on those rows in memory, so filtering never goes back
to the database; only "Refresh" does.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMarginsF,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSizeF,
    QIdentityProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QKeyEvent, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.debtors import (
    OVER_90_WITHOUT_AGREEMENT,
    AgingBucket,
    AgreementState,
    DebtorFilter,
    DebtorRow,
    fold,
)
from vetdesk.domain.identity import format_phone
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.domain.money import Money, format_money, parse_amount
from vetdesk.services import debtor_export
from vetdesk.translation import translate
from vetdesk.ui.agreement_dialog import NamedMessageBar
from vetdesk.ui.common import current_language, date_text, error_text, money_text
from vetdesk.ui.reminder_history import level_label

if TYPE_CHECKING:
    # Only for annotations: services.debtors imports SQLAlchemy, which the view need not load.
    from vetdesk.services.debtors import DebtorList, SavedFilter

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_DELAY_MS = 150
# The value of a days spin box that shows "any" and sets no limit.
ANY_DAYS = -1
MAX_DAYS = 99_999
DEFAULT_TOP_LEVEL = 4
# Days overdue above which the days column turns red: the oldest aging bucket.
RED_AFTER_DAYS = 90
# Wide enough for the Spanish labels, narrow enough to leave the table about 980 pixels in a 1280-pixel window.
FILTER_PANEL_WIDTH = 310
_RED = "#b3261e"
_AMBER = "#9a5b00"
LAYOUT_DPI = 96
# 96 dots per inch, as QImage takes it.
LAYOUT_DOTS_PER_METRE = round(LAYOUT_DPI / 0.0254)
_INVALID_STYLE = "border: 1px solid #d93025; border-radius: 2px;"


class DebtorSource(Protocol):
    """The store of the debtor list and of saved filters that the view uses, implemented in ``services.debtors``."""

    def load(self) -> DebtorList: ...

    def saved_filters(self) -> list[SavedFilter]: ...

    def save_filter(self, name: str, debtor_filter: DebtorFilter) -> None:
        """Store ``debtor_filter`` under ``name``. May raise UserError, for example for a name in use."""

    def delete_filter(self, name: str) -> None: ...


def right_aligned() -> int:
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def reminder_text(row: DebtorRow) -> str:
    """Return "2 · 15/11/2026" for the last reminder, or a dash when the client was never reminded."""
    if row.last_reminder_level == 0:
        return "—"
    if row.last_reminder_on is None:
        return str(row.last_reminder_level)
    return f"{row.last_reminder_level} · {date_text(row.last_reminder_on)}"


def status_text(row: DebtorRow) -> str:
    """Return "On hold", "In dispute" and "Written off" as they apply, comma-separated."""
    parts = [debtor_export.hold_text(row, translate)] if row.on_hold or row.in_dispute else []
    if row.written_off.is_positive:
        parts.append(QCoreApplication.translate("DebtorTableModel", "Written off"))
    return ", ".join(parts)


class DebtorTableModel(QAbstractTableModel):
    """The debtor rows shown, one client per row. SORT_ROLE contains raw values for numeric sorting."""

    OWNER, PHONE, PETS, TOTAL, OVERDUE, OLDEST_DAYS, LAST_REMINDER, AGREEMENT, NEXT_STEP, STATUS = range(10)
    NUMERIC_COLUMNS = frozenset({TOTAL, OVERDUE, OLDEST_DAYS})
    # Columns sorted by a raw value rather than by their text.
    RAW_SORT_COLUMNS = frozenset({TOTAL, OVERDUE, OLDEST_DAYS, LAST_REMINDER, PHONE})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DebtorRow] = []
        self.top_level = DEFAULT_TOP_LEVEL
        # -1 keeps the order rows come in until a view requests a sort.
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[DebtorRow]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the raw values of SORT_ROLE in Python.

        A QSortFilterProxyModel would call ``data`` from C++ for every
        comparison, which takes seconds for ten thousand rows.
        """
        if not 0 <= column < self.columnCount():
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_rows = [self._rows[index.row()] for index in persistent]
        self._rows = self._sorted(self._rows)
        positions = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(positions[id(row)], index.column()) for row, index in zip(old_rows, persistent)])
        self.layoutChanged.emit()

    def _sorted(self, rows) -> list[DebtorRow]:
        column = self._sort_column
        if column < 0:
            return list(rows)
        key = self._sort_value if column in self.RAW_SORT_COLUMNS else self._text_key
        # Ties keep the owner order, so equal amounts do not shuffle between two sorts.
        by_owner = sorted(rows, key=lambda row: fold(row.owner))
        return sorted(by_owner, key=lambda row: key(row, column),
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _text_key(self, row: DebtorRow, column: int) -> str:
        return fold(self.display_text(row, column))

    def rows(self) -> list[DebtorRow]:
        return list(self._rows)

    def row_at(self, index: QModelIndex | QPersistentModelIndex) -> DebtorRow:
        """Return the row at ``index`` of this model; map a proxy index to the source first."""
        if index.model() is not self:
            raise ValueError("row_at needs an index of this model; map a proxy index with mapToSource first")
        return self._rows[index.row()]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 10

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 10:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Owner"), self.tr("Phone"), self.tr("Pets"), self.tr("Total owed"), self.tr("Overdue"),
                    self.tr("Days overdue"), self.tr("Last reminder"), self.tr("Agreement"), self.tr("Next step"),
                    self.tr("Status"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        return None

    def _header_tooltip(self, section: int) -> str | None:
        if section == self.OLDEST_DAYS:
            return self.tr("Days since the due date of the oldest overdue charge")
        if section == self.LAST_REMINDER:
            return self.tr("Highest reminder level sent, and the day it went out")
        if section == self.STATUS:
            return self.tr("Reminders paused (on hold or in dispute), or debt written off")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC_COLUMNS:
            return right_aligned()
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and column == self.TOTAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def display_text(self, row: DebtorRow, column: int) -> str:
        if column == self.OWNER:
            return row.owner
        if column == self.PHONE:
            return format_phone(row.phone) if row.phone else ""
        if column == self.PETS:
            return row.pets
        if column == self.TOTAL:
            return money_text(row.total_owed)
        if column == self.OVERDUE:
            return money_text(row.overdue)
        if column == self.OLDEST_DAYS:
            return str(row.oldest_days) if row.oldest_days > 0 else "—"
        if column == self.LAST_REMINDER:
            return reminder_text(row)
        if column == self.AGREEMENT:
            return debtor_export.agreement_text(row, translate)
        if column == self.NEXT_STEP:
            return debtor_export.next_step_label(row.next_step, translate)
        return status_text(row)

    def _sort_value(self, row: DebtorRow, column: int) -> int | str:
        if column == self.TOTAL:
            return row.total_owed.cents
        if column == self.OVERDUE:
            return row.overdue.cents
        if column == self.OLDEST_DAYS:
            return row.oldest_days
        if column == self.LAST_REMINDER:
            # Level first, then the day it went out; ordinals stay below 1 000 000 until the year 2738.
            day = row.last_reminder_on.toordinal() if row.last_reminder_on else 0
            return row.last_reminder_level * 1_000_000 + day
        if column == self.PHONE:
            return row.phone
        return self.display_text(row, column)

    def _foreground(self, row: DebtorRow, column: int) -> QBrush | None:
        if column == self.OLDEST_DAYS and row.oldest_days > RED_AFTER_DAYS:
            return QBrush(QColor(_RED))
        if column == self.AGREEMENT and (row.agreement in (AgreementState.LATE, AgreementState.BROKEN)
                                         or row.promise_lapsed):
            return QBrush(QColor(_RED))
        if column == self.STATUS:
            return QBrush(QColor(_AMBER))
        return None

    def _tooltip(self, row: DebtorRow, column: int) -> str | None:
        if column == self.LAST_REMINDER and row.last_reminder_level > 0:
            label = level_label(row.last_reminder_level)
            if row.last_reminder_on is None:
                return self.tr("{level} of {top}").format(level=label, top=self.top_level)
            return self.tr("{level} of {top}, sent on {date}").format(
                level=label, top=self.top_level, date=date_text(row.last_reminder_on))
        if column == self.STATUS and row.written_off.is_positive:
            return self.tr("Written off: {amount}").format(amount=money_text(row.written_off))
        if column == self.OWNER:
            return self.tr("{owner}\nDouble-click or press Enter to open the client").format(owner=row.owner)
        if column in (self.PETS, self.AGREEMENT, self.NEXT_STEP, self.STATUS):
            return self.display_text(row, column) or None
        return None


class DebtorTable(QTableView):
    """The debtor table; Enter on a row opens the client, like a double-click."""

    enterPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enterPressed.emit()
            return
        super().keyPressEvent(event)


def _days_spin(object_name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(object_name)
    spin.setRange(ANY_DAYS, MAX_DAYS)
    spin.setValue(ANY_DAYS)
    spin.setSpecialValueText(QCoreApplication.translate("DebtorFilterPanel", "any"))
    spin.setAccelerated(True)
    return spin


def _days_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == ANY_DAYS else spin.value()


def _flag_combo(object_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.addItem(QCoreApplication.translate("DebtorFilterPanel", "Any"), None)
    combo.addItem(QCoreApplication.translate("DebtorFilterPanel", "Yes"), True)
    combo.addItem(QCoreApplication.translate("DebtorFilterPanel", "No"), False)
    return combo


def _set_flag(combo: QComboBox, value: bool | None) -> None:
    combo.setCurrentIndex({None: 0, True: 1, False: 2}[value])


def _range_row(low: QWidget, high: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(low, 1)
    layout.addWidget(QLabel(QCoreApplication.translate("DebtorFilterPanel", "to")))
    layout.addWidget(high, 1)
    return row


class DebtorFilterPanel(QWidget):
    """Every filter of DebtorFilter as a widget. ``filter()`` reads them and ``set_filter()`` fills them."""

    # A typed field changed (amounts, days, text): the view waits for typing to pause.
    edited = Signal()
    # A check box or choice changed: the view filters at once.
    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtorFilterPanel")
        self.text = QLineEdit()
        self.text.setObjectName("debtorTextFilter")
        self.text.setPlaceholderText(self.tr("Owner or pet name"))
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(self.edited)

        self.owed_from = self._amount_edit("debtorOwedFrom")
        self.owed_to = self._amount_edit("debtorOwedTo")
        self.overdue_from = self._spin("debtorOverdueFrom")
        self.overdue_to = self._spin("debtorOverdueTo")
        self.payment_from = self._spin("debtorPaymentDaysFrom")
        self.payment_to = self._spin("debtorPaymentDaysTo")
        self.bucket_boxes = {bucket: self._check(debtor_export.bucket_label(bucket, translate),
                                                 f"debtorBucket_{bucket.value}")
                             for bucket in AgingBucket}
        self.agreement_boxes = {state: self._check(debtor_export.agreement_label(state, translate),
                                                   f"debtorAgreement_{state.value}")
                                for state in AgreementState}
        self.level_boxes: dict[int, QCheckBox] = {}
        self.promise_lapsed = self._combo("debtorPromiseLapsed")
        self.signed_terms = self._combo("debtorSignedTerms")
        self.on_hold = self._combo("debtorOnHold")
        self.written_off = self._combo("debtorWrittenOff")

        self._levels_layout = QHBoxLayout()
        self._levels_layout.setContentsMargins(0, 0, 0, 0)
        self.set_levels(DEFAULT_TOP_LEVEL)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(QLabel(self.tr("Search:")))
        layout.addWidget(self.text)
        layout.addWidget(self._amount_group())
        layout.addWidget(self._overdue_group())
        layout.addWidget(self._reminder_group())
        layout.addWidget(self._agreement_group())
        layout.addWidget(self._status_group())
        layout.addStretch()

    # Building

    def _amount_edit(self, object_name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(object_name)
        edit.setPlaceholderText(self.tr("any"))
        edit.setToolTip(self.tr("An amount in euros, such as 1.234,56 or 50"))
        edit.textChanged.connect(self.edited)
        return edit

    def _spin(self, object_name: str) -> QSpinBox:
        spin = _days_spin(object_name)
        spin.valueChanged.connect(self.edited)
        return spin

    def _check(self, text: str, object_name: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(object_name)
        box.toggled.connect(self.picked)
        return box

    def _combo(self, object_name: str) -> QComboBox:
        combo = _flag_combo(object_name)
        combo.currentIndexChanged.connect(self.picked)
        return combo

    def _amount_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Total owed (€)"))
        layout = QVBoxLayout(group)
        layout.addWidget(_range_row(self.owed_from, self.owed_to))
        return group

    def _overdue_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Days overdue"))
        layout = QVBoxLayout(group)
        layout.addWidget(_range_row(self.overdue_from, self.overdue_to))
        grid = QGridLayout()
        for position, box in enumerate(self.bucket_boxes.values()):
            grid.addWidget(box, position // 2, position % 2)
        layout.addLayout(grid)
        return group

    def _reminder_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Last reminder level"))
        group.setLayout(self._levels_layout)
        return group

    def _agreement_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Agreement"))
        layout = QVBoxLayout(group)
        grid = QGridLayout()
        for position, box in enumerate(self.agreement_boxes.values()):
            grid.addWidget(box, position // 2, position % 2)
        layout.addLayout(grid)
        form = QFormLayout()
        form.addRow(self.tr("Promise lapsed:"), self.promise_lapsed)
        form.addRow(self.tr("Signed terms:"), self.signed_terms)
        layout.addLayout(form)
        return group

    def _status_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Status"))
        form = QFormLayout(group)
        form.addRow(self.tr("On hold or dispute:"), self.on_hold)
        form.addRow(self.tr("Written off:"), self.written_off)
        form.addRow(QLabel(self.tr("Days since the last payment:")))
        form.addRow(_range_row(self.payment_from, self.payment_to))
        return group

    def set_levels(self, top_level: int) -> None:
        """Offer "None" and the levels 1 to ``top_level``, keeping the boxes that are ticked."""
        ticked = {level for level, box in self.level_boxes.items() if box.isChecked()}
        while self._levels_layout.count():
            item = self._levels_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.level_boxes = {}
        for level in range(0, max(top_level, *ticked, 0) + 1):
            box = self._check(self.tr("None") if level == 0 else str(level), f"debtorLevel_{level}")
            box.setToolTip(self.tr("Never reminded") if level == 0 else level_label(level))
            box.blockSignals(True)
            box.setChecked(level in ticked)
            box.blockSignals(False)
            self._levels_layout.addWidget(box)
            self.level_boxes[level] = box
        self._levels_layout.addStretch()

    # Reading and writing the filter

    def filter(self) -> DebtorFilter:
        """Read the widgets into a DebtorFilter. Raises UserError naming the field and value at fault."""
        self._clear_marks()
        owed_from = self._amount(self.owed_from, self.tr("Total owed from"))
        owed_to = self._amount(self.owed_to, self.tr("Total owed to"))
        if owed_from is not None and owed_to is not None and owed_from > owed_to:
            self._mark(self.owed_from, self.owed_to)
            raise self._range_error(self.tr("total owed"), money_text(owed_from), money_text(owed_to))
        self._check_days(self.overdue_from, self.overdue_to, self.tr("days overdue"))
        self._check_days(self.payment_from, self.payment_to, self.tr("days since payment"))
        return DebtorFilter(
            owed_from=owed_from,
            owed_to=owed_to,
            overdue_days_from=_days_value(self.overdue_from),
            overdue_days_to=_days_value(self.overdue_to),
            buckets=frozenset(bucket for bucket, box in self.bucket_boxes.items() if box.isChecked()),
            last_levels=frozenset(level for level, box in self.level_boxes.items() if box.isChecked()),
            agreements=frozenset(state for state, box in self.agreement_boxes.items() if box.isChecked()),
            promise_lapsed=self.promise_lapsed.currentData(),
            signed_terms=self.signed_terms.currentData(),
            on_hold=self.on_hold.currentData(),
            written_off=self.written_off.currentData(),
            days_since_payment_from=_days_value(self.payment_from),
            days_since_payment_to=_days_value(self.payment_to),
            text=self.text.text().strip(),
        )

    def set_filter(self, debtor_filter: DebtorFilter) -> None:
        """Show ``debtor_filter`` in the widgets without emitting ``edited`` or ``picked``."""
        highest_level = max(debtor_filter.last_levels, default=0)
        if highest_level > max(self.level_boxes):
            self.set_levels(highest_level)
        widgets = [self.text, self.owed_from, self.owed_to, self.overdue_from, self.overdue_to, self.payment_from,
                   self.payment_to, self.promise_lapsed, self.signed_terms, self.on_hold, self.written_off,
                   *self.bucket_boxes.values(), *self.agreement_boxes.values(), *self.level_boxes.values()]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.text.setText(debtor_filter.text)
            self.owed_from.setText(_amount_text(debtor_filter.owed_from))
            self.owed_to.setText(_amount_text(debtor_filter.owed_to))
            self.overdue_from.setValue(_spin_value(debtor_filter.overdue_days_from))
            self.overdue_to.setValue(_spin_value(debtor_filter.overdue_days_to))
            self.payment_from.setValue(_spin_value(debtor_filter.days_since_payment_from))
            self.payment_to.setValue(_spin_value(debtor_filter.days_since_payment_to))
            for bucket, box in self.bucket_boxes.items():
                box.setChecked(bucket in debtor_filter.buckets)
            for state, box in self.agreement_boxes.items():
                box.setChecked(state in debtor_filter.agreements)
            for level, box in self.level_boxes.items():
                box.setChecked(level in debtor_filter.last_levels)
            _set_flag(self.promise_lapsed, debtor_filter.promise_lapsed)
            _set_flag(self.signed_terms, debtor_filter.signed_terms)
            _set_flag(self.on_hold, debtor_filter.on_hold)
            _set_flag(self.written_off, debtor_filter.written_off)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._clear_marks()

    def _amount(self, edit: QLineEdit, name: str) -> Money | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_amount(text)
        except UserError as error:
            self._mark(edit)
            raise UserError(UserMessage("DebtorFilterPanel", QT_TRANSLATE_NOOP("DebtorFilterPanel", "{field}: {error}"),
                                        {"field": name, "error": error_text(error)}), field=edit.objectName()) from None

    def _check_days(self, low: QSpinBox, high: QSpinBox, name: str) -> None:
        low_value, high_value = _days_value(low), _days_value(high)
        if low_value is not None and high_value is not None and low_value > high_value:
            self._mark(low, high)
            raise self._range_error(name, str(low_value), str(high_value))

    def _range_error(self, name: str, low: str, high: str) -> UserError:
        return UserError(UserMessage("DebtorFilterPanel", QT_TRANSLATE_NOOP(
            "DebtorFilterPanel", "The range of {name} goes from {low} to {high}, so no client can match. "
                                 "Make the first value smaller than or equal to the second."),
            {"name": name, "low": low, "high": high}))

    def _mark(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.setStyleSheet(_INVALID_STYLE)

    def _clear_marks(self) -> None:
        for widget in (self.owed_from, self.owed_to, self.overdue_from, self.overdue_to, self.payment_from,
                       self.payment_to):
            widget.setStyleSheet("")


def _amount_text(amount: Money | None) -> str:
    # parse_amount reads Spanish style whatever the desk's language, so saved amounts are shown that way.
    return "" if amount is None else format_money(amount, "es").removesuffix("\u00a0€")


def _spin_value(days: int | None) -> int:
    return ANY_DAYS if days is None else days


# Minimum and maximum width in pixels of each column; cut text shows in full in its tooltip.
COLUMN_WIDTHS = {
    DebtorTableModel.OWNER: (140, 180),
    DebtorTableModel.PHONE: (90, 110),
    DebtorTableModel.PETS: (70, 100),
    DebtorTableModel.TOTAL: (95, 110),
    DebtorTableModel.OVERDUE: (75, 100),
    DebtorTableModel.OLDEST_DAYS: (55, 65),
    DebtorTableModel.LAST_REMINDER: (75, 105),
    DebtorTableModel.AGREEMENT: (90, 125),
    DebtorTableModel.NEXT_STEP: (110, 160),
    DebtorTableModel.STATUS: (70, 200),
}


# Share of the printed page's width for each column, in the order of DebtorTableModel; names get the most.
PRINT_COLUMN_PERCENT = (17, 9, 11, 8, 8, 7, 10, 10, 12, 8)


def _can_decide(row: DebtorRow | None) -> bool:
    """Return whether the decision dialog applies: the client owes money, or has a write-off to reverse."""
    return row is not None and (row.total_owed.is_positive or row.written_off.is_positive)


class DebtorSearchView(QWidget):
    """Find clients who owe money: filters on the left, the list on the right, actions below it."""

    clientActivated = Signal(int)
    holdRequested = Signal(int)
    decisionRequested = Signal(int)

    def __init__(self, source: DebtorSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtorSearchView")
        self._source = source
        self._all_rows: list[DebtorRow] = []
        self._as_of: date | None = None
        self._saved: list[tuple[str, DebtorFilter, bool]] = []
        self.current_filter = DebtorFilter()
        self.input_dialog: QInputDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.context_menu: QMenu | None = None

        self.filter_timer = QTimer(self)
        self.filter_timer.setObjectName("debtorFilterTimer")
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filters)

        self.message_bar = NamedMessageBar("debtorMessages", self)
        self.filter_panel = DebtorFilterPanel()
        self.filter_panel.edited.connect(self.filter_timer.start)
        self.filter_panel.picked.connect(self.apply_filters)
        self._build_table()

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top_bar())
        layout.addWidget(self.message_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("debtorSplitter")
        self.splitter.addWidget(self._filter_scroll())
        self.splitter.addWidget(self._build_list_side())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([FILTER_PANEL_WIDTH, 1_000])
        layout.addWidget(self.splitter, 1)

        self.refresh()
        self.table.sortByColumn(DebtorTableModel.TOTAL, Qt.SortOrder.DescendingOrder)

    # Building

    def _button(self, text: str, object_name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_top_bar(self) -> QHBoxLayout:
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedFilters")
        self.saved_combo.setMinimumContentsLength(24)
        self.saved_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.saved_combo.currentIndexChanged.connect(self._saved_chosen)
        self.save_button = self._button(self.tr("Save filter…"), "saveFilterButton", self.ask_filter_name)
        self.delete_button = self._button(self.tr("Delete"), "deleteFilterButton", self.delete_saved_filter)
        self.delete_button.setToolTip(self.tr("Delete the saved filter chosen on the left"))
        self.clear_button = self._button(self.tr("Clear filters"), "clearFiltersButton", self.clear_filters)
        self.refresh_button = self._button(self.tr("Refresh"), "refreshDebtorsButton", self.refresh)
        self.refresh_button.setToolTip(self.tr("Read the debts again from the database"))
        self.export_button = self._button(self.tr("Export…"), "exportDebtorsButton", self.choose_export_path)
        self.print_button = self._button(self.tr("Print…"), "printDebtorsButton", self.open_print_dialog)
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("debtorAsOf")
        self.as_of_label.setStyleSheet("color: #5f6368;")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Saved filters:")))
        bar.addWidget(self.saved_combo)
        bar.addWidget(self.save_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.clear_button)
        bar.addStretch()
        bar.addWidget(self.as_of_label)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.print_button)
        return bar

    def _filter_scroll(self) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setObjectName("debtorFilterScroll")
        scroll.setWidget(self.filter_panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(FILTER_PANEL_WIDTH - 40)
        return scroll

    def _build_table(self) -> None:
        self.model = DebtorTableModel(self)
        # The model sorts itself (see DebtorTableModel.sort); the proxy only passes sort requests on.
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.table = DebtorTable()
        self.table.setObjectName("debtorTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.open_context_menu)
        self.table.doubleClicked.connect(lambda _index: self.activate_selected())
        self.table.enterPressed.connect(self.activate_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # Two-word titles such as "Days overdue" wrap, so that a column of short numbers stays narrow.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        # QHeaderView sizes its height for one line of text, even with TextWordWrap in the alignment.
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 8)

    def _build_list_side(self) -> QWidget:
        self.count_label = QLabel()
        self.count_label.setObjectName("debtorCount")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)

        self.open_button = self._button(self.tr("Open client"), "openDebtorButton", self.activate_selected)
        self.hold_button = self._button(self.tr("Put on hold or dispute…"), "holdDebtorButton", self.request_hold)
        self.decide_button = self._button(self.tr("Decide…"), "decideDebtorButton", self.request_decision)
        self.decide_button.setToolTip(self.tr("Write the debt off, agree a new plan or prepare a claim"))
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.hold_button)
        actions.addWidget(self.decide_button)
        actions.addStretch()

        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        return side

    # Loading and filtering

    def refresh(self) -> None:
        """Load the debtor list and the saved filters from the source again, keeping the filters on screen."""
        try:
            debtor_list = self._source.load()
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return
        self._all_rows = list(debtor_list.rows)
        self._as_of = debtor_list.as_of
        self.model.top_level = debtor_list.top_level
        self.filter_panel.set_levels(debtor_list.top_level)
        self.as_of_label.setText(self.tr("As of {date}").format(date=date_text(debtor_list.as_of)))
        self._reload_saved_filters()
        self.apply_filters()
        self._resize_columns()

    def apply_filters(self) -> bool:
        """Filter the loaded rows by the panel. On invalid input, show why and keep the list; return False."""
        self.filter_timer.stop()
        try:
            debtor_filter = self.filter_panel.filter()
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return False
        self.message_bar.clear()
        selected = self.selected_row()
        self.current_filter = debtor_filter
        self.model.set_rows(debtor_filter.apply(self._all_rows))
        if selected is not None:
            self.select_client(selected.client_id)
        self._update_count()
        self._sync_saved_combo()
        self._update_buttons()
        return True

    def clear_filters(self) -> None:
        self.filter_panel.set_filter(DebtorFilter())
        self.apply_filters()

    def shown_rows(self) -> list[DebtorRow]:
        """Return the rows on screen in the order shown."""
        return [self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)))
                for row in range(self.proxy.rowCount())]

    def _update_count(self) -> None:
        rows = self.model.rows()
        owed = Money.total(row.total_owed for row in rows)
        if rows or not self._all_rows:
            text = self.tr("%n client(s), {amount} owed", "", len(rows)).format(amount=money_text(owed))
        else:
            text = self.tr("No client matches these filters. Clear filters to see all {count}.").format(
                count=len(self._all_rows))
        self.count_label.setText(text)

    def _resize_columns(self) -> None:
        """Fit each column to its cells, within COLUMN_WIDTHS, so the columns up to "Next step" fit on screen."""
        header = self.table.horizontalHeader()
        for column, (low, high) in COLUMN_WIDTHS.items():
            header.resizeSection(column, min(max(self.table.sizeHintForColumn(column), low), high))

    # Selection and actions

    def selected_row(self) -> DebtorRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]))

    def select_client(self, client_id: int) -> bool:
        """Select the row of ``client_id``; return False when the client is not shown."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row_at(self.proxy.mapToSource(index)).client_id == client_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def _update_buttons(self, *_args) -> None:
        row = self.selected_row()
        self.open_button.setEnabled(row is not None)
        self.hold_button.setEnabled(row is not None)
        self.decide_button.setEnabled(_can_decide(row))
        self.export_button.setEnabled(self.model.rowCount() > 0)
        self.print_button.setEnabled(self.model.rowCount() > 0)

    def activate_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.clientActivated.emit(row.client_id)

    def request_hold(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.holdRequested.emit(row.client_id)

    def request_decision(self) -> None:
        row = self.selected_row()
        if _can_decide(row):
            self.decisionRequested.emit(row.client_id)

    def open_context_menu(self, position: QPoint) -> QMenu | None:
        """Open the menu of the row under ``position`` (table viewport coordinates) without blocking."""
        menu = self.context_menu_at(position)
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(position))
        return menu

    def context_menu_at(self, position: QPoint) -> QMenu | None:
        """Select the row under ``position`` and build its menu; return None outside the rows."""
        index = self.table.indexAt(position)
        if not index.isValid():
            return None
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setObjectName("debtorContextMenu")
        menu.addAction(self.tr("Open client"), self.activate_selected)
        menu.addAction(self.tr("Put on hold or dispute…"), self.request_hold)
        decide = menu.addAction(self.tr("Decide…"), self.request_decision)
        decide.setEnabled(self.decide_button.isEnabled())
        if self.context_menu is not None:
            self.context_menu.deleteLater()
        self.context_menu = menu
        return menu

    # Saved filters

    def _reload_saved_filters(self) -> None:
        try:
            saved = self._source.saved_filters()
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            saved = []
        self._saved = [(self.tr("Over 90 days without agreement"), OVER_90_WITHOUT_AGREEMENT, True)]
        self._saved += [(item.name, item.filter, False) for item in saved]
        self.saved_combo.blockSignals(True)
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("Choose a saved filter"))
        for name, _filter, _built_in in self._saved:
            self.saved_combo.addItem(name)
        self.saved_combo.blockSignals(False)
        self._sync_saved_combo()

    def _chosen_saved(self) -> tuple[str, DebtorFilter, bool] | None:
        position = self.saved_combo.currentIndex() - 1
        return self._saved[position] if 0 <= position < len(self._saved) else None

    def _saved_chosen(self, _position: int) -> None:
        chosen = self._chosen_saved()
        if chosen is not None:
            self.filter_panel.set_filter(chosen[1])
            self.apply_filters()
        self._update_delete_button()

    def _sync_saved_combo(self) -> None:
        """Show the saved filter that matches the panel, or the placeholder once the panel differs from it."""
        chosen = self._chosen_saved()
        if chosen is None or chosen[1] != self.current_filter:
            self.saved_combo.blockSignals(True)
            self.saved_combo.setCurrentIndex(0)
            self.saved_combo.blockSignals(False)
        self._update_delete_button()

    def _update_delete_button(self) -> None:
        chosen = self._chosen_saved()
        self.delete_button.setEnabled(chosen is not None and not chosen[2])

    def ask_filter_name(self) -> QInputDialog:
        """Ask a name for the filters on screen in a non-blocking dialog, then save them under it."""
        dialog = QInputDialog(self)
        dialog.setObjectName("saveFilterDialog")
        dialog.setWindowTitle(self.tr("Save filter"))
        dialog.setLabelText(self.tr("Name of the filter:"))
        dialog.textValueSelected.connect(self.save_current_filter)
        self.input_dialog = dialog
        dialog.open()
        return dialog

    def save_current_filter(self, name: str) -> bool:
        """Save the filters on screen under ``name``; show the reason and return False when that fails."""
        name = name.strip()
        if not name:
            self.message_bar.show_error(self.tr("Type a name for the filter, such as \"Over 500 € and late\"."))
            return False
        replaced = any(saved_name.casefold() == " ".join(name.split()).casefold() and not built_in
                       for saved_name, _filter, built_in in self._saved)
        try:
            debtor_filter = self.filter_panel.filter()
            self._source.save_filter(name, debtor_filter)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return False
        self.current_filter = debtor_filter
        self._reload_saved_filters()
        position = next((number for number, (saved_name, _filter, built_in) in enumerate(self._saved)
                         if saved_name == name and not built_in), None)
        if position is not None:
            self.saved_combo.blockSignals(True)
            self.saved_combo.setCurrentIndex(position + 1)
            self.saved_combo.blockSignals(False)
        self._update_delete_button()
        if replaced:
            self.message_bar.show_info(self.tr("The filter \"{name}\" was replaced by the filters on screen.").format(
                name=name))
        else:
            self.message_bar.show_info(self.tr("The filter \"{name}\" was saved.").format(name=name))
        return True

    def delete_saved_filter(self) -> bool:
        chosen = self._chosen_saved()
        if chosen is None or chosen[2]:
            return False
        try:
            self._source.delete_filter(chosen[0])
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return False
        self._reload_saved_filters()
        self.message_bar.show_info(self.tr("The filter \"{name}\" was deleted.").format(name=chosen[0]))
        return True

    # Export

    def choose_export_path(self) -> QFileDialog:
        """Open a non-blocking save dialog; the list on screen is exported to the file chosen."""
        as_of = (self._as_of or date.today()).isoformat()
        default = Path.home() / self.tr("debtors-{date}.xlsx").format(date=as_of)
        excel, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV for Excel (*.csv)")
        dialog = QFileDialog(self, self.tr("Export the list as"), str(default), f"{excel};;{csv}")
        dialog.setObjectName("exportDebtorsDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix("csv" if chosen == csv else "xlsx"))
        dialog.fileSelected.connect(self._export_selected)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _export_selected(self, path: str) -> None:
        try:
            self.export_to(path)
        except UserError as error:
            self.message_bar.show_error(error_text(error))

    def export_to(self, path: Path | str) -> Path:
        """Write the rows on screen to ``path``, as XLSX or CSV by its suffix. Raises UserError."""
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise UserError(UserMessage("DebtorSearchView", QT_TRANSLATE_NOOP(
                "DebtorSearchView", "The file name {path} does not end in .xlsx or .csv. Add one of them."),
                {"path": str(target)}), field="path")
        rows = self.shown_rows()
        write = debtor_export.export_xlsx if suffix == ".xlsx" else debtor_export.export_csv
        write(rows, target, translate, current_language())
        self.message_bar.show_info(self.tr("%n client(s) exported to {path}.", "", len(rows)).format(
            path=str(target)))
        return target

    # Print

    def filter_summary(self, debtor_filter: DebtorFilter) -> list[str]:
        """Describe each filter that is set, in words, for the printed list."""
        parts = []
        if debtor_filter.text:
            parts.append(self.tr("name starts with \"{text}\"").format(text=debtor_filter.text))
        if debtor_filter.owed_from is not None or debtor_filter.owed_to is not None:
            low = None if debtor_filter.owed_from is None else money_text(debtor_filter.owed_from)
            high = None if debtor_filter.owed_to is None else money_text(debtor_filter.owed_to)
            parts.append(self.tr("total owed {range}").format(range=_range_text(low, high)))
        if debtor_filter.overdue_days_from is not None or debtor_filter.overdue_days_to is not None:
            parts.append(self.tr("days overdue {range}").format(range=_range_text(
                debtor_filter.overdue_days_from, debtor_filter.overdue_days_to)))
        if debtor_filter.buckets:
            parts.append(self.tr("aging: {buckets}").format(buckets=", ".join(
                debtor_export.bucket_label(bucket, translate) for bucket in AgingBucket
                if bucket in debtor_filter.buckets)))
        if debtor_filter.last_levels:
            parts.append(self.tr("last reminder level: {levels}").format(levels=", ".join(
                self.tr("none") if level == 0 else str(level) for level in sorted(debtor_filter.last_levels))))
        if debtor_filter.agreements:
            parts.append(self.tr("agreement: {states}").format(states=", ".join(
                debtor_export.agreement_label(state, translate) for state in AgreementState
                if state in debtor_filter.agreements)))
        for value, yes, no in (
            (debtor_filter.promise_lapsed, self.tr("promise lapsed"), self.tr("no lapsed promise")),
            (debtor_filter.signed_terms, self.tr("signed terms"), self.tr("no signed terms")),
            (debtor_filter.on_hold, self.tr("on hold or in dispute"), self.tr("not on hold or in dispute")),
            (debtor_filter.written_off, self.tr("written off"), self.tr("nothing written off")),
        ):
            if value is not None:
                parts.append(yes if value else no)
        if debtor_filter.days_since_payment_from is not None or debtor_filter.days_since_payment_to is not None:
            parts.append(self.tr("days since payment {range}").format(range=_range_text(
                debtor_filter.days_since_payment_from, debtor_filter.days_since_payment_to)))
        return parts

    def list_html(self) -> str:
        """Return the list on screen as an HTML page for QTextDocument: title, date, filters and rows."""
        rows = self.shown_rows()
        summary = self.filter_summary(self.current_filter)
        filters = "; ".join(summary) if summary else self.tr("none, every client with debt")
        owed = Money.total(row.total_owed for row in rows)
        title = self.tr("Debtor list")
        as_of = self.tr("As of {date}").format(date=date_text(self._as_of))
        filters_line = self.tr("Filters: {filters}").format(filters=filters)
        count = self.tr("%n client(s), {amount} owed", "", len(rows)).format(amount=money_text(owed))
        headers = [self.model.headerData(column, Qt.Orientation.Horizontal) for column in range(10)]
        header_cells = "".join(f'<th width="{PRINT_COLUMN_PERCENT[column]}%">{html.escape(text)}</th>'
                               for column, text in enumerate(headers))
        lines = [
            "<html><body>",
            f"<h2>{html.escape(title)}</h2>",
            f"<p>{html.escape(as_of)}<br>{html.escape(filters_line)}<br>{html.escape(count)}</p>",
            '<table border="1" cellspacing="0" cellpadding="2" width="100%">',
            f"<thead><tr>{header_cells}</tr></thead>",
            "<tbody>",
        ]
        for row in rows:
            cells = [self._html_cell(self.model.display_text(row, column), column) for column in range(10)]
            lines.append("<tr>" + "".join(cells) + "</tr>")
        lines += ["</tbody></table>", "</body></html>"]
        return "\n".join(lines)

    def _html_cell(self, text: str, column: int) -> str:
        escaped = html.escape(text)
        if column in DebtorTableModel.NUMERIC_COLUMNS:
            return f'<td align="right" style="white-space: nowrap">{escaped}</td>'
        if column in (DebtorTableModel.PHONE, DebtorTableModel.LAST_REMINDER):
            return f'<td style="white-space: nowrap">{escaped}</td>'
        return f"<td>{escaped}</td>"

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Debtor list"))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        return printer

    def open_print_dialog(self) -> QPrintDialog:
        """Open Qt's print dialog without blocking; the list prints when the dialog is accepted."""
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDebtorsDialog")
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.print_dialog = dialog
        # PySide6 binds only QPrintDialog.open(receiver, member), which hides QDialog.open().
        QDialog.open(dialog)
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        """Print ``list_html()`` on ``printer``, one table row per client, the header row repeated on each page."""
        # The document lays out on a 96-dpi image, so its pixel sizes (cell padding, borders) do not depend
        # on the screen, and print_ scales it to the printer's resolution.
        layout_device = QImage(1, 1, QImage.Format.Format_RGB32)
        layout_device.setDotsPerMeterX(LAYOUT_DOTS_PER_METRE)
        layout_device.setDotsPerMeterY(LAYOUT_DOTS_PER_METRE)
        document = QTextDocument()
        document.documentLayout().setPaintDevice(layout_device)
        font = document.defaultFont()
        # 10 pt is about the 2.5 mm minimum type size for consumer documents; staff lists follow it too.
        font.setPointSize(10)
        document.setDefaultFont(font)
        document.setHtml(self.list_html())
        # Without a page size, QTextDocument.print_ adds 2 cm margins of its own inside the printer's margins.
        paint_size = printer.pageLayout().paintRect(QPageLayout.Unit.Inch).size()
        document.setPageSize(QSizeF(paint_size.width() * LAYOUT_DPI, paint_size.height() * LAYOUT_DPI))
        document.print_(printer)


def _range_text(low: object, high: object) -> str:
    if low is not None and high is not None:
        return QCoreApplication.translate("DebtorSearchView", "from {low} to {high}").format(low=low, high=high)
    if low is not None:
        return QCoreApplication.translate("DebtorSearchView", "from {low}").format(low=low)
    return QCoreApplication.translate("DebtorSearchView", "up to {high}").format(high=high)
