"""The "Powiązania" tab: the strategy objectives a project serves and the comments that shaped it.

Objectives and directions come from the partnership's strategy (chosen in
two combos: a direction only among the chosen objective's own); comments
are found with a search-as-you-type dialog over the partnership's whole
consultation log. Every link is a record written through ``Records`` and
pushed on the page's undo stack; Delete on a list removes the link
(undoable too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableView, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.services import consultation_reads
from cwd_desktop.services import project_package as package
from cwd_desktop.services.app import Services
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_project_comment_picker import Ui_ProjectCommentPicker
from cwd_desktop.ui.forms.ui_project_fiche import Ui_ProjectFiche
from cwd_desktop.ui.record_table import Column, RecordTableModel, Row
from cwd_desktop.ui.undo_base import RowCreated

#: Comments already linked to the project are greyed in the picker.
LINKED = QColor("#e6e6e6")


def _no_rows(_query: str, _offset: int, _limit: int) -> list[Row]:
    return []


def _read_only(view: QTableView) -> None:
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)


class CommentPicker(QDialog):
    """Choose consultation comments of the partnership (several at once), by searching."""

    def __init__(
        self, services: Services, partnership_id: str, linked: set[str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectCommentPicker()
        self.ui.setupUi(self)
        self._linked = linked
        source = consultation_reads.comment_source(services.store, partnership_id, None)
        self.model = RecordTableModel(
            lambda: services.records,
            "comment",
            [
                Column("held_on", self.tr("Data"), "date", editable=False),
                Column("subject", self.tr("Wydarzenie"), editable=False),
                Column("number", self.tr("Nr"), "int", editable=False),
                Column("author", self.tr("Zgłaszający"), editable=False),
                Column("content", self.tr("Treść uwagi"), editable=False),
            ],
            source,
            QUndoStack(self),
            self,
        )
        self.model.row_style = lambda row: LINKED if row["id"] in self._linked else None
        view = self.ui.commentsView
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        header = view.horizontalHeader()
        for column, width in enumerate((84, 190, 40, 160)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.ui.searchEdit.textChanged.connect(self.model.set_filter)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        view.doubleClicked.connect(lambda _index: self.accept())
        self.model.reload()
        if self.model.rowCount():
            view.selectRow(0)
        self.ui.searchEdit.setFocus()

    def chosen(self) -> list[str]:
        """The ids of the comments selected, not yet linked, in the order shown."""
        rows = sorted({i.row() for i in self.ui.commentsView.selectionModel().selectedRows()})
        ids = [self.model.row(r)["id"] for r in rows]
        return [i for i in ids if i not in self._linked]


class ProjectLinks(QObject):
    """Fills and runs the links tab of the fiche for the project shown."""

    #: A link was added or removed.
    sig_changed = Signal()

    def __init__(
        self,
        services: Services,
        ui: Ui_ProjectFiche,
        undo_stack: QUndoStack,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._services, self.ui, self._undo, self._parent = services, ui, undo_stack, parent
        self.partnership_id: str | None = None
        self.project_id: str | None = None
        self._directions: list[tuple[str, str, str]] = []
        records: Callable[[], Any] = lambda: services.records  # noqa: E731
        self.links = RecordTableModel(
            records,
            "project_link",
            [
                Column("objective_label", self.tr("Cel strategiczny"), editable=False),
                Column("direction_label", self.tr("Kierunek działań"), editable=False),
            ],
            _no_rows,
            undo_stack,
            parent,
        )
        self.comments = RecordTableModel(
            records,
            "project_comment",
            [
                Column("held_on", self.tr("Data"), "date", editable=False),
                Column("subject", self.tr("Wydarzenie"), editable=False),
                Column("number", self.tr("Nr"), "int", editable=False),
                Column("author", self.tr("Zgłaszający"), editable=False),
                Column("content", self.tr("Treść uwagi"), editable=False),
            ],
            _no_rows,
            undo_stack,
            parent,
        )
        for view, model in ((ui.linksView, self.links), (ui.commentsView, self.comments)):
            view.setModel(model)
            _read_only(view)
            view.installEventFilter(self)
            model.sig_changed.connect(self.sig_changed)
        ui.linksView.horizontalHeader().resizeSection(0, 280)
        for column, width in enumerate((84, 170, 40, 150)):
            ui.commentsView.horizontalHeader().resizeSection(column, width)
        ui.objectiveCombo.currentIndexChanged.connect(lambda _i: self._fill_directions())
        ui.addLinkButton.clicked.connect(self.add_link)
        ui.addCommentButton.clicked.connect(self.pick_comments)
        ui.removeLinkButton.clicked.connect(self.remove_selected)
        header = ui.linksView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)

    # -- the project shown ------------------------------------------------------------

    def show_project(self, partnership_id: str | None, project_id: str | None) -> None:
        """Show the links of ``project_id`` (None: nothing); read the strategy again."""
        self.partnership_id, self.project_id = partnership_id, project_id
        store = self._services.store
        combo = self.ui.objectiveCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        objectives = package.objectives(store, partnership_id) if partnership_id else []
        for objective_id, text in objectives:
            combo.addItem(text, objective_id)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)
        self._directions = package.directions(store, partnership_id) if partnership_id else []
        self._fill_directions()
        has_strategy = bool(objectives)
        self.ui.noStrategyLabel.setVisible(not has_strategy)
        for widget in (combo, self.ui.directionCombo, self.ui.addLinkButton):
            widget.setEnabled(has_strategy and project_id is not None)
        self.ui.addCommentButton.setEnabled(project_id is not None)
        if project_id is None:
            self.links.set_source(_no_rows)
            self.comments.set_source(_no_rows)
            return
        self.links.set_source(package.link_source(store, project_id))
        self.comments.set_source(package.comment_link_source(store, project_id))

    def _fill_directions(self) -> None:
        combo = self.ui.directionCombo
        objective = self.ui.objectiveCombo.currentData()
        combo.clear()
        combo.addItem(self.tr("— cały cel, bez kierunku —"), "")
        for direction_id, objective_id, text in self._directions:
            if objective_id == objective:
                combo.addItem(text, direction_id)

    # -- adding and removing ------------------------------------------------------------

    def _create(self, table: str, values: dict[str, Any], model: RecordTableModel) -> bool:
        if self.partnership_id is None or self.project_id is None:
            return False
        try:
            row_id = self._services.records.create(
                table, self.partnership_id, {"project_id": self.project_id, **values}
            )
        except UserError as exc:
            messages.show_user_error(self._parent, exc)
            return False
        text = QCoreApplication.translate("ProjectLinks", "nowe powiązanie")
        self._undo.push(
            RowCreated(lambda: self._services.records, table, row_id, text, model.reload)
        )
        model.reload()
        return True

    def add_link(self) -> bool:
        """Link the project to the objective (and direction) chosen in the combos."""
        objective = self.ui.objectiveCombo.currentData()
        if not objective:
            return False
        direction = self.ui.directionCombo.currentData() or None
        return self._create(
            "project_link", {"objective_id": objective, "direction_id": direction}, self.links
        )

    def linked_comments(self) -> set[str]:
        """The ids of the comments linked to the project shown."""
        model = self.comments
        while model.canFetchMore():
            model.fetchMore()
        return {str(model.row(r)["comment_id"]) for r in range(model.rowCount())}

    def pick_comments(self) -> None:
        """Search the partnership's comments and link those chosen."""
        if self.partnership_id is None or self.project_id is None:
            return
        dialog = CommentPicker(
            self._services, self.partnership_id, self.linked_comments(), self._parent
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.link_comments(dialog.chosen())

    def link_comments(self, comment_ids: list[str]) -> None:
        """Link these comments to the project shown (each one undoable)."""
        for comment_id in comment_ids:
            if not self._create("project_comment", {"comment_id": comment_id}, self.comments):
                break

    def remove_selected(self) -> None:
        """Remove the link selected in whichever list has the focus (or a selection)."""
        for view, model in (
            (self.ui.linksView, self.links),
            (self.ui.commentsView, self.comments),
        ):
            index = view.currentIndex()
            if index.isValid() and (view.hasFocus() or view.selectionModel().hasSelection()):
                model.remove_row(index.row())
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and isinstance(watched, QTableView)
        ):
            model = self.links if watched is self.ui.linksView else self.comments
            index = watched.currentIndex()
            if index.isValid():
                model.remove_row(index.row())
            return True
        return super().eventFilter(watched, event)
