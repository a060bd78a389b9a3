"""Reminder levels and the decision of which reminder, if any, a client gets on a day.

A client climbs one level at a time: the next level needs the previous one
actually sent, at least the clinic's minimum interval before, about a debt
still unpaid. A debt that none of the last reminder's charges belong to
starts again at level 1, however old it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserMessage
from vetdesk.domain.money import Money


class Channel(StrEnum):
    LETTER = "letter"
    EMAIL = "email"
    SMS = "sms"


@dataclass(frozen=True, slots=True)
class ReminderLevel:
    """One step of the escalation, as the clinic set it."""

    level: int
    days_overdue: int
    min_amount: Money
    channel: Channel
    fallback: Channel
    # The letter offers an instalment plan.
    offer_plan: bool = False
    # Printed for sending by certified post or burofax, as proof of the attempt to settle.
    certified: bool = False

    def to_json(self) -> dict:
        return {"level": self.level, "days_overdue": self.days_overdue, "min_cents": self.min_amount.cents,
                "channel": self.channel.value, "fallback": self.fallback.value, "offer_plan": self.offer_plan,
                "certified": self.certified}

    @classmethod
    def from_json(cls, data: dict) -> ReminderLevel:
        return cls(level=int(data["level"]), days_overdue=int(data["days_overdue"]),
                   min_amount=Money.from_cents(int(data["min_cents"])), channel=Channel(data["channel"]),
                   fallback=Channel(data["fallback"]), offer_plan=bool(data.get("offer_plan", False)),
                   certified=bool(data.get("certified", False)))


DEFAULT_LEVELS: tuple[ReminderLevel, ...] = (
    ReminderLevel(1, 15, Money.from_cents(1), Channel.EMAIL, Channel.SMS),
    ReminderLevel(2, 30, Money.from_cents(1), Channel.EMAIL, Channel.LETTER, offer_plan=True),
    ReminderLevel(3, 60, Money.from_cents(1), Channel.LETTER, Channel.LETTER, offer_plan=True),
    ReminderLevel(4, 90, Money.from_cents(1), Channel.LETTER, Channel.LETTER, offer_plan=True, certified=True),
)


def check_levels(levels: Sequence[ReminderLevel]) -> UserMessage | None:
    """Return why a list of levels cannot be used, or None: numbered 1..n with growing days."""
    if not levels:
        return UserMessage("Reminders", QT_TRANSLATE_NOOP("Reminders", "Set at least one reminder level."))
    for position, level in enumerate(levels, start=1):
        if level.level != position:
            return UserMessage("Reminders", QT_TRANSLATE_NOOP(
                "Reminders", "Reminder level {level} is out of order. Number the levels 1, 2, 3… in order."),
                {"level": level.level})
        if level.days_overdue < 1:
            return UserMessage("Reminders", QT_TRANSLATE_NOOP(
                "Reminders", "Level {level} starts {days} days after the due date. Use 1 day or more."),
                {"level": level.level, "days": level.days_overdue})
    for previous, level in zip(levels, levels[1:]):
        if level.days_overdue <= previous.days_overdue:
            return UserMessage("Reminders", QT_TRANSLATE_NOOP(
                "Reminders", "Level {level} starts at {days} days, not later than level {previous}. "
                "Give each level more days than the one before."),
                {"level": level.level, "days": level.days_overdue, "previous": previous.level})
    return None


@dataclass(frozen=True, slots=True)
class OwedItem:
    """Something the reminder asks for: a charge's outstanding amount, or a late instalment of an agreement."""

    due_date: date
    amount: Money
    description: str
    charge_id: int | None = None
    agreement_id: int | None = None


@dataclass(frozen=True, slots=True)
class LastReminder:
    level: int
    sent_on: date
    charge_ids: frozenset[int]
    agreement_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ClientFacts:
    """What the reminder decision needs to know about one client on one day.

    ``items`` are already free of held or disputed charges and of debt that an
    agreement in good standing or a promise not yet due covers.
    """

    client_id: int
    items: tuple[OwedItem, ...]
    can_email: bool
    can_sms: bool
    can_post: bool
    no_reminders: bool = False
    last: LastReminder | None = None


