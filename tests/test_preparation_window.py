"""The preparation form, driven with the keyboard through real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import context_for

from parentconv.clock import FixedClock
from parentconv.demo import load_demo_class
from parentconv.services import people, talks
from parentconv.services.preparation import get_preparation
from parentconv.store.db import Database
from parentconv_ui.main.main_window import MainWindow
from parentconv_ui.preparation.window import AUTOSAVE_MS, PreparationWindow

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def demo_db(db: Database) -> Database:
    db.run(load_demo_class, today=TODAY)
    return db


def pupil_id(db: Database, name: str) -> int:
    return next(p.id for p in db.run(people.list_pupils) if p.name == name)


def planned_talk(db: Database, name: str) -> int:
    talk = db.run(talks.upcoming_talk, pupil_id(db, name))
    assert talk is not None
    return talk.id


def open_prep(qtbot: QtBot, db: Database, talk_id: int) -> PreparationWindow:
    window = PreparationWindow(context_for(db), talk_id)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert isinstance(target, QWidget)
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert isinstance(target, QWidget)
    qtbot.keyClicks(target, text)


def jump(qtbot: QtBot, window: PreparationWindow, number: int) -> None:
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.AltModifier)


def test_fill_everything_with_the_keyboard_then_reopen(
    qtbot: QtBot, demo_db: Database, data_dir: Path
) -> None:
    talk_id = planned_talk(demo_db, "Noah Jansen")
    window = open_prep(qtbot, demo_db, talk_id)
    tab = Qt.Key.Key_Tab
    space = Qt.Key.Key_Space

    jump(qtbot, window, 2)
    assert focused() == "key_message"
    type_text(qtbot, "Noah leest beter; rekenen vraagt aandacht.")
    press(qtbot, tab)
    assert focused() == "qualities"
    type_text(qtbot, "Behulpzaam")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Doorzetter")
    press(qtbot, tab)
    assert focused() == "growth_opportunities"
    type_text(qtbot, "Tafels automatiseren")
    press(qtbot, tab)
    assert focused() == "classroom_actions"
    type_text(qtbot, "Elke dag vijf minuten tafels.")

    jump(qtbot, window, 3)
    assert focused() == "goal_informative"
    press(qtbot, space)
    press(qtbot, tab)
    assert focused() == "goal_outcome_informative"
    type_text(qtbot, "Ouders weten hoe het lezen gaat")

    jump(qtbot, window, 4)
    assert focused() == "relational_note"
    type_text(qtbot, "Moeder is betrokken en komt altijd.")

    jump(qtbot, window, 5)
    assert focused() == "expressive_expertise"
    press(qtbot, space)
    press(qtbot, tab)
    assert focused() == "expressive_confidence"
    press(qtbot, tab)
    assert focused() == "expressive_understanding"
    press(qtbot, space)

    jump(qtbot, window, 6)
    assert focused() == "phase_attune"
    press(qtbot, tab)
    assert focused() == "phase_share"
    press(qtbot, tab)
    press(qtbot, tab)
    press(qtbot, tab)
    press(qtbot, tab)
    assert focused() == "structure_note"
    type_text(qtbot, "Eerst lezen, dan rekenen.")

    jump(qtbot, window, 8)
    assert focused() == "own_questions"
    type_text(qtbot, "Hoe gaat het lezen thuis?")
    press(qtbot, tab)
    assert focused() == "parent_questions"
    press(qtbot, tab)
    assert focused().startswith("skill_")
    first_skill = focused().removeprefix("skill_")
    press(qtbot, space)

    jump(qtbot, window, 9)
    assert focused() == "context_factors"
    type_text(qtbot, "Lokaal 5, deur dicht.")

    jump(qtbot, window, 1)
    assert focused() == "type_key"
    press(qtbot, tab)
    assert focused() == "date"
    press(qtbot, tab)
    assert focused() == "start_time"
    press(qtbot, tab)
    assert focused() == "duration_minutes"
    press(qtbot, tab)
    assert focused() == "location"
    window.location_edit.selectAll()
    type_text(qtbot, "Lokaal 5 (achter)")

    assert window.progress.text().startswith("0 van 5") or window.has_unsaved_changes()
    window.close()  # no save button: closing stores what was typed

    # A new window on a new connection to the same data folder finds everything back.
    second_db = Database(data_dir / "oudergesprek.sqlite3")
    try:
        again = open_prep(qtbot, second_db, talk_id)
        assert again.key_message.toPlainText() == "Noah leest beter; rekenen vraagt aandacht."
        assert again.qualities.toPlainText() == "Behulpzaam\nDoorzetter"
        assert again.growth.toPlainText() == "Tafels automatiseren"
        assert again.classroom.toPlainText() == "Elke dag vijf minuten tafels."
        assert again.goal_picker.goals()[0].key == "informative"
        assert again.goal_picker.goals()[0].outcome == "Ouders weten hoe het lezen gaat"
        assert again.relational.toPlainText() == "Moeder is betrokken en komt altijd."
        assert again.expressive.checked() == ["expertise", "understanding"]
        assert again.structure_note.toPlainText() == "Eerst lezen, dan rekenen."
        assert again.own_questions.toPlainText() == "Hoe gaat het lezen thuis?"
        assert again.skills.checked() == [first_skill]
        assert again.context_edit.toPlainText() == "Lokaal 5, deur dicht."
        assert again.location_edit.text() == "Lokaal 5 (achter)"
        assert again.view.completeness.is_prepared
        assert "voorbereid" in again.progress.text()
        assert second_db.run(talks.get_talk, talk_id).status == "prepared"
        again.close()
    finally:
        second_db.close()


def test_edits_reach_the_database_within_the_autosave_delay(
    qtbot: QtBot, demo_db: Database, data_dir: Path
) -> None:
    talk_id = planned_talk(demo_db, "Sem de Jong")
    window = open_prep(qtbot, demo_db, talk_id)
    window.key_message.setFocus()
    qtbot.keyClicks(window.key_message, "Sem is een fijne klasgenoot")
    # Another connection, as after a crash: no save action, no close.
    reader = Database(data_dir / "oudergesprek.sqlite3")
    try:
        qtbot.waitUntil(
            lambda: (
                reader.run(get_preparation, talk_id).key_message == "Sem is een fijne klasgenoot"
            ),
            timeout=AUTOSAVE_MS + 1000,
        )
    finally:
        reader.close()
    assert "Opgeslagen om" in window.saved_label.text()


def test_one_autosave_is_one_transaction(qtbot: QtBot, demo_db: Database, data_dir: Path) -> None:
    """Typing a sentence and pausing writes it in one commit (all of it, or nothing)."""
    from sqlalchemy import event

    talk_id = planned_talk(demo_db, "Sem de Jong")
    window = open_prep(qtbot, demo_db, talk_id)
    commits: list[int] = []
    listener = lambda _conn: commits.append(1)  # noqa: E731
    event.listen(demo_db.engine, "commit", listener)
    try:
        window.key_message.setFocus()
        qtbot.keyClicks(window.key_message, "Sem helpt graag")
        qtbot.waitUntil(lambda: "Opgeslagen om" in window.saved_label.text(), timeout=3000)
        qtbot.wait(AUTOSAVE_MS + 200)  # nothing more follows
    finally:
        event.remove(demo_db.engine, "commit", listener)
    assert len(commits) == 1
    reader = Database(data_dir / "oudergesprek.sqlite3")
    try:
        assert reader.run(get_preparation, talk_id).key_message == "Sem helpt graag"
    finally:
        reader.close()


def test_impossible_duration_and_time_give_a_message_at_the_field(
    qtbot: QtBot, demo_db: Database
) -> None:
    demo_db.clock = FixedClock(dt.datetime(2026, 11, 25, 14, 0))
    talk_id = demo_db.run(talks.plan_default_talk, pupil_id(demo_db, "Levi Bos")).id
    # (a talk of its own, not a slot of an evening)
    window = open_prep(qtbot, demo_db, talk_id)
    assert not window.time_edit.isReadOnly()
    before = demo_db.run(talks.get_talk, talk_id)
    window.duration_edit.setFocus()
    window.duration_edit.selectAll()
    qtbot.keyClicks(window.duration_edit, "0")
    window.key_message.setFocus()
    qtbot.keyClicks(window.key_message, "Het typen gaat gewoon door")
    window.save_now()
    assert window.errors["duration_minutes"].isVisible()
    assert "minstens 1 minuut" in window.errors["duration_minutes"].text()
    assert demo_db.run(talks.get_talk, talk_id).duration_minutes == before.duration_minutes
    assert demo_db.run(get_preparation, talk_id).key_message == "Het typen gaat gewoon door"

    window.duration_edit.selectAll()
    qtbot.keyClicks(window.duration_edit, "-5")
    window.save_now()
    assert window.errors["duration_minutes"].isVisible()

    window.duration_edit.selectAll()
    qtbot.keyClicks(window.duration_edit, "15")
    window.time_edit.selectAll()
    qtbot.keyClicks(window.time_edit, "25:99")
    window.save_now()
    assert not window.errors["duration_minutes"].isVisible()
    assert (
        window.errors["start_time"].isVisible()
        and "geen tijd" in window.errors["start_time"].text()
    )
    assert demo_db.run(talks.get_talk, talk_id).starts_at == before.starts_at

    window.time_edit.selectAll()
    qtbot.keyClicks(window.time_edit, "18.45")
    window.save_now()
    assert not window.errors["start_time"].isVisible()
    saved = demo_db.run(talks.get_talk, talk_id)
    assert (saved.starts_at.hour, saved.starts_at.minute, saved.duration_minutes) == (18, 45, 15)
    assert "18:45" in window.title.text()


def test_a_slots_time_comes_from_its_evening(qtbot: QtBot, demo_db: Database) -> None:
    window = open_prep(qtbot, demo_db, planned_talk(demo_db, "Sem de Jong"))
    assert window.time_edit.isReadOnly() and window.date_edit.isReadOnly()
    assert "planner" in window.time_edit.toolTip()


def test_structure_warns_when_minutes_do_not_fit(qtbot: QtBot, demo_db: Database) -> None:
    window = open_prep(qtbot, demo_db, planned_talk(demo_db, "Noah Jansen"))
    assert window.structure_warning.isHidden()
    window.phases.spins["share"].setValue(9)
    window.save_now()
    assert window.structure_warning.isVisible()
    assert "15 minuten" in window.structure_warning.text()
    window.phases.spins["share"].setValue(4)
    window.save_now()
    assert window.structure_warning.isHidden()


def test_changing_the_type_follows_its_defaults(qtbot: QtBot, demo_db: Database) -> None:
    window = open_prep(qtbot, demo_db, planned_talk(demo_db, "Noah Jansen"))
    window.type_combo.setCurrentIndex(window.type_combo.findData("home_visit"))
    assert window.duration_edit.text() == "30"
    assert sum(window.phases.minutes().values()) == 30
    window.save_now()
    assert window.structure_warning.isHidden()
    assert demo_db.run(talks.get_talk, window.talk_id).duration_minutes == 30


def test_at_most_three_skills_can_be_ticked(qtbot: QtBot, demo_db: Database) -> None:
    window = open_prep(qtbot, demo_db, planned_talk(demo_db, "Noah Jansen"))
    boxes = list(window.skills.boxes.values())
    for box in boxes[:3]:
        box.setChecked(True)
    assert not boxes[3].isEnabled()
    boxes[0].setChecked(False)
    assert boxes[3].isEnabled()


def test_known_facts_and_review_of_earlier_agreements(qtbot: QtBot, demo_db: Database) -> None:
    talk_id = planned_talk(demo_db, "Fatima El Amrani")
    window = open_prep(qtbot, demo_db, talk_id)
    known = window.known.text()
    assert "Naima El Amrani" in known and "Laatste gesprekken" in known
    ctx = window.context
    assert ctx.open_agreements, "Fatima has open agreements in the demo class"
    first = ctx.open_agreements[0]
    window.review.boxes[str(first.id)].setChecked(True)
    window.save_now()
    assert demo_db.run(get_preparation, talk_id).review_agreement_ids == (first.id,)


def test_copy_from_previous_talk_from_the_button(qtbot: QtBot, demo_db: Database) -> None:
    from parentconv.services.preparation import PreparationInput, save_preparation

    pid = pupil_id(demo_db, "Fatima El Amrani")
    old = next(t for t in demo_db.run(talks.list_talks, pupil_id=pid) if t.status == "held")
    demo_db.run(
        save_preparation,
        old.id,
        PreparationInput(relational_note="Vader werkt in ploegen.", qualities=["Grappig"]),
    )
    window = open_prep(qtbot, demo_db, planned_talk(demo_db, "Fatima El Amrani"))
    assert window.copy_button.isEnabled()
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    assert window.relational.toPlainText() == "Vader werkt in ploegen."
    assert "Grappig" in window.qualities.toPlainText()


def test_long_text_is_stored_whole(qtbot: QtBot, demo_db: Database) -> None:
    talk_id = planned_talk(demo_db, "Noah Jansen")
    window = open_prep(qtbot, demo_db, talk_id)
    text = " ".join(f"woord{i}" for i in range(5000))
    window.key_message.setPlainText(text)
    window.save_now()
    assert demo_db.run(get_preparation, talk_id).key_message == text


def test_prepare_from_the_main_window_and_see_completeness(qtbot: QtBot, demo_db: Database) -> None:
    main = MainWindow(context_for(demo_db))
    qtbot.addWidget(main)
    main.show()
    pid = pupil_id(demo_db, "Noah Jansen")
    main.select_pupil(pid)
    qtbot.mouseClick(main.panel.prepare_button, Qt.MouseButton.LeftButton)
    talk_id = planned_talk(demo_db, "Noah Jansen")
    # the talk is found at once; the window is built and shown in the next turns of the loop
    qtbot.waitUntil(lambda: talk_id in main.preparations and main.preparations[talk_id].isVisible())
    window = main.preparations[talk_id]
    qtbot.addWidget(window)
    window.key_message.setPlainText("Boodschap")
    window.save_now()
    cells = [main.panel.talks.item(r, 4).text() for r in range(main.panel.talks.rowCount())]
    assert any(c.endswith("2/5") for c in cells)  # message + default structure

    # A pupil without a planned talk gets a new one to prepare.
    other = pupil_id(demo_db, "Levi Bos")
    before = len(demo_db.run(talks.list_talks, pupil_id=other))
    main.select_pupil(other)
    qtbot.mouseClick(main.panel.prepare_button, Qt.MouseButton.LeftButton)
    assert len(demo_db.run(talks.list_talks, pupil_id=other)) == before + 1
    qtbot.waitUntil(lambda: len(main.preparations) == 2)
    for w in main.preparations.values():
        qtbot.addWidget(w)


def test_an_autosave_shows_in_the_pupils_talk_list(qtbot: QtBot, demo_db: Database) -> None:
    """What shows the change follows it: the pupil's talk row in the main window."""
    main = MainWindow(context_for(demo_db))
    qtbot.addWidget(main)
    main.show()
    noah = pupil_id(demo_db, "Noah Jansen")
    talk_id = planned_talk(demo_db, "Noah Jansen")
    main.select_pupil(noah)

    def row_text() -> str:
        for row in range(main.panel.talks.rowCount()):
            cell = main.panel.talks.item(row, 4)
            if int(cell.data(Qt.ItemDataRole.UserRole)) == talk_id:
                return cell.text()
        raise AssertionError("the talk is not listed")

    before = row_text()
    window = open_prep(qtbot, demo_db, talk_id)
    qtbot.mouseClick(window.key_message.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.key_message, "Noah leest elke dag")
    qtbot.waitUntil(lambda: not window.has_unsaved_changes(), timeout=5000)
    qtbot.waitUntil(lambda: row_text() != before)
    assert int(row_text().split()[1].split("/")[0]) > int(before.split()[1].split("/")[0])


