"""Writing a file so that a reader never sees half of it: a temporary file in the same folder,
flushed to disk, then renamed over the target in one step (also on Windows).

Only an ordinary file (or none) is ever replaced: renaming over ``/dev/full``, a pipe or a
socket would swap the device or pipe itself for our file, so such a target is refused before
anything is written. A symbolic link is followed: the file it points to is replaced, the link
stays.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from parentconv.errors import UserFacingError
from parentconv.i18n import _

PRIVATE = 0o600  # the teacher's own files: notes about children are personal data
_PREFIX = 40  # characters of the target's name in the temporary name (which must fit in 255)


class NotAFileError(UserFacingError, OSError):
    """The target exists but is no ordinary file (a device, a pipe, a socket, a folder).

    Also an ``OSError``, so a caller that handles a failed write already handles this one.
    """


def write_atomically(path: Path, data: bytes, *, mode: int = PRIVATE) -> Path:
    """Write ``data`` to ``path``; an existing file is only ever replaced by a complete one.

    Raises ``NotAFileError`` when ``path`` is there but is no ordinary file, and ``OSError``
    (no permission, full disk, a name too long …): the caller says it in the teacher's words.
    """
    target = Path(path)
    real = Path(os.path.realpath(target))
    _refuse_unless_regular(real, target)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{real.name[:_PREFIX]}.", suffix=".tmp", dir=real.parent
    )
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, mode)
        _refuse_unless_regular(real, target)  # still so, a moment later
        os.replace(tmp_name, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return target


def _refuse_unless_regular(real: Path, shown: Path) -> None:
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return  # a new file
    if not stat.S_ISREG(mode):
        raise NotAFileError(
            _(
                "Kan niet opslaan als '{target}': dat is geen gewoon bestand (maar bijvoorbeeld "
                "een apparaat of een map). Kies een andere naam."
            ).format(target=shown)
        )
