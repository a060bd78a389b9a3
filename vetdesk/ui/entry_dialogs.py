"""Dialogs that record ledger entries and banner overrides.

Each dialog validates through the service it calls and shows problems in
its own message bar. Dialogs are opened with ``open()``, never ``exec()``,
so that tests can fill and submit them without blocking.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.messages import UserError, ValidationErrors
from vetdesk.domain.money import Money, parse_amount
from typing import TYPE_CHECKING

from vetdesk.lazy import lazy_import
from vetdesk.ui.balance_pane import payment_method_label
from vetdesk.ui.common import MessageBar, error_text, from_qdate, make_date_edit

if TYPE_CHECKING:
    from vetdesk.services.clients import PetInfo
    from vetdesk.services.context import ServiceContext

accounts = lazy_import("vetdesk.services.accounts")


class EntryDialog(QDialog):
    """A form with a message bar and OK/Cancel; subclasses implement ``submit``."""

    recorded = Signal()

    def __init__(self, context: ServiceContext, client_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(460)
        self._context = context
        self.client_id = client_id
        # One id per dialog: pressing OK again after a lost connection cannot store the entry twice.
        self.request_id = str(uuid.uuid4())
        self.message_bar = MessageBar(self)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("dialogButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.buttons.accepted.connect(self._try_submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def parse_money_field(self, edit: QLineEdit) -> Money:
        try:
            return parse_amount(edit.text())
        except UserError as error:
            raise UserError(error.message, field="amount") from None

    def _try_submit(self) -> None:
        try:
            self.submit()
        except UserError as error:
            errors = error.errors if isinstance(error, ValidationErrors) else [error]
            self.message_bar.show_error("\n".join(error_text(item) for item in errors))
            self.adjustSize()
            return
        self.recorded.emit()
        self.accept()


def _amount_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setPlaceholderText("0,00")
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


class ChargeDialog(EntryDialog):
    """Records a charge, on account or paid at once; a blocked client can only pay at once."""

    def __init__(self, context: ServiceContext, client_id: int, pets: list[PetInfo],
                 parent: QWidget | None = None, *, on_account_allowed: bool = True) -> None:
        super().__init__(context, client_id, self.tr("New charge"), parent)
        self.setObjectName("chargeDialog")
        today = accounts.clinic_today(context)
        self.description = QLineEdit()
        self.description.setObjectName("chargeDescription")
        self.amount = _amount_edit("chargeAmount")
        self.pet = QComboBox()
        self.pet.setObjectName("chargePet")
        self.pet.addItem(self.tr("(no pet)"), None)
        for pet in pets:
            self.pet.addItem(pet.name, pet.id)
        self.settlement = QComboBox()
        self.settlement.setObjectName("chargeSettlement")
        if on_account_allowed:
            self.settlement.addItem(self.tr("On account: pay by the due date"), None)
        for method in PaymentMethod:
            self.settlement.addItem(self.tr("Paid now: {method}").format(
                method=payment_method_label(method)), method)
        self.entry_date = make_date_edit(today, "chargeDate")
        self.due_date = make_date_edit(accounts.default_due_date(context, today), "chargeDueDate")
        self.settlement.currentIndexChanged.connect(self._settlement_changed)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Amount (€)"), self.amount)
        self.form.addRow(self.tr("Pet"), self.pet)
        self.form.addRow(self.tr("Payment"), self.settlement)
        self.form.addRow(self.tr("Date"), self.entry_date)
        self.form.addRow(self.tr("Due date"), self.due_date)
        if not on_account_allowed:
            blocked = QLabel(self.tr("This client has overdue debt, so new charges on account are paused. "
                                     "A charge paid now can still be recorded."))
            blocked.setObjectName("chargeBlockedNote")
            blocked.setWordWrap(True)
            self.form.insertRow(0, blocked)
        self._settlement_changed()

    def _settlement_changed(self) -> None:
        self.due_date.setEnabled(self.settlement.currentData() is None)

    def submit(self) -> None:
        paid_now = self.settlement.currentData()
        entry_date = from_qdate(self.entry_date.date())
        accounts.record_charge(self._context, accounts.NewCharge(
            client_id=self.client_id,
            amount=self.parse_money_field(self.amount),
            description=self.description.text(),
            entry_date=entry_date,
            due_date=entry_date if paid_now else from_qdate(self.due_date.date()),
            pet_id=self.pet.currentData(),
            paid_now=paid_now,
            request_id=self.request_id,
        ))


class PaymentDialog(EntryDialog):
    """Records a payment; with an open agreement it goes towards that agreement's charges by default."""

    def __init__(self, context: ServiceContext, client_id: int, suggested: Money,
                 parent: QWidget | None = None, agreement: tuple[int, str] | None = None) -> None:
        super().__init__(context, client_id, self.tr("New payment"), parent)
        self.setObjectName("paymentDialog")
        self.amount = _amount_edit("paymentAmount")
        if suggested.is_positive:
            self.amount.setText(f"{suggested.cents // 100},{suggested.cents % 100:02d}")
            self.amount.selectAll()
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        for method in PaymentMethod:
            self.method.addItem(payment_method_label(method), method)
        self.entry_date = make_date_edit(accounts.clinic_today(context), "paymentDate")
        self.description = QLineEdit()
        self.description.setObjectName("paymentNote")
        hint = QLabel(self.tr("The payment settles the oldest charges first."))
        hint.setWordWrap(True)
        self.form.addRow(self.tr("Amount (€)"), self.amount)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Date"), self.entry_date)
        self.form.addRow(self.tr("Note"), self.description)
        self.agreement_id = agreement[0] if agreement else None
        self.towards_agreement = QCheckBox(
            self.tr("Towards agreement {number}").format(number=agreement[1]) if agreement else "")
        self.towards_agreement.setObjectName("paymentTowardsAgreement")
        self.towards_agreement.setChecked(agreement is not None)
        self.towards_agreement.setVisible(agreement is not None)
        self.towards_agreement.setToolTip(self.tr("The payment settles the agreement's instalments first."))
        self.form.addRow(self.towards_agreement)
        self.form.addRow(hint)

    def submit(self) -> None:
        accounts.record_payment(self._context, accounts.NewPayment(
            client_id=self.client_id,
            amount=self.parse_money_field(self.amount),
            method=self.method.currentData(),
            entry_date=from_qdate(self.entry_date.date()),
            description=self.description.text(),
            request_id=self.request_id,
            agreement_id=self.agreement_id if self.towards_agreement.isChecked() else None,
        ))


