"""Three advisors' laptops editing one partnership over an unreliable network.

Hypothesis drives a state machine through random creates, edits, deletes,
restores, conflict resolutions and syncs on three replicas, and through the
network faults a laptop on a train meets: a pushed batch whose answer never
came back, the same batch sent twice, an old request replayed late, a pull
whose answer was lost, a sync cancelled between batches, and the advisor
typing while a sync runs. Every fault is built from the real pieces
(``synchronise``, ``server.push_batch`` / ``pull``, ``LocalSide``), never a mock.

After a final round of syncs it checks what the issue promises an advisor:

(a) every replica holds exactly what the server holds;
(b) no acknowledged edit vanishes without a conflict record: each value a
    device saved is the final one, or someone later changed it knowingly
    (their edit started from that value), or a conflict holds it;
(c) no deleted row comes back unless someone restored it (a deletion is an
    edit of ``deleted_at``, so (b) also covers deletions and restores).

and ``cwd-desktop check`` passes on every laptop, before and after the final
syncs. Each example uses a new partnership (assigned to three advisor roles
made once per test) and new device stores, so examples do not see each other.

The plain tests at the end pin down, step by step, the failures the machine
found, so they are caught on every run and not only when Hypothesis meets them.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, Phase, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)
from psycopg.rows import dict_row
from sqlalchemy import select

from cwd_desktop.config import DB_FILENAME
from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.check import run_checks
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.progress import Progress
from cwd_desktop.store import open_store
from cwd_desktop.store.meta import DEVICE_KEY
from cwd_desktop.sync import server
from cwd_desktop.sync.client import check_schema, connect, synchronise
from cwd_desktop.sync.codec import META, canonical, row_json, same
from cwd_desktop.sync.conflicts import open_conflicts, resolve
from cwd_desktop.sync.mutation import Mutation
from cwd_desktop.sync.pipeline import LocalSide
from cwd_desktop.sync.server_schema import assign, unassign
from tests.sync.conftest import Central, Device

ROLES = ("hyp_anna", "hyp_bartek", "hyp_celina")
FIELDS = ("name", "place", "notes")
DELETED = "deleted_at"
CATALOG = server.synced_catalog()
STAKEHOLDER = CATALOG["stakeholder"].table

#: A small alphabet (with a Polish letter) so that independent edits often collide.
TEXT = st.text(alphabet="abż", min_size=0, max_size=3)
NAME = st.text(alphabet="abż", min_size=1, max_size=3)
DEVICE = st.integers(0, len(ROLES) - 1)
BATCH = st.integers(1, 3)
#: A JSON null as SQLite hands it back: SQL NULL or the text ``null``.
NULLS = (None, "null")
#: Progress texts of ``synchronise``: connecting, after each pushed batch, before the pull.
MOMENTS = ("Łączenie z serwerem…", "Wysyłanie zmian…", "Pobieranie zmian…")

#: Shrinking a failure costs minutes (each step syncs with a real server), so it runs only
#: when asked: CWD_SYNC_SHRINK=1. Without it a failure prints its unshrunk steps, and the
#: example database (.hypothesis/) replays it first on the next run.
PHASES = tuple(Phase) if os.environ.get("CWD_SYNC_SHRINK") else (Phase.reuse, Phase.generate)

SETTINGS = settings(
    max_examples=30,
    stateful_step_count=20,
    deadline=None,
    phases=PHASES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@dataclass(frozen=True)
class Ack:
    """A change a device confirmed to its user: ``field`` of row ``row`` went old -> new."""

    step: int
    device: int
    row: str
    field: str
    old: Any
    new: Any


class Replicas(RuleBasedStateMachine):
    """One partnership, three laptops, one server; the model is the list of acks."""

    def __init__(self, central: Central, dsns: list[str], template: Path, folder: Path) -> None:
        super().__init__()
        self.central = central
        self.folder = folder
        self.devices: list[Device] = []
        for i, dsn in enumerate(dsns):
            shutil.copytree(template, folder / f"device-{i}")
            self.devices.append(Device(Services(open_store(folder / f"device-{i}")), dsn))
        self.pid = self.devices[0].services.partnerships.create(DEMO_PARTNERSHIPS[0])
        with psycopg.connect(central.admin_dsn, autocommit=True) as conn:
            for role in ROLES:
                assign(conn, role, self.pid)
        #: Stakeholder ids in creation order: rules pick rows by index, which replays exactly.
        self.rows: list[str] = []
        self.acks: list[Ack] = []
        #: Batches each device pushed, for replaying them late.
        self.sent: list[list[list[Mutation]]] = [[] for _ in self.devices]
        self.steps = itertools.count()

    # -- helpers ---------------------------------------------------------------------------

    def _local(self, dev: int) -> dict[str, dict[str, Any]]:
        """This device's stakeholder rows of the partnership, JSON form, by id."""
        with self.devices[dev].store.session() as session:
            found = session.execute(
                select(STAKEHOLDER).where(STAKEHOLDER.c.partnership_id == self.pid)
            ).mappings()
            return {str(r["id"]): row_json(STAKEHOLDER, r) for r in found}

    def _rows_on(self, dev: int, *, deleted: bool) -> list[int]:
        """Indexes (into ``self.rows``) of rows this device has, live or tombstoned."""
        local = self._local(dev)
        return [
            i
            for i, row_id in enumerate(self.rows)
            if row_id in local and (local[row_id][DELETED] is not None) == deleted
        ]

    def _ack(self, dev: int, row_id: str, before: dict[str, Any] | None) -> None:
        """Record every field of ``row_id`` that this device's store now holds differently."""
        after = self._local(dev)[row_id]
        step = next(self.steps)
        for field in (*FIELDS, DELETED):
            old = None if before is None else before[field]
            if before is None or not same(old, after[field]):
                self.acks.append(Ack(step, dev, row_id, field, old, after[field]))

    def _edit(self, dev: int, index: int, field: str, value: str) -> None:
        row_id = self.rows[index]
        before = self._local(dev)[row_id]
        self.devices[dev].services.records.update("stakeholder", row_id, {field: value})
        self._ack(dev, row_id, before)

    def _push(self, dev: int, batch: int, answer: int | None) -> None:
        """Push the oldest ``batch`` outbox entries over a faulty network.

        ``answer`` None: the request reached the server but its answer was
        lost, so the device acknowledges nothing. Otherwise the request
        reached the server twice and the device acknowledges the answer to
        the first (0) or the repeated (1) one.
        """
        device = self.devices[dev]
        local = LocalSide(device.store, CATALOG)
        with connect(device.dsn) as conn:
            check_schema(conn, device.dsn)
            server.register_device(conn, device.store.device_id)
            entries = local.next_batch(server.assigned_partnerships(conn), 0, batch)
            if not entries:
                return
            mutations = [m for _, m in entries]
            self.sent[dev].append(mutations)
            results = [server.push_batch(conn, CATALOG, mutations, local.read_blob)]
            if answer is not None:
                results.append(server.push_batch(conn, CATALOG, mutations, local.read_blob))
                assert results[1].applied == [], "a repeated request was applied twice"
        if answer is not None:
            local.acknowledge(entries, results[answer])

    # -- what advisors do --------------------------------------------------------------------

    @initialize(names=st.lists(NAME, min_size=1, max_size=4))
    def start(self, names: list[str]) -> None:
        """The first laptop brings the partnership and a few stakeholders; all three sync."""
        for name in names:
            self.create(0, name, "", "")
        for device in self.devices:
            device.sync()

    @rule(dev=DEVICE, name=NAME, place=TEXT, notes=TEXT)
    def create(self, dev: int, name: str, place: str, notes: str) -> None:
        row_id = self.devices[dev].services.records.create(
            "stakeholder", self.pid, {"name": name, "place": place, "notes": notes}
        )
        note(f"row {len(self.rows)} = {row_id}")
        self.rows.append(row_id)
        self._ack(dev, row_id, None)

    @precondition(lambda self: bool(self.rows))
    @rule(dev=DEVICE, field=st.sampled_from(FIELDS), data=st.data())
    def edit(self, dev: int, field: str, data: st.DataObject) -> None:
        live = self._rows_on(dev, deleted=False)
        if not live:
            return
        index = data.draw(st.sampled_from(live), label="row")
        self._edit(dev, index, field, data.draw(NAME if field == "name" else TEXT, label="value"))

    @precondition(lambda self: bool(self.rows))
    @rule(dev=DEVICE, data=st.data())
    def delete(self, dev: int, data: st.DataObject) -> None:
        live = self._rows_on(dev, deleted=False)
        if not live:
            return
        row_id = self.rows[data.draw(st.sampled_from(live), label="row")]
        before = self._local(dev)[row_id]
        self.devices[dev].services.records.delete("stakeholder", row_id)
        self._ack(dev, row_id, before)

    @precondition(lambda self: bool(self.rows))
    @rule(dev=DEVICE, data=st.data())
    def restore(self, dev: int, data: st.DataObject) -> None:
        gone = self._rows_on(dev, deleted=True)
        if not gone:
            return
        row_id = self.rows[data.draw(st.sampled_from(gone), label="row")]
        before = self._local(dev)[row_id]
        self.devices[dev].services.records.restore("stakeholder", row_id)
        self._ack(dev, row_id, before)

    @precondition(lambda self: bool(self.rows))
    @rule(dev=DEVICE, keep_current=st.booleans(), data=st.data())
    def resolve_conflict(self, dev: int, keep_current: bool, data: st.DataObject) -> None:
        """Settle an open conflict with one of its two values, as the conflicts dialog does."""
        store = self.devices[dev].store
        rows = store.reader().execute(
            "SELECT id, row_id, field, current_value, other_value FROM sync_conflict "
            "WHERE resolved_at IS NULL AND partnership_id = ?",
            (self.pid,),
        )
        order = {row_id: i for i, row_id in enumerate(self.rows)}

        def replayable(r: tuple[Any, ...]) -> tuple[Any, ...]:
            """Sort key free of random ids and clock readings, so a replay picks the same."""
            if r[2] == DELETED:
                return (order.get(r[1], -1), r[2], r[3] in NULLS, r[4] in NULLS)
            return (order.get(r[1], -1), r[2], str(r[3]), str(r[4]))

        found = sorted(rows, key=replayable)
        if not found:
            return
        cid, row_id, _field, current, other = data.draw(st.sampled_from(found), label="conflict")
        before = self._local(dev).get(row_id)
        if before is None:
            return
        raw = current if keep_current else other
        value = None if raw in NULLS else json.loads(raw)
        resolve(store, cid, value)
        self._ack(dev, row_id, before)

    # -- syncs, good and bad --------------------------------------------------------------------

    @rule(dev=DEVICE)
    def sync(self, dev: int) -> None:
        device = self.devices[dev]
        # What this sync will send, kept for replaying it late.
        pending = LocalSide(device.store, CATALOG).next_batch([self.pid], 0, 10_000)
        if pending:
            self.sent[dev].append([m for _, m in pending])
        device.sync()

    @rule(dev=DEVICE, batch=BATCH, stop_after=st.integers(1, 4))
    def sync_cancelled(self, dev: int, batch: int, stop_after: int) -> None:
        """The advisor presses Cancel: the sync stops at its next progress report."""
        calls = itertools.count(1)

        def listener(_done: int, _total: int, _text: str) -> None:
            if next(calls) == stop_after:
                progress.cancel()

        progress = Progress(listener)
        try:
            synchronise(self.devices[dev].store, self.devices[dev].dsn, progress, batch_size=batch)
        except Cancelled:
            note("cancelled")

    @precondition(lambda self: bool(self.rows))
    @rule(
        dev=DEVICE,
        batch=BATCH,
        moment=st.sampled_from(MOMENTS),
        field=st.sampled_from(FIELDS),
        data=st.data(),
    )
    def edit_during_sync(
        self, dev: int, batch: int, moment: str, field: str, data: st.DataObject
    ) -> None:
        """The advisor keeps typing while the sync runs in the background.

        The edit lands at the first progress report with the text ``moment``:
        before the push, between two pushed batches, or just before the pull.
        The sync page runs ``synchronise`` on the writer thread and its
        progress dialog blocks the window only after 400 ms; ``cwd-desktop
        sync`` may run while the window is open. If that moment never comes,
        the edit lands after the sync.
        """
        live = self._rows_on(dev, deleted=False)
        if not live:
            return
        index = data.draw(st.sampled_from(live), label="row")
        value = data.draw(NAME if field == "name" else TEXT, label="value")
        done: list[bool] = []

        def edit() -> None:
            done.append(True)
            try:
                self._edit(dev, index, field, value)
            except UserError:  # the sync has just brought its deletion in
                note("row deleted meanwhile")

        def listener(_done: int, _total: int, text: str) -> None:
            if text == moment and not done:
                edit()

        device = self.devices[dev]
        synchronise(device.store, device.dsn, Progress(listener), batch_size=batch)
        if not done:
            edit()

    @rule(dev=DEVICE, batch=BATCH)
    def push_answer_lost(self, dev: int, batch: int) -> None:
        """A batch is stored on the server but the connection drops before its answer."""
        self._push(dev, batch, None)

    @rule(dev=DEVICE, batch=BATCH, answer=st.sampled_from([0, 1]))
    def push_sent_twice(self, dev: int, batch: int, answer: int) -> None:
        """The same batch reaches the server twice; the device reads one of the answers."""
        self._push(dev, batch, answer)

    @precondition(lambda self: any(self.sent))
    @rule(dev=DEVICE, data=st.data())
    def old_request_replayed(self, dev: int, data: st.DataObject) -> None:
        """A batch sent long ago arrives again (a late network duplicate); nobody hears back."""
        if not self.sent[dev]:
            return
        mutations = data.draw(st.sampled_from(self.sent[dev]), label="batch")
        device = self.devices[dev]
        with connect(device.dsn) as conn:
            result = server.push_batch(conn, CATALOG, mutations, lambda _sha: None)
        assert result.applied == [], "a replayed request was applied again"

    @rule(dev=DEVICE)
    def pull_answer_lost(self, dev: int) -> None:
        """The server answers a pull, but the answer never reaches the device."""
        device = self.devices[dev]
        local = LocalSide(device.store, CATALOG)
        with connect(device.dsn) as conn:
            server.pull(conn, CATALOG, local.cursors(), [], local.open_server_conflicts())

    # -- the promises ---------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            self._store_checks("outbox")
            for _ in range(2):
                for device in self.devices:
                    device.sync()
            self._check()
            self._store_checks()
        finally:
            for device in self.devices:
                device.store.close()
            with psycopg.connect(self.central.admin_dsn, autocommit=True) as conn:
                for role in ROLES:
                    unassign(conn, role, self.pid)
            shutil.rmtree(self.folder, ignore_errors=True)

    def _store_checks(self, *names: str) -> None:
        """``cwd-desktop check`` passes on every laptop (only the checks ``names``, if given)."""
        for dev, device in enumerate(self.devices):
            failed = [
                f"{r.name}: {r.detail}"
                for r in run_checks(device.store)
                if not r.ok and (not names or r.name in names)
            ]
            assert not failed, f"`cwd-desktop check` fails on device {dev}: {failed}"

    def _server_rows(self) -> dict[str, dict[str, Any]]:
        with (
            psycopg.connect(self.central.admin_dsn, autocommit=True) as conn,
            conn.cursor(row_factory=dict_row) as cur,
        ):
            cur.execute("SET TIME ZONE 'UTC'")
            cur.execute("SELECT * FROM public.stakeholder WHERE partnership_id = %s", (self.pid,))
            return {str(r["id"]): row_json(STAKEHOLDER, r) for r in cur}

    def _server_conflicts(self) -> list[dict[str, Any]]:
        with (
            psycopg.connect(self.central.admin_dsn, autocommit=True) as conn,
            conn.cursor(row_factory=dict_row) as cur,
        ):
            cur.execute(
                "SELECT id::text AS id, row_id, field, base_value, local_value, remote_value, "
                "resolved_at FROM public.conflicts WHERE partnership_id = %s",
                (self.pid,),
            )
            return list(cur)

    def _check(self) -> None:
        central = self._server_rows()
        conflicts = self._server_conflicts()

        # (a) Every replica equals the server, with nothing left to send: first the
        # data an advisor sees, then who changed each row last, when, and its version.
        for dev, device in enumerate(self.devices):
            assert device.store.pending_changes() == 0, f"device {dev} still has changes to send"
            differences = _differences(self._local(dev), central, META)
            assert not differences, f"device {dev} holds other data than the server: {differences}"
            open_here = {
                str(r[0])
                for r in device.store.reader().execute(
                    "SELECT server_id FROM sync_conflict WHERE partnership_id = ? "
                    "AND resolved_at IS NULL",
                    (self.pid,),
                )
            }
            open_there = {c["id"] for c in conflicts if c["resolved_at"] is None}
            assert open_here == open_there, f"device {dev} lists other open conflicts"
        assert set(self.rows) <= set(central), "a created row never reached the server"

        # (b) No acknowledged value vanishes without a conflict record. An edit whose
        # ``old`` is the value means its author saw it and replaced it on purpose. Merging
        # compares values, not versions, and syncs reach the server in any order, so that
        # edit may be older than the value, or come from a device that saw the same value
        # elsewhere; only a device's own earlier edits cannot (its outbox is sent in order).
        recorded: dict[tuple[str, str], list[Any]] = {}
        for c in conflicts:
            values = [c["base_value"], c["local_value"], c["remote_value"]]
            recorded.setdefault((c["row_id"], c["field"]), []).extend(canonical(v) for v in values)
        for ack in self.acks:
            final = central[ack.row][ack.field]
            if same(final, ack.new):
                continue
            replaced = any(
                other.row == ack.row
                and other.field == ack.field
                and same(other.old, ack.new)
                and not same(other.new, ack.new)
                and (other.device != ack.device or other.step > ack.step)
                for other in self.acks
            )
            in_conflict = any(same(v, ack.new) for v in recorded.get((ack.row, ack.field), []))
            assert replaced or in_conflict, (
                f"{ack} vanished: the server holds {final!r}, nobody replaced it knowingly "
                f"and no conflict records it"
            )

        # (c) A row someone deleted stays deleted unless someone restored it.
        for row_id in self.rows:
            mine = [a for a in self.acks if a.row == row_id and a.field == DELETED]
            deleted = any(a.new is not None for a in mine)
            restored = any(a.new is None and a.old is not None for a in mine)
            if deleted and not restored:
                assert central[row_id][DELETED] is not None, f"deleted row {row_id} came back"

        # (a, continued) The sync bookkeeping columns agree too.
        for dev in range(len(self.devices)):
            differences = _differences(self._local(dev), central, ())
            assert not differences, (
                f"device {dev} has the server's data but other sync columns: {differences}"
            )


