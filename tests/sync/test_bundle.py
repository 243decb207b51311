"""Offline exchange: signed ``.cwdsync`` bundles between two real stores, no server.

Each "machine" is its own data folder with its own SQLite store and device
id; the team key is the same on both (one in-memory keyring per test).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.progress import Progress
from cwd_desktop.store import open_store
from cwd_desktop.sync import bundle as bundle_format
from cwd_desktop.sync.bundle import export_bundle, import_bundle
from cwd_desktop.sync.bundle_key import get_key, set_key
from cwd_desktop.sync.conflicts import open_conflicts
from cwd_desktop.sync.report import BundleReport
from tests.exports.docx_data import consultation_log
from tests.sync.conftest import Central, Device, replica, server_replica, team

TEAM_KEY = "zespol-cwd-warminsko-mazurskie-2024"

Machine = Services


@pytest.fixture(autouse=True)
def team_key() -> None:
    """Both machines hold the coordinator's key (one process, one keyring)."""
    set_key(TEAM_KEY)


@pytest.fixture
def machines(tmp_path: Path) -> Iterator[Callable[[str], Machine]]:
    opened: list[Services] = []

    def make(name: str) -> Machine:
        folder = tmp_path / name
        folder.mkdir()
        services = Services(open_store(folder))
        services.store.settings.set("sync_user", name)
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.store.close()


def exchange(source: Machine, target: Machine, path: Path) -> BundleReport:
    export_bundle(source.store, path)
    return import_bundle(target.store, path)


def snapshot(machine: Machine) -> dict[str, object]:
    """Everything a user could see changed by an import: synced rows, outbox, conflicts."""
    conn = machine.store.reader()
    tables = [
        "partnership",
        "partnership_jst",
        "stakeholder",
        "contact_person",
        "consultation",
        "comment",
        "document_version",
        "outbox",
        "applied_mutation",
        "sync_conflict",
    ]
    return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}"))) for t in tables}


def outbox_ids(machine: Machine) -> list[str]:
    rows = machine.store.reader().execute("SELECT mutation_id FROM outbox ORDER BY seq")
    return [str(r[0]) for r in rows]


def shared_stakeholder(a: Machine, b: Machine, tmp_path: Path) -> tuple[str, str]:
    """A partnership with a stakeholder made on A and carried to B; (partnership, stakeholder)."""
    pid = a.partnerships.create(DEMO_PARTNERSHIPS[0])
    sid = a.records.create(
        "stakeholder",
        pid,
        {"name": "OSP Frombork", "category": "osp", "place": "Frombork", "notes": ""},
    )
    exchange(a, b, tmp_path / "start.cwdsync")
    return pid, sid


# -- the everyday exchange ---------------------------------------------------------------


