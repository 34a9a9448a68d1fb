"""The SQLite store: creation, pragmas, migrations with backup, and refusing bad files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from parentconv.errors import StorageError
from parentconv.store.db import Database, alembic_config, head_revision, make_engine


def test_new_database_is_created_and_stamped(data_dir: Path) -> None:
    db = Database(data_dir / "new.sqlite3")
    try:
        assert db.current_revision() == head_revision()
        assert {
            "groups",
            "pupils",
            "carers",
            "talks",
            "agreements",
            "preparations",
            "checklist_ticks",
            "agreement_status_changes",
        } <= set(db.table_names())
        assert db.backup_made is None
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        db.close()
    assert not list(data_dir.glob("*.creating*"))


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO pupils (group_id, given_name, infix, family_name) "
                "VALUES (999, 'a', '', 'b')"
            )
        )


def _make_revision_0001_database(path: Path) -> None:
    """A database as the first release left it, with a group, a pupil and a carer."""
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(
            text(
                "INSERT INTO groups (id, name, school_year, is_demo) "
                "VALUES (1, 'groep 5', '2026-2027', 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO pupils (id, group_id, given_name, infix, family_name) "
                "VALUES (7, 1, 'Şükrü', '', 'Yılmaz')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO carers (id, name, relation, language, interpreter_needed, "
                "low_literacy, phone, email, notes) VALUES "
                "(3, 'Ayşe Yılmaz', 'moeder', 'Turks', 1, 0, '', '', '')"
            )
        )
        conn.execute(text("INSERT INTO pupil_carers VALUES (7, 3)"))
    engine.dispose()


def test_upgrade_from_previous_revision_keeps_rows_and_makes_a_backup(data_dir: Path) -> None:
    path = data_dir / "old.sqlite3"
    data_dir.mkdir(parents=True, exist_ok=True)
    _make_revision_0001_database(path)

    db = Database(path)
    try:
        assert db.current_revision() == head_revision()
        assert db.backup_made is not None
        backup = Path(db.backup_made)
        assert backup.exists() and backup.parent == path.parent / "backups"
        assert "upgrade-rev0001" in backup.name
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT given_name, family_name FROM pupils")).one() == (
                "Şükrü",
                "Yılmaz",
            )
            assert conn.execute(text("SELECT carer_id FROM pupil_carers")).scalar() == 3
            assert conn.execute(text("SELECT count(*) FROM talks")).scalar() == 0
    finally:
        db.close()
    # The backup is the database as it was: still at the old revision, rows and all.
    con = sqlite3.connect(backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT given_name FROM pupils").fetchone() == ("Şükrü",)
    con.close()


def test_database_from_a_newer_app_is_refused_and_untouched(data_dir: Path) -> None:
    path = data_dir / "newer.sqlite3"
    Database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="nieuwere versie"):
        Database(path)
    assert path.read_bytes() == before
    assert not list(data_dir.glob("**/*backup*")) and not list(data_dir.glob("backups/*"))


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "oudergesprek.sqlite3"
    path.write_bytes(b"Dit is een Word-document, geen database." * 100)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="geen Oudergesprek-database") as info:
        Database(path)
    assert "Traceback" not in info.value.message
    assert path.read_bytes() == before


def test_a_damaged_database_is_refused_and_untouched(data_dir: Path) -> None:
    path = data_dir / "damaged.sqlite3"
    db = Database(path)
    with db.engine.begin() as conn:
        for i in range(300):
            conn.execute(
                text(
                    "INSERT INTO groups (name, school_year, is_demo) "
                    f"VALUES ('groep {i} {'x' * 200}', '2026-2027', 0)"
                )
            )
    db.close()
    raw = bytearray(path.read_bytes())
    assert len(raw) > 8192
    raw[4096:8192] = b"\xff" * 4096  # wreck a page in the middle
    path.write_bytes(bytes(raw))
    # The whole-file check runs when asked (the first start of a day) or after an unclean stop.
    with pytest.raises(StorageError, match="beschadigd"):
        Database(path, check_integrity=True)
    assert path.read_bytes() == bytes(raw)
    Path(str(path) + "-wal").write_bytes(b"")  # as a killed process leaves it
    with pytest.raises(StorageError, match="beschadigd"):
        Database(path)


def test_another_sqlite_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StorageError, match="geen Oudergesprek-database"):
        Database(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_data_dir_gives_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="kan niet schrijven"):
            Database(folder / "db.sqlite3")
    finally:
        folder.chmod(0o700)


def test_unwritable_data_dir_as_root_via_a_file_in_the_way(tmp_path: Path) -> None:
    """A data 'folder' that is really a file cannot be written to, even by root."""
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="kan niet schrijven"):
        Database(blocker / "sub" / "db.sqlite3")


def test_committed_change_survives_a_killed_process(data_dir: Path) -> None:
    path = data_dir / "killed.sqlite3"
    Database(path).close()
    script = textwrap.dedent(f"""
        import os, signal
        from parentconv.store.db import Database
        from parentconv.services.people import create_group
        db = Database({str(path)!r})
        db.run(create_group, name="groep 8", school_year="2026-2027")
        os.kill(os.getpid(), signal.SIGKILL)  # no clean shutdown, no checkpoint
    """)
    result = subprocess.run([sys.executable, "-c", script], check=False)
    assert result.returncode == -9
    db = Database(path)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM groups")).scalar() == "groep 8"
    finally:
        db.close()


def test_upgrade_from_0002_keeps_talks_agreements_and_preparations(data_dir: Path) -> None:
    """The evening planner's migration (0003) on a database of the release before it."""
    path = data_dir / "rev2.sqlite3"
    data_dir.mkdir(parents=True, exist_ok=True)
    _make_revision_0001_database(path)
    engine = make_engine(path, foreign_keys=False)  # as the app migrates
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002")
        conn.execute(
            text(
                "INSERT INTO talks (id, pupil_id, type_key, starts_at, duration_minutes, location, "
                "status, child_present, other_participants, shared_notes, private_notes, "
                "next_time, "
                "created_at, updated_at) VALUES (11, 7, 'ten_minute', '2026-11-03 18:30:00', 10, "
                "'Lokaal 5', 'held', 0, '', 'Gaat goed', 'privé', '', '2026-11-03 18:00:00', "
                "'2026-11-03 18:40:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO preparations (talk_id, key_message, qualities, growth_opportunities, "
                "classroom_actions, goals, relational_note, expressive_keys, expressive_own, "
                "structure_note, phase_minutes, own_questions, parent_questions, focus_skills, "
                "context_factors, review_agreement_ids, updated_at) VALUES (11, 'Boodschap', "
                '\'["Behulpzaam"]\', \'[]\', \'\', \'[{"key": "informative", "outcome": ""}]\', '
                "'', '[]', '', '', '{}', '[]', '[]', '[]', '', '[]', '2026-11-03 18:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO agreements (id, pupil_id, talk_id, text, owner, due_on, status, "
                "created_at) VALUES (5, 7, 11, 'Lezen', 'parents', '2026-12-01', 'open', "
                "'2026-11-03 18:40:00')"
            )
        )
    engine.dispose()

    db = Database(path)
    try:
        assert db.current_revision() == head_revision() and db.backup_made is not None
        from parentconv.services import agreements, talks
        from parentconv.services.preparation import get_preparation

        talk = db.run(talks.get_talk, 11)
        assert (talk.pupil_name, talk.status, talk.shared_notes) == (
            "Şükrü Yılmaz",
            "held",
            "Gaat goed",
        )
        assert talk.evening_id is None and talk.elapsed_seconds == 0 and talk.cancel_reason == ""
        assert db.run(get_preparation, 11).qualities == ("Behulpzaam",)
        assert [a.text for a in db.run(agreements.open_agreements_of, 7)] == ["Lezen"]
        assert db.run(agreements.get_agreement, 5).talk_id == 11  # the link survived the copy
        from parentconv.services.history import search

        # 0004 filled the search index with what was already there.
        assert [g.pupil.name for g in db.run(search, "sukru")] == ["Şükrü Yılmaz"]
        assert {h.kind for g in db.run(search, "lezen gaat") for h in g.hits} == set()
        assert [h.kind for h in db.run(search, "lezen")[0].hits] == ["agreement"]
        assert [h.kind for h in db.run(search, "goed")[0].hits] == ["talk"]
    finally:
        db.close()


