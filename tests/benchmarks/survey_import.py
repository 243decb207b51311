"""Survey import: a 100,000-row × 20-question Google Forms export, imported end to end.

Issue 4 targets: the import takes at most 1.5 × a raw python-calamine read of
the same file, measured in the same run, and its peak memory stays under
250 MiB. The file is generated once per seed and scale (``ROWS`` × scale
respondents) and cached beside the benchmark data set; it follows Google
Forms' XLSX export: a timestamp and an e-mail column, then the questions,
checkbox answers joined with ``, ``, a grid as ``Pytanie [Wiersz]`` columns.
The same answers are written twice: texts inline in their cells (as
openpyxl writes them) and in a shared strings table (as Google Sheets and
Excel do). calamine reads the second a third faster, so the same import
costs a higher ratio there.

The import reads the sheet in slices parsed by two threads (calamine works
without the GIL), so the ratio depends on a second core being free: on a
busy machine the import loses more than the single-threaded raw read.

Each figure comes from a fresh child process started through ``spawn.py``,
so its peak RSS is its own: the raw read (open the workbook, turn every row
of the sheet into Python values) and the import (``services.surveys.
import_file`` into a new store holding one demo partnership). The child
times only the work: interpreter start-up, module imports, creating the
store and warming up the ORM happen before its clock starts. Runs alternate
raw, import, raw, import… after one warm-up pair; medians are reported.

The module level imports only the standard library, so that the raw child
is a bare interpreter plus python-calamine:

    python -m tests.benchmarks.survey_import child raw FILE
    python -m tests.benchmarks.survey_import child import FILE DATA_DIR
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.benchmarks.generate import Dataset
    from tests.benchmarks.measure import Result, Run

ROOT = Path(__file__).resolve().parents[2]
#: Respondents at scale 1 (the issue's figure).
ROWS = 100_000
#: Bump whenever the generated file changes, so that a stale cached file is rebuilt.
SURVEY_VERSION = 1
MAX_RATIO = 1.5
MAX_RSS_MIB = 250.0
#: Measured pairs (after the warm-up pair) at most: an import of this size takes seconds.
MAX_RUNS = 5

# -- the generated export ------------------------------------------------------------------

#: The gminy of the demo partnership PGZB, as its form lists them.
GMINY = (
    ("Miasto Braniewo", 30),
    ("Gmina Braniewo", 12),
    ("Frombork", 8),
    ("Lelkowo", 6),
    ("Pieniężno", 14),
    ("Płoskinia", 7),
    ("Wilczęta", 6),
)
SINGLE: dict[str, tuple[tuple[str, int], ...]] = {
    "W której gminie mieszkasz?": GMINY,
    "Płeć": (("Kobieta", 52), ("Mężczyzna", 45), ("Wolę nie podawać", 3)),
    "Od jak dawna mieszkasz w gminie?": (
        ("Krócej niż 5 lat", 12),
        ("5–15 lat", 20),
        ("Dłużej niż 15 lat", 45),
        ("Od urodzenia", 23),
    ),
    "Jaki jest Twój status zawodowy?": (
        ("Pracuję na etacie", 40),
        ("Prowadzę działalność gospodarczą", 10),
        ("Prowadzę gospodarstwo rolne", 8),
        ("Uczę się lub studiuję", 12),
        ("Jestem na emeryturze lub rencie", 22),
        ("Nie pracuję", 8),
    ),
    "Czy w ciągu 5 lat planujesz wyprowadzić się z gminy?": (
        ("Tak", 18),
        ("Nie", 55),
        ("Nie wiem", 27),
    ),
    "Wykształcenie": (
        ("Podstawowe lub gimnazjalne", 10),
        ("Zasadnicze zawodowe", 22),
        ("Średnie", 38),
        ("Wyższe", 30),
    ),
    "Jak często korzystasz z komunikacji publicznej?": (
        ("Codziennie", 12),
        ("Kilka razy w tygodniu", 14),
        ("Kilka razy w miesiącu", 20),
        ("Rzadziej", 30),
        ("Wcale", 24),
    ),
}
AGE = "Wiek (w latach)"
HOUSEHOLD = "Ile osób liczy Twoje gospodarstwo domowe?"
SCALES: dict[str, tuple[int, int]] = {
    "Jak oceniasz jakość życia w gminie?": (1, 5),
    "Jak oceniasz ofertę kulturalną i sportową?": (1, 5),
    "Jak oceniasz dojazd do pracy lub szkoły?": (1, 5),
    "Jak bardzo polecił(a)byś gminę znajomym jako miejsce do życia? (0–10)": (0, 10),
    "Jak bezpiecznie czujesz się w swojej okolicy? (0–10)": (0, 10),
}
MULTIPLE: dict[str, tuple[str, ...]] = {
    "Z których usług gminy korzystasz?": (
        "Biblioteka",
        "Sport, rekreacja",  # an option with a comma, as forms have
        "Ośrodek zdrowia",
        "Ośrodek pomocy społecznej",
        "Świetlica wiejska",
        "Urząd przez internet",
    ),
    "Co należy poprawić w pierwszej kolejności?": (
        "Drogi i chodniki",
        "Komunikację publiczną",
        "Dostęp do lekarzy",
        "Ofertę dla młodzieży",
        "Opiekę nad seniorami",
        "Miejsca pracy",
        "Internet szerokopasmowy",
        "Czystość powietrza",
    ),
    "Skąd czerpiesz informacje o sprawach gminy?": (
        "Strona internetowa gminy",
        "Media społecznościowe",
        "Lokalna gazeta",
        "Sołtys, rada sołecka",
        "Tablice ogłoszeń",
        "Od sąsiadów",
    ),
}
GRID = "Oceń dostępność usług w Twojej okolicy"
GRID_ROWS = ("Drogi", "Szkoły", "Ośrodek zdrowia", "Transport publiczny")
GRID_CHOICES = ("Bardzo dobra", "Dobra", "Zła", "Bardzo zła", "Nie wiem")
TEXTS = (
    "Co najbardziej lubisz w swojej gminie?",
    "Uwagi i propozycje dla władz gminy",
)

_OPENERS = (
    "Brakuje", "Trzeba poprawić stan", "Najbardziej doskwiera mi brak", "Chciałabym więcej",
    "Chciałbym więcej", "Przydałoby się więcej", "Warto zadbać o rozwój", "Za mało jest",
    "Proszę o remont", "Doceniam starania, ale wciąż brakuje", "Lubię spokój i okolicę, ale brak",
)  # fmt: skip
_SUBJECTS = (
    "chodników przy szkole", "połączeń autobusowych do Elbląga", "ścieżek rowerowych",
    "miejsc pracy dla młodych", "oświetlenia ulic", "opieki nad seniorami", "żłobka",
    "lekarzy specjalistów", "internetu światłowodowego", "zajęć dla dzieci w świetlicy",
    "boiska przy szkole", "przystanku z wiatą", "koszy na śmieci nad zalewem",
    "parkingu przy ośrodku zdrowia", "kanalizacji na wsiach", "imprez kulturalnych",
    "placu zabaw", "dróg gminnych", "taniego mieszkania dla rodzin", "basenu",
)  # fmt: skip
_PLACES = (
    "w Braniewie", "we Fromborku", "w Pieniężnie", "w Lelkowie", "w Płoskini",
    "w Wilczętach", "w Rodnowie", "w Zagajach", "nad Zalewem Wiślanym", "na naszej ulicy",
)  # fmt: skip
_ENDINGS = (
    ".", "!", ", zwłaszcza zimą.", ", bo młodzi wyjeżdżają.", " — to pilne!",
    ". Dziękuję za ankietę.", " (dotyczy też sąsiednich wsi).", "; czekamy na to od lat.",
    ", szczególnie dla osób starszych.", ". Poza tym jest dobrze.",
)  # fmt: skip
_LIKES = (
    "Spokój i przyrodę", "Bliskość zalewu i lasów", "Życzliwych sąsiadów", "Ciszę",
    "Zabytki Fromborka", "Dobrą szkołę", "Czyste powietrze", "Festyny i dożynki",
    "Niskie koszty życia", "Ścieżki nad Pasłęką", "To, że wszyscy się znają",
)  # fmt: skip


def headers() -> list[str]:
    """The export's header row: metadata, then the questions in form order."""
    single = list(SINGLE)
    return [
        "Sygnatura czasowa",
        "Adres e-mail",
        single[0],
        single[1],
        AGE,
        single[2],
        single[3],
        *SCALES,
        *MULTIPLE,
        *(f"{GRID} [{row}]" for row in GRID_ROWS),
        single[4],
        single[5],
        HOUSEHOLD,
        single[6],
        *TEXTS,
    ]


