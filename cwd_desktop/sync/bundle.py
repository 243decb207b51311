"""Signed ``.cwdsync`` bundles: the same change sets as a sync, carried on a USB stick.

A bundle is a ZIP file:

- ``manifest.json``: format ``cwdsync/1``, the schema revision, the exporting
  device and person, when, counts, and the names of the people behind the
  devices whose changes it carries (shown beside conflicts);
- ``mutations.jsonl``: every outbox entry, oldest first, one ``Mutation`` per line;
- ``blobs/<sha256>``: the files (exported Word versions, attachments) the
  changed rows refer to, named by the hash of their bytes;
- ``signature``: HMAC-SHA256 with the team key (``sync.bundle_key``) over a
  list of every other member's name and SHA-256, so a changed byte anywhere,
  an added or a removed file, or a bundle signed with another team's key is
  refused before anything is read into the store.

Exporting does not empty the outbox: the same changes still go to the server
at the next sync, which skips a mutation it has already seen (the importer
forwards what it applied, under the original mutation id). Importing applies
the changes with the sync merge rule (``sync.bundle_apply``); a mutation
already in this store's outbox or applied before is skipped, so a second
import of the same bundle changes nothing.

A bundle must come from the same schema revision as this program: its
mutations name exactly the tables and columns this store has, as with the
server (``sync.client.check_schema``).
"""

from __future__ import annotations

import errno
import getpass
import hashlib
import hmac
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.blobs import BlobStore
from cwd_desktop.services.progress import NO_PROGRESS, Progress
from cwd_desktop.store import Store
from cwd_desktop.sync.report import BundleReport

FORMAT = "cwdsync/1"
SUFFIX = ".cwdsync"
MANIFEST = "manifest.json"
MUTATIONS = "mutations.jsonl"
SIGNATURE = "signature"
BLOB_PREFIX = "blobs/"
#: local_meta key prefix remembering who is behind a device id (for conflicts).
AUTHOR_KEY = "bundle_author:"

_SHA256 = re.compile(r"[0-9a-f]{64}")
#: What ``zipfile`` raises for a damaged or cut file: bad headers, a broken deflate
#: stream, a flipped flag asking for a method or a password it does not have, a
#: member name that is not the UTF-8 its flag promises.
_DAMAGED: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    UnicodeDecodeError,
)
#: Opening the file: a directory that makes no sense (``ValueError``) is damage too.
_NOT_A_ZIP: tuple[type[Exception], ...] = (*_DAMAGED, ValueError)
_MAX_MANIFEST = 1 << 20
_CHUNK = 1 << 20


# -- errors ---------------------------------------------------------------------------


def _bad(template: str, path: Path, **params: Any) -> UserError:
    return UserError(template, field="path", path=str(path), **params)


def _not_a_bundle(path: Path) -> UserError:
    return _bad(
        QT_TRANSLATE_NOOP(
            "errors",
            "Plik {path} nie jest pakietem synchronizacji .cwdsync albo jest uszkodzony lub "
            "niepełny; nic nie wczytano.",
        ),
        path,
    )


def _missing_member(path: Path, member: str) -> UserError:
    return _bad(
        QT_TRANSLATE_NOOP(
            "errors", "Pakiet {path} jest niekompletny: brak pliku {member}; nic nie wczytano."
        ),
        path,
        member=member,
    )


def _cannot_read(path: Path, exc: OSError) -> UserError:
    """The file could not be read; an offset pointing outside it means it is incomplete.

    ``zipfile`` seeks to where the directory of a cut or shortened file
    says a member is; before the file's start the OS answers EINVAL.
    """
    if exc.errno == errno.EINVAL:
        return _not_a_bundle(path)
    return _bad(
        QT_TRANSLATE_NOOP("errors", "Nie można odczytać pliku {path}: {reason}."),
        path,
        reason=exc.strerror or str(exc),
    )


# -- signing --------------------------------------------------------------------------


def digest_text(hashes: dict[str, str]) -> str:
    """The canonical text the signature covers: the format, then ``name sha256`` lines."""
    lines = [FORMAT, *(f"{name} {hashes[name]}" for name in sorted(hashes))]
    return "\n".join(lines) + "\n"


def sign(key: bytes, hashes: dict[str, str]) -> str:
    """The hex HMAC-SHA256 of the members' names and hashes under the team key."""
    return hmac.new(key, digest_text(hashes).encode("utf-8"), hashlib.sha256).hexdigest()


