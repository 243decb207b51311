"""`check`: the store is sound and every row agrees with its outbox."""

from __future__ import annotations

from sqlalchemy import text

from cwd_desktop.services.app import Services
from cwd_desktop.services.check import CheckResult, run_checks
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS, fill_demo
from cwd_desktop.store import Store


def by_name(results: list[CheckResult]) -> dict[str, CheckResult]:
    """Check results keyed by their name."""
    return {r.name: r for r in results}


def test_demo_store_passes_every_check(services: Services, store: Store) -> None:
    """A store used only through the app passes integrity, keys, schema and outbox checks."""
    fill_demo(services)
    services.partnerships.delete("PGZB")

    results = by_name(run_checks(store))

    assert set(results) == {"integrity", "foreign_keys", "schema", "outbox", "search_index"}
    assert all(r.ok for r in results.values()), results


def test_row_changed_behind_the_outbox_is_detected(services: Services, store: Store) -> None:
    """A version bumped by raw SQL (no outbox row) is reported as an outbox mismatch."""
    fill_demo(services)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE partnership SET version = 99 WHERE short_name = 'PGZB'"))

    results = by_name(run_checks(store))

    assert not results["outbox"].ok
    assert results["outbox"].detail.startswith("1 ")
    assert results["integrity"].ok


def test_outbox_row_for_a_missing_row_is_detected(services: Services, store: Store) -> None:
    """An outbox mutation whose row no longer exists is reported."""
    fill_demo(services)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM partnership_jst WHERE teryt = '1410'"))

    results = by_name(run_checks(store))

    assert not results["outbox"].ok


def test_broken_reference_is_detected(services: Services, store: Store) -> None:
    """A member pointing at a partnership that does not exist fails the foreign-key check."""
    fill_demo(services)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.exec_driver_sql(
            "UPDATE partnership_jst SET partnership_id = 'nope' WHERE teryt = '1410'"
        )
        conn.commit()
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")

    results = by_name(run_checks(store))

    assert not results["foreign_keys"].ok
    assert results["foreign_keys"].detail.startswith("1 ")


def test_check_finds_and_repairs_a_damaged_search_index(services: Services) -> None:
    """A search index that lost entries is reported, and `check --repair` rebuilds it."""
    from cwd_desktop.services.check import rebuild_search_index, search_index_gaps

    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    services.records.create("stakeholder", pid, {"name": "OSP Frombork", "category": "osp"})
    assert search_index_gaps(services.store) == (0, 0)
    with services.store.reader() as conn:
        conn.execute("DELETE FROM search_key")
    assert search_index_gaps(services.store) == (1, 0)
    assert services.search("frombork", pid) == []
    assert rebuild_search_index(services.store) == 1
    assert search_index_gaps(services.store) == (0, 0)
    assert len(services.search("frombork", pid)) == 1