def _weighted(rng: random.Random, options: tuple[tuple[str, int], ...]) -> list[str]:
    names = [name for name, _ in options]
    weights = [weight for _, weight in options]
    return rng.choices(names, weights, k=1)


def _opinion(rng: random.Random) -> str:
    text = f"{rng.choice(_OPENERS)} {rng.choice(_SUBJECTS)} {rng.choice(_PLACES)}"
    text += rng.choice(_ENDINGS)
    if rng.random() < 0.3:
        text += f" {rng.choice(_OPENERS)} {rng.choice(_SUBJECTS)}{rng.choice(_ENDINGS)}"
    return text


def _like(rng: random.Random) -> str:
    first, second = rng.sample(_LIKES, 2)
    return first if rng.random() < 0.5 else f"{first}, {second.lower()} {rng.choice(_PLACES)}."


def respondent(rng: random.Random, number: int, when: datetime) -> list[Any]:
    """One response row; optional questions are sometimes left blank."""
    single = list(SINGLE.values())
    row: list[Any] = [when, f"respondent{number}@example.pl"]
    row += _weighted(rng, single[0]) + _weighted(rng, single[1])
    row.append(rng.randint(15, 89) if rng.random() < 0.97 else None)
    row += _weighted(rng, single[2]) + _weighted(rng, single[3])
    for low, high in SCALES.values():
        row.append(rng.randint(low, high) if rng.random() < 0.95 else None)
    for options in MULTIPLE.values():
        chosen = sorted(rng.sample(range(len(options)), rng.randint(0, 3)))
        row.append(", ".join(options[i] for i in chosen) or None)
    row += [rng.choice(GRID_CHOICES) if rng.random() < 0.9 else None for _ in GRID_ROWS]
    row += _weighted(rng, single[4]) + _weighted(rng, single[5])
    row.append(rng.randint(1, 8))
    row += _weighted(rng, single[6])
    row.append(_like(rng) if rng.random() < 0.7 else None)
    row.append(_opinion(rng) if rng.random() < 0.45 else None)
    return row


