"""The crash harness: fork a writer, SIGKILL it at a random moment, check the surviving store.

A fork server: this process imports the app once (SQLAlchemy, the ORM, the
importers, psycopg), then for every trial ``os.fork()``s a writer
(``tests.crash.worker``) that opens the store itself and writes until it is
killed. Spawning a fresh interpreter per trial would cost most of a second
of imports; a fork costs milliseconds, so hundreds of trials fit in a test.

Each workload keeps one data folder for all its trials, so every trial also
tests recovery from the previous kill. After each kill, in this process:

1. the store opens (``open_store`` sees the dead writer's marker, so it runs
   its integrity check as after a real crash);
2. the checks of ``cwd-desktop check`` pass: ``PRAGMA integrity_check``,
   ``PRAGMA foreign_key_check``, outbox consistent with the rows, search
   index complete (``checks.store_checks`` every trial, the real
   ``services.check.run_checks`` with the schema check every tenth);
3. every acknowledged write is there (``tests.crash.model``);
4. sync workload: a clean sync completes, the outbox empties, and server and
   store agree row for row; every local change reached the server exactly
   once (the server's processed mutation ids are exactly those the store
   recorded as pushed; no conflicts).

When to kill is drawn from an RNG seeded by (seed, workload, trial), and so
is every value the writer writes: a seed replays the same schedule (where
exactly a kill lands still depends on timing). A failure message names the
seed. A workload stops at its first failure: later trials would only
report the same damage again.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import random
import select
import shutil
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.crash.checks import ADVISOR, Server, check_sync, store_checks
from tests.crash.model import Model, Verdict, reconcile, snapshot
from tests.crash.worker import ChildSpec, Setup, child_main, read_journal

WORKLOADS = ("entry", "import", "sync")
#: Upper bound of the kill delay after the writer's first write, per workload (seconds):
#: a few writes' worth, so kills spread over whole writes and the gaps between them.
MAX_DELAY = {"entry": 0.06, "import": 0.25, "sync": 0.2}
#: Share of trials killed early: while the writer opens the store or makes its first
#: write (which compiles the new engine's statements), timed from the fork.
DURING_OPEN = 0.1
MAX_OPEN_DELAY = 0.06
#: A writer not ready after this long is stuck: a failure, not a hang.
READY_TIMEOUT = 60.0
#: ``services.check.run_checks`` runs after every this many trials (see ``store_checks``).
FULL_CHECK_EVERY = 10


@dataclass(frozen=True)
class TrialPlan:
    """When to kill one trial's writer, and the seed of what it writes."""

    trial: int
    during_open: bool
    delay: float
    child_seed: int

    @classmethod
    def draw(cls, seed: int, workload: str, trial: int) -> TrialPlan:
        rng = random.Random(f"{seed}/{workload}/{trial}")
        during_open = rng.random() < DURING_OPEN
        delay = rng.uniform(0, MAX_OPEN_DELAY if during_open else MAX_DELAY[workload])
        return cls(trial, during_open, delay, rng.getrandbits(64))

    def describe(self) -> str:
        moment = "after the fork" if self.during_open else "after its first write"
        return f"killed {self.delay * 1000:.0f} ms {moment}"


@dataclass(frozen=True)
class Failure:
    """One trial whose store did not hold what it must."""

    workload: str
    seed: int
    plan: TrialPlan
    problems: list[str]
    evidence: str

    def __str__(self) -> str:
        head = (
            f"{self.workload} trial {self.plan.trial}, seed {self.seed} "
            f"(replay: CWD_CRASH_SEED={self.seed}), writer {self.plan.describe()}:"
        )
        return "\n".join([head, *(f"  - {p}" for p in self.problems), self.evidence])


@dataclass
class Summary:
    """The counts of one workload's trials."""

    workload: str
    seed: int
    trials: int = 0
    during_open: int = 0  # killed before the end of the writer's first write
    between_writes: int = 0
    committed: int = 0  # a write was in flight and the store has it
    rolled_back: int = 0  # a write was in flight and the store does not have it
    in_sync: int = 0  # a sync was in flight
    acked: int = 0  # acknowledged writes checked against the store
    resent: int = 0  # mutations a clean sync re-sent and the server had already applied
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def mid_write(self) -> int:
        """Kills that landed inside a write or a sync (between its intent and its ack)."""
        return self.committed + self.rolled_back + self.in_sync

    def line(self) -> str:
        """The counts in one line, for the test log and the closing note."""
        resent = f", {self.resent} re-sent mutations skipped" if self.workload == "sync" else ""
        syncs = f", {self.in_sync} in a sync" if self.workload == "sync" else ""
        return (
            f"crash harness [{self.workload}] seed {self.seed}: {self.trials} trials, "
            f"{len(self.failures)} failures; kills inside a write {self.mid_write} "
            f"({self.committed} committed, {self.rolled_back} rolled back{syncs}), "
            f"between writes {self.between_writes}, while opening/first write "
            f"{self.during_open}; {self.acked} acked writes verified{resent}; "
            f"{self.seconds:.1f} s"
        )


