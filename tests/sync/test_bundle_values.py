"""Bundle values neither database could hold are refused whole, in one sentence.

A bundle is signed with the team key, but what it carries is only as sound
as the program (or the person with a text editor) that wrote it. Every
value must be one this store (SQLite) and the server (PostgreSQL) can hold,
or the import stops before anything is written and names the file, the
line, the record and the field. Also: a damaged file is called damaged, and
``check`` finds a store clean after an import.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.check import run_checks
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import open_store
from cwd_desktop.sync.bundle import (
    MANIFEST,
    MUTATIONS,
    SIGNATURE,
    export_bundle,
    import_bundle,
    sign,
)
from cwd_desktop.sync.bundle_key import set_key

TEAM_KEY = "zespol-cwd-dolnoslaskie-2024"
SYNCED = ("partnership", "stakeholder", "contact_person", "indicator", "indicator_value")


@pytest.fixture(autouse=True)
def team_key() -> None:
    set_key(TEAM_KEY)


@pytest.fixture
def machines(tmp_path: Path, blank_store_file: Path) -> Iterator[Callable[[str], Services]]:
    """Laptops with their own stores (copies of a blank one: a TERYT load each is slow)."""
    opened: list[Services] = []

    def make(name: str) -> Services:
        folder = tmp_path / name
        folder.mkdir()
        shutil.copyfile(blank_store_file, folder / blank_store_file.name)
        services = Services(open_store(folder))
        services.store.settings.set("sync_user", name)
        opened.append(services)
        return services

    yield make
    for services in opened:
        services.store.close()


@pytest.fixture
def anna(machines: Callable[[str], Services]) -> Services:
    return machines("anna")


@pytest.fixture
def exported(anna: Services, tmp_path: Path) -> Path:
    """Anna's export: a partnership, a fire brigade with its chief, an indicator value."""
    pid = anna.partnerships.create(DEMO_PARTNERSHIPS[1])
    osp = anna.records.create(
        "stakeholder", pid, {"name": "OSP Nowogrodziec", "category": "osp", "influence": 4}
    )
    anna.records.create(
        "contact_person", pid, {"stakeholder_id": osp, "name": "Jan Kowalczyk", "role": "prezes"}
    )
    indicator = anna.records.create("indicator", pid, {"name": "Ludność", "unit": "osoba"})
    anna.records.create(
        "indicator_value",
        pid,
        {"indicator_id": indicator, "teryt": "0201011", "year": 2024, "value": 38912.0},
    )
    path = tmp_path / "anna.cwdsync"
    export_bundle(anna.store, path)
    return path


def lines_of(path: Path) -> list[dict[str, Any]]:
    with zipfile.ZipFile(path) as zf:
        return [json.loads(line) for line in zf.read(MUTATIONS).decode().splitlines() if line]


def resigned(
    source: Path,
    target: Path,
    edit: Callable[[list[dict[str, Any]]], None],
    manifest: Callable[[dict[str, Any]], None] | None = None,
) -> Path:
    """``source`` with its mutations (and manifest) edited, signed again with the team key.

    JSON is written with ASCII escapes, so a lone surrogate survives as ``\\ud800``.
    """
    with zipfile.ZipFile(source) as zf:
        members = {name: zf.read(name) for name in zf.namelist() if name != SIGNATURE}
    lines = lines_of(source)
    edit(lines)
    members[MUTATIONS] = "".join(json.dumps(m) + "\n" for m in lines).encode()
    if manifest is not None:
        data = json.loads(members[MANIFEST])
        manifest(data)
        members[MANIFEST] = json.dumps(data).encode()
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        zf.writestr(SIGNATURE, sign(TEAM_KEY.encode(), hashes))
    return target


def set_value(table: str, column: str, value: Any) -> Callable[[list[dict[str, Any]]], None]:
    """An edit: the first insert into ``table`` carries ``value`` for ``column``."""

    def edit(lines: list[dict[str, Any]]) -> None:
        first = next(m for m in lines if m["table"] == table and m["op"] == "insert")
        first["changes"][column] = {"old": None, "new": value}

    return edit


def line_of(path: Path, table: str) -> int:
    """The line number of the first insert into ``table``."""
    return 1 + next(
        i for i, m in enumerate(lines_of(path)) if m["table"] == table and m["op"] == "insert"
    )


def everything(machine: Services) -> dict[str, list[tuple[Any, ...]]]:
    conn = machine.store.reader()
    tables = [*SYNCED, "outbox", "applied_mutation", "sync_conflict", "local_meta"]
    return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}"))) for t in tables}


def refused(machine: Services, path: Path) -> str:
    """Import ``path`` expecting one sentence and an untouched store; the sentence."""
    before = everything(machine)
    with pytest.raises(UserError) as caught:
        import_bundle(machine.store, path)
    assert everything(machine) == before
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message
    assert str(path) in message
    return message


