"""Strategy export: a partnership with 200 projects and 20 charts, written as DOCX.

Issue 5 target: at most 1.5 s, printed beside the time python-docx alone
takes to write the same number of paragraphs, tables and pictures, measured
in the same run.

Until the strategy exporter exists this measures ``DocxWriter`` (the writer
every export uses) on a synthetic document of that size: ten chapters of
text, one fiche table per project (12 rows), a summary table of all
projects, and 20 chart pictures with captions; then the document is saved.
The reference builds the same content with python-docx's own API
(``add_heading``/``add_paragraph``/``add_table`` + ``cell.text``/
``add_picture``) on its default template and saves it. The 20 charts are
rendered to PNG once, before the clock starts (``exports/charts.py``, as the
writer's ``chart`` does), so both sides insert the same pictures; the
rendering itself is timed separately on a third row, without a target.

Both sides run in this process, alternating after one warm-up pair;
medians are reported. ``run`` takes the data set for the common interface
but does not need it. The lead switches the measured side to the real
strategy exporter once it exists.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.benchmarks.generate import Dataset
    from tests.benchmarks.measure import Result

PROJECTS = 200
CHARTS = 20
CHAPTERS = 10
MAX_SECONDS = 1.5
MAX_RUNS = 7

FICHE = (
    "Tytuł projektu",
    "Lider",
    "Partnerzy",
    "Cel strategiczny",
    "Kierunek działań",
    "Opis i zakres",
    "Uzasadnienie ponadlokalne",
    "Szacowany koszt (zł)",
    "Źródła finansowania",
    "Gotowość",
    "Wskaźnik produktu",
    "Okres realizacji",
)
TEXT = (
    "Partnerstwo Gmin Ziemi Braniewskiej planuje wspólne działania na rzecz rozwoju "
    "transportu publicznego, turystyki Zalewu Wiślanego i usług społecznych. Projekt "
    "odpowiada na wnioski z diagnozy: odpływ młodych mieszkańców, starzenie się ludności "
    "i słabą dostępność komunikacyjną gmin wiejskich. "
)


def _fiche(number: int) -> list[list[str]]:
    values = (
        f"Projekt {number}: ścieżka rowerowa i przystanki zintegrowane, etap {number % 7 + 1}",
        "Gmina Miejska Braniewo",
        "Gmina Braniewo, Frombork, Lelkowo, Pieniężno, Płoskinia, Wilczęta",
        f"Cel {number % 3 + 1}. Dostępność i spójność obszaru",
        f"Kierunek {number % 3 + 1}.{number % 4 + 1}",
        TEXT,
        "Projekt łączy co najmniej trzy gminy partnerstwa i obsługuje wspólny rynek pracy.",
        f"{1_000_000 + number * 12_345:,}".replace(",", " "),
        "FEWiM 2021-2027, środki własne gmin",
        "koncepcja",
        f"{number % 9 + 1} km ścieżek rowerowych",
        "2025–2027",
    )
    return [[name, value] for name, value in zip(FICHE, values, strict=True)]


def _summary() -> list[list[str]]:
    return [
        [str(n), f"Projekt {n}", "Gmina Miejska Braniewo", f"{1_000_000 + n * 12_345:,}", "2026"]
        for n in range(1, PROJECTS + 1)
    ]


def render_charts(folder: Path) -> list[Path]:
    """The 20 chart PNGs both sides insert, drawn as the writer's ``chart`` draws them."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis
    from PySide6.QtCore import Qt

    from cwd_desktop.exports.charts import ensure_app, render_png

    ensure_app()
    paths = []
    for number in range(1, CHARTS + 1):
        chart = QChart()
        bars = QBarSet("Liczba odpowiedzi")
        bars.append([float((number * k) % 17 + 3) for k in range(1, 8)])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(
            [
                "Braniewo",
                "Gm. Braniewo",
                "Frombork",
                "Lelkowo",
                "Pieniężno",
                "Płoskinia",
                "Wilczęta",
            ]
        )
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.setTitle(f"Wykres {number}. Ocena dostępności usług")
        paths.append(render_png(chart, folder / f"wykres-{number:02d}.png"))
    return paths


