"""Crash safety at length: 1,000 writers SIGKILLed during entry, import and sync.

``make test`` runs 200 trials of the same harness (``tests/crash``; its
docstrings say what is checked after every kill). Here the three workloads
run 1,000 trials together against a throw-away PostgreSQL. These are counts,
not timings: the one target is zero failures. The seed is
``CWD_CRASH_SEED`` when set, else a new one each run (shown in the table),
so every ``make bench`` explores other kill moments; a failure is printed
in full on stderr with the seed that replays its schedule.
"""

from __future__ import annotations

import contextlib
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.benchmarks.generate import Dataset
    from tests.benchmarks.measure import Result

TRIALS = {"entry": 550, "import": 275, "sync": 175}
RUNS = 1


def run(dataset: Dataset | None = None, runs: int = RUNS) -> list[Result]:
    """The harness's counts over ``TRIALS``; ``runs`` is ignored (one long run)."""
    from tests.benchmarks.measure import Result
    from tests.crash.checks import crash_server
    from tests.crash.harness import run_parallel
    from tests.pg_server import find_pg_bin, running_postgres

    del dataset, runs
    seed = int(os.environ.get("CWD_CRASH_SEED") or random.SystemRandom().randrange(10**6))
    bindir = find_pg_bin()
    jobs = {w: n for w, n in TRIALS.items() if w != "sync" or bindir is not None}
    with contextlib.ExitStack() as stack:
        base = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="cwd-bench-crash-")))
        server = None
        if bindir is not None:
            super_dsn = stack.enter_context(running_postgres(bindir))
            server = stack.enter_context(crash_server(super_dsn))
        done = run_parallel(jobs, seed, base, server)
    for summary in done.values():
        print(summary.line(), file=sys.stderr)
        for failure in summary.failures:
            print(failure, file=sys.stderr)
    total = sum(s.trials for s in done.values())
    parts = ", ".join(f"{s.workload} {s.trials}" for s in done.values())
    rows = [
        Result(f"crash harness, seed {seed}: trials ({parts})", total, "trials"),
        Result(
            "  kills inside a write or sync (intent journaled, no ack)",
            sum(s.mid_write for s in done.values()),
            "kills",
        ),
        Result(
            "  acknowledged writes verified after kills",
            sum(s.acked for s in done.values()),
            "writes",
        ),
        Result(
            "  failures (store unopenable, a check failed, an acked write lost)",
            sum(len(s.failures) for s in done.values()),
            "failures",
            max_value=0,
        ),
        Result("  wall time of the slowest workload", max(s.seconds for s in done.values()), "s"),
    ]
    if "sync" in done:
        rows.insert(
            3,
            Result(
                "  mutations re-sent after a kill that the server had applied",
                done["sync"].resent,
                "mutations",
            ),
        )
    else:
        rows.append(Result("  sync workload skipped: PostgreSQL is not installed", 0, "trials"))
    return rows
