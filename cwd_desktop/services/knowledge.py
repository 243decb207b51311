"""The knowledge base: what may be stored (validators) and the writes beyond one field.

Good practices and documents are shared by the whole team: their
``partnership_id`` is ``TEAM_SCOPE``. A link between a practice and a project
it inspired (``practice_project``) lives in the project's partnership, so it
syncs to the advisors of that partnership.

``add_document`` reads a file, extracts its text (``knowledge_text``) and only
then stores the bytes in the blob store and the row: a damaged or
password-protected file is refused with one sentence and leaves nothing
behind, neither a row nor a blob.

Reads and search are in ``knowledge_reads`` (plain SQL); the XLSX list of
practices in ``knowledge_xlsx``. This module loads SQLAlchemy, so the GUI
imports it lazily.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text

from cwd_desktop.domain.knowledge import GoodPractice, KnowledgeDocument, PracticeProject
from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.domain.types import utcnow
from cwd_desktop.domain.vocab import PolicyObjective, code_of
from cwd_desktop.domain.vocab_followup import KnowledgeKind, NetworkTheme
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services import knowledge_reads
from cwd_desktop.services.blobs import BlobStore
from cwd_desktop.services.knowledge_reads import KnowledgeHit
from cwd_desktop.services.knowledge_text import MAX_TEXT, extract_text, read_file
from cwd_desktop.services.progress import NO_PROGRESS, Progress
from cwd_desktop.services.records import Check, not_found, parse_date, register_validator

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

_PRACTICE_TEXTS = ("owner_name", "description", "results", "contact", "source")


# -- vocabulary and value helpers --------------------------------------------------------------


def vocab_code(enum: type[StrEnum], value: Any) -> str | None:
    """The code of ``value`` given as its code or (words of) its Polish label, in any case,
    with or without diacritics (for PO also ``PO5`` or ``PO 5``); None if unknown or empty."""
    return code_of(enum, value)


def jst_name(name: str, kind: str) -> str:
    """``Braniewo (gmina miejska)``, ``powiat łosicki``: a JST's name is ambiguous alone."""
    return f"powiat {name}" if kind == "powiat" else f"{name} ({kind})"


def _strip(values: dict[str, Any], *fields: str) -> None:
    for name in fields:
        if name in values:
            values[name] = "" if values[name] is None else str(values[name]).strip()


def _required(values: dict[str, Any], check: Check, name: str, template: str) -> None:
    if name in values:
        values[name] = " ".join(("" if values[name] is None else str(values[name])).split())
    if (check.is_new or name in values) and not values.get(name):
        raise UserError(template, field=name)


def _vocab(
    values: dict[str, Any], name: str, enum: type[StrEnum], template: str, empty: str | None
) -> None:
    if name not in values:
        return
    raw = values[name]
    if raw in (None, ""):
        values[name] = empty
        return
    code = vocab_code(enum, raw)
    if code is None:
        raise UserError(template, field=name, value=str(raw).strip())
    values[name] = code


def _exists(check: Check, sql: str, **params: Any) -> bool:
    return check.session.execute(text(sql), params).first() is not None


def _live_practice(check: Check, values: dict[str, Any], *, required: bool) -> None:
    if "practice_id" not in values and not (required and check.is_new):
        return
    practice_id = str(values.get("practice_id") or "").strip()
    if not practice_id and not required:
        values["practice_id"] = None
        return
    if not practice_id or not _exists(
        check,
        "SELECT 1 FROM good_practice WHERE id = :id AND deleted_at IS NULL",
        id=practice_id,
    ):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Dobra praktyka {id} nie istnieje w bazie wiedzy."),
            field="practice_id",
            id=practice_id,
        )
    values["practice_id"] = practice_id


def _team_scope(check: Check, table: str) -> None:
    if check.partnership_id != TEAM_SCOPE:
        raise ValueError(f"{table} rows belong to the team scope, not {check.partnership_id}")


# -- validators --------------------------------------------------------------------------------


@register_validator("good_practice")
def check_practice(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A title; theme and policy objective known (code or label); the owner's TERYT in the
    register and its partnership live. Without an owner name, the JST's name is used."""
    _team_scope(check, "good_practice")
    _required(values, check, "title", QT_TRANSLATE_NOOP("errors", "Podaj tytuł dobrej praktyki."))
    _strip(values, *_PRACTICE_TEXTS)
    _vocab(
        values,
        "theme",
        NetworkTheme,
        QT_TRANSLATE_NOOP("errors", "„{value}” nie jest tematem bazy wiedzy."),
        NetworkTheme.OTHER.value,
    )
    _vocab(
        values,
        "policy_objective",
        PolicyObjective,
        QT_TRANSLATE_NOOP("errors", "„{value}” nie jest celem polityki spójności (PO1–PO5)."),
        None,
    )
    if "owner_teryt" in values:
        code = "".join(str(values["owner_teryt"] or "").split())
        if code:
            row = check.session.execute(
                text(
                    "SELECT name, kind FROM teryt_unit WHERE code = :c AND (length(code) = 4"
                    " OR (length(code) = 7 AND substr(code, 7, 1) IN ('1', '2', '3')))"
                ),
                {"c": code},
            ).first()
            if row is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Kod TERYT {code} nie występuje w rejestrze JST "
                        "(gmina: 7 cyfr, powiat: 4 cyfry).",
                    ),
                    field="owner_teryt",
                    code=code,
                )
            owner = values.get("owner_name", check.current.get("owner_name"))
            if not owner:
                values["owner_name"] = jst_name(str(row[0]), str(row[1]))
        values["owner_teryt"] = code or None
    if "owner_partnership_id" in values:
        pid = str(values["owner_partnership_id"] or "").strip()
        if pid and not _exists(
            check, "SELECT 1 FROM partnership WHERE id = :id AND deleted_at IS NULL", id=pid
        ):
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Partnerstwo {id} nie istnieje."),
                field="owner_partnership_id",
                id=pid,
            )
        values["owner_partnership_id"] = pid or None
    return values


