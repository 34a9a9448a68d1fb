"""Talk mode when the school's server goes away: "niet verbonden", the notes kept on this
computer, and stored when the server answers again (issue 18, concurrency and network loss).

The network loss is real to the app: the server stops taking connections to the store's
database and ends the open ones (``ALLOW_CONNECTIONS false``, ``pg_terminate_backend``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from uihelpers import context_for, shown

from parentconv.services import people, talks
from parentconv.services.people import PupilInput
from parentconv.services.talks import TalkInput
from parentconv.store.db import Database
from parentconv.store.pending import PendingStore
from parentconv_ui.evening import offline_notes
from parentconv_ui.evening.talk_mode import TalkModeWindow


class Network:
    """Cuts and restores the laptop's connections to the store on the server."""

    def __init__(self, db: Database, server: str) -> None:
        self.name = db.url.database  # type: ignore[attr-defined]
        self.admin = create_engine(server, isolation_level="AUTOCOMMIT")

    def cut(self) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f"ALTER DATABASE {self.name} ALLOW_CONNECTIONS false"))
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": self.name},
            )

    def restore(self) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f"ALTER DATABASE {self.name} ALLOW_CONNECTIONS true"))


@pytest.fixture
def network(server_db: Database, pg_server: str) -> Iterator[Network]:
    net = Network(server_db, pg_server)
    yield net
    net.restore()
    net.admin.dispose()


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(offline_notes, "RETRY_MS", 200)


def a_talk(db: Database) -> int:
    group = db.run(people.create_group, name="groep 5", school_year="2026-2027").id
    pupil = db.run(
        people.create_pupil,
        group_id=group,
        data=PupilInput(given_name="Zoë", infix="de", family_name="Vries"),
    ).id
    return db.run(
        talks.create_talk,
        data=TalkInput(
            pupil_id=pupil, type_key="ten_minute", date="2026-11-24", start_time="18:30"
        ),
    ).id


def stored_notes(db: Database, talk_id: int) -> str:
    """Read back through a new connection, as another program would."""
    engine = create_engine(db.url)  # type: ignore[attr-defined]
    try:
        with engine.connect() as conn:
            row = conn.execute(text(f"SELECT shared_notes FROM talks WHERE id = {talk_id}"))
            return str(row.scalar_one())
    finally:
        engine.dispose()


def test_notes_typed_without_the_server_are_kept_and_stored_when_it_is_back(
    qtbot: QtBot, server_db: Database, network: Network, data_dir: Path
) -> None:
    talk_id = a_talk(server_db)
    window = shown(qtbot, TalkModeWindow(context_for(server_db), talk_id))
    assert isinstance(window, TalkModeWindow)
    network.cut()
    QTest.mouseClick(window.shared_note.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.shared_note, "Afgesproken: elke dag lezen")
    qtbot.waitUntil(lambda: "Niet verbonden" in window.notes_state.text(), timeout=8000)
    assert QApplication.activeModalWidget() is None  # the talk goes on: no box in the way
    waiting = list((data_dir / "pending").glob("*.json"))
    assert len(waiting) == 1
    assert "Afgesproken: elke dag lezen" in waiting[0].read_text(encoding="utf-8")

    # The teacher types on while the server is still away: that is kept too.
    qtbot.keyClicks(window.shared_note, " en tellen")
    qtbot.waitUntil(lambda: "en tellen" in waiting[0].read_text(encoding="utf-8"), timeout=5000)
    network.restore()
    qtbot.waitUntil(
        lambda: "verbinding met de server is terug" in window.notes_state.text(), timeout=8000
    )
    assert stored_notes(server_db, talk_id) == "Afgesproken: elke dag lezen en tellen"
    assert not list((data_dir / "pending").glob("*.json"))


def test_notes_left_waiting_are_stored_when_the_talk_is_opened_again(
    qtbot: QtBot, server_db: Database, data_dir: Path
) -> None:
    """The window was closed (or the laptop shut) before the server came back."""
    talk_id = a_talk(server_db)
    seen = server_db.run(talks.get_talk, talk_id)
    # Meanwhile a colleague wrote in the shared note on the server.
    server_db.run(talks.set_notes, talk_id, shared="IB: let op het lezen", private="")
    PendingStore(data_dir).keep(
        server_db.where,
        talk_id,
        shared="Afgesproken: elke dag lezen",
        private="Moeder oogde moe",
        seen=(seen.version, seen.shared_notes, seen.private_notes),
        now=dt.datetime(2026, 11, 24, 18, 35),
    )
    window = shown(qtbot, TalkModeWindow(context_for(server_db), talk_id))
    assert isinstance(window, TalkModeWindow)
    qtbot.waitUntil(lambda: not list((data_dir / "pending").glob("*.json")), timeout=5000)
    both = stored_notes(server_db, talk_id)
    assert "Afgesproken: elke dag lezen" in both and "IB: let op het lezen" in both
    assert "beide teksten" in window.notes_state.text()
    assert server_db.run(talks.get_talk, talk_id).private_notes == "Moeder oogde moe"
