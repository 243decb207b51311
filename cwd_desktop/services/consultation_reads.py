"""Reading the consultation log with plain SQL: events, comments, statistics, art. 6 checks.

Kept apart from ``services.consultations`` (validators and writes, which
load the ORM) so that the consultations page can read without SQLAlchemy.
Everything here goes through ``Store.reader()``; dates come back as
``datetime.date``. The public names are re-exported by
``services.consultations``.

Comments are read page by page (``comment_source``): a filter typed into the
comments table goes through the FTS5 index and fetches only one page of
matches, so each keystroke costs the same over 100 comments or 100,000.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import (
    MIN_COMMENT_PERIOD_DAYS,
    REPORT_DUE_DAYS,
    VOCAB_CONTEXT,
    ConsultationForm,
    Disposition,
    StakeholderCategory,
    label,
)
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cwd_desktop.store import Store
from cwd_desktop.store import search as fts

CONTEXT = "consultations"
Row = dict[str, Any]
RowSource = Callable[[str, int, int], list[Row]]

#: Shown for a comment with no category / no disposition yet.
NO_CATEGORY = QT_TRANSLATE_NOOP("consultations", "bez kategorii")
NO_DISPOSITION = QT_TRANSLATE_NOOP("consultations", "bez rozstrzygnięcia")


def _date(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def format_date(value: date | None) -> str:
    """A date as Polish documents write it (dd.mm.rrrr); "" for none."""
    return value.strftime("%d.%m.%Y") if value else ""


# -- labels ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """A display name and the translation context it belongs to ("" = user's own text)."""

    text: str
    context: str

    def render(self, translate: Translate = identity) -> str:
        """The name in the UI language."""
        return translate(self.context, self.text) if self.context else self.text


def vocab_label(value: StrEnum) -> Label:
    """A vocabulary value's label."""
    return Label(label(value), VOCAB_CONTEXT)


def category_labels(store: Store, partnership_id: str) -> dict[str, Label]:
    """Stakeholder categories a comment may carry: built-in codes, then the partnership's own."""
    labels = {c.value: vocab_label(c) for c in StakeholderCategory}
    rows = store.reader().execute(
        "SELECT id, name FROM stakeholder_category"
        " WHERE partnership_id = ? AND deleted_at IS NULL ORDER BY name",
        (partnership_id,),
    )
    labels.update({str(row_id): Label(str(name), "") for row_id, name in rows})
    return labels


def form_labels() -> dict[str, Label]:
    """Consultation forms by code."""
    return {f.value: vocab_label(f) for f in ConsultationForm}


def disposition_labels() -> dict[str, Label]:
    """Dispositions by code."""
    return {d.value: vocab_label(d) for d in Disposition}


# -- events ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    """A consultation event as the log lists it, with its number of comments."""

    id: str
    held_on: date
    subject: str
    form: str
    place: str
    teryt: str | None
    announced_on: date | None
    comments_until: date | None
    participants: int
    notes: str
    comments: int

    def as_row(self) -> Row:
        """The event as a table row (field names as in the ``consultation`` table)."""
        return {
            "id": self.id,
            "held_on": self.held_on,
            "subject": self.subject,
            "form": self.form,
            "place": self.place,
            "teryt": self.teryt,
            "announced_on": self.announced_on,
            "comments_until": self.comments_until,
            "participants": self.participants,
            "notes": self.notes,
            "comment_count": self.comments,
        }


_EVENT_SQL = (
    "SELECT e.id, e.held_on, e.subject, e.form, e.place, e.teryt, e.announced_on,"
    " e.comments_until, e.participants, e.notes,"
    " (SELECT count(*) FROM comment c WHERE c.consultation_id = e.id AND c.deleted_at IS NULL)"
    " FROM consultation e WHERE e.deleted_at IS NULL"
)
_EVENT_ORDER = " ORDER BY e.held_on, e.subject, e.id"


def _event(row: Iterable[Any]) -> Event:
    (id_, held, subject, form, place, teryt, announced, until, participants, notes, n) = row
    return Event(
        id=str(id_),
        held_on=_date(held) or date.min,
        subject=str(subject),
        form=str(form),
        place=str(place or ""),
        teryt=str(teryt) if teryt else None,
        announced_on=_date(announced),
        comments_until=_date(until),
        participants=int(participants or 0),
        notes=str(notes or ""),
        comments=int(n),
    )


def events(store: Store, partnership_id: str) -> list[Event]:
    """The partnership's consultation events, oldest first."""
    rows = store.reader().execute(
        _EVENT_SQL + " AND e.partnership_id = ?" + _EVENT_ORDER, (partnership_id,)
    )
    return [_event(row) for row in rows]


def get_event(store: Store, consultation_id: str) -> Event:
    """One live event, or a UserError naming the id."""
    row = store.reader().execute(_EVENT_SQL + " AND e.id = ?", (consultation_id,)).fetchone()
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie ma wydarzenia konsultacyjnego {id}."),
            field="consultation_id",
            id=consultation_id,
        )
    return _event(row)


