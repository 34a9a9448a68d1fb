"""The warm-up after start: it runs every piece, in turns of the event loop, and writes nothing."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from parentconv.demo import load_demo_class
from parentconv.store.db import Database
from parentconv.warmup import warm_up, warm_up_steps
from parentconv_ui.common.warm_up import WarmUp
from parentconv_ui.main.main_window import MainWindow
from tests.uihelpers import context_for

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def unfreeze() -> Iterator[None]:
    yield
    gc.unfreeze()  # the app freezes its start-up objects once; a test process goes on


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_the_warm_up_reads_the_next_talk_and_lays_out_its_summary_without_writing(
    db: Database,
) -> None:
    db.run(load_demo_class, today=TODAY)
    before = dump(db.path)
    pieces = list(warm_up_steps(db, "nl"))
    assert {"preparation", "talk details", "summary", "DejaVuSans"} <= set(pieces)
    assert dump(db.path) == before
    assert not list(db.path.parent.glob("*.pdf"))


def test_on_an_empty_store_only_the_pdf_machinery_is_loaded(db: Database) -> None:
    pieces = list(warm_up_steps(db, "nl"))
    assert "DejaVuSans" in pieces and "preparation" not in pieces and "summary" not in pieces


def test_a_failing_warm_up_ends_quietly(db: Database, caplog: pytest.LogCaptureFixture) -> None:
    db.run(load_demo_class, today=TODAY)
    db.path.unlink()  # the store went away under it: the real call will say so, not this
    db.engine.dispose()
    db.path.write_bytes(b"not a database")
    with caplog.at_level(logging.DEBUG, logger="parentconv.warmup"):
        done = warm_up(db, "nl")
    assert done == 0
    assert "warm-up stopped" in caplog.text


def test_the_window_runs_it_piece_by_piece_and_a_close_stops_it(qtbot: QtBot, db: Database) -> None:
    db.run(load_demo_class, today=TODAY)
    main = MainWindow(context_for(db))
    qtbot.addWidget(main)
    main.show()
    warm = WarmUp(db, "nl", main)
    warm.start(0)
    assert warm.done == []  # nothing runs inside start(): the loop turns first
    qtbot.waitUntil(lambda: len(warm.done) >= 3, timeout=5000)
    warm.stop()
    stopped_at = len(warm.done)
    qtbot.wait(100)
    assert len(warm.done) == stopped_at and not warm.running

    again = WarmUp(db, "nl", main)
    again.start(0)
    qtbot.waitUntil(lambda: not again.running, timeout=10_000)
    names = [name for name, _ms in again.done]
    assert names[0] == "freeze the start" and names[-1] == "freeze the warm-up"
    assert "summary" in names and "parentconv_ui.printing.preview" in names
