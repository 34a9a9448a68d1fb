"""Writing a finished PDF to disk: atomically, with plain Dutch messages when it cannot."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from parentconv.errors import UserFacingError


def write_pdf(data: bytes, path: Path) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder; return the path.

    A reader never sees half a file, and an existing file is only replaced by a complete one.
    """
    target = Path(path).expanduser()
    folder = target.parent
    if not folder.is_dir():
        if folder.exists():
            raise UserFacingError(
                f"Kan de PDF niet opslaan: '{folder}' is geen map. Kies een andere plek."
            )
        raise UserFacingError(
            f"Kan de PDF niet opslaan: de map '{folder}' bestaat niet. Kies een andere plek."
        )
    if target.is_dir():
        raise UserFacingError(f"Kan de PDF niet opslaan: '{target}' is een map.")
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".oudergesprek-", suffix=".pdf.tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, target)
    except OSError as exc:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise UserFacingError(_message(exc, target)) from exc
    return target


def _message(exc: OSError, target: Path) -> str:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Kan de PDF niet opslaan in '{target.parent}': u heeft daar geen schrijfrechten. "
            "Kies een andere map, bijvoorbeeld Documenten."
        )
    if exc.errno == errno.ENOSPC:
        return (
            "Kan de PDF niet opslaan: de schijf is vol. Maak ruimte vrij of kies een andere plek."
        )
    if exc.errno == errno.ENAMETOOLONG:
        return "Kan de PDF niet opslaan: de bestandsnaam is te lang. Kies een kortere naam."
    return f"Kan de PDF niet opslaan als '{target}' ({exc.strerror or exc})."
