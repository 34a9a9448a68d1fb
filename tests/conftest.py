"""Test setup: Qt offscreen, and no test can touch the real user's folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import: tests run on machines without a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from parentconv.store.db import Database


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the data folder and every XDG/home folder at a temporary place."""
    home = tmp_path_factory.mktemp("home")
    data = home / "data"
    monkeypatch.setenv("PARENTCONV_DATA_DIR", str(data))
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    return data


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    """A fresh, empty, migrated database in the test's data folder."""
    database = Database(data_dir / "oudergesprek.sqlite3")
    yield database
    database.close()
