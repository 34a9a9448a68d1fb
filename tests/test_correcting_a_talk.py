"""After the talk: reopen it, correct what goes to the parents, edit and delete agreements.

Driven through the pupil's history window with clicks and key presses; Qt's own buttons in
the dialogs read Dutch; every result is read back through a second connection.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import Keyboard, context_for, reader, when_dialog_opens

from parentconv.clock import FixedClock
from parentconv.services import agreements, people, talks
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database
from parentconv_ui.history.pupil_history import PupilHistoryWindow
from parentconv_ui.main.main_window import MainWindow

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(9, 0)))


@pytest.fixture
def held(db: Database) -> dict[str, int]:
    """Zoë's talk of last night, held, with a typo in the shared note and one agreement."""
    group = db.run(people.create_group, name="Groep 5", school_year="2026-2027").id
    pupil = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name="Zoë", infix="de", family_name="Vries"),
    ).id
    db.run(people.create_carer, data=CarerInput(name="Anouk de Vries", pupil_ids=[pupil]))
    talk = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=pupil, type_key="ten_minute", date="2026-11-24", start_time="18:30"
        ),
    ).id
    db.run(talks.set_notes, talk, shared="Zoë leest vlot en met plezeir.", private="")
    db.run(talks.set_status, talk, "held")
    agreement = db.run(
        agreements.create_agreement,
        pupil_id=pupil,
        text="Elke dag lezen",
        owner="parents",
        talk_id=talk,
        due_on=dt.date(2026, 12, 1),
    ).id
    return {"pupil": pupil, "talk": talk, "agreement": agreement}


def open_history(qtbot: QtBot, db: Database, pupil: int) -> tuple[MainWindow, PupilHistoryWindow]:
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    main.select_pupil(pupil)
    qtbot.mouseClick(main.panel.history_button, Qt.MouseButton.LeftButton)
    window = main.histories[pupil]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return main, window


def button_texts(dialog: QWidget) -> set[str]:
    return {
        b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton) if b.isVisible()
    }


def click_button(dialog: QWidget, text: str) -> None:
    button = next(
        b for b in dialog.findChildren(QAbstractButton) if b.text().replace("&", "") == text
    )
    QApplication.processEvents()
    button.click()


def test_correct_the_shared_note_of_a_held_talk_and_the_history_keeps_the_old_text(
    qtbot: QtBot, db: Database, data_dir: Path, held: dict[str, int]
) -> None:
    main, window = open_history(qtbot, db, held["pupil"])
    assert window.timeline.count() == 1
    rect = window.timeline.visualItemRect(window.timeline.item(0))
    qtbot.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.notes_button.isEnabled()
    qtbot.mouseClick(window.notes_button, Qt.MouseButton.LeftButton)

    preparation = main.preparations[held["talk"]]
    qtbot.addWidget(preparation)
    qtbot.waitUntil(preparation.isVisible)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preparation)
    note = preparation.shared_note
    assert note.toPlainText() == "Zoë leest vlot en met plezeir."
    qtbot.mouseClick(note.viewport(), Qt.MouseButton.LeftButton)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    keys.press(Qt.Key.Key_Backspace, times=4)
    keys.type("ier.")

    check = reader(data_dir)
    qtbot.waitUntil(
        lambda: (
            check.run(talks.get_talk, held["talk"]).shared_notes == "Zoë leest vlot en met plezier."
        ),
        timeout=5000,
    )
    # The talk stays held, and its record in the history shows the correction and the old text.
    assert check.run(talks.get_talk, held["talk"]).status == "held"
    qtbot.waitUntil(lambda: "Verbeterd na het gesprek" in window.record.toPlainText())
    assert "plezeir" in window.record.toPlainText()
    assert "met plezier." in window.record.toPlainText()


