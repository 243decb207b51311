"""The consultation log: what may be stored (validators) and the writes beyond one field.

Consultation events, their comments (uwagi), the stakeholders taking part
and attached files are synced records written through ``Records``; the
validators below check and clean every value before it is stored, whether it
comes from a table cell, the CLI or the demo. Reads (events, comment pages,
statistics, art. 6 checks) live in ``services.consultation_reads`` so the GUI
can use them without loading the ORM; they are re-exported here.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from cwd_desktop.domain.consultation import Comment, Consultation, ConsultationStakeholder
from cwd_desktop.domain.stakeholder import Stakeholder, StakeholderCategoryDef
from cwd_desktop.domain.teryt import TerytUnit
from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import (
    ConsultationForm,
    Disposition,
    StakeholderCategory,
    label,
)
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.blobs import BlobStore, opened_copy
from cwd_desktop.services.consultation_reads import (
    CONTEXT,
    NO_CATEGORY,
    NO_DISPOSITION,
    Art6Warning,
    AttachmentInfo,
    Count,
    Event,
    Label,
    Link,
    StakeholderRef,
    Stats,
    art6_checks,
    attachments,
    category_labels,
    comment_event,
    comment_source,
    disposition_labels,
    event_partnership,
    event_source,
    events,
    form_labels,
    format_date,
    get_attachment,
    get_event,
    linked_stakeholders,
    next_comment_number,
    register_stakeholders,
    stats,
)
from cwd_desktop.services.records import Check, model_for, parse_date, register_validator
from cwd_desktop.store import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cwd_desktop.services.app import Services

__all__ = [
    "CONTEXT",
    "NO_CATEGORY",
    "NO_DISPOSITION",
    "Art6Warning",
    "AttachmentInfo",
    "Count",
    "Event",
    "Label",
    "Link",
    "StakeholderRef",
    "Stats",
    "add_attachment",
    "add_comment",
    "art6_checks",
    "attachment_path",
    "attachments",
    "category_labels",
    "comment_event",
    "comment_source",
    "disposition_labels",
    "event_partnership",
    "event_source",
    "events",
    "form_labels",
    "format_date",
    "get_attachment",
    "get_event",
    "link_stakeholder",
    "linked_stakeholders",
    "next_comment_number",
    "register_stakeholders",
    "stats",
]

_SHA256 = re.compile(r"[0-9a-f]{64}")

# -- value helpers ---------------------------------------------------------------------


def _text(values: dict[str, Any], name: str) -> None:
    """Strip a text field in place (None becomes "")."""
    if name in values:
        values[name] = "" if values[name] is None else str(values[name]).strip()


def vocab_code(enum: type[StrEnum], value: Any) -> str | None:
    """The code of ``value`` given as a code or as its Polish label; None if unknown or empty."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    for member in enum:
        if text == member.value or fold(text) == fold(label(member)):
            return member.value
    return None


def _count(value: Any, field: str, template: str) -> int:
    """A whole number ≥ 0 from an int or text; else a UserError with ``template``."""
    try:
        number = int(str(value).strip()) if value not in (None, "") else 0
    except ValueError:
        number = -1
    if number < 0:
        raise UserError(template, field=field, value="" if value is None else str(value))
    return number


#: The event's dates, each with the message for a value that is not a date.
DATE_FIELDS = {
    "held_on": QT_TRANSLATE_NOOP(
        "errors", "Data wydarzenia „{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR)."
    ),
    "announced_on": QT_TRANSLATE_NOOP(
        "errors", "Data ogłoszenia „{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR)."
    ),
    "comments_until": QT_TRANSLATE_NOOP(
        "errors", "Termin zgłaszania uwag „{value}” nie jest datą (RRRR-MM-DD lub DD.MM.RRRR)."
    ),
}


def _date(value: Any, field: str, template: str) -> Any:
    """A date (see ``parse_date``); the message names which date is wrong."""
    try:
        return parse_date(value, field)
    except UserError:
        raise UserError(template, field=field, value=str(value).strip()) from None


def _required(values: dict[str, Any], name: str, check: Check, template: str) -> None:
    """Refuse an empty value for a field a new row must have (or an edit clears)."""
    if (check.is_new or name in values) and not values.get(name):
        raise UserError(template, field=name)


# -- validators ------------------------------------------------------------------------


