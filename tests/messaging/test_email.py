"""Email delivery against a real SMTP server (aiosmtpd) on 127.0.0.1, in clear text, STARTTLS and SSL."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import ipaddress
import logging
import socket
import ssl
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money, format_money
from vetdesk.messaging import DeliveryError
from vetdesk.messaging.email import SmtpSettings, build_message, is_loopback_host, send_email

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PASSWORD = "s3cret-Contraseña"
ASCII_PASSWORD = "s3cret-Password"
SENT_AT = dt.datetime(2026, 12, 4, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Recorder:
    """An aiosmtpd handler that keeps each accepted envelope, or replies with the SMTP replies given."""

    def __init__(self, *, mail_reply: str = "", rcpt_reply: str = "", data_replies: list[str] | None = None) -> None:
        self.mail_reply = mail_reply
        self.rcpt_reply = rcpt_reply
        self.data_replies = list(data_replies or [])
        self.envelopes = []
        self.tls_sessions = []

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802 - aiosmtpd hook
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd hook
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook
        if self.data_replies:
            return self.data_replies.pop(0)
        self.envelopes.append(envelope)
        self.tls_sessions.append(server.transport.get_extra_info("ssl_object") is not None)
        return "250 Message accepted for delivery"

    def messages(self) -> list[email.message.EmailMessage]:
        return [email.message_from_bytes(item.content, policy=email.policy.default) for item in self.envelopes]


@pytest.fixture
def start_server():
    """Start an aiosmtpd server on 127.0.0.1 with the given handler and options; stop it after the test."""
    controllers = []

    def start(handler: Recorder, **kwargs) -> int:
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        controllers.append(controller)
        return port

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path, bytes]:
    """A self-signed certificate for 127.0.0.1 and localhost: (certificate file, key file, PEM bytes)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "VetDesk test SMTP")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    directory = tmp_path_factory.mktemp("tls")
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    (directory / "cert.pem").write_bytes(cert_pem)
    (directory / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return directory / "cert.pem", directory / "key.pem", cert_pem


def server_context(certificate) -> ssl.SSLContext:
    cert_file, key_file, _pem = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    return context


def trusting_context(certificate) -> ssl.SSLContext:
    return ssl.create_default_context(cadata=certificate[2].decode("ascii"))


def authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:
    valid = isinstance(auth_data, LoginPassword) and auth_data.login == b"recepcion@clinica.example" \
        and auth_data.password in (PASSWORD.encode("utf-8"), ASCII_PASSWORD.encode("ascii"))
    return AuthResult(success=valid, handled=False)


def smtp(port: int, security: str = "none", *, user: str = "", password: str = "", timeout: float = 10) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=port, security=security, user=user,
                        sender="Clínica Núñez <recepcion@clinica.example>", password=password, timeout=timeout)


def reminder(to: str = "Begoña Ibáñez <begona@example.org>", message_id: str = "<vetdesk-reminder-7@clinica.example>",
             **kwargs) -> email.message.EmailMessage:
    amount = format_money(Money(Decimal("1234.56")), "es")
    return build_message(
        sender="Clínica Núñez <recepcion@clinica.example>", to=to,
        subject="Un mensaje de Clínica Núñez",
        text_body=f"Hola, Begoña:\n\nLe escribimos de la clínica. El importe pendiente es {amount}.\n\nUn saludo.",
        message_id=message_id, attachment=("carta-Begoña.pdf", PDF), sent_at=SENT_AT, **kwargs)


# Building the message


def test_message_headers_encoded():
    message = reminder()
    raw = message.as_bytes()
    assert raw.isascii()
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["Subject"] == "Un mensaje de Clínica Núñez"
    assert parsed["From"].addresses[0].display_name == "Clínica Núñez"
    assert parsed["To"].addresses[0].addr_spec == "begona@example.org"
    assert parsed["Message-ID"] == "<vetdesk-reminder-7@clinica.example>"
    assert parsed["Date"].datetime == SENT_AT
    assert parsed.get_content_type() == "multipart/mixed"


def test_message_id_brackets_added():
    assert reminder(message_id="vetdesk-reminder-8@clinica.example")["Message-ID"] == \
        "<vetdesk-reminder-8@clinica.example>"


