"""Only the teacher reads the teacher's files: folders 0700 and files 0600 on POSIX, whatever
the umask (notes about children and parents are personal data). On Windows the user's own
profile folders already keep other users out; nothing is changed there."""

from __future__ import annotations

import logging
import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600

log = logging.getLogger(__name__)


def private_dir(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if needed; make it the owner's alone."""
    folder.mkdir(parents=True, exist_ok=True)
    _chmod(folder, PRIVATE_DIR)
    return folder


def private_file(path: Path) -> None:
    """Make an existing file the owner's alone (a missing one is left alone)."""
    if path.exists():
        _chmod(path, PRIVATE_FILE)


def _chmod(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    try:
        os.chmod(path, mode)
    except PermissionError:  # not ours (a shared folder given with --data-dir): say so, go on
        log.warning("Cannot restrict the permissions of %s", path)
