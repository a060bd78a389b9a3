"""Figures of the debt dashboard: receivables, their aging, the last twelve month ends and recoveries."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from vetdesk.domain.agreements import Standing
from vetdesk.domain.formatting import today_in
from vetdesk.domain.ledger import Aging, EntryKind, allocate_cents, net_of_reversals
from vetdesk.domain.money import Money
from vetdesk.services import agreements, debtors
from vetdesk.services.accounts import clinic_today
from vetdesk.services.clinic import clinic_time_zone
from vetdesk.services.context import ServiceContext
from vetdesk.storage import models

log = logging.getLogger("vetdesk.dashboard")


@dataclass(frozen=True)
class MonthEnd:
    """Overdue and total receivable on the last day of a month (today for the current month)."""

    day: date
    overdue: Money
    receivable: Money


@dataclass(frozen=True)
class DashboardFigures:
    as_of: date
    # Everything clients owe, due or not, net of unallocated credit of the same clients.
    receivable: Money
    overdue: Money
    aging: Aging
    # Oldest first, the last entry being the current month up to today: twelve entries.
    month_ends: tuple[MonthEnd, ...]
    # Payments received in the last twelve months after a reminder was sent to the client,
    # each reminder counting at most the amount it asked for.
    recovered_after_reminders: Money
    # Share of ``receivable`` more than 90 days overdue, between 0 and 1.
    share_over_90: Decimal
    # Every agreement ever made, by standing today (cancelled ones included).
    agreements_by_status: dict[Standing, int]
    written_off: Money


# Months shown in the month-end chart, the current one included.
MONTHS = 12
# Recoveries count payments made within this many days of the reminder before them.
RECOVERY_WINDOW_DAYS = 365


def _month_ends(today: date) -> list[date]:
    """Return the last day of each of the eleven months before this one, oldest first, then today."""
    ends = []
    first_of_month = today.replace(day=1)
    for _ in range(MONTHS - 1):
        last_day = first_of_month - timedelta(days=1)
        ends.append(last_day)
        first_of_month = last_day.replace(day=1)
    return sorted(ends) + [today]


def _stale_from(session: Session, cached: list[models.MonthEndReceivable]) -> date | None:
    """Return the earliest entry date among entries recorded after the oldest cached figure, if any."""
    if not cached:
        return None
    high_water = min(row.ledger_high_water for row in cached)
    return session.scalar(select(func.min(models.LedgerEntry.entry_date)).where(models.LedgerEntry.id > high_water))


def _past_month_ends(session: Session, month_ends: list[date]) -> tuple[dict[date, MonthEnd], dict, int]:
    """Return receivable and overdue at each past month end, computing those not cached yet.

    A cached figure stays valid until an entry dated on or before its month
    end is recorded. Also returns the computed figures, for ``_store_month_ends``,
    and the ledger high-water mark they include: every figure of ``month_ends``
    once one had to be computed, none otherwise.
    """
    cached = list(session.scalars(select(models.MonthEndReceivable).where(
        models.MonthEndReceivable.month_end.in_(month_ends))))
    stale_from = _stale_from(session, cached)
    figures = {row.month_end: MonthEnd(row.month_end, Money.from_cents(row.overdue_cents),
                                       Money.from_cents(row.receivable_cents))
               for row in cached if stale_from is None or row.month_end < stale_from}
    missing = [day for day in month_ends if day not in figures]
    if not missing:
        return figures, {}, 0
    high_water = session.scalar(select(func.max(models.LedgerEntry.id))) or 0
    # The figures kept are still right up to this high-water mark, so they are stored with it too.
    # With their older mark, the same entries would look new at every opening.
    computed = {day: (figure.receivable.cents, figure.overdue.cents) for day, figure in figures.items()}
    computed.update(_compute_month_ends(session, missing, high_water))
    for day in missing:
        receivable, overdue = computed[day]
        figures[day] = MonthEnd(day, Money.from_cents(overdue), Money.from_cents(receivable))
    log.info("Computed the dashboard's figures for %d month ends", len(missing))
    return figures, computed, high_water


def _store_month_ends(context: ServiceContext, computed: dict[date, tuple[int, int]], high_water: int) -> None:
    """Cache computed month-end figures in a short transaction of its own."""
    with context.database.transaction() as session:
        for day, (receivable, overdue) in computed.items():
            row = session.get(models.MonthEndReceivable, day)
            if row is None:
                row = models.MonthEndReceivable(month_end=day)
                session.add(row)
            if (row.receivable_cents, row.overdue_cents) != (receivable, overdue) or row.computed_at is None:
                row.receivable_cents, row.overdue_cents = receivable, overdue
                row.computed_at = context.now()
            row.ledger_high_water = high_water


def _compute_month_ends(session: Session, days: list[date], high_water: int) -> dict[date, tuple[int, int]]:
    """Settle each client's ledger as it stood at each of ``days`` and return (receivable, overdue) cents per day.

    One pass over the ledger gives every client's balance at each day. Only
    clients who owed money on a day have their entries up to it settled.
    """
    entry = models.LedgerEntry
    up_to_id = entry.id <= high_water
    sums = [func.sum(case((entry.entry_date <= day, models.signed_cents()), else_=0)) for day in days]
    owing_on: dict[date, set[int]] = {day: set() for day in days}
    for row in session.execute(select(entry.client_id, *sums).where(up_to_id).group_by(entry.client_id)):
        for day, balance in zip(days, row[1:]):
            if balance and balance > 0:
                owing_on[day].add(row[0])
    clients = sorted(set().union(*owing_on.values()))
    results = {day: [0, 0] for day in days}
    if not clients:
        return {day: (0, 0) for day in days}

    covered: dict[int, tuple[int, ...]] = {}
    for agreement_id, charge_id in session.execute(
        select(models.AgreementCharge.agreement_id, models.AgreementCharge.charge_id)
        .order_by(models.AgreementCharge.agreement_id, models.AgreementCharge.charge_id)
    ):
        covered[agreement_id] = covered.get(agreement_id, ()) + (charge_id,)
    connection = session.connection()
    for start in range(0, len(clients), 2000):
        chunk = clients[start:start + 2000]
        ledgers: dict[int, list] = {client_id: [] for client_id in chunk}
        for row in connection.execute(
            select(entry.client_id, entry.id, entry.kind, entry.entry_date, entry.amount_cents, entry.due_date,
                   entry.applies_to_id, entry.agreement_id)
            .where(entry.client_id.in_(chunk), up_to_id)
        ):
            ledgers[row[0]].append(row[1:])
        for client_id, rows in ledgers.items():
            for day in days:
                if client_id in owing_on[day]:
                    receivable, overdue = _owed_on(rows, day, covered)
                    results[day][0] += receivable
                    results[day][1] += overdue
    return {day: (values[0], values[1]) for day, values in results.items()}


def _owed_on(rows: list, day: date, covered: dict[int, tuple[int, ...]]) -> tuple[int, int]:
    """Return the balance and the overdue cents of one client's entries dated on or before ``day``."""
    charges, credits, reversed_cents = [], [], {}
    balance = 0
    for entry_id, kind, entry_date, cents, due_date, applies_to, agreement_id in rows:
        if entry_date > day:
            continue
        if kind == EntryKind.CHARGE.value:
            charges.append((entry_id, due_date, entry_date, cents))
            balance += cents
        elif kind == EntryKind.WRITE_OFF_REVERSAL.value:
            reversed_cents[applies_to] = reversed_cents.get(applies_to, 0) + cents
            balance += cents
        else:
            credits.append((entry_id, entry_date, cents, applies_to, covered.get(agreement_id, ())))
            balance -= cents
    if balance <= 0:
        return 0, 0
    outstanding = allocate_cents(charges, net_of_reversals(credits, reversed_cents))
    overdue = sum(outstanding[charge[0]] for charge in charges if charge[1] < day)
    return balance, overdue


