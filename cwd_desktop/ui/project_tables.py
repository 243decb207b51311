"""The typed-in tables of a project fiche: funding sources, schedule tasks, indicators.

Each is a ``DraftTableModel`` (an empty line becomes a record only once
something is typed into it) over a row source of ``services.project_package``.
Two kinds of cell are added to the shared ones: ``amount`` (PLN shown as
``1 250 000,00`` and typed the same way) and ``number`` (an indicator value,
``14,2``). A cell that cannot be read is handed on as typed, so the
service's validator names the problem.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from cwd_desktop.domain.vocab import FundingSource, IndicatorKind, label
from cwd_desktop.errors import UserError
from cwd_desktop.services.project_package import amount_text, number_text, parse_amount
from cwd_desktop.ui import messages
from cwd_desktop.ui.fieldwork_tables import DraftTableModel, DraftTableView, compact_rows
from cwd_desktop.ui.record_table import Column, Row, RowSource
from cwd_desktop.ui.undo_base import AppliedCommand
from cwd_desktop.ui.vocab_combo import vocab_text

AnyIndex = QModelIndex | QPersistentModelIndex


def vocab_choices(enum: Any) -> Callable[[], list[tuple[Any, str]]]:
    """(code, translated label) of every value of a vocabulary, for a choice column."""
    return lambda: [(v.value, vocab_text(label(v))) for v in enum]


class ProjectTableModel(DraftTableModel):
    """A ``DraftTableModel`` that also shows and reads amounts and decimal numbers."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            column = self.columns[index.column()]
            if column.kind in ("amount", "number"):
                value = self.row(index.row()).get(column.field)
                if isinstance(value, str) or value is None:
                    return value or ""
                return amount_text(value) if column.kind == "amount" else number_text(value)
        if (
            index.isValid()
            and role == Qt.ItemDataRole.TextAlignmentRole
            and self.columns[index.column()].kind in ("amount", "number")
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    @staticmethod
    def _from_editor(column: Column, value: Any) -> Any:
        if column.kind == "amount":
            try:
                return parse_amount(value, column.field)
            except UserError:
                return str(value).strip()
        if column.kind == "number":
            text = "" if value is None else str(value).strip()
            if not text:
                return None
            try:
                return float(text.replace("\u00a0", "").replace(" ", "").replace(",", "."))
            except ValueError:
                return text
        return DraftTableModel._from_editor(column, value)


class ShiftTaskCommand(AppliedCommand):
    """A task moved whole (start and end together), already stored; undo moves it back."""

    def __init__(
        self,
        model: TaskTableModel,
        row_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self._model, self._row_id, self._old, self._new = model, row_id, old, new

    def apply(self) -> None:
        self._model.write_fields(self._row_id, self._new)

    def revert(self) -> None:
        self._model.write_fields(self._row_id, self._old)


class TaskTableModel(ProjectTableModel):
    """The schedule: a start typed after the task's end moves the whole task.

    Tasks are typed start first; a new task's default end would otherwise
    refuse every start later than it. The task keeps its length, and the
    move is one undo step. An end typed before the start is still refused.
    """

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            index.isValid()
            and role == Qt.ItemDataRole.EditRole
            and not self.is_draft(index.row())
            and self.columns[index.column()].field == "start_on"
        ):
            row = self.row(index.row())
            new = self._from_editor(self.columns[index.column()], value)
            start, end = row.get("start_on"), row.get("end_on")
            if (
                isinstance(new, date)
                and isinstance(start, date)
                and isinstance(end, date)
                and new > end
            ):
                return self._shift(row["id"], new, new + (end - start))
        return super().setData(index, value, role)

    def _shift(self, row_id: str, start: date, end: date) -> bool:
        new = {"start_on": start, "end_on": end}
        try:
            old = self.records.update(self.table, row_id, new)
        except UserError as exc:
            messages.show_user_error(self._widget, exc)
            return False
        self._show(row_id, new)
        text = QCoreApplication.translate("ProjectTables", "przesunięcie zadania")
        self._undo.push(ShiftTaskCommand(self, row_id, old, new, text))
        return True

    def write_fields(self, row_id: str, values: dict[str, Any]) -> None:
        """Store several fields of a task (an undo or redo) and show them."""
        self.records.update(self.table, row_id, values)
        self._show(row_id, values)

    def _show(self, row_id: str, values: dict[str, Any]) -> None:
        for field, value in values.items():
            self._set_cached(row_id, field, value)
        self.sig_changed.emit()


def set_up_view(view: DraftTableView, model: ProjectTableModel, widths: dict[int, int]) -> None:
    """Attach ``model``; the first column stretches, the others get ``widths``."""
    view.setModel(model)
    compact_rows(view)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column, width in widths.items():
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch_column(model), QHeaderView.ResizeMode.Stretch)


