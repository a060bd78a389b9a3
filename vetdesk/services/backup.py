"""Backups of the clinic database, their pruning, and restores.

A SQLite database is copied with SQLite's online backup API, which gives a
consistent copy while other desks keep working, into
``vetdesk-YYYY-MM-DD-HHMMSS.sqlite3``. A PostgreSQL database is dumped with
``pg_dump --format=custom`` into ``vetdesk-YYYY-MM-DD-HHMMSS.dump``. The date
and time in a name are the computer's local time when the backup started.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from vetdesk.config import data_dir
from vetdesk.domain.messages import QT_TRANSLATE_NOOP, UserError, UserMessage

log = logging.getLogger("vetdesk.backup")

SQLITE_SUFFIX = ".sqlite3"
POSTGRESQL_SUFFIX = ".dump"
BACKUP_NAME = re.compile(r"^vetdesk-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})\.(sqlite3|dump)$")
DAILY_COPIES = 30
MONTHLY_COPIES = 12
# libpq connection keywords that a URL's query string may carry to pg_dump and pg_restore.
LIBPQ_QUERY_KEYWORDS = ("sslmode", "sslcert", "sslkey", "sslrootcert", "connect_timeout", "application_name")


class BackupError(UserError):
    """A failed or rejected backup or restore, explained by its message."""


def _error(source: str, **params: object) -> BackupError:
    return BackupError(UserMessage("Backup", source, params))


def default_backup_directory() -> Path:
    return data_dir() / "backups"


def shown_url(database_url: str) -> str:
    """Return ``database_url`` with its password hidden, for messages and logs."""
    try:
        return make_url(database_url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(invalid URL)"


def parse_database_url(database_url: str) -> URL:
    """Parse an SQLAlchemy URL and check that it names a SQLite file or a PostgreSQL database."""
    try:
        url = make_url(database_url)
    except ArgumentError:
        raise _error(QT_TRANSLATE_NOOP(
            "Backup", "The database URL {url} is not valid. Write it as sqlite:////path/to/file.sqlite3 "
            "or postgresql+psycopg://user@host/database."), url=database_url) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise _error(QT_TRANSLATE_NOOP(
                "Backup", "The database {url} is kept in memory, so it has no file to back up or restore."),
                url=shown_url(database_url))
        return url
    if backend == "postgresql":
        if not url.database:
            raise _error(QT_TRANSLATE_NOOP("Backup", "The database URL {url} names no database."),
                         url=shown_url(database_url))
        return url
    raise _error(QT_TRANSLATE_NOOP(
        "Backup", "Backups support SQLite and PostgreSQL databases only, not {backend}."), backend=backend)


def sqlite_file(url: URL) -> Path:
    return Path(url.database or "")


def _sqlite_connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """Open ``path`` without creating it; SQLite creates a missing file in its default mode."""
    mode = "ro" if read_only else "rw"
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode={mode}", uri=True, timeout=5)


# --- naming --------------------------------------------------------------------------------------


def _local(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.now()
    if moment.tzinfo is not None:
        return moment.astimezone().replace(tzinfo=None)
    return moment


def backup_name(moment: datetime, suffix: str) -> str:
    return f"vetdesk-{moment:%Y-%m-%d-%H%M%S}{suffix}"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime


def list_backups(directory: Path) -> list[BackupFile]:
    """Return the backups in ``directory``, oldest first; other files are ignored."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        match = BACKUP_NAME.match(path.name)
        if not match or not path.is_file():
            continue
        try:
            taken_at = datetime(*(int(part) for part in match.groups()[:6]))
        except ValueError:
            continue
        found.append(BackupFile(path, taken_at))
    found.sort(key=lambda backup: (backup.taken_at, backup.path.name))
    return found


def _unused_path(directory: Path, moment: datetime, suffix: str) -> Path:
    """Return a backup path for ``moment``; a taken name moves on by a second."""
    from datetime import timedelta

    while True:
        path = directory / backup_name(moment, suffix)
        if not path.exists():
            return path
        moment += timedelta(seconds=1)


# --- backup --------------------------------------------------------------------------------------


