"""Invitations, one per household, and the replies typed in: print the evening's letters, enter
three replies (one with questions, one not coming, one asking another moment), and find the
questions in the preparation and talk mode, the slot free in the planner."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from test_evening_screens import an_evening
from uihelpers import Keyboard, context_for, evening_class, reader, tick, when_dialog_opens

from parentconv.cli import main as cli_main
from parentconv.clock import FixedClock
from parentconv.errors import UserFacingError, ValidationError
from parentconv.pdf.invitations import render_evening_invitations
from parentconv.services import evenings, invitations, people, talks
from parentconv.services.invitations import ReplyInput
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.preparation import get_preparation
from parentconv.store.db import Database
from parentconv_ui.main.main_window import MainWindow
from parentconv_ui.printing.preview import PdfPreview

TODAY = dt.date(2026, 11, 24)  # a Tuesday


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(15, 30)))


@pytest.fixture
def school(db: Database) -> dict[str, int]:
    ids = evening_class(db)
    # Daan's parents live apart: his father gets a letter of his own.
    db.run(people.create_carer, data=CarerInput(name="Sanne van den Berg", pupil_ids=[ids["Daan"]]))
    db.run(
        people.create_carer,
        data=CarerInput(name="Joost van den Berg", separate_letter=True, pupil_ids=[ids["Daan"]]),
    )
    # Amira and Amir are sister and brother: one mother, one letter.
    db.run(
        people.create_carer,
        data=CarerInput(name="Leila Haddad", pupil_ids=[ids["Amira"], ids["Amir"]]),
    )
    return ids


def pages_of(data: bytes) -> list[str]:
    return [
        " ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages
    ]


def test_one_letter_per_household_with_every_talk_in_full(
    db: Database, school: dict[str, int]
) -> None:
    an_evening(db, school, "Zoë", "Daan", "Amira", "Amir", "Şükrü")
    letters = pages_of(db.run(render_evening_invitations, TODAY))
    # Zoë's mother; Daan's mother and, apart, his father; Amira and Amir on one; Şükrü's mother.
    assert len(letters) == 5
    zoe, daan_mother, daan_father, siblings, sukru = letters
    assert "Beste Anouk de Vries," in zoe
    assert "Zoë: dinsdag 24 november 2026 om 18.30 uur, 10 minuten." in zoe
    assert "Waar: Lokaal 5." in zoe
    assert "Neem iemand mee die voor u kan vertalen" in zoe
    assert "Wat wilt u bespreken?" in zoe and "Wat moet ik weten over uw kind?" in zoe
    assert "Wij kunnen dan niet. Wel op:" in zoe
    assert "Beste Sanne van den Berg," in daan_mother and "Joost" not in daan_mother
    assert "Beste Joost van den Berg," in daan_father
    assert "Daan: dinsdag 24 november 2026 om 18.40 uur" in daan_father
    assert "Amira en Amir" in siblings
    assert "om 18.50 uur" in siblings and "om 19.00 uur" in siblings
    # Şükrü's mother needs an interpreter for Turkish: the letter says one is arranged.
    assert "Ik regel een tolk Turks" in sukru


def test_a_letter_names_the_child_by_the_whole_roepnaam(
    db: Database, school: dict[str, int]
) -> None:
    mai = db.run(
        people.create_pupil,
        group_id=school["group"],
        data=PupilInput(given_name="Thị Mai", family_name="Nguyễn"),
    ).id
    db.run(people.create_carer, data=CarerInput(name="Trần Thị Hoa", pupil_ids=[mai]))
    an_evening(db, {**school, "Mai": mai}, "Mai")
    [letter] = pages_of(db.run(render_evening_invitations, TODAY))
    assert "Graag praat ik met u over Thị Mai." in letter  # not cut at the first space
    assert "Thị Mai: dinsdag 24 november 2026 om 18.30 uur" in letter


def test_the_command_line_prints_the_invitations_and_says_when_there_is_no_evening(
    db: Database,
    school: dict[str, int],
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    an_evening(db, school, "Zoë", "Mila")
    db.close()
    out = tmp_path / "uitnodigingen.pdf"
    code = cli_main(
        [
            "--data-dir",
            str(data_dir),
            "invitations",
            "--date",
            TODAY.isoformat(),
            "--plain",
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr()
    plain = pages_of(out.read_bytes())
    assert len(plain) == 2  # still one page per household
    assert all("Is Nederlands moeilijk? Neem iemand mee die kan vertalen." in p for p in plain)
    assert all("Vul het strookje in." in p for p in plain)
    code = cli_main(
        [
            "--data-dir",
            str(data_dir),
            "invitations",
            "--date",
            "2026-12-01",
            "-o",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code != 0
    assert "Geen gesprekkenavond op di 1 dec 2026." in capsys.readouterr().err


def test_a_reply_is_refused_with_a_message_when_it_cannot_be_stored(
    db: Database, school: dict[str, int]
) -> None:
    evening_id = an_evening(db, school, "Zoë")
    talk_id = db.run(evenings.get_evening, evening_id).slots[0].talk.id
    with pytest.raises(ValidationError, match="welk moment"):
        db.run(invitations.record_reply, ReplyInput(answer="moved", talk_ids=[talk_id]))
    with pytest.raises(ValidationError, match="Antwoord"):
        db.run(invitations.record_reply, ReplyInput(answer="misschien", talk_ids=[talk_id]))
    db.run(talks.set_status, talk_id, "held")
    with pytest.raises(ValidationError, match="al gevoerd"):
        db.run(invitations.record_reply, ReplyInput(answer="coming", talk_ids=[talk_id]))
    with pytest.raises(UserFacingError):
        db.run(invitations.household_of, talk_id)
    assert db.run(talks.get_talk, talk_id).reply == ""


def open_main(qtbot: QtBot, db: Database) -> MainWindow:
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitActive(main):
        main.activateWindow()
    return main


def reply(
    qtbot: QtBot, main: MainWindow, row: int, answer: str, *, moment: str = "", questions: str = ""
) -> None:
    """Choose the row in Tonight, click "Antwoord invoeren…", fill the strip in as typed."""
    tonight = main.tonight
    tonight.table.selectRow(row)
    done: list[bool] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        keys = Keyboard(qtbot)
        tick(qtbot, dialog.findChild(QWidget, f"reply_{answer}"))
        if moment:
            qtbot.mouseClick(dialog.findChild(QWidget, "replyMoment"), Qt.MouseButton.LeftButton)
            keys.type(moment)
        if questions:
            box = dialog.findChild(QWidget, "replyQuestions")
            qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
            for n, line in enumerate(questions.split("\n")):
                if n:
                    keys.enter()
                keys.type(line)
        save = next(
            b for b in dialog.findChildren(QWidget) if getattr(b, "text", lambda: "")() == "Opslaan"
        )
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        done.append(True)

    when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(tonight.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_invitations_print_and_three_replies_reach_the_preparation_talk_mode_and_planner(
    qtbot: QtBot, db: Database, school: dict[str, int], data_dir: Path
) -> None:
    evening_id = an_evening(db, school, "Zoë", "Şükrü", "Mila")
    main = open_main(qtbot, db)
    tonight = main.tonight

    # 1. Print: one page per household.
    qtbot.mouseClick(tonight.invitations_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PdfPreview) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    preview = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreview) and w.isVisible()
    )
    letters = pages_of(preview.data)
    assert len(letters) == 3 and "Antwoordstrookje – Zoë" in letters[0]
    preview.close()

    # 2. Three replies: Zoë's mother comes and has questions, Şükrü's cannot, Mila's asks
    #    another moment.
    reply(
        qtbot,
        main,
        0,
        "coming",
        questions="Hoe gaat het lezen?\nZoë slaapt slecht sinds de verhuizing",
    )
    reply(qtbot, main, 1, "not_coming")
    reply(qtbot, main, 2, "moved", moment="donderdag na 15.00 uur")

    check = reader(data_dir)
    slots = {s.talk.pupil_name: s for s in check.run(evenings.get_evening, evening_id).slots}
    zoe, sukru, mila = (slots[n].talk for n in ("Zoë de Vries", "Şükrü Yılmaz", "Mila Bakker"))
    assert (zoe.reply, zoe.status) == ("coming", "planned")
    assert list(check.run(get_preparation, zoe.id).parent_questions) == [
        "Hoe gaat het lezen?",
        "Zoë slaapt slecht sinds de verhuizing",
    ]
    assert (sukru.reply, sukru.status, sukru.cancel_reason) == (
        "not_coming",
        "cancelled",
        "not_coming",
    )
    assert (mila.reply, mila.reply_note, mila.status) == (
        "moved",
        "donderdag na 15.00 uur",
        "planned",
    )
    notes = [c.message for c in check.run(evenings.get_evening, evening_id).conflicts]
    assert "18:40 is vrij: Şükrü Yılmaz komt niet (antwoord op de uitnodiging)." in notes
    assert any("Mila Bakker" in n and "donderdag na 15.00 uur" in n for n in notes)
    qtbot.waitUntil(lambda: tonight.table.item(1, 4).text() == "komt niet")
    assert tonight.table.item(0, 4).text() == "gepland\nkomt"
    assert tonight.table.item(2, 4).text() == "gepland\nander moment gevraagd"
    check.close()

    # 3. The questions are in the preparation and in talk mode; the planner shows the free slot.
    preparation = main.open_preparation(zoe.id)
    qtbot.addWidget(preparation)
    qtbot.waitUntil(preparation.isVisible)
    assert preparation.parent_questions.toPlainText() == (
        "Hoe gaat het lezen?\nZoë slaapt slecht sinds de verhuizing"
    )
    preparation.close()
    mode = main.start_talk(zoe.id)
    assert mode is not None
    qtbot.addWidget(mode)
    qtbot.waitUntil(mode.isVisible)
    assert "Vragen van ouders: Hoe gaat het lezen? · Zoë slaapt slecht" in mode.focus_label.text()
    mode.close()
    main.tabs.setCurrentWidget(main.planner)
    qtbot.waitUntil(lambda: "is vrij" in main.planner.conflicts.text())
    assert re.search(r"donderdag na 15\.00 uur", main.planner.conflicts.text())
