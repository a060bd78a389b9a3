"""``vetdesk migrate-to``: copy a SQLite clinic into an empty PostgreSQL database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from vetdesk.cli import main
from vetdesk.commands import migrate_command
from vetdesk.domain.ledger import PaymentMethod
from vetdesk.domain.money import Money
from vetdesk.services import accounts, clients
from vetdesk.services.clients import ClientDetails
from vetdesk.services.context import ServiceContext
from vetdesk.services.demo import generate_demo_clinic
from vetdesk.storage import models
from vetdesk.storage.database import Database, sqlite_url

DEMO_TODAY = date(2026, 12, 4)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("migrate") / "demo.sqlite3"
    database = Database(sqlite_url(path))
    generate_demo_clinic(database, clients=200, today=DEMO_TODAY)
    database.dispose()
    return path


@pytest.fixture
def empty_postgresql(postgres_server):
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


def _counts(url: str) -> tuple[dict[str, int], dict[str, int]]:
    database = Database(url, migrate=False)
    try:
        with database.engine.connect() as connection:
            totals = migrate_command.collect_totals(connection)
    finally:
        database.dispose()
    return totals.row_counts, totals.ledger_cents


def test_demo_clinic_copied_and_verified(demo_file, empty_postgresql, capsys):
    code = main(["migrate-to", empty_postgresql, "--from", sqlite_url(demo_file)])
    output = capsys.readouterr()
    assert code == 0, output.err
    assert "The copy matches the source and was committed." in output.out
    assert "MISMATCH" not in output.out

    source_counts, source_ledger = _counts(sqlite_url(demo_file))
    target_counts, target_ledger = _counts(empty_postgresql)
    assert source_counts["client"] == 200
    assert target_counts == source_counts
    assert target_ledger == source_ledger
    assert f"{source_counts['ledger_entry']:,}" in output.out


def test_copied_clinic_accepts_new_rows(demo_file, empty_postgresql):
    """Sequences are moved past the copied ids, so new clients and payments get new ids."""
    assert main(["migrate-to", empty_postgresql, "--from", sqlite_url(demo_file)]) == 0
    database = Database(empty_postgresql)
    try:
        context = ServiceContext(database, actor="Lucía")
        created = clients.save_client(context, ClientDetails(given_name="Nueva", surnames="Clienta"))
        assert created.id == 201
        accounts.record_payment(context, accounts.NewPayment(created.id, Money.from_cents(100), PaymentMethod.CASH,
                                                             DEMO_TODAY))
        assert [r.client_id for r in clients.search(context, "nueva")] == [created.id]
    finally:
        database.dispose()


def test_non_empty_target_rejected(demo_file, empty_postgresql, capsys):
    assert main(["migrate-to", empty_postgresql, "--from", sqlite_url(demo_file)]) == 0
    capsys.readouterr()
    code = main(["migrate-to", empty_postgresql, "--from", sqlite_url(demo_file)])
    error = capsys.readouterr().err
    assert code == 1
    assert "is not empty (table" in error
    assert "nothing was copied" in error


def test_sqlite_target_rejected(demo_file, tmp_path, capsys):
    code = main(["migrate-to", sqlite_url(tmp_path / "other.sqlite3"), "--from", sqlite_url(demo_file)])
    assert code == 1
    assert "the target must be a PostgreSQL database" in capsys.readouterr().err


def test_postgresql_source_rejected(empty_postgresql, capsys):
    code = main(["migrate-to", empty_postgresql, "--from", empty_postgresql])
    assert code == 1
    assert "must be a SQLite file" in capsys.readouterr().err


def test_unreachable_target_reported(demo_file, capsys):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = main(["migrate-to", f"postgresql://vetdesk:secret-pw@127.0.0.1:{port}/clinica",
                 "--from", sqlite_url(demo_file)])
    error = capsys.readouterr().err
    assert code == 1
    assert f"127.0.0.1 on port {port}" in error
    assert "secret-pw" not in error


def test_mismatch_rolls_back(demo_file, empty_postgresql, monkeypatch, capsys):
    real = migrate_command.collect_totals
    calls = []

    def lose_one_row(connection):
        totals = real(connection)
        calls.append(totals)
        if len(calls) == 2:
            totals.row_counts["client"] -= 1
        return totals

    monkeypatch.setattr(migrate_command, "collect_totals", lose_one_row)
    code = main(["migrate-to", empty_postgresql, "--from", sqlite_url(demo_file)])
    output = capsys.readouterr()
    assert code == 1
    assert "MISMATCH" in output.out
    assert "rolled back" in output.err
    database = Database(empty_postgresql, migrate=False)
    try:
        with database.read() as session:
            assert session.scalar(select(func.count()).select_from(models.Client)) == 0
    finally:
        database.dispose()