def _warm_imports() -> None:
    """Import in the fork server what the writers use, so no child pays for it."""
    import psycopg  # noqa: F401

    import cwd_desktop.services.check
    import cwd_desktop.services.stakeholder_import
    import cwd_desktop.services.surveys
    import cwd_desktop.sync.client
    import cwd_desktop.sync.pipeline
    import cwd_desktop.sync.server  # noqa: F401
    from cwd_desktop.domain import all_models

    all_models()


_BLANK: dict[Path, Path] = {}


def _blank_store(base: Path) -> Path:
    """A new store's file (migrated, TERYT loaded) without a device id, made once under ``base``.

    Creating a store costs about a second (migrations, the TERYT register);
    each workload starts from a copy, and gets its own device id on opening.
    """
    if base not in _BLANK:
        import sqlite3

        from cwd_desktop.config import DB_FILENAME
        from cwd_desktop.store import open_store
        from cwd_desktop.store.meta import DEVICE_KEY

        folder = base / "blank"
        open_store(folder).close()
        conn = sqlite3.connect(folder / DB_FILENAME)
        with conn:
            conn.execute("DELETE FROM local_meta WHERE key = ?", (DEVICE_KEY,))
        conn.close()
        _BLANK[base] = folder / DB_FILENAME
    return _BLANK[base]


def prepare(data_dir: Path, server: Server | None) -> Setup:
    """A store with one partnership and one consultation (synced, for the sync workload)."""
    from cwd_desktop.services.app import Services
    from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
    from cwd_desktop.store import open_store

    _warm_imports()
    blank = _blank_store(data_dir.parent.parent)
    shutil.copyfile(blank, data_dir / blank.name)
    store = open_store(data_dir)
    try:
        services = Services(store)
        pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
        consultation = services.records.create(
            "consultation",
            pid,
            {"held_on": "2026-03-02", "subject": "Projekt strategii ponadlokalnej"},
        )
        dsn = ""
        if server is not None:
            import psycopg

            from cwd_desktop.sync.client import synchronise
            from cwd_desktop.sync.server_schema import assign

            with psycopg.connect(server.admin_dsn, autocommit=True) as conn:
                assign(conn, ADVISOR, pid)
            synchronise(store, server.dsn)
            dsn = server.dsn
        return Setup(data_dir, pid, consultation, dsn)
    finally:
        store.close()


def _fork_and_kill(spec: ChildSpec, plan: TrialPlan) -> tuple[bool, int, str | None]:
    """Run one writer and SIGKILL it: (reached ready, wait status, problem)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the writer
        os.close(read_end)
        child_main(spec, write_end)
    os.close(write_end)
    ready, problem = False, None
    try:
        if plan.during_open:
            time.sleep(plan.delay)
        else:
            readable, _, _ = select.select([read_end], [], [], READY_TIMEOUT)
            ready = bool(readable) and os.read(read_end, 1) == b"r"
            if not ready:
                problem = "the writer did not get through its first write (exited or stuck)"
            time.sleep(plan.delay)
    finally:  # also when this process is interrupted: never leave a writer behind
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    if plan.during_open:
        os.set_blocking(read_end, False)
        with contextlib.suppress(BlockingIOError):
            ready = os.read(read_end, 1) == b"r"
    os.close(read_end)
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        problem = f"the writer exited by itself (wait status {status}) instead of being killed"
    return ready, status, problem


def _tail(path: Path, lines: int = 15) -> str:
    if not path.exists() or not path.stat().st_size:
        return ""
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def _evidence(spec: ChildSpec) -> str:
    journal = read_journal(spec.journal) if spec.journal.exists() else []
    shown = []
    for op, ack in journal[-3:]:
        brief = {k: v for k, v in op.items() if k != "rows"}
        shown.append(f"    {brief} -> {'ack ' + str(ack) if ack else 'NO ACK (in flight)'}")
    log = _tail(spec.log)
    return "\n".join(
        ["  last writes of the killed writer:", *shown]
        + ([f"  its log:\n{log}"] if log else [])
        + [f"  data folder: {spec.setup.data_dir}"]
    )


def _verify(
    spec: ChildSpec, model: Model, ready: bool, server: Server | None, full: bool
) -> tuple[Verdict, int]:
    """Open the killed writer's store and check it: (verdict, re-sent mutations)."""
    from cwd_desktop.services.check import run_checks
    from cwd_desktop.store import open_store

    journal = read_journal(spec.journal)
    try:
        store = open_store(spec.setup.data_dir)
    except Exception as exc:
        return Verdict([f"the store does not open: {exc}"]), 0
    try:
        problems = []
        if ready and not store.was_unclean:
            problems.append("open_store did not notice the unclean shutdown")
        problems += store_checks(store)
        if full:
            problems += [
                f"check {c.name} failed: {c.detail}" for c in run_checks(store) if not c.ok
            ]
        verdict = reconcile(model, journal, snapshot(store.reader(), spec.setup.partnership_id))
        verdict.problems[:0] = problems
        resent = 0
        if server is not None and not verdict.problems:
            sync_problems, resent = check_sync(store, server)
            verdict.problems += sync_problems
        return verdict, resent
    finally:
        store.close()


