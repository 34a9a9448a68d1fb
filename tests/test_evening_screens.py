"""The evening through the real screens: plan, prepare, hold, undo, print.

Every test drives widgets with key presses and clicks, waits for timers with
``qtbot.waitUntil``, and reads results back through a second connection to the store.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from uihelpers import (
    Keyboard,
    context_for,
    evening_class,
    qt_save_dialog,
    reader,
    when_dialog_opens,
)

from parentconv.clock import FixedClock
from parentconv.services import agreements, evenings, talks
from parentconv.services.evenings import EveningInput
from parentconv.store.db import Database
from parentconv_ui.evening.planner import EveningPlanner
from parentconv_ui.evening.talk_mode import TalkModeWindow
from parentconv_ui.main.main_window import MainWindow

TODAY = dt.date(2026, 11, 24)  # a Tuesday


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(15, 30)))


@pytest.fixture
def school(db: Database) -> dict[str, int]:
    return evening_class(db)


def open_main(qtbot: QtBot, db: Database) -> MainWindow:
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitActive(main):
        main.activateWindow()
    return main


def an_evening(db: Database, school: dict[str, int], *names: str) -> int:
    evening_id = db.run(
        evenings.create_evening,
        data=EveningInput(date=TODAY.isoformat(), start_time="18:30", location="Lokaal 5"),
    ).id
    for name in names:
        db.run(evenings.add_slot, evening_id, pupil_id=school[name])
    return evening_id


# --- the planner ---------------------------------------------------------------------------------


def test_evening_settings_typed_are_stored_and_survive_switching_evenings(
    qtbot: QtBot, db: Database, school: dict[str, int], data_dir: Path
) -> None:
    first = an_evening(db, school, "Zoë", "Daan", "Amira", "Mila")
    db.run(evenings.create_evening, data=EveningInput(date="2026-12-01", start_time="18:30"))
    main = open_main(qtbot, db)
    planner = main.planner
    main.tabs.setCurrentWidget(planner)
    planner.evening_list.setCurrentRow(1)  # the list is newest first: 24 nov is the second
    assert planner.view is not None and planner.view.id == first
    keys = Keyboard(qtbot)
    planner.location_edit.setFocus()
    planner.location_edit.selectAll()
    keys.type("Lokaal 8 (boven)")
    planner.break_every_spin.setFocus()
    planner.break_every_spin.selectAll()
    keys.type("2")
    planner.break_spin.setFocus()
    planner.break_spin.selectAll()
    keys.type("15")
    # No click, no Enter: the settings are stored by themselves shortly after typing.
    check = reader(data_dir)
    qtbot.waitUntil(
        lambda: (
            check.run(evenings.get_evening, first).location == "Lokaal 8 (boven)"
            and check.run(evenings.get_evening, first).break_minutes == 15
        ),
        timeout=3000,
    )
    stored = check.run(evenings.get_evening, first)
    assert stored.break_every == 2
    # A break of 15 minutes after every 2 talks moves the third one.
    assert [f"{s.starts_at:%H:%M}" for s in stored.slots] == ["18:30", "18:40", "19:05", "19:15"]
    # Switch to the other evening and back: what was typed is still there.
    planner.evening_list.setCurrentRow(0)
    planner.evening_list.setCurrentRow(1)
    assert planner.location_edit.text() == "Lokaal 8 (boven)"
    assert "pauze van 15 min" in planner.slot_list.item(2).text()
    check.close()


def test_a_settings_mistake_keeps_the_evening_and_the_text(
    qtbot: QtBot, db: Database, school: dict[str, int], data_dir: Path
) -> None:
    first = an_evening(db, school, "Zoë")
    db.run(evenings.create_evening, data=EveningInput(date="2026-12-01", start_time="18:30"))
    main = open_main(qtbot, db)
    planner = main.planner
    main.tabs.setCurrentWidget(planner)
    planner.evening_list.setCurrentRow(1)
    planner.start_edit.setFocus()
    planner.start_edit.selectAll()
    Keyboard(qtbot).type("25:70")
    qtbot.waitUntil(lambda: planner.errors["start_time"].isVisible(), timeout=3000)
    assert "geen tijd" in planner.errors["start_time"].text()
    planner.evening_list.setCurrentRow(0)  # trying to leave: it stays, with the text
    assert planner.view is not None and planner.view.id == first
    assert planner.start_edit.text() == "25:70"
    check = reader(data_dir)
    assert f"{check.run(evenings.get_evening, first).starts_at:%H:%M}" == "18:30"
    check.close()


def test_adding_pupils_by_typing_part_of_the_name(
    qtbot: QtBot, db: Database, school: dict[str, int], data_dir: Path
) -> None:
    main = open_main(qtbot, db)
    planner = main.planner
    main.tabs.setCurrentWidget(planner)
    qtbot.mouseClick(planner.new_button, Qt.MouseButton.LeftButton)
    assert planner.view is not None and planner.view.date == TODAY
    keys = Keyboard(qtbot)
    planner.pupil_picker.setFocus()
    # "Amira": the list holds Amira only; arrow down and Enter take her, not a stale item.
    keys.type("Amira")
    keys.press(Qt.Key.Key_Down)
    keys.enter()
    # Accents need not be typed; with two matches the arrows choose.
    # "ami" lists Amir Bos, then Amira Haddad: down, down, up comes back to Amir.
    for typed, downs, ups in (
        ("zoe", 1, 0),
        ("sukru", 1, 0),
        ("Nguyen", 1, 0),
        ("ami", 2, 1),
        ("mila", 1, 0),
    ):
        keys.type(typed)
        keys.press(Qt.Key.Key_Down, times=downs)
        if ups:
            keys.press(Qt.Key.Key_Up, times=ups)
        keys.enter()
    qtbot.waitUntil(lambda: len(planner.view.slots) == 6 if planner.view else False)
    names = [s.talk.pupil_name for s in planner.view.slots]
    assert names == [
        "Amira Haddad",
        "Zoë de Vries",
        "Şükrü Yılmaz",
        "Nguyễn Thị Mai",
        "Amir Bos",
        "Mila Bakker",
    ]
    # Enter without choosing, on a unique match, adds it too; an ambiguous one says so.
    keys.type("daan")
    keys.press(Qt.Key.Key_Escape)  # the list closes, the text stays
    keys.enter()
    qtbot.waitUntil(lambda: len(planner.view.slots) == 7 if planner.view else False)
    keys.type("am")
    keys.press(Qt.Key.Key_Escape)
    keys.enter()
    qtbot.waitUntil(lambda: planner.picker_error.isVisible())
    assert "2 leerlingen" in planner.picker_error.text()
    check = reader(data_dir)
    assert len(check.run(evenings.get_evening, planner.view.id).slots) == 7
    check.close()


def test_planner_reorders_with_the_keyboard_and_shows_conflicts(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    evening_id = db.run(
        evenings.create_evening,
        data=EveningInput(date=TODAY.isoformat(), start_time="18:30", end_time="18:45"),
    ).id
    for key in ("Şükrü", "Zoë", "Daan"):
        db.run(evenings.add_slot, evening_id, pupil_id=school[key])
    main = open_main(qtbot, db)
    planner = main.planner
    main.tabs.setCurrentWidget(planner)
    assert "na de eindtijd" in planner.conflicts.text()
    planner.slot_list.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_End)
    keys.press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert planner.view is not None
    assert [s.talk.pupil_name for s in planner.view.slots] == [
        "Şükrü Yılmaz",
        "Daan van den Berg",
        "Zoë de Vries",
    ]
    assert planner.slot_list.currentRow() == 1
    qtbot.mouseClick(planner.own_length, Qt.MouseButton.LeftButton)
    planner.own_length_spin.setFocus()
    planner.own_length_spin.selectAll()
    keys.type("20")
    keys.enter()
    qtbot.waitUntil(
        lambda: (
            [f"{s.starts_at:%H:%M}" for s in planner.view.slots] == ["18:30", "18:40", "19:00"]
            if planner.view
            else False
        )
    )
    planner.slot_list.setFocus()
    keys.press(Qt.Key.Key_Delete)
    assert len(planner.view.slots) == 2


def test_ics_export_from_the_button_through_the_save_dialog(
    qtbot: QtBot,
    db: Database,
    school: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from icalendar import Calendar

    an_evening(db, school, "Zoë", "Şükrü")
    main = open_main(qtbot, db)
    planner = main.planner
    main.tabs.setCurrentWidget(planner)
    seen: dict[str, str] = {}
    target = tmp_path / "agenda"
    target.mkdir()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        seen["name"] = name.text()
        seen["labels"] = " ".join(
            w.text().replace("&", "") for w in dialog.findChildren(QPushButton)
        )
        name.setText(str(target / "mijn-avond.ics"))
        QApplication.processEvents()
        Keyboard(qtbot).enter()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", qt_save_dialog)
    when_dialog_opens(qtbot, fill)
    qtbot.mouseClick(planner.ics_button, Qt.MouseButton.LeftButton)
    written = target / "mijn-avond.ics"
    qtbot.waitUntil(written.exists, timeout=5000)
    assert seen["name"] == "oudergesprekken-2026-11-24.ics"
    assert "Opslaan" in seen["labels"] and "Annuleren" in seen["labels"]  # Qt's own, in Dutch
    events = list(Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == [
        "Tienminutengesprek: Zoë de Vries",
        "Tienminutengesprek: Şükrü Yılmaz",
    ]
    assert str(written) in planner.saved_label.text()


# --- tonight -------------------------------------------------------------------------------------


def test_tonight_is_the_first_screen_on_an_evening_and_says_tomorrow(
    qtbot: QtBot, db: Database, school: dict[str, int], clock: FixedClock
) -> None:
    an_evening(db, school, "Zoë")
    main = open_main(qtbot, db)
    assert main.tabs.currentWidget() is main.tonight
    assert main.tonight.title.text().startswith("Vanavond")
    clock.moment -= dt.timedelta(days=1)  # the day before
    other = MainWindow(context_for(db, "en"))
    qtbot.addWidget(other)
    assert other.tabs.currentIndex() == 0
    assert other.tonight.title.text().startswith("Tomorrow (Tue 24 Nov 2026)")


def test_tonight_table_tab_leaves_it_and_row_buttons_say_for_whom(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    an_evening(db, school, "Zoë", "Şükrü")
    main = open_main(qtbot, db)
    tonight = main.tonight
    tonight.table.setFocus()
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_Down)
    assert tonight.current_slot().talk.pupil_name == "Şükrü Yılmaz"
    assert tonight.start_button.accessibleName() == "Start gesprek met Şükrü Yılmaz"
    keys.tab()
    assert QApplication.focusWidget() is tonight.prepare_button
    headers = [tonight.table.horizontalHeaderItem(i).text() for i in range(7)]
    assert headers[4:6] == ["Status", "Voorbereiding"]
    assert tonight.subtitle.text().endswith("2 gesprekken · 0 voorbereid")


def test_starting_a_talk_planned_for_tomorrow_asks_first(
    qtbot: QtBot, db: Database, school: dict[str, int], clock: FixedClock
) -> None:
    an_evening(db, school, "Zoë")
    clock.moment -= dt.timedelta(days=1)
    main = open_main(qtbot, db)
    talk_id = main.tonight.current_talk_id()
    assert talk_id is not None
    asked: list[str] = []

    def say_no(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        buttons = {b.text().replace("&", ""): b for b in dialog.buttons()}
        assert set(buttons) == {"Ja", "Nee"}  # Qt's own buttons, in Dutch
        buttons["Nee"].click()

    when_dialog_opens(qtbot, say_no)
    qtbot.mouseClick(main.tonight.start_button, Qt.MouseButton.LeftButton)
    assert asked and "di 24 nov 2026" in asked[0] and "niet vandaag" in asked[0]
    assert main.talk_windows == []


# --- talk mode -----------------------------------------------------------------------------------


def start_talk_mode(qtbot: QtBot, main: MainWindow, talk_id: int) -> TalkModeWindow:
    window = main.start_talk(talk_id)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isVisible)  # built at once, shown on the next turn of the loop
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_the_clock_waits_for_the_first_action_then_runs_on_the_monotonic_clock(
    qtbot: QtBot, db: Database, school: dict[str, int], clock: FixedClock, data_dir: Path
) -> None:
    an_evening(db, school, "Zoë")
    main = open_main(qtbot, db)
    talk_id = main.tonight.current_talk_id()
    assert talk_id is not None
    mode = start_talk_mode(qtbot, main, talk_id)
    assert mode.clock.text() == "10:00" and "Start" in mode.pause_button.text()
    clock.advance(30)
    qtbot.wait(600)
    assert mode.clock.text() == "10:00"  # opening the window does not start the talk
    mode.shared_note.setFocus()
    keys = Keyboard(qtbot)
    keys.type("Zoë")  # the first action starts it
    clock.advance(65)
    qtbot.waitUntil(lambda: mode.clock.text() == "8:55", timeout=2000)
    assert mode.phase_label.text().startswith("Delen")  # Afstemmen is 1 minute
    mode.left_scroll.setFocus()
    keys.press(Qt.Key.Key_Space)  # pause
    clock.advance(120)
    qtbot.wait(600)
    assert mode.clock.text() == "8:55"
    keys.press(Qt.Key.Key_Space)
    clock.advance(600)
    qtbot.waitUntil(lambda: mode.clock.text() == "1:05 over tijd", timeout=2000)
    assert "over tijd" in mode.phase_label.text() and "+" not in mode.phase_label.text()
    assert "fde2e0" in mode.clock_frame.styleSheet()
    mode.close()  # closing mid-talk keeps the time and the note
    check = reader(data_dir)
    stored = check.run(talks.get_talk, talk_id)
    assert stored.shared_notes == "Zoë" and stored.elapsed_seconds == 665
    check.close()


def test_undo_a_no_show_in_talk_mode(
    qtbot: QtBot, db: Database, school: dict[str, int], data_dir: Path
) -> None:
    an_evening(db, school, "Zoë", "Şükrü")
    main = open_main(qtbot, db)
    first = main.tonight.current_talk_id()
    assert first is not None
    mode = start_talk_mode(qtbot, main, first)
    qtbot.mouseClick(mode.no_show_button, Qt.MouseButton.LeftButton)
    assert mode.pupil_label.text() == "Şükrü Yılmaz"
    assert mode.undo_bar.isVisible() and "Zoë de Vries: niet verschenen" in mode.undo_label.text()
    assert main.tonight.table.item(0, 4).text() == "niet verschenen"  # no refresh needed
    mode.left_scroll.setFocus()
    Keyboard(qtbot).press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mode.talk_id == first and not mode.undo_bar.isVisible()
    check = reader(data_dir)
    assert check.run(talks.get_talk, first).status == "planned"
    check.close()
    assert main.tonight.table.item(0, 4).text() == "gepland"


def test_a_finished_talk_can_go_back_and_the_parents_copy_prints_from_the_reflection(
    qtbot: QtBot, db: Database, school: dict[str, int], data_dir: Path
) -> None:
    an_evening(db, school, "Zoë", "Şükrü")
    main = open_main(qtbot, db)
    first = main.tonight.current_talk_id()
    assert first is not None
    mode = start_talk_mode(qtbot, main, first)
    mode.shared_note.setFocus()
    Keyboard(qtbot).type("Zoë leest graag.")
    qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    assert mode.stack.currentIndex() == 1
    buttons = [mode.findChild(QWidget, f"achieved_{k}") for k in ("yes", "partly", "no")]
    spread = buttons[-1].geometry().right() - buttons[0].geometry().left()
    assert spread < 500  # the answers sit next to their question
    qtbot.mouseClick(mode.parents_copy_button, Qt.MouseButton.LeftButton)
    preview = main.findChild(QWidget, "pdfView").parent()
    assert preview.windowTitle() == "Verslag voor ouders – Zoë de Vries"
    preview.close()
    qtbot.mouseClick(mode.findChild(QWidget, "backToTalk"), Qt.MouseButton.LeftButton)
    assert mode.stack.currentIndex() == 0 and mode.talk_id == first
    check = reader(data_dir)
    assert check.run(talks.get_talk, first).status == "planned"
    assert check.run(talks.get_talk, first).shared_notes == "Zoë leest graag."
    check.close()


def test_adjust_an_agreement_with_owner_and_date_and_continue_an_overdue_one(
    qtbot: QtBot, db: Database, school: dict[str, int], data_dir: Path
) -> None:
    second = db.run(
        agreements.create_agreement,
        pupil_id=school["Şükrü"],
        text="Tafels oefenen met de app, drie keer per week, en elke vrijdag laten zien hoe ver",
        owner="child",
        due_on=dt.date(2026, 12, 20),
    ).id
    evening_id = an_evening(db, school, "Şükrü")
    talk_id = db.run(evenings.get_evening, evening_id).slots[0].talk.id
    prep = db.run(talks.get_talk, talk_id)
    assert prep.status == "planned"
    from parentconv.services.preparation import PreparationInput, save_preparation

    db.run(
        save_preparation,
        talk_id,
        PreparationInput(review_agreement_ids=[school["old_agreement"], second]),
    )
    main = open_main(qtbot, db)
    mode = start_talk_mode(qtbot, main, talk_id)
    label, _note = mode.review_rows[second]
    assert label.wordWrap()
    assert mode.right_scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert "verlopen" in mode.review_rows[school["old_agreement"]][0].text()

    def adjust(dialog: QWidget) -> None:
        text = dialog.findChild(QPlainTextEdit, "agreementDialogText")
        assert text.toPlainText().startswith("Tafels oefenen")  # the whole text, on lines
        text.setFocus()
        keys = Keyboard(qtbot)
        keys.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        keys.type(" (samen met opa)")
        keys.tab()
        keys.press(Qt.Key.Key_Up)  # owner: child -> parents
        keys.tab()
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type("10-01-2027")
        keys.enter()

    when_dialog_opens(qtbot, adjust)
    qtbot.mouseClick(mode.findChild(QWidget, f"review_{second}_adjust"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "bijgesteld" in mode.review_rows[second][0].text())

    def new_date(dialog: QWidget) -> None:
        texts = [w.text() for w in dialog.findChildren(QLabel)]
        assert any("1 nov 2026" in text for text in texts)
        due = dialog.findChild(QLineEdit, "agreementDialogDue")
        due.setFocus()
        Keyboard(qtbot).type("15-12-2026")
        Keyboard(qtbot).enter()

    when_dialog_opens(qtbot, new_date)
    old = school["old_agreement"]
    qtbot.mouseClick(mode.findChild(QWidget, f"review_{old}_continue"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "loopt door" in mode.review_rows[old][0].text())
    check = reader(data_dir)
    adjusted = check.run(agreements.get_agreement, second)
    assert adjusted.text.endswith("(samen met opa)")
    assert (adjusted.owner, adjusted.due_on) == ("parents", dt.date(2027, 1, 10))
    continued = check.run(agreements.get_agreement, old)
    assert continued.due_on == dt.date(2026, 12, 15) and continued.status == "open"
    assert not continued.is_overdue(TODAY)
    assert continued.history[-1].kind == "continue"
    check.close()


def test_talk_mode_placeholders_and_checklist_fit(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    an_evening(db, school, "Zoë", "Daan")
    main = open_main(qtbot, db)
    first = main.tonight.current_talk_id()
    assert first is not None
    mode = start_talk_mode(qtbot, main, first)
    due = mode.agreement_due
    assert due.fontMetrics().horizontalAdvance(due.placeholderText()) < due.width() - 8
    assert mode.agreement_text.placeholderText() == ""  # its label says what it is
    mode.left_scroll.verticalScrollBar().setValue(mode.left_scroll.verticalScrollBar().maximum())
    qtbot.mouseClick(mode.no_show_button, Qt.MouseButton.LeftButton)
    assert mode.left_scroll.verticalScrollBar().value() == 0  # the next talk starts on top


def test_the_evening_ends_with_all_parents_copies_in_one_pdf(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    from pypdf import PdfReader

    an_evening(db, school, "Zoë", "Şükrü")
    main = open_main(qtbot, db)
    first = main.tonight.current_talk_id()
    assert first is not None
    mode = start_talk_mode(qtbot, main, first)
    for _ in range(2):
        qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(mode.findChild(QWidget, "skipReflection"), Qt.MouseButton.LeftButton)
    assert mode.stack.currentIndex() == 2 and mode.evening_copies_button.isVisible()
    qtbot.mouseClick(mode.evening_copies_button, Qt.MouseButton.LeftButton)
    preview = main.findChild(QWidget, "pdfView").parent()
    assert preview.page_count() == 2
    import io

    pages = PdfReader(io.BytesIO(preview.data)).pages
    texts = [p.extract_text() for p in pages]
    assert "Zoë de Vries" in texts[0] and "Şükrü Yılmaz" in texts[1]
    assert all("verder in de app" not in t for t in texts)
    assert main.tonight.all_parents_button.isEnabled()


def test_a_bad_due_date_in_talk_mode_is_shown_and_kept(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    an_evening(db, school, "Zoë")
    main = open_main(qtbot, db)
    talk_id = main.tonight.current_talk_id()
    assert talk_id is not None
    mode = start_talk_mode(qtbot, main, talk_id)
    keys = Keyboard(qtbot)
    mode.agreement_text.setFocus()
    keys.type("Leesmap in beide huizen")
    keys.tab(2)
    keys.type("32-13-2026")
    keys.enter()
    assert mode.agreement_error.isVisible() and "geen datum" in mode.agreement_error.text()
    assert mode.agreement_text.text() == "Leesmap in beide huizen"  # nothing lost
    assert QApplication.focusWidget() is mode.agreement_due
    assert mode.made_list.count() == 0


def test_one_talk_mode_window_per_talk(qtbot: QtBot, db: Database, school: dict[str, int]) -> None:
    an_evening(db, school, "Zoë")
    main = open_main(qtbot, db)
    talk_id = main.tonight.current_talk_id()
    assert talk_id is not None
    first = start_talk_mode(qtbot, main, talk_id)
    assert main.start_talk(talk_id) is first
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, TalkModeWindow) and w.isVisible()
    ]
    assert len(shown) == 1


def test_planner_alone_uses_the_same_services(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    an_evening(db, school, "Zoë")
    planner = EveningPlanner(context_for(db))
    qtbot.addWidget(planner)
    planner.show()
    assert planner.view is not None and len(planner.view.slots) == 1
    assert planner.evening_label(planner.view).splitlines() == [
        "di 24 nov 2026",
        "18:30–18:40 · 1 gesprek",
    ]


def test_a_talk_finished_in_talk_mode_shows_held_in_every_open_window(
    qtbot: QtBot, db: Database, school: dict[str, int], data_dir: Path
) -> None:
    """Planner, Tonight and the pupil's history follow without a refresh; the pupil panel
    (on the Groep tab, hidden behind the planner) when the teacher goes back to it."""
    an_evening(db, school, "Zoë", "Şükrü")
    main = open_main(qtbot, db)
    main.select_pupil(school["Zoë"])
    history = main.open_history(school["Zoë"])
    qtbot.addWidget(history)
    main.tabs.setCurrentWidget(main.planner)
    talk_id = db.run(talks.list_talks, pupil_id=school["Zoë"])[0].id
    mode = main.start_talk(talk_id)
    assert mode is not None
    qtbot.addWidget(mode)

    def everywhere() -> list[str]:
        return [
            main.planner.slot_list.item(0).text(),
            main.tonight.table.item(0, 4).text(),
            history.timeline.item(0).text(),
        ]

    assert not any("gevoerd" in text for text in everywhere())
    assert "gevoerd" not in main.panel.talks.item(0, 3).text()
    qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    assert reader(data_dir).run(talks.get_talk, talk_id).status == "held"
    qtbot.waitUntil(lambda: all("gevoerd" in text for text in everywhere()), timeout=3000)
    main.tabs.setCurrentIndex(0)
    assert "gevoerd" in main.panel.talks.item(0, 3).text()


def test_the_english_planner_tells_conflicts_in_english(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    evening_id = an_evening(db, school, "Zoë", "Şükrü", "Daan")
    db.run(
        evenings.update_evening,
        evening_id,
        data=EveningInput(
            date=TODAY.isoformat(), start_time="18:30", end_time="18:45", location="Lokaal 5"
        ),
    )
    main = MainWindow(context_for(db, "en"))
    qtbot.addWidget(main)
    main.show()
    main.tabs.setCurrentWidget(main.planner)
    text = main.planner.conflicts.text()
    assert "2 talks too late" in text and "after the end time 18:45" in text
    assert "gesprek" not in text and "eindtijd" not in text
