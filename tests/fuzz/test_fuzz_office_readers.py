"""Fuzzing the XLS and ODS readers with damaged bytes, in a memory-limited child process.

python-calamine trusts the sizes an XLS file states: a damaged one could make
it ask for gigabytes and abort (or be killed), taking the test run with it
(the readers now check those sizes first and read XLS and ODS in a child of
their own). So Hypothesis only writes the damaged files here; a child process
(``office_child.py``) reads each with the three importers' readers under a
2 GiB limit and reports every read. A child that dies is replaced, and the
read it died in is a failure, a memory abort included. The importers'
store-level property is covered in-process by the other fuzzers, which use
these seeds undamaged.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given

from tests.fuzz.harness import Tally, fuzz_settings, report
from tests.fuzz.strategies import SEEDS, FuzzFile, office_files

EXAMPLES = 300
ROOT = Path(__file__).resolve().parents[2]
#: A child that reads for longer than this has hung.
CHILD_TIMEOUT = 120


def read_all(folder: Path, count: int, tally: Tally) -> list[str]:
    """Read every file in children; count the outcomes; the failures, described."""
    failures: list[str] = []
    first = 0
    while first < count:
        try:
            done = subprocess.run(
                [sys.executable, "-m", "tests.fuzz.office_child", str(folder), str(first)],
                capture_output=True,
                text=True,
                timeout=CHILD_TIMEOUT,
                cwd=ROOT,
            )
            stdout, stderr, died = done.stdout, done.stderr, done.returncode != 0
        except subprocess.TimeoutExpired as expired:
            stdout = expired.stdout.decode() if isinstance(expired.stdout, bytes) else ""
            stderr, died = "timeout", True
        begun = None
        for line in stdout.splitlines():
            event = json.loads(line)
            if event.get("begin"):
                begun = event
                continue
            begun = None
            if event["outcome"] == "ok":
                tally.imported += 1
            elif event["outcome"] == "user_error":
                tally.refused += 1
                tally.messages[event["template"]] += 1
            elif event["outcome"] == "known":
                tally.known[event["bug"]] += 1
            else:
                failures.append(f"file {event['index']}, {event['reader']}: {event['detail']}")
        if not died:
            break
        if begun is None:  # died before reading anything: the child itself is broken
            failures.append(f"the child process failed: {stderr[-1000:]}")
            break
        where = f"file {begun['index']}, {begun['reader']}"
        if "memory allocation of" in stderr or "MemoryError" in stderr:
            failures.append(f"{where}: the reader exhausted the memory")
        else:
            failures.append(f"{where}: the child died ({stderr[-300:]!r})")
        first = begun["index"] + 1
    return failures


def test_damaged_xls_and_ods_files_give_a_clear_error_or_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    seeds = sorted(p for p in SEEDS.iterdir() if p.suffix in (".xls", ".ods"))
    recipes: list[str] = []

    @fuzz_settings(EXAMPLES)
    @given(file=office_files(seeds))
    def write(file: FuzzFile) -> None:
        index = len(recipes)
        recipes.append(file.recipe)
        (folder / f"{index:05d}{Path(file.name).suffix}").write_bytes(file.data)

    write()
    tally = Tally("XLS/ODS readers (3 a file, child process)", success="read")
    failures = read_all(folder, len(recipes), tally)

    described = [f"{f} [{recipes[int(f.split(',')[0].split()[-1])]}]" for f in failures]
    assert not failures, "\n".join(described)
    report(capsys, tally)
