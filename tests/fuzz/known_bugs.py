"""Bugs the fuzzers found that are not fixed yet, each reproduced in ``test_fuzz_regressions.py``.

None is open now; the mechanism stays for the next one.

An example that hits one of them counts as a known-bug hit (printed in the
tally line) instead of failing, so the fuzzers keep guarding everything else
meanwhile. Each entry is narrow: the exact exception and where it comes
from. When a bug is fixed, its strict xfail reproducer starts passing (and
fails the run): remove the ``xfail`` mark there and the entry here.
``CWD_FUZZ_STRICT=1`` turns every hit into a failure, to check a fix.
"""

from __future__ import annotations

import os
from collections.abc import Callable

STRICT = os.environ.get("CWD_FUZZ_STRICT") == "1"


class KnownBug(Exception):
    """An example hit the known bug named by the argument (its regression test's name)."""


def hit(name: str, detail: str) -> None:
    """Record a hit of the known bug ``name`` (a failure in strict mode)."""
    if STRICT:
        raise AssertionError(f"known bug {name}: {detail}")
    raise KnownBug(name)


#: (the regression test's name, does this crash match it).
CRASHES: list[tuple[str, Callable[[BaseException], bool]]] = [
    # Every bug the fuzzers found so far is fixed; a new one gets an entry here
    # (its name, a narrow matcher) while its strict-xfail reproducer waits for the fix.
]


def check_crash(exc: BaseException) -> None:
    """Count ``exc`` as a hit when it is a known crash (the caller re-raises it otherwise)."""
    for name, matches in CRASHES:
        if matches(exc):
            hit(name, f"{type(exc).__name__}: {exc}")