def _recovered_after_reminders(session: Session, context: ServiceContext, today: date) -> Money:
    """Add up payments made after each reminder sent in the last year, up to the amount it asked for."""
    zone = clinic_time_zone(context)
    since = today - timedelta(days=RECOVERY_WINDOW_DAYS)
    reminders: dict[int, list[tuple[date, int]]] = {}
    for client_id, sent_at, cents in session.execute(
        select(models.Reminder.client_id, models.Reminder.sent_at, models.Reminder.amount_cents)
        .where(models.Reminder.status == "sent", models.Reminder.sent_at.is_not(None))
        .order_by(models.Reminder.client_id, models.Reminder.sent_at)
    ):
        sent_on = today_in(zone, sent_at)
        if sent_on >= since:
            reminders.setdefault(client_id, []).append((sent_on, cents))
    if not reminders:
        return Money.zero()

    payments: dict[int, list[tuple[date, int]]] = {}
    ids = sorted(reminders)
    for start in range(0, len(ids), 2000):
        for client_id, entry_date, cents in session.execute(
            select(models.LedgerEntry.client_id, models.LedgerEntry.entry_date, models.LedgerEntry.amount_cents)
            .where(models.LedgerEntry.client_id.in_(ids[start:start + 2000]),
                   models.LedgerEntry.kind == EntryKind.PAYMENT.value, models.LedgerEntry.entry_date >= since)
        ):
            payments.setdefault(client_id, []).append((entry_date, cents))

    # Each reminder counts the payments up to the next reminder to the same client.
    recovered = 0
    for client_id, sent in reminders.items():
        paid = sorted(payments.get(client_id, []))
        for index, (sent_on, asked) in enumerate(sent):
            until = sent[index + 1][0] if index + 1 < len(sent) else today + timedelta(days=1)
            received = sum(cents for paid_on, cents in paid if sent_on <= paid_on < until)
            recovered += min(received, asked)
    return Money.from_cents(recovered)


