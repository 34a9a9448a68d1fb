"""One whole parents' evening, walked by keyboard only, on the school laptop's 1366×768 screen.

The teacher plans the evening (date, time, room, a break), adds six pupils by typing part of
their names, moves one talk, saves the .ics, holds three talks from the Vanavond tab (one
no-show taken back with Ctrl+Z), corrects a note and an agreement afterwards, and saves all
parents' copies as one PDF. Every step is a key press into whatever has the focus; what was
stored is read back through a second connection, the files from disk.

The only things done without a key: showing the main window at the laptop's size, waiting for
the autosave timers, and what a window manager does by itself. The offscreen platform has no
window manager, so when a dialog or window closes nothing gets the focus back; the test then
gives it to the window a desktop would (no key press), and a switch between windows is the
window manager's Alt+Tab (counted as one key press). Qt's own save dialog is used as it comes
(offscreen has no native one): the file name is typed into it.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import Keyboard, context_for, evening_class, reader, when_dialog_opens

from parentconv.clock import FixedClock
from parentconv.services import agreements, evenings, talks
from parentconv.store.db import Database
from parentconv_ui.main.main_window import MainWindow

TODAY = dt.date(2026, 11, 24)  # a Tuesday
MEASURED_PRESSES = 391  # measured for the walk as written (offscreen, Qt 6.11)
PRESS_CEILING = int(MEASURED_PRESSES * 1.2)  # room for small changes; a new step shows


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(15, 30)))


@pytest.fixture
def school(db: Database) -> dict[str, int]:
    return evening_class(db)


# --- what the walk needs besides the Keyboard of uihelpers --------------------------------------


def shift_tab_until(kb: Keyboard, widget: QWidget, limit: int = 40) -> None:
    """Press Shift+Tab until ``widget`` has the focus (the short way back in a long form)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        kb.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    raise AssertionError(f"Shift+Tab never reached {widget.objectName() or widget}")


def window_manager_activates(qtbot: QtBot, window: QWidget) -> None:
    """What a desktop does by itself when a dialog or window closes: the one below it gets the
    focus back. Offscreen (and a bare X server) has no window manager; this is no key press."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def alt_tab(kb: Keyboard, qtbot: QtBot, window: QWidget) -> None:
    """The teacher switches windows: the window manager's Alt+Tab, one key press."""
    kb.presses += 1
    window_manager_activates(qtbot, window)


