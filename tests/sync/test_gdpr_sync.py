"""An erased contact person stays erased through every sync and every bundle.

Anna erases Halina Wiśniewska (``services.gdpr.erase_person``) while Bartek,
who has not heard of it, still holds her data and even types a new phone
number for her. Whatever order they sync in, and whatever old bundle of
Bartek's reaches Anna afterwards, her personal data does not come back: not
in the rows, not in a conflict, not in an outbox, and not in the SQLite
files once they are checkpointed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cwd_desktop.config import DB_FILENAME
from cwd_desktop.services.gdpr import erase_person
from cwd_desktop.sync.bundle import export_bundle, import_bundle
from cwd_desktop.sync.bundle_key import set_key
from tests.services.test_gdpr import EMAIL, HALINA, PHONE, Scene, build_scene
from tests.sync.conftest import Central, Device, replica, server_replica, team

NEW_PHONE = "601 999 888"
#: Bytes that must be gone once she is erased (the name stays only in the minutes' prose).
SECRETS = (PHONE, "600-100-200", NEW_PHONE, EMAIL, "H.Wisniewska@Example.pl")


def offline_edits(bartek: Device, scene: Scene) -> None:
    """Bartek, who has not heard of the erasure, keeps working on her records."""
    records = bartek.services.records
    records.update("contact_person", scene.halina, {"phone": NEW_PHONE})
    records.update("attendance", scene.attendance_halina, {"role": "prezes zarządu OSP"})
    records.update("comment", scene.comment, {"content": "Remont remizy i zakup wozu."})


def assert_erased_on(device: Device, scene: Scene) -> None:
    conn = device.store.reader()
    for table, row_id in (
        ("contact_person", scene.halina),
        ("attendance", scene.attendance_halina),
        ("working_group_member", scene.member),
    ):
        deleted, name, role = conn.execute(
            f"SELECT deleted_at IS NOT NULL, name, role FROM {table} WHERE id = ?", (row_id,)
        ).fetchone()
        assert (deleted, name, role) == (1, "", ""), (table, device.store.data_dir.name)
    assert conn.execute(
        "SELECT phone, email FROM contact_person WHERE id = ?", (scene.halina,)
    ).fetchone() == ("", "")
    author, content = conn.execute(
        "SELECT author, content FROM comment WHERE id = ?", (scene.comment,)
    ).fetchone()
    assert author == ""
    assert content == "Remont remizy i zakup wozu."  # Bartek's edit of the text is kept
    notes = conn.execute("SELECT notes FROM stakeholder WHERE id = ?", (scene.osp,)).fetchone()[0]
    assert "600-100-200" not in notes and "Example.pl" not in notes
    for table in ("sync_conflict", "outbox"):
        dump = " ".join(str(r) for r in conn.execute(f"SELECT * FROM {table}"))
        for secret in (*SECRETS, HALINA, "Halina  Wisniewska"):
            assert secret not in dump, (device.store.data_dir.name, table, secret)


def assert_not_on_disk(device: Device) -> None:
    """With secure_delete and a checkpoint, the file holds no byte of her details."""
    conn = device.store.reader()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    db = device.store.path
    wal = db.with_name(DB_FILENAME + "-wal")
    on_disk = db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for secret in SECRETS:
        assert secret.encode() not in on_disk, (device.store.data_dir.name, secret)


def assert_erased_on_server(central: Central, scene: Scene) -> None:
    assert central.query(
        "SELECT deleted_at IS NOT NULL, name, role, phone, email FROM contact_person WHERE id = %s",
        (scene.halina,),
    ) == [(True, "", "", "", "")]
    assert central.query(
        "SELECT deleted_at IS NOT NULL, name, role FROM attendance WHERE id = %s",
        (scene.attendance_halina,),
    ) == [(True, "", "")]
    assert central.query("SELECT author FROM comment WHERE id = %s", (scene.comment,)) == [("",)]
    for secret in (*SECRETS, HALINA):
        assert central.query(
            "SELECT count(*) FROM conflicts WHERE concat(base_value, local_value, "
            "remote_value, resolution)::text LIKE %s",
            (f"%{secret}%",),
        ) == [(0,)], secret


@pytest.mark.parametrize("order", ["anna-first", "bartek-first"])
def test_an_erasure_survives_a_colleague_who_still_held_and_edited_her_data(
    central: Central, make_fast_device: Callable[[str, str], Device], order: str
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    scene = build_scene(anna.services, pid)
    anna.sync()
    bartek.sync()

    offline_edits(bartek, scene)
    erase_person(anna.services, scene.halina)
    first, second = (anna, bartek) if order == "anna-first" else (bartek, anna)
    for device in (first, second, first, second):
        device.sync()

    assert_erased_on_server(central, scene)
    for device in (anna, bartek):
        assert_erased_on(device, scene)
        assert_not_on_disk(device)
    assert replica(anna.store) == replica(bartek.store) == server_replica(central)


def _erased_then_old_bundles(
    central: Central, make_fast_device: Callable[[str, str], Device], folder: Path
) -> tuple[Device, Device, Scene]:
    """Bartek typed Halina in and carried it to Anna on a stick before syncing; later,
    offline, he changed her phone and sent that on a stick too. Anna, who had her
    records from the server, erased her, synced, and only then imported both sticks."""
    set_key("x" * 32)
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    anna.sync()
    bartek.sync()
    scene = build_scene(bartek.services, pid)
    old_inserts = folder / "bartek-1.cwdsync"
    export_bundle(bartek.store, old_inserts)
    bartek.sync()
    anna.sync()
    offline_edits(bartek, scene)
    old_edits = folder / "bartek-2.cwdsync"
    export_bundle(bartek.store, old_edits)

    erase_person(anna.services, scene.halina)
    anna.sync()
    for bundle in (old_inserts, old_edits, old_inserts):
        import_bundle(anna.store, bundle)
    return anna, bartek, scene


def test_an_old_bundle_of_a_colleague_does_not_bring_her_personal_data_back(
    central: Central, make_fast_device: Callable[[str, str], Device], tmp_path: Path
) -> None:
    anna, bartek, scene = _erased_then_old_bundles(central, make_fast_device, tmp_path)

    conn = anna.store.reader()
    for table, row_id in (
        ("contact_person", scene.halina),
        ("attendance", scene.attendance_halina),
        ("working_group_member", scene.member),
    ):
        assert conn.execute(
            f"SELECT deleted_at IS NOT NULL, name, role FROM {table} WHERE id = ?", (row_id,)
        ).fetchone() == (1, "", ""), table
    assert conn.execute(
        "SELECT phone, email FROM contact_person WHERE id = ?", (scene.halina,)
    ).fetchone() == ("", "")
    # The rows keep the erasure; the stale values of the bundle are at most conflicts.
    assert conn.execute("SELECT author FROM comment WHERE id = ?", (scene.comment,)).fetchone() == (
        "",
    )
    for device in (anna, bartek, anna):
        device.sync()
    assert_erased_on_server(central, scene)
    for device in (anna, bartek):
        conn = device.store.reader()
        assert conn.execute("SELECT count(*) FROM outbox").fetchone() == (0,)
        dump = " ".join(str(r) for r in conn.execute("SELECT * FROM sync_conflict"))
        for secret in (PHONE, NEW_PHONE, EMAIL):  # her own record's values
            assert secret not in dump, (device.store.data_dir.name, secret)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        on_disk = device.store.path.read_bytes()
        for secret in (PHONE, NEW_PHONE, EMAIL):
            assert secret.encode() not in on_disk, (device.store.data_dir.name, secret)


def test_an_old_bundle_does_not_offer_her_name_again_as_a_conflict(
    central: Central, make_fast_device: Callable[[str, str], Device], tmp_path: Path
) -> None:
    anna, _bartek, _scene = _erased_then_old_bundles(central, make_fast_device, tmp_path)

    dump = " ".join(str(r) for r in anna.store.reader().execute("SELECT * FROM sync_conflict"))
    for secret in (HALINA, "600-100-200"):
        assert secret not in dump, secret
