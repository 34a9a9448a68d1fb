"""What every window shares: the store, the clock, the language, and one change signal.

Every user action that changes data runs through ``AppContext.op`` (or ``run``): one unit of
work (one transaction), the error shown in plain words if there is one, and on success the
``Changes`` it made broadcast on ``bus.changed``. Each window listens and reloads itself when
ids it shows are among them; nobody keeps a list of windows to refresh.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from parentconv.catalog import Catalog, load_catalog
from parentconv.changes import Changes
from parentconv.clock import Clock
from parentconv.config import Locations
from parentconv.errors import UserFacingError
from parentconv.store.db import Database
from parentconv.store.work import Work
from parentconv_ui.common.errors import show_error

P = ParamSpec("P")
T = TypeVar("T")

log = logging.getLogger(__name__)


class ChangeBus(QObject):
    """Carries the ``Changes`` of every committed user action to every window."""

    changed = Signal(object)


class Failed:
    """What ``AppContext.op`` returns when the action failed (its error was shown)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "FAILED"


FAILED = Failed()


class AppContext:
    """The app's store, clock, language and catalog, and the one change signal."""

    def __init__(self, db: Database, locations: Locations, language: str = "nl") -> None:
        self.db = db
        self.locations = locations
        self.language = language
        self.catalog: Catalog = load_catalog(language)
        self.bus = ChangeBus()

    @property
    def clock(self) -> Clock:
        return self.db.clock

    def today(self) -> dt.date:
        return self.db.clock.today()

    def now(self) -> dt.datetime:
        return self.db.clock.now()

    def read(
        self, service: Callable[Concatenate[Work, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Call a service that only reads (errors are raised to the caller)."""
        return self.db.run(service, *args, **kwargs)

    def run(
        self, service: Callable[Concatenate[Work, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """One user action in one unit of work; its changes go out when it is committed.

        Errors are raised to the caller (for a window that shows them at the field).
        """
        result, changes = self.db.run_op(service, *args, **kwargs)
        self.broadcast(changes)
        return result

    def op(
        self,
        parent: QWidget | None,
        service: Callable[Concatenate[Work, P], T],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T | Failed:
        """Like ``run``, but a problem the teacher can meet is shown (and ``FAILED`` returned)."""
        try:
            return self.run(service, *args, **kwargs)
        except UserFacingError as exc:
            show_error(parent, exc)
            return FAILED

    def broadcast(self, changes: Changes) -> None:
        if changes:
            log.debug("changed: %s", changes.describe())
            self.bus.changed.emit(changes)


class OwnChanges:
    """For a screen that shows the result of its own change itself: while ``op`` runs,
    ``active`` is true, so the screen's change slot can skip the echo of that change."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.active = False

    def run(
        self, service: Callable[Concatenate[Work, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        self.active = True
        try:
            return self.ctx.run(service, *args, **kwargs)
        finally:
            self.active = False

    def op(
        self,
        parent: QWidget,
        service: Callable[Concatenate[Work, P], T],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T | Failed:
        self.active = True
        try:
            return self.ctx.op(parent, service, *args, **kwargs)
        finally:
            self.active = False
