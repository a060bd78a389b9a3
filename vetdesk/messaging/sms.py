"""Text messages through a provider-neutral HTTP gateway.

The clinic points VetDesk at a URL that takes one JSON POST per message::

    POST <url>
    Authorization: Bearer <token>
    Idempotency-Key: <key>
    Content-Type: application/json; charset=utf-8

    {"to": "+34671924865", "from": "<sender>", "text": "...", "reference": "<key>"}

and responds with a 2xx status and an optional JSON object that contains the
provider's message id as ``id`` or ``message_id``. Most providers need a small adapter
in between. The key is the same on every attempt to send one reminder, so a
gateway that honours it can drop a copy sent again after a timeout.

Redirects are not followed, because urllib would repeat the token to the new
address. Logs carry the idempotency key and the gateway's address without
its query string, never the token, the phone number or the text.
"""

from __future__ import annotations

import http.client
import json
import logging
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from vetdesk import __version__
from vetdesk.domain.formatting import value_for_message
from vetdesk.domain.identity import normalize_phone
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.messaging import CTX, DeliveryError, shorten_reply

log = logging.getLogger("vetdesk.messaging")

# A gateway's response is a short JSON object, so only this many bytes of it are read.
MAX_RESPONSE_BYTES = 64 * 1024


@dataclass(frozen=True)
class SmsGateway:
    """The clinic's SMS gateway; ``timeout`` is in seconds for each network operation."""

    url: str
    sender: str
    token: str = field(repr=False)
    timeout: float = 20


def check_gateway_url(url: str) -> str:
    """Return ``url`` stripped, or raise UserError (field "sms.url") unless it is an http(s) URL with a host."""
    stripped = url.strip()
    parts = urlsplit(stripped)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The SMS gateway address \"{value}\" is not a web address. Type the address your provider "
                         "gives, starting with https://."), {"value": value_for_message(url)}), field="sms.url")
    if parts.username is not None or parts.password is not None:
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The SMS gateway address \"{value}\" contains a user name or password. Remove it from the "
                         "address and put the token in the token field."), {"value": display_url(url)}),
            field="sms.url")
    return stripped


