"""The knowledge base travels through the real central store: rows, file bytes and search.

A practice and its document are team-wide (``TEAM_SCOPE``); the link to a
project lives in the project's partnership. A colleague's laptop receives
the rows and the blob and finds the document by a word that occurs only
inside the PDF, without extracting the file again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.services import knowledge
from cwd_desktop.services import knowledge_reads as reads
from cwd_desktop.services.blobs import BlobStore
from cwd_desktop.services.knowledge_pdf import text_pdf
from cwd_desktop.services.projects import create_project
from tests.sync.conftest import Central, Device, replica, server_replica, team

MakeDevice = Callable[[str, str], Device]


def test_a_practice_with_a_pdf_reaches_a_colleague_who_finds_a_word_inside_it(
    central: Central, make_fast_device: MakeDevice, tmp_path: Path
) -> None:
    (anna, bartek), pid = team(central, make_fast_device, "anna", "bartek")
    project = create_project(anna.services, pid, {"title": "Klaster energii Ziemi Braniewskiej"})
    practice = knowledge.create_practice(
        anna.services,
        {"title": "Klaster energii gmin", "owner_teryt": "2807043", "contact": "tel. 55 000 11 22"},
    )
    pdf = tmp_path / "raport z wizyty.pdf"
    pdf.write_bytes(
        text_pdf("Raport z wizyty", ["Każdy prosument oddaje nadwyżki do magazynu energii."])
    )
    doc = knowledge.add_document(anna.services, pdf, "Raport z wizyty", practice_id=practice)
    link = knowledge.link_project(anna.services, practice, project)

    sent = anna.sync()
    received = bartek.sync()

    assert sent.blobs_sent == 1 and received.blobs_received == 1
    [hit] = knowledge.search(bartek.services, "nadwyzki prosument")
    assert (hit.row_id, hit.practice_id, hit.in_file) == (doc, practice, True)
    row = reads.get_document(bartek.store, doc)
    assert row is not None
    blob = BlobStore(bartek.store.data_dir).path(row["sha256"])
    assert hashlib.sha256(blob.read_bytes()).hexdigest() == row["sha256"]
    assert reads.document_file(bartek.store, doc).read_bytes() == pdf.read_bytes()
    assert [r["id"] for r in reads.practice_projects(bartek.store, practice)] == [link]
    assert central.query("SELECT partnership_id FROM good_practice") == [(TEAM_SCOPE,)]
    assert replica(bartek.store) == replica(anna.store) == server_replica(central)

    # A removal travels back as a tombstone: the practice and its file leave the search.
    removed = knowledge.delete_practice(bartek.services, practice)
    assert len(removed.rows) == 2
    bartek.sync()
    anna.sync()
    assert knowledge.search(anna.services, "prosument") == []
    assert reads.practices(anna.store) == []
    contact = anna.store.reader().execute("SELECT contact FROM good_practice").fetchone()
    assert contact == ("",), "the contact (personal data) is erased with the practice"
