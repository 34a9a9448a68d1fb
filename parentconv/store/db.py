"""Open the SQLite store: pragmas, migrations with a backup first, and plain-word errors."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from parentconv.changes import Changes
from parentconv.clock import Clock, SystemClock
from parentconv.errors import StorageError, UserFacingError
from parentconv.i18n import _
from parentconv.migrations import REVISIONS
from parentconv.private import private_dir, private_file
from parentconv.store.backups import (
    MANUAL,
    UPGRADE,
    Backup,
    DamagedStoreError,
    Erasure,
    adopt_legacy_backups,
    backup_due,
    erase_pupils_from_backups,
    holding_pupils,
    list_backups,
    make_backup,
)
from parentconv.store.mark import APPLICATION_ID, is_our_store
from parentconv.store.models import Base
from parentconv.store.search_schema import create_search_index
from parentconv.store.work import Work

if TYPE_CHECKING:  # alembic is imported only when a store is created or upgraded
    from alembic.config import Config

P = ParamSpec("P")
T = TypeVar("T")

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
# How long a write waits for another program's lock before it fails (tests shorten it).
BUSY_TIMEOUT_MS = 5000
# How often a unit of work is tried when another session changed its row in between.
STALE_RETRIES = 3


def _set_pragmas(dbapi_connection: Any, _record: Any, *, foreign_keys: bool = True) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed change is on disk before commit returns, so a killed process keeps it.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # A deleted row's bytes are overwritten, not just unlinked (off by default on Windows/macOS).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def make_engine(
    path: Path, *, foreign_keys: bool = True, transactional_ddl: bool = False
) -> Engine:
    """An engine on ``path`` with foreign keys on, WAL and synchronous=FULL.

    Migrations use ``foreign_keys=False``: SQLite's batch mode copies a table and drops the old
    one, and with foreign keys on that drop would cascade into (delete) the rows that point at
    it. The keys are checked after the migration instead.
    """
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(
        engine, "connect", lambda conn, rec: _set_pragmas(conn, rec, foreign_keys=foreign_keys)
    )
    if transactional_ddl:
        # pysqlite starts no transaction before CREATE/ALTER/DROP, so an upgrade killed halfway
        # left a half-migrated file. Take the transaction from the driver and begin it
        # ourselves: the whole upgrade is one SQLite transaction, all of it or nothing.
        def no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None

        event.listen(engine, "connect", no_driver_transactions)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def alembic_config(engine_connection: Any = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine_connection is not None:
        cfg.attributes["connection"] = engine_connection
    return cfg


def head_revision() -> str:
    """The newest migration this version of the app knows (without loading alembic: a start
    with nothing to migrate never needs it; ``tests/test_store.py`` checks the list)."""
    return REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(REVISIONS)


def describe_storage_error(exc: BaseException) -> str | None:
    """Plain Dutch for a known environment problem, or None if it looks like a bug."""
    text = str(exc).lower()
    if "disk is full" in text or "no space left" in text or getattr(exc, "errno", None) == 28:
        return _("De schijf is vol. Maak ruimte vrij en probeer het opnieuw; er is niets verloren.")
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return _("Oudergesprek mag niet schrijven in de gegevensmap. Controleer de rechten.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return _("Het databasebestand is beschadigd of is geen Oudergesprek-database.")
    if "locked" in text:
        return _(
            "De database is in gebruik door een ander programma. Sluit dat en probeer opnieuw."
        )
    if "unable to open" in text:
        return _("Het databasebestand kan niet worden geopend. Controleer de map en de rechten.")
    return None


def _storage_error(exc: BaseException, path: Path) -> StorageError:
    message = describe_storage_error(exc) or _(
        "De database kan niet worden gebruikt ({error})."
    ).format(error=exc)
    return StorageError(message + "\n" + _file_line(path))


def _file_line(path: Path) -> str:
    return _("Bestand: {path}").format(path=path)


def _check_writable_dir(folder: Path) -> None:
    try:
        private_dir(folder)
        # A name of its own: two starts at once must not remove each other's probe.
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(b"ok")
            fh.flush()
            os.fsync(fh.fileno())
        os.unlink(probe)
    except OSError as exc:
        if exc.errno == 28:
            raise StorageError(
                _("De schijf is vol; Oudergesprek kan niets opslaan in {folder}.").format(
                    folder=folder
                )
            ) from exc
        raise StorageError(
            _(
                "Oudergesprek kan niet schrijven in de gegevensmap {folder}. "
                "Kies een andere map met --data-dir of controleer de rechten."
            ).format(folder=folder)
        ) from exc


def _read_revision_readonly(path: Path, check: bool) -> tuple[str | None, set[str], int]:
    """(alembic revision or None, the tables, the application id) without writing to it;
    with ``check``, after SQLite's quick_check of the whole file."""
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StorageError(
            _(
                "Dit bestand is geen Oudergesprek-database (geen SQLite-bestand). "
                "Het is niet aangeraakt."
            )
            + "\n"
            + _file_line(path)
        )
    uri = f"file:{path}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone() if check else ("ok",)
            if ok is None or ok[0] != "ok":
                raise DamagedStoreError(
                    _(
                        "De database is beschadigd (de controle vond fouten). "
                        "Het bestand is niet aangeraakt."
                    )
                    + "\n"
                    + _file_line(path)
                )
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            tables = {r[0] for r in rows}
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            if "alembic_version" not in tables:
                return None, tables, app_id
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return (row[0] if row else None), tables, app_id
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedStoreError(  # a SQLite header, but SQLite cannot read on
            _(
                "De database is beschadigd of geen Oudergesprek-database. "
                "Het bestand is niet aangeraakt."
            )
            + "\n"
            + _file_line(path)
        ) from exc