# -- numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize("value", [2**63, 2**31, -(2**31) - 1])
def test_a_whole_number_neither_database_holds_is_refused_naming_record_and_field(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path, value: int
) -> None:
    bartek = machines("bartek")
    bad = resigned(exported, tmp_path / "b.cwdsync", set_value("stakeholder", "influence", value))

    message = refused(bartek, bad)

    line = line_of(bad, "stakeholder")
    assert f"wiersz {line}: pole influence rekordu „OSP Nowogrodziec”" in message
    assert f"wartość {value}" in message and "od -2147483648 do 2147483647" in message


def test_a_number_too_big_for_a_float_is_refused(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    edit = set_value("indicator_value", "value", 10**400)

    message = refused(bartek, resigned(exported, tmp_path / "f.cwdsync", edit))

    assert "pole value rekordu" in message and "skończona liczba" in message
    assert "…" in message  # the 401 digits are not all repeated


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "16158", True])
def test_an_indicator_value_that_is_no_finite_number_is_refused(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path, value: Any
) -> None:
    bartek = machines("bartek")
    edit = set_value("indicator_value", "value", value)

    message = refused(bartek, resigned(exported, tmp_path / "n.cwdsync", edit))

    assert "tabeli indicator_value ma wartość" in message and "skończona liczba" in message


# -- yes/no, dates, text -----------------------------------------------------------------


@pytest.mark.parametrize("value", [2, "tak", 1])
def test_a_yes_no_field_takes_only_true_or_false(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path, value: Any
) -> None:
    bartek = machines("bartek")
    edit = set_value("partnership", "crit_area", value)

    message = refused(bartek, resigned(exported, tmp_path / "y.cwdsync", edit))

    assert "pole crit_area rekordu" in message and "true albo false" in message


