"""Backups and restore, one app per data folder, erasure from backups, and stale writes."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from parentconv.clock import FixedClock
from parentconv.instance import InstanceLock
from parentconv.services import people, preparation, talks
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.talks import NotesSeen, TalkInput
from parentconv.store import backups
from parentconv.store.db import Database
from tests.test_cli import run

NOW = dt.datetime(2026, 12, 3, 8, 15)  # a Thursday morning


def _class(db: Database, *names: tuple[str, str]) -> list[int]:
    group = db.run(people.create_group, name="Groep 6", school_year="2026-2027").id
    return [
        db.run(people.create_pupil, group_id=group, data=PupilInput(given_name=g, family_name=f)).id
        for g, f in names
    ]


def _names_in(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT given_name FROM pupils ORDER BY given_name")]
    finally:
        con.close()


def test_the_daily_backup_is_a_checked_private_copy_made_once_a_day(data_dir: Path) -> None:
    clock = FixedClock(NOW)
    db = Database(data_dir / "oudergesprek.sqlite3", clock=clock)
    try:
        _class(db, ("Anna", "Jansen"), ("Bram", "Smit"))
        assert db.backup_due()
        made = db.backup(backups.DAILY)
        assert made.parent == data_dir / "backups"
        assert made.name == "oudergesprek-20261203-081500-dag.sqlite3"
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
        assert _names_in(made) == ["Anna", "Bram"]
        # A self-contained file: no WAL beside it, and it passes SQLite's own check.
        con = sqlite3.connect(made)
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()
        assert not db.backup_due()
        clock.advance(86400)
        assert db.backup_due()
    finally:
        db.close()


def test_pruning_keeps_seven_days_and_four_weeks(data_dir: Path) -> None:
    """60 days of backups (two on some days), an upgrade backup left beside the store by an
    older version, and the copy kept aside at a restore: what remains."""
    path = data_dir / "oudergesprek.sqlite3"
    Database(path).close()
    folder = data_dir / "backups"
    folder.mkdir()
    for days_ago in range(60):
        day = NOW - dt.timedelta(days=days_ago)
        for hour in (7, 21):
            if day.replace(hour=hour, minute=0) > NOW:
                continue
            stamp = day.replace(hour=hour, minute=0).strftime("%Y%m%d-%H%M%S")
            shutil.copy(path, folder / f"oudergesprek-{stamp}-dag.sqlite3")
    shutil.copy(path, folder / "oudergesprek-20261001-120000-voor-terugzetten.sqlite3")
    shutil.copy(path, data_dir / "oudergesprek-backup-20261010-120000-rev0004.sqlite3")
    db = Database(path, clock=FixedClock(NOW))  # takes the old upgrade backup into backups/
    try:
        assert not list(data_dir.glob("oudergesprek-backup-*"))
        db.backup(backups.MANUAL)  # every backup in the folder prunes the old ones
    finally:
        db.close()
    left = sorted(p.name for p in folder.iterdir())
    assert left == [
        "oudergesprek-20261001-120000-voor-terugzetten.sqlite3",  # never pruned
        "oudergesprek-20261115-210000-dag.sqlite3",  # the newest of week 46
        "oudergesprek-20261122-210000-dag.sqlite3",  # week 47
        "oudergesprek-20261127-210000-dag.sqlite3",  # the 7 latest days, newest of each
        "oudergesprek-20261128-210000-dag.sqlite3",
        "oudergesprek-20261129-210000-dag.sqlite3",  # (also the newest of week 48)
        "oudergesprek-20261130-210000-dag.sqlite3",
        "oudergesprek-20261201-210000-dag.sqlite3",
        "oudergesprek-20261202-210000-dag.sqlite3",
        "oudergesprek-20261203-081500-handmatig.sqlite3",  # today: the newest of today
    ]


def test_backup_and_restore_on_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    db = Database(data_dir / "oudergesprek.sqlite3")
    _class(db, ("Anna", "Jansen"))
    db.close()
    copy = tmp_path / "usb" / "kopie.sqlite3"
    copy.parent.mkdir()
    made = run("backup", "-o", str(copy), data_dir=data_dir)
    assert made.returncode == 0, made.stderr
    assert "Back-up gemaakt" in made.stdout and copy.exists()
    db = Database(data_dir / "oudergesprek.sqlite3")
    db.run(people.create_pupil, group_id=1, data=PupilInput(given_name="Later", family_name="X"))
    db.close()

    done = run("restore", str(copy), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "Teruggezet" in done.stdout and "voor-terugzetten" in done.stdout
    assert _names_in(data_dir / "oudergesprek.sqlite3") == ["Anna"]
    aside = next((data_dir / "backups").glob("*-voor-terugzetten.sqlite3"))
    assert _names_in(aside) == ["Anna", "Later"]  # what was there before is kept

    # Without -o the backup goes to the backups folder.
    assert run("backup", data_dir=data_dir).returncode == 0
    assert list((data_dir / "backups").glob("*-handmatig.sqlite3"))


@pytest.mark.parametrize("kind", ["text", "other_sqlite", "damaged", "missing"])
def test_restore_refuses_what_is_not_a_good_backup(
    data_dir: Path, tmp_path: Path, kind: str
) -> None:
    path = data_dir / "oudergesprek.sqlite3"
    db = Database(path)
    _class(db, ("Anna", "Jansen"))
    db.close()
    bad = tmp_path / "bad.sqlite3"
    if kind == "text":
        bad.write_text("geen database")
    elif kind == "other_sqlite":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE alembic_version (version_num TEXT)")
        con.execute("INSERT INTO alembic_version VALUES ('0006')")
        con.commit()
        con.close()
    elif kind == "damaged":
        shutil.copy(path, bad)
        con = sqlite3.connect(bad)
        con.execute("PRAGMA journal_mode=DELETE")
        con.executemany(
            "INSERT INTO groups (name, school_year, is_demo) VALUES (?, '', 0)",
            [(f"{i} " + "x" * 300,) for i in range(200)],
        )
        con.commit()
        con.close()
        raw = bytearray(bad.read_bytes())
        raw[8192:12288] = b"\xff" * 4096
        bad.write_bytes(bytes(raw))
    before = path.read_bytes()
    result = run("restore", str(bad), data_dir=data_dir)
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "niets teruggezet" in result.stderr or "bestaat niet" in result.stderr
    assert path.read_bytes() == before
    assert not list((data_dir / "backups").glob("*voor-terugzetten*"))


def test_one_app_per_data_folder(data_dir: Path) -> None:
    """While the app has the folder open, nothing else may change the store under it."""
    Database(data_dir / "oudergesprek.sqlite3").close()
    copy = data_dir / "copy.sqlite3"
    assert run("backup", "-o", str(copy), data_dir=data_dir).returncode == 0
    with InstanceLock(data_dir):
        for args in (("restore", str(copy)), ("demo",)):
            result = run(*args, data_dir=data_dir)
            assert result.returncode == 2, result.stderr
            assert "al geopend" in result.stderr
        # Reading and making a backup are fine beside the open app.
        assert run("pupils", data_dir=data_dir).returncode == 0
        assert run("backup", data_dir=data_dir).returncode == 0
    assert run("demo", data_dir=data_dir).returncode == 0  # closed: allowed again


def test_a_killed_app_leaves_no_lock(data_dir: Path) -> None:
    """The lock is the operating system's: it goes with the process, however it ends."""
    import subprocess
    import sys

    code = (
        "import os, sys; from pathlib import Path; from parentconv.instance import InstanceLock;"
        "InstanceLock(Path(sys.argv[1])).acquire(); print('held', flush=True); os._exit(9)"
    )
    held = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, timeout=60
    )
    assert held.stdout.strip() == "held" and held.returncode == 9
    with InstanceLock(data_dir) as lock:
        assert lock.held