def with_writer(charts: list[Path], path: Path) -> None:
    """The synthetic strategy through ``DocxWriter``."""
    from cwd_desktop.exports.docx.writer import DocxWriter

    writer = DocxWriter(author="benchmark")
    writer.title_page("Strategia rozwoju ponadlokalnego", "Partnerstwo testowe", ["2024"])
    writer.header_footer("Strategia — benchmark")
    writer.toc()
    per_chapter = PROJECTS // CHAPTERS
    for chapter in range(CHAPTERS):
        writer.heading(f"{chapter + 1}. Rozdział {chapter + 1}", 1)
        writer.paragraph(TEXT * 3)
        for number in range(chapter * per_chapter + 1, (chapter + 1) * per_chapter + 1):
            writer.heading(f"Projekt {number}", 2)
            writer.paragraph(TEXT)
            writer.table(["Pole", "Wartość"], _fiche(number), widths_cm=[4.5, 11.5])
        for chart in charts[chapter * 2 : chapter * 2 + 2]:
            writer.picture(chart, caption=f"Wykres do rozdziału {chapter + 1}")
    writer.heading("Zestawienie projektów", 1)
    writer.table(["Nr", "Projekt", "Lider", "Koszt (zł)", "Start"], _summary())
    writer.save(path)


def with_python_docx(charts: list[Path], path: Path) -> None:
    """The same paragraphs, tables and pictures with python-docx's own API."""
    import docx
    from docx.shared import Cm

    document = docx.Document()
    document.add_paragraph("Strategia rozwoju ponadlokalnego", style="Title")
    document.add_paragraph("Partnerstwo testowe", style="Subtitle")
    document.add_paragraph("2024")
    document.add_page_break()
    document.sections[0].header.paragraphs[0].text = "Strategia — benchmark"
    document.add_paragraph("Spis treści", style="TOC Heading")
    per_chapter = PROJECTS // CHAPTERS
    figure = 0
    for chapter in range(CHAPTERS):
        document.add_heading(f"{chapter + 1}. Rozdział {chapter + 1}", 1)
        document.add_paragraph(TEXT * 3)
        for number in range(chapter * per_chapter + 1, (chapter + 1) * per_chapter + 1):
            document.add_heading(f"Projekt {number}", 2)
            document.add_paragraph(TEXT)
            rows = [["Pole", "Wartość"], *_fiche(number)]
            table = document.add_table(rows=len(rows), cols=2, style="Table Grid")
            for cells, values in zip(table.rows, rows, strict=True):
                for cell, value in zip(cells.cells, values, strict=True):
                    cell.text = value
            document.add_paragraph()
        for chart in charts[chapter * 2 : chapter * 2 + 2]:
            figure += 1
            document.add_picture(str(chart), width=Cm(16))
            document.add_paragraph(f"Rysunek {figure}. Wykres do rozdziału {chapter + 1}")
    document.add_heading("Zestawienie projektów", 1)
    rows = [["Nr", "Projekt", "Lider", "Koszt (zł)", "Start"], *_summary()]
    table = document.add_table(rows=len(rows), cols=5, style="Table Grid")
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    document.save(str(path))


def _timed(work: Callable[[], None]) -> float:
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def run(dataset: Dataset | None = None, runs: int = MAX_RUNS) -> list[Result]:
    """Writer and python-docx alternately after a warm-up pair; medians, and chart rendering."""
    from tests.benchmarks.measure import Result

    with tempfile.TemporaryDirectory(prefix="cwd-bench-docx-") as temp:
        folder = Path(temp)
        began = time.perf_counter()
        charts = render_charts(folder)
        rendering = time.perf_counter() - began
        ours: list[float] = []
        raw: list[float] = []
        for attempt in range(min(runs, MAX_RUNS) + 1):
            mine = _timed(lambda: with_writer(charts, folder / "writer.docx"))
            theirs = _timed(lambda: with_python_docx(charts, folder / "python-docx.docx"))
            if attempt:  # the first pair warms imports and caches
                ours.append(mine)
                raw.append(theirs)
    return [
        Result(
            f"strategy DOCX: {PROJECTS} project tables, {CHARTS} charts (writer vs python-docx)",
            statistics.median(ours),
            "s",
            reference=statistics.median(raw),
            max_value=MAX_SECONDS,
        ),
        Result(f"rendering {CHARTS} charts to PNG (not in the figure above)", rendering, "s"),
    ]


if __name__ == "__main__":
    for result in run():
        ratio = f"{result.ratio:.2f} ×" if result.ratio else "—"
        print(
            f"{result.what}: {result.measured:.3f} s; reference "
            f"{result.reference or 0:.3f} s; ratio {ratio}; target {result.target}"
        )
