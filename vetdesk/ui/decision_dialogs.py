"""Dialogs for a debt that is not being paid: put it on hold or in dispute, or decide what to do with it.

Any desk may pause reminders with a hold or a dispute. A manager decides to
write the debt off, to negotiate a new agreement, or to claim it in court.
Each action is one service call, and a refused action is shown in the
dialog's own message bar, with nothing stored.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.domain.money import Money
from vetdesk.lazy import lazy_import
from vetdesk.translation import translate
from vetdesk.ui.agreement_dialog import AgreementDialog, NamedMessageBar, standing_label
from vetdesk.ui.common import (
    current_language,
    date_text,
    error_text,
    from_qdate,
    make_date_edit,
    money_text,
)
from vetdesk.ui.reminder_history import channel_label, level_label

if TYPE_CHECKING:
    from vetdesk.services.accounts import BannerState
    from vetdesk.services.context import ServiceContext
    from vetdesk.services.decisions import ClaimReadiness

accounts = lazy_import("vetdesk.services.accounts")
agreements = lazy_import("vetdesk.services.agreements")
clients = lazy_import("vetdesk.services.clients")
clinic_service = lazy_import("vetdesk.services.clinic")
decisions = lazy_import("vetdesk.services.decisions")
holds = lazy_import("vetdesk.services.holds")
reminders = lazy_import("vetdesk.services.reminders")
staff = lazy_import("vetdesk.services.staff")
pdf_view = lazy_import("vetdesk.ui.pdf_view")
translation = lazy_import("vetdesk.translation")

log = logging.getLogger("vetdesk.ui")

# The end date a new hold starts with: about the time an insurer or a contested item takes to settle.
DEFAULT_HOLD_DAYS = 30
# The languages a claim dossier can be written in, with the names shown in the choice.
DOSSIER_LANGUAGES = (
    ("es", QT_TRANSLATE_NOOP("DecisionDialog", "Spanish")),
    ("en", QT_TRANSLATE_NOOP("DecisionDialog", "English")),
)


def _button(text: str, object_name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    # Enter in a reason field must never press a button: every decision is a deliberate click.
    button.setAutoDefault(False)
    button.setDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def permission_problem(context: ServiceContext, permission) -> str:
    """Return why the signed-in account may not use ``permission``, or "" when it may.

    The text is the service's own refusal message, so a disabled button's
    tooltip matches the error that the action would raise.
    """
    try:
        staff.require(context, permission)
    except UserError as error:
        return error_text(error)
    return ""


def open_claim_dossier(context: ServiceContext, decision_id: int, reference: str, parent: QWidget) -> QDialog:
    """Open the stored dossier of a recorded claim in the PDF viewer. Raises UserError."""
    pdf = decisions.decision_document(context, decision_id)
    title = QT_TRANSLATE_NOOP("DecisionDialog", "Claim dossier {reference}")
    viewer = pdf_view.PdfViewDialog(pdf, translate("DecisionDialog", title).format(reference=reference), parent,
                                    file_name=f"{reference}.pdf")
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.open()
    return viewer


def _document_translator(language: str) -> Callable[[str, str], str]:
    try:
        return translation.document_translator(language)
    except FileNotFoundError:
        log.exception("The translation catalogue for a %s claim dossier is missing", language)
        raise UserError(UserMessage("DecisionDialog", QT_TRANSLATE_NOOP(
            "DecisionDialog", "The translation of the dossier into this language is missing from this "
                              "installation. Choose another language for the dossier, or reinstall VetDesk."
        ))) from None


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapped(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def _reason_edit(object_name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(object_name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4)
    return edit


def _cleaned(text: str) -> str:
    return " ".join(text.split())


# -- Hold or dispute ----------------------------------------------------------------------------


class HoldDialog(QDialog):
    """Puts the client's whole debt, or one open charge, on hold or in dispute until an end date."""

    holdPlaced = Signal(int)

    def __init__(self, context: ServiceContext, client_id: int, parent: QWidget | None = None,
                 charge_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdDialog")
        self.setModal(True)
        # Wide enough for the Spanish hints to fit on one line each; wrapped hints were cut off in a form row.
        self.setMinimumWidth(660)
        self._context = context
        self.client_id = client_id
        self.hold_id: int | None = None
        today = accounts.clinic_today(context)

        self.setWindowTitle(self.tr("Put the debt on hold or in dispute"))
        self.message_bar = NamedMessageBar("holdMessages", self)
        explanation = _wrapped(self.tr(
            "No reminder goes out for the debt, or for the charge chosen, until the end date. "
            "The debt stays in the account and the banner keeps showing it."))

        self.hold_radio = QRadioButton(self.tr("On hold"))
        self.hold_radio.setObjectName("holdKindHold")
        self.dispute_radio = QRadioButton(self.tr("In dispute"))
        self.dispute_radio.setObjectName("holdKindDispute")
        self.hold_radio.setChecked(True)
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.hold_radio)
        self._kinds.addButton(self.dispute_radio)
        kind_box = QVBoxLayout()
        kind_box.addWidget(self.hold_radio)
        kind_box.addWidget(self._hint(self.tr("Payment is expected from elsewhere, such as an insurer.")))
        kind_box.addWidget(self.dispute_radio)
        kind_box.addWidget(self._hint(self.tr("The client contests the debt or an item of it.")))

        self.charge_combo = QComboBox()
        self.charge_combo.setObjectName("holdChargeCombo")
        self.charge_combo.addItem(self.tr("Whole debt"), None)
        for charge in self._open_charges():
            text = self.tr("{date} · {description} · {amount} owed").format(
                date=date_text(charge.entry_date), description=charge.description,
                amount=money_text(charge.outstanding))
            self.charge_combo.addItem(text, charge.id)
        if charge_id is not None:
            index = self.charge_combo.findData(charge_id)
            if index >= 0:
                self.charge_combo.setCurrentIndex(index)

        self.reason = QLineEdit()
        self.reason.setObjectName("holdReason")
        self.reason.setPlaceholderText(self.tr("For example: insurance claim pending, file 2026/118"))
        self.ends_on = make_date_edit(today + timedelta(days=DEFAULT_HOLD_DAYS), "holdEndDate")

        form = QFormLayout()
        form.addRow(self.tr("Kind:"), kind_box)
        form.addRow(self.tr("Applies to:"), self.charge_combo)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Until (inclusive):"), self.ends_on)

        self.save_button = _button(self.tr("Save"), "saveHoldButton", self.submit)
        self.cancel_button = _button(self.tr("Cancel"), "cancelHoldButton", self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._fields = {"kind": self.hold_radio, "charge": self.charge_combo, "reason": self.reason,
                        "ends_on": self.ends_on}
        self.reason.setFocus()

    def _hint(self, text: str) -> QLabel:
        """Return a grey explanation indented under a radio button."""
        label = _wrapped(text)
        label.setStyleSheet("color: #5f6368;")
        label.setIndent(self.hold_radio.sizeHint().height())
        return label

    def _open_charges(self) -> list:
        try:
            return agreements.open_charges(self._context, self.client_id)
        except UserError:
            # The whole debt can still be held; place_hold reports a client that does not exist.
            log.warning("Open charges of client %s could not be read for the hold dialog", self.client_id,
                        exc_info=True)
            return []

    def kind(self) -> str:
        return holds.HoldKind.DISPUTE if self.dispute_radio.isChecked() else holds.HoldKind.HOLD

    def submit(self) -> int | None:
        """Store the hold and close, or show what is wrong and stay open with nothing stored."""
        if self.hold_id is not None:
            return self.hold_id
        try:
            hold_id = holds.place_hold(self._context, self.client_id, self.kind(), self.reason.text(),
                                       from_qdate(self.ends_on.date()), charge_id=self.charge_combo.currentData())
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            # The bar takes room, so the dialog grows instead of squeezing the form.
            self.adjustSize()
            field = self._fields.get(error.field or "")
            if field is not None:
                field.setFocus()
            return None
        self.hold_id = hold_id
        log.info("Hold %s placed from the desk for client %s", hold_id, self.client_id)
        self.holdPlaced.emit(hold_id)
        self.accept()
        return hold_id


# -- Decision -----------------------------------------------------------------------------------


class DecisionDialog(QDialog):
    """Shows the state of a client's debt and records the manager's decision about it.

    The choices are writing the debt off (or reversing an earlier write-off),
    negotiating a new agreement, and claiming the debt in court. The dialog
    stays open after a decision, with the summary read again, so the manager
    sees the result.
    """

    # Emitted with the client id after any decision was stored, so that the window refreshes the banner.
    decisionRecorded = Signal(int)

    INTRO_PAGE, WRITE_OFF_PAGE, REVERSAL_PAGE, CLAIM_PAGE = range(4)

    def __init__(self, context: ServiceContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setModal(True)
        self._context = context
        self.client_id = client_id
        self.client_name = ""
        self.banner: BannerState | None = None
        self.owed = Money.zero()
        self.written_off = Money.zero()
        self.readiness: ClaimReadiness | None = None
        self.confirm_box: QMessageBox | None = None
        self.agreement_dialog: AgreementDialog | None = None
        self.preview_dialog: QDialog | None = None
        self.dossier_dialog: QDialog | None = None
        self.last_decision_id: int | None = None

        self.setWindowTitle(self.tr("Decide about a debt"))
        self.message_bar = NamedMessageBar("decisionMessages", self)
        self.client_label = _heading("")
        self.client_label.setObjectName("decisionClientName")
        self.owed_value = _wrapped(object_name="decisionOwed")
        self.overdue_value = _wrapped(object_name="decisionOverdue")
        self.reminder_value = _wrapped(object_name="decisionLastReminder")
        self.agreement_value = _wrapped(object_name="decisionAgreement")
        self.written_off_value = _wrapped(object_name="decisionWrittenOff")
        summary = QFormLayout()
        summary.addRow(self.tr("Owed:"), self.owed_value)
        summary.addRow(self.tr("Overdue:"), self.overdue_value)
        summary.addRow(self.tr("Last reminder sent:"), self.reminder_value)
        summary.addRow(self.tr("Agreement:"), self.agreement_value)
        summary.addRow(self.tr("Written off:"), self.written_off_value)

        self.write_off_button = _button(self.tr("Write off…"), "writeOffButton", self.show_write_off)
        self.reverse_button = _button(self.tr("Reverse write-off…"), "reverseWriteOffButton", self.show_reversal)
        self.negotiate_button = _button(self.tr("Negotiate…"), "negotiateButton", self.negotiate)
        self.claim_button = _button(self.tr("Claim in court…"), "claimButton", self.show_claim)
        # The buttons of the choices shown inside this dialog stay pressed while their page is shown.
        self._page_buttons = {self.WRITE_OFF_PAGE: self.write_off_button, self.REVERSAL_PAGE: self.reverse_button,
                              self.CLAIM_PAGE: self.claim_button}
        for button in self._page_buttons.values():
            button.setCheckable(True)
        choices = QHBoxLayout()
        for button in (self.write_off_button, self.reverse_button, self.negotiate_button, self.claim_button):
            choices.addWidget(button)
        choices.addStretch()

        self.pages = QStackedWidget()
        self.pages.setObjectName("decisionPages")
        self.pages.addWidget(self._build_intro_page())
        self.pages.addWidget(self._build_write_off_page())
        self.pages.addWidget(self._build_reversal_page())
        self.pages.addWidget(self._build_claim_page())
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)

        self.close_button = _button(self.tr("Close"), "closeDecisionButton", self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.client_label)
        layout.addLayout(summary)
        layout.addWidget(self.message_bar)
        layout.addLayout(choices)
        layout.addWidget(separator)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.resize(640, 560)
        self.refresh()

    # Pages

    def _build_intro_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("decisionIntroPage")
        choices = (
            (self.tr("Write off"), self.tr("The clinic stops claiming the debt. It stays in the ledger, and a "
                                           "later payment takes the write-off back.")),
            (self.tr("Negotiate"), self.tr("Make a new payment agreement that the client signs at the desk.")),
            (self.tr("Claim in court"), self.tr("Prepare the dossier for a claim (proceso monitorio). It needs "
                                                "the signed payment terms and a proposal to settle sent by "
                                                "certified post or burofax.")),
        )
        text = _wrapped("".join(f"<p><b>{html.escape(name)}:</b> {html.escape(detail)}</p>"
                                for name, detail in choices), "decisionChoicesHelp")
        text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text)
        layout.addStretch()
        return page

    def _build_write_off_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("writeOffPage")
        self.write_off_text = _wrapped(object_name="writeOffExplanation")
        self.write_off_reason = _reason_edit("writeOffReason", self.tr(
            "Why is the debt written off? For example: the client moved abroad and cannot be reached."))
        self.confirm_write_off_button = _button("", "confirmWriteOffButton", self.confirm_write_off)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.confirm_write_off_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(self.tr("Write off the debt")))
        layout.addWidget(self.write_off_text)
        layout.addWidget(QLabel(self.tr("Reason (at least {min} characters):").format(min=decisions.MIN_REASON)))
        layout.addWidget(self.write_off_reason)
        layout.addLayout(row)
        layout.addStretch()
        return page

    def _build_reversal_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("reversalPage")
        self.reversal_text = _wrapped(object_name="reversalExplanation")
        self.reversal_reason = _reason_edit("reversalReason", self.tr(
            "Why is the write-off taken back? For example: the client got in touch and wants to pay."))
        self.confirm_reversal_button = _button(self.tr("Reverse the write-off…"), "confirmReversalButton",
                                               self.confirm_reversal)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.confirm_reversal_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(self.tr("Reverse the write-off")))
        layout.addWidget(self.reversal_text)
        layout.addWidget(QLabel(self.tr("Reason (at least {min} characters):").format(min=decisions.MIN_REASON)))
        layout.addWidget(self.reversal_reason)
        layout.addLayout(row)
        layout.addStretch()
        return page

    def _build_claim_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("claimPage")
        self.claim_checklist = _wrapped(object_name="claimChecklist")
        self.claim_checklist.setTextFormat(Qt.TextFormat.RichText)
        self.claim_problems = _wrapped(object_name="claimProblems")
        self.claim_problems.setTextFormat(Qt.TextFormat.RichText)
        self.claim_problems.setStyleSheet("#claimProblems { background: #fdecea; border: 1px solid #d93025; "
                                          "border-radius: 4px; color: #8c1d18; padding: 6px; }")
        self.claim_reason = _reason_edit("claimReason", self.tr(
            "Why is the debt claimed in court? For example: no answer to the proposal to settle."))
        self.dossier_language = QComboBox()
        self.dossier_language.setObjectName("dossierLanguage")
        for code, name in DOSSIER_LANGUAGES:
            self.dossier_language.addItem(translate("DecisionDialog", name), code)
        self.dossier_language.setCurrentIndex(max(0, self.dossier_language.findData(current_language())))

        self.preview_button = _button(self.tr("Preview dossier"), "previewDossierButton", self.preview_dossier)
        self.record_claim_button = _button(self.tr("Record claim and save dossier…"), "recordClaimButton",
                                           self.record_claim)
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(self.tr("Dossier language:")))
        language_row.addWidget(self.dossier_language)
        language_row.addStretch()
        language_row.addWidget(self.preview_button)
        language_row.addWidget(self.record_claim_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(self.tr("Claim in court")))
        layout.addWidget(self.claim_checklist)
        layout.addWidget(self.claim_problems)
        self.claim_reason_label = QLabel(self.tr("Reason (at least {min} characters):").format(
            min=decisions.MIN_REASON))
        layout.addWidget(self.claim_reason_label)
        layout.addWidget(self.claim_reason)
        layout.addLayout(language_row)
        layout.addStretch()
        return page

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        for index, button in self._page_buttons.items():
            button.setChecked(index == page)

    # Loading

    def refresh(self) -> None:
        """Read the client's debt again and enable the choices the signed-in account may use."""
        try:
            self.client_name = clients.get_client(self._context, self.client_id).full_name
            self.banner = accounts.banner_state(self._context, self.client_id)
            self.written_off = decisions.written_off_amount(self._context, self.client_id)
            last_reminder = self._last_reminder_text()
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            for button in (self.write_off_button, self.reverse_button, self.negotiate_button, self.claim_button):
                button.setEnabled(False)
            return

        banner = self.banner
        self.owed = banner.overdue + banner.not_yet_due
        self.setWindowTitle(self.tr("Decide about the debt of {name}").format(name=self.client_name))
        self.client_label.setText(self.client_name)
        self.owed_value.setText(money_text(self.owed))
        if banner.overdue.is_positive and banner.oldest_overdue_due_date is not None:
            self.overdue_value.setText(self.tr("{amount}, since {date} (%n day(s))", "",
                                               banner.oldest_overdue_days).format(
                amount=money_text(banner.overdue), date=date_text(banner.oldest_overdue_due_date)))
        else:
            self.overdue_value.setText(self.tr("Nothing overdue"))

        self.reminder_value.setText(last_reminder)
        if banner.agreement is not None:
            self.agreement_value.setText(self.tr("{number}: {standing}").format(
                number=banner.agreement.number, standing=standing_label(banner.agreement.standing)))
        else:
            self.agreement_value.setText(self.tr("No agreement in force"))
        self.written_off_value.setText(money_text(self.written_off) if self.written_off.is_positive
                                       else self.tr("Nothing"))

        self._update_choices()
        self._fill_write_off_page()
        self._fill_reversal_page()
        if self.pages.currentIndex() == self.CLAIM_PAGE:
            self._fill_claim_page()

    def _last_reminder_text(self) -> str:
        sent = [view for view in reminders.client_history(self._context, self.client_id, translate)
                if str(view.status) == "sent" and view.sent_at is not None]
        if not sent:
            return self.tr("None sent yet")
        last = max(sent, key=lambda view: view.sent_at)
        zone = ZoneInfo(clinic_service.clinic_time_zone(self._context))
        return self.tr("{date}: {level}, {channel}").format(
            level=level_label(last.level), channel=channel_label(last.channel),
            date=date_text(last.sent_at.astimezone(zone).date()))

    def _update_choices(self) -> None:
        denied = permission_problem(self._context, staff.Permission.WRITE_OFF)
        owes = self.owed.is_positive
        self.write_off_button.setEnabled(not denied and owes)
        self.confirm_write_off_button.setEnabled(not denied and owes)
        if denied:
            self.write_off_button.setToolTip(denied)
        elif not owes:
            self.write_off_button.setToolTip(self.tr("The client owes nothing, so there is nothing to write off."))
        else:
            self.write_off_button.setToolTip(self.tr("Stop claiming the {amount} owed, with a reason.").format(
                amount=money_text(self.owed)))
        self.reverse_button.setVisible(self.written_off.is_positive)
        self.reverse_button.setEnabled(not denied and self.written_off.is_positive)
        self.confirm_reversal_button.setEnabled(not denied and self.written_off.is_positive)
        self.reverse_button.setToolTip(denied or self.tr("Make the {amount} written off owed again.").format(
            amount=money_text(self.written_off)))
        self.negotiate_button.setEnabled(owes)
        self.negotiate_button.setToolTip(
            self.tr("Make a new payment agreement for the charges no agreement covers.") if owes
            else self.tr("The client owes nothing, so there is nothing to negotiate."))
        self.claim_button.setToolTip(self.tr("Check what a claim needs and prepare the dossier."))
        self.claim_button.setEnabled(True)
        if self.pages.currentIndex() == self.WRITE_OFF_PAGE and not self.write_off_button.isEnabled():
            self.show_page(self.INTRO_PAGE)
        if self.pages.currentIndex() == self.REVERSAL_PAGE and not self.reverse_button.isEnabled():
            self.show_page(self.INTRO_PAGE)

    def _fill_write_off_page(self) -> None:
        self.confirm_write_off_button.setText(self.tr("Write off {amount}…").format(amount=money_text(self.owed)))
        self.write_off_text.setText(self.tr(
            "All {amount} owed by {name} is written off today. The clinic stops claiming it and no more "
            "reminders go out. The ledger keeps the debt and the banner keeps showing it. A payment later "
            "takes the write-off back.").format(amount=money_text(self.owed), name=self.client_name))

    def _fill_reversal_page(self) -> None:
        self.reversal_text.setText(self.tr(
            "The {amount} written off is owed again from today: it returns to the balance, the banner and "
            "the reminders.").format(amount=money_text(self.written_off)))

    # Write-off and its reversal

    def show_write_off(self) -> None:
        if not self.write_off_button.isEnabled():
            return
        self.message_bar.clear()
        self.show_page(self.WRITE_OFF_PAGE)
        self.write_off_reason.setFocus()

    def show_reversal(self) -> None:
        if not self.reverse_button.isEnabled():
            return
        self.message_bar.clear()
        self.show_page(self.REVERSAL_PAGE)
        self.reversal_reason.setFocus()

    def _reject_short_reason(self, edit: QPlainTextEdit) -> bool:
        """Show an error and return True when the reason in ``edit`` is too short for any decision."""
        if len(_cleaned(edit.toPlainText())) >= decisions.MIN_REASON:
            return False
        self.message_bar.show_error(self.tr(
            "The reason is missing or too short. Write at least {min} characters that explain the decision.").format(
            min=decisions.MIN_REASON))
        edit.setFocus()
        return True

    def _ask(self, object_name: str, title: str, text: str, yes_text: str, on_yes: Callable[[], object]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName(object_name)
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda _checked=False: on_yes())
        box.finished.connect(lambda _result: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()
        return box

    def confirm_write_off(self) -> QMessageBox | None:
        """Ask the manager to confirm the write-off of the amount owed. A yes writes the debt off."""
        if not self.confirm_write_off_button.isEnabled() or self._reject_short_reason(self.write_off_reason):
            return None
        return self._ask("confirmWriteOffBox", self.tr("Write off the debt?"), self.tr(
            "Write off {amount} owed by {name}? The clinic stops claiming it.").format(
            amount=money_text(self.owed), name=self.client_name),
            self.tr("Write off {amount}").format(amount=money_text(self.owed)), self.write_off)

    def write_off(self) -> int | None:
        """Write off what the client owes with the reason typed. Returns the decision id, or None on an error."""
        try:
            decision_id = decisions.write_off(self._context, self.client_id, self.write_off_reason.toPlainText())
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        amount = self.owed
        self.write_off_reason.clear()
        self._recorded(decision_id)
        self.message_bar.show_info(self.tr("{amount} written off. The ledger and the banner show it.").format(
            amount=money_text(amount)))
        return decision_id

    def confirm_reversal(self) -> QMessageBox | None:
        """Ask the manager to confirm that the write-off is taken back. A yes reverses it."""
        if not self.confirm_reversal_button.isEnabled() or self._reject_short_reason(self.reversal_reason):
            return None
        return self._ask("confirmReversalBox", self.tr("Reverse the write-off?"), self.tr(
            "Make the {amount} written off owed again by {name}?").format(
            amount=money_text(self.written_off), name=self.client_name),
            self.tr("Reverse the write-off"), self.reverse_write_off)

    def reverse_write_off(self) -> int | None:
        """Take back the client's write-offs with the reason typed. Returns the decision id, or None on an error."""
        try:
            decision_id = decisions.reverse_write_off(self._context, self.client_id,
                                                      self.reversal_reason.toPlainText())
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        amount = self.written_off
        self.reversal_reason.clear()
        self._recorded(decision_id)
        self.message_bar.show_info(self.tr("The write-off of {amount} was reversed: the client owes it again.").format(
            amount=money_text(amount)))
        return decision_id

    def _recorded(self, decision_id: int) -> None:
        self.last_decision_id = decision_id
        log.info("Decision %s recorded from the desk for client %s", decision_id, self.client_id)
        self.show_page(self.INTRO_PAGE)
        self.refresh()
        self.decisionRecorded.emit(self.client_id)

    # Negotiation

    def negotiate(self) -> AgreementDialog | None:
        """Open the agreement dialog for the open charges. An agreement stored there is recorded as the decision."""
        if not self.negotiate_button.isEnabled():
            return None
        self.message_bar.clear()
        self.show_page(self.INTRO_PAGE)
        try:
            charges = agreements.open_charges(self._context, self.client_id)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        dialog = AgreementDialog(self._context, self.client_id, self,
                                 charge_ids=tuple(charge.id for charge in charges))
        dialog.agreementRecorded.connect(self.record_negotiation)
        dialog.finished.connect(lambda _result: setattr(self, "agreement_dialog", None))
        self.agreement_dialog = dialog
        dialog.open()
        return dialog

    def record_negotiation(self, agreement_id: int) -> int | None:
        """Record the decision to negotiate, with the agreement that came of it."""
        try:
            decision_id = decisions.record_negotiation(self._context, self.client_id, agreement_id)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        self._recorded(decision_id)
        self.message_bar.show_info(self.tr("The new agreement is recorded as the decision about this debt."))
        return decision_id

    # Claim in court

    def show_claim(self) -> None:
        self.message_bar.clear()
        self.show_page(self.CLAIM_PAGE)
        self._fill_claim_page()

    def _fill_claim_page(self) -> None:
        try:
            readiness = decisions.claim_readiness(self._context, self.client_id)
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            readiness = None
        self.readiness = readiness
        allowed = readiness is not None and readiness.allowed
        if readiness is not None:
            self.claim_checklist.setText(self._checklist_html(readiness))
        else:
            self.claim_checklist.clear()
        problems = readiness.problems if readiness is not None else []
        if problems:
            heading = html.escape(self.tr("A claim cannot be prepared yet. Missing:"))
            items = "".join(f"<li>{html.escape(problem.render(translate))}</li>" for problem in problems)
            self.claim_problems.setText(f"<p>{heading}</p><ul>{items}</ul>")
        self.claim_problems.setVisible(bool(problems))
        for widget in (self.claim_reason_label, self.claim_reason, self.dossier_language, self.preview_button):
            widget.setEnabled(allowed)
        denied = permission_problem(self._context, staff.Permission.CLAIM_IN_COURT)
        self.record_claim_button.setEnabled(allowed and not denied)
        if not allowed:
            self.record_claim_button.setToolTip(self.tr("The items listed as missing are needed first."))
        else:
            self.record_claim_button.setToolTip(denied or self.tr(
                "Store the decision with its dossier, then save and print the dossier."))

    def _checklist_html(self, readiness: ClaimReadiness) -> str:
        yes, no = "✔", "✘"
        lines = [
            (readiness.owed.is_positive,
             self.tr("Amount to claim: {amount}").format(amount=money_text(readiness.owed))),
            (readiness.signed_terms,
             self.tr("Signed payment terms on file") if readiness.signed_terms
             else self.tr("Signed payment terms: none on file")),
        ]
        if readiness.settlement_sent_on is not None:
            lines.append((True, self.tr("Proposal to settle (reminder level {level}) sent on {date}").format(
                level=readiness.top_level, date=date_text(readiness.settlement_sent_on))))
        else:
            lines.append((False, self.tr("Proposal to settle (reminder level {level}): not sent").format(
                level=readiness.top_level)))
        rows = []
        for present, text in lines:
            colour = "#188038" if present else "#b3261e"
            mark = yes if present else no
            rows.append(f"<span style='color:{colour}'>{mark}</span>&nbsp;{html.escape(text)}")
        return "<br>".join(rows)

    def _dossier_language(self) -> str:
        return self.dossier_language.currentData() or current_language()

    def preview_dossier(self) -> QDialog | None:
        """Render the dossier without recording anything and show it."""
        if not self.preview_button.isEnabled():
            return None
        language = self._dossier_language()
        try:
            pdf = decisions.preview_claim(self._context, self.client_id, language, _document_translator(language))
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        viewer = pdf_view.PdfViewDialog(pdf, self.tr("Claim dossier for {name} (preview, not recorded)").format(
            name=self.client_name), self, file_name=self.tr("claim-dossier-preview.pdf"))
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.finished.connect(lambda _result: setattr(self, "preview_dialog", None))
        self.preview_dialog = viewer
        viewer.open()
        return viewer

    def record_claim(self) -> int | None:
        """Record the decision to claim in court, then open the dossier and the dialog to save it."""
        if not self.record_claim_button.isEnabled() or self._reject_short_reason(self.claim_reason):
            return None
        language = self._dossier_language()
        try:
            decision_id, pdf = decisions.record_claim(self._context, self.client_id, self.claim_reason.toPlainText(),
                                                      language, _document_translator(language))
        except UserError as error:
            self.message_bar.show_error(error_text(error))
            return None
        reference = self._reference_of(decision_id)
        self.claim_reason.clear()
        self._recorded(decision_id)
        self.message_bar.show_info(self.tr(
            "Claim {reference} is recorded with its dossier. Save the dossier and print it for the court; "
            "it can be opened again from the Holds and decisions tab.").format(reference=reference))
        viewer = pdf_view.PdfViewDialog(pdf, self.tr("Claim dossier {reference}").format(reference=reference),
                                        self, file_name=f"{reference}.pdf")
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.finished.connect(lambda _result: setattr(self, "dossier_dialog", None))
        self.dossier_dialog = viewer
        viewer.open()
        viewer.choose_save_path()
        return decision_id

    def _reference_of(self, decision_id: int) -> str:
        for view in decisions.decisions_for_client(self._context, self.client_id):
            if view.id == decision_id and view.reference:
                return view.reference
        # NOTE: record_claim always stores a reference; this fallback only names the file if that changes.
        return self.tr("claim-{id}").format(id=decision_id)
