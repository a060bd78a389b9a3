"""Backups, restores, daily backups and pruning, on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vetdesk.cli import build_parser
from vetdesk.services import backup
from vetdesk.services.audit import verify_chain
from vetdesk.services.backup import (
    BackupError,
    backup_database,
    ensure_daily_backup,
    inspect_backup,
    list_backups,
    prune_backups,
    restore_backup,
)
from vetdesk.services.demo import generate_demo_clinic
from vetdesk.storage.database import Database, sqlite_url
from vetdesk.storage.models import Base, LedgerEntry

NOW = datetime(2026, 12, 4, 9, 30, 15)


def snapshot(database_url: str) -> dict[str, int]:
    """Return the row count of every table and the sum of ledger amounts."""
    database = Database(database_url, migrate=False)
    try:
        with database.read() as session:
            counts = {table.name: session.scalar(select(func.count()).select_from(table))
                      for table in Base.metadata.sorted_tables}
            counts["ledger_amount_cents"] = session.scalar(select(func.sum(LedgerEntry.amount_cents)))
    finally:
        database.dispose()
    return counts


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_database(database):
    generate_demo_clinic(database, clients=100, today=date(2026, 12, 4))
    return database


def test_backup_and_restore_round_trip(demo_database, empty_database_url, tmp_path: Path):
    before = snapshot(demo_database.url)
    directory = tmp_path / "backups"

    path = backup_database(demo_database.url, directory, NOW)
    info = restore_backup(path, empty_database_url)

    expected_suffix = ".sqlite3" if demo_database.engine.dialect.name == "sqlite" else ".dump"
    assert path.name == f"vetdesk-2026-12-04-093015{expected_suffix}"
    assert info.engine == demo_database.engine.dialect.name
    assert before["client"] == 100
    assert before["ledger_entry"] > 0
    assert snapshot(empty_database_url) == before
    restored = Database(empty_database_url)
    try:
        assert verify_chain(restored).ok
    finally:
        restored.dispose()


def test_sqlite_backup_is_single_checked_file(tmp_path: Path):
    url = sqlite_url(tmp_path / "clinic.sqlite3")
    database = Database(url)
    generate_demo_clinic(database, clients=5, today=date(2026, 12, 4))
    database.dispose()

    path = backup_database(url, tmp_path / "backups", NOW)

    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [path.name]


def test_backup_name_taken_moves_on(tmp_path: Path):
    url = sqlite_url(tmp_path / "clinic.sqlite3")
    Database(url).dispose()

    first = backup_database(url, tmp_path / "b", NOW)
    second = backup_database(url, tmp_path / "b", NOW)

    assert first.name == "vetdesk-2026-12-04-093015.sqlite3"
    assert second.name == "vetdesk-2026-12-04-093016.sqlite3"


def test_backup_missing_sqlite_file_rejected(tmp_path: Path):
    missing = tmp_path / "missing.sqlite3"

    with pytest.raises(BackupError, match="does not exist"):
        backup_database(sqlite_url(missing), tmp_path / "b", NOW)

    assert not missing.exists()
    assert list_backups(tmp_path / "b") == []


@pytest.mark.parametrize("url", ["sqlite://", "not a url", "mysql://user@localhost/clinic"])
def test_backup_unsupported_url_rejected(url, tmp_path: Path):
    with pytest.raises(BackupError):
        backup_database(url, tmp_path / "b", NOW)


def test_pg_dump_password_only_in_environment(monkeypatch, tmp_path: Path, caplog):
    calls = []

    def fake_run(arguments, **kwargs):
        calls.append((arguments, kwargs["env"]))
        return subprocess.CompletedProcess(arguments, 1, "", "pg_dump: error: connection failed")

    monkeypatch.setattr(backup.subprocess, "run", fake_run)

    with pytest.raises(BackupError) as raised:
        backup_database("postgresql+psycopg://ana:s3cr3t-pw@127.0.0.1:5432/clinica?sslmode=disable",
                        tmp_path / "b", NOW)

    arguments, environment = calls[0]
    assert arguments[0] == "pg_dump"
    assert "--format=custom" in arguments
    assert all("s3cr3t-pw" not in argument for argument in arguments)
    assert "sslmode='disable'" in arguments[-1]
    assert environment["PGPASSWORD"] == "s3cr3t-pw"
    assert "s3cr3t-pw" not in str(raised.value)
    assert "s3cr3t-pw" not in caplog.text
    assert list_backups(tmp_path / "b") == []


def test_restore_rejects_text_file(database, tmp_path: Path):
    before = snapshot(database.url)
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("not a database at all\n" * 100)

    with pytest.raises(BackupError, match="not a VetDesk backup"):
        restore_backup(bogus, database.url)

    assert snapshot(database.url) == before


def test_restore_rejects_other_sqlite_database(database, tmp_path: Path):
    before = snapshot(database.url)
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()

    with pytest.raises(BackupError, match="not a VetDesk database"):
        restore_backup(other, database.url)

    assert snapshot(database.url) == before


def test_restore_rejects_missing_file(database, tmp_path: Path):
    with pytest.raises(BackupError, match="does not exist"):
        restore_backup(tmp_path / "missing.sqlite3", database.url)


def make_sqlite_backup(tmp_path: Path, clients: int = 20) -> Path:
    url = sqlite_url(tmp_path / "source.sqlite3")
    database = Database(url)
    generate_demo_clinic(database, clients=clients, today=date(2026, 12, 4))
    database.dispose()
    return backup_database(url, tmp_path / "backups", NOW)


def test_restore_rejects_corrupt_sqlite_backup(tmp_path: Path):
    path = make_sqlite_backup(tmp_path)
    data = bytearray(path.read_bytes())
    # Overwrite pages after the header with garbage, as a failing disk would.
    for offset in range(4096 * 2, len(data) - 4096, 4096):
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    target = tmp_path / "target.sqlite3"
    Database(sqlite_url(target)).dispose()
    digest = file_digest(target)

    with pytest.raises(BackupError, match="damaged"):
        restore_backup(path, sqlite_url(target))

    assert file_digest(target) == digest


def test_restore_rejects_newer_schema(tmp_path: Path):
    path = make_sqlite_backup(tmp_path, clients=2)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    target = tmp_path / "fresh" / "target.sqlite3"

    with pytest.raises(BackupError, match="newer VetDesk"):
        restore_backup(path, sqlite_url(target))

    assert not target.exists()


def test_restore_rejects_other_engine(tmp_path: Path):
    path = make_sqlite_backup(tmp_path, clients=2)

    with pytest.raises(BackupError, match="cannot be restored into"):
        restore_backup(path, "postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_restore_rejects_corrupt_postgresql_dump(database, tmp_path: Path):
    if database.engine.dialect.name != "postgresql":
        pytest.skip("pg_restore reads PostgreSQL dumps only")
    generate_demo_clinic(database, clients=5, today=date(2026, 12, 4))
    path = backup_database(database.url, tmp_path / "b", NOW)
    before = snapshot(database.url)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])

    with pytest.raises(BackupError):
        restore_backup(path, database.url)

    assert snapshot(database.url) == before


def test_inspect_backup_describes_sqlite_backup(tmp_path: Path):
    path = make_sqlite_backup(tmp_path, clients=2)

    info = inspect_backup(path)

    assert info.engine == "sqlite"
    assert info.clinic_name == "Clínica Veterinaria Los Almendros"
    assert info.revision in backup.known_revisions()


def test_restore_older_revision_upgraded(tmp_path: Path):
    from alembic import command

    from vetdesk.storage.database import _alembic_config, head_revision

    url = sqlite_url(tmp_path / "old.sqlite3")
    database = Database(url, migrate=False)
    command.upgrade(_alembic_config(database.engine), "0001")
    database.dispose()
    path = backup_database(url, tmp_path / "b", NOW)
    target = tmp_path / "restored.sqlite3"

    info = restore_backup(path, sqlite_url(target))

    assert info.revision == "0001"
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        connection.close()


def test_daily_backup_once_per_day(tmp_path: Path):
    url = sqlite_url(tmp_path / "clinic.sqlite3")
    Database(url).dispose()
    directory = tmp_path / "backups"

    first = ensure_daily_backup(url, directory, date(2026, 12, 4))
    again = ensure_daily_backup(url, directory, date(2026, 12, 4))
    next_day = ensure_daily_backup(url, directory, date(2026, 12, 5))

    assert first is not None
    assert first.name.startswith("vetdesk-2026-12-04-")
    assert again is None
    assert next_day is not None
    assert next_day.name.startswith("vetdesk-2026-12-05-")
    assert len(list_backups(directory)) == 2


def test_daily_backup_failure_raises(tmp_path: Path):
    with pytest.raises(BackupError):
        ensure_daily_backup(sqlite_url(tmp_path / "missing.sqlite3"), tmp_path / "b", date(2026, 12, 4))


def touch_backups(directory: Path, names: list[str]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name in names:
        (directory / name).write_bytes(b"")


# (file name, kept?) with 3 daily and 2 monthly copies.
PRUNE_CASES = [
    ("vetdesk-2026-12-04-200000.sqlite3", True),   # newest of today: daily 1, month 2026-12
    ("vetdesk-2026-12-04-080000.sqlite3", False),  # older copy of the same day
    ("vetdesk-2026-12-02-080000.dump", True),      # daily 2 (2026-12-03 has no backup)
    ("vetdesk-2026-11-30-080000.sqlite3", True),   # daily 3, month 2026-11
    ("vetdesk-2026-11-29-080000.sqlite3", False),  # fourth day back, and not newest of November
    ("vetdesk-2026-10-31-235959.sqlite3", False),  # month 2026-10 is the third month back
    ("vetdesk-2025-12-01-080000.sqlite3", False),
    ("vetdesk-2026-12-10-080000.sqlite3", True),   # after today: a wrong clock, kept
]


def test_prune_keeps_newest_per_day_and_month(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(backup, "DAILY_COPIES", 3)
    monkeypatch.setattr(backup, "MONTHLY_COPIES", 2)
    touch_backups(tmp_path, [name for name, _ in PRUNE_CASES])
    (tmp_path / "notes.txt").write_text("keep me")
    (tmp_path / "vetdesk-2026-02-30-100000.sqlite3").write_bytes(b"")

    removed = prune_backups(tmp_path, date(2026, 12, 4))

    for name, kept in PRUNE_CASES:
        assert (tmp_path / name).exists() == kept, name
    assert sorted(path.name for path in removed) == sorted(name for name, kept in PRUNE_CASES if not kept)
    assert (tmp_path / "notes.txt").exists()
    assert (tmp_path / "vetdesk-2026-02-30-100000.sqlite3").exists()


def test_prune_keeps_30_daily_and_12_monthly(tmp_path: Path):
    from datetime import timedelta

    day = date(2025, 6, 1)
    names = []
    while day <= date(2026, 12, 4):
        names.append(f"vetdesk-{day:%Y-%m-%d}-090000.sqlite3")
        day += timedelta(days=1)
    touch_backups(tmp_path, names)

    prune_backups(tmp_path, date(2026, 12, 4))

    kept = sorted(backup_file.taken_at.date() for backup_file in list_backups(tmp_path))
    daily = [date(2026, 12, 4) - timedelta(days=offset) for offset in range(30)]
    # The newest backup of each month from January to October 2026; November and December are covered by the daily ones.
    month_ends = [date(2026, month + 1, 1) - timedelta(days=1) for month in range(1, 11)]
    assert kept == sorted(daily + month_ends)
    assert len(kept) == 40


def restore_args(*argv: str):
    return build_parser().parse_args(["restore", *argv])


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_restore_command_needs_terminal_or_yes(qapp, tmp_path: Path, capsys):
    path = make_sqlite_backup(tmp_path, clients=2)
    target = tmp_path / "target.sqlite3"
    args = restore_args(str(path), "--database", sqlite_url(target))

    status = args.run(args, stdin=io.StringIO("yes\n"))

    assert status == 2
    assert "--yes" in capsys.readouterr().err
    assert not target.exists()


def test_restore_command_wrong_name_refused(qapp, tmp_path: Path, capsys):
    path = make_sqlite_backup(tmp_path, clients=2)
    target = tmp_path / "target.sqlite3"
    database = Database(sqlite_url(target))
    generate_demo_clinic(database, clients=1, today=date(2026, 12, 4))
    database.dispose()
    digest = file_digest(target)
    args = restore_args(str(path), "--database", sqlite_url(target))

    status = args.run(args, stdin=FakeTerminal("Otra clínica\n"))

    output = capsys.readouterr()
    assert status == 1
    assert "Clínica Veterinaria Los Almendros" in output.out
    assert "nothing was restored" in output.err
    assert file_digest(target) == digest


def test_restore_command_confirmed_by_name(qapp, tmp_path: Path, capsys):
    path = make_sqlite_backup(tmp_path, clients=3)
    target = tmp_path / "target.sqlite3"
    database = Database(sqlite_url(target))
    generate_demo_clinic(database, clients=1, today=date(2026, 12, 4))
    database.dispose()
    args = restore_args(str(path), "--database", sqlite_url(target))

    status = args.run(args, stdin=FakeTerminal("clínica veterinaria los almendros\n"))

    assert status == 0
    assert "restored" in capsys.readouterr().out
    assert snapshot(sqlite_url(target))["client"] == 3


def test_restore_command_new_file_confirmed_by_yes(qapp, tmp_path: Path):
    path = make_sqlite_backup(tmp_path, clients=2)
    target = tmp_path / "new.sqlite3"
    args = restore_args(str(path), "--database", sqlite_url(target))

    assert args.run(args, stdin=FakeTerminal("yes\n")) == 0
    assert snapshot(sqlite_url(target))["client"] == 2


def test_restore_command_rejects_bad_file(qapp, tmp_path: Path, capsys):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"\x00" * 2048)
    target = tmp_path / "target.sqlite3"
    args = restore_args(str(bogus), "--database", sqlite_url(target), "--yes")

    assert args.run(args) == 1
    assert "not a VetDesk backup" in capsys.readouterr().err
    assert not target.exists()


def test_backup_command_writes_file(qapp, tmp_path: Path, capsys):
    url = sqlite_url(tmp_path / "clinic.sqlite3")
    Database(url).dispose()
    args = build_parser().parse_args(["backup", "--database", url, "--output", str(tmp_path / "out")])

    assert args.run(args) == 0
    assert "Backup written to" in capsys.readouterr().out
    assert len(list_backups(tmp_path / "out")) == 1


def test_backup_command_failure_status(qapp, tmp_path: Path, capsys):
    args = build_parser().parse_args(["backup", "--database", sqlite_url(tmp_path / "missing.sqlite3"),
                                      "--output", str(tmp_path / "out")])

    assert args.run(args) == 1
    assert "does not exist" in capsys.readouterr().err


def test_restore_confirmation_ignores_accents(qapp, tmp_path: Path):
    path = make_sqlite_backup(tmp_path, clients=3)
    target = tmp_path / "target.sqlite3"
    database = Database(sqlite_url(target))
    generate_demo_clinic(database, clients=1, today=date(2026, 12, 4))
    database.dispose()
    args = restore_args(str(path), "--database", sqlite_url(target))

    assert args.run(args, stdin=FakeTerminal("CLINICA VETERINARIA LOS ALMENDROS\n")) == 0
    assert snapshot(sqlite_url(target))["client"] == 3


def test_restore_refused_on_wrong_answer(qapp, tmp_path: Path):
    path = make_sqlite_backup(tmp_path, clients=3)
    target = tmp_path / "target.sqlite3"
    database = Database(sqlite_url(target))
    generate_demo_clinic(database, clients=1, today=date(2026, 12, 4))
    database.dispose()
    args = restore_args(str(path), "--database", sqlite_url(target))

    assert args.run(args, stdin=FakeTerminal("no\n")) != 0
    assert snapshot(sqlite_url(target))["client"] == 1


@pytest.fixture(autouse=True)
def _english_command_output(monkeypatch):
    """Commands follow the desk's language; these tests read their English output."""
    from vetdesk.config import LocalConfig

    monkeypatch.setattr("vetdesk.config.load_config", lambda: LocalConfig(language="en"))


def test_backup_command_speaks_spanish(qapp, tmp_path: Path, capsys, monkeypatch):
    from vetdesk.config import LocalConfig

    monkeypatch.setattr("vetdesk.config.load_config", lambda: LocalConfig(language="es"))
    url = sqlite_url(tmp_path / "clinic.sqlite3")
    Database(url).dispose()
    args = build_parser().parse_args(["backup", "--database", url, "--output", str(tmp_path / "out")])

    assert args.run(args) == 0
    assert "Copia de seguridad guardada en" in capsys.readouterr().out