def _mark_as_ours(path: Path) -> None:
    con = sqlite3.connect(str(path))
    try:
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.commit()
    finally:
        con.close()


def _create_new(path: Path) -> None:
    """Create an empty, stamped database atomically: half-made files never take the real name."""
    tmp = path.with_name(path.name + ".creating")
    for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(tmp)
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            create_search_index(conn)
            from alembic import command

            command.stamp(alembic_config(conn), "head")
        with engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    os.replace(tmp, path)


def prepare_database(
    path: Path, *, check_integrity: bool | None = None, now: dt.datetime | None = None
) -> str | None:
    """Create, or check and upgrade, the database at ``path``; return the backup made, if any.

    The whole file is checked (``quick_check``, ~65 ms on a school-size store) when asked, and
    otherwise only after an unclean shutdown: a WAL file left beside the database means the last
    process did not close it. Raises ``StorageError`` for every problem a teacher can meet
    (``DamagedStoreError`` for a damaged file); the file is then untouched.
    """
    _check_writable_dir(path.parent)
    adopt_legacy_backups(path)
    if check_integrity is None:
        check_integrity = Path(str(path) + "-wal").exists()
    try:
        if path.is_symlink() and not path.exists():
            raise StorageError(
                _("Het databasebestand is een snelkoppeling naar iets dat er niet is.")
                + "\n"
                + _file_line(path)
            )
        if not path.exists():
            _create_new(path)
            return None
        revision, tables, app_id = _read_revision_readonly(path, check_integrity)
        if not is_our_store(app_id, revision, tables):
            raise StorageError(
                _("Dit bestand is geen Oudergesprek-database. Het is niet aangeraakt.")
                + "\n"
                + _file_line(path)
            )
        head = head_revision()
        if revision == head:
            if app_id == 0:
                _mark_as_ours(path)
            return None
        if revision not in known_revisions():
            raise StorageError(
                _(
                    "Deze database is gemaakt met een nieuwere versie van Oudergesprek "
                    "(schema {revision}). Werk de app bij; het bestand is niet aangeraakt."
                ).format(revision=revision)
                + "\n"
                + _file_line(path)
            )
        backup = make_backup(path, f"{UPGRADE}-rev{revision}", now or dt.datetime.now())
        log.info("Upgrading %s from %s to %s; backup at %s", path, revision, head, backup)
        engine = make_engine(path, foreign_keys=False, transactional_ddl=True)
        try:
            with engine.begin() as conn:
                from alembic import command

                command.upgrade(alembic_config(conn), "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:5]}")
        finally:
            engine.dispose()
        _mark_as_ours(path)
        return str(backup)
    except StorageError:
        raise
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        if "malformed" in str(exc).lower():
            raise DamagedStoreError(str(_storage_error(exc, path))) from exc
        raise _storage_error(exc, path) from exc


