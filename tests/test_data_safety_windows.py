"""Data safety in the windows: a failed save keeps the text, two windows keep both texts, a
second start brings the first forward, a damaged store is offered its newest backup, and
Bestand → Back-up maken… / Terugzetten… put a backup back."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import context_for, reader

import parentconv.store.db as store_db
from parentconv.cli import parse_args
from parentconv.clock import FixedClock
from parentconv.config import resolve_locations
from parentconv.instance import InstanceLock
from parentconv.services import people, preparation, talks
from parentconv.services.people import PupilInput
from parentconv.services.talks import TalkInput
from parentconv.store import backups
from parentconv.store.db import Database
from parentconv_ui.evening.talk_mode import TalkModeWindow
from parentconv_ui.preparation.window import PreparationWindow

NOW = dt.datetime(2026, 12, 8, 18, 25)


class Answers:
    """Answers modal boxes as they open, like a teacher clicking: for a box whose text holds
    ``key``, click the button whose text holds ``button`` (each answer used once, in order)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.plan: list[tuple[str, str, Callable[[], object] | None]] = []
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def then(self, key: str, button: str, first: Callable[[], object] | None = None) -> Answers:
        """Answer the next box holding ``key`` with ``button`` (after doing ``first``)."""
        self.plan.append((key, button, first))
        return self

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible() or not self.plan:
            return
        key, wanted, first = self.plan[0]
        text = f"{box.text()} {box.informativeText()}"
        if key not in text:
            return
        self.plan.pop(0)
        self.seen.append(text)
        if first is not None:
            first()
        button = next(  # "Ja|Yes": Qt's own buttons speak the installed language
            b
            for b in box.findChildren(QAbstractButton)
            if any(w in b.text().replace("&", "") for w in wanted.split("|"))
        )
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def done(self) -> bool:
        return not self.plan


@pytest.fixture
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program's lock makes a save fail after 0.1 s instead of 5 s."""
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 100)


@pytest.fixture
def store(data_dir: Path, short_waits: None) -> Iterator[Database]:
    db = Database(data_dir / "oudergesprek.sqlite3", clock=FixedClock(NOW))
    yield db
    db.close()


def a_talk(db: Database) -> int:
    group = db.run(people.create_group, name="Groep 6", school_year="2026-2027").id
    pupil = db.run(
        people.create_pupil, group_id=group, data=PupilInput(given_name="Zoë", family_name="Bos")
    ).id
    return db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=pupil, type_key="ten_minute", date="2026-12-08", start_time="18:30"
        ),
    ).id


def show(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def click_and_type(qtbot: QtBot, box: QWidget, text: str) -> None:
    target = box.viewport() if hasattr(box, "viewport") else box
    QTest.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box, text)


class WriteLock:
    """Another program holding the database's write lock."""

    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.con.execute("ROLLBACK")
        self.con.close()


def test_talk_mode_does_not_close_on_a_note_it_could_not_store(
    qtbot: QtBot, store: Database, data_dir: Path
) -> None:
    talk_id = a_talk(store)
    window = show(qtbot, TalkModeWindow(context_for(store), talk_id))
    assert isinstance(window, TalkModeWindow)
    note = "Afgesproken: elke dag een kwartier lezen"
    lock = WriteLock(store.path)
    answers = Answers(qtbot).then("in gebruik", "OK")
    click_and_type(qtbot, window.shared_note, note)
    # The autosave runs (and fails) while the teacher is still in the window.
    qtbot.waitUntil(lambda: "Niet opgeslagen" in window.notes_state.text(), timeout=5000)
    assert answers.done()

    # Closing: the text is copied to the clipboard, and the window stays open with it.
    answers.then("niet worden opgeslagen", "Tekst kopiëren").then("klembord", "Open laten")
    assert not window.close()
    assert answers.done() and window.isVisible()
    assert window.shared_note.toPlainText() == note
    assert note in QApplication.clipboard().text()

    # Still locked at the next try; then the other program lets go: "Opnieuw proberen" stores
    # it, and the window closes.
    answers.then("niet worden opgeslagen", "Opnieuw proberen")
    answers.then("Nog steeds niet opgeslagen", "Opnieuw proberen", first=lock.release)
    assert window.close()
    assert answers.done() and not window.isVisible()
    check = reader(data_dir)
    try:
        assert check.run(talks.get_talk, talk_id).shared_notes == note
    finally:
        check.close()


