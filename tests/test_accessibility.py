"""Every screen for a screen reader and the keyboard: names, no duplicates, no traps.

Walks the main window's tabs, the preparation, talk mode (and its reflection), the pupil
history's tabs, the forms and the print preview with the demo class, and asks Qt's
accessibility interface what a screen reader would say for each input.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from uihelpers import context_for

from parentconv.clock import FixedClock
from parentconv.demo import load_demo_class
from parentconv.services import people, talks
from parentconv.store.db import Database
from parentconv_ui.main.main_window import MainWindow

TODAY = dt.date(2026, 11, 24)
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(18, 0)))


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the widget (its own name, its text, or its label's)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface else "").strip().replace("&", "")


def inputs_of(window: QWidget) -> list[QWidget]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QHeaderView):
            continue  # part of its table (sorting by click; the table has the name)
        if widget.window() is not window:
            continue  # a window of its own (a preview opened from this one)
        if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox, QTabBar)):
            continue  # the line edit inside a spin box or combo, a tab bar's scroll buttons
        if widget.parent() is not None and isinstance(widget.parent().parent(), QAbstractItemView):
            continue
        found.append(widget)
    return found


def screens(qtbot: QtBot, db: Database, language: str = "nl") -> Iterator[tuple[str, QWidget]]:
    """Each screen in turn, shown as the teacher sees it (the next one is set up only after
    the caller has looked at this one)."""
    main = MainWindow(context_for(db, language))
    qtbot.addWidget(main)
    main.resize(1366, 728)
    main.show()
    pupil = next(p for p in db.run(people.list_pupils) if p.name == "Fatima El Amrani")
    main.select_pupil(pupil.id)
    for index in range(main.tabs.count()):
        main.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield f"main: {main.tabs.tabText(index)}", main
    talk = next(t for t in db.run(talks.list_talks, pupil_id=pupil.id) if t.is_open)
    preparation = main.open_preparation(talk.id)
    qtbot.addWidget(preparation)
    yield "preparation", preparation
    preparation.close()
    mode = main.start_talk(talk.id)
    assert mode is not None
    qtbot.addWidget(mode)
    yield "talk mode", mode
    mode.close()
    history = main.open_history(pupil.id)
    qtbot.addWidget(history)
    for index in range(history.tabs.count()):
        history.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield f"history: {history.tabs.tabText(index)}", history
    history.close()
    held = next(t for t in db.run(talks.list_talks, pupil_id=pupil.id) if t.status == "held")
    preview = main.print_summary(held.id, "parents")
    assert preview is not None
    qtbot.addWidget(preview)
    yield "print preview", preview


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_input_has_a_name_a_screen_reader_can_say(
    qtbot: QtBot, db: Database, language: str
) -> None:
    db.run(load_demo_class, today=TODAY - dt.timedelta(days=1))
    unnamed: list[str] = []
    total = 0
    for screen, window in screens(qtbot, db, language):
        QApplication.processEvents()
        for widget in inputs_of(window):
            total += 1
            if not spoken_name(widget):
                unnamed.append(
                    f"{screen}: {type(widget).__name__} {widget.objectName()!r} "
                    f"placeholder={getattr(widget, 'placeholderText', lambda: '')()!r}"
                )
    print(f"{total} inputs, {len(unnamed)} without a name")
    assert unnamed == [], "\n".join(unnamed)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_two_inputs_in_a_window_share_a_name(qtbot: QtBot, db: Database, language: str) -> None:
    """Six buttons all called "Start gesprek" tell a screen-reader user nothing."""
    db.run(load_demo_class, today=TODAY - dt.timedelta(days=1))
    doubles: list[str] = []
    for screen, window in screens(qtbot, db, language):
        QApplication.processEvents()
        names = Counter(spoken_name(w) for w in inputs_of(window))
        doubles += [f"{screen}: {name!r} ×{n}" for name, n in names.items() if name and n > 1]
    print(f"{len(doubles)} names used twice")
    assert doubles == [], "\n".join(doubles)


def test_tab_reaches_every_input_and_never_gets_stuck(qtbot: QtBot, db: Database) -> None:
    """Pressing Tab visits every enabled input of the screen and comes back round."""
    db.run(load_demo_class, today=TODAY - dt.timedelta(days=1))
    missed: list[str] = []
    for screen, window in screens(qtbot, db):
        window.activateWindow()
        qtbot.waitUntil(lambda w=window: QApplication.activeWindow() is w)
        wanted = [
            w
            for w in inputs_of(window)
            if w.isEnabled()
            and w.isVisible()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not w.isHidden()
        ]
        seen: set[int] = set()
        for _ in range(3 * len(wanted) + 10):
            QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            if focus is not None:
                seen.add(id(focus))
        missed += [
            f"{screen}: {type(w).__name__} {spoken_name(w)!r}" for w in wanted if id(w) not in seen
        ]
    print(f"{len(missed)} inputs Tab never reached")
    assert missed == [], "\n".join(missed)
