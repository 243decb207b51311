"""The "Interesariusze" area: a partnership's stakeholder register.

The register is a ``RecordTableModel`` typed into like a spreadsheet (every
cell saved as it changes, Ctrl+Z writes the old value back); the panel on
the right shows the selected stakeholder's notes and contact persons (the
only place personal data is shown) and the influence/interest grid. The
table, the chart and the panel are loaded when the page is first shown, so
building the main window costs nothing; the ORM (for writes) is loaded on
the first change.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QWidget,
)

from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.services.stakeholder_reads import Category, Contact, StakeholderReads
from cwd_desktop.services.teryt import Jst
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import Operation
from cwd_desktop.ui.forms.ui_stakeholders_page import Ui_StakeholdersPage
from cwd_desktop.ui.record_table import Column, RecordTableModel, Row
from cwd_desktop.ui.stakeholder_gdpr import attach as attach_gdpr_actions
from cwd_desktop.ui.undo_base import AppliedCommand
from cwd_desktop.ui.vocab_combo import vocab_text

if TYPE_CHECKING:
    from cwd_desktop.services.stakeholders import StakeholderService
    from cwd_desktop.ui.stakeholder_grid_chart import StakeholderGridChart

NOTES_DELAY_MS = 700


def _no_rows(_text: str, _offset: int, _limit: int) -> list[Row]:
    return []


def jst_labels(members: list[Jst]) -> list[tuple[str, str]]:
    """(code, label) of member JST: the name, with a short kind only where names repeat.

    ``Bolesławiec`` is both a town and a rural gmina, so those two read
    ``Bolesławiec (miasto)`` and ``Bolesławiec (gm. wiejska)``; a powiat
    reads ``powiat łosicki``.
    """
    short_kinds = {
        "gmina miejska": QCoreApplication.translate("StakeholdersPage", "miasto"),
        "gmina wiejska": QCoreApplication.translate("StakeholdersPage", "gm. wiejska"),
        "gmina miejsko-wiejska": QCoreApplication.translate(
            "StakeholdersPage", "gm. miejsko-wiejska"
        ),
    }
    names = [j.name for j in members if j.is_gmina]
    labels = []
    for jst in members:
        if not jst.is_gmina:
            text = f"{vocab_text(jst.kind)} {jst.name}"
        elif names.count(jst.name) > 1:
            text = f"{jst.name} ({short_kinds.get(jst.kind, vocab_text(jst.kind))})"
        else:
            text = jst.name
        labels.append((jst.code, text))
    return labels


def short_label(text: str) -> str:
    """A category label without its explanation: ``OSP (ochotnicza straż pożarna)`` → ``OSP``."""
    head = text.split(" (", 1)[0].strip()
    return head or text


def _date(value: Any) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class EditCommand(AppliedCommand):
    """A change already stored in one record; undo stores the old values again."""

    def __init__(
        self,
        page: StakeholdersPage,
        table: str,
        row_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self._page, self._table, self._row_id = page, table, row_id
        self._old, self._new = old, new

    def touches(self, table: str, row_id: str) -> bool:
        """This step writes to ``row_id`` of ``table``."""
        return (self._table, self._row_id) == (table, row_id)

    def apply(self) -> None:
        self._page.write(self._table, self._row_id, self._new)

    def revert(self) -> None:
        self._page.write(self._table, self._row_id, self._old)


class StakeholdersPage(QWidget):
    """The stakeholder register of the selected partnership."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._reads = StakeholderReads(services.store, services.teryt)
        self.ui = Ui_StakeholdersPage()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)
        self._view: PartnershipView | None = None
        self._stale = False
        self._categories: list[Category] = []
        self._jst: list[tuple[str, str]] = []
        self._current_id: str | None = None
        self._contacts: list[Contact] = []
        self._fresh: tuple[str, int] | None = None  # (row id, undo index) of an untouched new row
        self.chart: StakeholderGridChart | None = None
        columns = [
            Column("name", self.tr("Nazwa")),
            Column("category", self.tr("Kategoria"), "choice", self._category_choices),
            Column("teryt", self.tr("JST"), "choice", self._jst_choices),
            Column("place", self.tr("Miejscowość / sołectwo")),
            Column("influence", self.tr("Wpływ"), "int", minimum=1, maximum=5),
            Column("interest", self.tr("Zainteresowanie"), "int", minimum=1, maximum=5),
        ]
        self.model = RecordTableModel(
            lambda: services.records, "stakeholder", columns, _no_rows, self.undo_stack, self
        )
        table = self.ui.tableView
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        for column, width in enumerate((260, 130, 170, 140, 56, 110)):
            if column:
                table.setColumnWidth(column, width)
        self._contacts_model = QStandardItemModel(self)
        self.ui.contactsView.setModel(self._contacts_model)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.bottomSplitter.setStretchFactor(0, 1)
        self.ui.bottomSplitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([560, 340])  # the register first; the panel gets the rest
        self.ui.bottomSplitter.setSizes([500, 500])
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DELAY_MS)
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(0)
        self._connect()
        self.gdpr = attach_gdpr_actions(
            self, services, self.selected_contact, lambda: self._show_detail(self._current_id)
        )
        self._show_detail(None)

    def _connect(self) -> None:
        ui = self.ui
        ui.filterEdit.textChanged.connect(self._filter_changed)
        ui.filterEdit.returnPressed.connect(self._focus_table)
        ui.tableView.sig_new_row_requested.connect(self.new_stakeholder)
        ui.tableView.selectionModel().currentRowChanged.connect(self._current_changed)
        ui.tableView.itemDelegate().closeEditor.connect(self._editor_closed)
        self.model.sig_changed.connect(self._model_changed)
        ui.newButton.clicked.connect(self.new_stakeholder)
        ui.newCategoryButton.clicked.connect(self.new_category)
        ui.importButton.clicked.connect(self.import_file)
        ui.exportButton.clicked.connect(self.export_xlsx)
        ui.notesEdit.textChanged.connect(self._notes_timer.start)
        ui.notesEdit.installEventFilter(self)
        self._notes_timer.timeout.connect(self._save_notes)
        self._chart_timer.timeout.connect(self._refresh_chart)
        ui.addContactButton.clicked.connect(self.add_contact)
        ui.editContactButton.clicked.connect(self.edit_contact)
        ui.removeContactButton.clicked.connect(self.remove_contact)
        ui.contactsView.doubleClicked.connect(self.edit_contact)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.contactsView)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_contact)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)

    @cached_property
    def service(self) -> StakeholderService:
        """The register's write use cases (loads the ORM on first use)."""
        from cwd_desktop.services.stakeholders import StakeholderService

        return StakeholderService(self._services)

    # -- the area page contract ------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """Show ``view``'s register (at once if visible, else when first shown)."""
        if self._view is None or self._view.id != view.id:
            self.undo_stack.clear()
            self._fresh = None
            self.ui.filterEdit.blockSignals(True)
            self.ui.filterEdit.clear()
            self.ui.filterEdit.blockSignals(False)
        self._view = view
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def open_record(self, kind: str, row_id: str) -> None:
        """Select a stakeholder (or the stakeholder of a contact person, and that person)."""
        if self._stale:
            self._load()
        try:
            stakeholder_id = (
                self._reads.contact(row_id).stakeholder_id if kind == "contact_person" else row_id
            )
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        if not self.select_stakeholder(stakeholder_id) and self.ui.filterEdit.text():
            self.ui.filterEdit.clear()
            self.select_stakeholder(stakeholder_id)
        if kind == "contact_person":
            row = next((i for i, c in enumerate(self._contacts) if c.id == row_id), -1)
            if row >= 0:
                self.ui.contactsView.selectRow(row)

    # -- loading ---------------------------------------------------------------------

    def _load(self) -> None:
        self._stale = False
        view = self._view
        if view is None:
            return
        self._save_notes()
        self._categories = self._reads.categories(view.id)
        self._jst = jst_labels(self._reads.members(view.id))
        self.model.set_source(self._reads.row_source(view.id))
        self._refresh_chart()

    def _category_choices(self) -> list[tuple[Any, str]]:
        return [(c.code, short_label(self._category_text(c))) for c in self._categories]

    @staticmethod
    def _category_text(category: Category) -> str:
        return category.label if category.custom else vocab_text(category.label)

    def _jst_choices(self) -> list[tuple[Any, str]]:
        return [("", "—"), *self._jst]

    def _model_changed(self) -> None:
        view = self._view
        if view is None:
            return
        shown = self.model.rowCount()
        if self.ui.filterEdit.text().strip():
            more = "+" if self.model.canFetchMore() else ""
            text = self.tr("znaleziono: {n}{more}").format(n=shown, more=more)
        else:
            text = self.tr("interesariuszy: {n}").format(n=self._reads.count(view.id))
        self.ui.countLabel.setText(text)
        self._chart_timer.start()
        current = self.ui.tableView.currentIndex()
        row_id = self.model.row(current.row())["id"] if current.isValid() else None
        if row_id != self._current_id:
            self._save_notes()
        self._show_detail(row_id, keep_notes=row_id == self._current_id)

    def _refresh_chart(self) -> None:
        if self._view is None:
            return
        if self.chart is None:
            from cwd_desktop.ui.stakeholder_grid_chart import StakeholderGridChart

            self.chart = StakeholderGridChart(self.ui.chartBox)
            self.ui.chartLayout.addWidget(self.chart)
        self.chart.set_cells(self._reads.grid(self._view.id))

    # -- table -------------------------------------------------------------------------

    def focus_filter(self) -> None:
        """Ctrl+F: put the cursor in the filter field."""
        self.ui.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filterEdit.selectAll()

    def _focus_table(self) -> None:
        if self.model.rowCount() > 0:
            self.ui.tableView.setCurrentIndex(self.model.index(0, 0))
        self.ui.tableView.setFocus()

    def _filter_changed(self, text: str) -> None:
        self._save_notes()
        self.model.set_filter(text)

    def select_stakeholder(self, stakeholder_id: str) -> bool:
        """Make ``stakeholder_id`` the current row (fetching pages as needed)."""
        while self.model.row_of(stakeholder_id) < 0 and self.model.canFetchMore():
            self.model.fetchMore()
        row = self.model.row_of(stakeholder_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.ui.tableView.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.ui.tableView.scrollTo(index)
        return True

    def new_stakeholder(self) -> None:
        """Add a row and start typing its name (Enter on the last row does the same)."""
        if self._view is None:
            return
        if self.ui.filterEdit.text():
            self.ui.filterEdit.clear()  # the new row must be visible
        row = self.model.add_row(
            self._view.id, {"name": self.placeholder_name(), "category": "other"}
        )
        if row >= 0:
            self._fresh = (self.model.row(row)["id"], self.undo_stack.index())
            self.ui.tableView.setFocus()
            self.ui.tableView.edit_row(row)

    def placeholder_name(self) -> str:
        """The name a new row has until the user types one."""
        return self.tr("Nowy interesariusz")

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Escape out of a new row nobody typed into takes the row away again."""
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache and self._fresh:
            QTimer.singleShot(0, self._drop_untouched_row)

    def _drop_untouched_row(self) -> None:
        if self._fresh is None:
            return
        row_id, index = self._fresh
        self._fresh = None
        row = self.model.row_of(row_id)
        if (
            row >= 0
            and self.undo_stack.index() == index
            and self.model.row(row)["name"] == self.placeholder_name()
        ):
            self.undo_stack.undo()

    def new_category(self) -> None:
        """Ask for the name of a category to add to this partnership's list."""
        if self._view is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Nowa kategoria interesariuszy"), self.tr("Nazwa kategorii:")
        )
        if ok and name.strip():
            self.add_category(name)

    def add_category(self, name: str) -> str | None:
        """Add a custom category; return its code (None if refused, with a message)."""
        assert self._view is not None
        try:
            code = self.service.add_category(self._view.id, name)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return None
        self._categories = self._reads.categories(self._view.id)
        return code

    # -- detail panel --------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._save_notes()
        row_id = self.model.row(current.row())["id"] if current.isValid() else None
        if row_id != self._current_id:
            self._show_detail(row_id)

    def _show_detail(self, row_id: str | None, keep_notes: bool = False) -> None:
        ui = self.ui
        detail = None
        if row_id is not None:
            try:
                detail = self._reads.get(row_id)
            except UserError:
                detail = None
        self._current_id = detail.id if detail else None
        for widget in (ui.notesEdit, ui.contactsView, ui.addContactButton):
            widget.setEnabled(detail is not None)
        if detail is None:
            ui.detailTitle.setText(self.tr("Wybierz interesariusza w rejestrze."))
            ui.detailSubtitle.setText("")
            self._set_notes("")
            self._contacts = []
            self._fill_contacts()
            return
        font = ui.detailTitle.font()
        font.setBold(True)
        ui.detailTitle.setFont(font)
        ui.detailTitle.setText(detail.name)
        category = next((c for c in self._categories if c.code == detail.category), None)
        parts = [
            self._category_text(category) if category else detail.category,
            dict(self._jst).get(detail.teryt or "", "") or self.tr("bez JST"),
            detail.place,
            self.tr("wpływ {i}, zainteresowanie {j}").format(i=detail.influence, j=detail.interest),
        ]
        ui.detailSubtitle.setText(" · ".join(p for p in parts if p))
        if not keep_notes:
            self._set_notes(detail.notes)
        self._contacts = detail.contacts
        self._fill_contacts()

    def _set_notes(self, text: str) -> None:
        self._notes_timer.stop()
        self.ui.notesEdit.blockSignals(True)
        self.ui.notesEdit.setPlainText(text)
        self.ui.notesEdit.blockSignals(False)

    def _save_notes(self) -> None:
        """Store the notes typed so far (after a pause, on leaving the field or the row)."""
        self._notes_timer.stop()
        if self._current_id is None:
            return
        text = self.ui.notesEdit.toPlainText().strip()
        if text == self._stored_notes():
            return
        try:
            old = self.service.update(self._current_id, {"notes": text})
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self.undo_stack.push(
            EditCommand(
                self,
                "stakeholder",
                self._current_id,
                old,
                {"notes": text},
                self.tr("zmiana: Uwagi"),
            )
        )

    def _stored_notes(self) -> str:
        assert self._current_id is not None
        try:
            return self._reads.get(self._current_id).notes
        except UserError:
            return self.ui.notesEdit.toPlainText().strip()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Notes are stored the moment the cursor leaves them."""
        if watched is self.ui.notesEdit and event.type() == event.Type.FocusOut:
            self._save_notes()
        return super().eventFilter(watched, event)

    def write(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        """Store values from an undo or redo and show them."""
        self._services.records.update(table, row_id, values)
        self._show_detail(self._current_id)

    def _fill_contacts(self) -> None:
        """Person, contact data and consent, two lines each; withdrawn consent hides the data."""
        model = self._contacts_model
        model.clear()
        model.setHorizontalHeaderLabels(
            [self.tr("Osoba"), self.tr("Telefon / e-mail"), self.tr("Zgoda")]
        )
        for contact in self._contacts:
            person = "\n".join(t for t in (contact.name, contact.role) if t)
            if contact.withdrawn:
                reach = "—"
                consent = self.tr("wycofana {date}").format(
                    date=_date(contact.consent_withdrawn_on)
                )
            else:
                reach = "\n".join(t for t in (contact.phone, contact.email) if t) or "—"
                consent = (
                    self.tr("udzielona {date}").format(date=_date(contact.consent_on))
                    + (f"\n{contact.consent_purpose}" if contact.consent_purpose else "")
                    if contact.consent_on
                    else self.tr("brak zgody")
                )
            items = [QStandardItem(text) for text in (person, reach, consent)]
            for item in items:
                item.setToolTip(item.text())
            if contact.withdrawn or not contact.consent_on:
                color = QColor("#8a8a8a" if contact.withdrawn else "#a05a00")
                for item in items:
                    item.setForeground(QBrush(color))
                    font = QFont(item.font())
                    font.setItalic(contact.withdrawn)
                    item.setFont(font)
            model.appendRow(items)
        view = self.ui.contactsView
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.resizeRowsToContents()
        has = bool(self._contacts)
        self.ui.editContactButton.setEnabled(has)
        self.ui.removeContactButton.setEnabled(has)
        self.ui.gdprButton.setEnabled(has)
        self.gdpr.refresh()

    def selected_contact(self) -> Contact | None:
        """The contact person selected in the panel (the only one, if just one)."""
        index = self.ui.contactsView.currentIndex()
        if index.isValid() and index.row() < len(self._contacts):
            return self._contacts[index.row()]
        return self._contacts[0] if len(self._contacts) == 1 else None

    def add_contact(self) -> None:
        """Open the contact dialog for a new person of the selected stakeholder."""
        from cwd_desktop.ui.stakeholder_contact_dialog import StakeholderContactDialog

        stakeholder_id = self._current_id
        if stakeholder_id is None:
            return
        dialog = StakeholderContactDialog(
            lambda values: self.service.add_contact(stakeholder_id, values), None, self
        )
        if dialog.exec():
            self._show_detail(stakeholder_id)

    def edit_contact(self) -> None:
        """Open the contact dialog on the selected person; the edit can be undone."""
        from cwd_desktop.ui.stakeholder_contact_dialog import StakeholderContactDialog

        contact = self.selected_contact()
        if contact is None:
            return
        olds: dict[str, Any] = {}

        def save(changes: dict[str, Any]) -> None:
            olds.update(self.service.update_contact(contact.id, changes))

        dialog = StakeholderContactDialog(save, contact, self)
        if dialog.exec() and dialog.changes:
            self.undo_stack.push(
                EditCommand(
                    self,
                    "contact_person",
                    contact.id,
                    olds,
                    dialog.changes,
                    self.tr("zmiana osoby kontaktowej"),
                )
            )
            self._show_detail(self._current_id)

    def remove_contact(self) -> None:
        """Button or Delete: ask whether to remove the person from the list or erase them (RODO).

        Neither can be undone (``ui.stakeholder_gdpr``).
        """
        self.gdpr.remove()

    def drop_undo_of(self, table: str, row_id: str) -> None:
        """Clear the undo stack if a step on it writes to a row that is gone for good."""
        stack = self.undo_stack
        steps = (stack.command(i) for i in range(stack.count()))
        if any(isinstance(s, EditCommand) and s.touches(table, row_id) for s in steps):
            stack.clear()

    # -- import and export -----------------------------------------------------------------

    def import_file(self) -> None:
        """Open the import wizard; reload the register after an import."""
        from cwd_desktop.ui.stakeholder_import_dialog import StakeholderImportDialog

        if self._view is None:
            return
        dialog = StakeholderImportDialog(self._services, self._view.id, self)
        result = dialog.result_summary if dialog.exec() else None
        if result is None:
            return
        self.undo_stack.clear()  # rows stored by the import are not table edits
        self._load()
        text = self.tr("Zaimportowano {n} interesariuszy i {c} osób kontaktowych.").format(
            n=result.stakeholders, c=result.contacts
        )
        if result.skipped:
            text += " " + self.tr("Pominięto prawdopodobne duplikaty: {n}.").format(
                n=result.skipped
            )
        messages.info(self, text)

    def export_xlsx(self) -> None:
        """Ask for a file (and whether to include contact persons), then export."""
        if self._view is None:
            return
        suggested = Path.home() / self.tr("interesariusze-{short}.xlsx").format(
            short=self._view.data.short_name.replace(" ", "_")
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Eksport rejestru interesariuszy"),
            str(suggested),
            self.tr("Skoroszyt XLSX (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        with_contacts = messages.confirm(
            self,
            self.tr(
                "Dołączyć arkusz z osobami kontaktowymi? Zawiera dane osobowe; osoby, "
                "które wycofały zgodę, zostaną pominięte."
            ),
        )
        self.export_to(Path(path), with_contacts)

    def export_to(self, path: Path, with_contacts: bool = False) -> None:
        """Write the register to ``path`` in the background; tell the user when done."""
        from cwd_desktop.exports.xlsx.stakeholders import export_register

        assert self._view is not None
        partnership_id, reads = self._view.id, self._reads

        def done(result: Any) -> None:
            messages.info(
                self,
                self.tr("Zapisano {n} interesariuszy do pliku {path}.").format(
                    n=result.stakeholders, path=path
                ),
            )

        Operation(
            self,
            lambda progress: export_register(
                reads,
                partnership_id,
                path,
                with_contacts=with_contacts,
                translate=QCoreApplication.translate,
                progress=progress,
            ),
        ).success(done).with_progress(self.tr("Eksport rejestru…")).run_in_background()