class Database:
    """An opened, up-to-date store.

    ``work()`` opens one unit of work (one transaction, committed when the block ends and
    rolled back on any error); every service takes that ``Work`` first. ``run(service, ...)``
    does both for a single call.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        clock: Clock | None = None,
        check_integrity: bool | None = None,
    ) -> None:
        self.path = Path(path)
        self.where = str(self.path)
        """Where the data is, for the teacher: this file, or the server (without password)."""
        self.clock: Clock = clock or SystemClock()
        self.backup_made = prepare_database(
            self.path, check_integrity=check_integrity, now=self.clock.now()
        )
        self.last_erasure: Erasure | None = None
        """What the latest erasure removed from the backups (the screens say it)."""
        for suffix in ("", "-wal", "-shm"):  # SQLite gives the WAL the database file's mode
            private_file(Path(str(self.path) + suffix))
        self.engine = make_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    is_server = False
    """A school's PostgreSQL server (``parentconv.store.server``) rather than this file."""
    author = ""
    """Who writes private notes in this store: "" on a laptop, the login role on a server."""

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        try:
            with self._sessions() as s, s.begin():
                s.info["author"] = self.author
                yield s
        except DBAPIError as exc:
            plain = self._error(exc)
            if plain is None:
                raise
            raise plain from exc

    def _error(self, exc: DBAPIError) -> UserFacingError | None:
        """Plain words for a driver error that is the environment's doing; None for a bug."""
        if isinstance(exc, OperationalError):
            return _storage_error(exc, self.path)
        return None

    @contextlib.contextmanager
    def work(self) -> Iterator[Work]:
        """One unit of work for one user action: all of it is stored, or none of it."""
        with self.session() as s:
            work = Work(s, self.clock)
            yield work
        self._after_commit(work)

    def _after_commit(self, work: Work) -> None:
        if work.erased:
            self.wipe_traces()
        if work.erased_pupils:
            self.last_erasure = erase_pupils_from_backups(
                self.path, work.erased_pupils, self.clock.now()
            )

    def wipe_traces(self) -> None:
        """After an erasure: rewrite the search index without the deleted words and move the
        WAL into the file. Freed pages are zeroed by ``secure_delete``, so no VACUUM is needed
        (it took 2.8 s on a school-size store)."""
        try:
            with self.engine.begin() as conn:
                conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES('optimize')")
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except OperationalError as exc:
            raise _storage_error(exc, self.path) from exc

    def run(
        self, service: Callable[Concatenate[Work, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Call one service in its own unit of work and return its result.

        When another session changed the same row between this one's read and its write
        (two teachers on the school's server), the unit of work is done again: the service
        then sees the other's version and merges (``services/stale.py``), never overwrites.
        """
        for attempt in range(STALE_RETRIES):
            try:
                with self.work() as w:
                    return service(w, *args, **kwargs)
            except StaleDataError:
                if attempt == STALE_RETRIES - 1:
                    raise
                log.info("A row changed under this save; trying again (%d)", attempt + 1)
        raise AssertionError("unreachable")

    def run_op(
        self, service: Callable[Concatenate[Work, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> tuple[T, Changes]:
        """Like ``run``, also returning what the committed work changed."""
        for attempt in range(STALE_RETRIES):
            try:
                with self.work() as w:
                    result = service(w, *args, **kwargs)
                return result, w.changes
            except StaleDataError:
                if attempt == STALE_RETRIES - 1:
                    raise
                log.info("A row changed under this save; trying again (%d)", attempt + 1)
        raise AssertionError("unreachable")

    # --- backups ------------------------------------------------------------------------------

    def backup(self, kind: str = MANUAL, target: Path | None = None) -> Path:
        """A checked copy of the store now: in ``backups/`` (pruned), or at ``target``."""
        return make_backup(self.path, kind, self.clock.now(), target)

    def backup_due(self) -> bool:
        """No backup made today yet: the first start of the day makes one."""
        return backup_due(self.path, self.clock.today())

    def backups(self) -> list[Backup]:
        return list_backups(self.path)

    def backups_holding(self, pupil_ids: Iterable[int]) -> list[Path]:
        """The backups a definitive deletion of these pupils will remove too."""
        return holding_pupils(self.path, pupil_ids)

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
            return str(row[0]) if row is not None else None

    def table_names(self) -> list[str]:
        return sorted(inspect(self.engine).get_table_names())

    def close(self) -> None:
        self.engine.dispose()
