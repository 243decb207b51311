"""A laptop killed in the middle of a long push (battery, Task Manager) loses nothing.

``cwd-desktop sync`` runs as a real process and is killed with SIGKILL
while the server is taking its batches, twice; then a sync is allowed to
finish. Every change must be on the server exactly once, the laptop's
store must be intact with an empty outbox, and a colleague must pull the
very same rows.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.progress import Progress
from cwd_desktop.store import open_store
from cwd_desktop.sync.client import synchronise
from tests.sync.conftest import Central, Device, replica, server_replica, team

ROWS = 3000
BATCH = 50
ROOT = Path(__file__).resolve().parents[2]


def _sync_process(dsn: str, data_dir: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cwd_desktop",
            "sync",
            "--server",
            dsn,
            "--data-dir",
            str(data_dir),
            "--batch-size",
            str(BATCH),
            "--json",
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _processed(watch: psycopg.Connection[tuple[int]]) -> int:
    row = watch.execute("SELECT count(*) FROM processed_mutations").fetchone()
    return int(row[0]) if row else 0


def _kill_mid_push(dsn: str, data_dir: Path, watch: psycopg.Connection[tuple[int]]) -> int:
    """Start a sync and SIGKILL it as soon as the server has taken a batch of it."""
    before = _processed(watch)
    proc = _sync_process(dsn, data_dir)
    try:
        while proc.poll() is None and _processed(watch) == before:
            pass
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the sync finished before it could be killed"
    return _processed(watch)


def test_a_sync_killed_twice_mid_push_then_finished_loses_and_doubles_nothing(
    central: Central, make_device: Callable[[str, str], Device], tmp_path: Path
) -> None:
    data_dir = tmp_path / "anna"
    store = open_store(data_dir)
    services = Services(store)
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    services.records.create_many(
        "stakeholder",
        pid,
        [
            {"name": f"Stowarzyszenie nr {i}", "category": "ngo", "place": "Braniewo"}
            for i in range(ROWS)
        ],
    )
    total = store.pending_changes()
    store.close()
    anna_dsn = central.add_advisor("anna", pid)

    with psycopg.connect(central.admin_dsn, autocommit=True) as watch:
        first = _kill_mid_push(anna_dsn, data_dir, watch)
        second = _kill_mid_push(anna_dsn, data_dir, watch)
        assert 0 < first < second < total

        store = open_store(data_dir)
        try:
            assert store.was_unclean  # the killed process never closed the store
            left = store.pending_changes()
            assert 0 < left <= total - first
        finally:
            store.close()

        final = _sync_process(anna_dsn, data_dir)
        out, err = final.communicate()
        assert final.returncode == 0, err.decode()
        report = json.loads(out)
        # What the server took before a kill but the laptop never heard of is recognised.
        assert report["pushed"] + report["already_there"] == left
        assert report["pushed"] == total - second
        assert _processed(watch) == total

    assert central.query(
        "SELECT count(*), count(DISTINCT id), count(DISTINCT name), max(version) "
        "FROM stakeholder WHERE partnership_id = %s",
        (pid,),
    ) == [(ROWS, ROWS, ROWS, 1)]
    feed = central.query("SELECT count(*), count(DISTINCT row_id) FROM change_feed")
    assert feed[0][0] == feed[0][1] == total  # each row written once

    store = open_store(data_dir)
    try:
        assert store.pending_changes() == 0
        reader = store.reader()
        assert reader.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert reader.execute("PRAGMA foreign_key_check").fetchall() == []
        mine = reader.execute(
            "SELECT id, name FROM stakeholder WHERE deleted_at IS NULL ORDER BY id"
        ).fetchall()
    finally:
        store.close()

    bartek = make_device("bartek", central.add_advisor("bartek", pid))
    pulled = bartek.sync()
    assert pulled.pulled == total
    theirs = (
        bartek.store.reader()
        .execute("SELECT id, name FROM stakeholder WHERE deleted_at IS NULL ORDER BY id")
        .fetchall()
    )
    on_server = central.query("SELECT id, name FROM stakeholder ORDER BY id")
    assert len(mine) == ROWS
    assert mine == theirs == [tuple(r) for r in on_server]


def test_a_connection_cut_mid_push_resumes_cleanly_at_the_next_sync(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    """The server side goes away while a batch waits (Wi-Fi drops, the server restarts)."""
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp"}
    )
    anna.sync()
    bartek.sync()
    for i in range(6):
        anna.services.records.create("stakeholder", pid, {"name": f"KGW nr {i}", "category": "kgw"})
    anna.services.records.update("stakeholder", sid, {"notes": "Prezes: druh K."})  # last
    total = anna.store.pending_changes()
    processed = int(str(central.query("SELECT count(*) FROM processed_mutations")[0][0]))
    failure: list[BaseException] = []

    def run() -> None:
        try:
            synchronise(anna.store, anna.dsn, batch_size=2)
        except BaseException as exc:  # reported below
            failure.append(exc)

    with psycopg.connect(central.admin_dsn) as holder:
        holder.execute("SELECT 1 FROM stakeholder WHERE id = %s FOR UPDATE", (sid,))
        thread = threading.Thread(target=run)
        thread.start()
        with psycopg.connect(central.admin_dsn, autocommit=True) as watch:
            waiting: list[tuple[int]] = []
            while thread.is_alive() and not waiting:
                waiting = watch.execute(
                    "SELECT pid FROM pg_stat_activity WHERE usename = 'anna' "
                    "AND cardinality(pg_blocking_pids(pid)) > 0"
                ).fetchall()
            assert waiting, "the push never reached the locked row"
            watch.execute("SELECT pg_terminate_backend(%s)", (waiting[0][0],))
        thread.join()
        holder.rollback()

    [error] = failure
    assert isinstance(error, UserError) and "\n" not in str(error)
    left = anna.store.pending_changes()
    sent = int(str(central.query("SELECT count(*) FROM processed_mutations")[0][0])) - processed
    assert sent == total - left and left > 0  # whole batches only: sent ones are acknowledged

    report = anna.sync()

    assert (report.pushed, report.already_there) == (left, 0)
    assert anna.store.pending_changes() == 0
    bartek.sync()
    assert central.query("SELECT count(*), max(version) FROM stakeholder") == [(7, 2)]
    assert central.query("SELECT notes FROM stakeholder WHERE id = %s", (sid,)) == [
        ("Prezes: druh K.",)
    ]
    assert replica(anna.store) == replica(bartek.store) == server_replica(central)


def test_a_sync_cancelled_mid_push_sends_the_rest_next_time(
    central: Central, make_fast_device: Callable[[str, str], Device]
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    anna.services.records.create_many(
        "stakeholder", pid, [{"name": f"OSP nr {i}", "category": "osp"} for i in range(120)]
    )
    total = anna.store.pending_changes()
    pushes: list[int] = []

    def listener(done: int, _total: int, _text: str) -> None:
        if done:
            pushes.append(done)
            if len(pushes) == 2:
                progress.cancel()  # the user presses Cancel after two batches

    progress = Progress(listener)
    with pytest.raises(Cancelled):
        synchronise(anna.store, anna.dsn, progress, batch_size=20)

    # Whole batches only: what the server took is acknowledged, the rest waits.
    sent = int(str(central.query("SELECT count(*) FROM processed_mutations")[0][0]))
    assert 40 <= sent < total and sent % 20 == 0
    assert anna.store.pending_changes() == total - sent
    report = anna.sync()
    assert (report.pushed, report.already_there) == (total - sent, 0)
    bartek.sync()
    assert central.query("SELECT count(*), max(version) FROM stakeholder") == [(120, 1)]
    assert replica(anna.store) == replica(bartek.store) == server_replica(central)
