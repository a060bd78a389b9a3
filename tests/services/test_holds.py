"""Debt on hold or in dispute: placing and releasing holds, their input checks, reminders and the debtor list."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from vetdesk.domain.debtors import NextStep
from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.messages import UserError, ValidationErrors
from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients, debtors, holds, reminders
from vetdesk.services.holds import HoldKind
from vetdesk.storage import models

TODAY = date(2026, 12, 4)
TOMORROW = TODAY + timedelta(days=1)


def euros(text: str) -> Money:
    return Money(Decimal(text))


def add_client(context, given: str = "Rosa", surnames: str = "Núñez") -> int:
    return clients.save_client(context, clients.ClientDetails(
        given_name=given, surnames=surnames, address_line="Calle Mayor 1", postal_code="28013", city="Madrid")).id


def charge(context, client_id: int, amount: str, day: date, description: str = "Consulta") -> int:
    """Store a past charge through ``append_entry``, as record_charge does without its debt block."""
    with context.database.transaction() as session:
        return accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                                     entry_date=day, due_date=day, description=description,
                                     amount_cents=euros(amount).cents).id


def counts(context) -> dict[str, int]:
    with context.database.read() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (models.DebtHold, models.AuditEvent)}


def prepared_for(context) -> dict[int, int]:
    """Map each client with a prepared reminder to its amount in cents."""
    with context.database.read() as session:
        rows = session.execute(select(models.Reminder.client_id, models.Reminder.amount_cents)
                               .where(models.Reminder.status == "prepared")).all()
    return dict(rows)


def next_day(clock) -> None:
    clock.now = clock.now + timedelta(days=1)


@pytest.fixture
def debtor(context, clinic) -> int:
    client_id = add_client(context)
    charge(context, client_id, "120.00", date(2026, 10, 1), "Vacunas")
    return client_id


# -- Placing and releasing -----------------------------------------------------------------------


def test_place_hold(context, debtor):
    hold_id = holds.place_hold(context, debtor, HoldKind.HOLD, "  Pendiente   del seguro ", date(2026, 12, 31))
    (view,) = holds.holds_for_client(context, debtor)
    assert view.id == hold_id
    assert view.kind is HoldKind.HOLD
    assert view.reason == "Pendiente del seguro"
    assert view.charge_id is None
    assert view.charge_amount is None
    assert view.starts_on == TODAY
    assert view.ends_on == date(2026, 12, 31)
    assert view.created_by == context.actor
    assert view.released_at is None
    assert view.is_active(TODAY)
    assert view.is_active(date(2026, 12, 31))
    assert not view.is_active(date(2027, 1, 1))


def test_place_dispute_on_charge(context, debtor):
    disputed = charge(context, debtor, "45.50", date(2026, 11, 2), "Analítica")
    holds.place_hold(context, debtor, "dispute", "El cliente discute la analítica", TODAY, charge_id=disputed)
    (view,) = holds.holds_for_client(context, debtor)
    assert view.kind is HoldKind.DISPUTE
    assert view.charge_id == disputed
    assert view.charge_description == "Analítica"
    assert view.charge_amount == euros("45.50")
    assert view.ends_on == TODAY


def test_place_hold_audited(context, debtor):
    hold_id = holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", date(2026, 12, 31))
    with context.database.read() as session:
        event = session.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id.desc())).first()
    assert event.action == "debt_hold_placed"
    assert event.entity_id == str(hold_id)


def test_release_hold(context, debtor, clock):
    hold_id = holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", date(2026, 12, 31))
    clock.now = clock.now + timedelta(hours=2)
    holds.release_hold(context, hold_id)
    (view,) = holds.holds_for_client(context, debtor)
    assert view.released_by == context.actor
    assert view.released_at == datetime(2026, 12, 4, 12, tzinfo=timezone.utc)
    assert not view.is_active(TODAY)


def test_release_twice(context, debtor):
    hold_id = holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", date(2026, 12, 31))
    holds.release_hold(context, hold_id)
    before = counts(context)
    with pytest.raises(UserError, match=f"Hold number {hold_id} was already released by"):
        holds.release_hold(context, hold_id)
    assert counts(context) == before


def test_release_unknown(context, debtor):
    with pytest.raises(UserError, match="Hold number 404 was not found"):
        holds.release_hold(context, 404)


def test_holds_newest_first(context, debtor, clock):
    first = holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", date(2026, 12, 31))
    clock.now = clock.now + timedelta(minutes=5)
    second = holds.place_hold(context, debtor, HoldKind.DISPUTE, "Discute la factura", date(2026, 12, 31))
    assert [view.id for view in holds.holds_for_client(context, debtor)] == [second, first]


# -- Input checks -------------------------------------------------------------------------------


def test_empty_reason(context, debtor):
    before = counts(context)
    with pytest.raises(UserError, match="reason is missing") as caught:
        holds.place_hold(context, debtor, HoldKind.HOLD, "  \n ", date(2026, 12, 31))
    assert caught.value.field == "reason"
    assert counts(context) == before


def test_reason_too_long(context, debtor):
    before = counts(context)
    with pytest.raises(UserError, match="has 501 characters"):
        holds.place_hold(context, debtor, HoldKind.HOLD, "x" * 501, date(2026, 12, 31))
    assert counts(context) == before


def test_end_date_in_past(context, debtor):
    before = counts(context)
    with pytest.raises(UserError, match="end date 03/12/2026 is in the past") as caught:
        holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", TODAY - timedelta(days=1))
    assert caught.value.field == "ends_on"
    assert counts(context) == before


def test_end_date_over_a_year(context, debtor):
    before = counts(context)
    with pytest.raises(UserError, match="more than a year away") as caught:
        holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", date(2027, 12, 6))
    assert caught.value.field == "ends_on"
    assert counts(context) == before


def test_end_date_a_year_and_a_day(context, debtor):
    with pytest.raises(UserError, match="more than a year away"):
        holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", date(2027, 12, 5))


def test_end_date_a_year_away(context, debtor):
    holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", date(2027, 12, 4))
    (view,) = holds.holds_for_client(context, debtor)
    assert view.ends_on == date(2027, 12, 4)


def test_charge_of_another_client(context, debtor):
    other = add_client(context, "Pablo", "Gil")
    foreign = charge(context, other, "30.00", date(2026, 11, 1))
    before = counts(context)
    with pytest.raises(UserError, match=f"Entry number {foreign} is not a charge of this client") as caught:
        holds.place_hold(context, debtor, HoldKind.DISPUTE, "Discute la factura", TODAY, charge_id=foreign)
    assert caught.value.field == "charge"
    assert counts(context) == before


def test_payment_is_not_a_charge(context, debtor):
    payment = accounts.record_payment(context, accounts.NewPayment(debtor, euros("10.00"), PaymentMethod.CASH,
                                                                   TODAY))
    before = counts(context)
    with pytest.raises(UserError, match=f"Entry number {payment} is not a charge"):
        holds.place_hold(context, debtor, HoldKind.DISPUTE, "Discute la factura", TODAY, charge_id=payment)
    assert counts(context) == before


def test_unknown_client(context, clinic):
    before = counts(context)
    with pytest.raises(UserError, match="Client number 999 was not found"):
        holds.place_hold(context, 999, HoldKind.HOLD, "Pendiente del seguro", TODAY)
    assert counts(context) == before


def test_unknown_kind(context, debtor):
    before = counts(context)
    with pytest.raises(UserError, match="kind pause is not known") as caught:
        holds.place_hold(context, debtor, "pause", "Pendiente del seguro", TODAY)
    assert caught.value.field == "kind"
    assert counts(context) == before


def test_several_errors_at_once(context, debtor):
    before = counts(context)
    with pytest.raises(ValidationErrors) as caught:
        holds.place_hold(context, debtor, HoldKind.HOLD, "", TODAY - timedelta(days=1))
    assert [error.field for error in caught.value.errors] == ["reason", "ends_on"]
    assert counts(context) == before


# -- Reminders ----------------------------------------------------------------------------------


def test_held_client_not_reminded(context, debtor):
    other = add_client(context, "Pablo", "Gil")
    charge(context, other, "80.00", date(2026, 10, 1))
    holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", date(2026, 12, 31))
    reminders.run_reminders(context, TODAY)
    assert prepared_for(context) == {other: 8000}


def test_disputed_client_not_reminded(context, debtor):
    holds.place_hold(context, debtor, HoldKind.DISPUTE, "Discute la factura", date(2026, 12, 31))
    assert reminders.run_reminders(context, TODAY).created == 0


def test_released_client_reminded_again(context, debtor, clock):
    hold_id = holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", date(2026, 12, 31))
    assert reminders.run_reminders(context, TODAY).created == 0
    holds.release_hold(context, hold_id)
    next_day(clock)
    assert reminders.run_reminders(context, TOMORROW).created == 1
    assert prepared_for(context) == {debtor: 12000}


def test_ended_hold_reminded_again(context, debtor, clock):
    holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", TODAY)
    assert reminders.run_reminders(context, TODAY).created == 0
    next_day(clock)
    assert reminders.run_reminders(context, TOMORROW).created == 1


def test_disputed_charge_left_out(context, debtor):
    disputed = charge(context, debtor, "45.50", date(2026, 10, 2), "Analítica")
    holds.place_hold(context, debtor, HoldKind.DISPUTE, "Discute la analítica", TODAY, charge_id=disputed)
    reminders.run_reminders(context, TODAY)
    assert prepared_for(context) == {debtor: 12000}


# -- The debtor list ----------------------------------------------------------------------------


def row_of(context, client_id: int):
    (row,) = [row for row in debtors.load_debtors(context).rows if row.client_id == client_id]
    return row


def test_list_shows_hold(context, debtor):
    holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", date(2026, 12, 31))
    row = row_of(context, debtor)
    assert row.on_hold
    assert not row.in_dispute
    assert row.next_step is NextStep.WAIT_HOLD


def test_list_shows_dispute(context, debtor):
    holds.place_hold(context, debtor, HoldKind.DISPUTE, "Discute la factura", date(2026, 12, 31))
    row = row_of(context, debtor)
    assert row.in_dispute
    assert not row.on_hold


def test_list_after_release(context, debtor):
    hold_id = holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", date(2026, 12, 31))
    holds.release_hold(context, hold_id)
    row = row_of(context, debtor)
    assert not row.on_hold
    assert row.next_step is NextStep.SEND_REMINDER


def test_list_after_end_date(context, debtor, clock):
    holds.place_hold(context, debtor, HoldKind.HOLD, "Pendiente del seguro", TODAY)
    next_day(clock)
    assert not row_of(context, debtor).on_hold


def test_list_dispute_on_one_charge(context, debtor):
    disputed = charge(context, debtor, "45.50", date(2026, 10, 2), "Analítica")
    holds.place_hold(context, debtor, HoldKind.DISPUTE, "Discute la analítica", TODAY, charge_id=disputed)
    assert reminders.run_reminders(context, TODAY, dry_run=True).planned
    assert row_of(context, debtor).next_step is NextStep.SEND_REMINDER