@pytest.mark.parametrize("message_id", ["", "no-at-sign", "<two@at@signs>", "<with space@host>", "<ñ@host>"])
def test_malformed_message_id_rejected(message_id):
    with pytest.raises(ValueError, match="Message-ID"):
        reminder(message_id=message_id)


@pytest.mark.parametrize("to", [
    "", "begona", "begona@", "begona@example", "a@example.org, b@example.org", "a@example.org; b@example.org",
    "begona@example.org\nBcc: spy@example.net", "begoña@example.org",
])
def test_invalid_recipient_rejected(to):
    with pytest.raises(UserError) as raised:
        reminder(to=to)
    assert raised.value.field == "email"
    assert "recipient" in str(raised.value)
    assert f'"{to.strip()[:39]}' in str(raised.value)


def test_invalid_sender_named():
    with pytest.raises(UserError) as raised:
        build_message(sender="recepcion", to="a@example.org", subject="Hola", text_body="Hola",
                      message_id="<x@y>")
    assert raised.value.field == "smtp.sender"
    assert '"recepcion"' in str(raised.value)


def test_international_domain_encoded():
    message = reminder(to="Ana <ana@clínica.es>")
    domain = message["To"].addresses[0].domain
    assert domain.startswith("xn--")
    assert domain.encode("ascii").decode("idna") == "clínica.es"


def test_subject_line_breaks_removed():
    message = build_message(sender="r@clinica.example", to="a@example.org", subject="Hola\r\nBcc: spy@example.net",
                            text_body="Hola", message_id="<x@clinica.example>")
    assert message["Subject"] == "Hola Bcc: spy@example.net"
    assert message["Bcc"] is None


def test_attachment_must_be_pdf():
    with pytest.raises(ValueError, match="PDF"):
        build_message(sender="r@clinica.example", to="a@example.org", subject="Hola", text_body="Hola",
                      message_id="<x@clinica.example>", attachment=("carta.pdf", b"<html>"))


def test_html_alternative_escaped():
    message = build_message(sender="r@clinica.example", to="a@example.org", subject="Hola",
                            text_body="Importe: 5 < 6 & más\nlínea dos\n\nSegundo párrafo",
                            message_id="<x@clinica.example>", include_html=True)
    assert message.get_content_type() == "multipart/alternative"
    html_part = message.get_body(preferencelist=("html",))
    content = html_part.get_content()
    assert "5 &lt; 6 &amp; más<br>" in content
    assert "<p>Segundo párrafo</p>" in content
    assert message.get_body(preferencelist=("plain",)).get_content().startswith("Importe: 5 < 6")


def test_reply_to_set():
    message = reminder(reply_to="Recepción <citas@clinica.example>")
    assert message["Reply-To"].addresses[0].addr_spec == "citas@clinica.example"


def test_settings_repr_hides_password():
    settings = smtp(25, password=PASSWORD)
    assert PASSWORD not in repr(settings)


def test_unknown_security_rejected():
    with pytest.raises(ValueError, match="tls"):
        SmtpSettings(host="127.0.0.1", port=25, security="tls", user="", sender="r@clinica.example", password="")


@pytest.mark.parametrize(("host", "expected"), [
    ("localhost", True), ("127.0.0.1", True), ("127.8.9.1", True), ("::1", True), ("[::1]", True),
    ("LOCALHOST ", True), ("smtp.example.com", False), ("10.0.0.5", False), ("localhost.example.com", False),
])
def test_loopback_hosts(host, expected):
    assert is_loopback_host(host) is expected


# Delivery in clear text to a server on this computer


