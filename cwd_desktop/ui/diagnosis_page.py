"""The "Diagnoza" area: indicators per JST, the SWOT, the conclusions and the surveys it cites.

Four tabs: "Wskaźniki" (definitions, the JST × year grid of one indicator
and its chart, ``diagnosis_indicators``), "SWOT" (the four quadrants as
ordered lists), "Wnioski" (the conclusions, numbered as in the report and
read by the strategy as its "wnioski z diagnozy") and "Ankiety" (which
surveys the report includes). Everything is saved as it is typed and
undoable on the page's stack.

"Importuj wskaźniki z BDL…" opens the import dialog (preview, then one
atomic write); "Eksportuj raport diagnostyczny…" writes the Word report in
the background through ``services.documents`` (kept as a version).

Nothing here loads SQLAlchemy at import: reads are plain SQL
(``diagnosis_reads``), the write module is imported on first use.
"""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from cwd_desktop.domain.vocab import DocumentKind, SwotQuadrant, label
from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui import messages
from cwd_desktop.ui.diagnosis_indicators import IndicatorsPanel
from cwd_desktop.ui.diagnosis_lists import OrderedListPanel
from cwd_desktop.ui.diagnosis_surveys import SurveysPanel
from cwd_desktop.ui.forms.ui_diagnosis_page import Ui_DiagnosisPage
from cwd_desktop.ui.record_table import Column
from cwd_desktop.ui.vocab_combo import vocab_text

#: Where each quadrant sits in the 2 × 2 grid and the colour of its title.
SWOT_PLACES: dict[str, tuple[int, int, str]] = {
    SwotQuadrant.STRENGTH.value: (0, 0, "#2e7d32"),
    SwotQuadrant.WEAKNESS.value: (0, 1, "#b34700"),
    SwotQuadrant.OPPORTUNITY.value: (1, 0, "#1f5f99"),
    SwotQuadrant.THREAT.value: (1, 1, "#b00020"),
}
INDICATORS_TAB, SWOT_TAB, CONCLUSIONS_TAB, SURVEYS_TAB = range(4)


