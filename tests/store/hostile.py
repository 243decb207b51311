"""Helpers for the hostile-condition tests: damaged files, other processes, tiny disks.

A small tmpfs stands in for a full disk or a read-only mount when the tests
run as root (a container, CI); elsewhere those tests are skipped and the
fault-injection variants (SQLite's ``max_page_count``, ``chmod``) still run.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from cwd_desktop.config import DB_FILENAME
from cwd_desktop.store.store import MARKER_PREFIX

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dead_pid() -> int:
    """The id of a process that has already exited."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def mark_unclean(data_dir: Path) -> None:
    """Leave the open-marker of a process that died: the next open checks integrity."""
    (data_dir / f"{MARKER_PREFIX}{dead_pid()}").touch()


def damage(db: Path) -> int:
    """Overwrite a page in the middle of a SQLite file with garbage; return its offset.

    The file is not opened through SQLite, which would fold a -wal into it.
    """
    with db.open("rb") as handle:
        header = handle.read(100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = db.stat().st_size // page_size
    assert pages > 10
    offset = page_size * (pages // 2)
    with db.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xa5" * page_size)
    return offset


def live_names(db: Path) -> list[str]:
    """Short names of the live partnerships in a database file, sorted."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT short_name FROM partnership WHERE deleted_at IS NULL")
        return sorted(r[0] for r in rows)
    finally:
        conn.close()


def integrity(db: Path) -> str:
    """SQLite's verdict on a file."""
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


class Holder:
    """Another process that keeps the store (or a plain connection) open until stopped."""

    def __init__(self, script: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(script)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.strip() == "ready", line

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        """Let the process close what it holds and exit."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)


@contextmanager
def store_open_elsewhere(data_dir: Path) -> Iterator[Holder]:
    """Another process with the store open through ``open_store`` (a CLI command, a window)."""
    holder = Holder(
        f"""
        import sys
        from pathlib import Path
        from cwd_desktop.store import open_store
        store = open_store(Path({str(data_dir)!r}))
        store.reader().execute("SELECT count(*) FROM partnership").fetchone()
        print("ready", flush=True)
        sys.stdin.read()
        store.close()
        """
    )
    try:
        yield holder
    finally:
        holder.stop()


@contextmanager
def connection_open_elsewhere(data_dir: Path) -> Iterator[Holder]:
    """Another process with a bare SQLite connection to the store (no open-marker)."""
    holder = Holder(
        f"""
        import sqlite3, sys
        conn = sqlite3.connect({str(data_dir / DB_FILENAME)!r})
        conn.execute("SELECT count(*) FROM partnership").fetchone()
        print("ready", flush=True)
        sys.stdin.read()
        conn.close()
        """
    )
    try:
        yield holder
    finally:
        holder.stop()


@contextmanager
def write_lock_elsewhere(data_dir: Path) -> Iterator[Holder]:
    """Another process in the middle of a write transaction on the store."""
    holder = Holder(
        f"""
        import sqlite3, sys
        conn = sqlite3.connect({str(data_dir / DB_FILENAME)!r}, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("ready", flush=True)
        sys.stdin.read()
        conn.execute("ROLLBACK")
        conn.close()
        """
    )
    try:
        yield holder
    finally:
        holder.stop()


def _mount(*args: str) -> bool:
    done = subprocess.run(["mount", *args], capture_output=True, check=False)
    return done.returncode == 0


@contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at ``path`` (root only; the test is skipped otherwise)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    path.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)):
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


def remount_read_only(path: Path) -> None:
    """Make a tmpfs from ``tmpfs`` read-only (as a pendrive with its lock switch on)."""
    assert _mount("-o", "remount,ro", str(path)), "remount read-only failed"


def fill_disk(folder: Path) -> Path:
    """Write a filler file until the file system is full; return it (delete it to free space)."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 65536
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(chunk)
        except OSError:
            pass
    # Whatever a 64 KiB write could not take, single bytes take now.
    with filler.open("ab", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0")
        except OSError:
            pass
    return filler
