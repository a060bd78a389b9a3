"""The debt dashboard's figures against real databases, each compared with a value worked out by hand.

``small_clinic`` stores nine clients with charges dated from June to
December 2026, payments before and after reminder letters of 05/11/2026, and
one write-off. The clinic day is 4 December 2026, so the month ends shown are
31/01/2026 to 30/11/2026, then today.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from vetdesk.domain.agreements import AgreementKind, Period, Standing
from vetdesk.domain.ledger import Aging, PaymentMethod
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients, dashboard, debtors, decisions, reminders
from vetdesk.services.accounts import NewPayment
from vetdesk.services.agreements import AgreementDraft
from vetdesk.storage import models

TODAY = date(2026, 12, 4)


def euros(text: str) -> Money:
    return Money(Decimal(text))


def english(context: str, source: str) -> str:
    return source


def set_day(clock, day: date, hour: int = 10) -> None:
    # 10:00 UTC is 11:00 in Madrid in winter, the same civil day.
    clock.now = datetime(day.year, day.month, day.day, hour, tzinfo=timezone.utc)


def add_client(context, given: str) -> int:
    return clients.save_client(context, clients.ClientDetails(
        given_name=given, surnames="Núñez", address_line="Calle Mayor 1", postal_code="28013", city="Madrid")).id


def charge(context, client_id: int, amount: str, entry_date: date, due_date: date | None = None) -> int:
    """Store a charge dated ``entry_date`` through ``append_entry``, as record_charge does without its debt block."""
    with context.database.transaction() as session:
        return accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                                     entry_date=entry_date, due_date=due_date or entry_date, description="Consulta",
                                     amount_cents=euros(amount).cents).id


def pay(context, client_id: int, amount: str, day: date, agreement_id: int | None = None) -> int:
    return accounts.record_payment(context, NewPayment(client_id, euros(amount), PaymentMethod.CASH, day,
                                                       agreement_id=agreement_id))


def send_reminders_to(context, clock, day: date, client_ids: set[int]) -> None:
    """Run the reminders for ``day`` and deliver, as letters, only those of ``client_ids``."""
    set_day(clock, day)
    reminders.run_reminders(context, day)
    with context.database.read() as session:
        chosen = list(session.scalars(select(models.Reminder.id).where(
            models.Reminder.status == "prepared", models.Reminder.client_id.in_(client_ids))))
    reminders.approve(context, chosen)
    assert reminders.send_approved(context, lambda language: english).sent == len(client_ids)


@pytest.fixture
def small_clinic(context, clinic, clock) -> dict[str, int]:
    ids = {name: add_client(context, name) for name in
           ("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d12")}
    charge(context, ids["d1"], "100.00", date(2026, 9, 1))
    charge(context, ids["d2"], "200.00", date(2026, 10, 20))
    charge(context, ids["d3"], "300.00", date(2026, 11, 25))
    charge(context, ids["d4"], "400.00", date(2026, 11, 15), date(2026, 12, 31))
    charge(context, ids["d5"], "80.00", date(2026, 9, 25), date(2026, 9, 30))
    charge(context, ids["d6"], "50.00", date(2026, 11, 1))
    charge(context, ids["d7"], "120.00", date(2026, 6, 1))
    charge(context, ids["d8"], "60.00", date(2026, 10, 1))
    charge(context, ids["d9"], "100.00", date(2026, 10, 1))
    charge(context, ids["d12"], "100.00", date(2026, 11, 1))

    set_day(clock, date(2026, 11, 5))
    # D9 pays 30 € before its reminder, D6 pays 70 € for 50 € owed and is never reminded.
    pay(context, ids["d9"], "30.00", date(2026, 10, 25))
    pay(context, ids["d6"], "70.00", date(2026, 11, 2))
    send_reminders_to(context, clock, date(2026, 11, 5), {ids["d2"], ids["d8"], ids["d9"]})

    set_day(clock, TODAY)
    # After the letters: D2 pays 50 € of the 200 € asked, D8 pays 90 € of the 60 € asked.
    pay(context, ids["d2"], "50.00", date(2026, 11, 10))
    pay(context, ids["d8"], "90.00", date(2026, 11, 12))
    decisions.write_off(context, ids["d7"], "Cliente ilocalizable desde junio")
    return ids


# What each client owes on 04/12/2026:
#   D1 100 € due 01/09 (94 days)       D2 150 € due 20/10 (45 days)    D3 300 € due 25/11 (9 days)
#   D4 400 € due 31/12 (not yet due)    D5 80 € due 30/09 (65 days)     D6 in credit by 20 €
#   D7 written off (120 €)              D8 in credit by 30 €            D9 70 € due 01/10 (64 days)
#   D12 100 € due 01/11 (33 days)
RECEIVABLE = euros("1200.00")
AGING = Aging(days_1_30=euros("300.00"), days_31_60=euros("250.00"), days_61_90=euros("150.00"),
              over_90=euros("100.00"))


def test_receivable(context, small_clinic):
    figures = dashboard.compute_dashboard(context)
    assert figures.as_of == TODAY
    assert figures.receivable == RECEIVABLE


def test_overdue(context, small_clinic):
    assert dashboard.compute_dashboard(context).overdue == euros("800.00")


def test_aging_buckets(context, small_clinic):
    assert dashboard.compute_dashboard(context).aging == AGING


def test_share_over_90(context, small_clinic):
    assert dashboard.compute_dashboard(context).share_over_90 == Decimal(100) / Decimal(1200)


def test_written_off(context, small_clinic):
    assert dashboard.compute_dashboard(context).written_off == euros("120.00")


def test_written_off_less_reversal(context, small_clinic):
    pay(context, small_clinic["d7"], "45.00", TODAY)
    assert dashboard.compute_dashboard(context).written_off == euros("75.00")


def test_no_agreements_counted(context, small_clinic):
    counts = dashboard.compute_dashboard(context).agreements_by_status
    assert counts == {standing: 0 for standing in Standing}


def test_recovered_after_reminders(context, small_clinic):
    # 50 € from D2 and 60 € of D8's 90 €. D9 paid before its letter, and D6 was never reminded.
    assert dashboard.compute_dashboard(context).recovered_after_reminders == euros("110.00")


def test_recovered_counts_payment_on_letter_day(context, small_clinic, clock):
    set_day(clock, TODAY, hour=11)
    pay(context, small_clinic["d9"], "20.00", date(2026, 11, 5))
    assert dashboard.compute_dashboard(context).recovered_after_reminders == euros("130.00")


def test_month_end_days(context, small_clinic):
    days = [month_end.day for month_end in dashboard.compute_dashboard(context).month_ends]
    assert days == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31),
                    date(2026, 4, 30), date(2026, 5, 31), date(2026, 6, 30), date(2026, 7, 31),
                    date(2026, 8, 31), date(2026, 9, 30), date(2026, 10, 31), date(2026, 11, 30), TODAY]


def month_end(figures, day: date) -> tuple[Money, Money]:
    (found,) = [item for item in figures.month_ends if item.day == day]
    return found.receivable, found.overdue


def test_month_end_september(context, small_clinic):
    # D1 100 € overdue, D5 80 € due that very day (not overdue yet), D7 120 € overdue.
    figures = dashboard.compute_dashboard(context)
    assert month_end(figures, date(2026, 9, 30)) == (euros("300.00"), euros("220.00"))


def test_month_end_november(context, small_clinic):
    # D1 100, D2 150, D3 300, D4 400 (due 31/12), D5 80, D7 120, D9 70 and D12 100. D6 and D8 are in credit.
    figures = dashboard.compute_dashboard(context)
    assert month_end(figures, date(2026, 11, 30)) == (euros("1320.00"), euros("920.00"))


def test_month_end_june(context, small_clinic):
    figures = dashboard.compute_dashboard(context)
    assert month_end(figures, date(2026, 6, 30)) == (euros("120.00"), euros("120.00"))


def test_month_ends_before_first_charge(context, small_clinic):
    figures = dashboard.compute_dashboard(context)
    for item in figures.month_ends[:5]:
        assert (item.day, item.receivable, item.overdue) == (item.day, Money.zero(), Money.zero())


def test_month_end_today(context, small_clinic):
    figures = dashboard.compute_dashboard(context)
    assert month_end(figures, TODAY) == (RECEIVABLE, euros("800.00"))


def test_empty_clinic(context, clinic):
    figures = dashboard.compute_dashboard(context)
    assert figures.receivable == Money.zero()
    assert figures.share_over_90 == Decimal(0)
    assert [item.receivable for item in figures.month_ends] == [Money.zero()] * 12
    assert figures.recovered_after_reminders == Money.zero()


# -- The month-end cache -----------------------------------------------------------------------


def cached(context) -> dict[date, tuple[int, int, datetime]]:
    with context.database.read() as session:
        return {row.month_end: (row.receivable_cents, row.overdue_cents, row.computed_at)
                for row in session.scalars(select(models.MonthEndReceivable))}


def test_cache_stored(context, small_clinic):
    dashboard.compute_dashboard(context)
    rows = cached(context)
    assert sorted(rows) == [item.day for item in dashboard.compute_dashboard(context).month_ends[:-1]]
    assert rows[date(2026, 9, 30)][:2] == (30000, 22000)
    assert rows[date(2026, 11, 30)][:2] == (132000, 92000)


def test_cache_reused(context, small_clinic, clock):
    dashboard.compute_dashboard(context)
    first = cached(context)
    clock.now = clock.now + timedelta(hours=1)
    dashboard.compute_dashboard(context)
    assert cached(context) == first


def test_cache_used_for_figures(context, small_clinic, clock):
    dashboard.compute_dashboard(context)
    # A cached figure is returned as stored: change it behind the service's back.
    with context.database.transaction() as session:
        session.get(models.MonthEndReceivable, date(2026, 9, 30)).receivable_cents = 12345
    figures = dashboard.compute_dashboard(context)
    assert month_end(figures, date(2026, 9, 30)) == (euros("123.45"), euros("220.00"))


def test_cache_recomputed_after_backdated_entry(context, small_clinic, clock):
    dashboard.compute_dashboard(context)
    first = cached(context)
    clock.now = clock.now + timedelta(hours=1)
    charge(context, small_clinic["d12"], "25.00", date(2026, 10, 15))
    figures = dashboard.compute_dashboard(context)
    again = cached(context)
    assert month_end(figures, date(2026, 10, 31)) == (euros("655.00"), euros("655.00"))
    assert month_end(figures, date(2026, 11, 30)) == (euros("1345.00"), euros("945.00"))
    assert again[date(2026, 10, 31)] == (65500, 65500, clock.now)
    assert again[date(2026, 11, 30)] == (134500, 94500, clock.now)
    assert again[date(2026, 9, 30)] == first[date(2026, 9, 30)]


def test_cache_kept_after_entry_dated_today(context, small_clinic, clock):
    dashboard.compute_dashboard(context)
    first = cached(context)
    clock.now = clock.now + timedelta(hours=1)
    charge(context, small_clinic["d12"], "25.00", TODAY)
    dashboard.compute_dashboard(context)
    assert cached(context) == first


def test_cache_reused_after_recompute(context, small_clinic, clock):
    dashboard.compute_dashboard(context)
    clock.now = clock.now + timedelta(hours=1)
    charge(context, small_clinic["d12"], "25.00", date(2026, 10, 15))
    dashboard.compute_dashboard(context)
    recomputed = cached(context)
    clock.now = clock.now + timedelta(hours=1)
    dashboard.compute_dashboard(context)
    assert cached(context) == recomputed


def test_month_end_with_backdated_payment_after_write_off(context, clinic):
    client_id = add_client(context, "Rosa")
    charge(context, client_id, "200.00", date(2026, 6, 1))
    decisions.write_off(context, client_id, "Cliente ilocalizable desde junio")
    # The transfer arrived on 20/11 and is recorded today, after the write-off.
    pay(context, client_id, "30.00", date(2026, 11, 20))
    figures = dashboard.compute_dashboard(context)
    # On 30/11 nothing was written off yet, and 170 € were owed, all of it overdue.
    assert month_end(figures, date(2026, 11, 30)) == (euros("170.00"), euros("170.00"))


# -- Clients with payment agreements ---------------------------------------------------------------


def make_agreement(context, clock, made_on: date, draft: AgreementDraft) -> int:
    set_day(clock, made_on)
    quote = agreements.prepare_agreement(context, draft)
    agreement_id = agreements.record_agreement(context, quote, None, english)
    set_day(clock, TODAY)
    return agreement_id


@pytest.fixture
def agreement_clinic(context, clinic, clock) -> dict[str, int]:
    """One agreement in each standing: good, late, broken, completed and cancelled."""
    ids = {name: add_client(context, name) for name in ("good", "late", "broken", "completed", "cancelled")}
    charge(context, ids["good"], "90.00", date(2026, 11, 20))
    charge(context, ids["late"], "120.00", date(2026, 10, 15))
    charge(context, ids["broken"], "150.00", date(2026, 8, 1))
    charge(context, ids["completed"], "60.00", date(2026, 11, 1))
    charge(context, ids["cancelled"], "100.00", date(2026, 11, 1))
    make_agreement(context, clock, TODAY, AgreementDraft(
        ids["good"], AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2027, 1, 4),
        language="en"))
    # 40 € due 28/11, unpaid: late by 6 days.
    make_agreement(context, clock, date(2026, 11, 1), AgreementDraft(
        ids["late"], AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2026, 11, 28),
        language="en"))
    # Three instalments of 50 € from 20/08, none paid: broken, all 150 € due since 20/08 (106 days).
    make_agreement(context, clock, date(2026, 8, 5), AgreementDraft(
        ids["broken"], AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2026, 8, 20),
        language="en"))
    promise = make_agreement(context, clock, date(2026, 11, 2), AgreementDraft(
        ids["completed"], AgreementKind.PROMISE, promise_date=date(2026, 11, 15), language="en"))
    pay(context, ids["completed"], "60.00", date(2026, 11, 14), agreement_id=promise)
    cancelled = make_agreement(context, clock, date(2026, 11, 3), AgreementDraft(
        ids["cancelled"], AgreementKind.INSTALMENTS, count=2, period=Period.MONTHLY, first_due=date(2026, 12, 20),
        language="en"))
    agreements.cancel_agreement(context, cancelled, "El cliente prefiere pagar de una vez")
    return ids


def test_agreements_by_status(context, agreement_clinic):
    counts = dashboard.compute_dashboard(context).agreements_by_status
    assert counts == {Standing.GOOD: 1, Standing.LATE: 1, Standing.BROKEN: 1, Standing.COMPLETED: 1,
                      Standing.CANCELLED: 1}


def test_aging_with_agreements(context, agreement_clinic):
    figures = dashboard.compute_dashboard(context)
    # Good: 90 € not yet due. Late: 40 € overdue 6 days, 80 € not yet due. Broken: 150 € overdue
    # 106 days. Completed: nothing. Cancelled: 100 € due 01/11 (33 days), as before the agreement.
    assert figures.receivable == euros("460.00")
    assert figures.aging == Aging(days_1_30=euros("40.00"), days_31_60=euros("100.00"), days_61_90=Money.zero(),
                                  over_90=euros("150.00"))


def test_agreement_positions_aging(context, agreement_clinic):
    """The per-client positions that compute_dashboard adds up, read without it."""
    with context.database.read() as session:
        listed = list(session.scalars(select(models.AccountBalance.client_id)
                                      .where(models.AccountBalance.balance_cents > 0)))
        positions = debtors.account_positions(session, context, TODAY, listed)
    assert debtors.clinic_aging(positions.values()) == Aging(
        days_1_30=euros("40.00"), days_31_60=euros("100.00"), days_61_90=Money.zero(), over_90=euros("150.00"))
    assert sum(position.balance for position in positions.values()) == 46000


def test_aging_splits_agreement_client(context, clinic, clock):
    client_id = add_client(context, "Rosa")
    charge(context, client_id, "100.00", date(2026, 8, 1))
    covered = charge(context, client_id, "120.00", date(2026, 10, 15))
    make_agreement(context, clock, date(2026, 11, 1), AgreementDraft(
        client_id, AgreementKind.INSTALMENTS, charge_ids=(covered,), count=3, period=Period.MONTHLY,
        first_due=date(2026, 11, 28), language="en"))
    with context.database.read() as session:
        positions = debtors.account_positions(session, context, TODAY, [client_id])
    # 100 € due 01/08 (125 days) is not covered, and 40 € of the plan are due since 28/11 (6 days).
    assert debtors.clinic_aging(positions.values()) == Aging(
        days_1_30=euros("40.00"), days_31_60=Money.zero(), days_61_90=Money.zero(), over_90=euros("100.00"))