class DiagnosisPage(QWidget):
    """The diagnosis of the partnership shown in the main window."""

    #: A Word export finished: the file written.
    sig_exported = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._view: PartnershipView | None = None
        self.undo_stack = QUndoStack(self)
        self.ui = Ui_DiagnosisPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.indicators = IndicatorsPanel(services, self.undo_stack, ui.indicatorsTab)
        ui.indicatorsLayout.addWidget(self.indicators)
        self.quadrants: dict[str, OrderedListPanel] = {}
        for quadrant in SwotQuadrant:
            row, column, colour = SWOT_PLACES[quadrant.value]
            title = vocab_text(label(quadrant))
            panel = OrderedListPanel(
                services,
                self.undo_stack,
                "swot_item",
                [Column("text", title[:1].upper() + title[1:])],
                partial(dict, quadrant=quadrant.value),
                ui.swotTab,
            )
            panel.set_title(
                f"<b style='color:{colour}; font-size:11pt'>"
                f"{html.escape(title[:1].upper() + title[1:])}</b>"
            )
            panel.ui.view.horizontalHeader().hide()
            panel.show_hint(quadrant is SwotQuadrant.THREAT)
            ui.swotGrid.addWidget(panel, row, column)
            self.quadrants[quadrant.value] = panel
        self.conclusions = OrderedListPanel(
            services,
            self.undo_stack,
            "conclusion",
            [
                Column("number", self.tr("Nr"), kind="int", editable=False),
                Column("area", self.tr("Obszar")),
                Column("text", self.tr("Wniosek")),
            ],
            dict,
            ui.conclusionsTab,
            start_column=2,
        )
        self.conclusions.set_title(
            self.tr(
                "<b>Wnioski z diagnozy</b> — w tej kolejności trafią do raportu "
                "i do strategii (art. 10a ustawy o zasadach prowadzenia polityki rozwoju)."
            )
        )
        view = self.conclusions.ui.view
        view.setColumnWidth(0, 44)
        view.setColumnWidth(1, 200)
        ui.conclusionsLayout.addWidget(self.conclusions)
        self.surveys = SurveysPanel(services, self.undo_stack, ui.surveysTab)
        ui.surveysLayout.addWidget(self.surveys)
        self.conclusions.sig_changed.connect(self._renumber)
        for signal in (
            self.indicators.sig_changed,
            self.conclusions.sig_changed,
            self.surveys.sig_changed,
            *(p.sig_changed for p in self.quadrants.values()),
        ):
            signal.connect(self._update_title)
        ui.importButton.clicked.connect(lambda: self.import_indicators())
        ui.exportButton.clicked.connect(lambda: self.export_report())
        self._enable(False)

    # -- partnership --------------------------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """Show the diagnosis of ``view`` (the undo history starts afresh)."""
        changed = self._view is None or self._view.id != view.id
        self._view = view
        if changed:
            self.undo_stack.clear()
        self.reload()

    def reload(self) -> None:
        """Read every tab again."""
        view = self._view
        pid = view.id if view else None
        self.indicators.show_partnership(pid, view.members if view else [])
        for code, panel in self.quadrants.items():
            panel.set_source(
                pid, reads.swot_source(self._services.store, pid, code) if pid else None
            )
        self.conclusions.set_source(
            pid, reads.conclusion_source(self._services.store, pid) if pid else None
        )
        self.surveys.show_partnership(pid)
        self._enable(view is not None)
        self._update_title()

    def _enable(self, enabled: bool) -> None:
        for widget in (self.ui.importButton, self.ui.exportButton, self.ui.tabs):
            widget.setEnabled(enabled)

    def _renumber(self) -> None:
        """The conclusions' numbers follow their order (after an add, move or removal)."""
        model = self.conclusions.model
        if any(model.is_draft(r) for r in range(model.rowCount())):
            return  # an entry being typed: renumber on the next change
        current = self.conclusions.ui.view.currentIndex()
        row_id = model.row_id(current.row()) if current.isValid() else None
        numbers = [model.row(i).get("number") for i in range(model.rowCount())]
        if numbers != list(range(1, len(numbers) + 1)):
            model.reload()
            if row_id:
                self.conclusions.select_row(row_id)

    def _update_title(self) -> None:
        view = self._view
        if view is None:
            self.ui.titleLabel.setText("")
            return
        store = self._services.store
        counts = reads.swot(store, view.id)
        text = self.tr(
            "<b>Diagnoza — {name}</b><br><span style='color:#555'>wskaźniki: {indicators} · "
            "SWOT: {swot} pozycji · wnioski: {conclusions} · ankiety w raporcie: {surveys}</span>"
        ).format(
            name=html.escape(view.data.name),
            indicators=len(reads.indicators(store, view.id)),
            swot=sum(len(v) for v in counts.values()),
            conclusions=len(reads.conclusions(store, view.id)),
            surveys=len(reads.chosen_surveys(store, view.id)),
        )
        self.ui.titleLabel.setText(text)

    # -- import and export --------------------------------------------------------------------

    def import_indicators(self, path: Path | None = None) -> Any:
        """Open the import dialog (with ``path`` already read, in tests); return it."""
        view = self._view
        if view is None:
            return None
        from cwd_desktop.ui.diagnosis_import_dialog import IndicatorImportDialog

        dialog = IndicatorImportDialog(self._services, view.id, self)
        dialog.finished.connect(lambda result: self._imported(dialog, result))
        if path is not None:
            dialog.load(path)
        dialog.open()
        return dialog

    def _imported(self, dialog: Any, result: int) -> None:
        if result != dialog.DialogCode.Accepted or not dialog.results:
            return
        self.ui.tabs.setCurrentIndex(INDICATORS_TAB)
        self.indicators.reload(select=dialog.results[0].indicator_id)
        self._update_title()
        messages.info(self, dialog.summary())

    def export_report(self, path: str | None = None) -> None:
        """Write the diagnostic report as a Word document in the background (kept as a version)."""
        view = self._view
        if view is None:
            return
        if not path:
            from cwd_desktop.ui.document_export_dialog import (
                default_folder,
                remember_folder,
                suggested_name,
            )

            suggested = default_folder() / suggested_name(
                DocumentKind.DIAGNOSIS.value, view.data.short_name
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Eksport raportu diagnostycznego"),
                str(suggested),
                self.tr("Dokument Word (*.docx)"),
            )
            if not path:
                return
            remember_folder(Path(path))
        if not path.lower().endswith(".docx"):
            path += ".docx"
        target = Path(path)
        services = self._services

        def work(progress: Any) -> Any:
            return services.documents.export(
                DocumentKind.DIAGNOSIS.value, view.id, target, progress=progress
            )

        def done(_version: Any) -> None:
            messages.info(
                self, self.tr("Zapisano raport diagnostyczny w pliku {path}.").format(path=target)
            )
            self.sig_exported.emit(str(target))

        from cwd_desktop.ui.background import Operation

        Operation(self, work).success(done).with_progress(
            self.tr("Eksport raportu diagnostycznego…")
        ).run_in_background()

    # -- opening records ----------------------------------------------------------------------

    def open_record(self, kind: str, row_id: str) -> None:
        """Show a search result: its tab, with that record selected."""
        if kind == "indicator":
            self.ui.tabs.setCurrentIndex(INDICATORS_TAB)
            self.indicators.select(row_id)
        elif kind == "swot_item":
            self.ui.tabs.setCurrentIndex(SWOT_TAB)
            row = (
                self._services.store.reader()
                .execute("SELECT quadrant FROM swot_item WHERE id = ?", (row_id,))
                .fetchone()
            )
            if row and row[0] in self.quadrants:
                panel = self.quadrants[row[0]]
                panel.select_row(row_id)
                panel.ui.view.setFocus()
        elif kind == "conclusion":
            self.ui.tabs.setCurrentIndex(CONCLUSIONS_TAB)
            self.conclusions.select_row(row_id)
            self.conclusions.ui.view.setFocus()
