"""A school on one server: 30 teachers' sessions at once against one local PostgreSQL server.

Target (issue 18, "Scale"): with 30 teachers working at the same time, p95 under 100 ms for an
autosave of the preparation and for opening a pupil; 0 lost writes; 0 rows of another
teacher's groups visible to a teacher. The baseline is the same 30 sessions with the same
actions on one SQLite file, in the same run.

The school: 30 groups of 28 pupils this school year (2026-2027, "today" 2026-11-23), with last
year's groups (empty now), carers, two school years of talks (September, November, February,
June; the ones after today planned), notes, preparations for most held talks and about three
agreements per held talk with their status history. The rows come from ``school_store.py``'s
generator (840 pupils, about 6,700 talks and 15,700 agreements) and are written in bulk with
SQLAlchemy Core, by the tables' owner, into

* a throw-away PostgreSQL 15 cluster (``tests/pg_server.py``: a Unix socket, started as the
  ``postgres`` user; that cluster runs with ``fsync=off``, see the printed settings), migrated
  with ``alembic upgrade head`` and set up as the administrator does (``parentconv team init``,
  ``team add-teacher juf_01`` ... ``juf_30``, ``team assign GROUP juf_NN``: one group each),
  then ``ANALYZE`` (what the server's autovacuum does after a bulk load);
* one SQLite file made with ``Database(path)`` (WAL, ``synchronous=FULL``; no ``ANALYZE``, as
  the app runs), filled with the same rows.

Each teacher also writes one private note on a talk of their own (as their own login).

The sessions are 30 processes, one per teacher, as the app runs on 30 laptops (``--threads``:
30 threads of this one process instead, which then also wait for each other's turn at its one
Python interpreter). They all run on this machine's cores beside the server, so the clients'
CPU time counts against the server's as it would not in a school; the report shows both. Each
session opens its own store as the app does: ``ServerDatabase`` logged in as ``juf_NN`` on the
server, a ``Database`` on the file for SQLite. After all have logged in they start together and

1. open their group (``list_groups`` + ``list_pupils`` of the group), select a pupil (the side
   panel: ``pupil_details``) and open that pupil's history window (``pupil_window``: the
   timeline, the newest talk's record, the agreements and the first one's trail, in one unit
   of work as the window reads them), then open the preparation of a planned talk
   (``context_and_preparation``);
2. for BENCH_TEAM_SECONDS (default 60; ``--seconds``): autosave that preparation once a second
   with a changed key message, exactly as the preparation window's ``save_now()`` does
   (``db.run_op(autosave, talk_id, form=..., seen_talk=..., seen_form=...)``, keeping the
   returned talk and preparation as what the window saw); select and open the next pupil of
   the group every 5 s; search (``history.search``) every 10 s with another word. Each teacher
   starts each rhythm at their own random moment; a late action is not made up for.

Every action is timed (wall clock, ms); the targets are judged on the actions during the run
(2.), the openings of step 1, made by all sessions in the same instant, are shown beside them.
The CPU time of the sessions (their processes, or this one) and of the server's processes
(from /proc) is reported, so it shows whether the 2-core machine was saturated and by whom.
Then the same actions are run by one session alone (a thread here), five times as fast, for up
to 10 s: on the server as ``juf_01`` and as the
tables' owner (whom the row-level-security policies do not bind), and on the SQLite file; the
difference between the first two is what the policies cost a query.

Afterwards, through new connections:

* lost writes: for every teacher the stored key message must be the last text a save
  acknowledged, and the stored preparation's version must be the version it had when the
  window opened plus the number of acknowledged saves (so no acknowledged save was overwritten
  or silently dropped); a save that raised counts as failed, not as stored;
* across teachers (server only): each ``juf_NN`` login reads, with plain SQL, the ids of every
  row it can see in groups, pupils, carers, talks, preparations, agreements, agreement status
  changes and private notes (ids only, never a note's text); every one must belong to its own
  group (private notes: written by itself), and none of its own may be missing; beside them the
  number of rows the owner sees, all groups'. Search hits of pupils outside the teacher's group,
  during the run, are counted too.

The report prints p50/p95 of every action on both stores with the ratio server/SQLite, marks
PASS/FAIL against the targets, and records them for the closing table of ``make bench``
(``_common.record``). Where no PostgreSQL cluster can be started it prints the reason and a
SKIP line and exits 0. The exit code is 0 whatever the verdicts (this is a report).

    .venv/bin/python benchmarks/bench_team.py                 # 60 s on each store
    BENCH_TEAM_SECONDS=10 .venv/bin/python benchmarks/bench_team.py
    .venv/bin/python benchmarks/bench_team.py --quick         # 10 s on each store
    .venv/bin/python benchmarks/bench_team.py --threads       # the sessions as threads
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import multiprocessing
import os
import queue
import random
import sqlite3
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Measure this working tree, also when the package is not installed in the running Python.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# pg_server: the tests' throw-away PostgreSQL cluster.
sys.path.append(str(Path(__file__).resolve().parent.parent / "tests"))

import sqlalchemy
from _common import machine_line, ms, percentile, print_table, record
from school_store import CURRENT_YEAR, Rows, Shape, generate
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from parentconv.clock import FixedClock
from parentconv.services import history, people, preparation, talks
from parentconv.store.db import Database
from parentconv.store.models import (
    Agreement,
    AgreementStatusChange,
    Carer,
    Group,
    Preparation,
    Pupil,
    Talk,
    TalkStatus,
    pupil_carers,
    talk_carers,
)

ROOT = Path(__file__).resolve().parent.parent

NOW = dt.datetime(2026, 11, 23, 15, 30)  # school_store's "today", in the afternoon
TEACHERS = 30
PUPILS_PER_GROUP = 28
SCHOOL_YEARS = 2  # last year's talks and this year's
DEFAULT_SECONDS = 60
QUICK_SECONDS = 10
AUTOSAVE_EVERY_S = 1.0
OPEN_EVERY_S = 5.0
SEARCH_EVERY_S = 10.0
TARGET_MS = 100.0
SEED = 18

SOLO_SECONDS = 10
SOLO_PACE = 5.0
"""One session alone runs its rhythms five times as fast (nothing else waits on the store)."""

# All sessions at once, at the start:
LOG_IN = "start: log in (open the store)"
OPEN_GROUP = "start: open the group"
START_SELECT = "start: select a pupil"
START_OPEN = "start: open a pupil"
OPEN_PREPARATION = "start: open the preparation"
# During the run, each in its own rhythm:
AUTOSAVE = "autosave the preparation"
SELECT_PUPIL = "select a pupil (side panel)"
OPEN_PUPIL = "open a pupil (history window)"
SEARCH = "search"
ACTIONS = (
    LOG_IN,
    OPEN_GROUP,
    START_SELECT,
    START_OPEN,
    OPEN_PREPARATION,
    AUTOSAVE,
    SELECT_PUPIL,
    OPEN_PUPIL,
    SEARCH,
)
RUN_ACTIONS = (AUTOSAVE, SELECT_PUPIL, OPEN_PUPIL, SEARCH)
TARGETED = (AUTOSAVE, OPEN_PUPIL, SELECT_PUPIL)

# What teachers look for: common words, a name with an accent typed without it, a rare family
# name (one pupil, in the first group only), a word from the agreements.
SEARCH_WORDS = (
    "lezen",
    "zoe",
    "tafels",
    "Zwartbroek",
    "huiswerk",
    "concentratie",
    "Yilmaz",
    "spreekbeurt",
    "tolk",
    "rustplek",
)
KEY_MESSAGES = (
    "{name} gaat vooruit met lezen; de tafels oefenen we samen met thuis.",
    "{name} werkt zelfstandiger. We willen afspreken hoe thuis het lezen steunt.",
    "Rekenen blijft lastig voor {name}; in de klas oefenen we elke ochtend in een groepje.",
    "{name} helpt anderen en vertelt levendig; we kijken samen naar de concentratie.",
)

# --- the school --------------------------------------------------------------------------------

TABLES: tuple[tuple[Any, str], ...] = (
    (Group.__table__, "groups"),
    (Pupil.__table__, "pupils"),
    (Carer.__table__, "carers"),
    (pupil_carers, "pupil_carers"),
    (Talk.__table__, "talks"),
    (talk_carers, "talk_carers"),
    (Preparation.__table__, "preparations"),
    (Agreement.__table__, "agreements"),
    (AgreementStatusChange.__table__, "changes"),
)
SERIAL_TABLES = ("groups", "pupils", "carers", "talks", "agreements", "agreement_status_changes")


def group_name(cohort: int) -> str:
    """Groep 1A ... 8A, 1B ... 8B, ...: a unique name for each of this year's groups."""
    return f"Groep {1 + cohort % 8}{chr(ord('A') + cohort // 8)}"