class Skip(StrEnum):
    """Why a client with overdue debt gets no reminder today."""

    NO_REMINDERS = "no_reminders"
    NOTHING_OVERDUE = "nothing_overdue"
    TOO_EARLY = "too_early"
    INTERVAL = "interval"
    FINAL_LEVEL = "final_level"
    BELOW_MINIMUM = "below_minimum"
    NO_CHANNEL = "no_channel"


@dataclass(frozen=True)
class Decision:
    level: ReminderLevel | None
    channel: Channel | None = None
    items: tuple[OwedItem, ...] = ()
    skip: Skip | None = None
    total: Money = field(default_factory=Money.zero)

    @property
    def oldest_due_date(self) -> date | None:
        return min((item.due_date for item in self.items), default=None)


def _same_debt(last: LastReminder, items: Sequence[OwedItem]) -> bool:
    return any(item.charge_id in last.charge_ids or item.agreement_id in last.agreement_ids for item in items)


def _channel(level: ReminderLevel, facts: ClientFacts) -> Channel | None:
    allowed = {Channel.EMAIL: facts.can_email, Channel.SMS: facts.can_sms, Channel.LETTER: facts.can_post}
    for channel in (level.channel, level.fallback, Channel.LETTER):
        if allowed[channel]:
            return channel
    return None


def decide(facts: ClientFacts, levels: Sequence[ReminderLevel], as_of: date, min_interval_days: int) -> Decision:
    """Decide the reminder for one client on ``as_of`` (the clinic's date)."""
    if facts.no_reminders:
        return Decision(None, skip=Skip.NO_REMINDERS)
    items = tuple(item for item in facts.items if item.due_date < as_of and item.amount.is_positive)
    if not items:
        return Decision(None, skip=Skip.NOTHING_OVERDUE)
    days = (as_of - min(item.due_date for item in items)).days

    if facts.last is not None and _same_debt(facts.last, items):
        if facts.last.level >= len(levels):
            return Decision(None, items=items, skip=Skip.FINAL_LEVEL)
        if (as_of - facts.last.sent_on).days < min_interval_days:
            return Decision(None, items=items, skip=Skip.INTERVAL)
        level = levels[facts.last.level]
    else:
        level = levels[0]
    if days < level.days_overdue:
        return Decision(None, items=items, skip=Skip.TOO_EARLY)
    total = Money.total(item.amount for item in items)
    if total < level.min_amount:
        return Decision(level, items=items, skip=Skip.BELOW_MINIMUM, total=total)
    channel = _channel(level, facts)
    if channel is None:
        return Decision(level, items=items, skip=Skip.NO_CHANNEL, total=total)
    return Decision(level, channel=channel, items=items, total=total)


# GSM 03.38 basic character set and its extension table (each extension character takes two septets).
_GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION = set("^{}\\[~]|€\f")


@dataclass(frozen=True, slots=True)
class SmsLength:
    characters: int
    segments: int
    per_segment: int
    unicode: bool


def sms_length(text: str) -> SmsLength:
    """Count an SMS's characters and segments as a phone network does.

    Text that only uses the GSM 7-bit alphabet fits 160 characters in one
    message and 153 per segment when split. Any other character (for example
    "á", "í", "ó" or "ú", which that alphabet lacks) makes the whole text
    UCS-2: 70 characters in one message, 67 per segment.
    """
    if all(character in _GSM_BASIC or character in _GSM_EXTENSION for character in text):
        units = sum(2 if character in _GSM_EXTENSION else 1 for character in text)
        single, multi, unicode = 160, 153, False
    else:
        # UCS-2 counts UTF-16 code units, so a character outside the BMP (an emoji) takes two.
        units = len(text.encode("utf-16-le")) // 2
        single, multi, unicode = 70, 67, True
    if units <= single:
        segments = 1 if units else 0
        return SmsLength(units, segments, single, unicode)
    return SmsLength(units, -(-units // multi), multi, unicode)