def event_partnership(store: Store, consultation_id: str) -> str:
    """The partnership a live event belongs to (a UserError if there is no such event)."""
    row = (
        store.reader()
        .execute(
            "SELECT partnership_id FROM consultation WHERE id = ? AND deleted_at IS NULL",
            (consultation_id,),
        )
        .fetchone()
    )
    if row is None:
        get_event(store, consultation_id)  # raises the message
    return str(row[0])


def event_source(store: Store, partnership_id: str) -> RowSource:
    """Rows of the events table; a filter keeps events whose subject or place contains it.

    A partnership holds tens of events, not thousands, so they are filtered in Python.
    """

    def read(text: str, offset: int, limit: int) -> list[Row]:
        rows = [e.as_row() for e in events(store, partnership_id)]
        needle = fold(text.strip())
        if needle:
            rows = [r for r in rows if needle in fold(f"{r['subject']} {r['place']}")]
        return rows[offset : offset + limit]

    return read


# -- comments --------------------------------------------------------------------------

COMMENT_FIELDS = (
    "id",
    "consultation_id",
    "number",
    "author",
    "stakeholder_id",
    "author_category",
    "section",
    "content",
    "proposal",
    "disposition",
    "justification",
    "held_on",
    "subject",
)
_COMMENT_COLUMNS = (
    "c.id, c.consultation_id, c.number, c.author, c.stakeholder_id, c.author_category,"
    " c.section, c.content, c.proposal, c.disposition, c.justification, e.held_on, e.subject"
)
_LIVE = "c.deleted_at IS NULL AND e.deleted_at IS NULL"


def _comment(row: Iterable[Any]) -> Row:
    values = dict(zip(COMMENT_FIELDS, row, strict=True))
    values["held_on"] = _date(values["held_on"])
    values["number"] = int(values["number"] or 0)
    for name in ("author", "section", "content", "proposal", "justification"):
        values[name] = values[name] or ""
    return values


def _order_key(row: Row) -> tuple[date, str, int]:
    return (row["held_on"] or date.min, row["consultation_id"], row["number"])


