"""The ``vetdesk demo`` sub-command: generate a demo clinic into a new database."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from sqlalchemy import inspect, literal, select, table
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from vetdesk.config import demo_database_path
from vetdesk.services.demo import (
    DEFAULT_CLIENTS,
    DEFAULT_PETS_PER_CLIENT,
    DEFAULT_SEED,
    DemoDatabaseNotEmpty,
    DemoSummary,
    generate_demo_clinic,
)
from vetdesk.storage.database import Database, create_database_engine, sqlite_url

log = logging.getLogger("vetdesk.demo")

EXIT_OK = 0
EXIT_FAILED = 1


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}. Type a whole number such as 500.") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"invalid number of clients {value}. Use 1 or more.")
    return value


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}. Type a number such as 1.4.") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"invalid number of pets per client {text}. Use 0 or more.")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="generate a demo clinic with Spanish clients, pets and two years of accounts",
        description="Generate a realistic Spanish demo clinic into a new database: clients with "
        "DNI/NIE, pets (some co-owned), two years of charges and payments, and about one client "
        "in ten with overdue debt. An existing database that is not empty is never overwritten.",
    )
    parser.add_argument(
        "--clients", type=_positive_int, default=DEFAULT_CLIENTS, metavar="N",
        help=f"number of clients to generate (default {DEFAULT_CLIENTS}, or 100000 for benchmarks)",
    )
    target = parser.add_mutually_exclusive_group()
    target.add_argument(
        "--output", type=Path, metavar="FILE",
        help="new SQLite file to create (default: the demo file that 'vetdesk --demo' opens)",
    )
    target.add_argument(
        "--database", dest="demo_database_url", metavar="URL",
        help="SQLAlchemy URL of an empty database to fill instead of a new SQLite file",
    )
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED,
        help=f"seed of the random generator (default {DEFAULT_SEED}). The same seed and day give the same clinic.",
    )
    parser.add_argument(
        "--pets-per-client", type=_non_negative_float, default=DEFAULT_PETS_PER_CLIENT, metavar="RATIO",
        help=f"average number of pets per client (default {DEFAULT_PETS_PER_CLIENT})",
    )
    parser.set_defaults(run=run)


def _target_url(args: argparse.Namespace) -> str:
    if args.output is not None:
        return sqlite_url(args.output.expanduser().resolve())
    if args.demo_database_url:
        return args.demo_database_url
    # The global "vetdesk --database URL demo" form.
    if getattr(args, "database", None):
        return args.database
    return sqlite_url(demo_database_path())


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _problem_with_sqlite_file(path: Path) -> str | None:
    if path.is_dir():
        return f"{path} is a directory. Give the path of a new SQLite file with --output."
    if path.exists() and path.stat().st_size > 0:
        return (f"{path} already exists and is not empty, so it was left unchanged. "
                "Choose a new file with --output, or delete this one first.")
    return None


def _problem_with_server_database(url: str) -> str | None:
    """Return why the database at ``url`` cannot take demo data, or None if it is empty."""
    shown_url = make_url(url).render_as_string(hide_password=True)
    engine = create_database_engine(url)
    try:
        with engine.connect() as connection:
            for name in inspect(connection).get_table_names():
                if name == "alembic_version":
                    continue
                if connection.execute(select(literal(1)).select_from(table(name)).limit(1)).first():
                    return (f"The database {shown_url} is not empty (table {name} has rows), so it was left "
                            "unchanged. Give the URL of an empty database.")
    finally:
        engine.dispose()
    return None


def _print_summary(summary: DemoSummary, shown_url: str, seconds: float) -> None:
    print(f"Demo clinic created in {shown_url} in {seconds:.1f} s:")
    print(f"  {summary.clients:,} clients")
    print(f"  {summary.pets:,} pets, {summary.co_owned_pets:,} of them co-owned")
    print(f"  {summary.ledger_entries:,} ledger entries up to {summary.today.isoformat()}")
    print(f"  {summary.debtors:,} clients with overdue debt, "
          f"{summary.not_yet_due_clients:,} with debt not yet due")
    print(f"Open it with: vetdesk --database {shown_url}")


def run(args: argparse.Namespace) -> int:
    url = _target_url(args)
    shown_url = make_url(url).render_as_string(hide_password=True)
    sqlite_path = _sqlite_file(url)
    try:
        problem = (_problem_with_sqlite_file(sqlite_path) if sqlite_path is not None
                   else _problem_with_server_database(url))
    except SQLAlchemyError as error:
        problem = f"Could not open the database {shown_url}: {error}"
    if problem:
        sys.stderr.write(f"vetdesk demo: {problem}\n")
        return EXIT_FAILED

    created_file = sqlite_path is not None and not sqlite_path.exists()
    last_shown = -1

    def show_progress(done: int, total: int) -> None:
        nonlocal last_shown
        tenth = done * 10 // total
        if tenth != last_shown:
            last_shown = tenth
            sys.stderr.write(f"Generated {done:,} of {total:,} clients\n")
            sys.stderr.flush()

    started = time.perf_counter()
    database = None
    try:
        database = Database(url)
        summary = generate_demo_clinic(database, clients=args.clients, seed=args.seed,
                                       pets_per_client=args.pets_per_client, progress=show_progress)
    except (DemoDatabaseNotEmpty, SQLAlchemyError, OSError) as error:
        log.error("Generating the demo clinic in %s failed: %s", shown_url, error)
        sys.stderr.write(f"vetdesk demo: generating the demo clinic in {shown_url} failed: {error}\n")
        _remove_created_file(database, sqlite_path if created_file else None)
        return EXIT_FAILED
    except BaseException:
        # Ctrl+C or an unexpected error: leave no half-created file behind.
        _remove_created_file(database, sqlite_path if created_file else None)
        raise
    database.dispose()
    _print_summary(summary, shown_url, time.perf_counter() - started)
    return EXIT_OK


def _remove_created_file(database: Database | None, path: Path | None) -> None:
    if database is not None:
        database.dispose()
    if path is None:
        return
    for suffix in ("", "-wal", "-shm"):
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError as error:
            # The path could not be created at all, for example because a file is where a folder should be.
            log.warning("Could not remove %s%s: %s", path, suffix, error)
