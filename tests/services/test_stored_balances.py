"""Stored balances (account_balance, open_charge) against the ledger they repeat.

``check_balances`` must find nothing after any sequence of service
operations, an import or a demo clinic, and the stored rows must also agree
with the domain's own allocation (``accounts.account_view``), which is the
independent computation the ledger screen shows.
"""

from __future__ import annotations

import itertools
import shutil
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from vetdesk.domain.agreements import AgreementKind, Period
from vetdesk.domain.ledger import EntryKind, PaymentMethod
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.services import accounts, agreements, clients, decisions, importing
from vetdesk.services import settings as clinic_settings
from vetdesk.services.accounts import NewCharge, NewCreditNote, NewPayment
from vetdesk.services.agreements import AgreementDraft
from vetdesk.services.clinic import ClinicInfo, save_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.demo import add_demo_agreements, generate_demo_clinic
from vetdesk.storage import models
from vetdesk.storage.balances import check_balances, rebuild_all_balances
from vetdesk.storage.database import Database, sqlite_url

TODAY = date(2026, 12, 4)
NOW = datetime(2026, 12, 4, 10, tzinfo=timezone.utc)


def english(context: str, source: str) -> str:
    return source


def differing(database) -> list[int]:
    with database.read() as session:
        return check_balances(session)


def stored_rows(database) -> tuple[dict[int, tuple], dict[int, dict[int, int]]]:
    """Return the stored (balance, written off, last payment) per client and the open cents per charge."""
    with database.read() as session:
        balances = {row.client_id: (row.balance_cents, row.written_off_cents, row.last_payment_on)
                    for row in session.scalars(select(models.AccountBalance))}
        open_charges: dict[int, dict[int, int]] = {}
        for row in session.scalars(select(models.OpenCharge)):
            open_charges.setdefault(row.client_id, {})[row.charge_id] = row.open_cents
    return balances, open_charges


def domain_rows(context, client_id: int) -> tuple[tuple | None, dict[int, int]]:
    """Compute the same figures as ``stored_rows`` with the domain's allocation of the client's ledger.

    A client without ledger entries has no stored balance row, so the figures are None then.
    """
    view = accounts.account_view(context, client_id)
    if not view.rows:
        return None, {}
    payments = [row.entry_date for row in view.rows if row.kind is EntryKind.PAYMENT]
    written_off = decisions.written_off_amount(context, client_id)
    open_cents = {row.id: row.outstanding.cents for row in view.rows
                  if row.kind is EntryKind.CHARGE and row.outstanding.is_positive}
    return (view.status.balance.cents, written_off.cents, max(payments, default=None)), open_cents


def assert_stored_match_domain(context, client_ids) -> None:
    balances, open_charges = stored_rows(context.database)
    for client_id in client_ids:
        expected_balance, expected_open = domain_rows(context, client_id)
        assert balances.get(client_id) == expected_balance, f"client {client_id}"
        assert open_charges.get(client_id, {}) == expected_open, f"client {client_id}"


# -- Random sequences of service operations (SQLite only) -----------------------------------------


CLIENTS = 2
client_index = st.integers(0, CLIENTS - 1)
cents = st.integers(min_value=1, max_value=60000)
days_ago = st.integers(min_value=0, max_value=200)
pick = st.none() | st.integers(min_value=0, max_value=5)
CHARGE = st.tuples(st.just("charge"), client_index, cents, days_ago, st.integers(0, 60), st.booleans())
PAYMENT = st.tuples(st.just("payment"), client_index, cents, days_ago, pick, pick)
AGREEMENT = st.tuples(st.just("agreement"), client_index, st.sampled_from(list(AgreementKind)), st.integers(1, 4),
                      st.integers(0, 1000), days_ago)
# one_of draws each branch equally often, so the common operations are listed twice.
OPERATIONS = st.one_of(
    CHARGE, CHARGE, PAYMENT, PAYMENT, AGREEMENT, AGREEMENT,
    st.tuples(st.just("credit"), client_index, cents, days_ago, pick),
    st.tuples(st.just("write_off"), client_index),
    st.tuples(st.just("reverse"), client_index),
    st.tuples(st.just("cancel"), client_index),
)


