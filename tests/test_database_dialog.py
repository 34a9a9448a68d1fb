"""Instellingen → Database: from this computer's file to the school's server and back, as a
teacher does it (typed in the dialog, tested, saved), on a real PostgreSQL server."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url
from test_window_sizes import FREE, minimum
from uihelpers import Keyboard, tick, when_dialog_opens

from parentconv.services import people
from parentconv.store.db import Database
from parentconv_ui.app import Shell
from parentconv_ui.main.database_dialog import DatabaseDialog
from parentconv_ui.main.main_window import MainWindow


def menu_action(main: MainWindow, text: str) -> QAction:
    return next(a for a in main.findChildren(QAction) if a.text().replace("&", "") == text)


def fill(qtbot: QtBot, box: QWidget, text: str) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys.type(text)


def test_the_teacher_moves_to_the_schools_server_and_back(
    qtbot: QtBot, db: Database, server_db: Database, data_dir: Path
) -> None:
    db.run(people.create_group, name="groep 5 (laptop)", school_year="2026-2027")
    server_db.run(people.create_group, name="groep 5 (server)", school_year="2026-2027")
    url = make_url(server_db.url)  # type: ignore[attr-defined]
    shell = Shell(db, argparse.Namespace(data_dir=None, lang=None))
    shell.window.show()  # the shell replaces (and deletes) its windows: closed at the end
    seen: dict[str, str] = {}

    def to_the_server(dialog: QWidget) -> None:
        assert isinstance(dialog, DatabaseDialog)
        least = minimum(dialog)
        assert least.width() <= FREE.width() and least.height() <= FREE.height()
        assert dialog.laptop.isChecked() and not dialog.host.isEnabled()
        tick(qtbot, dialog.server)
        fill(qtbot, dialog.host, str(url.query["host"]))
        fill(qtbot, dialog.port, "1")  # a wrong port first: a plain message, nothing saved
        fill(qtbot, dialog.database, str(url.database))
        fill(qtbot, dialog.login, "postgres")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        seen["wrong"] = dialog.answer.text()
        fill(qtbot, dialog.port, str(url.query["port"]))
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        seen["right"] = dialog.answer.text()
        Keyboard(qtbot).press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Opslaan en &openen

    when_dialog_opens(qtbot, to_the_server)
    menu_action(shell.window, "Database…").trigger()
    assert "niet bereikbaar" in seen["wrong"]
    assert "Je ziet 1 groep" in seen["right"]
    qtbot.waitUntil(lambda: shell.db.is_server, timeout=5000)
    assert "—" in shell.window.windowTitle() and str(url.database) in shell.window.windowTitle()
    assert [g.name for g in shell.window.ctx.read(people.list_groups)] == ["groep 5 (server)"]
    stored = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert make_url(stored["database_url"]).database == url.database
    assert make_url(stored["database_url"]).password is None

    def back_to_the_laptop(dialog: QWidget) -> None:
        assert isinstance(dialog, DatabaseDialog)
        dialog.activateWindow()  # a new main window was just made: the keys go to the dialog
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.server.isChecked() and dialog.host.text() == str(url.query["host"])
        tick(qtbot, dialog.laptop)
        Keyboard(qtbot).press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)

    when_dialog_opens(qtbot, back_to_the_laptop)
    menu_action(shell.window, "Database…").trigger()
    qtbot.waitUntil(lambda: not shell.db.is_server, timeout=5000)
    assert [g.name for g in shell.window.ctx.read(people.list_groups)] == ["groep 5 (laptop)"]
    stored = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert stored["database_url"] == ""
    shell.window.close()
    shell.db.close()