@pytest.mark.parametrize(
    ("language", "where"),
    [
        ("nl", "bron: themanummer De stem van ouders, r. {0}"),
        ("en", "source: special issue The voice of parents, l. {0}"),
    ],
)
def test_a_tip_backed_by_a_seed_says_where_it_comes_from(
    qtbot: QtBot, demo_db: Database, language: str, where: str
) -> None:
    """After a tip from the sources, where it comes from; hovering shows the source's words.
    A tip of the app's own has no source."""
    window = PreparationWindow(context_for(demo_db, language), planned_talk(demo_db, "Noah Jansen"))
    qtbot.addWidget(window)
    window.show()
    window.type_combo.setCurrentIndex(window.type_combo.findData("report"))
    prompts = window.catalog.conversation_type("report").prompts
    shown = window.type_tips.text()
    cited = prompts[1]
    assert cited.quote is not None and cited.source is not None
    assert cited.source.seed == "003"
    place = where.format(cited.source.lines.replace("-", "–"))
    assert f"{cited.text} <span" in shown.replace("&quot;", '"') and f"({place})" in shown
    assert f"“{cited.quote}” ({place})" in window.type_tips.toolTip()
    assert f"“{cited.quote}” ({place})" in window.type_tips.accessibleDescription()
    app_tip = prompts[2]
    assert app_tip.source is None
    after_app_tip = shown.split(app_tip.text, 1)[1]
    assert not after_app_tip.startswith(" <span")
    # shown whole, not squeezed: every line has its height
    QApplication.processEvents()
    lines = shown.count("<br>") + 1
    assert window.type_tips.height() >= lines * window.type_tips.fontMetrics().height()
