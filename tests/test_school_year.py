"""A new school year: groups move up, combination groups kept or split, groep 8 leaves; the
plan writes nothing, the move is all or nothing and never happens twice; and the command line."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from parentconv.cli import main as cli_main
from parentconv.clock import FixedClock
from parentconv.errors import ValidationError
from parentconv.services import agreements, evenings, history, people, school_year, talks
from parentconv.services.people import PupilInput
from parentconv.services.school_year import GroupChoice, proposed_name, proposed_part_name
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database
from parentconv.store.models import Pupil

OLD, NEW = "2025-2026", "2026-2027"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 8, 20, 10, 0))  # August: the new school year has begun


def add(db: Database, group: int, given: str, level: int | None, family: str = "Jansen") -> int:
    pupil = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name=given, family_name=family),
    ).id
    with db.session() as s:
        s.get_one(Pupil, pupil).year_level = level
    return pupil


def school(db: Database) -> dict[str, int]:
    """Groep 5 (two pupils), Groep 5/6 (a five, a six, one unknown), Groep 8 (two leavers, one
    with no year level), and a pupil of groep 5 who left in the spring."""
    ids: dict[str, int] = {}
    for name in ("Groep 5", "Groep 5/6", "Groep 8"):
        ids[name] = db.run(people.create_group, name=name, school_year=OLD).id
    ids["Anna"] = add(db, ids["Groep 5"], "Anna", 5)
    ids["Bram"] = add(db, ids["Groep 5"], "Bram", None)
    ids["Cas"] = add(db, ids["Groep 5/6"], "Cas", 5)
    ids["Dewi"] = add(db, ids["Groep 5/6"], "Dewi", 6)
    ids["Eva"] = add(db, ids["Groep 5/6"], "Eva", None)
    ids["Finn"] = add(db, ids["Groep 8"], "Finn", 8)
    ids["Gijs"] = add(db, ids["Groep 8"], "Gijs", None)
    ids["Hugo"] = db.run(
        people.create_pupil,
        group_id=ids["Groep 5"],
        data=PupilInput(given_name="Hugo", family_name="Smit", left_on="2026-04-01"),
    ).id
    return ids


def where(db: Database) -> dict[str, tuple[str, str, int | None, dt.date | None]]:
    """Per given name, read through a new connection: group, school year, level, left on."""
    con = sqlite3.connect(db.path)
    try:
        rows = con.execute(
            "SELECT p.given_name, g.name, g.school_year, p.year_level, p.left_on "
            "FROM pupils p JOIN groups g ON g.id = p.group_id"
        ).fetchall()
    finally:
        con.close()
    return {
        given: (group, year, level, dt.date.fromisoformat(left) if left else None)
        for given, group, year, level, left in rows
    }


def test_names_go_up_one_year() -> None:
    assert proposed_name("Groep 5") == "Groep 6"
    assert proposed_name("Groep 5/6") == "Groep 6/7"
    assert proposed_name("groep 1-2b") == "groep 2-3b"
    assert proposed_name("Groep 7/8") == "Groep 8"
    assert proposed_name("Groep 8") == "Groep 8"  # who stays back stays in groep 8
    assert proposed_name("Kangoeroes") == "Kangoeroes"
    assert proposed_part_name("Groep 5/6", 6) == "Groep 7"


def test_the_plan_writes_nothing_and_proposes_the_next_year(db: Database) -> None:
    ids = school(db)
    before = where(db)
    plan = db.run(school_year.plan_move_up, OLD)
    assert where(db) == before
    assert (plan.from_year, plan.to_year, plan.leave_on) == (OLD, NEW, dt.date(2026, 7, 31))
    by_group = {g.group.name: g for g in plan.groups}
    five = by_group["Groep 5"]
    assert [(t.name, [m.pupil.given_name for m in t.pupils]) for t in five.targets] == [
        ("Groep 6", ["Anna", "Bram"])
    ]
    assert five.already_left == 1 and not five.is_combination  # Hugo stays where he is
    combi = by_group["Groep 5/6"]
    assert combi.is_combination and [t.name for t in combi.targets] == ["Groep 6/7"]
    assert combi.without_level == 1
    eight = by_group["Groep 8"]
    assert eight.targets == ()
    assert [(lv.pupil.id, lv.leaves) for lv in eight.leavers] == [
        (ids["Finn"], True),
        (ids["Gijs"], True),
    ]
    assert school_year.summary(plan) == (
        "2 leerlingen naar Groep 6, 3 leerlingen naar Groep 6/7, 2 leerlingen verlaten de school."
    )


def test_moving_up_keeps_the_history_and_a_second_run_moves_no_one(db: Database) -> None:
    ids = school(db)
    talk = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=ids["Anna"], type_key="start", date="2026-03-10", start_time="15:00"
        ),
    ).id
    db.run(talks.set_status, talk, "held")
    agreement = db.run(
        agreements.create_agreement,
        pupil_id=ids["Anna"],
        text="Elke dag lezen",
        owner="parents",
        talk_id=talk,
        due_on=dt.date(2026, 10, 1),
    ).id
    spring = db.run(
        evenings.create_evening,
        data=evenings.EveningInput(date="2026-03-17", start_time="18:30"),
    ).id
    db.run(evenings.add_slot, spring, pupil_id=ids["Anna"])
    outcome = db.run(school_year.apply_move_up, OLD)
    assert (outcome.moved, outcome.left) == (5, 2)
    # Last spring's evening still shows the group Anna was in then.
    assert [x.group_name for x in db.run(evenings.get_evening, spring).slots] == ["Groep 5"]
    assert outcome.new_groups == ("Groep 6", "Groep 6/7") and outcome.added_to == ()
    after = where(db)
    assert after["Anna"] == ("Groep 6", NEW, 6, None)
    assert after["Bram"] == ("Groep 6", NEW, None, None)
    assert after["Dewi"] == ("Groep 6/7", NEW, 7, None)
    assert after["Finn"] == ("Groep 8", OLD, 8, dt.date(2026, 7, 31))  # left, never deleted
    assert after["Gijs"][1:] == (OLD, None, dt.date(2026, 7, 31))
    assert after["Hugo"] == ("Groep 5", OLD, None, dt.date(2026, 4, 1))
    # Anna's talk and her open agreement came along: the new group sees them.
    new_group = next(g.id for g in db.run(people.list_groups) if g.name == "Groep 6")
    row = next(r for r in db.run(history.group_overview, new_group) if r.pupil.id == ids["Anna"])
    assert row.open_agreements == 1
    assert talk in [e.talk.id for e in db.run(history.pupil_timeline, ids["Anna"]).entries]
    assert db.run(agreements.get_agreement, agreement).status == "open"

    again = db.run(school_year.plan_move_up, OLD)
    assert not again.changes_anything and "niets over te zetten" in school_year.summary(again)
    db.run(school_year.apply_move_up, OLD)
    assert where(db) == after
    # The new year is no source for the old one, and moving it on is a new year's step.
    assert {g.group.name for g in db.run(school_year.plan_move_up, NEW).groups} == {
        "Groep 6",
        "Groep 6/7",
    }


def test_a_combination_group_split_by_year_level_and_a_leaver_who_stays_back(
    db: Database,
) -> None:
    ids = school(db)
    existing = db.run(people.create_group, name="groep 7", school_year=NEW).id
    choices = {
        ids["Groep 5/6"]: GroupChoice(split=True, part_names={5: "Groep 6b"}),
        ids["Groep 8"]: GroupChoice(staying=frozenset({ids["Finn"]})),
    }
    plan = db.run(school_year.plan_move_up, OLD, choices)
    combi = next(g for g in plan.groups if g.group.name == "Groep 5/6")
    assert [
        (t.name, t.existing_id, [m.pupil.given_name for m in t.pupils]) for t in combi.targets
    ] == [
        ("Groep 6b", None, ["Cas", "Eva"]),  # Eva's year level is not known: the first part
        ("Groep 7", existing, ["Dewi"]),  # "groep 7" exists already: Dewi is added to it
    ]
    assert "Eva" not in str(school_year.source_notes(combi)) and "leerjaar niet bekend" in str(
        school_year.source_notes(combi)
    )
    outcome = db.run(school_year.apply_move_up, OLD, choices)
    assert outcome.added_to == ("groep 7",) and outcome.left == 1
    after = where(db)
    assert after["Cas"] == ("Groep 6b", NEW, 6, None)
    assert after["Eva"] == ("Groep 6b", NEW, None, None)
    assert after["Dewi"] == ("groep 7", NEW, 7, None)
    assert after["Finn"] == ("Groep 8", NEW, 8, None)  # stays back: groep 8 again, level kept
    assert after["Gijs"][3] == dt.date(2026, 7, 31)


@pytest.mark.parametrize(
    ("choices", "message"),
    [
        ({"Groep 5": GroupChoice(name="  ")}, "Geef Groep 5 een nieuwe naam"),
        ({"Groep 5": GroupChoice(name="x" * 81)}, "te lang"),
        ({"Groep 5": GroupChoice(name="Groep 6/7")}, "Groep 5 en Groep 5/6 zouden allebei"),
        ({"Groep 5": GroupChoice(split=True)}, "geen combinatiegroep"),
        ({"Groep 5/6": GroupChoice(split=True, part_names={5: "X", 6: "x"})}, "Beide delen"),
        ({"Groep 5/6": GroupChoice(split=True, part_names={3: "Groep 4"})}, "leerjaar 3"),
        ({"Groep 8": GroupChoice(staying=frozenset({-1}))}, "Leerling -1 staat niet"),
    ],
)
def test_bad_choices_are_said_in_plain_dutch_and_nothing_moves(
    db: Database, choices: dict[str, GroupChoice], message: str
) -> None:
    ids = school(db)
    before = where(db)
    by_id = {ids[name]: choice for name, choice in choices.items()}
    with pytest.raises(ValidationError, match=message):
        db.run(school_year.apply_move_up, OLD, by_id)
    assert where(db) == before


def test_a_school_year_without_groups_or_malformed_is_refused(db: Database) -> None:
    school(db)
    with pytest.raises(ValidationError, match="geen groepen in schooljaar 2024-2025"):
        db.run(school_year.plan_move_up, "2024-2025")
    with pytest.raises(ValidationError, match="opeenvolgende jaren"):
        db.run(school_year.plan_move_up, "2025")
    with pytest.raises(ValidationError, match="hoort niet bij"):
        db.run(school_year.plan_move_up, OLD, {999: GroupChoice()})


def test_split_without_any_year_level_is_refused(db: Database) -> None:
    group = db.run(people.create_group, name="Groep 3/4", school_year=OLD).id
    add(db, group, "Ivo", None)
    with pytest.raises(ValidationError, match="leerjaar bekend"):
        db.run(school_year.plan_move_up, OLD, {group: GroupChoice(split=True)})


def test_the_default_year_is_last_year_in_august_and_this_year_in_july(
    db: Database, clock: FixedClock
) -> None:
    school(db)
    assert db.run(school_year.default_from_year) == OLD  # 20 August 2026
    db.run(people.create_group, name="Groep 4", school_year="2024-2025")  # emptied last year
    clock.moment = dt.datetime(2026, 7, 3, 12, 0)
    assert db.run(school_year.default_from_year) == OLD  # before the summer: this year's
    clock.moment = dt.datetime(2026, 8, 20, 10, 0)
    db.run(school_year.apply_move_up, OLD)
    # Done already: still last year (nothing left to move), not on to 2027-2028.
    assert db.run(school_year.default_from_year) == OLD
    assert db.run(school_year.source_years) == [NEW, OLD, "2024-2025"]


# --- the command line --------------------------------------------------------------------------


def run_cli(data_dir: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli_main(["--data-dir", str(data_dir), "move-up", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_command_line_previews_splits_renames_and_stores(
    db: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = school(db)
    before = where(db)
    code, out = run_cli(data_dir, "--from", OLD, "--dry-run", capsys=capsys)
    assert code == 0, out
    assert "Van schooljaar 2025-2026 naar 2026-2027:" in out
    assert "→ Groep 6 (nieuw): Anna Jansen, Bram Jansen" in out
    assert f"Finn Jansen ({ids['Finn']})" in out and "vr 31 jul 2026" in out
    assert "--split 'Groep 5/6'" in out and "Niets opgeslagen (--dry-run)." in out
    assert where(db) == before

    code, out = run_cli(
        data_dir,
        "--from",
        OLD,
        "--split",
        "groep 5/6",
        "--name",
        "Groep 5=Groep 6a",
        "--name",
        "Groep 5/6:6=Groep 7b",
        "--stays",
        str(ids["Gijs"]),
        capsys=capsys,
    )
    assert code == 0, out
    assert "Opgeslagen." in out
    after = where(db)
    assert after["Anna"][:2] == ("Groep 6a", NEW)
    assert after["Cas"][:2] == ("Groep 6", NEW)
    assert after["Dewi"][:2] == ("Groep 7b", NEW)
    assert after["Gijs"] == ("Groep 8", NEW, None, None)
    assert after["Finn"][3] == dt.date(2026, 7, 31)

    code, out = run_cli(data_dir, "--from", OLD, capsys=capsys)  # twice: nothing moves
    assert code == 0 and "Er was niets te veranderen." in out
    assert where(db) == after


def test_the_command_line_says_bad_input_in_one_line(
    db: Database, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    school(db)
    for args, message in (
        (("--from", OLD, "--split", "Groep 9"), "geen groep 'Groep 9'"),
        (("--from", OLD, "--name", "Groep 5"), "OUD=NIEUW"),
        (("--from", OLD, "--stays", "12345"), "Leerling 12345"),
        (("--from", "2030-2031"), "geen groepen"),
    ):
        code, out = run_cli(data_dir, *args, capsys=capsys)
        assert code == 2 and message in out and "Traceback" not in out, out
