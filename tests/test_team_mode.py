"""Team mode on a real PostgreSQL server: the administrator's ``team`` commands, and who sees
what, enforced by the server's row-level security (migration 0012), not by the app.

The cluster is thrown away after the tests (tests/pg_server.py); its Unix socket trusts every
login, so a teacher connects by name. Teacher A's rows are read with plain SQL as teacher B.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pg_server import as_login, new_database
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from parentconv.clock import FixedClock
from parentconv.errors import StorageError
from parentconv.services import agreements, history, people, talks
from parentconv.services.history import search
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.talks import TalkInput
from parentconv.store.server import ServerDatabase
from parentconv_ui import launcher

NOW = dt.datetime(2026, 11, 23, 15, 30)
ANNA_PRIVATE = "Moeder vertelde over de scheiding; alleen voor Anna"
BERT_PRIVATE = "Vader belt vaak boos op"


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = launcher.main(list(argv))
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
    return code, out.getvalue(), err.getvalue()


@dataclass
class School:
    url: str
    """The administrator's (the tables' owner's) address."""
    zoe: int
    sem: int
    anna_talk: int
    bert_talk: int
    init_output: str

    def login(self, who: str) -> ServerDatabase:
        return ServerDatabase(as_login(self.url, who), clock=FixedClock(NOW))

    def rows(self, who: str, sql: str) -> list[tuple[object, ...]]:
        """Plain SQL as ``who``: what the server itself hands that login."""
        engine = create_engine(as_login(self.url, who))
        try:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.execute(text(sql))]
        finally:
            engine.dispose()


def _note_talk(
    db: ServerDatabase, pupil: int, shared: str, private: str, date: str = "2026-11-24"
) -> int:
    talk = db.run(
        talks.create_talk,
        data=TalkInput(pupil_id=pupil, type_key="ten_minute", date=date, start_time="18:30"),
    ).id
    db.run(talks.set_notes, talk, shared=shared, private=private)
    return talk


@pytest.fixture(scope="module")
def school(pg_server: str, pg_template: str) -> Iterator[School]:
    """Groep 5 (Anna, and Carla in a duo-baan) and groep 6 (Bert), and Ilse the IB'er; set up
    with the commands an administrator types."""
    with new_database(pg_server) as url:
        code, init_output, err = cli("--database", url, "team", "init")
        assert code == 0, err
        owner = ServerDatabase(url, clock=FixedClock(NOW))
        five = owner.run(people.create_group, name="groep 5", school_year="2026-2027").id
        owner.run(people.create_group, name="groep 6", school_year="2026-2027")
        owner.close()
        for login, extra in (
            ("juf_anna", ["--name", "Anna de Wit"]),
            ("juf_carla", ["--name", "Carla Bos"]),
            ("meester_bert", ["--name", "Bert Yılmaz"]),
            ("ib_ilse", ["--name", "Ilse", "--coordinator"]),
        ):
            code, _out, err = cli("--database", url, "team", "add-teacher", login, *extra)
            assert code == 0, err
        for group, login in (
            (str(five), "juf_anna"),
            ("groep 5", "juf_carla"),
            ("Groep 6", "meester_bert"),
        ):
            code, _out, err = cli("--database", url, "team", "assign", group, login)
            assert code == 0, err
        school = School(url, 0, 0, 0, 0, init_output)
        anna = school.login("juf_anna")
        zoe = anna.run(
            people.create_pupil,
            group_id=five,
            data=PupilInput(given_name="Zoë", infix="de", family_name="Vries"),
        ).id
        anna.run(people.create_carer, data=CarerInput(name="Fatima de Vries", pupil_ids=[zoe]))
        school.anna_talk = _note_talk(anna, zoe, "Zoë leest graag", ANNA_PRIVATE)
        anna.run(
            agreements.create_agreement,
            pupil_id=zoe,
            talk_id=school.anna_talk,
            text="Elke dag samen lezen",
            owner="parents",
            due_on=None,
        )
        anna.close()
        bert = school.login("meester_bert")
        six = next(g.id for g in bert.run(people.list_groups))
        sem = bert.run(
            people.create_pupil,
            group_id=six,
            data=PupilInput(given_name="Sem", family_name="Bakker"),
        ).id
        bert.run(people.create_carer, data=CarerInput(name="Johan Bakker", pupil_ids=[sem]))
        school.bert_talk = _note_talk(bert, sem, "Sem rekent snel", BERT_PRIVATE)
        bert.close()
        school.zoe, school.sem = zoe, sem
        yield school