class CreditNoteDialog(EntryDialog):
    def __init__(self, context: ServiceContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, self.tr("New credit note"), parent)
        self.setObjectName("creditNoteDialog")
        self.amount = _amount_edit("creditAmount")
        self.entry_date = make_date_edit(accounts.clinic_today(context), "creditDate")
        self.description = QLineEdit()
        self.description.setObjectName("creditDescription")
        self.form.addRow(self.tr("Amount (€)"), self.amount)
        self.form.addRow(self.tr("Date"), self.entry_date)
        self.form.addRow(self.tr("Reason"), self.description)
        self.form.addRow(QLabel(self.tr("Entries are never changed: a credit note corrects a charge.")))

    def submit(self) -> None:
        accounts.record_credit_note(self._context, accounts.NewCreditNote(
            client_id=self.client_id,
            amount=self.parse_money_field(self.amount),
            entry_date=from_qdate(self.entry_date.date()),
            description=self.description.text(),
            request_id=self.request_id,
        ))


class OverrideDialog(EntryDialog):
    def __init__(self, context: ServiceContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, self.tr("Allow new credit"), parent)
        self.setObjectName("overrideDialog")
        explanation = QLabel(self.tr(
            "The client has overdue debt. Write why new charges on account may be recorded anyway. "
            "The reason is stored with your name and the time."))
        explanation.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setTabChangesFocus(True)
        self.form.addRow(explanation)
        self.form.addRow(self.tr("Reason"), self.reason)

    def submit(self) -> None:
        accounts.override_banner(self._context, self.client_id, self.reason.toPlainText())
