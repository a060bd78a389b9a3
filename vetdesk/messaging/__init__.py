"""Delivery of reminders by email (SMTP) and by text message (an HTTP SMS gateway).

The modules here import the domain only, with no Qt, database or services, so
that the reminder service can call them from any thread. Settings and
secrets reach them as plain values (see ``vetdesk.services.messaging_settings``).
"""

from __future__ import annotations

from vetdesk.domain.messages import Translator, UserMessage

CTX = "Messaging"


class DeliveryError(Exception):
    """A message that the server or gateway did not accept, explained to staff by ``message``.

    ``retryable`` is True when the same message may succeed later without a
    change of settings or address: a timeout, a refused or dropped connection,
    a temporary SMTP refusal (4xx), or an HTTP 429 or 5xx response. It is False
    for a rejected sign-in or token, a permanent SMTP refusal (5xx), another
    HTTP 4xx response, or a TLS certificate that cannot be verified.
    """

    def __init__(self, message: UserMessage, *, retryable: bool) -> None:
        super().__init__(str(message))
        self.message = message
        self.retryable = retryable

    def render(self, translate: Translator | None = None) -> str:
        return self.message.render() if translate is None else self.message.render(translate)


def shorten_reply(text: str, limit: int = 200) -> str:
    """Collapse whitespace in a server's reply and cut it to ``limit`` characters, for quoting it to staff."""
    collapsed = " ".join(text.split())
    return collapsed if len(collapsed) <= limit else collapsed[: limit - 1] + "…"
