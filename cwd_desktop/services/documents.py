"""Exported Word documents and their versions.

``export`` builds a document through its kind's builder
(``exports/docx/registry.py``), writes it atomically where the user asked,
keeps its bytes in the blob store and records a DocumentVersion row, so
every deliverable handed to a partnership can be reopened later, on any
synced computer, exactly as it was sent. The stored bytes are never handed
out to be edited: ``open_path`` gives a read-only temporary copy.

Reads go through the plain reader connection; only ``export`` loads the ORM.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import stat
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwd_desktop.config import SETTINGS
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.blobs import BlobStore
from cwd_desktop.services.progress import Progress

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

#: Settings that name the person or computer exporting, in order of preference.
AUTHOR_SETTINGS = ("user_name", "device_name")
_COLUMNS = (
    "id, partnership_id, kind, title, filename, sha256, size, created_at, author,"
    " subject_id, params"
)


@dataclass(frozen=True)
class VersionInfo:
    """One stored export; ``path`` is where this export was just written, if it was."""

    id: str
    partnership_id: str
    kind: str
    title: str
    filename: str
    sha256: str
    size: int
    created_at: datetime
    author: str
    subject_id: str | None
    params: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None


def _version(row: tuple[Any, ...]) -> VersionInfo:
    (id_, pid, kind, title, filename, sha, size, created, author, subject, params) = row
    try:
        loaded = json.loads(params or "{}")
    except ValueError:
        loaded = {}
    when = datetime.fromisoformat(str(created))
    return VersionInfo(
        id=str(id_),
        partnership_id=str(pid),
        kind=str(kind),
        title=str(title),
        filename=str(filename),
        sha256=str(sha),
        size=int(size),
        created_at=when if when.tzinfo else when.replace(tzinfo=UTC),
        author=str(author or ""),
        subject_id=str(subject) if subject else None,
        params=loaded if isinstance(loaded, dict) else {},
    )


def default_author(services: Services) -> str:
    """The user or computer name from the settings if any, else the system user."""
    settings = services.store.settings
    for key in AUTHOR_SETTINGS:
        if key in SETTINGS:
            value = str(settings.get(key) or "").strip()
            if value:
                return value
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


class DocumentService:
    """Exports of the Word deliverables and the versions kept of them."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._store = services.store
        self.blobs = BlobStore(services.store.data_dir)

    # -- the template -----------------------------------------------------------------

    def template(self) -> Path:
        """The Word template exports start from (the user's own, or the shipped one)."""
        from cwd_desktop.exports.docx.template import template_path

        return template_path(self._store.settings)

    def set_template(self, path: Path | None) -> None:
        """Use the user's own template from now on (checked first), or the shipped one (None)."""
        from cwd_desktop.exports.docx.template import TEMPLATE_SETTING, check_template

        if path is not None:
            path = path.expanduser().resolve()
            check_template(path)
        self._store.settings.set(TEMPLATE_SETTING, "" if path is None else str(path))

    # -- exporting ----------------------------------------------------------------------

    def export(
        self,
        kind: str,
        partnership: str,
        path: Path,
        author: str | None = None,
        *,
        progress: Progress | None = None,
        **params: Any,
    ) -> VersionInfo:
        """Build ``kind`` for ``partnership`` (id or short name), save it at ``path``, keep it.

        ``params`` are the kind's own (``meeting=…``, ``project=…``). If the
        file cannot be written nothing is stored; the file is written before
        its version is recorded.
        """
        from cwd_desktop.exports.docx.registry import build, check_subject, get_exporter

        partnership_id = self._services.partnerships.get(partnership).id
        found = get_exporter(kind)
        subject_id = check_subject(found, params)
        who = default_author(self._services) if author is None else author
        if progress is not None:
            progress.update(0, 0, "")
        writer, title = build(
            self._services, found.kind, partnership_id, progress=progress, author=who, **params
        )
        if progress is not None:
            progress.update(0, 0, "")  # the last chance to cancel before the file is written
        data = writer.to_bytes()
        writer.close()
        target = Path(path)
        from cwd_desktop.exports.docx.writer import write_atomically

        write_atomically(target, data)
        sha = self.blobs.put_bytes(data)
        version_id = self._record(
            partnership_id=partnership_id,
            kind=found.kind.value,
            title=title,
            filename=target.name,
            sha256=sha,
            size=len(data),
            author=who,
            subject_id=subject_id,
            params=params,
        )
        return self.get(version_id, path=target)

    def _record(self, **values: Any) -> str:
        from cwd_desktop.domain.document import DocumentVersion

        params = {k: v for k, v in values.pop("params").items() if v not in (None, "")}
        with self._store.unit_of_work() as session:
            row = DocumentVersion(
                **values,
                params=json.dumps(params, ensure_ascii=False, sort_keys=True, default=str),
                created_at=datetime.now(UTC),
            )
            session.add(row)
            session.flush()
            return str(row.id)

    def export_again(
        self,
        version_id: str,
        path: Path,
        author: str | None = None,
        *,
        progress: Progress | None = None,
    ) -> VersionInfo:
        """The same kind and parameters as a stored version, from today's data: a new version."""
        old = self.get(version_id)
        return self.export(
            old.kind, old.partnership_id, path, author, progress=progress, **old.params
        )

    # -- versions -----------------------------------------------------------------------

    def versions(self, partnership_id: str, kind: str | None = None) -> list[VersionInfo]:
        """The partnership's stored versions, newest first (of one kind if given)."""
        sql = (
            f"SELECT {_COLUMNS} FROM document_version"
            " WHERE partnership_id = ? AND deleted_at IS NULL"
        )
        args: list[Any] = [partnership_id]
        if kind:
            sql += " AND kind = ?"
            args.append(str(kind))
        rows = self._store.reader().execute(sql + " ORDER BY created_at DESC, rowid DESC", args)
        return [_version(tuple(row)) for row in rows]

    def get(self, version_id: str, *, path: Path | None = None) -> VersionInfo:
        """One live version, or a UserError naming the id."""
        row = (
            self._store.reader()
            .execute(
                f"SELECT {_COLUMNS} FROM document_version WHERE id = ? AND deleted_at IS NULL",
                (version_id,),
            )
            .fetchone()
        )
        if row is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Nie ma wersji dokumentu {id}."),
                field="version",
                id=version_id,
            )
        found = _version(tuple(row))
        if path is None:
            return found
        return VersionInfo(**{**found.__dict__, "path": path})

    def read_bytes(self, version: VersionInfo | str) -> bytes:
        """The stored bytes of a version (a UserError if not synced to this computer)."""
        info = self.get(version) if isinstance(version, str) else version
        return self.blobs.read_bytes(info.sha256)

    def open_path(self, version: VersionInfo | str) -> Path:
        """A read-only temporary copy of a version to open in Word; the blob stays untouched.

        Each call gives a fresh copy (a copy still open in Word cannot be overwritten
        on Windows), named like the exported file.
        """
        info = self.get(version) if isinstance(version, str) else version
        data = self.read_bytes(info)
        folder = Path(tempfile.mkdtemp(prefix="cwd-dokument-"))
        target = folder / (info.filename or f"{info.kind}.docx")
        try:
            target.write_bytes(data)
            target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        except OSError as exc:
            with contextlib.suppress(OSError):
                target.unlink(missing_ok=True)
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "Nie można przygotować kopii dokumentu w {path}: {reason}."
                ),
                path=str(folder),
                reason=exc.strerror or str(exc),
            ) from exc
        return target

    def save_copy(self, version: VersionInfo | str, path: Path) -> Path:
        """Write a version's stored bytes to ``path`` (atomically)."""
        from cwd_desktop.exports.docx.writer import write_atomically

        return write_atomically(Path(path), self.read_bytes(version))
