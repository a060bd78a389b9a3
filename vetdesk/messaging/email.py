"""Email through SMTP: the MIME message of a reminder, and its hand-over to the clinic's mail server.

A message has a UTF-8 plain-text part, an optional HTML copy of the same
text, and the letter as a PDF attachment. Its ``Message-ID`` is stable per
reminder, so a server or a client's mail program can recognise a copy sent
twice after a retry.

Logs carry the Message-ID and the server, never the password, the body or the
recipient's address.
"""

from __future__ import annotations

import base64
import html
import ipaddress
import logging
import re
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formatdate, getaddresses

from vetdesk.domain.formatting import value_for_message
from vetdesk.domain.identity import validate_email
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.messaging import CTX, DeliveryError, shorten_reply

log = logging.getLogger("vetdesk.messaging")

SECURITY_CHOICES = ("starttls", "ssl", "none")
# An RFC 5322 msg-id: "<left@right>" in printable ASCII without spaces, brackets or a second "@".
_MESSAGE_ID = re.compile(r"<[\x21-\x3b\x3d\x3f\x41-\x7e]+@[\x21-\x3b\x3d\x3f\x41-\x7e]+>")


@dataclass(frozen=True)
class SmtpSettings:
    """The clinic's outgoing mail server; ``timeout`` is in seconds for each network operation."""

    host: str
    port: int
    security: str
    user: str
    sender: str
    password: str = field(repr=False)
    timeout: float = 30

    def __post_init__(self) -> None:
        if self.security not in SECURITY_CHOICES:
            raise ValueError(f"SMTP security {self.security!r} is not one of {SECURITY_CHOICES}")

    @property
    def server(self) -> str:
        """The server as "host:port", for messages and logs."""
        return f"{self.host}:{self.port}"


def is_loopback_host(host: str) -> bool:
    """Tell whether ``host`` names this computer ("localhost", 127.0.0.0/8 or ::1), without a DNS lookup."""
    host = host.strip().strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# Building the message


def _invalid_address(role: str, text: str) -> UserError:
    if role == "sender":
        message = UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The sender address \"{value}\" is not valid. Type it in Settings → Messages like "
                         "recepcion@clinica.es."), {"value": value_for_message(text)})
        return UserError(message, field="smtp.sender")
    if role == "reply_to":
        message = UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The reply address \"{value}\" is not valid. Type it like recepcion@clinica.es."),
            {"value": value_for_message(text)})
        return UserError(message, field="reply_to")
    message = UserMessage(CTX, QT_TRANSLATE_NOOP(
        "Messaging", "The recipient's email address \"{value}\" is not valid. Correct it in the client's "
                     "details, or send the reminder by another channel."), {"value": value_for_message(text)})
    return UserError(message, field="email")


def parse_address(text: str, role: str = "to") -> Address:
    """Parse "name@example.com" or "Display Name <name@example.com>" into one Address.

    Raises UserError naming ``text`` as the recipient, or as the sender or
    reply address when ``role`` is "sender" or "reply_to".
    """
    parsed = getaddresses([text])
    if len(parsed) != 1 or not parsed[0][1]:
        raise _invalid_address(role, text)
    display_name, address = parsed[0]
    try:
        address = validate_email(address)
    except UserError:
        raise _invalid_address(role, text) from None
    local, domain = address.rsplit("@", 1)
    # Accented letters before the "@" need SMTPUTF8, which smtplib can only use with a UTF-8
    # header policy and which many servers lack, so such addresses are rejected here.
    if not local.isascii():
        raise _invalid_address(role, text)
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise _invalid_address(role, text) from None
    return Address(display_name=" ".join(display_name.split()), username=local, domain=domain)


def _message_id(value: str) -> str:
    message_id = value.strip()
    if not message_id.startswith("<"):
        message_id = f"<{message_id}>"
    if not _MESSAGE_ID.fullmatch(message_id):
        raise ValueError(f"Message-ID {value!r} is not of the form <left@right> in printable ASCII")
    return message_id


def text_to_html(text: str) -> str:
    """Return ``text`` as a minimal HTML document: paragraphs at blank lines, line breaks kept, all escaped."""
    paragraphs = [part.strip("\n") for part in re.split(r"\n\s*\n", text) if part.strip()]
    body = "\n".join("<p>" + html.escape(part).replace("\n", "<br>\n") + "</p>" for part in paragraphs)
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body>\n{body}\n</body></html>\n'


