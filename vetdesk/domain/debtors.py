"""The debtor list: one row per client who owes money or whose debt was written off, and its filters.

Rows are computed by ``services.debtors`` from the ledger; filtering happens
here, in memory, so that changing a filter never goes back to the database.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum

from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage
from vetdesk.domain.money import Money

# Days overdue that bound each aging bucket, as in ``ledger.Aging``.
BUCKET_LIMITS = {"1-30": (1, 30), "31-60": (31, 60), "61-90": (61, 90), "over-90": (91, None)}


class AgingBucket(StrEnum):
    """The aging bracket of a client's oldest overdue charge, or NOT_OVERDUE when nothing is overdue."""

    NOT_OVERDUE = "not-overdue"
    DAYS_1_30 = "1-30"
    DAYS_31_60 = "31-60"
    DAYS_61_90 = "61-90"
    OVER_90 = "over-90"

    @classmethod
    def for_days(cls, days_overdue: int) -> AgingBucket:
        if days_overdue <= 0:
            return cls.NOT_OVERDUE
        if days_overdue <= 30:
            return cls.DAYS_1_30
        if days_overdue <= 60:
            return cls.DAYS_31_60
        if days_overdue <= 90:
            return cls.DAYS_61_90
        return cls.OVER_90


class AgreementState(StrEnum):
    """The client's payment agreements as one state: the worst standing among those not finished."""

    NONE = "none"
    GOOD = "good"
    LATE = "late"
    BROKEN = "broken"


class NextStep(StrEnum):
    """The next step the clinic should take about a client's debt."""

    WAIT_HOLD = "wait-hold"
    FOLLOW_AGREEMENT = "follow-agreement"
    CALL_ABOUT_AGREEMENT = "call-about-agreement"
    WAIT_DUE = "wait-due"
    SEND_REMINDER = "send-reminder"
    DECIDE = "decide"
    READY_FOR_CLAIM = "ready-for-claim"
    # A claim in court was recorded; the debt follows the court's procedure now.
    CLAIMED = "claimed"
    WRITTEN_OFF = "written-off"


@dataclass(frozen=True, slots=True)
class DebtorRow:
    """One client in the debtor list, on the day ``services.debtors`` computed it."""

    client_id: int
    # "Surnames, Given name", as search results show clients.
    owner: str
    phone: str
    # The names of the pets the client owns or co-owns, comma-separated.
    pets: str
    # Balance owed (charges minus payments, credit notes and write-offs); zero for a fully written-off client.
    total_owed: Money
    overdue: Money
    # Days since the due date of the oldest overdue charge; 0 when nothing is overdue.
    oldest_days: int
    # Highest reminder level delivered, 0 when none was; and the day it went out.
    last_reminder_level: int
    last_reminder_on: date | None
    agreement: AgreementState
    # A promise to pay whose date passed without the money.
    promise_lapsed: bool
    # A signed payment-terms form is on file for the client.
    signed_terms: bool
    on_hold: bool
    in_dispute: bool
    # Written-off amount not reversed since.
    written_off: Money
    # Days since the last payment, None if the client never paid.
    days_since_payment: int | None
    next_step: NextStep
    # Accent-free lower-case words of the owner's and the pets' names, for the free-text filter.
    search_text: str = field(default="", repr=False)
    # The day a claim in court was recorded for the client, if one was.
    claimed_on: date | None = None

    @property
    def bucket(self) -> AgingBucket:
        return AgingBucket.for_days(self.oldest_days)


def fold(text: str) -> str:
    """Lower-case ``text`` without accents, so "Núñez" and "nunez" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def next_step(*, overdue: Money, on_hold: bool, agreement: AgreementState, promise_lapsed: bool,
              last_level: int, top_level: int, signed_terms: bool, written_off: Money,
              total_owed: Money, claimed: bool = False) -> NextStep:
    """Suggest the next step for a client's debt, in the order a manager would weigh it."""
    if written_off.is_positive and not total_owed.is_positive:
        return NextStep.WRITTEN_OFF
    if claimed and total_owed.is_positive:
        return NextStep.CLAIMED
    if on_hold:
        return NextStep.WAIT_HOLD
    if agreement is AgreementState.GOOD and not promise_lapsed:
        return NextStep.FOLLOW_AGREEMENT
    if agreement in (AgreementState.LATE, AgreementState.BROKEN) or promise_lapsed:
        if agreement is AgreementState.BROKEN and last_level >= top_level:
            return NextStep.READY_FOR_CLAIM if signed_terms else NextStep.DECIDE
        return NextStep.CALL_ABOUT_AGREEMENT
    if not overdue.is_positive:
        return NextStep.WAIT_DUE
    if last_level < top_level:
        return NextStep.SEND_REMINDER
    return NextStep.READY_FOR_CLAIM if signed_terms else NextStep.DECIDE


