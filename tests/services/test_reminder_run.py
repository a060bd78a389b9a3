"""The reminder run against a real database: what is prepared, once, and what is withdrawn before sending."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from vetdesk.domain.agreements import AgreementKind, Period
from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients, reminders
from vetdesk.services.reminders import Status
from vetdesk.storage import models

TODAY = date(2026, 12, 4)


def english(context: str, source: str) -> str:
    return source


def add_client(context, name: str, *, email: str = "", consent_email: bool = False, **extra) -> int:
    return clients.save_client(context, clients.ClientDetails(
        given_name=name, surnames="Núñez", email=email, consent_email=consent_email,
        address_line="Calle Mayor 1", postal_code="28013", city="Madrid", **extra)).id


def charge(context, client_id: int, cents: int, due: date, description: str = "Consulta") -> int:
    with context.database.transaction() as session:
        return accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                                     entry_date=due, due_date=due, description=description, amount_cents=cents).id


def pay(context, client_id: int, cents: int, day: date = TODAY) -> None:
    accounts.record_payment(context, accounts.NewPayment(client_id, Money.from_cents(cents), PaymentMethod.CASH, day))


def prepared(context) -> list[models.Reminder]:
    with context.database.read() as session:
        return list(session.scalars(select(models.Reminder).order_by(models.Reminder.id)))


def mark_sent(context, sent_on: date) -> None:
    """Record the prepared reminders as delivered on ``sent_on``, as a letter batch would."""
    with context.database.transaction() as session:
        for row in session.scalars(select(models.Reminder).where(models.Reminder.status == "prepared")):
            row.status = "sent"
            row.sent_at = datetime(sent_on.year, sent_on.month, sent_on.day, 11, tzinfo=timezone.utc)


def test_partial_payment_reminds_what_is_still_owed(context, clinic):
    client_id = add_client(context, "Ana")
    charge(context, client_id, 50000, date(2026, 11, 1))
    pay(context, client_id, 15000, date(2026, 11, 5))
    result = reminders.run_reminders(context, TODAY)
    assert result.created == 1
    (row,) = prepared(context)
    assert row.amount_cents == 35000
    assert row.level == 1
    assert row.status == "prepared"


def test_three_charges_make_one_message_for_their_total(context, clinic):
    client_id = add_client(context, "Bea")
    for day in (1, 2, 3):
        charge(context, client_id, 3000, date(2026, 10, day))
    reminders.run_reminders(context, TODAY)
    (row,) = prepared(context)
    assert row.amount_cents == 9000
    assert len(json.loads(row.items_json)) == 3


def test_level_one_fifteen_days_after_the_due_date(context, clinic):
    client_id = add_client(context, "Carla")
    charge(context, client_id, 4000, date(2026, 10, 15))
    assert reminders.run_reminders(context, date(2026, 10, 29)).created == 0
    assert reminders.run_reminders(context, date(2026, 10, 30)).created == 1


def test_a_missed_day_is_caught_up_the_next_day(context, clinic):
    client_id = add_client(context, "Dora")
    charge(context, client_id, 4000, date(2026, 10, 15))
    assert reminders.run_reminders(context, date(2026, 10, 31)).created == 1


def test_running_twice_on_the_same_day_creates_nothing(context, clinic):
    client_id = add_client(context, "Elena")
    charge(context, client_id, 4000, date(2026, 10, 1))
    assert reminders.run_reminders(context, TODAY).created == 1
    again = reminders.run_reminders(context, TODAY)
    assert again.already_run
    assert again.created == 0
    assert len(prepared(context)) == 1


def test_a_run_before_the_last_one_is_rejected(context, clinic):
    reminders.run_reminders(context, TODAY)
    with pytest.raises(UserError, match="already run for 04/12/2026"):
        reminders.run_reminders(context, TODAY - timedelta(days=1))
    with pytest.raises(UserError, match="in the future"):
        reminders.run_reminders(context, TODAY + timedelta(days=1))


def test_level_sent_today_is_not_escalated_by_another_run(context, clinic, clock):
    client_id = add_client(context, "Fátima")
    charge(context, client_id, 4000, TODAY - timedelta(days=90))
    reminders.run_reminders(context, TODAY - timedelta(days=1))
    mark_sent(context, TODAY)
    assert reminders.run_reminders(context, TODAY).created == 0
    clock.now = datetime(2026, 12, 19, 10, tzinfo=timezone.utc)
    assert reminders.run_reminders(context, date(2026, 12, 18)).created == 0
    assert reminders.run_reminders(context, date(2026, 12, 19)).created == 1
    assert prepared(context)[-1].level == 2


def test_without_email_consent_a_letter_goes(context, clinic):
    with_consent = add_client(context, "Gema", email="gema@example.com", consent_email=True)
    without = add_client(context, "Hugo", email="hugo@example.com", consent_email=False)
    for client_id in (with_consent, without):
        charge(context, client_id, 4000, date(2026, 10, 1))
    reminders.run_reminders(context, TODAY)
    channels = {row.client_id: row.channel for row in prepared(context)}
    assert channels == {with_consent: "email", without: "letter"}


def test_no_reminders_flag_hold_and_dispute(context, clinic):
    opted_out = add_client(context, "Irene", no_reminders=True)
    held = add_client(context, "Jon")
    disputed = add_client(context, "Koldo")
    for client_id in (opted_out, held, disputed):
        charge(context, client_id, 4000, date(2026, 10, 1))
    disputed_charge = charge(context, disputed, 9000, date(2026, 10, 2))
    with context.database.transaction() as session:
        session.add(models.DebtHold(client_id=held, kind="hold", reason="Seguro pendiente", starts_on=TODAY,
                                   ends_on=TODAY + timedelta(days=30), created_by="x", created_at=context.now()))
        session.add(models.DebtHold(client_id=disputed, charge_id=disputed_charge, kind="dispute",
                                   reason="Factura discutida", starts_on=TODAY, created_by="x",
                                   created_at=context.now()))
    reminders.run_reminders(context, TODAY)
    (row,) = prepared(context)
    assert row.client_id == disputed
    assert row.amount_cents == 4000


def test_an_agreement_in_good_standing_gets_nothing_and_a_late_one_is_reminded(context, clinic, clock):
    client_id = add_client(context, "Lola")
    charge(context, client_id, 30000, date(2026, 9, 1))
    quote = agreements.prepare_agreement(context, agreements.AgreementDraft(
        client_id, AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2026, 12, 10),
        language="en"))
    agreements.record_agreement(context, quote, None, english)
    assert reminders.run_reminders(context, TODAY).created == 0
    clock.now = datetime(2026, 12, 26, 10, tzinfo=timezone.utc)
    assert reminders.run_reminders(context, date(2026, 12, 26)).created == 1
    (row,) = prepared(context)
    assert row.amount_cents == 10000
    assert row.agreement_id is not None


def test_dry_run_stores_nothing(context, clinic):
    client_id = add_client(context, "Mar")
    charge(context, client_id, 4000, date(2026, 10, 1))
    result = reminders.run_reminders(context, TODAY, dry_run=True)
    assert [plan.client_id for plan in result.planned] == [client_id]
    assert prepared(context) == []
    with context.database.read() as session:
        assert session.scalar(select(func.count()).select_from(models.ReminderRun)) == 0


def test_a_client_who_pays_before_sending_gets_nothing(context, clinic):
    client_id = add_client(context, "Nerea")
    charge(context, client_id, 4000, date(2026, 10, 1))
    reminders.run_reminders(context, TODAY)
    (row,) = prepared(context)
    reminders.approve(context, [row.id])
    pay(context, client_id, 4000)
    result = reminders.send_approved(context, lambda language: english)
    assert (result.sent, result.withdrawn) == (0, 1)
    assert prepared(context)[0].status == Status.WITHDRAWN.value


def test_a_letter_is_sent_once_and_kept(context, clinic):
    client_id = add_client(context, "Olga")
    charge(context, client_id, 123456, date(2026, 10, 1))
    reminders.run_reminders(context, TODAY)
    (row,) = prepared(context)
    reminders.approve(context, [row.id])
    result = reminders.send_approved(context, lambda language: english)
    assert result.sent == 1
    assert result.letters_pdf.startswith(b"%PDF")
    assert reminders.send_approved(context, lambda language: english).sent == 0
    (row,) = prepared(context)
    assert row.status == "sent"
    assert row.pdf.startswith(b"%PDF")
    assert row.sent_at is not None
    history = reminders.client_history(context, client_id)
    assert [(view.level, view.channel.value, view.status.value) for view in history] == [(1, "letter", "sent")]


def test_editing_with_flagged_words_needs_a_manager(context, clinic):
    client_id = add_client(context, "Paula")
    charge(context, client_id, 4000, date(2026, 10, 1))
    reminders.run_reminders(context, TODAY)
    (row,) = prepared(context)
    with pytest.raises(UserError, match="moroso"):
        reminders.edit(context, row.id, "Aviso", "Estimado cliente moroso: pague ya.")
    assert prepared(context)[0].body == row.body
    reminders.edit(context, row.id, "Aviso", "Estimada Paula: le recordamos un pago pendiente.")
    assert prepared(context)[0].edited_by == context.actor
