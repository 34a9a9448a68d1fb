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
unexpected: list[str] = []  # the bugs met in this process (``--smoke`` fails on any)


def show_error(parent: QWidget | None, error: UserFacingError) -> None:
    QMessageBox.warning(parent, QApplication.translate("errors", "Oudergesprek"), error.message)


def install_excepthook(log_dir: Path, *, interactive: bool = True) -> None:
    """Unexpected exceptions in Qt slots: log the traceback, show a calm message, keep running.

    Not interactive (``--smoke``): the message goes to stderr, never into a dialog.
    """

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, UserFacingError):
            if interactive:
                show_error(QApplication.activeWindow(), value)
            else:
                print(f"oudergesprek: {value.message.splitlines()[0]}", file=sys.stderr)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        unexpected.append(f"{kind.__name__}: {value}")
        if not interactive:
            print(f"oudergesprek: unexpected error; details in {log_dir}", file=sys.stderr)
            return
        if QApplication.instance() is not None:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QApplication.translate("errors", "Oudergesprek"),
                QApplication.translate(
                    "errors",
                    "Er ging iets mis in Oudergesprek. Wat je had opgeslagen is bewaard.\n"
                    "De details staan in het logbestand in:\n{0}",
                ).format(str(log_dir)),
            )

    sys.excepthook = hook
