"""The harness's checks catch what they exist for: a lost write, a wrong value, half an import.

The crash trials pass when nothing is lost, so these tests feed the same
checks a store that did lose something and expect them to say so.
"""

from __future__ import annotations

from typing import Any

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from tests.crash.model import Model, Record, reconcile, snapshot

VALUES = {
    "name": "Koło Gospodyń Wiejskich „Żurawinki”",
    "category": "kgw",
    "place": "Lelkowo",
    "influence": 4,
    "interest": 5,
    "notes": "",
}


def _created(services: Services) -> tuple[str, list[tuple[Record, Record | None]]]:
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    row_id = services.records.create("stakeholder", pid, VALUES)
    op = {"seq": 0, "kind": "create", "table": "stakeholder", "values": dict(VALUES)}
    return pid, [(op, {"seq": 0, "id": row_id})]


def test_an_acknowledged_write_missing_from_the_store_is_reported(services: Services) -> None:
    pid, journal = _created(services)
    found = snapshot(services.store.reader(), pid)
    assert reconcile(Model(), journal, found).problems == []

    row_id = journal[0][1]["id"]  # type: ignore[index]
    del found["stakeholder"][row_id]  # as if the commit had not survived the kill
    problems = reconcile(Model(), journal, found).problems

    assert problems == [f"acknowledged stakeholder row {row_id} is missing"]


def test_an_acknowledged_value_replaced_by_another_is_reported(services: Services) -> None:
    pid, journal = _created(services)
    row_id = journal[0][1]["id"]  # type: ignore[index]
    services.records.update("stakeholder", row_id, {"place": "Frombork"})
    edit = {"seq": 1, "kind": "update", "table": "stakeholder", "row_id": row_id}
    journal.append(({**edit, "values": {"place": "Braniewo"}}, {"seq": 1}))

    problems = reconcile(Model(), journal, snapshot(services.store.reader(), pid)).problems

    assert problems == [
        f"stakeholder {row_id}: place is 'Frombork', the acknowledged value is 'Braniewo'"
    ]


def test_an_edit_in_flight_may_be_there_or_not_but_nothing_else(services: Services) -> None:
    pid, journal = _created(services)
    row_id = journal[0][1]["id"]  # type: ignore[index]
    edit: dict[str, Any] = {"seq": 1, "kind": "update", "table": "stakeholder", "row_id": row_id}
    in_flight = [*journal, ({**edit, "values": {"place": "Frombork"}}, None)]

    before = reconcile(Model(), in_flight, snapshot(services.store.reader(), pid))
    services.records.update("stakeholder", row_id, {"place": "Frombork"})
    after = reconcile(Model(), in_flight, snapshot(services.store.reader(), pid))
    services.records.update("stakeholder", row_id, {"place": "Pieniężno"})
    neither = reconcile(Model(), in_flight, snapshot(services.store.reader(), pid))

    assert (before.problems, before.in_flight) == ([], "rolled back")
    assert (after.problems, after.in_flight) == ([], "committed")
    assert neither.problems == [
        f"stakeholder {row_id}: place is 'Pieniężno', the acknowledged value is 'Lelkowo'"
        " (in flight: update 1)"
    ]


def test_an_import_stored_in_part_is_reported(services: Services) -> None:
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    planned = [{**VALUES, "name": f"OSP nr {n}", "notes": "import 0-0"} for n in range(3)]
    rows = [{"stakeholder": values, "contact": None} for values in planned]
    op = {"seq": 0, "kind": "import_stakeholders", "token": "0-0", "rows": rows}
    for values in planned[:2]:  # two of three rows: what an atomic import must never leave
        services.records.create("stakeholder", pid, values)

    verdict = reconcile(Model(), [(op, None)], snapshot(services.store.reader(), pid))

    assert verdict.problems[0] == "import 0-0 is stored partly: 2 of 3 rows"
