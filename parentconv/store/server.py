"""The school's PostgreSQL server as the store (team mode), beside the laptop's SQLite file.

The same models, migrations and services run on it; what differs is kept here: the address
(``--database URL``, ``PARENTCONV_DATABASE_URL`` or Instellingen → Database), the password
(never in a file of ours: the URL as typed, the system's keyring, or libpq's own ``.pgpass`` /
service file), the messages for a server that cannot be reached, and that backups are the
server's business (``pg_dump``), not the app's.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.orm import sessionmaker

from parentconv.clock import Clock, SystemClock
from parentconv.errors import (
    LoginFailedError,
    NotConnectedError,
    StorageError,
    UserFacingError,
)
from parentconv.i18n import _
from parentconv.store import secrets
from parentconv.store.backups import MANUAL, Backup
from parentconv.store.db import Database, alembic_config, head_revision, known_revisions

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5
DEFAULT_PORT = 5432
SETUP_HINT = "parentconv --database URL team init"


def is_server_address(text: str) -> bool:
    return text.strip().lower().startswith(("postgresql", "postgres:"))


def server_url(address: str) -> URL:
    """The SQLAlchemy URL for ``address`` (psycopg 3 driver), with the password from the
    keyring when the address has none and one was remembered."""
    try:
        parsed = make_url(address.strip())
    except (ArgumentError, ValueError):
        raise StorageError(
            _("Dit is geen databaseadres; gebruik de vorm postgresql://gebruiker@server/database.")
        ) from None
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if not parsed.drivername.startswith("postgresql"):
        raise StorageError(
            _("Geef het adres van een PostgreSQL-database, zoals postgresql://server/school.")
        )
    if parsed.password is None:
        remembered = secrets.password_for(shown(parsed))
        if remembered:
            parsed = parsed.set(password=remembered)
    return parsed


def shown(url: URL) -> str:
    """The address without its password, for messages and the keyring's entry name."""
    return (
        url.set(drivername="postgresql").render_as_string(hide_password=True).replace(":***@", "@")
    )


@dataclass(frozen=True)
class AddressParts:
    """What Instellingen → Database asks for, and the address made of it."""

    host: str
    port: int
    database: str
    login: str

    def address(self, password: str = "") -> str:
        host = self.host.strip()
        socket = host.startswith("/")  # a Unix socket's folder (a server on this machine)
        url = URL.create(
            "postgresql",
            username=self.login.strip() or None,
            password=password or None,
            host=None if socket else host or None,
            port=None if socket else self.port or None,
            database=self.database.strip() or None,
            query={"host": host, "port": str(self.port)} if socket else {},
        )
        return url.render_as_string(hide_password=False)


def address_parts(address: str) -> AddressParts:
    """The parts of an address typed before (empty parts for "" or one that does not parse)."""
    try:
        url = make_url(address) if address.strip() else None
    except (ArgumentError, ValueError):
        url = None
    if url is None:
        return AddressParts("", DEFAULT_PORT, "oudergesprek", "")
    socket = url.query.get("host")
    port = url.query.get("port") if socket else None
    return AddressParts(
        url.host or (str(socket) if socket else ""),
        url.port or (int(str(port)) if port and str(port).isdigit() else DEFAULT_PORT),
        url.database or "",
        url.username or "",
    )


def server_engine(url: URL) -> Engine:
    try:
        return create_engine(
            url,
            pool_pre_ping=True,  # a connection broken while the laptop slept is replaced
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Oudergesprek"},
        )
    except ImportError:
        raise StorageError(
            _(
                "Voor een PostgreSQL-server is het pakket psycopg nodig: "
                'pip install "psycopg[binary]".'
            )
        ) from None
    except (ArgumentError, NoSuchModuleError):
        raise StorageError(
            _("Dit is geen databaseadres; gebruik de vorm postgresql://gebruiker@server/database.")
        ) from None


