"""``vetdesk migrate-to URL``: copy the single-desk SQLite clinic into an empty PostgreSQL database.

Every table is copied in foreign-key order inside one PostgreSQL transaction,
and the id sequences are moved past the copied ids. Before the commit, the row
count of each table and the sum of ledger amounts per kind are compared with
the source. Exit status 0 means the copy was committed and everything matched.
Status 1 means nothing was stored in the target. Like ``vetdesk demo``, the
command prints English only.
"""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, inspect, insert, literal, select, table, text
from sqlalchemy.exc import SQLAlchemyError

from vetdesk.config import load_config
from vetdesk.domain.messages import UserError
from vetdesk.secrets import database_secret_name, load_secret, resolve_database_url
from vetdesk.storage.database import Database, check_connection, head_revision, normalize_url, upgrade_schema
from vetdesk.storage.models import Base, LedgerEntry

log = logging.getLogger("vetdesk.migrate")

EXIT_OK = 0
EXIT_FAILED = 1
# Rows per executemany call while copying.
COPY_BATCH_ROWS = 5_000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "migrate-to",
        help="copy this desk's SQLite clinic into an empty PostgreSQL database shared by several desks",
        description="Copy the clinic from its SQLite file into an empty PostgreSQL database, in one "
        "transaction, then compare the row count of every table and the ledger totals per kind. "
        "The SQLite file is left unchanged. Afterwards, point every desk at the new database in "
        "Settings.",
    )
    parser.add_argument("target_url", metavar="URL",
                        help="SQLAlchemy URL of the empty PostgreSQL database, for example "
                        "postgresql://vetdesk@server.local/clinica; without a password in the URL "
                        "the one saved in the keyring for that user and server is used")
    parser.add_argument("--from", dest="source_url", metavar="URL",
                        help="SQLAlchemy URL of the SQLite clinic to copy (default: the configured database)")
    parser.set_defaults(run=run)


@dataclass(frozen=True)
class Totals:
    """Figures that must match between source and target after the copy."""

    row_counts: dict[str, int]
    # Sum of amount_cents per ledger entry kind.
    ledger_cents: dict[str, int]


def collect_totals(connection: Connection) -> Totals:
    counts = {
        table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
        for table in Base.metadata.sorted_tables
    }
    ledger = dict(connection.execute(
        select(LedgerEntry.kind, func.coalesce(func.sum(LedgerEntry.amount_cents), 0)).group_by(LedgerEntry.kind)
    ).all())
    return Totals(counts, {kind: int(cents) for kind, cents in ledger.items()})


def _target_problem(connection: Connection, shown_url: str) -> str | None:
    """Return why the target cannot take the clinic, or None when no table in it has rows."""
    for name in inspect(connection).get_table_names():
        if name == "alembic_version":
            continue
        if connection.execute(select(literal(1)).select_from(table(name)).limit(1)).first():
            return (f"the database {shown_url} is not empty (table {name} has rows), so nothing was copied. "
                    "Give the URL of a new, empty database.")
    return None


def _copy_table(source: Connection, target: Connection, model_table: Table) -> int:
    order = list(model_table.primary_key.columns)
    copied = 0
    batch: list[dict] = []
    for row in source.execute(select(model_table).order_by(*order)).mappings():
        batch.append(dict(row))
        if len(batch) == COPY_BATCH_ROWS:
            target.execute(insert(model_table), batch)
            copied += len(batch)
            batch = []
    if batch:
        target.execute(insert(model_table), batch)
        copied += len(batch)
    return copied


def reset_sequences(connection: Connection) -> None:
    """Move each serial id sequence past the largest copied id, so new rows get new ids."""
    for model_table in Base.metadata.sorted_tables:
        columns = list(model_table.primary_key.columns)
        if len(columns) != 1 or columns[0].name != "id":
            continue
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{model_table.name}', 'id'), "
            f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {model_table.name}"
        ))


def print_comparison(source: Totals, target: Totals) -> bool:
    """Print source and target figures side by side; return True when all of them match."""
    matched = True
    print(f"{'table':<20} {'SQLite':>12} {'PostgreSQL':>12}")
    for name, count in source.row_counts.items():
        copied = target.row_counts.get(name)
        mark = "" if copied == count else "  MISMATCH"
        matched &= copied == count
        print(f"{name:<20} {count:>12,} {copied if copied is not None else '-':>12,}{mark}")
    print(f"{'ledger total (cents)':<20}")
    for kind in sorted(set(source.ledger_cents) | set(target.ledger_cents)):
        before = source.ledger_cents.get(kind, 0)
        after = target.ledger_cents.get(kind, 0)
        mark = "" if before == after else "  MISMATCH"
        matched &= before == after
        print(f"  {kind:<18} {before:>12,} {after:>12,}{mark}")
    return matched


def _urls(args: argparse.Namespace) -> tuple[str, str]:
    source_url = args.source_url or getattr(args, "database", None) or resolve_database_url(load_config())
    target = normalize_url(args.target_url)
    if target.get_backend_name() == "postgresql" and target.password is None:
        password = load_secret(database_secret_name(target))
        if password is not None:
            target = target.set(password=password)
    return source_url, target.render_as_string(hide_password=False)


def _fail(message: str) -> int:
    sys.stderr.write(f"vetdesk migrate-to: {message}\n")
    return EXIT_FAILED


def run(args: argparse.Namespace) -> int:
    source_url, target_url = _urls(args)
    shown_source = normalize_url(source_url).render_as_string(hide_password=True)
    shown_target = normalize_url(target_url).render_as_string(hide_password=True)
    if normalize_url(source_url).get_backend_name() != "sqlite":
        return _fail(f"the clinic to copy must be a SQLite file, not {shown_source}. Give it with --from.")
    if normalize_url(target_url).get_backend_name() != "postgresql":
        return _fail(f"the target must be a PostgreSQL database, not {shown_target}.")

    source = target = None
    try:
        source = Database(source_url)
        check_connection(target_url)
        target = Database(target_url, migrate=False)
        with target.engine.connect() as connection:
            problem = _target_problem(connection, shown_target)
        if problem:
            return _fail(problem)
        upgrade_schema(target.engine)
        print(f"Copying {shown_source} to {shown_target} (schema {head_revision()})")
        return _copy_all(source, target)
    except UserError as error:
        return _fail(error.render())
    except SQLAlchemyError as error:
        log.error("Copying %s to %s failed: %s", shown_source, shown_target, error)
        return _fail(f"copying to {shown_target} failed, so nothing was stored there: {error}")
    finally:
        for database in (source, target):
            if database is not None:
                database.dispose()


class _Mismatch(Exception):
    """Raised inside the copy transaction to roll it back when the figures differ."""


def _copy_all(source: Database, target: Database) -> int:
    try:
        with source.engine.connect() as reader, target.engine.begin() as writer:
            # One read transaction gives a consistent snapshot even if a desk writes meanwhile.
            for model_table in Base.metadata.sorted_tables:
                copied = _copy_table(reader, writer, model_table)
                print(f"  {model_table.name}: {copied:,} rows")
            reset_sequences(writer)
            if not print_comparison(collect_totals(reader), collect_totals(writer)):
                raise _Mismatch
    except _Mismatch:
        return _fail("the copy does not match the source, so it was rolled back and nothing was stored.")
    print("The copy matches the source and was committed.")
    return EXIT_OK
