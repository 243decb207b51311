"""At-rest encryption: no name on disk, the key only in the keyring, a safe conversion."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cwd_desktop import cli
from cwd_desktop.config import BACKUP_DIRNAME, DB_FILENAME
from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.progress import Progress
from cwd_desktop.store import Store, open_store
from cwd_desktop.store.conversion import (
    STAGING_PREFIX,
    STEP_ENCRYPT,
    STEP_VERIFY,
    convert_store,
    install_conversion,
    prepare_conversion,
    target_key,
)
from cwd_desktop.store.encryption import (
    KEYRING_SERVICE,
    MissingKey,
    WrongKey,
    format_recovery_key,
    parse_recovery_key,
    unlock,
)
from cwd_desktop.store.errors import CorruptStore
from cwd_desktop.store.restore import restore_store
from cwd_desktop.store.sqlite import SQLITE_MAGIC
from tests.memory_keyring import MemoryKeyring
from tests.store.hostile import ROOT, digest, mark_unclean

#: A stakeholder and two contact persons of the demo programme (fictitious people).
NAMES = ("Sołectwo Żelazna Góra", "Halina Dąbrowska", "Robert Sikora")
NEW_NAME = "Koło Gospodyń Wiejskich w Zawierzu"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain store filled with the demo programme, made once and copied by each test."""
    folder = tmp_path_factory.mktemp("demo-template")
    store = open_store(folder)
    try:
        from cwd_desktop.services.demo import fill_demo

        fill_demo(Services(store))
    finally:
        store.close()
    return folder / DB_FILENAME


@pytest.fixture
def demo_store(data_dir: Path, demo_template: Path) -> Store:
    """The demo store opened in this test's data folder (closed by ``open_stores``)."""
    shutil.copyfile(demo_template, data_dir / DB_FILENAME)
    return open_store(data_dir)


def stakeholders(store: Store) -> list[tuple[str, str]]:
    """Every live stakeholder (id, name), as the app reads them."""
    rows = store.reader().execute(
        "SELECT id, name FROM stakeholder WHERE deleted_at IS NULL ORDER BY id"
    )
    return [(str(a), str(b)) for a, b in rows]


def disk_files(data_dir: Path) -> list[Path]:
    """The database, its -wal and every backup: all files that hold the data."""
    db = data_dir / DB_FILENAME
    files = [db, db.with_name(db.name + "-wal"), *(data_dir / BACKUP_DIRNAME).iterdir()]
    return [f for f in files if f.exists()]


def names_on_disk(path: Path) -> list[str]:
    """Which of the known names appear in the file's bytes (UTF-8)."""
    data = path.read_bytes()
    return [n for n in (*NAMES, NEW_NAME) if n.encode() in data]


def test_an_encrypted_store_shows_no_name_on_disk_and_reads_the_same(demo_store: Store) -> None:
    data_dir = demo_store.data_dir
    demo_store.backup("manual")  # a plain backup made before the conversion
    before = stakeholders(demo_store)
    plain = [f for f in disk_files(data_dir) if not f.name.endswith("-wal")]
    assert len(plain) == 2 and all(names_on_disk(f) for f in plain)  # plain files show them

    report = convert_store(demo_store, encrypt=True)
    services = Services(demo_store)
    pid = services.partnerships.get("PGZB").id
    services.records.create("stakeholder", pid, {"name": NEW_NAME, "place": "Zawierz"})
    services.store.backup("manual")

    wal = data_dir / (DB_FILENAME + "-wal")
    assert wal.stat().st_size > 0  # the new row is in the WAL, encrypted
    files = disk_files(data_dir)
    assert len(files) == 5  # database, -wal, the plain backup, before-encryption, after
    for path in files:
        assert names_on_disk(path) == [], path
        assert SQLITE_MAGIC not in path.read_bytes()[:100], path
    assert report.changed and report.backups.converted == 2 and report.backups.skipped == ()
    assert services.search("zelazna gora")  # the full-text index works (and folds diacritics)
    demo_store.close()

    reopened = open_store(data_dir)
    try:
        assert reopened.encrypted
        after = stakeholders(reopened)
        assert [r for r in after if r[1] != NEW_NAME] == before
        assert NEW_NAME in [name for _id, name in after]
    finally:
        reopened.close()


def test_the_key_is_in_the_keyring_and_nowhere_in_the_data_folder(
    demo_store: Store, memory_keyring: MemoryKeyring
) -> None:
    report = convert_store(demo_store, encrypt=True)
    key = demo_store.key
    demo_store.close()
    assert key is not None and report.recovery_key == format_recovery_key(key)
    assert [service for service, _name in memory_keyring.secrets] == [KEYRING_SERVICE]
    assert list(memory_keyring.secrets.values()) == [key.hex()]
    forms = [key, key.hex().encode(), key.hex().upper().encode(), report.recovery_key.encode()]
    files = [p for p in demo_store.data_dir.rglob("*") if p.is_file()]
    assert len(files) >= 3
    for path in files:
        data = path.read_bytes()
        assert not any(form in data for form in forms), path


