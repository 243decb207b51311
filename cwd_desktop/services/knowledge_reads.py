"""Reads of the knowledge base with plain SQL: lists, details, links and search.

The knowledge base is shared by the whole team (``TEAM_SCOPE``), so nothing
here is filtered by partnership, except the projects a practice inspired,
which live in their own partnerships. Search goes through the FTS index
(``store.search``), which holds the text extracted from every attached file;
a hit inside a file comes with a snippet of the text around the word found.
This module does not load SQLAlchemy: the page uses it while typing.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.domain.text import fold
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store import Store
from cwd_desktop.store import search as fts

Row = dict[str, Any]
RowSource = Callable[[str, int, int], list[Row]]
#: How many FTS hits a filter considers (the knowledge base holds hundreds, not millions).
_MAX_HITS = 5000
_WORD = re.compile(r"\w+")

_PRACTICE_SQL = (
    "SELECT g.id, g.title, g.owner_name, g.owner_teryt, g.owner_partnership_id, g.theme,"
    " g.policy_objective, g.description, g.results, g.contact, g.source,"
    " t.name AS teryt_name, p.short_name AS partnership_name,"
    " (SELECT count(*) FROM knowledge_document d WHERE d.practice_id = g.id"
    "  AND d.deleted_at IS NULL) AS documents,"
    " (SELECT count(*) FROM practice_project l JOIN project j ON j.id = l.project_id"
    "  AND j.deleted_at IS NULL WHERE l.practice_id = g.id AND l.deleted_at IS NULL) AS projects"
    " FROM good_practice g LEFT JOIN teryt_unit t ON t.code = g.owner_teryt"
    " LEFT JOIN partnership p ON p.id = g.owner_partnership_id AND p.deleted_at IS NULL"
    " WHERE g.deleted_at IS NULL"
)
_DOCUMENT_SQL = (
    "SELECT d.id, d.kind, d.title, d.description, d.theme, d.filename, d.sha256, d.size,"
    " d.added_on, d.practice_id, d.event_id, g.title AS practice_title,"
    " e.title AS event_title, length(d.content_text) AS text_length"
    " FROM knowledge_document d LEFT JOIN good_practice g ON g.id = d.practice_id"
    " AND g.deleted_at IS NULL LEFT JOIN network_event e ON e.id = d.event_id"
    " AND e.deleted_at IS NULL WHERE d.deleted_at IS NULL"
)


def _rows(cursor: sqlite3.Cursor) -> list[Row]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


def owner_label(row: Row) -> str:
    """Who did the practice, as the list shows it: the name given, else the JST or partnership."""
    return str(row.get("owner_name") or row.get("teryt_name") or row.get("partnership_name") or "")


def _practice(row: Row) -> Row:
    row["owner"] = owner_label(row)
    return row


def _document(row: Row) -> Row:
    row["added_on"] = date.fromisoformat(str(row["added_on"])[:10]) if row["added_on"] else None
    #: What the document belongs to, as a list shows it: its practice, else its event.
    row["belongs_to"] = str(row["practice_title"] or row["event_title"] or "")
    row["text_length"] = int(row["text_length"] or 0)
    return row


def _found(store: Store, query: str, kind: str) -> list[str]:
    """Ids of live team-wide rows of ``kind`` matching ``query``, best first."""
    hits = fts.find(store.reader(), query, kind=kind, partnership_id=TEAM_SCOPE, limit=_MAX_HITS)
    return [row_id for _, row_id in hits]


def _in(ids: list[str]) -> str:
    return ", ".join("?" * len(ids))


# -- practices ---------------------------------------------------------------------------------


def matching_practices(store: Store, query: str) -> list[str]:
    """Practices matching ``query`` themselves or through a document attached to them."""
    ids = _found(store, query, "good_practice")
    documents = _found(store, query, "knowledge_document")
    if documents:
        rows = store.reader().execute(
            f"SELECT DISTINCT practice_id FROM knowledge_document WHERE id IN ({_in(documents)})"
            " AND practice_id IS NOT NULL AND deleted_at IS NULL",
            documents,
        )
        ids += [str(r[0]) for r in rows if str(r[0]) not in ids]
    return ids


def practice_source(store: Store, theme: str | None = None) -> RowSource:
    """Live practices by title (of ``theme`` if given); a filter searches them and their files."""

    def source(query: str, offset: int, limit: int) -> list[Row]:
        sql, args = _PRACTICE_SQL, []
        if theme:
            sql += " AND g.theme = ?"
            args.append(theme)
        if query.strip():
            ids = matching_practices(store, query)
            if not ids:
                return []
            sql += f" AND g.id IN ({_in(ids)})"
            args += ids
        sql += " ORDER BY g.title COLLATE NOCASE, g.id LIMIT ? OFFSET ?"
        return [_practice(r) for r in _rows(store.reader().execute(sql, [*args, limit, offset]))]

    return source


def practices(store: Store, theme: str | None = None, query: str = "") -> list[Row]:
    """Every live practice (of ``theme``; matching ``query``) by title."""
    return practice_source(store, theme)(query, 0, 1 << 30)


def get_practice(store: Store, practice_id: str) -> Row | None:
    """One live practice with its owner label and counts, or None."""
    rows = _rows(store.reader().execute(_PRACTICE_SQL + " AND g.id = ?", (practice_id,)))
    return _practice(rows[0]) if rows else None


def find_practice(store: Store, title: str, owner: str) -> str | None:
    """The live practice with this title and owner (compared folded), for imports."""
    rows = store.reader().execute(
        "SELECT g.id, g.title, g.owner_name FROM good_practice g WHERE g.deleted_at IS NULL"
    )
    key = (fold(" ".join(title.split())), fold(" ".join(owner.split())))
    for row_id, found_title, found_owner in rows:
        if (
            fold(" ".join(str(found_title).split())),
            fold(" ".join(str(found_owner).split())),
        ) == key:
            return str(row_id)
    return None


# -- documents ---------------------------------------------------------------------------------


def document_source(
    store: Store,
    kind: str | None = None,
    theme: str | None = None,
    practice_id: str | None = None,
) -> RowSource:
    """Live documents by title; a filter searches their text too, and rows get a ``snippet``."""

    def source(query: str, offset: int, limit: int) -> list[Row]:
        sql, args = _DOCUMENT_SQL, []
        for column, value in (("kind", kind), ("theme", theme), ("practice_id", practice_id)):
            if value:
                sql += f" AND d.{column} = ?"
                args.append(value)
        if query.strip():
            ids = _found(store, query, "knowledge_document")
            if not ids:
                return []
            sql += f" AND d.id IN ({_in(ids)})"
            args += ids
        sql += " ORDER BY d.title COLLATE NOCASE, d.id LIMIT ? OFFSET ?"
        rows = [_document(r) for r in _rows(store.reader().execute(sql, [*args, limit, offset]))]
        for row in rows:
            row["snippet"] = document_snippet(store, row["id"], query) if query.strip() else ""
        return rows

    return source


def documents(
    store: Store,
    kind: str | None = None,
    theme: str | None = None,
    practice_id: str | None = None,
    query: str = "",
) -> list[Row]:
    """Every live document matching the filters, by title."""
    return document_source(store, kind, theme, practice_id)(query, 0, 1 << 30)


def get_document(store: Store, document_id: str) -> Row | None:
    """One live document (without its text), or None."""
    rows = _rows(store.reader().execute(_DOCUMENT_SQL + " AND d.id = ?", (document_id,)))
    return _document(rows[0]) if rows else None


def document_text(store: Store, document_id: str) -> str:
    """The text extracted from a document's file ("" if none or removed)."""
    row = (
        store.reader()
        .execute("SELECT content_text FROM knowledge_document WHERE id = ?", (document_id,))
        .fetchone()
    )
    return str(row[0] or "") if row else ""