def test_a_partnership_with_people_and_a_document_reaches_a_colleague(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    anna, bartek = machines("anna"), machines("bartek")
    pid = anna.partnerships.create(DEMO_PARTNERSHIPS[0])
    log = consultation_log(anna, pid)
    sid = anna.records.create(
        "stakeholder", pid, {"name": "Koło Gospodyń Wiejskich w Płoskini", "category": "ngo"}
    )
    cid = anna.records.create(
        "contact_person",
        pid,
        {"stakeholder_id": sid, "name": "Halina Wiśniewska", "phone": "601 234 567"},
    )
    version = anna.documents.export("consultation-report", pid, tmp_path / "raport.docx", "Anna")
    pending = outbox_ids(anna)
    path = tmp_path / "anna.cwdsync"

    exported = export_bundle(anna.store, path)
    report = import_bundle(bartek.store, path)

    assert outbox_ids(anna) == pending, "export keeps the changes for the next sync"
    assert exported.mutations == len(pending) and exported.blobs == 1
    assert report.applied == len(pending) and report.blobs == 1
    assert report.already_there == report.new_conflicts == report.missing_rows == 0
    view = bartek.partnerships.get(pid)
    assert view.data.name == DEMO_PARTNERSHIPS[0].name
    assert [j.code for j in view.members] == [j.code for j in anna.partnerships.get(pid).members]
    assert bartek.records.get("contact_person", cid)["phone"] == "601 234 567"
    assert bartek.records.get("consultation", log.draft)["participants"] == 41
    [copy] = bartek.documents.versions(pid)
    assert copy.id == version.id and copy.author == "Anna"
    assert bartek.documents.read_bytes(copy) == (tmp_path / "raport.docx").read_bytes()
    assert [h.row_id for h in bartek.search_hits("Płoskini", pid, 10) if h.kind == "stakeholder"]
    # Bartek passes Anna's changes on to the server at his next sync, under her ids.
    assert outbox_ids(bartek) == pending
    assert bartek.store.pending_changes() == len(pending)


def test_a_second_import_of_the_same_bundle_changes_nothing(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    anna, bartek = machines("anna"), machines("bartek")
    pid = anna.partnerships.create(DEMO_PARTNERSHIPS[1])
    consultation_log(anna, pid)
    path = tmp_path / "anna.cwdsync"
    first = exchange(anna, bartek, path)
    before = snapshot(bartek)

    again = import_bundle(bartek.store, path)
    own = import_bundle(anna.store, path)

    assert first.applied > 0
    assert (again.applied, again.already_there, again.new_conflicts) == (0, first.applied, 0)
    assert snapshot(bartek) == before
    assert (own.applied, own.already_there) == (0, first.applied), "her own changes"


def test_a_bundle_passed_on_carries_the_first_authors_changes(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    anna, bartek, celina = machines("anna"), machines("bartek"), machines("celina")
    pid, sid = shared_stakeholder(anna, bartek, tmp_path)

    report = exchange(bartek, celina, tmp_path / "bartek.cwdsync")

    assert report.applied == len(outbox_ids(anna))
    assert celina.records.get("stakeholder", sid)["name"] == "OSP Frombork"
    assert celina.partnerships.get(pid).data.short_name == DEMO_PARTNERSHIPS[0].short_name


# -- merging --------------------------------------------------------------------------


def test_edits_of_different_fields_merge(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    anna, bartek = machines("anna"), machines("bartek")
    _pid, sid = shared_stakeholder(anna, bartek, tmp_path)
    anna.records.update("stakeholder", sid, {"place": "Frombork, ul. Młyńska 5"})
    bartek.records.update("stakeholder", sid, {"notes": "Prezes: druh Kowalski"})

    exchange(anna, bartek, tmp_path / "a.cwdsync")
    report = exchange(bartek, anna, tmp_path / "b.cwdsync")

    assert report.new_conflicts == 0
    for machine in (anna, bartek):
        row = machine.records.get("stakeholder", sid)
        assert row["place"] == "Frombork, ul. Młyńska 5"
        assert row["notes"] == "Prezes: druh Kowalski"
        assert open_conflicts(machine.store) == []


def test_the_same_field_changed_on_both_machines_is_a_conflict_keeping_both_values(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    anna, bartek = machines("anna"), machines("bartek")
    _pid, sid = shared_stakeholder(anna, bartek, tmp_path)
    anna.records.update("stakeholder", sid, {"name": "OSP we Fromborku"})
    bartek.records.update("stakeholder", sid, {"name": "Ochotnicza Straż Pożarna Frombork"})

    report = exchange(anna, bartek, tmp_path / "a.cwdsync")

    assert report.new_conflicts == 1
    assert bartek.records.get("stakeholder", sid)["name"] == "Ochotnicza Straż Pożarna Frombork"
    [conflict] = open_conflicts(bartek.store)
    assert conflict.field == "name" and conflict.base == "OSP Frombork"
    assert conflict.current == "Ochotnicza Straż Pożarna Frombork"
    assert conflict.current_by == "bartek" and conflict.current_at is not None
    assert conflict.other == "OSP we Fromborku"
    assert conflict.other_by == "anna" and conflict.other_at is not None
    # The other way round Anna keeps hers and sees Bartek's beside it.
    exchange(bartek, anna, tmp_path / "b.cwdsync")
    [mirror] = open_conflicts(anna.store)
    assert (mirror.current, mirror.current_by) == ("OSP we Fromborku", "anna")
    assert (mirror.other, mirror.other_by) == ("Ochotnicza Straż Pożarna Frombork", "bartek")


def test_a_deletion_against_an_edit_is_a_conflict_and_the_row_stays_deleted(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    anna, bartek = machines("anna"), machines("bartek")
    _pid, sid = shared_stakeholder(anna, bartek, tmp_path)
    anna.records.delete("stakeholder", sid)
    bartek.records.update("stakeholder", sid, {"place": "Frombork, Rynek 1"})

    report = exchange(anna, bartek, tmp_path / "a.cwdsync")

    assert report.new_conflicts == 1
    row = (
        bartek.store.reader()
        .execute("SELECT deleted_at, place FROM stakeholder WHERE id = ?", (sid,))
        .fetchone()
    )
    assert row[0] is not None, "the deletion wins"
    assert row[1] == "Frombork, Rynek 1", "the edit is kept under the tombstone"
    [conflict] = open_conflicts(bartek.store)
    assert conflict.is_deletion and conflict.current is not None and conflict.other is None
    assert conflict.current_by == "anna" and conflict.other_by == "bartek"


def test_two_different_document_versions_are_both_kept_on_both_machines(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    anna, bartek = machines("anna"), machines("bartek")
    pid = anna.partnerships.create(DEMO_PARTNERSHIPS[0])
    consultation_log(anna, pid)
    exchange(anna, bartek, tmp_path / "start.cwdsync")
    mine = anna.documents.export("consultation-report", pid, tmp_path / "a.docx", "Anna")
    theirs = bartek.documents.export("consultation-report", pid, tmp_path / "b.docx", "Bartek")
    assert mine.sha256 != theirs.sha256

    exchange(anna, bartek, tmp_path / "a.cwdsync")
    exchange(bartek, anna, tmp_path / "b.cwdsync")

    for machine in (anna, bartek):
        versions = {v.author: v for v in machine.documents.versions(pid)}
        assert set(versions) == {"Anna", "Bartek"}
        assert machine.documents.read_bytes(versions["Anna"]) == (tmp_path / "a.docx").read_bytes()
        assert (
            machine.documents.read_bytes(versions["Bartek"]) == (tmp_path / "b.docx").read_bytes()
        )


def test_an_erased_contact_person_stays_blank_after_an_older_bundle(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    anna, bartek = machines("anna"), machines("bartek")
    pid, sid = shared_stakeholder(anna, bartek, tmp_path)
    cid = anna.records.create(
        "contact_person",
        pid,
        {"stakeholder_id": sid, "name": "Jadwiga Nowak", "email": "jadwiga@example.pl"},
    )
    exchange(anna, bartek, tmp_path / "a1.cwdsync")
    anna.records.update("contact_person", cid, {"phone": "600 700 800"})
    export_bundle(anna.store, tmp_path / "a2.cwdsync")  # still carries her data
    bartek.records.delete("contact_person", cid)  # she asked Bartek to be forgotten

    report = import_bundle(bartek.store, tmp_path / "a2.cwdsync")

    assert report.applied == 1
    row = (
        bartek.store.reader()
        .execute("SELECT name, phone, email, deleted_at FROM contact_person WHERE id = ?", (cid,))
        .fetchone()
    )
    assert tuple(row[:3]) == ("", "", "") and row[3] is not None
    dump = "\n".join(bartek.store.reader().iterdump())
    for erased in ("Jadwiga Nowak", "jadwiga@example.pl", "600 700 800"):
        assert erased not in dump, f"{erased} survives somewhere in Bartek's store"


def test_changes_to_rows_not_here_wait_for_a_later_import(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    from cwd_desktop.sync.pipeline import LocalSide
    from cwd_desktop.sync.server import PushResult, synced_catalog

    anna, celina = machines("anna"), machines("celina")
    pid = anna.partnerships.create(DEMO_PARTNERSHIPS[2])
    sid = anna.records.create("stakeholder", pid, {"name": "GOPS Łosice", "category": "public"})
    export_bundle(anna.store, tmp_path / "early.cwdsync")
    side = LocalSide(anna.store, synced_catalog())  # Anna syncs: her outbox empties
    side.acknowledge(side.next_batch([pid], 0, 1000), PushResult())
    anna.records.update("stakeholder", sid, {"place": "Łosice, ul. Piłsudskiego 6"})
    anna.records.create(
        "contact_person", pid, {"stakeholder_id": sid, "name": "Marek Zając", "role": "kierownik"}
    )
    late = tmp_path / "late.cwdsync"
    export_bundle(anna.store, late)

    waiting = import_bundle(celina.store, late)
    assert (waiting.applied, waiting.missing_rows) == (0, 2)
    assert celina.store.pending_changes() == 0
    assert celina.store.reader().execute("SELECT count(*) FROM contact_person").fetchone()[0] == 0

    import_bundle(celina.store, tmp_path / "early.cwdsync")
    done = import_bundle(celina.store, late)

    assert (done.applied, done.missing_rows) == (2, 0)
    assert celina.records.get("stakeholder", sid)["place"] == "Łosice, ul. Piłsudskiego 6"


# -- export failures ---------------------------------------------------------------------


def test_an_export_to_a_missing_folder_is_one_sentence_and_no_file(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    anna = machines("anna")
    anna.partnerships.create(DEMO_PARTNERSHIPS[0])
    target = tmp_path / "pendrive" / "anna.cwdsync"

    with pytest.raises(UserError) as caught:
        export_bundle(anna.store, target)

    assert str(target) in str(caught.value) and "nic nie zapisano" in str(caught.value)
    assert not target.parent.exists()


def test_without_a_team_key_export_says_how_to_set_it(
    machines: Callable[[str], Machine], tmp_path: Path, memory_keyring: object
) -> None:
    anna = machines("anna")
    memory_keyring.secrets.clear()  # type: ignore[attr-defined]
    assert get_key() is None

    with pytest.raises(UserError, match="bundle key set"):
        export_bundle(anna.store, tmp_path / "x.cwdsync")
    assert not (tmp_path / "x.cwdsync").exists()


# -- refused bundles ---------------------------------------------------------------------


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_bundle(path: Path, members: dict[str, bytes], key: str | None = TEAM_KEY) -> Path:
    """A bundle with these members, signed with ``key`` (None: keep the given signature)."""
    members = dict(members)
    if key is not None:
        hashes = {n: hashlib.sha256(d).hexdigest() for n, d in members.items() if n != "signature"}
        members["signature"] = bundle_format.sign(key.encode(), hashes).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.fixture
def good_bundle(machines: Callable[[str], Machine], tmp_path: Path) -> Path:
    anna = machines("anna")
    pid = anna.partnerships.create(DEMO_PARTNERSHIPS[0])
    consultation_log(anna, pid)
    anna.documents.export("consultation-report", pid, tmp_path / "a.docx", "Anna")
    path = tmp_path / "anna.cwdsync"
    export_bundle(anna.store, path)
    return path


def edit_lines(members: dict[str, bytes], edit: Callable[[list[dict[str, object]]], None]) -> None:
    lines = [json.loads(line) for line in members["mutations.jsonl"].decode().splitlines()]
    edit(lines)
    members["mutations.jsonl"] = "".join(json.dumps(x) + "\n" for x in lines).encode()


def refused(machine: Machine, path: Path) -> str:
    """Import ``path``, expecting a refusal that leaves the store untouched; the message."""
    before = snapshot(machine)
    with pytest.raises(UserError) as caught:
        import_bundle(machine.store, path)
    assert snapshot(machine) == before
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_bundle_changed_after_signing_is_refused(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    members = members_of(good_bundle)
    members["mutations.jsonl"] = members["mutations.jsonl"].replace(b"OSP", b"OSQ", 1)
    forged = write_bundle(tmp_path / "forged.cwdsync", members, key=None)

    assert "Podpis pakietu" in refused(bartek, forged)


def test_a_bundle_with_one_byte_flipped_is_refused(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    data = bytearray(good_bundle.read_bytes())
    data[len(data) // 3] ^= 0x01
    damaged = tmp_path / "damaged.cwdsync"
    damaged.write_bytes(bytes(data))

    assert str(damaged) in refused(bartek, damaged)


def test_a_bundle_signed_with_another_teams_key_is_refused(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    set_key("klucz-innego-zespolu-z-mazowsza")

    assert "innym kluczem zespołu" in refused(bartek, good_bundle)


def test_an_unsigned_bundle_is_refused(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    members = members_of(good_bundle)
    del members["signature"]
    unsigned = write_bundle(tmp_path / "unsigned.cwdsync", members, key=None)

    assert "nie jest podpisany" in refused(bartek, unsigned)


def test_a_file_that_is_not_a_bundle_is_refused(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    bartek = machines("bartek")
    text = tmp_path / "notatki.cwdsync"
    text.write_text("to nie jest paczka", encoding="utf-8")

    message = refused(bartek, text)
    assert str(text) in message and "nie jest pakietem" in message


def test_a_truncated_bundle_is_refused(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    cut = tmp_path / "cut.cwdsync"
    cut.write_bytes(good_bundle.read_bytes()[: good_bundle.stat().st_size // 2])

    assert "niepełny" in refused(bartek, cut)


def test_a_bundle_without_its_manifest_is_refused(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    members = members_of(good_bundle)
    del members["manifest.json"]

    message = refused(bartek, write_bundle(tmp_path / "m.cwdsync", members))
    assert "brak pliku manifest.json" in message


def test_a_malformed_change_line_is_refused_naming_the_line(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    members = members_of(good_bundle)
    lines = members["mutations.jsonl"].decode().splitlines(keepends=True)
    lines[2] = lines[2][: len(lines[2]) // 2] + "\n"
    members["mutations.jsonl"] = "".join(lines).encode()

    message = refused(bartek, write_bundle(tmp_path / "j.cwdsync", members))
    assert "mutations.jsonl, wiersz 3" in message and "uszkodzony zapis" in message


def test_a_change_to_an_unknown_table_is_refused(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    members = members_of(good_bundle)
    edit_lines(members, lambda lines: lines[1].update(table="hodowla_alpak"))

    message = refused(bartek, write_bundle(tmp_path / "t.cwdsync", members))
    assert "wiersz 2: nieznana tabela hodowla_alpak" in message


def test_a_change_to_an_unknown_column_is_refused(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    members = members_of(good_bundle)

    def add_column(lines: list[dict[str, object]]) -> None:
        changes = lines[-1]["changes"]
        assert isinstance(changes, dict)
        changes["kolor_oczu"] = {"old": None, "new": "zielone"}

    edit_lines(members, add_column)
    count = len(members["mutations.jsonl"].splitlines())

    message = refused(bartek, write_bundle(tmp_path / "c.cwdsync", members))
    assert f"wiersz {count}: nieznana kolumna kolor_oczu" in message


def test_a_bundle_from_a_newer_program_asks_for_an_update(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    members = members_of(good_bundle)
    manifest = json.loads(members["manifest.json"])
    manifest["schema_revision"] = "9999"
    members["manifest.json"] = json.dumps(manifest).encode()

    assert "zaktualizuj program" in refused(bartek, write_bundle(tmp_path / "n.cwdsync", members))


def test_a_bundle_from_an_older_program_is_refused(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    members = members_of(good_bundle)
    manifest = json.loads(members["manifest.json"])
    manifest["schema_revision"] = "0001"
    members["manifest.json"] = json.dumps(manifest).encode()

    message = refused(bartek, write_bundle(tmp_path / "o.cwdsync", members))
    assert "starszej wersji" in message and "autor musi zaktualizować" in message


def test_a_file_that_does_not_match_its_hash_is_refused(
    machines: Callable[[str], Machine], good_bundle: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    members = members_of(good_bundle)
    [blob] = [n for n in members if n.startswith("blobs/")]
    members[blob] = b"PK not the exported document"

    message = refused(bartek, write_bundle(tmp_path / "h.cwdsync", members))
    assert blob in message and "sumą kontrolną" in message
    assert not (bartek.store.data_dir / "blobs").exists()


def test_a_cancelled_import_stores_no_change(
    machines: Callable[[str], Machine], good_bundle: Path
) -> None:
    bartek = machines("bartek")
    before = snapshot(bartek)

    def listener(done: int, total: int, text: str) -> None:
        if text == "Zapisywanie plików…":  # the user presses Cancel as the rows are written
            progress.cancel()

    progress = Progress(listener)
    with pytest.raises(Cancelled):
        import_bundle(bartek.store, good_bundle, progress)

    assert snapshot(bartek) == before
    assert import_bundle(bartek.store, good_bundle).applied > 0, "nothing was remembered"


# -- bundles and the central store -------------------------------------------------------


def test_a_bundle_reaches_the_server_through_the_colleague_and_the_author_later_syncs(
    central: Central, make_device: Callable[[str, str], Device], tmp_path: Path
) -> None:
    (anna, bartek), pid = team(central, make_device, "anna", "bartek")
    sid = anna.services.records.create(
        "stakeholder", pid, {"name": "OSP Frombork", "category": "osp", "place": "Frombork"}
    )
    path = tmp_path / "anna.cwdsync"
    export_bundle(anna.store, path)
    import_bundle(bartek.store, path)
    anna.services.records.update("stakeholder", sid, {"name": "OSP we Fromborku"})
    bartek.services.records.update("stakeholder", sid, {"name": "Ochotnicza Straż Pożarna"})
    export_bundle(anna.store, path)
    assert import_bundle(bartek.store, path).new_conflicts == 1

    hers, waiting = outbox_ids(anna.services), bartek.store.pending_changes()

    first = bartek.sync()  # Anna's changes reach the server through Bartek
    late = anna.sync()

    assert first.pushed == waiting == len(hers) + 1
    assert (late.pushed, late.already_there) == (0, len(hers)), "the server skips them"
    assert central.query("SELECT name FROM public.stakeholder WHERE id = %s", (sid,)) == [
        ("Ochotnicza Straż Pożarna",)
    ]
    bartek.sync()
    assert replica(anna.store) == replica(bartek.store) == server_replica(central)
    [conflict] = open_conflicts(bartek.store)  # the server's record of the clash is the same one
    assert {conflict.current, conflict.other} == {"Ochotnicza Straż Pożarna", "OSP we Fromborku"}


def test_a_partnership_with_a_short_name_already_used_here_is_one_sentence(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    anna, bartek = machines("anna"), machines("bartek")
    anna.partnerships.create(DEMO_PARTNERSHIPS[0])
    bartek.partnerships.create(DEMO_PARTNERSHIPS[0])  # the same partnership typed in twice
    path = tmp_path / "anna.cwdsync"
    export_bundle(anna.store, path)

    message = refused(bartek, path)

    assert "tabeli partnership powiela rekord" in message and "zmień skrót nazwy" in message


def test_a_conflict_settled_on_one_machine_settles_the_other_by_bundle(
    machines: Callable[[str], Machine], tmp_path: Path
) -> None:
    """Bartek keeps his value: Anna's copy takes it and her conflict closes, no server needed."""
    from cwd_desktop.sync.conflicts import resolve

    anna, bartek = machines("anna"), machines("bartek")
    _pid, sid = shared_stakeholder(anna, bartek, tmp_path)
    anna.records.update("stakeholder", sid, {"name": "OSP we Fromborku"})
    bartek.records.update("stakeholder", sid, {"name": "Ochotnicza Straż Pożarna Frombork"})
    exchange(anna, bartek, tmp_path / "a.cwdsync")
    exchange(bartek, anna, tmp_path / "b.cwdsync")
    [mine] = open_conflicts(bartek.store)

    resolve(bartek.store, mine.id, mine.current)  # keep "Ochotnicza Straż Pożarna Frombork"
    exchange(bartek, anna, tmp_path / "c.cwdsync")

    assert anna.records.get("stakeholder", sid)["name"] == "Ochotnicza Straż Pożarna Frombork"
    assert open_conflicts(anna.store) == []
    assert open_conflicts(bartek.store) == []