def test_deleting_a_pupil_removes_them_from_every_backup(data_dir: Path) -> None:
    """The raw bytes of the database, its WAL and every backup: no name, no note word."""
    clock = FixedClock(NOW)
    path = data_dir / "oudergesprek.sqlite3"
    db = Database(path, clock=clock)
    try:
        keep, gone = _class(db, ("Anna", "Blijft"), ("Xylofoonia", "Quarkzand"))
        db.run(people.create_carer, data=CarerInput(name="Ouder Zebrapad", pupil_ids=[gone]))
        talk = db.run(
            talks.create_talk,
            data=TalkInput(
                pupil_id=gone, type_key="ten_minute", date="2026-12-08", start_time="18:30"
            ),
        )
        db.run(talks.set_notes, talk.id, shared="", private="geheimwoordkoraal thuis")
        db.backup(backups.DAILY)
        clock.advance(86400)  # one backup a day is kept: the next day's evening
        db.backup(backups.EVENING)
        clock.advance(3600)
        outside = data_dir.parent / "elders.sqlite3"  # a copy the teacher put elsewhere
        db.backup(backups.MANUAL, target=outside)
        assert len(db.backups_holding([gone])) == 2  # the ones in the data folder
        assert db.backups_holding([keep + gone + 100]) == []

        db.run(people.delete_pupil, gone)
        assert db.last_erasure is not None
        assert len(db.last_erasure.removed) == 2
        assert db.last_erasure.replacement is not None
        assert _names_in(db.last_erasure.replacement) == ["Anna"]
    finally:
        db.close()
    files = [p for p in data_dir.rglob("*") if p.is_file() and "sqlite3" in p.name]
    assert len(files) >= 2
    raw = b"".join(p.read_bytes() for p in files).lower()
    for word in ("xylofoonia", "quarkzand", "zebrapad", "geheimwoordkoraal"):
        assert raw.count(word.encode()) == 0, word
    assert b"blijft" in raw
    assert b"xylofoonia" in outside.read_bytes().lower()  # outside the folder: the teacher's


