"""The "Plan pracy" area: the partnership's work plan as a table and a timeline.

Above, the tasks in a typed-in table (name, stage, dates, people, status,
notes), grouped by stage unless a header is clicked to sort otherwise, and
filtered by text, stage, status and "tylko zaległe" (past their end and not
done: tinted red). Below, the same tasks on a Gantt chart coloured by stage;
clicking a bar selects its task. An empty plan offers the default plan of
the advisory stages (one step, undoable); "Eksportuj plan pracy…" writes
the Word document in the background.

Keys: Ctrl+N opens a new line (Enter on the last line does too), Tab moves
between cells, Delete removes the task, Ctrl+Z undoes; Ctrl+F goes to the
filter. Reads are plain SQL (``services.workplan_reads``); the write service
loads SQLAlchemy, so it is imported only when something is written.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from cwd_desktop.domain.vocab import ActionStatus, DocumentKind
from cwd_desktop.errors import UserError
from cwd_desktop.services import workplan_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.services.workplan_reads import TaskFilter
from cwd_desktop.ui import messages
from cwd_desktop.ui.fieldwork_tables import compact_rows, no_rows, status_choices
from cwd_desktop.ui.forms.ui_workplan_page import Ui_WorkplanPage
from cwd_desktop.ui.undo_base import AppliedCommand
from cwd_desktop.ui.workplan_table import WorkplanTableModel, WorkplanTimeline, stage_choices

#: Column widths of the table; the task's name takes the rest, but never less than NAME_MIN.
WIDTHS = {1: 160, 2: 82, 3: 82, 4: 150, 5: 90, 6: 170}
NAME_MIN = 260


class PlanCreated(AppliedCommand):
    """The default plan, already stored; undo removes all its tasks, redo brings them back."""

    def __init__(self, page: WorkplanPage, ids: list[str], text: str) -> None:
        super().__init__(text)
        self._page, self._ids = page, ids

    def apply(self) -> None:
        records = self._page.services.records
        for row_id in self._ids:
            records.restore("work_task", row_id)
        self._page.reload()

    def revert(self) -> None:
        records = self._page.services.records
        for row_id in self._ids:
            records.delete("work_task", row_id)
        self._page.reload()


class WorkplanPage(QWidget):
    """The work plan of the partnership shown in the main window."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = Ui_WorkplanPage()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)
        self._view: PartnershipView | None = None
        self._stale = False
        self._order = ("stage", False)
        ui = self.ui
        self.model = WorkplanTableModel(
            lambda: services.records, self.undo_stack, self, self._task_defaults
        )
        view = ui.tasksView
        view.setModel(self.model)
        compact_rows(view)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        self.timeline = WorkplanTimeline(ui.timelineHolder)
        ui.timelineLayout.addWidget(self.timeline)
        ui.timelineLayout.addStretch(1)
        font = ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        ui.stageCombo.addItem(self.tr("Wszystkie etapy"), "")
        for code, text in stage_choices():
            ui.stageCombo.addItem(text, code)
        ui.statusCombo.addItem(self.tr("Wszystkie statusy"), "")
        for code, text in status_choices():
            ui.statusCombo.addItem(text, code)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([380, 400])
        self._connect()
        self._update_state()

    def _connect(self) -> None:
        ui = self.ui
        ui.createPlanButton.clicked.connect(self.create_default_plan)
        ui.newButton.clicked.connect(self.new_task)
        ui.deleteButton.clicked.connect(self.delete_task)
        ui.exportButton.clicked.connect(lambda: self.export_workplan())
        ui.filterEdit.textChanged.connect(lambda _text: self.reload())
        ui.stageCombo.currentIndexChanged.connect(lambda _index: self.reload())
        ui.statusCombo.currentIndexChanged.connect(lambda _index: self.reload())
        ui.overdueCheck.toggled.connect(lambda _checked: self.reload())
        ui.tasksView.horizontalHeader().sectionClicked.connect(self._on_header_clicked)
        self.model.sig_changed.connect(self._after_change)
        self.timeline.sig_task_clicked.connect(self.select_task)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence("Ctrl+N"), self.new_task),
            (QKeySequence.StandardKey.Find, self.focus_filter),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(scope)
            shortcut.activated.connect(slot)

    # -- the page contract ------------------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """Show ``view``'s plan (read when the page is visible)."""
        if self._view is None or self._view.id != view.id:
            self.undo_stack.clear()
        self._view = view
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def open_record(self, kind: str, row_id: str) -> None:
        """Show a search result: the task, with the filters cleared if they hid it."""
        if kind != "work_task":
            return
        if self._stale:
            self._load()
        if self.model.row_of(row_id) < 0:
            self.clear_filters()
        self.select_task(row_id)

    # -- loading -------------------------------------------------------------------------------

    def _load(self) -> None:
        self._stale = False
        view = self._view
        if view is None:
            return
        self.model.partnership_id = view.id
        self.reload()

    def task_filter(self, *, grouped: bool = False) -> TaskFilter:
        """What the filter row asks for; ``grouped`` keeps the stage order (the timeline's)."""
        ui = self.ui
        field, descending = ("stage", False) if grouped else self._order
        return TaskFilter(
            stage=ui.stageCombo.currentData() or None,
            status=ui.statusCombo.currentData() or None,
            overdue_only=ui.overdueCheck.isChecked(),
            order=field,
            descending=descending,
        )

    def reload(self) -> None:
        """Read the tasks again with the current filter and order."""
        view = self._view
        source = (
            reads.task_source(self.services.store, view.id, self.task_filter())
            if view is not None
            else no_rows
        )
        self.model.configure(source, self.ui.filterEdit.text())
        self.model.reload()

    def clear_filters(self) -> None:
        """Show every task."""
        ui = self.ui
        for widget in (ui.filterEdit, ui.stageCombo, ui.statusCombo, ui.overdueCheck):
            widget.blockSignals(True)
        ui.filterEdit.clear()
        ui.stageCombo.setCurrentIndex(0)
        ui.statusCombo.setCurrentIndex(0)
        ui.overdueCheck.setChecked(False)
        for widget in (ui.filterEdit, ui.stageCombo, ui.statusCombo, ui.overdueCheck):
            widget.blockSignals(False)
        self.reload()

    def _after_change(self) -> None:
        """After a reload or an edit: the timeline, the counts and the buttons."""
        view = self._view
        if view is None:
            self.timeline.set_tasks([])
        else:
            source = reads.task_source(self.services.store, view.id, self.task_filter(grouped=True))
            self.timeline.set_tasks(source(self.ui.filterEdit.text(), 0, -1))
        self._update_state()

    def _update_state(self) -> None:
        ui = self.ui
        view = self._view
        figures = reads.summary(self.services.store, view.id) if view is not None else None
        empty = figures is not None and figures.tasks == 0
        ui.createPlanButton.setVisible(empty)
        ui.emptyLabel.setVisible(empty)
        for widget in (ui.newButton, ui.exportButton, ui.filterEdit, ui.tasksView):
            widget.setEnabled(view is not None)
        ui.deleteButton.setEnabled(self.model.rowCount() > 0)
        if figures is None or figures.tasks == 0:
            ui.summaryLabel.clear()
            return
        text = self.tr("Zadania: {n} · zakończone: {done} · w toku: {progress}").format(
            n=figures.tasks, done=figures.done, progress=figures.in_progress
        )
        if figures.overdue:
            late = self.tr("zaległe: {n}").format(n=figures.overdue)
            text += f' · <span style="color:#b3261e; font-weight:600">{late}</span>'
        ui.summaryLabel.setText(text)

    # -- changes -------------------------------------------------------------------------------

    def _task_defaults(self) -> dict[str, Any]:
        """A new task: in the filtered stage (else the partnership's), from today, two weeks."""
        stage = self.ui.stageCombo.currentData() or (
            self._view.data.stage.value if self._view is not None else "workplan"
        )
        today = date.today()
        return {
            "stage": stage,
            "start_on": today,
            "end_on": today + timedelta(days=13),
            "status": self.ui.statusCombo.currentData() or ActionStatus.OPEN.value,
            "position": self.model.rowCount(),
        }

    def new_task(self) -> None:
        """Put the cursor in a new line at the end of the table."""
        if self._view is None:
            return
        self.ui.tasksView.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.tasksView.open_draft()

    def delete_task(self) -> None:
        """Remove the selected task (Ctrl+Z brings it back)."""
        current = self.ui.tasksView.currentIndex()
        if current.isValid():
            self.model.remove_row(current.row())

    def create_default_plan(self) -> None:
        """Store the default plan of the advisory stages for an empty plan, undoably."""
        view = self._view
        if view is None:
            return
        from cwd_desktop.services.workplan import create_default_plan

        try:
            ids = create_default_plan(self.services, view.id)
        except UserError as exc:
            messages.show_user_error(self, exc)
            self.reload()
            return
        self.clear_filters()
        self.undo_stack.push(PlanCreated(self, ids, self.tr("utworzenie planu pracy")))

    def select_task(self, row_id: str) -> None:
        """Select ``row_id`` in the table (fetching pages until it shows)."""
        model = self.model
        while model.row_of(row_id) < 0 and model.canFetchMore():
            model.fetchMore()
        row = model.row_of(row_id)
        if row < 0:
            return
        view = self.ui.tasksView
        index = model.index(row, 0)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus(Qt.FocusReason.MouseFocusReason)

    def selected_task(self) -> str | None:
        """The id of the task the cursor is on (None for none or a new line)."""
        current = self.ui.tasksView.currentIndex()
        return self.model.row_id(current.row()) if current.isValid() else None

    def focus_filter(self) -> None:
        """Ctrl+F: put the cursor in the filter field."""
        self.ui.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filterEdit.selectAll()

    def _on_header_clicked(self, column: int) -> None:
        field = self.model.columns[column].field
        previous, descending = self._order
        descending = not descending if field == previous else False
        self._order = (field, descending)
        self.ui.tasksView.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.tasksView.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_name_column()
        return super().eventFilter(watched, event)

    def _fit_name_column(self) -> None:
        """The name column takes the spare width, but scrolls rather than shrink unreadably."""
        view = self.ui.tasksView
        header = view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, header.count()))
        header.resizeSection(0, max(NAME_MIN, view.viewport().width() - others))

    # -- export ----------------------------------------------------------------------------------

    def export_workplan(self, path: str | None = None) -> None:
        """Save the plan as a Word document in the background; then say where it is."""
        view = self._view
        if view is None:
            return
        from cwd_desktop.ui.document_export_dialog import (
            default_folder,
            remember_folder,
            suggested_name,
        )

        if not path:
            suggested = default_folder() / suggested_name(
                DocumentKind.WORKPLAN.value, view.data.short_name
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Eksport planu pracy"),
                str(suggested),
                self.tr("Dokument Word (*.docx)"),
            )
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        from cwd_desktop.ui.background import Operation

        target, documents = Path(path), self.services.documents

        def done(version: Any) -> None:
            remember_folder(target)
            messages.info(
                self,
                self.tr("Zapisano plan pracy w pliku {path}.").format(path=version.path or target),
            )

        Operation(
            self,
            lambda progress: documents.export(
                DocumentKind.WORKPLAN.value, view.id, target, progress=progress
            ),
        ).success(done).with_progress(self.tr("Eksport planu pracy…")).run_in_background()
