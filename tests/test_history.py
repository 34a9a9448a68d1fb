"""Looking back: timeline order, agreement trails and filters, overview signals, search."""

from __future__ import annotations

import datetime as dt

import pytest

from parentconv.errors import NotFoundError, ValidationError
from parentconv.services import agreements, history, people, talks
from parentconv.services.people import PupilInput
from parentconv.services.preparation import PreparationInput, save_preparation
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def group(db: Database) -> int:
    return db.run(people.create_group, name="groep 5", school_year="2026-2027").id


def pupil(db: Database, group: int, given: str, family: str, infix: str = "") -> int:
    return db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name=given, family_name=family, infix=infix),
    ).id


def held(
    db: Database,
    pupil_id: int,
    date: str,
    *,
    type_key: str = "ten_minute",
    notes: str = "",
    qualities: list[str] | None = None,
    growth: list[str] | None = None,
) -> int:
    talk_id = db.run(
        talks.create_talk,
        data=TalkInput(pupil_id=pupil_id, type_key=type_key, date=date, start_time="15:00"),
    ).id
    if qualities is not None or growth is not None:
        db.run(
            save_preparation,
            talk_id,
            PreparationInput(qualities=qualities or [], growth_opportunities=growth or []),
        )
    db.run(talks.set_notes, talk_id, shared=notes, private="")
    db.run(talks.set_status, talk_id, "held")
    return talk_id


def test_timeline_newest_first_with_goal_outcome_and_carers(db: Database, group: int) -> None:
    pid = pupil(db, group, "Zoë", "Vries", "de")
    first = held(db, pid, "2026-09-14", type_key="start", notes="Fijne start.\nMeer regels")
    second = held(db, pid, "2026-11-03", notes="Lezen gaat vooruit.")
    planned = db.run(
        talks.create_talk,
        data=TalkInput(pupil_id=pid, type_key="ten_minute", date="2027-02-01", start_time="15:00"),
    ).id
    db.run(agreements.create_agreement, pupil_id=pid, text="Lezen", owner="parents", talk_id=second)
    timeline = db.run(history.pupil_timeline, pid)
    assert [e.talk.id for e in timeline.entries] == [planned, second, first]
    assert timeline.entries[2].outcome == "Fijne start."
    assert timeline.entries[1].agreements_made == 1
    assert db.run(history.pupil_timeline, pupil(db, group, "Levi", "Bos")).entries == ()


def test_talk_record_and_agreement_trail_both_ways(db: Database, group: int) -> None:
    pid = pupil(db, group, "Sem", "Jong", "de")
    t1 = held(db, pid, "2026-09-14")
    t2 = held(db, pid, "2026-11-03")
    t3 = held(db, pid, "2027-01-20")
    a = db.run(
        agreements.create_agreement,
        pupil_id=pid,
        text="Tafels oefenen",
        owner="child",
        talk_id=t1,
        due_on=None,
    )
    db.run(agreements.change_status, a.id, status="open", note="Loopt door", talk_id=t2)
    db.run(agreements.change_status, a.id, status="done", note="Gelukt", talk_id=t3)
    trail = db.run(history.agreement_trail, a.id)
    assert trail.made_in is not None and trail.made_in.id == t1
    assert [(t.id, h.status, h.note) for t, h in trail.reviewed_in] == [
        (t2, "open", "Loopt door"),
        (t3, "done", "Gelukt"),
    ]
    record1 = db.run(history.talk_record, t1)
    assert [x.id for x in record1.made] == [a.id] and record1.reviewed == ()
    record3 = db.run(history.talk_record, t3)
    assert [(x.id, h.status) for x, h in record3.reviewed] == [(a.id, "done")]


