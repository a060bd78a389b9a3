"""A client's reminders in the history tab: what went out, when, how, and a copy of each."""

from __future__ import annotations

import json
import socket
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import select

from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients, reminders, settings
from vetdesk.services import messaging_settings as messaging
from vetdesk.storage import models
from vetdesk.ui.pdf_view import PdfViewDialog
from vetdesk.ui.reminder_history import STATUS_COLOURS, ReminderCopyDialog, ReminderHistory, ReminderHistoryModel

TODAY = date(2026, 12, 4)
TOKEN = "tok-historial"


def english(context: str, source: str) -> str:
    return source


def translators(language: str):
    return english


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Recorder:
    def __init__(self) -> None:
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook
        self.envelopes.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server(context):
    """A mail server on loopback that accepts every message, set up as the clinic's server."""
    handler = Recorder()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.update_settings(context, {
        settings.SMTP_HOST.key: "127.0.0.1", settings.SMTP_PORT.key: controller.port,
        settings.SMTP_SECURITY.key: "none", settings.SMTP_USER.key: "",
        settings.SMTP_SENDER.key: "Clínica Prueba <recepcion@clinica.example>",
    })
    yield handler
    controller.stop()


@pytest.fixture
def sms_gateway(context):
    """An SMS gateway on loopback that accepts every message, set up as the clinic's gateway."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            answer = b'{"id": "sms-1"}'
            self.send_response(200)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's name
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/send"
    settings.update_settings(context, {settings.SMS_URL.key: url, settings.SMS_SENDER.key: "Clinica"})
    messaging.save_sms_token(url, TOKEN)
    yield received
    server.shutdown()
    server.server_close()
    thread.join()


def add_client(context, consent: dict | None = None) -> int:
    return clients.save_client(context, clients.ClientDetails(
        given_name="Begoña", surnames="Ibáñez Núñez", address_line="Calle Mayor 1", postal_code="28013",
        city="Madrid", **(consent or {}))).id


def charge(context, client_id: int, cents: int, due: date = date(2026, 10, 1)) -> None:
    with context.database.transaction() as session:
        accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                              entry_date=due, due_date=due, description="Consulta", amount_cents=cents)


def prepare_and_send(context) -> None:
    reminders.run_reminders(context, TODAY)
    reminders.approve(context, [view.id for view in reminders.queue(context)])
    reminders.send_approved(context, translators)


def stored(context) -> list[models.Reminder]:
    with context.database.read() as session:
        return list(session.scalars(select(models.Reminder).order_by(models.Reminder.id)))


def open_history(qtbot, context, client_id: int | None) -> ReminderHistory:
    history = ReminderHistory(context)
    qtbot.addWidget(history)
    history.resize(900, 300)
    history.show()
    qtbot.waitExposed(history)
    history.show_client(client_id)
    return history


def cell(history: ReminderHistory, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return history.model.data(history.model.index(row, column), role)


def test_sent_letter_listed(qtbot, context, clinic):
    client_id = add_client(context)
    charge(context, client_id, 123456)
    prepare_and_send(context)

    history = open_history(qtbot, context, client_id)

    assert history.model.rowCount() == 1
    assert cell(history, 0, ReminderHistoryModel.DATE) == "04/12/2026"
    assert cell(history, 0, ReminderHistoryModel.LEVEL) == "Friendly (1)"
    assert cell(history, 0, ReminderHistoryModel.CHANNEL) == "Letter"
    assert cell(history, 0, ReminderHistoryModel.STATUS) == "Sent"
    assert cell(history, 0, ReminderHistoryModel.AMOUNT) == "€1,234.56"
    assert cell(history, 0, ReminderHistoryModel.STATUS, Qt.ItemDataRole.ForegroundRole).color() \
        == QColor(STATUS_COLOURS["sent"])
    assert "Sent at 04/12/2026 11:00" in cell(history, 0, ReminderHistoryModel.DATE, Qt.ItemDataRole.ToolTipRole)
    assert not history.empty_label.isVisible()


def test_letter_copy_is_stored_pdf(qtbot, context, clinic):
    client_id = add_client(context)
    charge(context, client_id, 4000)
    prepare_and_send(context)
    history = open_history(qtbot, context, client_id)

    viewer = history.view_copy()

    assert isinstance(viewer, PdfViewDialog)
    assert viewer.isVisible()
    assert viewer.pdf == stored(context)[0].pdf


def test_sent_email_copy(qtbot, context, clinic, smtp_server):
    client_id = add_client(context, {"email": "bego@example.com", "consent_email": True})
    charge(context, client_id, 4000)
    prepare_and_send(context)
    assert len(smtp_server.envelopes) == 1
    (row,) = stored(context)
    history = open_history(qtbot, context, client_id)
    assert cell(history, 0, ReminderHistoryModel.CHANNEL) == "Email"

    dialog = history.view_copy()

    assert isinstance(dialog, ReminderCopyDialog)
    assert dialog.text.isReadOnly()
    assert dialog.text.toPlainText() == row.body.replace("\u00a0", " ")
    assert dialog.findChild(QLineEdit, "reminderCopySubject").text() == row.subject
    assert dialog.findChild(QLineEdit, "reminderCopyRecipient").text() == "bego@example.com"
    assert "Sent on 04/12/2026 at 11:00" in dialog.findChild(QLabel, "reminderCopyStatus").text()
    attached = dialog.view_letter()
    assert isinstance(attached, PdfViewDialog)
    assert attached.pdf == row.pdf


def test_sent_sms_copy(qtbot, context, clinic, sms_gateway):
    client_id = add_client(context, {"phone": "+34 612 345 678", "consent_sms": True})
    charge(context, client_id, 4000)
    prepare_and_send(context)
    assert len(sms_gateway) == 1
    history = open_history(qtbot, context, client_id)

    dialog = history.view_copy()

    assert isinstance(dialog, ReminderCopyDialog)
    assert dialog.text.toPlainText() == stored(context)[0].body.replace("\u00a0", " ")
    assert dialog.findChild(QLineEdit, "reminderCopySubject") is None
    assert not dialog.letter_button.isVisibleTo(dialog)


def test_failed_then_skipped_keeps_error(qtbot, context, clinic):
    client_id = add_client(context, {"phone": "+34 612 345 678", "consent_sms": True})
    charge(context, client_id, 4000)
    prepare_and_send(context)
    assert stored(context)[0].status == "failed"
    reminders.skip(context, [stored(context)[0].id], "Pagará en la consulta")
    history = open_history(qtbot, context, client_id)

    assert cell(history, 0, ReminderHistoryModel.STATUS) == "Skipped"
    assert "No SMS gateway is set up" in cell(history, 0, ReminderHistoryModel.ERROR)
    assert "No SMS gateway" in cell(history, 0, ReminderHistoryModel.ERROR, Qt.ItemDataRole.ToolTipRole)


def test_withdrawn_explained(qtbot, context, clinic):
    client_id = add_client(context)
    charge(context, client_id, 4000)
    reminders.run_reminders(context, TODAY)
    reminders.approve(context, [stored(context)[0].id])
    accounts.record_payment(context, accounts.NewPayment(client_id, Money.from_cents(4000),
                                                         accounts.PaymentMethod.CASH, TODAY))
    reminders.send_approved(context, translators)

    history = open_history(qtbot, context, client_id)

    assert cell(history, 0, ReminderHistoryModel.STATUS) == "Withdrawn (paid)"
    assert "client paid" in cell(history, 0, ReminderHistoryModel.STATUS, Qt.ItemDataRole.ToolTipRole)
    assert cell(history, 0, ReminderHistoryModel.DATE) == "04/12/2026"


def test_newest_first_and_keeps_selection(qtbot, context, clinic, clock):
    client_id = add_client(context)
    charge(context, client_id, 4000, date(2026, 8, 1))
    prepare_and_send(context)
    history = open_history(qtbot, context, client_id)
    first_id = stored(context)[0].id
    history.select_reminder(first_id)

    later = date(2026, 12, 20)
    clock.now = clock.now.replace(month=12, day=20)
    reminders.run_reminders(context, later)
    history.refresh()

    assert history.model.rowCount() == 2
    assert cell(history, 0, ReminderHistoryModel.LEVEL) == "Second (2)"
    assert cell(history, 0, ReminderHistoryModel.STATUS) == "Prepared"
    assert cell(history, 0, ReminderHistoryModel.DATE) == "20/12/2026"
    assert history.selected_reminder().id == first_id


def test_client_without_reminders(qtbot, context, clinic):
    client_id = add_client(context)
    history = open_history(qtbot, context, client_id)

    assert history.model.rowCount() == 0
    assert history.empty_label.isVisible()
    assert not history.view_button.isEnabled()
    assert history.view_copy() is None

    history.show_client(None)
    assert not history.empty_label.isVisible()


def test_history_model_passes_tester(qtbot, qtmodeltester, context, clinic):
    client_id = add_client(context)
    charge(context, client_id, 4000)
    prepare_and_send(context)
    history = open_history(qtbot, context, client_id)

    qtmodeltester.check(history.model)