def test_team_init_prints_the_sql_it_runs_and_can_run_again(school: School) -> None:
    assert "CREATE ROLE oudergesprek_team NOLOGIN;" in school.init_output
    assert "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES" in school.init_output
    assert "-- uitgevoerd op" in school.init_output
    assert "postgres@" in school.init_output or "postgresql://" in school.init_output
    again = cli("--database", school.url, "team", "init", "--dry-run")
    assert again[0] == 0
    assert "CREATE ROLE" not in again[1]  # it is there already
    assert "niets uitgevoerd" in again[1]
    listed = cli("--database", school.url, "team", "list")[1]
    assert "juf_anna  Anna de Wit  groep 5 (2026-2027)" in listed
    assert "ib_ilse  Ilse  [IB]" in listed
    assert "Bert Yılmaz" in listed


def test_a_teacher_reads_only_their_own_groups_with_plain_sql(school: School) -> None:
    as_bert = school.rows
    assert as_bert("meester_bert", "SELECT given_name FROM pupils") == [("Sem",)]
    assert as_bert("meester_bert", f"SELECT * FROM pupils WHERE id = {school.zoe}") == []
    assert as_bert("meester_bert", f"SELECT * FROM talks WHERE id = {school.anna_talk}") == []
    assert as_bert("meester_bert", "SELECT text FROM agreements") == []
    assert as_bert("meester_bert", "SELECT name FROM carers") == [("Johan Bakker",)]
    assert as_bert("meester_bert", "SELECT name FROM groups") == [("groep 6",)]
    assert as_bert("meester_bert", "SELECT count(*) FROM talk_carers") == [(0,)]
    assert as_bert("juf_anna", "SELECT given_name FROM pupils") == [("Zoë",)]
    assert as_bert("juf_anna", "SELECT text FROM private_notes") == [(ANNA_PRIVATE,)]
    # The owner (the administrator) is not bound by the policies: everything is there.
    assert len(as_bert("postgres", "SELECT * FROM pupils")) == 2


def test_a_teacher_cannot_write_into_another_group(school: School) -> None:
    engine = create_engine(as_login(school.url, "meester_bert"))
    try:
        with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as conn:
            five = school.rows("postgres", "SELECT id FROM groups WHERE name = 'groep 5'")[0][0]
            conn.execute(
                text(
                    "INSERT INTO pupils (group_id, given_name, infix, family_name, number, "
                    f"parents_told) VALUES ({five}, 'Indringer', '', 'X', '', '')"
                )
            )
        with engine.begin() as conn:
            changed = conn.execute(
                text(f"UPDATE talks SET shared_notes = 'weg' WHERE id = {school.anna_talk}")
            )
            assert changed.rowcount == 0
            gone = conn.execute(text(f"DELETE FROM agreements WHERE pupil_id = {school.zoe}"))
            assert gone.rowcount == 0
        with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as conn:
            conn.execute(text("INSERT INTO group_staff VALUES (1, 1)"))
    finally:
        engine.dispose()
    assert school.rows("postgres", f"SELECT shared_notes FROM talks WHERE id = {school.anna_talk}")[
        0
    ] == ("Zoë leest graag",)
    # Through the app: a plain message, not a traceback.
    bert = school.login("meester_bert")
    try:
        with pytest.raises(StorageError, match="niet van jou"):
            bert.run(people.create_group, name="groep 7", school_year="2026-2027")
    finally:
        bert.close()


def test_private_notes_stay_with_their_author(school: School) -> None:
    """The duo partner and the IB'er read the talk and its shared note, never the private one."""
    for who in ("juf_carla", "ib_ilse"):
        assert school.rows(who, "SELECT count(*) FROM private_notes") == [(0,)], who
        db = school.login(who)
        try:
            view = db.run(talks.get_talk, school.anna_talk)
            assert view.shared_notes == "Zoë leest graag"
            assert view.private_notes == ""
            assert db.run(search, "scheiding") == [], who
        finally:
            db.close()
    # Carla writes her own private note on the same talk; Anna's stays as it was.
    carla = school.login("juf_carla")
    try:
        carla.run(talks.set_notes, school.anna_talk, shared="Zoë leest graag", private="Van Carla")
    finally:
        carla.close()
    anna = school.login("juf_anna")
    try:
        assert anna.run(talks.get_talk, school.anna_talk).private_notes == ANNA_PRIVATE
        assert [g.pupil.name for g in anna.run(search, "scheiding")] == ["Zoë de Vries"]
    finally:
        anna.close()
    assert school.rows("juf_carla", "SELECT text FROM private_notes") == [("Van Carla",)]


def test_the_coordinator_reads_every_group(school: School) -> None:
    ilse = school.login("ib_ilse")
    try:
        names = sorted(p.name for p in ilse.run(people.list_pupils))
        assert names == ["Sem Bakker", "Zoë de Vries"]
        assert {g.name for g in ilse.run(people.list_groups)} == {"groep 5", "groep 6"}
        assert ilse.run(talks.get_talk, school.bert_talk).shared_notes == "Sem rekent snel"
    finally:
        ilse.close()
    assert school.rows("ib_ilse", "SELECT count(*) FROM agreements") == [(1,)]