def school_rows(teachers: int, pupils_per_group: int) -> Rows:
    """The generated school: one group per teacher per school year, ``pupils_per_group`` each."""
    shape = Shape(
        "team", years=SCHOOL_YEARS, groups_per_year=teachers, pupils_per_group=pupils_per_group
    )
    rows = generate(shape)
    for index, group in enumerate(rows.groups):
        group["name"] = group_name(index % teachers)
    return rows


def fill(engine: Engine, rows: Rows) -> None:
    """All rows in bulk, in three transactions (as ``school_store.build`` does)."""
    chunk = 5000
    batches = (TABLES[:4], TABLES[4:7], TABLES[7:])
    for batch in batches:
        with engine.begin() as conn:
            for table, name in batch:
                data = getattr(rows, name)
                for start in range(0, len(data), chunk):
                    conn.execute(table.insert(), data[start : start + chunk])


@dataclass(frozen=True)
class Teacher:
    login: str
    group_id: int
    group_name: str
    pupil_ids: tuple[int, ...]
    prep_talk_id: int
    """The planned talk whose preparation this teacher writes during the run."""
    note_talk_id: int
    """A planned talk of another pupil, with this teacher's private note."""
    seed: int


def teachers_of(rows: Rows, count: int) -> list[Teacher]:
    """Teacher k has this year's k-th group and prepares a planned talk of one of its pupils."""
    year = f"{CURRENT_YEAR}-{CURRENT_YEAR + 1}"
    groups = [g for g in rows.groups if g["school_year"] == year][:count]
    planned: dict[int, list[dict[str, Any]]] = {}
    for talk in rows.talks:
        if talk["status"] == TalkStatus.PLANNED.value:
            planned.setdefault(talk["pupil_id"], []).append(talk)
    out: list[Teacher] = []
    for k, group in enumerate(groups):
        pupil_ids = tuple(p["id"] for p in rows.pupils if p["group_id"] == group["id"])
        with_plans = [p for p in pupil_ids if planned.get(p)]
        first = with_plans[k % len(with_plans)]
        second = with_plans[(k + 1) % len(with_plans)]
        out.append(
            Teacher(
                login=f"juf_{k + 1:02d}",
                group_id=group["id"],
                group_name=group["name"],
                pupil_ids=pupil_ids,
                prep_talk_id=min(planned[first], key=lambda t: t["starts_at"])["id"],
                note_talk_id=min(planned[second], key=lambda t: t["starts_at"])["id"],
                seed=SEED * 1000 + k,
            )
        )
    return out


