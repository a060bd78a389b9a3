"""The agreement dialog: staff set the terms, the client reads them and signs at the desk.

Step one builds a draft from the form and checks it with ``prepare_agreement``
on every change, so the schedule shown is always the one the services would
store. Step two shows the terms in large text, the unsigned form and the
signature pad. Saving renders, seals and stores the form in one service call
that stores nothing when it fails. The dialog keeps one request id, so a
double click or a retry cannot store the agreement twice.
"""

from __future__ import annotations

import html
import logging
import uuid
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.agreements import AgreementKind, LineStatus, Period, ScheduleLine, Standing, add_months
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage, ValidationErrors
from vetdesk.domain.money import Money, parse_amount
from vetdesk.lazy import lazy_import
from vetdesk.ui.common import MessageBar, date_text, error_text, from_qdate, make_date_edit, money_text, to_qdate

if TYPE_CHECKING:
    from vetdesk.services.agreements import AgreementQuote, OpenCharge
    from vetdesk.services.context import ServiceContext

agreements = lazy_import("vetdesk.services.agreements")
clients = lazy_import("vetdesk.services.clients")
clinic_service = lazy_import("vetdesk.services.clinic")
seal_service = lazy_import("vetdesk.services.seal")
settings = lazy_import("vetdesk.services.settings")
accounts = lazy_import("vetdesk.services.accounts")
pdf_view = lazy_import("vetdesk.ui.pdf_view")
seal_dialog = lazy_import("vetdesk.ui.seal_dialog")
translation = lazy_import("vetdesk.translation")

log = logging.getLogger("vetdesk.ui")

# Typing in an amount or a name waits this long before the schedule is checked again.
RECOMPUTE_DELAY_MS = 250
# The red border of a field named by an error, as in the other forms of the desk.
FIELD_ERROR_COLOUR = "#d93025"
# Reasons written into the seal, in the form's language.
SIGNED_SEAL_REASON = QT_TRANSLATE_NOOP("AgreementDialog", "Signed payment terms {number}")
UNSIGNED_SEAL_REASON = QT_TRANSLATE_NOOP("AgreementDialog", "Payment terms {number}, to be signed on paper")

# Viewers of a signed form opened without a parent window, kept here until they are closed.
_parentless_viewers: set[QDialog] = set()


# -- Labels shared with the agreements pane -------------------------------------------------


def kind_label(kind: AgreementKind) -> str:
    labels = {
        AgreementKind.INSTALMENTS: QCoreApplication.translate("Agreements", "Instalment plan"),
        AgreementKind.PROMISE: QCoreApplication.translate("Agreements", "Promise to pay"),
        AgreementKind.FINANCING: QCoreApplication.translate("Agreements", "Third-party financing"),
    }
    return labels[AgreementKind(kind)]


def period_label(period: Period) -> str:
    labels = {
        Period.MONTHLY: QCoreApplication.translate("Agreements", "Monthly"),
        Period.BIWEEKLY: QCoreApplication.translate("Agreements", "Every two weeks"),
        Period.WEEKLY: QCoreApplication.translate("Agreements", "Weekly"),
    }
    return labels[Period(period)]


def standing_label(standing: Standing) -> str:
    labels = {
        Standing.GOOD: QCoreApplication.translate("Agreements", "In good standing"),
        Standing.LATE: QCoreApplication.translate("Agreements", "Late"),
        Standing.BROKEN: QCoreApplication.translate("Agreements", "Broken"),
        Standing.COMPLETED: QCoreApplication.translate("Agreements", "Completed"),
        Standing.CANCELLED: QCoreApplication.translate("Agreements", "Cancelled"),
    }
    return labels[Standing(standing)]


def line_status_label(status: LineStatus) -> str:
    labels = {
        LineStatus.PENDING: QCoreApplication.translate("Agreements", "Pending"),
        LineStatus.PARTLY_PAID: QCoreApplication.translate("Agreements", "Partly paid"),
        LineStatus.PAID: QCoreApplication.translate("Agreements", "Paid"),
        LineStatus.OVERDUE: QCoreApplication.translate("Agreements", "Overdue"),
    }
    return labels[LineStatus(status)]


def line_number_text(line: ScheduleLine) -> str:
    if line.is_down_payment:
        return QCoreApplication.translate("Agreements", "Down payment")
    return str(line.number)


def plain_amount(amount: Money) -> str:
    """Return ``amount`` as staff type it ("1234,56"), for an editor to start from."""
    sign = "-" if amount.cents < 0 else ""
    cents = abs(amount.cents)
    return f"{sign}{cents // 100},{cents % 100:02d}"


