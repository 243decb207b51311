"""Strategy export: a partnership with 200 projects and 20 charts, written as DOCX.

Issue 5 target: at most 1.5 s, printed beside the time python-docx alone
takes to write the same number of paragraphs, tables and pictures, measured
in the same run.

Before any clock starts, a fresh store in a temporary data folder gets the
demo programme (``fill_demo``: PGZB has a complete strategy, a few demo
projects and maps), then PGZB's project package is topped up to 200
realistic project fiches linked to the strategy's objectives and
directions, and 20 survey charts (PGZB's demo surveys: a bar chart per
closed question, then cross-tabs by gmina, drawn by the surveys page's own
``question_chart``/``crosstab_chart`` and rendered to PNG as exports render
them) are added as strategy images, five to each section that takes
images. The rendering of those charts is timed on a row of its own,
without a target: an export inserts stored PNGs, it does not draw them.

Measured: ``services.documents.export(DocumentKind.STRATEGY, …)`` end to
end, as the Documents page and the CLI call it: read the strategy, build
the document, save it atomically, keep its bytes in the blob store and
record a DocumentVersion row.

Reference: python-docx alone writing the same content. The first export is
reopened with python-docx (before the clock) and its body read in order:
every paragraph's text and style, every table's cell texts (so the same
rows × columns) and every picture (the stored PNG, the same bytes). The
reference writes them with python-docx's own API (``add_paragraph``,
``add_table`` + ``cell.text``, ``add_picture``) on its default template,
keeping the paragraph styles that template has, and saves the file.

Both sides run in this process, alternating after one warm-up pair;
medians are reported. ``run`` takes the data set for the common interface
but does not need it: the strategy is built here.
"""

from __future__ import annotations

import hashlib
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services
    from tests.benchmarks.generate import Dataset
    from tests.benchmarks.measure import Result

PARTNERSHIP = "PGZB"
PROJECTS = 200
CHARTS = 20
MAX_SECONDS = 1.5
MAX_RUNS = 7
SEED = 5

#: (title pattern, thematic area, policy objective, cost range in PLN, description)
TOPICS = (
    (
        "Budowa ścieżki rowerowej {place} – {other}",
        "transport",
        "po3",
        (1_800_000, 9_500_000),
        "Budowa ścieżki pieszo-rowerowej o nawierzchni bitumicznej łączącej {place} i {other},"
        " z oświetleniem, miejscami odpoczynku i oznakowaniem; ścieżka domyka sieć tras"
        " rowerowych partnerstwa wokół Zalewu Wiślanego.",
    ),
    (
        "Zintegrowane węzły przesiadkowe w gminie {place}",
        "transport",
        "po3",
        (900_000, 4_200_000),
        "Przebudowa przystanków autobusowych w węzły przesiadkowe z parkingami Bike&Ride,"
        " wiatami, tablicami informacji pasażerskiej i zasilaniem z fotowoltaiki;"
        " część wspólnej sieci transportu publicznego partnerstwa.",
    ),
    (
        "Termomodernizacja budynków użyteczności publicznej – {place}",
        "environment",
        "po2",
        (1_200_000, 6_800_000),
        "Docieplenie ścian i stropów, wymiana stolarki okiennej, modernizacja źródeł ciepła"
        " na pompy ciepła oraz montaż instalacji fotowoltaicznych w szkołach i urzędzie"
        " gminy {place}; zmniejszenie zużycia energii o co najmniej 40%.",
    ),
    (
        "Centrum usług społecznych dla seniorów – gmina {place}",
        "health",
        "po4",
        (2_500_000, 8_000_000),
        "Adaptacja budynku na dzienny dom pobytu i klub seniora z usługami opiekuńczymi,"
        " rehabilitacją i teleopieką dla mieszkańców gmin partnerstwa; odpowiedź na"
        " starzenie się ludności wskazane w diagnozie.",
    ),
    (
        "Szlak turystyczny Zalewu Wiślanego – odcinek {place}",
        "tourism",
        "po5",
        (700_000, 3_600_000),
        "Wyznaczenie i zagospodarowanie odcinka wspólnego szlaku turystycznego: punkty"
        " widokowe, przystanie kajakowe, tablice informacyjne i aplikacja z trasami;"
        " promocja obszaru jako jednej destynacji.",
    ),
    (
        "Rewitalizacja przestrzeni publicznej – centrum, gmina {place}",
        "heritage",
        "po5",
        (3_000_000, 12_000_000),
        "Przebudowa rynku i ulic przyległych z zachowaniem historycznego układu, zieleń"
        " i mała architektura, miejsca spotkań mieszkańców; przestrzeń dla wydarzeń"
        " kulturalnych organizowanych wspólnie przez gminy partnerstwa.",
    ),
    (
        "Cyfrowe usługi publiczne urzędu – gmina {place}",
        "municipal",
        "po1",
        (350_000, 1_900_000),
        "Wdrożenie e-usług, elektronicznego obiegu dokumentów i wspólnej platformy"
        " zgłoszeń mieszkańców; szkolenia kadr urzędów i cyberbezpieczeństwo systemów.",
    ),
    (
        "Pracownie kształcenia zawodowego – gmina {place}",
        "education",
        "po4",
        (600_000, 2_800_000),
        "Wyposażenie pracowni kształcenia zawodowego dopasowanych do potrzeb lokalnych"
        " pracodawców, staże uczniów i doradztwo zawodowe we współpracy z powiatowym"
        " urzędem pracy.",
    ),
    (
        "Inkubator przedsiębiorczości i strefa aktywności gospodarczej – {place}",
        "socio_economic",
        "po1",
        (2_000_000, 11_000_000),
        "Uzbrojenie terenów inwestycyjnych, przestrzeń coworkingowa i doradztwo dla"
        " nowych firm; wspólna oferta inwestycyjna partnerstwa przeciw odpływowi młodych.",
    ),
    (
        "Sieć wodociągowa i kanalizacyjna w miejscowościach gminy {place}",
        "environment",
        "po2",
        (4_000_000, 15_000_000),
        "Budowa sieci kanalizacji sanitarnej i modernizacja stacji uzdatniania wody"
        " w miejscowościach poza aglomeracją; poprawa jakości wód Zalewu Wiślanego.",
    ),
    (
        "Dom kultury i biblioteka jako centrum aktywności lokalnej – {place}",
        "culture",
        "po4",
        (1_500_000, 5_500_000),
        "Przebudowa i wyposażenie domu kultury z biblioteką, salą wielofunkcyjną"
        " i pracownią cyfrową; wspólny kalendarz wydarzeń gmin partnerstwa.",
    ),
    (
        "Monitoring i bezpieczeństwo przestrzeni publicznej – {place}",
        "safety",
        "po5",
        (300_000, 1_400_000),
        "Wspólny system monitoringu wizyjnego przestrzeni publicznych, doposażenie"
        " ochotniczych straży pożarnych i system ostrzegania mieszkańców.",
    ),
)
STAGES = ("etap I", "etap II", "etap III")
READINESS = ("idea", "concept", "concept", "documentation", "permits", "ready")
STATUSES = ("proposed", "proposed", "accepted", "in_preparation", "applied")


