"""The demo class: a full, realistic groep 5 to try the app with, loaded once per school year."""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

import parentconv.demo as demo
from parentconv.demo import DEMO_GROUP_NAME, DemoResult, load_demo_class, school_year_of
from parentconv.errors import ValidationError
from parentconv.services.agreements import agreements_of
from parentconv.services.people import carers_of, list_groups, list_pupils
from parentconv.services.talks import list_talks, talks_on
from parentconv.services.views import AgreementView, CarerView, PupilView, TalkView
from parentconv.store.db import Database

TODAY = dt.date(2026, 11, 23)  # a Monday; tomorrow evening are the ten-minute talks


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[Database]:
    """An empty database of this test alone."""
    db = Database(tmp_path / "db.sqlite3")
    yield db
    db.close()


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database with the demo loaded on ``TODAY``, shared by the tests that only read."""
    db = Database(tmp_path_factory.mktemp("demo") / "db.sqlite3")
    yield db
    db.close()


@pytest.fixture(scope="module")
def loaded(database: Database) -> DemoResult:
    return database.run(load_demo_class, today=TODAY)


def pupils(db: Database, result: DemoResult) -> list[PupilView]:
    return db.run(list_pupils, group_id=result.group_id)


def carers(db: Database, result: DemoResult) -> dict[int, CarerView]:
    return {c.id: c for p in pupils(db, result) for c in db.run(carers_of, p.id)}


def agreements(db: Database, result: DemoResult) -> list[AgreementView]:
    return [a for p in pupils(db, result) for a in db.run(agreements_of, p.id)]


def counts(db: Database, result: DemoResult) -> tuple[int, int, int, int, int]:
    return (
        len(db.run(list_groups)),
        len(pupils(db, result)),
        len(carers(db, result)),
        len(db.run(list_talks)),
        len(agreements(db, result)),
    )


def by_name(db: Database, result: DemoResult) -> dict[str, PupilView]:
    return {p.name: p for p in pupils(db, result)}


# --- school year ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (dt.date(2026, 11, 23), "2026-2027"),
        (dt.date(2026, 8, 1), "2026-2027"),
        (dt.date(2026, 7, 31), "2025-2026"),
        (dt.date(2027, 1, 1), "2026-2027"),
        (dt.date(2027, 7, 31), "2026-2027"),
    ],
)
def test_school_year_starts_on_1_august(day: dt.date, year: str) -> None:
    assert school_year_of(day) == year


# --- the group and its pupils -----------------------------------------------------------------


def test_demo_group_is_marked_demo_for_this_school_year(
    database: Database, loaded: DemoResult
) -> None:
    assert loaded.created
    (group,) = database.run(list_groups)
    assert group.id == loaded.group_id
    assert group.name == DEMO_GROUP_NAME == "Demogroep 5"
    assert group.school_year == "2026-2027"
    assert group.is_demo
    assert group.pupil_count == loaded.pupils


def test_about_25_pupils(database: Database, loaded: DemoResult) -> None:
    assert 24 <= loaded.pupils <= 30
    assert len(pupils(database, loaded)) == loaded.pupils


def test_named_pupils_are_stored_exactly(database: Database, loaded: DemoResult) -> None:
    names = by_name(database, loaded)
    for name in ("Şükrü Yılmaz", "Zoë de Vries", "Łucja Kowalczyk", "Daan van den Berg"):
        assert name in names
    # Vietnamese order is family name first (Nguyễn Thị Mai); stored as given + family name.
    mai = names["Thị Mai Nguyễn"]
    assert (mai.given_name, mai.infix, mai.family_name) == ("Thị Mai", "", "Nguyễn")
    daan = names["Daan van den Berg"]
    assert (daan.given_name, daan.infix, daan.family_name) == ("Daan", "van den", "Berg")
    zoe = names["Zoë de Vries"]
    assert (zoe.infix, zoe.family_name) == ("de", "Vries")
    # Composed characters (NFC), so search, sort and print treat "ë" as one letter.
    assert all(unicodedata.is_normalized("NFC", name) for name in names)


def test_tussenvoegsels_are_used_and_sorted_dutch_style(
    database: Database, loaded: DemoResult
) -> None:
    listed = pupils(database, loaded)
    assert {p.infix for p in listed} >= {"", "de", "van", "van den", "van der"}
    # "Berg, Daan van den" sorts under B, not under V.
    order = [p.name for p in listed]
    assert order.index("Tigist Bekele") < order.index("Daan van den Berg") < order.index("Levi Bos")
    assert all(p.date_of_birth is not None and p.date_of_birth < TODAY for p in listed)


# --- carers -----------------------------------------------------------------------------------


def test_every_pupil_has_one_to_three_carers(database: Database, loaded: DemoResult) -> None:
    for pupil in pupils(database, loaded):
        assert 1 <= len(database.run(carers_of, pupil.id)) <= 3, pupil.name


def test_a_pupil_with_two_homes(database: Database, loaded: DemoResult) -> None:
    two_homes = [
        p.name
        for p in pupils(database, loaded)
        if len(cs := database.run(carers_of, p.id)) >= 2
        and all("Co-ouderschap" in c.notes for c in cs)
        and len({c.notes for c in cs}) == len(cs)
    ]
    assert "Zoë de Vries" in two_homes


def test_language_interpreter_and_literacy_needs(database: Database, loaded: DemoResult) -> None:
    everyone = carers(database, loaded).values()
    assert any(c.interpreter_needed for c in everyone)
    assert any(c.low_literacy for c in everyone)
    assert {"Nederlands", "Turks", "Pools", "Vietnamees", "Arabisch", "Tigrinya"} <= {
        c.language for c in everyone
    }
    haddad = database.run(carers_of, by_name(database, loaded)["Amira Haddad"].id)
    assert all(c.interpreter_needed and c.language == "Arabisch" for c in haddad)


def test_siblings_share_their_carers(database: Database, loaded: DemoResult) -> None:
    names = by_name(database, loaded)
    jesse, tess = names["Jesse Willems"], names["Tess Willems"]
    shared = [c for c in carers(database, loaded).values() if len(c.pupil_ids) == 2]
    assert shared
    assert all(set(c.pupil_ids) == {jesse.id, tess.id} for c in shared)
    assert database.run(carers_of, jesse.id) == database.run(carers_of, tess.id)


# --- talks ------------------------------------------------------------------------------------


def assert_one_talk_at_a_time(talks: list[TalkView]) -> None:
    in_order = sorted(talks, key=lambda t: t.starts_at)
    for earlier, later in itertools.pairwise(in_order):
        assert earlier.ends_at <= later.starts_at, (earlier.pupil_name, later.pupil_name)


def held(db: Database) -> list[TalkView]:
    return [t for t in db.run(list_talks) if t.status == "held"]


def test_past_talks_held_this_school_year(database: Database, loaded: DemoResult) -> None:
    past = held(database)
    assert len({t.pupil_id for t in past}) >= 10
    year_start = dt.datetime(2026, 8, 1)
    assert all(year_start <= t.starts_at and t.ends_at.date() < TODAY for t in past)
    starts = [t for t in past if t.type_key == "start"]
    assert starts and all(t.starts_at.month == 9 and t.child_present for t in starts)
    ten = [t for t in past if t.type_key == "ten_minute"]
    assert len(ten) >= 3 and all(t.starts_at.month == 11 and t.starts_at.day <= 7 for t in ten)
    assert [t.type_key for t in past].count("care") == 1
    assert all(t.starts_at.weekday() < 5 for t in past)


def test_past_talks_have_notes_reflections_and_ticks(
    database: Database, loaded: DemoResult
) -> None:
    past = held(database)
    assert all(t.shared_notes for t in past)
    assert any(t.private_notes for t in past)
    assert any(t.goal_achieved is not None and t.next_time for t in past)
    assert any(t.two_way is False for t in past)
    assert all(t.ticked_steps for t in past)
    assert all(1 <= step <= 16 for t in past for step in t.ticked_steps)


def test_tomorrow_evening_six_ten_minute_talks(database: Database, loaded: DemoResult) -> None:
    evening = database.run(talks_on, TODAY + dt.timedelta(days=1))
    assert len(evening) == 6
    assert [t.starts_at.strftime("%H:%M") for t in evening] == [
        "18:30",
        "18:40",
        "18:50",
        "19:00",
        "19:10",
        "19:20",
    ]
    assert all(
        t.type_key == "ten_minute"
        and t.status == "planned"
        and t.location == "Lokaal 5"
        and t.duration_minutes == 10
        and t.carer_ids
        for t in evening
    )
    assert len({t.pupil_id for t in evening}) == 6
    assert database.run(talks_on, TODAY) == []


def test_the_teacher_is_never_in_two_talks_at_once(database: Database, loaded: DemoResult) -> None:
    assert_one_talk_at_a_time(database.run(list_talks))


# --- agreements -------------------------------------------------------------------------------


def test_agreements_in_every_status_and_owner(database: Database, loaded: DemoResult) -> None:
    found = agreements(database, loaded)
    assert {a.status for a in found} == {"open", "done", "not_achieved", "dropped"}
    assert {a.owner for a in found} == {"school", "parents", "child", "other"}
    assert any(a.is_overdue(TODAY) for a in found)
    assert any(a.status == "open" and a.due_on is not None and a.due_on > TODAY for a in found)


def test_reviewed_agreements_keep_their_history(database: Database, loaded: DemoResult) -> None:
    talks = {t.id: t for t in database.run(list_talks)}
    reviewed = [a for a in agreements(database, loaded) if a.status != "open"]
    assert reviewed
    in_talk = 0
    for a in reviewed:
        first, last = a.history[0], a.history[-1]
        assert first.status == "open" and last.status == a.status and last.note
        assert first.changed_at < last.changed_at < dt.datetime.combine(TODAY, dt.time())
        if last.talk_id is not None:
            in_talk += 1
            review = talks[last.talk_id]
            assert review.pupil_id == a.pupil_id
            assert a.talk_id is not None and talks[a.talk_id].starts_at < review.starts_at
    assert in_talk >= 3


def test_agreements_belong_to_a_talk_of_the_same_pupil(
    database: Database, loaded: DemoResult
) -> None:
    talks = {t.id: t for t in database.run(list_talks)}
    for a in agreements(database, loaded):
        assert a.talk_id is not None
        assert talks[a.talk_id].pupil_id == a.pupil_id
        assert a.created_at == talks[a.talk_id].ends_at


# --- loading again, other dates, failures -----------------------------------------------------


def test_loading_twice_adds_nothing(fresh_db: Database) -> None:
    first = fresh_db.run(load_demo_class, today=TODAY)
    before = counts(fresh_db, first)
    again = fresh_db.run(load_demo_class, today=TODAY + dt.timedelta(days=30))
    assert again == DemoResult(first.group_id, created=False, pupils=first.pupils)
    assert counts(fresh_db, first) == before


def test_a_new_school_year_gets_its_own_demo_group(fresh_db: Database) -> None:
    this_year = fresh_db.run(load_demo_class, today=TODAY)
    next_year = fresh_db.run(load_demo_class, today=dt.date(2027, 9, 20))
    assert next_year.created and next_year.group_id != this_year.group_id
    assert {g.school_year for g in fresh_db.run(list_groups)} == {"2026-2027", "2027-2028"}


def snapshot(db: Database, result: DemoResult) -> list[object]:
    """What the teacher sees, without database ids."""
    return [
        [(p.name, p.date_of_birth) for p in pupils(db, result)],
        sorted((c.name, c.relation, c.notes) for c in carers(db, result).values()),
        [(t.pupil_name, t.starts_at, t.status, t.shared_notes) for t in db.run(list_talks)],
        [(a.text, a.status, a.due_on, len(a.history)) for a in agreements(db, result)],
    ]


def test_same_day_same_demo(database: Database, loaded: DemoResult, fresh_db: Database) -> None:
    second = fresh_db.run(load_demo_class, today=TODAY)
    assert snapshot(fresh_db, second) == snapshot(database, loaded)


@pytest.mark.parametrize(
    "today",
    [
        dt.date(2026, 8, 1),  # the first day of the school year, a Saturday
        dt.date(2026, 9, 13),  # a Sunday, before the usual startgesprekken
        dt.date(2027, 3, 15),
        dt.date(2027, 7, 31),  # the last day of the school year
    ],
)
def test_any_day_gives_a_consistent_demo(fresh_db: Database, today: dt.date) -> None:
    result = fresh_db.run(load_demo_class, today=today)
    (group,) = fresh_db.run(list_groups)
    assert group.school_year == school_year_of(today)
    everything = fresh_db.run(list_talks)
    assert_one_talk_at_a_time(everything)
    assert all(t.ends_at.date() < today for t in everything if t.status == "held")
    assert len(fresh_db.run(talks_on, today + dt.timedelta(days=1))) == 6
    found = agreements(fresh_db, result)
    assert {a.status for a in found} == {"open", "done", "not_achieved", "dropped"}
    assert any(a.is_overdue(today) for a in found)
    assert all(a.due_on is None or a.due_on > a.created_at.date() for a in found)


def test_default_today_is_the_real_date(fresh_db: Database) -> None:
    result = fresh_db.run(load_demo_class)
    (group,) = fresh_db.run(list_groups)
    assert result.created and group.school_year == school_year_of(dt.date.today())


def test_a_failure_halfway_leaves_no_half_demo(
    fresh_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> AgreementView:
        raise ValidationError("kapot")

    monkeypatch.setattr(demo, "create_agreement", broken)
    with pytest.raises(ValidationError):
        fresh_db.run(load_demo_class, today=TODAY)
    assert fresh_db.run(list_groups) == []
    assert fresh_db.run(list_talks) == []

    monkeypatch.undo()
    retry = fresh_db.run(load_demo_class, today=TODAY)
    assert retry.created and retry.pupils == len(pupils(fresh_db, retry))


def test_tomorrows_talks_form_an_evening(database: Database, loaded: DemoResult) -> None:
    from parentconv.services.evenings import evenings_on

    (evening,) = database.run(evenings_on, TODAY + dt.timedelta(days=1))
    assert len(evening.slots) == 6 and evening.conflicts == ()
    assert f"{evening.starts_at:%H:%M}" == "18:30" and evening.location == "Lokaal 5"
    mai = next(s for s in evening.slots if s.talk.pupil_name == "Thị Mai Nguyễn")
    assert mai.talk.other_participants == "Telefoontolk Vietnamees"


def test_a_full_disk_halfway_leaves_nothing_and_the_demo_can_be_retried(fresh_db: Database) -> None:
    """A real full disk (SQLite's page limit), not a mocked failure: all of the demo, or none."""
    from sqlalchemy import event

    from parentconv.errors import StorageError

    with fresh_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    assert isinstance(pages, int)

    def cap(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 3}")  # type: ignore[attr-defined]

    fresh_db.engine.dispose()
    event.listen(fresh_db.engine, "connect", cap)
    with pytest.raises(StorageError, match="schijf is vol"):
        fresh_db.run(load_demo_class, today=TODAY)
    event.remove(fresh_db.engine, "connect", cap)
    fresh_db.engine.dispose()
    assert fresh_db.run(list_groups) == []
    assert fresh_db.run(list_pupils) == []
    assert fresh_db.run(list_talks) == []
    retry = fresh_db.run(load_demo_class, today=TODAY)
    assert retry.created and retry.pupils == len(pupils(fresh_db, retry)) > 20