@register_validator("knowledge_document")
def check_document(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A title and a file (name, content hash); kind and theme known; the practice and the
    event it belongs to live; the extracted text capped."""
    _team_scope(check, "knowledge_document")
    _required(values, check, "title", QT_TRANSLATE_NOOP("errors", "Podaj tytuł dokumentu."))
    _required(
        values, check, "filename", QT_TRANSLATE_NOOP("errors", "Dokument musi mieć nazwę pliku.")
    )
    _strip(values, "description")
    _vocab(
        values,
        "kind",
        KnowledgeKind,
        QT_TRANSLATE_NOOP("errors", "„{value}” nie jest rodzajem dokumentu bazy wiedzy."),
        KnowledgeKind.DOCUMENT.value,
    )
    _vocab(
        values,
        "theme",
        NetworkTheme,
        QT_TRANSLATE_NOOP("errors", "„{value}” nie jest tematem bazy wiedzy."),
        NetworkTheme.OTHER.value,
    )
    if "sha256" in values or check.is_new:
        digest = str(values.get("sha256") or "").strip().lower()
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError(f"knowledge_document: not a SHA-256 digest: {digest!r}")
        values["sha256"] = digest
    if "added_on" in values:
        values["added_on"] = parse_date(values["added_on"], "added_on")
    if "content_text" in values:
        values["content_text"] = str(values["content_text"] or "")[:MAX_TEXT]
    _live_practice(check, values, required=False)
    if "event_id" in values:
        event_id = str(values["event_id"] or "").strip()
        if event_id and not _exists(
            check, "SELECT 1 FROM network_event WHERE id = :id AND deleted_at IS NULL", id=event_id
        ):
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Wydarzenie {id} nie istnieje."),
                field="event_id",
                id=event_id,
            )
        values["event_id"] = event_id or None
    return values


@register_validator("practice_project")
def check_practice_project(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A live practice and a live project of the link's partnership, linked once."""
    _live_practice(check, values, required=True)
    if "project_id" in values or check.is_new:
        project_id = str(values.get("project_id") or "").strip()
        if not project_id or not _exists(
            check,
            "SELECT 1 FROM project WHERE id = :id AND partnership_id = :p AND deleted_at IS NULL",
            id=project_id,
            p=check.partnership_id,
        ):
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Projekt {id} nie istnieje w tym partnerstwie."),
                field="project_id",
                id=project_id,
            )
        values["project_id"] = project_id
    _strip(values, "note")
    linked_practice = values.get("practice_id", check.current.get("practice_id"))
    linked_project = values.get("project_id", check.current.get("project_id"))
    if ("practice_id" in values or "project_id" in values) and _exists(
        check,
        "SELECT 1 FROM practice_project WHERE practice_id = :g AND project_id = :j"
        " AND deleted_at IS NULL AND id != :me",
        g=linked_practice,
        j=linked_project,
        me=str(check.current.get("id") or ""),
    ):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Ta dobra praktyka jest już powiązana z tym projektem."),
            field="project_id",
        )
    return values


# -- practices ---------------------------------------------------------------------------------


def create_practice(services: Services, values: dict[str, Any]) -> str:
    """Store a new good practice (team-wide); return its id."""
    return services.records.create("good_practice", TEAM_SCOPE, values)


@dataclass(frozen=True)
class RemovedPractice:
    """What ``delete_practice`` tombstoned, for undo: the practice, its links and documents."""

    practice_id: str
    rows: tuple[tuple[str, str], ...]


def delete_practice(services: Services, practice_id: str) -> RemovedPractice:
    """Tombstone a practice with its project links and attached documents, in one unit of work."""
    with services.store.unit_of_work() as session:
        practice = session.get(GoodPractice, practice_id)
        if practice is None or practice.deleted_at is not None:
            raise not_found("good_practice", practice_id)
        now = utcnow()
        practice.deleted_at = now
        removed: list[tuple[str, str]] = []
        parts: tuple[Any, ...] = (PracticeProject, KnowledgeDocument)
        for model in parts:
            rows = session.scalars(
                select(model).where(model.practice_id == practice_id, model.deleted_at.is_(None))
            ).all()
            for row in rows:
                row.deleted_at = now
                removed.append((model.__tablename__, row.id))
    return RemovedPractice(practice_id, tuple(removed))


