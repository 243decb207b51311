"""The "Ankiety" area: a partnership's imported surveys, summarised and charted.

Left: the surveys (import, rename in place with F2, delete with Delete, all
undoable) and the questions of the selected one. Right: the survey's header,
the gmina and age-group filters, and the selected question's chart and table
(or its searchable free-text answers), optionally split by gmina, gender or
age group. Summaries are computed one question at a time (``SurveyState``),
so a survey of 100,000 respondents clicks through as fast as a small one.

The survey import wizard, the charts and the XLSX summary export live in
their own modules and are imported when first used; the ORM is never
imported here (reads are plain SQL through ``services.surveys``).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.services.survey_data import SurveyInfo
from cwd_desktop.services.survey_summary import UNASSIGNED_GMINA
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_surveys_page import Ui_SurveysPage
from cwd_desktop.ui.survey_actions import SurveyActions
from cwd_desktop.ui.survey_filters import FilterBar
from cwd_desktop.ui.survey_list import (
    KeyRole,
    QuestionListModel,
    RelayoutOnWidth,
    SurveyListModel,
    TwoLineDelegate,
    date_text,
    kind_text,
    source_text,
)
from cwd_desktop.ui.survey_question_panel import QuestionPanel
from cwd_desktop.ui.survey_state import Choice, SurveyState, gmina_choices


class SurveysPage(QWidget):
    """The surveys of the partnership shown in the main window."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = Ui_SurveysPage()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)
        self._view: PartnershipView | None = None
        self._stale = False
        self._sized = False
        self._keep_survey: str | None = None
        self.state: SurveyState | None = None
        self.surveys_model = SurveyListModel(self)
        self.questions_model = QuestionListModel(self)
        self.panel = QuestionPanel(self.ui, self)
        self.filter_bar = FilterBar(self.ui, self)
        self._gminy: list[Choice] = []
        self._build_lists()
        self.actions = SurveyActions(self)
        self._style()
        self._connect()
        self._show_survey(None)

    # -- construction ------------------------------------------------------------

    def _build_lists(self) -> None:
        ui = self.ui
        ui.surveysView.setModel(self.surveys_model)
        ui.surveysView.setItemDelegate(TwoLineDelegate(ui.surveysView, title_first=True))
        ui.surveysView.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        for view in (ui.surveysView, ui.questionsView, ui.textView):
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._relayout = [RelayoutOnWidth(ui.questionsView), RelayoutOnWidth(ui.textView)]
        ui.questionsView.setModel(self.questions_model)
        ui.questionsView.setItemDelegate(TwoLineDelegate(ui.questionsView, title_first=False))
        ui.questionsView.setResizeMode(QListView.ResizeMode.Adjust)
        ui.questionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _style(self) -> None:
        for label, scale in ((self.ui.titleLabel, 1.3), (self.ui.emptyTitle, 1.4)):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)
        font = self.ui.surveyTitleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.ui.surveyTitleLabel.setFont(font)
        self.ui.surveyInfoLabel.setStyleSheet("color: #555;")
        self.ui.emptyText.setStyleSheet("color: #555;")
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.leftSplitter.setSizes([220, 480])
        self.ui.detailSplitter.setSizes([380, 220])

    def _connect(self) -> None:
        ui = self.ui
        ui.surveysView.selectionModel().currentRowChanged.connect(self._on_survey_row)
        ui.questionsView.selectionModel().currentRowChanged.connect(self._on_question_row)
        self.filter_bar.sig_changed.connect(self._on_filters)

    # -- the page contract ---------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """Show ``view``'s surveys; reading waits until the page is actually shown."""
        if self._view is None or self._view.id != view.id:
            self.undo_stack.clear()
            self._keep_survey = None
            self._set_state(None)
        self._view = view
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the real width is known only now
            self._sized = True
            left = min(340, max(240, self.width() // 3))
            self.ui.splitter.setSizes([left, max(1, self.width() - left)])
        if self._stale:
            self._load()

    def open_record(self, kind: str, row_id: str) -> None:
        """Select a survey, or a question (in its survey)."""
        if self._stale:
            self._load()
        if kind == "survey":
            self.select_survey(row_id)
        elif kind == "survey_question":
            row = (
                self.services.store.reader()
                .execute(
                    "SELECT survey_id FROM survey_question WHERE id = ? AND deleted_at IS NULL",
                    (row_id,),
                )
                .fetchone()
            )
            if row is not None and self.select_survey(row[0]):
                self.select_question(row_id)

    # -- surveys -------------------------------------------------------------------

    def _load(self) -> None:
        """Read the partnership's surveys and keep the selected one (else the newest)."""
        self._stale = False
        view = self._view
        if view is None:
            return
        keep = self._keep_survey or self.current_survey_id()
        self.surveys_model.reset(self.services.surveys.list(view.id))
        has = self.surveys_model.rowCount() > 0
        self.ui.stack.setCurrentWidget(self.ui.contentPage if has else self.ui.emptyPage)
        self._keep_survey = None
        if keep and self.surveys_model.row_of(keep) >= 0:
            self.select_survey(keep)
        elif has:
            self.select_survey(self.surveys_model.info(0).id)
        else:
            self._show_survey(None)

    def reload(self, select_id: str | None = None) -> None:
        """Read the list again after a change (``select_id``: the survey to show then)."""
        self._keep_survey = select_id
        self._load()

    def current_survey_id(self) -> str | None:
        return self.state.data.info.id if self.state is not None else None

    def current_info(self) -> SurveyInfo | None:
        row = self.surveys_model.row_of(self.current_survey_id() or "")
        return self.surveys_model.info(row) if row >= 0 else None

    def select_survey(self, survey_id: str) -> bool:
        """Make ``survey_id`` the selected survey; False when it is not in the list."""
        row = self.surveys_model.row_of(survey_id)
        if row < 0:
            return False
        index = self.surveys_model.index(row)
        self.ui.surveysView.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.ui.surveysView.scrollTo(index)
        self._show_survey(survey_id)
        return True

    def _on_survey_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_survey(self.surveys_model.info(current.row()).id)

    def _show_survey(self, survey_id: str | None) -> None:
        """Load a survey's questions and filters (or show nothing selected)."""
        if survey_id is not None and survey_id == self.current_survey_id():
            self._fill_header()  # the same survey after a reload: keep filters and question
            return
        if survey_id is None:
            self._set_state(None)
            return
        try:
            data = self.services.surveys.load(survey_id)
        except UserError as exc:
            messages.show_user_error(self, exc)
            self._set_state(None)
            return
        unassigned = messages.translate("survey", UNASSIGNED_GMINA)
        self._gminy = gmina_choices(data, self.services.teryt, unassigned)
        names = {c.value: c.label for c in self._gminy}
        self._set_state(SurveyState(data, names))

    def _set_state(self, state: SurveyState | None) -> None:
        self.state = state
        self.filter_bar.fill(state, self._gminy)
        self.panel.set_state(state)
        self.questions_model.reset(state.data.questions if state is not None else [])
        self._fill_header()
        if self.questions_model.rowCount():
            self.ui.questionsView.setCurrentIndex(self.questions_model.index(0))

    def _fill_header(self) -> None:
        state, info = self.state, self.current_info()
        has = state is not None and info is not None
        self.ui.rightPane.setEnabled(has)
        self.actions.set_enabled(has)
        if state is None or info is None:
            self.ui.surveyTitleLabel.setText("")
            self.ui.surveyInfoLabel.setText("")
            self.ui.filteredLabel.setText("")
            return
        self.ui.surveyTitleLabel.setText(info.title)
        self.ui.surveyInfoLabel.setText(
            self.tr(
                "{source} · ankieta: {kind} · respondenci: {n} · pytania: {q} · "
                "zaimportowano {date} z pliku „{file}”"
            ).format(
                source=source_text(info.source),
                kind=kind_text(info.kind),
                n=info.response_count,
                q=len(state.data.questions),
                date=date_text(info),
                file=info.file_name,
            )
        )
        if state.filters.active:
            text = self.tr("<b>Spełnia filtry: {n} z {m}</b>").format(
                n=state.respondents, m=state.total
            )
        else:
            text = self.tr("Wszyscy respondenci: {m}").format(m=state.total)
        self.ui.filteredLabel.setText(text)

    # -- filters -------------------------------------------------------------------

    def set_filters(self, gmina: str | None = None, age_group: str | None = None) -> None:
        """Count one gmina (TERYT code, ``""``: unassigned) and age group; None: all."""
        self.filter_bar.set(gmina, age_group)

    def _on_filters(self) -> None:
        if self.state is None:
            return
        self.state.set_filters(self.filter_bar.filters())
        self._fill_header()
        self.panel.refresh()

    # -- questions -----------------------------------------------------------------

    def select_question(self, key_or_id: str) -> None:
        """Show a question of the shown survey (by key or by question id)."""
        row = self.questions_model.row_of(key_or_id)
        if row >= 0:
            index = self.questions_model.index(row)
            self.ui.questionsView.setCurrentIndex(index)
            self.ui.questionsView.scrollTo(index)

    def _on_question_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.panel.show_question(current.data(KeyRole) if current.isValid() else None)

    # -- what the user does (see ``SurveyActions``) --------------------------------

    @property
    def partnership(self) -> PartnershipView | None:
        """The partnership whose surveys are shown."""
        return self._view

    def import_survey(self) -> None:
        """Open the import wizard (Ctrl+I)."""
        self.actions.import_survey()

    def delete_current(self) -> None:
        """Delete the selected survey after asking (Delete; Ctrl+Z brings it back)."""
        self.actions.delete_current()

    def export_xlsx(self, path: str | None = None) -> None:
        """Save the shown survey's summary as XLSX (asks for ``path`` when not given)."""
        self.actions.export_xlsx(path)
