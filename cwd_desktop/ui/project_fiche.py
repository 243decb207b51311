"""The fiche editor: one project in seven tabs, every field saved as it is typed.

Tabs: Fiszka (the facts), Finansowanie (sources and amounts, with the sum
against the cost), Harmonogram (the project's period, its tasks and the
Gantt chart), Wskaźniki, Powiązania (strategy and consultation comments),
Analiza wykonalności (its eight sections) and Zarys wniosku (the
application outline with the sector analysis), which is enabled only for the
key project.

Text and choice fields are bound to the record with ``AutoSaver`` (saved
after a pause in typing, on leaving the field, at once for a choice); the
tables save each cell. Everything goes on the page's undo stack.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from cwd_desktop.domain.vocab import PolicyObjective, ProjectStatus, Readiness, ThematicArea
from cwd_desktop.services import project_package as package
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui.fieldwork_autosave import AutoSaver
from cwd_desktop.ui.forms.ui_project_fiche import Ui_ProjectFiche
from cwd_desktop.ui.gantt_chart import GanttChart, GanttRow
from cwd_desktop.ui.project_links import ProjectLinks
from cwd_desktop.ui.project_tables import FicheTables
from cwd_desktop.ui.vocab_combo import fill_vocab_combo

#: Fiche fields shown in the project list: a change there updates the list's row.
LIST_FIELDS = frozenset(
    {"number", "title", "leader_teryt", "cost", "policy_objective", "status", "is_key"}
)


def bind_line(saver: AutoSaver, field: str, title: str, edit: QLineEdit) -> None:
    """``AutoSaver.bind_line`` that shows a long text from its start, not its end."""

    def put(value: Any) -> None:
        edit.setText(value or "")
        edit.setCursorPosition(0)

    saver.bind(field, title, edit, edit.text, put, edit.textEdited)
    edit.editingFinished.connect(lambda: saver.save(field))


class ProjectFiche(QWidget):
    """Edits the project ``show_project`` was given; signals what changed."""

    #: (project id, field) after a fiche field was stored (typed, undone or redone).
    sig_saved = Signal(str, str)
    #: The project's funding, tasks, indicators or links changed.
    sig_parts_changed = Signal()

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.ui = Ui_ProjectFiche()
        self.ui.setupUi(self)
        self.undo_stack = undo_stack
        self.partnership_id: str | None = None
        self.project: dict[str, Any] | None = None
        records = lambda: services.records  # noqa: E731
        ui = self.ui
        for combo, values in (
            (ui.policyCombo, PolicyObjective),
            (ui.areaCombo, ThematicArea),
            (ui.readinessCombo, Readiness),
            (ui.statusCombo, ProjectStatus),
        ):
            fill_vocab_combo(combo, values)
        self.saver = AutoSaver(records, "project", undo_stack, self)
        self._bind_fiche()
        self.outline_saver = AutoSaver(records, "project_application", undo_stack, self)
        self._bind_outline()
        self.tables = FicheTables(
            records, undo_stack, self, (ui.fundingView, ui.tasksView, ui.indicatorsView)
        )
        self.links = ProjectLinks(services, ui, undo_stack, self)
        self.gantt = GanttChart(ui.ganttHolder)
        ui.ganttLayout.addWidget(self.gantt)
        ui.scheduleSplitter.setStretchFactor(0, 1)
        ui.scheduleSplitter.setStretchFactor(1, 2)
        ui.scheduleSplitter.setSizes([190, 400])
        ui.indicatorButtons.setStretch(1, 1)
        ui.newFundingButton.clicked.connect(ui.fundingView.open_draft)
        ui.newTaskButton.clicked.connect(ui.tasksView.open_draft)
        ui.newIndicatorButton.clicked.connect(ui.indicatorsView.open_draft)
        self.saver.sig_saved.connect(self._on_saved)
        self.tables.funding.sig_changed.connect(self._show_funding)
        self.tables.tasks.sig_changed.connect(self._show_gantt)
        for model in self.tables.models():
            model.sig_changed.connect(self.sig_parts_changed)
        self.links.sig_changed.connect(self.sig_parts_changed)
        font = ui.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.headingLabel.setFont(font)
        ui.fundingWarningLabel.hide()
        ui.keyLabel.hide()

    # -- binding ------------------------------------------------------------------------

    def _bind_fiche(self) -> None:
        ui, saver = self.ui, self.saver
        saver.bind(
            "number",
            self.tr("numer projektu"),
            ui.numberSpin,
            ui.numberSpin.value,
            lambda v: ui.numberSpin.setValue(int(v or 1)),
            ui.numberSpin.valueChanged,
        )
        bind_line(saver, "title", self.tr("tytuł projektu"), ui.titleEdit)
        saver.bind_combo("leader_teryt", self.tr("lider projektu"), ui.leaderCombo)
        saver.bind_text("partners", self.tr("partnerzy"), ui.partnersEdit)
        bind_line(saver, "location", self.tr("lokalizacja"), ui.locationEdit)
        for field, title, combo in (
            ("policy_objective", self.tr("cel polityki spójności"), ui.policyCombo),
            ("thematic_area", self.tr("obszar tematyczny"), ui.areaCombo),
            ("readiness", self.tr("stopień przygotowania"), ui.readinessCombo),
            ("status", self.tr("status projektu"), ui.statusCombo),
        ):
            saver.bind_combo(field, title, combo)
        cost = ui.costEdit
        saver.bind(
            "cost",
            self.tr("koszt projektu"),
            cost,
            cost.text,
            lambda v: cost.setText(
                package.amount_text(v) if isinstance(v, int | float) else v or ""
            ),
            cost.textEdited,
        )
        cost.editingFinished.connect(lambda: saver.save("cost"))
        for field, title, edit in (
            ("description", self.tr("opis projektu"), ui.descriptionEdit),
            ("scope", self.tr("zakres rzeczowy"), ui.scopeEdit),
            ("integrated", self.tr("zintegrowany charakter"), ui.integratedEdit),
            ("need", self.tr("potrzeba i stan obecny"), ui.needEdit),
            ("options", self.tr("warianty"), ui.optionsEdit),
            ("technical", self.tr("aspekty techniczne"), ui.technicalEdit),
            ("legal", self.tr("aspekty prawne"), ui.legalEdit),
            ("institutional", self.tr("aspekty instytucjonalne"), ui.institutionalEdit),
            ("financial", self.tr("aspekty finansowe"), ui.financialEdit),
            ("risks", self.tr("ryzyka"), ui.risksEdit),
            ("durability", self.tr("trwałość"), ui.durabilityEdit),
        ):
            saver.bind_text(field, title, edit)
        saver.bind_date("start_on", self.tr("początek projektu"), ui.startEdit)
        saver.bind_date("end_on", self.tr("koniec projektu"), ui.endEdit)

    def _bind_outline(self) -> None:
        ui, saver = self.ui, self.outline_saver
        lines: tuple[tuple[str, str, QLineEdit], ...] = (
            ("programme", self.tr("program"), ui.programmeEdit),
            ("measure", self.tr("działanie"), ui.measureEdit),
            ("call", self.tr("nabór"), ui.callEdit),
        )
        for field, title, line in lines:
            bind_line(saver, field, title, line)
        texts: tuple[tuple[str, str, QPlainTextEdit], ...] = (
            ("summary", self.tr("streszczenie projektu"), ui.summaryEdit),
            ("objectives", self.tr("cele projektu"), ui.objectivesEdit),
            ("target_groups", self.tr("grupy docelowe"), ui.targetGroupsEdit),
            ("budget", self.tr("budżet projektu"), ui.budgetEdit),
            ("sector_context", self.tr("kontekst sektora"), ui.sectorContextEdit),
            ("sector_demand", self.tr("popyt"), ui.sectorDemandEdit),
            ("sector_supply", self.tr("podaż"), ui.sectorSupplyEdit),
            ("sector_gaps", self.tr("luki i bariery"), ui.sectorGapsEdit),
            ("sector_conclusions", self.tr("wnioski dla projektu"), ui.sectorConclusionsEdit),
        )
        for field, title, text in texts:
            saver.bind_text(field, title, text)

    # -- the partnership and the project shown -------------------------------------------

    def set_partnership(self, view: PartnershipView) -> None:
        """The member JST are the leaders to choose from."""
        self.partnership_id = view.id
        labels = package.jst_labels(self._services.store, view.id)
        combo: QComboBox = self.ui.leaderCombo
        combo.clear()
        combo.addItem(self.tr("— nie wskazano —"), "")
        for code, text in labels.items():
            combo.addItem(text, code)

    def flush(self) -> None:
        """Save whatever is still being typed."""
        self.saver.flush()
        self.outline_saver.flush()

    def show_project(self, project_id: str | None) -> None:
        """Show one project (None: none), keeping the tab that is open."""
        self.flush()
        store = self._services.store
        self.project = package.get_project(store, project_id) if project_id else None
        project = self.project
        pid = self.partnership_id
        self.saver.load(project["id"] if project else None, project or {})
        self.tables.show_project(
            pid,
            project["id"] if project else None,
            (
                package.funding_source(store, project["id"]),
                package.task_source(store, project["id"]),
                package.indicator_source(store, project["id"]),
            )
            if project
            else None,
        )
        self.links.show_project(pid, project["id"] if project else None)
        self._show_outline()
        self._show_heading()
        self._show_funding()
        self._show_gantt()

    def refresh(self) -> None:
        """Read the project shown again (after an undo changed it from outside)."""
        self.show_project(self.project["id"] if self.project else None)

    def _on_saved(self, row_id: str, field: str) -> None:
        if self.project is None or row_id != self.project["id"]:
            self.sig_saved.emit(row_id, field)
            return
        stored = self._services.records.get("project", row_id)
        self.project.update({k: v for k, v in stored.items() if k in self.project})
        if field == "cost" and not self.ui.costEdit.hasFocus():
            self.saver.refresh_field("cost", stored["cost"])
        if field in ("number", "title", "is_key"):
            self._show_heading()
        if field == "cost":
            self._show_funding()
        self.sig_saved.emit(row_id, field)

    # -- the parts that depend on the project --------------------------------------------

    def _show_heading(self) -> None:
        project = self.project
        ui = self.ui
        if project is None:
            ui.headingLabel.clear()
            ui.keyLabel.hide()
            return
        text = f"<b>{project['number']}. {html.escape(project['title'])}</b>"
        if project["is_key"]:
            text += " · " + html.escape(self.tr("projekt kluczowy"))
        ui.headingLabel.setText(text)
        ui.keyLabel.setVisible(project["is_key"])
        ui.keyLabel.setText(
            self.tr(
                "To jest projekt kluczowy partnerstwa: jego zarys wniosku i analiza "
                "sektorowa są w zakładce „Zarys wniosku”."
            )
        )

    def _show_outline(self) -> None:
        """The outline tab: enabled and loaded for the key project only."""
        ui = self.ui
        project = self.project
        is_key = bool(project and project["is_key"])
        ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.applicationTab), is_key)
        ui.applicationScroll.setEnabled(is_key)
        ui.applicationHint.setVisible(not is_key)
        outline = None
        if project is not None and is_key and self.partnership_id is not None:
            store = self._services.store
            outline = package.application(store, project["id"])
            if outline is None:  # marked key elsewhere (a sync) without an outline yet
                self._services.records.create(
                    "project_application", self.partnership_id, {"project_id": project["id"]}
                )
                outline = package.application(store, project["id"])
        self.outline_saver.load(outline["id"] if outline else None, outline or {})
        if not is_key and ui.tabs.currentWidget() is ui.applicationTab:
            ui.tabs.setCurrentWidget(ui.ficheTab)

    def _show_funding(self) -> None:
        ui = self.ui
        project = self.project
        if project is None:
            ui.fundingSummaryLabel.clear()
            ui.fundingWarningLabel.hide()
            return
        model = self.tables.funding
        total = sum(
            float(model.row(r)["amount"] or 0)
            for r in range(model.rowCount())
            if not model.is_draft(r) and isinstance(model.row(r).get("amount"), int | float)
        )
        cost = float(project["cost"] or 0)
        ui.fundingSummaryLabel.setText(
            self.tr(
                "Koszt projektu: <b>{cost} zł</b> · suma źródeł: <b>{total} zł</b> ({share})"
            ).format(
                cost=package.amount_text(cost),
                total=package.amount_text(total),
                share=package.percent_text(total, cost),
            )
        )
        warning = package.funding_warning(cost, total)
        ui.fundingWarningLabel.setText("⚠  " + warning if warning else "")
        ui.fundingWarningLabel.setVisible(bool(warning))

    def gantt_rows(self) -> list[GanttRow]:
        """The schedule's tasks as the Gantt chart shows them."""
        model = self.tables.tasks
        rows = []
        for r in range(model.rowCount()):
            if model.is_draft(r):
                continue
            task = model.row(r)
            start, end = task.get("start_on"), task.get("end_on")
            if isinstance(start, date) and isinstance(end, date):
                rows.append(GanttRow(task.get("name") or "", start, end))
        return rows

    def _show_gantt(self) -> None:
        self.gantt.set_rows(self.gantt_rows())

    # -- opening records ------------------------------------------------------------------

    def open_tab(self, kind: str) -> None:
        """Bring forward the tab that holds records of ``kind``."""
        ui = self.ui
        tab = {
            "project_task": ui.scheduleTab,
            "project_funding": ui.fundingTab,
            "project_indicator": ui.indicatorsTab,
            "project_link": ui.linksTab,
            "project_comment": ui.linksTab,
            "project_application": ui.applicationTab,
        }.get(kind, ui.ficheTab)
        if ui.tabs.isTabEnabled(ui.tabs.indexOf(tab)):
            ui.tabs.setCurrentWidget(tab)

    def select_row(self, kind: str, row_id: str) -> None:
        """Select a task, funding source or indicator in its table."""
        ui = self.ui
        found = {
            "project_task": (self.tables.tasks, ui.tasksView),
            "project_funding": (self.tables.funding, ui.fundingView),
            "project_indicator": (self.tables.indicators, ui.indicatorsView),
        }.get(kind)
        if found is None:
            return
        model, view = found
        row = model.row_of(row_id)
        if row >= 0:
            view.setCurrentIndex(model.index(row, 0))
            view.scrollTo(model.index(row, 0))
