"""Backups of the store: made with SQLite's online backup API, checked, pruned, restored.

Every backup is a complete, checked copy in ``backups/`` beside the database, named
``<stem>-<YYYYMMDD>-<HHMMSS>-<kind>.sqlite3`` (0600). One is made at the first start of a day,
after an evening in talk mode, before an upgrade, after an erasure and on request. Pruning keeps
the newest backup of each of the 7 most recent days that have one and the newest of each of the
4 most recent weeks; the copy of the store set aside before a restore is never pruned.

A deleted pupil is removed from the backups too: every backup that still holds them is deleted
(the teacher is told before), and a fresh backup of the store without them takes their place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from parentconv.errors import StorageError
from parentconv.i18n import _
from parentconv.private import private_dir, private_file
from parentconv.store.mark import is_our_store

log = logging.getLogger(__name__)

FOLDER_NAME = "backups"
KEEP_DAYS = 7
KEEP_WEEKS = 4

# The kinds in the file names (the teacher sees them in the folder, so in Dutch).
DAILY = "dag"
EVENING = "avond"
MANUAL = "handmatig"
AFTER_ERASURE = "na-verwijderen"
BEFORE_RESTORE = "voor-terugzetten"
UPGRADE = "upgrade"  # followed by "-rev<old revision>"
DAMAGED = "beschadigd"  # a damaged store moved aside at a restore: never deleted by pruning
NEVER_PRUNED = frozenset({BEFORE_RESTORE, DAMAGED})

_STAMP = re.compile(r"-(\d{8})-(\d{6})(?:-\d+)?-([a-z0-9-]+)\.sqlite3$")
# Made by versions before backups had a folder: "<stem>-backup-<date>-<time>[-n]-rev<r>.sqlite3".
_LEGACY = re.compile(r"-backup-(\d{8})-(\d{6})(?:-\d+)?-rev([0-9a-z_]+)\.sqlite3$")

# One backup, prune or erasure at a time (the daily backup runs beside the window).
_lock = threading.Lock()


class DamagedStoreError(StorageError):
    """The integrity check of the store (or a copy of it) found errors."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    kind: str

    @property
    def prunable(self) -> bool:
        return self.kind not in NEVER_PRUNED


def folder_of(database: Path) -> Path:
    return database.parent / FOLDER_NAME


