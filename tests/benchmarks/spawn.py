"""Run a command and report when it started and its own peak RSS: ``spawn.py CMD …``.

Why a separate small process: on Linux a child's ``ru_maxrss`` starts from
the memory of the process that forked it (Python's ``subprocess`` uses vfork,
so the whole parent's high-water mark counts). Spawned from the benchmark
runner, which holds the data set and the earlier benchmarks' garbage, a bare
window "used" 98 MiB instead of 74. This script is a fresh ~10 MiB
interpreter, so what ``wait4`` reports is the command's own peak.

It prints ``CWD_SPAWNED <time.time() before Popen> <peak RSS in KiB>`` after
the command's own output, and exits with the command's status.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def main(argv: list[str]) -> int:
    """Run ``argv`` with inherited stdio; report start time and peak RSS."""
    began = time.time()
    proc = subprocess.Popen(argv)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    print(f"CWD_SPAWNED {began!r} {usage.ru_maxrss}", flush=True)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
