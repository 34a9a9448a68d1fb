"""Shared helpers for the benchmark scripts: timing with warm-up, percentiles and a plain table.

A benchmark script imports this as ``_common`` (it runs as ``python benchmarks/bench_x.py``, so
its own folder is first on ``sys.path``).
"""

from __future__ import annotations

import gc
import math
import os
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Lap = Callable[[str], None]
"""Called by a measured step to mark the end of one of its phases, e.g. ``lap("construct")``."""


@dataclass(frozen=True)
class Timing:
    """Wall-clock samples of one measured step, in milliseconds."""

    label: str
    samples_ms: tuple[float, ...]

    @property
    def n(self) -> int:
        return len(self.samples_ms)

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p90(self) -> float:
        return percentile(self.samples_ms, 90)

    @property
    def best(self) -> float:
        return min(self.samples_ms)


def percentile(values: Sequence[float], pct: float) -> float:
    """The nearest-rank percentile: a value that was really measured, also for few samples."""
    if not values:
        raise ValueError("no samples")
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def measure_laps(
    label: str,
    step: Callable[[Lap], None],
    *,
    repeat: int,
    warmup: int,
    after: Callable[[], None] | None = None,
) -> dict[str, Timing]:
    """Run ``step`` ``warmup`` times unmeasured, then ``repeat`` times measured.

    ``step`` gets a ``lap`` function to mark the end of each phase; the result holds a ``Timing``
    per phase name and one for the whole step under ``label``. ``after`` runs after every run,
    outside the clock (e.g. to delete a closed window). Garbage is collected before each
    measured run so one run's leftovers do not land in the next one's time.
    """
    for _ in range(warmup):
        step(lambda _name: None)
        if after is not None:
            after()
    totals: list[float] = []
    phases: dict[str, list[float]] = {}
    for _ in range(repeat):
        gc.collect()
        marks: list[tuple[str, int]] = []
        start = time.perf_counter_ns()
        step(lambda name, record=marks.append: record((name, time.perf_counter_ns())))
        end = time.perf_counter_ns()
        if after is not None:
            after()
        totals.append((end - start) / 1e6)
        previous = start
        for name, stamp in marks:
            phases.setdefault(name, []).append((stamp - previous) / 1e6)
            previous = stamp
    result = {label: Timing(label, tuple(totals))}
    for name, samples in phases.items():
        result[name] = Timing(name, tuple(samples))
    return result


def measure(
    label: str,
    step: Callable[[], object],
    *,
    repeat: int,
    warmup: int,
    after: Callable[[], None] | None = None,
) -> Timing:
    """Like ``measure_laps`` for a step without phases."""
    return measure_laps(label, lambda _lap: step(), repeat=repeat, warmup=warmup, after=after)[
        label
    ]


def cpu_name() -> str:
    """The processor's model name, as far as the system tells it."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine_line() -> str:
    """Where the numbers come from, for the report header."""
    return (
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{cpu_name()} x{os.cpu_count()}"
    )


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A plain-text table: the first column left-aligned, the others right-aligned."""
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(cells: Sequence[str]) -> str:
        out = [cells[0].ljust(widths[0])]
        out += [cell.rjust(widths[i]) for i, cell in enumerate(cells) if i > 0]
        return "  ".join(out).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.1f}x" if baseline > 0 else "-"


# --- the one table at the end of ``make bench`` ------------------------------------------------

RESULTS_ENV = "BENCH_RESULTS"


def record(
    figure: str,
    value: float,
    *,
    baseline: float | None,
    baseline_label: str,
    target: str,
    passed: bool,
    unit: str = "ms",
) -> None:
    """Keep one figure for the closing table (``benchmarks/report.py``); print its verdict.

    ``target`` says what is asked, in words ("<= 2x baseline", "< 25 ms"); ``passed`` is the
    script's own verdict. Without ``BENCH_RESULTS`` in the environment only the line prints.
    """
    import json

    verdict = "PASS" if passed else "FAIL"
    shown = f"{value:.1f} {unit}" if unit else f"{value:.2f}"
    base = f"{baseline:.1f} {unit} ({baseline_label})" if baseline is not None else baseline_label
    print(f"{verdict}  {figure}: {shown}; baseline {base}; target {target}")
    path = os.environ.get(RESULTS_ENV)
    if not path:
        return
    row = {
        "figure": figure,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_label": baseline_label,
        "ratio": (value / baseline) if baseline else None,
        "target": target,
        "passed": passed,
    }
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")
