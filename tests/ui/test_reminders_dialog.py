"""The reminders screen: preparing a day, reviewing and editing the queue, approving, skipping and sending."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients, reminders, staff
from vetdesk.services.clinic import save_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models
from vetdesk.ui.pdf_view import PdfViewDialog
from vetdesk.ui.reminder_history import STATUS_COLOURS
from vetdesk.ui.reminders_dialog import PlannedRemindersModel, ReminderQueueModel, RemindersDialog, plain_text

TODAY = date(2026, 12, 4)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PHONES = iter(f"+34 612 345 {number:03d}" for number in range(1000))


def add_client(context, given_name: str, channel: str = "letter", surnames: str = "Núñez Ibáñez") -> int:
    """Store a client whose consent makes ``channel`` the one level 1 uses."""
    extra: dict = {}
    if channel == "email":
        extra = {"email": f"{given_name.lower()}@example.com", "consent_email": True}
    elif channel == "sms":
        extra = {"phone": next(PHONES), "consent_sms": True}
    return clients.save_client(context, clients.ClientDetails(
        given_name=given_name, surnames=surnames, address_line="Calle Mayor 1", postal_code="28013",
        city="Madrid", **extra)).id


def charge(context, client_id: int, cents: int, due: date = date(2026, 10, 1), description: str = "Consulta") -> int:
    with context.database.transaction() as session:
        return accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                                     entry_date=due, due_date=due, description=description, amount_cents=cents).id


def pay(context, client_id: int, cents: int) -> None:
    accounts.record_payment(context, accounts.NewPayment(client_id, Money.from_cents(cents),
                                                         accounts.PaymentMethod.CASH, TODAY))


def debtor(context, given_name: str, channel: str = "letter", cents: int = 4000) -> int:
    client_id = add_client(context, given_name, channel)
    charge(context, client_id, cents)
    return client_id


def stored(context) -> list[models.Reminder]:
    with context.database.read() as session:
        return list(session.scalars(select(models.Reminder).order_by(models.Reminder.id)))


def set_status(context, reminder_id: int, status: str, **values) -> None:
    """Put a reminder in a state that only a crash or an outside event produces."""
    with context.database.transaction() as session:
        row = session.get(models.Reminder, reminder_id)
        row.status = status
        for name, value in values.items():
            setattr(row, name, value)


@pytest.fixture
def open_dialog(qtbot, context):
    """Open reminders dialogs, and close them before the test's database goes away."""
    dialogs: list[RemindersDialog] = []

    def open_for(desk: ServiceContext) -> RemindersDialog:
        dialog = RemindersDialog(desk)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        dialogs.append(dialog)
        return dialog

    yield open_for
    for dialog in dialogs:
        # done() closes without the unsaved-text question that reject() opens.
        dialog.done(QDialog.DialogCode.Rejected)


def column(dialog: RemindersDialog, number: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    """Return a column of the queue as shown, in the table's order."""
    proxy = dialog.proxy
    return [proxy.data(proxy.index(row, number), role) for row in range(proxy.rowCount())]


def row_of_client(dialog: RemindersDialog, client_id: int) -> int:
    return next(row for row, view in enumerate(dialog.model.reminders()) if view.client_id == client_id)


def reminder_of(dialog: RemindersDialog, client_id: int):
    return dialog.model.reminder(row_of_client(dialog, client_id))


def tick(dialog: RemindersDialog, *client_ids: int) -> None:
    for client_id in client_ids:
        index = dialog.model.index(row_of_client(dialog, client_id), ReminderQueueModel.SELECTED)
        assert dialog.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def english(context: str, source: str) -> str:
    return source


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


# Preparing


def test_run_date_defaults_to_clinic_today(qtbot, context, clinic, open_dialog):
    dialog = open_dialog(context)

    assert dialog.run_date.date().toPython() == TODAY
    assert dialog.run_date.maximumDate().toPython() == TODAY
    assert dialog.run_date.displayFormat() == "dd/MM/yyyy"


def test_prepare_fills_queue(qtbot, context, clinic, open_dialog):
    ana = debtor(context, "Ana", "email")
    bego = debtor(context, "Begoña", "sms")
    carlos = debtor(context, "Carlos", "letter", 123456)
    dialog = open_dialog(context)
    assert dialog.model.rowCount() == 0

    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.prepare_button, Qt.MouseButton.LeftButton)

    assert "3 reminder" in dialog.message_bar.text()
    assert "prepared for 04/12/2026" in dialog.message_bar.text()
    assert dialog.model.rowCount() == 3
    channels = {view.client_id: view.channel.value for view in dialog.model.reminders()}
    assert channels == {ana: "email", bego: "sms", carlos: "letter"}
    row = row_of_client(dialog, carlos)
    assert dialog.model.data(dialog.model.index(row, ReminderQueueModel.AMOUNT)) == "€1,234.56"
    assert dialog.model.data(dialog.model.index(row, ReminderQueueModel.STATUS)) == "Prepared"
    assert dialog.model.data(dialog.model.index(row, ReminderQueueModel.LEVEL)) == "Friendly (1)"
    assert dialog.model.data(dialog.model.index(row, ReminderQueueModel.RECIPIENT)) == "Calle Mayor 1, 28013 Madrid"
    assert dialog.editor.view is not None


