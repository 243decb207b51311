"""``cwd-desktop export implementation-report|recommendations --partnership P -o FILE.docx``.

Run as a user runs it: the installed ``cwd-desktop`` program in a fresh
process (no display: the charts are drawn offscreen), on a data folder
holding PGZB's implementation history.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cwd_desktop.services.app import Services
from cwd_desktop.store import open_store
from tests.exports.docx_check import reopen, table_texts
from tests.exports.implementation_data import HALINA, ROAD, implementation_history
from tests.test_cli import assert_one_sentence


def program() -> list[str]:
    """The installed console script next to this Python, else ``python -m cwd_desktop``."""
    script = Path(sys.executable).parent / "cwd-desktop"
    return [str(script)] if script.exists() else [sys.executable, "-m", "cwd_desktop"]


def cwd_desktop(data_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the CLI must find the offscreen platform itself
    return subprocess.run(
        [*program(), "--data-dir", str(data_dir), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


@pytest.fixture
def filled(data_dir: Path) -> Path:
    store = open_store(data_dir)
    try:
        implementation_history(Services(store))
    finally:
        store.close()
    return data_dir


def test_implementation_report_from_the_command_line(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "raport z realizacji.docx"
    done = cwd_desktop(
        filled, "export", "implementation-report", "--partnership", "PGZB", "-o", str(target)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Zapisano {target} (wersja ")
    document = reopen(target)
    assert len(document.inline_shapes) == 2
    projects = next(t for t in table_texts(document) if t[0][:2] == ["Nr", "Projekt"])
    assert projects[1][1] == ROAD
    store = open_store(filled)
    try:
        kinds = [r[0] for r in store.reader().execute("SELECT kind FROM document_version")]
    finally:
        store.close()
    assert kinds == ["implementation-report"]


def test_recommendations_from_the_command_line(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "rekomendacje.docx"
    done = cwd_desktop(
        filled, "export", "recommendations", "--partnership", "PGZB", "-o", str(target)
    )
    assert done.returncode == 0, done.stderr
    document = reopen(target)
    texts = [p.text for p in document.paragraphs]
    assert "3. Rekomendacje" in texts
    assert not any(HALINA in t for t in texts)
    assert len(document.inline_shapes) == 2


def test_an_unknown_partnership_is_one_sentence(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "raport.docx"
    done = cwd_desktop(
        filled, "export", "implementation-report", "--partnership", "XYZ", "-o", str(target)
    )
    assert done.returncode == 1
    assert "XYZ" in assert_one_sentence(done.stderr)
    assert not target.exists()
