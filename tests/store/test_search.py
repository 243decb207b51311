"""The search index follows every change in the same transaction, and ignores diacritics."""

from __future__ import annotations

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import search


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])


def found(services: Services, query: str, pid: str | None = None) -> set[str]:
    return {row_id for _, row_id in services.search(query, pid)}


def test_polish_words_are_found_without_diacritics(services: Services, pid: str) -> None:
    """'zolw' finds 'Żółw', 'lodz' finds 'Łódź' (ł is not a diacritic to FTS5 itself)."""
    first = services.records.create(
        "stakeholder", pid, {"name": "Stowarzyszenie Żółw", "category": "ngo"}
    )
    second = services.records.create(
        "stakeholder", pid, {"name": "Klub z Łodzi", "category": "ngo", "place": "Łódź"}
    )
    assert found(services, "zolw", pid) == {first}
    assert found(services, "ŻÓŁW", pid) == {first}
    assert found(services, "lodz", pid) == {second}
    assert found(services, "stow zol", pid) == {first}, "every word counts, as a prefix"


def test_edits_and_tombstones_update_the_index(services: Services, pid: str) -> None:
    """A renamed record is found by its new name only; a deleted one is not found at all."""
    row = services.records.create("stakeholder", pid, {"name": "OSP Frombork", "category": "osp"})
    services.records.set_field("stakeholder", row, "name", "OSP Pieniężno")
    assert found(services, "frombork", pid) == set()
    assert found(services, "pieniezno", pid) == {row}
    services.records.delete("stakeholder", row)
    assert found(services, "pieniezno", pid) == set()
    services.records.restore("stakeholder", row)
    assert found(services, "pieniezno", pid) == {row}


def test_search_is_scoped_by_partnership(services: Services, pid: str) -> None:
    """A partnership's search does not show another partnership's records."""
    other = services.partnerships.create(DEMO_PARTNERSHIPS[1])
    mine = services.records.create("stakeholder", pid, {"name": "KGW Lelkowo", "category": "kgw"})
    theirs = services.records.create(
        "stakeholder", other, {"name": "KGW Gromadka", "category": "kgw"}
    )
    assert found(services, "kgw", pid) == {mine}
    assert found(services, "kgw") == {mine, theirs}


def test_failed_write_leaves_no_index_entry(services: Services, pid: str) -> None:
    """A refused record is neither stored nor searchable."""
    with pytest.raises((UserError, ValueError)):
        services.records.create("stakeholder", pid, {"name": "Nic", "category": "osp", "bogus": 1})
    assert found(services, "nic", pid) == set()


def test_query_without_words_finds_nothing(services: Services, pid: str) -> None:
    """Punctuation alone is not a query (and does not break FTS syntax)."""
    row = services.records.create("stakeholder", pid, {"name": "OSP Frombork", "category": "osp"})
    assert search.match_expression('"*()') == ""
    assert services.search('"*()', pid) == []
    assert found(services, 'osp" fromb', pid) == {row}, "quotes are dropped, words still match"


def test_search_hits_describe_results(services: Services, pid: str) -> None:
    """The result list shows the record's kind, title and some context."""
    row = services.records.create(
        "stakeholder",
        pid,
        {"name": "Parafia pw. św. Jana", "category": "parish", "place": "Braniewo"},
    )
    (hit,) = services.search_hits("parafia", pid)
    assert (hit.kind, hit.row_id, hit.partnership_id) == ("stakeholder", row, pid)
    assert hit.title == "Parafia pw. św. Jana"
    assert "Braniewo" in hit.context


def test_records_of_a_deleted_partnership_are_not_found(services: Services, pid: str) -> None:
    """Deleting a partnership hides its records from search (and undo brings them back)."""
    row = services.records.create("stakeholder", pid, {"name": "OSP Frombork", "category": "osp"})
    services.partnerships.delete(pid)
    assert found(services, "frombork") == set()
    services.partnerships.restore(pid)
    assert found(services, "frombork") == {row}
