"""What a user reads on screen, and which of it is Polish UI left untranslated.

``collect`` walks a widget tree and gathers every text a user can see: labels,
buttons, group-box titles, tabs, table headers and cells, combo items,
placeholders, tooltips, window titles, menu and action texts, chart titles,
axes and legends. ``Checker`` then tells untranslated interface text from the
user's data, which in the demo is Polish by nature (partnership names, people,
gminas, notes):

* every text value stored in the database (and so every TERYT name) is data:
  a text equal to one is skipped, and inside longer texts those values are
  masked out before looking further;
* what is left is interface text, and it is wrong if it contains a Polish
  source string of the translation catalogue (``.ts``) that has a different
  English translation (matched word by word, placeholders as gaps), a letter
  only Polish has (ąćęłńóśźż), or a common Polish word that no English
  translation uses.

Each offender says where it was seen, in which widget, and where its text is
in the sources (file:line), so fixing it takes no searching.
"""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QChartView
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "cwd_desktop_en.ts"
POLISH_LETTER = re.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
WORD = re.compile(r"[^\W\d_]+")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")
#: Polish words frequent in interface text that English never uses. Words the
#: English translation itself uses (gmina, powiat…) are never on this list.
POLISH_WORDS = frozenset(
    {
        "nie",
        "tak",
        "oraz",
        "lub",
        "jest",
        "dla",
        "przez",
        "wszystkie",
        "wszystko",
        "dodaj",
        "zapisz",
        "anuluj",
        "szukaj",
        "wybierz",
        "edytuj",
        "zamknij",
        "brak",
        "nowy",
        "nowa",
        "nowe",
        "liczba",
        "nazwa",
        "uwaga",
        "uwagi",
        "opis",
        "termin",
        "wynik",
        "wyniki",
        "etap",
        "plik",
        "pomoc",
        "widok",
        "edycja",
        "ustawienia",
        "usuwa",
        "dodaje",
        "pokazuje",
        "otwiera",
        "zapisuje",
        "kopia",
        "spotkanie",
        "spotkania",
        "ankieta",
        "ankiety",
        "konsultacje",
        "interesariusze",
        "strategia",
        "projekty",
        "dokumenty",
        "przegląd",
        "synchronizacja",
        "partnerstwo",
        "partnerstwa",
        "jednostki",
        "osoby",
        "rodo",
    }
)
#: Cells and rows read per item view: the first screenful shows every kind of cell.
MAX_ROWS = 60


@dataclass(frozen=True)
class Seen:
    """One text on screen: where (page or dialog), which widget, what kind, the text."""

    where: str
    widget: str
    kind: str
    text: str


@dataclass(frozen=True)
class Offender:
    """A text that is Polish interface left untranslated, and why, and where it comes from."""

    seen: Seen
    reason: str
    located: tuple[str, ...]

    def __str__(self) -> str:
        found = ", ".join(self.located) or "not found in the sources"
        return (
            f"{self.seen.where}: {self.seen.widget} [{self.seen.kind}] {self.seen.text!r}\n"
            f"    -> {self.reason}; source: {found}"
        )


# -- collecting ------------------------------------------------------------------------


def plain(text: str) -> str:
    """The text as read: rich text rendered, mnemonics (&) removed, spaces folded."""
    if not text:
        return ""
    if QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


def owner_name(widget: QWidget) -> str:
    """``Class#objectName in OurClass``: the widget and the nearest class of this program."""
    name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__module__.startswith("cwd_desktop"):
            return f"{name} in {type(parent).__name__}"
        parent = parent.parentWidget()
    return name


