"""Time a reminder run on the 100,000-client clinic, whose debtors have overdue charges.

Run from the repository root:

    .venv/bin/python bench/reminders_bench.py

The clinic file (see bench/generate.py) is copied to a temporary folder,
because a run stores its reminders. The script times ``run_reminders`` with
``dry_run`` (deciding only) and for real (deciding, filling the texts and
storing one reminder per client), against a baseline measured in the same
run: one plain SQL query that sums the overdue charges of every client.
Target: the real run takes at most 2 s. Results go to bench/results/reminders.json.
"""

from __future__ import annotations

import json
import platform
import resource
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))
sys.path.insert(0, str(BENCH_DIR))

from sqlalchemy import func, select  # noqa: E402

from generate import BENCH_TODAY, DEFAULT_PATH, ensure_bench_clinic  # noqa: E402
from vetdesk.services import reminders  # noqa: E402
from vetdesk.services.context import ServiceContext  # noqa: E402
from vetdesk.storage import models  # noqa: E402
from vetdesk.storage.database import Database, sqlite_url  # noqa: E402

TARGET_SECONDS = 2.0
RESULTS = BENCH_DIR / "results" / "reminders.json"


def baseline(database: Database) -> tuple[float, int]:
    """Sum each client's overdue charges with one query; return (seconds, clients)."""
    started = time.perf_counter()
    with database.read() as session:
        rows = session.execute(
            select(models.LedgerEntry.client_id, func.sum(models.LedgerEntry.amount_cents))
            .where(models.LedgerEntry.kind == "charge", models.LedgerEntry.due_date < BENCH_TODAY)
            .group_by(models.LedgerEntry.client_id)
        ).all()
    return time.perf_counter() - started, len(rows)


def main() -> None:
    source = ensure_bench_clinic(DEFAULT_PATH)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "clinic.sqlite3"
        shutil.copyfile(source, copy)
        database = Database(sqlite_url(copy))
        now = datetime(BENCH_TODAY.year, BENCH_TODAY.month, BENCH_TODAY.day, 10, tzinfo=timezone.utc)
        context = ServiceContext(database, actor="bench", clock=lambda: now)
        # Warm the page cache and the mappers, as a desk that has been open for a while would be.
        baseline(database)
        base_seconds, charged_clients = baseline(database)

        started = time.perf_counter()
        dry = reminders.run_reminders(context, BENCH_TODAY, dry_run=True)
        dry_seconds = time.perf_counter() - started

        started = time.perf_counter()
        real = reminders.run_reminders(context, BENCH_TODAY)
        run_seconds = time.perf_counter() - started
        database.dispose()

    figures = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "python": platform.python_version(),
        "clients_with_charges_due": charged_clients,
        "reminders_planned": len(dry.planned),
        "reminders_prepared": real.created,
        "baseline_query_s": round(base_seconds, 3),
        "dry_run_s": round(dry_seconds, 3),
        "run_s": round(run_seconds, 3),
        "run_vs_baseline": round(run_seconds / base_seconds, 1),
        "target_s": TARGET_SECONDS,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(f"Plain query over {charged_clients} clients with charges due: {base_seconds:.3f} s")
    print(f"Dry run: {len(dry.planned)} reminders decided in {dry_seconds:.3f} s")
    print(f"Run: {real.created} reminders prepared and stored in {run_seconds:.3f} s "
          f"({figures['run_vs_baseline']}x the plain query; target {TARGET_SECONDS:.1f} s) "
          f"{'OK' if run_seconds <= TARGET_SECONDS else 'OVER TARGET'}")
    print(f"Peak RSS: {figures['peak_rss_mb']} MB")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