def test_plain_delivery_parsed(start_server):
    handler = Recorder()
    port = start_server(handler)
    send_email(smtp(port), reminder())

    assert len(handler.envelopes) == 1
    envelope = handler.envelopes[0]
    assert envelope.mail_from == "recepcion@clinica.example"
    assert envelope.rcpt_tos == ["begona@example.org"]
    arrived = handler.messages()[0]
    assert arrived["Subject"] == "Un mensaje de Clínica Núñez"
    assert arrived["Message-ID"] == "<vetdesk-reminder-7@clinica.example>"
    assert arrived["From"].addresses[0].display_name == "Clínica Núñez"
    assert arrived["To"].addresses[0].display_name == "Begoña Ibáñez"
    body = arrived.get_body(preferencelist=("plain",))
    assert body.get_content_charset() == "utf-8"
    assert "1.234,56\u00a0€" in body.get_content()
    assert "Hola, Begoña:" in body.get_content()
    attachments = list(arrived.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_filename() == "carta-Begoña.pdf"
    assert attachments[0].get_content() == PDF


def test_clear_text_refused_for_remote_host():
    settings = SmtpSettings(host="mail.example.com", port=25, security="none", user="", sender="r@clinica.example",
                            password="")
    with pytest.raises(DeliveryError) as raised:
        send_email(settings, reminder())
    assert not raised.value.retryable
    assert "mail.example.com:25" in str(raised.value)
    assert "STARTTLS" in str(raised.value)


def test_connection_refused_retryable():
    port = free_port()
    with pytest.raises(DeliveryError) as raised:
        send_email(smtp(port), reminder())
    assert raised.value.retryable
    assert f"127.0.0.1:{port}" in str(raised.value)
    assert "refused the connection" in str(raised.value)


def test_silent_server_times_out():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        # The kernel completes the TCP handshake, but no greeting ever comes.
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        with pytest.raises(DeliveryError) as raised:
            send_email(smtp(port, timeout=0.5), reminder())
    assert raised.value.retryable
    assert "0.5 seconds" in str(raised.value)


def test_temporary_data_refusal_retryable(start_server):
    handler = Recorder(data_replies=["451 4.3.0 Mailbox temporarily unavailable"])
    port = start_server(handler)
    with pytest.raises(DeliveryError) as raised:
        send_email(smtp(port), reminder())
    assert raised.value.retryable
    assert "451" in str(raised.value)
    assert "temporarily unavailable" in str(raised.value)
    assert handler.envelopes == []


def test_retry_after_refusal_delivers_once(start_server):
    handler = Recorder(data_replies=["451 4.3.0 Try again later"])
    port = start_server(handler)
    with pytest.raises(DeliveryError):
        send_email(smtp(port), reminder())
    send_email(smtp(port), reminder())
    assert len(handler.envelopes) == 1
    assert handler.messages()[0]["Message-ID"] == "<vetdesk-reminder-7@clinica.example>"


def test_temporary_recipient_refusal_retryable(start_server):
    port = start_server(Recorder(rcpt_reply="450 4.2.1 Mailbox busy"))
    with pytest.raises(DeliveryError) as raised:
        send_email(smtp(port), reminder())
    assert raised.value.retryable


def test_unknown_recipient_not_retryable(start_server):
    port = start_server(Recorder(rcpt_reply="550 5.1.1 No such user"))
    with pytest.raises(DeliveryError) as raised:
        send_email(smtp(port), reminder())
    assert not raised.value.retryable
    assert "begona@example.org" in str(raised.value)
    assert "550" in str(raised.value)
    assert "client's email address" in str(raised.value)


def test_permanent_data_refusal_not_retryable(start_server):
    port = start_server(Recorder(data_replies=["550 5.7.1 Message rejected as spam"]))
    with pytest.raises(DeliveryError) as raised:
        send_email(smtp(port), reminder())
    assert not raised.value.retryable
    assert "rejected as spam" in str(raised.value)


def test_sender_refusal_names_sender(start_server):
    port = start_server(Recorder(mail_reply="553 5.7.1 Sender not owned by user"))
    with pytest.raises(DeliveryError) as raised:
        send_email(smtp(port), reminder())
    assert not raised.value.retryable
    assert "recepcion@clinica.example" in str(raised.value)


def test_starttls_missing_not_retryable(start_server):
    port = start_server(Recorder())
    with pytest.raises(DeliveryError) as raised:
        send_email(smtp(port, "starttls"), reminder())
    assert not raised.value.retryable
    assert "does not offer STARTTLS" in str(raised.value)


# STARTTLS, SSL and sign-in with a self-signed certificate made for the test


def test_starttls_delivery(start_server, certificate):
    handler = Recorder()
    port = start_server(handler, tls_context=server_context(certificate), require_starttls=True)
    send_email(smtp(port, "starttls"), reminder(), ssl_context=trusting_context(certificate))
    assert handler.tls_sessions == [True]
    assert handler.messages()[0]["Subject"] == "Un mensaje de Clínica Núñez"


def test_untrusted_certificate_not_retryable(start_server, certificate):
    handler = Recorder()
    port = start_server(handler, tls_context=server_context(certificate), require_starttls=True)
    with pytest.raises(DeliveryError) as raised:
        send_email(smtp(port, "starttls"), reminder())
    assert not raised.value.retryable
    assert "certificate" in str(raised.value)
    assert handler.envelopes == []


def test_ssl_delivery(start_server, certificate):
    handler = Recorder()
    port = start_server(handler, ssl_context=server_context(certificate))
    send_email(smtp(port, "ssl"), reminder(), ssl_context=trusting_context(certificate))
    assert handler.tls_sessions == [True]
    assert [part.get_content() for part in handler.messages()[0].iter_attachments()] == [PDF]


def test_ssl_to_plain_server_not_retryable(start_server, certificate):
    port = start_server(Recorder())
    with pytest.raises(DeliveryError) as raised:
        send_email(smtp(port, "ssl", timeout=5), reminder(), ssl_context=trusting_context(certificate))
    assert not raised.value.retryable
    assert "465" in str(raised.value)


@pytest.mark.parametrize("password", [PASSWORD, ASCII_PASSWORD], ids=["utf8", "ascii"])
def test_login_delivery(start_server, certificate, caplog, password):
    caplog.set_level(logging.DEBUG, logger="vetdesk")
    handler = Recorder()
    port = start_server(handler, tls_context=server_context(certificate), require_starttls=True,
                        authenticator=authenticator, auth_required=True, auth_require_tls=True)
    send_email(smtp(port, "starttls", user="recepcion@clinica.example", password=password), reminder(),
               ssl_context=trusting_context(certificate))
    assert len(handler.envelopes) == 1
    vetdesk_log = "\n".join(record.getMessage() for record in caplog.records if record.name.startswith("vetdesk"))
    assert "<vetdesk-reminder-7@clinica.example>" in vetdesk_log
    assert f"127.0.0.1:{port}" in vetdesk_log
    assert password not in vetdesk_log
    assert "1.234,56" not in vetdesk_log
    assert "begona@example.org" not in vetdesk_log


def test_wrong_password_not_retryable(start_server, certificate, caplog):
    caplog.set_level(logging.DEBUG, logger="vetdesk")
    handler = Recorder()
    port = start_server(handler, tls_context=server_context(certificate), require_starttls=True,
                        authenticator=authenticator, auth_required=True, auth_require_tls=True)
    wrong = "not-the-password"
    with pytest.raises(DeliveryError) as raised:
        send_email(smtp(port, "starttls", user="recepcion@clinica.example", password=wrong), reminder(),
                   ssl_context=trusting_context(certificate))
    assert not raised.value.retryable
    assert "recepcion@clinica.example" in str(raised.value)
    assert "535" in str(raised.value)
    assert wrong not in str(raised.value)
    assert wrong not in caplog.text
    assert handler.envelopes == []


def test_login_without_tls_offer_not_retryable(start_server, certificate):
    # The server offers AUTH only after STARTTLS, and the settings choose "none".
    port = start_server(Recorder(), tls_context=server_context(certificate), authenticator=authenticator,
                        auth_require_tls=True)
    with pytest.raises(DeliveryError) as raised:
        send_email(smtp(port, "none", user="recepcion@clinica.example", password=PASSWORD), reminder())
    assert not raised.value.retryable
    assert "sign-in" in str(raised.value)


def test_server_closing_connection_retryable():
    # A server that greets, replies to EHLO and then hangs up, as an overloaded server does.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]

        def serve() -> None:
            connection, _address = listener.accept()
            with connection:
                connection.sendall(b"220 test ESMTP\r\n")
                connection.recv(1024)
                connection.sendall(b"250 test\r\n")

        thread = threading.Thread(target=serve)
        thread.start()
        with pytest.raises(DeliveryError) as raised:
            send_email(smtp(port, timeout=5), reminder())
        thread.join()
    assert raised.value.retryable
    assert "closed the connection" in str(raised.value)
