"""The stakeholder register as XLSX: it reopens, reads well, keeps personal data in check,
and imports back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cwd_desktop.errors import UserError
from cwd_desktop.exports.xlsx.stakeholders import export_register
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.services.stakeholder_import import import_file
from cwd_desktop.services.stakeholders import StakeholderService

MEMBERS = ["0201011", "0201022", "0201032"]


@pytest.fixture
def register(services: Services) -> StakeholderService:
    return StakeholderService(services)


def partnership(services: Services, short: str) -> str:
    return services.partnerships.create(
        PartnershipData(name=f"Partnerstwo {short}", short_name=short, members=MEMBERS)
    )


@pytest.fixture
def filled(services: Services, register: StakeholderService) -> str:
    """A register with a town/rural name clash, no-JST rows, notes and three contacts."""
    pid = partnership(services, "MOF")
    register.add(
        pid,
        {
            "name": "Stowarzyszenie Ceramików",
            "category": "ngo",
            "teryt": "0201011",
            "place": "Bolesławiec",
            "influence": 4,
            "interest": 5,
            "notes": "Święto Ceramiki;\nmarka miasta",
        },
    )
    kgw = register.add(
        pid,
        {
            "name": "KGW Osła",
            "category": "kgw",
            "teryt": "0201032",
            "place": "Osła",
            "influence": 1,
            "interest": 4,
        },
    )
    register.add(pid, {"name": "=Sołectwo Kruszyn", "category": "solectwo", "teryt": "0201022"})
    register.add(pid, {"name": "Wody Polskie", "category": "public", "influence": 5})
    register.add_contact(
        kgw,
        {
            "name": "Anna Lis",
            "role": "przewodnicząca",
            "phone": "601 222 333",
            "email": "anna@example.pl",
            "consent_purpose": "konsultacje",
            "consent_on": "2024-03-01",
        },
    )
    register.add_contact(
        kgw,
        {
            "name": "Ewa Wycofana",
            "phone": "602 222 333",
            "consent_purpose": "konsultacje",
            "consent_on": "2024-03-01",
            "consent_withdrawn_on": "2024-04-01",
        },
    )
    return pid


def sheet_rows(path: Path, sheet: int = 0) -> list[tuple[object, ...]]:
    book = load_workbook(path)
    return [tuple(row) for row in book.worksheets[sheet].iter_rows(values_only=True)]


def test_export_reopens_with_a_readable_bold_frozen_header(
    tmp_path: Path, register: StakeholderService, filled: str
) -> None:
    path = tmp_path / "rejestr.xlsx"

    result = export_register(register, filled, path)

    book = load_workbook(path)
    sheet = book.active
    assert book.sheetnames == ["Interesariusze"]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["A"].width >= 30
    assert result.stakeholders == 4
    assert sheet_rows(path) == [
        (
            "Nazwa",
            "Kategoria",
            "JST",
            "Kod TERYT",
            "Miejscowość / sołectwo",
            "Wpływ (1–5)",
            "Zainteresowanie (1–5)",
            "Uwagi",
        ),
        (
            "=Sołectwo Kruszyn",
            "sołectwo",
            "Bolesławiec (gmina wiejska)",
            "0201022",
            None,
            3,
            3,
            None,
        ),
        (
            "KGW Osła",
            "KGW (koło gospodyń wiejskich)",
            "Gromadka (gmina wiejska)",
            "0201032",
            "Osła",
            1,
            4,
            None,
        ),
        (
            "Stowarzyszenie Ceramików",
            "stowarzyszenie / fundacja (NGO)",
            "Bolesławiec (gmina miejska)",
            "0201011",
            "Bolesławiec",
            4,
            5,
            "Święto Ceramiki;\nmarka miasta",
        ),
        ("Wody Polskie", "instytucja publiczna", None, None, None, 5, 3, None),
    ]


def test_contacts_only_when_asked_and_never_after_withdrawn_consent(
    tmp_path: Path, register: StakeholderService, filled: str
) -> None:
    path = tmp_path / "z-kontaktami.xlsx"

    result = export_register(register, filled, path, with_contacts=True)

    assert (result.contacts, result.withheld) == (1, 1)
    book = load_workbook(path)
    assert book.sheetnames == ["Interesariusze", "Osoby kontaktowe"]
    people = sheet_rows(path, 1)
    assert people[1][:6] == (
        "KGW Osła",
        "0201032",
        "Anna Lis",
        "przewodnicząca",
        "601 222 333",
        "anna@example.pl",
    )
    assert people[1][7].date() == date(2024, 3, 1)  # type: ignore[union-attr]
    everything = str(sheet_rows(path, 0) + people)
    assert "Ewa Wycofana" not in everything and "602 222 333" not in everything
    plain = tmp_path / "bez.xlsx"
    export_register(register, filled, plain)
    assert "Anna Lis" not in str(sheet_rows(plain))


def test_an_exported_register_imports_into_another_partnership_unchanged(
    tmp_path: Path, services: Services, register: StakeholderService, filled: str
) -> None:
    """The round trip: export, import with the default mapping, compare field by field."""
    path = tmp_path / "rejestr.xlsx"
    export_register(register, filled, path)
    other = partnership(services, "KOPIA")

    result = import_file(services, other, path)

    def fields(pid: str) -> list[tuple[object, ...]]:
        return [
            (r.name, r.category, r.teryt, r.place, r.influence, r.interest, r.notes)
            for r in register.register(pid)
        ]

    assert result.stakeholders == 4 and result.duplicates == []
    assert fields(other) == fields(filled)


def test_export_to_an_unwritable_place_names_the_file(
    tmp_path: Path, register: StakeholderService, filled: str
) -> None:
    target = tmp_path / "brak-folderu" / "rejestr.xlsx"
    with pytest.raises(UserError, match="Nie można zapisać pliku"):
        export_register(register, filled, target)
    assert not target.parent.exists()
