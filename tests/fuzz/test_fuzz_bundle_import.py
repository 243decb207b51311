"""Fuzzing ``.cwdsync`` bundle import with real exports, changed and signed again."""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, note

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.blobs import BlobStore
from cwd_desktop.services.check import search_index_gaps
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import open_store
from cwd_desktop.sync.bundle import BLOB_PREFIX, export_bundle, import_bundle
from cwd_desktop.sync.bundle_key import require_key, set_key
from cwd_desktop.sync.report import BundleReport
from cwd_desktop.sync.server import synced_catalog
from tests.fuzz.bundle_strategies import BaseBundle, bundle_files
from tests.fuzz.harness import Tally, attempt, fuzz_settings, report, run_example
from tests.fuzz.strategies import FuzzFile

EXAMPLES = 1000
SYNCED = list(synced_catalog())
TABLES = [*SYNCED, "applied_mutation", "sync_conflict", "local_meta"]


def source_bundle(folder: Path) -> bytes:
    """A colleague's export: a partnership, people, edits, a file, numbers and a survey."""
    folder.mkdir()
    services = Services(open_store(folder))
    try:
        services.store.settings.set("sync_user", "anna")
        pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
        osp = services.records.create(
            "stakeholder", pid, {"name": "OSP Rogity", "category": "osp", "place": "Rogity"}
        )
        kgw = services.records.create(
            "stakeholder", pid, {"name": "KGW Łozy", "category": "kgw", "influence": 3}
        )
        services.records.create(
            "contact_person",
            pid,
            {"stakeholder_id": osp, "name": "Halina Wiśniewska", "phone": "601 234 567"},
        )
        services.records.update("stakeholder", osp, {"notes": "zaproszeni na konsultacje"})
        services.records.delete("stakeholder", kgw)
        pdf = b"%PDF-1.4 zaproszenie"
        sha = BlobStore(services.store.data_dir).put_bytes(pdf)
        services.records.create(
            "attachment",
            pid,
            {
                "owner_table": "stakeholder",
                "owner_id": osp,
                "filename": "zaproszenie.pdf",
                "sha256": sha,
                "size": len(pdf),
            },
        )
        indicator = services.records.create("indicator", pid, {"name": "Ludność", "unit": "osoba"})
        services.records.create(
            "indicator_value",
            pid,
            {"indicator_id": indicator, "teryt": "2802011", "year": 2024, "value": 16158.0},
        )
        survey = folder / "ankieta.csv"  # a survey: questions with packed (bytes) answers
        survey.write_text("Płeć;Wiek\nKobieta;34\nMężczyzna;41\n", encoding="utf-8")
        services.surveys.import_file(survey, pid, "residents")
        path = folder / "anna.cwdsync"
        export_bundle(services.store, path)
        return path.read_bytes()
    finally:
        services.store.close()


def bundle_blobs(path: Path) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return [n.removeprefix(BLOB_PREFIX) for n in archive.namelist() if n.startswith("blobs/")]


def verify_import(
    services: Services,
    path: Path,
    result: BundleReport,
    changed: dict[str, int],
    outbox: Counter[tuple[str, str]],
) -> None:
    """What the report says is in the store, consistent, and a second import adds nothing new."""
    assert result.applied + result.already_there + result.missing_rows == result.mutations
    assert sum(outbox.values()) == changed.get("outbox", 0) == result.applied, (
        f"outbox {changed}, reported {result}"
    )
    assert changed.get("applied_mutation", 0) == result.applied
    assert changed.get("sync_conflict", 0) == result.new_conflicts
    assert sum(changed.get(t, 0) for t in SYNCED) <= result.applied
    conn = services.store.reader()
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert search_index_gaps(services.store) == (0, 0)
    blobs = BlobStore(services.store.data_dir)
    assert all(blobs.exists(sha) for sha in bundle_blobs(path))
    again, error = attempt(lambda: import_bundle(services.store, path))
    assert error is None, f"imported once, refused the second time: {error}"
    assert again is not None
    assert again.applied <= result.missing_rows
    assert again.already_there >= result.applied


def duplicate_only_for_a_clash(error: UserError) -> None:
    """The "duplicates a record, change the short name" sentence is for UNIQUE clashes only."""
    if "powiela rekord" in error.template:
        assert str(error.params.get("reason", "")).startswith("UNIQUE"), str(error)


def test_bundle_import_gives_a_clear_error_or_a_whole_import(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_key("k" * 32)
    exported = source_bundle(tmp_path / "anna")
    base = BaseBundle.read(exported, require_key())
    # This computer already has the colleague's work, and a local edit not yet sent.
    first = tmp_path / "first.cwdsync"
    first.write_bytes(exported)
    import_bundle(services.store, first)
    row = (
        services.store.reader()
        .execute("SELECT id FROM stakeholder WHERE deleted_at IS NULL")
        .fetchone()
    )
    services.records.update("stakeholder", str(row[0]), {"place": "Rogity Wielkie"})
    folder = tmp_path / "files"
    folder.mkdir()
    tally = Tally("bundle import")

    @fuzz_settings(EXAMPLES)
    @given(file=bundle_files(base))
    def check(file: FuzzFile) -> None:
        note(file.recipe)
        path = file.write(folder)
        try:
            run_example(
                tally,
                services.store,
                TABLES,
                lambda: import_bundle(services.store, path),
                lambda result, changed, outbox: verify_import(
                    services, path, result, changed, outbox
                ),
                duplicate_only_for_a_clash,
            )
        finally:
            path.unlink()

    check()
    report(capsys, tally)
