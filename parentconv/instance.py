"""One Oudergesprek per data folder: two apps on one store would overwrite each other's notes.

The lock is an operating-system file lock (``filelock``): it is released when the process
ends, also when it is killed, so a crash never leaves the folder locked. The app holds it while
it runs; command-line commands that change the store (``demo``, ``restore``) take it too.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from parentconv.errors import UserFacingError
from parentconv.i18n import _
from parentconv.private import PRIVATE_FILE, private_dir

LOCK_FILENAME = "oudergesprek.lock"


class AlreadyOpenError(UserFacingError):
    """Another Oudergesprek has this data folder open."""


class InstanceLock:
    """Held by the one process that may change the store in ``data_dir``."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILENAME
        self._lock: FileLock | None = None

    def acquire(self) -> None:
        """Take the lock or raise ``AlreadyOpenError`` at once (never waits)."""
        lock = FileLock(str(self.path), timeout=0, mode=PRIVATE_FILE, thread_local=False)
        try:
            private_dir(self.data_dir)
            lock.acquire()
        except Timeout as exc:
            raise AlreadyOpenError(
                _(
                    "Oudergesprek is al geopend voor deze gegevensmap ({folder}). Gebruik dat "
                    "venster, of sluit het eerst."
                ).format(folder=self.data_dir)
            ) from exc
        except OSError as exc:
            raise UserFacingError(
                _(
                    "Oudergesprek kan niet schrijven in de gegevensmap {folder}. "
                    "Kies een andere map met --data-dir of controleer de rechten."
                ).format(folder=self.data_dir)
            ) from exc
        self._lock = lock

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.is_locked

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.release()
