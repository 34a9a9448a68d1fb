"""Services: what the UI calls, including the messages a teacher sees for bad input.

Every test runs on both stores: the laptop's SQLite file and the school's PostgreSQL server
(team mode, a throw-away cluster; skipped with the reason where none can be started)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from parentconv.clock import FixedClock
from parentconv.errors import NotFoundError, StorageError, ValidationError
from parentconv.services import agreements, people, talks
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, data_dir: Path, clock: FixedClock) -> Iterator[Database]:
    """The store of each test: this computer's file, then the school's server."""
    if request.param == "postgresql":
        yield request.getfixturevalue("server_db")
        return
    database = Database(data_dir / "oudergesprek.sqlite3", clock=clock)
    yield database
    database.close()


@pytest.fixture
def group(db: Database) -> int:
    return db.run(people.create_group, name="groep 5", school_year="2026-2027").id


@pytest.fixture
def pupil(db: Database, group: int) -> int:
    return db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name="Zoë", infix="de", family_name="Vries"),
    ).id


def plan(db: Database, pupil: int, **kw: object) -> int:
    data = TalkInput(pupil_id=pupil, type_key="ten_minute", date="2026-11-24", start_time="18:30")
    for key, value in kw.items():
        setattr(data, key, value)
    return db.run(talks.create_talk, data=data).id


# --- groups and pupils ------------------------------------------------------------------------


def test_group_crud(db: Database) -> None:
    g = db.run(people.create_group, name="  groep 5 ", school_year="2026/2027")
    assert (g.name, g.school_year, g.pupil_count) == ("groep 5", "2026-2027", 0)
    db.run(people.update_group, g.id, name="groep 6", school_year="2027-2028")
    assert [x.name for x in db.run(people.list_groups)] == ["groep 6"]
    db.run(people.delete_group, g.id)
    assert db.run(people.list_groups) == []


@pytest.mark.parametrize(
    ("name", "year", "field", "message"),
    [
        ("", "2026-2027", "name", "verplicht"),
        ("   ", "2026-2027", "name", "verplicht"),
        ("groep 5", "2026", "school_year", "opeenvolgende"),
        ("groep 5", "2026-2028", "school_year", "opeenvolgende"),
        ("x" * 81, "2026-2027", "name", "te lang"),
    ],
)
def test_group_validation(db: Database, name: str, year: str, field: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as info:
        db.run(people.create_group, name=name, school_year=year)
    assert info.value.field == field
    assert db.run(people.list_groups) == []


def test_duplicate_group_is_refused(db: Database, group: int) -> None:
    with pytest.raises(ValidationError, match="al een groep 5"):
        db.run(people.create_group, name="groep 5", school_year="2026-2027")


def test_pupils_in_dutch_class_list_order_with_names_in_any_script(
    db: Database, group: int
) -> None:
    for given, infix, family in [
        ("Daan", "van den", "Berg"),
        ("Şükrü", "", "Yılmaz"),
        ("Łucja", "", "Kowalczyk"),
        ("Thị Mai", "", "Nguyễn"),
        ("Zoë", "de", "Vries"),
    ]:
        db.run(
            people.create_pupil,
            group_id=group,
            data=PupilInput(given_name=given, infix=infix, family_name=family),
        )
    names = [p.name for p in db.run(people.list_pupils, group_id=group)]
    assert names == [
        "Daan van den Berg",
        "Łucja Kowalczyk",
        "Thị Mai Nguyễn",
        "Zoë de Vries",
        "Şükrü Yılmaz",
    ]
    assert db.run(people.list_groups)[0].pupil_count == 5


def test_pupil_dates_accept_dutch_and_iso_and_refuse_nonsense(db: Database, group: int) -> None:
    p = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(
            given_name="Sem", family_name="Jong", infix="de", date_of_birth="03-02-2017"
        ),
    )
    assert p.date_of_birth == dt.date(2017, 2, 3)
    with pytest.raises(ValidationError, match="geen datum") as info:
        db.run(
            people.update_pupil,
            p.id,
            data=PupilInput(given_name="Sem", family_name="Jong", date_of_birth="31-02-2017"),
        )
    assert info.value.field == "date_of_birth"
    with pytest.raises(ValidationError, match="toekomst"):
        db.run(
            people.update_pupil,
            p.id,
            data=PupilInput(given_name="Sem", family_name="Jong", date_of_birth="2099-01-01"),
        )
    assert db.run(people.get_pupil, p.id).date_of_birth == dt.date(2017, 2, 3)


def test_pupil_needs_names(db: Database, group: int) -> None:
    with pytest.raises(ValidationError, match="Achternaam is verplicht"):
        db.run(
            people.create_pupil, group_id=group, data=PupilInput(given_name="Sem", family_name=" ")
        )


def test_unknown_ids_give_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError, match="bestaat niet"):
        db.run(people.get_pupil, 12345)
    with pytest.raises(NotFoundError):
        db.run(people.create_pupil, group_id=999, data=PupilInput(given_name="a", family_name="b"))


# --- carers ------------------------------------------------------------------------------------


def test_carer_shared_by_siblings_and_deleted_with_the_last(db: Database, group: int) -> None:
    jesse = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name="Jesse", family_name="Willems"),
    ).id
    tess = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name="Tess", family_name="Willems"),
    ).id
    carer = db.run(
        people.create_carer,
        data=CarerInput(name="Anke Willems", relation="moeder", pupil_ids=[jesse, tess, tess]),
    )
    assert carer.pupil_ids == (jesse, tess)
    assert [c.name for c in db.run(people.carers_of, tess)] == ["Anke Willems"]
    db.run(people.delete_pupil, jesse)
    assert [c.name for c in db.run(people.carers_of, tess)] == ["Anke Willems"]
    db.run(people.delete_pupil, tess)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM carers")).scalar() == 0


def test_carer_needs_a_pupil_and_a_name(db: Database, pupil: int) -> None:
    with pytest.raises(ValidationError, match="minstens één leerling") as info:
        db.run(people.create_carer, data=CarerInput(name="Ayşe", pupil_ids=[]))
    assert info.value.field == "pupil_ids"
    with pytest.raises(ValidationError, match="Naam is verplicht"):
        db.run(people.create_carer, data=CarerInput(name="", pupil_ids=[pupil]))


def test_carer_needs_are_stored(db: Database, pupil: int) -> None:
    carer = db.run(
        people.create_carer,
        data=CarerInput(
            name="Amal Haddad",
            language="Arabisch",
            interpreter_needed=True,
            low_literacy=True,
            pupil_ids=[pupil],
        ),
    )
    again = db.run(
        people.update_carer,
        carer.id,
        data=CarerInput(
            name="Amal Haddad",
            language="Arabisch",
            interpreter_needed=True,
            low_literacy=False,
            notes="Bellen na 15:00",
            pupil_ids=[pupil],
        ),
    )
    assert (again.interpreter_needed, again.low_literacy, again.notes) == (
        True,
        False,
        "Bellen na 15:00",
    )


# --- talks -------------------------------------------------------------------------------------


def test_talk_defaults_from_the_catalog(db: Database, pupil: int) -> None:
    talk = db.run(talks.get_talk, plan(db, pupil))
    assert talk.duration_minutes == 10
    assert talk.starts_at == dt.datetime(2026, 11, 24, 18, 30)
    assert talk.status == "planned" and talk.child_present is False
    start = db.run(talks.get_talk, plan(db, pupil, type_key="start"))
    assert start.child_present is True


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"duration_minutes": -5}, "duration_minutes"),
        ({"start_time": "25:00"}, "start_time"),
        ({"start_time": "half zeven"}, "start_time"),
        ({"date": "2026-13-01"}, "date"),
        ({"type_key": "koffie"}, "type_key"),
    ],
)
def test_talk_validation(db: Database, pupil: int, changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        plan(db, pupil, **changes)
    assert info.value.field == field
    assert db.run(talks.list_talks) == []


def test_talk_carers_must_belong_to_the_pupil(db: Database, group: int, pupil: int) -> None:
    other = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name="Noah", family_name="Jansen"),
    ).id
    carer = db.run(people.create_carer, data=CarerInput(name="Pieter Jansen", pupil_ids=[other]))
    with pytest.raises(ValidationError, match="hoort niet bij Zoë"):
        plan(db, pupil, carer_ids=[carer.id])


def test_talks_on_a_date_in_time_order(db: Database, pupil: int) -> None:
    late = plan(db, pupil, start_time="19:10")
    early = plan(db, pupil, start_time="18:30")
    plan(db, pupil, date="2026-11-25")
    assert [t.id for t in db.run(talks.talks_on, dt.date(2026, 11, 24))] == [early, late]
    assert db.run(talks.talks_on, dt.date(2026, 11, 23)) == []


def test_notes_status_checklist_and_reflection(db: Database, pupil: int) -> None:
    talk_id = plan(db, pupil)
    long_note = "woord " * 5000
    db.run(talks.set_notes, talk_id, shared=long_note, private="alleen voor mij")
    db.run(talks.set_step_done, talk_id, 3, True)
    db.run(talks.set_step_done, talk_id, 1, True)
    db.run(talks.set_step_done, talk_id, 3, True)  # twice is once
    db.run(talks.set_status, talk_id, "held")
    db.run(talks.set_reflection, talk_id, goal_achieved="partly", two_way=True, next_time="Eerder")
    talk = db.run(talks.get_talk, talk_id)
    assert talk.shared_notes == long_note.strip() and talk.private_notes == "alleen voor mij"
    assert talk.ticked_steps == (1, 3) and talk.status == "held"
    assert (talk.goal_achieved, talk.two_way, talk.next_time) == ("partly", True, "Eerder")
    assert db.run(talks.set_step_done, talk_id, 3, False).ticked_steps == (1,)
    with pytest.raises(ValidationError):
        db.run(talks.set_step_done, talk_id, 17, True)
    with pytest.raises(ValidationError):
        db.run(talks.set_status, talk_id, "gezellig")


# --- agreements --------------------------------------------------------------------------------


def test_agreement_status_history_and_open_agreements(db: Database, pupil: int) -> None:
    first = plan(db, pupil, date="2026-09-10")
    second = plan(db, pupil, date="2026-11-24")
    a = db.run(
        agreements.create_agreement,
        pupil_id=pupil,
        text="Elke dag 15 min lezen",
        owner="parents",
        due_on=dt.date(2026, 10, 1),
        talk_id=first,
    )
    b = db.run(agreements.create_agreement, pupil_id=pupil, text="Extra rekenhulp", owner="school")
    assert [x.id for x in db.run(agreements.open_agreements_of, pupil)] == [a.id, b.id]
    db.run(agreements.change_status, a.id, status="done", note="Gaat goed", talk_id=second)
    assert [x.id for x in db.run(agreements.open_agreements_of, pupil)] == [b.id]
    history = db.run(agreements.get_agreement, a.id).history
    assert [(h.status, h.talk_id) for h in history] == [("open", first), ("done", second)]
    assert history[1].note == "Gaat goed"
    assert [x.id for x in db.run(talks.pupil_details, pupil).open_agreements] == [b.id]


def test_agreement_validation(db: Database, pupil: int) -> None:
    with pytest.raises(ValidationError, match="verplicht"):
        db.run(agreements.create_agreement, pupil_id=pupil, text="  ", owner="school")
    with pytest.raises(ValidationError) as info:
        db.run(agreements.create_agreement, pupil_id=pupil, text="x", owner="buurman")
    assert info.value.field == "owner"
    a = db.run(agreements.create_agreement, pupil_id=pupil, text="x", owner="child")
    with pytest.raises(ValidationError):
        db.run(agreements.change_status, a.id, status="half")
    assert db.run(agreements.get_agreement, a.id).status == "open"


def test_overdue(db: Database, pupil: int) -> None:
    a = db.run(
        agreements.create_agreement,
        pupil_id=pupil,
        text="x",
        owner="school",
        due_on=dt.date(2026, 11, 1),
    )
    assert a.is_overdue(dt.date(2026, 11, 23)) and not a.is_overdue(dt.date(2026, 10, 1))


def test_deleting_a_talk_keeps_its_agreements(db: Database, pupil: int) -> None:
    talk_id = plan(db, pupil)
    a = db.run(
        agreements.create_agreement, pupil_id=pupil, text="x", owner="school", talk_id=talk_id
    )
    db.run(talks.delete_talk, talk_id)
    assert db.run(agreements.get_agreement, a.id).talk_id is None


# --- storage problems --------------------------------------------------------------------------


def test_full_disk_gives_a_plain_message_and_keeps_earlier_data(
    data_dir: Path, clock: FixedClock
) -> None:
    """The laptop's file only (SQLite's page cap stands in for a full disk); a server that
    cannot be reached is tested in tests/test_team_mode.py."""
    db = Database(data_dir / "oudergesprek.sqlite3", clock=clock)
    group = db.run(people.create_group, name="groep 5", school_year="2026-2027").id
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    from sqlalchemy import event

    def cap(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")  # type: ignore[attr-defined]

    db.engine.dispose()
    event.listen(db.engine, "connect", cap)
    with pytest.raises(StorageError, match="schijf is vol"):
        db.run(
            people.create_pupil,
            group_id=group,
            data=PupilInput(given_name="Lang", family_name="x" * 190, date_of_birth=""),
        )
        for _ in range(200):
            db.run(
                people.create_carer,
                data=CarerInput(name="y" * 200, notes="z" * 20000, pupil_ids=[1]),
            )
    assert [g.name for g in db.run(people.list_groups)] == ["groep 5"]
    db.close()


def test_review_in_a_talk_of_another_pupil_is_refused(db: Database, group: int, pupil: int) -> None:
    other = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name="Noah", family_name="Jansen"),
    ).id
    a = db.run(agreements.create_agreement, pupil_id=pupil, text="x", owner="school")
    with pytest.raises(ValidationError, match="andere leerling"):
        db.run(agreements.change_status, a.id, status="done", talk_id=plan(db, other))
    assert db.run(agreements.get_agreement, a.id).status == "open"
