"""The clinic's mail server and SMS gateway: settings, secrets in the OS keyring, and test messages.

Server names, ports and sender addresses are clinic settings (see
``vetdesk.services.settings``). The SMTP password and the SMS gateway token
are kept in this computer's OS keyring through ``vetdesk.secrets``, under
``smtp:<user>@<host>`` and ``sms:<url>``, and never in the database,
settings, audit events or logs. The keyring belongs to one computer and one
system user, so every desk that sends reminders needs its own copy.
"""

from __future__ import annotations

import re
import ssl
import uuid
from email.message import EmailMessage
from typing import Any

from vetdesk.documents.reminder_letter import EnvelopeWindow, check_window
from vetdesk.domain.formatting import value_for_message
from vetdesk.domain.identity import is_mobile, normalize_phone
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, Translator, UserError, UserMessage, ValidationErrors
from vetdesk.messaging.email import SmtpSettings, build_message, is_loopback_host, parse_address, send_email
from vetdesk.messaging.sms import SmsGateway, check_gateway_url, send_sms
from vetdesk.secrets import load_secret, store_secret
from vetdesk.services import settings, staff
from vetdesk.services.clinic import get_clinic
from vetdesk.services.context import ServiceContext

CTX = "MessagingSettings"

# The ``field`` of an error about the envelope window as a whole, whose four values are separate settings.
WINDOW_FIELD = "letters.window"

# A host name or IP address, without a scheme, path or spaces.
_HOST = re.compile(r"[A-Za-z0-9.\-\[\]:]+")
# Alphanumeric sender ids of SMS are limited to 11 characters (3GPP TS 23.040, TP-Originating-Address);
# numeric ones are phone numbers of up to 15 digits (ITU-T E.164).
_SMS_SENDER_NAME = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 .\-]{1,11}")
_SMS_SENDER_NUMBER = re.compile(r"\+?[0-9]{3,15}")


def _identity(context: str, source: str) -> str:
    return source


def _error(source: str, field: str, **params: Any) -> UserError:
    return UserError(UserMessage(CTX, source, params), field=field)


# Secrets


def smtp_secret_name(user: str, host: str) -> str:
    """Return the keyring name of the SMTP password for ``user`` on ``host``, e.g. "smtp:ana@smtp.example.com"."""
    return f"smtp:{user.strip()}@{host.strip().lower()}"


def sms_secret_name(url: str) -> str:
    """Return the keyring name of the SMS gateway token for ``url``, e.g. "sms:https://sms.example.com/send"."""
    return f"sms:{url.strip()}"


def save_smtp_password(user: str, host: str, password: str) -> None:
    """Store the SMTP password in the OS keyring; an empty password deletes it. Raises UserError if the keyring fails."""
    store_secret(smtp_secret_name(user, host), password)


def load_smtp_password(user: str, host: str) -> str:
    """Return the SMTP password stored for ``user`` on ``host``, or "" when there is none."""
    return load_secret(smtp_secret_name(user, host)) or ""


def has_smtp_password(user: str, host: str) -> bool:
    return bool(load_smtp_password(user, host))


def save_sms_token(url: str, token: str) -> None:
    """Store the SMS gateway token in the OS keyring; an empty token deletes it. Raises UserError if the keyring fails."""
    store_secret(sms_secret_name(url), token)


def load_sms_token(url: str) -> str:
    """Return the SMS gateway token stored for ``url``, or "" when there is none."""
    return load_secret(sms_secret_name(url)) or ""


def has_sms_token(url: str) -> bool:
    return bool(load_sms_token(url))


# Loading


def load_smtp(context: ServiceContext) -> SmtpSettings | None:
    """Return the stored mail server settings with the password from the keyring, or None if no server is set.

    Raises UserError when a user is set but the keyring of this computer has
    no password for it.
    """
    values = settings.read_settings(context)
    host = values[settings.SMTP_HOST.key].strip()
    sender = values[settings.SMTP_SENDER.key].strip()
    if not host or not sender:
        return None
    user = values[settings.SMTP_USER.key].strip()
    password = ""
    if user:
        password = load_smtp_password(user, host)
        if not password:
            raise _error(QT_TRANSLATE_NOOP(
                "MessagingSettings", "No password is saved on this computer for the mail user {user} on {host}. "
                                     "Set the password in Settings → Messages."), settings.SMTP_USER.key,
                user=user, host=host)
    return SmtpSettings(host=host, port=values[settings.SMTP_PORT.key], security=values[settings.SMTP_SECURITY.key],
                        user=user, sender=sender, password=password)