@dataclass
class Strategy:
    """The store built for the benchmark and what was put in it."""

    services: Services
    partnership_id: str
    projects: int
    charts: int
    rendering: float  # seconds to draw the charts to PNG


@dataclass
class Content:
    """The exported document's body in order, as python-docx sees it after reopening.

    Each block is ``("p", text, style or None)``, ``("t", rows of cell texts)``
    or ``("img", png path)``.
    """

    header: str = ""
    blocks: list[tuple[Any, ...]] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for block in self.blocks if block[0] == kind)

    @property
    def cells(self) -> int:
        return sum(len(b[1]) * len(b[1][0]) for b in self.blocks if b[0] == "t" and b[1])

    def describe(self) -> str:
        shapes = sorted(
            {(len(b[1]), len(b[1][0]) if b[1] else 0) for b in self.blocks if b[0] == "t"},
            reverse=True,
        )
        largest = f"{shapes[0][0]}×{shapes[0][1]}" if shapes else "—"
        return (
            f"{self.count('p')} paragraphs, {self.count('t')} tables ({self.cells} cells,"
            f" largest {largest}), {self.count('img')} pictures"
        )


# -- the strategy ---------------------------------------------------------------------------


def member_names(services: Services, partnership_id: str) -> dict[str, str]:
    """TERYT code → gmina name, told apart by kind where two share a name (Braniewo)."""
    members = services.partnerships.get(partnership_id).members
    seen = [j.name for j in members]
    short = {j.code: j.kind.replace("gmina ", "gm. ") for j in members}
    return {
        j.code: f"{j.name} ({short[j.code]})" if seen.count(j.name) > 1 else j.name for j in members
    }


