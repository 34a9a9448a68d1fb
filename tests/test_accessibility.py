"""Every screen for a screen reader and the keyboard: names, no duplicates, no traps.

Walks the main window's tabs, the preparation, talk mode (and its reflection), the pupil
history's tabs, the forms and the print preview with the demo class, and asks Qt's
accessibility interface what a screen reader would say for each input.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

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
    QRadioButton,
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
from parentconv_ui.main import forms
from parentconv_ui.main.backup_actions import RestoreDialog
from parentconv_ui.main.import_dialog import ImportDialog
from parentconv_ui.main.main_window import MainWindow
from parentconv_ui.main.retention_dialog import RetentionDialog

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


def _import_dialog(main: MainWindow) -> ImportDialog:
    """The import with a file read: its column choices and its preview."""
    dialog = ImportDialog(main, main.ctx)
    dialog.open_file(Path(__file__).parent / "fixtures" / "import" / "parnassys_cp1252.csv")
    return dialog


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
    qtbot.mouseClick(mode.next_button, Qt.MouseButton.LeftButton)  # on to the reflection
    qtbot.waitUntil(lambda: any(r.isVisible() for r in mode.findChildren(QRadioButton)))
    yield "talk mode: reflection", mode
    mode.close()
    for name, form in (
        ("pupil form", forms.pupil_form(main, db.run(people.get_pupil, pupil.id))),
        ("carer form", forms.carer_form(main, db.run(people.list_pupils), {pupil.id})),
    ):
        qtbot.addWidget(form)
        form.show()
        yield name, form
        form.close()
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
    preview.close()
    db.backup()
    for name, dialog in (
        ("restore a backup", RestoreDialog(main, main.ctx, db.backups())),
        ("retention", RetentionDialog(main, main.ctx)),
        ("class-list import", _import_dialog(main)),
        ("card library", main.open_cards()),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        yield name, dialog
        dialog.close()
    assessment = main.open_self_assessment()
    qtbot.addWidget(assessment)
    for index in range(assessment.tabs.count()):
        assessment.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield f"self-assessment: {assessment.tabs.tabText(index)}", assessment
    assessment.close()
    journal = main.open_journal()
    qtbot.addWidget(journal)
    yield "reflection journal", journal
    journal.close()
    main.tabs.setCurrentWidget(main.tonight)
    view = main.tonight.view
    assert view is not None
    main.tonight.table.selectRow(next(i for i, x in enumerate(view.slots) if x.talk.is_open))
    answer = main.tonight.enter_reply()
    assert answer is not None
    yield "reply to the invitation", answer
    answer.reject()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_input_has_its_own_name_a_screen_reader_can_say(
    qtbot: QtBot, db: Database, language: str
) -> None:
    """No nameless input, and no two in a window with one name (six buttons all called
    "Start gesprek" tell a screen-reader user nothing)."""
    db.run(load_demo_class, today=TODAY - dt.timedelta(days=1))
    unnamed: list[str] = []
    doubles: list[str] = []
    total = 0
    for screen, window in screens(qtbot, db, language):
        QApplication.processEvents()
        inputs = inputs_of(window)
        total += len(inputs)
        unnamed += [
            f"{screen}: {type(w).__name__} {w.objectName()!r}" for w in inputs if not spoken_name(w)
        ]
        names = Counter(spoken_name(w) for w in inputs)
        doubles += [f"{screen}: {name!r} ×{n}" for name, n in names.items() if name and n > 1]
    print(f"{total} inputs, {len(unnamed)} without a name, {len(doubles)} names used twice")
    assert unnamed == [], "\n".join(unnamed)
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
        # Tab stops once in a row of radio buttons; the arrow keys choose inside it.
        radio_rows = {
            id(w.parent()) for w in wanted if isinstance(w, QRadioButton) and id(w) in seen
        }
        missed += [
            f"{screen}: {type(w).__name__} {spoken_name(w)!r}"
            for w in wanted
            if id(w) not in seen
            and not (isinstance(w, QRadioButton) and id(w.parent()) in radio_rows)
        ]
    print(f"{len(missed)} inputs Tab never reached")
    assert missed == [], "\n".join(missed)


# --- colours ---------------------------------------------------------------------------------


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [0, 1], ids=["light", "dark"])
def test_every_text_colour_is_readable_on_every_background(palette: int) -> None:
    from parentconv_ui.common import colours

    backgrounds = [pair[palette] for pair in colours.PALETTE_BACKGROUNDS]
    backgrounds += [pair[palette] for pair in colours.BACKGROUNDS.values()]
    low = [
        f"{role} {pair[palette]} on {bg}: {contrast(pair[palette], bg):.1f}:1"
        for role, pair in colours.TEXT_COLOURS.items()
        for bg in backgrounds
        if contrast(pair[palette], bg) < 4.5
    ]
    placeholder = colours.PLACEHOLDER[palette]
    low += [
        f"placeholder {placeholder} on {bg}: {contrast(placeholder, bg):.1f}:1"
        for bg in (pair[palette] for pair in colours.PALETTE_BACKGROUNDS)
        if contrast(placeholder, bg) < 4.5
    ]
    assert low == []


def test_no_colour_is_written_outside_the_colours_module() -> None:
    """A colour typed in a screen escapes the contrast check and the dark palette."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parent.parent / "ui"
    found = [
        f"{path.relative_to(ui)}:{n}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "colours.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|QColor\(\s*\d", line)
    ]
    assert found == []


def test_a_dark_palette_gets_the_light_text_colours(qtbot: QtBot, db: Database) -> None:
    """On a dark desktop the screens take the dark-palette variants (not dark grey on black)."""
    from PySide6.QtGui import QColor, QPalette

    from parentconv_ui.common.colours import TEXT_COLOURS

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#353535"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#2a2a2a"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    app.setPalette(dark)
    try:
        db.run(load_demo_class, today=TODAY - dt.timedelta(days=1))
        main = MainWindow(context_for(db))
        qtbot.addWidget(main)
        main.show()
        pupil = next(p for p in db.run(people.list_pupils) if p.name == "Fatima El Amrani")
        main.select_pupil(pupil.id)
        assert TEXT_COLOURS["hint"][1] in main.panel.subtitle.styleSheet()
        talk = next(t for t in db.run(talks.list_talks, pupil_id=pupil.id) if t.is_open)
        mode = main.start_talk(talk.id)
        assert mode is not None
        qtbot.addWidget(mode)
        assert TEXT_COLOURS["private"][1] in " ".join(
            label.styleSheet() for label in mode.findChildren(QWidget)
        )
        mode.close()
    finally:
        app.setPalette(light)
