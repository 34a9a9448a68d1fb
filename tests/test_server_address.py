"""Choosing the school's server: ``--database``, ``PARENTCONV_DATABASE_URL``, the settings;
and its password is never written to a file of the app (the keyring holds it)."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

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