def test_migrations_build_exactly_the_models_schema(data_dir: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from parentconv.store.models import Base

    data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(data_dir / "migrated.sqlite3")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                # The FTS5 index and its key table are not models: made by SQL in both paths.
                "include_name": lambda name, kind, _parent: (
                    not (kind == "table" and str(name).startswith(("search_fts", "search_keys")))
                    and not (kind == "index" and str(name) == "ix_search_keys_pupil")
                )
            },
        )
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_every_migration_downgrades_and_upgrades_again(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(data_dir / "roundtrip.sqlite3")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        command.downgrade(alembic_config(conn), "base")
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()


def _schema(path: Path) -> set[tuple[str, str]]:
    """Every table, index and trigger by name (and what it is), as SQLite stores them."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
    finally:
        con.close()
    return {(kind, name) for kind, name in rows}


@pytest.mark.parametrize("start", ["0001", "0002", "0003", "0004"])
def test_upgrading_from_each_revision_keeps_every_search_trigger(
    data_dir: Path, start: str
) -> None:
    """A batch migration that rebuilds a table drops its triggers: search would silently stop
    indexing. After an upgrade from any revision the schema equals a new database's, and a
    note written afterwards is found."""
    data_dir.mkdir(parents=True, exist_ok=True)
    fresh = data_dir / "fresh.sqlite3"
    Database(fresh).close()
    old = data_dir / f"from-{start}.sqlite3"
    engine = make_engine(old)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), start)
        conn.execute(
            text(
                "INSERT INTO groups (name, school_year, is_demo) VALUES ('Groep 5', '2026-2027', 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO pupils (group_id, given_name, infix, family_name) "
                "VALUES (1, 'Zoë', 'de', 'Vries')"
            )
        )
    engine.dispose()

    db = Database(old)
    try:
        assert db.current_revision() == head_revision()
    finally:
        db.close()
    assert _schema(old) - {("table", "alembic_version")} == _schema(fresh) - {
        ("table", "alembic_version")
    }
    triggers = {name for kind, name in _schema(old) if kind == "trigger"}
    assert len(triggers) == 12  # pupils, talks, agreements and private notes (0012)

    from parentconv.services import history, talks
    from parentconv.services.talks import TalkInput

    db = Database(old)
    try:
        talk = db.run(
            talks.create_talk,
            data=TalkInput(
                pupil_id=1, type_key="ten_minute", date="2026-11-24", start_time="18:30"
            ),
        )
        db.run(talks.set_notes, talk.id, shared="Leest graag over dinosaurussen", private="")
        found = db.run(history.search, "dinosaurus*")
        assert [group.pupil.name for group in found] == ["Zoë de Vries"]
        assert [group.pupil.name for group in db.run(history.search, "zoe")] == ["Zoë de Vries"]
    finally:
        db.close()


def test_downgrade_and_upgrade_give_the_same_schema(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    fresh = data_dir / "fresh.sqlite3"
    Database(fresh).close()
    path = data_dir / "roundtrip2.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        command.downgrade(alembic_config(conn), "base")
    engine.dispose()
    assert {name for _kind, name in _schema(path)} <= {"alembic_version"}
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    assert _schema(path) == _schema(fresh)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_teachers_files_are_private_whatever_the_umask(data_dir: Path, tmp_path: Path) -> None:
    """Folders 0700, files 0600: database, WAL, shared memory, backups, log, settings, PDFs."""
    import stat

    from parentconv.logs import setup_logging
    from parentconv.pdf import write_pdf
    from parentconv.services import people
    from parentconv.settings import Settings, save_settings

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    old_umask = os.umask(0o022)  # a permissive umask, as on many desktops
    try:
        db = Database(data_dir / "oudergesprek.sqlite3")
        try:
            db.run(people.create_group, name="Groep 5", school_year="2026-2027")
            files = [data_dir / f"oudergesprek.sqlite3{s}" for s in ("", "-wal", "-shm")]
            assert all(f.exists() for f in files)
            assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
        finally:
            db.close()
        assert mode(data_dir) == 0o700

        old = data_dir / "old.sqlite3"
        _make_revision_0001_database(old)
        upgraded = Database(old)
        try:
            assert upgraded.backup_made is not None
            assert mode(Path(upgraded.backup_made)) == 0o600
        finally:
            upgraded.close()

        logs = tmp_path / "logs"
        log_file = setup_logging(logs)
        assert log_file is not None
        import logging

        logging.getLogger("test").warning("a line")
        assert (mode(logs), mode(log_file)) == (0o700, 0o600)

        settings = tmp_path / "config" / "settings.json"
        save_settings(settings, Settings())
        assert (mode(settings.parent), mode(settings)) == (0o700, 0o600)

        pdf = write_pdf(b"%PDF-1.4", tmp_path / "verslag.pdf")
        assert mode(pdf) == 0o600
    finally:
        os.umask(old_umask)


def test_our_files_carry_our_mark(data_dir: Path) -> None:
    from parentconv.store.db import APPLICATION_ID

    db = Database(data_dir / "oudergesprek.sqlite3")
    db.close()
    con = sqlite3.connect(data_dir / "oudergesprek.sqlite3")
    assert con.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    con.close()
    # A store from before the mark: recognised by its history and tables, upgraded, marked.
    old = data_dir / "old.sqlite3"
    _make_revision_0001_database(old)
    Database(old).close()
    con = sqlite3.connect(old)
    assert con.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    con.close()


@pytest.mark.parametrize("kind", ["alembic_of_another_app", "no_tables", "other_mark"])
def test_files_that_are_not_ours_are_refused_byte_for_byte_untouched(
    data_dir: Path, kind: str
) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "oudergesprek.sqlite3"
    con = sqlite3.connect(path)
    if kind == "alembic_of_another_app":  # another app that also uses Alembic, at "0001"
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        con.execute("INSERT INTO alembic_version VALUES ('0001')")
        con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    elif kind == "no_tables":
        con.execute("PRAGMA user_version = 7")  # a real SQLite file that holds no table
    else:  # a file with a table set like ours but marked by another program
        con.execute("PRAGMA application_id = 1234")
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        con.execute("INSERT INTO alembic_version VALUES ('0001')")
        for table in ("groups", "pupils", "carers", "pupil_carers"):
            con.execute(f"CREATE TABLE {table} (id INTEGER)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="geen Oudergesprek-database"):
        Database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["oudergesprek.sqlite3"]


def test_a_dangling_link_is_refused_not_replaced(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "oudergesprek.sqlite3"
    path.symlink_to(data_dir / "elsewhere" / "gone.sqlite3")
    with pytest.raises(StorageError, match="snelkoppeling"):
        Database(path)
    assert path.is_symlink() and not path.exists()


UPGRADE_IN_A_PROCESS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from parentconv.store.db import Database
    print("ready", flush=True)
    Database(Path(sys.argv[1])).close()
    """
)


