"""The self-assessment on seed 001's checklists: its words stand in their lines, what a teacher
clicks and types is stored, its scores have a history, and its skills to practise are offered
in the next preparation."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from test_cards import _words
from uihelpers import Keyboard, context_for, evening_class, reader, tick, when_dialog_opens

from parentconv.checklists import load_checklists
from parentconv.clock import FixedClock
from parentconv.errors import ValidationError
from parentconv.services import self_assessment as sa
from parentconv.services import talks
from parentconv.services.preparation import get_preparation
from parentconv.services.self_assessment import (
    InterventionAnswer,
    SelfAssessmentInput,
    SkillAnswer,
)
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database
from parentconv_ui.preparation.window import PreparationWindow
from parentconv_ui.reflection.self_assessment import SelfAssessmentWindow

W = TypeVar("W", bound=QWidget)
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
TODAY = dt.date(2026, 11, 24)
PRACTISE = ["open_questions", "summarising"]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(21, 15)))


# --- the words ----------------------------------------------------------------------------------


def test_every_checklist_text_stands_in_its_lines() -> None:
    path = next(iter(sorted(SEEDS.glob("001_*.txt"))), None)
    if path is None:
        pytest.skip(f"seed 001 not found in {SEEDS}")
    lines = path.read_text(encoding="utf-8").split("\n")
    c = load_checklists("nl")
    cited = [
        (c.skills.have.text, c.skills.have.source),
        (c.skills.show.text, c.skills.show.source),
        (c.skills.expand.text, c.skills.expand.source),
        (c.interventions.question.text, c.interventions.question.source),
        (c.interventions.why.text, c.interventions.why.source),
        ("Checklist 1. Vaardigheden", c.skills.source),
        ("Checklist 2. Interventies", c.interventions.source),
        ("Ja/twijfel/nee", c.interventions.answers_source),
        *((i.quote, i.source) for i in (*c.skills.items, *c.interventions.items)),
    ]
    missing = []
    for text, source in cited:
        raw = "\n".join(lines[source.first_line - 1 : source.last_line])
        joined = re.sub(r"(\w)-[ \t]*\n[ \t]*(?=\w)", r"\1", raw)
        if not any(f" {_words(text)} " in f" {_words(t)} " for t in (raw, joined)):
            missing.append(f"{text!r} not in 001 {source.lines}")
    assert missing == []
    assert len(c.skills.items) == 9 and len(c.interventions.items) == 15
    # A display text that differs from the seed says so, and only where it corrects a typo.
    changed = [i.key for i in c.interventions.items if i.text != i.quote]
    assert changed == ["fortnightly_mail", "problem_evenings", "other"]


def test_both_languages_have_the_same_items_and_sources() -> None:
    nl, en = load_checklists("nl"), load_checklists("en")
    for a, b in (
        (nl.skills.items, en.skills.items),
        (nl.interventions.items, en.interventions.items),
    ):
        assert [(i.key, i.source) for i in a] == [(i.key, i.source) for i in b]
        assert all(x.text != y.text for x, y in zip(a, b, strict=True))  # really translated
    assert en.interventions.answers == ("yes", "not sure", "no")


# --- the service --------------------------------------------------------------------------------


def test_bad_answers_get_a_message_and_store_nothing(db: Database) -> None:
    cases = [
        (SelfAssessmentInput(skills={"trust": SkillAnswer(score=5)}), "1 tot en met 4"),
        (SelfAssessmentInput(skills={"flying": SkillAnswer(score=2)}), "Onbekende vaardigheid"),
        (SelfAssessmentInput(practise=["open_questions", "summarising", "x"]), "Onbekende"),
        (
            SelfAssessmentInput(
                practise=["open_questions", "summarising", "paraphrasing", "asking_through"]
            ),
            "hoogstens 3",
        ),
        (SelfAssessmentInput(taken_on="31-02-2026"), "datum"),
        (SelfAssessmentInput(taken_on="2026-11-25"), "toekomst"),
        (
            SelfAssessmentInput(interventions={"home_visits": InterventionAnswer(answer="maybe")}),
            "Antwoord",
        ),
        (SelfAssessmentInput(skills={"trust": SkillAnswer(show="x" * 2001)}), "te lang"),
    ]
    for data, words in cases:
        with pytest.raises(ValidationError) as caught:
            db.run(sa.save_self_assessment, data)
        assert words.lower() in caught.value.message.lower(), caught.value.message
    assert db.run(sa.list_self_assessments) == ()


def test_scores_have_a_history_and_the_newest_choice_is_the_suggestion(db: Database) -> None:
    first = db.run(
        sa.save_self_assessment,
        SelfAssessmentInput(
            taken_on="2026-09-01",
            skills={"trust": SkillAnswer(score=1), "partner": SkillAnswer(expand=True)},
            practise=PRACTISE,
        ),
    )
    assert first.expand == ("partner",)
    assert db.run(sa.practise_suggestion) == sa.PractiseSuggestion(
        dt.date(2026, 9, 1), tuple(PRACTISE)
    )
    db.run(
        sa.save_self_assessment,
        SelfAssessmentInput(taken_on="24-11-2026", skills={"trust": SkillAnswer(score=3)}),
    )
    history = db.run(sa.score_history)
    assert history["trust"] == [(dt.date(2026, 9, 1), 1), (TODAY, 3)]
    assert history["partner"] == []
    assert db.run(sa.practise_suggestion) is None  # the newest one chose nothing to practise
    db.run(sa.delete_self_assessment, db.run(sa.list_self_assessments)[0].id)
    assert db.run(sa.practise_suggestion).skills == tuple(PRACTISE)  # type: ignore[union-attr]


# --- the window ---------------------------------------------------------------------------------


def shown(qtbot: QtBot, window: W) -> W:
    # A failed test leaves no question open at teardown (it would wait for an answer forever).
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "dirty", False))
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def click(qtbot: QtBot, window: QWidget, name: str) -> None:
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    if not window.isActiveWindow():  # e.g. after a message box: the window manager's part
        with qtbot.waitActive(window):
            window.activateWindow()
    widget.setFocus()  # scrolled into view by the focus, as a person scrolls to it
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        tick(qtbot, widget)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def show_tab(qtbot: QtBot, window: SelfAssessmentWindow, index: int) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index


def test_a_self_assessment_clicked_and_typed_is_stored_with_its_history(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    window = shown(qtbot, SelfAssessmentWindow(context_for(db)))
    kb = Keyboard(qtbot)
    assert window.date_edit.text() == "24-11-2026"
    click(qtbot, window, "score_trust_2")
    click(qtbot, window, "score_good_talks_3")
    click(qtbot, window, "show_trust")
    kb.type("Ik bel ouders terug; één moeder zei dat ze zich gehoord voelde.")
    click(qtbot, window, "expand_trust")
    show_tab(qtbot, window, 1)
    click(qtbot, window, "answer_home_visits_doubt")
    click(qtbot, window, "why_home_visits")
    kb.type("Geen tijd in het rooster")
    show_tab(qtbot, window, 2)
    assert "Vertrouwen opwekken" in window.expand_label.text()  # what you want to develop
    for key in PRACTISE:
        click(qtbot, window, f"skill_{key}")
    assert window.saved_label.text() == "Nog niet opgeslagen"
    qtbot.waitUntil(lambda: window.saved_label.text() == "Opgeslagen om 21:15")  # by itself

    check = reader(data_dir)
    [stored] = check.run(sa.list_self_assessments)
    assert stored.taken_on == TODAY
    assert stored.skills == {
        "good_talks": SkillAnswer(score=3),
        "trust": SkillAnswer(
            score=2,
            show="Ik bel ouders terug; één moeder zei dat ze zich gehoord voelde.",
            expand=True,
        ),
    }
    assert stored.interventions == {
        "home_visits": InterventionAnswer(answer="doubt", why="Geen tijd in het rooster")
    }
    assert list(stored.practise) == PRACTISE

    # A second one, a month on: the history shows both scores side by side.
    click(qtbot, window, "newAssessment")
    assert window.findChild(QWidget, "score_trust_2").isChecked() is False
    click(qtbot, window, "score_trust_4")
    kb.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # at once
    show_tab(qtbot, window, 3)
    table = window.history_table
    assert table.columnCount() == 2
    trust = [i.key for i in load_checklists().skills.items].index("trust")
    assert [table.item(trust, c).text() for c in range(2)] == ["2", "4"]
    assert window.past_list.count() == 2
    assert check.run(sa.score_history)["trust"] == [(TODAY, 2), (TODAY, 4)]

    # The older one opened again, changed, stored in its own place.
    window.past_list.setCurrentRow(1)
    click(qtbot, window, "openAssessment")
    assert window.findChild(QWidget, "score_trust_2").isChecked()
    assert window.shows["trust"].text().startswith("Ik bel ouders terug")
    click(qtbot, window, "score_trust_3")
    qtbot.waitUntil(lambda: check.run(sa.score_history)["trust"] == [(TODAY, 3), (TODAY, 4)])
    assert len(check.run(sa.list_self_assessments)) == 2
    check.close()


def test_a_wrong_date_is_refused_at_the_field_and_keeps_every_answer(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    window = shown(qtbot, SelfAssessmentWindow(context_for(db)))
    kb = Keyboard(qtbot)
    click(qtbot, window, "score_partner_4")
    window.date_edit.setFocus()
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type("31-02-2026")
    qtbot.waitUntil(window.date_error.isVisible)
    assert "datum" in window.date_error.text().lower()
    assert window.saved_label.text().startswith("Niet opgeslagen")
    assert QApplication.focusWidget() is window.date_edit  # the autosave took nothing away
    assert window.findChild(QWidget, "score_partner_4").isChecked()
    check = reader(data_dir)
    assert check.run(sa.list_self_assessments) == ()
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type("20-11-2026")
    qtbot.waitUntil(lambda: len(check.run(sa.list_self_assessments)) == 1)
    assert not window.date_error.isVisible()
    assert [a.taken_on for a in check.run(sa.list_self_assessments)] == [dt.date(2026, 11, 20)]
    check.close()


def test_closing_at_once_stores_the_last_answer_and_a_refused_one_asks_first(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    window = shown(qtbot, SelfAssessmentWindow(context_for(db)))
    click(qtbot, window, "score_open_attitude_3")
    window.close()  # before the autosave: stored on the way out
    assert not window.isVisible()
    check = reader(data_dir)
    [stored] = check.run(sa.list_self_assessments)
    assert stored.skills["open_attitude"].score == 3

    again = shown(qtbot, SelfAssessmentWindow(context_for(db)))
    click(qtbot, again, "score_trust_1")
    click(qtbot, again, "assessmentDate")
    kb = Keyboard(qtbot)
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type("morgen")
    asked: list[str] = []

    def stay(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        qtbot.mouseClick(dialog.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, stay)
    again.close()
    assert asked and "niet opgeslagen" in asked[0] and again.isVisible()  # the answer is kept
    assert again.findChild(QWidget, "score_trust_1").isChecked()
    assert len(check.run(sa.list_self_assessments)) == 1
    click(qtbot, again, "assessmentDate")
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type("24-11-2026")
    again.close()
    assert not again.isVisible()
    assert len(check.run(sa.list_self_assessments)) == 2
    check.close()


def test_the_skills_to_practise_are_offered_in_the_next_preparation(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    school = evening_class(db)
    db.run(
        sa.save_self_assessment,
        SelfAssessmentInput(taken_on="2026-11-23", practise=PRACTISE),
    )
    talk_id = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=school["Zoë"], type_key="ten_minute", date="2026-11-26", start_time="18:30"
        ),
    ).id
    window = shown(qtbot, PreparationWindow(context_for(db), talk_id))
    window.jump_to("questions")
    assert window.practise_label.isVisible()
    assert window.practise_label.text() == (
        "Je wilt oefenen (zelfevaluatie van ma 23 nov 2026): Open vragen stellen, "
        "Samenvatten van inhoud én gevoel"
    )
    assert window.skills.checked() == []  # offered, not chosen for the teacher
    qtbot.mouseClick(window.practise_button, Qt.MouseButton.LeftButton)
    assert window.skills.checked() == PRACTISE
    assert not window.practise_label.isVisible()
    check = reader(data_dir)
    qtbot.waitUntil(
        lambda: list(check.run(get_preparation, talk_id).focus_skills) == PRACTISE, timeout=5000
    )
    check.close()