def _differences(
    mine: dict[str, dict[str, Any]], theirs: dict[str, dict[str, Any]], skip: tuple[str, ...]
) -> list[str]:
    """Readable differences of two replicas' rows (``row.field: here != server``)."""
    out = [
        f"{row_id}: {'missing here' if row_id not in mine else 'not on the server'}"
        for row_id in sorted(set(mine) ^ set(theirs))
    ]
    for row_id in sorted(set(mine) & set(theirs)):
        for field, value in mine[row_id].items():
            if field not in skip and not same(value, theirs[row_id][field]):
                out.append(f"{row_id}.{field}: {value!r} != {theirs[row_id][field]!r}")
    return out


def _template_store(folder: Path) -> Path:
    """A migrated store with the TERYT register loaded but no device id yet.

    Creating a store costs a few hundred milliseconds (migrations, the TERYT
    register); copying this one costs a few, and each copy still gets its
    own device id when it is opened.
    """
    open_store(folder).close()
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        conn.execute("DELETE FROM local_meta WHERE key = ?", (DEVICE_KEY,))
    conn.close()
    return folder


@pytest.mark.slow
def test_three_replicas_agree_after_lost_and_repeated_requests(
    central: Central, tmp_path: Path
) -> None:
    dsns = [central.add_advisor(role) for role in ROLES]
    template = _template_store(tmp_path / "template")
    examples = itertools.count()
    run_state_machine_as_test(
        lambda: Replicas(central, dsns, template, tmp_path / f"example-{next(examples)}"),
        settings=SETTINGS,
    )


