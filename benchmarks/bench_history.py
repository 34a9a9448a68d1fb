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
import datetime as dt
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Measure this working tree, also when the package is not installed in the running Python.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy
from _common import Timing, machine_line, measure, ms, print_table
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from parentconv.catalog import GOAL_KEYS
from parentconv.services import agreements, history
from parentconv.store.db import Database
from parentconv.store.models import (
    Agreement,
    AgreementOwner,
    AgreementStatus,
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

TODAY = dt.date(2026, 11, 23)
CURRENT_YEAR = 2026  # school year 2026-2027
TIMELINE_TARGET_MS = 50.0
SEARCH_TARGET_MS = 50.0
OVERVIEW_TARGET_MS = 100.0
MAX_RATIO = 3.0
DEFAULT_REPEAT = 20
DEFAULT_WARMUP = 3
QUICK_REPEAT = 5
QUICK_WARMUP = 1
SEED = 20261123

COMMON_WORD = "lezen"
RARE_FAMILY = "Zwartbroek"
RARE_PUPIL = 7  # 0-based pupil number that carries the rare name (in every size)
ACCENT_QUERY = "zoe"
NASTY_QUERY = '"zoë" OR (*'


@dataclass(frozen=True)
class Shape:
    name: str
    years: int
    groups_per_year: int
    pupils_per_group: int

    @property
    def pupils(self) -> int:
        return self.groups_per_year * self.pupils_per_group


LARGE = Shape("large", years=8, groups_per_year=24, pupils_per_group=25)
QUICK_LARGE = Shape("large (quick)", years=8, groups_per_year=6, pupils_per_group=25)
SMALL = Shape("small", years=8, groups_per_year=1, pupils_per_group=25)

# --- vocabulary ----------------------------------------------------------------------------------

GIVEN = (
    "Daan", "Fatima", "Noah", "Yara", "Sem", "Lotte", "Mehmet", "Julia", "Finn", "Aya",
    "Liam", "Emma", "Milan", "Sophie", "Bram", "Nora", "Luuk", "Anouk", "Jesse", "Sara",
    "Thijs", "Iris", "Ayoub", "Mila", "Ravi", "Chloé", "Jurre", "Fleur", "Zoë", "Kees",
)  # fmt: skip
FAMILY = (
    "Jansen", "Bakker", "Yılmaz", "de Boer", "Nguyễn", "Visser", "Smit", "Öztürk", "van Dijk",
    "El Amrani", "Mulder", "de Vries", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
    "Dekker", "Brouwer", "de Wit", "Dijkstra", "Kaya", "Janssens", "Verhoeven", "Koç",
    "van der Meer", "Postma", "Schouten", "Hoekstra", "Bouzid",
)  # fmt: skip
RELATIONS = ("moeder", "vader", "verzorger", "oma", "pleegouder")
LANGUAGES = ("", "", "", "", "Arabisch", "Turks", "Pools", "Tigrinya", "Engels")
SHARED = (
    "{name} leest steeds vlotter en vertelt thuis over de boeken uit de klas.",
    "Rekenen gaat beter; de tafels oefenen we samen met thuis.",
    "Ouders maken zich zorgen over de concentratie van {name} na de pauze.",
    "{name} speelt graag buiten met vriendjes en helpt anderen in de klas.",
    "We spraken over het huiswerk en de planning voor de toetsen.",
    "Moeder vertelt dat {name} moeite heeft met inslapen.",
    "De intern begeleider kijkt mee bij begrijpend lezen.",
    "{name} is trots op de spreekbeurt over dinosaurussen.",
    "Het schooladvies voor het voortgezet onderwijs is besproken.",
    "Ruzie op het plein is uitgepraat; het gaat nu beter met {name}.",
    "Thuis wordt weinig gelezen; we kiezen samen boeken die {name} leuk vindt.",
    "Spelling blijft lastig, maar {name} zet goed door.",
    "Vader wil graag weten hoe het met lezen en rekenen gaat.",
    "{name} werkt zelfstandiger en vraagt vaker om hulp als iets niet lukt.",
)
PRIVATE = (
    "Thuis speelt een verhuizing; moeder leek moe.",
    "Vader stelde veel vragen over de overstap; nagaan bij IB.",
    "Oma haalt {name} vaak op; ouders werken allebei laat.",
    "Tolk was telefonisch bereikbaar, dat werkte goed.",
)
NEXT_TIME = (
    "Eerst vragen hoe het thuis gaat.",
    "Tolk eerder regelen.",
    "Toetsresultaten vooraf meesturen.",
    "Meer tijd inplannen.",
)
AGREEMENTS = (
    "{name} leest thuis elke dag een kwartier voor",
    "De juf stuurt elke vrijdag een kort bericht over de week",
    "{name} oefent de tafels met de app, drie keer per week",
    "Intern begeleider kijkt mee bij begrijpend lezen",
    "Ouders zorgen dat {name} op tijd naar bed gaat op schooldagen",
    "Logopedist wordt gevraagd om een verslag voor school",
    "{name} mag bij onrust even naar de rustplek in de gang",
    "Huiswerkmap gaat elke maandag mee naar huis en dinsdag terug",
    "{name} houdt een leesdagboek bij",
    "School vraagt een tolk aan voor het volgende gesprek",
    "Vader komt een keer kijken in de klas tijdens rekenen",
    "Samen met {name} een doel kiezen voor spelling",
)
REVIEW_NOTES = {
    AgreementStatus.DONE.value: ("Gelukt.", "Loopt goed, afgerond.", ""),
    AgreementStatus.NOT_ACHIEVED.value: ("Niet gelukt; thuis te druk.", "Bleef lastig."),
    AgreementStatus.DROPPED.value: ("Niet meer nodig.", "Past niet bij het nieuwe rooster."),
}
QUALITIES = ("Helpt anderen", "Vertelt levendig", "Zet door", "Is nieuwsgierig", "Werkt netjes")
GROWTH = ("Tafels van 6, 7 en 8", "Om hulp vragen", "Begrijpend lezen", "Plannen")
OUTCOMES = ("Ouders weten hoe {name} ervoor staat", "We spreken samen iets af voor thuis")
# One school year of talks: (month, day, conversation type). Months 1-7: second calendar year.
YEAR_PLAN = ((9, 8, "start"), (11, 3, "ten_minute"), (2, 9, "progress"), (6, 15, "report"))
OTHER_TYPES = ("care", "unexpected", "triangle")
OWNERS = tuple(o.value for o in AgreementOwner)
OWNER_WEIGHTS = (4, 4, 2, 1)
CLOSED = (
    AgreementStatus.DONE.value,
    AgreementStatus.NOT_ACHIEVED.value,
    AgreementStatus.DROPPED.value,
)
CLOSED_WEIGHTS = (6, 2.5, 1.5)
HELD = TalkStatus.HELD.value
OPEN = AgreementStatus.OPEN.value

# --- building ------------------------------------------------------------------------------------


@dataclass
class Rows:
    """All rows of one database, with ids assigned here (the database starts empty)."""

    groups: list[dict[str, Any]] = field(default_factory=list)
    pupils: list[dict[str, Any]] = field(default_factory=list)
    carers: list[dict[str, Any]] = field(default_factory=list)
    pupil_carers: list[dict[str, Any]] = field(default_factory=list)
    talks: list[dict[str, Any]] = field(default_factory=list)
    talk_carers: list[dict[str, Any]] = field(default_factory=list)
    preparations: list[dict[str, Any]] = field(default_factory=list)
    agreements: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)


