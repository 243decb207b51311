"""The strategy's typed-in lists: objectives, directions, expected results, financial lines.

Each is a ``DraftTableModel`` (a row exists only once its first cell is
typed, so no empty objective is ever stored) saved cell by cell through
``Records`` with undo on the page's stack. Directions and results belong to
one objective, chosen above the table; new rows go to that objective.
Numbers are shown and typed the Polish way ("1 250,5"); the service parses
them and refuses what is not a number with one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from cwd_desktop.domain.vocab import Dimension, FundingSource, label
from cwd_desktop.services.strategy_reads import RowSource, money, number_text
from cwd_desktop.ui.fieldwork_tables import DraftTableModel, no_rows
from cwd_desktop.ui.forms.ui_strategy_table import Ui_StrategyTable
from cwd_desktop.ui.record_table import Column
from cwd_desktop.ui.vocab_combo import vocab_text

AnyIndex = QModelIndex | QPersistentModelIndex
#: Column kinds of this module: a decimal number and a year, both typed as text.
NUMBER, YEAR = "number", "year"


def parse_typed(kind: str, value: Any) -> Any:
    """What was typed into a number or year cell as a number, or the text if it is none.

    Text that is no number goes to the service as it is, which refuses it
    with a sentence naming the value.
    """
    if not isinstance(value, str):
        return value
    text = "".join(value.split()).replace(",", ".")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        return value.strip()
    if kind == YEAR:
        return int(number) if number.is_integer() else value.strip()
    return number


class StrategyTableModel(DraftTableModel):
    """A ``DraftTableModel`` that shows and reads numbers the Polish way."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            column = self.columns[index.column()]
            if column.kind in (NUMBER, YEAR):
                value = self.row(index.row()).get(column.field)
                if column.kind == YEAR or value is None:
                    return "" if value is None else str(value)
                return money(value) if column.field == "amount" else number_text(value)
        if (
            index.isValid()
            and role == Qt.ItemDataRole.TextAlignmentRole
            and self.columns[index.column()].kind in (NUMBER, YEAR, "int")
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def next_value(self, field: str, limit: int = 99) -> int:
        """One more than the largest ``field`` of the stored rows (numbering new rows)."""
        values = [int(row.get(field) or 0) for row in self._rows]
        return min(max(values, default=0) + 1, limit)

    @staticmethod
    def _from_editor(column: Column, value: Any) -> Any:
        if column.kind in (NUMBER, YEAR):
            return parse_typed(column.kind, value)
        return DraftTableModel._from_editor(column, value)


def dimension_choices() -> list[tuple[Any, str]]:
    return [(d.value, vocab_text(label(d))) for d in Dimension]


def source_choices() -> list[tuple[Any, str]]:
    return [(s.value, vocab_text(label(s))) for s in FundingSource]


def objective_columns() -> list[Column]:
    return [
        Column(
            "number",
            QCoreApplication.translate("StrategyTables", "Nr"),
            "int",
            minimum=1,
            maximum=99,
        ),
        Column("title", QCoreApplication.translate("StrategyTables", "Cel strategiczny")),
        Column(
            "dimension",
            QCoreApplication.translate("StrategyTables", "Wymiar"),
            "choice",
            dimension_choices,
        ),
        Column("description", QCoreApplication.translate("StrategyTables", "Opis")),
    ]


def direction_columns() -> list[Column]:
    return [
        Column(
            "number",
            QCoreApplication.translate("StrategyTables", "Nr"),
            "int",
            minimum=1,
            maximum=99,
        ),
        Column("title", QCoreApplication.translate("StrategyTables", "Kierunek działań")),
        Column("description", QCoreApplication.translate("StrategyTables", "Zakres")),
    ]


def result_columns() -> list[Column]:
    return [
        Column("description", QCoreApplication.translate("StrategyTables", "Oczekiwany rezultat")),
        Column("indicator", QCoreApplication.translate("StrategyTables", "Wskaźnik")),
        Column("unit", QCoreApplication.translate("StrategyTables", "J.m.")),
        Column("baseline", QCoreApplication.translate("StrategyTables", "Wartość bazowa"), NUMBER),
        Column("target", QCoreApplication.translate("StrategyTables", "Wartość docelowa"), NUMBER),
        Column("year", QCoreApplication.translate("StrategyTables", "Rok"), YEAR),
        Column("source", QCoreApplication.translate("StrategyTables", "Źródło danych")),
        Column("spatial", QCoreApplication.translate("StrategyTables", "Wymiar przestrzenny")),
    ]


def finance_columns() -> list[Column]:
    return [
        Column(
            "source",
            QCoreApplication.translate("StrategyTables", "Źródło finansowania"),
            "choice",
            source_choices,
        ),
        Column("amount", QCoreApplication.translate("StrategyTables", "Kwota (zł)"), NUMBER),
        Column("notes", QCoreApplication.translate("StrategyTables", "Uwagi")),
    ]


class StrategyTable(QWidget):
    """One typed-in list with its Add and Remove buttons (and an objective chooser)."""

    #: Rows were added, changed or removed.
    sig_changed = Signal()
    #: Another objective was chosen (its id, or "" for none).
    sig_objective_chosen = Signal(str)

    def __init__(
        self,
        records: Callable[[], Any],
        table: str,
        columns: list[Column],
        undo_stack: QUndoStack,
        defaults: Callable[[], dict[str, Any]],
        *,
        per_objective: bool,
        stretch: tuple[int, ...] = (),
        start_column: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StrategyTable()
        self.ui.setupUi(self)
        self.model = StrategyTableModel(records, table, columns, undo_stack, self, defaults)
        view = self.ui.view
        view.start_column = start_column
        view.setModel(self.model)
        view.setWordWrap(True)
        view.setStyleSheet("QTableView::item { padding: 3px 4px; }")
        view.verticalHeader().hide()
        # These lists are short: rows follow their wrapped text as columns change width.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(len(columns)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.ui.objectiveLabel.setVisible(per_objective)
        self.ui.objectiveCombo.setVisible(per_objective)
        self.ui.footerLabel.hide()
        self.ui.addButton.clicked.connect(self.add_row)
        self.ui.removeButton.clicked.connect(self.remove_current)
        self.ui.objectiveCombo.activated.connect(self._objective_activated)
        self.model.sig_changed.connect(self.sig_changed)

    # -- the objective chooser -----------------------------------------------------------

    def set_objectives(self, choices: list[tuple[str, str]], keep: str | None) -> str | None:
        """Offer these (id, label) objectives; keep ``keep`` chosen if it is still there."""
        combo = self.ui.objectiveCombo
        combo.blockSignals(True)
        combo.clear()
        for objective_id, text in choices:
            combo.addItem(text, objective_id)
        index = combo.findData(keep) if keep else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if choices else -1))
        combo.blockSignals(False)
        enabled = bool(choices)
        for widget in (self.ui.view, self.ui.addButton, self.ui.removeButton):
            widget.setEnabled(enabled)
        chosen = combo.currentData()
        return str(chosen) if chosen else None

    def objective_id(self) -> str | None:
        chosen = self.ui.objectiveCombo.currentData()
        return str(chosen) if chosen else None

    def choose_objective(self, objective_id: str) -> None:
        index = self.ui.objectiveCombo.findData(objective_id)
        if index >= 0 and index != self.ui.objectiveCombo.currentIndex():
            self.ui.objectiveCombo.setCurrentIndex(index)
            self._objective_activated(index)

    def _objective_activated(self, _index: int) -> None:
        self.sig_objective_chosen.emit(self.objective_id() or "")

    # -- rows ------------------------------------------------------------------------------

    def show_rows(self, partnership_id: str | None, source: RowSource | None) -> None:
        """Read the rows again (from ``source``; none when it is None)."""
        self.model.partnership_id = partnership_id
        self.model.configure(source or no_rows)
        self.model.reload()

    def add_row(self) -> None:
        """Open the draft line at the end, ready to type."""
        self.ui.view.setFocus()
        self.ui.view.open_draft()

    def remove_current(self) -> None:
        index = self.ui.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())

    def select_row(self, row_id: str) -> bool:
        row = self.model.row_of(row_id)
        if row < 0:
            return False
        index = self.model.index(row, self.ui.view.first_editable_column())
        self.ui.view.setCurrentIndex(index)
        self.ui.view.scrollTo(index)
        return True

    def set_footer(self, text: str) -> None:
        self.ui.footerLabel.setText(text)
        self.ui.footerLabel.setVisible(bool(text))