def build_message(*, sender: str, to: str, subject: str, text_body: str, message_id: str,
                  attachment: tuple[str, bytes] | None = None, reply_to: str = "",
                  include_html: bool = False, sent_at: datetime | None = None) -> EmailMessage:
    """Build a UTF-8 email with a plain-text part, an optional HTML copy and an optional PDF attachment.

    ``sender``, ``to`` and ``reply_to`` are "name@example.com" or "Display Name
    <name@example.com>". ``message_id`` is "<left@right>" (brackets may be
    left out) and should be the same on every attempt to send one reminder.
    ``sent_at`` must be timezone-aware; it defaults to the computer's local time.
    Line breaks in ``subject`` become spaces. Raises UserError naming an
    invalid address, and ValueError for a malformed Message-ID or an
    attachment that is not a PDF.
    """
    message = EmailMessage()
    message["From"] = parse_address(sender, "sender")
    message["To"] = parse_address(to, "to")
    if reply_to.strip():
        message["Reply-To"] = parse_address(reply_to, "reply_to")
    message["Subject"] = " ".join(subject.split())
    message["Date"] = format_datetime(sent_at) if sent_at is not None else formatdate(localtime=True)
    message["Message-ID"] = _message_id(message_id)

    # Quoted-printable keeps the message 7-bit, for servers without the 8BITMIME extension.
    message.set_content(text_body, charset="utf-8", cte="quoted-printable")
    if include_html:
        message.add_alternative(text_to_html(text_body), subtype="html", charset="utf-8", cte="quoted-printable")
    if attachment is not None:
        file_name, data = attachment
        if not data.startswith(b"%PDF-"):
            raise ValueError(f"Attachment {file_name!r} does not start with a PDF header")
        message.add_attachment(data, maintype="application", subtype="pdf", filename=file_name)
    return message


# Sending


def _reply_text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return shorten_reply(text)


def _rejection(settings: SmtpSettings, code: int, reply: bytes | str, *, recipient: str = "",
             sender: str = "") -> DeliveryError:
    """Explain an SMTP reply code that rejected the message; 4xx codes are temporary and retryable."""
    params = {"server": settings.server, "code": code, "reply": _reply_text(reply)}
    if 400 <= code < 500:
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server {server} temporarily rejected the message ({code} {reply}). "
                         "The message stays queued and will be sent again later."), params), retryable=True)
    if recipient:
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server {server} rejected the recipient {recipient} ({code} {reply}). "
                         "Check the client's email address, or send the reminder by another channel."),
            {**params, "recipient": recipient}), retryable=False)
    if sender:
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server {server} rejected the sender address {sender} ({code} {reply}). "
                         "Check the sender address in Settings → Messages; many servers accept only the "
                         "address of the signed-in user."), {**params, "sender": sender}), retryable=False)
    return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
        "Messaging", "The mail server {server} rejected the message ({code} {reply}). Read the server's reason "
                     "and correct the settings or the message; it will not be sent again automatically."),
        params), retryable=False)


def _not_supported(settings: SmtpSettings, phase: str) -> DeliveryError:
    params = {"server": settings.server}
    if phase == "starttls":
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server {server} does not offer STARTTLS. Choose SSL and port 465 in Settings → "
                         "Messages, or ask the mail provider which security to use."), params), retryable=False)
    if phase == "login":
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server {server} does not offer a sign-in with a password on this connection. "
                         "Choose STARTTLS or SSL in Settings → Messages, or clear the user if the server needs "
                         "none."), params), retryable=False)
    return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
        "Messaging", "The mail server {server} does not support a feature this message needs (international "
                     "addresses). Check the addresses, or use another mail server."), params), retryable=False)


def _connection_failure(settings: SmtpSettings, error: OSError) -> DeliveryError:
    params = {"server": settings.server, "seconds": f"{settings.timeout:g}"}
    if isinstance(error, ssl.SSLCertVerificationError):
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The certificate of the mail server {server} could not be verified ({reason}). Check the "
                         "server name in Settings → Messages; it must be the name on the server's certificate."),
            {**params, "reason": error.verify_message or str(error)}), retryable=False)
    if isinstance(error, ssl.SSLError):
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The secure connection to the mail server {server} failed ({reason}). Check that port and "
                         "security in Settings → Messages match the server: STARTTLS usually uses port 587, "
                         "SSL port 465."), {**params, "reason": error.reason or str(error)}), retryable=False)
    if isinstance(error, TimeoutError):
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server {server} did not respond within {seconds} seconds. The message stays queued "
                         "and will be sent again later; if this keeps happening, check the server name and port "
                         "in Settings → Messages."), params), retryable=True)
    if isinstance(error, socket.gaierror):
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server name {host} could not be found. Check the network connection and the "
                         "server name in Settings → Messages; the message will be sent again later."),
            {**params, "host": settings.host}), retryable=True)
    if isinstance(error, ConnectionRefusedError):
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server {server} refused the connection. Check the server name and port in "
                         "Settings → Messages; the message will be sent again later."), params), retryable=True)
    return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
        "Messaging", "The connection to the mail server {server} failed ({reason}). Check the network connection; "
                     "the message will be sent again later."),
        {**params, "reason": error.strerror or type(error).__name__}), retryable=True)