def test_prepare_twice_creates_nothing(qtbot, context, clinic, open_dialog):
    debtor(context, "Ana")
    dialog = open_dialog(context)
    assert dialog.prepare().created == 1

    again = dialog.prepare()

    assert again.already_run
    assert "already prepared" in dialog.message_bar.text()
    assert dialog.model.rowCount() == 1


def test_earlier_day_is_rejected(qtbot, context, clinic, open_dialog):
    debtor(context, "Ana")
    dialog = open_dialog(context)
    dialog.prepare()

    dialog.run_date.setDate(dialog.run_date.date().addDays(-1))
    assert dialog.prepare() is None

    assert "already run for 04/12/2026" in dialog.message_bar.text()
    assert len(stored(context)) == 1


def test_no_debtors_prepares_nothing(qtbot, context, clinic, open_dialog):
    dialog = open_dialog(context)

    result = dialog.prepare()

    assert result.created == 0
    assert "No client needs a reminder on 04/12/2026" in dialog.message_bar.text()


def test_dry_run_lists_without_storing(qtbot, context, clinic, open_dialog):
    debtor(context, "Ana", "email", 3000)
    debtor(context, "Begoña", "sms", 5000)
    dialog = open_dialog(context)

    qtbot.mouseClick(dialog.dry_run_button, Qt.MouseButton.LeftButton)

    assert dialog.stack.currentIndex() == 1
    assert dialog.planned_model.rowCount() == 2
    assert "would be prepared for 04/12/2026" in dialog.dry_run_summary.text()
    names = [dialog.planned_model.data(dialog.planned_model.index(row, PlannedRemindersModel.CLIENT))
             for row in range(2)]
    assert names == ["Ana Núñez Ibáñez", "Begoña Núñez Ibáñez"]
    assert dialog.planned_model.data(dialog.planned_model.index(0, PlannedRemindersModel.AMOUNT)) == "€30.00"
    assert dialog.planned_model.data(dialog.planned_model.index(0, PlannedRemindersModel.OLDEST)) == "01/10/2026"
    assert stored(context) == []

    qtbot.mouseClick(dialog.findChild(type(dialog.prepare_button), "backToQueueButton"), Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 0


# The queue


def test_queue_sorts_by_amount(qtbot, context, clinic, open_dialog):
    debtor(context, "Ana", cents=9000)
    debtor(context, "Bea", cents=1000)
    debtor(context, "Clara", cents=5000)
    dialog = open_dialog(context)
    dialog.prepare()

    dialog.table.sortByColumn(ReminderQueueModel.AMOUNT, Qt.SortOrder.AscendingOrder)

    assert column(dialog, ReminderQueueModel.AMOUNT) == ["€10.00", "€50.00", "€90.00"]
    dialog.table.sortByColumn(ReminderQueueModel.CLIENT, Qt.SortOrder.DescendingOrder)
    assert [name.split()[0] for name in column(dialog, ReminderQueueModel.CLIENT)] == ["Clara", "Bea", "Ana"]


def test_select_all_and_space_toggle(qtbot, context, clinic, open_dialog):
    for name in ("Ana", "Bea", "Clara"):
        debtor(context, name)
    dialog = open_dialog(context)
    dialog.prepare()
    assert not dialog.approve_button.isEnabled()

    dialog.select_all.click()
    assert len(dialog.model.checked_ids()) == 3
    assert dialog.approve_button.isEnabled()

    dialog.table.setFocus()
    dialog.select_reminder(dialog.model.reminder(0).id)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert len(dialog.model.checked_ids()) == 2
    assert dialog.select_all.checkState() == Qt.CheckState.PartiallyChecked


def test_failed_red_and_uncertain_amber(qtbot, context, clinic, open_dialog):
    failed = debtor(context, "Ana")
    uncertain = debtor(context, "Bea")
    reminders.run_reminders(context, TODAY)
    rows = {row.client_id: row.id for row in stored(context)}
    set_status(context, rows[failed], "failed", attempts=1, last_error="The server refused the message.")
    set_status(context, rows[uncertain], "sending", attempts=1)
    dialog = open_dialog(context)
    model = dialog.model

    def colour(client_id: int) -> QColor:
        return model.data(model.index(row_of_client(dialog, client_id), ReminderQueueModel.STATUS),
                          Qt.ItemDataRole.ForegroundRole).color()

    assert colour(failed) == QColor(STATUS_COLOURS["failed"])
    assert colour(uncertain) == QColor(STATUS_COLOURS["sending"])
    uncertain_row = row_of_client(dialog, uncertain)
    assert model.data(model.index(uncertain_row, ReminderQueueModel.STATUS)) == "Uncertain"
    tooltip = model.data(model.index(uncertain_row, ReminderQueueModel.STATUS), Qt.ItemDataRole.ToolTipRole)
    assert "may have gone out" in tooltip
    assert "not sent again automatically" in tooltip
    failed_row = row_of_client(dialog, failed)
    assert model.data(model.index(failed_row, ReminderQueueModel.ERROR)) == "The server refused the message."
    assert model.data(model.index(failed_row, ReminderQueueModel.ATTEMPTS)) == "1"


def test_uncertain_reminder_is_read_only(qtbot, context, clinic, open_dialog):
    client_id = debtor(context, "Ana")
    reminders.run_reminders(context, TODAY)
    set_status(context, stored(context)[0].id, "sending", attempts=1)
    dialog = open_dialog(context)

    dialog.select_reminder(reminder_of(dialog, client_id).id)

    assert dialog.editor.body.isReadOnly()
    assert "cannot be edited" in dialog.editor.summary.text()


@pytest.mark.parametrize("delivered, expected", [(True, "sent"), (False, "failed")])
def test_uncertain_reminder_is_settled_by_staff(qtbot, context, clinic, open_dialog, delivered, expected):
    client_id = debtor(context, "Ana")
    reminders.run_reminders(context, TODAY)
    reminder_id = stored(context)[0].id
    set_status(context, reminder_id, "sending", attempts=1)
    dialog = open_dialog(context)
    dialog.select_reminder(reminder_of(dialog, client_id).id)
    assert dialog.editor.mark_sent_button.isVisible() and dialog.editor.mark_not_sent_button.isVisible()

    button = dialog.editor.mark_sent_button if delivered else dialog.editor.mark_not_sent_button
    button.click()

    assert stored(context)[0].status == expected
    history = reminders.client_history(context, client_id)
    assert history[0].status.value == expected


def test_double_click_requests_client(qtbot, context, clinic, open_dialog):
    client_id = debtor(context, "Ana")
    dialog = open_dialog(context)
    dialog.prepare()

    with qtbot.waitSignal(dialog.clientRequested) as signal:
        dialog.table.doubleClicked.emit(dialog.proxy.index(0, ReminderQueueModel.CLIENT))

    assert signal.args == [client_id]


def test_models_pass_model_tester(qtbot, qtmodeltester, context, clinic, open_dialog):
    debtor(context, "Ana", "email")
    debtor(context, "Bea", "sms")
    debtor(context, "Clara")
    dialog = open_dialog(context)
    dialog.dry_run()
    qtmodeltester.check(dialog.planned_model)
    dialog.prepare()
    tick(dialog, dialog.model.reminder(0).client_id)

    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)


