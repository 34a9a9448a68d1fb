"""The reflection journal: the look back typed after a talk and after the evening is stored,
listed in the journal, and what went well / next time shows in the next preparation with
the same parents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import Keyboard, context_for, evening_class, reader, shown

from parentconv.clock import FixedClock
from parentconv.errors import ValidationError
from parentconv.services import evenings, journal, people, talks
from parentconv.services.evenings import EveningInput
from parentconv.services.people import CarerInput
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database
from parentconv_ui.evening.talk_mode import TalkModeWindow
from parentconv_ui.preparation.window import PreparationWindow
from parentconv_ui.reflection.journal import JournalWindow

W = TypeVar("W", bound=QWidget)
TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(18, 25)))


@pytest.fixture
def school(db: Database) -> dict[str, int]:
    return evening_class(db)


def held(
    db: Database,
    pupil: int,
    day: str,
    *,
    went_well: str,
    next_time: str,
    carer_ids: list[int] | None = None,
) -> int:
    talk_id = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=pupil,
            type_key="ten_minute",
            date=day,
            start_time="15:00",
            carer_ids=carer_ids or [],
        ),
    ).id
    db.run(talks.set_status, talk_id, "held")
    db.run(
        talks.set_reflection,
        talk_id,
        goal_achieved="partly",
        two_way=True,
        next_time=next_time,
        went_well=went_well,
    )
    return talk_id


def test_the_look_back_after_a_talk_and_after_the_evening_is_stored_and_listed(
    qtbot: QtBot, db: Database, school: dict[str, int], data_dir: Path
) -> None:
    evening_id = db.run(
        evenings.create_evening,
        data=EveningInput(date=TODAY.isoformat(), start_time="18:30", location="Lokaal 5"),
    ).id
    db.run(evenings.add_slot, evening_id, pupil_id=school["Zoë"])
    talk_id = db.run(evenings.get_evening, evening_id).slots[0].talk.id
    ctx = context_for(db)
    mode = shown(qtbot, TalkModeWindow(ctx, talk_id))
    kb = Keyboard(qtbot)
    qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)  # "Gesprek klaar"
    assert mode.stack.currentIndex() == 1
    kb.press(Qt.Key.Key_Space)  # goal reached: ja
    qtbot.mouseClick(mode.went_well, Qt.MouseButton.LeftButton)
    kb.type("Zoë vertelde zelf over haar boek")
    kb.enter()
    assert QApplication.focusWidget() is mode.next_time
    kb.type("Eerst de tekening laten zien")
    kb.enter()  # "Opslaan en verder": it was the last talk
    assert mode.stack.currentIndex() == 2
    assert mode.look_back_box.isVisible()
    qtbot.mouseClick(mode.evening_went_well, Qt.MouseButton.LeftButton)
    kb.type("Iedereen was op tijd")
    kb.enter()
    assert QApplication.focusWidget() is mode.evening_next_time
    kb.type("Meer tijd voor de eerste ouders")
    kb.enter()
    assert mode.look_back_saved.text() == "Opgeslagen in het reflectielogboek."

    check = reader(data_dir)
    talk = check.run(talks.get_talk, talk_id)
    assert (talk.status, talk.goal_achieved, talk.went_well, talk.next_time) == (
        "held",
        "yes",
        "Zoë vertelde zelf over haar boek",
        "Eerst de tekening laten zien",
    )
    look_back = check.run(journal.evening_reflection, evening_id)
    assert (look_back.went_well, look_back.next_time) == (
        "Iedereen was op tijd",
        "Meer tijd voor de eerste ouders",
    )
    with qtbot.waitSignal(mode.open_self_assessment) as asked:
        qtbot.mouseClick(
            mode.findChild(QWidget, "selfAssessmentAfterEvening"), Qt.MouseButton.LeftButton
        )
    assert asked.args == [evening_id]

    # The journal lists both, the evening above its talk; the search keeps what matches.
    book = shown(qtbot, JournalWindow(ctx))
    rows = [
        [book.tree.topLevelItem(i).text(c) for c in range(6)]
        for i in range(book.tree.topLevelItemCount())
    ]
    assert rows == [
        [
            "di 24 nov 2026",
            "Gesprekkenavond (1 gesprek gevoerd)",
            "",
            "Iedereen was op tijd",
            "Meer tijd voor de eerste ouders",
            "",
        ],
        [
            "di 24 nov 2026",
            "Zoë de Vries · Tienminutengesprek",
            "ja",
            "Zoë vertelde zelf over haar boek",
            "Eerst de tekening laten zien",
            "",
        ],
    ]
    assert book.count_label.text() == "2 terugblikken"
    book.search.setFocus()
    kb.type("tekening")
    assert book.count_label.text() == "1 terugblik"
    assert book.tree.topLevelItem(0).isHidden() and not book.tree.topLevelItem(1).isHidden()
    # The one left is shown in full below the list (the list cuts long lines).
    assert "Ging goed: <i>Zoë vertelde zelf over haar boek</i>" in book.detail.text()
    assert "Doel bereikt: ja" in book.detail.text()
    book.tree.setFocus()
    book.tree.setCurrentItem(book.tree.topLevelItem(1))
    with qtbot.waitSignal(book.open_talk) as opened:
        kb.enter()
    assert opened.args == [talk_id]

    # Both lines of the evening emptied: it leaves the journal.
    ctx.run(journal.set_evening_reflection, evening_id, went_well="", next_time="")
    qtbot.waitUntil(lambda: book.tree.topLevelItemCount() == 1)
    check.close()


def test_what_went_well_and_next_time_show_in_the_next_preparation_with_these_parents(
    qtbot: QtBot, db: Database, school: dict[str, int]
) -> None:
    # A sibling's talk with the same mother counts: it was a talk with these parents.
    sibling = db.run(
        people.create_pupil,
        group_id=school["group"],
        data=people.PupilInput(given_name="Emre", family_name="Yılmaz"),
    ).id
    [elif_view] = db.run(people.carers_of, school["Şükrü"])
    elif_id = elif_view.id
    db.run(
        people.update_carer,
        elif_id,
        data=CarerInput(name=elif_view.name, pupil_ids=[school["Şükrü"], sibling]),
    )
    held(db, school["Şükrü"], "2026-09-14", went_well="Tolk was er", next_time="Oud nieuws")
    held(
        db,
        sibling,
        "2026-10-05",
        went_well="Moeder vertelde veel",
        next_time="Foto's meenemen",
        carer_ids=[elif_id],
    )
    talk_id = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=school["Şükrü"],
            type_key="ten_minute",
            date="2026-11-26",
            start_time="18:30",
            carer_ids=[elif_id],
        ),
    ).id
    window = shown(qtbot, PreparationWindow(context_for(db), talk_id))
    known = window.known.text()
    assert "Vorige keer met deze ouders (ma 5 okt 2026)" in known
    assert "Gesprek over Emre Yılmaz" in known
    assert "Moeder vertelde veel" in known and "Foto&#x27;s meenemen" in known
    assert "Oud nieuws" not in known.split("Vorige keer")[1]  # only the last talk's


def test_the_journal_service_refuses_a_line_it_cannot_store(
    db: Database, school: dict[str, int]
) -> None:
    evening_id = db.run(
        evenings.create_evening,
        data=EveningInput(date=TODAY.isoformat(), start_time="18:30"),
    ).id
    with pytest.raises(ValidationError, match="te lang"):
        db.run(journal.set_evening_reflection, evening_id, went_well="x" * 2001, next_time="")
    with pytest.raises(ValidationError, match="te lang"):
        db.run(
            talks.set_reflection,
            held(db, school["Zoë"], "2026-11-01", went_well="", next_time="Bellen"),
            goal_achieved=None,
            two_way=None,
            next_time="",
            went_well="x" * 2001,
        )
    assert [e.kind for e in db.run(journal.journal)] == ["talk"]  # the one held talk only
    assert db.run(journal.evening_reflection, evening_id).reflected_at is None


def test_a_carer_added_later_finds_no_look_back_of_other_families(
    db: Database, school: dict[str, int]
) -> None:
    other = db.run(
        people.create_carer, data=CarerInput(name="Piet Bos", pupil_ids=[school["Daan"]])
    )
    held(db, school["Amir"], "2026-10-01", went_well="Amir vertelde", next_time="")
    talk_id = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=school["Daan"],
            type_key="ten_minute",
            date="2026-11-26",
            start_time="18:30",
            carer_ids=[other.id],
        ),
    ).id
    assert db.run(journal.previous_reflection, talk_id) is None
