"""`backup`, `restore FILE` and `check` from the command line."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cwd_desktop import cli
from cwd_desktop.config import DB_FILENAME
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import open_store
from cwd_desktop.sync import conflicts
from tests.store.hostile import damage, digest, live_names, mark_unclean, remount_read_only, tmpfs


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return (exit code, stdout, stderr)."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(err: str) -> str:
    """A user error: one line on stderr, prefixed with the program name."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("cwd-desktop: ")
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def filled(data_dir: Path) -> Path:
    """A data folder holding the three demo partnerships (without the rest of the demo)."""
    store = open_store(data_dir)
    try:
        services = Services(store)
        for data in DEMO_PARTNERSHIPS:
            services.partnerships.create(data)
    finally:
        store.close()
    return data_dir


def make_backup(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Path:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "backup", "--json")
    assert code == 0, err
    return Path(json.loads(out)["backup"])


def delete_partnership(data_dir: Path, short_name: str) -> None:
    store = open_store(data_dir)
    try:
        Services(store).partnerships.delete(short_name)
    finally:
        store.close()


# -- backup ----------------------------------------------------------------------------


def test_backup_list_shows_date_reason_and_path(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    """`backup --list` names every backup, newest first, with why it was made."""
    first = make_backup(capsys, filled)
    code, out, _ = run(capsys, "--data-dir", str(filled), "backup", "--daily")
    assert code == 0 and "już istnieje" in out

    code, out, _ = run(capsys, "--data-dir", str(filled), "backup", "--list")

    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1
    assert "ręczna" in lines[0] and str(first) in lines[0]
    listed = json.loads(run(capsys, "--data-dir", str(filled), "backup", "--list", "--json")[1])
    assert [b["path"] for b in listed] == [str(first)]
    assert listed[0]["reason"] == "manual" and listed[0]["size"] > 0


def test_backup_daily_makes_the_days_backup_once(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    """`backup --daily` (for a scheduler) writes one backup a day and then nothing."""
    code, out, _ = run(capsys, "--data-dir", str(filled), "backup", "--daily", "--json")
    made = json.loads(out)["backup"]
    code2, out2, _ = run(capsys, "--data-dir", str(filled), "backup", "--daily", "--json")

    assert code == code2 == 0
    assert made.endswith("-daily.sqlite3") and live_names(Path(made)) == [
        "MOF Bolesławiec",
        "PGZB",
        "PZŁ",
    ]
    assert json.loads(out2)["backup"] is None


# -- restore ---------------------------------------------------------------------------


def test_restore_with_yes_replaces_the_store_and_keeps_the_old_one(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    """`restore FILE --yes`: the backup's data is back, the replaced store is kept."""
    backup = make_backup(capsys, filled)
    delete_partnership(filled, "PGZB")

    code, out, err = run(capsys, "--data-dir", str(filled), "restore", str(backup), "--yes")

    assert code == 0, err
    assert str(backup) in out and "before-restore" in out
    assert live_names(filled / DB_FILENAME) == ["MOF Bolesławiec", "PGZB", "PZŁ"]
    (kept,) = (filled / "backups").glob("*-before-restore.sqlite3")
    assert live_names(kept) == ["MOF Bolesławiec", "PZŁ"]


def test_restore_without_a_terminal_needs_yes(
    capsys: pytest.CaptureFixture[str], filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from a script without --yes, restore refuses in one sentence and changes nothing."""
    backup = make_backup(capsys, filled)
    delete_partnership(filled, "PGZB")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    before = digest(filled / DB_FILENAME)

    code, _, err = run(capsys, "--data-dir", str(filled), "restore", str(backup))

    assert code == 1
    assert "--yes" in one_sentence(err)
    assert digest(filled / DB_FILENAME) == before
    assert not list((filled / "backups").glob("*-before-restore.sqlite3"))


class Terminal(io.StringIO):
    """A stdin that is a terminal where the user types ``answer``."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "restored"), [("t\n", True), ("n\n", False), ("\n", False)])
def test_restore_asks_on_a_terminal(
    capsys: pytest.CaptureFixture[str],
    filled: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    restored: bool,
) -> None:
    """On a terminal restore asks first; only 't' replaces the store (Enter means no)."""
    backup = make_backup(capsys, filled)
    delete_partnership(filled, "PGZB")
    monkeypatch.setattr("sys.stdin", Terminal(answer))

    code, out, err = run(capsys, "--data-dir", str(filled), "restore", str(backup))

    assert "Przywrócić bazę z kopii" in out
    names = live_names(filled / DB_FILENAME)
    if restored:
        assert code == 0 and names == ["MOF Bolesławiec", "PGZB", "PZŁ"]
    else:
        assert code == 1 and "niczego nie zmieniono" in err
        assert names == ["MOF Bolesławiec", "PZŁ"]


def test_restore_of_a_damaged_file_is_one_sentence(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    """A damaged backup is refused before anything happens, even with --yes."""
    backup = make_backup(capsys, filled)
    bad = tmp_path / "kopia.sqlite3"
    bad.write_bytes(backup.read_bytes())
    damage(bad)
    before = digest(filled / DB_FILENAME)

    code, _, err = run(capsys, "--data-dir", str(filled), "restore", str(bad), "--yes")

    assert code == 1
    assert str(bad) in one_sentence(err)
    assert digest(filled / DB_FILENAME) == before


def test_damaged_store_names_the_restore_command_that_brings_it_back(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    """A damaged store: one sentence with the command to run; running it restores the data."""
    backup = make_backup(capsys, filled)
    damage(filled / DB_FILENAME)
    mark_unclean(filled)

    code, _, err = run(capsys, "--data-dir", str(filled), "partnership", "list")

    sentence = one_sentence(err)
    assert code == 1
    assert f'cwd-desktop restore "{backup}"' in sentence
    assert list(filled.glob("cwd.sqlite3.corrupt-*"))

    code, _, err = run(capsys, "--data-dir", str(filled), "restore", str(backup), "--yes")
    assert code == 0, err
    code, out, _ = run(capsys, "--data-dir", str(filled), "partnership", "list")
    assert code == 0 and "PGZB" in out and "PZŁ" in out


def test_read_only_data_folder_is_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A command on a read-only mount says so and how to go on, in one sentence."""
    with tmpfs(tmp_path / "mnt", "16m") as mnt:
        data_dir = mnt / "dane"
        open_store(data_dir).close()
        remount_read_only(mnt)

        code, _, err = run(capsys, "--data-dir", str(data_dir), "partnership", "list")

        assert code == 1
        sentence = one_sentence(err)
        assert str(data_dir) in sentence and "tylko do odczytu" in sentence


# -- check -----------------------------------------------------------------------------


def test_check_reports_how_far_behind_sync_is(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    """`check` lists what waits to be sent, since when, the last sync and open conflicts."""
    store = open_store(filled)
    try:
        pid = Services(store).partnerships.get("PGZB").id
        pending = store.pending_changes()
        synced = datetime.now(UTC) - timedelta(days=2, hours=3)
        with store.unit_of_work() as session:
            conflicts.record_local(
                session,
                table="partnership",
                row_id=pid,
                partnership_id=pid,
                field="name",
                base="A",
                current="B",
                current_by="anna",
                current_at=synced,
                other="C",
                other_by="jan",
                other_at=synced,
            )
    finally:
        store.close()
    conn = sqlite3.connect(filled / DB_FILENAME)  # as sync would have left it, 3 days on
    try:
        conn.execute(
            "INSERT INTO local_meta (key, value) VALUES ('last_sync', ?)", (synced.isoformat(),)
        )
        oldest = conn.execute("SELECT min(created_at) FROM outbox").fetchone()[0]
        conn.execute(
            "UPDATE outbox SET created_at = ? WHERE created_at = ?",
            ((datetime.now(UTC) - timedelta(days=3)).replace(tzinfo=None).isoformat(" "), oldest),
        )
        conn.commit()
    finally:
        conn.close()

    code, out, _ = run(capsys, "--data-dir", str(filled), "check", "--json")
    sync: dict[str, Any] = json.loads(out)["sync"]
    code_text, text, _ = run(capsys, "--data-dir", str(filled), "check")

    assert code == code_text == 0
    assert sync["pending"] == pending > 0
    assert 3 * 86400 - 60 <= sync["oldest_pending_age_seconds"] <= 3 * 86400 + 600
    assert datetime.fromisoformat(sync["last_sync"]) == synced
    assert 2 * 86400 <= sync["since_last_sync_seconds"] <= 2 * 86400 + 4 * 3600
    assert sync["open_conflicts"] == 1
    line = text.strip().splitlines()[-1]
    assert f"czeka zmian: {pending}" in line
    assert "najstarsza od 3 dni" in line
    assert "2 dni 3 godz. temu" in line
    assert "konflikty do rozwiązania: 1" in line


def test_check_on_a_synced_store_says_nothing_waits(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """A store with nothing pending and never synced says so plainly."""
    open_store(data_dir).close()

    code, out, _ = run(capsys, "--data-dir", str(data_dir), "check")

    assert code == 0
    assert (
        out.strip()
        .splitlines()[-1]
        .endswith(
            "wszystkie zmiany wysłane; ostatnia synchronizacja: nigdy; konflikty do rozwiązania: 0."
        )
    )


def test_check_still_fails_on_damage(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    """The sync report does not hide a failed check: exit status 1."""
    conn = sqlite3.connect(filled / DB_FILENAME)
    conn.execute("UPDATE partnership SET version = 99")
    conn.commit()
    conn.close()

    code, out, _ = run(capsys, "--data-dir", str(filled), "check", "--json")

    assert code == 1
    assert json.loads(out)["ok"] is False and "sync" in json.loads(out)
