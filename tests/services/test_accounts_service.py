"""Recording money and computing the banner, against a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients, settings
from vetdesk.services.accounts import BannerLevel, NewCharge, NewCreditNote, NewPayment
from vetdesk.storage import models

TODAY = date(2026, 12, 4)


def table_counts(context) -> dict[str, int]:
    with context.database.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (models.LedgerEntry, models.AuditEvent, models.BannerOverride, models.Setting)
        }


@pytest.fixture
def client_id(context, clinic) -> int:
    return clients.save_client(context, clients.ClientDetails(given_name="Ana", surnames="Peña")).id


def test_payment_leaves_remainder_in_bucket(context, client_id):
    accounts.record_charge(context, NewCharge(client_id, Money.from_cents(10000), "Cirugía",
                                              TODAY - timedelta(days=45), TODAY - timedelta(days=45)))
    accounts.record_payment(context, NewPayment(client_id, Money.from_cents(4000), PaymentMethod.CASH, TODAY))
    status = accounts.account_view(context, client_id).status
    assert status.aging.days_31_60 == Money.from_cents(6000)
    assert status.overdue == Money.from_cents(6000)


def test_today_counted_in_clinic_zone(context, client_id, clock):
    # 23:30 UTC on 4 December is already 5 December in Madrid.
    clock.now = datetime(2026, 12, 4, 23, 30, tzinfo=timezone.utc)
    accounts.record_charge(context, NewCharge(client_id, Money.from_cents(1000), "Consulta",
                                              date(2026, 12, 4), date(2026, 12, 4)))
    state = accounts.banner_state(context, client_id)
    assert accounts.clinic_today(context) == date(2026, 12, 5)
    assert state.level is BannerLevel.RED
    assert state.oldest_overdue_days == 1


def test_charge_due_today_not_overdue(context, client_id):
    accounts.record_charge(context, NewCharge(client_id, Money.from_cents(1000), "Consulta", TODAY, TODAY))
    state = accounts.banner_state(context, client_id)
    assert state.level is BannerLevel.AMBER
    assert state.overdue == Money.zero()
    assert state.not_yet_due == Money.from_cents(1000)


def test_grace_days_and_minimum_from_settings(context, client_id):
    settings.update_settings(context, {"banner.grace_days": 10, "banner.min_overdue_cents": 500})
    accounts.record_charge(context, NewCharge(client_id, Money.from_cents(2000), "Consulta",
                                              TODAY - timedelta(days=5), TODAY - timedelta(days=5)))
    assert accounts.banner_state(context, client_id).level is BannerLevel.AMBER
    settings.update_settings(context, {"banner.grace_days": 3})
    assert accounts.banner_state(context, client_id).level is BannerLevel.RED
    settings.update_settings(context, {"banner.min_overdue_cents": 2001})
    assert accounts.banner_state(context, client_id).level is BannerLevel.AMBER


def test_settings_change_audited(context):
    settings.update_settings(context, {"banner.grace_days": 7})
    with context.database.read() as session:
        event = session.scalars(select(models.AuditEvent).where(models.AuditEvent.action == "setting_changed")).one()
        row = session.get(models.Setting, "banner.grace_days")
    assert event.actor == "Lucía (recepción)"
    assert '"value": 7' in event.after_json
    assert row.updated_by == "Lucía (recepción)"


def test_invalid_setting_stores_nothing(context):
    before = table_counts(context)
    with pytest.raises(UserError) as error:
        settings.update_settings(context, {"banner.grace_days": 4, "banner.min_overdue_cents": -1})
    assert "-1" in str(error.value)
    assert table_counts(context) == before
    assert settings.read_settings(context)["banner.grace_days"] == 0


@pytest.mark.parametrize("change, text", [
    (dict(amount=Money.zero()), "greater than zero"),
    (dict(description="   "), "Type what the charge is for"),
    (dict(due_date=TODAY - timedelta(days=1)), "before the charge date"),
    (dict(description="x" * 301), "301 characters"),
])
def test_invalid_charge_stores_nothing(context, client_id, change, text):
    values = dict(client_id=client_id, amount=Money.from_cents(100), description="Consulta",
                  entry_date=TODAY, due_date=TODAY)
    values.update(change)
    before = table_counts(context)
    with pytest.raises(UserError) as error:
        accounts.record_charge(context, NewCharge(**values))
    assert text in error.value.render()
    assert table_counts(context) == before


def test_payment_in_future_rejected(context, client_id):
    before = table_counts(context)
    with pytest.raises(UserError) as error:
        accounts.record_payment(context, NewPayment(client_id, Money.from_cents(100), PaymentMethod.BIZUM,
                                                    TODAY + timedelta(days=1)))
    assert "05/12/2026" in str(error.value)
    assert table_counts(context) == before


def test_payment_for_other_clients_charge_rejected(context, client_id):
    other = clients.save_client(context, clients.ClientDetails(given_name="Luis")).id
    foreign = accounts.record_charge(context, NewCharge(other, Money.from_cents(100), "Consulta", TODAY, TODAY))
    before = table_counts(context)
    with pytest.raises(UserError) as error:
        accounts.record_payment(context, NewPayment(client_id, Money.from_cents(100), PaymentMethod.CASH, TODAY,
                                                    applies_to=foreign))
    assert str(foreign) in str(error.value)
    assert table_counts(context) == before


def test_charge_for_unknown_client_rejected(context, clinic):
    before = table_counts(context)
    with pytest.raises(UserError) as error:
        accounts.record_charge(context, NewCharge(999, Money.from_cents(100), "Consulta", TODAY, TODAY))
    assert "999" in str(error.value)
    assert table_counts(context) == before


def test_credit_note_corrects_charge(context, client_id):
    charge_id = accounts.record_charge(context, NewCharge(client_id, Money.from_cents(5000), "Radiografía",
                                                          TODAY - timedelta(days=40), TODAY - timedelta(days=40)))
    accounts.record_credit_note(context, NewCreditNote(client_id, Money.from_cents(5000), TODAY,
                                                       "Cobrada dos veces", applies_to=charge_id))
    view = accounts.account_view(context, client_id)
    assert view.status.balance == Money.zero()
    assert [row.running_balance for row in view.rows] == [Money.from_cents(5000), Money.zero()]
    assert accounts.banner_state(context, client_id).level is BannerLevel.NONE


def test_charge_audited_with_actor(context, client_id):
    charge_id = accounts.record_charge(context, NewCharge(client_id, Money.from_cents(100), "Consulta", TODAY, TODAY))
    with context.database.read() as session:
        event = session.scalars(select(models.AuditEvent).where(
            models.AuditEvent.entity == "ledger_entry", models.AuditEvent.entity_id == str(charge_id))).one()
    assert event.actor == "Lucía (recepción)"
    assert event.action == "charge_recorded"
    assert '"amount_cents": 100' in event.after_json


def test_override_needs_red_banner(context, client_id):
    before = table_counts(context)
    with pytest.raises(UserError) as error:
        accounts.override_banner(context, client_id, "Cliente de confianza")
    assert "no overdue debt" in str(error.value)
    assert table_counts(context) == before


def test_override_expires_when_debt_grows(context, client_id, clock):
    accounts.record_charge(context, NewCharge(client_id, Money.from_cents(3000), "Consulta",
                                              TODAY - timedelta(days=20), TODAY - timedelta(days=20)))
    accounts.override_banner(context, client_id, "Paga la semana que viene")
    assert accounts.banner_state(context, client_id).override is not None
    accounts.record_charge(context, NewCharge(client_id, Money.from_cents(1000), "Vacuna",
                                              TODAY - timedelta(days=2), TODAY - timedelta(days=1)))
    state = accounts.banner_state(context, client_id)
    assert state.override is None
    assert state.blocks_credit


def test_override_expires_after_valid_days(context, client_id, clock):
    accounts.record_charge(context, NewCharge(client_id, Money.from_cents(3000), "Consulta",
                                              TODAY - timedelta(days=20), TODAY - timedelta(days=20)))
    accounts.override_banner(context, client_id, "Paga la semana que viene")
    clock.now = clock.now + timedelta(days=31)
    assert accounts.banner_state(context, client_id).override is None