def document_file(store: Store, document_id: str) -> Path:
    """A read-only copy of the document's file under its own name, to open in its program.

    A UserError if the document was removed or its bytes are not on this
    computer yet (not synced).
    """
    from cwd_desktop.services.blobs import opened_copy

    row = get_document(store, document_id)
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Dokument {id} nie istnieje w bazie wiedzy."),
            id=document_id,
        )
    return opened_copy(store.data_dir, str(row["sha256"]), str(row["filename"]))


# -- links between practices and projects ------------------------------------------------------

_LINK_SQL = (
    "SELECT l.id, l.practice_id, l.project_id, l.partnership_id, l.note, j.number, j.title,"
    " p.short_name AS partnership_name, g.title AS practice_title"
    " FROM practice_project l JOIN project j ON j.id = l.project_id AND j.deleted_at IS NULL"
    " JOIN partnership p ON p.id = l.partnership_id AND p.deleted_at IS NULL"
    " JOIN good_practice g ON g.id = l.practice_id AND g.deleted_at IS NULL"
    " WHERE l.deleted_at IS NULL"
)


def practice_projects(store: Store, practice_id: str) -> list[Row]:
    """The projects a practice inspired (live links to live projects), by partnership and number."""
    return _rows(
        store.reader().execute(
            _LINK_SQL + " AND l.practice_id = ? ORDER BY p.short_name, j.number",
            (practice_id,),
        )
    )


def project_practices(store: Store, project_id: str) -> list[Row]:
    """The practices behind a project, by title."""
    return _rows(
        store.reader().execute(
            _LINK_SQL + " AND l.project_id = ? ORDER BY g.title COLLATE NOCASE", (project_id,)
        )
    )


