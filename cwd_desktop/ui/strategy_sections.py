"""The editors of the strategy's sections, one page each of the page's stack.

Text sections are plain-text editors saved as the user types (after a pause
and when they lose focus, ``AutoSaver``) with undo on the page's stack. The
strategy row is created only when something is first typed or chosen, so
opening the page of a partnership changes nothing; it then takes the
partnership's strategy type and a title naming it.

Objectives, directions, results and the financial lines are typed-in tables
(``strategy_tables``); the spatial model and the OSI sections carry images
(``strategy_images``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QStackedWidget,
    QWidget,
)

from cwd_desktop.domain.vocab import Dimension, FundingSource, StrategyType, label
from cwd_desktop.services import strategy_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.services.strategy_compliance import SECTIONS, Section
from cwd_desktop.ui.fieldwork_autosave import AutoSaver
from cwd_desktop.ui.forms.ui_strategy_section import Ui_StrategySection
from cwd_desktop.ui.strategy_images import ImagePanel
from cwd_desktop.ui.strategy_tables import (
    StrategyTable,
    direction_columns,
    finance_columns,
    objective_columns,
    result_columns,
)
from cwd_desktop.ui.vocab_combo import fill_vocab_combo, vocab_text

CONTEXT = "StrategySections"


def hints() -> dict[str, str]:
    """What each section must contain, as the editor explains it."""
    return {
        "general": QCoreApplication.translate(
            "StrategySections",
            "Tytuł, okres i rodzaj strategii trafiają na stronę tytułową dokumentu. "
            "Strategia ZIT lub IIT ma dodatkowo elementy z art. 29 rozporządzenia 2021/1060.",
        ),
        "diagnosis": QCoreApplication.translate(
            "StrategySections",
            "Strategia zawiera wnioski z diagnozy (art. 10a ustawy o zasadach prowadzenia "
            "polityki rozwoju). Wnioski zapisane w obszarze diagnozy trafiają do dokumentu same; "
            "tu można je streścić lub uzupełnić.",
        ),
        "vision": QCoreApplication.translate(
            "StrategySections",
            "Wizja opisuje obszar na końcu okresu strategii, misja – rolę partnerstwa. "
            "Ustawa ich nie wymaga, ale zwykle otwierają strategię.",
        ),
        "objectives": QCoreApplication.translate(
            "StrategySections",
            "Co najmniej jeden cel w każdym wymiarze: społecznym, gospodarczym i przestrzennym. "
            "Nowy cel: przycisk Dodaj albo Enter w ostatnim wierszu.",
        ),
        "directions": QCoreApplication.translate(
            "StrategySections", "Każdy cel potrzebuje co najmniej jednego kierunku działań."
        ),
        "results": QCoreApplication.translate(
            "StrategySections",
            "Każdy cel potrzebuje rezultatu ze wskaźnikiem i wartością docelową; "
            "opisz też wymiar przestrzenny rezultatów.",
        ),
        "spatial_model": QCoreApplication.translate(
            "StrategySections",
            "Opis modelu struktury funkcjonalno-przestrzennej i co najmniej jedna mapa "
            "lub schemat (forma graficzna).",
        ),
        "spatial_policy": QCoreApplication.translate(
            "StrategySections",
            "Ustalenia i rekomendacje dla polityki przestrzennej gmin, np. dla planów ogólnych.",
        ),
        "osi_regional": QCoreApplication.translate(
            "StrategySections",
            "Obszary strategicznej interwencji ze strategii rozwoju województwa, zakres "
            "planowanych działań i mapa.",
        ),
        "osi_local": QCoreApplication.translate(
            "StrategySections",
            "Jeśli partnerstwo wyznacza własne OSI, opisz je z zakresem działań i dodaj mapę. "
            "Jeśli nie – napisz, że ich nie wyznaczono; mapa nie jest wtedy potrzebna.",
        ),
        "implementation": QCoreApplication.translate(
            "StrategySections",
            "Kto realizuje i monitoruje strategię, oraz wytyczne do sporządzania "
            "dokumentów wykonawczych.",
        ),
        "finance": QCoreApplication.translate(
            "StrategySections", "Opis ram finansowych i źródła finansowania z szacunkowymi kwotami."
        ),
        "area": QCoreApplication.translate(
            "StrategySections", "Gminy i obszar objęty strategią terytorialną."
        ),
        "needs": QCoreApplication.translate(
            "StrategySections",
            "Potrzeby i potencjał rozwojowy wraz z powiązaniami gospodarczymi, społecznymi "
            "i środowiskowymi.",
        ),
        "integrated": QCoreApplication.translate(
            "StrategySections",
            "Jak przedsięwzięcia łączą sektory i gminy (podejście zintegrowane).",
        ),
        "partners": QCoreApplication.translate(
            "StrategySections",
            "Jak partnerzy społeczni i gospodarczy uczestniczyli w przygotowaniu strategii "
            "i jak będą uczestniczyć w jej realizacji.",
        ),
    }


def field_titles() -> dict[str, str]:
    """The name of each text field (its label and its undo step's name)."""
    return {
        "title": QCoreApplication.translate("StrategySections", "Tytuł strategii"),
        "horizon": QCoreApplication.translate("StrategySections", "Okres realizacji"),
        "type": QCoreApplication.translate("StrategySections", "Rodzaj strategii"),
        "diagnosis_summary": QCoreApplication.translate(
            "StrategySections", "Wnioski z diagnozy w strategii"
        ),
        "vision": QCoreApplication.translate("StrategySections", "Wizja"),
        "mission": QCoreApplication.translate("StrategySections", "Misja"),
        "spatial_model": QCoreApplication.translate(
            "StrategySections", "Model struktury funkcjonalno-przestrzennej"
        ),
        "spatial_policy": QCoreApplication.translate(
            "StrategySections", "Ustalenia i rekomendacje polityki przestrzennej"
        ),
        "osi_regional": QCoreApplication.translate(
            "StrategySections", "OSI ze strategii województwa"
        ),
        "osi_local": QCoreApplication.translate("StrategySections", "OSI kluczowe dla partnerstwa"),
        "implementation": QCoreApplication.translate("StrategySections", "System realizacji"),
        "financial_framework": QCoreApplication.translate("StrategySections", "Ramy finansowe"),
        "area_description": QCoreApplication.translate("StrategySections", "Obszar geograficzny"),
        "needs_analysis": QCoreApplication.translate("StrategySections", "Potrzeby i potencjał"),
        "integrated_approach": QCoreApplication.translate(
            "StrategySections", "Podejście zintegrowane"
        ),
        "partner_involvement": QCoreApplication.translate(
            "StrategySections", "Zaangażowanie partnerów"
        ),
    }


#: The text fields of each section (in its order) and the sections that carry images.
TEXT_SECTIONS = {
    "diagnosis": ("diagnosis_summary",),
    "vision": ("vision", "mission"),
    "spatial_model": ("spatial_model",),
    "spatial_policy": ("spatial_policy",),
    "osi_regional": ("osi_regional",),
    "osi_local": ("osi_local",),
    "implementation": ("implementation",),
    "finance": ("financial_framework",),
    "area": ("area_description",),
    "needs": ("needs_analysis",),
    "integrated": ("integrated_approach",),
    "partners": ("partner_involvement",),
}
IMAGE_SECTIONS = ("spatial_model", "osi_regional", "osi_local")


class SectionEditor(QWidget):
    """One section's page: its title, legal basis and hint above its editors."""

    def __init__(self, section: Section, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.ui = Ui_StrategySection()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(QCoreApplication.translate("strategy", section.title))
        basis = section.basis
        self.ui.basisLabel.setText(self.tr("Podstawa prawna: {basis}").format(basis=basis))
        self.ui.basisLabel.setVisible(bool(basis))
        self.ui.hintLabel.setText(hint)
        self.ui.findingsLabel.hide()
        #: The widget that gets the keyboard when the section is opened.
        self.first: QWidget | None = None

    def show_findings(self, lines: list[str]) -> None:
        """What the section still lacks, above its editors (hidden when nothing)."""
        self.ui.findingsLabel.setText("\n".join(f"⚠ {line}" for line in lines))
        self.ui.findingsLabel.setVisible(bool(lines))

    def add(self, widget: QWidget, stretch: int = 0, caption: str = "") -> QWidget:
        if caption:
            title = QLabel(caption, self)
            title.setBuddy(widget)
            self.ui.bodyLayout.addWidget(title)
        self.ui.bodyLayout.addWidget(widget, stretch)
        if self.first is None and widget.focusPolicy() != 0:
            self.first = widget
        return widget


class StrategyEditors(QObject):
    """Every section's editor, bound to the strategy of the partnership shown."""

    #: Something of the strategy was stored (a text, a row, an image): check compliance again.
    sig_changed = Signal()
    #: The strategy type was changed (its code).
    sig_type_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        stack: QStackedWidget,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._undo = undo_stack
        self._widget = parent
        self._view: PartnershipView | None = None
        self._loading = False
        records: Callable[[], Any] = lambda: services.records  # noqa: E731
        self.saver = AutoSaver(records, "strategy", undo_stack, parent)
        self.saver.sig_saved.connect(self._saved)
        self.pages: dict[str, SectionEditor] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.images: dict[str, ImagePanel] = {}
        titles, notes = field_titles(), hints()
        for section in SECTIONS:
            page = SectionEditor(section, notes[section.key], stack)
            self.pages[section.key] = page
            stack.addWidget(page)
        self._build_general(titles)
        self.conclusions = QListWidget(self.pages["diagnosis"])
        self.conclusions.setWordWrap(True)
        self.conclusions.setMaximumHeight(150)
        self.conclusions_label = QLabel(self.pages["diagnosis"])
        self.pages["diagnosis"].add(self.conclusions_label)
        self.pages["diagnosis"].add(self.conclusions)
        self.pages["diagnosis"].first = None
        for key, fields in TEXT_SECTIONS.items():
            for field in fields:
                self._text(key, field, titles[field], caption=len(fields) > 1)
        for key in IMAGE_SECTIONS:
            panel = ImagePanel(services, undo_stack, key, self.pages[key])
            panel.sig_changed.connect(self.sig_changed)
            panel.sig_changed.connect(self._footers)
            self.images[key] = panel
            self.pages[key].add(panel)
        self.objectives = StrategyTable(
            records,
            "strategic_objective",
            objective_columns(),
            undo_stack,
            self._objective_defaults,
            per_objective=False,
            stretch=(1, 3),
            start_column=1,
        )
        self.directions = StrategyTable(
            records,
            "action_direction",
            direction_columns(),
            undo_stack,
            lambda: self._child_defaults(self.directions, numbered=True),
            per_objective=True,
            stretch=(1, 2),
            start_column=1,
        )
        self.results = StrategyTable(
            records,
            "expected_result",
            result_columns(),
            undo_stack,
            lambda: self._child_defaults(self.results, numbered=False),
            per_objective=True,
            stretch=(0, 1, 6, 7),
        )
        self.finance = StrategyTable(
            records,
            "finance_source",
            finance_columns(),
            undo_stack,
            self._finance_defaults,
            per_objective=False,
            stretch=(2,),
        )
        self.pages["objectives"].add(self.objectives, 1)
        self.pages["directions"].add(self.directions, 1)
        self.pages["results"].add(self.results, 1)
        self.pages["finance"].add(self.finance, 2)
        for key, table in (
            ("objectives", self.objectives),
            ("directions", self.directions),
            ("results", self.results),
        ):
            self.pages[key].first = table.ui.view
        for table in (self.objectives, self.directions, self.results, self.finance):
            table.sig_changed.connect(self._rows_changed)
            table.ui.addButton.setText(self._add_caption(table))
        for table in (self.directions, self.results):
            table.sig_objective_chosen.connect(lambda _id, t=table: self._show_children(t))

    # -- building --------------------------------------------------------------------------

    def _build_general(self, titles: dict[str, str]) -> None:
        page = self.pages["general"]
        form = QWidget(page)
        layout = QFormLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_edit = QLineEdit(form)
        self.horizon_edit = QLineEdit(form)
        self.horizon_edit.setPlaceholderText(self.tr("np. 2021–2030"))
        self.type_combo = QComboBox(form)
        fill_vocab_combo(self.type_combo, StrategyType)
        layout.addRow(titles["title"] + ":", self.title_edit)
        layout.addRow(titles["horizon"] + ":", self.horizon_edit)
        layout.addRow(titles["type"] + ":", self.type_combo)
        page.add(form)
        page.first = self.title_edit
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet("margin-top: 12px;")
        page.add(self.summary)
        page.ui.bodyLayout.addStretch(1)
        for edit in (self.title_edit, self.horizon_edit):
            edit.textEdited.connect(self._ensure_row)
        self.type_combo.activated.connect(self._ensure_row)
        self.saver.bind_line("title", titles["title"], self.title_edit)
        self.saver.bind_line("horizon", titles["horizon"], self.horizon_edit)
        self.saver.bind_combo("type", titles["type"], self.type_combo)
        self.type_combo.activated.connect(
            lambda _i: self.sig_type_changed.emit(str(self.type_combo.currentData() or ""))
        )

    def _text(self, key: str, field: str, title: str, caption: bool) -> None:
        edit = QPlainTextEdit(self.pages[key])
        edit.setObjectName(f"{field}Edit")
        edit.setPlaceholderText(title)
        edit.textChanged.connect(self._ensure_row)  # before the saver sees the change
        self.saver.bind_text(field, title, edit)
        self.texts[field] = edit
        self.pages[key].add(edit, 1, title if caption else "")

    def _add_caption(self, table: StrategyTable) -> str:
        captions = {
            "strategic_objective": self.tr("&Dodaj cel"),
            "action_direction": self.tr("&Dodaj kierunek"),
            "expected_result": self.tr("&Dodaj rezultat"),
            "finance_source": self.tr("&Dodaj źródło"),
        }
        return captions[table.model.table]

    # -- defaults of new rows --------------------------------------------------------------

    def _objective_defaults(self) -> dict[str, Any]:
        return {
            "number": self.objectives.model.next_value("number"),
            "dimension": Dimension.SOCIAL.value,
        }

    def _child_defaults(self, table: StrategyTable, numbered: bool) -> dict[str, Any]:
        values: dict[str, Any] = {"objective_id": table.objective_id()}
        if numbered:
            values["number"] = table.model.next_value("number")
        return values

    def _finance_defaults(self) -> dict[str, Any]:
        model = self.finance.model
        positions = [int(model.row(r).get("position") or 0) for r in range(len(model._rows))]
        return {
            "source": FundingSource.REGIONAL_FE.value,
            "position": max(positions, default=0) + 1,
        }

    # -- the partnership shown ---------------------------------------------------------------

    def load(self, view: PartnershipView) -> None:
        """Show ``view``'s strategy (an empty form if it has not started one)."""
        self._view = view
        row = reads.strategy_row(self._services.store, view.id)
        values: dict[str, Any] = dict(row) if row else {"type": view.data.strategy_type}
        self._loading = True
        try:
            self.saver.load(str(row["id"]) if row else None, values)
        finally:
            self._loading = False
        self.title_edit.setPlaceholderText(self._default_title(view))
        store = self._services.store
        self.objectives.show_rows(view.id, reads.objective_source(store, view.id))
        for panel in self.images.values():
            panel.load(view.id)
        self.finance.show_rows(view.id, reads.finance_source(store, view.id))
        self.refresh_children()
        self.show_conclusions()
        self._footers()

    def _default_title(self, view: PartnershipView) -> str:
        kind = str(view.data.strategy_type)
        titles = reads.DEFAULT_TITLES
        return titles.get(kind, titles[StrategyType.SUPRALOCAL.value]).format(name=view.data.name)

    def strategy_type(self) -> str:
        return str(self.type_combo.currentData() or StrategyType.SUPRALOCAL.value)

    def flush(self) -> None:
        self.saver.flush()

    def show_conclusions(self) -> None:
        """The diagnosis area's conclusions, which the document cites."""
        found = reads.conclusions(self._services.store, self._view.id) if self._view else []
        self.conclusions.clear()
        for conclusion in found:
            prefix = f"{conclusion.area}: " if conclusion.area else ""
            self.conclusions.addItem(prefix + conclusion.text)
        self.conclusions.setVisible(bool(found))
        self.conclusions_label.setText(
            self.tr("Wnioski z obszaru diagnozy ({n}):").format(n=len(found))
            if found
            else self.tr("W obszarze diagnozy nie zapisano jeszcze wniosków.")
        )

    def refresh_children(self) -> None:
        """Offer the current objectives above the directions and results; show their rows."""
        if self._view is None:
            return
        objectives = reads.objectives(self._services.store, self._view.id)
        choices = [(o.id, f"{o.number}. {o.title}") for o in objectives]
        for table in (self.directions, self.results):
            table.set_objectives(choices, table.objective_id())
            self._show_children(table)

    def _show_children(self, table: StrategyTable) -> None:
        view, objective_id = self._view, table.objective_id()
        store = self._services.store
        if view is None or objective_id is None:
            table.show_rows(view.id if view else None, None)
            return
        source = (
            reads.direction_source(store, view.id, objective_id)
            if table is self.directions
            else reads.result_source(store, view.id, objective_id)
        )
        table.show_rows(view.id, source)

    # -- reacting ----------------------------------------------------------------------------

    def _ensure_row(self, *_: Any) -> None:
        """Create the strategy row when the first thing is typed or chosen."""
        if self._loading or self.saver.row_id is not None or self._view is None:
            return
        from cwd_desktop.services.strategy import StrategyService

        self.saver.row_id = StrategyService(self._services).ensure(self._view.id)
        row = reads.strategy_row(self._services.store, self._view.id) or {}
        typing = self.sender()
        for field in ("title", "type"):
            widget = self.saver.binding(field).widget
            if widget is not typing:
                self.saver.refresh_field(field, row.get(field))

    def _saved(self, _row_id: str, field: str) -> None:
        if field == "type":
            self.sig_type_changed.emit(self.strategy_type())
        self.sig_changed.emit()

    def _rows_changed(self) -> None:
        if self.sender() is self.objectives:
            self.refresh_children()
        self._footers()
        self.sig_changed.emit()

    def _footers(self) -> None:
        if self._view is None:
            return
        objectives = reads.objectives(self._services.store, self._view.id)
        counts = [
            f"{vocab_text(label(d))}: {sum(1 for o in objectives if o.dimension == d.value)}"
            for d in Dimension
        ]
        self.objectives.set_footer(" · ".join(counts))
        lines = reads.finance(self._services.store, self._view.id)
        total = reads.money(sum(line.amount for line in lines))
        self.finance.set_footer(self.tr("<b>Razem: {total} zł</b>").format(total=total))
        store, pid = self._services.store, self._view.id
        self.summary.setText(
            self.tr(
                "<b>W strategii:</b> celów strategicznych {objectives}, kierunków działań "
                "{directions}, oczekiwanych rezultatów {results}, rysunków {images}; "
                "ramy finansowe: {total} zł."
            ).format(
                objectives=len(objectives),
                directions=len(reads.directions(store, pid)),
                results=len(reads.results(store, pid)),
                images=len(reads.images(store, pid)),
                total=total,
            )
        )
