"""Create the benchmark clinic: 100,000 clients, 150,000 pets, over 2,000,000 ledger entries.

Run from the repository root:

    .venv/bin/python bench/generate.py

The file bench/data/clinic-100k.sqlite3 is reused when it already contains a
generated clinic, so later benchmark runs skip the generation. Timings and
counts go to bench/results/generate.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from sqlalchemy import func, select  # noqa: E402

from vetdesk.services.demo import generate_demo_clinic  # noqa: E402
from vetdesk.storage.database import Database, sqlite_url  # noqa: E402
from vetdesk.storage.models import Client, Clinic, LedgerEntry, Pet  # noqa: E402

BENCH_CLIENTS = 100_000
BENCH_PETS_PER_CLIENT = 1.5
BENCH_SEED = 20261204
# A fixed "today" makes the ledger, and so the debt banners, the same in every run.
BENCH_TODAY = date(2026, 12, 4)
DEFAULT_PATH = REPO_ROOT / "bench" / "data" / "clinic-100k.sqlite3"
RESULTS_PATH = REPO_ROOT / "bench" / "results" / "generate.json"


def table_counts(database: Database) -> dict[str, int]:
    with database.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Clinic, Client, Pet, LedgerEntry)
        }


def ensure_bench_clinic(path: Path = DEFAULT_PATH, clients: int = BENCH_CLIENTS) -> Path:
    """Generate the benchmark clinic at ``path`` unless the file contains one already, and return ``path``."""
    database = Database(sqlite_url(path))
    try:
        counts = table_counts(database)
        if counts["clinic"] and counts["client"]:
            print(f"Reusing {path}: {counts['client']:,} clients, {counts['pet']:,} pets, "
                  f"{counts['ledger_entry']:,} ledger entries")
            return path
        if counts["client"]:
            raise SystemExit(f"{path} has clients but no clinic. Delete the file and run this script again.")

        print(f"Generating {clients:,} clients into {path}")
        last_shown = -1

        def show_progress(done: int, total: int) -> None:
            nonlocal last_shown
            tenth = done * 10 // total
            if tenth != last_shown:
                last_shown = tenth
                print(f"  {done:,} of {total:,} clients ({time.perf_counter() - started:.0f} s)", flush=True)

        started = time.perf_counter()
        summary = generate_demo_clinic(database, clients=clients, seed=BENCH_SEED, today=BENCH_TODAY,
                                       pets_per_client=BENCH_PETS_PER_CLIENT, progress=show_progress)
        generation_seconds = time.perf_counter() - started
    finally:
        database.dispose()

    size_mb = path.stat().st_size / 1e6
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Generated in {generation_seconds:.1f} s: {summary.clients:,} clients, {summary.pets:,} pets "
          f"({summary.co_owned_pets:,} co-owned), {summary.ledger_entries:,} ledger entries, "
          f"{summary.search_terms:,} search terms, {summary.debtors:,} debtors, "
          f"{summary.not_yet_due_clients:,} with debt not yet due")
    print(f"File size {size_mb:.0f} MB, peak RSS {peak_rss_mb:.0f} MB")
    RESULTS_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_PATH.write_text(json.dumps({
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": platform.python_version(),
        "seconds": round(generation_seconds, 1),
        "file_size_mb": round(size_mb, 1),
        "peak_rss_mb": round(peak_rss_mb),
        "seed": BENCH_SEED,
        "today": BENCH_TODAY.isoformat(),
        "clients": summary.clients,
        "pets": summary.pets,
        "co_owned_pets": summary.co_owned_pets,
        "ledger_entries": summary.ledger_entries,
        "search_terms": summary.search_terms,
        "debtors": summary.debtors,
        "not_yet_due_clients": summary.not_yet_due_clients,
    }, indent=2) + "\n", encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_PATH, help=f"SQLite file (default {DEFAULT_PATH})")
    parser.add_argument("--clients", type=int, default=BENCH_CLIENTS, help="number of clients (default 100000)")
    args = parser.parse_args()
    ensure_bench_clinic(args.output, args.clients)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
