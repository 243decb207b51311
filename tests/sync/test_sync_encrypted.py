"""An encrypted laptop syncs like any other: push, pull, blobs and bundles over SQLCipher."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store.conversion import convert_store
from tests.sync.conftest import Central, Device

MakeDevice = Callable[[str, str], Device]
NAME = "Stowarzyszenie Przyjaciół Ziemi Braniewskiej"


def test_an_encrypted_laptop_and_a_plain_one_sync_both_ways(
    central: Central, make_device: MakeDevice
) -> None:
    anna = make_device("anna", "")
    pid = anna.services.partnerships.create(DEMO_PARTNERSHIPS[0])
    anna = Device(anna.services, central.add_advisor("anna", pid))
    convert_store(anna.store, encrypt=True)
    assert anna.store.encrypted
    bartek = make_device("bartek", central.add_advisor("bartek", pid))

    sid = anna.services.records.create("stakeholder", pid, {"name": NAME, "place": "Braniewo"})
    assert anna.sync().pushed > 0
    bartek.sync()
    assert bartek.services.records.get("stakeholder", sid)["name"] == NAME
    bartek.services.records.update("stakeholder", sid, {"place": "Braniewo, ul. Kościuszki 1"})
    bartek.sync()
    report = anna.sync()

    assert report.pulled > 0 and anna.store.pending_changes() == 0
    assert anna.services.records.get("stakeholder", sid)["place"] == "Braniewo, ul. Kościuszki 1"
    assert [h.row_id for h in anna.services.search_hits("przyjaciol ziemi")] == [sid]
    assert NAME.encode() not in Path(anna.store.path).read_bytes()


def test_bundles_travel_from_and_to_an_encrypted_laptop(
    make_device: MakeDevice, tmp_path: Path
) -> None:
    from cwd_desktop.sync.bundle import export_bundle, import_bundle
    from cwd_desktop.sync.bundle_key import set_key

    set_key("zespol-cwd-warminsko-mazurskie-2024")
    anna, bartek = make_device("anna", ""), make_device("bartek", "")
    anna.store.settings.set("sync_user", "anna")
    bartek.store.settings.set("sync_user", "bartek")
    pid = anna.services.partnerships.create(DEMO_PARTNERSHIPS[0])
    sid = anna.services.records.create("stakeholder", pid, {"name": NAME, "place": "Braniewo"})
    convert_store(anna.store, encrypt=True)

    export_bundle(anna.store, tmp_path / "a.cwdsync")
    assert import_bundle(bartek.store, tmp_path / "a.cwdsync").applied > 0
    bartek.services.records.update("stakeholder", sid, {"place": "Braniewo, ul. Kościuszki 1"})
    export_bundle(bartek.store, tmp_path / "b.cwdsync")
    import_bundle(anna.store, tmp_path / "b.cwdsync")

    assert anna.services.records.get("stakeholder", sid)["place"] == "Braniewo, ul. Kościuszki 1"
    assert NAME.encode() not in Path(anna.store.path).read_bytes()
