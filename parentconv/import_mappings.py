"""Column choices the teacher made for a class-list file, remembered per header line.

A school's export has the same header every time; once the teacher has said which column holds
the roepnaam, the next import of that export needs no choosing. Kept as a small JSON file in the
data folder (``kolommen.json``): ``{signature: {column index: field key}}``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path

from parentconv.atomic import write_atomically
from parentconv.private import private_dir

log = logging.getLogger(__name__)

FILE_NAME = "kolommen.json"
MAX_REMEMBERED = 50


def _load_all(folder: Path) -> dict[str, dict[str, str]]:
    try:
        raw = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable column choices %s: %s", folder / FILE_NAME, exc)
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        str(sig): {str(k): str(v) for k, v in choice.items()}
        for sig, choice in raw.items()
        if isinstance(choice, dict)
    }


def remembered(folder: Path, signature: str) -> dict[int, str] | None:
    """The choice made before for a file with this header line, if any."""
    choice = _load_all(folder).get(signature)
    if not choice:
        return None
    try:
        return {int(k): v for k, v in choice.items()}
    except ValueError:
        return None


def remember(folder: Path, signature: str, mapping: Mapping[int, str]) -> None:
    """Keep this choice for the next file with the same header (the newest 50 are kept)."""
    every = _load_all(folder)
    every.pop(signature, None)
    every[signature] = {str(k): v for k, v in sorted(mapping.items())}
    kept = dict(list(every.items())[-MAX_REMEMBERED:])
    private_dir(folder)
    write_atomically(folder / FILE_NAME, json.dumps(kept, indent=1).encode("utf-8"))
