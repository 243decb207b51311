"""The child process of ``test_fuzz_office_readers``: read damaged XLS/ODS files, report each.

``python -m tests.fuzz.office_child FOLDER FIRST`` reads every file of FOLDER
from the FIRST (in name order) with each importer's reader, under a memory
limit, and prints one JSON line before (``"begin"``) and after each read. A
reader that exhausts memory aborts this process, not the test run; the
parent sees which read began and did not end, and starts a new child after it.
"""

from __future__ import annotations

import json
import resource
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Address space of the child: far more than any of these small files needs.
MEMORY_LIMIT = 2 << 30


def readers() -> dict[str, Callable[[Path], Any]]:
    from cwd_desktop.services.indicator_file import read_indicator_file
    from cwd_desktop.services.stakeholder_import import read_table
    from cwd_desktop.services.survey_import import parse_survey

    return {"stakeholders": read_table, "survey": parse_survey, "indicators": read_indicator_file}


def outcome(read: Callable[[Path], Any], path: Path) -> dict[str, Any]:
    """What one read did: ok, a UserError (checked), or a crash (known or not)."""
    from cwd_desktop.errors import UserError
    from tests.fuzz import known_bugs
    from tests.fuzz.harness import check_message

    try:
        read(path)
    except UserError as exc:
        try:
            check_message(exc)
        except known_bugs.KnownBug as hit:
            return {"outcome": "known", "bug": str(hit)}
        except AssertionError as bad:
            return {"outcome": "crash", "detail": f"bad message: {bad}"}
        return {"outcome": "user_error", "template": exc.template}
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        detail = f"{type(exc).__name__}: {exc}"[:500]
        try:
            known_bugs.check_crash(exc)
        except known_bugs.KnownBug as hit:
            return {"outcome": "known", "bug": str(hit)}
        except AssertionError:  # CWD_FUZZ_STRICT: a known bug counts as a crash
            pass
        return {"outcome": "crash", "detail": detail}
    return {"outcome": "ok"}


def main(folder: Path, first: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    table = readers()
    for index, path in enumerate(sorted(folder.iterdir())):
        if index < first:
            continue
        for name, read in table.items():
            print(json.dumps({"index": index, "reader": name, "begin": True}), flush=True)
            result = {"index": index, "reader": name, **outcome(read, path)}
            print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