def _project_rows(services: Services, partnership_id: str, first: int) -> list[Mapping[str, Any]]:
    """Fiches numbered ``first``…``PROJECTS``, spread over the members and topics."""
    members = services.partnerships.get(partnership_id).members
    named = member_names(services, partnership_id)
    names = [named[j.code] for j in members]
    rng = random.Random(SEED)
    rows: list[Mapping[str, Any]] = []
    for number in range(first, PROJECTS + 1):
        pattern, area, po, (low, high), description = TOPICS[number % len(TOPICS)]
        leader = number % len(members)
        other = (leader + 1 + number % (len(members) - 1)) % len(members)
        place, other_place = names[leader], names[other]
        title = pattern.format(place=place, other=other_place)
        title += f", {STAGES[number // len(TOPICS) % len(STAGES)]}"
        start = date(2025 + number % 3, 1 + number % 12, 1)
        rows.append(
            {
                "number": number,
                "title": title,
                "leader_teryt": members[leader].code,
                "partners": ", ".join(names[i] for i in sorted({leader, other})),
                "location": f"gminy {place} i {other_place}, powiat braniewski",
                "policy_objective": po,
                "thematic_area": area,
                "description": description.format(place=place, other=other_place),
                "scope": "Dokumentacja projektowa, roboty budowlane, wyposażenie, promocja,"
                " zarządzanie projektem.",
                "integrated": f"Projekt realizują wspólnie gminy {place} i {other_place};"
                " wpisuje się w cele strategii ponadlokalnej partnerstwa.",
                "cost": round(rng.uniform(low, high), -3),
                "readiness": READINESS[number % len(READINESS)],
                "status": STATUSES[number % len(STATUSES)],
                "start_on": start,
                "end_on": date(start.year + 1 + number % 2, 12, 31),
            }
        )
    return rows


def _add_projects(services: Services, partnership_id: str) -> int:
    """Top the package up to ``PROJECTS`` fiches, each linked to an objective (and direction)."""
    from cwd_desktop.services import strategy_reads as reads

    reader = services.store.reader()
    numbers = [
        int(n or 0)
        for (n,) in reader.execute(
            "SELECT number FROM project WHERE partnership_id = ? AND deleted_at IS NULL",
            (partnership_id,),
        )
    ]
    rows = _project_rows(services, partnership_id, max(numbers, default=0) + 1)
    ids = services.records.create_many("project", partnership_id, rows)
    objectives = reads.objectives(services.store, partnership_id)
    has_links = (
        reader.execute("SELECT 1 FROM sqlite_master WHERE name = 'project_link'").fetchone()
        is not None
    )
    if objectives and has_links:
        links: list[Mapping[str, Any]] = []
        for index, project_id in enumerate(ids):
            chosen = [objectives[index % len(objectives)]]
            if index % 3 == 0 and len(objectives) > 1:  # every third serves two objectives
                chosen.append(objectives[(index + 1) % len(objectives)])
            for objective in chosen:
                directions = reads.directions(services.store, partnership_id, objective.id)
                direction = directions[index % len(directions)].id if directions else None
                links.append(
                    {
                        "project_id": project_id,
                        "objective_id": objective.id,
                        "direction_id": direction,
                    }
                )
        services.records.create_many("project_link", partnership_id, links)
    return len(numbers) + len(ids)


def render_charts(
    services: Services, partnership_id: str, folder: Path
) -> tuple[list[tuple[Path, str]], float]:
    """``CHARTS`` survey bar charts as PNGs with their captions, and the seconds drawing took.

    The partnership's demo surveys give one chart per closed question, as
    the surveys page draws it, then cross-tabs of those questions by gmina
    until there are ``CHARTS``. Summaries and cross-tabs are computed before
    the clock starts: the figure is drawing the charts and writing the PNGs.
    """
    from cwd_desktop.exports.charts import ensure_app, render_png
    from cwd_desktop.services.survey_import.model import QuestionType
    from cwd_desktop.services.survey_summary import Dimension, crosstab, summarise
    from cwd_desktop.ui.survey_charts import crosstab_chart, question_chart

    ensure_app()
    folder.mkdir(parents=True, exist_ok=True)
    names = member_names(services, partnership_id)
    singles: list[tuple[Any, str]] = []
    by_gmina: list[tuple[Any, str]] = []
    for info in services.surveys.list(partnership_id):
        data = services.surveys.load(info.id)
        for summary in summarise(data).questions:
            singles.append((summary, f"{summary.text} ({info.title})"))
        for stored in data.questions:
            if stored.type in (QuestionType.TEXT, QuestionType.GRID) or stored.key in (
                info.gmina_key,
                info.gender_key,
                info.age_key,
            ):
                continue
            tab = crosstab(data, stored.key, Dimension.GMINA, group_names=names)
            by_gmina.append((tab, f"{stored.text} – według gmin ({info.title})"))
    charts: list[tuple[Path, str]] = []
    began = time.perf_counter()
    for kind, items in ((question_chart, singles), (crosstab_chart, by_gmina)):
        for subject, caption in items:
            chart = kind(subject)
            if chart is None:
                continue
            path = render_png(chart, folder / f"wykres-{len(charts) + 1:02d}.png")
            charts.append((path, caption[:400]))
            if len(charts) == CHARTS:
                return charts, time.perf_counter() - began
    raise RuntimeError(f"the demo surveys give only {len(charts)} charts, not {CHARTS}")