def test_an_upgrade_killed_at_any_point_leaves_a_store_that_starts(data_dir: Path) -> None:
    """kill -9 during the upgrade of a big store, at 12 points from its start to past its end:
    every time the next start opens it at the newest schema with every pupil (the upgrade is
    one transaction: all of it, or none)."""
    import shutil
    import time

    data_dir.mkdir(parents=True, exist_ok=True)
    template = data_dir / "template.sqlite3"
    engine = make_engine(template)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    con = sqlite3.connect(template)
    con.execute("INSERT INTO groups VALUES (1, 'Groep 5', '2026-2027', 0)")
    con.executemany(
        "INSERT INTO pupils (group_id, given_name, infix, family_name) VALUES (1, ?, '', ?)",
        [(f"Kind{i}", f"Achternaam {i} " + "x" * 40) for i in range(10_000)],
    )
    con.commit()
    con.close()
    timing = data_dir / "timing.sqlite3"
    shutil.copy(template, timing)
    started = time.perf_counter()
    Database(timing).close()
    upgrade_seconds = time.perf_counter() - started

    points = [upgrade_seconds * 1.2 * i / 11 for i in range(12)]
    outcomes: list[str] = []
    for batch in range(0, len(points), 4):  # four at a time: two cores, and kills land anywhere
        running = []
        for n, delay in enumerate(points[batch : batch + 4], start=batch):
            path = data_dir / f"kill-{n}.sqlite3"
            shutil.copy(template, path)
            process = subprocess.Popen(
                [sys.executable, "-c", UPGRADE_IN_A_PROCESS, str(path)],
                stdout=subprocess.PIPE,
                text=True,
            )
            running.append((process, delay, path))
        for process, _delay, _path in running:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "ready"
        for process, delay, path in running:
            time.sleep(delay / len(running))
            process.kill()
            process.wait()
            assert process.stdout is not None
            process.stdout.close()
            db = Database(path)  # the next start: never "duplicate column", never a refusal
            try:
                assert db.current_revision() == head_revision()
                with db.engine.connect() as conn:
                    assert conn.execute(text("SELECT count(*) FROM pupils")).scalar() == 10_000
            finally:
                db.close()
            outcomes.append("started")
    print(f"{len(outcomes)} kill points over {upgrade_seconds * 1.2:.2f} s, all started")
    assert outcomes == ["started"] * len(points)


