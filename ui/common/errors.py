"""Show known problems in plain words; log bugs to the log file and say where it is."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from parentconv.errors import UserFacingError

log = logging.getLogger("parentconv.ui")


def show_error(parent: QWidget | None, error: UserFacingError) -> None:
    QMessageBox.warning(parent, QApplication.translate("errors", "Oudergesprek"), error.message)


def install_excepthook(log_dir: Path) -> None:
    """Unexpected exceptions in Qt slots: log the traceback, show a calm message, keep running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, UserFacingError):
            show_error(QApplication.activeWindow(), value)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QApplication.translate("errors", "Oudergesprek"),
                QApplication.translate(
                    "errors",
                    "Er ging iets mis in Oudergesprek. Wat u had opgeslagen is bewaard.\n"
                    "De details staan in het logbestand in:\n{0}",
                ).format(str(log_dir)),
            )

    sys.excepthook = hook
