"""Groep → Klassenlijst importeren… as a teacher uses it: choose a file, choose a column the
app did not recognise, look at the preview, confirm, and find the class in the main window."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from uihelpers import context_for

from parentconv.cli import main as cli_main
from parentconv.clock import FixedClock
from parentconv.services import people
from parentconv.store.db import Database
from parentconv_ui.main.import_dialog import ImportDialog
from parentconv_ui.main.main_window import MainWindow

FIXTURES = Path(__file__).parent / "fixtures" / "import"


@pytest.fixture
def clock() -> FixedClock:
    # today, as the command line sees it: "a birth date after today" must mean the same day
    return FixedClock(dt.datetime.now().replace(microsecond=0))


def stored(db: Database) -> tuple[int, int, int]:
    con = sqlite3.connect(db.path)
    try:
        return tuple(  # type: ignore[return-value]
            con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("pupils", "carers", "pupil_carers")
        )
    finally:
        con.close()


def open_dialog(qtbot: QtBot, main: MainWindow) -> ImportDialog:
    dialog = ImportDialog(main, main.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot: QtBot, dialog: ImportDialog, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Click "Bestand kiezen…" and pick ``path`` in the (system) file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)


def preview_rows(dialog: ImportDialog) -> list[tuple[int, str, str]]:
    table = dialog.preview
    return [
        (int(table.item(r, 0).text()), table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    ]


def test_import_a_file_with_a_column_to_choose_and_find_the_class(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "klas.csv"
    path.write_text(
        "Kind;Achternaam;Groep;E-mail ouder\n"
        "Lotte;Smit;Groep 6;ouders.smit@example.com\n"
        "Finn;Visser;Groep 6;ouders.visser@example.com\n"
        "Yara;Smit;Groep 6;ouders.smit@example.com\n",
        encoding="utf-8",
    )
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    dialog = open_dialog(qtbot, main)
    choose(qtbot, dialog, path, monkeypatch)
    qtbot.waitUntil(lambda: dialog.read is not None)
    assert "Roepnaam" in dialog.summary.text()  # "Kind" is not a column the app knows
    assert not dialog.import_button.isEnabled()
    assert stored(db) == (0, 0, 0)

    # The teacher says the column "Kind" holds the roepnaam: keyboard on its combo.
    combo = dialog.columns.cellWidget(0, 1)
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    QTest.keyClicks(combo, "Roepnaam")
    qtbot.waitUntil(lambda: dialog.plan is not None and len(dialog.plan.pupils) == 3)
    assert [(line, what) for line, what, _name in preview_rows(dialog)] == [
        (2, "nieuw"),
        (3, "nieuw"),
        (4, "nieuw"),
    ]
    assert "3 leerlingen: 3 nieuw" in dialog.summary.text()
    assert stored(db) == (0, 0, 0)  # nothing before the confirmation

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    # read back through a new connection: three pupils, two families
    assert stored(db) == (3, 2, 3)
    qtbot.waitUntil(lambda: main.filter.rowCount() >= 1)
    names = []
    group = main.filter.index(0, 0)
    for row in range(main.filter.rowCount(group)):
        names.append(main.filter.index(row, 0, group).data())
    assert names == ["Lotte Smit", "Yara Smit", "Finn Visser"]
    lotte = next(p for p in db.run(people.list_pupils) if p.given_name == "Lotte")
    assert [c.email for c in db.run(people.carers_of, lotte.id)] == ["ouders.smit@example.com"]
    main.select_pupil(lotte.id)  # the panel shows the carer the file gave (shared with Yara)
    qtbot.waitUntil(lambda: main.panel.carers.count() == 1)
    assert "ouders.smit@example.com" in main.panel.carers.item(0).text()

    # A second import of the same file: the column choice is remembered, nothing changes.
    again = open_dialog(qtbot, main)
    choose(qtbot, again, path, monkeypatch)
    qtbot.waitUntil(lambda: again.plan is not None)
    assert {what for _line, what, _name in preview_rows(again)} == {"ongewijzigd"}
    assert not again.import_button.isEnabled()
    assert stored(db) == (3, 2, 3)


def test_a_file_that_cannot_be_read_is_said_in_plain_words(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(bytes(range(256)) * 40)
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    dialog = open_dialog(qtbot, main)
    shown: list[str] = []

    def close_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()

    QTimer.singleShot(0, close_message)
    choose(qtbot, dialog, path, monkeypatch)
    qtbot.waitUntil(lambda: bool(shown))
    assert "Traceback" not in shown[0] and len(shown[0]) > 10
    assert dialog.read is None and not dialog.import_button.isEnabled()


def test_the_welcome_offers_the_import_on_an_empty_store(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    opened: list[ImportDialog] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(self) or 0)

    def click_import() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "welcomeBox"
        button = box.findChild(QPushButton, "welcomeImport")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_import)
    main.offer_demo()
    assert len(opened) == 1


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir()))
def test_the_preview_and_the_command_line_agree(
    qtbot: QtBot,
    db: Database,
    data_dir: Path,
    name: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every line the command line reports, the preview shows, with the same outcome."""
    path = FIXTURES / name
    code = cli_main(
        [
            "--data-dir",
            str(data_dir),
            "import-class",
            str(path),
            "--dry-run",
            "--json",
            "--group",
            "Groep 5",
        ]
    )
    printed = capsys.readouterr()
    out = printed.out
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    dialog = open_dialog(qtbot, main)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    choose(qtbot, dialog, path, monkeypatch)
    if code == 2:  # refused: the same words in the window as on the command line
        assert dialog.read is None
        assert said and printed.err.strip() == f"oudergesprek: {said[0].splitlines()[0]}"
        return
    assert not said
    assert code == 0
    data = json.loads(out)
    dialog.group_combo.setEditText("Groep 5")
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    shown = {(line, what) for line, what, _name in preview_rows(dialog)}
    words = {"new": "nieuw", "update": "bijwerken", "same": "ongewijzigd"}
    from_cli = {(p["line"], words[p["action"]]) for p in data["pupils"]}
    from_cli |= {(r["line"], "afgewezen") for r in data["rejected"]} | {
        (r["line"], "overgeslagen") for r in data["rejected"]
    }
    assert {(line, what) for line, what in shown if what not in ("afgewezen", "overgeslagen")} == {
        (line, what) for line, what in from_cli if what not in ("afgewezen", "overgeslagen")
    }
    assert {line for line, what in shown if what in ("afgewezen", "overgeslagen")} == {
        r["line"] for r in data["rejected"]
    }
