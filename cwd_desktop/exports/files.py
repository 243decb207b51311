"""Writing an export file so that a failure never leaves half of it behind.

Every export (DOCX, XLSX, PNG) is built in memory, written to a temporary
file beside its target, flushed to disk and renamed into place. An
unwritable or missing folder, a full disk or a file locked by Word is one
UserError naming the path; the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP

CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "Nie można zapisać pliku {path}: {reason}.")


def write_atomically(path: Path, data: bytes, message: str = CANNOT_WRITE) -> Path:
    """Write ``data`` at ``path`` whole or not at all; ``message`` may name {path}, {reason}."""
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with temp.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise UserError(
            message, field="path", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    return path
