"""Fuzzing the indicator import (GUS BDL layouts, ``diagnosis import``) with malformed files."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.diagnosis import WriteResult
from cwd_desktop.services.indicator_import import ImportPlan, import_file
from tests.fuzz.harness import Tally, fuzz_settings, report, run_example
from tests.fuzz.strategies import SEEDS, FuzzFile, Vocabulary, import_files

EXAMPLES = 800
TABLES = ["indicator", "indicator_value"]
BDL = Path(__file__).resolve().parents[1] / "data" / "bdl"

HEADER = (
    "Kod",
    "Nazwa",
    "ogółem;2019;[%]",
    "ogółem;2020;[%]",
    "kobiety;2019;[%]",
    "kobiety;2020;[%]",
)
VOCABULARY = Vocabulary(
    stem="bezrobocie_bdl",
    headers=(
        *HEADER,
        "Kod TERYT",
        "Jednostka terytorialna",
        "2019",
        "2020",
        "rok 2021",
        2022,
        "[osoba]",
        "osoba",
        "mężczyźni",
        "LUDNOŚĆ WEDŁUG PŁCI",
        "ogółem;2019;[%]",
    ),
    values=(
        "042811402011",
        "042811402022",
        "042811402033",
        "042811402034",
        "042800000000",
        "2802062",
        "2802072",
        "1465011",
        "Braniewo (1)",
        "Braniewo (2)",
        "Frombork (3)",
        "Frombork - miasto (4)",
        "Płoskinia (2)",
        "Gmina Lelkowo",
        "Braniewo",
        "WARMIŃSKO-MAZURSKIE",
        "Powiat braniewski",
        "POLSKA",
        "Nibylandia (2)",
        "14,2",
        "1 234,5",
        "1.234,5",
        "-",
        ".",
        "x",
        14.2,
        16907,
        0,
        -3,
    ),
    sample=(
        HEADER,
        ("042811402011", "Braniewo (1)", "14,2", "15,1", "13,0", "12,9"),
        ("042811402022", "Braniewo (2)", "19,8", "-", "18,5", "17,9"),
        ("042811402034", "Frombork - miasto (4)", "16,3", "17,0", "15,9", "15,2"),
        ("042800000000", "WARMIŃSKO-MAZURSKIE", "12,1", "11,6", "11,0", "10,8"),
        ("042811402062", "Płoskinia (2)", "18,7", ".", "17,3", "16,4"),
    ),
    seeds=(*sorted(BDL.iterdir()), *sorted(SEEDS.glob("wskaznik.*"))),
)

NAMES = st.sampled_from((None, None, "Stopa bezrobocia", "", "  ", "x" * 400))
UNITS = st.sampled_from((None, None, "%", "osoba", "[zł]", ""))


def verify_import(
    services: Services,
    pid: str,
    outcome: tuple[ImportPlan, list[WriteResult]],
    changed: dict[str, int],
    outbox: Counter[tuple[str, str]],
) -> None:
    """Every planned value is stored, nothing else is, and the indicators read back."""
    plan, results = outcome
    assert plan.error is None
    assert len(results) == len(plan.indicators)
    created = sum(r.created for r in results)
    added = sum(r.added for r in results)
    updated = sum(r.changed for r in results)
    expected = {"indicator": created, "indicator_value": added}
    assert {k: v for k, v in changed.items() if k != "outbox"} == {
        k: v for k, v in expected.items() if v
    }, f"stored {changed}, reported {results}"
    inserts = {("indicator", "insert"): created, ("indicator_value", "insert"): added}
    inserts[("indicator_value", "update")] = updated
    refilled = outbox.pop(("indicator", "update"), 0)  # an empty unit or source filled in
    assert refilled <= len(results) - created
    assert outbox == {k: v for k, v in inserts.items() if v}, f"outbox {outbox} for {results}"
    conn = services.store.reader()
    members = services.partnerships.get(pid).members
    for result, planned in zip(results, plan.indicators, strict=True):
        rows = conn.execute(
            "SELECT teryt, year, value FROM indicator_value "
            "WHERE indicator_id = ? AND deleted_at IS NULL",
            (result.indicator_id,),
        ).fetchall()
        stored = {(str(t), int(y)): float(v) for t, y, v in rows}
        for key, value in planned.values.items():
            assert key in stored, f"{key} of {result.name!r} not stored"
            assert stored[key] == value, f"{key}: stored {stored[key]}, planned {value}"
            assert math.isfinite(value), f"{key}: a value no table can hold stored: {value}"
        assert reads.grid(services.store, services.teryt.get, members, result.indicator_id)


def test_indicator_import_gives_a_clear_error_or_a_whole_import(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    folder = tmp_path / "files"
    folder.mkdir()
    tally = Tally("indicator import")

    @fuzz_settings(EXAMPLES)
    @given(file=import_files(VOCABULARY), name=NAMES, unit=UNITS)
    def check(file: FuzzFile, name: str | None, unit: str | None) -> None:
        note(file.recipe)
        path = file.write(folder)
        try:
            run_example(
                tally,
                services.store,
                TABLES,
                lambda: import_file(services, pid, path, name=name, unit=unit, source="GUS BDL"),
                lambda outcome, changed, outbox: verify_import(
                    services, pid, outcome, changed, outbox
                ),
            )
        finally:
            path.unlink()

    check()
    report(capsys, tally)
