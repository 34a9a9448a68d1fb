"""The handover file (overdracht): the groep-5 teacher exports a group on their laptop, the
groep-6 teacher reads it in on theirs. What goes along, what never does (private notes,
reflections, preparations), a second import, broken files, the command line and the dialog."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from test_accessibility import inputs_of, spoken_name
from test_window_sizes import FREE, minimum
from uihelpers import Keyboard, context_for, reader, when_dialog_opens

from parentconv.clock import FixedClock
from parentconv.errors import ValidationError
from parentconv.services import agreements, people, preparation, talks
from parentconv.services.handover import (
    MATCH,
    NEW,
    apply_handover,
    export_handover,
    plan_handover,
)
from parentconv.services.handover_file import read_handover
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database
from parentconv.store.models import Pupil, Talk
from parentconv_ui import launcher
from parentconv_ui.main.handover_dialog import HandoverDialog
from parentconv_ui.main.main_window import MainWindow

NOW = dt.datetime(2026, 11, 23, 15, 30)
PRIVATE = "PRIVÉ: moeder huilde, zorgen over thuis"
REFLECTION = "REFLECTIE: volgende keer eerder de kwaliteiten noemen"
WENT_WELL = "GOED-GEGAAN: rustig doorgevraagd"
PREPARED = "VOORBEREID: kernboodschap over lezen"
SHARED = "Şükrü leest elke dag een kwartier; thuis lezen ze samen."


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    """The groep-5 teacher's laptop: three pupils (Turkish, Arabic and Vietnamese names), two
    siblings sharing their mother, a held talk with notes of every kind, agreements with a
    history, and one pupil who left."""
    db = Database(tmp_path / "groep5" / "oudergesprek.sqlite3", clock=FixedClock(NOW))
    group = db.run(people.create_group, name="Groep 5", school_year="2026-2027").id
    ids = {}
    for given, family, born in (
        ("Şükrü", "Yılmaz", "2018-03-14"),
        ("محمد", "Al-Amin", "2018-05-02"),
        ("Nguyễn", "Thị Mai", "2017-12-30"),
    ):
        ids[given] = db.run(
            people.create_pupil,
            group_id=group,
            data=PupilInput(given_name=given, family_name=family, date_of_birth=born),
        ).id
    db.run(people.set_parents_told, ids["Şükrü"], "Hij houdt van duiven.")
    elif_id = db.run(
        people.create_carer,
        data=CarerInput(
            name="Elif Yılmaz",
            relation="moeder",
            language="Turks",
            interpreter_needed=True,
            email="elif@example.com",
            notes="Tolk Turks minstens een week vooraf aanvragen.",
            pupil_ids=[ids["Şükrü"], ids["محمد"]],
        ),
    ).id
    db.run(people.create_carer, data=CarerInput(name="أحمد Al-Amin", pupil_ids=[ids["محمد"]]))
    talk = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=ids["Şükrü"],
            type_key="start",
            date="2026-09-14",
            start_time="15:00",
            carer_ids=[elif_id],
            other_participants="broer Emre",
        ),
    ).id
    db.run(preparation.save_preparation, talk, preparation.PreparationInput(key_message=PREPARED))
    db.run(talks.set_status, talk, "held")
    db.run(talks.set_notes, talk, shared=SHARED, private=PRIVATE)
    db.run(
        talks.set_reflection,
        talk,
        goal_achieved="yes",
        two_way=True,
        next_time=REFLECTION,
        went_well=WENT_WELL,
    )
    agreement = db.run(
        agreements.create_agreement,
        pupil_id=ids["Şükrü"],
        text="Elke dag 15 minuten lezen",
        owner="parents",
        talk_id=talk,
        due_on=dt.date(2026, 11, 1),
    ).id
    db.run(agreements.change_status, agreement, status="done", note="Lukt goed", talk_id=talk)
    db.run(
        agreements.create_agreement,
        pupil_id=ids["محمد"],
        text="Juf stuurt elke vrijdag een foto van het werk",
        owner="school",
    )
    db.run(
        people.update_pupil,
        ids["Nguyễn"],
        data=PupilInput(
            given_name="Nguyễn",
            family_name="Thị Mai",
            date_of_birth="2017-12-30",
            left_on="2026-10-31",
        ),
    )
    with db.session() as s:  # the administration's numbers come from the class-list import
        s.get_one(Pupil, ids["Şükrü"]).number = "1001"
        s.get_one(Talk, talk).reply = "coming"
    db.__dict__["ids"] = {**ids, "group": group, "talk": talk}
    yield db
    db.close()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Database]:
    """The groep-6 teacher's laptop, empty."""
    db = Database(tmp_path / "groep6" / "oudergesprek.sqlite3", clock=FixedClock(NOW))
    yield db
    db.close()


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {
            t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in (
                "groups",
                "pupils",
                "carers",
                "pupil_carers",
                "talks",
                "talk_carers",
                "agreements",
                "agreement_status_changes",
            )
        }
    finally:
        con.close()