def group_name(cohort: int, year_index: int) -> str:
    """Three parallel groups per level; a cohort moves up a level each year (8 wraps to 1)."""
    return f"Groep {1 + (cohort // 3 + year_index) % 8}{'ABC'[cohort % 3]}"


def school_years(shape: Shape) -> list[int]:
    return list(range(CURRENT_YEAR - shape.years + 1, CURRENT_YEAR + 1))


def generate(shape: Shape) -> Rows:
    rows = Rows()
    years = school_years(shape)
    current_group: dict[int, int] = {}
    for y, year in enumerate(years):
        for cohort in range(shape.groups_per_year):
            group_id = len(rows.groups) + 1
            rows.groups.append(
                {
                    "id": group_id,
                    "name": group_name(cohort, y),
                    "school_year": f"{year}-{year + 1}",
                    "is_demo": False,
                }
            )
            if year == CURRENT_YEAR:
                current_group[cohort] = group_id
    for number in range(shape.pupils):
        add_pupil(rows, number, current_group[number // shape.pupils_per_group], years)
    return rows


def add_pupil(rows: Rows, number: int, group_id: int, years: list[int]) -> None:
    """One pupil with carers and a full history, from its own seed (the same in every size)."""
    rng = random.Random(SEED * 1000 + number)
    pupil_id = number + 1
    given = rng.choice(GIVEN)
    family = RARE_FAMILY if number == RARE_PUPIL else rng.choice(FAMILY)
    infix, _, family = family.rpartition(" ") if family[0].islower() else ("", "", family)
    rows.pupils.append(
        {
            "id": pupil_id,
            "group_id": group_id,
            "given_name": given,
            "infix": infix,
            "family_name": family,
            "date_of_birth": dt.date(2015 + rng.randrange(4), rng.randint(1, 12), 1 + number % 28),
            "left_on": None,
        }
    )
    carer_ids = []
    for _ in range(1 + (rng.random() < 0.6)):
        carer_id = len(rows.carers) + 1
        carer_ids.append(carer_id)
        language = rng.choice(LANGUAGES)
        rows.carers.append(
            {
                "id": carer_id,
                "name": f"{rng.choice(GIVEN)} {family}",
                "relation": rng.choice(RELATIONS),
                "language": language,
                "interpreter_needed": bool(language) and rng.random() < 0.5,
                "low_literacy": rng.random() < 0.1,
                "phone": f"06-{rng.randrange(10**8):08d}",
                "email": "",
                "notes": "",
            }
        )
        rows.pupil_carers.append({"pupil_id": pupil_id, "carer_id": carer_id})
    held: list[dict[str, Any]] = []
    for year in years:
        for month, day, type_key in YEAR_PLAN:
            calendar_year = year if month >= 8 else year + 1
            starts = dt.datetime(
                calendar_year, month, day + number % 12, 14 + number % 5, 10 * (number % 6)
            )
            talk = add_talk(rows, rng, pupil_id, given, starts, type_key, carer_ids)
            if talk["status"] == HELD:
                held.append(talk)
    for k, talk in enumerate(held):
        following = held[k + 1] if k + 1 < len(held) else None
        for _ in range(rng.choice((2, 3, 3, 4, 4))):
            add_agreement(rows, rng, talk, following, given)


def add_talk(
    rows: Rows,
    rng: random.Random,
    pupil_id: int,
    given: str,
    starts: dt.datetime,
    type_key: str,
    carer_ids: list[int],
) -> dict[str, Any]:
    if rng.random() < 0.1:
        type_key = rng.choice(OTHER_TYPES)
    if starts.date() > TODAY:
        status = TalkStatus.PLANNED.value
    else:
        status = TalkStatus.CANCELLED.value if rng.random() < 0.03 else HELD
    is_held = status == HELD
    shared = " ".join(s.format(name=given) for s in rng.sample(SHARED, rng.choice((1, 2, 2))))
    talk = {
        "id": len(rows.talks) + 1,
        "pupil_id": pupil_id,
        "type_key": type_key,
        "starts_at": starts,
        "duration_minutes": 10 if type_key == "ten_minute" else 30,
        "location": rng.choice(("Lokaal 8", "Spreekkamer", "Lokaal 3")),
        "status": status,
        "child_present": rng.random() < 0.3,
        "other_participants": "Tolk (telefonisch)" if rng.random() < 0.05 else "",
        "shared_notes": shared if is_held else "",
        "private_notes": (
            rng.choice(PRIVATE).format(name=given) if is_held and rng.random() < 0.4 else ""
        ),
        "goal_achieved": rng.choice(("yes", "partly", "no", None)) if is_held else None,
        "two_way": rng.random() < 0.8 if is_held else None,
        "next_time": rng.choice(NEXT_TIME) if is_held and rng.random() < 0.3 else "",
        "evening_id": None,
        "slot_index": None,
        "slot_minutes": None,
        "elapsed_seconds": 1200 if is_held else 0,
        "cancel_reason": "" if status != TalkStatus.CANCELLED.value else "ziek",
        "concern_led": (rng.random() < 0.5) if is_held and rng.random() < 0.02 else None,
        "created_at": starts - dt.timedelta(days=14),
        "updated_at": starts + dt.timedelta(hours=1) if is_held else starts - dt.timedelta(days=1),
    }
    rows.talks.append(talk)
    for carer_id in carer_ids[: 1 + (rng.random() < 0.3)]:
        rows.talk_carers.append({"talk_id": talk["id"], "carer_id": carer_id})
    if is_held and rng.random() < 0.7:
        rows.preparations.append(preparation_row(rng, talk, given))
    return talk


def preparation_row(rng: random.Random, talk: dict[str, Any], given: str) -> dict[str, Any]:
    goals = [
        {"key": key, "outcome": rng.choice(OUTCOMES).format(name=given)}
        for key in GOAL_KEYS
        if key in rng.sample(GOAL_KEYS, rng.choice((1, 1, 2)))
    ]
    concerns = rng.random() < 0.2
    return {
        "talk_id": talk["id"],
        "key_message": f"{given} gaat vooruit met lezen; rekenen blijft een aandachtspunt.",
        "qualities": [] if concerns else rng.sample(QUALITIES, 2),
        "growth_opportunities": rng.sample(GROWTH, rng.choice((0, 1, 2))),
        "classroom_actions": "Elke ochtend vijf minuten tafels in een groepje.",
        "goals": goals,
        "relational_note": "",
        "expressive_keys": [],
        "expressive_own": "",
        "structure_note": "",
        "phase_minutes": {},
        "own_questions": ["Hoe gaat het thuis met lezen?"],
        "parent_questions": [],
        "focus_skills": [],
        "context_factors": "",
        "review_agreement_ids": [],
        "updated_at": talk["starts_at"] - dt.timedelta(days=2),
    }


def add_agreement(
    rows: Rows,
    rng: random.Random,
    talk: dict[str, Any],
    following: dict[str, Any] | None,
    given: str,
) -> None:
    made = talk["starts_at"] + dt.timedelta(minutes=20)
    due = None if rng.random() < 0.1 else made.date() + dt.timedelta(weeks=rng.randint(3, 10))
    status = OPEN
    if following is not None and rng.random() < 0.75:
        status = rng.choices(CLOSED, CLOSED_WEIGHTS)[0]
    agreement_id = len(rows.agreements) + 1
    rows.agreements.append(
        {
            "id": agreement_id,
            "pupil_id": talk["pupil_id"],
            "talk_id": talk["id"],
            "text": rng.choice(AGREEMENTS).format(name=given),
            "owner": rng.choices(OWNERS, OWNER_WEIGHTS)[0],
            "due_on": due,
            "status": status,
            "created_at": made,
        }
    )
    rows.changes.append(
        {
            "id": len(rows.changes) + 1,
            "agreement_id": agreement_id,
            "changed_at": made,
            "status": OPEN,
            "note": "",
            "talk_id": talk["id"],
        }
    )
    if status != OPEN and following is not None:
        rows.changes.append(
            {
                "id": len(rows.changes) + 1,
                "agreement_id": agreement_id,
                "changed_at": following["starts_at"] + dt.timedelta(minutes=10),
                "status": status,
                "note": rng.choice(REVIEW_NOTES[status]),
                "talk_id": following["id"],
            }
        )


def insert_all(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    chunk = 5000
    for start in range(0, len(rows), chunk):
        conn.execute(table.insert(), rows[start : start + chunk])


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
    """Create the database at ``path`` as the app does, then fill it in bulk."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    rows = generate(shape)
    db = Database(path)
    try:
        with db.engine.begin() as conn:
            insert_all(conn, Group.__table__, rows.groups)
            insert_all(conn, Pupil.__table__, rows.pupils)
            insert_all(conn, Carer.__table__, rows.carers)
            insert_all(conn, pupil_carers, rows.pupil_carers)
        with db.engine.begin() as conn:
            insert_all(conn, Talk.__table__, rows.talks)
            insert_all(conn, talk_carers, rows.talk_carers)
            insert_all(conn, Preparation.__table__, rows.preparations)
        with db.engine.begin() as conn:
            insert_all(conn, Agreement.__table__, rows.agreements)
            insert_all(conn, AgreementStatusChange.__table__, rows.changes)
        build_s = time.perf_counter() - start
        with db.engine.connect() as conn:
            counts = {
                name: int(conn.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar() or 0)
                for name in (
                    "groups",
                    "pupils",
                    "talks",
                    "preparations",
                    "agreements",
                    "agreement_status_changes",
                    "search_fts",
                )
            }
    finally:
        db.close()  # the last connection closing checkpoints the WAL, as when the app quits
    expected = len(rows.pupils) + len(rows.talks) + len(rows.agreements)
    assert counts["search_fts"] == expected, (counts, expected)
    return Built(shape, path, build_s, counts)


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
            lambda: history.pupil_timeline(db, pupil),
        ),
        (
            Case("group overview (current year)", OVERVIEW_TARGET_MS),
            lambda: history.group_overview(db, group, TODAY),
        ),
        (
            Case("agreements: overdue", None),
            lambda: agreements.agreements_of(db, filter_pupil, show="overdue", today=TODAY),
        ),
        (
            Case("agreements: open, owner parents", None),
            lambda: agreements.agreements_of(
                db, filter_pupil, show="open", owner=AgreementOwner.PARENTS.value, today=TODAY
            ),
        ),
        (
            Case(f"search common word '{COMMON_WORD}'", search_target),
            lambda: history.search(db, COMMON_WORD),
        ),
        (
            Case(f"search rare name '{RARE_FAMILY}'", search_target),
            lambda: history.search(db, RARE_FAMILY),
        ),
        (
            Case(f"search accents '{ACCENT_QUERY}'", search_target),
            lambda: history.search(db, ACCENT_QUERY),
        ),
        (
            Case(f"search nasty '{NASTY_QUERY}'", search_target),
            lambda: history.search(db, NASTY_QUERY),
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
    return 0  # a report: a missed target is not an error


if __name__ == "__main__":
    sys.exit(main())
