"""Mail server and SMS gateway settings: secrets in the keyring, checks of typed values, and test messages."""

from __future__ import annotations

import email
import email.policy
import json
import logging
import socket
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from vetdesk.domain.messages import UserError, ValidationErrors
from vetdesk.messaging import DeliveryError
from vetdesk.services import messaging_settings as messaging
from vetdesk.services import settings, staff
from vetdesk.services.staff import Role
from vetdesk.storage import models

PASSWORD = "clave-Ñu-2026"
TOKEN = "tok-4c1d-secreto"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stored_settings(context) -> dict[str, object]:
    with context.database.read() as session:
        return {row.key: json.loads(row.value_json) for row in session.scalars(select(models.Setting))}


def database_text(context) -> str:
    """Every row of every table as text, to search it for a secret."""
    rows = []
    with context.database.read() as session:
        for table in models.Base.metadata.sorted_tables:
            rows.extend(repr(tuple(row)) for row in session.execute(select(table)))
    return "\n".join(rows)


class Recorder:
    def __init__(self) -> None:
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook
        self.envelopes.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server():
    handler = Recorder()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield handler, controller.port
    controller.stop()


@pytest.fixture
def sms_server():
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            requests.append((dict(self.headers), json.loads(body)))
            answer = b'{"id": "test-sms-1"}'
            self.send_response(200)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's name
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/send", requests
    server.shutdown()
    server.server_close()
    thread.join()


def configure_smtp(context, port: int, user: str = "") -> None:
    settings.update_settings(context, {
        settings.SMTP_HOST.key: "127.0.0.1", settings.SMTP_PORT.key: port, settings.SMTP_SECURITY.key: "none",
        settings.SMTP_USER.key: user, settings.SMTP_SENDER.key: "Clínica Prueba <recepcion@clinica.example>",
    })


# Secrets and loading


def test_smtp_unset_loads_none(context):
    assert messaging.load_smtp(context) is None
    settings.update_settings(context, {settings.SMTP_HOST.key: "smtp.example.com"})
    assert messaging.load_smtp(context) is None


def test_smtp_password_from_keyring(context, memory_keyring):
    configure_smtp(context, 2525, user="recepcion@clinica.example")
    messaging.save_smtp_password("recepcion@clinica.example", "127.0.0.1", PASSWORD)
    assert memory_keyring.passwords == {("VetDesk", "smtp:recepcion@clinica.example@127.0.0.1"): PASSWORD}

    loaded = messaging.load_smtp(context)
    assert loaded.password == PASSWORD
    assert loaded.host == "127.0.0.1"
    assert loaded.port == 2525
    assert loaded.security == "none"
    assert loaded.sender == "Clínica Prueba <recepcion@clinica.example>"
    assert PASSWORD not in database_text(context)


def test_missing_password_explained(context):
    configure_smtp(context, 2525, user="recepcion@clinica.example")
    with pytest.raises(UserError) as raised:
        messaging.load_smtp(context)
    assert "recepcion@clinica.example" in str(raised.value)
    assert "Settings → Messages" in str(raised.value)


def test_smtp_without_user_needs_no_password(context):
    configure_smtp(context, 2525)
    assert messaging.load_smtp(context).password == ""


def test_secret_names():
    assert messaging.smtp_secret_name(" ana ", "SMTP.Example.com ") == "smtp:ana@smtp.example.com"
    assert messaging.sms_secret_name(" https://sms.example.com/send ") == "sms:https://sms.example.com/send"


def test_empty_password_deletes(memory_keyring):
    messaging.save_smtp_password("ana", "smtp.example.com", PASSWORD)
    assert messaging.has_smtp_password("ana", "smtp.example.com")
    messaging.save_smtp_password("ana", "smtp.example.com", "")
    assert not messaging.has_smtp_password("ana", "smtp.example.com")
    assert memory_keyring.passwords == {}


def test_sms_gateway_from_keyring(context, memory_keyring):
    assert messaging.load_sms_gateway(context) is None
    url = "https://sms.example.com/v1/send"
    settings.update_settings(context, {settings.SMS_URL.key: url, settings.SMS_SENDER.key: "ClinicaSol"})
    with pytest.raises(UserError) as raised:
        messaging.load_sms_gateway(context)
    assert url in str(raised.value)

    messaging.save_sms_token(url, TOKEN)
    assert memory_keyring.passwords == {("VetDesk", f"sms:{url}"): TOKEN}
    gateway = messaging.load_sms_gateway(context)
    assert gateway.token == TOKEN
    assert gateway.sender == "ClinicaSol"
    assert TOKEN not in database_text(context)


# Checking typed values


