"""Test setup: Qt offscreen, and no test can touch the real user's folders."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Set before any Qt import: tests run on machines without a screen.
# The offscreen screen is the most common school laptop's: 1366×768 (see laptop_screen.json).
# QT_QPA_PLATFORM=xcb under xvfb-run -s "-screen 0 1366x768x24" runs them on a real X server.
os.environ.setdefault(
    "QT_QPA_PLATFORM", "offscreen:configfile=" + str(Path(__file__).with_name("laptop_screen.json"))
)
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from parentconv.clock import FixedClock
from parentconv.store.db import Database

DEFAULT_NOW = dt.datetime(2026, 11, 23, 15, 30)  # a Monday afternoon in the school year


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


@pytest.fixture(autouse=True)
def core_speaks_dutch() -> Iterator[None]:
    """Each test starts with the core's messages in Dutch (an English GUI test switches them)."""
    from parentconv.i18n import set_language

    set_language("nl")
    yield
    set_language("nl")


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs


@pytest.fixture
def clock() -> FixedClock:
    """The clock of the test's database and windows (a module may override this fixture)."""
    return FixedClock(DEFAULT_NOW)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A throw-away PostgreSQL cluster (one per test process), for the team-mode tests;
    skipped, with the reason, where none can be started. CI here has PostgreSQL 15."""
    from pg_server import postgres_cluster

    try:
        with postgres_cluster() as url:
            yield url
    except RuntimeError as exc:
        pytest.skip(f"no PostgreSQL for the team-mode tests: {exc}")


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> str:
    """A database on the cluster migrated to the newest revision, to copy for each test."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from parentconv.store.db import alembic_config

    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text("CREATE DATABASE store_template"))
    admin.dispose()
    engine = create_engine(pg_server.replace("/postgres?", "/store_template?"))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    return "store_template"


@pytest.fixture
def server_db(pg_server: str, pg_template: str, clock: FixedClock) -> Iterator[Database]:
    """A fresh store on the PostgreSQL server, opened as the app opens one (its owner)."""
    from pg_server import new_database

    from parentconv.store.server import ServerDatabase

    with new_database(pg_server, pg_template) as url:
        database = ServerDatabase(url, clock=clock)
        yield database
        database.close()


@pytest.fixture(scope="session")
def migrated_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty store made and migrated once per test process, to copy for each test (the
    twelve migrations take longer than the copy; tests/test_store.py makes stores afresh)."""
    path = tmp_path_factory.mktemp("template") / "oudergesprek.sqlite3"
    Database(path).close()  # closing checkpoints the WAL: the file alone is the store
    return path


@pytest.fixture
def db(data_dir: Path, clock: FixedClock, migrated_store: Path) -> Iterator[Database]:
    """A fresh, empty, migrated database in the test's data folder."""
    import shutil

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "oudergesprek.sqlite3"
    shutil.copyfile(migrated_store, path)
    database = Database(path, clock=clock)
    yield database
    database.close()


# --- a detector for PySide6 reference leaks on None/True/False (crash on Python 3.11) ---------
#
# ``pytest --none-probe`` reports, per test, how many references to None and True it lost.
# Before Python 3.12 these singletons are reference-counted, so a binding that drops references
# crashes the interpreter once enough are gone ("none_dealloc", "bool_dealloc"); this finds the
# places where the app's calls trigger such a leak. Objects freed during a test also lower the
# counts a little, so only losses of hundreds mean something.


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--none-probe",
        action="store_true",
        help="report references to None and True lost per test (PySide6 leak detector)",
    )


_singleton_losses: list[tuple[int, int, str]] = []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    if not item.config.getoption("--none-probe"):
        yield
        return
    import gc
    import sys

    gc.collect()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    yield
    gc.collect()
    _singleton_losses.append(
        (none_before - sys.getrefcount(None), true_before - sys.getrefcount(True), item.nodeid)
    )


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    if not config.getoption("--none-probe"):
        return
    write = terminalreporter.write_line
    none_total = sum(n for n, _, _ in _singleton_losses)
    true_total = sum(t for _, t, _ in _singleton_losses)
    write(
        f"none-probe: over {len(_singleton_losses)} tests {none_total} references to None "
        f"and {true_total} to True lost (negative: gained)"
    )
    for none_lost, true_lost, nodeid in sorted(_singleton_losses, reverse=True)[:25]:
        if none_lost > 200 or true_lost > 200:
            write(f"  None {none_lost:7d}  True {true_lost:7d}  {nodeid}")
