"""Cold start and peak memory of VetDesk on the benchmark clinic, against a bare PySide6 window.

Run from the repository root after bench/generate.py:

    .venv/bin/python bench/startup_bench.py [--runs 5]

Each measurement is a new Python process, timed from its launch until a line
saying the window is usable: shown, with keyboard focus in the search box,
and painted once. The baseline is a process that opens a bare QMainWindow with a
QLineEdit the same way, measured in the same run and alternated with
VetDesk's runs so both see the same machine load. The memory figure is the
peak resident set of a VetDesk process that starts, types 40 searches with
their banners and opens 10 clients. The time until the database is open,
when the first search can run, is measured and printed too. Results go to bench/results/startup.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CLINIC = REPO_ROOT / "bench" / "data" / "clinic-100k.sqlite3"
RESULTS_PATH = REPO_ROOT / "bench" / "results" / "startup.json"
TARGET_RATIO = 2.0
TARGET_PEAK_MB = 400

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication([])
window = QMainWindow()
box = QLineEdit()
window.setCentralWidget(box)
window.resize(1400, 860)
window.show()
box.setFocus()
def ready():
    if not box.hasFocus():
        QTimer.singleShot(1, ready)
        return
    window.grab()
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

VETDESK_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from vetdesk.config import LocalConfig
from vetdesk.ui.app import DeskApplication
app = QApplication([])
desk = DeskApplication(app, LocalConfig(language="es", staff_name="bench"), database_url=sys.argv[1])
desk.start()
def ready():
    if not desk.window.search_panel.search_box.hasFocus():
        QTimer.singleShot(1, ready)
        return
    desk.window.grab()
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

VETDESK_DATABASE_READY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from vetdesk.config import LocalConfig
from vetdesk.ui.app import DeskApplication
app = QApplication([])
desk = DeskApplication(app, LocalConfig(language="es", staff_name="bench"), database_url=sys.argv[1])
desk.start()
def ready():
    if desk.context is None:
        QTimer.singleShot(1, ready)
        return
    print("READY", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

VETDESK_SESSION = """
import resource, sys, time
from PySide6.QtWidgets import QApplication
from vetdesk.config import LocalConfig
from vetdesk.ui.app import DeskApplication
app = QApplication([])
desk = DeskApplication(app, LocalConfig(language="es", staff_name="bench"), database_url=sys.argv[1])
desk.start()
while desk.context is None:
    app.processEvents()
    time.sleep(0.005)
    if desk.open_error:
        raise SystemExit(desk.open_error)
window = desk.window
opened = 0
for query in ["garcia", "martinez lo", "luna", "rocky", "nunez", "6", "61", "612", "lopez ana", "toby"] * 4:
    window.search_panel.search_box.setText(query)
    window.search_panel.run_search()
    model = window.search_panel.model
    if model.rowCount() and opened < 10:
        result = model.result(0)
        window.open_client(result.client_id, result.matched_pet_id)
        opened += 1
    app.processEvents()
print("PEAK_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""


def bench_environment() -> dict[str, str]:
    """Return the environment of a measured process, with VetDesk's folders inside bench/data.

    The daily backup, the configuration and the log then stay out of the user's own folders.
    The unmeasured first run takes the day's backup, so the measured runs do not.
    """
    user_folders = REPO_ROOT / "bench" / "data" / "user"
    return dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        VETDESK_DATA_DIR=str(user_folders / "data"),
        VETDESK_CONFIG_DIR=str(user_folders / "config"),
        VETDESK_LOG_DIR=str(user_folders / "log"),
    )


def time_process(code: str, *args: str) -> float:
    environment = bench_environment()
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True,
                               env=environment, cwd=REPO_ROOT)
    for line in process.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"process exited with {process.wait()} before it was ready")
    process.wait()
    return elapsed


def peak_memory_mb(url: str) -> float:
    environment = bench_environment()
    output = subprocess.run([sys.executable, "-c", VETDESK_SESSION, url], capture_output=True, text=True,
                            env=environment, cwd=REPO_ROOT, check=True).stdout
    kilobytes = int(next(line for line in output.splitlines() if line.startswith("PEAK_KB")).split()[1])
    return kilobytes / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measurements of each kind (default 5)")
    parser.add_argument("--clinic", type=Path, default=DEFAULT_CLINIC, help="SQLite file of the clinic")
    args = parser.parse_args()
    if not args.clinic.exists():
        print(f"{args.clinic} does not exist; run bench/generate.py first", file=sys.stderr)
        return 2
    url = f"sqlite:///{args.clinic}"

    # One unmeasured run of each warms the operating system's file cache, so "cold"
    # here means a new process, not an empty disk cache.
    time_process(BARE_WINDOW)
    time_process(VETDESK_WINDOW, url)
    bare, vetdesk, database_ready = [], [], []
    for _ in range(args.runs):
        bare.append(time_process(BARE_WINDOW))
        vetdesk.append(time_process(VETDESK_WINDOW, url))
        database_ready.append(time_process(VETDESK_DATABASE_READY, url))
    bare_median = statistics.median(bare)
    vetdesk_median = statistics.median(vetdesk)
    ratio = vetdesk_median / bare_median
    peak = peak_memory_mb(url)

    print(f"bare PySide6 window: median {bare_median * 1000:.0f} ms  runs {[round(t * 1000) for t in bare]}")
    print(f"VetDesk window:      median {vetdesk_median * 1000:.0f} ms  runs {[round(t * 1000) for t in vetdesk]}")
    print(f"ratio VetDesk / bare: {ratio:.2f} (target at most {TARGET_RATIO})")
    ready_median = statistics.median(database_ready)
    print(f"database open, first search possible: median {ready_median * 1000:.0f} ms "
          f"({ready_median / bare_median:.2f} x bare)")
    print(f"peak memory of a session: {peak:.0f} MB (target at most {TARGET_PEAK_MB} MB)")
    RESULTS_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_PATH.write_text(json.dumps({
        "bare_ms": [round(t * 1000, 1) for t in bare],
        "vetdesk_ms": [round(t * 1000, 1) for t in vetdesk],
        "ratio": round(ratio, 3),
        "database_ready_ms": [round(t * 1000, 1) for t in database_ready],
        "peak_mb": round(peak, 1),
    }, indent=2), encoding="utf-8")
    return 0 if ratio <= TARGET_RATIO and peak <= TARGET_PEAK_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