def test_unassigning_takes_the_group_away(school: School) -> None:
    code, out, _err = cli("--database", school.url, "team", "unassign", "groep 5", "juf_carla")
    assert code == 0
    assert "DELETE FROM group_staff" in out
    assert school.rows("juf_carla", "SELECT count(*) FROM pupils") == [(0,)]
    cli("--database", school.url, "team", "assign", "groep 5", "juf_carla")
    assert school.rows("juf_carla", "SELECT count(*) FROM pupils") == [(1,)]


def test_team_mistakes_are_one_dutch_line(school: School) -> None:
    code, _out, err = cli("--database", school.url, "team", "add-teacher", "Juf Anna!")
    assert code == 2
    assert "kleine letters" in err
    assert "Traceback" not in err
    code, _out, err = cli("--database", school.url, "team", "assign", "groep 9", "juf_anna")
    assert code == 2
    assert "Er is geen groep groep 9 op de server." in err
    code, _out, err = cli("--database", school.url, "team", "assign", "groep 5", "juf_nina")
    assert code == 2
    assert "juf_nina is nog geen leerkracht" in err
    code, _out, err = cli("team", "list")
    assert code == 2
    assert "--database" in err


def test_an_empty_or_unreachable_server_is_a_plain_message(pg_server: str) -> None:
    with new_database(pg_server) as url:
        code, _out, err = cli("--database", url, "pupils")
        assert code == 2
        assert "nog niet ingericht" in err
        assert "team init" in err
    gone = "postgresql://juf@/school?host=/nonexistent-socket-dir&port=5"
    code, _out, err = cli("--database", gone, "pupils")
    assert code == 2
    assert "niet bereikbaar" in err
    code, _out, err = cli("--database", "mysql://juf@server/school", "pupils")
    assert code == 2
    assert "PostgreSQL" in err


def test_after_moving_up_the_history_follows_the_pupil_to_the_new_teacher(pg_server: str) -> None:
    """Last year's groep 5 moves up to groep 6 on the server (the IB'er runs it, the
    administrator assigns the new group): the groep-6 teacher now reads the pupil's talks and
    open agreements of last year, nothing copied; last year's teacher no longer does."""
    with new_database(pg_server) as url:
        code, _out, err = cli("--database", url, "team", "init")
        assert code == 0, err
        owner = ServerDatabase(url, clock=FixedClock(NOW))
        five = owner.run(people.create_group, name="Groep 5", school_year="2025-2026").id
        owner.close()
        for login, extra in (
            ("juf_fleur", []),
            ("meester_kees", []),
            ("ib_fenna", ["--coordinator"]),
        ):
            code, _out, err = cli("--database", url, "team", "add-teacher", login, *extra)
            assert code == 0, err
        code, _out, err = cli("--database", url, "team", "assign", str(five), "juf_fleur")
        assert code == 0, err
        school = School(url, 0, 0, 0, 0, "")
        fleur = school.login("juf_fleur")
        pupil = fleur.run(
            people.create_pupil,
            group_id=five,
            data=PupilInput(given_name="Noor", family_name="Visser"),
        ).id
        talk = _note_talk(fleur, pupil, "Noor leest vlot", "", date="2026-03-10")
        fleur.run(talks.set_status, talk, "held")
        agreement = fleur.run(
            agreements.create_agreement,
            pupil_id=pupil,
            talk_id=talk,
            text="Elke week naar de bibliotheek",
            owner="parents",
            due_on=None,
        ).id
        fleur.close()

        # A teacher cannot make the new year's groups: the server refuses, in one plain line.
        code, out, err = cli(
            "--database", as_login(url, "juf_fleur"), "move-up", "--from", "2025-2026"
        )
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and "niet van jou" in err and "intern begeleider" in err
        assert school.rows("juf_fleur", f"SELECT group_id FROM pupils WHERE id = {pupil}") == [
            (five,)
        ]  # all or nothing: the pupil did not move
        ib = as_login(url, "ib_fenna")
        code, out, err = cli("--database", ib, "move-up", "--from", "2025-2026")
        assert code == 0, err
        assert "Groep 6" in out
        code, _out, err = cli("--database", url, "team", "assign", "Groep 6", "meester_kees")
        assert code == 0, err

        seen = "SELECT id FROM {table} WHERE {column} = {value}"
        for table, column, value in (
            ("pupils", "id", pupil),
            ("talks", "id", talk),
            ("agreements", "id", agreement),
        ):
            sql = seen.format(table=table, column=column, value=value)
            assert school.rows("meester_kees", sql) == [(value,)], table
            assert school.rows("juf_fleur", sql) == [], table
        kees = school.login("meester_kees")
        try:
            timeline = kees.run(history.pupil_timeline, pupil)
            assert [e.talk.id for e in timeline.entries] == [talk]
            assert timeline.pupil.group_name == "Groep 6"
            open_ones = kees.run(agreements.agreements_of, pupil, show="open")
            assert [a.text for a in open_ones] == ["Elke week naar de bibliotheek"]
        finally:
            kees.close()