def test_pupil_window_reads_what_the_window_shows_at_once(db: Database, group: int) -> None:
    pid = pupil(db, group, "Noor", "Smit")
    older = held(db, pid, "2026-09-14", notes="Goede start.")
    newer = held(db, pid, "2026-11-03", notes="Lezen gaat vooruit.")
    done = db.run(agreements.create_agreement, pupil_id=pid, text="Lezen", owner="child")
    db.run(agreements.change_status, done.id, status="done", note="Gelukt", talk_id=newer)
    still = db.run(
        agreements.create_agreement, pupil_id=pid, text="Tafels", owner="parents", talk_id=older
    )

    window = db.run(history.pupil_window, pid)
    # The same as the separate reads give (the window reads its parts from what it loaded once).
    assert window.timeline == db.run(history.pupil_timeline, pid)
    assert window.record == db.run(history.talk_record, newer)
    assert list(window.agreements) == db.run(agreements.agreements_of, pid)
    assert window.trail == db.run(history.agreement_trail, still.id)
    assert [e.agreements_made for e in window.timeline.entries] == [0, 1]
    assert window.record is not None and [h.note for _a, h in window.record.reviewed] == ["Gelukt"]
    assert [e.talk.id for e in window.timeline.entries] == [newer, older]
    assert window.record is not None and window.record.talk.id == newer  # the newest
    assert [a.id for a in window.agreements] == [still.id, done.id]  # open ones first
    assert window.trail is not None and window.trail.agreement.id == still.id
    assert window.trail.made_in is not None and window.trail.made_in.id == older

    # The window keeps what the teacher had selected, when it is still shown.
    kept = db.run(history.pupil_window, pid, talk_id=older, agreement_id=done.id)
    assert kept.record == db.run(history.talk_record, older)
    assert kept.record is not None and [a.id for a in kept.record.made] == [still.id]
    assert "Goede start." in kept.record.talk.shared_notes
    assert kept.trail is not None and kept.trail.agreement.id == done.id
    # ... and falls back when the filter hides it, or the talk is not this pupil's.
    filtered = db.run(history.pupil_window, pid, talk_id=10_000, agreement_id=done.id, show="open")
    assert filtered.record is not None and filtered.record.talk.id == newer
    assert [a.id for a in filtered.agreements] == [still.id]
    assert filtered.trail is not None and filtered.trail.agreement.id == still.id
    # A pupil without talks or agreements: nothing to select.
    empty = db.run(history.pupil_window, pupil(db, group, "Levi", "Bos"))
    assert empty.record is None and empty.agreements == () and empty.trail is None
    with pytest.raises(NotFoundError):
        db.run(history.pupil_window, 10_000)


def test_agreement_filters(db: Database, group: int) -> None:
    pid = pupil(db, group, "Mila", "Bakker")
    overdue = db.run(
        agreements.create_agreement,
        pupil_id=pid,
        text="A",
        owner="parents",
        due_on=dt.date(2026, 10, 1),
    )
    later = db.run(
        agreements.create_agreement,
        pupil_id=pid,
        text="B",
        owner="school",
        due_on=dt.date(2027, 1, 1),
    )
    no_date = db.run(agreements.create_agreement, pupil_id=pid, text="C", owner="school")
    done = db.run(agreements.create_agreement, pupil_id=pid, text="D", owner="parents")
    db.run(agreements.change_status, done.id, status="done")
    dropped = db.run(agreements.create_agreement, pupil_id=pid, text="E", owner="child")
    db.run(agreements.change_status, dropped.id, status="dropped")

    def ids(**kw: object) -> list[int]:
        return [a.id for a in db.run(agreements.agreements_of, pid, today=TODAY, **kw)]  # type: ignore[arg-type]

    assert ids(show="open") == [overdue.id, later.id, no_date.id]
    assert ids(show="overdue") == [overdue.id]  # no due date is never overdue
    assert ids(show="done") == [done.id]
    assert set(ids(show="closed")) == {done.id, dropped.id}
    assert ids(show="all", owner="school") == [later.id, no_date.id]
    with pytest.raises(ValidationError):
        ids(show="everything")


def test_overview_signals(db: Database, group: int) -> None:
    quiet = pupil(db, group, "Levi", "Bos")
    worried = pupil(db, group, "Finn", "Meijer")
    mixed = pupil(db, group, "Yara", "Graaf", "de")
    held(db, quiet, "2026-03-01")  # last school year: no contact this year
    held(db, worried, "2026-09-20", growth=["Rekenen"])
    held(db, worried, "2026-11-03", notes="Veel ruzie op het plein; ouders maken zich zorgen.")
    held(db, mixed, "2026-09-20", growth=["Tafels"])
    held(db, mixed, "2026-11-03", qualities=["Helpt anderen"])
    db.run(
        agreements.create_agreement,
        pupil_id=worried,
        text="x",
        owner="school",
        due_on=dt.date(2026, 11, 1),
    )
    rows = {r.pupil.name: r for r in db.run(history.group_overview, group, TODAY)}
    assert rows["Levi Bos"].no_contact_this_year and rows["Levi Bos"].talks_this_year == 0
    assert rows["Levi Bos"].last_contact == dt.date(2026, 3, 1)
    assert rows["Finn Meijer"].only_concerns and rows["Finn Meijer"].talks_this_year == 2
    assert rows["Finn Meijer"].overdue_agreements == 1 and rows["Finn Meijer"].open_agreements == 1
    assert not rows["Yara de Graaf"].only_concerns
    # The teacher corrects the mark: one of Finn's talks was not about concerns after all.
    first_talk = db.run(history.pupil_timeline, worried).entries[-1].talk.id
    db.run(history.set_concern_mark, first_talk, False)
    rows = {r.pupil.name: r for r in db.run(history.group_overview, group, TODAY)}
    assert not rows["Finn Meijer"].only_concerns
    entry = db.run(history.pupil_timeline, worried).entries[-1]
    assert entry.concern_marked_by_teacher and not entry.concern_led


