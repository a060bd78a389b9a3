"""Payment agreements: schedules exact to the cent, and how an agreement is followed.

An agreement covers an amount the client owes and splits it into lines: an
optional down payment (number 0) and instalments 1..n. Payments go to the
lines in order. Whether the agreement is in good standing, late, broken or
completed is computed from the payments and the date, never stored.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from vetdesk.domain.formatting import format_date
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage, ValidationErrors
from vetdesk.domain.money import Money, format_money



class AgreementKind(StrEnum):
    INSTALMENTS = "instalments"
    PROMISE = "promise"
    FINANCING = "financing"


class Period(StrEnum):
    MONTHLY = "monthly"
    BIWEEKLY = "biweekly"
    WEEKLY = "weekly"


def add_months(start: date, months: int) -> date:
    """Return ``start`` moved by ``months``, on the month's last day where the day does not exist."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last_day))


def due_date(first: date, period: Period, index: int) -> date:
    """Return the due date of the instalment ``index`` places after the first (index 0 is ``first``).

    Always counted from the first due date, so that 31/01 gives 28/02 and then
    31/03, never 28/03.
    """
    period = Period(period)
    if period is Period.MONTHLY:
        return add_months(first, index)
    days = 14 if period is Period.BIWEEKLY else 7
    return first + timedelta(days=days * index)


@dataclass(frozen=True, slots=True)
class ScheduleLine:
    """One line of a schedule; number 0 is the down payment."""

    number: int
    due_date: date
    amount: Money

    @property
    def is_down_payment(self) -> bool:
        return self.number == 0


@dataclass(frozen=True, slots=True)
class ScheduleRules:
    """The clinic's limits for instalment plans."""

    min_instalment: Money = Money.from_cents(1)
    max_instalments: int = 60

    def __post_init__(self) -> None:
        if self.min_instalment.cents < 1:
            raise ValueError("The minimum instalment is at least 0,01 €")
        if self.max_instalments < 1:
            raise ValueError("The maximum number of instalments is at least 1")


def split_amount(amount: Money, count: int) -> list[Money]:
    """Split ``amount`` into ``count`` parts rounded down to the cent; the last part takes the remainder."""
    if count < 1:
        raise ValueError(f"Cannot split into {count} parts")
    base, _ = divmod(amount.cents, count)
    parts = [Money.from_cents(base)] * (count - 1)
    parts.append(amount - Money.from_cents(base * (count - 1)))
    return parts


def _error(source: str, values: dict | None = None, field: str | None = None) -> UserError:
    return UserError(UserMessage("Agreements", source, values or {}), field=field)


