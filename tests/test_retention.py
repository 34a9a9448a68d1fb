"""The retention period: who is due for erasure, on which day, and erasing them for good.

The rule (parentconv/services/retention.py): a pupil who left on L is due from 1 August of the
school year that begins ``years`` whole school years after the school year in which L falls.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import context_for, reader, when_dialog_opens

from parentconv.clock import FixedClock
from parentconv.errors import ValidationError
from parentconv.services import people, talks
from parentconv.services.people import CarerInput, PupilInput
from parentconv.services.retention import (
    check_years,
    due_for_erasure,
    due_from,
    erase_due,
    is_due,
)
from parentconv.services.talks import TalkInput
from parentconv.settings import Settings, load_settings, save_settings
from parentconv.store.db import Database
from parentconv_ui import launcher
from parentconv_ui.main.main_window import MainWindow
from parentconv_ui.main.retention_dialog import RetentionDialog

D = dt.date


@pytest.mark.parametrize(
    ("left_on", "years", "due"),
    [
        (D(2024, 7, 1), 2, D(2026, 8, 1)),  # school year 2023-24; 2024-25 and 2025-26 pass
        (D(2024, 7, 31), 2, D(2026, 8, 1)),  # the last day of that school year
        (D(2024, 8, 1), 2, D(2027, 8, 1)),  # the first day of the next one
        (D(2024, 12, 20), 2, D(2027, 8, 1)),
        (D(2024, 7, 1), 0, D(2024, 8, 1)),  # 0: at the end of the school year of leaving
        (D(2024, 7, 1), 5, D(2029, 8, 1)),
        (D(1, 1, 1), 2, D(3, 8, 1)),
    ],
)
def test_the_day_a_pupil_becomes_due(left_on: dt.date, years: int, due: dt.date) -> None:
    assert due_from(left_on, years) == due
    assert is_due(left_on, due, years)
    assert not is_due(left_on, due - dt.timedelta(days=1), years)


def test_left_on_2024_07_01_is_due_on_2026_08_01_and_not_the_day_before() -> None:
    assert not is_due(D(2024, 7, 1), D(2026, 7, 31))
    assert is_due(D(2024, 7, 1), D(2026, 8, 1))


def test_no_leaving_date_is_never_due_and_the_end_of_the_calendar_is_no_error() -> None:
    assert not is_due(None, D(9999, 12, 31))
    assert due_from(D(9999, 12, 31)) is None and not is_due(D(9999, 12, 31), D(9999, 12, 31))
    with pytest.raises(ValidationError):
        check_years(51)
    with pytest.raises(ValidationError):
        check_years(-1)


def test_the_setting_is_kept_in_settings_json(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert load_settings(path).retention_years == 2
    save_settings(path, Settings(retention_years=3))
    assert load_settings(path).retention_years == 3
    for bad in (-1, 51, "3", True, None):
        path.write_text(json.dumps({"retention_years": bad}), encoding="utf-8")
        assert load_settings(path).retention_years == 2


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 8, 1, 9, 0))


def school(db: Database) -> dict[str, int]:
    """Four pupils: two due (left 2024-07-01 and 2020-01-15), one not yet, one who stays."""
    group = db.run(people.create_group, name="groep 8", school_year="2023-2024").id
    ids = {}
    for given, left in (
        ("Anna", "2024-07-01"),
        ("Bram", "2024-08-15"),
        ("Cas", ""),
        ("Dirk", "2020-01-15"),
    ):
        ids[given] = db.run(
            people.create_pupil,
            group_id=group,
            data=PupilInput(given_name=given, family_name="Jansen", left_on=left),
        ).id
    db.run(people.create_carer, data=CarerInput(name="Els Jansen", pupil_ids=[ids["Anna"]]))
    ids["talk"] = db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=ids["Anna"], type_key="start", date="2023-09-14", start_time="15:00"
        ),
    ).id
    return ids


def test_due_for_erasure_lists_who_is_due_longest_first(db: Database) -> None:
    ids = school(db)
    due = db.run(due_for_erasure, 2)
    assert [(p.pupil_id, p.left_on, p.due_since) for p in due] == [
        (ids["Dirk"], D(2020, 1, 15), D(2022, 8, 1)),
        (ids["Anna"], D(2024, 7, 1), D(2026, 8, 1)),
    ]
    assert due[0].name == "Dirk Jansen" and due[0].group_name == "groep 8"
    assert [p.pupil_id for p in db.run(due_for_erasure, 3)] == [ids["Dirk"]]


def test_erase_due_removes_the_pupils_with_their_talks_and_carers(db: Database) -> None:
    ids = school(db)
    with pytest.raises(ValidationError):  # Bram is not due: nothing at all is erased
        db.run(erase_due, [ids["Anna"], ids["Bram"]])
    erased = db.run(erase_due, [ids["Anna"], ids["Dirk"]])
    assert [p.name for p in erased] == ["Anna Jansen", "Dirk Jansen"]
    again = reader(db.path.parent)
    try:
        left = {p.given_name for p in again.run(people.list_pupils)}
        assert left == {"Bram", "Cas"}
        assert again.run(talks.list_talks) == []
        with pytest.raises(Exception, match="bestaat niet"):
            again.run(talks.get_talk, ids["talk"])
        assert not any(
            c.name == "Els Jansen"
            for p in ("Bram", "Cas")
            for c in again.run(people.carers_of, ids[p])
        )
    finally:
        again.close()


def cli(*args: str, data_dir: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = launcher.main(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


def test_retention_on_the_command_line_erases_only_with_yes(db: Database) -> None:
    ids = school(db)
    data_dir = db.path.parent
    # The command goes by the computer's date: Dirk is due (since 2022), Anna from 2026-08-01.
    anna = is_due(D(2024, 7, 1), dt.date.today())
    code, out, err = cli("retention", data_dir=data_dir)
    assert code == 0 and "Dirk Jansen" in out and ("Anna Jansen" in out) == anna
    assert "Bram" not in out and "Cas" not in out
    assert "2020-01-15" in out and "2022-08-01" in out
    code, out, err = cli("retention", "--years", "60", data_dir=data_dir)
    assert code == 2 and err.count("\n") == 1

    code, out, err = cli("retention", "--erase", data_dir=data_dir)
    assert code == 2 and "--yes" in err and err.count("\n") == 1 and "Dirk Jansen" in out
    assert len(db.run(people.list_pupils)) == 4  # nothing erased
    code, out, err = cli("retention", "--erase", "--yes", data_dir=data_dir)
    assert code == 0
    assert ("2 leerlingen" if anna else "1 leerling") + " definitief verwijderd" in out
    kept = {ids["Bram"], ids["Cas"]} | (set() if anna else {ids["Anna"]})
    assert {p.id for p in db.run(people.list_pupils)} == kept
    code, out, err = cli("retention", data_dir=data_dir)
    assert code == 0 and "Niemand" in out


def test_the_bewaartermijn_dialog_from_the_menu_erases_after_a_confirmation(
    qtbot: QtBot, db: Database, data_dir: Path
) -> None:
    ids = school(db)
    window = MainWindow(context_for(db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: dict[str, object] = {}

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            qtbot.wait(20)
            return answer_yes()
        seen["question"] = box.text()
        QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        return None

    def in_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, RetentionDialog)
        assert dialog.width() <= 1280 and dialog.height() <= 720
        assert dialog.table.rowCount() == 2
        names = {dialog.table.item(r, 0).text() for r in range(2)}
        assert names == {"Anna Jansen", "Dirk Jansen"}
        # Keep Dirk for now: untick him with the keyboard (row 0: due longest).
        dialog.table.setFocus()
        dialog.table.setCurrentCell(0, 0)
        QTest.keyClick(dialog.table, Qt.Key.Key_Space)
        assert dialog.checked_ids() == [ids["Anna"]]
        QTimer.singleShot(0, answer_yes)
        QTest.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        assert [p.pupil_id for p in dialog.due] == [ids["Dirk"]]
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_dialog_opens(qtbot, in_dialog)
    bar = window.menuBar()
    class_menu = next(a for a in bar.actions() if a.text() == "Gr&oep")
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(class_menu).center())
    menu = class_menu.menu()
    qtbot.waitUntil(menu.isVisible)
    QTest.mouseClick(
        menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(window.retention_action).center()
    )
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert "1 leerling definitief verwijderen" in str(seen["question"])

    again = Database(data_dir / "oudergesprek.sqlite3")
    try:
        assert {p.given_name for p in again.run(people.list_pupils)} == {"Bram", "Cas", "Dirk"}
        assert again.run(talks.list_talks) == []
    finally:
        again.close()