# -- the cases the machine found, pinned down ------------------------------------------------


def _edit_before_pull(device: Device, row_id: str, changes: dict[str, str]) -> None:
    """Sync while the advisor saves ``changes`` just before the pull (see ``edit_during_sync``)."""

    def listener(_done: int, _total: int, text: str) -> None:
        if text == "Pobieranie zmian…":
            device.services.records.update("stakeholder", row_id, changes)

    synchronise(device.store, device.dsn, Progress(listener))


def _two_laptops(central: Central, make_device) -> tuple[Device, Device, str, str]:  # type: ignore[no-untyped-def]
    first = make_device("anna", "")
    pid = first.services.partnerships.create(DEMO_PARTNERSHIPS[0])
    anna = Device(first.services, central.add_advisor("anna", pid))
    celina = make_device("celina", central.add_advisor("celina", pid))
    row_id = anna.services.records.create("stakeholder", pid, {"name": "OSP Frombork"})
    anna.sync()
    celina.sync()
    return anna, celina, pid, row_id


def _server_row(central: Central, row_id: str) -> tuple[object, ...]:
    [row] = central.query(
        "SELECT version, updated_by, name, notes FROM public.stakeholder WHERE id = %s", (row_id,)
    )
    return row


def _local_row(device: Device, row_id: str) -> tuple[object, ...]:
    row = device.services.records.get("stakeholder", row_id)
    return (row["version"], row["updated_by"], row["name"], row["notes"])


