"""The raport z realizacji zadań: plan against reality, reopened and read like a reader would.

PGZB's four projects on 30 June 2027 (``tests/exports/implementation_data.py``):
the numbers the reads compute (delays, spending, % of target, funding
secured, open issues), then the Word file: its sections, the tables with
those numbers, the two charts as pictures (and what they draw), and the
PDF LibreOffice makes of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.document import Document
from PySide6.QtCharts import QHorizontalStackedBarSeries
from PySide6.QtGui import QColor, QImage

from cwd_desktop.exports.charts.implementation import (
    PENDING_COLOR,
    SECURED_COLOR,
    STATE_COLORS,
    funding_chart,
    indicator_chart,
)
from cwd_desktop.exports.docx.registry import build_document
from cwd_desktop.services import implementation_reads as reads
from cwd_desktop.services.app import Services
from tests.exports.docx_check import headings, pdf_text, reopen, squeeze, table_texts
from tests.exports.implementation_data import (
    CENTRE,
    ROAD,
    SENIORS,
    TODAY,
    TRAIL,
    History,
    implementation_history,
)

NBSP = "\u00a0"


def zl(text: str) -> str:
    """An amount as the report writes it: non-breaking spaces between thousands."""
    return text.replace(" ", NBSP)


@pytest.fixture
def history(services: Services) -> History:
    return implementation_history(services)


def export(services: Services, history: History, tmp_path: Path) -> tuple[Path, Document]:
    path = build_document(
        services,
        "implementation-report",
        history.partnership_id,
        tmp_path / "raport.docx",
        today=TODAY,
    )
    return path, reopen(path)


def table_with(document: Document, first_header: str, second_header: str) -> list[list[str]]:
    """The (first) table whose header starts with these two cells."""
    for table in table_texts(document):
        if table[0][:2] == [first_header, second_header]:
            return table
    raise AssertionError(f"no table headed {first_header!r}, {second_header!r}")


# -- the numbers ------------------------------------------------------------------------------


def test_reads_compare_plan_and_reality(services: Services, history: History) -> None:
    overview = reads.overview(services.store, history.partnership_id, TODAY)
    road, seniors, trail, centre = overview.projects
    assert [p.title for p in overview.projects] == [ROAD, SENIORS, TRAIL, CENTRE]
    # The design task ended 59 days late; the seniors' task is 30 days past its end, running.
    assert [t.delay_days for t in road.tasks] == [59, 0]
    assert seniors.tasks[0].delay_days == 30 and not seniors.tasks[0].done
    assert trail.delay_days == 92 and centre.delay_days is None
    assert (road.spent, trail.spent, centre.spent) == (8_000_000, 4_750_000, 0)
    assert (road.granted, seniors.granted, seniors.pending) == (19_500_000, 0, 8_000_000)
    assert road.not_applied == pytest.approx(8_900_000)
    km = road.indicators[0]
    assert [r.value for r in km.reports] == [3.5, 8.1]
    assert km.percent == pytest.approx(57.04, abs=0.01)
    states = [i.state for p in overview.projects for i in p.indicators]
    assert states == [
        reads.IndicatorState.ON_TRACK,
        reads.IndicatorState.BEHIND,
        reads.IndicatorState.ACHIEVED,
    ]
    b = overview.balance
    assert (b.achieved, b.on_track, b.behind, b.completed, b.funded_applications) == (
        1,
        1,
        1,
        1,
        2,
    )
    assert overview.totals.granted == 23_100_000
    assert overview.totals.secured_by_project[history.trail] == 3_600_000


def test_open_issues_name_what_needs_deciding(services: Services, history: History) -> None:
    issues = reads.open_issues(services.store, history.partnership_id, TODAY)
    found = {(i.kind, i.subject) for i in issues}
    assert (reads.IssueKind.TASK_DELAYED, "Przebudowa dziennego domu pomocy") in found
    assert (reads.IssueKind.INDICATOR_BEHIND, "Liczba miejsc opieki dziennej") in found
    assert (reads.IssueKind.NO_APPLICATION, CENTRE) in found
    assert (reads.IssueKind.OVERSPENDING, TRAIL) in found
    kinds = [i.kind for i in issues]
    assert kinds.count(reads.IssueKind.APPLICATION_REJECTED) == 1
    assert kinds.count(reads.IssueKind.APPLICATION_PENDING) == 1
    assert kinds.count(reads.IssueKind.ACTION_ITEM) == 1
    # History is not an open issue: the design finished late, the trail is completed.
    assert (reads.IssueKind.TASK_DELAYED, "Dokumentacja projektowa i decyzja ZRID") not in found
    assert reads.IssueKind.PROJECT_DELAYED not in kinds


def test_removed_rows_do_not_count(services: Services, history: History) -> None:
    """A tombstoned expense and application leave the sums (``deleted_at IS NULL``)."""
    store, pid = services.store, history.partnership_id
    expense = store.reader().execute(
        "SELECT id FROM project_expense WHERE project_id = ? AND amount = 6800000", (history.road,)
    )
    services.records.delete("project_expense", expense.fetchone()[0])
    application = store.reader().execute(
        "SELECT id FROM funding_application WHERE project_id = ?", (history.trail,)
    )
    services.records.delete("funding_application", application.fetchone()[0])
    totals = reads.totals(store, pid, TODAY)
    assert totals.spent == 12_750_000 - 6_800_000
    assert totals.granted == 19_500_000
    kinds = {i.kind for i in reads.open_issues(store, pid, TODAY)}
    assert reads.IssueKind.NO_APPLICATION in kinds


# -- the document -----------------------------------------------------------------------------


def test_report_has_the_sections_and_the_tables(
    services: Services, history: History, tmp_path: Path
) -> None:
    _, document = export(services, history, tmp_path)
    top = [text for level, text in headings(document) if level == 1]
    assert top == [
        "1. Podsumowanie",
        "2. Projekty: terminy planowane i faktyczne",
        "3. Zadania projektów",
        "4. Wydatki a kosztorys",
        "5. Wskaźniki",
        "6. Wnioski o dofinansowanie",
    ]

    projects = table_with(document, "Nr", "Projekt")
    assert projects[1] == [
        "1",
        ROAD,
        "w realizacji",
        "01.02.2026 –\n31.10.2028",
        "15.03.2026 –\n…",
        "—",
    ]
    assert projects[3][0:3] == ["3", TRAIL, "zrealizowany"]
    assert projects[3][4:] == ["01.05.2025 –\n30.09.2026", "+92"]

    tasks = table_with(document, "Lp.", "Zadanie")
    assert tasks[1] == [
        "1",
        "Dokumentacja projektowa i decyzja ZRID",
        "01.02.2026 –\n31.12.2026",
        "15.03.2026 –\n28.02.2027",
        "+59",
        "Decyzja ZRID wydana 20.02.2027",
    ]

    spending = [t for t in table_texts(document) if t[0][2:4] == ["Koszt (zł)", "Wydatkowano (zł)"]]
    assert spending[0][3] == [
        "3",
        TRAIL,
        zl("4 500 000"),
        zl("4 750 000"),
        "105,6%",
        zl("-250 000"),
    ]
    assert spending[0][-1] == [
        "",
        "Razem",
        zl("43 700 000"),
        zl("12 750 000"),
        "29,2%",
        zl("30 950 000"),
    ]

    indicators = table_with(document, "Proj.", "Wskaźnik")
    assert [row[5:] for row in indicators[1:]] == [
        ["8,1\n(31.05.2027)", "57%", "zgodnie z planem"],
        ["20\n(31.03.2027)", "33%", "zagrożony"],
        ["42\n(30.09.2026)", "100%", "osiągnięty"],
    ]
    assert indicators[1][4] == "14,2 (2029)"

    applications = next(t for t in table_texts(document) if t[0][1:2] == ["Program i nabór"])
    assert applications[2][4] == "odrzucony"
    assert applications[-1] == ["", "Razem", "", zl("41 080 000"), "", "", zl("23 100 000")]
    secured = next(t for t in table_texts(document) if t[0][3:4] == ["Pozyskano (zł)"])
    assert secured[1][3:] == [zl("19 500 000"), "0", "68,7%"]


def test_report_has_the_two_charts(services: Services, history: History, tmp_path: Path) -> None:
    """Indicators against targets and funding secured, as pictures in the state colours."""
    _, document = export(services, history, tmp_path)
    shapes = document.inline_shapes
    assert len(shapes) == 2
    images = [_image(document, shape) for shape in shapes]
    for image in images:
        assert image.width() >= 1200
    indicator_colours, funding_colours = (_colours(image) for image in images)
    for state in (
        reads.IndicatorState.ACHIEVED,
        reads.IndicatorState.ON_TRACK,
        reads.IndicatorState.BEHIND,
    ):
        assert QColor(STATE_COLORS[state]).rgb() in indicator_colours
    assert QColor(SECURED_COLOR).rgb() in funding_colours
    assert QColor(PENDING_COLOR).rgb() in funding_colours
    captions = [p.text for p in document.paragraphs if p.text.startswith("Rysunek")]
    assert captions == [
        "Rysunek 1. Stopień osiągnięcia wartości docelowych wskaźników z zaraportowaną wartością",
        "Rysunek 2. Dofinansowanie pozyskane, wnioski w ocenie i pozostała część kosztu",
    ]


def test_charts_draw_the_reported_values(
    services: Services, history: History, qtbot: object
) -> None:
    """The bars are the % of target and the money per project that the tables show."""
    overview = reads.overview(services.store, history.partnership_id, TODAY)
    indicators = [i for p in overview.projects for i in p.indicators]
    chart = indicator_chart(indicators)
    # Bottom row first: the trail, the seniors' places, the road.
    assert chart.bar_labels() == [
        "100% (42 z 42 km)",
        "33% (20 z 60 miejsca)",
        "57% (8,1 z 14,2 km)",
    ]
    assert chart.categories()[0] == "Długość przebudowanych dróg"
    funding = funding_chart(overview.projects)
    series = funding.series()[0]
    assert isinstance(series, QHorizontalStackedBarSeries)
    bars = series.barSets()
    secured = [bars[0].at(i) for i in range(bars[0].count())]
    assert secured == pytest.approx([0.0, 3.6, 0.0, 19.5])
    assert funding.bar_labels()[-1] == "19,5 z 28,4 mln zł (69%)"


def test_an_empty_package_says_so(services: Services, tmp_path: Path) -> None:
    from cwd_desktop.services.demo import DEMO_PARTNERSHIPS

    pid = services.partnerships.create(DEMO_PARTNERSHIPS[1])
    path = build_document(services, "implementation-report", pid, tmp_path / "pusty.docx")
    document = reopen(path)
    texts = [p.text for p in document.paragraphs]
    assert any("nie zawiera jeszcze żadnego projektu" in t for t in texts)
    assert len(document.inline_shapes) == 0


def test_report_reads_right_as_pdf(services: Services, history: History, tmp_path: Path) -> None:
    path, _ = export(services, history, tmp_path)
    text = squeeze(pdf_text(path, tmp_path))
    assert "Raport z realizacji zadań" in text
    assert "Partnerstwo Gmin Ziemi Braniewskiej" in text
    for expected in ("Decyzja ZRID wydana", "+59", "zagrożony", "odrzucony", "Razem"):
        assert expected in text
    assert "Strona 3 z" in text


def _image(document: Document, shape: object) -> QImage:
    blip = shape._inline.graphic.graphicData.pic.blipFill.blip  # type: ignore[attr-defined]
    blob = document.part.related_parts[blip.embed].blob
    image = QImage.fromData(blob)
    assert not image.isNull()
    return image


def _colours(image: QImage, step: int = 3) -> set[int]:
    return {
        image.pixel(x, y) & 0xFFFFFF | 0xFF000000
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    }
