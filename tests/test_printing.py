"""Printing from the app: preview (QtPdf), print, save — from a pupil, a talk and an evening."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from uihelpers import context_for

from parentconv.clock import FixedClock
from parentconv.demo import load_demo_class
from parentconv.services import people, talks
from parentconv.store.db import Database
from parentconv_ui.main.main_window import MainWindow

TODAY = dt.date(2026, 11, 24)  # the demo's evening (loaded "yesterday")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(15, 30)))


@pytest.fixture
def main(qtbot: QtBot, db: Database) -> MainWindow:
    db.run(load_demo_class, today=TODAY - dt.timedelta(days=1))
    window = MainWindow(context_for(db))
    qtbot.addWidget(window)
    window.show()
    return window


def sukru(db: Database) -> int:
    return next(p.id for p in db.run(people.list_pupils) if p.name == "Şükrü Yılmaz")


def test_parents_copy_from_the_pupil_preview_save_and_print(
    qtbot: QtBot, main: MainWindow, db: Database, tmp_path: Path
) -> None:
    pid = sukru(db)
    main.select_pupil(pid)
    newest = db.run(talks.list_talks, pupil_id=pid)[0]
    db.run(talks.set_notes, newest.id, shared="Lezen gaat vooruit.", private="GEHEIM-privé")
    menu = main.panel.print_button.menu()
    assert menu is not None
    parents_action = menu.actions()[1]
    parents_action.trigger()
    from parentconv_ui.printing.preview import PdfPreview

    previews = main.findChildren(PdfPreview)
    assert len(previews) == 1
    preview = previews[0]
    qtbot.addWidget(preview)
    assert preview.isVisible() and preview.page_count() == 1
    assert "ouders" in preview.windowTitle()

    saved = preview.save_as(str(tmp_path / "verslag.pdf"))
    assert saved is not None
    text = PdfReader(saved).pages[0].extract_text()
    assert "Şükrü Yılmaz" in text and "Lezen gaat vooruit." in text
    assert "GEHEIM" not in text

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 1


def test_teacher_copy_of_a_chosen_talk_has_the_private_note(
    qtbot: QtBot, main: MainWindow, db: Database
) -> None:
    pid = sukru(db)
    main.select_pupil(pid)
    oldest = db.run(talks.list_talks, pupil_id=pid)[-1]
    db.run(talks.set_notes, oldest.id, shared="", private="Alleen voor mij")
    main.panel.talks.setCurrentCell(main.panel.talks.rowCount() - 1, 0)
    assert main.panel.chosen_talk_id() == oldest.id
    preview = main.print_summary(oldest.id, "teacher")
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.page_count() == 1
    text = PdfReader(io.BytesIO(preview.data)).pages[0].extract_text()
    assert "Alleen voor mij" in text


def test_evening_pack_from_tonight(qtbot: QtBot, main: MainWindow) -> None:
    from parentconv_ui.printing.preview import PdfPreview

    assert main.tabs.currentWidget() is main.tonight
    main.tonight.pack_button.click()
    previews = main.findChildren(PdfPreview)
    assert len(previews) == 1
    qtbot.addWidget(previews[0])
    assert previews[0].page_count() == 1 + 6  # schedule + one sheet per talk


def test_saving_into_a_folder_that_cannot_be_written_says_so(
    qtbot: QtBot,
    main: MainWindow,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    preview = main.print_evening(TODAY)
    assert preview is not None
    qtbot.addWidget(preview)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert preview.save_as(str(blocker / "pakket.pdf")) is None
    assert shown and "PDF" in shown[0] and "Traceback" not in shown[0]


def test_no_evening_that_day_is_a_message_not_a_crash(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert main.print_evening(dt.date(2026, 12, 25)) is None
    assert shown and "Geen gesprekkenavond" in shown[0]
