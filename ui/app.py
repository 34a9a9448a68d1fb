"""Start the GUI: language, database (with plain-word errors), main window, demo offer."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from parentconv import APP_NAME
from parentconv.config import resolve_locations
from parentconv.errors import UserFacingError
from parentconv.logs import setup_logging
from parentconv.resources import resource_path
from parentconv.settings import load_settings, save_settings
from parentconv.store.db import Database
from parentconv_ui.common import errors
from parentconv_ui.common.colours import readable_placeholders
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.errors import install_excepthook
from parentconv_ui.common.i18n import install_language
from parentconv_ui.main.main_window import MainWindow

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setPalette(readable_placeholders(app.palette()))
    app.setWindowIcon(QIcon(str(resource_path("icons", "oudergesprek.png"))))
    return app


def _fail(message: str, interactive: bool) -> int:
    print(f"oudergesprek: {message.splitlines()[0]}", file=sys.stderr)
    if interactive:
        QMessageBox.critical(None, APP_NAME, message)
    return 2


class Shell:
    """Holds the window and rebuilds it when the teacher switches language."""

    def __init__(self, db: Database, args: argparse.Namespace) -> None:
        self.db = db
        self.locations = resolve_locations(args.data_dir)
        self.settings = load_settings(self.locations.settings_file)
        self.language = install_language(args.lang or self.settings.language)
        self.window = self._make_window()

    def _make_window(self, pupil_id: int | None = None) -> MainWindow:
        ctx = AppContext(self.db, self.locations, self.language)
        window = MainWindow(ctx)
        window.language_changed.connect(self.switch_language)
        if pupil_id is not None:
            window.select_pupil(pupil_id)
        return window

    def switch_language(self, language: str) -> None:
        self.settings = load_settings(self.locations.settings_file)
        self.settings.language = language
        try:
            save_settings(self.locations.settings_file, self.settings)
        except OSError:
            log.warning("Could not save the language setting", exc_info=True)
        old = self.window
        if not old.close():  # another window could not store what was typed: stay
            return
        self.language = install_language(language)
        old.save_geometry()
        self.window = self._make_window(old.current_pupil_id())
        self.window.show()
        old.deleteLater()


def run_gui(args: argparse.Namespace) -> int:
    """Open the app; returns the exit code. ``--smoke`` never waits for a click."""
    locations = resolve_locations(args.data_dir)
    setup_logging(locations.log_dir)
    app = application()
    interactive = not args.smoke
    install_excepthook(locations.log_dir, interactive=interactive)
    try:
        db = Database(locations.database)
        if args.demo:
            from parentconv.demo import load_demo_class

            db.run(load_demo_class)
    except UserFacingError as exc:
        return _fail(exc.message, interactive)
    try:
        shell = Shell(db, args)
        shell.window.show()
        if args.smoke:
            app.processEvents()
            shell.window.close()
            if errors.unexpected:
                print(f"smoke: {len(errors.unexpected)} unexpected error(s)", file=sys.stderr)
                return 1
            print("smoke: main window shown and closed")
            return 0
    except UserFacingError as exc:
        db.close()
        return _fail(exc.message, interactive)
    except Exception:
        log.exception("The main window could not be opened")
        db.close()
        if not interactive:
            print(
                f"oudergesprek: bug while opening the window; see {locations.log_dir}",
                file=sys.stderr,
            )
            return 1
        raise
    finally:
        if args.smoke:
            db.close()
    if shell.window.is_empty():
        QTimer.singleShot(0, shell.window.offer_demo)
    code = app.exec()
    db.close()
    return int(code)
