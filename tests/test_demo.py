"""The demo clinic generator and the ``vetdesk demo`` command, on real SQLite files."""

from __future__ import annotations

import argparse
import collections
import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from stdnum.es import dni, nie

from vetdesk.commands import demo_command
from vetdesk.domain.identity import search_key
from vetdesk.services.accounts import BannerLevel, banner_state, statuses_for_clients
from vetdesk.services.clients import _details_from_row, rebuild_search_terms, search, validate_client
from vetdesk.services.clinic import get_clinic, validate_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.demo import (
    DEMO_AGREEMENTS,
    RECEPTIONISTS,
    DemoDatabaseNotEmpty,
    generate_demo_clinic,
    open_or_create_demo,
)
from vetdesk.storage import models
from vetdesk.storage.database import Database, sqlite_url
from vetdesk.storage.models import AuditEvent, Client, Clinic, LedgerEntry, Pet, PetOwner, SearchTerm

TODAY = date(2026, 12, 4)
# 11:00 in Madrid on TODAY, so that the services see the same day as the generator.
FIXED_NOW = datetime(2026, 12, 4, 10, 0, tzinfo=timezone.utc)
SEED = 20261204
CLIENTS = 500


def _generate(path: Path, clients: int = CLIENTS, seed: int = SEED):
    database = Database(sqlite_url(path))
    summary = generate_demo_clinic(database, clients=clients, seed=seed, today=TODAY)
    return database, summary


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A 500-client demo clinic, generated once for the read-only tests of this module."""
    database, summary = _generate(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    yield database, summary
    database.dispose()


@pytest.fixture(scope="module")
def demo_context(demo):
    database, _ = demo
    return ServiceContext(database, actor="Lucía (recepción)", clock=lambda: FIXED_NOW)


@pytest.fixture(scope="module")
def statuses(demo, demo_context):
    database, _ = demo
    with database.read() as session:
        client_ids = list(session.scalars(select(Client.id)))
        return statuses_for_clients(demo_context, session, client_ids)


def _count(database: Database, model) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def _all_clients(database: Database) -> list[Client]:
    with database.read() as session:
        return list(session.scalars(select(Client).order_by(Client.id)))


def _aging_bucket(days_overdue: int) -> int:
    return min((days_overdue - 1) // 30, 3)


def test_summary_counts_match_tables(demo):
    database, summary = demo

    assert summary.clients == CLIENTS
    assert 650 <= summary.pets <= 750
    assert summary.ledger_entries >= 15 * CLIENTS
    assert _count(database, Client) == summary.clients
    assert _count(database, Pet) == summary.pets
    assert _count(database, LedgerEntry) == summary.ledger_entries
    assert _count(database, SearchTerm) == summary.search_terms
    assert summary.today == TODAY


def test_co_owned_pets_have_one_responsible_owner(demo):
    database, summary = demo
    with database.read() as session:
        owners = collections.defaultdict(list)
        for pet_id, client_id, responsible in session.execute(
                select(PetOwner.pet_id, PetOwner.client_id, PetOwner.responsible)):
            owners[pet_id].append((client_id, responsible))

    co_owned = [pet_id for pet_id, rows in owners.items() if len(rows) == 2]
    assert len(owners) == summary.pets
    assert all(sum(responsible for _, responsible in rows) == 1 for rows in owners.values())
    assert all(len(rows) <= 2 for rows in owners.values())
    assert all(owners[pet_id][0][0] != owners[pet_id][1][0] for pet_id in co_owned)
    assert len(co_owned) == summary.co_owned_pets
    # About 8 % of the pets.
    assert 0.04 * summary.pets <= len(co_owned) <= 0.12 * summary.pets


def test_id_numbers_are_valid_and_unique(demo):
    database, _ = demo
    numbers = [client.id_number for client in _all_clients(database) if client.id_number]

    invalid = [number for number in numbers
               if not (nie.is_valid(number) if number[0] in "XYZ" else dni.is_valid(number))]
    assert invalid == []
    assert len(set(numbers)) == len(numbers)
    assert len(numbers) >= 0.9 * CLIENTS
    assert any(number[0] in "XYZ" for number in numbers)
    assert any(number[0].isdigit() for number in numbers)


def test_names_have_accents_and_enye(demo):
    database, _ = demo
    clients = _all_clients(database)
    names = " ".join(f"{client.given_name} {client.surnames}" for client in clients)

    assert "ñ" in names
    assert re.search("[áéíóúÁÉÍÓÚ]", names)
    assert "Núñez" in names
    two_surnames = [client for client in clients if len(client.surnames.split()) >= 2]
    assert len(two_surnames) >= 0.9 * len(clients)


def test_client_rows_pass_validation_unchanged(demo):
    database, _ = demo
    for client in _all_clients(database):
        details = _details_from_row(client)
        assert validate_client(details) == details, details


def test_phones_are_stored_in_e164(demo):
    database, _ = demo
    phones = [client.phone for client in _all_clients(database) if client.phone]

    assert len(phones) == CLIENTS
    assert all(re.fullmatch(r"\+34[6-9][0-9]{8}", phone) for phone in phones)
    assert sum(phone.startswith(("+346", "+347")) for phone in phones) >= 0.9 * CLIENTS


def test_sort_keys_follow_names(demo):
    database, _ = demo
    for client in _all_clients(database):
        assert client.sort_key == search_key(f"{client.surnames} {client.given_name}")


def test_search_terms_equal_rebuilt_terms(demo):
    database, _ = demo

    def terms(session, client_id: int) -> list[tuple[str, int | None]]:
        rows = session.execute(select(SearchTerm.term, SearchTerm.pet_id).where(SearchTerm.client_id == client_id))
        return sorted(rows, key=lambda row: (row[0], row[1] or 0))

    with database.read() as session:
        client_ids = list(session.scalars(select(Client.id)))
        generated = {client_id: terms(session, client_id) for client_id in client_ids}
        # The read session is rolled back on exit, so the rebuild stores nothing.
        for client_id in client_ids:
            rebuild_search_terms(session, client_id)
        rebuilt = {client_id: terms(session, client_id) for client_id in client_ids}

    assert generated == rebuilt


def test_search_nunez_finds_accented_client(demo_context):
    results = search(demo_context, "nunez")

    assert results
    assert any("Núñez" in result.name for result in results)
    assert all("nunez" in search_key(result.name) for result in results)


def test_search_pet_name_reports_matched_pet(demo, demo_context):
    database, _ = demo
    results = search(demo_context, "trufa")

    assert results
    with database.read() as session:
        for result in results:
            assert result.matched_pet_id is not None
            assert session.get(Pet, result.matched_pet_id).name == "Trufa"


def test_about_one_client_in_ten_has_overdue_debt(demo, statuses):
    _, summary = demo
    debtors = [status for status in statuses.values() if status.overdue.is_positive]

    assert len(debtors) == summary.debtors
    assert 0.07 * CLIENTS <= len(debtors) <= 0.13 * CLIENTS


def test_overdue_debt_spreads_over_aging_buckets(statuses):
    buckets = collections.Counter(
        _aging_bucket(status.oldest_overdue_days) for status in statuses.values() if status.overdue.is_positive
    )

    assert set(buckets) == {0, 1, 2, 3}
    assert all(count >= 3 for count in buckets.values()), buckets


def test_aging_amounts_fill_every_bucket(statuses):
    aging = [status.aging for status in statuses.values()]

    assert any(item.days_1_30.is_positive for item in aging)
    assert any(item.days_31_60.is_positive for item in aging)
    assert any(item.days_61_90.is_positive for item in aging)
    assert any(item.over_90.is_positive for item in aging)


def test_some_clients_owe_only_debt_not_yet_due(demo, demo_context, statuses):
    _, summary = demo
    amber = [client_id for client_id, status in statuses.items()
             if not status.overdue.is_positive and status.not_yet_due.is_positive]

    assert len(amber) == summary.not_yet_due_clients
    assert len(amber) >= 5
    assert banner_state(demo_context, amber[0]).level is BannerLevel.AMBER


def test_debtor_banner_is_red(demo_context, statuses):
    debtor_id = next(client_id for client_id, status in statuses.items() if status.overdue.is_positive)

    assert banner_state(demo_context, debtor_id).level is BannerLevel.RED


def test_most_clients_are_settled(statuses):
    settled = [status for status in statuses.values()
               if not status.overdue.is_positive and not status.not_yet_due.is_positive]

    assert len(settled) >= 0.8 * CLIENTS


def test_ledger_entries_are_consistent(demo):
    database, _ = demo
    with database.read() as session:
        entries = {entry.id: entry for entry in session.scalars(select(LedgerEntry))}
        owned = {tuple(row) for row in session.execute(select(PetOwner.pet_id, PetOwner.client_id))}

    kinds = collections.Counter(entry.kind for entry in entries.values())
    assert set(kinds) == {"charge", "payment", "credit_note"}
    for entry in entries.values():
        assert entry.entry_date <= TODAY, entry.id
        assert entry.recorded_by in RECEPTIONISTS
        assert entry.amount_cents > 0
        if entry.kind == "charge":
            assert entry.due_date >= entry.entry_date, entry.id
            assert entry.payment_method is None
        if entry.kind == "payment":
            assert entry.payment_method in {"cash", "card", "transfer", "bizum", "direct_debit"}
        if entry.pet_id is not None:
            assert (entry.pet_id, entry.client_id) in owned, entry.id
        if entry.applies_to_id is not None:
            charge = entries[entry.applies_to_id]
            assert charge.kind == "charge"
            assert charge.client_id == entry.client_id
            assert charge.id < entry.id


def test_ledger_covers_two_years(demo):
    database, _ = demo
    with database.read() as session:
        first, last = session.execute(select(func.min(LedgerEntry.entry_date), func.max(LedgerEntry.entry_date))).one()

    assert TODAY - timedelta(days=731) <= first <= TODAY - timedelta(days=700)
    assert last >= TODAY - timedelta(days=3)


def test_payment_methods_include_desk_and_later(demo):
    database, _ = demo
    with database.read() as session:
        methods = set(session.scalars(select(LedgerEntry.payment_method).where(LedgerEntry.kind == "payment")))

    assert methods == {"cash", "card", "transfer", "bizum", "direct_debit"}


def test_clinic_row_is_valid(demo, demo_context):
    info = get_clinic(demo_context)

    assert info is not None
    assert validate_clinic(info) == info
    assert info.name == "Clínica Veterinaria Los Almendros"
    assert info.tax_id.startswith("B")
    assert info.iban.startswith("ES")
    assert info.time_zone == "Europe/Madrid"


def test_generation_is_audited(demo):
    database, summary = demo
    with database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "demo_generated")).one()

    recorded = json.loads(event.after_json)
    assert recorded["clients"] == summary.clients
    assert recorded["ledger_entries"] == summary.ledger_entries
    assert recorded["seed"] == SEED


def test_same_seed_gives_same_clinic(demo, tmp_path):
    first_database, first_summary = demo
    second_database, second_summary = _generate(tmp_path / "again.sqlite3")
    try:
        first_clients = _all_clients(first_database)
        second_clients = _all_clients(second_database)
    finally:
        second_database.dispose()

    assert second_summary == first_summary
    assert second_clients[0].given_name == first_clients[0].given_name
    assert second_clients[0].surnames == first_clients[0].surnames
    assert [c.id_number for c in second_clients] == [c.id_number for c in first_clients]


def test_other_seed_gives_other_clinic(demo, tmp_path):
    first_database, _ = demo
    other_database, _ = _generate(tmp_path / "other.sqlite3", clients=20, seed=SEED + 1)
    try:
        other_names = [(c.given_name, c.surnames) for c in _all_clients(other_database)]
    finally:
        other_database.dispose()
    first_names = [(c.given_name, c.surnames) for c in _all_clients(first_database)[:20]]

    assert other_names != first_names


def test_pets_per_client_sets_pet_count(tmp_path):
    database = Database(sqlite_url(tmp_path / "bench.sqlite3"))
    try:
        summary = generate_demo_clinic(database, clients=200, today=TODAY, pets_per_client=1.5)
    finally:
        database.dispose()

    assert summary.pets == 300


def test_generator_rejects_database_with_clients(demo):
    database, summary = demo

    with pytest.raises(DemoDatabaseNotEmpty, match="already has 500 clients"):
        generate_demo_clinic(database, clients=10, today=TODAY)
    assert _count(database, Client) == summary.clients


@pytest.mark.parametrize("clients", [0, -5])
def test_generator_rejects_invalid_client_count(database, clients):
    with pytest.raises(ValueError, match="at least 1 client"):
        generate_demo_clinic(database, clients=clients, today=TODAY)
    assert _count(database, Client) == 0


def test_generator_keeps_existing_clinic(database, clinic):
    generate_demo_clinic(database, clients=10, today=TODAY)

    with database.read() as session:
        clinics = list(session.scalars(select(Clinic)))
    assert [row.name for row in clinics] == ["Clínica Veterinaria Prueba"]


def test_generator_reports_progress(database):
    calls = []

    generate_demo_clinic(database, clients=1200, today=TODAY, progress=lambda done, total: calls.append((done, total)))

    assert calls[0] == (0, 1200)
    assert calls[-1] == (1200, 1200)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_generator_default_today_is_clinic_today(database):
    def madrid_today() -> date:
        return datetime.now(timezone.utc).astimezone(ZoneInfo("Europe/Madrid")).date()

    before = madrid_today()
    summary = generate_demo_clinic(database, clients=5)
    after = madrid_today()

    # Midnight in Madrid may pass while the clinic is generated.
    assert summary.today in {before, after}


def test_open_or_create_demo_creates_then_reuses(tmp_path):
    path = tmp_path / "demo.sqlite3"

    first = open_or_create_demo(path, clients=30)
    first.dispose()
    second = open_or_create_demo(path, clients=30)
    try:
        clients = _count(second, Client)
        with second.read() as session:
            generated = session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "demo_generated"))
    finally:
        second.dispose()

    assert clients == 30
    assert generated == 1


# The ``vetdesk demo`` command


def _run_command(argv: list[str]) -> int:
    """Parse ``argv`` as vetdesk.cli does for sub-commands, and run the demo command."""
    parser = argparse.ArgumentParser(prog="vetdesk")
    parser.add_argument("--database")
    subparsers = parser.add_subparsers(dest="command")
    demo_command.register(subparsers)
    args = parser.parse_args(argv)
    return args.run(args)


def test_command_creates_new_file(tmp_path, capsys):
    path = tmp_path / "new.sqlite3"

    code = _run_command(["demo", "--clients", "40", "--output", str(path)])

    output = capsys.readouterr()
    assert code == 0
    assert "40 clients" in output.out
    assert "Generated 40 of 40 clients" in output.err
    database = Database(sqlite_url(path))
    try:
        assert _count(database, Client) == 40
    finally:
        database.dispose()


def test_command_refuses_existing_file(demo, tmp_path, capsys):
    path = tmp_path / "existing.sqlite3"
    path.write_bytes(b"clinic data that must survive")
    before = path.stat()

    code = _run_command(["demo", "--clients", "10", "--output", str(path)])

    output = capsys.readouterr()
    assert code == 1
    assert str(path) in output.err
    assert "already exists" in output.err
    assert path.read_bytes() == b"clinic data that must survive"
    assert path.stat().st_mtime_ns == before.st_mtime_ns


def test_command_refuses_existing_database_url(demo, capsys):
    database, summary = demo
    path = Path(database.engine.url.database)
    before = path.read_bytes()

    code = _run_command(["demo", "--clients", "10", "--database", sqlite_url(path)])

    output = capsys.readouterr()
    assert code == 1
    assert str(path) in output.err
    assert path.read_bytes() == before
    assert _count(database, Client) == summary.clients


def test_command_uses_global_database_option(tmp_path, capsys):
    path = tmp_path / "global.sqlite3"

    code = _run_command(["--database", sqlite_url(path), "demo", "--clients", "5"])

    assert code == 0
    assert str(path) in capsys.readouterr().out


def test_command_fills_empty_file(tmp_path, capsys):
    path = tmp_path / "empty.sqlite3"
    path.touch()

    code = _run_command(["demo", "--clients", "5", "--output", str(path)])

    assert code == 0
    assert "5 clients" in capsys.readouterr().out


def test_command_refuses_directory(tmp_path, capsys):
    code = _run_command(["demo", "--output", str(tmp_path)])

    assert code == 1
    assert "is a directory" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_command_rejects_invalid_client_count(tmp_path, capsys, value):
    path = tmp_path / "never.sqlite3"

    with pytest.raises(SystemExit) as exit_info:
        _run_command(["demo", "--clients", value, "--output", str(path)])

    assert exit_info.value.code == 2
    assert "invalid" in capsys.readouterr().err
    assert not path.exists()


def test_command_removes_file_after_failure(tmp_path, monkeypatch, capsys):
    path = tmp_path / "failed.sqlite3"

    def fail(database, **options):
        raise OperationalError("INSERT INTO client", {}, Exception("disk I/O error"))

    monkeypatch.setattr(demo_command, "generate_demo_clinic", fail)
    code = _run_command(["demo", "--clients", "5", "--output", str(path)])

    assert code == 1
    assert "disk I/O error" in capsys.readouterr().err
    assert not path.exists()
    assert not Path(f"{path}-wal").exists()


def test_cli_main_runs_demo_command(tmp_path, capsys):
    from vetdesk.cli import main

    path = tmp_path / "cli.sqlite3"

    assert main(["demo", "--clients", "5", "--output", str(path)]) == 0
    assert "5 clients" in capsys.readouterr().out


def test_server_database_check_finds_rows(demo, database):
    populated, _ = demo

    problem = demo_command._problem_with_server_database(sqlite_url(Path(populated.engine.url.database)))

    assert problem is not None
    assert "is not empty" in problem
    assert demo_command._problem_with_server_database(str(database.engine.url)) is None


def test_command_output_under_a_file_fails_cleanly(tmp_path, capsys):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x", encoding="utf-8")

    code = _run_command(["demo", "--clients", "5", "--output", str(blocker / "clinic.sqlite3")])

    assert code == 1
    assert "notes.txt" in capsys.readouterr().err
    assert blocker.read_text(encoding="utf-8") == "x"


def test_demo_agreements_show_every_standing(tmp_path):
    from vetdesk.domain.agreements import Standing
    from vetdesk.services import agreements
    from vetdesk.translation import document_translator

    database = open_or_create_demo(tmp_path / "demo.sqlite3", clients=500, translate=document_translator("es"))
    try:
        context = ServiceContext(database, actor="test")
        with database.read() as session:
            rows = session.scalars(select(models.Agreement)).all()
            documents = session.scalars(select(models.AgreementDocument)).all()
        standings = {agreements.agreement_view(context, row.id).progress.standing for row in rows}
        assert len(rows) == DEMO_AGREEMENTS == len(documents)
        assert {Standing.GOOD, Standing.LATE, Standing.BROKEN, Standing.COMPLETED} <= standings
        assert all(document.signature_png and document.pdf.startswith(b"%PDF") for document in documents)
    finally:
        database.dispose()
