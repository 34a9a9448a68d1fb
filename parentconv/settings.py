"""The teacher's preferences (language, ...), kept as a small JSON file in the data folder."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from parentconv.atomic import write_atomically
from parentconv.private import private_dir

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")
DEFAULT_RETENTION_YEARS = 2  # parentconv.services.retention uses the same numbers
RETENTION_YEARS_RANGE = range(0, 51)


@dataclass
class Settings:
    language: str = "nl"
    last_save_folder: str = ""  # where the teacher last saved a PDF or calendar file
    retention_years: int = DEFAULT_RETENTION_YEARS  # school years kept after a pupil leaves
    hidden_tips: list[str] = field(default_factory=list)  # tips the teacher hid (parentconv.tips)


def load_settings(path: Path) -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults (and a log line)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable settings file %s: %s", path, exc)
        return Settings()
    settings = Settings()
    if not isinstance(raw, dict):
        return settings
    if raw.get("language") in LANGUAGES:
        settings.language = raw["language"]
    if isinstance(raw.get("last_save_folder"), str):
        settings.last_save_folder = raw["last_save_folder"]
    years = raw.get("retention_years")
    if isinstance(years, int) and not isinstance(years, bool) and years in RETENTION_YEARS_RANGE:
        settings.retention_years = years
    hidden = raw.get("hidden_tips")
    if isinstance(hidden, list):
        settings.hidden_tips = [str(k) for k in hidden if isinstance(k, str)][:200]
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the old file, never half a file."""
    private_dir(path.parent)
    write_atomically(path, json.dumps(asdict(settings), indent=2).encode("utf-8"))
