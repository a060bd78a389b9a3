"""Time the search box on the 100,000-client clinic, one keystroke at a time.

Run from the repository root:

    .venv/bin/python bench/search_bench.py [--rounds 3] [--profile]

Each keystroke runs what the reception window runs: ``services.clients.search``
and then ``services.accounts.banner_state`` for the first result. The
baseline, measured in the same run, is a plain query that fetches the same
client rows by primary key. The script prints p50, p95 and max in
milliseconds, the ratio to the baseline and the peak RSS of the process, and
writes them to bench/results/search.json. The clinic file is generated first
if bench/data/clinic-100k.sqlite3 is missing (see bench/generate.py).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import platform
import pstats
import resource
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))
sys.path.insert(0, str(BENCH_DIR))

from sqlalchemy import select  # noqa: E402

from generate import BENCH_TODAY, DEFAULT_PATH, ensure_bench_clinic  # noqa: E402
from vetdesk.services import accounts, clients  # noqa: E402
from vetdesk.services.accounts import banner_state  # noqa: E402
from vetdesk.services.clients import search  # noqa: E402
from vetdesk.services.context import ServiceContext  # noqa: E402
from vetdesk.storage.database import Database, sqlite_url  # noqa: E402
from vetdesk.storage.models import Client  # noqa: E402

RESULTS_PATH = BENCH_DIR / "results" / "search.json"
TARGET_P95_MS = 30.0
# Noon in Madrid on the day the bench clinic was generated for.
FIXED_NOW = datetime(BENCH_TODAY.year, BENCH_TODAY.month, BENCH_TODAY.day, 11, 0, tzinfo=timezone.utc)
# Client ids whose phone and DNI are typed; any id of the generated clinic works.
SAMPLE_CLIENT_IDS = (4242, 31337, 77777)
TYPED_TEXTS = (
    "garcia",
    "nunez",
    "Núñez",
    "martinez lo",
    "rodriguez gonz",
    "maria jose",
    "luna",
    "trufa",
    "peña",
    "ibañez",
)


def typed_queries(database: Database) -> list[str]:
    """Return every prefix of the typed texts, as the search box receives them keystroke by keystroke."""
    texts = list(TYPED_TEXTS)
    with database.read() as session:
        for client in session.scalars(select(Client).where(Client.id.in_(SAMPLE_CLIENT_IDS)).order_by(Client.id)):
            texts.append(client.phone.removeprefix("+34"))
            phone = client.phone.removeprefix("+34")
            texts.append(f"{phone[0:3]} {phone[3:5]} {phone[5:7]} {phone[7:9]}")
            texts.append(client.id_number or "")
    queries = []
    for text in texts:
        queries.extend(text[:length] for length in range(1, len(text) + 1))
    return queries


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


def summarize(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(values), 2),
        "p95_ms": round(percentile(values, 0.95), 2),
        "max_ms": round(max(values), 2),
    }


def time_keystroke(context: ServiceContext, text: str) -> tuple[float, float, list[int]]:
    """Return (search ms, banner ms, result ids) for one keystroke."""
    started = time.perf_counter()
    results = search(context, text)
    searched = time.perf_counter()
    if results:
        banner_state(context, results[0].client_id, results[0].matched_pet_id)
    finished = time.perf_counter()
    return (searched - started) * 1000, (finished - searched) * 1000, [result.client_id for result in results]


def time_baseline(database: Database, ids: list[int]) -> float:
    """Fetch the same client rows by primary key with one plain query, and return the milliseconds."""
    started = time.perf_counter()
    with database.engine.connect() as connection:
        if ids:
            placeholders = ", ".join("?" * len(ids))
            connection.exec_driver_sql(f"SELECT * FROM client WHERE id IN ({placeholders})", tuple(ids)).fetchall()
    return (time.perf_counter() - started) * 1000


def run_rounds(context: ServiceContext, queries: list[str], rounds: int) -> list[dict]:
    samples = []
    for round_number in range(rounds):
        for text in queries:
            search_ms, banner_ms, ids = time_keystroke(context, text)
            baseline_ms = time_baseline(context.database, ids)
            samples.append({"round": round_number, "text": text, "results": len(ids), "search_ms": search_ms,
                            "banner_ms": banner_ms, "total_ms": search_ms + banner_ms, "baseline_ms": baseline_ms})
    return samples


# Prototypes of the proposed service changes. The application does not use them.

def profile_round(context: ServiceContext, queries: list[str]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for text in queries:
        time_keystroke(context, text)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(15)


def measure(context: ServiceContext, queries: list[str], rounds: int) -> dict:
    """Run one warm-up pass and ``rounds`` measured passes, and return the statistics."""
    # The warm-up pass fills SQLite's page cache and Python's import and statement caches.
    warm_up = run_rounds(context, queries, 1)
    samples = run_rounds(context, queries, rounds)
    total = summarize([sample["total_ms"] for sample in samples])
    baseline = summarize([sample["baseline_ms"] for sample in samples])
    slowest = sorted(samples, key=lambda sample: sample["total_ms"], reverse=True)[:10]
    return {
        "search_plus_banner": total,
        "search": summarize([sample["search_ms"] for sample in samples]),
        "banner": summarize([sample["banner_ms"] for sample in samples]),
        "baseline_primary_key_fetch": baseline,
        "p95_ratio_to_baseline": round(total["p95_ms"] / baseline["p95_ms"], 1) if baseline["p95_ms"] else None,
        "cold_first_keystroke": {"text": warm_up[0]["text"], "ms": round(warm_up[0]["total_ms"], 2)},
        "slowest": [{key: (round(value, 2) if isinstance(value, float) else value) for key, value in sample.items()}
                    for sample in slowest],
    }


def print_measurement(title: str, result: dict) -> None:
    total, search_only, banner_only = result["search_plus_banner"], result["search"], result["banner"]
    baseline = result["baseline_primary_key_fetch"]
    print(title)
    print(f"  search + banner:  p50 {total['p50_ms']:.1f} ms  p95 {total['p95_ms']:.1f} ms  "
          f"max {total['max_ms']:.1f} ms  (target p95 <= {TARGET_P95_MS:.0f} ms)")
    print(f"    search only:    p50 {search_only['p50_ms']:.1f} ms  p95 {search_only['p95_ms']:.1f} ms  "
          f"max {search_only['max_ms']:.1f} ms")
    print(f"    banner only:    p50 {banner_only['p50_ms']:.1f} ms  p95 {banner_only['p95_ms']:.1f} ms  "
          f"max {banner_only['max_ms']:.1f} ms")
    print(f"  baseline (same client rows by primary key):  p50 {baseline['p50_ms']:.2f} ms  "
          f"p95 {baseline['p95_ms']:.2f} ms  max {baseline['max_ms']:.2f} ms")
    print(f"  p95 ratio to baseline: {result['p95_ratio_to_baseline']}x")
    cold = result["cold_first_keystroke"]
    print(f"  first keystroke of the warm-up pass ({cold['text']!r}): {cold['ms']:.1f} ms")
    print("  slowest keystrokes:")
    for sample in result["slowest"]:
        print(f"    {sample['text']!r:>22}  {sample['results']:>2} results  search {sample['search_ms']:6.1f} ms  "
              f"banner {sample['banner_ms']:5.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description="Time search plus debt banner per keystroke on 100,000 clients.")
    parser.add_argument("--database", type=Path, default=DEFAULT_PATH, help=f"clinic file (default {DEFAULT_PATH})")
    parser.add_argument("--rounds", type=int, default=3, help="measured passes over all keystrokes (default 3)")
    parser.add_argument("--profile", action="store_true", help="also run one pass under cProfile and print it")
    args = parser.parse_args()

    path = ensure_bench_clinic(args.database)
    database = Database(sqlite_url(path))
    context = ServiceContext(database, actor="bench", clock=lambda: FIXED_NOW)
    queries = typed_queries(database)
    report = {
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": platform.python_version(),
        "database": path.name,
        "keystrokes": len(queries),
        "rounds": args.rounds,
        "target_p95_ms": TARGET_P95_MS,
    }

    print(f"{len(queries)} keystrokes x {args.rounds} rounds on {path.name}")
    report["services"] = measure(context, queries, args.rounds)
    print_measurement("Search and banner services:", report["services"])
    if args.profile:
        profile_round(context, queries)

    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(f"peak RSS: {report['peak_rss_mb']} MB")
    RESULTS_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_PATH.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
