"""Reminders delivered by a real SMTP server and a real HTTP SMS gateway on loopback, with failures and retries."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller

from vetdesk.services import accounts, clients, reminders, settings
from vetdesk.services import messaging_settings as messaging

TODAY = date(2026, 12, 4)
TOKEN = "token-de-prueba"


def english(context: str, source: str) -> str:
    return source


def translators(language: str):
    return english


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class FlakyMailServer:
    """A mail server handler that replies 451 (try later) to the first message and accepts the rest."""

    def __init__(self) -> None:
        self.rejections_left = 1
        self.accepted: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook
        if self.rejections_left:
            self.rejections_left -= 1
            return "451 Mailbox busy, try again later"
        self.accepted.append(envelope.original_content)
        return "250 OK"


@pytest.fixture
def mail_server(context):
    handler = FlakyMailServer()
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
    """An HTTP gateway that replies 500 to the first request and 200 to the ones after it."""
    requests: list[tuple[dict, dict]] = []
    failures = {"left": 1}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            requests.append((dict(self.headers), body))
            status, answer = (500, b'{"error": "busy"}') if failures["left"] else (200, b'{"id": "sms-77"}')
            failures["left"] = max(0, failures["left"] - 1)
            self.send_response(status)
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
    yield requests
    server.shutdown()
    server.server_close()
    thread.join()


def debtor(context, **consent) -> int:
    client_id = clients.save_client(context, clients.ClientDetails(
        given_name="Begoña", surnames="Ibáñez Núñez", address_line="Calle Mayor 1", postal_code="28013",
        city="Madrid", **consent)).id
    with context.database.transaction() as session:
        accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                              entry_date=date(2026, 10, 1), due_date=date(2026, 10, 1),
                              description="Cirugía de cadera", amount_cents=123456)
    return client_id


def prepare_and_approve(context) -> int:
    reminders.run_reminders(context, TODAY)
    (view,) = reminders.queue(context)
    reminders.approve(context, [view.id])
    return view.id


def test_refused_email_stays_queued_and_a_retry_delivers_one_copy(context, clinic, mail_server):
    debtor(context, email="begona@example.com", consent_email=True)
    reminder_id = prepare_and_approve(context)

    first = reminders.send_approved(context, translators)
    assert (first.sent, first.failed) == (0, 1)
    (view,) = reminders.queue(context)
    assert view.id == reminder_id
    assert view.status.value == "failed"
    assert "temporarily rejected" in view.last_error
    assert "451" in view.last_error

    second = reminders.send_approved(context, translators)
    assert second.sent == 1
    assert reminders.send_approved(context, translators).sent == 0
    assert len(mail_server.accepted) == 1

    message = email.message_from_bytes(mail_server.accepted[0], policy=email.policy.default)
    assert "Clínica Veterinaria Prueba" in message["Subject"]
    assert "1.234,56" not in message["Subject"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "1.234,56\u00a0€" in body
    assert "Begoña" in body
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content().startswith(b"%PDF")
    assert message["Message-ID"] == f"<vetdesk-reminder-{reminder_id}@127.0.0.1>"


def test_sms_gateway_error_is_retried_once_later(context, clinic, sms_gateway):
    debtor(context, phone="+34612345678", consent_sms=True)
    reminder_id = prepare_and_approve(context)

    first = reminders.send_approved(context, translators)
    assert first.failed == 1
    (view,) = reminders.queue(context)
    assert view.status.value == "failed"
    assert "500" in view.last_error

    assert reminders.send_approved(context, translators).sent == 1
    assert len(sms_gateway) == 2
    headers, body = sms_gateway[-1]
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert headers["Idempotency-Key"] == f"vetdesk-reminder-{reminder_id}"
    assert sms_gateway[0][0]["Idempotency-Key"] == headers["Idempotency-Key"]
    assert body["to"] == "+34612345678"
    assert body["from"] == "Clinica"
    assert "1.234" not in body["text"][:40]
    assert reminders.client_history(context, view.client_id)[0].status.value == "sent"
