"""The benchmark data set is the same for the same seed, so figures compare across runs.

The benchmarks themselves are not part of the default run; this checks only
the generator, on small fractions of the programme, through the real store
(the rows go in through the ORM, so the outbox and the search index are
filled by their listeners as in real use).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from cwd_desktop.config import DB_FILENAME
from cwd_desktop.domain.vocab import Disposition, StakeholderCategory
from cwd_desktop.services.app import Services
from cwd_desktop.store import open_store, search
from tests.benchmarks.generate import generate

Fingerprint = list[tuple[str, str, tuple[str, ...]]]


def _fingerprint(data_dir: Path) -> Fingerprint:
    """(name, short name, sorted member TERYT codes) of every stored partnership."""
    store = open_store(data_dir)
    try:
        return [
            (view.data.name, view.data.short_name, tuple(sorted(view.data.members)))
            for view in Services(store).partnerships.list()
        ]
    finally:
        store.close()


def _rows(data_dir: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_same_seed_gives_the_same_partnerships_and_another_seed_others(tmp_path: Path) -> None:
    only = ("partnerships",)
    counts = generate(tmp_path / "a", seed=7, scale=0.1, only=only)
    generate(tmp_path / "b", seed=7, scale=0.1, only=only)
    generate(tmp_path / "c", seed=8, scale=0.1, only=only)

    first = _fingerprint(tmp_path / "a")
    assert counts["partnerships"] == len(first) == 8
    assert counts["jst"] == sum(len(members) for _, _, members in first) == 70
    assert _fingerprint(tmp_path / "b") == first
    other = _fingerprint(tmp_path / "c")
    assert len(other) == 8
    assert {name for name, _, _ in other} != {name for name, _, _ in first}
    assert {m for _, _, ms in other for m in ms} != {m for _, _, ms in first for m in ms}


STAKEHOLDERS = (
    "SELECT s.name, s.category, s.teryt, s.place, s.influence, s.interest, p.short_name"
    " FROM stakeholder s JOIN partnership p ON p.id = s.partnership_id ORDER BY s.id"
)
COMMENTS = (
    "SELECT c.number, c.author, c.section, c.content, c.disposition, k.subject, k.held_on"
    " FROM comment c JOIN consultation k ON k.id = c.consultation_id ORDER BY c.id"
)


def test_registers_and_comments_scale_with_the_seed_and_are_searchable(tmp_path: Path) -> None:
    small = generate(tmp_path / "a", seed=7, scale=0.02)
    again = generate(tmp_path / "b", seed=7, scale=0.02)
    larger = generate(tmp_path / "c", seed=7, scale=0.04)

    # 20,000 stakeholders and 100,000 comments at full scale, 30 % in one partnership.
    assert small == again
    assert (small["stakeholders"], small["comments"], small["heavy_comments"]) == (400, 2000, 600)
    assert (larger["stakeholders"], larger["comments"]) == (800, 4000)
    # 200,000 survey responses at full scale, in two surveys per partnership.
    assert (small["survey_responses"], larger["survey_responses"]) == (4000, 8000)
    assert small["surveys"] == 2 * 2
    assert 0 < small["contact_persons"] < small["stakeholders"]
    a, b = tmp_path / "a", tmp_path / "b"
    assert _rows(a, STAKEHOLDERS) == _rows(b, STAKEHOLDERS)
    assert _rows(a, COMMENTS) == _rows(b, COMMENTS)

    stakeholders = _rows(a, STAKEHOLDERS)
    assert {row[1] for row in stakeholders} <= {c.value for c in StakeholderCategory}
    members = {
        (short, code)
        for short, code in _rows(
            a,
            "SELECT p.short_name, m.teryt FROM partnership_jst m"
            " JOIN partnership p ON p.id = m.partnership_id",
        )
    }
    assert all((row[6], row[2]) in members for row in stakeholders)
    assert all(1 <= row[4] <= 5 and 1 <= row[5] <= 5 for row in stakeholders)
    per_partnership = _rows(a, "SELECT count(*) FROM comment GROUP BY partnership_id")
    assert sorted(n for (n,) in per_partnership) == [600, 1400]
    dispositions = {row[4] for row in _rows(a, COMMENTS)}
    assert dispositions == {None} | {d.value for d in Disposition}

    # Every row went through the outbox and the search index, as a user's edit does.
    live = (
        small["stakeholders"]
        + small["comments"]
        + small["consultations"]
        + small["surveys"]
        + small["survey_questions"]
    )
    assert _rows(a, "SELECT count(*) FROM search_key") == [(live,)]
    assert small["outbox"] == sum(
        n
        for name, n in small.items()
        if name not in {"outbox", "heavy_comments", "survey_responses"}
    )
    store = open_store(a)
    try:
        hits = search.find(store.reader(), "wodociag", kind="comment", ranked=False)
    finally:
        store.close()
    assert hits