def valid_changes() -> dict[str, object]:
    return {
        settings.SMTP_HOST.key: " SMTP.Example.com ", settings.SMTP_PORT.key: 587,
        settings.SMTP_SECURITY.key: "starttls", settings.SMTP_USER.key: " ana@clinica.example ",
        settings.SMTP_SENDER.key: " Clínica Sol <recepcion@CLINICA.example> ",
        settings.SMS_URL.key: " https://sms.example.com/send ", settings.SMS_SENDER.key: "ClinicaSol",
        settings.REMINDER_BIZUM_PHONE.key: "612 34 56 78",
        settings.LETTER_WINDOW_LEFT_MM.key: 110, settings.LETTER_WINDOW_TOP_MM.key: 50,
        settings.LETTER_WINDOW_WIDTH_MM.key: 85, settings.LETTER_WINDOW_HEIGHT_MM.key: 35,
    }


def test_valid_values_normalised():
    checked = messaging.check_messaging_changes(valid_changes())
    assert checked[settings.SMTP_HOST.key] == "smtp.example.com"
    assert checked[settings.SMTP_USER.key] == "ana@clinica.example"
    assert checked[settings.SMTP_SENDER.key] == "Clínica Sol <recepcion@clinica.example>"
    assert checked[settings.SMS_URL.key] == "https://sms.example.com/send"
    assert checked[settings.REMINDER_BIZUM_PHONE.key] == "+34612345678"


def test_empty_values_accepted():
    changes = {key: "" for key in (settings.SMTP_HOST.key, settings.SMTP_USER.key, settings.SMTP_SENDER.key,
                                   settings.SMS_URL.key, settings.SMS_SENDER.key, settings.REMINDER_BIZUM_PHONE.key)}
    assert messaging.check_messaging_changes(changes) == changes


@pytest.mark.parametrize(("key", "value", "shown"), [
    (settings.SMTP_SENDER.key, "recepcion", '"recepcion"'),
    (settings.SMTP_SENDER.key, "a@b.example, c@d.example", '"a@b.example, c@d.example"'),
    (settings.SMTP_HOST.key, "https://smtp.example.com", '"https://smtp.example.com"'),
    (settings.SMTP_HOST.key, "smtp example", '"smtp example"'),
    (settings.SMS_URL.key, "file:///etc/passwd", '"file:///etc/passwd"'),
    (settings.SMS_URL.key, "sms.example.com/send", '"sms.example.com/send"'),
    (settings.SMS_SENDER.key, "Clínica Veterinaria Sol", '"Clínica Veterinaria Sol"'),
    (settings.SMS_SENDER.key, "ClinicaVeterinaria", '"ClinicaVeterinaria"'),
    (settings.REMINDER_BIZUM_PHONE.key, "912 34 56 78", '"912 34 56 78"'),
    (settings.REMINDER_BIZUM_PHONE.key, "abc", '"abc"'),
])
def test_invalid_value_named(key, value, shown):
    changes = valid_changes()
    changes[key] = value
    with pytest.raises(ValidationErrors) as raised:
        messaging.check_messaging_changes(changes)
    assert [error.field for error in raised.value.errors] == [key]
    assert shown in str(raised.value)


def test_sender_needed_with_server():
    changes = valid_changes()
    changes[settings.SMTP_SENDER.key] = " "
    with pytest.raises(ValidationErrors) as raised:
        messaging.check_messaging_changes(changes)
    assert raised.value.field == settings.SMTP_SENDER.key


def test_clear_text_only_for_loopback():
    changes = valid_changes()
    changes[settings.SMTP_SECURITY.key] = "none"
    with pytest.raises(ValidationErrors) as raised:
        messaging.check_messaging_changes(changes)
    assert raised.value.field == settings.SMTP_SECURITY.key
    assert "smtp.example.com" in str(raised.value)
    changes[settings.SMTP_HOST.key] = "localhost"
    assert messaging.check_messaging_changes(changes)[settings.SMTP_SECURITY.key] == "none"


@pytest.mark.parametrize(("left", "top", "width", "height", "shown"), [
    (130, 50, 85, 35, "130 mm from the left"),
    (110, 140, 85, 35, "140 mm from the top"),
    (110, 50, 30, 35, "30 × 35 mm"),
    (110, 50, 85, 10, "85 × 10 mm"),
])
def test_unusable_window_rejected(left, top, width, height, shown):
    changes = valid_changes()
    changes.update({settings.LETTER_WINDOW_LEFT_MM.key: left, settings.LETTER_WINDOW_TOP_MM.key: top,
                    settings.LETTER_WINDOW_WIDTH_MM.key: width, settings.LETTER_WINDOW_HEIGHT_MM.key: height})
    with pytest.raises(ValidationErrors) as raised:
        messaging.check_messaging_changes(changes)
    assert raised.value.field == messaging.WINDOW_FIELD
    assert shown in str(raised.value)


def test_every_problem_listed():
    changes = valid_changes()
    changes[settings.SMTP_SENDER.key] = "recepcion"
    changes[settings.SMS_URL.key] = "ftp://sms.example.com"
    changes[settings.REMINDER_BIZUM_PHONE.key] = "1"
    with pytest.raises(ValidationErrors) as raised:
        messaging.check_messaging_changes(changes)
    assert {error.field for error in raised.value.errors} == {
        settings.SMTP_SENDER.key, settings.SMS_URL.key, settings.REMINDER_BIZUM_PHONE.key}


