"""The largest UI-thread stall per action in a scripted session on the school-size store.

Target (issue 14): no UI-thread stall over 50 ms in a scripted session on the school-size store:
start, search as you type, open a pupil, prepare a talk with autosave, plan an evening of 30,
talk mode, print.

The stall probe is a 5 ms ``QTimer`` (``Qt.TimerType.PreciseTimer``) that notes
``time.perf_counter()`` at every tick. While the UI thread is busy the timer cannot fire, so
the largest gap between two ticks during an action, less the 5 ms interval, is that action's
largest stall. Every step of the session is fired from the event loop (``QTimer.singleShot``),
the way a user's input arrives, and the loop runs (a ``QEventLoop`` that quits when the step is
done and what it should show is there) so the probe ticks between steps; keys and clicks go in
through ``QTest``. A check before the session fires one slot busy for 80 ms and prints the
gap the probe sees for it (about 80 ms, a stall of about 75).

The school-size store of ``school_store.py`` (600 pupils, 19,200 talks, ~56,000 agreements) is
built in a temporary folder, "today" being its 2026-11-23 at 15:30. The session:

1. start: construct and show the ``MainWindow``, until the UI is quiet;
2. search: click in the search box and type the most common family name of the school letter by
   letter, 50 ms apart;
3. open: Enter in the search box (selects the first match), until the panel shows that pupil;
4. prepare: click the panel's "Gesprek voorbereiden…" button, type 40 characters into the key
   message (50 ms apart), wait until the autosave (``AUTOSAVE_MS`` after the last key) stored
   them, close the preparation window;
5. plan: open the Gesprekkenavonden tab, click "Nieuwe avond", choose the pupil's group and click
   "Nog niet geplande leerlingen toevoegen" (on this store every pupil already had a talk this
   term, so it may add none), then add pupils one by one with the pupil picker as a teacher does
   (type the name without accents, 20 ms apart, Down to the pupil in the list, Enter): the rest
   of the group, then pupils of a parallel group, until the evening has 30 talks;
6. talk: start the evening's first talk (``main.start_talk``), click in the shared note and type
   a note, Ctrl+Return (finish: the reflection page), close the window (talks were held in it:
   it makes the evening backup);
7. print: ``main.print_summary`` of that talk (the PDF preview), Escape, ``main.print_evening``
   (the 30-talk evening pack), Escape.

After each step the loop runs until the probe has ticked steadily for 30 ms, so work a step
left for later (posted events, zero timers) lands in that step; "50 ms apart" counts from
there (the user's pause after the screen reacted). A closed window gives the main window the
focus back (``activateWindow``, a window manager's job that offscreen has no one to do).

Printed: per action the wall time, the largest stall, the probe ticks, the worst step and the
verdict against 50 ms, and the steps whose stall was over 50 ms (steps of one kind in one row).
Each action is recorded for the closing table of ``make bench`` (``_common.record``). The exit
code is 0 whatever the verdicts (this is a report), and not 0 when something breaks (a step
that never finishes, an unexpected message box, an exception inside a Qt callback).

    .venv/bin/python benchmarks/bench_session.py
    .venv/bin/python benchmarks/bench_session.py --profile plan   # where that action's time goes

``--profile ACTION`` runs the whole session and profiles that one action (cProfile, the 20
functions of parentconv/ and ui/ with the most cumulative time, for the whole action and for
its worst step alone); its figures are then slowed down by the profiler, so nothing is recorded
for the closing table in such a run.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import cProfile
import datetime as dt
import functools
import itertools
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

# Before any Qt import: the benchmark runs without a screen, like the tests.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# Measure this working tree, also when the package is not installed in the running Python.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import machine_line, print_table, record
from _qt import our_profile_lines, start_qt
from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from school_store import LARGE, TODAY, build

from parentconv.clock import FixedClock
from parentconv.config import resolve_locations
from parentconv.services import evenings, people, preparation, talks
from parentconv.services.views import PupilView
from parentconv.store.db import Database
from parentconv.text import fold
from parentconv_ui.app import WARM_UP_AFTER_MS
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.warm_up import WarmUp
from parentconv_ui.main.main_window import MainWindow
from parentconv_ui.main.pupil_tree import PUPIL_ID_ROLE
from parentconv_ui.preparation.window import AUTOSAVE_MS

ROOT = Path(__file__).resolve().parent.parent

TARGET_MS = 50.0
PROBE_MS = 5
QUIET_MS = 30  # after a step: the probe ticked this long with no gap over PROBE_MS + slack
QUIET_SLACK_MS = 3
TYPE_MS = 50  # between keys in the search box, the key message and the talk note
PICKER_TYPE_MS = 20  # between keys in the planner's pupil picker (30 names: keep the run short)
STEP_TIMEOUT_S = 20.0
EVENING_SIZE = 30
KEY_MESSAGE = "Leest thuis elke dag; rekenen gaat beter."[:40]
TALK_NOTE = "Ouders zien thuis dat lezen beter gaat."
CHECK_SLOT_MS = 80
PROFILE_LINES = 20
SCHOOL_NOW = dt.datetime.combine(TODAY, dt.time(15, 30))

ACTIONS = {
    "start": "start",
    "search": "search as you type",
    "open": "open a pupil",
    "prepare": "prepare a talk with autosave",
    "plan": "plan an evening of 30",
    "talk": "talk mode",
    "print": "print",
}


class SessionError(RuntimeError):
    """A step did not finish, or something the script did not expect happened."""


# --- the probe -----------------------------------------------------------------------------------


class StallProbe(QObject):
    """A 5 ms precise timer noting when it ticks; ``on_tick`` is called after each tick."""

    def __init__(self, interval_ms: int = PROBE_MS) -> None:
        super().__init__()
        self.interval_ms = interval_ms
        self.ticks: list[float] = []
        self.on_tick: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        if self.on_tick is not None:
            self.on_tick()

    def quiet_since(self, after: float, for_ms: float = QUIET_MS) -> float | None:
        """The first tick of a stretch of ``for_ms`` after ``after`` in which the probe ticked
        with no gap over its interval plus a little slack, ending at the last tick; or None."""
        ticks = self.ticks
        most = (self.interval_ms + QUIET_SLACK_MS) / 1000
        j = len(ticks) - 1
        while j > 0 and ticks[j - 1] > after and ticks[j] - ticks[j - 1] <= most:
            j -= 1
        if j < 0 or ticks[j] <= after or ticks[-1] - ticks[j] < for_ms / 1000:
            return None
        return ticks[j]

    def largest_gap_ms(self, start: float, end: float) -> tuple[float, int]:
        """The largest gap between consecutive ticks around ``start``..``end``, and the ticks.

        The gap that holds ``start`` counts (from the last tick before it), and the one that
        holds ``end`` (to the first tick after it), so work right at the edges is not lost.
        """
        ticks = self.ticks
        first = max(0, bisect.bisect_right(ticks, start) - 1)
        last = min(len(ticks) - 1, bisect.bisect_left(ticks, end))
        span = ticks[first : last + 1]
        inside = bisect.bisect_right(ticks, end) - bisect.bisect_left(ticks, start)
        if len(span) < 2:
            return (end - start) * 1000, inside
        return max(b - a for a, b in itertools.pairwise(span)) * 1000, inside


# --- the session runner --------------------------------------------------------------------------


@dataclass
class Step:
    """One user input: ``run`` is fired from the event loop after ``delay_ms`` of the loop
    running (the user's pause); the step is done when ``until()`` holds (if given)."""

    name: str
    run: Callable[[], object]
    until: Callable[[], bool] | None = None
    delay_ms: float = 0.0
    timeout_s: float = STEP_TIMEOUT_S


@dataclass
class StepResult:
    name: str
    fired: float
    returned: float
    busy_until: float
    done: float
    stall_ms: float = 0.0


@dataclass
class ActionResult:
    key: str
    name: str
    wall_ms: float = 0.0
    stall_ms: float = 0.0
    ticks: int = 0
    steps: list[StepResult] = field(default_factory=list)
    profile: list[list[str]] = field(default_factory=list)
    worst_profile: list[list[str]] = field(default_factory=list)

    @property
    def worst(self) -> StepResult | None:
        return max(self.steps, key=lambda s: s.stall_ms, default=None)

    @property
    def passed(self) -> bool:
        return self.stall_ms <= TARGET_MS


class Session:
    """Runs steps inside the Qt event loop while the probe ticks, and measures each action."""

    def __init__(self, probe: StallProbe, profile_key: str | None) -> None:
        self.probe = probe
        self.profile_key = profile_key
        self.results: list[ActionResult] = []
        self.surprises: list[str] = []
        self.last_busy = 0.0
        self.guard = QTimer()
        self.guard.setInterval(100)
        self.guard.timeout.connect(self._close_message_boxes)
        self.guard.start()

    def _close_message_boxes(self) -> None:
        """A message box would wait for an answer forever: note it and close it."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.surprises.append(f"{widget.windowTitle()}: {widget.text()}")
                widget.reject()

    def wait(self, until: Callable[[], bool], timeout_s: float, what: str) -> None:
        """Run the event loop until ``until()`` holds (checked at every probe tick)."""
        if until():
            return
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout_s
        timed_out = [False]

        def check() -> None:
            if until():
                loop.quit()
            elif time.perf_counter() > deadline:
                timed_out[0] = True
                loop.quit()

        self.probe.on_tick = check
        try:
            loop.exec()
        finally:
            self.probe.on_tick = None
        if timed_out[0]:
            raise SessionError(f"{what}: not done after {timeout_s:.0f} s")

    def pause(self, seconds: float) -> None:
        if seconds > 0:
            until = time.perf_counter() + seconds
            self.wait(lambda: time.perf_counter() >= until, seconds + 5, "pause")

    def settle(self, what: str, after: float | None = None) -> float:
        """Run the loop until the probe ticked steadily for QUIET_MS after ``after`` (now);
        returns where that quiet stretch began."""
        since = time.perf_counter() if after is None else after
        began: list[float] = []

        def quiet() -> bool:
            found = self.probe.quiet_since(since)
            if found is not None:
                began.append(found)
            return found is not None

        self.wait(quiet, 10.0, f"{what}: the UI never got quiet")
        return began[-1]

    def step(self, step: Step) -> StepResult:
        # The user's pause counts from where the UI got quiet after the previous step.
        self.pause(self.last_busy + step.delay_ms / 1000 - time.perf_counter())
        stamps: list[float] = []
        failure: list[BaseException] = []

        def fire() -> None:
            stamps.append(time.perf_counter())
            try:
                step.run()
            except BaseException as exc:  # raised again below, outside the event loop
                failure.append(exc)
            stamps.append(time.perf_counter())

        QTimer.singleShot(0, fire)
        until = step.until

        def finished() -> bool:
            return len(stamps) == 2 and (bool(failure) or until is None or until())

        self.wait(finished, step.timeout_s, step.name)
        if failure:
            raise SessionError(f"{step.name}: {failure[0]!r}") from failure[0]
        # The step is over where the UI got quiet after it (for its wall time), and its stall
        # is looked for up to the tick that told (all gaps after the quiet start are short).
        busy_until = self.settle(step.name, after=stamps[1])
        self.last_busy = busy_until
        return StepResult(step.name, stamps[0], stamps[1], busy_until, self.probe.ticks[-1])

    def action(self, key: str, steps: Iterable[Step]) -> ActionResult:
        """Run the steps as one action; its stall is the largest probe gap while it ran."""
        result = ActionResult(key, ACTIONS[key])
        profiling = key == self.profile_key
        profilers: list[cProfile.Profile] = []  # one per step: the worst step's own too
        self.settle(f"before {key}")  # the ticks run again after whatever came before
        start = self.probe.ticks[-1]
        for step in steps:
            if not profiling:
                result.steps.append(self.step(step))
                continue
            profiler = cProfile.Profile()
            profiler.enable()
            try:
                result.steps.append(self.step(step))
            finally:
                profiler.disable()
            profilers.append(profiler)
        end = result.steps[-1].done if result.steps else time.perf_counter()
        busy = result.steps[-1].busy_until if result.steps else end
        result.wall_ms = (busy - start) * 1000
        gap, result.ticks = self.probe.largest_gap_ms(start, end)
        result.stall_ms = max(0.0, gap - self.probe.interval_ms)
        for s in result.steps:
            step_gap, _ = self.probe.largest_gap_ms(s.fired, s.done)
            s.stall_ms = max(0.0, step_gap - self.probe.interval_ms)
        if profilers:
            result.profile = our_profile_lines(*profilers, lines=PROFILE_LINES)
            worst = max(range(len(result.steps)), key=lambda i: result.steps[i].stall_ms)
            result.worst_profile = our_profile_lines(profilers[worst], lines=PROFILE_LINES)
        self.results.append(result)
        return result


# --- typing --------------------------------------------------------------------------------------


def type_char(target: QWidget, ch: str) -> None:
    """One key; QTest maps only ASCII to keys, other letters go in as text (like a keyboard)."""
    if ch.isascii():
        QTest.keyClicks(target, ch)
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(target, event)


def keyboard_target(default: QWidget) -> QWidget:
    """Where a key goes: an open popup (the picker's list) takes it, as on a real keyboard."""
    return QApplication.activePopupWidget() or default


def typing(name: str, target: Callable[[], QWidget], text: str, every_ms: float) -> Iterator[Step]:
    for i, ch in enumerate(text):

        def key(ch: str = ch) -> None:
            type_char(target(), ch)

        yield Step(f"{name} {i + 1}/{len(text)}", key, delay_ms=every_ms)


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def close_to(window: QWidget, main: QWidget) -> None:
    """Close a window; the main window is active again (a window manager does that on a
    desktop; offscreen the script does it, so the keyboard goes there, as for the user)."""
    window.close()
    main.activateWindow()


# --- the session ---------------------------------------------------------------------------------


@dataclass
class State:
    """What the session learns on its way (the window, the pupil, the evening)."""

    ctx: AppContext
    main: MainWindow | None = None
    family: str = ""
    pupil_id: int | None = None
    group_id: int | None = None
    by_unplanned: int = 0
    evening_id: int | None = None
    evening_day: dt.date | None = None
    talk_id: int | None = None
    prepared_talk_id: int | None = None
    typed_names: int = 0
    shown_before_enter = False
    pupils: list[PupilView] = field(default_factory=list)
    warm_up: WarmUp | None = None

    @property
    def window(self) -> MainWindow:
        assert self.main is not None
        return self.main


def most_common_family(pupils: list[PupilView]) -> str:
    counts = collections.Counter(p.family_name for p in pupils)
    return min(counts, key=lambda name: (-counts[name], name))


def start_steps(st: State) -> Iterator[Step]:
    def make() -> None:
        st.main = MainWindow(st.ctx)
        st.main.show()
        st.main.activateWindow()
        # As the app's start does (Shell.start_warm_up): the first-use costs while idle.
        st.warm_up = WarmUp(st.ctx.db, st.ctx.language, st.main)
        st.warm_up.start(WARM_UP_AFTER_MS)

    yield Step("construct and show the main window", make, lambda: st.window.isVisible())


def search_steps(st: State) -> Iterator[Step]:
    main = st.window
    yield Step("click in the search box", lambda: click(main.search))
    yield from typing("type", lambda: main.search, st.family, TYPE_MS)


def open_steps(st: State) -> Iterator[Step]:
    main = st.window

    def first_match() -> int | None:
        group = main.filter.index(0, 0)
        index = main.filter.index(0, 0, group)
        value = index.data(PUPIL_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def shown() -> bool:
        wanted = first_match()
        details = main.panel.details
        return wanted is not None and details is not None and details.pupil.id == wanted

    st.shown_before_enter = shown()
    yield Step(
        "Enter: the first match",
        lambda: QTest.keyClick(main.search, Qt.Key.Key_Return),
        shown,
        delay_ms=TYPE_MS,
    )


def prepare_steps(st: State) -> Iterator[Step]:
    main = st.window

    def window() -> QWidget | None:
        return next((w for w in main.preparations.values() if w.isVisible()), None)

    yield Step(
        "click 'Gesprek voorbereiden…'",
        lambda: click(main.panel.prepare_button),
        lambda: window() is not None,
    )
    prep = next(w for w in main.preparations.values() if w.isVisible())
    st.prepared_talk_id = prep.talk_id
    yield Step("focus the key message", lambda: prep.key_message.setFocus())
    yield from typing("type", lambda: prep.key_message, KEY_MESSAGE, TYPE_MS)
    # The autosave fires AUTOSAVE_MS after the last key; wait for it in the loop.
    yield Step(
        f"autosave ({AUTOSAVE_MS} ms after the last key)",
        lambda: None,
        lambda: not prep.has_unsaved_changes(),
        timeout_s=AUTOSAVE_MS / 1000 + STEP_TIMEOUT_S,
    )
    yield Step(
        "close the preparation window",
        lambda: close_to(prep, main),
        lambda: not prep.isVisible() and QApplication.activeWindow() is main,
    )


def plan_steps(st: State) -> Iterator[Step]:
    main = st.window

    def open_tab() -> None:
        main.tabs.setCurrentWidget(main.planner)

    yield Step("open the Gesprekkenavonden tab", open_tab)
    planner = main.planner
    yield Step(
        "click 'Nieuwe avond'", lambda: click(planner.new_button), lambda: planner.view is not None
    )
    assert planner.view is not None
    st.evening_id, st.evening_day = planner.view.id, planner.view.date

    def slots() -> int:
        return len(planner.view.slots) if planner.view is not None else 0

    def choose_group() -> None:
        planner.group_combo.setCurrentIndex(planner.group_combo.findData(st.group_id))

    yield Step("choose the pupil's group", choose_group, delay_ms=TYPE_MS)
    before = slots()
    yield Step(
        "click 'Nog niet geplande leerlingen toevoegen'",
        lambda: click(planner.add_group_button),
        delay_ms=TYPE_MS,
    )
    st.by_unplanned = slots() - before
    on_evening = {s.talk.pupil_id for s in planner.view.slots} if planner.view else set()
    group_id = st.group_id
    assert group_id is not None
    # The pupil's group, then the groups after it (then before it): a parallel class.
    own = [p for p in st.pupils if p.group_id == group_id]
    others = [p for p in st.pupils if p.group_id > group_id]
    others += [p for p in st.pupils if p.group_id < group_id]
    wanted = [p for p in own + others if p.id not in on_evening][: EVENING_SIZE - slots()]
    yield Step("click in the pupil picker", lambda: click(planner.pupil_picker), delay_ms=TYPE_MS)
    for pupil in wanted:
        st.typed_names += 1
        target = slots() + 1
        yield from typing(
            f"pupil {target}: type", lambda: keyboard_target(planner.pupil_picker),
            fold(pupil.name), PICKER_TYPE_MS,
        )  # fmt: skip

        def down_to(pid: int = pupil.id) -> None:
            ids = planner.pupil_picker.matching_ids()
            for _ in range(ids.index(pid) + 1):
                QTest.keyClick(keyboard_target(planner.pupil_picker), Qt.Key.Key_Down)

        yield Step(f"pupil {target}: Down to the name", down_to, delay_ms=PICKER_TYPE_MS)
        yield Step(
            f"pupil {target}: Enter",
            lambda: QTest.keyClick(keyboard_target(planner.pupil_picker), Qt.Key.Key_Return),
            functools.partial(lambda n: slots() == n, target),
            delay_ms=PICKER_TYPE_MS,
        )
    assert planner.view is not None and slots() == EVENING_SIZE, slots()
    st.talk_id = planner.view.slots[0].talk.id


def talk_steps(st: State) -> Iterator[Step]:
    main = st.window
    assert st.talk_id is not None
    talk_id = st.talk_id
    opened: list[QWidget] = []

    def start() -> None:
        window = main.start_talk(talk_id)
        assert window is not None, "the talk did not start"
        opened.append(window)

    yield Step("start the first talk", start, lambda: bool(opened) and opened[0].isVisible())
    window = main.talk_windows[-1]
    yield Step("click in the shared note", lambda: click(window.shared_note.viewport()))
    yield from typing("type", lambda: window.shared_note, TALK_NOTE, TYPE_MS)
    yield Step(
        "Ctrl+Return: finish",
        lambda: QTest.keyClick(
            window.shared_note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        ),
        lambda: window.stack.currentIndex() == 1,
        delay_ms=TYPE_MS,
    )
    yield Step(
        "close the talk window (evening backup)",
        lambda: close_to(window, main),
        lambda: not window.isVisible() and QApplication.activeWindow() is main,
        delay_ms=TYPE_MS,
    )


def print_steps(st: State) -> Iterator[Step]:
    main = st.window
    assert st.talk_id is not None and st.evening_day is not None
    talk_id, day = st.talk_id, st.evening_day
    previews: list[QWidget] = []

    def show(make: Callable[[], QWidget | None]) -> None:
        preview = make()
        assert preview is not None, "no preview"
        previews.append(preview)

    yield Step(
        "print_summary: the preview",
        lambda: show(lambda: main.print_summary(talk_id)),
        lambda: bool(previews) and previews[-1].isVisible(),
    )
    first = previews[-1]
    yield Step(
        "Escape: close the preview",
        lambda: QTest.keyClick(first, Qt.Key.Key_Escape),
        lambda: not first.isVisible(),
        delay_ms=TYPE_MS,
    )
    yield Step(
        "print_evening: the evening pack preview",
        lambda: show(lambda: main.print_evening(day)),
        lambda: len(previews) == 2 and previews[-1].isVisible(),
        delay_ms=TYPE_MS,
    )
    pack = previews[-1]
    yield Step(
        "Escape: close the preview",
        lambda: QTest.keyClick(pack, Qt.Key.Key_Escape),
        lambda: not pack.isVisible(),
        delay_ms=TYPE_MS,
    )


def probe_check(session: Session) -> float:
    """Fire one slot that keeps the UI thread busy for CHECK_SLOT_MS; the probe gap it shows."""

    def busy() -> None:
        end = time.perf_counter() + CHECK_SLOT_MS / 1000
        while time.perf_counter() < end:
            pass

    session.settle("probe check")
    result = session.step(Step("busy slot", busy))
    gap, _ = session.probe.largest_gap_ms(result.fired, result.done)
    return gap


def run_session(ctx: AppContext, session: Session) -> State:
    st = State(ctx)
    st.pupils = [p for p in ctx.read(people.list_pupils) if p.left_on is None]
    st.family = most_common_family(st.pupils)
    session.action("start", start_steps(st))
    session.action("search", search_steps(st))
    session.action("open", open_steps(st))
    st.pupil_id = st.window.current_pupil_id()
    assert st.pupil_id is not None, "no pupil selected"
    st.group_id = next(p.group_id for p in st.pupils if p.id == st.pupil_id)
    session.action("prepare", prepare_steps(st))
    session.action("plan", plan_steps(st))
    session.action("talk", talk_steps(st))
    session.action("print", print_steps(st))
    return st


def check_stored(ctx: AppContext, st: State) -> None:
    """What the session typed is in the store (outside the measured actions)."""
    assert st.prepared_talk_id is not None and st.evening_id is not None
    assert st.talk_id is not None
    stored = ctx.read(preparation.get_preparation, st.prepared_talk_id).key_message
    assert stored.endswith(KEY_MESSAGE), f"the key message was not stored: {stored!r}"
    evening = ctx.read(evenings.get_evening, st.evening_id)
    assert len(evening.slots) == EVENING_SIZE, len(evening.slots)
    held = ctx.read(talks.get_talk, st.talk_id)
    assert held.status == "held", held.status
    assert TALK_NOTE in held.shared_notes, held.shared_notes


# --- report --------------------------------------------------------------------------------------


def report(results: list[ActionResult], st: State, check_ms: float, profiled: str | None) -> None:
    rows = []
    for r in results:
        worst = r.worst
        rows.append(
            [
                r.name + (" (profiled)" if r.key == profiled else ""),
                f"{r.wall_ms:.0f}",
                f"{r.stall_ms:.1f}",
                str(r.ticks),
                f"{worst.name} ({worst.stall_ms:.0f})" if worst else "-",
                "PASS" if r.passed else "FAIL",
            ]
        )
    print()
    print_table(
        ["action", "wall ms", "largest stall ms", "ticks", "worst step (ms)", "<= 50 ms"], rows
    )
    rows = over_target_rows(results)
    if rows:
        print(
            f"\nSteps with a stall over {TARGET_MS:.0f} ms (steps of one kind, e.g. each "
            f"pupil's Enter, in one row: how many of them, the largest and the median stall):"
        )
        print_table(["action", "step", "over / all", "largest ms", "median ms", "slot ms"], rows)
        print("(slot ms: the step's own call, fired from the loop, for the largest; the stall also")
        print(" holds what it set off right after, e.g. a change signal's slots or a zero timer)")
    for r in results:
        if r.profile:
            print(
                f"\ncProfile of '{r.name}' (the whole action, {len(r.steps)} steps; the "
                f"profiler slows it down), functions in parentconv/ and ui/ by cumulative time:"
            )
            print_table(["function", "calls", "own ms", "cumulative ms"], r.profile)
        worst = r.worst
        if r.worst_profile and worst is not None and len(r.steps) > 1:
            print(f"\nThe same for its worst step alone, '{worst.name}':")
            print_table(["function", "calls", "own ms", "cumulative ms"], r.worst_profile)
    print(
        f"\nProbe check: a slot busy for {CHECK_SLOT_MS} ms shows as a {check_ms:.1f} ms gap "
        f"between ticks (stall {check_ms - PROBE_MS:.1f} ms)."
    )
    print(
        f"Searched '{st.family}' (the most common family name); the first match, pupil "
        f"{st.pupil_id}, "
        + (
            "was on show already while typing (the search selects it when nothing is)"
            if st.shown_before_enter
            else "was shown by Enter"
        )
        + f"; evening {st.evening_day} with "
        f"{EVENING_SIZE} talks ({st.by_unplanned} by 'Nog niet geplande leerlingen toevoegen', "
        f"{st.typed_names} typed in the picker)."
    )
    if st.warm_up is not None:
        pieces = ", ".join(f"{name} {ms:.0f}" for name, ms in st.warm_up.done)
        print(f"Warm-up pieces while idle (ms, as the app's start runs them): {pieces}.")


def over_target_rows(results: list[ActionResult]) -> list[list[str]]:
    rows: list[list[str]] = []
    for r in results:
        kinds: dict[str, list[StepResult]] = {}
        for step in r.steps:
            kinds.setdefault(re.sub(r"\d+(/\d+)?", "N", step.name), []).append(step)
        for kind, steps in kinds.items():
            over = [s for s in steps if s.stall_ms > TARGET_MS]
            if not over:
                continue
            worst = max(steps, key=lambda s: s.stall_ms)
            name = worst.name if len(steps) == 1 else kind
            rows.append(
                [
                    r.key,
                    name,
                    f"{len(over)} / {len(steps)}",
                    f"{worst.stall_ms:.1f}",
                    f"{statistics.median(s.stall_ms for s in steps):.1f}",
                    f"{(worst.returned - worst.fired) * 1000:.1f}",
                ]
            )
    return rows


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--profile",
        choices=sorted(ACTIONS),
        metavar="ACTION",
        help=f"profile one action ({', '.join(ACTIONS)}); nothing is recorded then",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    _app, swallowed = start_qt()  # kept: the application lives as long as main()
    print(machine_line())
    with tempfile.TemporaryDirectory(prefix="parentconv-bench-") as name:
        locations = resolve_locations(Path(name) / "school")
        locations.data_dir.mkdir(parents=True)
        store = build(locations.database, LARGE)
        counts = store.counts
        print(
            f"School-size store: {counts['pupils']} pupils, {counts['talks']} talks, "
            f"{counts['agreements']} agreements, built in {store.build_s:.1f} s; "
            f"now is {SCHOOL_NOW:%Y-%m-%d %H:%M}."
        )
        db = Database(locations.database, clock=FixedClock(SCHOOL_NOW))
        probe = StallProbe()
        probe.start()
        session = Session(probe, args.profile)
        st: State | None = None
        try:
            ctx = AppContext(db, locations, "nl")
            check_ms = probe_check(session)
            st = run_session(ctx, session)
            probe.stop()
            check_stored(ctx, st)
        finally:
            probe.stop()
            if st is not None and st.main is not None:
                st.main.close()
                st.main.deleteLater()
            QApplication.processEvents()
            db.close()
    assert st is not None
    report(session.results, st, check_ms, args.profile)
    print()
    if args.profile is None:
        for r in session.results:
            record(
                f"largest UI stall: {r.name}",
                r.stall_ms,
                baseline=None,
                baseline_label="a 5 ms probe timer",
                target=f"<= {TARGET_MS:.0f} ms",
                passed=r.passed,
            )
    else:
        print("(--profile: nothing recorded for the closing table)")
    failed = False
    if session.surprises:
        print("\nMessage boxes closed by the script:", *session.surprises, sep="\n  ")
        failed = True
    if swallowed:
        print(f"\n{len(swallowed)} error(s) inside Qt callbacks; see above.", file=sys.stderr)
        failed = True
    return 1 if failed else 0  # a missed target is not an error


if __name__ == "__main__":
    sys.exit(main())