@pytest.fixture(scope="module")
def template_file(tmp_path_factory):
    """A migrated SQLite clinic with two clients, a deferral fee and no debt block, copied for each example."""
    path = tmp_path_factory.mktemp("balances") / "template.sqlite3"
    database = Database(sqlite_url(path))
    context = ServiceContext(database, actor="Lucía (recepción)", clock=lambda: NOW)
    save_clinic(context, ClinicInfo(name="Clínica Veterinaria Prueba", tax_id="B12345674",
                                    address_line="Calle Mayor 1", postal_code="28013", city="Madrid"))
    # A fee makes agreements add covered charges, and a huge minimum keeps the debt block from rejecting charges.
    clinic_settings.update_settings(context, {"agreements.fee_cents": 500, "banner.min_overdue_cents": 10 ** 9})
    for name in ("Rosa", "Pablo"):
        clients.save_client(context, clients.ClientDetails(given_name=name, surnames="Núñez"))
    database.dispose()
    return path


def ids_of(context, client_id: int, model, **where) -> list[int]:
    with context.database.read() as session:
        query = select(model.id).where(model.client_id == client_id).order_by(model.id)
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return list(session.scalars(query))


def chosen(ids: list[int], index: int | None) -> int | None:
    return None if index is None or not ids else ids[index % len(ids)]


def apply_operation(context, client_ids: list[int], operation: tuple) -> None:
    """Run one operation through the services. A rejection (UserError) is a valid outcome and changes nothing."""
    kind, client_index, *values = operation
    client_id = client_ids[client_index]
    charges = ids_of(context, client_id, models.LedgerEntry, kind="charge")
    open_agreements = ids_of(context, client_id, models.Agreement, cancelled_at=None)
    if kind == "charge":
        amount, ago, term, paid_now = values
        day = TODAY - timedelta(days=ago)
        accounts.record_charge(context, NewCharge(
            client_id, Money.from_cents(amount), "Consulta", day, day + timedelta(days=term),
            paid_now=PaymentMethod.CARD if paid_now else None))
    elif kind == "payment":
        amount, ago, charge_index, agreement_index = values
        accounts.record_payment(context, NewPayment(
            client_id, Money.from_cents(amount), PaymentMethod.CASH, TODAY - timedelta(days=ago),
            applies_to=chosen(charges, charge_index), agreement_id=chosen(open_agreements, agreement_index)))
    elif kind == "credit":
        amount, ago, charge_index = values
        accounts.record_credit_note(context, NewCreditNote(
            client_id, Money.from_cents(amount), TODAY - timedelta(days=ago), "Abono",
            applies_to=chosen(charges, charge_index)))
    elif kind == "write_off":
        decisions.write_off(context, client_id, "Cliente ilocalizable")
    elif kind == "reverse":
        decisions.reverse_write_off(context, client_id, "El cliente ha vuelto")
    elif kind == "agreement":
        agreement_kind, count, discount, ago = values
        quote = agreements.prepare_agreement(context, AgreementDraft(
            client_id, agreement_kind, count=count if agreement_kind is AgreementKind.INSTALMENTS else 1,
            period=Period.MONTHLY, first_due=TODAY + timedelta(days=10), promise_date=TODAY + timedelta(days=20),
            discount=Money.from_cents(discount), provider="Financiera Ejemplo", language="en"))
        agreements.record_agreement(context, quote, None, english)
    elif kind == "cancel" and open_agreements:
        agreements.cancel_agreement(context, open_agreements[-1], "El cliente lo pide")


example_numbers = itertools.count()