def test_the_preparation_window_keeps_its_text_until_it_is_stored(
    qtbot: QtBot, store: Database, data_dir: Path
) -> None:
    talk_id = a_talk(store)
    window = show(qtbot, PreparationWindow(context_for(store), talk_id))
    assert isinstance(window, PreparationWindow)
    lock = WriteLock(store.path)
    click_and_type(qtbot, window.key_message, "Zoe leest veel beter")
    # Closed before the autosave ran: one question, with the reason, and the window stays.
    answers = Answers(qtbot).then("in gebruik door een ander programma", "Open laten")
    assert not window.close()
    assert answers.done() and window.isVisible()
    assert window.key_message.toPlainText() == "Zoe leest veel beter"
    answers.then("niet worden opgeslagen", "Opnieuw proberen", first=lock.release)
    assert window.close()
    assert answers.done()
    check = reader(data_dir)
    try:
        assert check.run(preparation.get_preparation, talk_id).key_message == "Zoe leest veel beter"
    finally:
        check.close()


def test_one_note_typed_in_two_windows_keeps_both_texts(
    qtbot: QtBot, store: Database, data_dir: Path
) -> None:
    talk_id = a_talk(store)
    ctx = context_for(store)
    prep = show(qtbot, PreparationWindow(ctx, talk_id))
    mode = show(qtbot, TalkModeWindow(ctx, talk_id))
    assert isinstance(prep, PreparationWindow) and isinstance(mode, TalkModeWindow)
    prep.activateWindow()
    click_and_type(qtbot, prep.shared_note, "Uit de voorbereiding")
    mode.activateWindow()
    click_and_type(qtbot, mode.shared_note, "Tijdens het gesprek")

    def both_stored() -> bool:
        check = reader(data_dir)
        try:
            shared = check.run(talks.get_talk, talk_id).shared_notes
        finally:
            check.close()
        return "Uit de voorbereiding" in shared and "Tijdens het gesprek" in shared

    qtbot.waitUntil(lambda: not prep.has_unsaved_changes() and not mode.notes_timer.isActive())
    assert both_stored()
    # The window that stored second says so, and both windows show both texts.
    warning = f"{prep.saved_label.text()} {mode.notes_state.text()}"
    assert "beide teksten" in warning
    for box in (prep.shared_note, mode.shared_note):
        qtbot.waitUntil(
            lambda b=box: (
                "Uit de voorbereiding" in b.toPlainText()
                and "Tijdens het gesprek" in b.toPlainText()
            )
        )


