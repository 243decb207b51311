"""Full-text search over synced records with SQLite FTS5, ignoring Polish diacritics.

FTS5's own diacritic folding leaves ``ł`` alone, so text is folded in Python
(``services.text.fold``) before it is indexed and before it is queried:
``zolw`` finds ``żółw``. One FTS table serves every searchable model; each
entry's ``scope`` column holds a kind token and a partnership token, so a
query can be narrowed to "comments of this partnership" inside FTS itself.
``search_key`` maps record ids to FTS rowids (an INTEGER PRIMARY KEY, so
``VACUUM`` cannot renumber them).

The index is maintained by an ``after_flush`` listener in the same
transaction as the change, like the outbox.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.domain.text import fold

_WORD = re.compile(r"\w+")


def scope_tokens(kind: str, partnership_id: str) -> str:
    """The scope column: ``k<kind> p<partnership hex>``."""
    return f"k{kind.replace('_', '')} p{partnership_id.replace('-', '')}"


def body_text(values: list[Any]) -> str:
    """What is indexed for a record: its searchable fields, folded."""
    return fold(" ".join(str(v) for v in values if v))


def match_expression(query: str, kind: str | None = None, partnership_id: str | None = None) -> str:
    """An FTS5 MATCH expression: every word of ``query`` as a prefix, within the scope.

    Returns "" when the query has no word characters (nothing to search for).
    """
    words = _WORD.findall(fold(query))
    if not words:
        return ""
    parts = [f'body : "{w}"*' for w in words]
    if kind:
        parts.append(f'scope : "k{kind.replace("_", "")}"')
    if partnership_id:
        parts.append(f'scope : "p{partnership_id.replace("-", "")}"')
    return " AND ".join(parts)


def upsert(conn: Any, kind: str, row_id: str, partnership_id: str, body: str, live: bool) -> None:
    """Index (or, for a tombstone, un-index) one record on a DB-API connection."""
    row = conn.execute("SELECT id FROM search_key WHERE row_id = ?", (row_id,)).fetchone()
    if row is not None:
        conn.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
    if not live:
        if row is not None:
            conn.execute("DELETE FROM search_key WHERE id = ?", (row[0],))
        return
    if row is None:
        cursor = conn.execute(
            "INSERT INTO search_key (kind, row_id, partnership_id) VALUES (?, ?, ?)",
            (kind, row_id, partnership_id),
        )
        key = cursor.lastrowid
    else:
        key = row[0]
    conn.execute(
        "INSERT INTO search_index (rowid, scope, body) VALUES (?, ?, ?)",
        (key, scope_tokens(kind, partnership_id), body),
    )


def upsert_many(conn: Any, kind: str, rows: list[tuple[str, str, str, bool]]) -> None:
    """``upsert`` for many records of one kind: (row id, partnership id, body, live).

    Set-based (a handful of statements per thousand records), for sync
    writing thousands of pulled rows at once.
    """
    for start in range(0, len(rows), 500):
        part = rows[start : start + 500]
        marks = ", ".join("?" * len(part))
        keys = dict(
            conn.execute(
                f"SELECT row_id, id FROM search_key WHERE row_id IN ({marks})",
                [r[0] for r in part],
            ).fetchall()
        )
        if keys:
            conn.executemany(
                "DELETE FROM search_index WHERE rowid = ?", [(k,) for k in keys.values()]
            )
        gone = [(keys[r[0]],) for r in part if not r[3] and r[0] in keys]
        if gone:
            conn.executemany("DELETE FROM search_key WHERE id = ?", gone)
        new = [(kind, r[0], r[1]) for r in part if r[3] and r[0] not in keys]
        if new:
            conn.executemany(
                "INSERT INTO search_key (kind, row_id, partnership_id) VALUES (?, ?, ?)", new
            )
            added = [r[1] for r in new]
            keys.update(
                conn.execute(
                    f"SELECT row_id, id FROM search_key WHERE row_id IN "
                    f"({', '.join('?' * len(added))})",
                    added,
                ).fetchall()
            )
        conn.executemany(
            "INSERT INTO search_index (rowid, scope, body) VALUES (?, ?, ?)",
            [(keys[r[0]], scope_tokens(kind, r[1]), r[2]) for r in part if r[3]],
        )


def find(
    conn: sqlite3.Connection,
    query: str,
    *,
    kind: str | None = None,
    partnership_id: str | None = None,
    limit: int = 200,
    offset: int = 0,
    ranked: bool = True,
) -> list[tuple[str, str]]:
    """(kind, row id) of records matching ``query`` in live partnerships or the team scope.

    Rows the whole team shares (``TEAM_SCOPE``: networking events, the
    knowledge base) have no partnership row and are always included; pass
    ``partnership_id=TEAM_SCOPE`` to search only them.

    ``ranked`` orders by relevance (for the search box); without it rows come
    in index order, which stays fast however many rows match (for filters
    typed into a long table, where only the first page is needed at once).
    """
    expression = match_expression(query, kind, partnership_id)
    if not expression:
        return []
    order = "ORDER BY rank" if ranked else ""
    rows = conn.execute(
        "SELECT k.kind, k.row_id FROM search_index JOIN search_key k ON k.id = search_index.rowid"
        " LEFT JOIN partnership p ON p.id = k.partnership_id"
        " WHERE search_index MATCH ?"
        " AND (k.partnership_id = ? OR (p.id IS NOT NULL AND p.deleted_at IS NULL))"
        f" {order} LIMIT ? OFFSET ?",
        (expression, TEAM_SCOPE, limit, offset),
    )
    return [(str(r[0]), str(r[1])) for r in rows]