_RANGE_MESSAGES = {
    "owed": QT_TRANSLATE_NOOP("Debtors", "The amount owed goes from {low} to {high}, which is an empty range. "
                                         "Make the first amount smaller than or equal to the second."),
    "overdue_days": QT_TRANSLATE_NOOP("Debtors", "The days overdue go from {low} to {high}, which is an empty "
                                                 "range. Make the first number smaller than or equal to the second."),
    "days_since_payment": QT_TRANSLATE_NOOP("Debtors", "The days since the last payment go from {low} to {high}, "
                                                       "which is an empty range. Make the first number smaller than "
                                                       "or equal to the second."),
}


def _invalid_range(name: str, low: object, high: object) -> UserError:
    return UserError(UserMessage("Debtors", _RANGE_MESSAGES[name], {"low": str(low), "high": str(high)}), field=name)


@dataclass(frozen=True)
class DebtorFilter:
    """The filters of the debtor list. None, or an empty set, means "any"."""

    owed_from: Money | None = None
    owed_to: Money | None = None
    overdue_days_from: int | None = None
    overdue_days_to: int | None = None
    buckets: frozenset[AgingBucket] = frozenset()
    # Highest reminder level delivered; 0 selects clients who were never reminded.
    last_levels: frozenset[int] = frozenset()
    agreements: frozenset[AgreementState] = frozenset()
    promise_lapsed: bool | None = None
    signed_terms: bool | None = None
    # On hold or in dispute.
    on_hold: bool | None = None
    written_off: bool | None = None
    days_since_payment_from: int | None = None
    days_since_payment_to: int | None = None
    # Words that must each start a word of the owner's or a pet's name.
    text: str = ""

    def __post_init__(self) -> None:
        for name, low, high in (("owed", self.owed_from, self.owed_to),
                                ("overdue_days", self.overdue_days_from, self.overdue_days_to),
                                ("days_since_payment", self.days_since_payment_from, self.days_since_payment_to)):
            if low is not None and high is not None and low > high:
                raise _invalid_range(name, low, high)

    @property
    def is_empty(self) -> bool:
        return self == DebtorFilter()

    def matches(self, row: DebtorRow) -> bool:
        """True when ``row`` passes every filter that is set."""
        if self.owed_from is not None and row.total_owed < self.owed_from:
            return False
        if self.owed_to is not None and row.total_owed > self.owed_to:
            return False
        if self.overdue_days_from is not None and row.oldest_days < self.overdue_days_from:
            return False
        if self.overdue_days_to is not None and row.oldest_days > self.overdue_days_to:
            return False
        if self.buckets and row.bucket not in self.buckets:
            return False
        if self.last_levels and row.last_reminder_level not in self.last_levels:
            return False
        if self.agreements and row.agreement not in self.agreements:
            return False
        if not _flag_matches(self.promise_lapsed, row.promise_lapsed):
            return False
        if not _flag_matches(self.signed_terms, row.signed_terms):
            return False
        if not _flag_matches(self.on_hold, row.on_hold or row.in_dispute):
            return False
        if not _flag_matches(self.written_off, row.written_off.is_positive):
            return False
        if not self._payment_days_match(row.days_since_payment):
            return False
        return self._text_matches(row.search_text)

    def _payment_days_match(self, days: int | None) -> bool:
        if self.days_since_payment_from is None and self.days_since_payment_to is None:
            return True
        if days is None:
            # Never paid counts as "longer ago than any number of days".
            return self.days_since_payment_to is None
        if self.days_since_payment_from is not None and days < self.days_since_payment_from:
            return False
        return self.days_since_payment_to is None or days <= self.days_since_payment_to

    def _text_matches(self, search_text: str) -> bool:
        words = fold(self.text).split()
        if not words:
            return True
        names = search_text.split()
        return all(any(name.startswith(word) for name in names) for word in words)

    def apply(self, rows: list[DebtorRow]) -> list[DebtorRow]:
        return [row for row in rows if self.matches(row)]

    def to_json(self) -> str:
        """Serialise for a saved filter; ``from_json`` reads it back."""
        values: dict[str, object] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if value is None or value == frozenset() or value == "":
                continue
            if isinstance(value, Money):
                value = value.cents
            elif isinstance(value, frozenset):
                value = sorted(str(member) if isinstance(member, StrEnum) else member for member in value)
            values[item.name] = value
        return json.dumps(values, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> DebtorFilter:
        values = json.loads(text)
        converted: dict[str, object] = {}
        for name, value in values.items():
            if name in ("owed_from", "owed_to"):
                converted[name] = Money.from_cents(int(value))
            elif name == "buckets":
                converted[name] = frozenset(AgingBucket(member) for member in value)
            elif name == "agreements":
                converted[name] = frozenset(AgreementState(member) for member in value)
            elif name == "last_levels":
                converted[name] = frozenset(int(member) for member in value)
            else:
                converted[name] = value
        return cls(**converted)


def _flag_matches(wanted: bool | None, actual: bool) -> bool:
    return wanted is None or wanted == actual


# A filter every clinic starts with, named in the interface ("over 90 days without agreement").
OVER_90_WITHOUT_AGREEMENT = DebtorFilter(overdue_days_from=91, agreements=frozenset({AgreementState.NONE}))
