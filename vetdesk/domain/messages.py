"""User-facing messages raised by layers that cannot import Qt.

A message keeps its English source text, the Qt translation context and the
values to fill in. The UI translates it with ``QCoreApplication.translate``
and formats it afterwards, so the same catalogue in ``translations/`` serves
every layer. ``pyside6-lupdate`` finds the texts through the
``QT_TRANSLATE_NOOP`` calls, which it recognises by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - name fixed by lupdate
    """Mark ``source`` for extraction by lupdate and return it unchanged."""
    return source


Translator = Callable[[str, str], str]


def _identity(context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class UserMessage:
    """A translatable message with named ``{placeholders}`` filled from ``params``."""

    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Translator = _identity) -> str:
        """Translate the source text with ``translate`` and fill in the parameters."""
        return translate(self.context, self.source).format(**self.params)

    def __str__(self) -> str:
        return self.render()


class UserError(ValueError):
    """Invalid input or a refused action, explained to the user by ``message``.

    ``field`` names the form field at fault, when there is one, so a form can
    show the message beside it.
    """

    def __init__(self, message: UserMessage, field: str | None = None) -> None:
        super().__init__(str(message))
        self.message = message
        self.field = field

    def render(self, translate: Translator = _identity) -> str:
        return self.message.render(translate)


class ValidationErrors(UserError):
    """Several invalid fields found in one form; nothing was stored."""

    def __init__(self, errors: list[UserError]) -> None:
        if not errors:
            raise ValueError("ValidationErrors needs at least one error")
        super().__init__(errors[0].message, errors[0].field)
        self.errors = errors

    def render(self, translate: Translator = _identity) -> str:
        return "\n".join(error.render(translate) for error in self.errors)
