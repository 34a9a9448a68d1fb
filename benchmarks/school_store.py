"""A school-size store, generated: the data the benchmarks and the school-size tests use.

``build(path, LARGE)`` makes about 600 pupils in 192 groups over 8 school years, 19,200 talks,
~56,000 agreements with their status history, preparations, carers, and the search index, the
way the app would have stored them (the database is created with ``Database(path)``, migrated,
then filled in bulk with SQLAlchemy Core in three transactions; the triggers feed the search
index as in the app). Every pupil comes from its own random seed, so pupil *n* is the same in
every size.

Imported by ``benchmarks/bench_*.py`` (which run with this folder first on ``sys.path``) and
by the tests (through ``tests/generated_school.py``). Also a command, to keep a store for
trying the app:

    .venv/bin/python benchmarks/school_store.py DIR [--small]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Generate with this working tree, also when the package is not installed in the running Python.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy.engine import Connection

from parentconv.catalog import GOAL_KEYS
from parentconv.store.db import Database
from parentconv.store.models import (
    Agreement,
    AgreementOwner,
    AgreementStatus,
    AgreementStatusChange,
    Carer,
    Group,
    Preparation,
    PrivateNote,
    Pupil,
    Talk,
    TalkStatus,
    pupil_carers,
    talk_carers,
)

TODAY = dt.date(2026, 11, 23)
CURRENT_YEAR = 2026  # school year 2026-2027
SEED = 20261123
RARE_FAMILY = "Zwartbroek"
RARE_PUPIL = 7  # 0-based pupil number that carries the rare name (in every size)


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
    private_notes: list[dict[str, Any]] = field(default_factory=list)
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
        "goal_achieved": rng.choice(("yes", "partly", "no", None)) if is_held else None,
        "two_way": rng.random() < 0.8 if is_held else None,
        "next_time": rng.choice(NEXT_TIME) if is_held and rng.random() < 0.3 else "",
        "evening_id": None,
        "slot_index": None,
        "slot_minutes": None,
        "elapsed_seconds": 1200 if is_held else 0,
        "cancel_reason": "" if status != TalkStatus.CANCELLED.value else "ziek",
        "held_at": starts if is_held else None,
        "concern_led": (rng.random() < 0.5) if is_held and rng.random() < 0.02 else None,
        "created_at": starts - dt.timedelta(days=14),
        "updated_at": starts + dt.timedelta(hours=1) if is_held else starts - dt.timedelta(days=1),
    }
    rows.talks.append(talk)
    if is_held and rng.random() < 0.4:  # the teacher's own note (a row of its own, 0012)
        rows.private_notes.append(
            {
                "id": len(rows.private_notes) + 1,
                "talk_id": talk["id"],
                "author": "",
                "text": rng.choice(PRIVATE).format(name=given),
                "updated_at": talk["updated_at"],
            }
        )
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
            "kind": "made",
            "due_on": None,
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
                "kind": "review",
                "due_on": None,
            }
        )


def insert_all(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    chunk = 5000
    for start in range(0, len(rows), chunk):
        conn.execute(table.insert(), rows[start : start + chunk])


@dataclass
class BuiltStore:
    """A generated store: where it is, its shape, how long it took and what it holds."""

    shape: Shape
    path: Path
    build_s: float
    counts: dict[str, int] = field(default_factory=dict)


def build(path: Path, shape: Shape) -> BuiltStore:
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
            insert_all(conn, PrivateNote.__table__, rows.private_notes)
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
    return BuiltStore(shape, path, build_s, counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a school-size Oudergesprek store.")
    parser.add_argument(
        "folder", type=Path, help="data folder (oudergesprek.sqlite3 is made in it)"
    )
    parser.add_argument("--small", action="store_true", help="one group per year instead of 24")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    store = build(args.folder / "oudergesprek.sqlite3", SMALL if args.small else LARGE)
    print(f"{store.path}: {store.counts} in {store.build_s:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
