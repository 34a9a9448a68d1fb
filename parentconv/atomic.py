"""Writing a file so that a reader never sees half of it: a temporary file in the same folder,
flushed to disk, then renamed over the target in one step (also on Windows)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE = 0o600  # the teacher's own files: notes about children are personal data


def write_atomically(path: Path, data: bytes, *, mode: int = PRIVATE) -> Path:
    """Write ``data`` to ``path``; an existing file is only ever replaced by a complete one.

    Raises ``OSError`` (no permission, full disk …): the caller says it in the teacher's words.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return target
