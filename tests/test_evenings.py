"""Evenings: slots, reordering, overrides, breaks, conflicts, .ics; talk-mode services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from parentconv.errors import UserFacingError, ValidationError
from parentconv.export_ics import write_calendar
from parentconv.services import agreements, evenings, people, talk_mode, talks
from parentconv.services.evenings import EveningInput
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.preparation import PreparationInput, save_preparation
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database


@pytest.fixture
def group(db: Database) -> int:
    return db.run(people.create_group, name="groep 5", school_year="2026-2027").id


def add_pupils(db: Database, group: int, *names: str) -> list[int]:
    ids = []
    for name in names:
        given, family = name.split(" ", 1)
        ids.append(
            db.run(
                people.create_pupil,
                group_id=group,
                data=PupilInput(given_name=given, family_name=family),
            ).id
        )
    return ids


def evening(db: Database, **kw: object) -> int:
    data = EveningInput(date="2026-11-24", start_time="18:30", location="Lokaal 5")
    for key, value in kw.items():
        setattr(data, key, value)
    return db.run(evenings.create_evening, data=data).id


def times(view: evenings.EveningView) -> list[str]:
    return [f"{s.starts_at:%H:%M}" for s in view.slots]


def test_slots_times_breaks_override_and_reorder(db: Database, group: int) -> None:
    a, b, c, d = add_pupils(db, group, "Sem Jong", "Mila Bakker", "Levi Bos", "Yara Graaf")
    eid = evening(db, gap_minutes=0, break_every=2, break_minutes=10)
    for pid in (a, b, c):
        db.run(evenings.add_slot, eid, pupil_id=pid)
    view = db.run(evenings.add_slot, eid, pupil_id=d, minutes=20)
    assert times(view) == ["18:30", "18:40", "19:00", "19:10"]
    assert [s.minutes for s in view.slots] == [10, 10, 10, 20]
    assert view.slots[2].break_before == 10
    assert f"{view.ends_at:%H:%M}" == "19:30"

    view = db.run(evenings.move_slot, view.slots[3].talk.id, 0)  # the long one first
    assert [s.talk.pupil_id for s in view.slots] == [d, a, b, c]
    assert times(view) == ["18:30", "18:50", "19:10", "19:20"]

    view = db.run(evenings.set_slot_minutes, view.slots[0].talk.id, None)
    assert times(view) == ["18:30", "18:40", "19:00", "19:10"]

    view = db.run(evenings.remove_slot, view.slots[1].talk.id)
    assert [s.talk.pupil_id for s in view.slots] == [d, b, c]
    assert times(view) == ["18:30", "18:40", "19:00"]
    # The talks themselves carry the times (prepare, talk mode, printing use them).
    assert db.run(talks.get_talk, view.slots[2].talk.id).starts_at == dt.datetime(2026, 11, 24, 19)


def test_changing_the_evening_recomputes_every_slot(db: Database, group: int) -> None:
    ids = add_pupils(db, group, "Sem Jong", "Mila Bakker")
    eid = evening(db)
    for pid in ids:
        db.run(evenings.add_slot, eid, pupil_id=pid)
    view = db.run(
        evenings.update_evening,
        eid,
        data=EveningInput(date="25-11-2026", start_time="15:00", slot_minutes=15, gap_minutes=5),
    )
    assert times(view) == ["15:00", "15:20"]
    assert all(s.starts_at.date() == dt.date(2026, 11, 25) for s in view.slots)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start_time": "25:00"}, "start_time"),
        ({"date": "31-11-2026"}, "date"),
        ({"slot_minutes": 0}, "slot_minutes"),
        ({"gap_minutes": -2}, "gap_minutes"),
        ({"end_time": "18:00"}, "end_time"),
    ],
)
def test_impossible_evenings_are_refused_at_the_field(
    db: Database, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        evening(db, **changes)
    assert info.value.field == field
    assert db.run(evenings.list_evenings) == []


def test_overlapping_evening_is_refused(db: Database, group: int) -> None:
    first = evening(db)
    for pid in add_pupils(db, group, "Sem Jong", "Mila Bakker", "Levi Bos"):
        db.run(evenings.add_slot, first, pupil_id=pid)
    with pytest.raises(ValidationError, match="al een gesprekkenavond") as info:
        evening(db, start_time="18:45")
    assert info.value.field == "start_time"
    assert evening(db, start_time="19:00") > first  # right after it is fine


def test_conflicts_are_shown(db: Database, group: int) -> None:
    sem, jesse, tess, levi = add_pupils(
        db, group, "Sem Jong", "Jesse Willems", "Tess Willems", "Levi Bos"
    )
    db.run(people.create_carer, data=CarerInput(name="Esther Willems", pupil_ids=[jesse, tess]))
    eid = evening(db, end_time="19:00")
    for pid in (jesse, sem, tess, sem):
        db.run(evenings.add_slot, eid, pupil_id=pid)
    # A loose talk at 18:35 with another pupil overlaps the first slot.
    db.run(
        talks.create_talk,
        data=TalkInput(pupil_id=levi, type_key="unexpected", date="2026-11-24", start_time="18:35"),
    )
    view = db.run(evenings.add_slot, eid, pupil_id=levi, minutes=20)
    kinds = {c.kind: c for c in view.conflicts}
    assert set(kinds) == {"pupil_twice", "overlap", "past_end", "siblings_apart"}
    assert "Sem Jong staat 2 keer" in kinds["pupil_twice"].message
    assert kinds["siblings_apart"].severity == "hint"
    assert "Esther Willems" in kinds["siblings_apart"].message
    assert "19:30" in kinds["past_end"].message
    # Put the siblings next to each other and remove the double: those conflicts go.
    view = db.run(evenings.move_slot, view.slots[2].talk.id, 1)
    view = db.run(evenings.remove_slot, view.slots[3].talk.id)
    assert {c.kind for c in view.conflicts} == {"overlap", "past_end"}


def test_add_all_unplanned_pupils_of_the_group(db: Database, group: int) -> None:
    ids = add_pupils(db, group, "Sem Jong", "Mila Bakker", "Levi Bos", "Yara Graaf")
    db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=ids[0], type_key="ten_minute", date="2026-10-01", start_time="15:00"
        ),
    )
    db.run(
        people.update_pupil,
        ids[3],
        data=PupilInput(given_name="Yara", family_name="Graaf", left_on="2026-10-15"),
    )
    eid = evening(db)
    view = db.run(evenings.add_unplanned_of_group, eid, group_id=group)
    assert sorted(s.talk.pupil_id for s in view.slots) == sorted([ids[1], ids[2]])
    again = db.run(evenings.add_unplanned_of_group, eid, group_id=group)
    assert len(again.slots) == 2  # nobody twice


def test_forty_slots(db: Database, group: int) -> None:
    ids = add_pupils(db, group, *[f"Kind Nummer{i:02d}" for i in range(40)])
    eid = evening(db, start_time="13:00", break_every=6, break_minutes=10)
    for pid in ids:
        view = db.run(evenings.add_slot, eid, pupil_id=pid)
    assert len(view.slots) == 40 and view.conflicts == ()
    assert f"{view.ends_at:%H:%M}" == "20:40"  # 13:00 + 400 min + 6 breaks of 10


def test_remove_keeps_a_prepared_talk_and_delete_keeps_held_ones(db: Database, group: int) -> None:
    a, b = add_pupils(db, group, "Sem Jong", "Mila Bakker")
    eid = evening(db)
    db.run(evenings.add_slot, eid, pupil_id=a)
    view = db.run(evenings.add_slot, eid, pupil_id=b)
    prepared = view.slots[0].talk.id
    db.run(save_preparation, prepared, PreparationInput(key_message="Belangrijk"))
    db.run(evenings.remove_slot, prepared)
    assert db.run(talks.get_talk, prepared).evening_id is None  # still there, off the evening
    db.run(talk_mode.finish_talk, view.slots[1].talk.id)
    with pytest.raises(ValidationError, match="al gevoerd"):
        db.run(evenings.remove_slot, view.slots[1].talk.id)
    db.run(evenings.delete_evening, eid)
    assert db.run(talks.get_talk, view.slots[1].talk.id).status == "held"


def test_ics_export_parses_and_holds_the_slots(db: Database, group: int, tmp_path: Path) -> None:
    ids = add_pupils(db, group, "Şükrü Yılmaz", "Zoë Vries", "Mila Bakker")
    eid = evening(db)
    for pid in ids:
        view = db.run(evenings.add_slot, eid, pupil_id=pid)
    db.run(talk_mode.cancel_talk, view.slots[2].talk.id, reason="cancelled")
    path = write_calendar(db.run(evenings.get_evening, eid), tmp_path / "avond")
    assert path.name == "avond.ics"
    cal = Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == [
        "Tienminutengesprek: Şükrü Yılmaz",
        "Tienminutengesprek: Zoë Vries",
    ]
    assert events[0].decoded("dtstart") == dt.datetime(2026, 11, 24, 18, 30)
    assert events[1].decoded("dtend") == dt.datetime(2026, 11, 24, 18, 50)
    assert str(events[0]["location"]) == "Lokaal 5"


def test_ics_to_a_folder_without_permission(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    eid = evening(db)
    with pytest.raises(UserFacingError, match="kan niet worden opgeslagen"):
        write_calendar(db.run(evenings.get_evening, eid), blocker / "avond.ics")


def test_talk_mode_review_finish_cancel_and_next(db: Database, group: int) -> None:
    a, b, c = add_pupils(db, group, "Sem Jong", "Mila Bakker", "Levi Bos")
    old = db.run(
        talks.create_talk,
        data=TalkInput(pupil_id=a, type_key="start", date="2026-09-14", start_time="15:00"),
    ).id
    reading = db.run(
        agreements.create_agreement, pupil_id=a, text="Lezen", owner="parents", talk_id=old
    )
    maths = db.run(
        agreements.create_agreement,
        pupil_id=a,
        text="Tafels",
        owner="child",
        talk_id=old,
        due_on=dt.date(2026, 11, 1),
    )
    eid = evening(db)
    for pid in (a, b, c):
        view = db.run(evenings.add_slot, eid, pupil_id=pid)
    first, second, third = (s.talk.id for s in view.slots)
    db.run(save_preparation, first, PreparationInput(review_agreement_ids=[reading.id, maths.id]))

    mode = db.run(talk_mode.talk_mode_view, first)
    assert [x.id for x in mode.to_review] == [reading.id, maths.id]
    assert mode.next_talk_id == second

    db.run(talk_mode.review_agreement, reading.id, talk_id=first, outcome="done", note="Gaat goed")
    db.run(
        talk_mode.review_agreement,
        maths.id,
        talk_id=first,
        outcome="adjust",
        new_text="Tafels van 6 en 7",
        new_due=dt.date(2026, 12, 15),
    )
    new = db.run(
        agreements.create_agreement,
        pupil_id=a,
        text="Bibliotheekpas",
        owner="parents",
        talk_id=first,
    )
    mode = db.run(talk_mode.talk_mode_view, first)
    assert [x.id for x in mode.made_here] == [new.id]
    assert {x.id for x in mode.to_review} == {reading.id, maths.id}
    adjusted = db.run(agreements.get_agreement, maths.id)
    assert adjusted.text == "Tafels van 6 en 7" and adjusted.status == "open"
    assert adjusted.history[-1].talk_id == first and adjusted.history[-1].kind == "adjust"
    assert adjusted.history[-1].due_on == dt.date(2026, 12, 15)

    assert db.run(talk_mode.finish_talk, first).id == second  # type: ignore[union-attr]
    assert db.run(talk_mode.cancel_talk, second, reason="no_show").id == third  # type: ignore[union-attr]
    assert db.run(talks.get_talk, second).cancel_reason == "no_show"
    assert db.run(talk_mode.finish_talk, third) is None
    with pytest.raises(ValidationError):
        db.run(talk_mode.cancel_talk, third)
    assert db.run(talk_mode.reopen_talk, second).status == "planned"


def test_elapsed_time_is_kept_for_resuming(db: Database, group: int) -> None:
    (a,) = add_pupils(db, group, "Sem Jong")
    eid = evening(db)
    talk_id = db.run(evenings.add_slot, eid, pupil_id=a).slots[0].talk.id
    db.run(talk_mode.save_elapsed, talk_id, 317)
    assert db.run(talks.get_talk, talk_id).elapsed_seconds == 317


def test_changing_a_slots_length_in_the_preparation_moves_the_rest(
    db: Database, group: int
) -> None:
    a, b = add_pupils(db, group, "Sem Jong", "Mila Bakker")
    eid = evening(db)
    db.run(evenings.add_slot, eid, pupil_id=a)
    view = db.run(evenings.add_slot, eid, pupil_id=b)
    db.run(
        talks.update_talk,
        view.slots[0].talk.id,
        data=TalkInput(
            pupil_id=a,
            type_key="ten_minute",
            date="2026-11-24",
            start_time="18:30",
            duration_minutes=20,
        ),
    )
    assert times(db.run(evenings.get_evening, eid)) == ["18:30", "18:50"]