def handover_bytes(source: Database) -> bytes:
    return source.run(export_handover, source.__dict__["ids"]["group"])


# --- the file and the import ------------------------------------------------------------------


def test_the_group_arrives_on_the_next_laptop_without_the_teachers_own_notes(
    source: Database, target: Database
) -> None:
    data = handover_bytes(source)
    for secret in (PRIVATE, REFLECTION, WENT_WELL, PREPARED):
        assert secret.encode("utf-8") not in data
    assert SHARED.encode("utf-8") in data and "محمد".encode() in data  # not \\u escapes
    document = json.loads(data)
    assert (document["format"], document["version"]) == ("oudergesprek-overdracht", 1)
    assert document["group"] == {"name": "Groep 5", "school_year": "2026-2027"}

    file = read_handover(data)
    plan = target.run(plan_handover, file, group_name="Groep 6", school_year="2027-2028")
    assert [(p.name, p.action) for p in plan.pupils] == [
        ("Şükrü Yılmaz", NEW),
        ("محمد Al-Amin", NEW),
        ("Nguyễn Thị Mai", NEW),
    ]
    assert (plan.new_talks, plan.new_agreements, plan.new_carers) == (1, 2, 2)
    assert counts(target.path)["pupils"] == 0  # the plan wrote nothing
    outcome = target.run(apply_handover, file, group_name="Groep 6", school_year="2027-2028")
    assert (outcome.new_pupils, outcome.new_talks, outcome.new_agreements) == (3, 1, 2)

    again = reader(target.path.parent)  # a new connection: what was really stored
    try:
        groups = again.run(people.list_groups)
        assert [(g.name, g.school_year, g.pupil_count) for g in groups] == [
            ("Groep 6", "2027-2028", 3)
        ]
        pupils = {p.given_name: p for p in again.run(people.list_pupils)}
        sukru, mohammed, mai = pupils["Şükrü"], pupils["محمد"], pupils["Nguyễn"]
        assert sukru.name == "Şükrü Yılmaz" and mohammed.name == "محمد Al-Amin"
        assert sukru.date_of_birth == dt.date(2018, 3, 14)
        assert sukru.parents_told == "Hij houdt van duiven."
        assert mai.left_on == dt.date(2026, 10, 31)
        mother = next(c for c in again.run(people.carers_of, sukru.id))
        assert (mother.name, mother.language, mother.interpreter_needed) == (
            "Elif Yılmaz",
            "Turks",
            True,
        )
        assert mother.notes.startswith("Tolk Turks")
        assert set(mother.pupil_ids) == {sukru.id, mohammed.id}  # still one mother of two
        assert {c.name for c in again.run(people.carers_of, mohammed.id)} == {
            "Elif Yılmaz",
            "أحمد Al-Amin",
        }
        (talk,) = again.run(talks.list_talks, pupil_id=sukru.id)
        assert (talk.type_key, talk.status, talk.starts_at) == (
            "start",
            "held",
            dt.datetime(2026, 9, 14, 15, 0),
        )
        assert talk.shared_notes == SHARED and talk.other_participants == "broer Emre"
        assert talk.private_notes == "" and talk.next_time == "" and talk.goal_achieved is None
        assert talk.carer_ids == (mother.id,) and talk.reply == "coming"
        (made,) = again.run(agreements.agreements_of, sukru.id)
        assert (made.text, made.status, made.talk_id) == (
            "Elke dag 15 minuten lezen",
            "done",
            talk.id,
        )
        assert [(h.kind, h.status, h.note, h.talk_id) for h in made.history] == [
            ("made", "open", "", talk.id),
            ("", "done", "Lukt goed", talk.id),
        ]
    finally:
        again.close()
    with sqlite3.connect(target.path) as con:
        assert con.execute("SELECT COUNT(*) FROM preparations").fetchone()[0] == 0
        assert con.execute("SELECT COUNT(*) FROM talk_revisions").fetchone()[0] == 0