class NamedMessageBar(MessageBar):
    """A message bar with its own object name, and an amber style for warnings that do not block."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)

    def _use_own_name(self) -> None:
        # MessageBar's style sheet selects "#messageBar", which this bar is not called.
        self.setStyleSheet(self.styleSheet().replace("#messageBar", f"#{self.objectName()}"))

    def show_error(self, text: str) -> None:
        super().show_error(text)
        self._use_own_name()

    def show_info(self, text: str) -> None:
        super().show_info(text)
        self._use_own_name()

    def show_warning(self, text: str) -> None:
        super().show_info(text)
        self.setStyleSheet(f"#{self.objectName()} {{ background: #fef7e0; border: 1px solid #e37400; "
                           "border-radius: 4px; } QLabel { color: #7a3e00; }")


# -- Table models ---------------------------------------------------------------------------


class CoveredChargesModel(QAbstractTableModel):
    """The client's open charges, each with a check box saying whether the agreement covers it."""

    DATE, DESCRIPTION, PET, OWED = range(4)
    checkedChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._charges: list[OpenCharge] = []
        self._checked: set[int] = set()

    def set_charges(self, charges: list[OpenCharge], checked: set[int] | None = None) -> None:
        """Show ``charges`` and tick those in ``checked``, or all of them when it is None."""
        self.beginResetModel()
        self._charges = list(charges)
        ids = {charge.id for charge in self._charges}
        self._checked = ids if checked is None else ids & set(checked)
        self.endResetModel()
        self.checkedChanged.emit()

    def charges(self) -> list[OpenCharge]:
        return list(self._charges)

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(charge.id for charge in self._charges if charge.id in self._checked)

    def checked_total(self) -> Money:
        return Money.total(charge.outstanding for charge in self._charges if charge.id in self._checked)

    def set_checked(self, charge_id: int, checked: bool) -> None:
        for row, charge in enumerate(self._charges):
            if charge.id == charge_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                self.setData(self.index(row, self.DATE), state, Qt.ItemDataRole.CheckStateRole)
                return
        raise KeyError(f"Charge {charge_id} is not in the table")

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._charges)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Description"), self.tr("Pet"), self.tr("Owed"))[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DATE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._charges):
            return None
        charge = self._charges[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (date_text(charge.entry_date), charge.description, charge.pet_name,
                    money_text(charge.outstanding))[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DATE:
            return Qt.CheckState.Checked if charge.id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.OWED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Due on {date}").format(date=date_text(charge.due_date))
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.DATE:
            return False
        charge_id = self._charges[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(charge_id)
        else:
            self._checked.discard(charge_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True


class ScheduleModel(QAbstractTableModel):
    """The schedule shown in the dialog. Staff may edit the due dates and amounts of an instalment plan."""

    NUMBER, DUE, AMOUNT = range(3)
    # Emitted after staff changed a date or an amount in the table.
    lineEdited = Signal()
    # Emitted with the error text when a typed amount cannot be read.
    editRejected = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[ScheduleLine] = []
        self._editable = False
        self.edited = False

    def set_lines(self, lines, *, editable: bool) -> None:
        """Show computed ``lines``, dropping any edits made by staff."""
        self.beginResetModel()
        self._lines = list(lines)
        self._editable = editable
        self.edited = False
        self.endResetModel()

    def lines(self) -> tuple[ScheduleLine, ...]:
        return tuple(self._lines)

    def total(self) -> Money:
        return Money.total(line.amount for line in self._lines)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Due date"), self.tr("Amount"))[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and index.column() in (self.DUE, self.AMOUNT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (line_number_text(line), date_text(line.due_date), money_text(line.amount))[column]
        if role == Qt.ItemDataRole.EditRole:
            return (line.number, to_qdate(line.due_date), plain_amount(line.amount))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self._editable:
            return False
        line = self._lines[index.row()]
        if index.column() == self.DUE:
            changed = ScheduleLine(line.number, from_qdate(value), line.amount)
        elif index.column() == self.AMOUNT:
            try:
                amount = parse_amount(str(value))
            except UserError as error:
                self.editRejected.emit(error_text(error))
                return False
            changed = ScheduleLine(line.number, line.due_date, amount)
        else:
            return False
        if changed == line:
            return True
        self._lines[index.row()] = changed
        self.edited = True
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.lineEdited.emit()
        return True


class _ScheduleDelegate(QStyledItemDelegate):
    """Edits due dates with a dd/mm/yyyy date field and amounts with a right-aligned text field."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() == ScheduleModel.DUE:
            editor = make_date_edit(from_qdate(index.data(Qt.ItemDataRole.EditRole)), "scheduleDateEditor")
            editor.setParent(parent)
            editor.setCalendarPopup(False)
            return editor
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setObjectName("scheduleAmountEditor")
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


def _table(object_name: str, model: QAbstractTableModel, stretch_column: int) -> QTableView:
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


def _button(text: str, object_name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    # Enter in a field must never press a button, because signing and saving are deliberate clicks.
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


# -- The dialog -----------------------------------------------------------------------------


class AgreementDialog(QDialog):
    """Makes a payment agreement with the client at the desk, from the terms to the signed form."""

    agreementRecorded = Signal(int)

    TERMS_PAGE, SIGNING_PAGE = range(2)

    def __init__(self, context: ServiceContext, client_id: int, parent: QWidget | None = None,
                 charge_ids: tuple[int, ...] | list[int] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Payment agreement"))
        self.setModal(True)
        self._context = context
        self.client_id = client_id
        # One id per dialog, so a double click or a retry after an error cannot store two agreements.
        self.request_id = str(uuid.uuid4())
        self.quote: AgreementQuote | None = None
        self.recorded_id: int | None = None
        self.preview_dialog: QDialog | None = None
        self.signed_document_dialog: QDialog | None = None
        self.passphrase_dialog: QDialog | None = None
        self.discard_box: QMessageBox | None = None
        self._signing_quote: AgreementQuote | None = None
        self._saving = False
        self._edit_error: str | None = None
        self._marked_fields: list[QWidget] = []
        # True while the form is filled at opening, when each change would check the terms again.
        self._loading = True

        self._today = accounts.clinic_today(context)
        clinic_settings = settings.read_settings(context)
        self._min_amount = Money.from_cents(clinic_settings[settings.AGREEMENT_MIN_AMOUNT_CENTS.key])
        self._max_instalments = clinic_settings[settings.AGREEMENT_MAX_INSTALMENTS.key]
        self._client_name = ""
        self._recompute_timer = QTimer(self)
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(RECOMPUTE_DELAY_MS)
        self._recompute_timer.timeout.connect(self.recompute)

        self.message_bar = NamedMessageBar("agreementMessages", self)
        self.pages = QStackedWidget()
        self.pages.setObjectName("agreementPages")
        self.terms_page = self._build_terms_page()
        self.signing_page = self._build_signing_page()
        self.pages.addWidget(self.terms_page)
        self.pages.addWidget(self.signing_page)

        self.cancel_button = _button(self.tr("Cancel"), "cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        self.back_button = _button(self.tr("Back"), "backButton")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = _button(self.tr("Next: read and sign"), "nextButton")
        self.next_button.clicked.connect(self.go_to_signing)
        self.save_unsigned_button = _button(self.tr("Save without signature"), "saveUnsignedButton")
        self.save_unsigned_button.setToolTip(self.tr(
            "For an agreement made by phone: the form is stored unsigned, to print and sign on paper."))
        self.save_unsigned_button.clicked.connect(self.save_unsigned)
        self.sign_button = _button(self.tr("Sign and save"), "signAndSaveButton")
        self.sign_button.clicked.connect(self.sign_and_save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        for button in (self.back_button, self.next_button, self.save_unsigned_button, self.sign_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self._set_tab_order()
        self._show_page(self.TERMS_PAGE)
        self._resize_to_screen()
        self._load(charge_ids)

    def _resize_to_screen(self) -> None:
        wanted = QSize(1100, 760)
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size() * 0.95)
        self.resize(wanted)

    # Building the pages

    def _build_terms_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("agreementTermsPage")

        self.kind_instalments = QRadioButton(self.tr("Instalment plan"))
        self.kind_instalments.setObjectName("kindInstalments")
        self.kind_promise = QRadioButton(self.tr("Promise to pay by a date"))
        self.kind_promise.setObjectName("kindPromise")
        self.kind_financing = QRadioButton(self.tr("Third-party financing"))
        self.kind_financing.setObjectName("kindFinancing")
        self.kind_group = QButtonGroup(self)
        for button in (self.kind_instalments, self.kind_promise, self.kind_financing):
            self.kind_group.addButton(button)
        self.kind_instalments.setChecked(True)
        self.kind_group.buttonToggled.connect(self._kind_toggled)
        self.instalment_hint = QLabel()
        self.instalment_hint.setObjectName("instalmentHint")
        self.instalment_hint.setWordWrap(True)
        self.instalment_hint.setStyleSheet("color: #7a3e00;")
        self.instalment_hint.hide()
        kind_box = QGroupBox(self.tr("Kind of agreement"))
        kind_layout = QHBoxLayout()
        for button in (self.kind_instalments, self.kind_promise, self.kind_financing):
            kind_layout.addWidget(button)
        kind_layout.addStretch()
        kind_column = QVBoxLayout(kind_box)
        kind_column.addLayout(kind_layout)
        kind_column.addWidget(self.instalment_hint)

        self.charges_model = CoveredChargesModel(self)
        self.charges_model.checkedChanged.connect(self._charges_changed)
        self.charges_table = _table("coveredCharges", self.charges_model, CoveredChargesModel.DESCRIPTION)
        self.charges_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.charges_total = QLabel()
        self.charges_total.setObjectName("coveredTotal")
        self.charges_total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bold = self.charges_total.font()
        bold.setBold(True)
        self.charges_total.setFont(bold)
        self.discount = self._amount_edit("agreementDiscount")
        self.discount.setToolTip(self.tr("An amount taken off what the client owes; leave empty for none."))
        self.discount.textChanged.connect(self._schedule_recompute)
        discount_row = QFormLayout()
        discount_row.addRow(self.tr("Discount (€)"), self.discount)
        charges_box = QGroupBox(self.tr("Charges covered (untick those left out)"))
        charges_layout = QVBoxLayout(charges_box)
        charges_layout.addWidget(self.charges_table, 1)
        charges_layout.addWidget(self.charges_total)
        charges_layout.addLayout(discount_row)

        left = QVBoxLayout()
        left.addWidget(charges_box, 1)

        self.conditions = QStackedWidget()
        self.conditions.setObjectName("conditionsPages")
        self.conditions.addWidget(self._instalment_fields())
        self.conditions.addWidget(self._promise_fields())
        self.conditions.addWidget(self._financing_fields())
        self.language = QComboBox()
        self.language.setObjectName("formLanguage")
        self.language.addItem(self.tr("Spanish"), "es")
        self.language.addItem(self.tr("English"), "en")
        self.language.setToolTip(self.tr("The language of the form that the client reads and signs."))
        self.language.currentIndexChanged.connect(self._language_changed)
        language_row = QFormLayout()
        language_row.addRow(self.tr("Language of the form"), self.language)
        conditions_box = QGroupBox(self.tr("Conditions granted"))
        conditions_layout = QVBoxLayout(conditions_box)
        conditions_layout.addWidget(self.conditions)
        conditions_layout.addLayout(language_row)
        self._align_labels([self.conditions.widget(index).layout() for index in range(self.conditions.count())]
                           + [language_row])

        self.schedule_model = ScheduleModel(self)
        self.schedule_model.lineEdited.connect(self._schedule_edited)
        self.schedule_model.editRejected.connect(self._schedule_edit_rejected)
        self.schedule_table = _table("scheduleTable", self.schedule_model, ScheduleModel.DUE)
        self.schedule_table.setItemDelegate(_ScheduleDelegate(self.schedule_table))
        self.schedule_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                            | QAbstractItemView.EditTrigger.EditKeyPressed
                                            | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.schedule_total = QLabel()
        self.schedule_total.setObjectName("scheduleTotal")
        self.schedule_total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.schedule_total.setFont(bold)
        self.quote_summary = QLabel()
        self.quote_summary.setObjectName("quoteSummary")
        self.quote_summary.setWordWrap(True)
        self.recompute_button = _button(self.tr("Recompute"), "recomputeButton")
        self.recompute_button.setToolTip(self.tr("Drop the changes typed in the table and compute the plan again."))
        self.recompute_button.clicked.connect(self.reset_schedule)
        self.schedule_hint = QLabel(self.tr("Double-click a date or an amount to change it."))
        self.schedule_hint.setObjectName("scheduleHint")
        self.schedule_hint.setWordWrap(True)
        total_row = QHBoxLayout()
        total_row.addWidget(self.recompute_button)
        total_row.addWidget(self.schedule_hint, 1)
        total_row.addWidget(self.schedule_total)
        schedule_box = QGroupBox(self.tr("Schedule"))
        schedule_layout = QVBoxLayout(schedule_box)
        schedule_layout.addWidget(self.quote_summary)
        schedule_layout.addWidget(self.schedule_table, 1)
        schedule_layout.addLayout(total_row)

        right = QVBoxLayout()
        right.addWidget(conditions_box)
        right.addWidget(schedule_box, 1)

        columns = QHBoxLayout()
        columns.addLayout(left, 11)
        columns.addLayout(right, 9)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(kind_box)
        layout.addLayout(columns, 1)
        return page

    @staticmethod
    def _align_labels(forms: list[QFormLayout]) -> None:
        """Give the labels of forms stacked one under another the same width, so their fields line up."""
        labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                  for form in forms for row in range(form.rowCount())
                  if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _amount_edit(self, object_name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(object_name)
        edit.setPlaceholderText("0,00")
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return edit

    def _instalment_fields(self) -> QWidget:
        fields = QWidget()
        self.down_payment = self._amount_edit("downPayment")
        self.down_payment.setToolTip(self.tr("Paid today, before the first instalment; leave empty for none."))
        self.down_payment.textChanged.connect(self._schedule_recompute)
        self.instalment_count = QSpinBox()
        self.instalment_count.setObjectName("instalmentCount")
        self.instalment_count.setRange(1, self._max_instalments)
        self.instalment_count.setValue(min(3, self._max_instalments))
        self.instalment_count.setToolTip(self.tr("The clinic allows at most {maximum} instalments.").format(
            maximum=self._max_instalments))
        self.instalment_count.valueChanged.connect(self._terms_changed)
        self.period = QComboBox()
        self.period.setObjectName("instalmentPeriod")
        for period in Period:
            self.period.addItem(period_label(period), period)
        self.period.currentIndexChanged.connect(self._terms_changed)
        self.first_due = make_date_edit(add_months(self._today, 1), "firstDueDate")
        self.first_due.setMinimumDate(to_qdate(self._today))
        self.first_due.dateChanged.connect(self._terms_changed)
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Down payment (€)"), self.down_payment)
        form.addRow(self.tr("Number of instalments"), self.instalment_count)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("First due date"), self.first_due)
        return fields

    def _promise_fields(self) -> QWidget:
        fields = QWidget()
        self.promise_date = make_date_edit(add_months(self._today, 1), "promiseDate")
        self.promise_date.setMinimumDate(to_qdate(self._today))
        self.promise_date.dateChanged.connect(self._terms_changed)
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Pays the whole amount by"), self.promise_date)
        return fields

    def _financing_fields(self) -> QWidget:
        fields = QWidget()
        self.provider = QLineEdit()
        self.provider.setObjectName("financingProvider")
        self.provider.setMaxLength(agreements.MAX_PROVIDER)
        self.provider.textChanged.connect(self._schedule_recompute)
        self.reference = QLineEdit()
        self.reference.setObjectName("financingReference")
        self.reference.setMaxLength(agreements.MAX_REFERENCE)
        self.reference.textChanged.connect(self._schedule_recompute)
        self.financing_date = make_date_edit(self._today + timedelta(days=agreements.FINANCING_DEFAULT_DAYS),
                                             "financingDate")
        self.financing_date.setMinimumDate(to_qdate(self._today))
        self.financing_date.dateChanged.connect(self._terms_changed)
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Financing company"), self.provider)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Expected payment on"), self.financing_date)
        return fields

    def _build_signing_page(self) -> QWidget:
        from vetdesk.ui.signature_pad import SignatureBox

        page = QWidget()
        page.setObjectName("agreementSigningPage")
        self.signing_title = QLabel()
        self.signing_title.setObjectName("signingTitle")
        self.signing_title.setWordWrap(True)
        title_font = self.signing_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.signing_title.setFont(title_font)

        self.summary = QLabel()
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        large = QFont(self.summary.font())
        large.setPointSizeF(large.pointSizeF() * 1.35)
        self.summary.setFont(large)
        summary_area = QScrollArea()
        summary_area.setObjectName("summaryArea")
        summary_area.setWidgetResizable(True)
        summary_area.setFrameShape(QScrollArea.Shape.NoFrame)
        summary_area.setWidget(self.summary)
        self.show_terms_button = _button(self.tr("Show the form…"), "showTermsButton")
        self.show_terms_button.setToolTip(self.tr("Open the payment-terms form for the client to read or print."))
        self.show_terms_button.clicked.connect(self.show_terms)
        left = QVBoxLayout()
        left.addWidget(summary_area, 1)

        self.signature_box = SignatureBox()
        self.pad = self.signature_box.pad
        self.pad.changed.connect(self._signature_changed)
        self.witness = QLabel()
        self.witness.setObjectName("witnessLabel")
        self.witness.setWordWrap(True)
        self.consent_note = QLabel(self.tr(
            "By signing, the client accepts the payment terms summarised here and set out in the form."))
        self.consent_note.setObjectName("consentNote")
        self.consent_note.setWordWrap(True)
        sign_heading = QLabel(self.tr("Signature of the client"))
        heading_font = sign_heading.font()
        heading_font.setBold(True)
        sign_heading.setFont(heading_font)
        right = QVBoxLayout()
        right.addWidget(sign_heading)
        right.addWidget(self.signature_box)
        right.addWidget(self.witness)
        right.addWidget(self.consent_note)
        right.addStretch(1)

        title_row = QHBoxLayout()
        title_row.addWidget(self.signing_title, 1)
        title_row.addWidget(self.show_terms_button, 0, Qt.AlignmentFlag.AlignTop)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addSpacing(12)
        body.addLayout(right, 3)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addLayout(body, 1)
        return page

    def _set_tab_order(self) -> None:
        chain = [
            self.kind_instalments, self.kind_promise, self.kind_financing, self.charges_table, self.discount,
            self.down_payment, self.instalment_count, self.period, self.first_due, self.promise_date,
            self.provider, self.reference, self.financing_date, self.language, self.schedule_table,
            self.recompute_button, self.show_terms_button, self.pad, self.signature_box.clear_button,
            self.back_button, self.next_button, self.save_unsigned_button, self.sign_button, self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # Loading

    def _load(self, charge_ids) -> None:
        try:
            self._fill(charge_ids)
        finally:
            self._loading = False
        if self.terms_page.isEnabled():
            self.recompute()

    def _fill(self, charge_ids) -> None:
        try:
            self._client_name = clients.get_client(self._context, self.client_id).full_name
            charges = agreements.open_charges(self._context, self.client_id)
        except UserError as error:
            self._disable_terms(error_text(error))
            return
        self.setWindowTitle(self.tr("Payment agreement with {name}").format(name=self._client_name))
        checked = set(charge_ids) if charge_ids else None
        self.charges_model.set_charges(charges, checked)
        if charge_ids and not set(charge_ids) & {charge.id for charge in charges}:
            # The charges asked for were paid or taken by another agreement meanwhile.
            self.charges_model.set_charges(charges)
        if not charges:
            self._disable_terms(self.tr(
                "{name} owes nothing that is not already in an agreement, so there is nothing to agree.").format(
                name=self._client_name))
            return
        if self.charges_model.checked_total() < self._min_amount:
            self.kind_promise.setChecked(True)

    def _disable_terms(self, text: str) -> None:
        self.terms_page.setEnabled(False)
        self.next_button.setEnabled(False)
        self.message_bar.show_error(text)

    # Reacting to the form

    def _kind_toggled(self, button, checked: bool) -> None:
        if not checked:
            return
        kind = self.kind()
        self.conditions.setCurrentIndex((AgreementKind.INSTALMENTS, AgreementKind.PROMISE,
                                         AgreementKind.FINANCING).index(kind))
        instalments = kind is AgreementKind.INSTALMENTS
        self.recompute_button.setVisible(instalments)
        self.schedule_hint.setVisible(instalments)
        self._terms_changed()

    def _charges_changed(self) -> None:
        self.charges_total.setText(self.tr("Owed on the charges ticked: {amount}").format(
            amount=money_text(self.charges_model.checked_total())))
        self._update_instalment_hint()
        self._terms_changed()

    def _update_instalment_hint(self) -> None:
        total = self.charges_model.checked_total()
        below = total.is_positive and total < self._min_amount
        self.instalment_hint.setVisible(below)
        if below:
            self.instalment_hint.setText(self.tr(
                "Instalments are offered from {minimum}; the charges ticked come to {amount}. "
                "Offer a promise to pay by a date instead.").format(
                minimum=money_text(self._min_amount), amount=money_text(total)))

    def _language_changed(self) -> None:
        # The language changes only the form, not the schedule, but the quote carries it in its draft.
        self.recompute()

    def _terms_changed(self, *_args) -> None:
        """Compute the plan again from the terms, dropping edits typed in the schedule table."""
        if self._loading:
            return
        self.schedule_model.set_lines(self.schedule_model.lines(), editable=self._schedule_editable())
        self.recompute()

    def _schedule_recompute(self, *_args) -> None:
        if self._loading:
            return
        if self.schedule_model.edited:
            self.schedule_model.set_lines(self.schedule_model.lines(), editable=self._schedule_editable())
        self._recompute_timer.start()

    def _schedule_edited(self) -> None:
        self._edit_error = None
        self.recompute()

    def _schedule_edit_rejected(self, text: str) -> None:
        self._edit_error = text
        self.quote = None
        self.next_button.setEnabled(False)
        self.message_bar.show_error(text)
        self._mark_fields(["schedule"])

    def _schedule_editable(self) -> bool:
        return self.kind() is AgreementKind.INSTALMENTS

    def reset_schedule(self) -> None:
        """Drop the dates and amounts typed in the table and show the computed plan again."""
        self._edit_error = None
        self.schedule_model.set_lines((), editable=self._schedule_editable())
        self.recompute()

    # The draft and its check

    def kind(self) -> AgreementKind:
        if self.kind_promise.isChecked():
            return AgreementKind.PROMISE
        if self.kind_financing.isChecked():
            return AgreementKind.FINANCING
        return AgreementKind.INSTALMENTS

    def _money_field(self, edit: QLineEdit, field_name: str) -> Money:
        if not edit.text().strip():
            return Money.zero()
        try:
            return parse_amount(edit.text())
        except UserError as error:
            raise UserError(error.message, field=field_name) from None

    def draft(self):
        """Build the draft from the form. Raises ValidationErrors for an amount that cannot be read."""
        kind = self.kind()
        errors: list[UserError] = []
        values: dict[str, Money] = {}
        for name, edit in (("discount", self.discount), ("down_payment", self.down_payment)):
            if name == "down_payment" and kind is not AgreementKind.INSTALMENTS:
                values[name] = Money.zero()
                continue
            try:
                values[name] = self._money_field(edit, name)
            except UserError as error:
                errors.append(error)
        if errors:
            raise ValidationErrors(errors)
        promise_date = None
        if kind is AgreementKind.PROMISE:
            promise_date = from_qdate(self.promise_date.date())
        elif kind is AgreementKind.FINANCING:
            promise_date = from_qdate(self.financing_date.date())
        edited = self.schedule_model.lines() if self.schedule_model.edited else None
        return agreements.AgreementDraft(
            client_id=self.client_id, kind=kind, charge_ids=self.charges_model.checked_ids(),
            count=self.instalment_count.value(), period=self.period.currentData(),
            first_due=from_qdate(self.first_due.date()), down_payment=values["down_payment"],
            promise_date=promise_date, provider=self.provider.text(), reference=self.reference.text(),
            discount=values["discount"], schedule=edited, language=self.language.currentData(),
            request_id=self.request_id,
        )

    def recompute(self) -> AgreementQuote | None:
        """Check the form with the services now, show the schedule or the problems, and return the quote."""
        self._recompute_timer.stop()
        self.quote = None
        if not self.terms_page.isEnabled():
            return None
        if not self.charges_model.checked_ids():
            self._show_invalid(self.tr("Tick at least one charge for the agreement to cover."), ["charges"])
            return None
        try:
            quote = agreements.prepare_agreement(self._context, self.draft())
        except UserError as error:
            errors = error.errors if isinstance(error, ValidationErrors) else [error]
            self._show_invalid("\n".join(error_text(item) for item in errors), [item.field for item in errors])
            return None
        self.quote = quote
        if not self.schedule_model.edited:
            self.schedule_model.set_lines(quote.schedule, editable=self._schedule_editable())
        self._show_quote(quote)
        if self._edit_error:
            self._show_invalid(self._edit_error, ["schedule"])
            return None
        self._mark_fields(())
        if quote.warnings:
            self.message_bar.show_warning("\n".join(warning.render(translation.translate)
                                                    for warning in quote.warnings))
        else:
            self.message_bar.clear()
        self.next_button.setEnabled(True)
        return quote

    def _show_invalid(self, text: str, field_names: Iterable[str | None] = ()) -> None:
        self.quote = None
        if not self.schedule_model.edited:
            self.schedule_model.set_lines((), editable=self._schedule_editable())
            self.quote_summary.setText(self.tr("No plan yet: correct what the message at the top of the "
                                               "window describes."))
        self.schedule_total.setText(self.tr("Total: {amount}").format(amount=money_text(self.schedule_model.total())))
        self.message_bar.show_error(text)
        self._mark_fields(field_names)
        self.next_button.setEnabled(False)

    def _field_widget(self, field_name: str | None) -> QWidget | None:
        """Return the widget of a field that a UserError names, or None for a field not on this form."""
        if field_name == "promise_date":
            return self.financing_date if self.kind() is AgreementKind.FINANCING else self.promise_date
        return {
            "charges": self.charges_table, "discount": self.discount, "down_payment": self.down_payment,
            "first_due": self.first_due, "provider": self.provider, "reference": self.reference,
            "schedule": self.schedule_table,
        }.get(field_name or "")

    def _mark_fields(self, field_names: Iterable[str | None]) -> None:
        """Give the fields named a red border and take it off the fields marked before.

        Focus stays where it is, because the terms are checked again while staff type.
        """
        for widget in self._marked_fields:
            widget.setStyleSheet("")
        widgets = [self._field_widget(name) for name in field_names]
        self._marked_fields = list(dict.fromkeys(widget for widget in widgets if widget is not None))
        for widget in self._marked_fields:
            # Selected by object name, so that a table's header and scroll bars keep their own look.
            widget.setStyleSheet(f"#{widget.objectName()} {{ border: 2px solid {FIELD_ERROR_COLOUR}; }}")

    def marked_fields(self) -> list[str]:
        """Return the object names of the fields marked as wrong, in the order of the errors."""
        return [widget.objectName() for widget in self._marked_fields]

    def _show_quote(self, quote: AgreementQuote) -> None:
        parts = [self.tr("Owed: {amount}").format(amount=money_text(quote.normal_total))]
        if quote.discount.is_positive:
            parts.append(self.tr("discount: −{amount}").format(amount=money_text(quote.discount)))
        if quote.fee.is_positive:
            parts.append(self.tr("deferral fee: +{amount}").format(amount=money_text(quote.fee)))
        parts.append(self.tr("to pay: {amount}").format(amount=money_text(quote.amount)))
        self.quote_summary.setText(" · ".join(parts))
        self.schedule_total.setText(self.tr("Total: {amount}").format(amount=money_text(self.schedule_model.total())))

    # Moving between the steps

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        terms = page == self.TERMS_PAGE
        self.back_button.setVisible(not terms)
        self.next_button.setVisible(terms)
        self.save_unsigned_button.setVisible(not terms)
        self.sign_button.setVisible(not terms)

    def go_to_signing(self) -> None:
        quote = self.recompute()
        if quote is None:
            return
        if self._signing_quote is not None and quote != self._signing_quote:
            # A signature drawn for other terms must not be saved with these.
            self.pad.clear()
        self._signing_quote = quote
        self.signing_title.setText(self.tr("Payment terms for {name}").format(name=self._client_name))
        self.summary.setText(self._summary_html(quote))
        self.signature_box.set_caption(self._client_name)
        self.witness.setText(self.tr("Witnessed by {staff} for the clinic.").format(staff=self._context.actor))
        self.message_bar.clear()
        self._show_page(self.SIGNING_PAGE)
        self.pad.setFocus()

    def go_back(self) -> None:
        self._show_page(self.TERMS_PAGE)
        self.recompute()

    def _summary_html(self, quote: AgreementQuote) -> str:
        name = html.escape(self._client_name)
        amount = money_text(quote.amount)
        kind = AgreementKind(quote.draft.kind)
        instalments = [line for line in quote.schedule if not line.is_down_payment]
        if kind is AgreementKind.INSTALMENTS:
            sentences = {
                Period.MONTHLY: self.tr("{name} agrees to pay {amount} in %n monthly instalment(s).", "",
                                        len(instalments)),
                Period.BIWEEKLY: self.tr("{name} agrees to pay {amount} in %n instalment(s), one every two weeks.",
                                         "", len(instalments)),
                Period.WEEKLY: self.tr("{name} agrees to pay {amount} in %n weekly instalment(s).", "",
                                       len(instalments)),
            }
            lead = sentences[Period(quote.draft.period)]
        elif kind is AgreementKind.PROMISE:
            lead = self.tr("{name} promises to pay {amount} by {date}.").replace(
                "{date}", date_text(quote.schedule[0].due_date))
        else:
            lead = self.tr("{provider} pays {amount} on behalf of {name}, expected by {date}.").replace(
                "{provider}", html.escape(" ".join(quote.draft.provider.split()))).replace(
                "{date}", date_text(quote.schedule[0].due_date))
        paragraphs = [lead.replace("{name}", f"<b>{name}</b>").replace("{amount}", f"<b>{amount}</b>")]
        if quote.discount.is_positive or quote.fee.is_positive:
            detail = self.tr("Normal price {price}").format(price=money_text(quote.normal_total))
            if quote.discount.is_positive:
                detail += " · " + self.tr("discount {amount}").format(amount=money_text(quote.discount))
            if quote.fee.is_positive:
                detail += " · " + self.tr("deferral fee {amount}").format(amount=money_text(quote.fee))
            paragraphs.append(html.escape(detail))
        rows = "".join(
            f"<tr><td>{html.escape(line_number_text(line))}</td>"
            f"<td style='padding-left:18px'>{date_text(line.due_date)}</td>"
            f"<td align='right' style='padding-left:18px'>{money_text(line.amount)}</td></tr>"
            for line in quote.schedule
        )
        # Plain self.tr() calls, because lupdate does not extract a call written inside an f-string.
        number_heading = html.escape(self.tr("No."))
        due_heading = html.escape(self.tr("Due date"))
        amount_heading = html.escape(self.tr("Amount"))
        header = (f"<tr><th align='left'>{number_heading}</th>"
                  f"<th align='left' style='padding-left:18px'>{due_heading}</th>"
                  f"<th align='right' style='padding-left:18px'>{amount_heading}</th></tr>")
        body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
        return f"{body}<table cellspacing='0' cellpadding='3'>{header}{rows}</table>"

    def _signature_changed(self) -> None:
        if self.message_bar.text() and not self.pad.is_empty():
            self.message_bar.clear()

    # Showing the form

    def show_terms(self) -> QDialog | None:
        """Open the unsigned form in a viewer, for the client to read and, if wished, print."""
        if self._signing_quote is None:
            return None
        try:
            translate = self._document_translator(self._signing_quote.draft.language)
            pdf = agreements.preview_terms(self._context, self._signing_quote, translate)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        viewer = pdf_view.PdfViewDialog(pdf, self.tr("Payment terms for {name} (not signed yet)").format(
            name=self._client_name), self, file_name=self.tr("payment-terms.pdf"))
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.finished.connect(self._preview_closed)
        self.preview_dialog = viewer
        viewer.open()
        return viewer

    def _preview_closed(self, _result: int) -> None:
        self.preview_dialog = None

    def _document_translator(self, language: str) -> Callable[[str, str], str]:
        try:
            return translation.document_translator(language)
        except FileNotFoundError:
            log.exception("The translation catalogue for a %s payment-terms form is missing", language)
            raise UserError(UserMessage("AgreementDialog", QT_TRANSLATE_NOOP(
                "AgreementDialog", "The translation of the form into this language is missing from this "
                                   "installation. Choose another language of the form, or reinstall VetDesk."
            ))) from None

    # Saving

    def sign_and_save(self) -> None:
        """Store the agreement with the client's signature, once the pad contains an acceptable one."""
        if self._busy():
            return
        problem = self.pad.problem()
        if problem is not None:
            self.message_bar.show_error(problem.render(translation.translate))
            return
        self._save(agreements.Signature(self.pad.to_png()))

    def save_unsigned(self) -> None:
        """Store the agreement with an unsigned form, to print and sign on paper."""
        if self._busy():
            return
        if not self.pad.is_empty():
            self.message_bar.show_error(self.tr(
                "The client has signed on the pad. Press \"Sign and save\", or clear the signature "
                "to store the form unsigned."))
            return
        self._save(None)

    def _busy(self) -> bool:
        return self._saving or self.recorded_id is not None or self._signing_quote is None

    def _save(self, signature) -> None:
        self._saving = True
        self._set_saving(True)
        try:
            quote = self._signing_quote
            translate = self._document_translator(quote.draft.language)
            agreement_id = agreements.record_agreement(
                self._context, quote, signature, translate, seal=self._sealer(translate, signed=signature is not None))
        except UserError as error:
            if isinstance(error, seal_service.PassphraseNeeded):
                self._ask_passphrase(error, signature)
            else:
                self.message_bar.show_error(error_text(error))
            return
        finally:
            self._saving = False
            self._set_saving(False)
        self._finish(agreement_id)

    def _set_saving(self, saving: bool) -> None:
        for button in (self.back_button, self.save_unsigned_button, self.sign_button, self.cancel_button):
            button.setEnabled(not saving)

    def _sealer(self, translate: Callable[[str, str], str], *, signed: bool):
        def seal(pdf: bytes, number: str) -> tuple[bytes, int]:
            clinic = clinic_service.get_clinic(self._context)
            reason = translate("AgreementDialog", SIGNED_SEAL_REASON if signed else UNSIGNED_SEAL_REASON)
            return seal_service.seal_document(
                self._context, pdf, reason=reason.format(number=number),
                location=clinic.city if clinic else "", signer_name=clinic.name if clinic else "")

        return seal

    def _ask_passphrase(self, needed, signature) -> None:
        """Ask for the seal's passphrase, then save again with the same signature and request id."""

        def use_passphrase(passphrase: str) -> None:
            # A wrong passphrase raises PassphraseNeeded here, which the prompt shows while staying open.
            seal_service.provide_passphrase(self._context, needed.fingerprint, passphrase)
            # Saved after the prompt has closed, so that an error appears in this dialog, not in the prompt.
            QTimer.singleShot(0, self, lambda: self._save(signature))

        self.message_bar.show_info(self.tr("The agreement is not saved yet: type the passphrase of the clinic's "
                                           "seal to seal and store the form."))
        self.passphrase_dialog = seal_dialog.ask_seal_passphrase(
            self, error_text(needed), use_passphrase, confirm=needed.fingerprint is None)

    def _finish(self, agreement_id: int) -> None:
        self.recorded_id = agreement_id
        log.info("Agreement %s recorded from the desk dialog", agreement_id)
        self.agreementRecorded.emit(agreement_id)
        try:
            view = agreements.agreement_view(self._context, agreement_id)
            pdf = agreements.document_pdf(self._context, view.documents[-1].id)
        except UserError:
            # The agreement is stored, and its form can be reopened from the client's agreements.
            log.exception("The form of agreement %s was stored but could not be read back", agreement_id)
        else:
            self._open_signed_form(view, pdf)
        self.accept()

    def _open_signed_form(self, view, pdf: bytes) -> None:
        signed = view.documents[-1].signed_at is not None
        title = (self.tr("Signed payment terms {number}") if signed
                 else self.tr("Payment terms {number}, to sign on paper")).format(number=view.number)
        parent = self.parentWidget()
        viewer = pdf_view.PdfViewDialog(pdf, title, parent, file_name=f"{view.number}.pdf")
        if parent is not None:
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        else:
            _parentless_viewers.add(viewer)
            viewer.finished.connect(lambda _result: _parentless_viewers.discard(viewer))
        self.signed_document_dialog = viewer
        viewer.open()

    # Closing

    def reject(self) -> None:
        """Close without saving, asking first when the client has already signed on the pad."""
        if self.recorded_id is None and not self.pad.is_empty():
            if self.discard_box is None:
                box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the signature?"),
                                  self.tr("The client has signed but the agreement is not saved. "
                                          "Close and discard the signature?"),
                                  QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
                box.setObjectName("discardSignatureBox")
                box.setDefaultButton(QMessageBox.StandardButton.Cancel)
                box.button(QMessageBox.StandardButton.Discard).clicked.connect(self._discard_and_close)
                box.finished.connect(lambda _result: setattr(self, "discard_box", None))
                self.discard_box = box
                box.open()
            return
        super().reject()

    def _discard_and_close(self) -> None:
        self.pad.clear()
        super().reject()