def test_a_deleted_pupil_leaves_no_trace_in_the_database_files(data_dir: Path) -> None:
    """After deleting a pupil, neither the name nor words of a private note can be read back
    from the raw bytes of the database, its WAL or its shared memory (not even from the search
    index or freed pages)."""
    from parentconv.services import people, talks
    from parentconv.services.people import CarerInput, PupilInput
    from parentconv.services.talks import TalkInput

    db = Database(data_dir / "oudergesprek.sqlite3")
    try:
        group = db.run(people.create_group, name="Groep 5", school_year="2026-2027").id
        keep = db.run(
            people.create_pupil,
            group_id=group,
            data=PupilInput(given_name="Anna", family_name="Blijft"),
        )
        gone = db.run(
            people.create_pupil,
            group_id=group,
            data=PupilInput(given_name="Xylofoonia", family_name="Quarkzand"),
        )
        db.run(people.create_carer, data=CarerInput(name="Ouder Zebrapad", pupil_ids=[gone.id]))
        talk = db.run(
            talks.create_talk,
            data=TalkInput(
                pupil_id=gone.id, type_key="ten_minute", date="2026-11-24", start_time="18:30"
            ),
        )
        db.run(talks.set_notes, talk.id, shared="", private="geheimwoordkoraal thuis")
        db.run(people.delete_pupil, gone.id)
        assert [p.id for p in db.run(people.list_pupils)] == [keep.id]
    finally:
        db.close()
    raw = b"".join(
        p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("oudergesprek.sqlite3")
    ).lower()
    for word in ("xylofoonia", "quarkzand", "zebrapad", "geheimwoordkoraal"):
        assert raw.count(word.encode()) == 0, word
    assert b"blijft" in raw  # the other pupil is still there