def test_a_second_import_adds_nothing_and_a_known_pupil_stays_in_their_group(
    source: Database, target: Database
) -> None:
    # The groep-6 teacher already read in the administration's class list: Şükrü by number.
    group6 = target.run(people.create_group, name="Groep 6", school_year="2027-2028").id
    known = target.run(
        people.create_pupil,
        group_id=group6,
        data=PupilInput(given_name="Sukru", family_name="Yilmaz"),
    ).id
    with target.session() as s:
        s.get_one(Pupil, known).number = "1001"
    file = read_handover(handover_bytes(source))
    plan = target.run(plan_handover, file)  # the file's own group: Groep 5 (2026-2027)
    sukru = plan.pupils[0]
    assert (sukru.action, sukru.pupil_id, sukru.group) == (MATCH, known, "Groep 6 (2027-2028)")
    assert "geboortedatum" in sukru.filled and len(sukru.new_talks) == 1
    target.run(apply_handover, file)
    first = counts(target.path)
    assert first["pupils"] == 3 and first["groups"] == 2  # two new pupils in Groep 5
    assert target.run(people.get_pupil, known).group_id == group6

    again = target.run(plan_handover, file)
    assert not again.changes_anything
    assert [p.action for p in again.pupils] == [MATCH, MATCH, MATCH]
    target.run(apply_handover, file)
    assert counts(target.path) == first