@register_validator("consultation")
def check_consultation(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """Date and subject required; a known form; the comment period ends after it starts."""
    for name, template in DATE_FIELDS.items():
        if name in values:
            values[name] = _date(values[name], name, template)
    _required(
        values,
        "held_on",
        check,
        QT_TRANSLATE_NOOP("errors", "Podaj datę wydarzenia konsultacyjnego."),
    )
    for name in ("subject", "place", "notes"):
        _text(values, name)
    _required(
        values,
        "subject",
        check,
        QT_TRANSLATE_NOOP("errors", "Podaj temat lub konsultowany dokument."),
    )
    if "form" in values or check.is_new:
        raw = values.get("form")
        code = vocab_code(ConsultationForm, raw)
        if code is None and raw not in (None, ""):
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Nieznana forma konsultacji „{value}”."),
                field="form",
                value=str(raw),
            )
        values["form"] = code or ConsultationForm.OPEN_MEETING.value
    if "participants" in values:
        values["participants"] = _count(
            values["participants"],
            "participants",
            QT_TRANSLATE_NOOP(
                "errors",
                "Liczba uczestników musi być liczbą całkowitą nie mniejszą niż 0 "
                "(podano „{value}”).",
            ),
        )
    if "teryt" in values:
        values["teryt"] = _teryt(check.session, values["teryt"])
    merged = {**check.current, **values}
    announced, until = merged.get("announced_on"), merged.get("comments_until")
    if announced is not None and until is not None and until < announced:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Termin zgłaszania uwag ({until}) nie może być wcześniejszy "
                "niż data ogłoszenia konsultacji ({announced}).",
            ),
            field="comments_until" if "comments_until" in values else "announced_on",
            until=format_date(until),
            announced=format_date(announced),
        )
    return values


def _teryt(session: Session, value: Any) -> str | None:
    code = "" if value is None else str(value).strip()
    if not code:
        return None
    if session.get(TerytUnit, code) is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Kod TERYT {code} nie występuje w rejestrze JST."),
            field="teryt",
            code=code,
        )
    return code


@register_validator("comment")
def check_comment(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A comment of a live event of the same partnership, with known codes.

    A comment linked to a stakeholder takes the stakeholder's category (and
    name as the author) when none is given; a new comment without a number
    gets the next number of its event.
    """
    session = check.session
    if check.is_new or "consultation_id" in values:
        _live_event(session, check.partnership_id, values.get("consultation_id"))
    for name in ("author", "section", "content", "proposal", "justification"):
        _text(values, name)
    if "number" in values and values["number"] not in (None, ""):
        values["number"] = _count(
            values["number"],
            "number",
            QT_TRANSLATE_NOOP(
                "errors",
                "Numer uwagi musi być liczbą całkowitą nie mniejszą niż 0 (podano „{value}”).",
            ),
        )
    elif check.is_new:
        values["number"] = _next_number(session, str(values["consultation_id"]))
    else:
        values.pop("number", None)
    if "disposition" in values:
        raw = values["disposition"]
        code = vocab_code(Disposition, raw)
        if code is None and raw not in (None, ""):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Nieznane rozstrzygnięcie uwagi „{value}” (uwzględniona, uwzględniona "
                    "częściowo, nieuwzględniona lub wyjaśniona).",
                ),
                field="disposition",
                value=str(raw),
            )
        values["disposition"] = code
    if "author_category" in values:
        values["author_category"] = _category(
            session, check.partnership_id, values["author_category"]
        )
    if "stakeholder_id" in values:
        values["stakeholder_id"] = str(values["stakeholder_id"] or "").strip() or None
    merged = {**check.current, **values}
    stakeholder_id = merged.get("stakeholder_id")
    if stakeholder_id and ("stakeholder_id" in values or "author_category" in values):
        stakeholder = _live_stakeholder(session, check.partnership_id, stakeholder_id)
        if not merged.get("author_category"):
            values["author_category"] = stakeholder.category
        if not merged.get("author"):
            values["author"] = stakeholder.name
    return values


def _live_event(session: Session, partnership_id: str, consultation_id: Any) -> Consultation:
    event = session.get(Consultation, str(consultation_id or ""))
    if event is None or event.deleted_at is not None or event.partnership_id != partnership_id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Nie ma wydarzenia konsultacyjnego {id} w tym partnerstwie."
            ),
            field="consultation_id",
            id=str(consultation_id or ""),
        )
    return event


def _live_stakeholder(session: Session, partnership_id: str, stakeholder_id: Any) -> Stakeholder:
    stakeholder = session.get(Stakeholder, str(stakeholder_id or ""))
    if (
        stakeholder is None
        or stakeholder.deleted_at is not None
        or stakeholder.partnership_id != partnership_id
    ):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie ma interesariusza {id} w rejestrze tego partnerstwa."),
            field="stakeholder_id",
            id=str(stakeholder_id or ""),
        )
    return stakeholder


def _next_number(session: Session, consultation_id: str) -> int:
    highest = session.scalar(
        select(func.max(Comment.number)).where(
            Comment.consultation_id == consultation_id, Comment.deleted_at.is_(None)
        )
    )
    return int(highest or 0) + 1


def _category(session: Session, partnership_id: str, value: Any) -> str | None:
    """A built-in category code (or its label), or the id/name of the partnership's own."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    builtin = vocab_code(StakeholderCategory, text)
    if builtin is not None:
        return builtin
    own = session.scalars(
        select(StakeholderCategoryDef).where(
            StakeholderCategoryDef.partnership_id == partnership_id,
            StakeholderCategoryDef.deleted_at.is_(None),
        )
    )
    for category in own:
        if text == category.id or fold(text) == fold(category.name):
            return category.id
    raise UserError(
        QT_TRANSLATE_NOOP("errors", "Nieznana kategoria interesariusza „{value}”."),
        field="author_category",
        value=text,
    )


