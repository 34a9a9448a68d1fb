"""The first step of team mode (issue 18): the same models, migrations and services on a real
PostgreSQL server, started for these tests and thrown away after them.

Skipped, with the reason, where no PostgreSQL can be started; CI here has PostgreSQL 15.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from pg_server import new_database
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session

from parentconv.clock import FixedClock
from parentconv.services import agreements, evenings, invitations, journal, people, talks
from parentconv.services.evenings import EveningInput
from parentconv.services.invitations import ReplyInput
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.preparation import (
    GoalChoice,
    PreparationInput,
    get_preparation,
    save_preparation,
)
from parentconv.services.self_assessment import (
    SelfAssessmentInput,
    SkillAnswer,
    list_self_assessments,
    save_self_assessment,
)
from parentconv.store.db import Database, alembic_config, head_revision
from parentconv.store.models import Base
from parentconv.store.work import Work

DAY = dt.date(2026, 11, 24)


@pytest.fixture
def server(pg_server: str) -> str:
    return pg_server


@pytest.fixture
def engine(server: str) -> Iterator[Engine]:
    """A fresh database on the server, migrated to the newest revision."""
    with new_database(server) as url:
        engine = create_engine(url)
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        yield engine
        engine.dispose()


def run(engine: Engine, service, *args, **kwargs):  # type: ignore[no-untyped-def]
    """One service in one transaction, as ``Database.run`` does for SQLite."""
    with Session(engine) as session, session.begin():
        work = Work(session, FixedClock(dt.datetime.combine(DAY, dt.time(15, 30))))
        return service(work, *args, **kwargs)


SEARCH_INDEXES = (
    "ix_pupils_search",
    "ix_talks_search",
    "ix_agreements_search",
    "ix_private_notes_search",
)


def _context(conn):  # type: ignore[no-untyped-def]
    """The schema as migrated, leaving out the search indexes (made by SQL, as on SQLite)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(
        conn,
        opts={
            "include_name": lambda name, kind, _parent: (
                not (kind == "index" and str(name) in SEARCH_INDEXES)
            )
        },
    )


def test_the_migrations_build_the_models_schema_on_postgresql(engine: Engine) -> None:
    from alembic.autogenerate import compare_metadata

    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
        assert conn.dialect.name == "postgresql"
        diff = compare_metadata(_context(conn), Base.metadata)
    assert diff == []
    # Down to nothing and up again: every downgrade runs on PostgreSQL too.
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        assert compare_metadata(_context(conn), Base.metadata) == []


def test_the_services_keep_a_whole_evening_on_postgresql(engine: Engine) -> None:
    group = run(engine, people.create_group, name="groep 5", school_year="2026-2027")
    zoe = run(
        engine,
        people.create_pupil,
        group_id=group.id,
        data=PupilInput(given_name="Zoë", infix="de", family_name="Vries"),
    )
    mother = run(
        engine,
        people.create_carer,
        data=CarerInput(name="Anouk de Vries", low_literacy=True, pupil_ids=[zoe.id]),
    )
    evening = run(
        engine,
        evenings.create_evening,
        data=EveningInput(date=DAY.isoformat(), start_time="18:30", location="Lokaal 5"),
    )
    run(engine, evenings.add_slot, evening.id, pupil_id=zoe.id)
    talk_id = run(engine, evenings.get_evening, evening.id).slots[0].talk.id
    run(
        engine,
        save_preparation,
        talk_id,
        PreparationInput(key_message="Zoë leest graag", goals=[GoalChoice("informative")]),
    )
    run(
        engine,
        invitations.record_reply,
        ReplyInput(answer="coming", questions="Hoe gaat rekenen?", talk_ids=[talk_id]),
    )
    made = run(
        engine,
        agreements.create_agreement,
        pupil_id=zoe.id,
        text="Elke dag samen lezen",
        owner="parents",
        talk_id=talk_id,
        due_on=dt.date(2026, 12, 15),
    )
    run(engine, talks.set_status, talk_id, "held")
    run(
        engine,
        talks.set_reflection,
        talk_id,
        goal_achieved="yes",
        two_way=True,
        next_time="Tekening meenemen",
        went_well="Zoë vertelde zelf",
    )
    run(
        engine,
        save_self_assessment,
        SelfAssessmentInput(skills={"trust": SkillAnswer(score=3)}, practise=["open_questions"]),
    )

    # Read back through new sessions, as another teacher's laptop would.
    prep = run(engine, get_preparation, talk_id)
    assert (prep.key_message, list(prep.parent_questions)) == (
        "Zoë leest graag",
        ["Hoe gaat rekenen?"],
    )
    talk = run(engine, talks.get_talk, talk_id)
    assert (talk.status, talk.reply, talk.went_well) == ("held", "coming", "Zoë vertelde zelf")
    assert [a.text for a in run(engine, talks.pupil_details, zoe.id).open_agreements] == [made.text]
    assert [e.kind for e in run(engine, journal.journal)] == ["talk"]
    [assessment] = run(engine, list_self_assessments)
    assert assessment.skills["trust"].score == 3 and assessment.practise == ("open_questions",)
    assert run(engine, people.carers_of, zoe.id)[0].wants_plain_language
    assert mother.id == run(engine, people.carers_of, zoe.id)[0].id


@pytest.fixture
def empty_url(server: str) -> Iterator[str]:
    """An empty database on the server (no tables yet), dropped afterwards."""
    with new_database(server) as url:
        yield url


