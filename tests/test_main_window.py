"""The main window, driven through its real widgets."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from uihelpers import context_for

from parentconv.demo import load_demo_class
from parentconv.services import people
from parentconv.store.db import Database
from parentconv_ui.app import Shell
from parentconv_ui.main.forms import FormDialog
from parentconv_ui.main.main_window import MainWindow
from parentconv_ui.main.pupil_tree import PUPIL_ID_ROLE

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def demo_db(db: Database) -> Database:
    db.run(load_demo_class, today=TODAY)
    return db


def open_window(qtbot: QtBot, db: Database, language: str = "nl") -> MainWindow:
    window = MainWindow(context_for(db, language))
    qtbot.addWidget(window)
    window.show()
    return window


def visible_pupils(window: MainWindow) -> list[str]:
    names = []
    for row in range(window.filter.rowCount()):
        group = window.filter.index(row, 0)
        for child in range(window.filter.rowCount(group)):
            names.append(window.filter.index(child, 0, group).data())
    return names


def test_filter_select_and_see_carers_and_open_agreements(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(qtbot, demo_db)
    assert len(visible_pupils(window)) >= 20
    assert window.panel.empty.isVisible()

    qtbot.keyClicks(window.search, "zoe")  # no accent typed: still finds Zoë
    assert visible_pupils(window) == ["Zoë de Vries"]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.panel.title.text() == "Zoë de Vries"

    carers = [window.panel.carers.item(i).text() for i in range(window.panel.carers.count())]
    zoe_id = window.current_pupil_id()
    assert zoe_id is not None
    expected = [c.name for c in demo_db.run(people.carers_of, zoe_id)]
    assert expected and all(any(name in line for line in carers) for name in expected)
    details = window.panel.details
    assert details is not None
    shown = [window.panel.agreements.item(i).text() for i in range(window.panel.agreements.count())]
    for agreement in details.open_agreements:
        assert any(agreement.text in line for line in shown)
    assert window.panel.talks.rowCount() == len(details.talks)


def test_search_shows_nothing_found_and_clearing_restores(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(qtbot, demo_db)
    total = len(visible_pupils(window))
    qtbot.keyClicks(window.search, "xyzzy")
    assert visible_pupils(window) == [] and window.no_match.isVisible()
    window.search.clear()
    assert len(visible_pupils(window)) == total and not window.no_match.isVisible()


def test_interpreter_need_is_visible(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(qtbot, demo_db)
    needing = [
        p
        for p in demo_db.run(people.list_pupils)
        if any(c.interpreter_needed for c in demo_db.run(people.carers_of, p.id))
    ]
    assert needing
    window.select_pupil(needing[0].id)
    lines = [window.panel.carers.item(i).text() for i in range(window.panel.carers.count())]
    assert any("tolk nodig" in line for line in lines)


def test_overdue_agreement_is_marked(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(qtbot, demo_db)
    for pupil in demo_db.run(people.list_pupils):
        window.select_pupil(pupil.id)
        details = window.panel.details
        assert details is not None
        if any(a.is_overdue(TODAY) for a in details.open_agreements):
            lines = [
                window.panel.agreements.item(i).text()
                for i in range(window.panel.agreements.count())
            ]
            assert any("verlopen" in line for line in lines)
            return
    pytest.fail("the demo class has no overdue agreement")


def test_empty_store_offers_the_demo_class(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, db)
    assert window.is_empty() and visible_pupils(window) == []

    def click_demo() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "welcomeBox"
        qtbot.mouseClick(box.findChild(QPushButton, "welcomeDemo"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click_demo)
    window.offer_demo()
    assert len(visible_pupils(window)) >= 20
    assert not window.demo_action.isEnabled()  # loading twice is not offered


def _fill(dialog: FormDialog, qtbot: QtBot, values: dict[str, str]) -> None:
    for key, value in values.items():
        widget = dialog.fields[key]
        assert isinstance(widget, QLineEdit)
        widget.clear()
        qtbot.keyClicks(widget, value)


def test_add_a_group_and_a_pupil_with_a_mistake_first(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, db)
    steps: list[str] = []

    def fake_exec(dialog: FormDialog) -> int:
        if "school_year" in dialog.fields:
            _fill(dialog, qtbot, {"name": "groep 7", "school_year": "2026-2027"})
        else:
            _fill(dialog, qtbot, {"given_name": "Ørjan", "family_name": ""})
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
            steps.append(dialog.error.text())
            assert dialog.result() != QDialog.DialogCode.Accepted
            _fill(dialog, qtbot, {"family_name": "Halvorsen", "date_of_birth": "12-05-2017"})
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    window.add_group()
    window.tree.setCurrentIndex(window.filter.index(0, 0))
    window.add_pupil()
    assert steps == ["Achternaam is verplicht."]
    assert visible_pupils(window) == ["Ørjan Halvorsen"]
    assert window.panel.title.text() == "Ørjan Halvorsen"
    assert "geboren" in window.panel.subtitle.text()


def test_add_a_carer_from_the_pupil(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_db)
    pupil = demo_db.run(people.list_pupils)[0]
    window.select_pupil(pupil.id)
    before = window.panel.carers.count()

    def fake_exec(dialog: FormDialog) -> int:
        _fill(dialog, qtbot, {"name": "Oma Bep", "relation": "oma", "language": "Nederlands"})
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    button = window.panel.add_carer_button
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.panel.carers.count() == before + 1
    assert isinstance(window.panel.carers, QListWidget)
    assert "Oma Bep (oma)" in window.panel.carers.item(before).text()


def test_window_geometry_is_remembered(qtbot: QtBot, db: Database) -> None:
    window = open_window(qtbot, db)
    window.setGeometry(QRect(40, 50, 720, 520))  # the offscreen screen is 800x600
    window.close()
    again = open_window(qtbot, db)
    assert (again.width(), again.height()) == (720, 520)


def test_language_switch_to_english_and_back(
    qtbot: QtBot, demo_db: Database, data_dir: Path
) -> None:
    args = argparse.Namespace(data_dir=None, lang=None, demo=False, smoke=False)
    shell = Shell(demo_db, args)
    qtbot.addWidget(shell.window)
    shell.window.show()
    pupil = demo_db.run(people.list_pupils)[0]
    shell.window.select_pupil(pupil.id)
    assert shell.window.search.placeholderText() == "Zoek een leerling…"
    shell.switch_language("en")
    qtbot.addWidget(shell.window)
    assert shell.window.search.placeholderText() == "Find a pupil…"
    assert [m.title() for m in (a.menu() for a in shell.window.menuBar().actions())] == [
        "&File",
        "G&roup",
        "Setti&ngs",
        "Look &back",
        "&Help",
    ]
    assert shell.window.current_pupil_id() == pupil.id
    assert shell.window.panel.carers_label.text() == "Parents/carers"
    # The choice is remembered for the next start.
    assert Shell(demo_db, args).language == "en"
    shell.switch_language("nl")
    qtbot.addWidget(shell.window)
    assert shell.window.search.placeholderText() == "Zoek een leerling…"
    assert shell.window.tree.currentIndex().data(PUPIL_ID_ROLE) == pupil.id


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_alt_letter_of_the_main_window_does_one_thing(
    qtbot: QtBot, demo_db: Database, language: str
) -> None:
    """Alt+K once went to the Klas tab and the next time opened the Klas menu."""
    window = MainWindow(context_for(demo_db, language))
    qtbot.addWidget(window)
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [a.text() for a in window.menuBar().actions()]
    letters = [t[t.index("&") + 1].casefold() for t in texts if "&" in t]
    assert len(letters) == len(texts), texts  # every tab and menu has one
    assert len(set(letters)) == len(letters), texts


def test_the_forms_speak_english_in_the_english_app(qtbot: QtBot, demo_db: Database) -> None:
    """The pupil, group and carer forms once kept their Dutch (filed under the wrong context)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from parentconv_ui.main import forms

    window = open_window(qtbot, demo_db, "en")
    pupils = demo_db.run(people.list_pupils)
    dutch = (
        "Naam",
        "Roepnaam",
        "Achternaam",
        "Tussenvoegsel",
        "bijv.",
        "Leerling",
        "Ouder",
        "Relatie",
        "Tolk",
        "Telefoon",
        "Notities",
        "Opslaan",
        "Annuleren",
        "Schooljaar",
        "mag leeg",
        "verplicht",
        "Groep",
    )
    for form in (
        forms.group_form(window),
        forms.pupil_form(window, pupils[0]),
        forms.carer_form(window, pupils, {pupils[0].id}),
    ):
        qtbot.addWidget(form)
        form.show()
        texts = [form.windowTitle()]
        texts += [w.text() for w in form.findChildren(QLabel)]
        texts += [w.text() for w in form.findChildren(QAbstractButton)]
        texts += [w.placeholderText() for w in form.findChildren(QLineEdit)]
        found = [t for t in texts for word in dutch if word in t and "Demogroep" not in t]
        assert found == [], form.windowTitle()
        form.close()


def test_a_mistake_in_the_english_pupil_form_is_told_in_english(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, demo_db, "en")
    shown: list[str] = []

    def fake_exec(dialog: FormDialog) -> int:
        _fill(dialog, qtbot, {"given_name": "Ørjan", "family_name": "", "date_of_birth": "31-02"})
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        shown.append(dialog.error.text())
        _fill(dialog, qtbot, {"family_name": "Berg"})
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        shown.append(dialog.error.text())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    window.add_pupil()
    assert shown == [
        "Family name is required.",
        "Date of birth: '31-02' is not a date (use e.g. 24-11-2026).",
    ]


def test_the_app_has_its_own_icon(qtbot: QtBot) -> None:
    from parentconv_ui.app import application

    app = application()
    sizes = app.windowIcon().availableSizes()
    assert sizes and max(s.width() for s in sizes) >= 256
