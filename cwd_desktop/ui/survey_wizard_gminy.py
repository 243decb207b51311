"""The gminy page of the survey import wizard: respondents' gmina answers → TERYT.

Residents write their gmina as they like (``Braniewo``, ``gm. Płoskinia``,
``Elbląg``). The plan matches what it can; names it cannot match (ambiguous,
misspelt, outside the partnership) are listed first, highlighted, and the
user picks a member gmina, any other gmina of the register ("Inna gmina…",
a search over TERYT), or leaves the name unassigned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
    QWizardPage,
)

from cwd_desktop.services.teryt import Jst, TerytRegister
from cwd_desktop.ui.forms.ui_survey_import_gmina_dialog import Ui_SurveyGminaDialog
from cwd_desktop.ui.forms.ui_survey_import_gminy import Ui_SurveyImportGminyPage
from cwd_desktop.ui.jst_picker import NAME, JstTableModel
from cwd_desktop.ui.survey_wizard_pages import set_message
from cwd_desktop.ui.vocab_combo import vocab_text

if TYPE_CHECKING:
    from cwd_desktop.services.surveys import ImportPlan
    from cwd_desktop.ui.survey_import_wizard import SurveyImportWizard

AnyIndex = QModelIndex | QPersistentModelIndex
VALUE, COUNT, GMINA = range(3)
OTHER = "*other*"
UNMATCHED_BACKGROUND = QColor("#fde4e1")
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def jst_label(jst: Jst, with_powiat: bool = False) -> str:
    """``Braniewo (gmina wiejska)``; with the powiat for gminy outside the partnership."""
    text = f"{jst.name} ({vocab_text(jst.kind)}"
    if with_powiat and jst.powiat:
        text += ", " + QCoreApplication.translate("SurveyImportGminyPage", "pow. {name}").format(
            name=jst.powiat
        )
    return text + ")"


class GminyModel(QAbstractTableModel):
    """Distinct gmina answers with their counts and the gmina each is mapped to."""

    sig_changed = Signal()

    def __init__(self, register: TerytRegister, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._plan: ImportPlan | None = None
        self._rows: list[tuple[str, int]] = []

    def set_plan(self, plan: ImportPlan) -> None:
        """List the plan's gmina answers: unmatched first, each group by count."""
        self.beginResetModel()
        self._plan = plan
        answers = plan.gmina_answers()
        self._rows = sorted(answers, key=lambda item: (item[0] in plan.gmina_map, -item[1]))
        self.endResetModel()

    @property
    def rows(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def code(self, row: int) -> str:
        """The TERYT code the answer in ``row`` is mapped to (``""``: unassigned)."""
        assert self._plan is not None
        return self._plan.gmina_map.get(self._rows[row][0], "")

    def row_of(self, value: str) -> int:
        return next(i for i, (v, _) in enumerate(self._rows) if v == value)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Odpowiedź w ankiecie"),
            self.tr("Respondentów"),
            self.tr("Gmina w rejestrze TERYT"),
        )
        return titles[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value, count = self._rows[index.row()]
        code = self.code(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == VALUE:
                return value
            if column == COUNT:
                return count
            jst = self._register.get(code) if code else None
            return jst_label(jst, with_powiat=True) if jst else self.tr("— nieprzypisana —")
        if role == Qt.ItemDataRole.EditRole and column == GMINA:
            return code
        if role == Qt.ItemDataRole.BackgroundRole and not code and column != GMINA:
            return UNMATCHED_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and not code and column == VALUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == VALUE:
            if code:
                return value
            return self.tr("„{value}”: nie rozpoznano gminy — wybierz ją z listy.").format(
                value=value
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == GMINA:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Map the answer to the TERYT code ``value`` (``""``: leave it unassigned)."""
        plan = self._plan
        if plan is None or not index.isValid() or index.column() != GMINA:
            return False
        if role != Qt.ItemDataRole.EditRole or value == OTHER:
            return False
        answer = self._rows[index.row()][0]
        if value:
            plan.gmina_map[answer] = str(value)
        else:
            plan.gmina_map.pop(answer, None)
        self.dataChanged.emit(self.index(index.row(), VALUE), self.index(index.row(), GMINA))
        self.sig_changed.emit()
        return True


class GminaDelegate(QStyledItemDelegate):
    """A combo: unassigned, the partnership's gminy, gminy chosen before, "Inna gmina…"."""

    #: "Inna gmina…" was chosen in the row of this index.
    sig_other_requested = Signal(QPersistentModelIndex)

    def __init__(self, register: TerytRegister, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.members: list[Jst] = []

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(
            QCoreApplication.translate("SurveyImportGminyPage", "Gmina dla odpowiedzi")
        )
        combo.addItem(QCoreApplication.translate("SurveyImportGminyPage", "— nie przypisuj —"), "")
        for jst in self.members:
            combo.addItem(jst_label(jst), jst.code)
        combo.insertSeparator(combo.count())
        combo.addItem(QCoreApplication.translate("SurveyImportGminyPage", "Inna gmina…"), OTHER)
        persistent = QPersistentModelIndex(index)
        combo.currentIndexChanged.connect(lambda _i: self._chosen(combo, persistent))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        code = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.blockSignals(True)
        if editor.findData(code) < 0:
            jst = self._register.get(code)
            editor.insertItem(editor.count() - 2, jst_label(jst, True) if jst else code, code)
        editor.setCurrentIndex(editor.findData(code))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != OTHER:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _chosen(self, combo: QComboBox, index: QPersistentModelIndex) -> None:
        if combo.currentData() == OTHER:
            self.setEditorData(combo, index)  # back to the mapping until a gmina is picked
            self.sig_other_requested.emit(index)
        else:
            self.commitData.emit(combo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc cancels the wizard instead of only leaving the combo."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            return False
        return super().eventFilter(watched, event)


class SurveyGminaDialog(QDialog):
    """Search the TERYT register for one gmina (Enter picks the highlighted one)."""

    def __init__(self, register: TerytRegister, answer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.ui = Ui_SurveyGminaDialog()
        self.ui.setupUi(self)
        self.results = JstTableModel(with_leader=False, parent=self)
        view = self.ui.resultsView
        view.setModel(self.results)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.ui.introLabel.setText(
            self.tr(
                "Gmina, w której mieszkają respondenci, którzy odpowiedzieli „{answer}”:"
            ).format(answer=answer)
        )
        self.ui.searchEdit.textChanged.connect(self._search)
        self.ui.searchEdit.installEventFilter(self)
        view.doubleClicked.connect(self.accept)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.searchEdit.setText(answer)
        self.ui.searchEdit.selectAll()

    def chosen(self) -> Jst | None:
        """The highlighted gmina, if any."""
        current = self.ui.resultsView.currentIndex()
        rows = self.results.rows
        return rows[current.row()] if current.isValid() and rows else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the search field move the highlight."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.rows:
                current = self.ui.resultsView.currentIndex()
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(current.row() + step, 0), len(self.results.rows) - 1)
                self.ui.resultsView.selectRow(row)
                return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        hits = [j for j in self._register.search(text, limit=100) if j.is_gmina]
        self.results.set_rows(hits)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if hits:
            self.ui.resultsView.selectRow(0)
            self.ui.messageLabel.setText("")
        else:
            self.ui.messageLabel.setText(
                self.tr("Brak gmin pasujących do „{query}”.").format(query=text.strip())
                if text.strip()
                else ""
            )
        ok.setEnabled(bool(hits))


class SurveyImportGminyPage(QWizardPage):
    """Step 4 (only with a gmina question): map the gmina answers to TERYT."""

    def __init__(self, wizard: SurveyImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui = Ui_SurveyImportGminyPage()
        self.ui.setupUi(self)
        register = wizard.services.teryt
        self.model = GminyModel(register, self)
        self.delegate = GminaDelegate(register, self.ui.gminyView)
        self.dialog: SurveyGminaDialog | None = None
        view = self.ui.gminyView
        view.setModel(self.model)
        view.setItemDelegateForColumn(GMINA, self.delegate)
        view.setEditTriggers(view.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GMINA, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
        view.verticalHeader().hide()
        self.model.sig_changed.connect(self._update_status)
        self.delegate.sig_other_requested.connect(self._pick_other)

    def initializePage(self) -> None:
        plan = self._wizard.plan
        assert plan is not None and plan.roles.gmina is not None
        self.delegate.members = [j for j in self._wizard.partnership.members if j.is_gmina]
        self.model.set_plan(plan)
        view = self.ui.gminyView
        for row in range(self.model.rowCount()):
            view.openPersistentEditor(self.model.index(row, GMINA))
        view.resizeColumnToContents(VALUE)
        view.setColumnWidth(VALUE, min(max(view.columnWidth(VALUE), 200), 360))
        self.ui.questionLabel.setText(
            self.tr("Pytanie o gminę: „{question}”").format(
                question=plan.parsed.question(plan.roles.gmina).text
            )
        )
        self._update_status()
        view.setFocus()
        if self.model.rowCount():  # current, not selected: the highlight stays visible
            view.selectionModel().setCurrentIndex(
                self.model.index(0, VALUE), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def cleanupPage(self) -> None:
        """Going back keeps the mapping (it lives in the plan)."""

    def editor(self, value: str) -> QComboBox:
        """The gmina combo in the row of the answer ``value``."""
        widget = self.ui.gminyView.indexWidget(self.model.index(self.model.row_of(value), GMINA))
        assert isinstance(widget, QComboBox)
        return widget

    def _pick_other(self, index: QPersistentModelIndex) -> None:
        answer = self.model.rows[index.row()][0]
        dialog = SurveyGminaDialog(self._wizard.services.teryt, answer, self)
        self.dialog = dialog

        def done(result: int) -> None:
            jst = dialog.chosen()
            if result == QDialog.DialogCode.Accepted and jst is not None and index.isValid():
                self.model.setData(
                    self.model.index(index.row(), GMINA), jst.code, Qt.ItemDataRole.EditRole
                )
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def _update_status(self) -> None:
        plan = self._wizard.plan
        assert plan is not None
        answers = plan.gmina_answers()
        matched = [(v, n) for v, n in answers if v in plan.gmina_map]
        unmatched = len(answers) - len(matched)
        text = self.tr("Przypisane nazwy gmin: {m} z {n} (odpowiedzi: {r} z {t}).").format(
            m=len(matched),
            n=len(answers),
            r=sum(n for _, n in matched),
            t=sum(n for _, n in answers),
        )
        if unmatched:
            text += " " + self.tr(
                "Nieprzypisane nazwy ({u}) zostaną zapisane, ale w podziale wyników na gminy "
                "trafią do grupy „gmina nieprzypisana”."
            ).format(u=unmatched)
        set_message(self.ui.statusLabel, text)
