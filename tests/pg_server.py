"""A throw-away PostgreSQL cluster for the tests of the shared store (team mode).

``initdb`` refuses to run as root, so as root the cluster is made and run by the ``postgres``
system user, in a temp dir it owns, on a Unix socket in that dir (no TCP port, nothing from
outside). When no PostgreSQL can be started the caller gets the reason, to skip with.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PORT = 54329
PASSWORD_LOGIN = "juf_met_wachtwoord"
"""The one login the test cluster does not trust: it must give its password (scram), as every
login on a school's real server does."""


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _as_owner(command: list[str], owner: str | None) -> list[str]:
    if owner is None:
        return command
    runuser = shutil.which("runuser")
    return (
        [runuser, "-u", owner, "--", *command]
        if runuser
        else ["su", owner, "-c", " ".join(command)]
    )


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """Yield a SQLAlchemy URL of a fresh cluster; raise ``RuntimeError`` with the reason when
    none can be started."""
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if not (initdb and pg_ctl):
        raise RuntimeError("PostgreSQL is not installed (no initdb/pg_ctl)")
    owner = "postgres" if os.geteuid() == 0 else None
    base = Path(tempfile.mkdtemp(prefix="parentconv-pg-"))
    data, log = base / "data", base / "server.log"
    try:
        if owner is not None:
            shutil.chown(base, user=owner)
        run = lambda *args: subprocess.run(  # noqa: E731
            _as_owner(list(args), owner), capture_output=True, text=True, timeout=120
        )
        made = run(initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        if made.returncode != 0:
            raise RuntimeError(f"initdb failed: {made.stderr.strip()[-300:]}")
        hba = data / "pg_hba.conf"  # the first matching line wins
        hba.write_text(
            f"local all {PASSWORD_LOGIN} scram-sha-256\n" + hba.read_text(encoding="utf-8"),
            encoding="utf-8",
        )
        options = f"-k {base} -p {PORT} -c listen_addresses='' -c fsync=off"
        started = run(pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "start")
        if started.returncode != 0:
            raise RuntimeError(f"pg_ctl start failed: {started.stderr.strip()[-300:]}")
        try:
            yield f"postgresql+psycopg://postgres@/postgres?host={base}&port={PORT}"
        finally:
            run(pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(base, ignore_errors=True)


_counter = itertools.count()


@contextmanager
def new_database(server: str, template: str | None = None) -> Iterator[str]:
    """The URL of a new database on the server (empty, or a copy of ``template``), dropped
    afterwards."""
    from sqlalchemy import create_engine, text

    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"store_{os.getpid()}_{next(_counter)}"
    with admin.connect() as conn:
        conn.execute(
            text(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        )
    try:
        yield server.replace("/postgres?", f"/{name}?")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


def as_login(url: str, login: str) -> str:
    """The same database, logged in as ``login`` (the test cluster trusts its socket)."""
    return url.replace("://postgres@", f"://{login}@", 1)