def test_the_revision_list_matches_the_migration_scripts() -> None:
    """``parentconv.migrations.REVISIONS`` (read at every start instead of loading alembic)."""
    from alembic.script import ScriptDirectory

    from parentconv.migrations import REVISIONS

    script = ScriptDirectory.from_config(alembic_config())
    assert tuple(rev.revision for rev in reversed(list(script.walk_revisions()))) == REVISIONS
    assert script.get_current_head() == head_revision()


def test_upgrading_to_0012_moves_each_private_note_into_its_own_row(data_dir: Path) -> None:
    """Team mode (0012) keeps a private note per author: a laptop's notes come along, are
    found by search, and a downgrade puts them back in the talk."""
    from parentconv.services.history import search
    from parentconv.services.talks import get_talk, set_notes

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "from-0011.sqlite3"
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0011")
        conn.execute(
            text("INSERT INTO groups (name, school_year, is_demo) VALUES ('5', '2026-2027', 0)")
        )
        conn.execute(
            text(
                "INSERT INTO pupils (group_id, given_name, infix, family_name) "
                "VALUES (1, 'Zoë', 'de', 'Vries')"
            )
        )
        for note in ("Moeder vertelde over de scheiding", ""):
            conn.execute(
                text(
                    "INSERT INTO talks (pupil_id, type_key, starts_at, duration_minutes, "
                    "location, status, child_present, other_participants, shared_notes, "
                    "private_notes, next_time, created_at, updated_at) VALUES (1, 'ten_minute', "
                    "'2026-11-24 18:30:00', 10, '', 'held', 0, '', 'Leest graag', :note, '', "
                    "'2026-11-24 18:00:00', '2026-11-24 18:00:00')"
                ),
                {"note": note},
            )
    engine.dispose()
    db = Database(path)
    try:
        assert db.backup_made is not None  # an upgrade makes a backup first
        assert db.run(get_talk, 1).private_notes == "Moeder vertelde over de scheiding"
        assert db.run(get_talk, 2).private_notes == ""
        with db.engine.connect() as conn:  # each talk knows the group it was held in
            assert conn.exec_driver_sql("SELECT group_id FROM talks").scalars().all() == [1, 1]
        assert [g.pupil.name for g in db.run(search, "scheiding")] == ["Zoë de Vries"]
        db.run(set_notes, 2, shared="Leest graag", private="Vader belt morgen")
        assert [h.ref_id for g in db.run(search, "vader") for h in g.hits] == [2]
        db.run(set_notes, 1, shared="Leest graag", private="")
        assert db.run(search, "scheiding") == []
    finally:
        db.close()
    engine = make_engine(path, foreign_keys=False)  # as the app migrates: a table rebuild
    with engine.begin() as conn:  # must not cascade into the rows that point at it
        command.downgrade(alembic_config(conn), "0011")
        notes = conn.execute(text("SELECT private_notes FROM talks ORDER BY id")).scalars()
        assert list(notes) == ["", "Vader belt morgen"]
    engine.dispose()
