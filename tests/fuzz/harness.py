"""The fuzzing property shared by every importer: one outcome, a time limit, store deltas.

Each test keeps ONE store for all its examples (a store per example would
cost more than the import), so "nothing changed" and "exactly what it says"
are judged by counting rows before and after each example.
"""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, Phase, settings

from cwd_desktop.errors import UserError
from cwd_desktop.store import Store
from tests.fuzz import known_bugs

T = TypeVar("T")

#: Seconds an import of a small file may take before it counts as a hang. Generous: the
#: machine running the tests may be busy; a real hang never finishes.
TIME_LIMIT = 15.0
#: ``CWD_FUZZ_SCALE=10`` runs ten times as many examples (a long local run);
#: ``CWD_FUZZ_RANDOM=1`` draws new examples instead of the fixed, reproducible ones.
SCALE = float(os.environ.get("CWD_FUZZ_SCALE", "1"))
RANDOM = os.environ.get("CWD_FUZZ_RANDOM") == "1"
#: ``CWD_FUZZ_VERBOSE=1`` also prints how often each error message came up.
VERBOSE = os.environ.get("CWD_FUZZ_VERBOSE") == "1"


def fuzz_settings(examples: int) -> settings:
    """Reproducible in CI (derandomized, no example database), no deadline (see TIME_LIMIT)."""
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        derandomize=not RANDOM,
        database=None,
        deadline=None,
        print_blob=True,
        phases=(Phase.explicit, Phase.generate, Phase.shrink),
        suppress_health_check=list(HealthCheck),
    )


class Hang(BaseException):
    """Raised in the importer when the time limit is up.

    A ``BaseException``, so the importers' ``except Exception`` (which turns
    a reader's failure into a UserError) cannot disguise a hang as an error.
    """


@contextmanager
def time_limit(seconds: float = TIME_LIMIT) -> Iterator[None]:
    """Interrupt the block with ``Hang`` after ``seconds`` (SIGALRM: main thread, POSIX)."""

    def expire(signum: int, frame: Any) -> None:
        raise Hang(f"no outcome after {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def attempt(call: Callable[[], T]) -> tuple[T | None, UserError | None]:
    """(result, None) or (None, the UserError); anything else fails the example.

    A crash that is a known bug (``known_bugs.CRASHES``) is counted as a hit of it.
    """
    try:
        with time_limit():
            try:
                return call(), None
            except UserError as exc:
                return None, exc
    except Hang as exc:
        raise AssertionError(f"the importer hung: {exc}") from exc
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a Rust panic in python-calamine is no Exception
        known_bugs.check_crash(exc)
        raise


def check_message(error: UserError) -> None:
    """One clear sentence: not empty, one line, no traceback or object dump."""
    message = str(error)
    assert message.strip(), "a UserError without a message"
    assert len(message.splitlines()) == 1, f"more than one line: {message!r}"
    for leak in ("Traceback", 'File "', " object at 0x", "Error(", "Exception("):
        assert leak not in message, f"internals in the message: {message!r}"
    assert error.render() == message


# -- the store --------------------------------------------------------------------------------


def counts(store: Store, tables: list[str]) -> dict[str, int]:
    """Rows per table (tombstones included: a tombstone is a change too) and the outbox."""
    conn = store.reader()
    found = {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}
    found["outbox"] = int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])
    return found


def last_outbox_seq(store: Store) -> int:
    """The newest outbox entry's number (0 when empty): entries after it are new."""
    row = store.reader().execute("SELECT coalesce(max(seq), 0) FROM outbox").fetchone()
    return int(row[0])


def new_outbox(store: Store, since: int) -> Counter[tuple[str, str]]:
    """(table, op) of the outbox entries added after ``since``."""
    rows = (
        store.reader()
        .execute("SELECT table_name, op FROM outbox WHERE seq > ?", (since,))
        .fetchall()
    )
    return Counter((str(t), str(op)) for t, op in rows)


def delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    """What changed, table by table (unchanged tables left out)."""
    return {t: after[t] - before[t] for t in after if after[t] != before.get(t)}


def run_example(
    tally: Tally,
    store: Store,
    tables: list[str],
    call: Callable[[], T],
    verify: Callable[[T, dict[str, int], Counter[tuple[str, str]]], None],
    judge: Callable[[UserError], None] | None = None,
) -> None:
    """One example: the import, then the property on its outcome and the store.

    ``verify(result, changed rows per table, new outbox entries)`` judges a
    returned import; a UserError must have left ``tables`` and the outbox as
    they were (so must a known crash), and ``judge`` may look closer at it.
    """
    before, seq = counts(store, tables), last_outbox_seq(store)
    started = time.perf_counter()
    with tally.example():
        try:
            result, error = attempt(call)
        except known_bugs.KnownBug:
            changed = delta(before, counts(store, tables))
            assert changed == {}, f"a known crash, and the store changed: {changed}"
            raise
        tally.slowest = max(tally.slowest, time.perf_counter() - started)
        changed = delta(before, counts(store, tables))
        if error is not None:
            assert changed == {}, f"refused ({error}) but the store changed: {changed}"
            check_message(error)
            if judge is not None:
                judge(error)
            tally.refuse(error)
            return
        verify(result, changed, new_outbox(store, seq))  # type: ignore[arg-type]
        tally.imported += 1


# -- reporting --------------------------------------------------------------------------------


@dataclass
class Tally:
    """How the examples of one importer ended, for the line in the CI log."""

    importer: str
    imported: int = 0
    refused: int = 0
    messages: Counter[str] = field(default_factory=Counter)
    samples: dict[str, str] = field(default_factory=dict)  # template -> first message
    known: Counter[str] = field(default_factory=Counter)
    slowest: float = 0.0  # seconds, for the verbose report only (no assertion on time)
    success: str = "imported"  # what a good outcome is called in the line

    @contextmanager
    def example(self) -> Iterator[None]:
        """Around one example's checks: a known-bug hit ends it and is counted."""
        try:
            yield
        except known_bugs.KnownBug as hit:
            self.known[str(hit)] += 1

    def refuse(self, error: UserError) -> None:
        self.refused += 1
        self.messages[error.template] += 1
        self.samples.setdefault(error.template, str(error))

    def line(self) -> str:
        hits = sum(self.known.values())
        known = f", {hits} hits of known bugs ({', '.join(sorted(self.known))})" if hits else ""
        return (
            f"fuzz {self.importer}: {self.imported + self.refused + hits} examples, "
            f"{self.imported} {self.success}, {self.refused} clear errors "
            f"({len(self.messages)} distinct messages), 0 failures{known}"
        )


def report(capsys: pytest.CaptureFixture[str], tally: Tally) -> None:
    """Print the tally past pytest's capture, so it shows in the CI log."""
    with capsys.disabled():
        print(f"\n{tally.line()}")
        if VERBOSE:
            print(f"  slowest example: {tally.slowest:.2f} s")
            for template, n in tally.messages.most_common():
                print(f"  {n:5d}  {tally.samples.get(template, template)[:300]}")