def _classify(settings: SmtpSettings, phase: str, error: smtplib.SMTPException | OSError) -> DeliveryError:
    """Turn an exception raised by smtplib or the socket into a DeliveryError for staff."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        # Only one recipient is sent to, so the first refusal is the only one.
        recipient, (code, reply) = next(iter(error.recipients.items()))
        return _rejection(settings, code, reply, recipient=recipient)
    if isinstance(error, smtplib.SMTPSenderRefused):
        sender = error.sender.decode("ascii", "replace") if isinstance(error.sender, bytes) else str(error.sender)
        return _rejection(settings, error.smtp_code, error.smtp_error, sender=sender)
    if isinstance(error, smtplib.SMTPAuthenticationError):
        if 400 <= error.smtp_code < 500:
            return _rejection(settings, error.smtp_code, error.smtp_error)
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server {server} rejected the user name {user} or its password ({code} {reply}). "
                         "Check both in Settings → Messages and save the password again."),
            {"server": settings.server, "user": settings.user, "code": error.smtp_code,
             "reply": _reply_text(error.smtp_error)}), retryable=False)
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return _not_supported(settings, phase)
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(error.__context__, TimeoutError):
        # smtplib reports a reply that never came as a lost connection.
        return _connection_failure(settings, error.__context__)
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server {server} closed the connection unexpectedly. The message stays queued and "
                         "will be sent again later."), {"server": settings.server}), retryable=True)
    if isinstance(error, smtplib.SMTPResponseException):
        return _rejection(settings, error.smtp_code, error.smtp_error)
    if isinstance(error, smtplib.SMTPException):
        if phase == "login":
            return _not_supported(settings, phase)
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "Sending through the mail server {server} failed ({reason}). Check the settings in "
                         "Settings → Messages."), {"server": settings.server, "reason": shorten_reply(str(error))}),
            retryable=False)
    return _connection_failure(settings, error)


def _connect(settings: SmtpSettings, context: ssl.SSLContext) -> smtplib.SMTP:
    if settings.security == "ssl":
        return smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
    return smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)


def _login(client: smtplib.SMTP, settings: SmtpSettings) -> None:
    """Sign in with the user and password of ``settings``.

    smtplib of Python 3.11 encodes credentials as ASCII and fails
    on a password such as "contraseña", so such credentials go through AUTH PLAIN,
    which RFC 4616 defines in UTF-8.
    """
    user, password = settings.user, settings.password
    if user.isascii() and password.isascii():
        client.login(user, password)
        return
    client.ehlo_or_helo_if_needed()
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    if "PLAIN" not in client.esmtp_features["auth"].upper().split():
        raise DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server {server} has no sign-in method for a user name or password with accents "
                         "or other non-English letters. Change the password to one without them, then save it "
                         "again in Settings → Messages."), {"server": settings.server}), retryable=False)
    credentials = b"\0" + user.encode("utf-8") + b"\0" + password.encode("utf-8")
    code, reply = client.docmd("AUTH", "PLAIN " + base64.b64encode(credentials).decode("ascii"))
    # 503 means this connection is already signed in.
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, reply)


def _quit(client: smtplib.SMTP) -> None:
    """Send QUIT and close the socket; a failure here cannot undo a message the server already accepted."""
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()


def send_email(settings: SmtpSettings, message: EmailMessage, *, ssl_context: ssl.SSLContext | None = None) -> None:
    """Hand ``message`` to the mail server in ``settings``, signing in first when a user is set.

    STARTTLS and SSL verify the server's certificate with ``ssl_context``,
    by default the system's trusted authorities. Security "none" sends in
    clear text and is accepted only for a server on this computer. Raises
    DeliveryError when the server cannot be reached or refuses the message.
    """
    message_id = message["Message-ID"]
    if settings.security == "none" and not is_loopback_host(settings.host):
        raise DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The mail server {server} is set to send without encryption, which VetDesk allows only "
                         "for a server on this computer. Choose STARTTLS or SSL in Settings → Messages."),
            {"server": settings.server}), retryable=False)
    context = ssl_context or ssl.create_default_context()
    log.info("Sending email %s through %s (%s)", message_id, settings.server, settings.security)
    phase = "connect"
    try:
        client = _connect(settings, context)
        try:
            if settings.security == "starttls":
                phase = "starttls"
                client.starttls(context=context)
            if settings.user:
                phase = "login"
                _login(client, settings)
            phase = "send"
            refused = client.send_message(message)
        except BaseException:
            # No QUIT after a failure: a server that timed out once would make it wait a second time.
            client.close()
            raise
        _quit(client)
    except (smtplib.SMTPException, OSError) as error:
        failure = _classify(settings, phase, error)
        code = f" {error.smtp_code}" if isinstance(error, smtplib.SMTPResponseException) else ""
        log.warning("Email %s not sent through %s, step %s: %s%s", message_id, settings.server, phase,
                    type(error).__name__, code)
        raise failure from error
    if refused:
        recipient, (code, reply) = next(iter(refused.items()))
        log.warning("Email %s: %s rejected a recipient with code %s", message_id, settings.server, code)
        raise _rejection(settings, code, reply, recipient=recipient)
    log.info("Email %s accepted by %s", message_id, settings.server)