# Editing


def test_editor_shows_text_and_subject(qtbot, context, clinic, open_dialog):
    email = debtor(context, "Ana", "email")
    letter = debtor(context, "Bea", "letter")
    dialog = open_dialog(context)
    dialog.prepare()

    dialog.select_reminder(reminder_of(dialog, email).id)
    assert dialog.editor.subject.isVisibleTo(dialog)
    assert dialog.editor.subject.text() == reminder_of(dialog, email).subject
    assert plain_text(dialog.editor.body) == reminder_of(dialog, email).body
    assert not dialog.editor.sms_counter.isVisibleTo(dialog)
    assert not dialog.editor.unsaved.isVisibleTo(dialog)

    dialog.select_reminder(reminder_of(dialog, letter).id)
    assert not dialog.editor.subject.isVisibleTo(dialog)
    assert "01/10/2026 Consulta: €40.00" in dialog.editor.summary.text()
    assert not dialog.editor.save_button.isEnabled()


def test_flagged_word_warns_live(qtbot, context, clinic, open_dialog):
    client_id = debtor(context, "Ana")
    dialog = open_dialog(context)
    dialog.prepare()
    dialog.select_reminder(reminder_of(dialog, client_id).id)
    assert not dialog.editor.warnings.isVisibleTo(dialog)

    dialog.editor.body.setFocus()
    qtbot.keyClicks(dialog.editor.body, " Estimado cliente moroso.")

    qtbot.waitUntil(lambda: dialog.editor.warnings.isVisibleTo(dialog))
    assert "«moroso»" in dialog.editor.warnings.text()
    assert "cliente con un pago pendiente" in dialog.editor.warnings.text()
    assert dialog.editor.unsaved.isVisibleTo(dialog)

    dialog.editor.body.setPlainText("Estimada Ana: le recordamos un pago pendiente.")
    qtbot.waitUntil(lambda: not dialog.editor.warnings.isVisibleTo(dialog))


