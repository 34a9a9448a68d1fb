"""Where the app keeps its files: platformdirs, overridable for tests and portable use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from parentconv import APP_NAME

DATA_DIR_ENV = "PARENTCONV_DATA_DIR"
DATABASE_URL_ENV = "PARENTCONV_DATABASE_URL"
DATABASE_FILENAME = "oudergesprek.sqlite3"


@dataclass(frozen=True)
class Locations:
    """The folders and files of one installation (or one test)."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


def resolve_locations(data_dir: str | os.PathLike[str] | None = None) -> Locations:
    """Pick the data folder: ``--data-dir``, else ``PARENTCONV_DATA_DIR``, else platformdirs."""
    if data_dir is not None and str(data_dir) != "":
        return Locations(Path(data_dir).expanduser().resolve())
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    if env:
        return Locations(Path(env).expanduser().resolve())
    return Locations(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def database_address(given: str | None, chosen_in_settings: str = "") -> str:
    """The school's server to use (a ``postgresql://`` address), or "" for the laptop's own
    file: ``--database``, else ``PARENTCONV_DATABASE_URL``, else Instellingen → Database."""
    if given is not None and given.strip():
        return given.strip()
    env = os.environ.get(DATABASE_URL_ENV, "").strip()
    if env:
        return env
    return chosen_in_settings.strip()