def plan_instalments(
    amount: Money,
    count: int,
    first_due: date,
    period: Period,
    rules: ScheduleRules,
    *,
    down_payment: Money = Money.zero(),
    down_payment_date: date | None = None,
) -> tuple[ScheduleLine, ...]:
    """Build an instalment plan for ``amount``; raise ValidationErrors when it cannot be offered.

    The down payment, if any, is line 0 due on ``down_payment_date`` (the
    first due date when not given); the rest is split into ``count``
    instalments, the remainder going to the last.
    """
    errors: list[UserError] = []
    if not amount.is_positive:
        errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
            "The amount covered {amount} must be greater than zero."),
            {"amount": format_money(amount)}, "amount"))
    if down_payment.is_negative:
        errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
            "The down payment {amount} is negative. Type 0 for none, or a positive amount."),
            {"amount": format_money(down_payment)}, "down_payment"))
    elif amount.is_positive and down_payment >= amount:
        errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
            "The down payment {down} is not less than the amount covered {amount}. "
            "Record it as a payment, or make a promise to pay instead."),
            {"down": format_money(down_payment), "amount": format_money(amount)}, "down_payment"))
    if not 1 <= count <= rules.max_instalments:
        errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
            "{count} instalments is not allowed. Choose from 1 to {maximum}."),
            {"count": count, "maximum": rules.max_instalments}, "count"))
    if errors:
        raise ValidationErrors(errors)

    rest = amount - down_payment
    parts = split_amount(rest, count)
    if rest < rules.min_instalment:
        raise ValidationErrors([_error(QT_TRANSLATE_NOOP("Agreements",
            "After the down payment only {rest} is left, below the clinic's minimum instalment of {minimum}. "
            "Lower the down payment, or make a promise to pay instead."),
            {"rest": format_money(rest), "minimum": format_money(rules.min_instalment)}, "down_payment")])
    if parts[0] < rules.min_instalment:
        max_count = min(rules.max_instalments, rest.cents // rules.min_instalment.cents)
        raise ValidationErrors([_error(QT_TRANSLATE_NOOP("Agreements",
            "Each instalment would be {instalment}, below the clinic's minimum of {minimum}. "
            "Choose at most {most} instalments or a smaller down payment."),
            {"instalment": format_money(parts[0]), "minimum": format_money(rules.min_instalment),
             "most": max_count}, "count")])

    lines = []
    if down_payment.is_positive:
        lines.append(ScheduleLine(0, down_payment_date or first_due, down_payment))
    lines.extend(ScheduleLine(index + 1, due_date(first_due, period, index), part)
                 for index, part in enumerate(parts))
    check_schedule(amount, lines, rules)
    return tuple(lines)


def check_schedule(amount: Money, lines: Sequence[ScheduleLine], rules: ScheduleRules,
                   *, earliest: date | None = None) -> None:
    """Refuse a schedule, planned or edited by hand, that does not pay exactly ``amount``.

    Lines must be numbered in order (0 for a down payment, then from 1), with
    positive amounts, instalments at least the clinic's minimum, due dates
    that never go backwards, none before ``earliest``, and at most the
    clinic's number of instalments.
    """
    errors: list[UserError] = []
    if not lines:
        raise ValidationErrors([_error(QT_TRANSLATE_NOOP("Agreements",
            "The schedule has no lines. Add at least one instalment."), field="schedule")])
    first_number = 0 if lines[0].is_down_payment else 1
    for position, line in enumerate(lines):
        if line.number != first_number + position:
            raise ValueError(f"Schedule line {position} has number {line.number}")

    instalments = [line for line in lines if not line.is_down_payment]
    if not instalments:
        errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
            "The schedule has only a down payment. Add at least one instalment."), field="schedule"))
    if len(instalments) > rules.max_instalments:
        errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
            "The schedule has {count} instalments; the clinic allows at most {maximum}."),
            {"count": len(instalments), "maximum": rules.max_instalments}, "schedule"))
    for line in lines:
        if not line.amount.is_positive:
            errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
                "Line {number} has the amount {amount}. Every line must be greater than zero."),
                {"number": line.number, "amount": format_money(line.amount)}, "schedule"))
        elif not line.is_down_payment and line.amount < rules.min_instalment:
            errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
                "Instalment {number} of {amount} is below the clinic's minimum of {minimum}."),
                {"number": line.number, "amount": format_money(line.amount),
                 "minimum": format_money(rules.min_instalment)}, "schedule"))
    for previous, line in zip(lines, lines[1:]):
        if line.due_date < previous.due_date:
            errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
                "Line {number} is due on {date}, before line {previous} ({previous_date}). "
                "Put the due dates in order."),
                {"number": line.number, "date": format_date(line.due_date), "previous": previous.number,
                 "previous_date": format_date(previous.due_date)}, "schedule"))
    if earliest is not None and lines[0].due_date < earliest:
        errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
            "The first line is due on {date}, which is already past. Choose {earliest} or later."),
            {"date": format_date(lines[0].due_date), "earliest": format_date(earliest)}, "schedule"))
    total = Money.total(line.amount for line in lines)
    if total > amount:
        errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
            "The lines add up to {total}, {difference} more than the amount covered {amount}. "
            "Lower the amounts so that they add up exactly."),
            {"total": format_money(total), "amount": format_money(amount),
             "difference": format_money(total - amount)}, "schedule"))
    elif total < amount:
        errors.append(_error(QT_TRANSLATE_NOOP("Agreements",
            "The lines add up to {total}, {difference} less than the amount covered {amount}. "
            "Raise the amounts so that they add up exactly."),
            {"total": format_money(total), "amount": format_money(amount),
             "difference": format_money(amount - total)}, "schedule"))
    if errors:
        raise ValidationErrors(errors)


class LineStatus(StrEnum):
    PENDING = "pending"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    OVERDUE = "overdue"


class Standing(StrEnum):
    GOOD = "good"
    LATE = "late"
    BROKEN = "broken"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """True while the agreement still governs the debt (good standing or late)."""
        return self in (Standing.GOOD, Standing.LATE)


@dataclass(frozen=True, slots=True)
class BreachRules:
    """When an agreement counts as broken, as the signed terms say.

    Broken once ``missed_instalments`` lines are overdue at the same time, or
    once one line is ``days_late`` days late. A promise to pay, which has one
    line, follows the same rules as the signed form states them.
    """

    missed_instalments: int = 2
    days_late: int = 30
    accelerate: bool = True

    def __post_init__(self) -> None:
        if self.missed_instalments < 1 or self.days_late < 1:
            raise ValueError("Breach thresholds are at least 1")


