"""PostgreSQL connection errors, idempotent ledger requests and search order on both engines."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select, text

from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.messages import UserError
from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients
from vetdesk.services.clients import ClientDetails
from vetdesk.storage import models
from vetdesk.storage.database import Database, check_connection, head_revision

TODAY = date(2026, 12, 4)


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_unreachable_server_named(postgres_server):
    port = _closed_port()
    url = f"postgresql+psycopg://vetdesk@127.0.0.1:{port}/clinica"
    with pytest.raises(UserError) as raised:
        Database(url)
    message = raised.value.render()
    assert f"127.0.0.1 on port {port}" in message
    assert "Check that the server is running" in message
    assert raised.value.field == "host"


def test_wrong_password_named_without_secret(postgres_server):
    url = postgres_server.url(postgres_server.template, user=postgres_server.password_role,
                              password="not-the-password")
    with pytest.raises(UserError) as raised:
        check_connection(url)
    message = raised.value.render()
    assert "rejected user vetdesk_password" in message
    assert postgres_server.template in message
    assert "not-the-password" not in message
    assert raised.value.field == "password"


def test_right_password_connects(postgres_server):
    # The maintenance database has no VetDesk schema yet, so it has no revision.
    url = postgres_server.url("postgres", user=postgres_server.password_role, password=postgres_server.password)
    assert check_connection(url) is None


def test_user_without_privileges_named(postgres_server):
    url = postgres_server.url(postgres_server.template, user=postgres_server.password_role,
                              password=postgres_server.password)
    with pytest.raises(UserError) as raised:
        check_connection(url)
    assert "User vetdesk_password may not read the tables of the database vetdesk_template" in raised.value.render()


def test_missing_database_named(postgres_server):
    with pytest.raises(UserError) as raised:
        Database(postgres_server.url("no_such_clinic"))
    message = raised.value.render()
    assert "The database no_such_clinic does not exist on the server 127.0.0.1" in message
    assert raised.value.field == "database"


def test_bare_postgresql_url_uses_psycopg(postgres_server, database_url, engine_name):
    if engine_name != "postgresql":
        pytest.skip("PostgreSQL URL form")
    bare = database_url.replace("postgresql+psycopg://", "postgresql://")
    database = Database(bare)
    try:
        assert database.engine.dialect.driver == "psycopg"
    finally:
        database.dispose()


def test_newer_schema_revision_rejected(database, database_url):
    with database.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.dispose()
    with pytest.raises(UserError) as raised:
        Database(database_url)
    message = raised.value.render()
    assert "schema version 9999" in message
    assert "Install the newer VetDesk" in message


def test_newer_schema_revision_rejected_by_check(database, database_url, engine_name):
    if engine_name != "postgresql":
        pytest.skip("check_connection is for server databases")
    with database.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(UserError, match="schema version 9999"):
        check_connection(database_url)


def _client(context) -> int:
    return clients.save_client(context, ClientDetails(given_name="Ana", surnames="Núñez")).id


def _ledger_count(database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(models.LedgerEntry))


def test_payment_request_id_idempotent(context, database):
    client_id = _client(context)
    key = str(uuid.uuid4())
    payment = accounts.NewPayment(client_id, Money.from_cents(1500), PaymentMethod.CARD, TODAY, request_id=key)
    first = accounts.record_payment(context, payment)
    second = accounts.record_payment(context, payment)
    assert second == first
    assert _ledger_count(database) == 1
    with database.read() as session:
        events = session.scalar(select(func.count()).select_from(models.AuditEvent)
                                .where(models.AuditEvent.entity == "ledger_entry"))
    assert events == 1


def test_charge_and_credit_note_request_id_idempotent(context, database):
    client_id = _client(context)
    charge = accounts.NewCharge(client_id, Money.from_cents(4000), "Vacuna", TODAY, TODAY, request_id="charge-1")
    charge_id = accounts.record_charge(context, charge)
    assert accounts.record_charge(context, charge) == charge_id
    note = accounts.NewCreditNote(client_id, Money.from_cents(500), TODAY, "Descuento", request_id="note-1")
    note_id = accounts.record_credit_note(context, note)
    assert accounts.record_credit_note(context, note) == note_id
    assert _ledger_count(database) == 2


def test_request_id_reused_for_other_client_rejected(context):
    first = _client(context)
    second = clients.save_client(context, ClientDetails(given_name="Luis", surnames="Gil")).id
    accounts.record_payment(context, accounts.NewPayment(first, Money.from_cents(100), PaymentMethod.CASH, TODAY,
                                                         request_id="shared"))
    with pytest.raises(ValueError, match="already used by ledger entry"):
        accounts.record_payment(context, accounts.NewPayment(second, Money.from_cents(100), PaymentMethod.CASH,
                                                             TODAY, request_id="shared"))


@pytest.mark.parametrize("key", ["", "x" * 37])
def test_request_id_length_checked(context, key):
    client_id = _client(context)
    with pytest.raises(ValueError, match="request_id must have"):
        accounts.record_payment(context, accounts.NewPayment(client_id, Money.from_cents(100), PaymentMethod.CASH,
                                                             TODAY, request_id=key))


def test_request_id_race_returns_first_entry(context, database, monkeypatch):
    """A second attempt that misses the first one's row hits the unique constraint and returns its id."""
    client_id = _client(context)
    payment = accounts.NewPayment(client_id, Money.from_cents(700), PaymentMethod.BIZUM, TODAY, request_id="race")
    first = accounts.record_payment(context, payment)
    real_lookup = accounts._existing_entry_id
    calls = []

    def miss_once(*args):
        calls.append(args)
        if len(calls) == 1:
            return None
        return real_lookup(*args)

    monkeypatch.setattr(accounts, "_existing_entry_id", miss_once)
    assert accounts.record_payment(context, payment) == first
    assert _ledger_count(database) == 1


@pytest.mark.parametrize("word", ["z", "69999", "12345678z"])
def test_prefix_search_at_alphabet_end(context, word):
    """The prefix range uses the next code point, which a Spanish collation sorts elsewhere."""
    client = clients.save_client(context, ClientDetails(given_name="Zoe", surnames="Zz", id_number="12345678Z",
                                                        phone="699999999"))
    assert [result.client_id for result in clients.search(context, word)] == [client.id]


def test_sequences_continue_after_explicit_ids(database, context):
    """Rows inserted with explicit ids (as bulk inserts do) must not make the next insert collide."""
    from vetdesk.services.demo import _advance_postgresql_sequences
    from datetime import datetime, timezone

    stamp = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with database.transaction() as session:
        session.execute(models.Client.__table__.insert(), [
            {"id": 50, "given_name": "Ana", "surnames": "", "phone": "", "phone2": "", "email": "",
             "address_line": "", "postal_code": "", "city": "", "province": "", "consent_email": False,
             "consent_sms": False, "consent_post": True, "notes": "", "no_reminders": False, "sort_key": "ana",
             "created_at": stamp, "updated_at": stamp, "version": 1},
        ])
        _advance_postgresql_sequences(session)
    created = clients.save_client(context, ClientDetails(given_name="Luis"))
    assert created.id == 51
