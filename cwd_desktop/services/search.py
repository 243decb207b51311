"""Find anything as you type: stakeholders, meetings, comments, … of a partnership.

The FTS5 index (``store.search``) finds the record ids; this module turns
them into what a result list shows: a kind label, a title and a line of
context, read with plain SQL so that typing stays fast.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store import Store
from cwd_desktop.store import search as fts

KIND_LABELS: dict[str, str] = {
    "stakeholder": QT_TRANSLATE_NOOP("search", "interesariusz"),
    "meeting": QT_TRANSLATE_NOOP("search", "spotkanie"),
    "comment": QT_TRANSLATE_NOOP("search", "uwaga"),
    "consultation": QT_TRANSLATE_NOOP("search", "konsultacje"),
    "field_mission": QT_TRANSLATE_NOOP("search", "misja"),
    "working_group": QT_TRANSLATE_NOOP("search", "grupa robocza"),
    "action_item": QT_TRANSLATE_NOOP("search", "działanie"),
    "attachment": QT_TRANSLATE_NOOP("search", "załącznik"),
    "survey": QT_TRANSLATE_NOOP("search", "ankieta"),
    "survey_question": QT_TRANSLATE_NOOP("search", "pytanie ankiety"),
    "document_version": QT_TRANSLATE_NOOP("search", "dokument"),
    "work_task": QT_TRANSLATE_NOOP("search", "zadanie planu pracy"),
    "indicator": QT_TRANSLATE_NOOP("search", "wskaźnik"),
    "swot_item": QT_TRANSLATE_NOOP("search", "SWOT"),
    "conclusion": QT_TRANSLATE_NOOP("search", "wniosek z diagnozy"),
    "strategy": QT_TRANSLATE_NOOP("search", "strategia"),
    "strategic_objective": QT_TRANSLATE_NOOP("search", "cel strategiczny"),
    "action_direction": QT_TRANSLATE_NOOP("search", "kierunek działań"),
    "expected_result": QT_TRANSLATE_NOOP("search", "oczekiwany rezultat"),
    "finance_source": QT_TRANSLATE_NOOP("search", "ramy finansowe"),
    "strategy_image": QT_TRANSLATE_NOOP("search", "mapa lub schemat"),
    "project": QT_TRANSLATE_NOOP("search", "projekt"),
    "project_task": QT_TRANSLATE_NOOP("search", "zadanie projektu"),
    "project_indicator": QT_TRANSLATE_NOOP("search", "wskaźnik projektu"),
    "project_application": QT_TRANSLATE_NOOP("search", "zarys wniosku"),
    # The knowledge base is team-wide: hits carry TEAM_SCOPE as their partnership.
    "good_practice": QT_TRANSLATE_NOOP("search", "dobra praktyka"),
    "knowledge_document": QT_TRANSLATE_NOOP("search", "baza wiedzy"),
    "network_event": QT_TRANSLATE_NOOP("search", "wydarzenie sieciujące"),
    "event_participant": QT_TRANSLATE_NOOP("search", "uczestnik wydarzenia"),
    # Implementation monitoring (partnership rows).
    "project_expense": QT_TRANSLATE_NOOP("search", "wydatek projektu"),
    "indicator_report": QT_TRANSLATE_NOOP("search", "wartość wskaźnika"),
    "funding_application": QT_TRANSLATE_NOOP("search", "wniosek o dofinansowanie"),
    "recommendation": QT_TRANSLATE_NOOP("search", "rekomendacja"),
}


@dataclass(frozen=True)
class SearchHit:
    """One result: open it with (kind, row_id)."""

    kind: str
    row_id: str
    partnership_id: str
    title: str
    context: str


def _clip(text: str | None, width: int = 90) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


#: kind -> SQL giving (partnership_id, title, context) of one row.
_SQL: dict[str, str] = {
    "stakeholder": (
        "SELECT partnership_id, name, place || ' ' || notes FROM stakeholder WHERE id = ?"
    ),
    "meeting": "SELECT partnership_id, title, held_on || ' ' || minutes FROM meeting WHERE id = ?",
    "comment": (
        "SELECT c.partnership_id, c.content, k.subject || ' · ' || c.author FROM comment c"
        " JOIN consultation k ON k.id = c.consultation_id WHERE c.id = ?"
    ),
    "consultation": (
        "SELECT partnership_id, subject, held_on || ' ' || place FROM consultation WHERE id = ?"
    ),
    "field_mission": (
        "SELECT partnership_id, title, start_on || ' ' || agenda FROM field_mission WHERE id = ?"
    ),
    "working_group": "SELECT partnership_id, name, theme FROM working_group WHERE id = ?",
    "action_item": "SELECT partnership_id, description, owner FROM action_item WHERE id = ?",
    "attachment": "SELECT partnership_id, filename, owner_table FROM attachment WHERE id = ?",
    "survey": (
        "SELECT partnership_id, title, file_name || ' · ' || response_count"
        " FROM survey WHERE id = ?"
    ),
    "survey_question": (
        "SELECT q.partnership_id, q.text, s.title FROM survey_question q"
        " JOIN survey s ON s.id = q.survey_id WHERE q.id = ?"
    ),
    "document_version": (
        "SELECT partnership_id, title, filename || ' · ' || substr(created_at, 1, 10)"
        " FROM document_version WHERE id = ?"
    ),
    "work_task": "SELECT partnership_id, title, start_on || ' – ' || end_on || ' · ' || responsible"
    " FROM work_task WHERE id = ?",
    "indicator": "SELECT partnership_id, name, unit || ' · ' || source FROM indicator WHERE id = ?",
    "swot_item": "SELECT partnership_id, text, quadrant FROM swot_item WHERE id = ?",
    "conclusion": "SELECT partnership_id, text, area FROM conclusion WHERE id = ?",
    "strategy": "SELECT partnership_id, title, vision FROM strategy WHERE id = ?",
    "strategic_objective": (
        "SELECT partnership_id, number || '. ' || title, description"
        " FROM strategic_objective WHERE id = ?"
    ),
    "action_direction": (
        "SELECT d.partnership_id, o.number || '.' || d.number || '. ' || d.title, d.description"
        " FROM action_direction d JOIN strategic_objective o ON o.id = d.objective_id"
        " WHERE d.id = ?"
    ),
    "expected_result": (
        "SELECT partnership_id, indicator, description FROM expected_result WHERE id = ?"
    ),
    "finance_source": "SELECT partnership_id, source, notes FROM finance_source WHERE id = ?",
    "strategy_image": "SELECT partnership_id, caption, filename FROM strategy_image WHERE id = ?",
    "project": (
        "SELECT partnership_id, number || '. ' || title, description FROM project WHERE id = ?"
    ),
    "project_task": (
        "SELECT t.partnership_id, t.name, p.title FROM project_task t"
        " JOIN project p ON p.id = t.project_id WHERE t.id = ?"
    ),
    "project_indicator": (
        "SELECT i.partnership_id, i.name, p.title FROM project_indicator i"
        " JOIN project p ON p.id = i.project_id WHERE i.id = ?"
    ),
    "project_application": (
        "SELECT a.partnership_id, p.title, a.call || ' ' || a.summary FROM project_application a"
        " JOIN project p ON p.id = a.project_id WHERE a.id = ?"
    ),
    "good_practice": (
        "SELECT partnership_id, title, owner_name || ' · ' || description"
        " FROM good_practice WHERE id = ?"
    ),
    "knowledge_document": (
        "SELECT partnership_id, title, filename || ' · ' || description"
        " FROM knowledge_document WHERE id = ?"
    ),
    "network_event": (
        "SELECT partnership_id, title, starts_on || ' ' || place FROM network_event WHERE id = ?"
    ),
    "event_participant": (
        "SELECT q.partnership_id, q.name, e.title || ' · ' || q.institution"
        " FROM event_participant q JOIN network_event e ON e.id = q.event_id WHERE q.id = ?"
    ),
    "project_expense": (
        "SELECT x.partnership_id, p.title, x.spent_on || ' · ' || x.description"
        " FROM project_expense x JOIN project p ON p.id = x.project_id WHERE x.id = ?"
    ),
    "indicator_report": (
        "SELECT r.partnership_id, i.name, r.reported_on || ' · ' || r.note"
        " FROM indicator_report r JOIN project_indicator i ON i.id = r.indicator_id"
        " WHERE r.id = ?"
    ),
    "funding_application": (
        "SELECT f.partnership_id, p.title, f.programme || ' ' || f.call"
        " FROM funding_application f JOIN project p ON p.id = f.project_id WHERE f.id = ?"
    ),
    "recommendation": ("SELECT partnership_id, title, next_steps FROM recommendation WHERE id = ?"),
}


def describe(conn: sqlite3.Connection, kind: str, row_id: str) -> SearchHit | None:
    """The result line for one record (None for a kind this list does not show)."""
    sql = _SQL.get(kind)
    if sql is None:
        return None
    row = conn.execute(sql, (row_id,)).fetchone()
    if row is None:
        return None
    partnership_id, title, context = row
    return SearchHit(kind, row_id, str(partnership_id), _clip(title, 120), _clip(context))


def _in_file(conn: sqlite3.Connection, hit: SearchHit, query: str) -> SearchHit:
    """A knowledge-base document found by a word inside its file: show that passage."""
    from cwd_desktop.services.knowledge_reads import find_snippet

    row = conn.execute(
        "SELECT filename, content_text FROM knowledge_document WHERE id = ?", (hit.row_id,)
    ).fetchone()
    found = find_snippet(str(row[1] or ""), query, width=90) if row else None
    if found is None:
        return hit
    context = _clip(f"{row[0]}: {found.text}", 120)
    return SearchHit(hit.kind, hit.row_id, hit.partnership_id, hit.title, context)


def search(
    store: Store, query: str, partnership_id: str | None = None, limit: int = 50
) -> list[SearchHit]:
    """Records matching every word of ``query`` (as prefixes, diacritics ignored), best first."""
    conn = store.reader()
    hits = []
    for kind, row_id in fts.find(conn, query, partnership_id=partnership_id, limit=limit):
        hit = describe(conn, kind, row_id)
        if hit is not None:
            hits.append(_in_file(conn, hit, query) if kind == "knowledge_document" else hit)
    return hits
