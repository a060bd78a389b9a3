"""Dates as the clinic shows and types them, and today's date in the clinic's time zone."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage

_SPANISH_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Day first with "/" or "-" ("4/12/2026", "04-12-2026"), or ISO 8601 ("2026-12-04").
_DAY_FIRST = re.compile(r"([0-9]{1,2})([/-])([0-9]{1,2})\2([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


def format_date(d: date, language: str = "es") -> str:
    """Format ``d`` as dd/mm/yyyy, the clinic standard in every language."""
    language_code(language)
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_long_date(d: date, language: str = "es") -> str:
    """Format ``d`` as "4 de diciembre de 2026" (Spanish) or "4 December 2026" (English)."""
    if language_code(language) == "en":
        return f"{d.day} {_ENGLISH_MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} de {_SPANISH_MONTHS[d.month - 1]} de {d.year}"


def language_code(language: str) -> str:
    """Reduce "es", "es_ES" or "en-GB" to "es" or "en". Raise ValueError for other languages."""
    base = language.replace("-", "_").split("_")[0].lower()
    if base not in ("es", "en"):
        raise ValueError(f"Language {language!r} is not supported. Use 'es' or 'en'.")
    return base


_MAX_QUOTED_LENGTH = 40


def value_for_message(text: str) -> str:
    """Strip typed input and cut it to 40 characters, for quoting it in an error message."""
    text = text.strip()
    if len(text) <= _MAX_QUOTED_LENGTH:
        return text
    return text[: _MAX_QUOTED_LENGTH - 1] + "…"


def parse_date(text: str) -> date:
    """Parse dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy or yyyy-mm-dd.

    Raise UserError (context "Validation") naming the value when the text is
    empty, has another format, or names a day that does not exist.
    """
    stripped = text.strip()
    quoted = value_for_message(text)
    if not stripped:
        raise UserError(UserMessage("Validation", QT_TRANSLATE_NOOP("Validation", "Type a date as dd/mm/yyyy.")))

    day_first = _DAY_FIRST.fullmatch(stripped)
    iso = _ISO.fullmatch(stripped)
    if day_first:
        day, month, year = int(day_first.group(1)), int(day_first.group(3)), int(day_first.group(4))
    elif iso:
        year, month, day = (int(part) for part in iso.groups())
    else:
        raise UserError(
            UserMessage(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "The date \"{value}\" is not valid. Type it as dd/mm/yyyy."),
                {"value": quoted},
            )
        )

    try:
        return date(year, month, day)
    except ValueError:
        raise UserError(
            UserMessage(
                "Validation",
                QT_TRANSLATE_NOOP("Validation", "The date \"{value}\" does not exist. Check the day and the month."),
                {"value": quoted},
            )
        ) from None


def today_in(time_zone: str, now: datetime | None = None) -> date:
    """Return the civil date in ``time_zone`` (an IANA name such as "Europe/Madrid") at ``now``.

    ``now`` must be timezone-aware and defaults to the current time. An unknown
    zone raises UserError (context "Validation").
    """
    if now is None:
        now = datetime.now(timezone.utc)
    elif now.utcoffset() is None:
        raise ValueError("today_in needs a timezone-aware datetime")

    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        # ValueError covers "", absolute paths, "../x" and files that are not zones, such as "zone.tab".
        raise UserError(
            UserMessage(
                "Validation",
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "The time zone \"{value}\" is not known. Use a name such as Europe/Madrid or Atlantic/Canary.",
                ),
                {"value": time_zone},
            ),
            field="time_zone",
        ) from None
    return now.astimezone(zone).date()
