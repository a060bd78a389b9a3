"""Writing off a client's debt, its reversal by a later payment or by a manager, and the refusals, on both engines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from vetdesk.domain.agreements import AgreementKind, Period
from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients, debtors, decisions, staff
from vetdesk.services.accounts import BannerLevel, NewCharge, NewPayment
from vetdesk.services.agreements import AgreementDraft
from vetdesk.services.context import ServiceContext
from vetdesk.services.staff import Role
from vetdesk.storage import models

TODAY = date(2026, 12, 4)


def euros(text: str) -> Money:
    return Money(Decimal(text))


def english(context: str, source: str) -> str:
    return source


def acting_as(context, identity) -> ServiceContext:
    signed_in = replace(context)
    signed_in.sign_in(identity)
    return signed_in


@pytest.fixture
def as_admin(context, clinic, monkeypatch):
    # Cheap Argon2 parameters: these tests are about roles, and the default hash takes about 0.25 s.
    monkeypatch.setattr(staff, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = staff.create_first_administrator(context, "ana", "Ana Administradora", "correct horse battery")
    return acting_as(context, admin)


@pytest.fixture
def as_manager(context, as_admin):
    return acting_as(context, staff.create_staff(as_admin, "marta", "Marta Gerente", Role.MANAGER, "manager-pass"))


@pytest.fixture
def as_reception(context, as_admin):
    return acting_as(context, staff.create_staff(as_admin, "lucia", "Lucía Recepción", Role.RECEPTION, "1234"))


def add_client(context, given: str = "Rosa", surnames: str = "Núñez") -> int:
    return clients.save_client(context, clients.ClientDetails(given_name=given, surnames=surnames)).id


def charge(context, client_id: int, amount: str, day: date, description: str = "Consulta") -> int:
    """Store a past charge through ``append_entry``, as record_charge does without its debt block."""
    with context.database.transaction() as session:
        return accounts.append_entry(session, context, "charge_recorded", client_id=client_id, kind="charge",
                                     entry_date=day, due_date=day, description=description,
                                     amount_cents=euros(amount).cents).id


def pay(context, client_id: int, amount: str, day: date = TODAY) -> int:
    return accounts.record_payment(context, NewPayment(client_id, euros(amount), PaymentMethod.CASH, day))


def counts(context) -> dict[str, int]:
    with context.database.read() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (models.LedgerEntry, models.DebtDecision, models.AuditEvent)}


def entries(context, client_id: int) -> list[models.LedgerEntry]:
    with context.database.read() as session:
        return list(session.scalars(select(models.LedgerEntry).where(models.LedgerEntry.client_id == client_id)
                                    .order_by(models.LedgerEntry.id)))


def balance(context, client_id: int) -> Money:
    return accounts.account_view(context, client_id).status.balance


def debtor_client(context) -> int:
    """A client who owes 1.200,00 €: charges of 1.234,56 € (due 01/08) and 65,44 € (due 15/10), 100 € paid."""
    client_id = add_client(context)
    charge(context, client_id, "1234.56", date(2026, 8, 1), "Cirugía")
    charge(context, client_id, "65.44", date(2026, 10, 15), "Analítica")
    pay(context, client_id, "100.00", date(2026, 8, 20))
    return client_id


# -- Permissions and input checks ---------------------------------------------------------------


def test_reception_refused(as_manager, as_reception):
    client_id = debtor_client(as_manager)
    before = counts(as_manager)
    with pytest.raises(UserError, match="manager or administrator role"):
        decisions.write_off(as_reception, client_id, "Cliente ilocalizable desde hace meses")
    assert counts(as_manager) == before
    assert balance(as_manager, client_id) == euros("1200.00")


def test_reception_reversal_refused(as_manager, as_reception):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    before = counts(as_manager)
    with pytest.raises(UserError, match="manager or administrator role"):
        decisions.reverse_write_off(as_reception, client_id, "El cliente ha vuelto y quiere pagar")
    assert counts(as_manager) == before


def test_reason_too_short(as_manager):
    client_id = debtor_client(as_manager)
    before = counts(as_manager)
    with pytest.raises(UserError, match="\"no\" is too short") as caught:
        decisions.write_off(as_manager, client_id, "  no  ")
    assert caught.value.field == "reason"
    assert counts(as_manager) == before


def test_reason_too_long(as_manager):
    client_id = debtor_client(as_manager)
    before = counts(as_manager)
    with pytest.raises(UserError, match="has 301 characters"):
        decisions.write_off(as_manager, client_id, "x" * 301)
    assert counts(as_manager) == before


def test_unknown_client(as_manager):
    with pytest.raises(UserError, match="Client number 999 was not found"):
        decisions.write_off(as_manager, 999, "Cliente ilocalizable desde hace meses")


def test_nothing_owed_refused(as_manager):
    client_id = add_client(as_manager)
    charge(as_manager, client_id, "50.00", date(2026, 11, 1))
    pay(as_manager, client_id, "50.00")
    before = counts(as_manager)
    with pytest.raises(UserError, match="owes nothing") as caught:
        decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    assert caught.value.field == "amount"
    assert counts(as_manager) == before


def test_client_in_credit_refused(as_manager):
    client_id = add_client(as_manager)
    charge(as_manager, client_id, "50.00", date(2026, 11, 1))
    pay(as_manager, client_id, "70.00")
    before = counts(as_manager)
    with pytest.raises(UserError, match="owes nothing"):
        decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    assert counts(as_manager) == before


def test_agreement_in_good_standing_refused(as_manager):
    client_id = debtor_client(as_manager)
    quote = agreements.prepare_agreement(as_manager, AgreementDraft(
        client_id, AgreementKind.INSTALMENTS, count=4, period=Period.MONTHLY, first_due=date(2027, 1, 4),
        language="en"))
    agreements.record_agreement(as_manager, quote, None, english)
    before = counts(as_manager)
    with pytest.raises(UserError, match="Agreement AC-2026-0001 is still running") as caught:
        decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    assert caught.value.field == "agreement"
    assert counts(as_manager) == before
    assert balance(as_manager, client_id) == euros("1200.00")


def test_late_agreement_refused(as_manager, clock):
    client_id = debtor_client(as_manager)
    clock.now -= timedelta(days=30)
    quote = agreements.prepare_agreement(as_manager, AgreementDraft(
        client_id, AgreementKind.INSTALMENTS, count=4, period=Period.MONTHLY, first_due=date(2026, 11, 30),
        language="en"))
    agreements.record_agreement(as_manager, quote, None, english)
    clock.now += timedelta(days=30)
    assert agreements.agreements_for_client(as_manager, client_id)[0].progress.standing.value == "late"
    before = counts(as_manager)
    with pytest.raises(UserError, match="Agreement AC-2026-0001 is still running"):
        decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    assert counts(as_manager) == before


def test_broken_agreement_written_off(as_manager, clock):
    client_id = debtor_client(as_manager)
    clock.now -= timedelta(days=90)
    quote = agreements.prepare_agreement(as_manager, AgreementDraft(
        client_id, AgreementKind.INSTALMENTS, count=4, period=Period.MONTHLY, first_due=date(2026, 9, 20),
        language="en"))
    agreements.record_agreement(as_manager, quote, None, english)
    clock.now += timedelta(days=90)
    assert agreements.agreements_for_client(as_manager, client_id)[0].progress.standing.value == "broken"
    decisions.write_off(as_manager, client_id, "Plan incumplido, cliente ilocalizable")
    assert balance(as_manager, client_id) == Money.zero()


# -- Writing off ----------------------------------------------------------------------------------


def test_write_off_entry(as_manager):
    client_id = debtor_client(as_manager)
    decision_id = decisions.write_off(as_manager, client_id, "  Cliente   ilocalizable desde hace meses ")
    write_off = entries(as_manager, client_id)[-1]
    assert write_off.kind == "write_off"
    assert write_off.amount_cents == 120000
    assert write_off.entry_date == TODAY
    assert write_off.description == "Cliente ilocalizable desde hace meses"
    assert write_off.recorded_by == "Marta Gerente"
    (view,) = decisions.decisions_for_client(as_manager, client_id)
    assert view.id == decision_id
    assert view.kind == "write_off"
    assert view.amount == euros("1200.00")
    assert view.reason == "Cliente ilocalizable desde hace meses"
    assert view.decided_by == "Marta Gerente"
    assert not view.has_document


def test_write_off_settles_everything(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    view = accounts.account_view(as_manager, client_id)
    assert view.status.balance == Money.zero()
    assert view.status.overdue == Money.zero()
    assert [row.outstanding for row in view.rows if row.kind.value == "charge"] == [Money.zero(), Money.zero()]
    assert decisions.written_off_amount(as_manager, client_id) == euros("1200.00")


def test_write_off_banner(as_manager):
    client_id = debtor_client(as_manager)
    assert accounts.banner_state(as_manager, client_id).level is BannerLevel.RED
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    state = accounts.banner_state(as_manager, client_id)
    assert state.level is BannerLevel.AMBER
    assert not state.blocks_credit
    assert state.written_off.amount == euros("1200.00")
    assert state.written_off.reason == "Cliente ilocalizable desde hace meses"
    assert state.written_off.written_off_by == "Marta Gerente"
    assert state.written_off.written_off_on == TODAY


def test_write_off_audited(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    with as_manager.database.read() as session:
        actions = session.scalars(select(models.AuditEvent.action).order_by(models.AuditEvent.id)).all()
    assert actions[-2:] == ["write_off_recorded", "debt_decision_recorded"]


def test_written_off_client_in_debtor_list(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    (row,) = debtors.load_debtors(as_manager).rows
    assert row.client_id == client_id
    assert row.total_owed == Money.zero()
    assert row.written_off == euros("1200.00")


# -- A payment after the write-off -----------------------------------------------------------------


def test_payment_reverses_part(as_manager):
    client_id = debtor_client(as_manager)
    write_off_id = decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    pay(as_manager, client_id, "30.00")
    reversal = entries(as_manager, client_id)[-1]
    with as_manager.database.read() as session:
        write_off_entry = session.get(models.DebtDecision, write_off_id).ledger_entry_id
    assert reversal.kind == "write_off_reversal"
    assert reversal.amount_cents == 3000
    assert reversal.applies_to_id == write_off_entry
    assert reversal.entry_date == TODAY
    assert balance(as_manager, client_id) == Money.zero()
    assert decisions.written_off_amount(as_manager, client_id) == euros("1170.00")


def test_payment_reversal_decision(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    pay(as_manager, client_id, "30.00")
    newest, oldest = decisions.decisions_for_client(as_manager, client_id)
    assert newest.kind == "write_off_reversal"
    assert newest.reason == ""
    assert newest.amount == euros("30.00")
    assert oldest.kind == "write_off"


def test_payment_reversal_banner(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    pay(as_manager, client_id, "30.00")
    state = accounts.banner_state(as_manager, client_id)
    assert state.level is BannerLevel.AMBER
    assert state.written_off.amount == euros("1170.00")
    assert state.written_off.reason == "Cliente ilocalizable desde hace meses"


def test_payment_reversal_in_debtor_list(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    pay(as_manager, client_id, "30.00")
    (row,) = debtors.load_debtors(as_manager).rows
    assert row.written_off == euros("1170.00")
    assert row.total_owed == Money.zero()
    assert row.days_since_payment == 0


def test_overpayment_leaves_credit(as_manager):
    client_id = add_client(as_manager)
    charge(as_manager, client_id, "200.00", date(2026, 6, 1))
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    pay(as_manager, client_id, "250.00")
    reversal = entries(as_manager, client_id)[-1]
    assert reversal.kind == "write_off_reversal"
    assert reversal.amount_cents == 20000
    assert balance(as_manager, client_id) == euros("-50.00")
    assert decisions.written_off_amount(as_manager, client_id) == Money.zero()
    assert accounts.banner_state(as_manager, client_id).written_off is None
    assert debtors.load_debtors(as_manager).rows == ()


def test_payment_settles_new_debt_first(as_manager):
    client_id = add_client(as_manager)
    charge(as_manager, client_id, "100.00", date(2026, 6, 1), "Cirugía")
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    # The banner is amber after a write-off, so a new charge on account is allowed.
    accounts.record_charge(as_manager, NewCharge(client_id, euros("50.00"), "Vacuna", TODAY, TODAY))
    pay(as_manager, client_id, "80.00")
    # 50 € pay the new charge, so only the other 30 € take back the write-off.
    assert balance(as_manager, client_id) == Money.zero()
    assert decisions.written_off_amount(as_manager, client_id) == euros("70.00")
    reversal = entries(as_manager, client_id)[-1]
    assert reversal.amount_cents == 3000


def test_payment_below_new_debt_reverses_nothing(as_manager):
    client_id = add_client(as_manager)
    charge(as_manager, client_id, "100.00", date(2026, 6, 1), "Cirugía")
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    accounts.record_charge(as_manager, NewCharge(client_id, euros("50.00"), "Vacuna", TODAY, TODAY))
    pay(as_manager, client_id, "50.00")
    assert entries(as_manager, client_id)[-1].kind == "payment"
    assert decisions.written_off_amount(as_manager, client_id) == euros("100.00")
    assert len(decisions.decisions_for_client(as_manager, client_id)) == 1


# -- A manager takes the write-off back -----------------------------------------------------------


def test_manual_reversal_restores_debt(as_manager):
    client_id = debtor_client(as_manager)
    before = accounts.account_view(as_manager, client_id).status
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    decisions.reverse_write_off(as_manager, client_id, "El cliente ha vuelto y quiere pagar")
    after = accounts.account_view(as_manager, client_id).status
    assert after.balance == euros("1200.00")
    assert after.overdue == euros("1200.00")
    assert after == before


def test_manual_reversal_keeps_due_dates(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    decisions.reverse_write_off(as_manager, client_id, "El cliente ha vuelto y quiere pagar")
    status = accounts.account_view(as_manager, client_id).status
    # 1.134,56 € due 01/08 (125 days) and 65,44 € due 15/10 (50 days).
    assert status.aging.over_90 == euros("1134.56")
    assert status.aging.days_31_60 == euros("65.44")
    assert status.oldest_overdue_due_date == date(2026, 8, 1)
    assert status.oldest_overdue_days == 125


def test_manual_reversal_banner_and_list(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    decisions.reverse_write_off(as_manager, client_id, "El cliente ha vuelto y quiere pagar")
    state = accounts.banner_state(as_manager, client_id)
    assert state.level is BannerLevel.RED
    assert state.overdue == euros("1200.00")
    assert state.oldest_overdue_days == 125
    assert state.written_off is None
    (row,) = debtors.load_debtors(as_manager).rows
    assert row.total_owed == euros("1200.00")
    assert row.oldest_days == 125
    assert row.written_off == Money.zero()


def test_manual_reversal_decision(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    decision_id = decisions.reverse_write_off(as_manager, client_id, "El cliente ha vuelto y quiere pagar")
    newest = decisions.decisions_for_client(as_manager, client_id)[0]
    assert newest.id == decision_id
    assert newest.kind == "write_off_reversal"
    assert newest.reason == "El cliente ha vuelto y quiere pagar"
    assert newest.amount == euros("1200.00")


def test_manual_reversal_after_partial_payment(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    pay(as_manager, client_id, "30.00")
    decisions.reverse_write_off(as_manager, client_id, "El cliente ha vuelto y quiere pagar")
    reversal = entries(as_manager, client_id)[-1]
    assert reversal.amount_cents == 117000
    assert balance(as_manager, client_id) == euros("1170.00")
    assert decisions.written_off_amount(as_manager, client_id) == Money.zero()


def test_manual_reversal_without_write_off(as_manager):
    client_id = debtor_client(as_manager)
    before = counts(as_manager)
    with pytest.raises(UserError, match="no written-off debt to reverse"):
        decisions.reverse_write_off(as_manager, client_id, "El cliente ha vuelto y quiere pagar")
    assert counts(as_manager) == before


def test_manual_reversal_twice(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    decisions.reverse_write_off(as_manager, client_id, "El cliente ha vuelto y quiere pagar")
    before = counts(as_manager)
    with pytest.raises(UserError, match="no written-off debt to reverse"):
        decisions.reverse_write_off(as_manager, client_id, "Otra vez por error de la recepción")
    assert counts(as_manager) == before


def test_second_write_off_after_reversal(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde hace meses")
    decisions.reverse_write_off(as_manager, client_id, "El cliente ha vuelto y quiere pagar")
    decisions.write_off(as_manager, client_id, "Volvió a desaparecer sin pagar")
    assert balance(as_manager, client_id) == Money.zero()
    assert decisions.written_off_amount(as_manager, client_id) == euros("1200.00")
    assert accounts.banner_state(as_manager, client_id).written_off.reason == "Volvió a desaparecer sin pagar"


def test_credit_note_lowers_written_off_debt(as_manager):
    client_id = debtor_client(as_manager)
    decisions.write_off(as_manager, client_id, "Cliente ilocalizable desde marzo")
    written_off = decisions.written_off_amount(as_manager, client_id)
    accounts.record_credit_note(as_manager, accounts.NewCreditNote(
        client_id, euros("20.00"), TODAY, "Abono por error de facturación"))
    assert balance(as_manager, client_id) == Money.zero()
    assert decisions.written_off_amount(as_manager, client_id) == written_off - euros("20.00")
