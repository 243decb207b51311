"""Crash safety, proven: the writer is SIGKILLed at random moments during entry, import and sync.

200 trials in all (``TRIALS``); ``make bench`` runs 1,000 (``tests/benchmarks/crash.py``).
After every kill the store opens, passes ``PRAGMA integrity_check`` and the
other checks of ``cwd-desktop check``, holds every acknowledged write, and
its outbox matches its rows; after a sync kill, a clean sync makes the
server and the store agree. The three workloads run at once (one fork
server each); their counts appear in the "crash harness" section of the
terminal summary, also with ``-q``. Replay a failure with the seed it names:
``CWD_CRASH_SEED=<seed> pytest tests/crash``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.crash.checks import Server, crash_server
from tests.crash.conftest import SUMMARIES
from tests.crash.harness import Summary, run_parallel

SEED = int(os.environ.get("CWD_CRASH_SEED", "7"))
TRIALS = {"entry": 110, "import": 60, "sync": 30}
NO_POSTGRES = "PostgreSQL server binaries not found; run `scripts/system-deps.sh test`"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server() -> Iterator[Server | None]:
    """One PostgreSQL cluster and database for every sync trial; None if there is none."""
    from tests.pg_server import find_pg_bin, running_postgres

    bindir = find_pg_bin()
    if bindir is None and os.environ.get("CWD_REQUIRE_POSTGRES"):
        pytest.fail("PostgreSQL (initdb, pg_ctl) is missing although `make test` installs it")
    if bindir is None:
        yield None
        return
    with running_postgres(bindir) as super_dsn, crash_server(super_dsn) as made:
        yield made


@pytest.fixture(scope="module")
def summaries(
    tmp_path_factory: pytest.TempPathFactory,
    server: Server | None,
    request: pytest.FixtureRequest,
) -> dict[str, Summary]:
    """Every workload's trials, run at once; their counts go to the terminal summary."""
    jobs = {w: n for w, n in TRIALS.items() if w != "sync" or server is not None}
    done = run_parallel(jobs, SEED, tmp_path_factory.mktemp("crash"), server)
    request.config.stash.setdefault(SUMMARIES, []).extend(done.values())
    return done


def _checked(workload: str, summaries: dict[str, Summary]) -> Summary:
    if workload not in summaries:
        pytest.skip(NO_POSTGRES)
    summary = summaries[workload]
    assert not summary.failures, "\n\n".join(str(f) for f in summary.failures)
    assert summary.trials == TRIALS[workload]
    # The harness proves something only if its kills hit writes and it checked acked ones.
    assert summary.mid_write > 0 and summary.acked > 0, summary.line()
    return summary


def test_killed_during_fast_entry_the_store_keeps_every_saved_edit(
    summaries: dict[str, Summary],
) -> None:
    _checked("entry", summaries)


def test_killed_during_imports_each_import_is_whole_or_absent(
    summaries: dict[str, Summary],
) -> None:
    _checked("import", summaries)


def test_killed_during_sync_a_clean_sync_makes_server_and_store_agree(
    summaries: dict[str, Summary],
) -> None:
    summary = _checked("sync", summaries)
    assert summary.in_sync > 0, summary.line()