def describe_school(rows: Rows, teachers: Sequence[Teacher]) -> str:
    return (
        f"{len(rows.groups)} groups ({len(teachers)} this year, one per teacher, "
        f"{len(teachers[0].pupil_ids)} pupils each), {len(rows.pupils)} pupils, "
        f"{len(rows.carers)} carers, {len(rows.talks)} talks, {len(rows.preparations)} "
        f"preparations, {len(rows.agreements)} agreements, {len(rows.changes)} status changes"
    )


def write_private_notes(open_store: Callable[[str], Database], teachers: Sequence[Teacher]) -> None:
    """Each teacher writes one private note, logged in as themselves (author = their login)."""
    for t in teachers:
        db = open_store(t.login)
        try:
            db.run(talks.set_notes, t.note_talk_id, shared="", private=f"Notitie van {t.login}")
        finally:
            db.close()


# --- one teacher's session ---------------------------------------------------------------------


@dataclass
class Outcome:
    """What one session did and saw."""

    login: str
    samples: dict[str, list[float]] = field(default_factory=lambda: {a: [] for a in ACTIONS})
    failures: dict[str, int] = field(default_factory=dict)
    first_error: dict[str, str] = field(default_factory=dict)
    saves_acked: int = 0
    saves_due: int = 0
    saves_planned: int = 0
    """How many autosaves fall in the run when every action starts on time."""
    last_text: str | None = None
    first_version: int | None = None
    merged: int = 0
    """Saves the service merged with another window's change (nobody else writes this talk)."""
    field_errors: int = 0
    foreign_hits: int = 0
    """Search hits of pupils outside the teacher's group."""
    most_late_ms: float = 0.0

    def timed(self, action: str, fn: Callable[[], Any]) -> tuple[bool, Any]:
        start = time.perf_counter()
        try:
            result = fn()
        except Exception:
            self.failures[action] = self.failures.get(action, 0) + 1
            self.first_error.setdefault(action, traceback.format_exc())
            return False, None
        self.samples[action].append((time.perf_counter() - start) * 1000)
        return True, result


@dataclass
class Rhythm:
    """One action of a session, repeated every ``period`` seconds from ``due`` on."""

    due: float
    period: float
    action: Callable[[], None]


def open_pupil(db: Database, pupil_id: int) -> None:
    """What the pupil's history window reads when it opens (``PupilHistoryWindow.reload``):
    the timeline, the newest talk's record, the agreements and the first one's trail."""
    db.run(history.pupil_window, pupil_id, today=db.clock.today())


def teacher_session(
    teacher: Teacher,
    open_store: Callable[[str], Database],
    seconds: float,
    barrier: threading.Barrier,
    own_pupils_only: bool,
    pace: float,
) -> Outcome:
    out = Outcome(teacher.login)
    ok, db = out.timed(LOG_IN, lambda: open_store(teacher.login))
    with suppress(threading.BrokenBarrierError):  # a session that broke it: the rest go on
        barrier.wait()
    if not ok:
        return out
    try:
        run_session(out, db, teacher, seconds, own_pupils_only, pace)
    finally:
        db.close()
    return out


def run_session(
    out: Outcome,
    db: Database,
    teacher: Teacher,
    seconds: float,
    own_pupils_only: bool,
    pace: float,
) -> None:
    rng = random.Random(teacher.seed)
    pupils = list(teacher.pupil_ids)
    rng.shuffle(pupils)
    own = set(teacher.pupil_ids)
    name = teacher.login
    turn = {"pupil": 0, "search": teacher.seed % len(SEARCH_WORDS), "save": 0}

    def open_group() -> None:
        db.run(people.list_groups)
        db.run(people.list_pupils, group_id=teacher.group_id)

    def next_pupil(select: str = SELECT_PUPIL, open_: str = OPEN_PUPIL) -> None:
        pupil_id = pupils[turn["pupil"] % len(pupils)]
        turn["pupil"] += 1
        out.timed(select, lambda: db.run(talks.pupil_details, pupil_id))
        out.timed(open_, lambda: open_pupil(db, pupil_id))

    def search() -> None:
        word = SEARCH_WORDS[turn["search"] % len(SEARCH_WORDS)]
        turn["search"] += 1
        ok, found = out.timed(SEARCH, lambda: db.run(history.search, word))
        if ok and own_pupils_only:
            out.foreign_hits += sum(1 for g in found if g.pupil.id not in own)

    out.timed(OPEN_GROUP, open_group)
    next_pupil(START_SELECT, START_OPEN)
    ok, opened = out.timed(
        OPEN_PREPARATION,
        lambda: db.run(preparation.context_and_preparation, teacher.prep_talk_id),
    )
    if not ok:
        return
    context, view = opened
    seen_talk = context.talk
    out.first_version = view.version
    pupil_name = context.pupil.given_name

    def autosave() -> None:
        nonlocal view, seen_talk
        turn["save"] += 1
        n = turn["save"]
        form = view.as_input()
        message = KEY_MESSAGES[n % len(KEY_MESSAGES)].format(name=pupil_name)
        form.key_message = f"{message} ({name}, {n})"
        ok, done = out.timed(
            AUTOSAVE,
            lambda: db.run_op(
                preparation.autosave,
                teacher.prep_talk_id,
                form=form,
                seen_talk=seen_talk,
                seen_form=view,
            ),
        )
        if not ok:
            return
        result, _changes = done
        if result.errors:
            out.field_errors += len(result.errors)
            return
        out.merged += bool(result.merged)
        view, seen_talk = result.preparation, result.talk
        out.saves_acked += 1
        out.last_text = result.preparation.key_message

    start = time.perf_counter()
    end = start + seconds
    # (next due moment, period, action); each rhythm starts at the teacher's own moment.
    rhythms = [
        Rhythm(start + rng.random() * period / pace, period / pace, action)
        for period, action in (
            (AUTOSAVE_EVERY_S, autosave),
            (OPEN_EVERY_S, next_pupil),
            (SEARCH_EVERY_S, search),
        )
    ]
    out.saves_planned = math.ceil((end - rhythms[0].due) / rhythms[0].period)
    while True:
        rhythm = min(rhythms, key=lambda r: r.due)
        if rhythm.due >= end:
            break
        wait = rhythm.due - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        late = time.perf_counter() - rhythm.due
        if rhythm.action is autosave:
            out.saves_due += 1
            out.most_late_ms = max(out.most_late_ms, late * 1000)
        rhythm.action()
        # A late action is not made up for: no burst to catch up.
        rhythm.due = max(rhythm.due + rhythm.period, time.perf_counter())