def test_a_clashing_edit_saved_during_the_pull_ends_with_the_servers_value(
    central: Central,
    make_device,  # type: ignore[no-untyped-def]
) -> None:
    anna, celina, _pid, row_id = _two_laptops(central, make_device)
    celina.services.records.update("stakeholder", row_id, {"name": "OSP we Fromborku"})
    celina.sync()
    _edit_before_pull(anna, row_id, {"name": "Ochotnicza Straż Pożarna Frombork"})
    report = anna.sync()
    assert report.new_conflicts == 1
    [conflict] = open_conflicts(anna.store)
    assert conflict.current == "OSP we Fromborku"
    assert conflict.other == "Ochotnicza Straż Pożarna Frombork"
    assert _server_row(central, row_id)[2] == "OSP we Fromborku"
    shown = anna.services.records.get("stakeholder", row_id)["name"]
    assert shown == "OSP we Fromborku", "anna's copy keeps the value the server did not take"


def test_an_edit_saved_during_the_pull_ends_with_the_servers_version(
    central: Central,
    make_device,  # type: ignore[no-untyped-def]
) -> None:
    anna, celina, _pid, row_id = _two_laptops(central, make_device)
    celina.services.records.update("stakeholder", row_id, {"name": "OSP we Fromborku"})
    celina.sync()
    _edit_before_pull(anna, row_id, {"notes": "Prezes: druh Kowalski"})
    anna.sync()
    celina.sync()
    server_row = _server_row(central, row_id)
    assert server_row[2:] == ("OSP we Fromborku", "Prezes: druh Kowalski")
    assert _local_row(celina, row_id) == server_row
    assert _local_row(anna, row_id) == server_row, "anna's copy keeps an old version and author"