def test_receptionist_cannot_save_flagged_text(qtbot, context, clinic, accounts_of_staff, open_dialog):
    desk = accounts_of_staff["reception"]
    client_id = debtor(desk, "Ana")
    dialog = open_dialog(desk)
    dialog.prepare()
    before = stored(desk)[0].body
    dialog.select_reminder(reminder_of(dialog, client_id).id)

    dialog.editor.body.setPlainText("Estimado cliente moroso: pague ya.")
    assert dialog.save_text() is False

    assert dialog.confirm_box is None
    assert "moroso" in dialog.message_bar.text()
    assert "ask a manager" in dialog.message_bar.text()
    assert stored(desk)[0].body == before
    assert stored(desk)[0].wording_override_by is None


def test_manager_confirms_flagged_text(qtbot, context, clinic, accounts_of_staff, open_dialog):
    office = accounts_of_staff["manager"]
    client_id = debtor(office, "Ana")
    dialog = open_dialog(office)
    dialog.prepare()
    dialog.select_reminder(reminder_of(dialog, client_id).id)
    text = "Estimada Ana: sin respuesta pasaremos el expediente a nuestros abogados."

    dialog.editor.body.setPlainText(text)
    dialog.save_text()

    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    assert "«abogados»" in box.text()
    assert stored(office)[0].body != text
    with qtbot.waitSignal(dialog.changed):
        box.findChild(type(dialog.prepare_button), "sendAnywayButton").click()
    (row,) = stored(office)
    assert row.body == text
    assert row.wording_override_by == "Marta"
    assert row.edited_by == "Marta"
    assert "was saved" in dialog.message_bar.text()
    assert not dialog.editor.unsaved.isVisibleTo(dialog)


def test_manager_cancels_flagged_text(qtbot, context, clinic, accounts_of_staff, open_dialog):
    office = accounts_of_staff["manager"]
    debtor(office, "Ana")
    dialog = open_dialog(office)
    dialog.prepare()
    before = stored(office)[0].body

    dialog.editor.body.setPlainText("Aviso a deudor.")
    dialog.save_text()
    dialog.confirm_box.button(QMessageBox.StandardButton.Cancel).click()

    assert stored(office)[0].body == before
    assert dialog.editor.unsaved.isVisibleTo(dialog)


def test_plain_edit_is_saved(qtbot, context, clinic, open_dialog):
    client_id = debtor(context, "Ana", "email")
    dialog = open_dialog(context)
    dialog.prepare()
    dialog.select_reminder(reminder_of(dialog, client_id).id)

    dialog.editor.subject.setText("Un mensaje de la clínica")
    dialog.editor.body.setPlainText("Estimada Ana:\nle recordamos un pago pendiente de 40,00\u00a0€.")
    assert dialog.save_text()

    (row,) = stored(context)
    assert row.subject == "Un mensaje de la clínica"
    assert row.body == "Estimada Ana:\nle recordamos un pago pendiente de 40,00\u00a0€."
    assert row.wording_override_by is None