def _broken_files(good: bytes) -> dict[str, tuple[bytes, str]]:
    document = json.loads(good)
    newer = {**document, "version": 2}
    wrong = {**document, "format": "oudergesprek-inzage"}
    bad_date = json.loads(good)
    bad_date["pupils"][0]["talks"][0]["starts_at"] = "14-09-2026"
    half_char = json.loads(good)
    half_char["pupils"][1]["given_name"] = "\ud800"
    unknown_type = json.loads(good)
    unknown_type["pupils"][0]["talks"][0]["type"] = "koffie"
    return {
        "truncated": (good[: len(good) // 2], "niet helemaal overgekomen"),
        "not a text": (b"\x89PNG\r\n\x1a\n\x00\x00", "geen overdrachtsbestand"),
        "wrong format": (json.dumps(wrong).encode(), "geen overdrachtsbestand van Oudergesprek"),
        "newer version": (json.dumps(newer).encode(), "nieuwere versie van Oudergesprek"),
        "bad date": (json.dumps(bad_date).encode(), "leerling 1, gesprek 1: 'starts_at'"),
        "half a character": (json.dumps(half_char).encode(), "onvolledig teken"),
        "unknown talk type": (json.dumps(unknown_type).encode(), "'koffie'"),
    }


def test_a_broken_file_says_what_is_wrong_and_nothing_is_stored(
    source: Database, target: Database
) -> None:
    before = counts(target.path)
    for name, (data, words) in _broken_files(handover_bytes(source)).items():
        with pytest.raises(ValidationError) as caught:
            read_handover(data)
        assert words in caught.value.message, name
        assert "Traceback" not in caught.value.message
    assert counts(target.path) == before


def test_a_bad_target_group_is_refused_in_plain_words(source: Database, target: Database) -> None:
    file = read_handover(handover_bytes(source))
    with pytest.raises(ValidationError, match="opeenvolgende jaren"):
        target.run(apply_handover, file, school_year="2027")
    with pytest.raises(ValidationError, match="te lang"):
        target.run(plan_handover, file, group_name="x" * 81)
    assert counts(target.path)["pupils"] == 0


# --- the command line ------------------------------------------------------------------------


def cli(*args: str, data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = launcher.main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_exports_previews_and_imports(source: Database, tmp_path: Path) -> None:
    path = tmp_path / "overdracht groep 5.json"
    group = str(source.__dict__["ids"]["group"])
    code, out, err = cli(
        "export-handover", "--group", group, "-o", str(path), data_dir=source.path.parent
    )
    assert (code, err) == (0, "") and "zonder privénotities" in out.casefold()
    assert PRIVATE.encode() not in path.read_bytes()
    assert path.stat().st_mode & 0o077 == 0  # personal data: for the teacher only

    laptop = tmp_path / "groep6"
    move = ("--group", "Groep 6", "--school-year", "2027-2028")
    code, out, _err = cli("import-handover", str(path), *move, "--dry-run", data_dir=laptop)
    assert code == 0 and "Niets opgeslagen (--dry-run)." in out
    assert "Groep 6 (2027-2028): 3 leerlingen, 3 nieuw" in out and "Şükrü Yılmaz: nieuw" in out
    assert counts(laptop / "oudergesprek.sqlite3")["pupils"] == 0
    code, out, _err = cli("import-handover", str(path), *move, data_dir=laptop)
    assert code == 0 and out.rstrip().endswith("Opgeslagen.")
    stored = counts(laptop / "oudergesprek.sqlite3")
    assert (stored["pupils"], stored["talks"], stored["agreements"]) == (3, 1, 2)
    code, out, _err = cli("import-handover", str(path), *move, data_dir=laptop)
    assert code == 0 and "Er was niets toe te voegen." in out
    assert counts(laptop / "oudergesprek.sqlite3") == stored

    broken = tmp_path / "kapot.json"
    broken.write_bytes(path.read_bytes()[:200])
    code, out, err = cli("import-handover", str(broken), data_dir=laptop)
    assert code == 2 and err.count("\n") == 1 and "niet helemaal overgekomen" in err
    assert "Traceback" not in err
    code, out, err = cli("export-handover", "--group", "999", "-o", str(path), data_dir=laptop)
    assert code == 2 and "bestaat niet" in err


# --- the app --------------------------------------------------------------------------------


def menu_action(main: MainWindow, text: str) -> QAction:
    return next(a for a in main.findChildren(QAction) if a.text().replace("&", "") == text)


def test_the_teacher_reads_a_handover_in_through_the_preview(
    qtbot: QtBot, db: Database, source: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "overdracht.json"
    path.write_bytes(handover_bytes(source))
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: dict[str, object] = {}

    def in_the_preview(dialog: QWidget) -> None:
        assert isinstance(dialog, HandoverDialog)
        seen["summary"] = dialog.summary.text()
        least = minimum(dialog)  # fits the smallest laptop screen teachers have (1366×768)
        assert least.width() <= FREE.width() and least.height() <= FREE.height()
        assert dialog.width() <= 1366 and dialog.height() <= 768
        unnamed = [type(w).__name__ for w in inputs_of(dialog) if not spoken_name(w)]
        assert unnamed == []
        keys = Keyboard(qtbot)
        qtbot.waitUntil(lambda: dialog.group_name.hasFocus())
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type("Groep 6")
        keys.tab()
        assert dialog.school_year.hasFocus()
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type("2027-2028")
        keys.tab()  # leaving the field plans again
        qtbot.waitUntil(lambda: "Nieuwe groep: Groep 6 (2027-2028)" in dialog.summary.text())
        seen["rows"] = [dialog.preview.item(r, 1).text() for r in range(dialog.preview.rowCount())]
        focused = set()
        for _ in range(8):  # Tab goes round the dialog, never stuck in the table
            keys.tab()
            focused.add(QApplication.focusWidget())
        assert {dialog.import_button, dialog.group_name, dialog.school_year} <= focused
        assert counts(db.path)["pupils"] == 0  # nothing before "Inlezen"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, in_the_preview)
    menu_action(main, "Overdracht inlezen…").trigger()
    assert "3 leerlingen: 3 nieuw" in str(seen["summary"])
    assert seen["rows"] == ["nieuw", "nieuw", "nieuw"]
    assert "Overdracht ingelezen in Groep 6 (2027-2028): 3 nieuwe leerlingen" in (
        main.statusBar().currentMessage()
    )
    again = reader(db.path.parent)
    try:
        (group,) = again.run(people.list_groups)
        assert (group.name, group.school_year, group.pupil_count) == ("Groep 6", "2027-2028", 3)
        sukru = next(p for p in again.run(people.list_pupils) if p.given_name == "Şükrü")
        (talk,) = again.run(talks.list_talks, pupil_id=sukru.id)
        assert talk.shared_notes == SHARED and talk.private_notes == ""
    finally:
        again.close()


def test_a_broken_file_in_the_app_is_a_message_and_no_preview(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kapot.json"
    path.write_text('{"format": "oudergesprek-overdracht", "version": 1, "pupils": [', "utf-8")
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    said: list[str] = []

    def read_the_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    when_dialog_opens(qtbot, read_the_message)
    menu_action(main, "Overdracht inlezen…").trigger()
    assert said and "niet helemaal overgekomen" in said[0]
    assert counts(db.path)["groups"] == 0


def test_the_teacher_exports_the_selected_group(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = db.run(people.create_group, name="Groep 5", school_year="2026-2027").id
    pupil = db.run(
        people.create_pupil, group_id=group, data=PupilInput(given_name="Zoë", family_name="Vries")
    ).id
    talk = db.run(
        talks.create_talk,
        data=TalkInput(pupil_id=pupil, type_key="start", date="2026-09-14", start_time="15:00"),
    ).id
    db.run(talks.set_notes, talk, shared="Zoë tekent graag.", private=PRIVATE)
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    main.select_pupil(pupil)
    chosen = tmp_path / "overdracht-groep-5.json"
    asked: list[str] = []

    def save_dialog(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(Path(start).name)
        return str(chosen), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    menu_action(main, "Overdracht maken…").trigger()
    assert asked == ["overdracht-Groep-5-2026-2027.json"]
    data = chosen.read_bytes()
    assert "Zoë tekent graag.".encode() in data and PRIVATE.encode() not in data
    assert read_handover(data).group_name == "Groep 5"
    assert "Overdracht opgeslagen" in main.statusBar().currentMessage()
    QTest.qWait(0)
