"""The typed-in tables of implementation monitoring and how their rows are shown.

- ``ProjectListModel``: the package's projects, plan against reality; the
  status and the actual start and end are typed in the list, the rest is
  figures (delay, cost, spent, indicators achieved);
- ``TaskModel``: a project's schedule, where only the actual dates and the
  outcome are typed (tasks are planned on the project fiche, so no row is
  added or removed here);
- ``ReportModel``: indicator values; its draft line becomes a record only
  once a value is typed, since a report without a value may not be stored
  (the indicator, date and unit typed before it wait in the draft). The
  unit comes before the value, so a value typed in a unit other than the
  indicator's is refused whole and nothing is stored;
- expenses, funding applications and recommendations are plain
  ``ProjectTableModel`` tables made by ``expense_model`` etc.

Rows come from ``services.implementation_dashboard``; values go through
``Records`` and its validators (``services.implementation``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QWidget

from cwd_desktop.domain.vocab import ProjectStatus
from cwd_desktop.domain.vocab_followup import ApplicationResult, RecommendationPriority
from cwd_desktop.services.project_package import amount_text, date_text
from cwd_desktop.ui.fieldwork_tables import OVERDUE
from cwd_desktop.ui.project_tables import ProjectTableModel, vocab_choices
from cwd_desktop.ui.record_table import Column, Row

AnyIndex = QModelIndex | QPersistentModelIndex
Records = Callable[[], Any]
Choices = Callable[[], list[tuple[Any, str]]]

#: Background of a row that is late against the plan.
LATE = OVERDUE


def days_text(days: int) -> str:
    """``1 dzień``, ``12 dni`` (Polish has one singular and one plural form of "dzień")."""
    if abs(days) == 1:
        return QCoreApplication.translate("ImplementationTables", "{n} dzień").format(n=days)
    return QCoreApplication.translate("ImplementationTables", "{n} dni").format(n=days)


def delay_text(days: int | None) -> str:
    """``+45 dni`` late, ``−3 dni`` early, ``w terminie``; empty when unknown."""
    if days is None:
        return ""
    if days == 0:
        return QCoreApplication.translate("ImplementationTables", "w terminie")
    return ("+" if days > 0 else "−") + days_text(abs(days))


def plan_text(start: date | None, end: date | None) -> str:
    """``01.02.2026 – 31.01.2029`` (either side may be missing)."""
    if start is None and end is None:
        return ""
    return f"{date_text(start)} – {date_text(end)}"


def late_style(row: Row) -> QColor | None:
    """``row_style`` of rows with a positive delay."""
    return LATE if (row.get("delay_days") or 0) > 0 else None


def _no_defaults() -> dict[str, Any]:
    return {}


class ProjectListModel(ProjectTableModel):
    """The projects with plan, reality and figures; status and actual dates are typed here.

    The plan's two dates share a cell, and so do spent and cost, so the list
    fits beside the navigation at a laptop's width. Projects are added and
    removed on the project fiche, so Delete does nothing in this list.
    """

    def __init__(self, records: Records, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(
            records,
            "project",
            [
                Column(
                    "number",
                    QCoreApplication.translate("ImplementationTables", "Nr"),
                    "int",
                    editable=False,
                ),
                Column(
                    "title",
                    QCoreApplication.translate("ImplementationTables", "Projekt"),
                    editable=False,
                ),
                Column(
                    "status",
                    QCoreApplication.translate("ImplementationTables", "Status"),
                    "choice",
                    vocab_choices(ProjectStatus),
                ),
                Column(
                    "plan",
                    QCoreApplication.translate("ImplementationTables", "Plan\n(od – do)"),
                    editable=False,
                ),
                Column(
                    "actual_start_on",
                    QCoreApplication.translate("ImplementationTables", "Faktyczny\npoczątek"),
                    "date",
                ),
                Column(
                    "actual_end_on",
                    QCoreApplication.translate("ImplementationTables", "Faktyczny\nkoniec"),
                    "date",
                ),
                Column(
                    "delay",
                    QCoreApplication.translate("ImplementationTables", "Opóźnienie"),
                    editable=False,
                ),
                Column(
                    "money",
                    QCoreApplication.translate("ImplementationTables", "Wydano /\nkoszt (zł)"),
                    editable=False,
                ),
                Column(
                    "achieved",
                    QCoreApplication.translate("ImplementationTables", "Wskaźniki\nosiągnięte"),
                    editable=False,
                ),
            ],
            undo_stack,
            parent,
            defaults=_no_defaults,
        )
        self.row_style = late_style

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and role == Qt.ItemDataRole.TextAlignmentRole
            and self.columns[index.column()].field in ("money", "achieved")
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def remove_row(self, row: int) -> None:
        """Projects are removed on the project fiche (with their parts), not here."""


def shown_project(row: Row) -> Row:
    """A ``project_row`` with the texts of the list's computed columns."""
    share = row.get("indicators_achieved")
    start, end = row.get("start_on"), row.get("end_on")
    spent, cost = float(row.get("spent") or 0.0), float(row.get("cost") or 0.0)
    return {
        **row,
        "plan": f"{date_text(start)}\n{date_text(end)}" if start or end else "",
        "delay": delay_text(row.get("delay_days")),
        "money": f"{amount_text(spent, 0)}\n/ {amount_text(cost, 0)}",
        "achieved": "" if share is None else f"{100 * share:.0f}%",
    }