def test_without_its_key_the_store_is_a_clear_error_until_the_recovery_key_is_given(
    demo_store: Store, memory_keyring: MemoryKeyring
) -> None:
    data_dir = demo_store.data_dir
    recovery = convert_store(demo_store, encrypt=True).recovery_key
    demo_store.close()
    db = data_dir / DB_FILENAME
    before = digest(db)
    memory_keyring.secrets.clear()  # a new laptop, or a lost keyring

    with pytest.raises(MissingKey) as missing:
        open_store(data_dir)
    assert str(db) in str(missing.value) and "cwd-desktop unlock" in str(missing.value)
    with pytest.raises(WrongKey):
        unlock(data_dir, format_recovery_key(bytes(32)))
    with pytest.raises(UserError) as short:
        unlock(data_dir, "1234-ABCD")
    assert short.value.field == "key"
    assert digest(db) == before
    assert not list(data_dir.glob(".cwd-open-*"))

    assert recovery is not None
    unlock(data_dir, recovery.lower().replace("-", " "))
    store = open_store(data_dir)
    try:
        assert NAMES[0] in [name for _id, name in stakeholders(store)]
    finally:
        store.close()


def test_a_wrong_key_in_the_keyring_is_refused_and_nothing_changes(
    demo_store: Store, memory_keyring: MemoryKeyring
) -> None:
    data_dir = demo_store.data_dir
    convert_store(demo_store, encrypt=True)
    demo_store.close()
    before = digest(data_dir / DB_FILENAME)
    for entry in memory_keyring.secrets:
        memory_keyring.secrets[entry] = "00" * 32

    with pytest.raises(WrongKey) as caught:
        open_store(data_dir)
    assert str(data_dir / DB_FILENAME) in str(caught.value)
    assert digest(data_dir / DB_FILENAME) == before
    assert not list(data_dir.glob(f"{DB_FILENAME}.corrupt-*"))


def test_decrypting_returns_the_store_and_its_backups_to_plain_files(demo_store: Store) -> None:
    convert_store(demo_store, encrypt=True)
    before = stakeholders(demo_store)

    report = convert_store(demo_store, encrypt=False)

    assert report.changed and not demo_store.encrypted and report.recovery_key is None
    assert stakeholders(demo_store) == before
    data_dir = demo_store.data_dir
    demo_store.close()
    files = disk_files(data_dir)
    assert len(files) == 3  # the database and the backups before encryption and decryption
    for path in files:
        assert path.read_bytes()[:16] == SQLITE_MAGIC
    reopened = open_store(data_dir)
    try:
        assert not reopened.encrypted and stakeholders(reopened) == before
    finally:
        reopened.close()


def test_a_cancelled_conversion_leaves_the_store_as_it_was(demo_store: Store) -> None:
    """Cancel pressed while the copy is written: the store is untouched and still works."""
    data_dir = demo_store.data_dir
    before = stakeholders(demo_store)
    key = target_key(demo_store, encrypt=True)

    def cancel_during_copy(_done: int, _total: int, text: str) -> None:
        if text == STEP_ENCRYPT:
            progress.cancel()

    progress = Progress(cancel_during_copy)
    with pytest.raises(Cancelled):
        prepare_conversion(demo_store, key, progress)

    assert not demo_store.encrypted
    assert (data_dir / DB_FILENAME).read_bytes()[:16] == SQLITE_MAGIC
    assert not list(data_dir.glob(STAGING_PREFIX + "*"))
    services = Services(demo_store)
    services.records.create("stakeholder", services.partnerships.get("PZŁ").id, {"name": "OSP"})
    assert len(stakeholders(demo_store)) == len(before) + 1
    demo_store.close()


def test_a_change_saved_during_the_conversion_stops_the_swap(demo_store: Store) -> None:
    """A row written after the copy was read would be lost: the copy is thrown away instead."""
    data_dir = demo_store.data_dir
    services = Services(demo_store)
    prepared = prepare_conversion(demo_store, target_key(demo_store, encrypt=True))
    services.records.create("stakeholder", services.partnerships.get("PZŁ").id, {"name": "OSP"})

    with pytest.raises(UserError) as caught:
        install_conversion(demo_store, prepared)

    assert "spróbuj ponownie" in str(caught.value)
    assert not demo_store.encrypted
    assert not list(data_dir.glob(STAGING_PREFIX + "*"))
    assert "OSP" in [name for _id, name in stakeholders(demo_store)]
    demo_store.close()


