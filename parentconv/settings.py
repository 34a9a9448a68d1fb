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
    database_url: str = ""
    """The school's server (Instellingen → Database), never with its password; "" = this
    computer's own database file."""


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
    url = raw.get("database_url")
    if isinstance(url, str):
        settings.database_url = without_password(url)
    hidden = raw.get("hidden_tips")
    if isinstance(hidden, list):
        settings.hidden_tips = [str(k) for k in hidden if isinstance(k, str)][:200]
    return settings


def without_password(address: str) -> str:
    """``postgresql://juf:geheim@server/school`` without ``:geheim``: a password is never
    written to the settings file (it goes to the keyring, parentconv.store.secrets)."""
    scheme, sep, rest = address.strip().partition("://")
    if not sep:
        return address.strip()
    rest, _q, query = rest.partition("?")
    if "@" in rest.split("/", 1)[0]:
        login, _at, place = rest.partition("@")
        rest = f"{login.split(':', 1)[0]}@{place}"
    kept = [p for p in query.split("&") if p and not p.lower().startswith("password=")]
    return f"{scheme}://{rest}" + ("?" + "&".join(kept) if kept else "")


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically: a crash mid-write leaves the old file, never half a file."""
    private_dir(path.parent)
    values = asdict(settings)
    values["database_url"] = without_password(settings.database_url)
    write_atomically(path, json.dumps(values, indent=2).encode("utf-8"))
