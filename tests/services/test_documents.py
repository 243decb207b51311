"""Document versions: an export is written, kept in the blob store and can be reopened."""

from __future__ import annotations

import getpass
import json
import stat
from pathlib import Path

import docx
import pytest

from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.exports.docx.registry import exporters
from cwd_desktop.services.app import Services
from cwd_desktop.services.documents import DocumentService
from cwd_desktop.services.progress import Progress
from tests.exports.docx_check import reopen
from tests.exports.docx_data import consultation_log, meeting_with_minutes


@pytest.fixture
def documents(services: Services) -> DocumentService:
    return DocumentService(services)


def version_rows(services: Services) -> int:
    row = services.store.reader().execute("SELECT count(*) FROM document_version").fetchone()
    return int(row[0])


def test_the_registry_lists_the_kinds_in_the_vocabulary_order() -> None:
    kinds = [k.value for k in exporters()]
    assert {"consultation-report", "minutes"} <= set(kinds)
    assert kinds.index("consultation-report") < kinds.index("minutes")
    assert exporters()["minutes"].subject == "meeting"  # type: ignore[index]


def test_an_export_is_written_and_kept_as_a_version(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    log = consultation_log(services)
    path = tmp_path / "sprawozdanie.docx"

    version = documents.export("consultation-report", "PGZB", path, "Anna Kowalczyk")

    assert version.path == path
    assert path.read_bytes() == documents.read_bytes(version)
    assert version.size == path.stat().st_size
    assert version.kind == "consultation-report"
    assert version.title == "Sprawozdanie z przebiegu i wyników konsultacji — PGZB"
    assert version.filename == "sprawozdanie.docx"
    assert version.author == "Anna Kowalczyk"
    assert version.partnership_id == log.partnership_id
    assert version.subject_id is None
    assert reopen(path).core_properties.author == "Anna Kowalczyk"
    listed = documents.versions(log.partnership_id)
    assert [v.id for v in listed] == [version.id]
    assert listed[0].created_at.tzinfo is not None


def test_the_author_defaults_to_the_system_user(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    consultation_log(services)
    version = documents.export("consultation-report", "PGZB", tmp_path / "s.docx")
    assert version.author == getpass.getuser()


def test_minutes_keep_their_meeting_as_subject_and_parameter(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    m = meeting_with_minutes(services)

    version = documents.export(
        "minutes", m.partnership_id, tmp_path / "protokol.docx", meeting=m.meeting
    )

    assert version.subject_id == m.meeting
    assert version.params == {"meeting": m.meeting}
    stored = services.store.reader().execute("SELECT params FROM document_version").fetchone()
    assert json.loads(stored[0]) == {"meeting": m.meeting}


def test_versions_are_newest_first_and_filter_by_kind(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    m = meeting_with_minutes(services)
    consultation_log(services, m.partnership_id)
    first = documents.export("consultation-report", m.partnership_id, tmp_path / "a.docx")
    minutes = documents.export("minutes", m.partnership_id, tmp_path / "b.docx", meeting=m.meeting)

    again = documents.export_again(first.id, tmp_path / "c.docx")

    assert again.id != first.id
    assert again.kind == "consultation-report"
    assert [v.id for v in documents.versions(m.partnership_id)] == [
        again.id,
        minutes.id,
        first.id,
    ]
    assert [v.id for v in documents.versions(m.partnership_id, "minutes")] == [minutes.id]
    minutes_again = documents.export_again(minutes.id, tmp_path / "d.docx")
    assert minutes_again.subject_id == m.meeting


def test_export_again_uses_todays_data(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    log = consultation_log(services)
    first = documents.export("consultation-report", log.partnership_id, tmp_path / "a.docx")
    services.records.delete("comment", log.comments[0])

    again = documents.export_again(first.id, tmp_path / "b.docx")

    old_rows = len(reopen(tmp_path / "a.docx").tables[-1].rows)
    assert len(reopen(again.path or Path()).tables[-1].rows) == old_rows - 1


def test_open_path_is_a_read_only_copy_and_the_blob_stays_intact(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    consultation_log(services)
    version = documents.export("consultation-report", "PGZB", tmp_path / "s.docx")

    copy = documents.open_path(version.id)

    assert copy.name == "s.docx"
    assert copy.read_bytes() == (tmp_path / "s.docx").read_bytes()
    assert not copy.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    copy.chmod(stat.S_IWUSR | stat.S_IRUSR)
    copy.write_bytes(b"edited in Word")
    assert documents.read_bytes(version) == (tmp_path / "s.docx").read_bytes()
    assert documents.open_path(version) != copy  # a fresh copy each time


def test_save_copy_writes_the_stored_bytes(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    consultation_log(services)
    version = documents.export("consultation-report", "PGZB", tmp_path / "s.docx")
    (tmp_path / "s.docx").unlink()

    saved = documents.save_copy(version.id, tmp_path / "kopia.docx")

    assert saved.read_bytes() == documents.read_bytes(version)
    with pytest.raises(UserError, match=r"^Nie można zapisać dokumentu .*brak"):
        documents.save_copy(version.id, tmp_path / "brak" / "kopia.docx")


def test_an_unwritable_path_stores_nothing(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    consultation_log(services)

    with pytest.raises(UserError, match=r"^Nie można zapisać dokumentu .*; nic nie zapisano\.$"):
        documents.export("consultation-report", "PGZB", tmp_path / "brak" / "s.docx")

    assert version_rows(services) == 0
    assert not (services.store.data_dir / "blobs").exists()


def test_a_users_template_missing_a_style_leaves_no_file_and_no_version(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    consultation_log(services)
    template = tmp_path / "wlasny.docx"
    docx.Document().save(str(template))
    services.store.settings.set("docx_template", str(template))
    target = tmp_path / "s.docx"

    with pytest.raises(UserError) as caught:
        documents.export("consultation-report", "PGZB", target)

    assert str(caught.value) == (
        f"Szablon „{template}” nie ma stylu „CWD Metryka”; dodaj go albo wybierz inny szablon."
    )
    assert not target.exists()
    assert version_rows(services) == 0


def test_a_users_template_with_the_styles_is_used(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    consultation_log(services)
    template = tmp_path / "wlasny.docx"
    own = docx.Document(str(Path(__file__).parents[2] / "resources/templates/cwd-szablon.docx"))
    own.styles["Heading 1"].font.size = docx.shared.Pt(20)
    own.save(str(template))
    services.store.settings.set("docx_template", str(template))

    version = documents.export("consultation-report", "PGZB", tmp_path / "s.docx")

    heading = reopen(version.path or Path()).styles["Heading 1"]
    assert heading.font.size == docx.shared.Pt(20)


def test_cancel_before_writing_leaves_nothing(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    consultation_log(services)
    progress = Progress()
    progress.cancel()

    with pytest.raises(Cancelled):
        documents.export("consultation-report", "PGZB", tmp_path / "s.docx", progress=progress)

    assert list(tmp_path.glob("*.docx")) == []
    assert version_rows(services) == 0


def test_unknown_versions_and_kinds_are_one_sentence(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    consultation_log(services)
    with pytest.raises(UserError, match=r"^Nie ma wersji dokumentu xyz\.$"):
        documents.open_path("xyz")
    with pytest.raises(UserError, match=r"^Nie ma eksportu dokumentu rodzaju „ulotka”\.$"):
        documents.export("ulotka", "PGZB", tmp_path / "u.docx")


def test_a_version_whose_bytes_are_not_synced_yet_says_so(
    services: Services, documents: DocumentService, tmp_path: Path
) -> None:
    consultation_log(services)
    version = documents.export("consultation-report", "PGZB", tmp_path / "s.docx")
    documents.blobs.path(version.sha256).unlink()

    with pytest.raises(UserError, match=r"zsynchronizuj dane"):
        documents.open_path(version)
