"""Errors a teacher can cause or meet, each with a message meant for them.

Known problems (bad input, a full disk, a damaged file) are ``UserFacingError``s and are
shown in plain words. Anything else is a bug: it is logged and reported as one.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose ``message`` can be shown to the teacher as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(UserFacingError):
    """Input that cannot be stored; ``field`` names the form field at fault, if any."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(UserFacingError):
    """The thing asked for does not exist (any more)."""


class StorageError(UserFacingError):
    """The database or its folder cannot be used: not writable, full, damaged, too new."""


class NotConnectedError(StorageError):
    """The school's server cannot be reached (team mode): what was typed is kept locally."""


class LoginFailedError(StorageError):
    """The school's server refused the login (a wrong or missing password)."""