@dataclass(frozen=True)
class Opener:
    """Opens a teacher's store as the app does; a value, so a session can take it to a process
    of its own."""

    kind: str
    """"server" or "sqlite"."""
    where: str
    """The server database's URL (logged in as the table owner), or the SQLite file."""

    def __call__(self, login: str) -> Database:
        if self.kind == "server":
            from pg_server import as_login

            from parentconv.store.server import ServerDatabase

            return ServerDatabase(as_login(self.where, login), clock=FixedClock(NOW))
        return Database(Path(self.where), clock=FixedClock(NOW))


def run_sessions(
    teachers: Sequence[Teacher],
    open_store: Callable[[str], Database],
    seconds: float,
    *,
    own_pupils_only: bool,
    pace: float = 1.0,
    processes: bool = False,
) -> tuple[list[Outcome], float, float]:
    """All sessions at once; returns the outcomes, the wall-clock seconds from the common start
    and the CPU seconds the sessions used (all threads, or all their processes)."""
    if processes:
        return _session_processes(teachers, open_store, seconds, own_pupils_only, pace)
    barrier = threading.Barrier(len(teachers), timeout=300)
    wall, cpu = time.perf_counter(), time.process_time()
    with ThreadPoolExecutor(max_workers=len(teachers), thread_name_prefix="teacher") as pool:
        futures = [
            pool.submit(teacher_session, t, open_store, seconds, barrier, own_pupils_only, pace)
            for t in teachers
        ]
        outcomes = [f.result() for f in futures]
    return outcomes, time.perf_counter() - wall, time.process_time() - cpu


def _session_processes(
    teachers: Sequence[Teacher],
    open_store: Callable[[str], Database],
    seconds: float,
    own_pupils_only: bool,
    pace: float,
) -> tuple[list[Outcome], float, float]:
    """One process per teacher, as on 30 laptops: no session waits for another's Python. They
    log in once all have started (imports done), and work once all have logged in."""
    context = multiprocessing.get_context("spawn")  # what Windows has; no inherited state
    ready = context.Barrier(len(teachers), timeout=600)
    barrier = context.Barrier(len(teachers), timeout=600)
    results = context.Queue()
    workers = [
        context.Process(
            target=_session_process,
            args=(t, open_store, seconds, ready, barrier, own_pupils_only, pace, results),
            name=f"teacher-{t.login}",
        )
        for t in teachers
    ]
    for w in workers:
        w.start()
    done: dict[str, tuple[Outcome, float, float, float]] = {}
    deadline = time.monotonic() + seconds + 900
    try:
        while len(done) < len(workers) and time.monotonic() < deadline:
            try:
                out, cpu, began, ended = results.get(timeout=5)
            except queue.Empty:
                if not any(w.is_alive() for w in workers):
                    break  # a process that died without a word: counted below
                continue
            done[out.login] = (out, cpu, began, ended)
    finally:
        for w in workers:
            w.join(timeout=60)
            if w.is_alive():
                w.kill()
    for t, w in zip(teachers, workers, strict=True):
        if t.login not in done:
            lost = Outcome(t.login)
            lost.failures["session"] = 1
            lost.first_error["session"] = f"the session's process ended with code {w.exitcode}"
            done[t.login] = (lost, 0.0, time.time(), time.time())
    outcomes = [done[t.login][0] for t in teachers]
    wall = max(d[3] for d in done.values()) - min(d[2] for d in done.values())
    return outcomes, wall, sum(d[1] for d in done.values())