def restore_practice(services: Services, removed: RemovedPractice) -> None:
    """Undo ``delete_practice``: the practice and what went with it come back."""
    models: dict[str, Any] = {m.__tablename__: m for m in (PracticeProject, KnowledgeDocument)}
    with services.store.unit_of_work() as session:
        practice = session.get(GoodPractice, removed.practice_id)
        if practice is None:
            raise not_found("good_practice", removed.practice_id)
        practice.deleted_at = None
        for table, row_id in removed.rows:
            row = session.get(models[table], row_id)
            if row is not None:
                row.deleted_at = None


# -- documents ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreparedFile:
    """A file read and its text extracted, ready to be stored (``store_document``)."""

    path: Path
    data: bytes
    text: str


def prepare_file(path: Path, progress: Progress = NO_PROGRESS) -> PreparedFile:
    """Read a file and extract its text; a UserError naming the file if it cannot be read.

    Nothing is stored: callers adding several files (or a practice with its
    files) prepare them all first, so one bad file leaves everything as it was.
    """
    path = Path(path)
    data = read_file(path)
    return PreparedFile(path, data, extract_text(path, data, progress))


def store_document(
    services: Services,
    prepared: PreparedFile,
    title: str | None = None,
    kind: str = KnowledgeKind.DOCUMENT.value,
    theme: str = NetworkTheme.OTHER.value,
    practice_id: str | None = None,
    event_id: str | None = None,
    description: str = "",
) -> str:
    """Store a prepared file's bytes (content-hashed blob) and its document row; return its id.

    If the row is refused, a blob written for it is removed again.
    """
    blobs = BlobStore(services.store.data_dir)
    digest = hashlib.sha256(prepared.data).hexdigest()
    had_blob = blobs.exists(digest)
    blobs.put_bytes(prepared.data)
    try:
        return services.records.create(
            "knowledge_document",
            TEAM_SCOPE,
            {
                "title": title if title and title.strip() else prepared.path.stem,
                "kind": kind,
                "theme": theme,
                "description": description,
                "filename": prepared.path.name,
                "sha256": digest,
                "size": len(prepared.data),
                "added_on": date.today(),
                "content_text": prepared.text,
                "practice_id": practice_id,
                "event_id": event_id,
            },
        )
    except BaseException:
        if not had_blob:  # a refused row leaves no blob nobody refers to
            with contextlib.suppress(OSError):
                blobs.path(digest).unlink(missing_ok=True)
        raise


def add_document(
    services: Services,
    path: Path,
    title: str | None = None,
    kind: str = KnowledgeKind.DOCUMENT.value,
    theme: str = NetworkTheme.OTHER.value,
    practice_id: str | None = None,
    event_id: str | None = None,
    description: str = "",
    progress: Progress = NO_PROGRESS,
) -> str:
    """Add a file to the knowledge base with its text for search; return the document's id.

    The file is read and its text extracted first; only a readable file is
    stored (its bytes in the blob store, content-hashed so they sync). A
    damaged or password-protected file, or a type the base does not take,
    raises a UserError naming the file, and nothing is stored.
    """
    prepared = prepare_file(path, progress)
    return store_document(
        services, prepared, title, kind, theme, practice_id, event_id, description
    )


# -- links -------------------------------------------------------------------------------------


def link_project(services: Services, practice_id: str, project_id: str, note: str = "") -> str:
    """Record that a practice inspired a project; the link lives in the project's partnership."""
    row = (
        services.store.reader()
        .execute(
            "SELECT partnership_id FROM project WHERE id = ? AND deleted_at IS NULL", (project_id,)
        )
        .fetchone()
    )
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Projekt {id} nie istnieje."),
            field="project_id",
            id=project_id,
        )
    return services.records.create(
        "practice_project",
        str(row[0]),
        {"practice_id": practice_id, "project_id": project_id, "note": note},
    )


def unlink_project(services: Services, link_id: str) -> None:
    """Remove a practice–project link (tombstone; it syncs as a deletion)."""
    services.records.delete("practice_project", link_id)


# -- search and the XLSX list ------------------------------------------------------------------


def search(
    services: Services, query: str, kind: str | None = None, limit: int = 50
) -> list[KnowledgeHit]:
    """Practices and documents matching ``query``, words inside attached files included."""
    return knowledge_reads.search(services.store, query, kind, limit)


def export_practices(services: Services, path: Path, progress: Progress = NO_PROGRESS) -> int:
    """Write the list of good practices as XLSX; return how many (see ``knowledge_xlsx``)."""
    from cwd_desktop.services.knowledge_xlsx import export_practices as export

    return export(services, Path(path), progress=progress)


def import_practices(services: Services, path: Path, progress: Progress = NO_PROGRESS) -> Any:
    """Read good practices from XLSX, all or nothing (see ``knowledge_xlsx``)."""
    from cwd_desktop.services.knowledge_xlsx import import_practices as read

    return read(services, Path(path), progress=progress)