def comment_source(
    store: Store, partnership_id: str, consultation_id: str | None
) -> Callable[[str, int, int], list[dict[str, Any]]]:
    """A RowSource of comments: of one event, or (``None``) of the whole partnership.

    Rows come ordered by event date, then comment number, and always carry
    the event's ``held_on`` and ``subject``. A filter text is looked up in
    the FTS5 index one page at a time (the page is then ordered within
    itself), so a keystroke costs one page whatever the number of comments.
    """
    scope = "c.partnership_id = ?" if consultation_id is None else "c.consultation_id = ?"
    scope_param = partnership_id if consultation_id is None else consultation_id
    base = (
        f"SELECT {_COMMENT_COLUMNS} FROM comment c"
        " JOIN consultation e ON e.id = c.consultation_id"
        f" WHERE {_LIVE} AND {scope}"
    )

    def unfiltered(offset: int, limit: int) -> list[Row]:
        rows = store.reader().execute(
            base + " ORDER BY e.held_on, e.id, c.number, c.id LIMIT ? OFFSET ?",
            (scope_param, limit, offset),
        )
        return [_comment(row) for row in rows]

    def filtered(text: str, offset: int, limit: int) -> list[Row]:
        # FTS narrows to this partnership's comments; the event and the tombstone
        # filters are joins, so LIMIT counts only rows that are shown. CROSS JOIN
        # keeps the FTS match as the outer loop: left to itself the planner walks
        # every comment of the partnership and runs the match once per row.
        conn = store.reader()
        expression = fts.match_expression(text, "comment", partnership_id)
        keys, params = "", [expression]
        if consultation_id is not None:
            # An event's comments are mostly typed in one sitting, so their index
            # keys lie close together: a rowid range lets FTS skip the other events.
            low, high = conn.execute(
                "SELECT min(k.id), max(k.id) FROM comment c JOIN search_key k ON k.row_id = c.id"
                " WHERE c.consultation_id = ?",
                (consultation_id,),
            ).fetchone()
            if low is None:
                return []
            keys, params = " AND search_index.rowid BETWEEN ? AND ?", [expression, low, high]
        sql = (
            f"SELECT {_COMMENT_COLUMNS} FROM search_index"
            " CROSS JOIN search_key k ON k.id = search_index.rowid"
            " CROSS JOIN comment c ON c.id = k.row_id"
            " CROSS JOIN consultation e ON e.id = c.consultation_id"
            f" WHERE search_index MATCH ?{keys} AND {_LIVE} AND {scope} LIMIT ? OFFSET ?"
        )
        rows = conn.execute(sql, (*params, scope_param, limit, offset)).fetchall()
        return sorted((_comment(row) for row in rows), key=_order_key)

    def read(text: str, offset: int, limit: int) -> list[Row]:
        if fts.match_expression(text):
            return filtered(text, offset, limit)
        return unfiltered(offset, limit)

    return read


def next_comment_number(store: Store, consultation_id: str) -> int:
    """The number a new comment of this event gets: one more than the highest so far."""
    row = (
        store.reader()
        .execute(
            "SELECT coalesce(max(number), 0) FROM comment"
            " WHERE consultation_id = ? AND deleted_at IS NULL",
            (consultation_id,),
        )
        .fetchone()
    )
    return int(row[0]) + 1


def comment_event(store: Store, comment_id: str) -> str | None:
    """The event a live comment belongs to (None if the comment is gone)."""
    row = (
        store.reader()
        .execute(
            "SELECT consultation_id FROM comment WHERE id = ? AND deleted_at IS NULL", (comment_id,)
        )
        .fetchone()
    )
    return str(row[0]) if row else None


# -- statistics ------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    """One bar of a breakdown: a code ("" for none), its label and how many comments."""

    code: str
    label: Label
    count: int


@dataclass(frozen=True)
class Stats:
    """Comments of one event or a whole partnership, broken down three ways."""

    comments: int
    events: int
    by_category: list[Count]
    by_form: list[Count]
    by_disposition: list[Count]


def _group(
    conn: sqlite3.Connection, column: str, where: str, params: tuple[Any, ...]
) -> dict[str, int]:
    rows = conn.execute(
        f"SELECT coalesce({column}, ''), count(*) FROM comment c"
        f" JOIN consultation e ON e.id = c.consultation_id WHERE {_LIVE} AND {where}"
        " GROUP BY 1",
        params,
    )
    return {str(code): int(n) for code, n in rows}


def _counts(
    found: dict[str, int], labels: dict[str, Label], none: Label, keep_zero: bool
) -> list[Count]:
    """Counts in the vocabulary's order, then unknown codes, then "none" last."""
    result = [
        Count(code, text, found.get(code, 0))
        for code, text in labels.items()
        if keep_zero or found.get(code, 0)
    ]
    result += [
        Count(code, Label(code, ""), n) for code, n in found.items() if code and code not in labels
    ]
    if found.get(""):
        result.append(Count("", none, found[""]))
    return result