def backup_database(database_url: str, directory: Path | None = None, now: datetime | None = None) -> Path:
    """Write a backup of the database into ``directory`` and return its path.

    ``now`` sets the time in the name; an aware datetime is converted to the
    computer's local time. The copy is written under a temporary name and
    renamed only after it was checked, so a failed backup leaves no file that
    looks like a backup. Raise BackupError when the backup fails.
    """
    url = parse_database_url(database_url)
    directory = directory or default_backup_directory()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _error(QT_TRANSLATE_NOOP("Backup", "The backup folder {folder} could not be created: {error}"),
                     folder=str(directory), error=error.strerror or str(error)) from None
    moment = _local(now)
    if url.get_backend_name() == "sqlite":
        target = _unused_path(directory, moment, SQLITE_SUFFIX)
        _backup_sqlite(sqlite_file(url), target)
    else:
        target = _unused_path(directory, moment, POSTGRESQL_SUFFIX)
        _backup_postgresql(url, target)
    log.info("Backup of %s written to %s (%d bytes)", shown_url(database_url), target, target.stat().st_size)
    return target


def _backup_sqlite(source_path: Path, target: Path) -> None:
    if not source_path.is_file():
        raise _error(QT_TRANSLATE_NOOP("Backup", "The database file {file} does not exist."), file=str(source_path))
    partial = target.with_name(target.name + ".partial")
    try:
        # Read-write, because a read-only connection cannot open a WAL database whose
        # -shm file is missing; the backup API only reads from it.
        source = _sqlite_connect(source_path, read_only=False)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                problem = _integrity_problem(copy)
                if problem:
                    raise _error(QT_TRANSLATE_NOOP(
                        "Backup", "The copy of {file} failed its integrity check: {problem}"),
                        file=str(source_path), problem=problem)
                # A single self-contained file, without -wal and -shm files beside it.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        partial.replace(target)
    except sqlite3.Error as error:
        log.error("Backup of %s failed: %s", source_path, error)
        raise _error(QT_TRANSLATE_NOOP("Backup", "The backup of {file} failed: {error}"),
                     file=str(source_path), error=str(error)) from None
    finally:
        partial.unlink(missing_ok=True)


def _integrity_problem(connection: sqlite3.Connection) -> str | None:
    rows = connection.execute("PRAGMA integrity_check").fetchall()
    if [row[0] for row in rows] == ["ok"]:
        return None
    return "; ".join(str(row[0]) for row in rows[:5])


