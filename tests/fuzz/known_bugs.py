"""Bugs the fuzzers found that are not fixed yet, each reproduced in ``test_fuzz_regressions.py``.

An example that hits one of them counts as a known-bug hit (printed in the
tally line) instead of failing, so the fuzzers keep guarding everything else
meanwhile. Each entry is narrow: the exact exception and where it comes
from. When a bug is fixed, its strict xfail reproducer starts passing (and
fails the run): remove the ``xfail`` mark there and the entry here.
``CWD_FUZZ_STRICT=1`` turns every hit into a failure, to check a fix.
"""

from __future__ import annotations

import os
import re
import traceback
import zlib
from collections.abc import Callable

from cwd_desktop.errors import BugError, UserError

STRICT = os.environ.get("CWD_FUZZ_STRICT") == "1"
#: A reader that made the child process of ``test_fuzz_office_readers`` run out of memory.
MEMORY_ABORT = "test_a_damaged_xls_does_not_exhaust_memory"


class KnownBug(Exception):
    """An example hit the known bug named by the argument (its regression test's name)."""


def hit(name: str, detail: str) -> None:
    """Record a hit of the known bug ``name`` (a failure in strict mode)."""
    if STRICT:
        raise AssertionError(f"known bug {name}: {detail}")
    raise KnownBug(name)


def _panic(exc: BaseException) -> bool:
    """A Rust panic inside python-calamine (``pyo3_runtime.PanicException``)."""
    return type(exc).__name__ == "PanicException"


def _raised_in(exc: BaseException, module: str, function: str) -> bool:
    """Whether ``exc`` was raised inside ``function`` of ``module`` (a path ending)."""
    frames = traceback.extract_tb(exc.__traceback__)
    return any(f.filename.endswith(module) and f.name == function for f in frames)


def _corrupt_deflate(exc: BaseException) -> bool:
    return isinstance(exc, (zlib.error, EOFError)) and _raised_in(
        exc, "survey_import/stream.py", "open"
    )


def _nan_value(exc: BaseException) -> bool:
    return isinstance(exc, BugError) and "NOT NULL constraint failed: indicator_value" in str(exc)


def _overflow(message: str) -> Callable[[BaseException], bool]:
    """An OverflowError saying ``message``, raw or wrapped by SQLAlchemy."""

    def matches(exc: BaseException) -> bool:
        cause = getattr(exc, "orig", None) or exc
        return isinstance(cause, OverflowError) and message in str(cause)

    return matches


def _not_a_boolean(exc: BaseException) -> bool:
    """SQLAlchemy refusing a Boolean column's value (``2``, ``"yes"``) as it binds it."""
    cause = getattr(exc, "orig", None)
    return isinstance(cause, (TypeError, ValueError)) and (
        "Not a boolean value" in str(cause) or "is not None, True, or False" in str(cause)
    )


#: (the regression test's name, does this crash match it).
CRASHES: list[tuple[str, Callable[[BaseException], bool]]] = [
    ("test_a_corrupt_deflate_stream_in_a_survey_xlsx_is_a_clear_error", _corrupt_deflate),
    ("test_a_panic_in_calamine_is_a_clear_error", _panic),
    ("test_a_nan_number_cell_in_an_indicator_xlsx_is_a_clear_error", _nan_value),
    (
        "test_a_bundle_integer_beyond_sqlite_is_a_clear_error",
        _overflow("too large to convert to SQLite INTEGER"),
    ),
    (
        "test_a_bundle_integer_too_big_for_a_float_column_is_a_clear_error",
        _overflow("int too large to convert to float"),
    ),
    ("test_a_bundle_timestamp_at_the_end_of_time_is_a_clear_error", _overflow("out of range")),
    ("test_a_bundle_boolean_that_is_no_boolean_is_a_clear_error", _not_a_boolean),
]


def check_crash(exc: BaseException) -> None:
    """Count ``exc`` as a hit when it is a known crash (the caller re-raises it otherwise)."""
    for name, matches in CRASHES:
        if matches(exc):
            hit(name, f"{type(exc).__name__}: {exc}")


_BREAK = re.compile(r"[\r\n]")


def check_bundle_message(error: UserError) -> None:
    """A bundle row without a required value is reported as a duplicate: a known bug."""
    reason = str(error.params.get("reason", ""))
    if "powiela rekord" in error.template and not reason.startswith("UNIQUE"):
        hit("test_a_bundle_row_without_a_required_value_is_not_called_a_duplicate", str(error))


def check_message_break(error: UserError) -> None:
    """A line break in a message that comes from a value of the file is a known bug."""
    from_file = any(_BREAK.search(str(v)) for v in error.params.values())
    if from_file and not _BREAK.search(error.template):
        hit("test_a_line_break_in_a_cell_splits_the_message", repr(str(error)))
