"""How looking back scales: timeline, group overview, agreement filter and search on a school.

Targets (issue): at school size (about 600 pupils, 8 school years, 4 talks per pupil per year:
about 19,000 talks and 60,000 agreements) opening a pupil's timeline and a search take under
50 ms, the group overview under 100 ms, and every large figure is within 3x the same figure on a
small database (indexes, not scans).

The script builds two databases in a temporary folder (or in ``--keep DIR``). They are created
with ``Database(path)`` (migrated, with the FTS5 search index and its triggers) and then filled
in bulk with SQLAlchemy Core in a few large transactions; the triggers feed the search index as
they do in the app. No ``ANALYZE``: the queries run as they do in the app. Shapes:

* large: 8 school years (2019-2020 ... 2026-2027), 24 groups per year of 25 pupils (600 pupils,
  192 groups; a cohort moves up a group each year, pupils belong to this year's group);
* small: the same 8 years with one group per year of 25 pupils (about 800 talks).

Both have the same 8 years so that the pupil-level queries (timeline, agreement filter) and the
group overview touch exactly the same rows in both (pupils 1-25 are generated from the same
seeds), and the large/small ratio shows only what the size of the rest of the school costs.

Per pupil and school year: four talks (September, November, February, June); the ones after
"today" (2026-11-23) are planned, about 3% of the others were cancelled, the rest were held, with
shared notes of a sentence or two, sometimes private notes and a "next time", a carer, a
preparation for most of them (goals, qualities or growth points), and about 3 agreements with
mixed owners and due dates. Most agreements were reviewed in the pupil's next held talk (done,
not achieved or dropped: two status-history rows); the rest are still open (one row), so older
ones are overdue.

Measured per size, after warm-up runs, with ``--repeat`` measured runs each (median and p90):
the timeline of a pupil with the most talks, the overview of a current-year group, the agreement
filters "overdue" and "open, owner parents", and four searches: a common word, a rare name, an
accent-insensitive query ("zoe" finding "Zoë") and a nasty one (``"zoë" OR (*``).

The exit code is 0 whatever the verdicts (this is a report); not 0 only when something breaks.

    .venv/bin/python benchmarks/bench_history.py              # full size, 20 runs each
    .venv/bin/python benchmarks/bench_history.py --quick      # smaller "large" DB, 5 runs
    .venv/bin/python benchmarks/bench_history.py --keep /tmp/history-dbs
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

# Measure this working tree, also when the package is not installed in the running Python.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy
from _common import Timing, machine_line, measure, ms, print_table, record
from school_store import (
    CURRENT_YEAR,
    LARGE,
    QUICK_LARGE,
    RARE_FAMILY,
    SMALL,
    TODAY,
    BuiltStore,
    Shape,
)
from school_store import build as build_store
from sqlalchemy import func, select

from parentconv.services import agreements, history
from parentconv.store.db import Database
from parentconv.store.models import Agreement, AgreementOwner, AgreementStatus, Pupil, Talk

ROOT = Path(__file__).resolve().parent.parent
# (figure, large, small, target, passed) of the comparison, for make bench's closing table.
RECORDS: list[tuple[str, float, float, str, bool]] = []

TIMELINE_TARGET_MS = 50.0
SEARCH_TARGET_MS = 50.0
OVERVIEW_TARGET_MS = 100.0
MAX_RATIO = 3.0
DEFAULT_REPEAT = 20
DEFAULT_WARMUP = 3
QUICK_REPEAT = 5
QUICK_WARMUP = 1
OPEN = AgreementStatus.OPEN.value

COMMON_WORD = "lezen"
ACCENT_QUERY = "zoe"
NASTY_QUERY = '"zoë" OR (*'


@dataclass
class Built:
    shape: Shape
    path: Path
    build_s: float
    counts: dict[str, int]
    timeline_pupil: int = 0
    timeline_talks: int = 0
    group_id: int = 0
    group_label: str = ""
    filter_pupil: int = 0
    filter_counts: dict[str, int] = field(default_factory=dict)


def build(path: Path, shape: Shape) -> Built:
    """Generate the store (``school_store.build``) and keep what this benchmark adds to it."""
    store: BuiltStore = build_store(path, shape)
    return Built(store.shape, store.path, store.build_s, store.counts)


def choose_subjects(db: Database, built: Built) -> None:
    """The pupil with the most talks, a current-year group and the pupil with most overdue."""
    with db.session() as s:
        built.timeline_pupil, built.timeline_talks = s.execute(
            select(Talk.pupil_id, func.count())
            .group_by(Talk.pupil_id)
            .order_by(func.count().desc(), Talk.pupil_id)
            .limit(1)
        ).one()
        pupil = s.get(Pupil, built.timeline_pupil)
        assert pupil is not None
        built.group_id = pupil.group_id
        built.group_label = f"{pupil.group.name} ({pupil.group.school_year})"
        built.filter_pupil = s.execute(
            select(Agreement.pupil_id)
            .where(Agreement.status == OPEN, Agreement.due_on < TODAY)
            .group_by(Agreement.pupil_id)
            .order_by(func.count().desc(), Agreement.pupil_id)
            .limit(1)
        ).scalar_one()
    assert pupil.group.school_year == f"{CURRENT_YEAR}-{CURRENT_YEAR + 1}"


# --- measuring -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    label: str
    target_ms: float | None


def cases_for(db: Database, built: Built) -> list[tuple[Case, Callable[[], object]]]:
    pupil, group = built.timeline_pupil, built.group_id
    filter_pupil = built.filter_pupil
    search_target = SEARCH_TARGET_MS
    return [
        (
            Case(f"timeline ({built.timeline_talks} talks)", TIMELINE_TARGET_MS),
            lambda: db.run(history.pupil_timeline, pupil),
        ),
        (
            Case("group overview (current year)", OVERVIEW_TARGET_MS),
            lambda: db.run(history.group_overview, group, TODAY),
        ),
        (
            Case("agreements: overdue", None),
            lambda: db.run(agreements.agreements_of, filter_pupil, show="overdue", today=TODAY),
        ),
        (
            Case("agreements: open, owner parents", None),
            lambda: db.run(
                agreements.agreements_of,
                filter_pupil,
                show="open",
                owner=AgreementOwner.PARENTS.value,
                today=TODAY,
            ),
        ),
        (
            Case(f"search common word '{COMMON_WORD}'", search_target),
            lambda: db.run(history.search, COMMON_WORD),
        ),
        (
            Case(f"search rare name '{RARE_FAMILY}'", search_target),
            lambda: db.run(history.search, RARE_FAMILY),
        ),
        (
            Case(f"search accents '{ACCENT_QUERY}'", search_target),
            lambda: db.run(history.search, ACCENT_QUERY),
        ),
        (
            Case(f"search nasty '{NASTY_QUERY}'", search_target),
            lambda: db.run(history.search, NASTY_QUERY),
        ),
    ]


def result_size(value: object) -> str:
    """How much a call returned, to show that both sizes did comparable work."""
    if isinstance(value, history.Timeline):
        return f"{len(value.entries)} entries"
    if isinstance(value, list) and value and isinstance(value[0], history.SearchGroup):
        hits = sum(len(g.hits) for g in value)
        return f"{hits} hits, {len(value)} pupils"
    if isinstance(value, list):
        return f"{len(value)} rows" if value else "nothing"
    return "-"


def check_results(built: Built, results: dict[str, object]) -> None:
    """Fail loudly if the calls did not return what the benchmark claims to measure."""
    labels = list(results)
    timeline, overview, overdue, by_owner, common, rare, accent, _nasty = results.values()
    assert isinstance(timeline, history.Timeline) and timeline.entries, labels[0]
    assert isinstance(overview, list) and len(overview) == built.shape.pupils_per_group
    assert isinstance(overdue, list) and overdue, labels[2]
    assert all(a.status == OPEN and a.due_on and a.due_on < TODAY for a in overdue)
    assert isinstance(by_owner, list) and by_owner, labels[3]
    assert all(a.owner == AgreementOwner.PARENTS.value for a in by_owner)
    assert isinstance(common, list) and common, labels[4]
    assert isinstance(rare, list) and len(rare) == 1, labels[5]
    assert isinstance(accent, list) and any(g.pupil.given_name == "Zoë" for g in accent)


@dataclass
class SizeResult:
    built: Built
    timings: list[tuple[Case, Timing, str]]
    load_ms: float


@contextmanager
def opened(path: Path) -> Iterator[Database]:
    db = Database(path)
    try:
        yield db
    finally:
        db.close()


def run_size(built: Built, repeat: int, warmup: int) -> SizeResult:
    start = time.perf_counter()
    with opened(built.path) as db:
        load_ms = (time.perf_counter() - start) * 1000
        choose_subjects(db, built)
        with db.session() as s:
            built.filter_counts = {
                "agreements": int(
                    s.scalar(select(func.count()).where(Agreement.pupil_id == built.filter_pupil))
                    or 0
                ),
            }
        timings = []
        returned: dict[str, object] = {}
        for case, step in cases_for(db, built):
            returned[case.label] = step()
            timing = measure(case.label, step, repeat=repeat, warmup=warmup)
            timings.append((case, timing, result_size(returned[case.label])))
        check_results(built, returned)
    return SizeResult(built, timings, load_ms)


# --- reporting -----------------------------------------------------------------------------------


def describe(built: Built) -> str:
    c = built.counts
    return (
        f"{built.shape.name}: {c['pupils']} pupils in {c['groups']} groups over "
        f"{built.shape.years} school years, {c['talks']} talks, {c['preparations']} preparations, "
        f"{c['agreements']} agreements, {c['agreement_status_changes']} status changes, "
        f"{c['search_fts']} search rows; built in {built.build_s:.1f} s, "
        f"{built.path.stat().st_size / 1e6:.1f} MB"
    )


def report_size(res: SizeResult) -> None:
    b = res.built
    print(f"\n== {b.shape.name} ==")
    print(
        f"Timeline pupil #{b.timeline_pupil} ({b.timeline_talks} talks); group {b.group_label}; "
        f"agreement filters on pupil #{b.filter_pupil} ({b.filter_counts['agreements']} "
        f"agreements). Opening the database: {res.load_ms:.1f} ms."
    )
    rows = [[case.label, str(t.n), ms(t.median), ms(t.p90), size] for case, t, size in res.timings]
    print_table(["what", "n", "median", "p90", "returned"], rows)


def report_comparison(small: SizeResult, large: SizeResult) -> tuple[int, int]:
    print(f"\n== {large.built.shape.name} vs {small.built.shape.name} ==")
    rows = []
    passed = failed = 0
    for (case, ts, _), (_, tl, _) in zip(small.timings, large.timings, strict=True):
        factor = tl.median / ts.median if ts.median > 0 else float("inf")
        checks = [factor <= MAX_RATIO]
        target = f"< {case.target_ms:.0f} ms, " if case.target_ms is not None else ""
        if case.target_ms is not None:
            checks.append(tl.median < case.target_ms)
        verdict = "PASS" if all(checks) else "FAIL"
        passed += verdict == "PASS"
        failed += verdict == "FAIL"
        RECORDS.append(
            (case.label, tl.median, ts.median, f"{target}<= {MAX_RATIO:.0f}x", all(checks))
        )
        rows.append(
            [
                case.label,
                ms(ts.median),
                ms(tl.median),
                f"{factor:.1f}x",
                f"{target}<= {MAX_RATIO:.0f}x",
                verdict,
            ]
        )
    print_table(["what", "small", "large", "ratio", "target", "verdict"], rows)
    return passed, failed


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, help=f"measured runs of each query (default {DEFAULT_REPEAT})"
    )
    parser.add_argument(
        "--warmup", type=int, help=f"unmeasured runs first (default {DEFAULT_WARMUP})"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=(
            f"smoke run: a large database of {QUICK_LARGE.pupils} pupils, {QUICK_REPEAT} runs, "
            f"{QUICK_WARMUP} warm-up (unless given)"
        ),
    )
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="build the databases in DIR and keep them"
    )
    args = parser.parse_args(argv)
    if args.repeat is None:
        args.repeat = QUICK_REPEAT if args.quick else DEFAULT_REPEAT
    if args.warmup is None:
        args.warmup = QUICK_WARMUP if args.quick else DEFAULT_WARMUP
    if args.repeat < 1 or args.warmup < 0:
        parser.error("--repeat must be 1 or more, --warmup 0 or more")
    return args


def run_all(folder: Path, args: argparse.Namespace) -> None:
    large_shape = QUICK_LARGE if args.quick else LARGE
    print(f"Oudergesprek benchmark: looking back at a school's history ({machine_line()})")
    print(f"SQLAlchemy {sqlalchemy.__version__}, SQLite {sqlite3.sqlite_version}, code from {ROOT}")
    print(f"Databases in {folder}; 'today' is {TODAY.isoformat()}; no ANALYZE (as the app runs).")
    small = build(folder / "history-small.sqlite3", SMALL)
    large = build(folder / f"history-{'quick' if args.quick else 'large'}.sqlite3", large_shape)
    for built in (small, large):
        print(describe(built))
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"Runs: {args.warmup} warm-up, then {args.repeat} measured; times in ms. Load {load}.")
    small_res = run_size(small, args.repeat, args.warmup)
    large_res = run_size(large, args.repeat, args.warmup)
    report_size(small_res)
    report_size(large_res)
    passed, failed = report_comparison(small_res, large_res)
    print(
        f"\n{passed} PASS, {failed} FAIL (targets at the large size: timeline and search "
        f"< {TIMELINE_TARGET_MS:.0f} ms, overview < {OVERVIEW_TARGET_MS:.0f} ms; every median "
        f"within {MAX_RATIO:.0f}x the small one)."
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        run_all(args.keep.resolve(), args)
    else:
        with tempfile.TemporaryDirectory(prefix="parentconv-bench-") as folder:
            run_all(Path(folder), args)
    latest = {label: (large, small, target, ok) for label, large, small, target, ok in RECORDS}
    for label, (large, small, target, ok) in latest.items():
        record(
            f"history at school size: {label}",
            large,
            baseline=small,
            baseline_label="the same on a small store",
            target=target,
            passed=ok,
        )
    return 0  # a report: a missed target is not an error


if __name__ == "__main__":
    sys.exit(main())
