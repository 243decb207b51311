"""Running a risky reader in a child process that may die without taking the app along.

python-calamine aborts the process when an allocation fails, and a damaged
XLS can make it ask for gigabytes in ways no cheap check foresees
(``xls_guard`` catches the ones it knows). So on Linux an XLS or ODS file
is read in a forked child under an address-space limit (``RLIMIT_AS``): if
the reader exhausts it, only the child dies and the caller gets
``ChildDied``, which becomes one clear sentence. The child's answer comes
back pickled through a pipe.

A fork needs no new interpreter (fast, and it works in the frozen build);
the child only runs the reader on bytes it already has, with the garbage
collector off (no finalizer of an inherited object, such as a database
connection, may run there), and leaves with ``os._exit``. Elsewhere
(Windows, macOS: no fork or no enforced limit) ``available()`` is false and
the caller reads in-process after the checks.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import os
import pickle
import signal
import sys
import warnings
from collections.abc import Callable
from typing import Any, NoReturn

if sys.platform.startswith("linux"):
    import resource  # imported here: a forked child must import nothing (a lock may be held)

#: Memory the child may map on top of what it inherits from the parent.
MEMORY_BUDGET = 2 << 30


class ChildDied(Exception):
    """The child ended without an answer: out of memory (an abort) or killed."""


def available() -> bool:
    """Whether readers can be isolated here (Linux: fork and an enforced RLIMIT_AS)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def call(function: Callable[..., Any], *args: Any) -> Any:
    """``function(*args)`` computed in a forked, memory-limited child; its result.

    ``function`` should catch its own errors and say what happened in its
    result: an exception in the child, like its death, is ``ChildDied``.
    """
    read_end, write_end = os.pipe()
    try:
        with warnings.catch_warnings():  # Python 3.12+ warns that threads and fork mix badly
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError as exc:  # no memory or no process left for a child
        os.close(read_end)
        os.close(write_end)
        raise ChildDied(str(exc)) from exc
    if pid == 0:
        _child(read_end, write_end, function, args)
    os.close(write_end)
    waited = False
    try:
        with os.fdopen(read_end, "rb") as answer:
            payload = answer.read()
        _, status = os.waitpid(pid, 0)
        waited = True
    finally:
        if not waited:  # interrupted while waiting: the child must not outlive the call
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    if status != 0 or not payload:
        raise ChildDied(f"the child ended with status {os.waitstatus_to_exitcode(status)}")
    return pickle.loads(payload)


def _child(read_end: int, write_end: int, function: Callable[..., Any], args: Any) -> NoReturn:
    """The child's whole life: limit, compute, answer, exit (never returns)."""
    code = 1
    try:
        os.close(read_end)
        gc.disable()
        faulthandler.disable()  # an abort here is expected: no traceback dump on stderr
        _limit_memory()
        payload = pickle.dumps(function(*args), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(payload)
        while view:
            view = view[os.write(write_end, view) :]
        code = 0
    except BaseException:  # any failure is the parent's ChildDied
        code = 1
    finally:
        os._exit(code)


def _limit_memory() -> None:
    """Cap the child's address space at what it has now plus ``MEMORY_BUDGET``; no core
    file when the reader aborts (a crash report for the app would alarm the user)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    with open("/proc/self/statm", "rb") as statm:  # bytes: no codec to look up (import)
        mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = mapped + MEMORY_BUDGET
    for existing in (soft, hard):
        if existing != resource.RLIM_INFINITY:
            limit = min(limit, existing)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