def test_a_note_typed_in_two_windows_keeps_both_texts(db: Database) -> None:
    """Window A saw version v; window B stored since: A's save merges, never overwrites."""
    [pupil] = _class(db, ("Anna", "Jansen"))
    talk = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=pupil, type_key="ten_minute", date="2026-12-08", start_time="18:30"
        ),
    )
    seen_by_a = NotesSeen.of(talk)
    seen_by_b = NotesSeen.of(talk)
    db.run(talks.save_notes, talk.id, shared="B: rapport besproken", private="", seen=seen_by_b)

    # A changed only the private note: B's shared note stays, A's private note is stored.
    saved = db.run(talks.save_notes, talk.id, shared="", private="A: privé", seen=seen_by_a)
    assert saved.merged == ()
    assert (saved.talk.shared_notes, saved.talk.private_notes) == (
        "B: rapport besproken",
        "A: privé",
    )
    # Both changed the shared note: both texts are kept, and the field is reported.
    saved = db.run(
        talks.save_notes, talk.id, shared="A: huiswerk", private="A: privé", seen=seen_by_a
    )
    assert saved.merged == ("shared_notes",)
    shared = saved.talk.shared_notes
    assert shared.startswith("A: huiswerk") and shared.endswith("B: rapport besproken")
    assert "ander venster" in shared
    assert saved.talk.version > talk.version


def test_a_preparation_saved_from_an_old_window_is_merged(db: Database) -> None:
    [pupil] = _class(db, ("Anna", "Jansen"))
    talk = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=pupil, type_key="ten_minute", date="2026-12-08", start_time="18:30"
        ),
    )
    first = db.run(
        preparation.autosave,
        talk.id,
        form=preparation.PreparationInput(key_message="Begin", own_questions=["Hoe gaat het?"]),
    )
    seen = first.preparation
    other = seen.as_input()
    other.key_message = "Begin. Van B."
    other.own_questions = ["Hoe gaat het?", "Slaapt ze goed?"]
    db.run(preparation.autosave, talk.id, form=other, seen_form=seen)
    mine = seen.as_input()
    mine.classroom_actions = "Van A: extra leestijd"
    mine.own_questions = ["Hoe gaat het?", "Leest ze thuis?"]
    result = db.run(preparation.autosave, talk.id, form=mine, seen_form=seen)
    stored = result.preparation
    assert stored.key_message == "Begin. Van B."  # A did not touch it: B's text stays
    assert stored.classroom_actions == "Van A: extra leestijd"
    assert stored.own_questions == ("Hoe gaat het?", "Leest ze thuis?", "Slaapt ze goed?")
    assert result.merged == ("own_questions",) and result.moved_on
