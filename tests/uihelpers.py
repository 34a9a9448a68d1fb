"""Helpers for the GUI tests: one AppContext per database (so windows share the change
signal), a keyboard that types where the focus is, dialogs answered as they open, and a second
connection to read back what was really stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from parentconv.clock import FixedClock
from parentconv.config import resolve_locations
from parentconv.store.db import Database
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.i18n import install_language


def context_for(db: Database, language: str = "nl") -> AppContext:
    """The context of the windows on this database in this language (made once per test)."""
    contexts: dict[str, AppContext] = db.__dict__.setdefault("_test_contexts", {})
    install_language(language)  # Qt's own texts (file dialog, Ja/Nee) and ours, as the app does
    if language not in contexts:
        contexts[language] = AppContext(db, resolve_locations(), language)
    return contexts[language]


# --- acting as a person does: keys go where the keyboard focus is -------------------------------


class Keyboard:
    """Types into whatever has the keyboard focus (or an open popup), counting key presses."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.presses = 0

    @staticmethod
    def target() -> QWidget:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        modal = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if modal is not None and (focus is None or not modal.isAncestorOf(focus)):
            return modal.focusWidget() or modal
        assert focus is not None, "nothing has the keyboard focus"
        return focus

    def press(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1,
    ) -> None:
        for _ in range(times):
            QTest.keyClick(self.target(), key, modifier)
            self.presses += 1
            QApplication.processEvents()

    def type(self, text: str) -> None:
        for ch in text:
            if ch.isascii():
                QTest.keyClicks(self.target(), ch)
            else:
                # QTest maps only ASCII to keys; a Dutch keyboard sends "ë" as text, as here.
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                    QApplication.sendEvent(self.target(), event)
            self.presses += 1
        QApplication.processEvents()

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def focus_until(self, widget: QWidget, limit: int = 60) -> None:
        """Press Tab until ``widget`` has the focus (fails if it is never reached)."""
        for _ in range(limit):
            if QApplication.focusWidget() is widget:
                return
            self.tab()
        raise AssertionError(f"Tab never reached {widget.objectName() or widget}")


def when_dialog_opens(qtbot: QtBot, act: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run ``act(dialog)`` as soon as a modal dialog is open (the test then calls what opens it)."""
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            try:
                act(dialog)
            except BaseException:
                # A failed check must not leave the dialog open (the test would hang in it).
                if isinstance(dialog, QDialog):
                    dialog.reject()
                else:
                    dialog.close()
                raise
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def qt_save_dialog(parent: QWidget, caption: str, start: str, name_filter: str) -> tuple[str, str]:
    """QFileDialog.getSaveFileName with Qt's own dialog (what offscreen and Linux get)."""
    dialog = QFileDialog(parent, caption, start, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.selectFile(Path(start).name)
    if dialog.exec():
        return dialog.selectedFiles()[0], name_filter
    return "", ""


def reader(data_dir: Path) -> Database:
    """A second connection to the same store: what was really written."""
    return Database(data_dir / "oudergesprek.sqlite3", clock=FixedClock(dt.datetime(2026, 1, 1)))


# --- the evening's class, shared by the evening tests ---------------------------------------------

EVENING_PUPILS = (
    ("Şükrü", "", "Yılmaz"),
    ("Zoë", "de", "Vries"),
    ("Daan", "van den", "Berg"),
    ("Amira", "", "Haddad"),
    ("Mila", "", "Bakker"),
    ("Nguyễn", "", "Thị Mai"),
    ("Amir", "", "Bos"),
)


def evening_class(db: Database) -> dict[str, int]:
    """Seven pupils (accents and a near-namesake: Amira, Amir), two carers, an old talk of
    Şükrü with an overdue agreement. Returns ids by given name, plus "group", "old_agreement"."""
    from parentconv.services import agreements, people, talks
    from parentconv.services.people import CarerInput, PupilInput
    from parentconv.services.talks import TalkInput

    group = db.run(people.create_group, name="groep 5", school_year="2026-2027").id
    ids = {"group": group}
    for given, infix, family in EVENING_PUPILS:
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
    db.run(people.create_carer, data=CarerInput(name="Anouk de Vries", pupil_ids=[ids["Zoë"]]))
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
    return ids


W = TypeVar("W", bound=QWidget)


def shown(qtbot: QtBot, window: W) -> W:
    """The window shown and active, as a teacher has it in front of them (closed at teardown)."""
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def tick(qtbot: QtBot, button: QWidget) -> None:
    """Click a check box or radio button on its box or circle, as a person aims (a stretched
    button is empty to the right of its text, and a click there does nothing)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