def test_a_second_start_brings_the_first_window_forward(
    qtbot: QtBot,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from parentconv_ui.app import run_gui
    from parentconv_ui.common.instance import RaiseServer

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    with InstanceLock(data_dir):  # the first app
        server = RaiseServer(data_dir)
        try:
            with qtbot.waitSignal(server.raise_requested, timeout=3000):
                assert run_gui(parse_args(["--data-dir", str(data_dir), "--smoke"])) == 0
        finally:
            server.close()
        assert "al geopend" in capsys.readouterr().err
        # Held by something without a window (a restore on the command line): said plainly.
        assert run_gui(parse_args(["--data-dir", str(data_dir), "--smoke"])) == 2
        assert "al geopend" in capsys.readouterr().err
    assert not (data_dir / "oudergesprek.sqlite3").exists()  # the second start wrote nothing


def wreck(path: Path, at: int) -> bytes:
    raw = bytearray(path.read_bytes())
    raw[at : at + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(raw))
    return bytes(raw)


def damaged_store_with_a_backup(data_dir: Path) -> Path:
    """A store with 40 pupils and yesterday's backup (so today's first start checks it)."""
    path = data_dir / "oudergesprek.sqlite3"
    db = Database(path, clock=FixedClock(dt.datetime.now() - dt.timedelta(days=1)))
    group = db.run(people.create_group, name="Groep 6", school_year="2026-2027").id
    for i in range(40):
        db.run(
            people.create_pupil,
            group_id=group,
            data=PupilInput(given_name=f"Leerling{i}", family_name="x" * 150),
        )
    db.backup(backups.DAILY)
    db.close()
    return path


def test_the_first_start_of_a_day_finds_damage_and_offers_the_newest_backup(
    qtbot: QtBot, data_dir: Path
) -> None:
    """The day's check runs beside the window, on the backup copy; damage it finds there is
    offered the newest good backup, and the damaged store is moved aside, not deleted."""
    from parentconv_ui.app import Shell, open_database

    path = damaged_store_with_a_backup(data_dir)
    damaged = wreck(path, path.stat().st_size - 3 * 4096)  # pupils' pages, not read at open
    db = open_database(resolve_locations(data_dir), interactive=True)  # no check at open
    shell = Shell(db, parse_args(["--data-dir", str(data_dir)]))
    first = shell.window  # not handed to qtbot: the shell replaces (and deletes) it
    with qtbot.waitExposed(first):
        first.show()
    answers = Answers(qtbot).then("beschadigd", "Back-up terugzetten")
    assert shell.db.backup_due()
    shell.start_daily_backup()
    qtbot.waitUntil(lambda: shell.window is not first, timeout=5000)
    qtbot.addWidget(shell.window)
    assert answers.done()
    assert len(shell.db.run(people.list_pupils)) == 40
    [aside] = (data_dir / "backups").glob("*-beschadigd.sqlite3")
    assert aside.read_bytes() == damaged
    assert not list((data_dir / "backups").glob(".*partial"))  # no half backup left
    shell.wait_for_backup()
    shell.db.close()


def test_a_store_damaged_where_opening_reads_is_offered_its_backup_at_once(
    qtbot: QtBot, data_dir: Path
) -> None:
    from parentconv_ui.app import open_database

    path = damaged_store_with_a_backup(data_dir)
    wreck(path, 100)  # the schema, after the header: opening cannot read on
    before = path.read_bytes()
    answers = Answers(qtbot).then("beschadigd", "Afsluiten")
    with pytest.raises(backups.DamagedStoreError):  # refused: everything as it was
        open_database(resolve_locations(data_dir), interactive=True)
    assert answers.done() and path.read_bytes() == before
    damaged = wreck(path, 100)
    answers.then("beschadigd", "Back-up terugzetten")
    opened = open_database(resolve_locations(data_dir), interactive=True)
    try:
        assert answers.done()
        assert len(opened.run(people.list_pupils)) == 40
    finally:
        opened.close()
    assert [p.read_bytes() for p in (data_dir / "backups").glob("*-beschadigd.sqlite3")] == [
        damaged
    ]


def test_backup_and_restore_from_the_file_menu(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog
    from uihelpers import qt_save_dialog, when_dialog_opens

    from parentconv_ui.app import Shell
    from parentconv_ui.main.backup_actions import RestoreDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", qt_save_dialog)
    db = Database(data_dir / "oudergesprek.sqlite3")
    group = db.run(people.create_group, name="Groep 6", school_year="2026-2027").id
    db.run(people.create_pupil, group_id=group, data=PupilInput(given_name="Anna", family_name="J"))
    shell = Shell(db, parse_args(["--data-dir", str(data_dir)]))
    with qtbot.waitExposed(shell.window):  # not handed to qtbot: a restore replaces it
        shell.window.show()

    def menu_item(window: QWidget, text: str) -> Callable[[], None]:
        def choose() -> None:
            bar = window.menuBar()  # type: ignore[attr-defined]
            file_menu = next(a for a in bar.actions() if a.text() == "&Bestand")
            QTest.mouseClick(
                bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu).center()
            )
            menu = file_menu.menu()
            qtbot.waitUntil(menu.isVisible)
            action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
            QTest.mouseClick(
                menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center()
            )

        return choose

    answers = Answers(qtbot).then("gecontroleerd en opgeslagen", "OK")
    when_dialog_opens(qtbot, lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Return))
    menu_item(shell.window, "Back-up maken…")()
    qtbot.waitUntil(answers.done)
    [made] = (data_dir / "backups").glob("*-handmatig.sqlite3")

    shell.db.run(
        people.create_pupil, group_id=group, data=PupilInput(given_name="Later", family_name="K")
    )

    def in_restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        assert dialog.list.count() == 1 and dialog.width() <= 1280 and dialog.height() <= 720
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)

    old_window = shell.window
    when_dialog_opens(qtbot, in_restore)
    answers.then("zet deze back-up terug", "Ja|Yes")
    menu_item(shell.window, "Back-up terugzetten…")()
    qtbot.waitUntil(lambda: shell.window is not old_window)
    qtbot.addWidget(shell.window)
    assert answers.done()
    names = [p.name for p in shell.db.run(people.list_pupils)]
    assert names == ["Anna J"]
    [aside] = (data_dir / "backups").glob("*-voor-terugzetten.sqlite3")
    assert made.exists() and aside.exists()
    shell.wait_for_backup()
    shell.db.close()


def test_the_window_settings_file_is_private_too(
    qtbot: QtBot, store: Database, data_dir: Path
) -> None:
    import os
    import stat

    from parentconv_ui.main.main_window import MainWindow

    old = os.umask(0o022)
    try:
        window = MainWindow(context_for(store))
        qtbot.addWidget(window)
        window.show()
        assert window.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((data_dir / "window.ini").stat().st_mode) == 0o600