def stats(store: Store, partnership_id: str, consultation_id: str | None = None) -> Stats:
    """Counts by stakeholder category, event form and disposition.

    Categories and forms with no comments are left out (fifteen empty bars
    say nothing); every disposition is listed, as the report answers each one.
    """
    conn = store.reader()
    if consultation_id is None:
        where, params = "c.partnership_id = ?", (partnership_id,)
    else:
        where, params = "c.consultation_id = ?", (consultation_id,)
    total = sum(_group(conn, "'all'", where, params).values())
    event_where = "partnership_id = ?" if consultation_id is None else "id = ?"
    n_events = conn.execute(
        f"SELECT count(*) FROM consultation WHERE deleted_at IS NULL AND {event_where}",
        params,
    ).fetchone()[0]
    return Stats(
        comments=total,
        events=int(n_events),
        by_category=_counts(
            _group(conn, "c.author_category", where, params),
            category_labels(store, partnership_id),
            Label(NO_CATEGORY, CONTEXT),
            keep_zero=False,
        ),
        by_form=_counts(
            _group(conn, "e.form", where, params), form_labels(), Label("", ""), keep_zero=False
        ),
        by_disposition=_counts(
            _group(conn, "c.disposition", where, params),
            disposition_labels(),
            Label(NO_DISPOSITION, CONTEXT),
            keep_zero=True,
        ),
    )


# -- art. 6 uzppr ----------------------------------------------------------------------


@dataclass(frozen=True)
class Art6Warning:
    """One finding of the art. 6 ust. 3-6 uzppr checks, as a Polish sentence.

    ``severity`` is ``error`` (the law is not met), ``warning`` (work left
    to do before the report) or ``info`` (a date to keep in mind).
    """

    code: str
    severity: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    due_on: date | None = None
    overdue: bool = False

    def render(self, translate: Translate = identity) -> str:
        """The sentence in the UI language."""
        return translate(CONTEXT, self.message).format(**self.params)


def _numbers(values: list[int], shown: int = 10) -> str:
    text = ", ".join(str(n) for n in values[:shown])
    return text + (", …" if len(values) > shown else "")


def art6_checks(store: Store, consultation_id: str, today: date | None = None) -> list[Art6Warning]:
    """The art. 6 findings for one event: comment period, dispositions, report date.

    The period and report checks apply when the event has its announcement
    and comment-period dates (a workshop often has neither).
    """
    today = today or date.today()
    event = get_event(store, consultation_id)
    found: list[Art6Warning] = []
    announced, until = event.announced_on, event.comments_until
    if announced is not None and until is not None:
        days = (until - announced).days
        if days < MIN_COMMENT_PERIOD_DAYS:
            found.append(
                Art6Warning(
                    "short_period",
                    "error",
                    QT_TRANSLATE_NOOP(
                        "consultations",
                        "Okres zgłaszania uwag trwa {days} dni (od {announced} do {until}); "
                        "art. 6 ust. 3 uzppr wymaga co najmniej {minimum} dni.",
                    ),
                    {
                        "days": days,
                        "announced": format_date(announced),
                        "until": format_date(until),
                        "minimum": MIN_COMMENT_PERIOD_DAYS,
                    },
                )
            )
    rows = (
        store.reader()
        .execute(
            "SELECT number, disposition, justification FROM comment"
            " WHERE consultation_id = ? AND deleted_at IS NULL ORDER BY number",
            (consultation_id,),
        )
        .fetchall()
    )
    undecided = [int(n) for n, disposition, _ in rows if not disposition]
    unjustified = [
        int(n) for n, disposition, why in rows if disposition and not (why or "").strip()
    ]
    if undecided:
        found.append(
            Art6Warning(
                "no_disposition",
                "warning",
                QT_TRANSLATE_NOOP(
                    "consultations", "Uwagi bez rozstrzygnięcia: {count} (nr {numbers})."
                ),
                {"count": len(undecided), "numbers": _numbers(undecided)},
            )
        )
    if unjustified:
        found.append(
            Art6Warning(
                "no_justification",
                "warning",
                QT_TRANSLATE_NOOP(
                    "consultations",
                    "Uwagi z rozstrzygnięciem bez uzasadnienia: {count} (nr {numbers}); "
                    "sprawozdanie musi uzasadnić odpowiedź na każdą uwagę.",
                ),
                {"count": len(unjustified), "numbers": _numbers(unjustified)},
            )
        )
    if until is not None:
        due = until + timedelta(days=REPORT_DUE_DAYS)
        overdue = today > due
        message = (
            QT_TRANSLATE_NOOP(
                "consultations",
                "Termin publikacji sprawozdania z konsultacji minął {due} "
                "({days} dni po zakończeniu zbierania uwag).",
            )
            if overdue
            else QT_TRANSLATE_NOOP(
                "consultations",
                "Sprawozdanie z przebiegu i wyników konsultacji należy opublikować do {due} "
                "({days} dni po zakończeniu zbierania uwag).",
            )
        )
        found.append(
            Art6Warning(
                "report_due",
                "warning" if overdue else "info",
                message,
                {"due": format_date(due), "days": REPORT_DUE_DAYS},
                due_on=due,
                overdue=overdue,
            )
        )
    return found


