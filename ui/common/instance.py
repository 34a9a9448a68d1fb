"""The second start on a data folder brings the first window forward instead of opening a
second app on the same store (the lock itself is ``parentconv.instance``)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"


def server_name(data_dir: Path) -> str:
    """One name per data folder (and per user: the folder is in the user's profile)."""
    digest = hashlib.sha1(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"oudergesprek-{digest}"


class RaiseServer(QObject):
    """Listens while the app runs; emits ``raise_requested`` when a second start knocks."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a socket left by a crash (we hold the lock)
        self.server.listen(name)
        self.server.newConnection.connect(self._knock)

    def _knock(self) -> None:
        # The second start writes at once after connecting: read it here, with no signal left
        # connected to a socket that may outlive this server.
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(500)
            if arrived and bytes(socket.readAll().data()).startswith(RAISE.strip()):
                self.raise_requested.emit()
            socket.abort()
            socket.deleteLater()

    def close(self) -> None:
        self.server.close()


def ask_first_to_raise(data_dir: Path, timeout_ms: int = 1500) -> bool:
    """Ask the app that has this folder open to come forward; whether it heard."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return bool(ok)
