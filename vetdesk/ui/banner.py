"""The debt banner shown across the panes when the client on screen owes money."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from typing import TYPE_CHECKING

from vetdesk.ui.common import date_text, money_text

if TYPE_CHECKING:
    from vetdesk.services.accounts import BannerState

class _BannerButton(QPushButton):
    """A button that Enter presses too, as it would in a dialog, for keyboard-first use."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


_STYLES = {
    "red": "#debtBanner { background: #c5221f; border-radius: 6px; }"
    " QLabel { color: white; } QLabel#debtBannerTitle { font-size: 16pt; font-weight: bold; }",
    "amber": "#debtBanner { background: #fbbc04; border-radius: 6px; }"
    " QLabel { color: #202124; } QLabel#debtBannerTitle { font-size: 14pt; font-weight: bold; }",
}


class DebtBanner(QFrame):
    """Shows a client's overdue or pending debt, with the actions staff can take.

    A red banner that has no override must be acknowledged before the panes
    below it can be used. The text informs; it never suggests refusing care.
    """

    paymentRequested = Signal()
    overrideRequested = Signal()
    agreementRequested = Signal()
    acknowledged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debtBanner")
        self.state: BannerState | None = None

        self._title = QLabel()
        self._title.setObjectName("debtBannerTitle")
        self._detail = QLabel()
        self._detail.setObjectName("debtBannerDetail")
        self._detail.setWordWrap(True)

        self._pay_button = _BannerButton(self.tr("Record payment (F8)"))
        self._pay_button.setObjectName("bannerPaymentButton")
        self._pay_button.clicked.connect(self.paymentRequested)
        self._agreement_button = _BannerButton(self.tr("Make an agreement"))
        self._agreement_button.setObjectName("bannerAgreementButton")
        self._agreement_button.clicked.connect(self.agreementRequested)
        self._override_button = _BannerButton(self.tr("Override…"))
        self._override_button.setObjectName("bannerOverrideButton")
        self._override_button.clicked.connect(self.overrideRequested)
        self._ack_button = _BannerButton(self.tr("Understood, continue"))
        self._ack_button.setObjectName("bannerAcknowledgeButton")
        self._ack_button.clicked.connect(self._acknowledge)

        self._title.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self._pay_button, self._agreement_button, self._override_button, self._ack_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            buttons.addWidget(button)
        buttons.addStretch()
        # Text above the buttons keeps the banner narrow enough for a 1366-pixel screen.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self._title)
        layout.addWidget(self._detail)
        layout.addLayout(buttons)
        self._waiting_for_ack = False
        self.hide()

    @property
    def waiting_for_acknowledgement(self) -> bool:
        return self._waiting_for_ack

    def title_text(self) -> str:
        return self._title.text()

    def detail_text(self) -> str:
        return self._detail.text()

    def show_state(self, state: BannerState, *, keep_acknowledgement: bool = False) -> None:
        """Display ``state``; a new red state must be acknowledged again unless ``keep_acknowledgement`` is set."""
        self.state = state
        if state.level.value == "none":
            self._waiting_for_ack = False
            self.hide()
            return
        self.setStyleSheet(_STYLES[state.level.value])
        self._title.setText(self._title_for(state))
        self._detail.setText(self._detail_for(state))
        red = state.level.value == "red"
        self._pay_button.setVisible(not state.via_co_owner)
        self._agreement_button.setVisible(red and not state.via_co_owner and state.agreement is None)
        self._override_button.setVisible(red and state.override is None and not state.via_co_owner)
        if not keep_acknowledgement:
            self._waiting_for_ack = state.needs_acknowledgement
        elif not state.needs_acknowledgement:
            self._waiting_for_ack = False
        self._ack_button.setVisible(self._waiting_for_ack)
        self.show()
        if self._waiting_for_ack:
            self._ack_button.setFocus()

    def _acknowledge(self) -> None:
        self._waiting_for_ack = False
        self._ack_button.hide()
        self.acknowledged.emit()

    def _title_for(self, state: BannerState) -> str:
        if state.written_off is not None and not state.overdue.is_positive and not state.not_yet_due.is_positive:
            return self.tr("Debt of {amount} written off on {date}").format(
                amount=money_text(state.written_off.amount), date=date_text(state.written_off.written_off_on))
        note = state.agreement
        if note is not None and not state.via_co_owner:
            return self._agreement_title(state)
        if state.level.value == "red":
            if state.via_co_owner:
                return self.tr("Co-owner {name} has {amount} overdue").format(
                    name=state.debtor_name, amount=money_text(state.overdue))
            return self.tr("Overdue debt: {amount}, %n day(s) overdue", "", state.oldest_overdue_days).format(
                amount=money_text(state.overdue))
        if state.overdue.is_positive:
            amount = money_text(state.overdue)
            if state.via_co_owner:
                return self.tr("Co-owner {name} has {amount} overdue").format(name=state.debtor_name, amount=amount)
            return self.tr("Overdue: {amount}, %n day(s); within the clinic's days of grace", "",
                           state.oldest_overdue_days).format(amount=amount)
        amount = money_text(state.not_yet_due)
        if state.via_co_owner:
            return self.tr("Co-owner {name} owes {amount}, not yet due").format(name=state.debtor_name, amount=amount)
        return self.tr("Pending, not yet due: {amount}").format(amount=amount)

    def _agreement_title(self, state: BannerState) -> str:
        note = state.agreement
        if note.kind.value == "promise" and note.standing.value in ("late", "broken"):
            return self.tr("Promise to pay {number} not kept: {amount} overdue").format(
                number=note.number, amount=money_text(state.overdue))
        if note.standing.value == "broken":
            return self.tr("Agreement {number} broken: {amount} overdue").format(
                number=note.number, amount=money_text(state.overdue))
        if note.standing.value == "late" and state.level.value == "red":
            return self.tr("Late instalment of agreement {number}: {amount}, %n day(s) overdue", "",
                           state.oldest_overdue_days).format(number=note.number, amount=money_text(state.overdue))
        if note.standing.value == "late":
            return self.tr("Agreement {number}: {amount} overdue, %n day(s); within the clinic's days of grace", "",
                           state.oldest_overdue_days).format(number=note.number, amount=money_text(state.overdue))
        if note.next_due_date is not None and note.next_amount is not None:
            return self.tr("Agreement {number} in progress: next payment {amount} on {date}").format(
                number=note.number, amount=money_text(note.next_amount), date=date_text(note.next_due_date))
        return self.tr("Agreement {number} in progress").format(number=note.number)

    def _detail_for(self, state: BannerState) -> str:
        written_off = self._written_off_text(state)
        detail = self._base_detail(state)
        return f"{written_off}\n{detail}" if written_off and detail else written_off or detail

    def _written_off_text(self, state: BannerState) -> str:
        note = state.written_off
        if note is None:
            return ""
        return self.tr("Written off by {who} on {date}: {reason}. Still written off: {amount}; a payment now "
                       "reverses that much of the write-off.").format(
            amount=money_text(note.amount), who=note.written_off_by, date=date_text(note.written_off_on),
            reason=note.reason)

    def _base_detail(self, state: BannerState) -> str:
        if state.written_off is not None and not state.overdue.is_positive and not state.not_yet_due.is_positive:
            return ""
        if state.override is not None:
            return self.tr("New credit allowed by {who} on {date}: {reason}").format(
                who=state.override.created_by, date=date_text(state.override.created_on),
                reason=state.override.reason)
        if state.level.value == "red" and state.via_co_owner:
            return self.tr("Tell the client discreetly that the pet's account has an overdue balance. "
                           "Care for the animal continues as usual.")
        if state.level.value == "red":
            return self.tr("New charges on account are paused until the overdue amount is paid or a "
                           "manager overrides with a reason. Care for the animal continues as usual.")
        if state.agreement is not None and state.agreement.standing.value == "good":
            return self.tr("The overdue debt is covered by a payment agreement in good standing. "
                           "This does not block new charges.")
        return self.tr("This does not block new charges.")
