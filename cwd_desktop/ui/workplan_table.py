"""The work plan's typed-in table of tasks and its clickable timeline.

``WorkplanTableModel`` is a ``DraftTableModel`` (a task is stored once its
name is typed) that tints overdue tasks red and greys done ones; sorting is
the page's row source's job (the rows come from SQL in pages).
``WorkplanTimeline`` is the shared Gantt chart with one bar per task,
coloured by stage, that reports which task's line was clicked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QUndoStack
from PySide6.QtWidgets import QWidget

from cwd_desktop.domain.vocab import ActionStatus, Stage, label
from cwd_desktop.services.workplan_reads import Row, is_overdue
from cwd_desktop.ui.fieldwork_tables import OVERDUE, DraftTableModel, status_choices
from cwd_desktop.ui.gantt_chart import ROW_PX, GanttChart, GanttRow, stage_color
from cwd_desktop.ui.record_table import Column
from cwd_desktop.ui.vocab_combo import vocab_text

AnyIndex = QModelIndex | QPersistentModelIndex
#: Text of a done task: present but out of the way.
DONE_TEXT = QColor("#8a8a8a")


def stage_choices() -> list[tuple[Any, str]]:
    """(code, label) of every advisory stage, in the UI language."""
    return [(s.value, vocab_text(label(s))) for s in Stage]


def stage_text(code: str) -> str:
    """A stage code's label in the UI language (the code if unknown)."""
    return str(dict(stage_choices()).get(code, code))


def task_columns(widget: QWidget) -> list[Column]:
    """The table's columns: the name first, so typing into a new line starts there."""
    del widget  # the headers no longer depend on the widget's class (lupdate needs a context)
    return [
        Column("title", QCoreApplication.translate("WorkplanTable", "Zadanie")),
        Column(
            "stage",
            QCoreApplication.translate("WorkplanTable", "Etap"),
            "choice",
            stage_choices,
        ),
        Column("start_on", QCoreApplication.translate("WorkplanTable", "Od"), "date"),
        Column("end_on", QCoreApplication.translate("WorkplanTable", "Do"), "date"),
        Column("responsible", QCoreApplication.translate("WorkplanTable", "Odpowiedzialni")),
        Column(
            "status",
            QCoreApplication.translate("WorkplanTable", "Status"),
            "choice",
            status_choices,
        ),
        Column("notes", QCoreApplication.translate("WorkplanTable", "Uwagi")),
    ]


def task_style(row: Row) -> QColor | None:
    """``row_style``: overdue tasks on a soft red."""
    return OVERDUE if is_overdue(row) else None


class WorkplanTableModel(DraftTableModel):
    """The plan's tasks: overdue tinted, done greyed."""

    def __init__(
        self,
        records: Callable[[], Any],
        undo_stack: QUndoStack,
        parent: QWidget,
        defaults: Callable[[], dict[str, Any]],
    ) -> None:
        super().__init__(records, "work_task", task_columns(parent), undo_stack, parent, defaults)
        self.row_style = task_style

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and not self.is_draft(index.row())
            and self.row(index.row()).get("status") == ActionStatus.DONE.value
        ):
            return QBrush(DONE_TEXT)
        return super().data(index, role)


def timeline_rows(tasks: list[Row]) -> list[GanttRow]:
    """One bar per dated task, grouped (and coloured) by stage; done tasks muted."""
    return [
        GanttRow(
            t["title"],
            t["start_on"],
            t["end_on"],
            stage_text(t["stage"]),
            t["status"] == ActionStatus.DONE.value,
            stage_color(t["stage"]),
        )
        for t in tasks
        if isinstance(t.get("start_on"), date) and isinstance(t.get("end_on"), date)
    ]


class WorkplanTimeline(GanttChart):
    """The Gantt chart of the plan; a click on a task's line emits its id."""

    sig_task_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self.empty_text = self.tr("Plan pracy nie ma jeszcze zadań.")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_tasks(self, tasks: list[Row]) -> None:
        """Show these tasks (in this order, grouped by stage by the caller's sort)."""
        dated = [t for t in tasks if isinstance(t.get("start_on"), date) and t.get("end_on")]
        self._ids = [str(t["id"]) for t in dated]
        self.set_rows(timeline_rows(dated))

    def task_ids(self) -> list[str]:
        """The id of each bar, in the order of ``bar_rects``."""
        return list(self._ids)

    def task_at(self, point: QPointF) -> str | None:
        """The task whose line (bar or label) is under ``point``."""
        for number, (bar, _row) in enumerate(self.bar_rects()):
            line = QRectF(0, bar.center().y() - ROW_PX / 2, self.width(), ROW_PX)
            if line.contains(point) and number < len(self._ids):
                return self._ids[number]
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.task_at(event.position())
            if found is not None:
                self.sig_task_clicked.emit(found)
                event.accept()
                return
        super().mousePressEvent(event)
