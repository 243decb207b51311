"""The crash harness's counts, reported at the end of the run whatever the verbosity."""

from __future__ import annotations

import pytest

from tests.crash.harness import Summary

#: Summaries of the workloads run in this session, in the order they finished.
SUMMARIES = pytest.StashKey[list[Summary]]()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    done = terminalreporter.config.stash.get(SUMMARIES, [])
    if not done:
        return
    terminalreporter.section("crash harness")
    for summary in done:
        terminalreporter.write_line(summary.line())
    trials = sum(s.trials for s in done)
    failures = sum(len(s.failures) for s in done)
    parts = ", ".join(f"{s.workload} {s.trials}" for s in done)
    terminalreporter.write_line(f"total: {trials} trials ({parts}), {failures} failures")