# -- export ---------------------------------------------------------------------------


def author_name(store: Store) -> str:
    """Who is exporting: the sync role from the settings, else the system login name."""
    name = str(store.settings.get("sync_user") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def known_authors(store: Store) -> dict[str, str]:
    """Device id -> person, from earlier imports and this device."""
    rows = store.reader().execute(
        "SELECT key, value FROM local_meta WHERE key LIKE ?", (AUTHOR_KEY + "%",)
    )
    names = {str(k).removeprefix(AUTHOR_KEY): str(v) for k, v in rows}
    names[store.device_id] = author_name(store)
    return names


def _outbox(store: Store, names: dict[str, str]) -> list[dict[str, Any]]:
    from cwd_desktop.sync.mutation import OUTBOX_COLUMNS, Mutation

    rows = store.reader().execute(f"SELECT {OUTBOX_COLUMNS} FROM outbox ORDER BY seq")
    return [Mutation.from_row(row, names.get(str(row[7]), "")).to_json() for row in rows]


def _referenced_blobs(store: Store, mutations: list[dict[str, Any]]) -> list[str]:
    """Hashes in the blob columns of the changes and of the rows they touch, if stored here."""
    from cwd_desktop.sync.local import chunks
    from cwd_desktop.sync.server import synced_catalog

    catalog = synced_catalog()
    wanted: set[str] = set()
    rows_by_table: dict[str, set[str]] = {}
    for m in mutations:
        spec = catalog.get(m["table"])
        if spec is None or not spec.blobs:
            continue
        rows_by_table.setdefault(spec.name, set()).add(m["row_id"])
        for column in spec.blobs:
            change = m["changes"].get(column)
            if change:
                wanted.update(str(v) for v in (change.get("new"), change.get("old")) if v)
    conn = store.reader()
    for name, ids in rows_by_table.items():
        columns = ", ".join(f'"{c}"' for c in catalog[name].blobs)
        for part in chunks(sorted(ids)):
            marks = ", ".join("?" * len(part))
            for row in conn.execute(f'SELECT {columns} FROM "{name}" WHERE id IN ({marks})', part):
                wanted.update(str(v) for v in row if v)
    blobs = BlobStore(store.data_dir)
    return sorted(h for h in wanted if _SHA256.fullmatch(h) and blobs.exists(h))


def export_bundle(store: Store, path: Path, progress: Progress = NO_PROGRESS) -> BundleReport:
    """Write every pending change set (and the files they refer to) into one signed file.

    The file is written whole or not at all. The outbox is left as it is:
    the changes still go to the server at the next sync.
    """
    from cwd_desktop.exports.files import write_atomically
    from cwd_desktop.store.migrate import HEAD_REVISION
    from cwd_desktop.sync.bundle_key import require_key

    path = Path(path)
    key = require_key()
    progress.update(0, 0, QT_TRANSLATE_NOOP("progress", "Zbieranie zmian…"))
    names = known_authors(store)
    mutations = _outbox(store, names)
    blob_hashes = _referenced_blobs(store, mutations)
    devices = sorted({m["device_id"] for m in mutations} | {store.device_id})
    manifest = {
        "format": FORMAT,
        "schema_revision": HEAD_REVISION,
        "device_id": store.device_id,
        "author": names[store.device_id],
        "created_at": datetime.now(UTC).isoformat(),
        "counts": {"mutations": len(mutations), "blobs": len(blob_hashes)},
        "partnerships": sorted({m["partnership_id"] for m in mutations}),
        "authors": {d: names[d] for d in devices if names.get(d)},
    }
    members: dict[str, bytes] = {
        MANIFEST: json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"),
        MUTATIONS: "".join(
            json.dumps(m, ensure_ascii=False, separators=(",", ":")) + "\n" for m in mutations
        ).encode("utf-8"),
    }
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    buffer = io.BytesIO()
    blobs = BlobStore(store.data_dir)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        for done, sha in enumerate(blob_hashes, start=1):
            step = QT_TRANSLATE_NOOP("progress", "Pakowanie plików…")
            progress.update(done, len(blob_hashes), step)
            data = blobs.read_bytes(sha)
            hashes[BLOB_PREFIX + sha] = hashlib.sha256(data).hexdigest()
            zf.writestr(BLOB_PREFIX + sha, data)
        zf.writestr(SIGNATURE, sign(key, hashes))
    progress.update(0, 0, QT_TRANSLATE_NOOP("progress", "Zapisywanie pakietu…"))
    write_atomically(
        path,
        buffer.getvalue(),
        QT_TRANSLATE_NOOP(
            "errors", "Nie można zapisać pakietu {path}: {reason}; nic nie zapisano."
        ),
    )
    return BundleReport(path=str(path), mutations=len(mutations), blobs=len(blob_hashes))


# -- import ---------------------------------------------------------------------------


@dataclass
class Bundle:
    """A bundle read and verified: nothing of it has touched the store yet."""

    path: Path
    manifest: dict[str, Any]
    mutations: list[Any] = field(default_factory=list)
    blobs: list[str] = field(default_factory=list)

    @property
    def authors(self) -> dict[str, str]:
        """Device id -> person, as the exporting device knew them.

        Only plain text is kept (the names are stored beside conflicts): an
        entry the store could not hold is left out, never a reason to refuse.
        """
        from cwd_desktop.sync.codec import clean_text

        found = self.manifest.get("authors")
        pairs = list(found.items()) if isinstance(found, dict) else []
        pairs.append((self.manifest.get("device_id"), self.manifest.get("author")))
        return {
            device: name
            for device, name in pairs
            if isinstance(device, str)
            and isinstance(name, str)
            and device
            and name
            and clean_text(device)
            and clean_text(name)
        }


def _member_hash(zf: zipfile.ZipFile, name: str) -> str:
    digest = hashlib.sha256()
    with zf.open(name) as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _read_manifest(zf: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    names = zf.namelist()
    if MANIFEST not in names:
        raise _missing_member(path, MANIFEST)
    if zf.getinfo(MANIFEST).file_size > _MAX_MANIFEST:
        raise _not_a_bundle(path)
    try:
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "errors",
                "Pakiet {path}: plik manifest.json jest uszkodzony ({reason}); nic nie wczytano.",
            ),
            path,
            reason=str(exc),
        ) from exc
    if not isinstance(manifest, dict):
        raise _not_a_bundle(path)
    fmt = str(manifest.get("format") or "")
    if fmt != FORMAT:
        if fmt.startswith("cwdsync/"):
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Pakiet {path} ma nowszy format ({format}), którego ten program nie zna, "
                    "więc nic nie wczytano; zaktualizuj program.",
                ),
                path,
                format=fmt,
            )
        raise _not_a_bundle(path)
    return manifest


