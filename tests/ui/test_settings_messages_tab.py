"""The "Messages" tab of the settings dialog: mail server, SMS gateway, Bizum, envelope window and test messages."""

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
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QLineEdit, QPushButton, QSpinBox
from sqlalchemy import select

from vetdesk.config import LocalConfig
from vetdesk.services import settings, staff
from vetdesk.services.staff import Role
from vetdesk.storage import models
from vetdesk.ui.pdf_view import PdfViewDialog
from vetdesk.ui.settings_dialog import SettingsDialog

PASSWORD = "clave-de-correo-Ñ1"
TOKEN = "tok-9b2e-secreto"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stored_settings(context) -> dict[str, object]:
    with context.database.read() as session:
        return {row.key: json.loads(row.value_json) for row in session.scalars(select(models.Setting))}


def database_text(context) -> str:
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
            answer = b'{"id": "sms-77"}'
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


@pytest.fixture
def open_dialog(qtbot, context, clinic):
    def open_(as_context=None) -> SettingsDialog:
        dialog = SettingsDialog(as_context or context, LocalConfig())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.messages_tab)
        return dialog

    return open_


def fill_email(tab, port: int, *, user: str = "", password: str = "") -> None:
    tab.smtp_host.setText("127.0.0.1")
    tab.smtp_security.setCurrentIndex(tab.smtp_security.findData("none"))
    tab.smtp_port.setValue(port)
    tab.smtp_user.setText(user)
    tab.smtp_password.setText(password)
    tab.smtp_sender.setText("Clínica Veterinaria Prueba <recepcion@clinica.example>")


def answer_input(qtbot, tab, button: QPushButton, text: str) -> None:
    qtbot.mouseClick(button, qtbot_left())
    dialog = tab.input_dialog
    assert isinstance(dialog, QInputDialog)
    assert dialog.isVisible()
    dialog.setTextValue(text)
    dialog.accept()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def wait_result(qtbot, tab) -> str:
    qtbot.waitUntil(lambda: not tab.is_sending(), timeout=15000)
    return tab.result.text()


def test_key_widgets_named(open_dialog):
    dialog = open_dialog()
    tab = dialog.messages_tab
    assert tab.objectName() == "messagesTab"
    for name in ("smtpHost", "smtpUser", "smtpPassword", "smtpSender", "smsUrl", "smsSender", "smsToken",
                 "bizumPhone"):
        assert dialog.findChild(QLineEdit, name) is not None, name
    for name in ("smtpPort", "windowLeft", "windowTop", "windowWidth", "windowHeight"):
        assert dialog.findChild(QSpinBox, name) is not None, name
    assert dialog.findChild(QComboBox, "smtpSecurity") is not None
    for name in ("calibrationButton", "testEmailButton", "testSmsButton"):
        assert dialog.findChild(QPushButton, name) is not None, name
    for name in ("smtpPasswordState", "smsTokenState", "messagesResult"):
        assert dialog.findChild(QLabel, name) is not None, name
    assert tab.smtp_password.echoMode() == QLineEdit.EchoMode.Password
    assert tab.sms_token.echoMode() == QLineEdit.EchoMode.Password


def test_defaults_shown(open_dialog):
    dialog = open_dialog()
    tab = dialog.messages_tab
    assert tab.smtp_host.text() == ""
    assert tab.smtp_port.value() == 587
    assert tab.smtp_security.currentData() == "starttls"
    assert tab.smtp_password_state.text() == "Not saved"
    assert tab.sms_token_state.text() == "Not saved"
    assert [tab.window_left.value(), tab.window_top.value(), tab.window_width.value(), tab.window_height.value()] == \
        [110, 50, 85, 35]


