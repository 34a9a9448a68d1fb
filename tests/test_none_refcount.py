"""PySide6 must not leak references to ``None``, ``True`` or ``False`` (it crashed the app).

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` each time a model's ``data()`` has
nothing to return and each time a void method (``setText``, ``setVisible``, ``setChecked``…)
is called, and a reference to ``True`` at every ``Signal.emit()`` from Python. Before Python
3.12 these singletons are reference-counted, so on a school-size store one of them is
eventually freed and the interpreter aborts ("Fatal Python error: none_dealloc", or
"bool_dealloc"). This test drives the Qt calls the app really makes, a few thousand times,
through the real widgets, and fails if a singleton's count fell. On Python 3.12+ the
singletons are immortal and their counts mean nothing, so the test is skipped there.
"""

from __future__ import annotations

import datetime as dt
import gc
import sys

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from pytestqt.qtbot import QtBot
from uihelpers import context_for

from parentconv.clock import FixedClock
from parentconv.services import evenings, people
from parentconv.services.evenings import EveningInput
from parentconv.services.people import CarerInput, PupilInput
from parentconv.store.db import Database
from parentconv_ui.main.main_window import MainWindow
from parentconv_ui.main.pupil_tree import GROUP_ID_ROLE, PUPIL_ID_ROLE
from parentconv_ui.preparation.window import PreparationWindow

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal on Python 3.12+: nothing can leak"
)

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime.combine(TODAY, dt.time(15, 30)))


# A leak of one reference per call shows as thousands; Python's own bookkeeping moves the
# count by a few dozen at most between two quiet moments.
TOLERANCE = 100


SINGLETONS = {"None": None, "True": True, "False": False}


def singleton_refs() -> dict[str, int]:
    gc.collect()
    return {name: sys.getrefcount(value) for name, value in SINGLETONS.items()}


@pytest.fixture
def small_school(db: Database) -> Database:
    """Three groups, twelve pupils, carers, and an evening tonight with six talks."""
    pupil_ids = []
    for g in range(3):
        group = db.run(people.create_group, name=f"groep {g + 4}", school_year="2026-2027").id
        for given, family in (
            ("Zoë", "Vries"),
            ("Şükrü", "Yılmaz"),
            ("Daan", "Berg"),
            ("Amira", "Haddad"),
        ):
            pupil = db.run(
                people.create_pupil,
                group_id=group,
                data=PupilInput(given_name=given, family_name=family),
            )
            pupil_ids.append(pupil.id)
            db.run(
                people.create_carer,
                data=CarerInput(name=f"Ouder van {given}", pupil_ids=[pupil.id]),
            )
    evening = db.run(
        evenings.create_evening,
        data=EveningInput(date=TODAY.isoformat(), start_time="18:30", location="Lokaal 5"),
    )
    for pupil_id in pupil_ids[:6]:
        db.run(evenings.add_slot, evening.id, pupil_id=pupil_id)
    return db


def all_indexes(model: object, parent: QModelIndex | None = None) -> list[QModelIndex]:
    from PySide6.QtCore import QAbstractItemModel

    assert isinstance(model, QAbstractItemModel)
    parent = parent or QModelIndex()
    found = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: they have one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for col in range(columns):
            index = model.index(row, col, parent)
            found.append(index)
            if col == 0:
                found.extend(all_indexes(model, index))
    return found


def exercise(qtbot: QtBot, window: MainWindow) -> int:
    """Search as a teacher types, and read every view's items and roles; returns the calls."""
    calls = 0
    for word in ("zoe", "sukru", "amira", "xyz"):
        qtbot.keyClicks(window.search, word)
        for _ in word:
            qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
        calls += 2 * len(word) * window.filter.sourceModel().rowCount()
    views = [window.tree, window.tonight.table, window.planner.slot_list, window.overview.table]
    views += [window.planner.evening_list, window.panel.talks, window.panel.carers]
    for view in views:
        model = view.model()
        for index in all_indexes(model):
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.UserRole,
                PUPIL_ID_ROLE,
                GROUP_ID_ROLE,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.ForegroundRole,
            ):
                index.data(role)
                model.data(index, role)
                calls += 2
    model = QStandardItemModel()
    for n in range(200):
        item = QStandardItem(f"leerling {n}")
        item.setData(n, PUPIL_ID_ROLE)
        item.setData(None, GROUP_ID_ROLE)
        model.appendRow(item)
        model.setData(item.index(), f"leerling {n}!", Qt.ItemDataRole.DisplayRole)
        item.data(GROUP_ID_ROLE)
        calls += 4
    return calls


def toggle_goals(qtbot: QtBot, window: PreparationWindow) -> int:
    """Tick and untick the goal types with the mouse: void calls and emits from Python."""
    calls = 0
    for _ in range(20):
        for box in window.goal_picker.boxes.values():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
            calls += 1
    return calls


def test_qt_calls_the_app_makes_do_not_leak_singletons(
    qtbot: QtBot, small_school: Database
) -> None:
    window = MainWindow(context_for(small_school))
    qtbot.addWidget(window)
    window.show()
    window.select_pupil(small_school.run(people.list_pupils)[0].id)
    talk_id = small_school.run(evenings.evenings_on, TODAY)[0].slots[0].talk.id
    preparation = PreparationWindow(context_for(small_school), talk_id)
    qtbot.addWidget(preparation)
    preparation.show()
    exercise(qtbot, window)  # warm-up: caches and lazily made objects settle first
    toggle_goals(qtbot, preparation)

    before = singleton_refs()
    calls = 0
    for _ in range(3):
        calls += exercise(qtbot, window) + toggle_goals(qtbot, preparation)
    after = singleton_refs()
    preparation.timer.stop()

    assert calls > 3000
    lost = {name: before[name] - after[name] for name in SINGLETONS}
    assert all(n < TOLERANCE for n in lost.values()), (
        f"references lost in {calls} Qt calls: {lost}; this PySide6 leaks them and will "
        "crash the app (see pyproject.toml)"
    )