def _model_texts(model: QAbstractItemModel, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    hidden = view.isColumnHidden if isinstance(view, QTableView | QTreeView) else (lambda _c: False)
    for column in range(columns):
        if not hidden(column):
            yield (
                "header",
                str(
                    model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                    or ""
                ),
            )
    if isinstance(view, QTableView) and view.verticalHeader().isVisible():
        for row in range(min(model.rowCount(top), MAX_ROWS)):
            value = model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield "row header", value
    parents = [QModelIndex()]
    if isinstance(view, QTreeView):
        parents += [model.index(r, 0) for r in range(min(model.rowCount(top), 10))]
    for parent in parents:
        for row in range(min(model.rowCount(parent), MAX_ROWS)):
            for column in range(columns):
                if hidden(column):
                    continue
                value = model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    yield "cell", value


def _chart_texts(view: QChartView) -> Iterator[tuple[str, str]]:
    chart = view.chart()
    yield "chart title", chart.title()
    for axis in chart.axes():
        yield "axis title", axis.titleText()
        if isinstance(axis, QBarCategoryAxis):
            for category in axis.categories():
                yield "axis category", category
        elif isinstance(axis, QCategoryAxis):
            for label in axis.categoriesLabels():
                yield "axis category", label
    for series in chart.series():
        yield "series", series.name()
    for marker in chart.legend().markers():
        yield "legend", marker.label()


def _widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(kind, text) of one widget, without its children."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QTabBar) and not isinstance(widget.parentWidget(), QTabWidget):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "combo item", widget.itemText(i)
    elif isinstance(widget, QMenu):
        yield "menu", widget.title()
    elif isinstance(widget, QWizard):
        for page_id in widget.pageIds():
            page = widget.page(page_id)
            yield "wizard title", page.title()
            yield "wizard subtitle", page.subTitle()
    if isinstance(widget, QSpinBox):
        yield "spin box", widget.prefix()
        yield "spin box", widget.suffix()
    if isinstance(widget, QAbstractSpinBox):
        yield "spin box", widget.specialValueText()
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        model = widget.model()
        if model is not None:
            yield from _model_texts(model, widget)
    if isinstance(widget, QChartView):
        yield from _chart_texts(widget)
    elif isinstance(widget, QGraphicsView) and widget.scene() is not None:
        for item in widget.scene().items():
            for getter in ("toPlainText", "text"):
                method = getattr(item, getter, None)
                if callable(method):
                    value = method()
                    if isinstance(value, str):
                        yield "drawn text", value
                    break


def collect(root: QWidget, where: str) -> list[Seen]:
    """Every text ``root`` and its children show (or show on hover or in a menu)."""
    seen: list[Seen] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = owner_name(widget)
        for kind, text in _widget_texts(widget):
            text = plain(text)
            if text:
                seen.append(Seen(where, name, kind, text))
    actions = {id(a): a for a in root.findChildren(QAction)}
    for widget in widgets:
        actions.update({id(a): a for a in QWidget.actions(widget)})  # pages may shadow it
    for action in actions.values():
        if action.isSeparator():
            continue
        holder = action.parent()
        name = f"QAction#{action.objectName()}" if action.objectName() else "QAction"
        if holder is not None:
            name += f" of {type(holder).__name__}"
        for kind, text in (("action", action.text()), ("action tooltip", action.toolTip())):
            text = plain(text)
            if text:
                seen.append(Seen(where, name, kind, text))
    return seen


# -- checking --------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    """One catalogue entry: context, Polish source, English translation."""

    context: str
    source: str
    translation: str


def read_catalogue(path: Path = TS) -> list[Message]:
    """Every message of the ``.ts`` file."""
    root = ET.parse(path).getroot()
    return [
        Message(
            ctx.findtext("name") or "", m.findtext("source") or "", m.findtext("translation") or ""
        )
        for ctx in root
        for m in ctx.findall("message")
    ]


def words(text: str) -> list[str]:
    """Lower-case words (letters only) of a text."""
    return [w.lower() for w in WORD.findall(text)]


def data_values(connection: sqlite3.Connection) -> set[str]:
    """Every text stored in the database: the user's data (and the TERYT register)."""
    values: set[str] = set()
    tables = [
        r[0]
        for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        columns = [r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')]
        for column in columns:
            try:
                rows = connection.execute(
                    f'SELECT DISTINCT "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''
                )
            except sqlite3.DatabaseError:
                continue  # a virtual table (search index) column that cannot be read so
            for (value,) in rows:
                value = " ".join(str(value).split())
                if value:
                    values.add(value)
                    values.update(line.strip() for line in str(value).splitlines() if line.strip())
    return values


class Checker:
    """Tells untranslated interface text from data (see the module docstring)."""

    def __init__(self, catalogue: Iterable[Message], data: set[str]) -> None:
        messages = list(catalogue)
        self._messages = messages
        self.data = {v.lower() for v in data}
        # Masking longest first, so a partnership name goes before a gmina inside it.
        self._masks = sorted(
            (v for v in self.data if len(v) >= 3 and not v.isdigit()), key=len, reverse=True
        )
        self.english_words = {w for m in messages for w in words(m.translation)}
        translations = {plain(m.translation) for m in messages}
        # Sources that show untranslated UI when seen: their text differs in English and
        # no English translation looks like them. Keyed by their first word.
        self._sources: dict[str, list[tuple[tuple[str, ...], Message]]] = {}
        for message in messages:
            if plain(message.translation) == plain(message.source):
                continue
            if plain(message.source) in translations:
                continue
            segments = PLACEHOLDER.split(plain(message.source))
            for segment in segments:
                key = tuple(words(segment))
                # A lone word between placeholders ("jako") says too little on its own.
                if self._distinctive(key) and (len(segments) == 1 or len(key) >= 2):
                    self._sources.setdefault(key[0], []).append((key, message))

    def _distinctive(self, key: tuple[str, ...]) -> bool:
        if not key or all(w in self.english_words for w in key):
            return False
        if len(key) >= 2:
            return True
        word = key[0]
        return bool(POLISH_LETTER.search(word)) or len(word) >= 4

    def _source_in(self, tokens: list[str]) -> Message | None:
        """The catalogue string with the longest run of words in ``tokens``, if any."""
        best: tuple[int, Message] | None = None
        for i, token in enumerate(tokens):
            for key, message in self._sources.get(token, ()):
                if tuple(tokens[i : i + len(key)]) == key and (best is None or len(key) > best[0]):
                    best = (len(key), message)
        return best[1] if best else None

    def _suspicious(self, text: str) -> bool:
        """True when ``text`` (already free of data) reads as Polish interface text."""
        tokens = words(text)
        return (
            self._source_in(tokens) is not None
            or any(POLISH_LETTER.search(w) and w not in self.english_words for w in tokens)
            or any(w in POLISH_WORDS and w not in self.english_words for w in tokens)
        )

    def explain(self, text: str) -> str:
        """Whether the catalogue has ``text`` (so it is shown untranslated) or lacks it."""
        shown = plain(text)
        for message in self._messages:
            literal = tuple(words(PLACEHOLDER.sub(" ", message.source)))
            if plain(message.translation) == plain(message.source) or not self._distinctive(
                literal
            ):
                continue
            if _template(message.source).fullmatch(shown):
                return (
                    f"in the catalogue as [{message.context}] {message.source!r} -> "
                    f"{message.translation!r}, but shown in Polish (translated under "
                    "another context, or not translated where it is shown)"
                )
        polish = sorted({w for w in words(text) if POLISH_LETTER.search(w) or w in POLISH_WORDS})
        return (
            f"Polish ({', '.join(polish[:6])}) not in the catalogue: added since the last "
            "`make ts`, or not marked with tr()/QT_TRANSLATE_NOOP"
        )

    def mask(self, text: str) -> str:
        """``text`` (lower-cased) with every stored data value in it blanked out."""
        text = text.lower()
        for value in self._masks:
            if value in text:
                text = text.replace(value, " \u241f ")
        return text

    def check(self, seen: Iterable[Seen]) -> list[Offender]:
        """The texts that are Polish interface left untranslated."""
        offenders: list[Offender] = []
        done: set[tuple[str, str, str]] = set()
        for item in seen:
            if item.text.lower() in self.data or (item.widget, item.kind, item.text) in done:
                continue
            done.add((item.widget, item.kind, item.text))
            if self._suspicious(item.text) and self._suspicious(self.mask(item.text)):
                offenders.append(Offender(item, self.explain(item.text), locate(item.text)))
        return offenders


@cache
def _template(source: str) -> re.Pattern[str]:
    """A catalogue source as a pattern: placeholders match anything."""
    parts = PLACEHOLDER.split(plain(source))
    return re.compile(".+?".join(re.escape(p) for p in parts), re.S)


# -- finding the source of a text --------------------------------------------------------


@cache
def _source_lines() -> tuple[tuple[str, int, str], ...]:
    files = [
        p for p in sorted((ROOT / "cwd_desktop").rglob("*.py")) if "ui/forms" not in p.as_posix()
    ]
    files += sorted((ROOT / "forms").glob("*.ui"))
    lines: list[tuple[str, int, str]] = []
    for path in files:
        relative = path.relative_to(ROOT).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            lines.append((relative, number, line.replace("&amp;", "&")))
    return tuple(lines)


def locate(text: str) -> tuple[str, ...]:
    """``file:line`` of the string literals holding a literal piece of ``text``.

    Pieces between numbers, paths and punctuation are tried longest first, each
    also by its first few words (a long source string is split over lines).
    """
    pieces = sorted(
        {p.strip() for p in re.split(r"[\u241f\d:()\[\]—–·,./;„”]+", text) if len(p.strip()) >= 4},
        key=len,
        reverse=True,
    )
    polish = sorted({w for w in text.split() if POLISH_LETTER.search(w)}, key=len, reverse=True)
    probes = [probe for piece in pieces[:4] for probe in (piece, " ".join(piece.split()[:3]))]
    for probe in [*probes, *(w.strip(".,;:()„”") for w in polish[:3])]:
        if len(probe) >= 4:
            found = tuple(
                f"{path}:{number}"
                for path, number, line in _source_lines()
                if probe in line
                and ('"' in line or "<string>" in line)
                and not line.lstrip().startswith(("#", '"""'))
            )
            if found:
                return found[:4]
    return ()