def run_workload(
    workload: str, trials: int, seed: int, base: Path, server: Server | None = None
) -> Summary:
    """``trials`` kills of ``workload`` writers on one data folder under ``base``."""
    if workload == "sync" and server is None:
        raise ValueError("the sync workload needs a server")
    server = server if workload == "sync" else None
    began = time.perf_counter()
    root = base / workload
    for folder in ("journals", "files", "data"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    setup = prepare(root / "data", server)
    model = Model()
    summary = Summary(workload, seed)
    gc.collect()
    gc.freeze()  # the writers share these objects' pages; a collection there would copy them
    for trial in range(trials):
        plan = TrialPlan.draw(seed, workload, trial)
        spec = ChildSpec(
            workload,
            setup,
            model,
            plan.child_seed,
            trial,
            root / "journals" / f"{trial:05d}.jsonl",
            root / "journals" / f"{trial:05d}.log",
            root / "files",
        )
        ready, _, problem = _fork_and_kill(spec, plan)
        full = trial % FULL_CHECK_EVERY == 0 or trial == trials - 1
        verdict, resent = _verify(spec, model, ready, server, full)
        if problem:
            verdict.problems.insert(0, problem)
        summary.trials += 1
        summary.acked += verdict.acked
        summary.resent += resent
        if not ready:
            summary.during_open += 1
        elif verdict.in_flight == "committed":
            summary.committed += 1
        elif verdict.in_flight == "rolled back":
            summary.rolled_back += 1
        elif verdict.in_flight == "sync":
            summary.in_sync += 1
        else:
            summary.between_writes += 1
        if verdict.problems:
            summary.failures.append(
                Failure(workload, seed, plan, verdict.problems, _evidence(spec))
            )
            break
        shutil.rmtree(root / "files")  # import files of this trial; the store has what it needs
        (root / "files").mkdir()
    summary.seconds = time.perf_counter() - began
    return summary


def run_parallel(
    jobs: dict[str, int], seed: int, base: Path, server: Server | None = None
) -> dict[str, Summary]:
    """Run several workloads at once, each in its own forked fork server; their summaries.

    The trials spend most of their time waiting (for the kill, for fsync),
    so on two CPUs the three workloads together take little longer than the
    slowest alone. Each workload still has one writer at a time and its own
    data folder and server rows (the sync workload alone uses the server).
    """
    _warm_imports()
    _blank_store(base)
    servers: dict[int, tuple[str, Path]] = {}
    for workload, trials in jobs.items():
        out = base / f"{workload}.summary"
        pid = os.fork()
        if pid == 0:  # a fork server for this workload only
            code = 1
            try:
                summary = run_workload(workload, trials, seed, base, server)
                out.write_bytes(pickle.dumps(summary))
                code = 0
            except BaseException:
                import traceback

                (base / f"{workload}.error").write_text(traceback.format_exc())
            finally:
                os._exit(code)
        servers[pid] = (workload, out)
    summaries: dict[str, Summary] = {}
    errors = []
    for pid, (workload, out) in servers.items():
        _, status = os.waitpid(pid, 0)
        if status == 0 and out.exists():
            summaries[workload] = pickle.loads(out.read_bytes())
        else:
            error = base / f"{workload}.error"
            detail = error.read_text() if error.exists() else f"wait status {status}"
            errors.append(f"the {workload} workload did not finish:\n{detail}")
    if errors:
        raise RuntimeError("\n".join(errors))
    return summaries
