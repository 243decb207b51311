"""Plan pracy as a Word document: the people, the timeline, tasks per stage, what is overdue."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from cwd_desktop.errors import UserError
from cwd_desktop.exports.docx.registry import build_document, exporters
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.workplan import STEPS, create_default_plan
from cwd_desktop.services.workplan_reads import tasks
from tests.exports.docx_check import headings, pdf_text, reopen, squeeze, table_texts

STAGE_HEADINGS = [
    (2, "2.1. Komponent I: plan pracy"),
    (2, "2.2. Komponent I: diagnoza"),
    (2, "2.3. Komponent I: strategia"),
    (2, "2.4. Komponent I: wdrożenie"),
    (2, "2.5. Komponent II: doradztwo projektowe"),
]


@pytest.fixture
def pid(services: Services) -> str:
    """PGZB with the default plan started 100 days ago; only the first two tasks are done."""
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    create_default_plan(services, pid, date.today() - timedelta(days=100))
    for task in tasks(services.store, pid)[:2]:
        services.records.set_field("work_task", task["id"], "status", "done")
    return pid


def export(services: Services, pid: str, path: Path) -> Path:
    return build_document(services, "workplan", pid, path)


def test_workplan_is_a_registered_export() -> None:
    assert "workplan" in {kind.value for kind in exporters()}


def test_the_plan_has_its_people_a_timeline_and_a_table_per_stage(
    services: Services, pid: str, tmp_path: Path
) -> None:
    document = reopen(export(services, pid, tmp_path / "plan.docx"))
    texts = [p.text for p in document.paragraphs]

    assert texts[:2] == ["Plan pracy", "Partnerstwo Gmin Ziemi Braniewskiej"]
    assert "Doradcy CWD: Marek Wiśniewski, Katarzyna Zielińska" in texts
    assert "Koordynator partnerstwa: Anna Kowalczyk (Urząd Miasta Braniewa)" in texts
    assert headings(document) == [
        (1, "1. Wprowadzenie"),
        (1, "2. Zadania według etapów"),
        *STAGE_HEADINGS,
        (1, "3. Harmonogram"),
        (1, "4. Zadania zaległe"),
    ]
    assert len(document.inline_shapes) == 1  # the Gantt chart
    assert any(t.startswith("Rysunek 1. Harmonogram planu pracy") for t in texts)
    stage_tables = table_texts(document)[:5]
    assert all(
        t[0] == ["Lp.", "Zadanie", "Od", "Do", "Odpowiedzialni", "Status"] for t in stage_tables
    )
    listed = [row[1].split("\n")[0] for table in stage_tables for row in table[1:]]
    assert listed == [step.title for step in STEPS]
    first = stage_tables[0][1]
    start = date.today() - timedelta(days=100)
    assert first[2:] == [
        start.strftime("%d.%m.%Y"),
        (start + timedelta(days=6)).strftime("%d.%m.%Y"),
        "Marek Wiśniewski, Katarzyna Zielińska; Anna Kowalczyk",
        "zakończone",
    ]
    # The consultation task carries its statutory note under its name.
    consultation = next(
        row for table in stage_tables for row in table if row[1].startswith("Konsultacje")
    )
    assert "co najmniej 35 dni" in consultation[1]


def test_overdue_tasks_are_summarised_with_their_delay(
    services: Services, pid: str, tmp_path: Path
) -> None:
    document = reopen(export(services, pid, tmp_path / "plan.docx"))
    overdue = table_texts(document)[-1]
    today = date.today()
    late = [t for t in tasks(services.store, pid) if t["status"] != "done" and t["end_on"] < today]

    assert overdue[0] == ["Lp.", "Zadanie", "Etap", "Termin", "Dni po terminie", "Odpowiedzialni"]
    assert sorted(row[1] for row in overdue[1:]) == sorted(t["title"] for t in late)
    # "Powołanie grup roboczych" (days 14–29) is not done: 100 − 29 = 71 days late.
    row = next(r for r in overdue if r[1] == "Powołanie grup roboczych")
    assert row[2:5] == [
        "Komponent I: plan pracy",
        (today - timedelta(days=71)).strftime("%d.%m.%Y"),
        "71",
    ]
    assert any(p.text.endswith(f"zakończone: {len(late)}.") for p in document.paragraphs)


def test_an_empty_plan_is_still_a_document_that_says_so(services: Services, tmp_path: Path) -> None:
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[2])
    document = reopen(export(services, pid, tmp_path / "pusty.docx"))
    texts = [p.text for p in document.paragraphs]

    assert [h for h in headings(document) if h[0] == 1] == [
        (1, "1. Wprowadzenie"),
        (1, "2. Zadania według etapów"),
        (1, "3. Harmonogram"),
        (1, "4. Zadania zaległe"),
    ]
    assert texts.count("Plan pracy nie zawiera jeszcze zadań.") == 2
    assert len(document.inline_shapes) == 0
    assert document.tables == []


def test_an_unwritable_path_is_one_sentence_and_leaves_no_file(
    services: Services, pid: str, tmp_path: Path
) -> None:
    target = tmp_path / "brak-folderu" / "plan.docx"

    with pytest.raises(UserError) as caught:
        export(services, pid, target)

    assert str(target) in str(caught.value)
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_the_pdf_shows_the_stages_and_the_tasks(
    services: Services, pid: str, tmp_path: Path
) -> None:
    text = squeeze(pdf_text(export(services, pid, tmp_path / "plan.docx"), tmp_path))

    for heading in ("1. Wprowadzenie", "3. Harmonogram", "4. Zadania zaległe"):
        assert heading in text
    for _, heading in STAGE_HEADINGS:
        assert heading in text
    assert "Analiza SWOT" in text
    assert "Rysunek 1. Harmonogram planu pracy" in text