@register_validator("consultation_stakeholder")
def check_consultation_stakeholder(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A live event and a live stakeholder of the same partnership, linked once."""
    merged = {**check.current, **values}
    _live_event(check.session, check.partnership_id, merged.get("consultation_id"))
    stakeholder = _live_stakeholder(
        check.session, check.partnership_id, merged.get("stakeholder_id")
    )
    duplicate = check.session.scalar(
        select(ConsultationStakeholder.id).where(
            ConsultationStakeholder.consultation_id == merged["consultation_id"],
            ConsultationStakeholder.stakeholder_id == stakeholder.id,
            ConsultationStakeholder.deleted_at.is_(None),
            ConsultationStakeholder.id != str(check.current.get("id") or ""),
        )
    )
    if duplicate is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Interesariusz „{name}” jest już na liście uczestników."),
            field="stakeholder_id",
            name=stakeholder.name,
        )
    return values


@register_validator("attachment")
def check_attachment(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A file name, a SHA-256 of stored bytes, and an owner record of the same partnership."""
    merged = {**check.current, **values}
    _text(values, "filename")
    if (check.is_new or "filename" in values) and not values.get("filename"):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Podaj nazwę pliku załącznika."), field="filename"
        )
    if not _SHA256.fullmatch(str(merged.get("sha256") or "")):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Niepoprawny skrót SHA-256 załącznika „{value}”."),
            field="sha256",
            value=str(merged.get("sha256") or ""),
        )
    if int(merged.get("size") or 0) < 0:
        raise ValueError("attachment size below 0")
    if check.is_new or "owner_table" in values or "owner_id" in values:
        table, owner_id = str(merged.get("owner_table") or ""), str(merged.get("owner_id") or "")
        try:
            model = model_for(table)
        except KeyError:
            model = None
        owner = check.session.get(model, owner_id) if model is not None else None
        if (
            owner is None
            or owner.deleted_at is not None
            or (owner.partnership_id != check.partnership_id)
        ):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "Nie ma rekordu {table} {id}, do którego dołączono plik."
                ),
                field="owner_id",
                table=table,
                id=owner_id,
            )
    return values


# -- writes beyond one field -----------------------------------------------------------


def add_comment(services: Services, consultation_id: str, values: dict[str, Any]) -> str:
    """Store a comment of an event (numbered next unless ``number`` is given); return its id."""
    partnership_id = event_partnership(services.store, consultation_id)
    return services.records.create(
        "comment", partnership_id, {**values, "consultation_id": consultation_id}
    )


def link_stakeholder(services: Services, consultation_id: str, stakeholder_id: str) -> str:
    """Record that a stakeholder took part in an event; return the link's id."""
    partnership_id = event_partnership(services.store, consultation_id)
    return services.records.create(
        "consultation_stakeholder",
        partnership_id,
        {"consultation_id": consultation_id, "stakeholder_id": stakeholder_id},
    )


def add_attachment(services: Services, owner_table: str, owner_id: str, path: Path) -> str:
    """Copy a file into the blob store and attach it to a record; return the attachment id.

    The bytes are stored first: if the row is then refused, an unreferenced
    blob is left behind (harmless, content-addressed), never a row without bytes.
    """
    partnership_id = _owner_partnership(services.store, owner_table, owner_id)
    sha256, size = BlobStore(services.store.data_dir).put_file(path)
    return services.records.create(
        "attachment",
        partnership_id,
        {
            "owner_table": owner_table,
            "owner_id": owner_id,
            "filename": path.name,
            "sha256": sha256,
            "size": size,
        },
    )


def _owner_partnership(store: Store, owner_table: str, owner_id: str) -> str:
    """The partnership of the live record a file is attached to, or a UserError."""
    row = None
    try:
        table = str(model_for(owner_table).__table__.name)  # type: ignore[attr-defined]
    except KeyError:
        table = ""
    if table:  # a checked table name: it is put into SQL
        row = (
            store.reader()
            .execute(
                f"SELECT partnership_id FROM {table} WHERE id = ? AND deleted_at IS NULL",
                (owner_id,),
            )
            .fetchone()
        )
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie ma rekordu {table} {id}, do którego dołączono plik."),
            field="owner_id",
            table=owner_table,
            id=owner_id,
        )
    return str(row[0])


def attachment_path(store: Store, attachment_id: str) -> Path:
    """A file with the attachment's own name and bytes, to open in its usual program.

    Blobs are named by hash, which no program recognises, so the bytes are
    copied once to ``data_dir/opened/<hash>/<file name>``, read-only (a hard
    link would let an edit in that program change the stored blob).
    A UserError if the bytes are not on this computer.
    """
    info = get_attachment(store, attachment_id)
    return opened_copy(store.data_dir, info.sha256, info.filename)