@settings(max_examples=25, deadline=None)
@given(st.lists(CHARGE, min_size=1, max_size=3), st.lists(OPERATIONS, max_size=10))
def test_random_operations_keep_balances(template_file, charges, operations):
    path = template_file.with_name(f"example-{next(example_numbers)}.sqlite3")
    shutil.copyfile(template_file, path)
    database = Database(sqlite_url(path))
    try:
        context = ServiceContext(database, actor="Lucía (recepción)", clock=lambda: NOW)
        client_ids = [1, 2]
        for operation in charges + operations:
            try:
                apply_operation(context, client_ids, operation)
            except UserError:
                pass
        assert differing(database) == []
        assert_stored_match_domain(context, client_ids)
    finally:
        database.dispose()
        path.unlink()


# -- Fixed sequences, on both engines --------------------------------------------------------------


def euros(text: str) -> Money:
    return Money(Decimal(text))


@pytest.fixture
def two_clients(context, clinic) -> list[int]:
    return [clients.save_client(context, clients.ClientDetails(given_name=name, surnames="Núñez")).id
            for name in ("Rosa", "Pablo")]


def test_agreement_lifecycle(context, two_clients, clock):
    rosa, pablo = two_clients
    clinic_settings.update_settings(context, {"agreements.fee_cents": 500})
    accounts.record_charge(context, NewCharge(rosa, euros("300"), "Cirugía", date(2026, 9, 1), date(2026, 9, 1)))
    accounts.record_charge(context, NewCharge(pablo, euros("80"), "Vacuna", TODAY, TODAY))
    quote = agreements.prepare_agreement(context, AgreementDraft(
        rosa, AgreementKind.INSTALMENTS, count=3, period=Period.MONTHLY, first_due=date(2027, 1, 4),
        discount=euros("30"), language="en"))
    agreement_id = agreements.record_agreement(context, quote, None, english)
    accounts.record_payment(context, NewPayment(rosa, euros("95"), PaymentMethod.CARD, TODAY,
                                                agreement_id=agreement_id))
    agreements.cancel_agreement(context, agreement_id, "El cliente prefiere pagar de una vez")
    assert differing(context.database) == []
    assert_stored_match_domain(context, two_clients)


def test_write_off_lifecycle(context, two_clients):
    rosa, pablo = two_clients
    accounts.record_charge(context, NewCharge(rosa, euros("300"), "Cirugía", date(2026, 9, 1), date(2026, 9, 1)))
    decisions.write_off(context, rosa, "Cliente ilocalizable")
    accounts.record_payment(context, NewPayment(rosa, euros("40"), PaymentMethod.CASH, date(2026, 11, 1)))
    accounts.record_credit_note(context, NewCreditNote(rosa, euros("10"), TODAY, "Abono"))
    decisions.reverse_write_off(context, rosa, "El cliente ha vuelto")
    accounts.record_payment(context, NewPayment(pablo, euros("25"), PaymentMethod.CASH, TODAY))
    assert differing(context.database) == []
    assert_stored_match_domain(context, two_clients)
    balances, _open = stored_rows(context.database)
    # Rosa owes 300 - 40 - 10 again after the reversal, and Pablo paid without owing.
    assert balances[rosa] == (25000, 0, date(2026, 11, 1))
    assert balances[pablo] == (-2500, 0, TODAY)


def test_rebuild_gives_same_rows(context, two_clients):
    rosa, pablo = two_clients
    accounts.record_charge(context, NewCharge(rosa, euros("300"), "Cirugía", date(2026, 9, 1), date(2026, 9, 1)))
    accounts.record_payment(context, NewPayment(rosa, euros("40"), PaymentMethod.CASH, TODAY))
    accounts.record_charge(context, NewCharge(pablo, euros("80"), "Vacuna", TODAY, TODAY))
    before = stored_rows(context.database)
    with context.database.transaction() as session:
        assert rebuild_all_balances(session) == 2
    assert stored_rows(context.database) == before


# -- check_balances finds differences ---------------------------------------------------------------


@pytest.fixture
def owing(context, two_clients) -> list[int]:
    rosa, pablo = two_clients
    accounts.record_charge(context, NewCharge(rosa, euros("300"), "Cirugía", date(2026, 9, 1), date(2026, 9, 1)))
    accounts.record_charge(context, NewCharge(pablo, euros("80"), "Vacuna", TODAY, TODAY))
    return two_clients


