"""Hypothesis strategies for ``.cwdsync`` bundles: a real export, taken apart and re-signed.

The signature would refuse almost every random change before the parser
sees it, so most generated bundles are signed again with the team key AFTER
they were changed: what is exercised is the reading of the manifest, of
every mutation line and of the blobs, and the merge into the store. Some
keep a stale signature, a wrong one or none, and some lose bytes after
signing, to check that the signature check itself fails cleanly.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary

from cwd_desktop.sync.bundle import MANIFEST, MUTATIONS, SIGNATURE, sign
from cwd_desktop.sync.server import synced_catalog
from tests.fuzz.strategies import Draw, FuzzFile, mangled, write_members

CATALOG = synced_catalog()
TABLES = tuple(CATALOG)
#: Columns a mutation never carries (the row's identity and the sync bookkeeping).
_OWN = ("id", "partnership_id", "version", "updated_at", "updated_by")

#: Values at the edges of each column type: out of SQLite's range, out of the calendar
#: once moved to UTC, not a number, no value where one is required.
BOUNDARY: dict[str, tuple[Any, ...]] = {
    "int": (2**63, -(2**63) - 1, 2**63 - 1, 10**30, 10**400, -1, True, 1.5, "7", "", None),
    "float": (10**400, float("nan"), float("inf"), -1e308, 5e-324, "1,5", "1e999", True, None),
    "bool": (2, "yes", 0.5, None, []),
    "date": ("2024-02-30", "0001-01-01", "9999-12-31", "2024-01-01T00:00:00", 20240101, None),
    "datetime": (
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00",
        "2024-01-01",
        "2024-01-01T25:00:00",
        "2024-06-01T12:00:00",
        None,
    ),
    "bytes": ("!!!", "", "AAAA", "=", None),
    "text": (None, 5, "", "\x00", "a" * 100_000, "żółw"),
}


def column_kind(column: Any) -> str:
    """The BOUNDARY kind of a column, from its SQLAlchemy type."""
    kind = getattr(column.type, "impl_instance", column.type)
    for name, types in (
        ("bool", Boolean),
        ("int", Integer),
        ("float", Float),
        ("datetime", DateTime),
        ("date", Date),
        ("bytes", LargeBinary),
    ):
        if isinstance(kind, types):
            return name
    return "text"


#: JSON values of the wrong type or shape for any field.
WEIRD_JSON: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    2**63,
    10**30,
    1.5,
    float("nan"),
    float("inf"),
    "",
    "x",
    "żółw",
    "\x00",
    "2024-02-30",
    "2024-01-01T00:00:00",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31",
    "!!!not base64",
    "a" * 5000,
    [],
    [1, "a"],
    {},
    {"old": 1},
    "insert",
    "stakeholder",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
)
_INDEX = st.integers(min_value=0, max_value=1 << 16)
_FIELDS = (
    "mutation_id",
    "table",
    "row_id",
    "partnership_id",
    "op",
    "changes",
    "created_at",
    "device_id",
    "author",
)


@dataclass(frozen=True)
class BaseBundle:
    """The parts of a valid exported bundle and the key it was signed with."""

    manifest: dict[str, Any]
    mutations: list[dict[str, Any]]
    blobs: dict[str, bytes]  # member name -> bytes
    key: bytes

    @classmethod
    def read(cls, data: bytes, key: bytes) -> BaseBundle:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            lines = archive.read(MUTATIONS).decode("utf-8").splitlines()
            blobs = {n: archive.read(n) for n in archive.namelist() if n.startswith("blobs/")}
        return cls(manifest, [json.loads(line) for line in lines if line], blobs, key)


def _weird(draw: Draw) -> Any:
    return draw(st.one_of(st.sampled_from(WEIRD_JSON), st.sampled_from(TABLES), st.text()))


def _fresh_ids(draw: Draw, mutations: list[dict[str, Any]], rows: bool) -> None:
    """New mutation ids (applied again, not "already there"); with ``rows`` new row ids too."""
    mapping: dict[str, str] = {}
    if rows:
        ids = {m.get("row_id") for m in mutations} | {m.get("partnership_id") for m in mutations}
        mapping = {str(i): str(draw(st.uuids())) for i in ids if i}
    suffix = f" {draw(st.integers(0, 10**6))}"
    for m in mutations:
        m["mutation_id"] = str(draw(st.uuids()))
        if not mapping:
            continue
        short = m.get("changes", {}).get("short_name") if m.get("table") == "partnership" else None
        if isinstance(short, dict) and isinstance(short.get("new"), str):
            short["new"] += suffix  # a new partnership needs its own short name
        for name in ("row_id", "partnership_id"):
            m[name] = mapping.get(str(m.get(name)), m.get(name))
        for change in m.get("changes", {}).values():
            for side in ("old", "new"):
                value = change.get(side)
                if isinstance(value, str) and value in mapping:
                    change[side] = mapping[value]


#: Edits of the mutations: half of them still parse, so the merge and the writes are
#: exercised as much as the parser.
MUTATION_EDITS = (
    *("typed", "value", "typed", "orphan", "typed", "value", "typed", "typed", "typed"),
    *("extra_key", "drop", "duplicate", "reverse", "created_at"),
    *("field", "drop_key", "unknown_column", "change_shape", "changes_shape", "table", "op"),
)


def _edit_mutations(draw: Draw, mutations: list[dict[str, Any]]) -> str:
    """One change to the list of mutations or to one of them; its name."""
    kind = str(draw(st.sampled_from(MUTATION_EDITS)))
    if not mutations:
        return "empty"
    m = mutations[int(draw(_INDEX)) % len(mutations)]
    changes: dict[str, Any] = m["changes"] if isinstance(m.get("changes"), dict) else {}
    column = sorted(changes)[int(draw(_INDEX)) % len(changes)] if changes else None
    if kind == "field":
        m[draw(st.sampled_from(_FIELDS))] = _weird(draw)
    elif kind == "drop_key":
        m.pop(draw(st.sampled_from(_FIELDS)), None)
    elif kind == "extra_key":
        m[draw(st.sampled_from(("base_version", "extra", "")))] = _weird(draw)
    elif kind == "value" and column is not None and isinstance(changes[column], dict):
        changes[column][draw(st.sampled_from(("new", "new", "old")))] = _weird(draw)
    elif kind == "unknown_column":
        name = draw(st.sampled_from(("nazwa", "id", "version", "updated_at", "deleted_at", "")))
        changes[name] = {"old": None, "new": _weird(draw)}
        m["changes"] = changes
    elif kind == "change_shape" and column is not None:
        changes[column] = draw(st.sampled_from(({}, {"old": 1}, None, 5, "x", [1, 2])))
    elif kind == "changes_shape":
        m["changes"] = draw(st.sampled_from(([], None, "x", 3, [["name", 1]])))
    elif kind == "table":
        m["table"] = draw(st.sampled_from((*TABLES, "outbox", "sqlite_master", "x")))
    elif kind == "op":
        m["op"] = draw(st.sampled_from(("insert", "update", "delete", "INSERT", "upsert")))
    elif kind == "drop":
        mutations.remove(m)
    elif kind == "duplicate":
        mutations.insert(int(draw(_INDEX)) % len(mutations), copy.deepcopy(m))
    elif kind == "reverse":
        mutations.reverse()
    elif kind == "orphan" and column is not None and isinstance(changes[column], dict):
        changes[column]["new"] = str(draw(st.uuids()))
    elif kind == "created_at":
        m["created_at"] = draw(st.sampled_from(("2024-13-01", "0001-01-01", *BOUNDARY["datetime"])))
    elif kind == "typed" and str(m.get("table")) in CATALOG:
        columns = [c for c in CATALOG[str(m["table"])].table.columns if c.name not in _OWN]
        target = columns[int(draw(_INDEX)) % len(columns)]
        change = changes.get(target.name)
        if not isinstance(change, dict):
            change = changes[target.name] = {"old": None}
        change["new"] = draw(st.sampled_from(BOUNDARY[column_kind(target)]))
        m["changes"] = changes
    return kind


def _jsonl(draw: Draw, mutations: list[dict[str, Any]], damage: bool) -> tuple[bytes, list[str]]:
    """The mutations as JSON lines, with 1–2 line-level accidents when ``damage``."""
    lines = [json.dumps(m, ensure_ascii=draw(st.booleans())) for m in mutations]
    done = []
    for _ in range(draw(st.sampled_from((1, 1, 2))) if damage else 0):
        kind = draw(
            st.sampled_from(("garbage", "cut", "blank", "crlf", "bom", "latin2", "padding"))
        )
        at = int(draw(_INDEX)) % (len(lines) + 1)
        if kind == "garbage":
            lines.insert(at, draw(st.sampled_from(("{", "[]", "null", "42", '"x"', "{}"))))
        elif kind == "cut" and lines:
            line = lines[at % len(lines)]
            lines[at % len(lines)] = line[: int(draw(_INDEX)) % (len(line) + 1)]
        elif kind == "blank":
            lines.insert(at, draw(st.sampled_from(("", " ", "\t"))))
        done.append(kind)
    text = "\n".join(lines) + "\n"
    if "crlf" in done:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if "bom" in done:
        data = b"\xef\xbb\xbf" + data
    if "latin2" in done:
        data = text.encode("iso8859_2", errors="replace")
    if "padding" in done:  # a small zip bomb: megabytes of blank lines, kilobytes packed
        data += b"\n" * 3_000_000
    return data, done


def _manifest(draw: Draw, manifest: dict[str, Any], damage: bool) -> tuple[bytes, str]:
    """The manifest as JSON; when ``damage``, a field changed, or not a manifest at all."""
    kinds = ("field", "field", "drop", "shape", "bytes") if damage else ("same",)
    kind = draw(st.sampled_from(kinds))
    fields = ("format", "schema_revision", "device_id", "author", "authors", "counts")
    if kind == "field":
        name = draw(st.sampled_from(fields))
        manifest[name] = draw(
            st.one_of(
                st.sampled_from(WEIRD_JSON),
                st.sampled_from(("cwdsync/2", "cwdsync/", "0001", "9999", "abc", {"x": 1})),
            )
        )
    elif kind == "drop":
        manifest.pop(draw(st.sampled_from(fields)), None)
    elif kind == "shape":
        return json.dumps(draw(st.sampled_from(([], "x", 1, None)))).encode(), kind
    elif kind == "bytes":
        return draw(
            st.sampled_from((b"", b"{", b"\xff\xfe{}", b"{}" + b" " * 1_100_000, b"\x00"))
        ), kind
    return json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"), kind


def _members(draw: Draw, members: list[tuple[str, bytes]]) -> str:
    """Add, drop or repeat a member of the zip; the name of what was done."""
    kind = str(draw(st.sampled_from(("drop", "stray", "stray", "repeat"))))
    if kind == "drop" and members:
        del members[int(draw(_INDEX)) % len(members)]
    elif kind == "stray":
        content = draw(st.sampled_from((b"", b"stray", b"%PDF-1.4")))
        name = draw(
            st.sampled_from(
                (
                    "notes.txt",
                    "blobs/abc",
                    "blobs/" + hashlib.sha256(content).hexdigest(),
                    "blobs/" + "0" * 64,
                    "../escape",
                    "blobs/",
                )
            )
        )
        members.append((name, content))
    elif kind == "repeat" and members:
        members.append(members[int(draw(_INDEX)) % len(members)])
    return kind


#: Which layer of the bundle an example damages (the rest stays valid), so that each
#: layer is reached often: the mutations most, and sometimes everything at once.
LAYERS: tuple[str, ...] = ("mutations", "mutations", "mutations", "mutations", "lines")
LAYERS += ("manifest", "members", "signature", "bytes", "all")


@st.composite
def bundle_files(draw: Draw, base: BaseBundle) -> FuzzFile:
    """A bundle made from ``base``: one layer changed, re-signed (mostly), maybe damaged after."""
    layer = draw(st.sampled_from(LAYERS))
    damaged = {layer} if layer != "all" else set(LAYERS)
    mutations = copy.deepcopy(base.mutations)
    recipe = [layer]
    fresh = draw(st.sampled_from(("rows", "mutation_ids", "rows", "mutation_ids", "keep")))
    if fresh != "keep":
        _fresh_ids(draw, mutations, rows=fresh == "rows")
    recipe.append(fresh)
    if "mutations" in damaged:
        for _ in range(draw(st.sampled_from((1, 1, 2, 3)))):
            recipe.append(_edit_mutations(draw, mutations))
    jsonl, accidents = _jsonl(draw, mutations, "lines" in damaged)
    manifest, manifest_kind = _manifest(draw, copy.deepcopy(base.manifest), "manifest" in damaged)
    recipe += [*accidents, f"manifest:{manifest_kind}"]
    members = [(MANIFEST, manifest), (MUTATIONS, jsonl), *base.blobs.items()]
    if "members" in damaged:
        recipe.append(f"members:{_members(draw, members)}")
    signing = "right"
    if "signature" in damaged:
        signing = draw(st.sampled_from(("stale", "wrong", "none")))
    hashes = {name: hashlib.sha256(content).hexdigest() for name, content in members}
    if signing == "right":
        members.append((SIGNATURE, sign(base.key, hashes).encode()))
    elif signing == "stale":  # signed before the last change: the mutations as exported
        hashes[MUTATIONS] = hashlib.sha256(b"").hexdigest()
        members.append((SIGNATURE, sign(base.key, hashes).encode()))
    elif signing == "wrong":
        members.append((SIGNATURE, sign(b"another team's key", hashes).encode()))
    recipe.append(f"signed:{signing}")
    compression = draw(st.sampled_from((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED)))
    data = write_members(members, compression)
    if "bytes" in damaged:
        data, damage = draw(mangled(data, at_most=2))
        recipe += damage
    return FuzzFile("pakiet.cwdsync", data, " ".join(recipe))