KILLED_CONVERSION = """
import json, os, signal, sys
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1

    def __init__(self, path):
        super().__init__()
        self.path = path

    def get_password(self, service, username):
        if not self.path.exists():
            return None
        return json.loads(self.path.read_text()).get(f"{service}/{username}")

    def set_password(self, service, username, password):
        data = json.loads(self.path.read_text()) if self.path.exists() else {}
        data[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(data))

    def delete_password(self, service, username):
        pass


keyring.set_keyring(FileKeyring(Path(sys.argv[2])))
from cwd_desktop.services.progress import Progress
from cwd_desktop.store import open_store
from cwd_desktop.store.conversion import convert_store


def die_at(done, total, text):
    if text.startswith(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)


convert_store(open_store(Path(sys.argv[1])), True, Progress(die_at))
"""


@pytest.mark.parametrize("step", [STEP_VERIFY, "Przepisywanie kopii"])
def test_a_conversion_killed_midway_loses_nothing_and_can_be_finished(
    demo_store: Store, memory_keyring: MemoryKeyring, tmp_path: Path, step: str
) -> None:
    """SIGKILL after the copy was written, or after the swap: the store opens with every row."""
    data_dir = demo_store.data_dir
    before = stakeholders(demo_store)
    demo_store.close()
    ring = tmp_path / "keyring.json"
    killed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(KILLED_CONVERSION), str(data_dir), str(ring), step],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    # The key was kept before anything else happened: bring this laptop's keyring up to date.
    for entry, value in json.loads(ring.read_text()).items():
        service, name = entry.split("/", 1)
        memory_keyring.set_password(service, name, value)

    store = open_store(data_dir)  # an unclean shutdown: the integrity check runs
    try:
        assert store.was_unclean
        assert store.encrypted == (step != STEP_VERIFY)
        assert stakeholders(store) == before
        report = convert_store(store, encrypt=True)  # running it again finishes the job
        assert stakeholders(store) == before
    finally:
        store.close()
    assert not report.backups.skipped
    assert not list(data_dir.glob(STAGING_PREFIX + "*"))
    for path in disk_files(data_dir):
        assert names_on_disk(path) == [], path


def test_backups_of_an_encrypted_store_are_encrypted_and_restore(demo_store: Store) -> None:
    data_dir = demo_store.data_dir
    convert_store(demo_store, encrypt=True)
    backup = demo_store.backup("manual")
    services = Services(demo_store)
    services.partnerships.delete("PGZB")
    demo_store.close()
    assert names_on_disk(backup) == [] and backup.read_bytes()[:16] != SQLITE_MAGIC

    report = restore_store(data_dir, backup, keep=10)

    assert report.current_backup is not None
    assert report.current_backup.read_bytes()[:16] != SQLITE_MAGIC
    store = open_store(data_dir)
    try:
        assert store.encrypted
        assert "PGZB" in [v.data.short_name for v in Services(store).partnerships.list()]
    finally:
        store.close()


def test_an_old_plain_backup_restored_into_an_encrypted_store_comes_back_encrypted(
    demo_store: Store, tmp_path: Path
) -> None:
    """A copy kept elsewhere from before the encryption: the store stays encrypted."""
    data_dir = demo_store.data_dir
    outside = tmp_path / "pendrive" / "cwd-old.sqlite3"
    outside.parent.mkdir()
    shutil.copyfile(demo_store.backup("manual"), outside)
    convert_store(demo_store, encrypt=True)
    Services(demo_store).partnerships.delete("PGZB")
    demo_store.close()

    restore_store(data_dir, outside, keep=10)

    assert names_on_disk(data_dir / DB_FILENAME) == []
    assert not list(data_dir.glob(".restore-*"))
    store = open_store(data_dir)
    try:
        assert store.encrypted
        assert "PGZB" in [v.data.short_name for v in Services(store).partnerships.list()]
    finally:
        store.close()


