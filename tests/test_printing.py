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


def test_save_names_the_pupil_starts_in_documents_and_remembers_the_folder(
    qtbot: QtBot, main: MainWindow, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Six summaries of one evening get six names; the dialog opens in Documents, then in the
    folder the teacher chose last time (also after a restart: it is in the settings)."""
    from PySide6.QtCore import QStandardPaths, Qt
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
    from uihelpers import Keyboard, qt_save_dialog, when_dialog_opens

    from parentconv_ui.printing.preview import PdfPreview

    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    documents.mkdir(parents=True, exist_ok=True)
    chosen = tmp_path / "avond 24 nov"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", qt_save_dialog)
    seen: list[tuple[str, str]] = []

    def save_in(folder: Path) -> None:
        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, QFileDialog)
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            seen.append((dialog.directory().absolutePath(), name.text()))
            name.setText(str(folder / name.text()))
            QApplication.processEvents()
            Keyboard(qtbot).enter()

        when_dialog_opens(qtbot, fill)

    names = ("Şükrü Yılmaz", "Zoë de Vries")
    for pupil in names:
        pid = next(p.id for p in db.run(people.list_pupils) if p.name == pupil)
        talk = db.run(talks.list_talks, pupil_id=pid)[0]
        preview = main.print_summary(talk.id, "parents")
        assert isinstance(preview, PdfPreview)
        qtbot.addWidget(preview)
        save_in(chosen)
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda p=preview: str(chosen) in p.saved.text(), timeout=5000)
        preview.close()

    assert Path(seen[0][0]) == documents.resolve()
    assert Path(seen[1][0]) == chosen.resolve()  # the folder used last time
    first, second = (name for _folder, name in seen)
    assert "Şükrü-Yılmaz" in first and first.endswith("-ouders.pdf")
    assert "Zoë-de-Vries" in second and first != second
    saved = sorted(p.name for p in chosen.iterdir())
    assert saved == sorted([first, second])
    assert "Şükrü Yılmaz" in PdfReader(chosen / first).pages[0].extract_text()