def _responses(rows: int, rng: random.Random) -> Iterator[list[Any]]:
    """The header row, then ``rows`` responses a minute or so apart."""
    yield headers()
    when = datetime(2026, 3, 2, 8, 0, 0)
    for number in range(1, rows + 1):
        when += timedelta(seconds=rng.randint(5, 90))
        yield respondent(rng, number, when)


def write_inline(path: Path, rows: int, rng: random.Random) -> None:
    """The export written by openpyxl in write-only mode: every text inline in its cell."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Odpowiedzi do formularza 1")
    for row in _responses(rows, rng):
        sheet.append(row)
    book.save(path)


_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        f'<workbook xmlns="{_NS}" xmlns:r="{_REL}"><sheets>'
        '<sheet name="Odpowiedzi do formularza 1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId3" Type="{_REL}/styles" Target="styles.xml"/>'
        "</Relationships>"
    ),
    "xl/styles.xml": (
        f'<styleSheet xmlns="{_NS}"><numFmts count="1"><numFmt numFmtId="164" '
        'formatCode="d.mm.yyyy h:mm:ss"/></numFmts><fonts count="1"><font/></fonts>'
        '<fills count="1"><fill/></fills><borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/>'
        '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'
    ),
}


def write_shared(path: Path, rows: int, rng: random.Random) -> None:
    """The export as Google Sheets and Excel write it: texts in a shared strings table.

    openpyxl writes every text inline, so this writes the XML itself; each
    distinct text is stored once and cells refer to it by number, the
    timestamps are numbers with a date format.
    """
    import zipfile
    from xml.sax.saxutils import escape

    from openpyxl.utils import get_column_letter

    shared: dict[str, int] = {}
    letters = [get_column_letter(i + 1) for i in range(len(headers()))]
    epoch = datetime(1899, 12, 30)
    body: list[str] = []
    for r, values in enumerate(_responses(rows, rng), start=1):
        cells = []
        for letter, value in zip(letters, values, strict=True):
            if value is None:
                continue
            if isinstance(value, datetime):
                days = (value - epoch) / timedelta(days=1)
                cells.append(f'<c r="{letter}{r}" s="1"><v>{days!r}</v></c>')
            elif isinstance(value, (int, float)):
                cells.append(f'<c r="{letter}{r}"><v>{value}</v></c>')
            else:
                index = shared.setdefault(value, len(shared))
                cells.append(f'<c r="{letter}{r}" t="s"><v>{index}</v></c>')
        body.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{_NS}">'
        f'<dimension ref="A1:{letters[-1]}{rows + 1}"/><sheetData>{"".join(body)}</sheetData>'
        "</worksheet>"
    )
    strings = "".join(f"<si><t>{escape(text)}</t></si>" for text in shared)
    table = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{_NS}" '
        f'count="{len(shared)}" uniqueCount="{len(shared)}">{strings}</sst>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in _PARTS.items():
            archive.writestr(name, content)
        archive.writestr("xl/sharedStrings.xml", table)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)


#: How the export's texts are stored: file-name tag → writer.
LAYOUTS: dict[str, Callable[[Path, int, random.Random], None]] = {
    "inline": write_inline,
    "shared": write_shared,
}
LAYOUT_LABELS = {
    "inline": "inline texts",
    "shared": "shared strings",
}


def survey_file(
    seed: int, scale: float, layout: str = "inline", root: Path | None = None
) -> tuple[Path, int]:
    """(the cached export for ``seed`` and ``scale``, its respondent count), written if missing.

    It is written to a temporary name and renamed into place, so an
    interrupted run never leaves a half-written file behind.
    """
    from tests.benchmarks.generate import CACHE_ROOT

    rows = max(10, round(ROWS * scale))
    folder = root or CACHE_ROOT
    path = folder / f"survey-v{SURVEY_VERSION}-{layout}-{seed}-{rows}.xlsx"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.xlsx")
        LAYOUTS[layout](partial, rows, random.Random(f"{seed}:survey"))
        partial.replace(path)
    return path, rows


# -- the two measured programs ---------------------------------------------------------------


def raw_read(path: Path) -> tuple[float, int]:
    """(seconds, rows): python-calamine opens the file and turns every row into Python values."""
    from python_calamine import CalamineWorkbook

    began = time.perf_counter()
    with CalamineWorkbook.from_path(str(path)) as book:
        count = sum(1 for _ in book.get_sheet_by_index(0).iter_rows())
    return time.perf_counter() - began, count


def end_to_end(path: Path, data_dir: Path) -> tuple[float, int]:
    """(seconds, responses): ``services.surveys.import_file`` into a new store.

    The store, the demo partnership, the imports and the ORM's first
    connection are made before the clock starts.
    """
    import cwd_desktop.domain.survey  # noqa: F401  (the models the import writes)
    from cwd_desktop.services.app import Services
    from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
    from cwd_desktop.store import open_store

    store = open_store(data_dir)
    try:
        services = Services(store)
        partnership = DEMO_PARTNERSHIPS[0]
        services.partnerships.create(partnership)
        store.warm_up()
        surveys = services.surveys
        began = time.perf_counter()
        result = surveys.import_file(path, partnership.short_name, "residents")
        elapsed = time.perf_counter() - began
    finally:
        store.close()
    return elapsed, result.responses


def child(argv: list[str]) -> int:
    """Run one measured program; print ``CWD_MEASURED <seconds> <rows>``."""
    mode, path = argv[0], Path(argv[1])
    if mode == "raw":
        elapsed, count = raw_read(path)
    elif mode == "import":
        elapsed, count = end_to_end(path, Path(argv[2]))
    else:
        print(f"unknown mode {mode!r}", file=sys.stderr)
        return 2
    print(f"CWD_MEASURED {elapsed!r} {count}", flush=True)
    return 0


# -- the benchmark ----------------------------------------------------------------------------


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "tests.benchmarks.survey_import", "child", *args]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def measure(path: Path, runs: int, tmp: Path) -> tuple[list[Run], list[Run]]:
    """(import runs, raw runs): one discarded warm-up pair, then ``runs`` interleaved pairs."""
    from tests.benchmarks.measure import measured_run

    env = _env()
    raw_runs: list[Run] = []
    import_runs: list[Run] = []
    for i in range(runs + 1):
        raw = measured_run(_command("raw", str(path)), env, timeout=600)
        done = measured_run(_command("import", str(path), str(tmp / f"data-{i}")), env, timeout=600)
        if i > 0:
            raw_runs.append(raw)
            import_runs.append(done)
    return import_runs, raw_runs


def results(import_runs: list[Run], raw_runs: list[Run], rows: int, layout: str) -> list[Result]:
    """The time row (medians, beside the raw read) and the peak-memory row (highest run)."""
    from tests.benchmarks.measure import Result

    what = f"survey import of {rows:,} rows × 20 questions, XLSX with {LAYOUT_LABELS[layout]}"
    return [
        Result(
            f"{what}: time (ref.: raw calamine read)",
            statistics.median(r.elapsed for r in import_runs),
            "s",
            reference=statistics.median(r.elapsed for r in raw_runs),
            max_ratio=MAX_RATIO,
        ),
        Result(
            f"{what}: peak RSS (ref.: raw read's)",
            max(r.peak_rss_mib for r in import_runs),
            "MiB",
            reference=max(r.peak_rss_mib for r in raw_runs),
            max_value=MAX_RSS_MIB,
        ),
    ]


def run(dataset: Dataset | None = None, runs: int = MAX_RUNS) -> list[Result]:
    """Generate (or reuse) the exports for the data set's seed and scale, and measure them.

    Both layouts of the same answers are measured: inline texts (what
    openpyxl writes, a slower read for calamine) and a shared strings table
    (what the survey tools' spreadsheets hold, a faster one: the harder
    ratio). The data set itself is not used: each import goes into a new store.
    """
    from tests.benchmarks.generate import DEFAULT_SEED

    seed = dataset.seed if dataset is not None else DEFAULT_SEED
    scale = dataset.scale if dataset is not None else 1.0
    found: list[Result] = []
    for layout in LAYOUTS:
        path, rows = survey_file(seed, scale, layout)
        with tempfile.TemporaryDirectory(prefix="cwd-bench-survey-") as tmp:
            import_runs, raw_runs = measure(path, min(runs, MAX_RUNS), Path(tmp))
        found += results(import_runs, raw_runs, rows, layout)
    return found


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        sys.exit(child(sys.argv[2:]))
    print(__doc__)
    sys.exit(2)
