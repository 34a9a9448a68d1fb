"""Locate the data files the app ships in ``resources/``."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """Return the ``resources/`` folder, in a source checkout or a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one shipped file, e.g. ``resource_path("catalog", "nl", "goals.json")``."""
    return resource_dir().joinpath(*parts)
