"""Time the debtor search and the dashboard on the 100,000-client clinic.

Run from the repository root:

    .venv/bin/python bench/debtors_bench.py

The clinic file (see bench/generate.py) is copied to a temporary folder,
because opening the dashboard caches its month-end figures. Timed, each
against a plain SQL query for the same rows measured in the same run:

- opening the debtor view: ``load_debtors`` (baseline: one query that reads the
  listed clients' names and stored balances);
- each filter change: the view's ``apply_filters`` on the loaded list, which
  filters in memory and refills the table model behind the sorted view
  (baseline: one query that fetches the same clients by primary key);
- opening the dashboard: ``compute_dashboard``, first with no month-end figures
  cached (the first opening ever) and then as every later opening finds them
  (baseline: one query summing the stored balances and open charges).

Targets: a filter change at most 200 ms, opening the dashboard at most 1 s.
Results go to bench/results/debtors.json.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))
sys.path.insert(0, str(BENCH_DIR))

from sqlalchemy import delete, func, select  # noqa: E402

from generate import BENCH_TODAY, DEFAULT_PATH, ensure_bench_clinic  # noqa: E402
from vetdesk.domain.debtors import AgingBucket, AgreementState, DebtorFilter  # noqa: E402
from vetdesk.domain.money import Money  # noqa: E402
from vetdesk.services import dashboard, debtors  # noqa: E402
from vetdesk.services.context import ServiceContext  # noqa: E402
from vetdesk.storage import models  # noqa: E402
from vetdesk.storage.database import Database, sqlite_url  # noqa: E402

FILTER_TARGET_MS = 200
DASHBOARD_TARGET_S = 1.0
ROUNDS = 5
RESULTS = BENCH_DIR / "results" / "debtors.json"

# One filter change per filter of the panel, as a manager would click through them.
FILTERS = {
    "owed 100 to 500 €": DebtorFilter(owed_from=Money.from_cents(10_000), owed_to=Money.from_cents(50_000)),
    "overdue 31 to 60 days": DebtorFilter(overdue_days_from=31, overdue_days_to=60),
    "bucket over 90": DebtorFilter(buckets=frozenset({AgingBucket.OVER_90})),
    "never reminded": DebtorFilter(last_levels=frozenset({0})),
    "no agreement": DebtorFilter(agreements=frozenset({AgreementState.NONE})),
    "promise lapsed": DebtorFilter(promise_lapsed=True),
    "signed terms": DebtorFilter(signed_terms=True),
    "on hold or dispute": DebtorFilter(on_hold=True),
    "written off": DebtorFilter(written_off=True),
    "no payment for 180 days": DebtorFilter(days_since_payment_from=180),
    "text 'garcia'": DebtorFilter(text="garcia"),
    "text 'garcia lu' (owner and pet)": DebtorFilter(text="garcia lu"),
    "over 90 days without agreement": DebtorFilter(overdue_days_from=91,
                                                   agreements=frozenset({AgreementState.NONE})),
    "no filter": DebtorFilter(),
}


class _Source:
    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def load(self):
        return debtors.load_debtors(self.context)

    def saved_filters(self):
        return []

    def save_filter(self, name, debtor_filter):
        raise NotImplementedError

    def delete_filter(self, name):
        raise NotImplementedError


def _timed(action):
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def baseline_list(database: Database) -> float:
    """Read the names and stored balances of the clients the list shows, in one query."""
    def query():
        with database.read() as session:
            return session.execute(
                select(models.Client.id, models.Client.given_name, models.Client.surnames, models.Client.phone,
                       models.AccountBalance.balance_cents)
                .join(models.AccountBalance, models.AccountBalance.client_id == models.Client.id)
                .where(models.AccountBalance.balance_cents > 0)
            ).all()
    return _timed(query)[0]


def baseline_rows(database: Database, client_ids: list[int]) -> float:
    """Fetch the given clients by primary key, in chunks of 5,000 ids."""
    def query():
        with database.read() as session:
            for start in range(0, len(client_ids), 5000):
                session.execute(select(models.Client.id, models.Client.given_name, models.Client.surnames,
                                       models.Client.phone)
                                .where(models.Client.id.in_(client_ids[start:start + 5000]))).all()
    return _timed(query)[0]


def baseline_dashboard(database: Database) -> float:
    def query():
        with database.read() as session:
            session.execute(select(func.sum(models.AccountBalance.balance_cents))
                            .where(models.AccountBalance.balance_cents > 0)).all()
            session.execute(select(models.OpenCharge.due_date, func.sum(models.OpenCharge.open_cents))
                            .group_by(models.OpenCharge.due_date)).all()
    return _timed(query)[0]


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from vetdesk.ui.debtors_view import DebtorSearchView

    app = QApplication.instance() or QApplication([])
    source = ensure_bench_clinic(DEFAULT_PATH)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "clinic.sqlite3"
        shutil.copyfile(source, copy)
        database = Database(sqlite_url(copy))
        now = datetime.combine(BENCH_TODAY, datetime.min.time(), tzinfo=timezone.utc).replace(hour=10)
        context = ServiceContext(database, "bench", clock=lambda: now)

        load_times = [_timed(lambda: debtors.load_debtors(context))[0] for _ in range(ROUNDS)]
        load_baselines = [baseline_list(database) for _ in range(ROUNDS)]

        view = DebtorSearchView(_Source(context))
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        rows = list(view._all_rows)
        results = {}
        for name, debtor_filter in FILTERS.items():
            view.filter_panel.set_filter(debtor_filter)
            samples, baselines = [], []
            for _ in range(ROUNDS):
                seconds, _ok = _timed(view.apply_filters)
                samples.append(seconds)
                matched = [row.client_id for row in debtor_filter.apply(rows)]
                baselines.append(baseline_rows(database, matched))
            results[name] = {"rows": view.proxy.rowCount(), "median_ms": statistics.median(samples) * 1000,
                             "max_ms": max(samples) * 1000, "baseline_ms": statistics.median(baselines) * 1000}

        with database.transaction() as session:
            # An earlier run may have cached the month ends in the clinic file; the first opening has none.
            session.execute(delete(models.MonthEndReceivable))
        cold, _figures = _timed(lambda: dashboard.compute_dashboard(context))
        warm = [_timed(lambda: dashboard.compute_dashboard(context))[0] for _ in range(ROUNDS)]
        dashboard_baselines = [baseline_dashboard(database) for _ in range(ROUNDS)]
        database.dispose()

    load_median = statistics.median(load_times)
    load_base = statistics.median(load_baselines)
    print(f"Debtor list: {len(rows):,} clients, opening the view {load_median * 1000:.0f} ms median "
          f"(baseline {load_base * 1000:.0f} ms, ratio {load_median / load_base:.1f}x)")
    print(f"{'Filter change':36} {'rows':>7} {'median':>9} {'max':>9} {'baseline':>9} {'ratio':>6}")
    for name, figures in results.items():
        ratio = figures["median_ms"] / figures["baseline_ms"] if figures["baseline_ms"] else float("nan")
        print(f"{name:36} {figures['rows']:>7,} {figures['median_ms']:>7.1f}ms {figures['max_ms']:>7.1f}ms "
              f"{figures['baseline_ms']:>7.1f}ms {ratio:>5.1f}x")
    worst = max(figures["max_ms"] for figures in results.values())
    print(f"Slowest filter change {worst:.1f} ms (target {FILTER_TARGET_MS} ms): "
          f"{'met' if worst <= FILTER_TARGET_MS else 'NOT met'}")
    warm_median = statistics.median(warm)
    dash_base = statistics.median(dashboard_baselines)
    print(f"Dashboard: first opening (no cached month ends) {cold:.2f} s; later openings {warm_median:.3f} s "
          f"median, max {max(warm):.3f} s (baseline {dash_base * 1000:.0f} ms, ratio {warm_median / dash_base:.1f}x; "
          f"target {DASHBOARD_TARGET_S} s: {'met' if max(warm) <= DASHBOARD_TARGET_S else 'NOT met'})")
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Peak RSS {peak_rss_mb:.0f} MB")

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": platform.python_version(),
        "listed_clients": len(rows),
        "open_view_ms": {"median": load_median * 1000, "baseline": load_base * 1000},
        "filters": results,
        "dashboard_s": {"first_opening": cold, "median": warm_median, "max": max(warm), "baseline": dash_base},
        "peak_rss_mb": round(peak_rss_mb),
    }, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
