"""Groep → Nieuw schooljaar… as a teacher uses it in August: rename a group, split the
combination group, untick a groep-8 pupil who stays back, see the summary follow, make a
mistake and see it said, then Overzetten; a second time there is nothing left to move."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from test_accessibility import inputs_of, spoken_name
from test_school_year import NEW, OLD, school, where
from test_window_sizes import FREE, minimum
from uihelpers import Keyboard, context_for, reader, tick, when_dialog_opens

from parentconv.clock import FixedClock
from parentconv.services import people
from parentconv.store.db import Database
from parentconv_ui.main.main_window import MainWindow
from parentconv_ui.main.move_up_dialog import MoveUpDialog


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 8, 20, 10, 0))


def child(dialog: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = dialog.findChild(kind, name)
    assert found is not None, f"no {name} in the dialog"
    return found


def open_by_menu(qtbot: QtBot, main: MainWindow) -> None:
    """Alt+O opens the Groep menu, S is "Nieuw schooljaar…"."""
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    QTest.keyClick(main, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    Keyboard(qtbot).press(Qt.Key.Key_S)


def test_a_teacher_moves_the_groups_up(qtbot: QtBot, db: Database, data_dir: Path) -> None:
    ids = school(db)
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    seen: dict[str, str] = {}

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveUpDialog)
        keys = Keyboard(qtbot)
        assert dialog.year_combo.currentText() == OLD
        assert dialog.to_year.text() == f"naar schooljaar {NEW}"
        assert dialog.summary.text() == (
            "2 leerlingen naar Groep 6, 3 leerlingen naar Groep 6/7, "
            "2 leerlingen verlaten de school."
        )
        size = minimum(dialog)  # fits a school laptop (also at 150 %), the list scrolls
        assert size.width() <= FREE.width() and size.height() <= FREE.height(), size
        assert dialog.width() <= 1366 and dialog.height() <= 768

        # Groep 5 becomes "Groep 6a": click in its name, select all, type.
        name = child(dialog, QLineEdit, f"name_{ids['Groep 5']}_kept")
        qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.type("Groep 6a")
        assert "2 leerlingen naar Groep 6a" in dialog.summary.text()
        assert QApplication.focusWidget() is name  # typing never loses the cursor

        # A mistake: the name emptied is said, and Overzetten cannot be pressed.
        keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys.press(Qt.Key.Key_Delete)
        assert dialog.error.isVisible() and "Geef Groep 5 een nieuwe naam" in dialog.error.text()
        assert not dialog.confirm_button.isEnabled()
        keys.type("Groep 6a")
        assert not dialog.error.isVisible() and dialog.confirm_button.isEnabled()

        # The combination group is split by year level: a name per part.
        tick(qtbot, child(dialog, QRadioButton, f"split_{ids['Groep 5/6']}"))
        qtbot.waitUntil(
            lambda: dialog.findChild(QLineEdit, f"name_{ids['Groep 5/6']}_6") is not None
        )
        part = child(dialog, QLineEdit, f"name_{ids['Groep 5/6']}_6")
        assert isinstance(part, QLineEdit) and part.text() == "Groep 7"
        assert "2 leerlingen naar Groep 6, 1 leerling naar Groep 7" in dialog.summary.text()

        # Finn stays back in groep 8: untick him; a new Groep 8 appears for him.
        finn = child(dialog, QCheckBox, f"leaver_{ids['Finn']}")
        assert isinstance(finn, QCheckBox) and finn.isChecked()
        tick(qtbot, finn)
        qtbot.waitUntil(
            lambda: dialog.findChild(QLineEdit, f"name_{ids['Groep 8']}_kept") is not None
        )
        assert dialog.summary.text().endswith(
            "1 leerling naar Groep 8, 1 leerling verlaat de school."
        )

        # Every input has a name of its own, and Tab goes round without getting stuck.
        inputs = inputs_of(dialog)
        names = [spoken_name(w) for w in inputs]
        assert all(names) and len(set(names)) == len(names), names
        reached: set[int] = set()
        for _ in range(3 * len(inputs) + 5):
            keys.tab()
            reached.add(id(QApplication.focusWidget()))
        wanted = [w for w in inputs if w.isEnabled() and not isinstance(w, QRadioButton)]
        assert [spoken_name(w) for w in wanted if id(w) not in reached] == []
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, act)
    open_by_menu(qtbot, main)
    qtbot.waitUntil(lambda: "summary" in seen and QApplication.activeModalWidget() is None)
    assert main.statusBar().currentMessage() == (
        f"Schooljaar {NEW}: 6 leerlingen overgezet, 1 leerling vertrokken."
    )

    # Read back through a new connection.
    check = reader(data_dir)
    try:
        pupils = {p.given_name: p for p in check.run(people.list_pupils)}
        groups = {g.id: g for g in check.run(people.list_groups)}
    finally:
        check.close()
    placed = {
        given: (p.group_name, groups[p.group_id].school_year, p.left_on)
        for given, p in pupils.items()
    }
    assert placed["Anna"] == ("Groep 6a", NEW, None)
    assert placed["Cas"] == ("Groep 6", NEW, None)
    assert placed["Eva"] == ("Groep 6", NEW, None)  # no year level: the first part
    assert placed["Dewi"] == ("Groep 7", NEW, None)
    assert placed["Finn"] == ("Groep 8", NEW, None)  # stays back
    assert placed["Gijs"] == ("Groep 8", OLD, dt.date(2026, 7, 31))
    levels = where(db)
    assert (levels["Anna"][2], levels["Dewi"][2], levels["Finn"][2]) == (6, 7, 8)

    # A second time: nothing left to move, Overzetten cannot be pressed.
    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveUpDialog)
        seen["again"] = dialog.summary.text()
        assert not dialog.confirm_button.isEnabled()
        dialog.reject()

    when_dialog_opens(qtbot, again)
    open_by_menu(qtbot, main)
    qtbot.waitUntil(lambda: "again" in seen and QApplication.activeModalWidget() is None)
    assert "niets over te zetten" in seen["again"]
    assert where(db) == levels
