"""Start-up: time to a painted main window on the full data set, and its peak memory.

DESIGN.md targets: start-up ≤ 3 × a bare PySide6 window; peak memory with
the full data set open ≤ 250 MiB. The bare window (``bare_window.py``) is
the reference for both, measured in the same run. Runs alternate bare, app,
bare, app… after one warm-up pair (disk cache, ``.pyc`` files), so that a
burst of load on this shared machine hits both sides; medians are reported.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.generate import Dataset, cached
from tests.benchmarks.measure import Result, Run, Skipped, painted_run

BARE_WINDOW = Path(__file__).resolve().with_name("bare_window.py")
RUNS = 7


def _env(log_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", CWD_EXIT_AFTER_PAINT="1", CWD_LOG_DIR=str(log_dir))
    return env


def app_command(data_dir: Path) -> list[str]:
    """The GUI as a user starts it, on ``data_dir``."""
    return [sys.executable, "-m", "cwd_desktop", "--data-dir", str(data_dir)]


def bare_command() -> list[str]:
    """The reference window."""
    return [sys.executable, str(BARE_WINDOW)]


def measure(
    app: list[str], bare: list[str], env: dict[str, str], runs: int = RUNS
) -> tuple[list[Run], list[Run]]:
    """(app runs, bare runs): one discarded warm-up pair, then ``runs`` interleaved pairs."""
    app_runs: list[Run] = []
    bare_runs: list[Run] = []
    for i in range(runs + 1):
        bare_run = painted_run(bare, env)
        app_run = painted_run(app, env)
        if i > 0:
            bare_runs.append(bare_run)
            app_runs.append(app_run)
    return app_runs, bare_runs


def results(app_runs: list[Run], bare_runs: list[Run], label: str) -> list[Result]:
    """The start-up row (medians) and the peak-memory row (highest of the runs)."""
    return [
        Result(
            f"start-up to painted main window, {label}",
            statistics.median(r.elapsed for r in app_runs),
            "s",
            reference=statistics.median(r.elapsed for r in bare_runs),
            max_ratio=3.0,
        ),
        Result(
            f"peak RSS of the app, {label}",
            max(r.peak_rss_mib for r in app_runs),
            "MiB",
            reference=max(r.peak_rss_mib for r in bare_runs),
            max_value=250.0,
        ),
    ]


def run(dataset: Dataset | None = None, runs: int = RUNS) -> list[Result]:
    """Measure on a copy of ``dataset`` (default: the cached full data set).

    One copy serves every run: the app may write to its data folder
    (settings, backups), and the cache must stay as generated.
    """
    if importlib.util.find_spec("cwd_desktop.ui.app") is None:
        raise Skipped("the main window (cwd_desktop.ui.app) does not exist yet")
    dataset = dataset or cached()
    with tempfile.TemporaryDirectory(prefix="cwd-bench-startup-") as tmp:
        data_dir = Path(tmp) / "data"
        shutil.copytree(dataset.data_dir, data_dir)
        env = _env(Path(tmp) / "logs")
        app_runs, bare_runs = measure(app_command(data_dir), bare_command(), env, runs)
    return results(app_runs, bare_runs, dataset.label)