def test_empty_text_is_rejected(qtbot, context, clinic, open_dialog):
    debtor(context, "Ana")
    dialog = open_dialog(context)
    dialog.prepare()

    dialog.editor.body.setPlainText("   ")
    assert not dialog.save_text()

    assert "text is empty" in dialog.message_bar.text()


def test_draft_survives_switching_rows(qtbot, context, clinic, open_dialog):
    ana = debtor(context, "Ana")
    bea = debtor(context, "Bea")
    dialog = open_dialog(context)
    dialog.prepare()
    dialog.select_reminder(reminder_of(dialog, ana).id)
    dialog.editor.body.setPlainText("Borrador para Ana")

    dialog.select_reminder(reminder_of(dialog, bea).id)
    assert plain_text(dialog.editor.body) == reminder_of(dialog, bea).body
    dialog.select_reminder(reminder_of(dialog, ana).id)

    assert plain_text(dialog.editor.body) == "Borrador para Ana"
    assert dialog.editor.unsaved.isVisibleTo(dialog)
    dialog.editor.discard_button.click()
    assert plain_text(dialog.editor.body) == reminder_of(dialog, ana).body


def test_unsaved_text_blocks_approval(qtbot, context, clinic, open_dialog):
    client_id = debtor(context, "Ana")
    dialog = open_dialog(context)
    dialog.prepare()
    dialog.select_reminder(reminder_of(dialog, client_id).id)
    dialog.editor.body.setPlainText("Borrador")
    tick(dialog, client_id)

    assert dialog.approve_selected() == 0

    assert "not saved" in dialog.message_bar.text()
    assert stored(context)[0].status == "prepared"


def test_closing_with_unsaved_text_asks(qtbot, context, clinic, open_dialog):
    debtor(context, "Ana")
    dialog = open_dialog(context)
    dialog.prepare()
    dialog.editor.body.setPlainText("Borrador")

    dialog.reject()
    assert dialog.isVisible()
    assert dialog.confirm_box.objectName() == "discardDraftsBox"
    dialog.confirm_box.button(QMessageBox.StandardButton.Discard).click()

    assert not dialog.isVisible()


@pytest.mark.parametrize(("text", "expected"), [
    ("a" * 152, "152 characters · 1 SMS"),
    ("a" * 161, "161 characters · 2 SMS"),
    ("á" + "a" * 69, "70 characters · 1 SMS (with accented letters"),
    ("á" + "a" * 70, "71 characters · 2 SMS (with accented letters"),
    ("Pago: 10 €", "11 characters · 1 SMS"),
])
def test_sms_counter(qtbot, context, clinic, text, expected, open_dialog):
    client_id = debtor(context, "Ana", "sms")
    dialog = open_dialog(context)
    dialog.prepare()
    dialog.select_reminder(reminder_of(dialog, client_id).id)
    assert dialog.editor.sms_counter.isVisibleTo(dialog)

    dialog.editor.body.setPlainText(text)

    assert dialog.editor.sms_counter.text().startswith(expected)


# Approving and skipping


def test_approve_ticked(qtbot, context, clinic, open_dialog):
    ana = debtor(context, "Ana")
    bea = debtor(context, "Bea")
    dialog = open_dialog(context)
    dialog.prepare()
    assert not dialog.send_button.isEnabled()
    tick(dialog, ana)

    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)

    statuses = {row.client_id: row.status for row in stored(context)}
    assert statuses == {ana: "approved", bea: "prepared"}
    assert stored(context)[0].approved_by == context.actor
    assert dialog.model.checked_ids() == []
    assert dialog.send_button.isEnabled()
    assert dialog.model.data(dialog.model.index(row_of_client(dialog, ana), ReminderQueueModel.STATUS)) == "Approved"