def test_a_yes_no_field_set_to_true_arrives(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    edit = set_value("partnership", "crit_area", True)

    import_bundle(bartek.store, resigned(exported, tmp_path / "t.cwdsync", edit))

    row = bartek.store.reader().execute("SELECT crit_area FROM partnership").fetchone()
    assert row[0] == 1


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"])
def test_a_deletion_time_beyond_the_calendar_is_refused(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path, moment: str
) -> None:
    bartek = machines("bartek")
    edit = set_value("stakeholder", "deleted_at", moment)

    message = refused(bartek, resigned(exported, tmp_path / "d.cwdsync", edit))

    assert "pole deleted_at rekordu „OSP Nowogrodziec”" in message
    assert moment in message and "z zakresu kalendarza" in message


def test_a_change_made_at_a_time_beyond_the_calendar_is_a_damaged_line(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")

    def edit(lines: list[dict[str, Any]]) -> None:
        lines[1]["created_at"] = "0001-01-01T00:00:00+14:00"

    message = refused(bartek, resigned(exported, tmp_path / "c.cwdsync", edit))

    assert "wiersz 2: uszkodzony zapis zmiany" in message


def test_text_longer_than_its_field_is_refused(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    edit = set_value("stakeholder", "place", "Nowogrodziec " * 30)

    message = refused(bartek, resigned(exported, tmp_path / "l.cwdsync", edit))

    assert "pole place rekordu „OSP Nowogrodziec”" in message
    assert "ma 390 znaków, a może mieć najwyżej 200" in message


@pytest.mark.parametrize("value", ["OSP\x00Nowogrodziec", 7])
def test_a_name_that_is_no_plain_text_is_refused(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path, value: Any
) -> None:
    bartek = machines("bartek")
    edit = set_value("stakeholder", "name", value)

    message = refused(bartek, resigned(exported, tmp_path / "x.cwdsync", edit))

    assert "pole name rekordu" in message and "nie jest tekstem" in message


def test_a_name_with_a_broken_character_escape_is_refused(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    edit = set_value("stakeholder", "name", "OSP \ud800")  # half of a UTF-16 pair

    message = refused(bartek, resigned(exported, tmp_path / "s.cwdsync", edit))

    assert "pole name rekordu" in message and "nie jest tekstem" in message


def test_an_author_name_the_store_cannot_hold_is_left_out_not_a_crash(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    from cwd_desktop.sync.bundle import known_authors

    bartek = machines("bartek")

    def manifest(data: dict[str, Any]) -> None:
        data["authors"] = {"urzadzenie-1": "Anna \ud800", "urzadzenie-2": "Zofia"}

    bundle = resigned(exported, tmp_path / "a.cwdsync", lambda lines: None, manifest)
    report = import_bundle(bartek.store, bundle)

    assert report.applied == report.mutations
    names = known_authors(bartek.store)
    assert names.get("urzadzenie-2") == "Zofia" and "urzadzenie-1" not in names


def test_a_value_with_a_line_break_keeps_the_message_on_one_line(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    edit = set_value("stakeholder", "interest", "3\n4")

    message = refused(bartek, resigned(exported, tmp_path / "r.cwdsync", edit))

    assert 'wartość "3\\n4"' in message


# -- required fields ---------------------------------------------------------------------


def test_a_stakeholder_without_a_name_is_named_as_missing_not_as_a_duplicate(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    bad = resigned(exported, tmp_path / "m.cwdsync", set_value("stakeholder", "name", None))

    message = refused(bartek, bad)

    assert f"wiersz {line_of(bad, 'stakeholder')}: rekordowi " in message
    assert "w tabeli stakeholder brakuje wymaganej wartości pola name" in message
    assert "powiela" not in message


def test_a_new_record_that_leaves_out_a_required_field_is_refused(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")

    def edit(lines: list[dict[str, Any]]) -> None:
        first = next(m for m in lines if m["table"] == "contact_person")
        del first["changes"]["name"]

    message = refused(bartek, resigned(exported, tmp_path / "o.cwdsync", edit))

    assert "w tabeli contact_person brakuje wymaganej wartości pola name" in message


def test_a_change_that_moves_a_record_to_another_partnership_is_a_damaged_line(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")

    def edit(lines: list[dict[str, Any]]) -> None:
        first = next(m for m in lines if m["table"] == "stakeholder")
        first["changes"]["partnership_id"]["new"] = "00000000-0000-4000-8000-000000000000"

    message = refused(bartek, resigned(exported, tmp_path / "p.cwdsync", edit))

    assert f"wiersz {line_of(exported, 'stakeholder')}: uszkodzony zapis zmiany" in message


def test_a_known_record_said_to_be_in_another_partnership_is_refused(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    import_bundle(bartek.store, exported)
    elsewhere = "00000000-0000-4000-8000-000000000000"

    def edit(lines: list[dict[str, Any]]) -> None:
        first = next(m for m in lines if m["table"] == "stakeholder")
        first["mutation_id"] = str(uuid.uuid4())  # not "already there"
        first["partnership_id"] = elsewhere
        first["changes"]["partnership_id"] = {"old": None, "new": elsewhere}

    message = refused(bartek, resigned(exported, tmp_path / "e.cwdsync", edit))

    assert "zmiana rekordu „OSP Nowogrodziec”" in message
    assert "w tabeli stakeholder przypisuje go do innego partnerstwa" in message


# -- damaged files -----------------------------------------------------------------------


def test_a_bundle_missing_its_beginning_is_called_damaged_not_unreadable(
    machines: Callable[[str], Services], exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    cut = tmp_path / "koniec.cwdsync"
    data = exported.read_bytes()
    cut.write_bytes(data[len(data) // 2 :])

    message = refused(bartek, cut)

    assert "jest uszkodzony lub niepełny" in message
    assert "Invalid argument" not in message


@pytest.mark.parametrize(
    ("offset", "value"),
    [(8, b"\x01\x00"), (10, b"\x63\x00")],  # the "encrypted" flag; compression method 99
    ids=["encrypted", "unknown-method"],
)
def test_a_bundle_whose_headers_ask_for_what_zip_cannot_do_is_damaged(
    machines: Callable[[str], Services],
    exported: Path,
    tmp_path: Path,
    offset: int,
    value: bytes,
) -> None:
    bartek = machines("bartek")
    data = bytearray(exported.read_bytes())
    directory = data.find(b"PK\x01\x02")  # the central directory entry of the manifest
    data[directory + offset : directory + offset + 2] = value
    odd = tmp_path / "naglowki.cwdsync"
    odd.write_bytes(bytes(data))

    assert "jest uszkodzony lub niepełny" in refused(bartek, odd)


# -- check after an import ---------------------------------------------------------------


def test_check_finds_a_store_clean_after_an_import_and_local_edits(
    machines: Callable[[str], Services], anna: Services, exported: Path, tmp_path: Path
) -> None:
    bartek = machines("bartek")
    import_bundle(bartek.store, exported)
    assert [r for r in run_checks(bartek.store) if not r.ok] == []

    # Bartek edits the brigade, Anna's next bundle changes it again, Bartek edits once more.
    sid = str(
        bartek.store.reader()
        .execute("SELECT id FROM stakeholder WHERE name = 'OSP Nowogrodziec'")
        .fetchone()[0]
    )
    bartek.records.update("stakeholder", sid, {"place": "Nowogrodziec"})
    anna.records.update("stakeholder", sid, {"notes": "ćwiczenia w maju"})
    later = tmp_path / "anna2.cwdsync"
    export_bundle(anna.store, later)
    report = import_bundle(bartek.store, later)

    assert report.applied == 1
    assert [r for r in run_checks(bartek.store) if not r.ok] == []
    bartek.records.update("stakeholder", sid, {"interest": 5})
    row = bartek.records.get("stakeholder", sid)
    assert (row["place"], row["notes"], row["interest"]) == ("Nowogrodziec", "ćwiczenia w maju", 5)
    assert [r for r in run_checks(bartek.store) if not r.ok] == []
