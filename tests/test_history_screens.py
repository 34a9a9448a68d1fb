"""Pupil history, agreement review and the group overview, through the real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from uihelpers import context_for

from parentconv.demo import load_demo_class
from parentconv.services import agreements, history, people
from parentconv.store.db import Database
from parentconv_ui.main.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def main(qtbot: QtBot, db: Database) -> MainWindow:
    db.run(load_demo_class, today=TODAY)
    window = MainWindow(context_for(db))
    qtbot.addWidget(window)
    window.show()
    return window


def pupil_id(db: Database, name: str) -> int:
    return next(p.id for p in db.run(people.list_pupils) if p.name == name)


def test_timeline_change_status_and_overview_updates(
    qtbot: QtBot, main: MainWindow, db: Database
) -> None:
    fatima = pupil_id(db, "Fatima El Amrani")
    rows = {r.pupil.id: r for r in main.overview.rows}
    overdue_before = rows[fatima].overdue_agreements
    assert overdue_before >= 1

    main.select_pupil(fatima)
    qtbot.mouseClick(main.panel.history_button, Qt.MouseButton.LeftButton)
    window = main.histories[fatima]
    qtbot.addWidget(window)
    # Timeline: newest first, the planned talk of tomorrow on top.
    first_line = window.timeline.item(0).text()
    assert "di 24 nov 2026" in first_line and "gepland" in first_line
    assert window.timeline.count() == len(db.run(history.pupil_timeline, fatima).entries)
    assert "Naima El Amrani" in window.carers.text()
    # A held talk opens read-only with its notes and agreements.
    window.timeline.setCurrentRow(window.timeline.count() - 1)
    assert "Gedeelde notitie" in window.record.toPlainText()

    # Agreements: filter on overdue, mark one done with a note.
    window.tabs.setCurrentIndex(1)
    window.show_filter.setCurrentIndex(window.show_filter.findData("overdue"))
    assert window.agreement_list.count() == overdue_before
    agreement_id = int(window.agreement_list.item(0).data(Qt.ItemDataRole.UserRole))
    window.new_status.setCurrentIndex(window.new_status.findData("done"))
    qtbot.keyClicks(window.status_note, "Toch gelukt")
    qtbot.mouseClick(window.status_button, Qt.MouseButton.LeftButton)
    changed = db.run(agreements.get_agreement, agreement_id)
    assert changed.status == "done" and changed.history[-1].note == "Toch gelukt"
    assert window.agreement_list.count() == overdue_before - 1
    # The overview follows, when the teacher looks at it (a hidden tab catches up when shown).
    main.tabs.setCurrentWidget(main.overview)
    rows = {r.pupil.id: r for r in main.overview.rows}
    assert rows[fatima].overdue_agreements == overdue_before - 1
    texts = [main.overview.table.item(r, 0).text() for r in range(main.overview.table.rowCount())]
    assert "Fatima El Amrani" in texts


def test_the_history_window_opens_in_one_read(qtbot: QtBot, main: MainWindow, db: Database) -> None:
    """On a school's server every read is a transaction over the network: the window asks
    once for what it shows, and shows the newest talk and the first agreement's trail."""
    fatima = pupil_id(db, "Fatima El Amrani")
    main.select_pupil(fatima)
    transactions: list[object] = []

    def began(conn: object) -> None:
        transactions.append(conn)

    event.listen(db.engine, "begin", began)
    try:
        qtbot.mouseClick(main.panel.history_button, Qt.MouseButton.LeftButton)
    finally:
        event.remove(db.engine, "begin", began)
    window = main.histories[fatima]
    qtbot.addWidget(window)
    assert len(transactions) == 1
    newest = db.run(history.pupil_timeline, fatima).entries[0]
    assert window.timeline.currentRow() == 0
    assert window.current_record is not None and window.current_record.talk.id == newest.talk.id
    first = window.agreement_list.item(0)
    assert window.agreement_list.currentItem() is first
    assert first.text().split("\n")[0] in window.trail.toPlainText()

    # Another talk and another agreement chosen with the keyboard stay chosen after a change.
    window.timeline.setFocus()
    QTest.keyClick(window.timeline, Qt.Key.Key_End)
    chosen_talk = window.timeline.currentItem().data(Qt.ItemDataRole.UserRole)
    window.tabs.setCurrentIndex(1)
    window.agreement_list.setFocus()
    QTest.keyClick(window.agreement_list, Qt.Key.Key_Down)
    chosen = window.agreement_list.currentItem()
    assert chosen is not first
    chosen_id = chosen.data(Qt.ItemDataRole.UserRole)
    assert chosen.text().split("\n")[0] in window.trail.toPlainText()
    # A change the teacher makes here (a note on the agreement) reads the window again.
    qtbot.keyClicks(window.status_note, "Besproken met moeder")
    qtbot.mouseClick(window.status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Besproken met moeder" in window.trail.toPlainText())
    assert window.timeline.currentItem().data(Qt.ItemDataRole.UserRole) == chosen_talk
    assert window.current_record is not None and window.current_record.talk.id == chosen_talk
    assert window.agreement_list.currentItem().data(Qt.ItemDataRole.UserRole) == chosen_id


def test_overview_sorts_and_a_click_opens_the_pupil(qtbot: QtBot, main: MainWindow) -> None:
    table = main.overview.table
    assert table.rowCount() == 28
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names[0] == "Mila Bakker" and names[-1] == "Şükrü Yılmaz"  # A–Z by family name
    table.sortItems(2, Qt.SortOrder.DescendingOrder)  # most talks this year first
    counts = [int(table.item(r, 2).text()) for r in range(table.rowCount())]
    assert counts == sorted(counts, reverse=True)
    signals = [table.item(r, 5).text() for r in range(table.rowCount())]
    assert any("nog geen contact" in s for s in signals)
    name = table.item(0, 0).text()
    main.tabs.setCurrentWidget(main.overview)
    table.cellClicked.emit(0, 0)
    assert main.tabs.currentIndex() == 0 and main.panel.title.text() == name


def test_search_tab_finds_without_accents_and_opens_history(
    qtbot: QtBot, main: MainWindow, db: Database
) -> None:
    view = main.search_view
    qtbot.keyClicks(view.query, "zoe")
    view.run()
    names = [view.results.topLevelItem(i).text(0) for i in range(view.results.topLevelItemCount())]
    assert names and names[0].startswith("Zoë de Vries")
    view.query.clear()
    qtbot.keyClicks(view.query, '"(( OR *')
    view.run()
    assert view.results.topLevelItemCount() == 0
    view.query.setText("zoe")
    view.run()
    view.results.itemActivated.emit(view.results.topLevelItem(0), 0)
    zoe = pupil_id(db, "Zoë de Vries")
    assert zoe in main.histories
    qtbot.addWidget(main.histories[zoe])


def test_concern_mark_can_be_corrected(qtbot: QtBot, main: MainWindow, db: Database) -> None:
    pid = pupil_id(db, "Amira Haddad")
    window = main.open_history(pid)
    qtbot.addWidget(window)
    window.timeline.setCurrentRow(window.timeline.count() - 1)
    talk_id = int(window.timeline.currentItem().data(Qt.ItemDataRole.UserRole))
    window.concern.setCurrentIndex(1)
    window.concern.activated.emit(1)
    entry = next(e for e in db.run(history.pupil_timeline, pid).entries if e.talk.id == talk_id)
    assert entry.concern_led and entry.concern_marked_by_teacher


def test_pupil_without_talks(qtbot: QtBot, main: MainWindow, db: Database) -> None:
    group = db.run(people.list_groups)[0].id
    new = db.run(
        people.create_pupil,
        group_id=group,
        data=people.PupilInput(given_name="Nieuw", family_name="Kind"),
    )
    window = main.open_history(new.id)
    qtbot.addWidget(window)
    assert "Nog geen gesprekken" in window.timeline.item(0).text()
