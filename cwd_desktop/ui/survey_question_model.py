"""The question table of the survey import wizard: include, type, examples, answer count.

Changing a question's type reads its answers again at once (``retype``
reads only that question's columns, so it stays instant on a 100,000-row
file); the table then shows the options and the answer count of the new
reading, so the user sees what the correction did.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cwd_desktop.services.survey_import.model import Answer, Question, QuestionType
from cwd_desktop.services.survey_import.parse import retype
from cwd_desktop.services.survey_import.read import SurveyTable
from cwd_desktop.ui.survey_wizard_pages import number_text

if TYPE_CHECKING:
    from cwd_desktop.services.surveys import ImportPlan

AnyIndex = QModelIndex | QPersistentModelIndex
TEXT, TYPE, OPTIONS, ANSWERED = range(4)
TYPE_ORDER = (
    QuestionType.SINGLE,
    QuestionType.MULTIPLE,
    QuestionType.SCALE,
    QuestionType.NUMBER,
    QuestionType.TEXT,
    QuestionType.GRID,
)
#: Which question types can split results by gmina, gender or age.
ROLE_TYPES = {
    "gmina": (QuestionType.SINGLE, QuestionType.TEXT),
    "gender": (QuestionType.SINGLE, QuestionType.TEXT),
    "age": (QuestionType.SINGLE, QuestionType.NUMBER, QuestionType.SCALE),
}
EXAMPLES = 5


def type_label(kind: QuestionType) -> str:
    """A question type in Polish, as the user picks it."""
    labels = {
        QuestionType.SINGLE: QCoreApplication.translate("SurveyQuestionType", "jednokrotny wybór"),
        QuestionType.MULTIPLE: QCoreApplication.translate(
            "SurveyQuestionType", "wielokrotny wybór"
        ),
        QuestionType.SCALE: QCoreApplication.translate("SurveyQuestionType", "skala"),
        QuestionType.NUMBER: QCoreApplication.translate("SurveyQuestionType", "liczba"),
        QuestionType.TEXT: QCoreApplication.translate("SurveyQuestionType", "tekst"),
        QuestionType.GRID: QCoreApplication.translate("SurveyQuestionType", "siatka/tabela"),
    }
    return labels[kind]


def allowed_types(question: Question) -> tuple[QuestionType, ...]:
    """A group of columns is a grid or a multiple choice; one column anything but a grid."""
    if len(question.columns) > 1:
        return (QuestionType.MULTIPLE, QuestionType.GRID)
    return TYPE_ORDER[:-1]


@dataclass(frozen=True)
class _Stats:
    """What the table shows of a question's answers (computed once per type)."""

    answered: int
    examples: str
    details: str


def _quoted(values: list[str]) -> str:
    return ", ".join(f"„{v}”" for v in values)


def _stats(question: Question, answers: list[Answer]) -> _Stats:
    given = [a for a in answers if a is not None]
    if question.type is QuestionType.GRID:
        rows = question.rows
        text = QCoreApplication.translate("SurveyImportQuestionsPage", "wiersze ({n}): {rows}")
        examples = text.format(
            n=len(rows), rows=", ".join(rows[:3]) + (" …" if len(rows) > 3 else "")
        )
        details = ", ".join(rows) + "\n" + ", ".join(question.options)
    elif question.type is QuestionType.NUMBER:
        numbers = [a for a in given if isinstance(a, float)]
        examples = (
            QCoreApplication.translate("SurveyImportQuestionsPage", "od {low} do {high}").format(
                low=number_text(min(numbers)), high=number_text(max(numbers))
            )
            if numbers
            else ""
        )
        details = examples
    elif question.type is QuestionType.TEXT:
        seen: list[str] = []
        for answer in given:
            text = str(answer)
            if text not in seen:
                seen.append(text)
                if len(seen) == 3:
                    break
        examples = _quoted(seen)
        details = "\n".join(seen)
    else:
        options = question.options
        examples = ", ".join(options[:EXAMPLES]) + (
            f" … (+{len(options) - EXAMPLES})" if len(options) > EXAMPLES else ""
        )
        details = "\n".join(options[:40])
    return _Stats(len(given), examples, details)