def test_migrate_to_copies_the_whole_store_and_keeps_the_laptop_file(
    db: Database, data_dir: Path, empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from parentconv.cli import main as cli_main
    from parentconv.demo import load_demo_class

    db.run(load_demo_class, today=DAY)
    local = {t: db.run(_count, t) for t in (x.name for x in Base.metadata.sorted_tables)}
    db.close()
    before = hashlib.sha256((data_dir / "oudergesprek.sqlite3").read_bytes()).hexdigest()
    url = empty_url.replace("postgresql+psycopg://", "postgresql://")  # as a teacher types it
    assert cli_main(["--data-dir", str(data_dir), "migrate-to", url]) == 0
    said = capsys.readouterr().out
    assert f"{sum(local.values())} rijen gekopieerd naar" in said and "blijft" in said
    server = create_engine(empty_url)
    with Session(server) as session:
        copied = {t: session.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in local}
    assert copied == local and local["talks"] > 20
    # The laptop's private notes are the copying teacher's now (the server's policies go by it).
    with Session(server) as session:
        authors = session.execute(text("SELECT DISTINCT author FROM private_notes")).scalars()
        assert list(authors) == ["postgres"]
    assert local["private_notes"] > 3
    assert hashlib.sha256((data_dir / "oudergesprek.sqlite3").read_bytes()).hexdigest() == before
    # New rows on the server get new ids (the sequences follow the copied rows).
    group = run(server, people.create_group, name="groep 6", school_year="2027-2028")
    assert group.id > max(g.id for g in run(server, people.list_groups) if g.id != group.id)
    server.dispose()

    # A second time: the server already holds a store; nothing is copied, the teacher is told.
    assert cli_main(["--data-dir", str(data_dir), "migrate-to", url]) != 0
    assert "staat al een Oudergesprek-database met gegevens" in capsys.readouterr().err
    assert cli_main(["--data-dir", str(data_dir), "migrate-to", "mysql://x/y"]) != 0
    assert "PostgreSQL-database" in capsys.readouterr().err


def _count(work: Work, table: str) -> int:
    return int(work.session.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())


def test_search_on_postgresql_finds_what_fts5_finds_on_the_laptop(
    engine: Engine, db: Database
) -> None:
    """The same pupils, notes and agreements on both stores; the same searches give the same
    hits: "zoe" finds Zoë, a prefix finds the word, typed FTS syntax is never an error."""
    from parentconv.services.history import search

    for store in ("sqlite", "postgresql"):
        do = (
            (lambda s, *a, **k: db.run(s, *a, **k))
            if store == "sqlite"
            else (lambda s, *a, **k: run(engine, s, *a, **k))
        )
        group = do(people.create_group, name="groep 5", school_year="2026-2027")
        zoe = do(
            people.create_pupil,
            group_id=group.id,
            data=PupilInput(given_name="Zoë", infix="de", family_name="Vries"),
        )
        sukru = do(
            people.create_pupil,
            group_id=group.id,
            data=PupilInput(given_name="Şükrü", family_name="Yılmaz"),
        )
        talk = do(
            talks.create_talk,
            data=talks.TalkInput(
                pupil_id=sukru.id, type_key="ten_minute", date="2026-11-20", start_time="15:00"
            ),
        )
        do(talks.set_notes, talk.id, shared="Şükrü leest graag stripboeken.", private="")
        do(
            agreements.create_agreement,
            pupil_id=zoe.id,
            text="Zoë oefent de tafels thuis",
            owner="child",
            due_on=None,
        )
    for typed in ("zoe", "ZOË", "sukru", "lees", "tafel", "strip zoe", '"zoë" OR (*', "   ", "xyz"):
        laptop = [(g.pupil.name, [h.kind for h in g.hits]) for g in db.run(search, typed)]
        server = [(g.pupil.name, [h.kind for h in g.hits]) for g in run(engine, search, typed)]
        assert server == laptop, typed
    hits = run(engine, search, "lees")
    assert [h.snippet for g in hits for h in g.hits] == ["Şükrü [leest] graag stripboeken."]
    assert run(engine, search, "zoe")[0].pupil.name == "Zoë de Vries"


def test_two_saves_at_the_same_moment_keep_both_texts(server_db: Database) -> None:
    """Two teachers save the same talk's notes while each other's transaction is still open:
    the later one waits for the row, finds a newer version, and merges; nothing is lost."""
    import threading

    group = server_db.run(people.create_group, name="groep 5", school_year="2026-2027").id
    pupil = server_db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name="Zoë", family_name="Vries"),
    ).id
    talk = server_db.run(
        talks.create_talk,
        data=talks.TalkInput(
            pupil_id=pupil, type_key="ten_minute", date="2026-11-24", start_time="18:30"
        ),
    ).id
    seen = talks.NotesSeen.of(server_db.run(talks.get_talk, talk))
    results: list[talks.NotesSaved] = []

    def colleague() -> None:
        results.append(
            server_db.run(talks.save_notes, talk, shared="Van de IB'er", private="", seen=seen)
        )

    other = threading.Thread(target=colleague)
    with server_db.work() as w:
        talks.save_notes(w, talk, shared="Van de juf", private="", seen=seen)
        other.start()  # it reads the old version, then waits for this transaction's row lock
        other.join(timeout=0.5)
        assert other.is_alive()
    other.join(timeout=10)
    assert not other.is_alive()
    stored = server_db.run(talks.get_talk, talk).shared_notes
    assert "Van de juf" in stored and "Van de IB'er" in stored
    assert results[0].merged == ("shared_notes",)