def _check_revision(manifest: dict[str, Any], path: Path) -> None:
    from cwd_desktop.store.migrate import HEAD_REVISION

    revision = str(manifest.get("schema_revision") or "")
    if revision == HEAD_REVISION:
        return
    if revision.isdigit() and int(revision) > int(HEAD_REVISION):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "errors",
                "Pakiet {path} pochodzi z nowszej wersji programu (schemat danych {bundle}, "
                "ten program: {mine}), więc nic nie wczytano; zaktualizuj program.",
            ),
            path,
            bundle=revision,
            mine=HEAD_REVISION,
        )
    raise _bad(
        QT_TRANSLATE_NOOP(
            "errors",
            "Pakiet {path} pochodzi ze starszej wersji programu (schemat danych {bundle}, "
            "ten program: {mine}), więc nic nie wczytano; jego autor musi zaktualizować "
            "program i wyeksportować pakiet ponownie.",
        ),
        path,
        bundle=revision or "?",
        mine=HEAD_REVISION,
    )


def _verify(zf: zipfile.ZipFile, path: Path, key: bytes) -> dict[str, str]:
    """Every member's hash, after checking the signature over them; a UserError otherwise."""
    names = zf.namelist()
    if SIGNATURE not in names:
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "Pakiet {path} nie jest podpisany; nic nie wczytano."),
            path,
        )
    hashes = {name: _member_hash(zf, name) for name in names if name != SIGNATURE}
    signature = zf.read(SIGNATURE).decode("ascii", errors="replace").strip()
    if not hmac.compare_digest(signature, sign(key, hashes)):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "errors",
                "Podpis pakietu {path} się nie zgadza: plik został zmieniony albo podpisano "
                "go innym kluczem zespołu; nic nie wczytano.",
            ),
            path,
        )
    return hashes


