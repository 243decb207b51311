"""Shared fixtures: a real SQLite store in a temporary data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cwd_desktop.services.app import Services
from cwd_desktop.store import Store, open_store
from tests.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data or log folders."""
    monkeypatch.setenv("CWD_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("CWD_LOG_DIR", str(tmp_path / "logs"))


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring per test: the OS keyring is never touched, and CI has none."""
    import keyring

    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """A freshly created store on a real SQLite file."""
    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def services(store: Store) -> Services:
    """The service container on the test store."""
    return Services(store)
