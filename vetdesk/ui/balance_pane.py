"""The balance pane: the client's ledger with running balance, totals, overdue amount and aging."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from vetdesk.domain.ledger import EntryKind, PaymentMethod
from vetdesk.ui.common import date_text, money_text

if TYPE_CHECKING:
    from vetdesk.services.accounts import AccountView, EntryRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def payment_method_label(method: PaymentMethod | None) -> str:
    labels = {
        PaymentMethod.CASH: QCoreApplication.translate("PaymentMethod", "Cash"),
        PaymentMethod.CARD: QCoreApplication.translate("PaymentMethod", "Card"),
        PaymentMethod.TRANSFER: QCoreApplication.translate("PaymentMethod", "Bank transfer"),
        PaymentMethod.BIZUM: QCoreApplication.translate("PaymentMethod", "Bizum"),
        PaymentMethod.DIRECT_DEBIT: QCoreApplication.translate("PaymentMethod", "Direct debit"),
    }
    return labels.get(method, "") if method else ""


class LedgerModel(QAbstractTableModel):
    """Read-only ledger rows in date order. The sort role contains raw values."""

    DATE, DESCRIPTION, PET, DUE, CHARGE, PAYMENT, BALANCE = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[EntryRow, ...] = ()
        self._today = None

    def set_account(self, account: AccountView | None) -> None:
        self.beginResetModel()
        self._rows = account.rows if account else ()
        self._today = account.today if account else None
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Description"), self.tr("Pet"), self.tr("Due"),
                self.tr("Charge"), self.tr("Paid / credit"), self.tr("Balance"))[section]

    def _description(self, row: EntryRow) -> str:
        if row.kind is EntryKind.PAYMENT:
            method = payment_method_label(row.payment_method)
            base = self.tr("Payment ({method})").format(method=method)
            return f"{base}: {row.description}" if row.description else base
        if row.kind is EntryKind.CREDIT_NOTE:
            return self.tr("Credit note: {text}").format(text=row.description)
        if row.kind is EntryKind.WRITE_OFF:
            return self.tr("Written off: {text}").format(text=row.description)
        if row.kind is EntryKind.WRITE_OFF_REVERSAL and not row.description:
            # Reversed by a payment or credit note, which has no reason of its own.
            return self.tr("Write-off reversed")
        if row.kind is EntryKind.WRITE_OFF_REVERSAL:
            return self.tr("Write-off reversed: {text}").format(text=row.description)
        return row.description

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        charge = row.kind.is_debit
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.DATE: date_text(row.entry_date),
                self.DESCRIPTION: self._description(row),
                self.PET: row.pet_name,
                self.DUE: date_text(row.due_date) if row.due_date else "",
                self.CHARGE: money_text(row.signed_amount) if charge else "",
                self.PAYMENT: "" if charge else money_text(-row.signed_amount),
                self.BALANCE: money_text(row.running_balance),
            }
            return values[column]
        if role == SORT_ROLE:
            return (row.entry_date, self._description(row), row.pet_name, row.due_date,
                    row.signed_amount.cents, -row.signed_amount.cents, row.running_balance.cents)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.CHARGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            recorded = self.tr("Recorded by {who}").format(who=row.recorded_by)
            if charge and row.outstanding is not None and row.outstanding.is_positive:
                return recorded + "\n" + self.tr("Still owed: {amount}").format(amount=money_text(row.outstanding))
            return recorded
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DUE and charge and self._today:
            unpaid = row.outstanding is not None and row.outstanding.is_positive
            if unpaid and row.due_date and row.due_date < self._today:
                return QBrush(QColor("#b3261e"))
        return None


class BalancePane(QGroupBox):
    """Ledger table, totals and aging of the client on screen, with the entry actions."""

    newChargeRequested = Signal()
    newPaymentRequested = Signal()
    newCreditNoteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balancePane")
        self.setTitle(self.tr("Account"))

        self.model = LedgerModel(self)
        self.table = QTableView()
        self.table.setObjectName("ledgerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(LedgerModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)

        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = [
            ("balance", self.tr("Balance")), ("overdue", self.tr("Overdue")),
            ("not_due", self.tr("Not yet due")), ("oldest", self.tr("Oldest overdue")),
            ("aging_1_30", self.tr("1–30 days")), ("aging_31_60", self.tr("31–60 days")),
            ("aging_61_90", self.tr("61–90 days")), ("aging_90", self.tr("Over 90 days")),
            ("charged", self.tr("Total charged")), ("paid", self.tr("Total paid")),
            ("credited", self.tr("Total credit notes")),
        ]
        for position, (key, caption) in enumerate(captions):
            label = QLabel()
            label.setObjectName(f"balance_{key}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.values[key] = label
            row, column = divmod(position, 4)
            grid.addWidget(QLabel(caption + ":"), row, column * 2)
            grid.addWidget(label, row, column * 2 + 1)
        bold = self.values["balance"].font()
        bold.setBold(True)
        self.values["balance"].setFont(bold)
        self.values["overdue"].setFont(bold)

        self.charge_button = QPushButton(self.tr("New charge (F7)"))
        self.charge_button.setObjectName("newChargeButton")
        self.charge_button.clicked.connect(self.newChargeRequested)
        self.payment_button = QPushButton(self.tr("New payment (F8)"))
        self.payment_button.setObjectName("newPaymentButton")
        self.payment_button.clicked.connect(self.newPaymentRequested)
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.credit_button.setObjectName("newCreditNoteButton")
        self.credit_button.clicked.connect(self.newCreditNoteRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.charge_button)
        buttons.addWidget(self.payment_button)
        buttons.addWidget(self.credit_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)

    def show_account(self, account: AccountView | None) -> None:
        self.model.set_account(account)
        if account is None:
            for label in self.values.values():
                label.clear()
            return
        status = account.status
        aging = status.aging
        texts = {
            "balance": money_text(status.balance),
            "overdue": money_text(status.overdue),
            "not_due": money_text(status.not_yet_due),
            "oldest": self.tr("%n day(s)", "", status.oldest_overdue_days) if status.oldest_overdue_days else "—",
            "aging_1_30": money_text(aging.days_1_30),
            "aging_31_60": money_text(aging.days_31_60),
            "aging_61_90": money_text(aging.days_61_90),
            "aging_90": money_text(aging.over_90),
            "charged": money_text(account.total_charged),
            "paid": money_text(account.total_paid),
            "credited": money_text(account.total_credited),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.values["overdue"].setStyleSheet("color: #b3261e;" if status.overdue.is_positive else "")
        if self.model.rowCount():
            # After the layout settles, so the newest entries are the ones in view.
            QTimer.singleShot(0, self.table.scrollToBottom)

    def show_credit_blocked(self, blocked: bool) -> None:
        self.charge_button.setToolTip(
            self.tr("Overdue debt: only charges paid now can be recorded until the client pays "
                    "or a manager overrides.") if blocked else "")