def _blob_names(hashes: dict[str, str], path: Path) -> list[str]:
    """The blob hashes of a verified bundle; any other stray or mislabelled member is refused."""
    blobs: list[str] = []
    for name, sha in sorted(hashes.items()):
        if name in (MANIFEST, MUTATIONS):
            continue
        blob = name.removeprefix(BLOB_PREFIX)
        if not name.startswith(BLOB_PREFIX) or not _SHA256.fullmatch(blob):
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "errors", "Pakiet {path} zawiera nieznany plik {member}; nic nie wczytano."
                ),
                path,
                member=name,
            )
        if sha != blob:
            raise _bad(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Pakiet {path} jest uszkodzony: zawartość pliku {member} nie zgadza się "
                    "z jego sumą kontrolną; nic nie wczytano.",
                ),
                path,
                member=name,
            )
        blobs.append(blob)
    return blobs


def _lines(zf: zipfile.ZipFile) -> Iterator[tuple[int, str]]:
    with zf.open(MUTATIONS) as raw:
        for number, line in enumerate(io.TextIOWrapper(raw, encoding="utf-8"), start=1):
            if line.strip():
                yield number, line


def read_bundle(path: Path, key: bytes) -> Bundle:
    """Open, verify and parse a bundle; one UserError naming what is wrong, store untouched."""
    from cwd_desktop.sync.bundle_parse import parse_mutation

    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    except _NOT_A_ZIP as exc:
        raise _not_a_bundle(path) from exc
    with zf:
        try:
            names = zf.namelist()
            if len(set(names)) != len(names):
                raise _not_a_bundle(path)
            manifest = _read_manifest(zf, path)
            hashes = _verify(zf, path, key)
            _check_revision(manifest, path)
            if MUTATIONS not in hashes:
                raise _missing_member(path, MUTATIONS)
            blobs = _blob_names(hashes, path)
            bundle = Bundle(path, manifest, blobs=blobs)
            try:
                for number, line in _lines(zf):
                    bundle.mutations.append(parse_mutation(path, number, line))
            except UnicodeDecodeError as exc:
                raise _bad(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Pakiet {path}: plik mutations.jsonl nie jest tekstem UTF-8; "
                        "nic nie wczytano.",
                    ),
                    path,
                ) from exc
        except OSError as exc:
            raise _cannot_read(path, exc) from exc
        except _DAMAGED as exc:
            raise _not_a_bundle(path) from exc
    return bundle


def _store_blobs(store: Store, bundle: Bundle) -> int:
    """Copy the bundle's files into the blob store; return how many were new here.

    Written before the rows: a failure later leaves unreferenced blobs
    (harmless, content-addressed), never a row whose file is missing.
    """
    blobs = BlobStore(store.data_dir)
    added = 0
    try:
        zf = zipfile.ZipFile(bundle.path)
    except OSError as exc:
        raise _cannot_read(bundle.path, exc) from exc
    except _NOT_A_ZIP as exc:
        raise _not_a_bundle(bundle.path) from exc
    with zf:
        for sha in bundle.blobs:
            if blobs.exists(sha):
                continue
            try:
                data = zf.read(BLOB_PREFIX + sha)
            except OSError as exc:
                raise _cannot_read(bundle.path, exc) from exc
            except _DAMAGED as exc:
                raise _not_a_bundle(bundle.path) from exc
            if hashlib.sha256(data).hexdigest() != sha:  # the file changed since it was verified
                raise _not_a_bundle(bundle.path)
            blobs.put_bytes(data)
            added += 1
    return added


def import_bundle(store: Store, path: Path, progress: Progress = NO_PROGRESS) -> BundleReport:
    """Apply a bundle with the sync merge rules; a second import changes nothing.

    Everything is checked (format, signature, schema revision, every line)
    before the store is touched; the changes are then applied in one
    transaction, so a refused or cancelled import leaves no trace.
    """
    from cwd_desktop.sync.bundle_apply import apply_bundle
    from cwd_desktop.sync.bundle_key import require_key

    path = Path(path)
    key = require_key()
    progress.update(0, 0, QT_TRANSLATE_NOOP("progress", "Sprawdzanie pakietu…"))
    bundle = read_bundle(path, key)
    progress.update(0, 0, QT_TRANSLATE_NOOP("progress", "Zapisywanie plików…"))
    _store_blobs(store, bundle)
    outcome = apply_bundle(store, path, bundle.mutations, bundle.authors, progress)
    return BundleReport(
        path=str(path),
        mutations=len(bundle.mutations),
        blobs=len(bundle.blobs),
        applied=outcome.applied,
        already_there=outcome.already_there,
        new_conflicts=outcome.new_conflicts,
        missing_rows=outcome.missing_rows,
    )