def type_file_name(kb: Keyboard, name: str, seen: list[str]) -> Callable[[QWidget], None]:
    """Answer Qt's save dialog as a person does: select the suggested name, type one, Enter."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.directory().absolutePath())
        kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        kb.type(name)
        kb.enter()

    return answer


def slot_names(db: Database, evening_id: int) -> list[str]:
    return [s.talk.pupil_name for s in db.run(evenings.get_evening, evening_id).slots]


# --- the walk -----------------------------------------------------------------------------------


def test_a_whole_evening_by_keyboard_on_the_school_laptop(
    qtbot: QtBot, db: Database, school: dict[str, int], data_dir: Path
) -> None:
    from icalendar import Calendar
    from pypdf import PdfReader

    home = Path(os.environ["HOME"])  # a temporary folder (conftest): the dialogs open there
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.resize(1366, 728)  # the laptop's screen less its task bar
    main.show()
    with qtbot.waitActive(main):
        main.activateWindow()
    kb = Keyboard(qtbot)
    check = reader(data_dir)
    planner, tonight = main.planner, main.tonight

    # 1. A new evening: Alt+G, Tab to "Nieuwe avond", Space; the date field has the cursor.
    kb.press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert main.tabs.currentWidget() is planner
    kb.focus_until(planner.new_button)
    kb.press(Qt.Key.Key_Space)
    assert QApplication.focusWidget() is planner.date_edit
    kb.type("24-11-2026")  # replaces the suggested date, which is selected
    kb.tab()  # Tab selects what the field holds: typing replaces it
    kb.type("18:45")
    kb.tab(2)  # past "Eindtijd" (may stay empty)
    kb.type("Lokaal 12")
    kb.focus_until(planner.break_every_spin)  # past the length of a talk and the gap
    kb.type("3")  # a break after every three talks …
    kb.tab()
    kb.type("10")  # … of ten minutes
    assert planner.view is not None
    evening_id = planner.view.id

    def stored_settings() -> bool:
        stored = check.run(evenings.get_evening, evening_id)
        return stored.break_minutes == 10 and stored.location == "Lokaal 12"

    qtbot.waitUntil(stored_settings, timeout=3000)  # stored by itself, no Enter, no button
    stored = check.run(evenings.get_evening, evening_id)
    assert stored.starts_at == dt.datetime(2026, 11, 24, 18, 45)
    assert (stored.break_every, stored.break_minutes, stored.slot_minutes) == (3, 10, 10)

    # 2. Six pupils by part of the name, accents left out; "ami" matches Amir and Amira.
    kb.focus_until(planner.pupil_picker)
    for typed, downs in (
        ("sukru", 1),
        ("zoe", 1),
        ("nguyen", 1),
        ("daan", 1),
        ("ami", 2),  # Amir Bos first, Amira Haddad second: down, down
        ("mila", 1),
    ):
        kb.type(typed)
        kb.press(Qt.Key.Key_Down, times=downs)
        kb.enter()
        assert QApplication.focusWidget() is planner.pupil_picker  # ready for the next one
    qtbot.waitUntil(lambda: len(check.run(evenings.get_evening, evening_id).slots) == 6)
    stored = check.run(evenings.get_evening, evening_id)
    assert [s.talk.pupil_id for s in stored.slots] == [
        school[name] for name in ("Şükrü", "Zoë", "Nguyễn", "Daan", "Amira", "Mila")
    ]
    assert school["Amir"] not in [s.talk.pupil_id for s in stored.slots]
    # The break falls after the third talk.
    assert [f"{s.starts_at:%H:%M}" for s in stored.slots] == [
        "18:45",
        "18:55",
        "19:05",
        "19:25",
        "19:35",
        "19:45",
    ]

    # 3. Mila (the last one added, still chosen) one place up: Alt+Up in the list.
    kb.focus_until(planner.slot_list)
    assert planner.slot_list.currentRow() == 5
    kb.press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    order = ["Şükrü Yılmaz", "Zoë de Vries", "Nguyễn Thị Mai", "Daan van den Berg"]
    assert slot_names(check, evening_id) == [*order, "Mila Bakker", "Amira Haddad"]
    assert planner.slot_list.currentRow() == 4

    # 4. The .ics through the button and Qt's save dialog, a file name typed into it.
    kb.focus_until(planner.ics_button)
    folders: list[str] = []
    when_dialog_opens(qtbot, type_file_name(kb, "avond-24-november.ics", folders))
    kb.press(Qt.Key.Key_Space)
    ics = home / "avond-24-november.ics"
    qtbot.waitUntil(ics.exists, timeout=5000)
    assert Path(folders[0]) == home  # no documents folder in the test home: the home itself
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert len(events) == 6
    assert [str(e["summary"]) for e in events][-2:] == [
        "Tienminutengesprek: Mila Bakker",
        "Tienminutengesprek: Amira Haddad",
    ]
    assert all("Lokaal 12" in str(e.get("location", "")) for e in events)
    window_manager_activates(qtbot, main)

    # 5. Tonight: Alt+V, Enter on the first row starts the talk with Şükrü.
    kb.press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert main.tabs.currentWidget() is tonight
    assert tonight.title.text().startswith("Vanavond · 18:45")
    assert QApplication.focusWidget() is tonight.table
    talk_ids = [s.talk.id for s in check.run(evenings.get_evening, evening_id).slots]
    assert tonight.current_talk_id() == talk_ids[0]
    kb.enter()
    qtbot.waitUntil(lambda: len(main.talk_windows) == 1)
    mode = main.talk_windows[0]
    qtbot.addWidget(mode)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    assert mode.pupil_label.text() == "Şükrü Yılmaz"
    assert mode.width() <= 1366 and mode.height() <= 768
    assert QApplication.focusWidget() is mode.pause_button
    kb.press(Qt.Key.Key_Space)  # the clock starts
    assert mode.stopwatch.running and "Pauze" in mode.pause_button.text()
    # An agreement: text, Tab, who, Tab, date, Enter ("Typ, Tab, kies wie, Tab, datum, Enter").
    shift_tab_until(kb, mode.agreement_text)
    kb.type("Elke avond samen een bladzijde lezen")
    kb.tab()
    kb.press(Qt.Key.Key_Down)  # school -> ouders
    kb.tab()
    kb.type("15-12-2026")
    kb.enter()
    assert mode.made_list.count() == 1 and not mode.agreement_error.isVisible()
    shift_tab_until(kb, mode.shared_note)
    kb.type("Şükrü leest steeds beter.")
    kb.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # "Gesprek klaar"
    assert mode.stack.currentIndex() == 1  # the reflection, its first answer has the focus
    kb.press(Qt.Key.Key_Space)  # goal reached: ja
    kb.tab()
    kb.press(Qt.Key.Key_Space)  # two-way: ja
    kb.tab()
    kb.type("Rustig begonnen")  # what went well; Enter goes on to "next time"
    kb.enter()
    kb.type("Volgende keer: rekenen")
    kb.enter()  # "Opslaan en verder"
    first = check.run(talks.get_talk, talk_ids[0])
    assert first.status == "held" and first.shared_notes == "Şükrü leest steeds beter."
    assert (first.goal_achieved, first.two_way, first.went_well, first.next_time) == (
        "yes",
        True,
        "Rustig begonnen",
        "Volgende keer: rekenen",
    )
    made = [
        a
        for a in check.run(
            agreements.agreements_of, school["Şükrü"], show="all", owner=None, today=TODAY
        )
        if a.id != school["old_agreement"]
    ]
    assert [(a.text, a.owner, a.due_on) for a in made] == [
        ("Elke avond samen een bladzijde lezen", "parents", dt.date(2026, 12, 15))
    ]

    # Talk 2: Zoë does not come … and then she does: Ctrl+Z takes the no-show back.
    assert mode.pupil_label.text() == "Zoë de Vries" and mode.undo_bar.isVisible()
    assert QApplication.focusWidget() is mode.shared_note  # the next talk is ready to type in
    kb.focus_until(mode.no_show_button)
    kb.press(Qt.Key.Key_Space)
    assert check.run(talks.get_talk, talk_ids[1]).cancel_reason == "no_show"
    assert mode.pupil_label.text() == "Nguyễn Thị Mai"
    assert "Zoë de Vries: niet verschenen" in mode.undo_label.text()
    kb.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert check.run(talks.get_talk, talk_ids[1]).status == "planned"
    assert mode.pupil_label.text() == "Zoë de Vries"
    assert tonight.table.item(1, 4).text() == "gepland"
    kb.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    skip = mode.findChild(QWidget, "skipReflection")
    shift_tab_until(kb, skip)
    kb.press(Qt.Key.Key_Space)
    assert check.run(talks.get_talk, talk_ids[1]).status == "held"

    # Talk 3: Nguyễn, held and finished, the reflection skipped.
    assert mode.pupil_label.text() == "Nguyễn Thị Mai"
    kb.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shift_tab_until(kb, skip)
    kb.press(Qt.Key.Key_Space)
    assert mode.pupil_label.text() == "Daan van den Berg"  # talk mode waits for the next one
    statuses = [check.run(talks.get_talk, t).status for t in talk_ids]
    assert statuses == ["held", "held", "held", "planned", "planned", "planned"]

    # 6. Afterwards: Şükrü's note and agreement corrected from his history.
    alt_tab(kb, qtbot, main)
    kb.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Groep tab, search field
    kb.type("sukru")
    # The first match shows when typing pauses (each key stays quick on a school's store).
    qtbot.waitUntil(lambda: main.current_pupil_id() == school["Şükrü"])
    kb.focus_until(main.panel.history_button)
    kb.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: school["Şükrü"] in main.histories)
    history = main.histories[school["Şükrü"]]
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is history)
    assert history.timeline.currentItem().text().startswith("di 24 nov 2026")  # tonight's
    kb.focus_until(history.notes_button)
    kb.press(Qt.Key.Key_Space)  # "Notities verbeteren…": the preparation, at the notes
    qtbot.waitUntil(lambda: talk_ids[0] in main.preparations)
    preparation = main.preparations[talk_ids[0]]
    qtbot.addWidget(preparation)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preparation)
    assert QApplication.focusWidget() is preparation.shared_note
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type("Şükrü leest steeds beter, ook thuis.")
    qtbot.waitUntil(
        lambda: (
            check.run(talks.get_talk, talk_ids[0]).shared_notes
            == "Şükrü leest steeds beter, ook thuis."
        ),
        timeout=3000,
    )
    assert check.run(talks.get_talk, talk_ids[0]).status == "held"
    kb.press(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # close the preparation
    assert not preparation.isVisible()
    window_manager_activates(qtbot, history)
    qtbot.waitUntil(lambda: "Verbeterd na het gesprek" in history.record.toPlainText())
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "&Afspraken"
    assert history.tabs.currentIndex() == 1
    kb.focus_until(history.agreement_list)
    kb.press(Qt.Key.Key_Down)  # the overdue one of September first, tonight's below it
    assert history.current_agreement is not None and history.current_agreement.id == made[0].id
    kb.focus_until(history.edit_button)

    def reword(dialog: QWidget) -> None:
        kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # the text has the focus
        kb.type("Elke avond samen twee bladzijden lezen")
        kb.tab(2)  # past "Wie doet het" to the date
        kb.enter()

    when_dialog_opens(qtbot, reword)
    kb.press(Qt.Key.Key_Space)  # "Afspraak bewerken…"
    edited = check.run(agreements.get_agreement, made[0].id)
    assert edited.text == "Elke avond samen twee bladzijden lezen"
    assert (edited.owner, edited.due_on) == ("parents", dt.date(2026, 12, 15))
    window_manager_activates(qtbot, history)

    # 7. All parents' copies of tonight in one PDF, from the Vanavond tab, saved to a file.
    alt_tab(kb, qtbot, main)
    kb.press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    kb.focus_until(tonight.all_parents_button)
    kb.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    preview = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    assert preview.windowTitle() == "Verslagen voor ouders – di 24 nov 2026"
    kb.focus_until(preview.save_button)
    when_dialog_opens(qtbot, type_file_name(kb, "verslagen-ouders.pdf", folders))
    kb.press(Qt.Key.Key_Space)
    pdf = home / "verslagen-ouders.pdf"
    qtbot.waitUntil(pdf.exists, timeout=5000)
    window_manager_activates(qtbot, preview)
    kb.press(Qt.Key.Key_Escape)  # close the preview
    assert not preview.isVisible()
    pages = PdfReader(io.BytesIO(pdf.read_bytes())).pages
    texts = [unicodedata.normalize("NFC", p.extract_text()) for p in pages]
    assert len(texts) == 3  # one page per held talk, in the evening's order
    for text, name in zip(texts, ("Şükrü Yılmaz", "Zoë de Vries", "Nguyễn Thị Mai"), strict=True):
        assert name in text
    assert "ook thuis" in texts[0]  # the corrected note …
    assert "twee bladzijden" in texts[0]  # … and the corrected agreement reach the parents
    check.close()

    # 8. How many keys the whole evening took: more means the walk got longer for everyone.
    print(f"key presses: {kb.presses}")
    assert kb.presses <= PRESS_CEILING
