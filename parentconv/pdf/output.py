"""Writing a finished PDF to disk: atomically, with plain Dutch messages when it cannot."""

from __future__ import annotations

import errno
from pathlib import Path

from parentconv.atomic import NotAFileError, write_atomically
from parentconv.errors import UserFacingError
from parentconv.i18n import _


def write_pdf(data: bytes, path: Path) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder; return the path.

    A reader never sees half a file, and an existing file is only replaced by a complete one.
    """
    target = Path(path).expanduser()
    folder = target.parent
    try:  # even asking about a name over 255 characters is an OSError
        if not folder.is_dir():
            if folder.exists():
                raise UserFacingError(
                    _(
                        "Kan de PDF niet opslaan: '{folder}' is geen map. Kies een andere plek."
                    ).format(folder=folder)
                )
            raise UserFacingError(
                _(
                    "Kan de PDF niet opslaan: de map '{folder}' bestaat niet. Kies een andere plek."
                ).format(folder=folder)
            )
        if target.is_dir():
            raise UserFacingError(
                _("Kan de PDF niet opslaan: '{target}' is een map.").format(target=target)
            )
        # 0600: the teacher shares it on purpose, not by default. A device or a pipe
        # (``-o /dev/full``) is refused, never replaced.
        write_atomically(target, data)
    except NotAFileError:
        raise  # its message says it already
    except OSError as exc:
        raise UserFacingError(_message(exc, target)) from exc
    return target


def _message(exc: OSError, target: Path) -> str:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _(
            "Kan de PDF niet opslaan in '{folder}': je hebt daar geen schrijfrechten. "
            "Kies een andere map, bijvoorbeeld Documenten."
        ).format(folder=target.parent)
    if exc.errno == errno.ENOSPC:
        return _(
            "Kan de PDF niet opslaan: de schijf is vol. Maak ruimte vrij of kies een andere plek."
        )
    if exc.errno == errno.ENAMETOOLONG:
        return _("Kan de PDF niet opslaan: de bestandsnaam is te lang. Kies een kortere naam.")
    return _("Kan de PDF niet opslaan als '{target}' ({error}).").format(
        target=target, error=exc.strerror or exc
    )
