"""The hold dialog and the decision dialog: holds, write-offs, negotiation and claims in court."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from vetdesk.domain.agreements import AgreementKind
from vetdesk.domain.ledger import EntryKind
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients, decisions, holds, staff
from vetdesk.services.agreements import AgreementDraft, Signature
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models
from vetdesk.ui.agreement_dialog import AgreementDialog
from vetdesk.ui.common import money_text
from vetdesk.ui.decision_dialogs import DecisionDialog, HoldDialog
from vetdesk.ui.pdf_view import PdfViewDialog

TODAY = date(2026, 12, 4)
# Charges are recorded on this day, before any of them fell due, so that the debt block does not refuse the second.
CHARGE_DAY = date(2026, 9, 1)
CLAIM_DENIED = ("Recording a claim in court needs the manager or administrator role. "
                "Ask a manager to sign in at this desk and do it.")
WRITE_OFF_DENIED = ("Writing off a debt needs the manager or administrator role. "
                    "Ask a manager to sign in at this desk and do it.")


def euros(text: str) -> Money:
    return Money(Decimal(text))


def english(context: str, source: str) -> str:
    return source


def signature_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 120), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(10, 90), (80, 20), (150, 100), (290, 30)], fill="navy", width=4)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def client_id(context, clinic) -> int:
    return clients.save_client(context, clients.ClientDetails(
        given_name="Begoña", surnames="Ibáñez Núñez", id_number="12345678Z", address_line="Calle Mayor 1",
        postal_code="28013", city="Madrid")).id


@pytest.fixture
def charge_ids(context, clock, client_id) -> list[int]:
    """Two charges of the client, 320 € due on 15/09/2026 and 80 € due on 01/10/2026, both overdue today."""
    clock.now = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
    ids = [
        accounts.record_charge(context, accounts.NewCharge(client_id, euros("320"), "Cirugía", CHARGE_DAY,
                                                           date(2026, 9, 15))),
        accounts.record_charge(context, accounts.NewCharge(client_id, euros("80"), "Vacunas", CHARGE_DAY,
                                                           date(2026, 10, 1))),
    ]
    clock.now = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
    return ids


@pytest.fixture
def accounts_of_staff(context, database, clock) -> dict[str, ServiceContext]:
    """Desk contexts of a receptionist and a manager, once the clinic has staff accounts."""
    admin = staff.create_first_administrator(context, "admin", "Administración", "9876")
    context.sign_in(admin)
    receptionist = staff.create_staff(context, "lucia", "Lucía", staff.Role.RECEPTION, "1234")
    manager = staff.create_staff(context, "marta", "Marta", staff.Role.MANAGER, "5678")
    return {
        "reception": ServiceContext(database, actor="Lucía", clock=clock, staff=receptionist),
        "manager": ServiceContext(database, actor="Marta", clock=clock, staff=manager),
    }


def signed_terms(context, client_id: int, charge_ids: list[int]) -> int:
    """Record a promise to pay signed at the desk, then cancel it, as for a client who broke their word."""
    quote = agreements.prepare_agreement(context, AgreementDraft(
        client_id, AgreementKind.PROMISE, charge_ids=tuple(charge_ids), promise_date=date(2026, 12, 20)))
    agreement_id = agreements.record_agreement(context, quote, Signature(signature_png()), english)
    agreements.cancel_agreement(context, agreement_id, "La clienta no pagó lo prometido")
    return agreement_id


def sent_proposal(context, client_id: int, level: int = 4) -> None:
    """Store a reminder letter of ``level`` sent by certified post on 20/11/2026."""
    sent_at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    with context.database.transaction() as session:
        run = models.ReminderRun(as_of=date(2026, 11, 20), created_by="Lucía", created_at=sent_at)
        session.add(run)
        session.flush()
        session.add(models.Reminder(
            run_id=run.id, client_id=client_id, level=level, channel="letter", language="es", status="sent",
            amount_cents=40000, items_json="[]", recipient="Calle Mayor 1, 28013 Madrid", subject="", body="",
            attempts=1, last_error="", sent_at=sent_at, created_at=sent_at, updated_at=sent_at))


def open_hold_dialog(qtbot, context, client_id: int) -> HoldDialog:
    dialog = HoldDialog(context, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def open_decision_dialog(qtbot, context, client_id: int) -> DecisionDialog:
    dialog = DecisionDialog(context, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def write_off_entries(context, client_id: int) -> list:
    return [row for row in accounts.account_view(context, client_id).rows if row.kind is EntryKind.WRITE_OFF]


# -- Hold dialog ---------------------------------------------------------------------------------


def test_hold_dialog_defaults(qtbot, context, client_id, charge_ids):
    dialog = open_hold_dialog(qtbot, context, client_id)

    assert dialog.objectName() == "holdDialog"
    assert dialog.hold_radio.isChecked()
    assert dialog.ends_on.date().toPython() == TODAY + timedelta(days=30)
    assert dialog.charge_combo.count() == 3
    assert dialog.charge_combo.itemData(0) is None
    assert dialog.charge_combo.itemText(0) == "Whole debt"
    assert [dialog.charge_combo.itemData(index) for index in (1, 2)] == charge_ids
    assert "Cirugía" in dialog.charge_combo.itemText(1)
    assert money_text(euros("320")) in dialog.charge_combo.itemText(1)


def test_hold_dialog_stores_dispute(qtbot, context, client_id, charge_ids):
    dialog = open_hold_dialog(qtbot, context, client_id)
    dialog.dispute_radio.setChecked(True)
    dialog.charge_combo.setCurrentIndex(2)
    qtbot.keyClicks(dialog.reason, "La clienta dice que no se puso la vacuna")

    with qtbot.waitSignal(dialog.holdPlaced) as placed:
        click(qtbot, dialog.save_button)

    stored = holds.holds_for_client(context, client_id)
    assert len(stored) == 1
    assert placed.args == [stored[0].id]
    assert stored[0].kind is holds.HoldKind.DISPUTE
    assert stored[0].charge_id == charge_ids[1]
    assert stored[0].reason == "La clienta dice que no se puso la vacuna"
    assert stored[0].ends_on == TODAY + timedelta(days=30)
    assert dialog.result() == HoldDialog.DialogCode.Accepted


def test_hold_dialog_whole_debt(qtbot, context, client_id, charge_ids):
    dialog = open_hold_dialog(qtbot, context, client_id)
    dialog.reason.setText("Pendiente del seguro Mapfre")

    assert dialog.submit() is not None

    stored = holds.holds_for_client(context, client_id)
    assert stored[0].kind is holds.HoldKind.HOLD
    assert stored[0].charge_id is None


def test_hold_dialog_rejects_empty_reason(qtbot, context, client_id, charge_ids):
    dialog = open_hold_dialog(qtbot, context, client_id)
    dialog.reason.setText("   ")

    click(qtbot, dialog.save_button)

    assert "The reason is missing" in dialog.message_bar.text()
    assert dialog.isVisible()
    assert dialog.hold_id is None
    assert dialog.focusWidget() is dialog.reason
    assert holds.holds_for_client(context, client_id) == []


def test_hold_dialog_rejects_past_end_date(qtbot, context, client_id, charge_ids):
    dialog = open_hold_dialog(qtbot, context, client_id)
    dialog.reason.setText("Pendiente del seguro")
    dialog.ends_on.setDate(date(2026, 12, 1))

    assert dialog.submit() is None

    assert "The end date 01/12/2026 is in the past" in dialog.message_bar.text()
    assert dialog.isVisible()
    assert holds.holds_for_client(context, client_id) == []


def test_hold_dialog_lists_both_errors(qtbot, context, client_id, charge_ids):
    dialog = open_hold_dialog(qtbot, context, client_id)
    dialog.ends_on.setDate(date(2026, 12, 1))

    assert dialog.submit() is None

    assert "The reason is missing" in dialog.message_bar.text()
    assert "is in the past" in dialog.message_bar.text()
    assert holds.holds_for_client(context, client_id) == []


# -- Decision dialog: summary and permissions -----------------------------------------------------


def test_summary_shows_debt(qtbot, context, client_id, charge_ids):
    sent_proposal(context, client_id, level=2)

    dialog = open_decision_dialog(qtbot, context, client_id)

    assert dialog.objectName() == "decisionDialog"
    assert dialog.client_label.text() == "Begoña Ibáñez Núñez"
    assert dialog.owed_value.text() == money_text(euros("400"))
    # The plural ending of "(80 days)" comes from the English catalogue, so only the number is checked.
    assert dialog.overdue_value.text().startswith(f"{money_text(euros('400'))}, since 15/09/2026 (80 day")
    assert dialog.reminder_value.text() == "20/11/2026: Second (2), Letter"
    assert dialog.agreement_value.text() == "No agreement in force"
    assert dialog.written_off_value.text() == "Nothing"
    assert not dialog.reverse_button.isVisible()


def test_unknown_client_disables_choices(qtbot, context, clinic):
    dialog = open_decision_dialog(qtbot, context, 9999)

    assert "Client number 9999 was not found" in dialog.message_bar.text()
    assert not dialog.write_off_button.isEnabled()
    assert not dialog.negotiate_button.isEnabled()
    assert not dialog.claim_button.isEnabled()


def test_write_off_disabled_for_reception(qtbot, client_id, charge_ids, accounts_of_staff):
    dialog = open_decision_dialog(qtbot, accounts_of_staff["reception"], client_id)

    assert not dialog.write_off_button.isEnabled()
    assert dialog.write_off_button.toolTip() == WRITE_OFF_DENIED
    dialog.show_write_off()
    assert dialog.pages.currentIndex() == DecisionDialog.INTRO_PAGE
    assert dialog.confirm_write_off() is None


def test_write_off_enabled_for_manager(qtbot, client_id, charge_ids, accounts_of_staff):
    dialog = open_decision_dialog(qtbot, accounts_of_staff["manager"], client_id)

    assert dialog.write_off_button.isEnabled()
    assert money_text(euros("400")) in dialog.write_off_button.toolTip()


def test_write_off_needs_debt(qtbot, context, client_id):
    dialog = open_decision_dialog(qtbot, context, client_id)

    assert not dialog.write_off_button.isEnabled()
    assert dialog.write_off_button.toolTip() == "The client owes nothing, so there is nothing to write off."
    assert not dialog.negotiate_button.isEnabled()


# -- Write-off and its reversal -------------------------------------------------------------------


def test_write_off_through_dialog(qtbot, client_id, charge_ids, accounts_of_staff):
    manager = accounts_of_staff["manager"]
    dialog = open_decision_dialog(qtbot, manager, client_id)
    click(qtbot, dialog.write_off_button)
    assert dialog.pages.currentIndex() == DecisionDialog.WRITE_OFF_PAGE
    qtbot.keyClicks(dialog.write_off_reason, "Se mudo al extranjero sin dejar direccion")

    click(qtbot, dialog.confirm_write_off_button)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    assert money_text(euros("400")) in box.text()
    assert "Begoña Ibáñez Núñez" in box.text()
    with qtbot.waitSignal(dialog.decisionRecorded) as recorded:
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))

    assert recorded.args == [client_id]
    entries = write_off_entries(manager, client_id)
    assert len(entries) == 1
    assert entries[0].signed_amount == -euros("400")
    banner = accounts.banner_state(manager, client_id)
    assert banner.written_off is not None
    assert banner.written_off.amount == euros("400")
    assert banner.written_off.written_off_by == "Marta"
    assert dialog.written_off_value.text() == money_text(euros("400"))
    assert dialog.owed_value.text() == money_text(Money.zero())
    assert "written off" in dialog.message_bar.text()
    assert dialog.reverse_button.isVisible()


def test_write_off_short_reason(qtbot, context, client_id, charge_ids):
    dialog = open_decision_dialog(qtbot, context, client_id)
    dialog.show_write_off()
    dialog.write_off_reason.setPlainText(" no ")

    assert dialog.confirm_write_off() is None

    assert "too short" in dialog.message_bar.text()
    assert dialog.confirm_box is None
    assert write_off_entries(context, client_id) == []


def test_write_off_cancelled(qtbot, context, client_id, charge_ids):
    dialog = open_decision_dialog(qtbot, context, client_id)
    dialog.show_write_off()
    dialog.write_off_reason.setPlainText("Se mudó al extranjero")
    box = dialog.confirm_write_off()

    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))

    assert write_off_entries(context, client_id) == []
    assert decisions.decisions_for_client(context, client_id) == []


def test_write_off_refused_during_agreement(qtbot, context, client_id, charge_ids):
    quote = agreements.prepare_agreement(context, AgreementDraft(
        client_id, AgreementKind.PROMISE, charge_ids=tuple(charge_ids), promise_date=date(2026, 12, 20)))
    agreements.record_agreement(context, quote, Signature(signature_png()), english)
    dialog = open_decision_dialog(qtbot, context, client_id)
    dialog.show_write_off()
    dialog.write_off_reason.setPlainText("Se mudó al extranjero")

    assert dialog.write_off() is None

    assert "is still running" in dialog.message_bar.text()
    assert write_off_entries(context, client_id) == []


def test_reverse_write_off(qtbot, context, client_id, charge_ids):
    decisions.write_off(context, client_id, "Se mudó al extranjero")
    dialog = open_decision_dialog(qtbot, context, client_id)
    assert dialog.reverse_button.isVisible()
    click(qtbot, dialog.reverse_button)
    dialog.reversal_reason.setPlainText("Ha vuelto y quiere pagar")

    box = dialog.confirm_reversal()
    assert money_text(euros("400")) in box.text()
    with qtbot.waitSignal(dialog.decisionRecorded):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))

    assert decisions.written_off_amount(context, client_id) == Money.zero()
    assert decisions.decisions_for_client(context, client_id)[0].kind == "write_off_reversal"
    assert dialog.owed_value.text() == money_text(euros("400"))
    assert not dialog.reverse_button.isVisible()


def test_reverse_needs_manager(qtbot, context, client_id, charge_ids, accounts_of_staff):
    decisions.write_off(accounts_of_staff["manager"], client_id, "Se mudó al extranjero")

    dialog = open_decision_dialog(qtbot, accounts_of_staff["reception"], client_id)

    assert dialog.reverse_button.isVisible()
    assert not dialog.reverse_button.isEnabled()
    assert dialog.reverse_button.toolTip() == WRITE_OFF_DENIED


# -- Negotiation ------------------------------------------------------------------------------------


def test_negotiate_records_agreement(qtbot, context, client_id, charge_ids):
    dialog = open_decision_dialog(qtbot, context, client_id)

    click(qtbot, dialog.negotiate_button)

    agreement_dialog = dialog.agreement_dialog
    assert isinstance(agreement_dialog, AgreementDialog)
    assert agreement_dialog.charges_model.checked_ids() == tuple(charge_ids)
    quote = agreements.prepare_agreement(context, AgreementDraft(
        client_id, AgreementKind.PROMISE, charge_ids=tuple(charge_ids), promise_date=date(2026, 12, 20)))
    agreement_id = agreements.record_agreement(context, quote, Signature(signature_png()), english)
    with qtbot.waitSignal(dialog.decisionRecorded):
        agreement_dialog.agreementRecorded.emit(agreement_id)

    stored = decisions.decisions_for_client(context, client_id)
    assert len(stored) == 1
    assert stored[0].kind == "negotiate"
    assert stored[0].agreement_id == agreement_id
    assert stored[0].amount == euros("400")
    assert "agreement" in dialog.message_bar.text()
    agreement_dialog.reject()


def test_negotiate_foreign_agreement(qtbot, context, client_id, charge_ids):
    other = clients.save_client(context, clients.ClientDetails(given_name="Otro", surnames="Cliente")).id
    dialog = open_decision_dialog(qtbot, context, other)

    assert dialog.record_negotiation(123456) is None

    assert "is not an agreement of this client" in dialog.message_bar.text()
    assert decisions.decisions_for_client(context, other) == []


# -- Claim in court ---------------------------------------------------------------------------------


def test_claim_lists_missing_items(qtbot, context, client_id, charge_ids):
    dialog = open_decision_dialog(qtbot, context, client_id)

    click(qtbot, dialog.claim_button)

    assert dialog.pages.currentIndex() == DecisionDialog.CLAIM_PAGE
    problems = dialog.claim_problems.text()
    assert dialog.claim_problems.isVisible()
    assert "No signed payment terms are on file" in problems
    assert "The proposal to settle (reminder level 4) was not sent" in problems
    assert "Signed payment terms: none on file" in dialog.claim_checklist.text()
    assert not dialog.record_claim_button.isEnabled()
    assert not dialog.preview_button.isEnabled()
    assert not dialog.claim_reason.isEnabled()
    assert dialog.record_claim() is None
    assert decisions.decisions_for_client(context, client_id) == []


def test_claim_lists_one_missing_item(qtbot, context, client_id, charge_ids):
    sent_proposal(context, client_id)
    dialog = open_decision_dialog(qtbot, context, client_id)

    dialog.show_claim()

    problems = dialog.claim_problems.text()
    assert "No signed payment terms are on file" in problems
    assert "proposal to settle" not in problems
    assert "sent on 20/11/2026" in dialog.claim_checklist.text()
    assert not dialog.record_claim_button.isEnabled()


def test_claim_preview_and_record(qtbot, client_id, charge_ids, accounts_of_staff, tmp_path):
    manager = accounts_of_staff["manager"]
    signed_terms(manager, client_id, charge_ids)
    sent_proposal(manager, client_id)
    dialog = open_decision_dialog(qtbot, manager, client_id)
    dialog.show_claim()
    assert not dialog.claim_problems.isVisible()
    assert dialog.preview_button.isEnabled()
    assert dialog.record_claim_button.isEnabled()

    preview = dialog.preview_dossier()
    assert isinstance(preview, PdfViewDialog)
    assert preview.pdf.startswith(b"%PDF")
    assert decisions.decisions_for_client(manager, client_id) == []
    preview.reject()

    dialog.claim_reason.setPlainText("Sin respuesta al burofax")
    with qtbot.waitSignal(dialog.decisionRecorded):
        click(qtbot, dialog.record_claim_button)

    stored = decisions.decisions_for_client(manager, client_id)
    assert [view.kind for view in stored] == ["claim"]
    assert stored[0].reference == "RECL-2026-0001"
    viewer = dialog.dossier_dialog
    assert isinstance(viewer, PdfViewDialog)
    assert viewer.pdf == decisions.decision_document(manager, stored[0].id)
    assert viewer.file_name == "RECL-2026-0001.pdf"
    assert isinstance(viewer.file_dialog, QFileDialog)
    assert viewer.file_dialog.isVisible()
    viewer.file_dialog.fileSelected.emit(str(tmp_path / "dossier.pdf"))
    assert (tmp_path / "dossier.pdf").read_bytes() == viewer.pdf
    assert "RECL-2026-0001" in dialog.message_bar.text()
    viewer.file_dialog.reject()
    viewer.reject()


def test_claim_record_needs_manager(qtbot, client_id, charge_ids, accounts_of_staff):
    reception = accounts_of_staff["reception"]
    signed_terms(accounts_of_staff["manager"], client_id, charge_ids)
    sent_proposal(reception, client_id)
    dialog = open_decision_dialog(qtbot, reception, client_id)

    dialog.show_claim()

    assert dialog.preview_button.isEnabled()
    assert not dialog.record_claim_button.isEnabled()
    assert dialog.record_claim_button.toolTip() == CLAIM_DENIED


def test_claim_short_reason(qtbot, context, client_id, charge_ids):
    signed_terms(context, client_id, charge_ids)
    sent_proposal(context, client_id)
    dialog = open_decision_dialog(qtbot, context, client_id)
    dialog.show_claim()
    dialog.claim_reason.setPlainText("ya")

    assert dialog.record_claim() is None

    assert "too short" in dialog.message_bar.text()
    assert dialog.dossier_dialog is None
    assert decisions.decisions_for_client(context, client_id) == []


@pytest.mark.parametrize("engine_name", ["sqlite"], indirect=True)
def test_screenshot_claim_missing(qtbot, context, client_id, charge_ids, tmp_path):
    sent_proposal(context, client_id, level=3)
    dialog = open_decision_dialog(qtbot, context, client_id)
    dialog.show_claim()
    qtbot.wait(50)

    path = tmp_path / "decision-dialog-claim.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 10_000
