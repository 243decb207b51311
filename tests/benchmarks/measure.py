"""What every benchmark shares: the result row and the timing of a child process.

Speed is measured, never asserted: a benchmark returns ``Result`` rows that
put each figure beside a reference measured in the same run, so a slow or
busy machine moves both and their ratio stays meaningful.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

PAINTED = "CWD_PAINTED"
MEASURED = "CWD_MEASURED"
SPAWNED = "CWD_SPAWNED"
SPAWN = Path(__file__).resolve().with_name("spawn.py")


class Skipped(Exception):
    """A benchmark that cannot run here yet (say, the feature does not exist)."""


class BenchmarkError(Exception):
    """A measured program failed, so there is no figure to report."""


@dataclass(frozen=True)
class Result:
    """One figure with its reference and its target.

    The target is either a ratio to the reference (``max_ratio``) or an
    absolute bound in the same unit (``max_value``); DESIGN.md gives each.
    """

    what: str
    measured: float
    unit: str
    reference: float | None = None
    max_ratio: float | None = None
    max_value: float | None = None

    @property
    def ratio(self) -> float | None:
        """measured / reference, when there is a reference."""
        if self.reference is None or self.reference <= 0:
            return None
        return self.measured / self.reference

    @property
    def target(self) -> str:
        """The target as DESIGN.md words it."""
        if self.max_ratio is not None:
            return f"≤ {self.max_ratio:g} ×"
        if self.max_value is not None and self.unit == "s":
            return f"≤ {self.max_value * 1000:g} ms"
        if self.max_value is not None:
            return f"≤ {self.max_value:g} {self.unit}"
        return "—"

    @property
    def met(self) -> bool | None:
        """Whether the target is met; None when there is no target."""
        if self.max_ratio is not None:
            ratio = self.ratio
            return None if ratio is None else ratio <= self.max_ratio
        if self.max_value is not None:
            return self.measured <= self.max_value
        return None


@dataclass(frozen=True)
class Run:
    """One start of a measured program."""

    elapsed: float  # seconds to the reported paint, or the time the program reported
    peak_rss_mib: float  # the program's own high-water mark (ru_maxrss)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def _last_fields(output: str, tag: str) -> list[str] | None:
    lines = [line.split() for line in output.splitlines() if line.startswith(tag + " ")]
    return lines[-1][1:] if lines else None


def _spawned(argv: Sequence[str], env: Mapping[str, str], timeout: float) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of ``argv`` run through ``spawn.py``.

    A program that has not exited after ``timeout`` seconds is killed (with
    the wrapper) and reported by its status.
    """
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            [sys.executable, str(SPAWN), *argv],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=dict(env),
            text=True,
            start_new_session=True,
        )
        watchdog = threading.Timer(timeout, _kill_group, (proc.pid,))
        watchdog.start()
        try:
            output, _ = proc.communicate()
        finally:
            watchdog.cancel()
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
    return proc.returncode, output, stderr


def painted_run(argv: Sequence[str], env: Mapping[str, str], timeout: float = 120.0) -> Run:
    """Start ``argv`` through ``spawn.py`` and time it to the ``CWD_PAINTED`` line it prints.

    The clock starts just before ``spawn.py`` starts the program, so the
    wrapper's own start-up is not counted. A program that has not exited
    after ``timeout`` seconds is killed (with the wrapper) and reported.
    """
    returncode, output, stderr = _spawned(argv, env, timeout)
    spawned = _last_fields(output, SPAWNED)
    painted = _last_fields(output, PAINTED)
    if returncode != 0 or spawned is None or painted is None:
        missing = "" if painted else f" without printing {PAINTED}"
        raise BenchmarkError(
            f"{' '.join(argv)} exited with {returncode}{missing}\n{stderr[-2000:]}"
        )
    return Run(float(painted[0]) - float(spawned[0]), int(spawned[1]) / 1024)


def measured_run(argv: Sequence[str], env: Mapping[str, str], timeout: float = 120.0) -> Run:
    """Run ``argv`` through ``spawn.py``; the time is the one it prints as ``CWD_MEASURED``.

    For work that a program times itself, leaving out its start-up (imports,
    setting up a store): it prints ``CWD_MEASURED <seconds>`` when done. The
    peak RSS is the whole program's, start-up included.
    """
    returncode, output, stderr = _spawned(argv, env, timeout)
    spawned = _last_fields(output, SPAWNED)
    measured = _last_fields(output, MEASURED)
    if returncode != 0 or spawned is None or measured is None:
        missing = "" if measured else f" without printing {MEASURED}"
        raise BenchmarkError(
            f"{' '.join(argv)} exited with {returncode}{missing}\n{stderr[-2000:]}"
        )
    return Run(float(measured[0]), int(spawned[1]) / 1024)