def test_skip_asks_reason(qtbot, context, clinic, open_dialog):
    ana = debtor(context, "Ana")
    bea = debtor(context, "Bea")
    dialog = open_dialog(context)
    dialog.prepare()
    tick(dialog, bea)

    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    skip_dialog = dialog.skip_dialog
    assert skip_dialog.objectName() == "skipReasonDialog"
    skip_dialog.skip_button.click()
    assert skip_dialog.isVisible()
    assert "Write why" in skip_dialog.message_bar.text()
    skip_dialog.reason.setPlainText("Ha llamado: paga el viernes")
    with qtbot.waitSignal(dialog.changed):
        skip_dialog.skip_button.click()

    statuses = {row.client_id: row.status for row in stored(context)}
    assert statuses == {ana: "prepared", bea: "skipped"}
    assert [view.client_id for view in dialog.model.reminders()] == [ana]
    with context.database.read() as session:
        event = session.scalars(select(models.AuditEvent).where(models.AuditEvent.action == "reminder_skipped")).one()
    assert "paga el viernes" in event.after_json


# Sending


def test_send_letters_opens_merged_pdf(qtbot, context, clinic, open_dialog):
    ana = debtor(context, "Ana", cents=123456)
    bea = debtor(context, "Bea", cents=5000)
    dialog = open_dialog(context)
    dialog.prepare()
    dialog.select_all.click()
    dialog.approve_selected()

    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    result = dialog.last_send_result
    assert (result.sent, result.withdrawn, result.failed) == (2, 0, 0)
    assert "Sent: 2." in dialog.message_bar.text()
    assert "print them now" in dialog.message_bar.text()
    viewer = dialog.letters_dialog
    assert isinstance(viewer, PdfViewDialog)
    assert viewer.isVisible()
    assert viewer.pdf == result.letters_pdf
    assert len(viewer.pages) >= 2
    assert viewer.file_name == "reminder-letters-2026-12-04.pdf"
    assert dialog.progress is None
    assert dialog.model.rowCount() == 0
    assert {row.client_id: row.status for row in stored(context)} == {ana: "sent", bea: "sent"}


def test_paid_client_is_withdrawn(qtbot, context, clinic, open_dialog):
    ana = debtor(context, "Ana")
    bea = debtor(context, "Bea")
    dialog = open_dialog(context)
    dialog.prepare()
    dialog.select_all.click()
    dialog.approve_selected()
    pay(context, bea, 4000)

    result = dialog.send_approved()

    assert (result.sent, result.withdrawn) == (1, 1)
    assert "client paid in the meantime: 1" in dialog.message_bar.text()
    assert {row.client_id: row.status for row in stored(context)} == {ana: "sent", bea: "withdrawn"}


def test_failed_sms_shows_reason(qtbot, context, clinic, open_dialog):
    client_id = debtor(context, "Ana", "sms")
    dialog = open_dialog(context)
    dialog.prepare()
    tick(dialog, client_id)
    dialog.approve_selected()

    result = dialog.send_approved()

    assert result.failed == 1
    text = dialog.message_bar.text()
    assert "Failed: 1" in text
    assert "Ana Núñez Ibáñez: No SMS gateway is set up" in text
    assert dialog.letters_dialog is None
    model = dialog.model
    row = row_of_client(dialog, client_id)
    assert model.data(model.index(row, ReminderQueueModel.STATUS)) == "Failed"
    assert "No SMS gateway" in model.data(model.index(row, ReminderQueueModel.ERROR))
    assert dialog.send_button.isEnabled()


def test_nothing_approved_to_send(qtbot, context, clinic, open_dialog):
    debtor(context, "Ana")
    dialog = open_dialog(context)
    dialog.prepare()

    assert dialog.send_approved() is None

    assert "No reminder is approved" in dialog.message_bar.text()


def test_cancel_stops_batch_early(qtbot, context, clinic, open_dialog):
    for name in ("Ana", "Bea", "Clara", "Dora", "Eva"):
        debtor(context, name)
    dialog = open_dialog(context)
    dialog.prepare()
    dialog.select_all.click()
    dialog.approve_selected()
    reported = []

    def cancel_after_two(done: int, total: int) -> None:
        reported.append((done, total))
        assert dialog.progress.isVisible()
        assert not dialog.send_button.isEnabled()
        if done == 2:
            dialog.progress.cancel()

    dialog.sendingProgressed.connect(cancel_after_two)
    result = dialog.send_approved()

    assert reported == [(1, 5), (2, 5)]
    assert result.sent == 2
    assert [row.status for row in stored(context)].count("approved") == 3
    assert "cancelled" in dialog.message_bar.text()
    assert dialog.model.rowCount() == 3
    assert dialog.send_button.isEnabled()


