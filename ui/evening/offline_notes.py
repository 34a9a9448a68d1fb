"""Talk mode without the school's server: the notes wait on this computer and are stored when
the server answers again (``parentconv.store.pending``), with a visible "niet verbonden"."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from parentconv.services.talks import NotesSeen
from parentconv.store.pending import PendingNotes, PendingStore
from parentconv_ui.common.context import AppContext

log = logging.getLogger(__name__)

RETRY_MS = 3000
"""How often a window with waiting notes tries the server again."""


class OfflineNotes(QObject):
    def __init__(self, parent: QObject, ctx: AppContext, retry: Callable[[], object]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = PendingStore(ctx.locations.data_dir)
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(lambda: retry())
        self.active = False
        """Notes are waiting on this computer (the window says "niet verbonden")."""

    def keep(self, talk_id: int, shared: str, private: str, seen: NotesSeen | None) -> bool:
        """Write the notes to this computer and try again later; False if even that failed."""
        try:
            self.store.keep(
                self.ctx.db.where,
                talk_id,
                shared=shared,
                private=private,
                seen=(seen.version, seen.shared, seen.private) if seen is not None else None,
                now=self.ctx.now(),
            )
        except OSError:
            log.warning("Could not keep the notes of talk %s locally", talk_id, exc_info=True)
            return False
        self.active = True
        self.timer.start()
        return True

    def stored(self, talk_id: int) -> bool:
        """The server has the notes: forget the local copy. Whether there was one."""
        self.timer.stop()
        was = self.active
        self.active = False
        self.store.drop(self.ctx.db.where, talk_id)
        return was

    def waiting(self, talk_id: int) -> PendingNotes | None:
        """Notes of this talk typed while the server was away, not stored yet."""
        if not self.ctx.db.is_server:
            return None
        return self.store.get(self.ctx.db.where, talk_id)

    def stop(self) -> None:
        self.timer.stop()
