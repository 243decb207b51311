"""The "Projekty" area: the partnership's project package.

Left: the list of projects (number, title, leader, cost, policy objective,
status), filtered as you type; the key project is tinted. Right: the fiche
of the selected project in seven tabs (``project_fiche``), or, with
"Przegląd pakietu" pressed, the package overview with its charts
(``project_overview``).

Keys: Ctrl+N adds a project, Delete in the list removes the selected one
(after a question; Ctrl+Z brings it back with all its parts), Ctrl+F goes to
the filter. Every change is stored at once and goes on ``undo_stack``,
cleared when another partnership is shown. Reads are plain SQL
(``services.project_package``); the write service loads SQLAlchemy, so it is
imported only when something is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from cwd_desktop.domain.vocab import PolicyObjective, ProjectStatus, label
from cwd_desktop.errors import UserError
from cwd_desktop.services import project_package as package
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_projects_page import Ui_ProjectsPage
from cwd_desktop.ui.project_commands import KeyChanged, ProjectRemoved
from cwd_desktop.ui.project_fiche import LIST_FIELDS, ProjectFiche
from cwd_desktop.ui.project_overview import ProjectOverview
from cwd_desktop.ui.project_tables import ProjectTableModel
from cwd_desktop.ui.record_table import Column, Row
from cwd_desktop.ui.undo_base import RowCreated
from cwd_desktop.ui.vocab_combo import vocab_text

KEY_ROW = QColor("#fff4cc")


def _policy_choices() -> list[tuple[Any, str]]:
    return [(p.value, label(p).split(" ")[0]) for p in PolicyObjective]


def _status_choices() -> list[tuple[Any, str]]:
    return [(s.value, vocab_text(label(s))) for s in ProjectStatus]


class ProjectsPage(QWidget):
    """The project package of the partnership shown in the main window."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ui = Ui_ProjectsPage()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)
        self._view: PartnershipView | None = None
        self._stale = False
        self.project_id: str | None = None
        ui = self.ui
        self.list_model = ProjectTableModel(
            lambda: services.records,
            "project",
            [
                Column("number", self.tr("Nr"), "int", editable=False),
                Column("title", self.tr("Tytuł projektu"), editable=False),
                Column("leader", self.tr("Lider"), editable=False),
                Column("cost", self.tr("Koszt (zł)"), "amount", editable=False),
                Column("policy_objective", self.tr("PO"), "choice", _policy_choices, False),
                Column("status", self.tr("Status"), "choice", _status_choices, False),
            ],
            self.undo_stack,
            self,
            defaults=dict,
        )
        self.list_model.row_style = lambda row: KEY_ROW if row.get("is_key") else None
        view = ui.projectsView
        view.setModel(self.list_model)
        view.verticalHeader().hide()
        # Titles are long: rows grow to two lines rather than cut the title short.
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in ((0, 32), (2, 104), (3, 104), (4, 40), (5, 108)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.installEventFilter(self)
        self.fiche = ProjectFiche(services, self.undo_stack, ui.fichePage)
        ui.ficheLayout.addWidget(self.fiche)
        self.overview = ProjectOverview(services, ui.overviewPage)
        ui.overviewLayout.addWidget(self.overview)
        font = ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([520, 700])
        self._connect()
        self._show_project(None)

    def _connect(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(self.new_project)
        ui.deleteButton.clicked.connect(self.delete_project)
        ui.keyButton.clicked.connect(self._on_key_clicked)
        ui.overviewButton.toggled.connect(self._on_overview_toggled)
        ui.exportButton.clicked.connect(lambda: self.export_xlsx())
        ui.filterEdit.textChanged.connect(self._on_filter)
        ui.projectsView.selectionModel().currentRowChanged.connect(self._on_row)
        self.list_model.modelReset.connect(self._after_reset)
        self.fiche.sig_saved.connect(self._on_fiche_saved)
        self.fiche.sig_parts_changed.connect(self._show_summary)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence("Ctrl+N"), self.new_project),
            (QKeySequence.StandardKey.Find, self.focus_filter),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(scope)
            shortcut.activated.connect(slot)

    # -- the page contract ------------------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """Show ``view``'s package (read when the page is visible)."""
        self.fiche.flush()
        if self._view is None or self._view.id != view.id:
            self.undo_stack.clear()
            self.project_id = None
        self._view = view
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def open_record(self, kind: str, row_id: str) -> None:
        """Show a search result: the project, with the tab and row of the part found."""
        if self._stale:
            self._load()
        project_id = row_id
        if kind != "project":
            found = (
                self._services.store.reader()
                .execute(f"SELECT project_id FROM {kind} WHERE id = ?", (row_id,))
                .fetchone()
                if kind.startswith("project_")
                else None
            )
            if found is None:
                return
            project_id = str(found[0])
        self.ui.filterEdit.clear()
        self.ui.overviewButton.setChecked(False)
        self.select_project(project_id)
        self.fiche.open_tab(kind)
        self.fiche.select_row(kind, row_id)

    # -- loading -------------------------------------------------------------------------------

    def _load(self) -> None:
        self._stale = False
        view = self._view
        if view is None:
            return
        self.fiche.set_partnership(view)
        self.list_model.partnership_id = view.id
        self.list_model.configure(package.project_source(self._services.store, view.id))
        self.reload()

    def reload(self) -> None:
        """Read the list again, keeping the selected project (and the overview) current."""
        self.list_model.reload()
        if self.ui.overviewButton.isChecked() and self._view is not None:
            self.overview.show_overview(self._view.id)

    def _after_reset(self) -> None:
        model = self.list_model
        keep = self.project_id
        if keep is not None and model.row_of(keep) < 0:
            while model.canFetchMore() and model.row_of(keep) < 0:
                model.fetchMore()
        if keep is not None and model.row_of(keep) >= 0:
            self.select_project(keep, refresh=True)
        elif model.rowCount() > 0 and not self.ui.filterEdit.text():
            self.select_project(model.row(0)["id"])
        else:
            self._show_project(None)
        self._show_summary()

    def select_project(self, project_id: str, *, refresh: bool = False) -> None:
        """Select ``project_id`` in the list and show its fiche."""
        model = self.list_model
        while model.row_of(project_id) < 0 and model.canFetchMore():
            model.fetchMore()
        row = model.row_of(project_id)
        if row < 0:
            return
        view = self.ui.projectsView
        view.selectionModel().blockSignals(True)
        view.setCurrentIndex(model.index(row, 1))
        view.selectionModel().blockSignals(False)
        view.scrollTo(model.index(row, 1))
        if refresh or project_id != self.project_id or self.fiche.project is None:
            self._show_project(project_id)
        else:
            self._update_buttons()

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_project(self.list_model.row(current.row())["id"])

    def _show_project(self, project_id: str | None) -> None:
        self.project_id = project_id
        self.fiche.show_project(project_id)
        if not self.ui.overviewButton.isChecked():
            stack = self.ui.stack
            stack.setCurrentWidget(self.ui.fichePage if project_id else self.ui.emptyPage)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        has_view = self._view is not None
        project = self.fiche.project
        for widget in (ui.newButton, ui.overviewButton, ui.exportButton, ui.filterEdit):
            widget.setEnabled(has_view)
        ui.deleteButton.setEnabled(project is not None)
        ui.keyButton.setEnabled(project is not None)
        ui.keyButton.setChecked(bool(project and project["is_key"]))

    def _show_summary(self) -> None:
        view = self._view
        if view is None:
            self.ui.summaryLabel.clear()
            return
        figures = package.overview(self._services.store, view.id)
        key = package.key_project_id(self._services.store, view.id)
        key_row = package.get_project(self._services.store, key) if key else None
        text = self.tr("Projekty: {n} · łączny koszt: {cost} zł").format(
            n=figures.projects, cost=package.amount_text(figures.cost)
        )
        if key_row is not None:
            text += " · " + self.tr("projekt kluczowy: nr {number}").format(
                number=key_row["number"]
            )
        if figures.mismatched:
            text += " · " + self.tr("⚠ finansowanie niezgodne z kosztem: {n}").format(
                n=len(figures.mismatched)
            )
        self.ui.summaryLabel.setText(text)

    # -- changes -------------------------------------------------------------------------------

    def _on_fiche_saved(self, project_id: str, field: str) -> None:
        """A fiche field was stored: show the new value in the list row (in place)."""
        if field not in LIST_FIELDS:
            return
        index = self.list_model.row_of(project_id)
        if index >= 0:
            fresh = package.get_project(self._services.store, project_id)
            if fresh is not None:
                labels = package.jst_labels(self._services.store, fresh["partnership_id"])
                shown: Row = dict(self.list_model.row(index))
                shown.update({k: fresh[k] for k in shown if k in fresh})
                shown["leader"] = labels.get(fresh["leader_teryt"] or "", "")
                self.list_model.replace_row(shown)
        self._show_summary()

    def _on_filter(self, text: str) -> None:
        self.list_model.set_filter(text)

    def focus_filter(self) -> None:
        """Ctrl+F: put the cursor in the filter field."""
        self.ui.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filterEdit.selectAll()

    def new_project(self) -> str | None:
        """Add a project numbered after the last one and put the cursor in its title."""
        view = self._view
        if view is None:
            return None
        from cwd_desktop.services.projects import create_project

        self.fiche.flush()
        try:
            project_id = create_project(self._services, view.id, {"title": self.tr("Nowy projekt")})
        except UserError as exc:
            messages.show_user_error(self, exc)
            return None
        self.project_id = project_id
        self.ui.filterEdit.clear()
        self.ui.overviewButton.setChecked(False)
        self.undo_stack.push(
            RowCreated(
                lambda: self._services.records,
                "project",
                project_id,
                self.tr("nowy projekt"),
                self.reload,
            )
        )
        self.reload()
        self.fiche.ui.tabs.setCurrentWidget(self.fiche.ui.ficheTab)
        title = self.fiche.ui.titleEdit
        title.setFocus(Qt.FocusReason.OtherFocusReason)
        title.selectAll()
        return project_id

    def delete_project(self) -> None:
        """Remove the selected project with its parts, after a question (Ctrl+Z restores)."""
        project = self.fiche.project
        if project is None:
            return
        question = self.tr(
            "Usunąć projekt nr {number} „{title}” wraz z finansowaniem, harmonogramem, "
            "wskaźnikami i powiązaniami? Ctrl+Z cofa usunięcie."
        ).format(number=project["number"], title=project["title"])
        if not messages.confirm(self, question):
            return
        self.fiche.flush()
        row = self.list_model.row_of(project["id"])
        try:
            self.undo_stack.push(
                ProjectRemoved(
                    self._services,
                    project["id"],
                    self.tr("usunięcie projektu {title}").format(title=project["title"]),
                    self._after_remove,
                )
            )
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        model = self.list_model
        if model.rowCount() > 0:
            self.select_project(model.row(min(max(row, 0), model.rowCount() - 1))["id"])

    def _after_remove(self) -> None:
        if (
            self.project_id is not None
            and package.get_project(self._services.store, self.project_id) is None
        ):
            self.project_id = None
        self.reload()

    def _on_key_clicked(self, checked: bool) -> None:
        self.set_key(checked)

    def set_key(self, key: bool) -> None:
        """Mark the selected project as the key project (unmarking the previous), or unmark it."""
        view, project = self._view, self.fiche.project
        if view is None or project is None:
            return
        from cwd_desktop.services.projects import set_key_project

        self.fiche.flush()
        current = project["id"] if key else None
        try:
            previous = set_key_project(self._services, view.id, current)
        except UserError as exc:
            messages.show_user_error(self, exc)
            self._update_buttons()
            return
        text = (
            self.tr("oznaczenie projektu kluczowego")
            if key
            else self.tr("zdjęcie oznaczenia projektu kluczowego")
        )
        self.undo_stack.push(
            KeyChanged(self._services, view.id, previous, current, text, self._after_key)
        )
        self._after_key()

    def _after_key(self) -> None:
        self.reload()
        if self.project_id is not None:
            self.select_project(self.project_id, refresh=True)

    def _on_overview_toggled(self, shown: bool) -> None:
        ui = self.ui
        if shown and self._view is not None:
            self.fiche.flush()
            self.overview.show_overview(self._view.id)
            ui.stack.setCurrentWidget(ui.overviewPage)
        else:
            ui.stack.setCurrentWidget(ui.fichePage if self.project_id else ui.emptyPage)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.projectsView
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_project()
            return True
        return super().eventFilter(watched, event)

    # -- export ----------------------------------------------------------------------------------

    def export_xlsx(self, path: str | None = None) -> None:
        """Save the package as XLSX in the background."""
        view = self._view
        if view is None:
            return
        if not path:
            suggested = self.tr("pakiet projektów {short}.xlsx").format(short=view.data.short_name)
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Eksport pakietu projektów"),
                suggested,
                self.tr("Arkusz XLSX (*.xlsx)"),
            )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from cwd_desktop.exports.xlsx.projects import export_package
        from cwd_desktop.ui.background import Operation

        self.fiche.flush()
        store, target = self._services.store, Path(path)
        Operation(
            self,
            lambda progress: export_package(
                store, view.id, target, translate=messages.translate, progress=progress
            ),
        ).success(
            lambda count: messages.info(
                self,
                self.tr("Zapisano pakiet projektów (projekty: {n}) w pliku {path}.").format(
                    n=count, path=target
                ),
            )
        ).with_progress(self.tr("Eksport pakietu projektów…")).run_in_background()