def test_search_accents_and_grouping(db: Database, group: int) -> None:
    zoe = pupil(db, group, "Zoë", "Vries", "de")
    sukru = pupil(db, group, "Şükrü", "Yılmaz")
    held(db, zoe, "2026-11-03", notes="Leesmap raakt zoek tussen de twee huizen.")
    db.run(
        agreements.create_agreement,
        pupil_id=sukru,
        text="Duiven tekenen voor de klas",
        owner="child",
    )
    results = db.run(history.search, "zoe")
    assert [g.pupil.name for g in results] == ["Zoë de Vries"]
    assert results[0].hits[0].kind == "pupil"  # the name ranks first; "zoek" in a note too
    assert [g.pupil.name for g in db.run(history.search, "LEESMAP")] == ["Zoë de Vries"]
    assert [g.pupil.name for g in db.run(history.search, "sukru")] == ["Şükrü Yılmaz"]
    hits = db.run(history.search, "duiv")[0].hits
    assert hits[0].kind == "agreement" and "[Duiven]" in hits[0].snippet
    assert db.run(history.search, "leesmap huizen")  # every word typed, in one text
    assert db.run(history.search, "leesmap duiven") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"zoë',
        "zoë*",
        "*",
        "OR",
        "zoë OR",
        "(zoë",
        "zoë)",
        "NEAR(",
        "AND NOT",
        "a:b",
        "^zoë",
        "'",
        ";DROP TABLE pupils",
        "zoë" * 300,
        "x " * 1000,
        "",
    ],
)
def test_search_never_fails_on_fts_syntax(db: Database, group: int, query: str) -> None:
    pupil(db, group, "Zoë", "Vries", "de")
    db.run(history.search, query)  # no exception is the point
    assert db.run(people.list_pupils)  # and nothing happened to the data


def test_search_follows_edits_and_deletes(db: Database, group: int) -> None:
    pid = pupil(db, group, "Noah", "Jansen")
    a = db.run(agreements.create_agreement, pupil_id=pid, text="Fietsdiploma", owner="parents")
    assert db.run(history.search, "fietsdiploma")
    db.run(agreements.update_agreement, a.id, text="Zwemdiploma", owner="parents", due_on=None)
    assert not db.run(history.search, "fietsdiploma") and db.run(history.search, "zwemdiploma")
    db.run(people.delete_pupil, pid)
    assert not db.run(history.search, "zwemdiploma") and not db.run(history.search, "noah")


def _index_rows(db: Database) -> list[tuple[str, int, str]]:
    """The search index as (kind, ref_id, text), checked one-to-one against its key table."""
    with db.engine.connect() as conn:
        entries = conn.exec_driver_sql("SELECT COUNT(*) FROM search_fts").scalar()
        keys = conn.exec_driver_sql("SELECT COUNT(*) FROM search_keys").scalar()
        rows = conn.exec_driver_sql(
            "SELECT f.kind, f.ref_id, f.body FROM search_keys k JOIN search_fts f "
            "ON f.rowid = k.fts_rowid AND f.kind = k.kind AND f.ref_id = k.ref_id "
            "ORDER BY f.kind, f.ref_id"
        ).all()
    assert entries == keys == len(rows)
    return [(str(k), int(r), " ".join(str(b).split())) for k, r, b in rows]


def test_every_edit_replaces_exactly_one_index_entry(db: Database, group: int) -> None:
    """Each note saved, agreement edited or pupil renamed swaps its own entry (found by the key
    table, not by reading the whole index): no stale copies, nothing lost for the others."""
    noah, zoe = pupil(db, group, "Noah", "Jansen"), pupil(db, group, "Zoë", "Vries")
    t1, t2 = held(db, noah, "2026-11-03", notes="Eerste"), held(db, zoe, "2026-11-04", notes="Z")
    a = db.run(agreements.create_agreement, pupil_id=noah, text="Fietsdiploma", owner="parents")
    for word in ("Tweede", "Derde"):
        db.run(talks.set_notes, t1, shared=word, private="geheim")
    db.run(agreements.update_agreement, a.id, text="Zwemdiploma", owner="parents", due_on=None)
    db.run(people.update_pupil, zoe, data=PupilInput(given_name="Zoë", family_name="Bakker"))
    assert _index_rows(db) == [
        ("agreement", a.id, "Zwemdiploma"),
        ("pupil", noah, "Noah Jansen"),
        ("pupil", zoe, "Zoë Bakker"),
        ("talk", t1, "Derde geheim"),
        ("talk", t2, "Z"),
    ]
    db.run(talks.delete_talk, t2)
    db.run(people.delete_pupil, noah)
    assert _index_rows(db) == [("pupil", zoe, "Zoë Bakker")]