def display_url(url: str) -> str:
    """Return ``url`` without user name, password, query or fragment, which may carry a secret."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        port = ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 - urllib's signature
        return None


def _read_json_response(response: http.client.HTTPResponse | urllib.error.HTTPError) -> object:
    data = response.read(MAX_RESPONSE_BYTES)
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _provider_id(response: object) -> str:
    if not isinstance(response, dict):
        return ""
    for key in ("id", "message_id"):
        value = response.get(key)
        if value not in (None, ""):
            return str(value)
    return ""


def _http_failure(gateway: SmsGateway, error: urllib.error.HTTPError) -> DeliveryError:
    status = error.code
    response = _read_json_response(error)
    reason = shorten_reply(json.dumps(response, ensure_ascii=False)) if response is not None else error.reason
    params = {"gateway": display_url(gateway.url), "status": status, "reason": reason}
    if status == 429 or 500 <= status <= 599:
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The SMS gateway {gateway} is not available now (HTTP {status}: {reason}). The message "
                         "stays queued and will be sent again later."), params), retryable=True)
    if status in (401, 403):
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The SMS gateway {gateway} rejected the token (HTTP {status}: {reason}). Save the token "
                         "your provider gives again in Settings → Messages."), params), retryable=False)
    if 300 <= status <= 399:
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The SMS gateway {gateway} responded with a redirect to {location}. Type the final address "
                         "in Settings → Messages."),
            {**params, "location": display_url(error.headers.get("Location", "") or "")}), retryable=False)
    return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
        "Messaging", "The SMS gateway {gateway} rejected the message (HTTP {status}: {reason}). Check the phone "
                     "number and the gateway settings; the message will not be sent again automatically."),
        params), retryable=False)


def _network_failure(gateway: SmsGateway, error: BaseException) -> DeliveryError:
    params = {"gateway": display_url(gateway.url), "seconds": f"{gateway.timeout:g}"}
    if isinstance(error, TimeoutError):
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The SMS gateway {gateway} did not respond within {seconds} seconds. The message stays "
                         "queued and will be sent again later."), params), retryable=True)
    if isinstance(error, ssl.SSLCertVerificationError):
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The certificate of the SMS gateway {gateway} could not be verified ({reason}). Check "
                         "the address in Settings → Messages."),
            {**params, "reason": error.verify_message or str(error)}), retryable=False)
    if isinstance(error, socket.gaierror):
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The SMS gateway {gateway} could not be found. Check the network connection and the "
                         "address in Settings → Messages; the message will be sent again later."), params),
            retryable=True)
    if isinstance(error, http.client.HTTPException) and not isinstance(error, ConnectionError):
        return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The SMS gateway {gateway} sent a response that is not HTTP ({reason}). Check the address "
                         "in Settings → Messages."), {**params, "reason": type(error).__name__}), retryable=False)
    reason = error.strerror if isinstance(error, OSError) and error.strerror else type(error).__name__
    return DeliveryError(UserMessage(CTX, QT_TRANSLATE_NOOP(
        "Messaging", "The connection to the SMS gateway {gateway} failed ({reason}). Check the network connection; "
                     "the message will be sent again later."), {**params, "reason": reason}), retryable=True)


def send_sms(gateway: SmsGateway, *, to: str, text: str, idempotency_key: str,
             ssl_context: ssl.SSLContext | None = None) -> str:
    """Send ``text`` to the phone number ``to`` and return the provider's message id, or "" when it gives none.

    ``idempotency_key`` must be the same on every attempt to send one
    message. Raises UserError for an invalid URL, phone number or empty
    text, and DeliveryError when the gateway cannot be reached or does not
    accept the message.
    """
    url = check_gateway_url(gateway.url)
    phone = normalize_phone(to)
    if not text.strip():
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The text message is empty. Type the text before sending.")), field="text")
    if not idempotency_key:
        raise ValueError("send_sms needs an idempotency key")
    # http.client rejects header values with control characters, and a Bearer token has no spaces.
    if not gateway.token or not all("!" <= character <= "~" for character in gateway.token):
        raise UserError(UserMessage(CTX, QT_TRANSLATE_NOOP(
            "Messaging", "The SMS gateway token is empty or contains spaces or characters other than English "
                         "letters, digits and punctuation. Copy the token from your provider again and save it in "
                         "Settings → Messages.")), field="sms.token")

    body = json.dumps({"to": phone, "from": gateway.sender, "text": text, "reference": idempotency_key},
                      ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Authorization": f"Bearer {gateway.token}",
        "Idempotency-Key": idempotency_key,
        "Content-Type": "application/json; charset=utf-8",
        "Accept": "application/json",
        "User-Agent": f"VetDesk/{__version__}",
    })
    opener = urllib.request.build_opener(_NoRedirect, urllib.request.HTTPSHandler(
        context=ssl_context or ssl.create_default_context()))
    shown_url = display_url(url)
    log.info("Sending SMS %s through %s", idempotency_key, shown_url)
    try:
        with opener.open(request, timeout=gateway.timeout) as response:
            status = response.status
            message_id = _provider_id(_read_json_response(response))
    except urllib.error.HTTPError as error:
        with error:
            failure = _http_failure(gateway, error)
        log.warning("SMS %s not sent: %s responded with HTTP %d", idempotency_key, shown_url, error.code)
        raise failure from None
    except urllib.error.URLError as error:
        reason = error.reason if isinstance(error.reason, BaseException) else error
        log.warning("SMS %s not sent: connecting to %s failed: %s", idempotency_key, shown_url,
                    type(reason).__name__)
        raise _network_failure(gateway, reason) from error
    except (OSError, http.client.HTTPException) as error:
        log.warning("SMS %s not sent: %s failed: %s", idempotency_key, shown_url, type(error).__name__)
        raise _network_failure(gateway, error) from error
    log.info("SMS %s accepted by %s (HTTP %d, provider id %s)", idempotency_key, shown_url, status,
             message_id or "none")
    return message_id