def list_backups(database: Path) -> list[Backup]:
    """The backups of ``database``, newest first."""
    folder = folder_of(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse(path.name, database.stem)
        if parsed is not None and path.is_file():
            found.append(Backup(path, *parsed))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def _parse(name: str, stem: str) -> tuple[dt.datetime, str] | None:
    if not name.startswith(stem + "-"):
        return None
    match = _STAMP.search(name) or _LEGACY.search(name)
    if match is None:
        return None
    try:
        made_at = dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    kind = match.group(3) if _STAMP.search(name) else f"{UPGRADE}-rev{match.group(3)}"
    return made_at, kind


def adopt_legacy_backups(database: Path) -> None:
    """Move upgrade backups that older versions left beside the database into ``backups/``."""
    legacy = [
        p
        for p in database.parent.glob(f"{database.stem}-backup-*{database.suffix}")
        if _LEGACY.search(p.name)
    ]
    if not legacy:
        return
    folder = private_dir(folder_of(database))
    for path in legacy:
        with contextlib.suppress(OSError):
            os.replace(path, folder / path.name)


def backup_due(database: Path, today: dt.date) -> bool:
    """Whether no backup was made today yet (the first start of a day makes one)."""
    return not any(b.made_at.date() == today and b.prunable for b in list_backups(database))


def make_backup(database: Path, kind: str, now: dt.datetime, target: Path | None = None) -> Path:
    """Copy ``database`` (WAL included, consistently) and check the copy; return its path.

    Without ``target`` the copy goes to ``backups/`` and old backups are pruned. Raises
    ``DamagedStoreError`` when the copy fails the integrity check (nothing is kept then) and
    ``StorageError`` for a full disk or a folder that cannot be written.
    """
    with _lock:
        return _make_backup(database, kind, now, target)


def _make_backup(database: Path, kind: str, now: dt.datetime, target: Path | None) -> Path:
    in_folder = target is None
    if target is None:
        folder = private_dir(folder_of(database))
        target = _free_name(folder, database, kind, now)
    partial = target.with_name(f".{target.name}.partial")
    try:
        _copy_database(database, partial)
        problem = _check(partial)
        if problem is not None:
            raise DamagedStoreError(
                _(
                    "De database is beschadigd (de controle vond fouten); er is geen back-up "
                    "van gemaakt."
                )
                + "\n"
                + _("Bestand: {path}").format(path=database)
            )
        private_file(partial)
        os.replace(partial, target)
    except DamagedStoreError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(_backup_failed(exc, target)) from exc
    log.info("Backup made: %s", target)
    if in_folder:
        _prune(database, now)
    return target


def _free_name(folder: Path, database: Path, kind: str, now: dt.datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{database.stem}-{stamp}-{kind}{database.suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{database.stem}-{stamp}-{n}-{kind}{database.suffix}"
    return target


def _copy_database(source: Path, target: Path, *, read_only: bool = False) -> None:
    """SQLite's online backup: a consistent copy even while the app writes.

    The live store is opened read-write, so that when this is its last connection it folds the
    WAL back in and removes it on close, as a clean shutdown should (a WAL left behind means
    an unclean one). A file chosen to restore from is only read.
    """
    target.unlink(missing_ok=True)
    src = (
        sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        if read_only
        else sqlite3.connect(str(source))
    )
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            # A backup is one self-contained file: no WAL beside it, readable read-only.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())


def _check(path: Path) -> str | None:
    """None when ``path`` passes SQLite's quick_check, else what it found."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if row is None or row[0] != "ok":
        return str(row[0] if row else "no answer")
    return None


def _backup_failed(exc: BaseException, target: Path) -> str:
    if getattr(exc, "errno", None) == 28 or "full" in str(exc).lower():
        return _("De back-up kon niet worden gemaakt: de schijf is vol. Er is niets verloren.")
    return _("De back-up kon niet worden gemaakt in {folder} ({error}).").format(
        folder=target.parent, error=exc
    )


# --- pruning --------------------------------------------------------------------------------


def to_keep(backups: Iterable[Backup]) -> set[Path]:
    """The newest backup of each of the 7 latest days with one, and of each of the 4 latest
    weeks with one (ISO weeks); every backup that is never pruned."""
    newest_per_day: dict[dt.date, Backup] = {}
    newest_per_week: dict[tuple[int, int], Backup] = {}
    keep: set[Path] = set()
    for b in sorted(backups, key=lambda b: (b.made_at, b.path.name), reverse=True):
        if not b.prunable:
            keep.add(b.path)
            continue
        newest_per_day.setdefault(b.made_at.date(), b)
        week = b.made_at.isocalendar()
        newest_per_week.setdefault((week.year, week.week), b)
    days = sorted(newest_per_day, reverse=True)[:KEEP_DAYS]
    weeks = sorted(newest_per_week, reverse=True)[:KEEP_WEEKS]
    keep.update(newest_per_day[d].path for d in days)
    keep.update(newest_per_week[w].path for w in weeks)
    return keep


def _prune(database: Path, now: dt.datetime) -> list[Path]:
    backups = list_backups(database)
    keep = to_keep(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                log.warning("Could not remove old backup %s", b.path, exc_info=True)
    if removed:
        log.info("Pruned %d old backup(s) at %s", len(removed), now.isoformat(timespec="seconds"))
    return removed


# --- erasure --------------------------------------------------------------------------------


def holding_pupils(database: Path, pupil_ids: Iterable[int]) -> list[Path]:
    """The backups that still hold any of these pupils."""
    ids = sorted({int(i) for i in pupil_ids})
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    found = []
    for b in list_backups(database):
        try:
            con = sqlite3.connect(f"file:{b.path}?mode=ro", uri=True)
            try:
                row = con.execute(f"SELECT 1 FROM pupils WHERE id IN ({marks}) LIMIT 1", ids)
                if row.fetchone() is not None:
                    found.append(b.path)
            finally:
                con.close()
        except sqlite3.DatabaseError:
            # Cannot be read, so cannot be shown to hold nobody: it goes too.
            log.warning("Backup %s cannot be read; treated as holding the pupil", b.path)
            found.append(b.path)
    return found


@dataclass(frozen=True)
class Erasure:
    removed: list[Path]
    replacement: Path | None


def erase_pupils_from_backups(
    database: Path, pupil_ids: Iterable[int], now: dt.datetime
) -> Erasure:
    """Delete every backup that holds these (already deleted) pupils; if any went, make a new
    backup of the store as it is now, so a backup of everything else remains."""
    with _lock:
        removed = []
        for path in holding_pupils(database, pupil_ids):
            try:
                _overwrite_and_remove(path)
                removed.append(path)
            except OSError as exc:
                raise StorageError(
                    _(
                        "Een back-up met deze leerling kon niet worden verwijderd: {path} "
                        "({error}). Verwijder het bestand zelf."
                    ).format(path=path, error=exc)
                ) from exc
        replacement = None
        if removed:
            replacement = _make_backup(database, AFTER_ERASURE, now, None)
        return Erasure(removed, replacement)


def _overwrite_and_remove(path: Path) -> None:
    """Zero the file before unlinking it, so its bytes are not left in free disk space (where
    the file system allows it)."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        chunk = b"\0" * 65536
        left = size
        while left > 0:
            n = min(left, len(chunk))
            fh.write(chunk[:n])
            left -= n
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


# --- restore --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    source: Path
    set_aside: Path | None


def check_backup(path: Path) -> None:
    """Raise ``StorageError`` unless ``path`` is an undamaged Oudergesprek store."""
    if not path.is_file():
        raise StorageError(_("Dit bestand bestaat niet: {path}").format(path=path))
    problem = _check(path)
    if problem is not None:
        raise StorageError(
            _("Deze back-up is beschadigd of geen database; er is niets teruggezet.")
            + "\n"
            + _("Bestand: {path}").format(path=path)
        )
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        app_id = int(con.execute("PRAGMA application_id").fetchone()[0])
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        con.close()
    if not is_our_store(app_id, revision, tables):
        raise StorageError(
            _("Dit bestand is geen Oudergesprek-database; er is niets teruggezet.")
            + "\n"
            + _("Bestand: {path}").format(path=path)
        )


def restore_backup(database: Path, source: Path, now: dt.datetime) -> Restored:
    """Put the store in ``source`` in place of ``database``, which is kept aside first: as a
    backup when it can be read, else moved aside under a "beschadigd" name (never deleted).

    No connection to ``database`` may be open. The restored file is upgraded when it is next
    opened, like any older store.
    """
    with _lock:
        source = Path(source)
        check_backup(source)
        folder = private_dir(folder_of(database))
        set_aside: Path | None = None
        incoming = database.with_name(f".{database.name}.restoring")
        try:
            if database.exists():
                if _check(database) is None:
                    set_aside = _make_backup(database, BEFORE_RESTORE, now, None)
                else:
                    set_aside = move_damaged_aside(database, now)
            _copy_database(source, incoming, read_only=True)
            private_file(incoming)
            for suffix in ("-wal", "-shm"):
                Path(str(database) + suffix).unlink(missing_ok=True)
            os.replace(incoming, database)
        except (OSError, sqlite3.Error) as exc:
            incoming.unlink(missing_ok=True)
            raise StorageError(
                _(
                    "Terugzetten is niet gelukt ({error}); de huidige database is bewaard "
                    "in {folder}."
                ).format(error=exc, folder=folder)
            ) from exc
        log.info("Restored %s from %s; previous kept at %s", database, source, set_aside)
        return Restored(source, set_aside)


def move_damaged_aside(database: Path, now: dt.datetime) -> Path:
    """Rename a damaged store (and its WAL) out of the way; it is never deleted."""
    folder = private_dir(folder_of(database))
    target = _free_name(folder, database, DAMAGED, now)
    for suffix in ("-wal", "-shm"):
        side = Path(str(database) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    os.replace(database, target)
    return target


def newest_good_backup(database: Path) -> Backup | None:
    """The newest backup that passes the integrity check (skipping damaged set-asides)."""
    for b in list_backups(database):
        if b.kind != DAMAGED and _check(b.path) is None:
            return b
    return None
