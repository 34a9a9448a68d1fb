"""Start the GUI: language, database (with plain-word errors), main window, demo offer."""

from __future__ import annotations

import argparse
import logging
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from parentconv import APP_NAME
from parentconv.cli import chosen_server
from parentconv.clock import SystemClock
from parentconv.config import Locations, resolve_locations
from parentconv.dates import format_datetime
from parentconv.errors import UserFacingError
from parentconv.instance import AlreadyOpenError, InstanceLock
from parentconv.logs import setup_logging
from parentconv.resources import resource_path
from parentconv.settings import load_settings, save_settings
from parentconv.store.backups import (
    DAILY,
    DamagedStoreError,
    newest_good_backup,
    restore_backup,
)
from parentconv.store.db import Database
from parentconv_ui.common import errors
from parentconv_ui.common.colours import readable_placeholders
from parentconv_ui.common.context import AppContext
from parentconv_ui.common.errors import install_excepthook
from parentconv_ui.common.i18n import install_language
from parentconv_ui.common.instance import RaiseServer, ask_first_to_raise
from parentconv_ui.common.warm_up import WarmUp
from parentconv_ui.main.main_window import MainWindow

log = logging.getLogger(__name__)

WARM_UP_AFTER_MS = 300
"""The warm-up starts this long after the window is shown: the first paint comes first."""


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
        self._backups = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup")
        self._backup: Future[Path] | None = None
        self._backup_poll = QTimer()
        self._backup_poll.setInterval(100)
        self._backup_poll.timeout.connect(self._backup_finished)
        self._warm_up: WarmUp | None = None

    def _make_window(self, pupil_id: int | None = None) -> MainWindow:
        ctx = AppContext(self.db, self.locations, self.language)
        window = MainWindow(ctx)
        window.language_changed.connect(self.switch_language)
        window.restore_requested.connect(self.restore)
        window.store_chosen.connect(self.switch_store)
        if pupil_id is not None:
            window.select_pupil(pupil_id)
        return window

    def bring_forward(self) -> None:
        """A second start on this folder: show this window instead."""
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    # --- the daily backup, beside the window ----------------------------------------------------

    def start_daily_backup(self) -> None:
        """Copy the store once a day in the background (it takes ~0.2 s on a school's store)."""
        self._backup = self._backups.submit(self.db.backup, DAILY)
        self._backup_poll.start()

    def _backup_finished(self) -> None:
        if self._backup is None or not self._backup.done():
            return
        self._backup_poll.stop()
        future, self._backup = self._backup, None
        error = future.exception()
        if error is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("app", "Dagelijkse back-up gemaakt."), 8000
            )
        elif isinstance(error, DamagedStoreError):
            # The day's check of the whole file (made on the copy, beside the window).
            log.warning("The daily check found a damaged store: %s", error)
            good = newest_good_backup(self.db.path)
            if good is None:
                errors.show_error(self.window, error)
            elif offer_restore(error, format_datetime(good.made_at, self.language), running=True):
                self.restore(str(good.path))
        elif isinstance(error, UserFacingError):
            log.warning("Daily backup failed: %s", error)
            errors.show_error(self.window, error)
        else:
            log.error("Daily backup failed", exc_info=error)

    def start_warm_up(self, after_ms: int = 0) -> None:
        """Pay the first-use costs of preparing, talk mode and printing while the window is
        idle (``parentconv.warmup``), not in the teacher's first click."""
        self._warm_up = WarmUp(self.db, self.language, self.window)
        self._warm_up.start(after_ms)

    def wait_for_backup(self) -> None:
        if self._warm_up is not None:
            self._warm_up.stop()
        self._backup_poll.stop()
        self._backups.shutdown(wait=True)

    # --- restore ------------------------------------------------------------------------------

    def restore(self, source: str) -> None:
        """Close every window and the store, put the backup in place, and open it again."""
        old = self.window
        if not old.close():  # a window could not store what was typed: stay as we are
            return
        self.wait_for_backup()
        self._backups = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup")
        self.db.close()
        try:
            done = restore_backup(self.db.path, Path(source), self.db.clock.now())
        except UserFacingError as exc:
            errors.show_error(None, exc)
            done = None
        self.db = Database(self.db.path, clock=self.db.clock)
        self.window = self._make_window(old.current_pupil_id())
        self.window.show()
        old.deleteLater()
        self.start_warm_up(WARM_UP_AFTER_MS)  # a new engine: its statement cache is empty
        if done is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "app", "Back-up teruggezet. De vorige gegevens staan in {0}"
                ).format(done.set_aside),
                15_000,
            )

    def switch_store(self, address: str) -> None:
        """Instellingen → Database: open the other store (this computer's, or the server);
        when it cannot be opened, the current one stays."""
        old = self.window
        if not old.close():  # a window could not store what was typed: stay as we are
            return
        try:
            new = open_database(self.locations, True, address)
        except UserFacingError as exc:
            errors.show_error(None, exc)
            self.window = self._make_window(old.current_pupil_id())
            self.window.show()
            old.deleteLater()
            return
        self.wait_for_backup()
        self._backups = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup")
        self.db.close()
        self.db = new
        self.window = self._make_window()
        self.window.show()
        old.deleteLater()
        self.start_warm_up(WARM_UP_AFTER_MS)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("app", "Geopend: {0}").format(new.where), 10_000
        )

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


