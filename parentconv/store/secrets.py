"""The server password, kept in the system's keyring (Windows Credential Manager, macOS
Keychain, the Secret Service on Linux), never in a file of the app.

Where no keyring works (a machine without one, or the ``keyring`` package missing), nothing
is remembered: the teacher types it, or the school uses libpq's own ``.pgpass`` or service
file, which the PostgreSQL driver reads by itself.
"""

from __future__ import annotations

import logging
from typing import Any

from parentconv import APP_NAME

log = logging.getLogger(__name__)


def _keyring() -> Any:
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def password_for(where: str) -> str | None:
    """The password remembered for the server address ``where`` (shown without a password)."""
    ring = _keyring()
    if ring is None:
        return None
    try:
        value = ring.get_password(APP_NAME, where)
    except Exception as exc:  # a locked or absent keyring backend: nothing remembered
        log.info("No keyring to read the server password from: %s", type(exc).__name__)
        return None
    return str(value) if value else None


def remember_password(where: str, password: str) -> bool:
    """Store the password in the keyring; False when there is no usable keyring."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(APP_NAME, where, password)
    except Exception:
        log.warning("The keyring refused the server password", exc_info=True)
        return False
    return True


def forget_password(where: str) -> None:
    ring = _keyring()
    if ring is None:
        return
    try:
        ring.delete_password(APP_NAME, where)
    except Exception as exc:  # nothing remembered, or no keyring
        log.info("No server password to forget: %s", type(exc).__name__)