def _quote_conninfo(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("'", "\\'")
    return f"'{escaped}'"


def _libpq_arguments(url: URL) -> tuple[str, dict[str, str]]:
    """Return a libpq connection string without the password, and the environment with PGPASSWORD.

    The password goes only into the child's environment, never onto its
    command line, where other users of the computer could read it.
    """
    keywords = {"dbname": url.database, "host": url.host, "port": url.port, "user": url.username}
    for key in LIBPQ_QUERY_KEYWORDS:
        value = url.query.get(key)
        if isinstance(value, str):
            keywords[key] = value
    conninfo = " ".join(f"{key}={_quote_conninfo(str(value))}" for key, value in keywords.items()
                        if value not in (None, ""))
    environment = dict(os.environ)
    environment.pop("PGPASSWORD", None)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    return conninfo, environment


def _run_postgresql_tool(arguments: list[str], environment: dict[str, str]) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(arguments, env=environment, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise _error(QT_TRANSLATE_NOOP(
            "Backup", "The PostgreSQL program {program} was not found. Install the PostgreSQL client "
            "programs (on Debian or Ubuntu: apt-get install postgresql-client) and try again."),
            program=arguments[0]) from None


def _first_error_line(completed: subprocess.CompletedProcess) -> str:
    lines = [line for line in (completed.stderr or "").splitlines() if line.strip()]
    return lines[0] if lines else f"exit status {completed.returncode}"


def _backup_postgresql(url: URL, target: Path) -> None:
    conninfo, environment = _libpq_arguments(url)
    partial = target.with_name(target.name + ".partial")
    try:
        completed = _run_postgresql_tool(
            ["pg_dump", "--format=custom", f"--file={partial}", f"--dbname={conninfo}"], environment)
        if completed.returncode != 0:
            log.error("pg_dump of %s failed with status %d: %s", url.render_as_string(hide_password=True),
                      completed.returncode, completed.stderr.strip())
            raise _error(QT_TRANSLATE_NOOP("Backup", "pg_dump failed for the database {database}: {error}"),
                         database=url.database, error=_first_error_line(completed))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


# --- daily backups and pruning -------------------------------------------------------------------


def ensure_daily_backup(database_url: str, directory: Path | None = None,
                        today: date | None = None) -> Path | None:
    """Back up the database unless ``directory`` has a backup from ``today``, then prune old backups.

    Return the new backup's path, or None when today's backup already
    existed. ``today`` is the computer's local date by default. Raise
    BackupError when the backup fails.
    """
    directory = directory or default_backup_directory()
    today = today or date.today()
    if any(backup.taken_at.date() == today for backup in list_backups(directory)):
        return None
    now = datetime.now()
    path = backup_database(database_url, directory, datetime.combine(today, now.time()))
    prune_backups(directory, today)
    return path


def backups_to_keep(backups: list[BackupFile], today: date) -> set[Path]:
    """Choose the backups that pruning keeps.

    Pruning keeps the newest backup of each of the ``DAILY_COPIES`` most
    recent days that have a backup. It also keeps the newest backup of each of
    the ``MONTHLY_COPIES`` most recent months that have a backup, and every
    backup dated after ``today``, which a wrong clock may have made.
    """
    newest_per_day: dict[date, BackupFile] = {}
    newest_per_month: dict[tuple[int, int], BackupFile] = {}
    keep = set()
    for backup in sorted(backups, key=lambda item: (item.taken_at, item.path.name)):
        day = backup.taken_at.date()
        if day > today:
            keep.add(backup.path)
            continue
        newest_per_day[day] = backup
        newest_per_month[(day.year, day.month)] = backup
    for day in sorted(newest_per_day, reverse=True)[:DAILY_COPIES]:
        keep.add(newest_per_day[day].path)
    for month in sorted(newest_per_month, reverse=True)[:MONTHLY_COPIES]:
        keep.add(newest_per_month[month].path)
    return keep


def prune_backups(directory: Path, today: date) -> list[Path]:
    """Delete the backups in ``directory`` that ``backups_to_keep`` does not keep; return them.

    Files whose names are not backup names are never touched.
    """
    backups = list_backups(directory)
    keep = backups_to_keep(backups, today)
    removed = []
    for backup in backups:
        if backup.path in keep:
            continue
        try:
            backup.path.unlink()
        except OSError as error:
            log.error("Removing the old backup %s failed: %s", backup.path, error)
            continue
        removed.append(backup.path)
    if removed:
        log.info("Removed %d old backups from %s", len(removed), directory)
    return removed


# --- restore -------------------------------------------------------------------------------------

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"
# Tables that every VetDesk schema revision has.
VETDESK_TABLES = frozenset({"alembic_version", "clinic", "client", "ledger_entry", "audit_event"})


@dataclass(frozen=True)
class BackupInfo:
    """The engine, schema revision and clinic name of a backup file, read before anything is restored."""

    path: Path
    engine: str
    revision: str
    clinic_name: str | None


def known_revisions() -> set[str]:
    """Return every schema revision that this version of VetDesk can open."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from vetdesk.storage.database import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def _check_revision(path: Path, revision: str | None) -> str:
    if not revision:
        raise _error(QT_TRANSLATE_NOOP(
            "Backup", "The file {file} is not a VetDesk backup: it has no schema version."), file=str(path))
    if revision not in known_revisions():
        raise _error(QT_TRANSLATE_NOOP(
            "Backup", "The backup {file} has the schema version {revision}, which this version of VetDesk "
            "does not know. It was probably made by a newer VetDesk; restore it with that version."),
            file=str(path), revision=revision)
    return revision


def inspect_backup(path: Path) -> BackupInfo:
    """Check that ``path`` is an intact VetDesk backup at a known schema revision and describe it.

    Raise BackupError when the file is missing, is not a VetDesk backup, is
    damaged, or was made by a newer schema.
    """
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise _error(QT_TRANSLATE_NOOP("Backup", "The backup file {file} does not exist."), file=str(path)) from None
    except OSError as error:
        raise _error(QT_TRANSLATE_NOOP("Backup", "The backup file {file} could not be read: {error}"),
                     file=str(path), error=error.strerror or str(error)) from None
    if header.startswith(SQLITE_MAGIC):
        return _inspect_sqlite_backup(path)
    if header.startswith(PG_DUMP_MAGIC):
        return _inspect_postgresql_backup(path)
    raise _error(QT_TRANSLATE_NOOP(
        "Backup", "The file {file} is not a VetDesk backup: it is neither a SQLite database nor a "
        "PostgreSQL dump."), file=str(path))


def _corrupt(path: Path, detail: str) -> BackupError:
    return _error(QT_TRANSLATE_NOOP(
        "Backup", "The backup {file} is damaged and cannot be restored ({detail}). Choose an older backup."),
        file=str(path), detail=detail)


def _inspect_sqlite_backup(path: Path) -> BackupInfo:
    try:
        connection = _sqlite_connect(path, read_only=True)
    except sqlite3.Error as error:
        raise _corrupt(path, str(error)) from None
    try:
        problem = _integrity_problem(connection)
        if problem:
            raise _corrupt(path, problem)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not VETDESK_TABLES <= tables:
            raise _error(QT_TRANSLATE_NOOP(
                "Backup", "The file {file} is a SQLite database but not a VetDesk database."), file=str(path))
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = _check_revision(path, row[0] if row else None)
        clinic = connection.execute("SELECT name FROM clinic ORDER BY id LIMIT 1").fetchone()
    except sqlite3.Error as error:
        raise _corrupt(path, str(error)) from None
    finally:
        connection.close()
    return BackupInfo(path, "sqlite", revision, clinic[0] if clinic else None)


def _inspect_postgresql_backup(path: Path) -> BackupInfo:
    environment = dict(os.environ)
    listing = _run_postgresql_tool(["pg_restore", "--list", str(path)], environment)
    if listing.returncode != 0:
        raise _corrupt(path, _first_error_line(listing))
    if not re.search(r"TABLE DATA \S+ alembic_version ", listing.stdout):
        raise _error(QT_TRANSLATE_NOOP(
            "Backup", "The file {file} is a PostgreSQL dump but not of a VetDesk database."), file=str(path))
    data = _run_postgresql_tool(
        ["pg_restore", "--data-only", "--table=alembic_version", "--file=-", str(path)], environment)
    if data.returncode != 0:
        raise _corrupt(path, _first_error_line(data))
    # The plain-text output contains "COPY public.alembic_version (version_num) FROM stdin;",
    # one revision per line, then "\.".
    match = re.search(r"^COPY \S*alembic_version .*FROM stdin;\n(.*?)\n\\\.$", data.stdout, re.MULTILINE | re.DOTALL)
    revision = match.group(1).strip() if match else None
    return BackupInfo(path, "postgresql", _check_revision(path, revision), None)


def target_clinic_name(database_url: str) -> str | None:
    """Return the clinic name stored in the database a restore would replace, or None.

    A missing SQLite file is not created, and a database that cannot be read
    returns None.
    """
    url = parse_database_url(database_url)
    if url.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        if not path.is_file():
            return None
        try:
            connection = _sqlite_connect(path, read_only=True)
            try:
                row = connection.execute("SELECT name FROM clinic ORDER BY id LIMIT 1").fetchone()
            finally:
                connection.close()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from vetdesk.storage.database import create_database_engine

    engine = create_database_engine(database_url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT name FROM clinic ORDER BY id LIMIT 1")).scalar()
    except SQLAlchemyError:
        return None
    finally:
        engine.dispose()


def restore_backup(path: Path, database_url: str) -> BackupInfo:
    """Replace the database's contents with the backup at ``path`` and return what was restored.

    The backup is checked first (see ``inspect_backup``), and a refused
    backup leaves the target untouched. A SQLite backup is written into the
    target file with SQLite's backup API, which other connections see as one
    change. A PostgreSQL dump is restored with ``pg_restore --clean`` in one
    transaction into an existing database, which may be empty. A backup at an
    older schema revision is upgraded to the newest one after the restore.
    """
    url = parse_database_url(database_url)
    info = inspect_backup(path)
    if info.engine != url.get_backend_name():
        raise _error(QT_TRANSLATE_NOOP(
            "Backup", "The backup {file} is of a {backup_engine} database and cannot be restored into "
            "the {target_engine} database {url}."),
            file=str(path), backup_engine=info.engine, target_engine=url.get_backend_name(),
            url=shown_url(database_url))
    if info.engine == "sqlite":
        _restore_sqlite(path, sqlite_file(url))
    else:
        _restore_postgresql(path, url)

    from vetdesk.storage.database import Database

    Database(database_url).dispose()
    log.info("Backup %s (schema %s) restored into %s", path, info.revision, shown_url(database_url))
    return info


def _restore_sqlite(path: Path, target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        source = _sqlite_connect(path, read_only=True)
        try:
            destination = sqlite3.connect(target, timeout=5)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except (sqlite3.Error, OSError) as error:
        log.error("Restoring %s into %s failed: %s", path, target, error)
        raise _error(QT_TRANSLATE_NOOP("Backup", "Restoring {file} into {target} failed: {error}"),
                     file=str(path), target=str(target), error=str(error)) from None


def _restore_postgresql(path: Path, url: URL) -> None:
    conninfo, environment = _libpq_arguments(url)
    completed = _run_postgresql_tool(
        ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error",
         f"--dbname={conninfo}", str(path)], environment)
    if completed.returncode != 0:
        log.error("pg_restore of %s into %s failed with status %d: %s", path,
                  url.render_as_string(hide_password=True), completed.returncode, completed.stderr.strip())
        raise _error(QT_TRANSLATE_NOOP("Backup", "pg_restore failed for the database {database}: {error}"),
                     database=url.database, error=_first_error_line(completed))