def _session_process(
    teacher: Teacher,
    open_store: Callable[[str], Database],
    seconds: float,
    ready: Any,
    barrier: Any,
    own_pupils_only: bool,
    pace: float,
    results: Any,
) -> None:
    import parentconv.store.server  # noqa: F401  (imported before the clock starts)

    out = Outcome(teacher.login)
    try:
        with suppress(threading.BrokenBarrierError):
            ready.wait()
        began, cpu = time.time(), time.process_time()
        out = teacher_session(teacher, open_store, seconds, barrier, own_pupils_only, pace)
    except BaseException:  # reported like a failed action, never a hanging parent
        out.failures["session"] = 1
        out.first_error["session"] = traceback.format_exc()
        began, cpu = time.time(), time.process_time()
    results.put((out, time.process_time() - cpu, began, time.time()))


# --- checks afterwards -------------------------------------------------------------------------


@dataclass
class WriteCheck:
    saves_acked: int
    saves_due: int
    saves_planned: int
    lost: list[str]
    """Teachers whose stored text is not their last acknowledged one."""
    version_mismatch: list[str]
    failed_saves: int
    field_errors: int
    merged: int


def check_writes(
    engine: Engine, teachers: Sequence[Teacher], outcomes: Sequence[Outcome]
) -> WriteCheck:
    """Read every teacher's preparation back through a new connection."""
    ids = [t.prep_talk_id for t in teachers]
    with engine.connect() as conn:
        stored = {
            int(r[0]): (str(r[1]), int(r[2]))
            for r in conn.execute(
                text(
                    "SELECT talk_id, key_message, version FROM preparations WHERE talk_id IN :ids"
                ).bindparams(sqlalchemy.bindparam("ids", expanding=True)),
                {"ids": ids},
            )
        }
    lost: list[str] = []
    mismatch: list[str] = []
    for t, o in zip(teachers, outcomes, strict=True):
        if o.first_version is None or o.saves_acked == 0:
            continue
        text_now, version = stored.get(t.prep_talk_id, ("", 0))
        if text_now != o.last_text:
            lost.append(t.login)
        if version != o.first_version + o.saves_acked:
            mismatch.append(
                f"{t.login}: version {version}, expected {o.first_version + o.saves_acked}"
            )
    return WriteCheck(
        saves_acked=sum(o.saves_acked for o in outcomes),
        saves_due=sum(o.saves_due for o in outcomes),
        saves_planned=sum(o.saves_planned for o in outcomes),
        lost=lost,
        version_mismatch=mismatch,
        failed_saves=sum(o.failures.get(AUTOSAVE, 0) for o in outcomes),
        field_errors=sum(o.field_errors for o in outcomes),
        merged=sum(o.merged for o in outcomes),
    )


# Per table: the owner's view of whose each row is (its group, or for private notes its
# author), and what a teacher's login reads of it (the ids only, never a text).
OWNER_SQL = {
    "groups": "SELECT id, id FROM groups",
    "pupils": "SELECT id, group_id FROM pupils",
    "carers": (
        "SELECT DISTINCT pc.carer_id, p.group_id FROM pupil_carers pc "
        "JOIN pupils p ON p.id = pc.pupil_id"
    ),
    "talks": "SELECT t.id, p.group_id FROM talks t JOIN pupils p ON p.id = t.pupil_id",
    "preparations": (
        "SELECT pr.talk_id, p.group_id FROM preparations pr JOIN talks t ON t.id = pr.talk_id "
        "JOIN pupils p ON p.id = t.pupil_id"
    ),
    "agreements": "SELECT a.id, p.group_id FROM agreements a JOIN pupils p ON p.id = a.pupil_id",
    "agreement_status_changes": (
        "SELECT c.id, p.group_id FROM agreement_status_changes c "
        "JOIN agreements a ON a.id = c.agreement_id JOIN pupils p ON p.id = a.pupil_id"
    ),
    "private_notes": "SELECT id, author FROM private_notes",
}
TEACHER_SQL = {
    "groups": "SELECT id FROM groups",
    "pupils": "SELECT id FROM pupils",
    "carers": "SELECT id FROM carers",
    "talks": "SELECT id FROM talks",
    "preparations": "SELECT talk_id FROM preparations",
    "agreements": "SELECT id FROM agreements",
    "agreement_status_changes": "SELECT id FROM agreement_status_changes",
    "private_notes": "SELECT id FROM private_notes",
}


@dataclass
class VisibilityRow:
    table: str
    everyone: int = 0
    """All rows, as the tables' owner (not bound by the policies) reads them."""
    own: int = 0
    seen_own: int = 0
    missing: int = 0
    others: int = 0
    """Rows of other teachers' groups (or other authors' notes) that a teacher could read."""


def check_visibility(url: str, teachers: Sequence[Teacher]) -> list[VisibilityRow]:
    """Each teacher's login reads, with plain SQL, the ids of everything it can see."""
    from pg_server import as_login

    owner = create_engine(url)
    try:
        with owner.connect() as conn:
            whose = {
                table: {r[0]: r[1] for r in conn.execute(text(sql))}
                for table, sql in OWNER_SQL.items()
            }
    finally:
        owner.dispose()
    result = {table: VisibilityRow(table, len(whose[table])) for table in TEACHER_SQL}
    for t in teachers:
        engine = create_engine(as_login(url, t.login))
        try:
            with engine.connect() as conn:
                for table, sql in TEACHER_SQL.items():
                    seen = {r[0] for r in conn.execute(text(sql))}
                    mine = t.login if table == "private_notes" else t.group_id
                    own = {key for key, owner_of in whose[table].items() if owner_of == mine}
                    row = result[table]
                    row.own += len(own)
                    row.seen_own += len(seen & own)
                    row.missing += len(own - seen)
                    row.others += len(seen - own)
        finally:
            engine.dispose()
    return list(result.values())