def load_sms_gateway(context: ServiceContext) -> SmsGateway | None:
    """Return the stored SMS gateway with its token from the keyring, or None if no gateway is set.

    Raises UserError when the keyring of this computer has no token for the gateway.
    """
    values = settings.read_settings(context)
    url = values[settings.SMS_URL.key].strip()
    if not url:
        return None
    token = load_sms_token(url)
    if not token:
        raise _error(QT_TRANSLATE_NOOP(
            "MessagingSettings", "No token is saved on this computer for the SMS gateway {url}. Set the token in "
                                 "Settings → Messages."), settings.SMS_URL.key, url=url)
    return SmsGateway(url=url, sender=values[settings.SMS_SENDER.key].strip(), token=token)


# Checking a form's values


def _check_host(host: str, errors: list[UserError]) -> str:
    host = host.strip().lower()
    if host and not _HOST.fullmatch(host):
        errors.append(_error(QT_TRANSLATE_NOOP(
            "MessagingSettings", "The mail server name \"{value}\" is not valid. Type only the name, like "
                                 "smtp.example.com, without https:// or spaces."), settings.SMTP_HOST.key,
            value=value_for_message(host)))
    return host


def _check_sms_sender(sender: str, errors: list[UserError]) -> str:
    sender = sender.strip()
    if sender and not (_SMS_SENDER_NAME.fullmatch(sender) or _SMS_SENDER_NUMBER.fullmatch(sender)):
        errors.append(_error(QT_TRANSLATE_NOOP(
            "MessagingSettings", "The SMS sender name \"{value}\" is not valid. Use up to 11 letters and digits "
                                 "without accents, like ClinicaSol, or a phone number."), settings.SMS_SENDER.key,
            value=value_for_message(sender)))
    return sender


def _check_bizum(phone: str, errors: list[UserError]) -> str:
    if not phone.strip():
        return ""
    try:
        normalized = normalize_phone(phone)
    except UserError:
        normalized = ""
    if not is_mobile(normalized):
        errors.append(_error(QT_TRANSLATE_NOOP(
            "MessagingSettings", "The Bizum number \"{value}\" is not a Spanish mobile number. Type the 9 digits of "
                                 "the mobile linked to Bizum, like 612 34 56 78."), settings.REMINDER_BIZUM_PHONE.key,
            value=value_for_message(phone)))
        return phone.strip()
    return normalized


def _check_window(checked: dict[str, Any], errors: list[UserError]) -> None:
    keys = (settings.LETTER_WINDOW_LEFT_MM.key, settings.LETTER_WINDOW_TOP_MM.key,
            settings.LETTER_WINDOW_WIDTH_MM.key, settings.LETTER_WINDOW_HEIGHT_MM.key)
    if not all(isinstance(checked.get(key), int) for key in keys):
        return
    left, top, width, height = (checked[key] for key in keys)
    problem = check_window(EnvelopeWindow(left_mm=left, top_mm=top, width_mm=width, height_mm=height))
    if problem is not None:
        errors.append(UserError(problem, field=WINDOW_FIELD))