def open_database(locations: Locations, interactive: bool, server: str = "") -> Database:
    """Open the store: the school's server when one is chosen, else this computer's file. The
    whole file is checked here only after an unclean shutdown; the first start of a day
    checks it beside the window, on that day's backup copy.

    A damaged store is never deleted: the teacher is offered the newest good backup, and the
    damaged file is moved aside into ``backups/`` when they take it.
    """
    if server:
        return _open_server(server, interactive)
    path = locations.database
    try:
        return Database(path)
    except DamagedStoreError as exc:
        good = newest_good_backup(path) if interactive else None
        if good is None or not offer_restore(exc, format_datetime(good.made_at)):
            raise
        restore_backup(path, good.path, SystemClock().now())
        return Database(path)


def _open_server(address: str, interactive: bool) -> Database:
    """The school's server; when it wants a password the keyring does not have, ask for it
    (used for this session only: Instellingen → Database can remember it)."""
    from parentconv.errors import LoginFailedError
    from parentconv.store.server import ServerDatabase, address_parts

    try:
        return ServerDatabase(address)
    except LoginFailedError as exc:
        if not interactive:
            raise
        problem = exc
    while True:
        password, ok = QInputDialog.getText(
            None,
            APP_NAME,
            problem.message
            + "\n\n"
            + QCoreApplication.translate("app", "Wachtwoord voor de server van de school:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            raise problem
        try:
            return ServerDatabase(address_parts(address).address(password))
        except LoginFailedError as again:
            problem = again


def offer_restore(error: DamagedStoreError, made_at: str, *, running: bool = False) -> bool:
    """Ask whether to put the newest good backup in place of the damaged store."""
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, error.message)
    box.setObjectName("damagedStore")
    box.setInformativeText(
        QCoreApplication.translate(
            "app",
            "De nieuwste goede back-up is van {0}. Oudergesprek kan die terugzetten; het "
            "beschadigde bestand wordt dan opzij gezet in de map backups, niet verwijderd.",
        ).format(made_at)
    )
    restore = box.addButton(
        QCoreApplication.translate("app", "Back-up &terugzetten"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("app", "Nu &niet")
        if running
        else QCoreApplication.translate("app", "&Afsluiten"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def run_gui(args: argparse.Namespace) -> int:
    """Open the app; returns the exit code. ``--smoke`` never waits for a click."""
    locations = resolve_locations(args.data_dir)
    setup_logging(locations.log_dir)
    app = application()
    interactive = not args.smoke
    install_excepthook(locations.log_dir, interactive=interactive)
    lock = InstanceLock(locations.data_dir)
    try:
        lock.acquire()
    except AlreadyOpenError as exc:
        if ask_first_to_raise(locations.data_dir):
            print("oudergesprek: " + exc.message, file=sys.stderr)
            return 0
        return _fail(exc.message, interactive)
    except UserFacingError as exc:
        return _fail(exc.message, interactive)
    try:
        return _run_locked(args, locations, app, interactive)
    finally:
        lock.release()


def _run_locked(
    args: argparse.Namespace, locations: Locations, app: QApplication, interactive: bool
) -> int:
    try:
        db = open_database(locations, interactive, chosen_server(args, locations))
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
    server = RaiseServer(locations.data_dir)
    server.raise_requested.connect(shell.bring_forward)
    if shell.db.backup_due():
        QTimer.singleShot(0, shell.start_daily_backup)
    shell.start_warm_up(WARM_UP_AFTER_MS)
    if shell.window.is_empty():
        QTimer.singleShot(0, shell.window.offer_demo)
    code = app.exec()
    server.close()
    shell.wait_for_backup()
    shell.db.close()
    return int(code)
