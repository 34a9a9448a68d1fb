"""Talk-mode notes kept on this computer while the school's server cannot be reached.

A talk goes on when the network does not: what the teacher types is written here (one small
file per talk, in the data folder's ``pending/``, private like every file of theirs) and
stored on the server when it answers again; the file is removed only after that. Each file
names the server it belongs to, so notes are never written to another store.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from parentconv.atomic import write_atomically
from parentconv.private import private_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PendingNotes:
    server: str
    talk_id: int
    shared: str
    private: str
    seen_version: int | None
    """The talk's version the window last saw, with its notes then: the later save merges
    from there (``services/talks.save_notes``)."""
    seen_shared: str
    seen_private: str
    kept_at: str


class PendingStore:
    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / "pending"

    def _path(self, server: str, talk_id: int) -> Path:
        key = hashlib.sha256(server.encode("utf-8")).hexdigest()[:16]
        return self.folder / f"{key}-talk-{talk_id}.json"

    def keep(
        self,
        server: str,
        talk_id: int,
        *,
        shared: str,
        private: str,
        seen: tuple[int, str, str] | None,
        now: dt.datetime,
    ) -> Path:
        """Write the notes to disk (atomically); raises OSError when even that fails.
        ``seen``: the talk's version and notes as the window last had them from the store."""
        private_dir(self.folder)
        version, seen_shared, seen_private = seen if seen is not None else (None, "", "")
        notes = PendingNotes(
            server, talk_id, shared, private, version, seen_shared, seen_private, now.isoformat()
        )
        path = self._path(server, talk_id)
        write_atomically(path, json.dumps(asdict(notes), ensure_ascii=False).encode("utf-8"))
        return path

    def get(self, server: str, talk_id: int) -> PendingNotes | None:
        path = self._path(server, talk_id)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            notes = PendingNotes(**raw)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError) as exc:
            log.warning("Unreadable pending notes %s: %s", path, exc)  # kept, for a person
            return None
        return notes if notes.server == server and notes.talk_id == talk_id else None

    def drop(self, server: str, talk_id: int) -> None:
        self._path(server, talk_id).unlink(missing_ok=True)