def test_check_passes_while_an_edit_saved_during_the_pull_waits_to_be_sent(
    central: Central,
    make_device,  # type: ignore[no-untyped-def]
) -> None:
    anna, celina, _pid, row_id = _two_laptops(central, make_device)
    celina.services.records.update("stakeholder", row_id, {"name": "OSP we Fromborku"})
    celina.services.records.update("stakeholder", row_id, {"place": "Frombork"})
    celina.sync()
    _edit_before_pull(anna, row_id, {"notes": "Prezes: druh Kowalski"})
    assert anna.store.pending_changes() == 1
    failed = [f"{r.name}: {r.detail}" for r in run_checks(anna.store) if not r.ok]
    assert not failed, f"`cwd-desktop check` on a sound store: {failed}"


def test_check_passes_after_a_sync_cancelled_between_batches(
    central: Central,
    make_device,  # type: ignore[no-untyped-def]
) -> None:
    anna, celina, _pid, row_id = _two_laptops(central, make_device)
    celina.services.records.update("stakeholder", row_id, {"name": "OSP we Fromborku"})
    celina.sync()
    records = anna.services.records
    records.update("stakeholder", row_id, {"name": "Ochotnicza Straż Pożarna Frombork"})
    records.update("stakeholder", row_id, {"place": "Frombork"})
    records.update("stakeholder", row_id, {"notes": "Prezes: druh Kowalski"})
    # Cancel pressed while connecting: the sync stops at its next report, after one batch.
    progress = Progress(lambda _done, _total, _text: progress.cancel())
    with pytest.raises(Cancelled):
        synchronise(anna.store, anna.dsn, progress, batch_size=2)
    assert anna.store.pending_changes() == 1
    failed = [f"{r.name}: {r.detail}" for r in run_checks(anna.store) if not r.ok]
    assert not failed, f"`cwd-desktop check` on a sound store: {failed}"
