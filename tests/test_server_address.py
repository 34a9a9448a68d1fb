"""Choosing the school's server: ``--database``, ``PARENTCONV_DATABASE_URL``, the settings;
and its password is never written to a file of the app (the keyring holds it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import when_dialog_opens

from parentconv.config import DATABASE_URL_ENV, database_address
from parentconv.errors import StorageError
from parentconv.settings import Settings, load_settings, save_settings
from parentconv.store import secrets
from parentconv.store.server import server_url, shown


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def ring() -> MemoryKeyring:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


def test_the_command_line_wins_then_the_variable_then_the_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    assert database_address(None, "") == ""  # the laptop's own file
    assert database_address(None, "postgresql://juf@school/og") == "postgresql://juf@school/og"
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://ib@school/og")
    assert database_address(None, "postgresql://juf@school/og") == "postgresql://ib@school/og"
    assert database_address(" postgresql://x@y/z ", "") == "postgresql://x@y/z"


def test_a_password_never_reaches_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(database_url="postgresql://juf:geheim@school:5432/og"))
    assert "geheim" not in path.read_text(encoding="utf-8")
    assert load_settings(path).database_url == "postgresql://juf@school:5432/og"
    save_settings(path, Settings(database_url="postgresql://school/og?user=juf&password=geheim"))
    assert "geheim" not in path.read_text(encoding="utf-8")
    path.write_text('{"database_url": "postgresql://juf:geheim@school/og"}', encoding="utf-8")
    assert load_settings(path).database_url == "postgresql://juf@school/og"  # read without it


def test_a_remembered_password_is_taken_from_the_keyring(ring: MemoryKeyring) -> None:
    address = "postgresql://juf@school.local:5432/oudergesprek"
    assert server_url(address).password is None
    assert secrets.remember_password(shown(server_url(address)), "geheim")
    assert ring.kept == {
        ("Oudergesprek", "postgresql://juf@school.local:5432/oudergesprek"): "geheim"
    }
    url = server_url(address)
    assert url.password == "geheim" and url.drivername == "postgresql+psycopg"
    assert "geheim" not in shown(url)
    # One typed in the address itself wins over the keyring's.
    assert server_url("postgresql://juf:anders@school.local:5432/oudergesprek").password == "anders"
    secrets.forget_password(shown(url))
    assert ring.kept == {}


def test_no_keyring_is_no_error() -> None:
    from keyring.backends.fail import Keyring as NoKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        assert secrets.password_for("postgresql://juf@school/og") is None
        assert secrets.remember_password("postgresql://juf@school/og", "geheim") is False
        secrets.forget_password("postgresql://juf@school/og")
    finally:
        keyring.set_keyring(before)


@pytest.mark.parametrize("address", ["mysql://juf@school/og", "geen adres", "sqlite:///x.db"])
def test_an_address_that_is_no_postgresql_server_is_a_plain_message(address: str) -> None:
    with pytest.raises(StorageError, match=r"PostgreSQL|databaseadres"):
        server_url(address)


# --- a login with a password, on a real server ----------------------------------------------


def test_a_login_that_wants_a_password_is_asked_for_it_when_the_app_starts(
    qtbot: QtBot, ring: MemoryKeyring, pg_server: str, pg_template: str
) -> None:
    """The test cluster trusts its socket for every login but this one (tests/pg_server.py),
    which must give its password, as every teacher's login on a school's server does."""
    from pg_server import PASSWORD_LOGIN
    from sqlalchemy import create_engine

    from parentconv.team import TEAM_ROLE

    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:  # roles belong to the whole cluster: leave it as found
        had_team = conn.exec_driver_sql(
            f"SELECT 1 FROM pg_roles WHERE rolname = '{TEAM_ROLE}'"
        ).first()
    try:
        asks_for_a_password(qtbot, ring, pg_server, pg_template)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {PASSWORD_LOGIN}")
            if had_team is None:
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {TEAM_ROLE}")
        admin.dispose()


def asks_for_a_password(
    qtbot: QtBot, ring: MemoryKeyring, pg_server: str, pg_template: str
) -> None:
    from pg_server import PASSWORD_LOGIN, as_login, new_database
    from sqlalchemy import create_engine

    from parentconv.errors import LoginFailedError
    from parentconv.store.server import ServerDatabase
    from parentconv.team import add_teacher_statements, init_statements, run_statements
    from parentconv_ui.app import _open_server

    with new_database(pg_server, pg_template) as url:
        owner = create_engine(url)
        try:
            with owner.connect() as conn:
                run_statements(owner, init_statements(conn))
            with owner.connect() as conn:
                statements = add_teacher_statements(
                    conn, PASSWORD_LOGIN, "Juf Wachtwoord", coordinator=False
                )
            run_statements(owner, statements)
            with owner.begin() as conn:
                conn.exec_driver_sql(f"ALTER ROLE {PASSWORD_LOGIN} PASSWORD 'Zon-op-het-plein'")
        finally:
            owner.dispose()
        address = as_login(url, PASSWORD_LOGIN)

        with pytest.raises(LoginFailedError) as refused:  # without the app: no prompt
            ServerDatabase(address)
        assert "het wachtwoord klopt niet" in refused.value.message

        asked: list[str] = []

        def type_password(
            password: str, then: Callable[[QWidget], None] | None = None
        ) -> Callable[[QWidget], None]:
            def act(dialog: QWidget) -> None:
                asked.append(dialog.findChild(QLabel).text())
                line = dialog.findChild(QLineEdit)
                assert line.echoMode() == QLineEdit.EchoMode.Password  # not shown on screen
                QTest.keyClicks(line, password)
                if then is not None:
                    when_dialog_opens(qtbot, then)
                QTest.keyClick(line, Qt.Key.Key_Return)

            return act

        # A typing mistake: asked again, with the server's plain words; then the right one.
        when_dialog_opens(
            qtbot, type_password("zon-op-het-plein", type_password("Zon-op-het-plein"))
        )
        db = _open_server(address, interactive=True)
        try:
            assert db.author == PASSWORD_LOGIN
            assert len(asked) == 2
            assert all("het wachtwoord klopt niet" in text for text in asked)
            assert "Wachtwoord voor de server van de school" in asked[0]
        finally:
            db.close()
        assert ring.kept == {}  # for this session only: the keyring is the teacher's choice

        # Annuleren: the app does not start, with the same message (no traceback).
        when_dialog_opens(qtbot, lambda dialog: dialog.reject())
        with pytest.raises(LoginFailedError):
            _open_server(address, interactive=True)