class QuestionsModel(QAbstractTableModel):
    """The plan's questions: a checkbox to import each, its type, examples and answer count."""

    #: A question was included/excluded or read as another type (its key).
    sig_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan: ImportPlan | None = None
        self._table: SurveyTable | None = None
        self._stats: dict[str, _Stats] = {}

    @property
    def questions(self) -> list[Question]:
        return self._plan.parsed.questions if self._plan is not None else []

    def set_plan(self, plan: ImportPlan, table: SurveyTable) -> None:
        self.beginResetModel()
        self._plan, self._table = plan, table
        self._stats = {q.key: _stats(q, plan.parsed.answers[q.key]) for q in plan.parsed.questions}
        self.endResetModel()

    def question(self, row: int) -> Question:
        return self.questions[row]

    def included(self, row: int) -> bool:
        assert self._plan is not None
        return self.questions[row].key not in self._plan.excluded

    def answered(self, key: str) -> int:
        return self._stats[key].answered

    def set_type(self, row: int, kind: QuestionType) -> bool:
        """Read the question in ``row`` again as ``kind``."""
        plan, table = self._plan, self._table
        assert plan is not None and table is not None
        question = self.questions[row]
        if kind is question.type or kind not in allowed_types(question):
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            new = retype(table, plan.parsed, question.key, kind)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._stats[new.key] = _stats(new, plan.parsed.answers[new.key])
        self.dataChanged.emit(self.index(row, 0), self.index(row, ANSWERED))
        self.sig_changed.emit(new.key)
        return True

    def set_included(self, row: int, included: bool) -> None:
        plan = self._plan
        assert plan is not None
        key = self.questions[row].key
        if included:
            plan.excluded.discard(key)
        else:
            plan.excluded.add(key)
        self.dataChanged.emit(self.index(row, 0), self.index(row, ANSWERED))
        self.sig_changed.emit(key)

    # -- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.questions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Importuj pytanie"),
                self.tr("Typ"),
                self.tr("Opcje / przykłady odpowiedzi"),
                self.tr("Odpowiedzi"),
            )
            return titles[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == ANSWERED:
            return self.tr("Ilu respondentów odpowiedziało na pytanie")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question = self.questions[index.row()]
        stats = self._stats[question.key]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (question.text, type_label(question.type), stats.examples, stats.answered)
            return values[column]
        if role == Qt.ItemDataRole.EditRole and column == TYPE:
            return question.type.value
        if role == Qt.ItemDataRole.CheckStateRole and column == TEXT:
            return Qt.CheckState.Checked if self.included(index.row()) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT:
                return (
                    question.text
                    if question.text == question.key
                    else (f"{question.text}\n({question.key})")
                )
            if column == OPTIONS:
                return stats.details or None
            if column == ANSWERED:
                total = self._plan.parsed.response_count if self._plan else 0
                return self.tr("Odpowiedzi: {n}, respondenci: {total}.").format(
                    n=stats.answered, total=total
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ANSWERED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not self.included(index.row()):
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == TEXT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == TYPE and self.included(index.row()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if index.column() == TEXT and role == Qt.ItemDataRole.CheckStateRole:
            self.set_included(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if index.column() == TYPE and role == Qt.ItemDataRole.EditRole and value:
            return self.set_type(index.row(), QuestionType(value))
        return False


class TypeDelegate(QStyledItemDelegate):
    """A combo of the types a question can take; the choice applies at once."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        model = index.model()
        assert isinstance(model, QuestionsModel)
        combo = QComboBox(parent)
        combo.setAccessibleName(
            QCoreApplication.translate("SurveyImportQuestionsPage", "Typ pytania")
        )
        for kind in allowed_types(model.question(index.row())):
            combo.addItem(type_label(kind), kind.value)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        editor.blockSignals(False)
        editor.setEnabled(bool(index.flags() & Qt.ItemFlag.ItemIsEditable))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc cancels the wizard, as everywhere else, instead of only leaving the combo."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            return False
        return super().eventFilter(watched, event)