def build_strategy(folder: Path) -> Strategy:
    """A demo store whose PGZB has ``PROJECTS`` projects and ``CHARTS`` chart images."""
    from cwd_desktop.services.app import Services
    from cwd_desktop.services.demo import fill_demo
    from cwd_desktop.services.strategy import StrategyService
    from cwd_desktop.services.strategy_reads import IMAGE_SECTIONS
    from cwd_desktop.store import open_store

    services = Services(open_store(folder / "data"))
    fill_demo(services)
    partnership_id = services.partnerships.get(PARTNERSHIP).id
    projects = _add_projects(services, partnership_id)
    charts, rendering = render_charts(services, partnership_id, folder / "charts")
    strategies = StrategyService(services)
    for index, (path, caption) in enumerate(charts):
        section = IMAGE_SECTIONS[index * len(IMAGE_SECTIONS) // len(charts)]
        strategies.add_image(partnership_id, section, path, caption)
    return Strategy(services, partnership_id, projects, len(charts), rendering)


def export(strategy: Strategy, path: Path) -> None:
    """The measured side: the strategy export as the Documents page runs it."""
    from cwd_desktop.domain.vocab import DocumentKind

    strategy.services.documents.export(DocumentKind.STRATEGY, strategy.partnership_id, path)


# -- the reference --------------------------------------------------------------------------


def read_content(path: Path, pictures: Path) -> Content:
    """The exported document's body, in order; its pictures saved once in ``pictures``."""
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    available = {style.name for style in docx.Document().styles}
    header = document.sections[0].header
    content = Content(header=" ".join(p.text for p in header.paragraphs).strip())
    pictures.mkdir(exist_ok=True)
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            blips = child.findall(".//" + qn("a:blip"))
            for blip in blips:
                blob = document.part.related_parts[blip.get(qn("r:embed"))].blob
                png = pictures / f"{hashlib.sha256(blob).hexdigest()}.png"
                if not png.exists():
                    png.write_bytes(blob)
                content.blocks.append(("img", png))
            if not blips:
                paragraph = Paragraph(child, document._body)
                style = paragraph.style.name if paragraph.style is not None else None
                content.blocks.append(("p", paragraph.text, style if style in available else None))
        elif child.tag == qn("w:tbl"):
            table = Table(child, document._body)
            content.blocks.append(("t", [[cell.text for cell in row.cells] for row in table.rows]))
    return content


def with_python_docx(content: Content, path: Path) -> None:
    """The same paragraphs, tables and pictures with python-docx's own API."""
    import docx
    from docx.shared import Cm

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = content.header
    for block in content.blocks:
        if block[0] == "p":
            document.add_paragraph(block[1], style=block[2])
        elif block[0] == "t":
            rows = block[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]), style="Table Grid")
            for cells, values in zip(table.rows, rows, strict=True):
                for cell, value in zip(cells.cells, values, strict=True):
                    cell.text = value
        else:
            document.add_picture(str(block[1]), width=Cm(16))
    document.save(str(path))


# -- the benchmark --------------------------------------------------------------------------


def _timed(work: Callable[[], None]) -> float:
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def run(dataset: Dataset | None = None, runs: int = MAX_RUNS) -> list[Result]:
    """Export and python-docx alternately after a warm-up pair; medians, and chart rendering."""
    from tests.benchmarks.measure import Result

    with tempfile.TemporaryDirectory(prefix="cwd-bench-docx-") as temp:
        folder = Path(temp)
        strategy = build_strategy(folder)
        try:
            exported = folder / "strategia.docx"
            export(strategy, exported)  # the content the reference writes
            content = read_content(exported, folder / "pictures")
            ours: list[float] = []
            raw: list[float] = []
            for attempt in range(min(runs, MAX_RUNS) + 1):
                mine = _timed(lambda: export(strategy, exported))
                theirs = _timed(lambda: with_python_docx(content, folder / "python-docx.docx"))
                if attempt:  # the first pair warms imports and caches
                    ours.append(mine)
                    raw.append(theirs)
        finally:
            strategy.services.store.close()
    return [
        Result(
            f"strategy DOCX export, {strategy.projects} projects, {strategy.charts} charts"
            f" ({content.describe()}) vs python-docx",
            statistics.median(ours),
            "s",
            reference=statistics.median(raw),
            max_value=MAX_SECONDS,
        ),
        Result(
            f"rendering {strategy.charts} survey charts to PNG (not in the figure above)",
            strategy.rendering,
            "s",
        ),
    ]


if __name__ == "__main__":
    for result in run():
        ratio = f"{result.ratio:.2f} ×" if result.ratio else "—"
        print(
            f"{result.what}: {result.measured:.3f} s; reference "
            f"{result.reference or 0:.3f} s; ratio {ratio}; target {result.target}"
        )