@dataclass(frozen=True, slots=True)
class LineProgress:
    line: ScheduleLine
    paid: Money
    status: LineStatus

    @property
    def remaining(self) -> Money:
        return self.line.amount - self.paid


@dataclass(frozen=True, slots=True)
class AgreementProgress:
    """An agreement on one day.

    ``due_now`` is what the client should already have paid: the remainder of
    the overdue lines, or everything left once a broken agreement's remaining
    amount has fallen due.
    """

    lines: tuple[LineProgress, ...]
    standing: Standing
    paid: Money
    remaining: Money
    due_now: Money
    broken_on: date | None
    oldest_overdue_due_date: date | None
    accelerated: bool

    @property
    def next_line(self) -> LineProgress | None:
        """The first line not fully paid."""
        return next((line for line in self.lines if line.remaining.is_positive), None)

    @property
    def missed(self) -> int:
        return sum(1 for line in self.lines if line.status is LineStatus.OVERDUE)


def _cumulative_targets(lines: Sequence[ScheduleLine]) -> list[int]:
    targets, running = [], 0
    for line in lines:
        running += line.amount.cents
        targets.append(running)
    return targets


def _paid_by(payments: Sequence[tuple[date, Money]], day: date) -> int:
    return sum(amount.cents for paid_on, amount in payments if paid_on <= day)


def _broken_on(kind: AgreementKind, lines: Sequence[ScheduleLine], payments: Sequence[tuple[date, Money]],
               rules: BreachRules, as_of: date) -> date | None:
    """Return the first day on or before ``as_of`` when the breach rules were met, or None.

    Overdue lines only grow in number the day after a due date, and a line is
    late for ``days_late`` days only on its due date plus that many days; so
    those days are the only ones to check.
    """
    targets = _cumulative_targets(lines)
    missed_limit = rules.missed_instalments
    candidates: list[date] = []
    for line in lines:
        candidates.append(line.due_date + timedelta(days=1))
        candidates.append(line.due_date + timedelta(days=rules.days_late))
    for day in sorted(set(candidates)):
        if day > as_of:
            break
        paid = _paid_by(payments, day)
        overdue = [line for line, target in zip(lines, targets) if line.due_date < day and paid < target]
        if len(overdue) >= missed_limit:
            return day
        if overdue and (day - overdue[0].due_date).days >= rules.days_late:
            return day
    return None


def follow_agreement(
    kind: AgreementKind,
    lines: Sequence[ScheduleLine],
    payments: Sequence[tuple[date, Money]],
    as_of: date,
    rules: BreachRules,
    *,
    cancelled: bool = False,
) -> AgreementProgress:
    """Apply ``payments`` (day and amount paid towards the agreement) to the lines in order, on ``as_of``.

    A line is overdue from the day after its due date. Once broken, an
    agreement stays broken even if the client catches up later, until it is
    paid in full.
    """
    kind = AgreementKind(kind)
    lines = list(lines)
    total = Money.total(line.amount for line in lines)
    paid_cents = min(_paid_by(payments, as_of), total.cents)
    broken_on = None if cancelled else _broken_on(kind, lines, payments, rules, as_of)
    completed = paid_cents == total.cents
    accelerated = broken_on is not None and rules.accelerate and not completed

    progress: list[LineProgress] = []
    left = paid_cents
    due_now = Money.zero()
    oldest: date | None = None
    for line in lines:
        paid = Money.from_cents(min(left, line.amount.cents))
        left -= paid.cents
        remaining = line.amount - paid
        if not remaining:
            status = LineStatus.PAID
        elif line.due_date < as_of or accelerated:
            status = LineStatus.OVERDUE
            due_now += remaining
            if oldest is None:
                oldest = line.due_date
        elif paid.is_positive:
            status = LineStatus.PARTLY_PAID
        else:
            status = LineStatus.PENDING
        progress.append(LineProgress(line, paid, status))

    if cancelled:
        standing = Standing.CANCELLED
    elif completed:
        standing = Standing.COMPLETED
    elif broken_on is not None:
        standing = Standing.BROKEN
    elif due_now.is_positive:
        standing = Standing.LATE
    else:
        standing = Standing.GOOD
    return AgreementProgress(
        lines=tuple(progress), standing=standing, paid=Money.from_cents(paid_cents),
        remaining=total - Money.from_cents(paid_cents), due_now=due_now, broken_on=broken_on,
        oldest_overdue_due_date=oldest, accelerated=accelerated,
    )