def is_login_refused(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "password authentication failed" in text or "no password supplied" in text


def is_unreachable(exc: BaseException) -> bool:
    """The server did not answer (network, a stopped server, no connections allowed)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "password authentication failed" in text or "does not exist" in text:
        return False
    return isinstance(exc, OperationalError) or any(
        word in text
        for word in ("could not connect", "connection refused", "timeout", "server closed")
    )


def describe_server_error(exc: BaseException, where: str) -> str | None:
    """Plain words for what a teacher can meet on a server; None when it looks like a bug."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if is_login_refused(exc):
        return _("Inloggen op {server} is mislukt: de naam of het wachtwoord klopt niet.").format(
            server=where
        )
    if "does not exist" in text and ("database" in text or "role" in text):
        return _("Op de server bestaat die database of gebruiker niet: {server}.").format(
            server=where
        )
    if "permission denied" in text or "row-level security" in text:
        return _(
            "Dit mag je niet op de server: het hoort bij een groep die niet van jou is. "
            "Vraag de beheerder of de intern begeleider."
        )
    if is_unreachable(exc):
        return _(
            "De server {server} is niet bereikbaar. Controleer de verbinding; wat je hebt "
            "ingevoerd is niet verloren."
        ).format(server=where)
    return None


def server_revision(engine: Engine) -> str | None:
    """The store's migration on the server, or None for an empty database."""
    with engine.connect() as conn:
        try:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        except ProgrammingError:  # no such table: nothing set up yet
            return None
        return str(row[0]) if row is not None else None


def prepare_server(engine: Engine, where: str) -> None:
    """Check that the server holds a store of this version; upgrade it when this login may."""
    revision = server_revision(engine)
    if revision is None:
        raise StorageError(
            _(
                "De database {server} is nog niet ingericht voor Oudergesprek. De beheerder "
                "doet dat met: {command}"
            ).format(server=where, command=SETUP_HINT)
        )
    head = head_revision()
    if revision == head:
        return
    if revision not in known_revisions():
        raise StorageError(
            _(
                "De database op de server is van een nieuwere versie van Oudergesprek "
                "(schema {revision}). Werk de app bij."
            ).format(revision=revision)
        )
    from alembic import command

    try:
        with engine.begin() as conn:  # PostgreSQL's DDL is transactional: all or nothing
            command.upgrade(alembic_config(conn), "head")
    except ProgrammingError as exc:
        log.info("No right to upgrade %s: %s", where, exc)
        raise StorageError(
            _(
                "De database op de server is van een oudere versie (schema {revision}). De "
                "beheerder werkt hem bij met: {command}"
            ).format(revision=revision, command=SETUP_HINT)
        ) from None


class ServerDatabase(Database):
    """The store on a PostgreSQL server: the same units of work as the laptop's file.

    Backups are made on the server (``pg_dump``, see the README); the app's own backup
    commands say so instead of copying a file.
    """

    is_server = True

    def __init__(self, address: str, *, clock: Clock | None = None) -> None:
        self.url = server_url(address)
        self.where = shown(self.url)
        self.path = Path()
        self.clock = clock or SystemClock()
        self.backup_made = None
        self.last_erasure = None
        self.engine = server_engine(self.url)
        try:
            prepare_server(self.engine, self.where)
            with self.engine.connect() as conn:
                self.author = str(conn.exec_driver_sql("SELECT current_user").scalar_one())
        except DBAPIError as exc:
            self.engine.dispose()
            message = describe_server_error(exc, self.where) or _(
                "De database kan niet worden gebruikt ({error})."
            ).format(error=exc.orig)
            if is_login_refused(exc):
                raise LoginFailedError(message) from None
            raise StorageError(message) from None
        except UserFacingError:
            self.engine.dispose()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _error(self, exc: DBAPIError) -> UserFacingError | None:
        message = describe_server_error(exc, self.where)
        if message is None:
            return None
        return NotConnectedError(message) if is_unreachable(exc) else StorageError(message)

    def _after_commit(self, work: object) -> None:
        """Nothing to wipe: the server has no FTS index nor backups of the app's own."""

    def wipe_traces(self) -> None:
        """Deleted rows are reclaimed by the server's autovacuum."""

    def _server_backups(self) -> StorageError:
        return StorageError(
            _(
                "De gegevens staan op de server {server}. Back-ups maakt de beheerder daar "
                "(pg_dump); de app maakt ze niet."
            ).format(server=self.where)
        )

    def backup(self, kind: str = MANUAL, target: Path | None = None) -> Path:
        raise self._server_backups()

    def backup_due(self) -> bool:
        return False

    def backups(self) -> list[Backup]:
        return []

    def backups_holding(self, pupil_ids: object) -> list[Path]:
        return []
