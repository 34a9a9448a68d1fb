"""Locate the data files the app ships (the ``resources/`` folder of the source tree).

Installed, that folder is the package ``parentconv_resources``; ``importlib.resources`` finds
it in a source checkout (editable install), in a wheel and in the PyInstaller bundle alike.
"""

from __future__ import annotations

import functools
import sys
from importlib import resources
from pathlib import Path


@functools.cache
def resource_dir() -> Path:
    """The folder that holds ``catalog/``, ``fonts/`` and ``translations/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None and (Path(frozen_root) / "parentconv_resources").is_dir():
        return Path(frozen_root) / "parentconv_resources"
    return Path(str(resources.files("parentconv_resources")))


def resource_path(*parts: str) -> Path:
    """Path of one shipped file, e.g. ``resource_path("catalog", "nl", "goals.json")``."""
    return resource_dir().joinpath(*parts)