def test_port_zero_leaves_database_unchanged(context):
    configure_smtp(context, 2525)
    before = stored_settings(context)
    changes = messaging.check_messaging_changes({**valid_changes(), settings.SMTP_PORT.key: 0})
    with pytest.raises(UserError) as raised:
        settings.update_settings(context, changes)
    assert "port 0" in str(raised.value)
    assert stored_settings(context) == before


# Test messages over loopback


def test_test_email_delivered(context, clinic, smtp_server, caplog):
    caplog.set_level(logging.DEBUG, logger="vetdesk")
    handler, port = smtp_server
    configure_smtp(context, port)
    message_id = messaging.send_test_email(context, "Begoña <begona@example.org>")

    assert len(handler.envelopes) == 1
    assert handler.envelopes[0].rcpt_tos == ["begona@example.org"]
    arrived = email.message_from_bytes(handler.envelopes[0].content, policy=email.policy.default)
    assert arrived["Message-ID"] == message_id
    assert message_id.endswith("@clinica.example>")
    assert arrived["Subject"] == "Test message from VetDesk"
    assert "Clínica Veterinaria Prueba" in arrived.get_body(preferencelist=("plain",)).get_content()
    assert message_id in caplog.text
    assert "begona@example.org" not in caplog.text


def spanish_subject(context_name: str, source: str) -> str:
    return "Mensaje de prueba de VetDesk" if source == "Test message from VetDesk" else source


def test_test_email_with_unsaved_settings(context, clinic, smtp_server):
    handler, port = smtp_server
    smtp = messaging.SmtpSettings(host="127.0.0.1", port=port, security="none", user="",
                                  sender="recepcion@clinica.example", password="")
    messaging.send_test_email(context, "begona@example.org", smtp=smtp,
                              translate=spanish_subject)
    arrived = email.message_from_bytes(handler.envelopes[0].content, policy=email.policy.default)
    assert arrived["Subject"] == "Mensaje de prueba de VetDesk"
    assert settings.SMTP_HOST.key not in stored_settings(context)


def test_test_email_without_server(context):
    with pytest.raises(UserError) as raised:
        messaging.send_test_email(context, "begona@example.org")
    assert raised.value.field == settings.SMTP_HOST.key


def test_test_email_to_closed_port(context, clinic):
    configure_smtp(context, free_port())
    with pytest.raises(DeliveryError) as raised:
        messaging.send_test_email(context, "begona@example.org")
    assert raised.value.retryable


def test_test_email_invalid_address(context, clinic, smtp_server):
    handler, port = smtp_server
    configure_smtp(context, port)
    with pytest.raises(UserError) as raised:
        messaging.send_test_email(context, "begona")
    assert '"begona"' in str(raised.value)
    assert handler.envelopes == []


def test_test_sms_delivered(context, clinic, sms_server, caplog):
    caplog.set_level(logging.DEBUG, logger="vetdesk")
    url, requests = sms_server
    settings.update_settings(context, {settings.SMS_URL.key: url, settings.SMS_SENDER.key: "ClinicaSol"})
    messaging.save_sms_token(url, TOKEN)

    assert messaging.send_test_sms(context, "671 92 48 65") == "test-sms-1"
    headers, body = requests[0]
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert headers["Idempotency-Key"] == body["reference"]
    assert body["to"] == "+34671924865"
    assert body["from"] == "ClinicaSol"
    assert body["text"] == messaging.compose_test_sms(context)
    assert "Clínica Veterinaria Prueba" in body["text"]
    assert TOKEN not in caplog.text
    assert "+34671924865" not in caplog.text


def test_test_sms_without_gateway(context):
    with pytest.raises(UserError) as raised:
        messaging.send_test_sms(context, "671 92 48 65")
    assert raised.value.field == settings.SMS_URL.key


def test_receptionist_cannot_send_tests(context, clinic, sms_server):
    url, requests = sms_server
    admin = staff.create_first_administrator(context, "Ana", "Ana Gerente", "correct horse battery")
    as_admin = replace(context)
    as_admin.sign_in(admin)
    receptionist = staff.create_staff(as_admin, "lucia", "Lucía Recepción", Role.RECEPTION, "1234")
    as_receptionist = replace(context)
    as_receptionist.sign_in(receptionist)
    gateway = messaging.SmsGateway(url=url, sender="ClinicaSol", token=TOKEN)

    with pytest.raises(UserError):
        messaging.send_test_sms(as_receptionist, "671 92 48 65", gateway=gateway)
    with pytest.raises(UserError):
        messaging.send_test_email(as_receptionist, "begona@example.org", smtp=messaging.SmtpSettings(
            host="127.0.0.1", port=free_port(), security="none", user="", sender="r@clinica.example", password=""))
    assert requests == []