def samples_of(outcomes: Sequence[Outcome], action: str) -> list[float]:
    return [x for o in outcomes for x in o.samples[action]]


def solo(
    teacher: Teacher, open_store: Callable[[str], Database], seconds: float, own_only: bool
) -> list[Outcome]:
    outcomes, _wall, _cpu = run_sessions(
        [teacher], open_store, min(seconds, SOLO_SECONDS), own_pupils_only=own_only, pace=SOLO_PACE
    )
    return outcomes


# --- the stores --------------------------------------------------------------------------------


@dataclass
class StoreRun:
    label: str
    outcomes: list[Outcome]
    wall_s: float
    cpu_s: float
    writes: WriteCheck
    setup_s: float
    server_cpu_s: float | None = None
    visibility: list[VisibilityRow] | None = None
    settings: dict[str, str] = field(default_factory=dict)
    solo: dict[str, list[Outcome]] = field(default_factory=dict)
    """One session alone, by who ran it: the same actions with nobody else on the store."""
    in_processes: bool = True
    """The sessions ran in processes of their own (else as threads of this process)."""

    def samples(self, action: str) -> list[float]:
        return samples_of(self.outcomes, action)

    def failures(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for o in self.outcomes:
            for action, n in o.failures.items():
                total[action] = total.get(action, 0) + n
        return total

    def first_errors(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for o in self.outcomes:
            for action, tb in o.first_error.items():
                out.setdefault(action, tb)
        return out


def postmaster_cpu_seconds(socket_dir: Path) -> float | None:
    """CPU seconds (user + system) of the cluster's server processes so far, from /proc."""
    try:
        pid = int((socket_dir / "data" / "postmaster.pid").read_text().split()[0])
        tick = os.sysconf("SC_CLK_TCK")
        total = 0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(entry.name) == pid:  # its own time and that of its ended children
                total += sum(int(x) for x in fields[11:15])  # utime, stime, cutime, cstime
            elif int(fields[1]) == pid:  # a backend still running
                total += int(fields[11]) + int(fields[12])
        return total / tick
    except (OSError, ValueError, IndexError):
        return None


def set_up_server(url: str, rows: Rows, teachers: Sequence[Teacher]) -> dict[str, str]:
    """Migrate, fill and set up the team as the administrator does; the server's settings."""
    from alembic import command

    from parentconv.store.db import alembic_config
    from parentconv.team import (
        add_teacher_statements,
        assign_statements,
        init_statements,
        run_statements,
    )

    engine = create_engine(url)
    try:
        with engine.begin() as conn:  # parentconv team init: the tables first
            command.upgrade(alembic_config(conn), "head")
        fill(engine, rows)
        with engine.begin() as conn:  # the rows came with their ids: numbering goes on
            for table in SERIAL_TABLES:
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
        with engine.connect() as conn:
            run_statements(engine, init_statements(conn))
        for t in teachers:
            with engine.connect() as conn:
                statements = add_teacher_statements(
                    conn, t.login, f"Juf van {t.group_name}", coordinator=False
                )
            run_statements(engine, statements)
            with engine.connect() as conn:
                statements = assign_statements(conn, str(t.group_id), t.login, None)
            run_statements(engine, statements)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
            return {
                name: str(conn.exec_driver_sql(f"SHOW {name}").scalar_one())
                for name in (
                    "server_version",
                    "fsync",
                    "synchronous_commit",
                    "shared_buffers",
                    "max_connections",
                )
            }
    finally:
        engine.dispose()


def server_run(
    server: str, rows: Rows, teachers: Sequence[Teacher], seconds: float, processes: bool
) -> StoreRun:
    from pg_server import new_database

    with new_database(server) as url:
        started = time.perf_counter()
        settings = set_up_server(url, rows, teachers)

        open_store = Opener("server", url)
        write_private_notes(open_store, teachers)
        setup_s = time.perf_counter() - started
        socket_dir = Path(url.split("host=", 1)[1].split("&", 1)[0])
        cpu_before = postmaster_cpu_seconds(socket_dir)
        outcomes, wall, cpu = run_sessions(
            teachers, open_store, seconds, own_pupils_only=True, processes=processes
        )
        cpu_after = postmaster_cpu_seconds(socket_dir)
        owner = create_engine(url)  # a new connection, as the tables' owner
        try:
            writes = check_writes(owner, teachers, outcomes)
        finally:
            owner.dispose()
        visibility = check_visibility(url, teachers)
        alone = {
            f"{teachers[0].login} alone": solo(teachers[0], open_store, seconds, True),
            "the owner alone (RLS not applied)": solo(
                teachers[0], lambda _login: open_store("postgres"), seconds, False
            ),
        }
    server_cpu = (
        cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
    )
    return StoreRun(
        "PostgreSQL server",
        outcomes,
        wall,
        cpu,
        writes,
        setup_s,
        server_cpu_s=server_cpu,
        visibility=visibility,
        settings=settings,
        solo=alone,
        in_processes=processes,
    )


def sqlite_run(
    folder: Path, rows: Rows, teachers: Sequence[Teacher], seconds: float, processes: bool
) -> StoreRun:
    path = folder / "oudergesprek.sqlite3"
    started = time.perf_counter()
    db = Database(path, clock=FixedClock(NOW))
    try:
        fill(db.engine, rows)
    finally:
        db.close()

    open_store = Opener("sqlite", str(path))
    write_private_notes(open_store, teachers)
    setup_s = time.perf_counter() - started
    outcomes, wall, cpu = run_sessions(
        teachers, open_store, seconds, own_pupils_only=False, processes=processes
    )
    reader = create_engine(f"sqlite:///{path}")  # a new connection
    try:
        writes = check_writes(reader, teachers, outcomes)
    finally:
        reader.dispose()
    with sqlite3.connect(path) as conn:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    settings = {
        "sqlite_version": sqlite3.sqlite_version,
        "journal_mode": mode,
        "synchronous": "FULL",
    }
    alone = {"one session alone": solo(teachers[0], open_store, seconds, False)}
    return StoreRun(
        "SQLite file",
        outcomes,
        wall,
        cpu,
        writes,
        setup_s,
        settings=settings,
        solo=alone,
        in_processes=processes,
    )


def fsync_ms(folder: Path, runs: int = 20) -> float:
    """The median time of writing 4 KiB and fsync-ing it, in ``folder``: what a commit that
    waits for the disk pays at least."""
    path = folder / "fsync-probe"
    samples: list[float] = []
    with open(path, "wb") as fh:
        for _ in range(runs):
            fh.write(os.urandom(4096))
            fh.flush()
            start = time.perf_counter()
            os.fsync(fh.fileno())
            samples.append((time.perf_counter() - start) * 1000)
    path.unlink()
    return sorted(samples)[len(samples) // 2]


# --- the report --------------------------------------------------------------------------------


def p(values: Sequence[float], pct: float) -> float | None:
    return percentile(values, pct) if values else None


def ratio_of(a: float | None, b: float | None) -> str:
    return f"{a / b:.1f}x" if a is not None and b else "-"


def report(server: StoreRun, lite: StoreRun, teachers: int, seconds: float) -> None:
    for run in (server, lite):
        settings = ", ".join(f"{k} {v}" for k, v in run.settings.items())
        server_cpu = (
            f"; the server's processes {run.server_cpu_s:.1f} s CPU "
            f"({run.server_cpu_s / run.wall_s * 100:.0f}% of one core)"
            if run.server_cpu_s is not None
            else ""
        )
        used = "the sessions' processes used" if run.in_processes else "this process used"
        print(
            f"\n{run.label}: set up in {run.setup_s:.1f} s ({settings}). {teachers} sessions "
            f"ran {run.wall_s:.1f} s wall clock; {used} {run.cpu_s:.1f} s CPU "
            f"({run.cpu_s / run.wall_s * 100:.0f}% of one core){server_cpu}."
        )
    print(
        f"\nLatency per action, ms, all {teachers} sessions together ({seconds:.0f} s each; "
        f"autosave every {AUTOSAVE_EVERY_S:.0f} s, a pupil every {OPEN_EVERY_S:.0f} s, a "
        f"search every {SEARCH_EVERY_S:.0f} s):\n"
    )
    rows: list[list[str]] = []
    for action in ACTIONS:
        s, q = server.samples(action), lite.samples(action)
        sp50, sp95, qp50, qp95 = p(s, 50), p(s, 95), p(q, 50), p(q, 95)
        target = f"p95 < {TARGET_MS:.0f}" if action in TARGETED else ""
        rows.append(
            [
                action,
                str(len(s)),
                ms(sp50),
                ms(sp95),
                str(len(q)),
                ms(qp50),
                ms(qp95),
                ratio_of(sp50, qp50),
                ratio_of(sp95, qp95),
                target,
            ]
        )
    print_table(
        [
            "action",
            "n server",
            "p50",
            "p95",
            "n SQLite",
            "p50",
            "p95",
            "p50 ratio",
            "p95 ratio",
            "target",
        ],
        rows,
    )
    print(
        "(ratio: server / SQLite. 'start:' = every session at the same moment, right after "
        "all had logged in; the targets are judged on the actions during the run.)"
    )
    alone = {
        **{f"server, {k}": v for k, v in server.solo.items()},
        **{f"SQLite, {k}": v for k, v in lite.solo.items()},
    }
    if alone:
        print(
            f"\nThe same actions, one session alone on the store ({SOLO_PACE:.0f}x the rhythm, "
            f"up to {SOLO_SECONDS} s each), p50 ms (n):\n"
        )
        solo_rows = []
        for action in RUN_ACTIONS:
            cells = [action]
            for outcomes in alone.values():
                xs = samples_of(outcomes, action)
                cells.append(f"{ms(p(xs, 50))} ({len(xs)})")
            solo_rows.append(cells)
        print_table(["action", *alone], solo_rows)
    for run in (server, lite):
        w = run.writes
        print(
            f"\n{run.label}: {w.saves_acked} autosaves acknowledged of {w.saves_due} made "
            f"({w.saves_planned} if every one had started on time; {w.failed_saves} raised, "
            f"{w.field_errors} field errors, {w.merged} merged with "
            f"another window); lost writes: {len(w.lost)}"
            + (f" ({', '.join(w.lost)})" if w.lost else "")
            + f"; versions not matching the saves: {len(w.version_mismatch)}"
            + (f" ({'; '.join(w.version_mismatch[:5])})" if w.version_mismatch else "")
            + f"; an autosave started at most {max(o.most_late_ms for o in run.outcomes):.0f} ms "
            "late."
        )
        failures = run.failures()
        if failures:
            print(f"  failed actions: {failures}")
            for action, tb in run.first_errors().items():
                print(f"  first failure of '{action}':")
                print("    " + tb.rstrip().replace("\n", "\n    "))
    if server.visibility is not None:
        print(
            "\nAcross teachers (server): each juf_NN login read the ids of every row it can "
            "see, with plain SQL; summed over the logins:\n"
        )
        print_table(
            [
                "table",
                "all rows (owner)",
                "own rows",
                "seen",
                "own missing",
                "other teachers' rows seen",
            ],
            [
                [
                    v.table,
                    str(v.everyone),
                    str(v.own),
                    str(v.seen_own),
                    str(v.missing),
                    str(v.others),
                ]
                for v in server.visibility
            ],
        )
        hits = sum(o.foreign_hits for o in server.outcomes)
        print(f"Search hits of pupils outside the teacher's group during the run: {hits}.")


def record_all(server: StoreRun, lite: StoreRun, teachers: int) -> None:
    print()
    for action in TARGETED:
        s, q = server.samples(action), lite.samples(action)
        value = percentile(s, 95) if s else float("inf")
        record(
            f"team server, {teachers} teachers: {action} p95",
            value,
            baseline=percentile(q, 95) if q else None,
            baseline_label="the same on one SQLite file",
            target=f"< {TARGET_MS:.0f} ms",
            passed=value < TARGET_MS,
        )
    w, lw = server.writes, lite.writes
    lost = len(w.lost) + len(w.version_mismatch)
    record(
        f"team server, {teachers} teachers: lost writes",
        lost,
        baseline=len(lite.writes.lost) + len(lw.version_mismatch),
        baseline_label="on SQLite",
        target="0",
        passed=lost == 0 and w.saves_acked > 0,
        unit="writes",
    )
    record(
        f"team server, {teachers} teachers: autosaves that failed",
        w.failed_saves + w.field_errors,
        baseline=lw.failed_saves + lw.field_errors,
        baseline_label="on SQLite",
        target="0",
        passed=w.failed_saves + w.field_errors == 0,
        unit="saves",
    )
    assert server.visibility is not None
    across = sum(v.others for v in server.visibility) + sum(o.foreign_hits for o in server.outcomes)
    missing = sum(v.missing for v in server.visibility)
    record(
        f"team server, {teachers} teachers: rows visible across teachers",
        across,
        baseline=None,
        baseline_label=f"plain SQL per login; {missing} own rows missing",
        target="0",
        passed=across == 0 and missing == 0,
        unit="rows",
    )


# --- main --------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = float(os.environ.get("BENCH_TEAM_SECONDS", DEFAULT_SECONDS))
    parser.add_argument(
        "--seconds",
        type=float,
        default=None,
        help=(
            "how long the sessions work on each store "
            f"(default BENCH_TEAM_SECONDS or {DEFAULT_SECONDS})"
        ),
    )
    parser.add_argument(
        "--teachers", type=int, default=TEACHERS, help=f"sessions (default {TEACHERS})"
    )
    parser.add_argument(
        "--pupils",
        type=int,
        default=PUPILS_PER_GROUP,
        help=f"pupils per group (default {PUPILS_PER_GROUP})",
    )
    parser.add_argument(
        "--quick", action="store_true", help=f"smoke run: {QUICK_SECONDS} s per store"
    )
    parser.add_argument(
        "--threads",
        action="store_true",
        help="run the sessions as threads of this one process (they then share its Python)",
    )
    args = parser.parse_args(argv)
    if args.seconds is None:
        args.seconds = QUICK_SECONDS if args.quick else default
    if args.seconds <= 0 or args.teachers < 1 or args.pupils < 2:
        parser.error("--seconds must be above 0, --teachers 1 or more, --pupils 2 or more")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    print(
        f"Oudergesprek benchmark: {args.teachers} teachers at once on one server ({machine_line()})"
    )
    print(f"SQLAlchemy {sqlalchemy.__version__}, SQLite {sqlite3.sqlite_version}, code from {ROOT}")
    rows = school_rows(args.teachers, args.pupils)
    teachers = teachers_of(rows, args.teachers)
    print(f"The school: {describe_school(rows, teachers)}; 'today' is {NOW:%Y-%m-%d %H:%M}.")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"Sessions: {args.teachers} "
        + (
            "processes, one per teacher as on their own laptops"
            if not args.threads
            else "threads in this process"
        )
        + f", each its own store object; {args.seconds:.0f} s on each store. Load {load}."
    )
    from pg_server import postgres_cluster

    with ExitStack() as stack:
        try:
            server = stack.enter_context(postgres_cluster())
        except RuntimeError as exc:  # raised before the cluster runs: nothing to stop
            print(f"No PostgreSQL cluster could be started: {exc}")
            print("SKIP  team server benchmark: no PostgreSQL")
            return 0
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="parentconv-bench-")))
        print(f"fsync of 4 KiB in the temp folder: median {fsync_ms(folder):.2f} ms.")
        processes = not args.threads
        on_server = server_run(server, rows, teachers, args.seconds, processes)
        on_sqlite = sqlite_run(folder, rows, teachers, args.seconds, processes)
    report(on_server, on_sqlite, args.teachers, args.seconds)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nLoad at the end: {load} (this run's own threads and server count in it).")
    record_all(on_server, on_sqlite, args.teachers)
    return 0  # a report: a missed target is not an error


if __name__ == "__main__":
    sys.exit(main())
