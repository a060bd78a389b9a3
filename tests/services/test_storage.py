"""The database file: pragmas, migrations and constraints that protect the ledger."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from vetdesk.storage.database import Database, current_revision, head_revision, sqlite_url
from vetdesk.storage import models


@pytest.mark.parametrize("engine_name", ["sqlite"])
def test_sqlite_pragmas(database):
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_migrations_reach_head(database):
    assert current_revision(database.engine) == head_revision()
    tables = set(inspect(database.engine).get_table_names())
    assert {"clinic", "client", "pet", "pet_owner", "ledger_entry", "setting", "audit_event"} <= tables


def test_reopen_keeps_data(tmp_path):
    url = sqlite_url(tmp_path / "c.sqlite3")
    first = Database(url)
    with first.transaction() as session:
        session.add(models.Setting(key="x", value_json="1", updated_by="t",
                                   updated_at=datetime(2026, 1, 1, tzinfo=timezone.utc)))
    first.dispose()
    second = Database(url)
    with second.read() as session:
        assert session.get(models.Setting, "x").value_json == "1"
    second.dispose()


def _client(session) -> int:
    now = datetime(2026, 12, 4, tzinfo=timezone.utc)
    client = models.Client(given_name="Ana", created_at=now, updated_at=now)
    session.add(client)
    session.flush()
    return client.id


@pytest.mark.parametrize("values", [
    dict(kind="charge", amount_cents=0, due_date=date(2026, 1, 1)),
    dict(kind="charge", amount_cents=-5, due_date=date(2026, 1, 1)),
    dict(kind="charge", amount_cents=100, due_date=None),
    dict(kind="refund", amount_cents=100),
    dict(kind="payment", amount_cents=100, payment_method="cheque"),
])
def test_ledger_constraints(database, values):
    with pytest.raises(IntegrityError):
        with database.transaction() as session:
            client_id = _client(session)
            session.add(models.LedgerEntry(client_id=client_id, entry_date=date(2026, 1, 1), recorded_by="t",
                                           recorded_at=datetime(2026, 1, 1, tzinfo=timezone.utc), **values))


def test_foreign_keys_enforced(database):
    with pytest.raises(IntegrityError):
        with database.transaction() as session:
            session.add(models.LedgerEntry(client_id=12345, kind="payment", entry_date=date(2026, 1, 1),
                                           amount_cents=100, recorded_by="t",
                                           recorded_at=datetime(2026, 1, 1, tzinfo=timezone.utc)))


def test_one_responsible_owner_per_pet(database):
    with pytest.raises(IntegrityError):
        with database.transaction() as session:
            first = _client(session)
            second = _client(session)
            pet = models.Pet(name="Kira", created_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
            session.add(pet)
            session.flush()
            session.add_all([models.PetOwner(pet_id=pet.id, client_id=first, responsible=True),
                             models.PetOwner(pet_id=pet.id, client_id=second, responsible=True)])


def test_naive_timestamp_rejected(database):
    with pytest.raises(Exception, match="timezone-aware"):
        with database.transaction() as session:
            session.add(models.Setting(key="y", value_json="1", updated_by="t", updated_at=datetime(2026, 1, 1)))
            session.flush()


def test_no_floats_in_money_columns():
    for table in models.Base.metadata.tables.values():
        for column in table.columns:
            assert column.type.python_type is not float, f"{table.name}.{column.name} is a float"


def test_migrations_match_models(database):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), models.Base.metadata)
    assert differences == []