def test_close_is_ignored_while_sending(qtbot, context, clinic, open_dialog):
    for name in ("Ana", "Bea"):
        debtor(context, name)
    dialog = open_dialog(context)
    dialog.prepare()
    dialog.select_all.click()
    dialog.approve_selected()
    visible = []

    def try_to_close(_done: int, _total: int) -> None:
        dialog.reject()
        visible.append(dialog.isVisible())

    dialog.sendingProgressed.connect(try_to_close)
    dialog.send_approved()

    assert visible == [True, True]


def test_view_letter_of_queued_reminder(qtbot, context, clinic, open_dialog):
    client_id = debtor(context, "Ana", "email")
    dialog = open_dialog(context)
    dialog.prepare()
    dialog.select_reminder(reminder_of(dialog, client_id).id)

    viewer = dialog.view_letter()

    assert isinstance(viewer, PdfViewDialog)
    assert viewer.pdf.startswith(b"%PDF")
    assert stored(context)[0].pdf is None


# Screenshots


def fill_screenshot_queue(context, clinic) -> None:
    """A queue with each channel and status: a level 2 by email, a failed SMS, an uncertain letter."""
    save_clinic(context, replace(clinic, phone="910 123 456", email="recepcion@clinica.example"))
    older = add_client(context, "Eduardo", "email", "Sáenz Martín")
    charge(context, older, 123456, date(2026, 8, 20), "Cirugía de cadera")
    reminders.run_reminders(context, date(2026, 11, 10))
    with context.database.transaction() as session:
        for row in session.scalars(select(models.Reminder)):
            row.status = "sent"
            row.sent_at = datetime(2026, 11, 10, 11, tzinfo=timezone.utc)
    ana = add_client(context, "Ana", "email", "García López")
    charge(context, ana, 4500, date(2026, 10, 20), "Vacunas")
    begona = add_client(context, "Begoña", "sms", "Ibáñez Núñez")
    charge(context, begona, 8990, date(2026, 11, 2), "Análisis de sangre")
    carlos = add_client(context, "Carlos", "letter", "Fernández Ruiz")
    charge(context, carlos, 32000, date(2026, 10, 1), "Ecografía")
    charge(context, carlos, 6000, date(2026, 10, 15), "Revisión")
    dolores = add_client(context, "Dolores", "letter", "Peña Castillo")
    charge(context, dolores, 15075, date(2026, 10, 10), "Hospitalización")
    reminders.run_reminders(context, TODAY)
    rows = {row.client_id: row.id for row in stored(context)}
    reminders.approve(context, [rows[begona], rows[carlos]])
    reminders.send_approved(context, lambda language: english, reminder_ids=[rows[begona]])
    # Only a desk that stopped while sending leaves this state.
    set_status(context, rows[dolores], "sending", attempts=1)


def grab_queue(qtbot, open_dialog, context, path: Path) -> None:
    dialog = open_dialog(context)
    dialog.resize(1200, 760)
    dialog.table.sortByColumn(ReminderQueueModel.CLIENT, Qt.SortOrder.AscendingOrder)
    failed = next(view for view in dialog.model.reminders() if view.status.value == "failed")
    tick(dialog, failed.client_id)
    second = next(view for view in dialog.model.reminders() if view.level == 2)
    dialog.select_reminder(second.id)
    QApplication.processEvents()
    qtbot.wait(50)
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 20_000


@pytest.mark.parametrize("engine_name", ["sqlite"], indirect=True)
def test_screenshot_queue_english(qtbot, context, clinic, tmp_path, open_dialog):
    fill_screenshot_queue(context, clinic)
    folder = SCREENSHOTS if os.environ.get("VETDESK_SCREENSHOTS") == "1" else tmp_path
    grab_queue(qtbot, open_dialog, context, folder / "reminders-queue.png")


@pytest.mark.parametrize("engine_name", ["sqlite"], indirect=True)
def test_screenshot_queue_spanish(qtbot, context, clinic, tmp_path, spanish, open_dialog):
    fill_screenshot_queue(context, clinic)
    folder = SCREENSHOTS if os.environ.get("VETDESK_SCREENSHOTS") == "1" else tmp_path
    grab_queue(qtbot, open_dialog, context, folder / "recordatorios-cola.png")