def test_check_finds_wrong_balance(context, owing):
    with context.database.transaction() as session:
        session.get(models.AccountBalance, owing[0]).balance_cents = 1
    assert differing(context.database) == [owing[0]]


def test_check_finds_wrong_written_off(context, owing):
    with context.database.transaction() as session:
        session.get(models.AccountBalance, owing[1]).written_off_cents = 100
    assert differing(context.database) == [owing[1]]


def test_check_finds_missing_open_charge(context, owing):
    with context.database.transaction() as session:
        session.execute(delete(models.OpenCharge).where(models.OpenCharge.client_id == owing[1]))
    assert differing(context.database) == [owing[1]]


def test_check_finds_missing_balance(context, owing):
    with context.database.transaction() as session:
        session.execute(delete(models.OpenCharge).where(models.OpenCharge.client_id == owing[0]))
        session.execute(delete(models.AccountBalance).where(models.AccountBalance.client_id == owing[0]))
    assert differing(context.database) == [owing[0]]


def test_check_finds_balance_without_ledger(context, owing):
    third = clients.save_client(context, clients.ClientDetails(given_name="Olga", surnames="Prieto")).id
    with context.database.transaction() as session:
        session.add(models.AccountBalance(client_id=third, balance_cents=0, written_off_cents=0))
    assert differing(context.database) == [third]


# -- Import and demo clinic ---------------------------------------------------------------------------


IMPORT_CSV = (
    "id_propietario;propietario;dni_nie;telefono1;nombre_animal;especie;deuda\n"
    "1001;Cañizares Giménez, Carmen;43464097P;671924865;Olivia;gato;0,00\n"
    "1002;Belmonte Giménez, Sofía;05032582K;632301241;Pipa;hurón;310,00\n"
    "1002;Belmonte Giménez, Sofía;05032582K;632301241;Max;perro;\n"
    "1003;Alonso Durán, Carmen;53241552W;617874421;Mía;gato;-15,00\n"
    "1004;Jiménez Alonso, Tomás;08427393D;666627625;Thor;perro;1.234,56\n"
)


def test_import_keeps_balances(context, clinic, tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(IMPORT_CSV.encode("utf-8"))
    csv_file = importing.read_csv(path)
    mapping, _source = importing.initial_mapping(context, csv_file.headers)
    plan = importing.plan_import(context, csv_file, mapping)
    result = importing.run_import(context, plan, valid_rows_only=False)
    assert (result.clients, result.charges, result.credit_notes) == (4, 2, 1)
    assert differing(context.database) == []
    balances, open_charges = stored_rows(context.database)
    assert sorted(balance for balance, _written_off, _paid in balances.values()) == [-1500, 31000, 123456]
    assert sorted(cents for charges in open_charges.values() for cents in charges.values()) == [31000, 123456]
    with context.database.read() as session:
        imported = list(session.scalars(select(models.Client.id)))
    assert_stored_match_domain(context, imported)


def test_demo_clinic_keeps_balances(database):
    summary = generate_demo_clinic(database, clients=40, today=TODAY)
    assert summary.ledger_entries > 0
    assert differing(database) == []
    with database.read() as session:
        stored = session.query(models.AccountBalance).count()
        with_entries = len(set(session.scalars(select(models.LedgerEntry.client_id))))
    assert stored == with_entries


def test_demo_agreements_keep_balances(database):
    generate_demo_clinic(database, clients=60, today=TODAY)
    agreements_made = add_demo_agreements(database, english, now=NOW)
    assert agreements_made > 0
    assert differing(database) == []
    context = ServiceContext(database, actor="Lucía (recepción)", clock=lambda: NOW)
    with database.read() as session:
        with_agreements = sorted(set(session.scalars(select(models.Agreement.client_id))))
    assert_stored_match_domain(context, with_agreements)
