"""The lower right of the surveys page: one question's chart and table, or its free texts.

A closed question shows a bar chart and answer | liczba | % (a grid: a
stacked chart and a matrix); "Podział wg" switches both to a cross-tab by
gmina, gender or age group. A free-text question shows its answers as a
list searched as the user types, diacritics ignored, with "n z m" beside.
Everything comes from the page's ``SurveyState``, which computes one
question at a time and caches it, so clicking through questions is instant
even with 100,000 respondents.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QListView

from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.survey_import.model import QuestionType
from cwd_desktop.services.survey_summary import Dimension, QuestionSummary
from cwd_desktop.ui.forms.ui_surveys_page import Ui_SurveysPage
from cwd_desktop.ui.survey_list import question_caption
from cwd_desktop.ui.survey_state import SurveyState
from cwd_desktop.ui.survey_tables import (
    answer_table,
    crosstab_table,
    grid_table,
    number_text,
)

if TYPE_CHECKING:
    from cwd_desktop.ui.survey_charts import ChartView

#: "Podział wg" entries: (dimension, label, why it is unavailable).
BREAKDOWNS = (
    ("", QT_TRANSLATE_NOOP("QuestionPanel", "— brak —"), ""),
    (
        Dimension.GMINA,
        QT_TRANSLATE_NOOP("QuestionPanel", "gminy"),
        QT_TRANSLATE_NOOP("QuestionPanel", "Ankieta nie ma pytania o gminę zamieszkania."),
    ),
    (
        Dimension.GENDER,
        QT_TRANSLATE_NOOP("QuestionPanel", "płci"),
        QT_TRANSLATE_NOOP("QuestionPanel", "Ankieta nie ma pytania o płeć."),
    ),
    (
        Dimension.AGE,
        QT_TRANSLATE_NOOP("QuestionPanel", "wieku"),
        QT_TRANSLATE_NOOP("QuestionPanel", "Ankieta nie ma pytania o wiek."),
    ),
)
DimensionRole = Qt.ItemDataRole.UserRole


class QuestionPanel(QObject):
    """Shows the selected question of the shown survey in the page's widgets."""

    def __init__(self, ui: Ui_SurveysPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.state: SurveyState | None = None
        self.key: str | None = None
        self._chart_view: ChartView | None = None
        self.table_model: QStandardItemModel = QStandardItemModel(self)
        self.texts_model = QStringListModel(self)
        self.texts_shown: list[str] = []
        ui.tableView.setModel(self.table_model)
        ui.tableView.verticalHeader().setVisible(False)
        rows = ui.tableView.verticalHeader()
        rows.setDefaultSectionSize(ui.tableView.fontMetrics().height() + 8)
        ui.tableView.setWordWrap(False)
        ui.textView.setModel(self.texts_model)
        ui.textView.setResizeMode(QListView.ResizeMode.Adjust)
        ui.textView.setLayoutMode(QListView.LayoutMode.Batched)
        ui.textView.setBatchSize(200)
        ui.textView.setStyleSheet("QListView::item { padding: 4px 6px; }")
        combo_model = QStandardItemModel(self)
        for dimension, label, _why in BREAKDOWNS:
            item = QStandardItem(self.tr(label))
            item.setData(dimension, DimensionRole)
            combo_model.appendRow(item)
        ui.breakdownCombo.setModel(combo_model)
        ui.breakdownCombo.currentIndexChanged.connect(lambda _i: self._show())
        ui.rowCombo.currentIndexChanged.connect(lambda _i: self._show())
        ui.percentCheck.toggled.connect(lambda _on: self._show())
        ui.textFilterEdit.textChanged.connect(self._filter_texts)
        self.show_question(None)

    # -- public ----------------------------------------------------------------------

    @property
    def chart_view(self) -> ChartView:
        """The chart under the question (built on first use: QtCharts loads then)."""
        if self._chart_view is None:
            from cwd_desktop.ui.survey_charts import ChartView

            self._chart_view = ChartView(self.ui.chartPane)
            self.ui.chartHolder.addWidget(self._chart_view)
        return self._chart_view

    def breakdown(self) -> str:
        """The chosen cross-tab dimension (``""``: none)."""
        return str(self.ui.breakdownCombo.currentData(DimensionRole) or "")

    def set_breakdown(self, dimension: str) -> None:
        index = self.ui.breakdownCombo.findData(dimension, DimensionRole)
        self.ui.breakdownCombo.setCurrentIndex(max(index, 0))

    def set_state(self, state: SurveyState | None) -> None:
        """A new survey (or none): offer only the breakdowns it has questions for."""
        self.state = state
        model = self.ui.breakdownCombo.model()
        assert isinstance(model, QStandardItemModel)
        for row, (dimension, _label, why) in enumerate(BREAKDOWNS):
            item = model.item(row)
            available = not dimension or (state is not None and state.has(dimension))
            item.setEnabled(available)
            item.setToolTip("" if available else self.tr(why))
        if not model.item(self.ui.breakdownCombo.currentIndex()).isEnabled():
            self.ui.breakdownCombo.setCurrentIndex(0)
        self.key = None
        self.show_question(None)

    def show_question(self, key: str | None) -> None:
        """Show question ``key`` of the current survey (``None``: nothing selected)."""
        question = self.state.question(key) if self.state is not None and key else None
        changed = key != self.key
        self.key = question.key if question is not None else None
        ui = self.ui
        if question is None:
            ui.questionLabel.setText(
                self.tr("Wybierz pytanie z listy, aby zobaczyć odpowiedzi.")
                if self.state is not None and self.state.data.questions
                else ""
            )
            ui.detailStack.setEnabled(False)
            self.table_model.clear()
            self.texts_model.setStringList([])
            if self._chart_view is not None:
                self._chart_view.set_chart(None)
            return
        ui.detailStack.setEnabled(True)
        ui.questionLabel.setText(
            f"<span style='color:#6b6b6b'>{html.escape(question_caption(question))}</span><br>"
            f"<b>{html.escape(question.text)}</b>"
        )
        if question.type is QuestionType.GRID:
            ui.rowCombo.blockSignals(True)
            ui.rowCombo.clear()
            ui.rowCombo.addItems(list(question.rows))
            ui.rowCombo.blockSignals(False)
        if changed and question.type is QuestionType.TEXT:
            ui.textFilterEdit.blockSignals(True)
            ui.textFilterEdit.clear()
            ui.textFilterEdit.blockSignals(False)
        self._show()

    def refresh(self) -> None:
        """The filters changed: show the same question for the new respondents."""
        self._show()

    # -- drawing --------------------------------------------------------------------

    def _show(self) -> None:
        state, key = self.state, self.key
        if state is None or key is None:
            return
        summary = state.summary(key)
        if summary.type is QuestionType.TEXT:
            self.ui.detailStack.setCurrentWidget(self.ui.textPage)
            self._filter_texts(self.ui.textFilterEdit.text())
            return
        self.ui.detailStack.setCurrentWidget(self.ui.closedPage)
        dimension = self.breakdown()
        grid = summary.type is QuestionType.GRID
        self.ui.rowCaption.setVisible(grid and bool(dimension))
        self.ui.rowCombo.setVisible(grid and bool(dimension))
        self.ui.percentCheck.setVisible(grid or bool(dimension))
        percent = self.ui.percentCheck.isChecked()
        from cwd_desktop.ui.survey_charts import crosstab_chart, question_chart

        if dimension:
            row = self.ui.rowCombo.currentText() if grid else None
            tab = state.crosstab(key, dimension, row=row or None)
            self.chart_view.set_chart(crosstab_chart(tab) if tab.groups else None)
            self._set_table(crosstab_table(tab, percent))
            self.ui.statsLabel.setText(self.tr("Odpowiedziało: {n}").format(n=sum(tab.totals)))
            self.ui.statsLabel.setToolTip(
                self.tr("W podziale liczą się osoby, które podały gminę, płeć lub wiek.")
            )
            return
        self.ui.statsLabel.setToolTip("")
        self.chart_view.set_chart(question_chart(summary, title=False))
        self._set_table(grid_table(summary, percent) if grid else answer_table(summary))
        self.ui.statsLabel.setText(self._stats_text(summary))

    def _stats_text(self, summary: QuestionSummary) -> str:
        text = self.tr("Odpowiedziało: {n} z {m}").format(n=summary.answered, m=summary.respondents)
        if summary.mean is not None and summary.median is not None:
            text += self.tr(" · średnia: {mean} · mediana: {median}").format(
                mean=number_text(summary.mean, 2), median=number_text(summary.median)
            )
        if summary.type is QuestionType.MULTIPLE:
            text += self.tr(" · można było wybrać kilka odpowiedzi")
        return text

    def _set_table(self, model: QStandardItemModel) -> None:
        old = self.table_model
        self.table_model = model
        model.setParent(self)
        self.ui.tableView.setModel(model)
        old.deleteLater()
        # Numbers sit next to their labels: the label column is as wide as its longest
        # label (at most half the table; longer ones are elided, the tooltip has them).
        view = self.ui.tableView
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(56)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            wanted = max(view.sizeHintForColumn(0), header.sectionSizeHint(0)) + 12
            header.resizeSection(0, min(wanted, max(160, view.viewport().width() // 2)))

    def _filter_texts(self, query: str) -> None:
        state, key = self.state, self.key
        if state is None or key is None or state.summary(key).closed:
            return
        found = state.search_texts(key, query)
        self.texts_shown = found
        self.texts_model.setStringList(found)
        total = len(state.summary(key).texts)
        self.ui.textCountLabel.setText(
            self.tr("{n} z {m}").format(n=len(found), m=total)
            if query.strip()
            else self.tr("odpowiedzi: {m}").format(m=total)
        )
