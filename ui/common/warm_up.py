"""Drive ``parentconv.warmup`` on the UI thread: one small piece per turn of the event loop."""

from __future__ import annotations

import gc
import importlib
import logging
import time
from collections.abc import Generator

from PySide6.QtCore import QObject, QTimer

from parentconv.store.db import Database
from parentconv.warmup import warm_up_steps

log = logging.getLogger(__name__)

WINDOWS = (
    "parentconv_ui.preparation.window",
    "parentconv_ui.evening.talk_mode",
    "parentconv_ui.printing.preview",  # with QtPdf
)
"""The windows imported when first opened (to keep the start small), imported here instead."""


def _pieces(db: Database, language: str) -> Generator[str, None, None]:
    # The tens of thousands of objects of a start (modules, the catalog, the first tab) are
    # there for good: the cycle collector's full passes over them took 30-60 ms each, at
    # random moments of the evening. Frozen, they are left out of those passes.
    gc.freeze()
    yield "freeze the start"
    yield from warm_up_steps(db, language)
    for module in WINDOWS:
        importlib.import_module(module)
        yield module
    gc.freeze()
    yield "freeze the warm-up"


PAUSE_MS = 15
"""Between two pieces the loop is free this long: input, paint and timers go first."""


class WarmUp(QObject):
    """Runs the warm-up's pieces while the window is idle; dies with its parent window."""

    def __init__(self, db: Database, language: str, parent: QObject) -> None:
        super().__init__(parent)
        self._pieces: Generator[str, None, None] | None = _pieces(db, language)
        self.done: list[tuple[str, float]] = []
        """The pieces run so far, each with its milliseconds."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    def start(self, after_ms: int) -> None:
        self._timer.start(after_ms)

    def stop(self) -> None:
        self._timer.stop()
        if self._pieces is not None:
            self._pieces.close()
            self._pieces = None

    @property
    def running(self) -> bool:
        return self._pieces is not None

    def _next(self) -> None:
        if self._pieces is None:
            return
        began = time.perf_counter()
        try:
            self.done.append((next(self._pieces), (time.perf_counter() - began) * 1000))
        except StopIteration:
            self._pieces = None
            return
        except Exception:  # never bother the teacher: the real call will meet it and show it
            log.debug("warm-up stopped after %s", self.done, exc_info=True)
            self._pieces = None
            return
        self._timer.start(PAUSE_MS)