def project_choices(store: Store) -> list[Row]:
    """Every live project of a live partnership: id, partnership, number, title (to link)."""
    return _rows(
        store.reader().execute(
            "SELECT j.id, j.partnership_id, j.number, j.title, p.short_name AS partnership_name"
            " FROM project j JOIN partnership p ON p.id = j.partnership_id"
            " AND p.deleted_at IS NULL WHERE j.deleted_at IS NULL"
            " ORDER BY p.short_name COLLATE NOCASE, j.number"
        )
    )


# -- search ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Snippet:
    """Text around the first word found: ``before`` + ``hit`` + ``after``."""

    before: str
    hit: str
    after: str

    @property
    def text(self) -> str:
        """The snippet as one line."""
        return f"{self.before}{self.hit}{self.after}"


def _source_position(text: str, folded_position: int) -> int:
    """The index in ``text`` of the character ``fold(text)[folded_position]`` came from.

    Folding keeps most characters one for one; a few expand ("…" to "...",
    "ﬁ" to "fi") or vanish (a lone combining mark). The folded length of a
    prefix is its length plus what those few add, counted in C
    (``str.count``), so a binary search finds the position in a long text fast.
    """
    odd = {c: len(fold(c)) - 1 for c in set(text) if len(fold(c)) != 1}

    def folded_length(prefix: int) -> int:
        return prefix + sum(extra * text.count(c, 0, prefix) for c, extra in odd.items())

    low, high = 0, len(text)  # the largest prefix whose folded length is <= the position
    while low < high:
        middle = (low + high + 1) // 2
        if folded_length(middle) <= folded_position:
            low = middle
        else:
            high = middle - 1
    return min(low, len(text) - 1)


def find_snippet(text: str, query: str, width: int = 160) -> Snippet | None:
    """The passage of ``text`` around the first word starting with a word of ``query``.

    Diacritics and case are ignored as in search; None when no word occurs.
    """
    words = _WORD.findall(fold(query))
    if not words or not text:
        return None
    folded = fold(text)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\w*")
    match = pattern.search(folded)
    if match is None:
        return None
    start, end = match.start(), match.end()
    if len(folded) != len(text):
        start, end = _source_position(text, start), _source_position(text, end - 1) + 1
    lead = max(0, start - width // 3)
    tail = min(len(text), end + width - (start - lead))
    if lead > 0:
        space = text.find(" ", lead, start)
        lead = space + 1 if space >= 0 else lead
    if tail < len(text):
        space = text.rfind(" ", end, tail)
        tail = space if space > end else tail

    def flat(part: str) -> str:
        return " ".join(part.split())

    before = flat(text[lead:start])
    after = flat(text[end:tail])
    return Snippet(
        ("…" if lead > 0 else "") + before + (" " if text[start - 1 : start].isspace() else ""),
        text[start:end],
        (" " if text[end : end + 1].isspace() else "") + after + ("…" if tail < len(text) else ""),
    )


def document_snippet(store: Store, document_id: str, query: str, width: int = 110) -> str:
    """A line of the document's text around a word of ``query`` ("" if the text has none)."""
    found = find_snippet(document_text(store, document_id), query, width)
    return found.text if found is not None else ""


@dataclass(frozen=True)
class KnowledgeHit:
    """One search result: a practice or a document (with a snippet when found in its file)."""

    kind: str
    row_id: str
    title: str
    practice_id: str | None
    practice_title: str
    snippet: str
    in_file: bool


def search(
    store: Store, query: str, kind: str | None = None, limit: int = 50
) -> list[KnowledgeHit]:
    """Practices and documents matching every word of ``query`` (prefixes; diacritics ignored).

    ``kind`` narrows to ``good_practice`` or ``knowledge_document``. A
    document found by a word inside its file says so (``in_file``) and shows
    the passage; its practice, if any, is named.
    """
    hits: list[KnowledgeHit] = []
    kinds = [kind] if kind else ["good_practice", "knowledge_document"]
    for table in kinds:
        for row_id in _found(store, query, table)[:limit]:
            if table == "good_practice":
                row = get_practice(store, row_id)
                if row is None:
                    continue
                found = find_snippet(
                    " ".join(str(row[f] or "") for f in ("description", "results", "source")),
                    query,
                )
                hits.append(
                    KnowledgeHit(
                        table,
                        row_id,
                        str(row["title"]),
                        row_id,
                        str(row["title"]),
                        found.text if found else "",
                        False,
                    )
                )
            else:
                doc = get_document(store, row_id)
                if doc is None:
                    continue
                in_text = find_snippet(document_text(store, row_id), query)
                other = in_text or find_snippet(str(doc["description"] or ""), query)
                hits.append(
                    KnowledgeHit(
                        table,
                        row_id,
                        str(doc["title"]),
                        doc["practice_id"],
                        str(doc["practice_title"] or ""),
                        other.text if other else "",
                        in_text is not None,
                    )
                )
    return hits[:limit]
