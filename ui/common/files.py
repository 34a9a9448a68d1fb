"""Asking where to save (or which file to open): the documents folder first, then the folder
used last time."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from parentconv.settings import load_settings, save_settings
from parentconv_ui.common.context import AppContext

log = logging.getLogger(__name__)


def start_folder(ctx: AppContext) -> Path:
    """The folder the save dialog opens in: the last one used, else the documents folder."""
    last = load_settings(ctx.locations.settings_file).last_save_folder
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(ctx: AppContext, folder: Path) -> None:
    path = ctx.locations.settings_file
    settings = load_settings(path)
    settings.last_save_folder = str(folder)
    try:
        save_settings(path, settings)
    except OSError:
        log.warning("Could not remember the save folder", exc_info=True)


def ask_save_path(
    parent: QWidget, ctx: AppContext, title: str, suggested_name: str, name_filter: str
) -> Path | None:
    """The system save dialog, opened in the right folder; ``None`` when cancelled."""
    suggested = start_folder(ctx) / suggested_name
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(ctx, path.parent)
    return path


def ask_open_path(parent: QWidget, ctx: AppContext, title: str, name_filter: str) -> Path | None:
    """The system open dialog, opened in the right folder; ``None`` when cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, title, str(start_folder(ctx)), name_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(ctx, path.parent)
    return path


def ask_folder(parent: QWidget, ctx: AppContext, title: str) -> Path | None:
    """The system folder dialog, opened in the right folder; ``None`` when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder(ctx)))
    if not chosen:
        return None
    folder = Path(chosen)
    remember_folder(ctx, folder)
    return folder
