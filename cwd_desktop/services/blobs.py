"""A content-addressed store for attachment bytes: ``data_dir/blobs/<sha256>``.

Attachments travel through sync as content-hashed blobs (DESIGN.md "Sync"),
so the file name is the SHA-256 of its bytes: the same file attached twice
is stored once, and a blob is never changed after it is written. A blob is
written to a temporary file in the same folder, flushed to disk (``fsync``)
and then renamed into place, so a laptop losing power leaves either the whole
blob or none of it, never half a file under a valid name.

What is inside the bytes (a damaged or password-protected PDF, …) is not
this module's concern: it stores what it is given.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP

BLOB_DIRNAME = "blobs"
_CHUNK = 1 << 20
_SHA256 = re.compile(r"[0-9a-f]{64}")


class BlobStore:
    """Blobs of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / BLOB_DIRNAME

    def path(self, sha256: str) -> Path:
        """Where the blob with this hash lives (it may not exist)."""
        if not _SHA256.fullmatch(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256

    def exists(self, sha256: str) -> bool:
        """True if the blob is on this computer."""
        return self.path(sha256).is_file()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Store a copy of ``source``; return (sha256, size). The source is left alone."""
        try:
            handle = source.open("rb")
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Nie można odczytać pliku {path}: {reason}."),
                path=str(source),
                reason=exc.strerror or str(exc),
            ) from exc
        with handle:
            return self._write(lambda: handle.read(_CHUNK))

    def put_bytes(self, data: bytes) -> str:
        """Store ``data``; return its sha256."""
        chunks = iter((data,))
        return self._write(lambda: next(chunks, b""))[0]

    def read_bytes(self, sha256: str) -> bytes:
        """The stored bytes, or a UserError if the blob is missing (not synced yet)."""
        path = self.path(sha256)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise missing_blob(path) from None

    # -- internals -----------------------------------------------------------------

    def _write(self, read: Callable[[], bytes]) -> tuple[str, int]:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _write_error(self.root, exc) from exc
        temp = self.root / f".tmp-{uuid.uuid4().hex}"
        digest = hashlib.sha256()
        size = 0
        try:
            with temp.open("wb") as out:
                while chunk := read():
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            target = self.root / digest.hexdigest()
            if target.is_file() and target.stat().st_size == size:
                temp.unlink()  # the same content is already stored
            else:
                os.replace(temp, target)
                _fsync_dir(self.root)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            raise _write_error(self.root, exc) from exc
        return digest.hexdigest(), size


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_error(folder: Path, exc: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors", "Nie można zapisać załącznika w folderze {path}: {reason}; nic nie zapisano."
        ),
        path=str(folder),
        reason=exc.strerror or str(exc),
    )


def missing_blob(path: Path) -> UserError:
    """The attachment's bytes are not on this computer (e.g. not synced yet)."""
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Brak pliku załącznika {path} na tym komputerze; "
            "zsynchronizuj dane i spróbuj ponownie.",
        ),
        path=str(path),
    )


#: Where blobs are copied under their own names, to be opened in their usual programs.
OPENED_DIRNAME = "opened"


def opened_copy(data_dir: Path, sha256: str, filename: str) -> Path:
    """A read-only copy of a blob under its file name, to open in its usual program.

    Blobs are named by hash, which no program recognises, so the bytes are
    copied once to ``data_dir/opened/<hash>/<file name>``, read-only (a hard
    link would let an edit in that program change the stored blob). A
    UserError if the bytes are not on this computer (not synced yet) or the
    copy cannot be made.
    """
    blob = BlobStore(data_dir).path(sha256)
    if not blob.is_file():
        raise missing_blob(blob)
    name = Path(filename).name or sha256
    target = data_dir / OPENED_DIRNAME / sha256 / name
    if target.is_file() and target.stat().st_size == blob.stat().st_size:
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            target.chmod(0o644)
        shutil.copyfile(blob, target)
        target.chmod(0o444)
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Nie można przygotować pliku {path} do otwarcia: {reason}."
            ),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    return target
