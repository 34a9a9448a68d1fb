"""Logging to a file in the app's log directory, so bugs can be found afterwards."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from parentconv.private import private_dir, private_file

LOG_FILENAME = "oudergesprek.log"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file (also a rotated one) is the owner's alone: it may name pupils."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        private_file(Path(self.baseFilename))
        return stream


def setup_logging(log_dir: Path) -> Path | None:
    """Log INFO and above to ``log_dir/oudergesprek.log`` (rotating); None if that is impossible."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        private_dir(log_dir)
        handler = _PrivateRotatingFileHandler(
            log_dir / LOG_FILENAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in root.handlers if getattr(h, "_parentconv", False)]:
        root.removeHandler(old)
        old.close()
    handler._parentconv = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_dir / LOG_FILENAME
