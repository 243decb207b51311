"""Automatic backups: once a day, rotated to the configured count, self-contained files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import Store
from cwd_desktop.store.backup import backup_infos, backup_name, list_backups
from tests.store.hostile import live_names

DEMO = sorted(["MOF Bolesławiec", "PGZB", "PZŁ"])


def fill(store: Store) -> None:
    """The three demo partnerships (without the rest of the demo programme: fast)."""
    services = Services(store)
    for data in DEMO_PARTNERSHIPS:
        services.partnerships.create(data)


def backup_from(store: Store, days_ago: int, reason: str = "daily") -> Path:
    """A real backup of the store, named as if it had been made ``days_ago`` days ago."""
    made = store.backup("manual")
    old = made.with_name(backup_name(reason, datetime.now() - timedelta(days=days_ago)))
    made.rename(old)
    return old


def test_daily_backup_is_made_once_a_day(store: Store) -> None:
    """The first start of the day makes a 'daily' backup; later starts that day do not."""
    fill(store)

    first = store.daily_backup()
    second = store.daily_backup()

    assert first is not None and first.name.endswith("-daily.sqlite3")
    assert second is None
    assert list_backups(store.backup_dir) == [first]
    assert live_names(first) == DEMO


def test_a_backup_made_today_counts_as_the_days_backup(store: Store) -> None:
    """After a manual backup this morning, no second copy is made for the day."""
    manual = store.backup("manual")

    assert store.daily_backup() is None
    assert list_backups(store.backup_dir) == [manual]


def test_daily_backup_is_made_when_the_newest_is_from_yesterday(store: Store) -> None:
    """Yesterday's backup does not cover today's work."""
    fill(store)
    yesterday = backup_from(store, days_ago=1)
    Services(store).partnerships.delete("PGZB")

    today = store.daily_backup()

    assert today is not None
    assert list_backups(store.backup_dir) == [today, yesterday]
    assert live_names(today) == ["MOF Bolesławiec", "PZŁ"]


def test_daily_backups_can_be_switched_off(store: Store) -> None:
    """With the setting off, no automatic backup is written."""
    store.settings.set("backups_daily", False)

    assert store.daily_backup() is None
    assert list_backups(store.backup_dir) == []


def test_daily_backup_rotates_to_the_configured_count(store: Store) -> None:
    """Keep N: the daily backup replaces the oldest, the newest N stay."""
    store.settings.set("backups_keep", 3)
    old = [backup_from(store, days_ago=d) for d in (5, 4, 3, 2)]

    today = store.daily_backup()

    assert today is not None
    assert list_backups(store.backup_dir) == [today, old[3], old[2]]


def test_backup_list_gives_date_reason_and_size(store: Store) -> None:
    """The backup dialog shows when, why and how big each backup is, newest first."""
    before_migration = backup_from(store, days_ago=2, reason="before-0005")
    manual = store.backup("manual")

    infos = backup_infos(store.backup_dir)

    assert [i.path for i in infos] == [manual, before_migration]
    assert [i.reason for i in infos] == ["manual", "before-0005"]
    assert infos[1].made_at.date() == (datetime.now() - timedelta(days=2)).date()
    assert infos[0].size == manual.stat().st_size > 0


def test_a_backup_is_one_self_contained_file(store: Store, tmp_path: Path) -> None:
    """A backup copied alone (to a pendrive) opens with all its data: no -wal needed."""
    fill(store)
    backup = store.backup()
    lone = tmp_path / "pendrive" / backup.name
    lone.parent.mkdir()
    shutil.copyfile(backup, lone)

    conn = sqlite3.connect(lone.as_uri() + "?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()
    assert live_names(lone) == DEMO
    assert sorted(p.name for p in lone.parent.iterdir()) == [backup.name]


def test_leftovers_of_an_interrupted_backup_are_cleaned_later(store: Store) -> None:
    """A '.part' file from a backup cut off long ago goes at the next backup; a fresh one stays."""
    store.backup_dir.mkdir(parents=True, exist_ok=True)
    stale = store.backup_dir / (backup_name("daily", datetime.now() - timedelta(days=3)) + ".part")
    fresh = store.backup_dir / (backup_name("manual") + ".part")
    stale.write_bytes(b"half a copy")
    fresh.write_bytes(b"a copy in progress")
    long_ago = time.time() - 3 * 24 * 3600
    os.utime(stale, (long_ago, long_ago))

    store.backup()

    assert not stale.exists()
    assert fresh.exists()
