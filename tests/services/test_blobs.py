"""The attachment blob store: bytes kept by content hash, whole or not at all."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services.blobs import BlobStore


def test_a_file_is_stored_under_its_sha256_and_read_back(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "data")
    source = tmp_path / "protokół.pdf"
    source.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 5000)

    sha, size = blobs.put_file(source)

    assert sha == hashlib.sha256(source.read_bytes()).hexdigest()
    assert size == source.stat().st_size
    assert blobs.path(sha) == tmp_path / "data" / "blobs" / sha
    assert blobs.read_bytes(sha) == source.read_bytes()


def test_the_same_content_twice_is_stored_once_and_no_temporary_file_is_left(
    tmp_path: Path,
) -> None:
    blobs = BlobStore(tmp_path)
    first = blobs.put_bytes(b"lista obecnosci")
    (tmp_path / "kopia.txt").write_bytes(b"lista obecnosci")
    second, _ = blobs.put_file(tmp_path / "kopia.txt")

    assert first == second
    assert [p.name for p in (tmp_path / "blobs").iterdir()] == [first]


def test_a_file_that_cannot_be_read_is_one_sentence_naming_it(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path)
    missing = tmp_path / "nie ma.pdf"

    with pytest.raises(UserError, match=r"Nie można odczytać pliku .*nie ma\.pdf"):
        blobs.put_file(missing)
    with pytest.raises(UserError, match="Nie można odczytać pliku"):
        blobs.put_file(tmp_path)  # a folder is not a file


def test_a_blob_missing_on_this_computer_is_a_user_error(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path)

    with pytest.raises(UserError, match="zsynchronizuj dane"):
        blobs.read_bytes("0" * 64)
    with pytest.raises(ValueError):
        blobs.path("../../etc/passwd")


def test_a_failed_write_leaves_neither_a_blob_nor_a_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "blobs").write_text("a file where the folder should be")
    blobs = BlobStore(tmp_path)

    with pytest.raises(UserError, match="Nie można zapisać załącznika"):
        blobs.put_bytes(b"x")

    assert sorted(p.name for p in tmp_path.iterdir()) == ["blobs"]