def _agreements_by_status(context: ServiceContext, client_ids: list[int]) -> dict[Standing, int]:
    counts = {standing: 0 for standing in Standing}
    for client_id in client_ids:
        for view in agreements.agreements_for_client(context, client_id):
            counts[view.progress.standing] += 1
    return counts


def compute_dashboard(context: ServiceContext) -> DashboardFigures:
    """Compute the dashboard's figures for today in the clinic's time zone; caches past month ends."""
    today = clinic_today(context)
    with context.database.read() as session:
        listed = list(session.scalars(select(models.AccountBalance.client_id)
                                      .where(models.AccountBalance.balance_cents > 0)))
        positions = debtors.account_positions(session, context, today, listed)
        aging = debtors.clinic_aging(positions.values())
        receivable = Money.from_cents(sum(position.balance for position in positions.values()))
        written_off = Money.from_cents(session.scalar(
            select(func.sum(models.AccountBalance.written_off_cents))) or 0)
        days = _month_ends(today)
        past, computed, high_water = _past_month_ends(session, days[:-1])
        recovered = _recovered_after_reminders(session, context, today)
        with_agreements = sorted(set(session.scalars(select(models.Agreement.client_id))))
    if computed:
        _store_month_ends(context, computed, high_water)
    counts = _agreements_by_status(context, with_agreements)
    month_ends = tuple(past[day] for day in days[:-1]) + (MonthEnd(today, aging.total, receivable),)
    share = (aging.over_90.amount / receivable.amount) if receivable.is_positive else Decimal(0)
    return DashboardFigures(
        as_of=today, receivable=receivable, overdue=aging.total, aging=aging, month_ends=month_ends,
        recovered_after_reminders=recovered, share_over_90=share, agreements_by_status=counts,
        written_off=written_off,
    )
