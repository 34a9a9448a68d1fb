"""The one error of reading a class list: the file cannot be read at all."""

from __future__ import annotations

from parentconv.errors import UserFacingError


class ImportFileError(UserFacingError):
    """The file cannot be read as a class list at all (empty, damaged, too big, not a class
    list); the message says so in plain Dutch. Anything less is a row in ``ReadResult``."""
