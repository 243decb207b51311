"""Exported Word versions and attached files travel with sync, byte for byte.

A version or an attachment is a synced row naming a content hash; the bytes
go to the server's ``blob`` table once and come down to every colleague's
blob store, where they must hash to the same value. Two versions exported
on two laptops are both kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from cwd_desktop.services import consultations
from cwd_desktop.services.blobs import BlobStore
from cwd_desktop.services.consultations import attachment_path
from tests.exports.docx_data import consultation_log
from tests.sync.conftest import Central, Device, replica, server_replica, team

#: A small stand-in for a scanned attendance list (the bytes are what matters).
SCAN = b"%PDF-1.4\n% lista obecnosci, spotkanie otwarte w Braniewie\n" + bytes(range(256)) * 40


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _blob_count(central: Central) -> int:
    return int(str(central.query("SELECT count(*) FROM blob")[0][0]))


def test_an_exported_version_and_an_attachment_reach_a_colleague_byte_for_byte(
    central: Central, make_fast_device: Callable[[str, str], Device], tmp_path: Path
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    log = consultation_log(anna.services, pid)
    version = anna.services.documents.export(
        "consultation-report", pid, tmp_path / "sprawozdanie.docx", "Anna Kowalczyk"
    )
    exported = (tmp_path / "sprawozdanie.docx").read_bytes()
    scan = tmp_path / "lista obecności.pdf"
    scan.write_bytes(SCAN)
    attachment = consultations.add_attachment(anna.services, "consultation", log.draft, scan)

    sent = anna.sync()
    received = bartek.sync()

    assert sent.blobs_sent == 2 and received.blobs_received == 2
    [theirs] = bartek.services.documents.versions(pid, "consultation-report")
    assert (theirs.id, theirs.sha256, theirs.author) == (
        version.id,
        _sha(exported),
        "Anna Kowalczyk",
    )
    assert bartek.services.documents.read_bytes(theirs) == exported
    blobs = BlobStore(bartek.store.data_dir)
    assert _sha(blobs.path(version.sha256).read_bytes()) == version.sha256
    opened = attachment_path(bartek.store, attachment)
    assert opened.name == "lista obecności.pdf" and opened.read_bytes() == SCAN
    stored = central.query(
        "SELECT sha256, size, encode(sha256(data), 'hex') FROM blob ORDER BY size"
    )
    assert sorted(stored) == sorted(
        [(_sha(SCAN), len(SCAN), _sha(SCAN)), (_sha(exported), len(exported), _sha(exported))]
    )
    assert bartek.sync().blobs_received == 0  # nothing is fetched twice
    assert replica(bartek.store) == replica(anna.store) == server_replica(central)


def test_two_versions_exported_offline_on_two_laptops_are_both_kept(
    central: Central, make_fast_device: Callable[[str, str], Device], tmp_path: Path
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    consultation_log(anna.services, pid)
    anna.sync()
    bartek.sync()

    mine = anna.services.documents.export(
        "consultation-report", pid, tmp_path / "a.docx", "Anna Kowalczyk"
    )
    theirs = bartek.services.documents.export(
        "consultation-report", pid, tmp_path / "b.docx", "Bartek Nowak"
    )
    assert mine.sha256 != theirs.sha256
    for device in (anna, bartek, anna):
        device.sync()

    expected = {
        mine.id: (tmp_path / "a.docx").read_bytes(),
        theirs.id: (tmp_path / "b.docx").read_bytes(),
    }
    for device in (anna, bartek):
        documents = device.services.documents
        versions = documents.versions(pid, "consultation-report")
        assert {v.id: v.author for v in versions} == {
            mine.id: "Anna Kowalczyk",
            theirs.id: "Bartek Nowak",
        }
        assert {v.id: documents.read_bytes(v) for v in versions} == expected
    assert _blob_count(central) == 2
    assert central.query("SELECT count(*) FROM conflicts") == [(0,)]


def test_the_same_file_is_uploaded_once_however_often_it_is_attached(
    central: Central, make_fast_device: Callable[[str, str], Device], tmp_path: Path
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    log = consultation_log(anna.services, pid)
    anna.sync()
    bartek.sync()
    scan = tmp_path / "lista.pdf"
    scan.write_bytes(SCAN)
    consultations.add_attachment(anna.services, "consultation", log.draft, scan)
    consultations.add_attachment(anna.services, "consultation", log.workshop, scan)
    # Bartek scanned the same sheet on his laptop and attached it too.
    consultations.add_attachment(bartek.services, "consultation", log.draft, scan)

    first = anna.sync()
    second = bartek.sync()
    again = anna.sync()

    assert (first.blobs_sent, second.blobs_sent, again.blobs_sent) == (1, 0, 0)
    assert central.query("SELECT sha256, size FROM blob") == [(_sha(SCAN), len(SCAN))]
    assert central.query("SELECT count(*), count(DISTINCT sha256) FROM attachment") == [(3, 1)]
    assert again.blobs_received == 0  # Anna already has the bytes of Bartek's attachment
    for device in (anna, bartek):
        rows = device.store.reader().execute("SELECT id FROM attachment").fetchall()
        assert len(rows) == 3
        assert {attachment_path(device.store, r[0]).read_bytes() for r in rows} == {SCAN}