class TaskModel(ProjectTableModel):
    """A project's schedule: actual dates and outcome typed; no row added or removed here."""

    def __init__(self, records: Records, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(
            records,
            "project_task",
            [
                Column(
                    "name",
                    QCoreApplication.translate("ImplementationTables", "Zadanie"),
                    editable=False,
                ),
                Column(
                    "start_on",
                    QCoreApplication.translate("ImplementationTables", "Plan:\npoczątek"),
                    "date",
                    editable=False,
                ),
                Column(
                    "end_on",
                    QCoreApplication.translate("ImplementationTables", "Plan:\nkoniec"),
                    "date",
                    editable=False,
                ),
                Column(
                    "actual_start_on",
                    QCoreApplication.translate("ImplementationTables", "Faktyczny\npoczątek"),
                    "date",
                ),
                Column(
                    "actual_end_on",
                    QCoreApplication.translate("ImplementationTables", "Faktyczny\nkoniec"),
                    "date",
                ),
                Column(
                    "delay",
                    QCoreApplication.translate("ImplementationTables", "Opóźnienie"),
                    editable=False,
                ),
                Column(
                    "outcome", QCoreApplication.translate("ImplementationTables", "Efekt / uwagi")
                ),
            ],
            undo_stack,
            parent,
            defaults=_no_defaults,
        )
        self.row_style = late_style

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and self.columns[index.column()].field == "delay"
        ):
            return delay_text(self.row(index.row()).get("delay_days"))
        return super().data(index, role)

    def remove_row(self, row: int) -> None:
        """Tasks are removed on the project fiche, not in the monitoring view."""


class ReportModel(ProjectTableModel):
    """Indicator values; the draft is stored once its value is typed (see module doc)."""

    def __init__(
        self,
        records: Records,
        undo_stack: QUndoStack,
        parent: QWidget,
        indicators: Choices,
        defaults: Callable[[], dict[str, Any]],
        units: Callable[[Any], str],
    ) -> None:
        self._waiting: dict[str, Any] = {}
        self._base_defaults = defaults
        self._units = units
        super().__init__(
            records,
            "indicator_report",
            [
                Column(
                    "indicator_id",
                    QCoreApplication.translate("ImplementationTables", "Wskaźnik"),
                    "choice",
                    indicators,
                ),
                Column(
                    "reported_on",
                    QCoreApplication.translate("ImplementationTables", "Stan na dzień"),
                    "date",
                ),
                Column("unit", QCoreApplication.translate("ImplementationTables", "Jednostka")),
                Column(
                    "value", QCoreApplication.translate("ImplementationTables", "Wartość"), "number"
                ),
                Column("note", QCoreApplication.translate("ImplementationTables", "Uwagi")),
            ],
            undo_stack,
            parent,
            defaults=self._draft_values,
        )

    def _draft_values(self) -> dict[str, Any]:
        """The defaults, what was typed so far, and the unit of the indicator chosen."""
        values = {**self._base_defaults(), **self._waiting}
        if "unit" not in self._waiting:
            values["unit"] = self._units(values.get("indicator_id"))
        return values

    def discard_draft(self) -> None:
        self._waiting = {}
        super().discard_draft()

    def reload(self) -> None:
        self._waiting = {}
        super().reload()

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            index.isValid()
            and role == Qt.ItemDataRole.EditRole
            and self.is_draft(index.row())
            and self.columns[index.column()].field != "value"
        ):
            column = self.columns[index.column()]
            new = self._from_editor(column, value)
            if new in ("", None):
                return False
            self._waiting[column.field] = new
            row = index.row()
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            return True
        stored = super().setData(index, value, role)
        if stored and not self._drafting:
            self._waiting = {}
        return stored