def test_reopen_a_held_talk_from_the_history_with_dutch_buttons(
    qtbot: QtBot, db: Database, data_dir: Path, held: dict[str, int]
) -> None:
    _main, window = open_history(qtbot, db, held["pupil"])
    window.timeline.setFocus()
    assert window.reopen_button.isEnabled()
    seen: list[set[str]] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(button_texts(dialog))
        click_button(dialog, "Ja")

    when_dialog_opens(qtbot, answer)
    qtbot.mouseClick(window.reopen_button, Qt.MouseButton.LeftButton)
    assert seen == [{"Ja", "Nee"}]  # Qt's own words, in Dutch
    assert reader(data_dir).run(talks.get_talk, held["talk"]).status == "planned"
    qtbot.waitUntil(lambda: "gepland" in window.timeline.item(0).text())


def test_edit_an_agreement_text_owner_and_date_then_delete_it(
    qtbot: QtBot, db: Database, data_dir: Path, held: dict[str, int]
) -> None:
    _main, window = open_history(qtbot, db, held["pupil"])
    keys = Keyboard(qtbot)
    window.activateWindow()
    window.tabs.setFocus()
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "&Afspraken"
    assert window.tabs.currentIndex() == 1
    assert window.agreement_list.count() == 1
    seen: list[set[str]] = []

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        seen.append(button_texts(dialog))
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text_edit)  # type: ignore[attr-defined]
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type("Elke dag twintig minuten samen lezen")
        keys.tab()  # to "Wie doet het"
        keys.press(Qt.Key.Key_Up)  # from "ouders" to the one above it
        keys.tab()  # to the date
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type("15-12-2026")
        keys.enter()

    when_dialog_opens(qtbot, edit)
    qtbot.mouseClick(window.edit_button, Qt.MouseButton.LeftButton)
    assert seen and {"OK", "Annuleren"} <= seen[0]
    check = reader(data_dir)
    edited = check.run(agreements.get_agreement, held["agreement"])
    assert edited.text == "Elke dag twintig minuten samen lezen"
    assert edited.owner != "parents"
    assert edited.due_on == dt.date(2026, 12, 15)
    qtbot.waitUntil(lambda: "Elke dag lezen" in window.trail.toPlainText())  # the old wording

    def delete(dialog: QWidget) -> None:
        seen.append(button_texts(dialog))
        click_button(dialog, "Ja")

    when_dialog_opens(qtbot, delete)
    qtbot.mouseClick(window.delete_button, Qt.MouseButton.LeftButton)
    assert {"Ja", "Annuleren"} <= seen[-1]
    assert (
        check.run(agreements.agreements_of, held["pupil"], show="all", owner=None, today=TODAY)
        == []
    )
    qtbot.waitUntil(lambda: window.agreement_list.count() == 0)


def test_a_bad_date_in_the_agreement_dialog_is_shown_and_keeps_the_text(
    qtbot: QtBot, db: Database, data_dir: Path, held: dict[str, int]
) -> None:
    _main, window = open_history(qtbot, db, held["pupil"])
    window.tabs.setCurrentIndex(1)
    keys = Keyboard(qtbot)
    messages: list[str] = []

    def edit(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text_edit)  # type: ignore[attr-defined]
        keys.type(" en voorlezen")  # the cursor waits at the end
        keys.tab(2)
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type("31-02-2026")
        keys.enter()
        assert dialog.isVisible()  # refused, still open with everything typed
        messages.append(dialog.due_error.text())  # type: ignore[attr-defined]
        assert dialog.text_edit.toPlainText() == "Elke dag lezen en voorlezen"  # type: ignore[attr-defined]
        dialog.reject()  # type: ignore[attr-defined]

    when_dialog_opens(qtbot, edit)
    qtbot.mouseClick(window.edit_button, Qt.MouseButton.LeftButton)
    assert messages and messages[0].strip()
    unchanged = reader(data_dir).run(agreements.get_agreement, held["agreement"])
    assert unchanged.text == "Elke dag lezen" and unchanged.due_on == dt.date(2026, 12, 1)
