"""One window per data folder: a second start shows the first window instead.

SQLite lets several processes use the store safely (WAL, ``busy_timeout``),
and the CLI relies on that. Two *windows* on the same data would still
trip over each other: each holds its own undo history and view of the data,
and a restore or a recovery in one would pull the file from under the other.
So the GUI takes a lock file in the data folder (``QLockFile``: a crashed
window's lock is recognised as stale by its dead pid) and listens on a local
socket; a second start finds the lock, asks the first window to come to the
front, tells the user, and exits without opening the store.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

LOCK_NAME = ".cwd-gui.lock"
_SHOW = b"show\n"


def server_name(data_dir: Path) -> str:
    """The local socket name for this data folder (short and path-free)."""
    digest = hashlib.sha1(str(data_dir.resolve()).encode("utf-8")).hexdigest()
    return f"cwd-desktop-{digest[:16]}"


class SingleInstance(QObject):
    """The GUI's claim on a data folder; emits ``sig_show`` when a second start asks."""

    sig_show = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the folder for this window; False if another live window holds it.

        A lock that cannot even be created (a read-only folder) is not
        another window: the caller goes on and ``open_store`` explains.
        """
        if self._lock.tryLock(0):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def holder_pid(self) -> int | None:
        """The process id of the window that holds the folder, if known."""
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname); pid 0 if unknown
        pid = info[0] if isinstance(info, tuple) and info else 0
        return int(pid) if isinstance(pid, int) and pid > 0 else None

    def ask_other_to_show(self, timeout_ms: int = 1000) -> bool:
        """Ask the window holding the folder to come to the front."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_SHOW)
        sent = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        """Give the folder up (at exit)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def listen(self) -> None:
        """Start answering a second start's "show" (called once the window is up).

        Kept off the start-up path: the lock alone already refuses a second window.
        """
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        # A crashed window may have left its socket file; we hold the lock, so it is stale.
        QLocalServer.removeServer(self._name)
        if server.listen(self._name):
            server.newConnection.connect(self._on_connection)
            self._server = server

    def _on_connection(self) -> None:
        """Read the second start's request at once: it writes it right after connecting."""
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket.bytesAvailable() or socket.waitForReadyRead(500):
                request = bytes(socket.readAll().data())
            else:
                request = b""
            socket.abort()
            socket.deleteLater()
            if request.startswith(_SHOW.strip()):
                self.sig_show.emit()
