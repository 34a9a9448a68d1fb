"""An evening of three talks, through the real screens: plan, prepare, talk, next, cancel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from parentconv.clock import FixedClock
from parentconv.config import resolve_locations
from parentconv.services import agreements, evenings, people, talks
from parentconv.services.evenings import EveningInput
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database
from parentconv_ui.evening.planner import EveningPlanner
from parentconv_ui.evening.talk_mode import TalkModeWindow, countdown
from parentconv_ui.main.main_window import MainWindow

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(15, 30)))


@pytest.fixture
def school(db: Database) -> dict[str, int]:
    group = db.run(people.create_group, name="groep 5", school_year="2026-2027").id
    ids = {}
    for given, infix, family in (
        ("Şükrü", "", "Yılmaz"),
        ("Zoë", "de", "Vries"),
        ("Daan", "van den", "Berg"),
    ):
        ids[given] = db.run(
            people.create_pupil,
            group_id=group,
            data=PupilInput(given_name=given, infix=infix, family_name=family),
        ).id
    db.run(
        people.create_carer,
        data=CarerInput(
            name="Elif Yılmaz",
            relation="moeder",
            language="Turks",
            interpreter_needed=True,
            pupil_ids=[ids["Şükrü"]],
        ),
    )
    db.run(people.create_carer, data=CarerInput(name="Anouk Brouwer", pupil_ids=[ids["Zoë"]]))
    old = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=ids["Şükrü"], type_key="start", date="2026-09-14", start_time="15:00"
        ),
    ).id
    db.run(talks.set_status, old, "held")
    ids["old_agreement"] = db.run(
        agreements.create_agreement,
        pupil_id=ids["Şükrü"],
        text="Elke dag 15 minuten lezen",
        owner="parents",
        talk_id=old,
        due_on=dt.date(2026, 11, 1),
    ).id
    ids["group"] = group
    return ids


def focus_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_an_evening_of_three_talks(
    qtbot: QtBot, db: Database, school: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    main = MainWindow(db, resolve_locations(), "nl", today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()

    # Plan: a new evening today, the three pupils one by one.
    planner = main.planner
    main.tabs.setCurrentWidget(planner)
    qtbot.mouseClick(planner.findChild(QWidget, "newEvening"), Qt.MouseButton.LeftButton)
    assert planner.view is not None and planner.view.date == TODAY
    add = planner.findChild(QWidget, "addSlot")
    for name in ("Şükrü Yılmaz", "Zoë de Vries", "Daan van den Berg"):
        planner.pupil_combo.setCurrentIndex(
            planner.pupil_combo.findText(name, Qt.MatchFlag.MatchStartsWith)
        )
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert [s.talk.pupil_name for s in planner.view.slots] == [
        "Şükrü Yılmaz",
        "Zoë de Vries",
        "Daan van den Berg",
    ]
    assert planner.slot_list.count() == 3
    assert "18:30–18:40" in planner.slot_list.item(0).text()
    assert "tolk nodig" in planner.slot_list.item(0).text()

    # The tonight view lists them, with preparation and open agreements.
    main.tonight.reload()
    assert main.tonight.table.rowCount() == 3
    assert main.tonight.table.item(0, 5).text() == "1"  # Şükrü's open agreement
    first, second, third = (s.talk.id for s in planner.view.slots)

    # Prepare the first: tick the old agreement for review.
    main.tonight.findChild(QWidget, f"prepare_{first}").click()
    prep = main.preparations[first]
    qtbot.addWidget(prep)
    prep.key_message.setPlainText("Şükrü leest beter.")
    prep.review.boxes[str(school["old_agreement"])].setChecked(True)
    prep.close()

    # Talk mode.
    main.tonight.findChild(QWidget, f"start_{first}").click()
    mode = main.talk_windows[first]
    qtbot.addWidget(mode)
    with qtbot.waitActive(mode):
        mode.activateWindow()
    assert mode.pupil_label.text() == "Şükrü Yılmaz"
    assert "tolk nodig" in mode.carers_label.text()
    box3 = mode.step_boxes[3]
    qtbot.mouseClick(box3, Qt.MouseButton.LeftButton, pos=QPoint(8, box3.height() // 2))
    mode.step_boxes[4].setFocus()
    qtbot.keyClick(mode.step_boxes[4], Qt.Key.Key_Space)
    focus_type(qtbot, mode.shared_note, "Lezen gaat vooruit.")
    focus_type(qtbot, mode.private_note, "Vader was er niet.")
    # An agreement with the keyboard: text, Tab, owner, Tab, due date, Enter.
    focus_type(qtbot, mode.agreement_text, "Bibliotheekpas aanvragen")
    qtbot.keyClick(mode.agreement_text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is mode.agreement_owner
    qtbot.keyClick(mode.agreement_owner, Qt.Key.Key_Down)  # school -> ouders
    qtbot.keyClick(mode.agreement_owner, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is mode.agreement_due
    qtbot.keyClicks(mode.agreement_due, "15-12-2026")
    qtbot.keyClick(mode.agreement_due, Qt.Key.Key_Return)
    assert mode.made_list.count() == 1
    assert "ouders" in mode.made_list.item(0).text()
    # Review the old agreement: done, with a note.
    old_id = school["old_agreement"]
    _label, note = mode.review_rows[old_id]
    focus_type(qtbot, note, "Lukt goed")
    mode.findChild(QWidget, f"review_{old_id}_done").click()
    assert "nu: gedaan" in mode.review_rows[old_id][0].text()

    # Next talk: reflection, then the second talk opens in the same window.
    qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    assert mode.stack.currentIndex() == 1
    mode.findChild(QWidget, "achieved_partly").click()
    mode.findChild(QWidget, "twoway_yes").click()
    focus_type(qtbot, mode.next_time, "Tolk vooraf regelen")
    qtbot.keyClick(mode.next_time, Qt.Key.Key_Return)
    assert mode.talk_id == second and mode.pupil_label.text() == "Zoë de Vries"

    # The second is held without notes; the third is cancelled (no-show).
    qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)
    mode.findChild(QWidget, "skipReflection").click()
    assert mode.talk_id == third
    qtbot.mouseClick(mode.no_show_button, Qt.MouseButton.LeftButton)
    assert not mode.isVisible()  # the evening is over

    # Afterwards the pupil's data shows all of it.
    first_talk = db.run(talks.get_talk, first)
    assert first_talk.status == "held"
    assert first_talk.ticked_steps == (3, 4)
    assert first_talk.shared_notes == "Lezen gaat vooruit."
    assert first_talk.private_notes == "Vader was er niet."
    assert (first_talk.goal_achieved, first_talk.two_way) == ("partly", True)
    assert first_talk.next_time == "Tolk vooraf regelen"
    made = [a for a in db.run(agreements.agreements_of, school["Şükrü"]) if a.talk_id == first]
    assert [(a.text, a.owner, a.due_on) for a in made] == [
        ("Bibliotheekpas aanvragen", "parents", dt.date(2026, 12, 15))
    ]
    old = db.run(agreements.get_agreement, old_id)
    assert old.status == "done" and old.history[-1].talk_id == first
    assert old.history[-1].note == "Lukt goed"
    assert db.run(talks.get_talk, second).status == "held"
    assert db.run(talks.get_talk, third).status == "cancelled"
    assert db.run(talks.get_talk, third).cancel_reason == "no_show"
    main.select_pupil(school["Şükrü"])
    open_lines = [
        main.panel.agreements.item(i).text() for i in range(main.panel.agreements.count())
    ]
    assert any("Bibliotheekpas" in line for line in open_lines)
    assert not any("15 minuten lezen" in line for line in open_lines)
    main.tonight.reload()
    assert main.tonight.table.item(2, 4).text() == "niet verschenen"


def test_tonight_is_the_first_screen_on_an_evening(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    eid = db.run(
        evenings.create_evening, data=EveningInput(date=TODAY.isoformat(), start_time="18:30")
    ).id
    db.run(evenings.add_slot, eid, pupil_id=school["Zoë"])
    main = MainWindow(db, resolve_locations(), "nl", today=lambda: TODAY)
    qtbot.addWidget(main)
    assert main.tabs.currentWidget() is main.tonight
    assert main.tonight.title.text().startswith("Vanavond")
    other_day = MainWindow(db, resolve_locations(), "nl", today=lambda: TODAY - dt.timedelta(1))
    qtbot.addWidget(other_day)
    assert other_day.tabs.currentIndex() == 0
    assert other_day.tonight.title.text().startswith("di 24 nov 2026")


def test_planner_reorders_with_keyboard_and_shows_conflicts(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    eid = db.run(
        evenings.create_evening,
        data=EveningInput(date=TODAY.isoformat(), start_time="18:30", end_time="18:45"),
    ).id
    for key in ("Şükrü", "Zoë", "Daan"):
        db.run(evenings.add_slot, eid, pupil_id=school[key])
    planner = EveningPlanner(db, "nl", TODAY)
    qtbot.addWidget(planner)
    with qtbot.waitExposed(planner):
        planner.show()
    with qtbot.waitActive(planner):
        planner.activateWindow()
    assert "na de eindtijd" in planner.conflicts.text()
    planner.slot_list.setCurrentRow(2)
    planner.slot_list.setFocus()
    qtbot.keyClick(planner.slot_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert planner.view is not None
    assert [s.talk.pupil_name for s in planner.view.slots] == [
        "Şükrü Yılmaz",
        "Daan van den Berg",
        "Zoë de Vries",
    ]
    assert planner.slot_list.currentRow() == 1
    # A 20-minute slot for one pupil: the rest moves on.
    planner.own_length.setChecked(True)
    planner.own_length_spin.setValue(20)
    planner.own_length_spin.editingFinished.emit()
    assert [f"{s.starts_at:%H:%M}" for s in planner.view.slots] == ["18:30", "18:40", "19:00"]
    # Remove with the Delete key.
    qtbot.keyClick(planner.slot_list, Qt.Key.Key_Delete)
    assert len(planner.view.slots) == 2


def test_impossible_evening_time_is_refused_at_the_field(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    planner = EveningPlanner(db, "nl", TODAY)
    qtbot.addWidget(planner)
    planner.show()
    planner.new_evening()
    planner.start_edit.selectAll()
    qtbot.keyClicks(planner.start_edit, "25:70")
    planner.apply_settings()
    assert planner.errors["start_time"].isVisible()
    assert "geen tijd" in planner.errors["start_time"].text()
    assert planner.view is not None and f"{planner.view.starts_at:%H:%M}" == "18:30"


def test_planner_exports_ics(
    qtbot: QtBot,
    db: Database,
    school: dict[str, int],
    tmp_path: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pathlib import Path

    from icalendar import Calendar
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    eid = db.run(
        evenings.create_evening, data=EveningInput(date=TODAY.isoformat(), start_time="18:30")
    ).id
    db.run(evenings.add_slot, eid, pupil_id=school["Zoë"])
    planner = EveningPlanner(db, "nl", TODAY)
    qtbot.addWidget(planner)
    assert isinstance(tmp_path, Path)
    written = planner.export_ics(str(tmp_path / "avond.ics"))
    assert written is not None
    events = list(Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Tienminutengesprek: Zoë de Vries"]


def test_talk_mode_clock_pause_and_resume(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    eid = db.run(
        evenings.create_evening, data=EveningInput(date=TODAY.isoformat(), start_time="18:30")
    ).id
    talk_id = db.run(evenings.add_slot, eid, pupil_id=school["Zoë"]).slots[0].talk.id
    mode = TalkModeWindow(db, talk_id, "nl", TODAY)
    qtbot.addWidget(mode)
    mode.show()
    assert mode.clock.text() == "10:00"
    for _ in range(65):
        mode._tick()
    assert mode.clock.text() == "8:55"
    assert mode.phase_label.text().startswith("Delen")  # Afstemmen is 1 minute
    mode.setFocus()
    qtbot.keyClick(mode, Qt.Key.Key_Space)
    assert not mode.running
    mode._tick()
    assert mode.clock.text() == "8:55"
    focus_type(qtbot, mode.shared_note, "Tot zover")
    mode.close()  # closing mid-talk keeps everything
    assert db.run(talks.get_talk, talk_id).shared_notes == "Tot zover"
    again = TalkModeWindow(db, talk_id, "nl", TODAY)
    qtbot.addWidget(again)
    assert again.clock.text() == "8:55" and again.shared_note.toPlainText() == "Tot zover"
    for _ in range(600):
        again._tick()
    assert again.clock.text().startswith("+")
    assert "fde2e0" in again.clock_frame.styleSheet()


def test_countdown_format() -> None:
    assert countdown(425) == "7:05" and countdown(-80) == "+1:20" and countdown(0) == "0:00"


def test_bad_due_date_in_talk_mode_is_shown_and_kept(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    eid = db.run(
        evenings.create_evening, data=EveningInput(date=TODAY.isoformat(), start_time="18:30")
    ).id
    talk_id = db.run(evenings.add_slot, eid, pupil_id=school["Zoë"]).slots[0].talk.id
    mode = TalkModeWindow(db, talk_id, "nl", TODAY)
    qtbot.addWidget(mode)
    mode.show()
    focus_type(qtbot, mode.agreement_text, "Leesmap in beide huizen")
    focus_type(qtbot, mode.agreement_due, "32-13-2026")
    qtbot.keyClick(mode.agreement_due, Qt.Key.Key_Return)
    assert mode.agreement_error.isVisible() and "geen datum" in mode.agreement_error.text()
    assert mode.agreement_text.text() == "Leesmap in beide huizen"  # nothing lost
    assert mode.made_list.count() == 0