# -- stakeholders and attachments ------------------------------------------------------


@dataclass(frozen=True)
class StakeholderRef:
    """A stakeholder of the register as the log cites it."""

    id: str
    name: str
    category: str
    place: str


@dataclass(frozen=True)
class Link:
    """A stakeholder taking part in an event (``id`` is the link row's id)."""

    id: str
    stakeholder: StakeholderRef


def register_stakeholders(store: Store, partnership_id: str) -> list[StakeholderRef]:
    """The partnership's stakeholders to pick from, by name."""
    rows = store.reader().execute(
        "SELECT id, name, category, place FROM stakeholder"
        " WHERE partnership_id = ? AND deleted_at IS NULL",
        (partnership_id,),
    )
    found = [StakeholderRef(str(a), str(b), str(c), str(d or "")) for a, b, c, d in rows]
    return sorted(found, key=lambda s: fold(s.name))


def linked_stakeholders(store: Store, consultation_id: str) -> list[Link]:
    """The stakeholders recorded as taking part in an event, by name."""
    rows = store.reader().execute(
        "SELECT l.id, s.id, s.name, s.category, s.place FROM consultation_stakeholder l"
        " JOIN stakeholder s ON s.id = l.stakeholder_id"
        " WHERE l.consultation_id = ? AND l.deleted_at IS NULL AND s.deleted_at IS NULL",
        (consultation_id,),
    )
    found = [
        Link(str(link), StakeholderRef(str(a), str(b), str(c), str(d or "")))
        for link, a, b, c, d in rows
    ]
    return sorted(found, key=lambda link: fold(link.stakeholder.name))


@dataclass(frozen=True)
class AttachmentInfo:
    """A file attached to a record."""

    id: str
    owner_table: str
    owner_id: str
    filename: str
    sha256: str
    size: int


_ATTACHMENT_SQL = (
    "SELECT id, owner_table, owner_id, filename, sha256, size FROM attachment"
    " WHERE deleted_at IS NULL"
)


def attachments(store: Store, owner_table: str, owner_id: str) -> list[AttachmentInfo]:
    """Files attached to one record, by name."""
    rows = store.reader().execute(
        _ATTACHMENT_SQL + " AND owner_table = ? AND owner_id = ?", (owner_table, owner_id)
    )
    found = [
        AttachmentInfo(str(a), str(b), str(c), str(d), str(e), int(f)) for a, b, c, d, e, f in rows
    ]
    return sorted(found, key=lambda a: fold(a.filename))


def get_attachment(store: Store, attachment_id: str) -> AttachmentInfo:
    """One live attachment, or a UserError."""
    row = store.reader().execute(_ATTACHMENT_SQL + " AND id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Nie ma załącznika {id}."), id=attachment_id)
    a, b, c, d, e, f = row
    return AttachmentInfo(str(a), str(b), str(c), str(d), str(e), int(f))
