"""Withdrawn consent (RODO) in the project and work plan exports: the person is left out.

PGZB's project package, with two consultation comments that shaped both
projects: one by Halina Wiśniewska, one by Jan Nowak, both contact persons
of OSP Frombork. The partnership's coordinator, Anna Kowalczyk, is a contact
person of the town office too, and the work plan names her and Halina among
the people responsible. Each export is written before and after Halina and
Anna withdraw consent and reopened: before, their names are there (so the
check can fail); after, they are gone and Jan, the advisors and the content
of Halina's comment are still there.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx.document import Document
from openpyxl import load_workbook

from cwd_desktop.exports.docx.registry import build_document
from cwd_desktop.exports.xlsx.projects import export_package
from cwd_desktop.services.app import Services
from cwd_desktop.services.gdpr import Withheld, withdraw_consent
from cwd_desktop.services.gdpr_match import name_key
from cwd_desktop.services.workplan import create_default_plan
from tests.exports.docx_check import reopen
from tests.exports.project_data import Package, project_package

HALINA = "Halina Wiśniewska"
ANNA = "Anna Kowalczyk"
HER_COMMENT = "Dodać remont remizy we Fromborku."
JANS_COMMENT = "Uwzględnić dowozy uczniów z Płoskini."


@dataclass(frozen=True)
class Scene:
    pkg: Package
    halina: str
    anna: str
    jan: str


@pytest.fixture
def scene(services: Services) -> Scene:
    pkg = project_package(services)
    pid, create = pkg.partnership_id, services.records.create
    osp = create("stakeholder", pid, {"name": "OSP Frombork", "category": "osp"})
    office = create("stakeholder", pid, {"name": "Urząd Miasta Braniewa", "category": "other"})
    consent = {"consent_purpose": "konsultacje strategii", "consent_on": date(2024, 1, 10)}
    people = {
        name: create("contact_person", pid, {"stakeholder_id": owner, "name": name, **consent})
        for name, owner in ((HALINA, osp), ("Jan Nowak", osp), (ANNA, office))
    }
    consultation = create(
        "consultation", pid, {"held_on": date(2024, 4, 2), "subject": "Projekt strategii"}
    )
    for number, (author, content) in enumerate(
        ((HALINA, HER_COMMENT), ("Jan Nowak", JANS_COMMENT)), start=1
    ):
        comment = create(
            "comment",
            pid,
            {
                "consultation_id": consultation,
                "number": number,
                "author": author,
                "stakeholder_id": osp,
                "content": content,
            },
        )
        for project in (pkg.road, pkg.seniors):
            create("project_comment", pid, {"project_id": project, "comment_id": comment})
    # The default plan names the advisors and "Anna Kowalczyk"; one task names three people.
    create_default_plan(services, pid, date.today() - timedelta(days=30))
    create(
        "work_task",
        pid,
        {
            "stage": "diagnosis",
            "title": "Spotkanie z OSP",
            "start_on": date.today() - timedelta(days=5),
            "end_on": date.today() - timedelta(days=1),
            "responsible": f"{HALINA} (OSP Frombork), Jan Nowak; Marek Wiśniewski",
        },
    )
    return Scene(pkg, people[HALINA], people[ANNA], people["Jan Nowak"])


def withdraw(services: Services, scene: Scene) -> None:
    for person in (scene.halina, scene.anna):
        withdraw_consent(services, person)


def docx_text(document: Document) -> str:
    """Every paragraph and table cell a reader sees, one per line."""
    lines = [p.text for p in document.paragraphs]
    lines += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(lines)


def raw_parts(path: Path) -> str:
    """All XML of the package (headers, footers, captions too), for an absence check."""
    with zipfile.ZipFile(path) as package:
        return "".join(
            package.read(n).decode("utf-8", "replace")
            for n in package.namelist()
            if n.endswith(".xml")
        )


def test_the_project_package_docx_leaves_out_a_comment_author_who_withdrew_consent(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    pid = scene.pkg.partnership_id
    before = docx_text(reopen(build_document(services, "projects", pid, tmp_path / "a.docx")))
    assert f"{HALINA} (02.04.2024, Projekt strategii, nr 1): {HER_COMMENT}" in before

    withdraw(services, scene)
    path = build_document(services, "projects", pid, tmp_path / "b.docx")
    after = docx_text(reopen(path))

    assert "Halina" not in after and "Halina" not in raw_parts(path)
    # Her comment still shaped the project: it stays, unsigned like an anonymous one.
    assert after.count(f"Uwaga (02.04.2024, Projekt strategii, nr 1): {HER_COMMENT}") == 2
    assert after.count(f"Jan Nowak (02.04.2024, Projekt strategii, nr 2): {JANS_COMMENT}") == 2


def test_the_application_outline_leaves_her_out_too(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    pid, key = scene.pkg.partnership_id, scene.pkg.seniors
    before = docx_text(
        reopen(build_document(services, "application", pid, tmp_path / "a.docx", project=key))
    )
    assert HALINA in before

    withdraw(services, scene)
    path = build_document(services, "application", pid, tmp_path / "b.docx", project=key)
    after = docx_text(reopen(path))

    assert "Halina" not in after and "Halina" not in raw_parts(path)
    assert f"Uwaga (02.04.2024, Projekt strategii, nr 1): {HER_COMMENT}" in after
    assert f"Jan Nowak (02.04.2024, Projekt strategii, nr 2): {JANS_COMMENT}" in after


def test_the_project_package_xlsx_leaves_out_a_comment_author_who_withdrew_consent(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    pid = scene.pkg.partnership_id

    def comments_column(path: Path) -> list[str]:
        rows = list(load_workbook(path, read_only=True)["Projekty"].iter_rows(values_only=True))
        column = list(rows[0]).index("Uwagi z konsultacji")
        return [str(r[column]) for r in rows[1:]]

    export_package(services.store, pid, tmp_path / "a.xlsx")
    assert all(HALINA in cell for cell in comments_column(tmp_path / "a.xlsx"))

    withdraw(services, scene)
    export_package(services.store, pid, tmp_path / "b.xlsx")
    cells = comments_column(tmp_path / "b.xlsx")

    assert (
        cells
        == [f"02.04.2024 nr 1: {HER_COMMENT}\n02.04.2024 nr 2: Jan Nowak — {JANS_COMMENT}"] * 2
    )
    with zipfile.ZipFile(tmp_path / "b.xlsx") as book:
        assert not any(b"Halina" in book.read(n) for n in book.namelist())


def test_the_work_plan_leaves_out_the_coordinator_and_a_responsible_who_withdrew_consent(
    services: Services, scene: Scene, tmp_path: Path
) -> None:
    pid = scene.pkg.partnership_id
    before = docx_text(reopen(build_document(services, "workplan", pid, tmp_path / "a.docx")))
    assert f"Koordynator partnerstwa: {ANNA} (Urząd Miasta Braniewa)" in before
    assert f"{HALINA} (OSP Frombork), Jan Nowak; Marek Wiśniewski" in before
    assert ANNA in before.split("2. Zadania według etapów")[-1]  # tasks name her too

    withdraw(services, scene)
    path = build_document(services, "workplan", pid, tmp_path / "b.docx")
    document = reopen(path)
    after = docx_text(document)

    for name in ("Halina", "Kowalczyk"):
        assert name not in after and name not in raw_parts(path)
    paragraphs = [p.text for p in document.paragraphs]
    assert "Koordynator partnerstwa: —" in paragraphs
    assert "Doradcy CWD: Marek Wiśniewski, Katarzyna Zielińska" in paragraphs
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    osp = next(r for r in rows if r[1] == "Spotkanie z OSP")
    assert osp[4] == "Jan Nowak; Marek Wiśniewski"
    # A task for the advisors and the coordinator keeps the advisors.
    assert any(r[4] == "Marek Wiśniewski, Katarzyna Zielińska" for r in rows)


def test_a_withheld_person_is_taken_out_of_a_typed_list_of_people() -> None:
    withheld = Withheld(frozenset({name_key(HALINA)}))

    assert withheld.shown_list("halina  wisniewska (OSP Frombork)") == ""
    assert withheld.shown_list(f"{HALINA}, Jan Nowak; Rada Partnerstwa") == (
        "Jan Nowak; Rada Partnerstwa"
    )
    assert withheld.shown_list(f"Jan Nowak\n{HALINA}\nEwa Sadowska") == "Jan Nowak\nEwa Sadowska"
    assert withheld.shown_list("Halina Wiśniewska-Kowalska, Jan Nowak") == (
        "Halina Wiśniewska-Kowalska, Jan Nowak"  # another person: left as typed
    )
    assert Withheld().shown_list(f"{HALINA}, Jan Nowak") == f"{HALINA}, Jan Nowak"