def expense_model(
    records: Records, undo_stack: QUndoStack, parent: QWidget, defaults: Callable[[], dict]
) -> ProjectTableModel:
    """A project's expenses: date, amount, what for."""
    return ProjectTableModel(
        records,
        "project_expense",
        [
            Column("spent_on", QCoreApplication.translate("ImplementationTables", "Data"), "date"),
            Column(
                "amount", QCoreApplication.translate("ImplementationTables", "Kwota (zł)"), "amount"
            ),
            Column(
                "description",
                QCoreApplication.translate(
                    "ImplementationTables", "Opis (faktura, transza, okres)"
                ),
            ),
        ],
        undo_stack,
        parent,
        defaults=defaults,
    )


def application_model(
    records: Records, undo_stack: QUndoStack, parent: QWidget, defaults: Callable[[], dict]
) -> ProjectTableModel:
    """A project's funding applications: call, dates, amounts and result."""
    return ProjectTableModel(
        records,
        "funding_application",
        [
            Column("programme", QCoreApplication.translate("ImplementationTables", "Program")),
            Column("call", QCoreApplication.translate("ImplementationTables", "Nabór")),
            Column(
                "submitted_on",
                QCoreApplication.translate("ImplementationTables", "Złożono"),
                "date",
            ),
            Column(
                "amount_requested",
                QCoreApplication.translate("ImplementationTables", "Wnioskowano (zł)"),
                "amount",
            ),
            Column(
                "result",
                QCoreApplication.translate("ImplementationTables", "Wynik"),
                "choice",
                vocab_choices(ApplicationResult),
            ),
            Column(
                "decided_on",
                QCoreApplication.translate("ImplementationTables", "Rozstrzygnięto"),
                "date",
            ),
            Column(
                "amount_granted",
                QCoreApplication.translate("ImplementationTables", "Przyznano (zł)"),
                "amount",
            ),
            Column("note", QCoreApplication.translate("ImplementationTables", "Uwagi")),
        ],
        undo_stack,
        parent,
        defaults=defaults,
    )


def recommendation_model(
    records: Records,
    undo_stack: QUndoStack,
    parent: QWidget,
    projects: Choices,
    defaults: Callable[[], dict],
) -> ProjectTableModel:
    """The partnership's recommendations: title, priority, project, who, by when.

    The rationale and the next steps are longer texts, typed in the fields
    under the table (``ImplementationPage``).
    """
    return ProjectTableModel(
        records,
        "recommendation",
        [
            Column("title", QCoreApplication.translate("ImplementationTables", "Rekomendacja")),
            Column(
                "priority",
                QCoreApplication.translate("ImplementationTables", "Priorytet"),
                "choice",
                vocab_choices(RecommendationPriority),
            ),
            Column(
                "project_id",
                QCoreApplication.translate("ImplementationTables", "Projekt"),
                "choice",
                projects,
            ),
            Column("responsible", QCoreApplication.translate("ImplementationTables", "Odpowiada")),
            Column("due_on", QCoreApplication.translate("ImplementationTables", "Termin"), "date"),
        ],
        undo_stack,
        parent,
        defaults=defaults,
    )
