"""Start-up: cold processes, from start to the main window shown, wall time and peak RSS.

Each figure is beside two floors measured in the same run, alternating with it (so a busy
machine slows both): a bare ``QMainWindow`` shown, and the floor of this stack — Qt plus
``import sqlalchemy.orm`` plus an empty window. The app runs ``--smoke`` (open the main window,
close it, exit) on a one-class store and on the school-size store. Also printed: the modules
the app loaded that the first window does not need.

    .venv/bin/python benchmarks/bench_startup.py [--runs N]

Linux only (peak RSS is the process's own VmHWM).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from _common import record  # noqa: E402

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1]); w = QMainWindow(); w.show(); app.processEvents(); w.close()
"""
FLOOR = """
import sys
import sqlalchemy.orm
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1]); w = QMainWindow(); w.show(); app.processEvents(); w.close()
"""
APP = """
import sys
from parentconv_ui.launcher import main
code = main(["--data-dir", sys.argv[1], "--smoke"])
if len(sys.argv) > 2:
    print("MODULES " + " ".join(sorted(sys.modules)))
sys.exit(code)
"""
# Each process reports its own peak RSS (wait4 would count the memory of the benchmark process
# it was forked from).
PEAK = """
import atexit
def _peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print("PEAK_KIB", line.split()[1], flush=True)
atexit.register(_peak)
"""
NOT_AT_START = ("alembic", "mako", "pygments", "icalendar", "reportlab", "openpyxl", "babel")


def run_once(code: str, *args: str) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MiB, stdout) of one cold ``python -c code``."""
    code = PEAK + code
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    out = proc.stdout.read() if proc.stdout else ""
    code_ = proc.wait()
    wall = time.perf_counter() - start
    if code_ != 0:
        raise SystemExit(f"failed ({code_}): {code[-60:]!r} {args}")
    peak = next(int(line.split()[1]) for line in out.splitlines() if line.startswith("PEAK_KIB"))
    return wall, peak / 1024, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=8)
    args = parser.parse_args(argv)
    from school_store import LARGE, SMALL, build

    with tempfile.TemporaryDirectory() as tmp:
        one, school = Path(tmp, "one"), Path(tmp, "school")
        build(one / "oudergesprek.sqlite3", SMALL)
        build(school / "oudergesprek.sqlite3", LARGE)
        cases = {
            "bare QMainWindow": (BARE, ()),
            "floor: Qt + sqlalchemy.orm + window": (FLOOR, ()),
            "app --smoke, one class": (APP, (str(one),)),
            "app --smoke, school-size store": (APP, (str(school),)),
        }
        for code, extra in cases.values():  # warm the file cache once
            run_once(code, *extra)
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, (code, extra) in cases.items():
                wall, rss, _out = run_once(code, *extra)
                samples[name].append((wall, rss))
        _wall, _rss, out = run_once(APP, str(one), "modules")
        open_one = open_store_ms(one / "oudergesprek.sqlite3", args.runs * 3)
        open_school = open_store_ms(school / "oudergesprek.sqlite3", args.runs * 3)
    modules = next(line for line in out.splitlines() if line.startswith("MODULES ")).split()[1:]

    floor_wall = statistics.median(w for w, _ in samples["floor: Qt + sqlalchemy.orm + window"])
    floor_rss = statistics.median(r for _, r in samples["floor: Qt + sqlalchemy.orm + window"])
    print(f"start to shown main window, cold processes, medians of {args.runs} (this machine)")
    print(f"{'what':<38} {'wall':>8} {'× floor':>8} {'peak RSS':>10} {'× floor':>8}")
    for name, values in samples.items():
        wall = statistics.median(w for w, _ in values)
        rss = statistics.median(r for _, r in values)
        print(
            f"{name:<38} {wall * 1000:>6.0f}ms {wall / floor_wall:>7.2f}× "
            f"{rss:>7.0f}MiB {rss / floor_rss:>7.2f}×"
        )
    loaded = sorted({m.split(".")[0] for m in modules} & set(NOT_AT_START))
    print(f"modules loaded: {len(modules)}; not needed at start but loaded: {loaded or 'none'}")
    print(
        f"opening the store (Database(path), warm file cache): one class {open_one:.1f} ms, "
        f"school-size {open_school:.1f} ms"
    )

    for name, key in (
        ("one class", "app --smoke, one class"),
        ("school-size store", "app --smoke, school-size store"),
    ):
        wall = statistics.median(w for w, _ in samples[key]) * 1000
        rss = statistics.median(r for _, r in samples[key])
        record(
            f"start to shown main window, {name}",
            wall,
            baseline=floor_wall * 1000,
            baseline_label="Qt + sqlalchemy.orm + empty window",
            target="<= 1.3x baseline",
            passed=wall <= 1.3 * floor_wall * 1000,
        )
        record(
            f"peak RSS at start, {name}",
            rss,
            baseline=floor_rss,
            baseline_label="Qt + sqlalchemy.orm + empty window",
            target="<= 1.3x baseline",
            passed=rss <= 1.3 * floor_rss,
            unit="MiB",
        )
    record(
        "opening the school-size store",
        open_school,
        baseline=open_one,
        baseline_label="a one-class store",
        target="<= 1.5x baseline",
        passed=open_school <= 1.5 * open_one,
    )
    record(
        "modules a start does not need",
        float(len(loaded)),
        baseline=None,
        baseline_label=", ".join(NOT_AT_START),
        target="0 loaded",
        passed=not loaded,
        unit="",
    )
    return 0


def open_store_ms(path: Path, runs: int) -> float:
    """Median time to open (check, upgrade if needed, connect) a store and close it."""
    from parentconv.store.db import Database

    Database(path).close()  # the first open may upgrade or adopt: not what is measured
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        db = Database(path)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM groups").scalar()
        db.close()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


if __name__ == "__main__":
    sys.exit(main())