def stretch_column(model: ProjectTableModel) -> int:
    """The column that takes the spare width (the name, else the first)."""
    fields = [c.field for c in model.columns]
    return fields.index("name") if "name" in fields else 0


def _no_rows(_query: str, _offset: int, _limit: int) -> list[Row]:
    return []


class FicheTables:
    """The three tables of the fiche shown, all pointed at one project at a time."""

    def __init__(
        self,
        records: Callable[[], Any],
        undo_stack: QUndoStack,
        parent: QWidget,
        views: tuple[DraftTableView, DraftTableView, DraftTableView],
    ) -> None:
        self.project_id: str | None = None
        self.funding = ProjectTableModel(
            records,
            "project_funding",
            [
                Column(
                    "source",
                    QCoreApplication.translate("FicheTables", "Źródło finansowania"),
                    "choice",
                    vocab_choices(FundingSource),
                ),
                Column("amount", QCoreApplication.translate("FicheTables", "Kwota (zł)"), "amount"),
            ],
            undo_stack,
            parent,
            defaults=lambda: {
                "project_id": self.project_id,
                "source": FundingSource.REGIONAL_FE.value,
            },
        )
        self.tasks = TaskTableModel(
            records,
            "project_task",
            [
                Column("name", QCoreApplication.translate("FicheTables", "Zadanie")),
                Column("start_on", QCoreApplication.translate("FicheTables", "Początek"), "date"),
                Column("end_on", QCoreApplication.translate("FicheTables", "Koniec"), "date"),
            ],
            undo_stack,
            parent,
            defaults=self._task_defaults,
        )
        self.indicators = ProjectTableModel(
            records,
            "project_indicator",
            [
                Column(
                    "kind",
                    QCoreApplication.translate("FicheTables", "Rodzaj"),
                    "choice",
                    vocab_choices(IndicatorKind),
                ),
                Column("name", QCoreApplication.translate("FicheTables", "Wskaźnik")),
                Column("unit", QCoreApplication.translate("FicheTables", "Jednostka")),
                Column(
                    "baseline",
                    QCoreApplication.translate("FicheTables", "Wartość bazowa"),
                    "number",
                ),
                Column(
                    "target",
                    QCoreApplication.translate("FicheTables", "Wartość docelowa"),
                    "number",
                ),
                Column("year", QCoreApplication.translate("FicheTables", "Rok")),
                Column("source", QCoreApplication.translate("FicheTables", "Źródło danych")),
            ],
            undo_stack,
            parent,
            defaults=lambda: {
                "project_id": self.project_id,
                "kind": IndicatorKind.OUTPUT.value,
            },
        )
        funding_view, tasks_view, indicators_view = views
        set_up_view(funding_view, self.funding, {0: 240, 1: 150})
        set_up_view(tasks_view, self.tasks, {1: 100, 2: 100})
        set_up_view(indicators_view, self.indicators, {0: 90, 2: 80, 3: 118, 4: 118, 5: 56, 6: 150})

    def models(self) -> tuple[ProjectTableModel, ...]:
        """The three models."""
        return (self.funding, self.tasks, self.indicators)

    def _task_defaults(self) -> dict[str, Any]:
        """A new task starts where the last one ends (or today) and lasts a month."""
        last = max(
            (r["end_on"] for r in self.tasks._rows if isinstance(r.get("end_on"), date)),
            default=None,
        )
        start = last + timedelta(days=1) if last else date.today()
        return {
            "project_id": self.project_id,
            "start_on": start,
            "end_on": start + timedelta(days=30),
            "position": len(self.tasks._rows),
        }

    def show_project(
        self,
        partnership_id: str | None,
        project_id: str | None,
        sources: tuple[RowSource, RowSource, RowSource] | None,
    ) -> None:
        """Point the tables at one project (None: show nothing)."""
        self.project_id = project_id
        for model, source in zip(
            self.models(), sources or (_no_rows, _no_rows, _no_rows), strict=True
        ):
            model.partnership_id = partnership_id if project_id else None
            model.configure(source)
            model.reload()
