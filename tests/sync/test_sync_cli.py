"""``cwd-desktop sync`` and ``conflicts list|resolve`` against the real server.

What a script or a support person sees: JSON counts of a sync, the open
conflicts with both values and both names, settling one (exit 0) and a
mistyped id (exit 1, one sentence naming it).
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from cwd_desktop.cli import main
from cwd_desktop.sync.config import ServerConfig, set_password
from cwd_desktop.sync.conflicts import open_conflicts
from tests.sync.conftest import Central, Device, replica, server_replica, team


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _clash(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> tuple[Device, Device, str]:
    """Anna's and Bartek's names for the same stakeholder; Bartek's laptop holds the conflict."""
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp"}
    )
    anna.sync()
    bartek.sync()
    anna.services.records.update("stakeholder", sid, {"name": "OSP we Fromborku"})
    bartek.services.records.update("stakeholder", sid, {"name": "Ochotnicza Straż Pożarna"})
    anna.sync()
    bartek.sync()
    return anna, bartek, sid


def test_sync_prints_its_counts_as_json(
    central: Central,
    make_fast_device: Callable[[str, str], Device],
    capsys: pytest.CaptureFixture[str],
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    anna.services.records.create("stakeholder", pid, {"name": "OSP Frombork", "category": "osp"})
    pending = anna.store.pending_changes()

    code, out, err = _run(
        capsys, "sync", "--server", anna.dsn, "--data-dir", str(anna.store.data_dir), "--json"
    )

    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["pushed"] == pending and report["already_there"] == 0
    assert report["held_back"] == 0 and report["new_conflicts"] == 0
    assert report["partnerships"] == [pid] and report["finished_at"]
    assert anna.store.pending_changes() == 0

    code, out, _ = _run(
        capsys, "sync", "--server", bartek.dsn, "--data-dir", str(bartek.store.data_dir), "--json"
    )
    assert code == 0 and json.loads(out)["pulled"] == pending
    assert replica(bartek.store) == server_replica(central)


def test_sync_takes_the_password_from_the_keyring_when_the_dsn_has_none(
    central: Central,
    make_fast_device: Callable[[str, str], Device],
    capsys: pytest.CaptureFixture[str],
) -> None:
    (anna,), _pid = team(central, make_fast_device, "anna")
    parts = conninfo_to_dict(anna.dsn)
    password = str(parts.pop("password"))
    set_password(
        ServerConfig(str(parts["host"]), "anna", int(str(parts["port"])), str(parts["dbname"])),
        password,
    )
    code, out, err = _run(
        capsys,
        "sync",
        "--server",
        make_conninfo("", **parts),
        "--data-dir",
        str(anna.store.data_dir),
    )
    assert (code, err) == (0, "")
    assert "Wysłano zmian:" in out and password not in out
    assert anna.store.pending_changes() == 0


def test_conflicts_are_listed_with_both_values_and_settled_from_the_command_line(
    central: Central,
    make_fast_device: Callable[[str, str], Device],
    capsys: pytest.CaptureFixture[str],
) -> None:
    anna, bartek, sid = _clash(central, make_fast_device)
    data = str(bartek.store.data_dir)

    code, out, _ = _run(capsys, "conflicts", "list", "--json", "--data-dir", data)

    assert code == 0
    [listed] = json.loads(out)
    assert (listed["table"], listed["row_id"], listed["field"]) == ("stakeholder", sid, "name")
    assert listed["current"]["value"] == "OSP we Fromborku" and listed["current"]["by"] == "Anna"
    assert (
        listed["other"]["value"] == "Ochotnicza Straż Pożarna" and listed["other"]["by"] == "Bartek"
    )
    assert listed["base"] == "OSP Frombork"

    code, out, err = _run(
        capsys, "conflicts", "resolve", listed["id"], "--other", "--data-dir", data
    )

    assert (code, err) == (0, "")
    assert "Ochotnicza Straż Pożarna" in out
    assert open_conflicts(bartek.store) == []
    code, out, _ = _run(capsys, "sync", "--server", bartek.dsn, "--data-dir", data, "--json")
    assert code == 0 and json.loads(out)["open_conflicts"] == 0
    anna.sync()
    assert anna.services.records.get("stakeholder", sid)["name"] == "Ochotnicza Straż Pożarna"
    assert open_conflicts(anna.store) == []
    assert central.query("SELECT resolved_at IS NOT NULL, resolution FROM conflicts") == [
        (True, "Ochotnicza Straż Pożarna")
    ]
    code, out, _ = _run(capsys, "conflicts", "list", "--data-dir", data)
    assert (code, out.strip()) == (0, "Brak konfliktów.")


def _influence_clash(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> tuple[Device, str]:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp"}
    )
    anna.sync()
    bartek.sync()
    anna.services.records.update("stakeholder", sid, {"influence": 4})
    bartek.services.records.update("stakeholder", sid, {"influence": 2})
    anna.sync()
    bartek.sync()
    return bartek, sid


def test_a_typed_value_settles_a_conflict(
    central: Central,
    make_fast_device: Callable[[str, str], Device],
    capsys: pytest.CaptureFixture[str],
) -> None:
    bartek, sid = _influence_clash(central, make_fast_device)
    [view] = open_conflicts(bartek.store)
    assert (view.current, view.other) == (4, 2)

    code, _out, err = _run(
        capsys,
        "conflicts",
        "resolve",
        view.id,
        "--value",
        "5",
        "--data-dir",
        str(bartek.store.data_dir),
    )

    assert (code, err) == (0, "")
    assert bartek.services.records.get("stakeholder", sid)["influence"] == 5
    assert open_conflicts(bartek.store) == []


def test_a_typed_value_that_is_not_a_number_is_one_sentence(
    central: Central,
    make_fast_device: Callable[[str, str], Device],
    capsys: pytest.CaptureFixture[str],
) -> None:
    bartek, _sid = _influence_clash(central, make_fast_device)
    [view] = open_conflicts(bartek.store)

    code, out, err = _run(
        capsys,
        "conflicts",
        "resolve",
        view.id,
        "--value",
        "dużo",
        "--data-dir",
        str(bartek.store.data_dir),
    )

    assert (code, out) == (1, "")
    assert "dużo" in err and "influence" in err and err.count("\n") == 1
    assert len(open_conflicts(bartek.store)) == 1


def test_an_unknown_conflict_id_is_one_sentence_and_exit_1(
    central: Central,
    make_fast_device: Callable[[str, str], Device],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _anna, bartek, _sid = _clash(central, make_fast_device)
    data = str(bartek.store.data_dir)

    code, out, err = _run(
        capsys, "conflicts", "resolve", "nie-ma-takiego", "--current", "--data-dir", data
    )

    assert (code, out) == (1, "")
    assert "nie-ma-takiego" in err and err.count("\n") == 1 and err.strip().endswith(".")
    assert len(open_conflicts(bartek.store)) == 1


def test_sync_without_a_configured_server_says_how_to_set_it_up(
    make_fast_device: Callable[[str, str], Device], capsys: pytest.CaptureFixture[str]
) -> None:
    device = make_fast_device("anna", "")
    code, out, err = _run(capsys, "sync", "--data-dir", str(device.store.data_dir))
    assert (code, out) == (1, "")
    assert "Synchronizacja" in err and err.count("\n") == 1