def test_an_encrypted_store_damaged_in_a_crash_is_moved_aside_and_its_backup_named(
    demo_store: Store,
) -> None:
    data_dir = demo_store.data_dir
    convert_store(demo_store, encrypt=True)
    backup = demo_store.backup("manual")
    demo_store.close()
    db = data_dir / DB_FILENAME
    size = db.stat().st_size
    with db.open("r+b") as handle:  # one page in the middle, as a torn write would leave it
        handle.seek((size // 4096 // 2) * 4096)
        handle.write(b"\xa5" * 4096)
    mark_unclean(data_dir)

    with pytest.raises(CorruptStore) as caught:
        open_store(data_dir)

    assert caught.value.backup == backup
    assert caught.value.moved_to.exists() and not db.exists()


def test_a_damaged_store_on_a_new_laptop_comes_back_from_its_encrypted_backup(
    demo_store: Store, memory_keyring: MemoryKeyring
) -> None:
    """The folder was copied without the keyring and the file is gone: key, then restore."""
    data_dir = demo_store.data_dir
    recovery = convert_store(demo_store, encrypt=True).recovery_key
    backup = demo_store.backup("manual")
    before = stakeholders(demo_store)
    demo_store.close()
    (data_dir / DB_FILENAME).rename(data_dir / "cwd.sqlite3.corrupt-20260101")
    memory_keyring.secrets.clear()
    with pytest.raises(MissingKey):
        restore_store(data_dir, backup, keep=10)

    assert recovery is not None
    unlock(data_dir, recovery)  # checked against the newest encrypted backup
    restore_store(data_dir, backup, keep=10)

    store = open_store(data_dir)
    try:
        assert store.encrypted and stakeholders(store) == before
    finally:
        store.close()


def test_a_backup_of_another_encrypted_folder_is_refused_and_nothing_replaced(
    demo_store: Store, demo_template: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    other = tmp_path / "colleague"
    other.mkdir()
    shutil.copyfile(demo_template, other / DB_FILENAME)
    theirs = open_store(other)
    convert_store(theirs, encrypt=True)  # another folder, another key
    foreign = theirs.backup("manual")
    theirs.close()
    convert_store(demo_store, encrypt=True)
    demo_store.close()
    db = demo_store.path
    before = digest(db)

    with pytest.raises(WrongKey):
        restore_store(demo_store.data_dir, foreign, keep=10)

    assert digest(db) == before
    assert not list(demo_store.data_dir.glob(".restore-*"))


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_encrypts_checks_lists_and_unlocks(
    capsys: pytest.CaptureFixture[str], demo_store: Store, memory_keyring: MemoryKeyring
) -> None:
    data_dir = str(demo_store.data_dir)
    demo_store.close()

    code, out, _ = run_cli(capsys, "--data-dir", data_dir, "encrypt", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["encrypted"] and result["changed"] and result["backups_converted"] == 1
    key = parse_recovery_key(result["recovery_key"])
    code, out, _ = run_cli(capsys, "--data-dir", data_dir, "check")
    assert code == 0 and "OK  integrity" in out
    assert "SZYFR baza zaszyfrowana (SQLCipher); kopie zapasowe też." in out
    code, out, _ = run_cli(capsys, "--data-dir", data_dir, "backup", "--list", "--json")
    [listed] = json.loads(out)
    assert code == 0 and listed["reason"] == "before-encryption" and listed["encrypted"]
    code, out, _ = run_cli(capsys, "--data-dir", data_dir, "recovery-key")
    assert code == 0 and out.splitlines()[0] == format_recovery_key(key)

    memory_keyring.secrets.clear()
    code, _, err = run_cli(capsys, "--data-dir", data_dir, "partnership", "list")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "unlock" in err
    code, _, err = run_cli(capsys, "--data-dir", data_dir, "unlock", "--key", "00" * 32)
    assert code == 1 and "nie pasuje" in err
    code, out, _ = run_cli(capsys, "--data-dir", data_dir, "unlock", "--key", key.hex())
    assert code == 0
    code, out, _ = run_cli(capsys, "--data-dir", data_dir, "partnership", "list")
    assert code == 0 and "PGZB" in out

    code, out, _ = run_cli(capsys, "--data-dir", data_dir, "decrypt")
    assert code == 0
    assert (Path(data_dir) / DB_FILENAME).read_bytes()[:16] == SQLITE_MAGIC


def test_without_a_usable_keyring_nothing_is_encrypted(demo_store: Store) -> None:
    """A keyring that forgets (the "null" backend): refusing is better than losing the key."""
    import keyring
    from keyring.backends.null import Keyring as NullKeyring

    keyring.set_keyring(NullKeyring())
    db = demo_store.path

    with pytest.raises(UserError) as caught:
        convert_store(demo_store, encrypt=True)

    assert "magazyn haseł" in str(caught.value)
    assert not demo_store.encrypted and db.read_bytes()[:16] == SQLITE_MAGIC
    assert stakeholders(demo_store)
    demo_store.close()


def test_without_sqlcipher_the_feature_says_it_is_unavailable(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # an installation without the module

    with pytest.raises(UserError) as caught:
        convert_store(demo_store, encrypt=True)

    assert "sqlcipher3" in str(caught.value)
    assert not demo_store.encrypted
    demo_store.close()
    assert os.path.exists(demo_store.path)