def test_security_moves_usual_port(open_dialog):
    dialog = open_dialog()
    tab = dialog.messages_tab
    tab.smtp_security.setCurrentIndex(tab.smtp_security.findData("ssl"))
    assert tab.smtp_port.value() == 465
    tab.smtp_security.setCurrentIndex(tab.smtp_security.findData("starttls"))
    assert tab.smtp_port.value() == 587
    tab.smtp_port.setValue(2525)
    tab.smtp_security.setCurrentIndex(tab.smtp_security.findData("ssl"))
    assert tab.smtp_port.value() == 2525


def test_values_and_secrets_saved(open_dialog, context, memory_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    dialog = open_dialog()
    tab = dialog.messages_tab
    tab.smtp_host.setText("SMTP.Clinica.example")
    tab.smtp_port.setValue(465)
    tab.smtp_security.setCurrentIndex(tab.smtp_security.findData("ssl"))
    tab.smtp_user.setText("recepcion@clinica.example")
    tab.smtp_password.setText(PASSWORD)
    tab.smtp_sender.setText("Clínica Prueba <recepcion@clinica.example>")
    tab.sms_url.setText("https://sms.example.com/v1/send")
    tab.sms_sender.setText("ClinicaPrue")
    tab.sms_token.setText(TOKEN)
    tab.bizum_phone.setText("612 34 56 78")
    tab.window_left.setValue(20)
    tab.window_top.setValue(45)
    tab.window_width.setValue(90)
    tab.window_height.setValue(40)
    assert dialog.save(), dialog.message_bar.text()

    values = settings.read_settings(context)
    assert values[settings.SMTP_HOST.key] == "smtp.clinica.example"
    assert values[settings.SMTP_PORT.key] == 465
    assert values[settings.SMTP_SECURITY.key] == "ssl"
    assert values[settings.SMTP_USER.key] == "recepcion@clinica.example"
    assert values[settings.SMTP_SENDER.key] == "Clínica Prueba <recepcion@clinica.example>"
    assert values[settings.SMS_URL.key] == "https://sms.example.com/v1/send"
    assert values[settings.SMS_SENDER.key] == "ClinicaPrue"
    assert values[settings.REMINDER_BIZUM_PHONE.key] == "+34612345678"
    assert values[settings.LETTER_WINDOW_LEFT_MM.key] == 20
    assert values[settings.LETTER_WINDOW_HEIGHT_MM.key] == 40
    assert memory_keyring.passwords == {
        ("VetDesk", "smtp:recepcion@clinica.example@smtp.clinica.example"): PASSWORD,
        ("VetDesk", "sms:https://sms.example.com/v1/send"): TOKEN,
    }
    everything = database_text(context)
    assert PASSWORD not in everything
    assert TOKEN not in everything
    assert PASSWORD not in caplog.text
    assert TOKEN not in caplog.text

    again_dialog = open_dialog()
    again = again_dialog.messages_tab
    assert again.smtp_password.text() == ""
    assert again.sms_token.text() == ""
    assert again.smtp_password_state.text() == "Saved"
    assert again.sms_token_state.text() == "Saved"
    assert again.bizum_phone.text() == "612 34 56 78"
    assert again.smtp_security.currentData() == "ssl"


def test_empty_password_keeps_saved(open_dialog, memory_keyring):
    dialog = open_dialog()
    tab = dialog.messages_tab
    fill_email(tab, 2525, user="recepcion@clinica.example", password=PASSWORD)
    assert dialog.save()
    dialog = open_dialog()
    dialog.messages_tab.smtp_sender.setText("otra@clinica.example")
    assert dialog.save()
    assert memory_keyring.passwords == {("VetDesk", "smtp:recepcion@clinica.example@127.0.0.1"): PASSWORD}


def test_state_follows_user_and_host(open_dialog, qtbot):
    dialog = open_dialog()
    tab = dialog.messages_tab
    fill_email(tab, 2525, user="recepcion@clinica.example", password=PASSWORD)
    assert dialog.save()
    dialog = open_dialog()
    tab = dialog.messages_tab
    assert tab.smtp_password_state.text() == "Saved"
    tab.smtp_user.setText("otra@clinica.example")
    tab.smtp_user.editingFinished.emit()
    assert tab.smtp_password_state.text() == "Not saved"


@pytest.mark.parametrize(("widget", "value", "shown"), [
    ("smtp_sender", "recepcion", '"recepcion"'),
    ("sms_url", "file:///etc/passwd", '"file:///etc/passwd"'),
    ("smtp_host", "https://smtp.example.com", '"https://smtp.example.com"'),
    ("bizum_phone", "912 34 56 78", '"912 34 56 78"'),
    ("sms_sender", "Clínica Veterinaria Sol", '"Clínica Veterinaria Sol"'),
])
def test_invalid_value_named_nothing_stored(open_dialog, context, memory_keyring, widget, value, shown):
    dialog = open_dialog()
    tab = dialog.messages_tab
    fill_email(tab, 2525, user="recepcion@clinica.example", password=PASSWORD)
    getattr(tab, widget).setText(value)
    before = stored_settings(context)
    assert not dialog.save()
    assert shown in dialog.message_bar.text()
    assert dialog.tabs.currentWidget() is tab
    assert getattr(tab, widget).styleSheet() == tab.ERROR_STYLE
    assert stored_settings(context) == before
    assert memory_keyring.passwords == {}
    assert dialog.isVisible()


def test_port_zero_named_nothing_stored(open_dialog, context, memory_keyring):
    dialog = open_dialog()
    tab = dialog.messages_tab
    fill_email(tab, 2525, user="recepcion@clinica.example", password=PASSWORD)
    tab.smtp_port.setValue(0)
    before = stored_settings(context)
    assert not dialog.save()
    assert "port 0" in dialog.message_bar.text()
    assert "1 to 65535" in dialog.message_bar.text()
    assert stored_settings(context) == before
    assert memory_keyring.passwords == {}


def test_unusable_window_named(open_dialog, context):
    dialog = open_dialog()
    tab = dialog.messages_tab
    tab.window_left.setValue(150)
    before = stored_settings(context)
    assert not dialog.save()
    assert "150 mm from the left" in dialog.message_bar.text()
    assert tab.window_left.styleSheet() == tab.ERROR_STYLE
    assert stored_settings(context) == before


def test_password_without_user_rejected(open_dialog, memory_keyring):
    dialog = open_dialog()
    fill_email(dialog.messages_tab, 2525, password=PASSWORD)
    assert not dialog.save()
    assert "without a user" in dialog.message_bar.text()
    assert memory_keyring.passwords == {}


def test_test_email_sent_with_unsaved_values(open_dialog, qtbot, context, smtp_server):
    handler, port = smtp_server
    dialog = open_dialog()
    tab = dialog.messages_tab
    fill_email(tab, port)
    answer_input(qtbot, tab, tab.test_email_button, "Begoña <begona@example.org>")
    assert "accepted" in wait_result(qtbot, tab)
    assert "begona@example.org" in tab.result.text()
    assert tab.test_email_button.isEnabled()
    arrived = email.message_from_bytes(handler.envelopes[0].content, policy=email.policy.default)
    assert arrived["Subject"] == "Test message from VetDesk"
    assert arrived["From"].addresses[0].display_name == "Clínica Veterinaria Prueba"
    assert settings.SMTP_HOST.key not in stored_settings(context)


def test_test_email_failure_shown(open_dialog, qtbot):
    dialog = open_dialog()
    tab = dialog.messages_tab
    port = free_port()
    fill_email(tab, port)
    answer_input(qtbot, tab, tab.test_email_button, "begona@example.org")
    text = wait_result(qtbot, tab)
    assert f"127.0.0.1:{port}" in text
    assert "refused the connection" in text


def test_test_email_bad_address_shown(open_dialog, qtbot, smtp_server):
    handler, port = smtp_server
    dialog = open_dialog()
    tab = dialog.messages_tab
    fill_email(tab, port)
    answer_input(qtbot, tab, tab.test_email_button, "begona")
    assert not tab.is_sending()
    assert '"begona"' in tab.result.text()
    assert handler.envelopes == []


def test_test_email_needs_server(open_dialog, qtbot):
    dialog = open_dialog()
    tab = dialog.messages_tab
    answer_input(qtbot, tab, tab.test_email_button, "begona@example.org")
    assert "mail server" in tab.result.text()
    assert tab.smtp_host.styleSheet() == tab.ERROR_STYLE


def test_test_sms_sent_with_typed_token(open_dialog, qtbot, sms_server, memory_keyring):
    url, requests = sms_server
    dialog = open_dialog()
    tab = dialog.messages_tab
    tab.sms_url.setText(url)
    tab.sms_sender.setText("ClinicaPrue")
    tab.sms_token.setText(TOKEN)
    answer_input(qtbot, tab, tab.test_sms_button, "671 92 48 65")
    assert "accepted" in wait_result(qtbot, tab)
    assert "671 92 48 65" in tab.result.text()
    headers, body = requests[0]
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert body["to"] == "+34671924865"
    assert body["from"] == "ClinicaPrue"
    assert "Clínica Veterinaria Prueba" in body["text"]
    assert memory_keyring.passwords == {}


def test_test_sms_uses_saved_token(open_dialog, qtbot, sms_server):
    url, requests = sms_server
    dialog = open_dialog()
    dialog.messages_tab.sms_url.setText(url)
    dialog.messages_tab.sms_token.setText(TOKEN)
    assert dialog.save()
    dialog = open_dialog()
    tab = dialog.messages_tab
    answer_input(qtbot, tab, tab.test_sms_button, "+34 671 92 48 65")
    assert "accepted" in wait_result(qtbot, tab)
    assert requests[0][0]["Authorization"] == f"Bearer {TOKEN}"


def test_test_sms_bad_number_shown(open_dialog, qtbot, sms_server):
    url, requests = sms_server
    dialog = open_dialog()
    tab = dialog.messages_tab
    tab.sms_url.setText(url)
    tab.sms_token.setText(TOKEN)
    answer_input(qtbot, tab, tab.test_sms_button, "12")
    assert '"12"' in tab.result.text()
    assert requests == []


def test_test_sms_needs_token(open_dialog, qtbot, sms_server):
    url, requests = sms_server
    dialog = open_dialog()
    tab = dialog.messages_tab
    tab.sms_url.setText(url)
    answer_input(qtbot, tab, tab.test_sms_button, "671 92 48 65")
    assert "token" in tab.result.text()
    assert requests == []


def test_calibration_page_shown(open_dialog, qtbot):
    dialog = open_dialog()
    tab = dialog.messages_tab
    tab.window_left.setValue(100)
    qtbot.mouseClick(tab.calibration_button, qtbot_left())
    viewer = tab.pdf_dialog
    assert isinstance(viewer, PdfViewDialog)
    assert viewer.isVisible()
    assert viewer.pdf.startswith(b"%PDF-")
    assert viewer.pages is not None
    assert len(viewer.pages) == 1
    viewer.close()


def test_calibration_refuses_unusable_window(open_dialog, qtbot):
    dialog = open_dialog()
    tab = dialog.messages_tab
    tab.window_height.setValue(5)
    qtbot.mouseClick(tab.calibration_button, qtbot_left())
    assert tab.pdf_dialog is None
    assert "too small" in tab.result.text()
    assert tab.window_height.styleSheet() == tab.ERROR_STYLE


def test_receptionist_cannot_edit(open_dialog, context):
    admin = staff.create_first_administrator(context, "Ana", "Ana Gerente", "correct horse battery")
    as_admin = replace(context)
    as_admin.sign_in(admin)
    receptionist = staff.create_staff(as_admin, "lucia", "Lucía Recepción", Role.RECEPTION, "1234")
    as_receptionist = replace(context)
    as_receptionist.sign_in(receptionist)
    dialog = open_dialog(as_receptionist)
    assert not dialog.messages_tab.isEnabled()
