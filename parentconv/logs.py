"""Logging to a file in the app's log directory, so bugs can be found afterwards."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILENAME = "oudergesprek.log"


def setup_logging(log_dir: Path) -> Path | None:
    """Log INFO and above to ``log_dir/oudergesprek.log`` (rotating); None if that is impossible."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
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
