"""Fuzzing the stakeholder register import (``stakeholder import``) with malformed files."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.stakeholder_import import ImportResult, import_file
from cwd_desktop.services.stakeholders import StakeholderService
from tests.fuzz.harness import (
    Tally,
    fuzz_settings,
    report,
    run_example,
)
from tests.fuzz.strategies import SEEDS, FuzzFile, Vocabulary, import_files

EXAMPLES = 800
TABLES = ["stakeholder", "contact_person", "stakeholder_category"]

HEADER = (
    "Nazwa",
    "Kategoria",
    "Gmina",
    "Kod TERYT",
    "Miejscowość",
    "Wpływ",
    "Zainteresowanie",
    "Uwagi",
    "Osoba kontaktowa",
    "Telefon",
    "E-mail",
    "Cel zgody",
    "Data zgody",
)
VOCABULARY = Vocabulary(
    stem="rejestr",
    headers=(*HEADER, "Name", "Category", "Funkcja", "Nazwa podmiotu", "Lp."),
    values=(
        "OSP Rogity",
        "KGW Łozy",
        "Stowarzyszenie „Żółw”",
        "OSP",
        "osp",
        "koło gospodyń wiejskich",
        "stowarzyszenie / fundacja (NGO)",
        "kosmici",
        "Braniewo (gmina wiejska)",
        "Braniewo",
        "Płoskinia",
        "Warszawa",
        "2802033",
        "2802062",
        "1465011",
        "0000000",
        1,
        3,
        5,
        0,
        6,
        "4",
        "Halina Wiśniewska",
        "601 234 567",
        "+48 55 243 00 00",
        "halina@example.pl",
        "jan@",
        "kontakt w sprawie konsultacji",
        date(2024, 3, 1),
        "01.03.2024",
        "2099-01-01",
        "wczoraj",
    ),
    sample=(
        HEADER,
        ("OSP Rogity", "OSP", "Braniewo (gmina wiejska)", None, "Rogity", 2, 3, "", *[None] * 5),
        ("KGW Łozy", "kgw", "Płoskinia", None, "Łozy", 1, 4, "nowe koło", *[None] * 5),
        (
            "Stowarzyszenie „Żółw”",
            "ngo",
            None,
            "2802033",
            "Frombork",
            3,
            5,
            "",
            "Halina Wiśniewska",
            "601 234 567",
            "halina@example.pl",
            "kontakt w sprawie konsultacji",
            date(2024, 3, 1),
        ),
    ),
    seeds=tuple(sorted(SEEDS.glob("rejestr.*"))),
)


def verify_import(
    services: Services,
    result: ImportResult,
    changed: dict[str, int],
    outbox: Counter[tuple[str, str]],
) -> None:
    """The store holds exactly the rows the result reports, and they read back."""
    assert not result.dry_run
    expected = {
        "stakeholder": result.stakeholders,
        "contact_person": result.contacts,
        "outbox": result.stakeholders + result.contacts,
    }
    assert changed == {k: v for k, v in expected.items() if v}, (
        f"stored {changed}, reported {result}"
    )
    inserts = {("stakeholder", "insert"): result.stakeholders}
    inserts[("contact_person", "insert")] = result.contacts
    assert outbox == {k: v for k, v in inserts.items() if v}
    assert len(result.ids) == result.stakeholders
    register = StakeholderService(services)  # what the page's detail panel reads
    details = [register.get(row_id) for row_id in result.ids]
    assert sum(len(d.contacts) for d in details) == result.contacts
    for detail in details:
        assert detail.name.strip(), f"stakeholder {detail.id} stored without a name"
        assert "\x00" not in detail.name, f"a NUL stored in a name: {detail.name!r}"


def test_stakeholder_import_gives_a_clear_error_or_a_whole_import(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    folder = tmp_path / "files"
    folder.mkdir()
    tally = Tally("stakeholder import")

    @fuzz_settings(EXAMPLES)
    @given(file=import_files(VOCABULARY), skip=st.booleans())
    def check(file: FuzzFile, skip: bool) -> None:
        note(file.recipe)
        path = file.write(folder)
        try:
            run_example(
                tally,
                services.store,
                TABLES,
                lambda: import_file(services, pid, path, skip_duplicates=skip),
                lambda result, changed, outbox: verify_import(services, result, changed, outbox),
            )
        finally:
            path.unlink()

    check()
    report(capsys, tally)