def check_messaging_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Return ``changes`` (settings by key) with the messaging values normalised, or raise ValidationErrors.

    Each error names the invalid value and has its setting key as ``field``,
    or ``WINDOW_FIELD`` for an envelope window that letters cannot use.
    Ranges and types are checked again by ``settings.update_settings``.
    """
    checked = dict(changes)
    errors: list[UserError] = []
    if settings.SMTP_HOST.key in checked:
        checked[settings.SMTP_HOST.key] = _check_host(checked[settings.SMTP_HOST.key], errors)
    if settings.SMTP_USER.key in checked:
        checked[settings.SMTP_USER.key] = checked[settings.SMTP_USER.key].strip()
    sender = checked.get(settings.SMTP_SENDER.key, "").strip()
    if sender:
        try:
            checked[settings.SMTP_SENDER.key] = str(parse_address(sender, "sender"))
        except UserError as error:
            errors.append(UserError(error.message, field=settings.SMTP_SENDER.key))
    elif settings.SMTP_SENDER.key in checked:
        checked[settings.SMTP_SENDER.key] = ""
    host = checked.get(settings.SMTP_HOST.key, "")
    if host and not sender and settings.SMTP_SENDER.key in checked:
        errors.append(_error(QT_TRANSLATE_NOOP(
            "MessagingSettings", "Type the sender address of the emails, like recepcion@clinica.es."),
            settings.SMTP_SENDER.key))
    if checked.get(settings.SMTP_SECURITY.key) == "none" and host and not is_loopback_host(host):
        errors.append(_error(QT_TRANSLATE_NOOP(
            "MessagingSettings", "The mail server {value} is not on this computer, so it cannot be used without "
                                 "encryption. Choose STARTTLS or SSL."), settings.SMTP_SECURITY.key, value=host))

    url = checked.get(settings.SMS_URL.key, "").strip()
    if url:
        try:
            checked[settings.SMS_URL.key] = check_gateway_url(url)
        except UserError as error:
            errors.append(error)
    elif settings.SMS_URL.key in checked:
        checked[settings.SMS_URL.key] = ""
    if settings.SMS_SENDER.key in checked:
        checked[settings.SMS_SENDER.key] = _check_sms_sender(checked[settings.SMS_SENDER.key], errors)
    if settings.REMINDER_BIZUM_PHONE.key in checked:
        checked[settings.REMINDER_BIZUM_PHONE.key] = _check_bizum(checked[settings.REMINDER_BIZUM_PHONE.key], errors)
    _check_window(checked, errors)
    if errors:
        raise ValidationErrors(errors)
    return checked


# Test messages


def _clinic_name(context: ServiceContext) -> str:
    clinic = get_clinic(context)
    return clinic.name if clinic is not None and clinic.name else "VetDesk"


def prepare_test_email(context: ServiceContext, to: str, smtp: SmtpSettings,
                       translate: Translator | None = None) -> EmailMessage:
    """Build the neutral test email for ``to``; raise UserError for an invalid address or without permission."""
    staff.require(context, staff.Permission.EDIT_SETTINGS)
    translate = translate or _identity
    clinic = _clinic_name(context)
    subject = translate("MessagingSettings", QT_TRANSLATE_NOOP("MessagingSettings", "Test message from VetDesk"))
    body = translate("MessagingSettings", QT_TRANSLATE_NOOP(
        "MessagingSettings", "This is a test message sent by VetDesk for {clinic}.\n\nIf it reached you, the email "
                             "settings work. No reply is needed.")).format(clinic=clinic)
    domain = parse_address(smtp.sender, "sender").domain
    return build_message(sender=smtp.sender, to=to, subject=subject, text_body=body,
                         message_id=f"<vetdesk-test-{uuid.uuid4().hex}@{domain}>", sent_at=context.now())


def send_test_email(context: ServiceContext, to: str, *, smtp: SmtpSettings | None = None,
                    translate: Translator | None = None, ssl_context: ssl.SSLContext | None = None) -> str:
    """Send the test email to ``to`` through ``smtp`` (by default the stored settings) and return its Message-ID.

    Raises UserError when no mail server is set or an address is invalid, and
    DeliveryError when the server does not accept the message.
    """
    smtp = smtp or load_smtp(context)
    if smtp is None:
        raise _error(QT_TRANSLATE_NOOP(
            "MessagingSettings", "No mail server is set. Type the server and the sender address in Settings → "
                                 "Messages first."), settings.SMTP_HOST.key)
    message = prepare_test_email(context, to, smtp, translate)
    send_email(smtp, message, ssl_context=ssl_context)
    return str(message["Message-ID"])


def new_test_message_key() -> str:
    """Return a new idempotency key for one test SMS."""
    return f"vetdesk-test-{uuid.uuid4().hex}"


def compose_test_sms(context: ServiceContext, translate: Translator | None = None) -> str:
    """Return the neutral text of the test SMS, in the language of ``translate``."""
    translate = translate or _identity
    return translate("MessagingSettings", QT_TRANSLATE_NOOP(
        "MessagingSettings", "Test message from VetDesk for {clinic}. The SMS settings work. No reply is needed.")
    ).format(clinic=_clinic_name(context))


def prepare_test_sms(context: ServiceContext, to: str, translate: Translator | None = None) -> tuple[str, str]:
    """Return the phone number ``to`` in E.164 form and the test SMS text; raise UserError for an invalid number or without permission."""
    staff.require(context, staff.Permission.EDIT_SETTINGS)
    return normalize_phone(to), compose_test_sms(context, translate)


def send_test_sms(context: ServiceContext, to: str, *, gateway: SmsGateway | None = None,
                  translate: Translator | None = None) -> str:
    """Send the test SMS to ``to`` through ``gateway`` (by default the stored one); return the provider's id or "".

    Raises UserError when no gateway is set or the number is invalid, and
    DeliveryError when the gateway does not accept the message.
    """
    gateway = gateway or load_sms_gateway(context)
    if gateway is None:
        raise _error(QT_TRANSLATE_NOOP(
            "MessagingSettings", "No SMS gateway is set. Type its address and token in Settings → Messages first."),
            settings.SMS_URL.key)
    phone, text = prepare_test_sms(context, to, translate)
    return send_sms(gateway, to=phone, text=text, idempotency_key=new_test_message_key())
