"""The main window: partnerships on the left, their areas, and the status bar."""

from __future__ import annotations

import contextlib
import os
import time
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QWidget,
)

from cwd_desktop import APP_DISPLAY_NAME
from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui import language, messages
from cwd_desktop.ui.areas import AreaPage, registered_areas
from cwd_desktop.ui.background import Operation
from cwd_desktop.ui.forms.ui_main_window import Ui_MainWindow
from cwd_desktop.ui.partnership_list import (
    IdRole,
    PartnershipDelegate,
    PartnershipFilter,
    PartnershipListModel,
)
from cwd_desktop.ui.search_box import SearchBox
from cwd_desktop.ui.undo import CreatePartnership, DeletePartnership, EditPartnership


class MainWindow(QMainWindow):
    """The application window for one open store."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {services.store.data_dir}")
        self.model = PartnershipListModel(self)
        self.proxy = PartnershipFilter(self)
        self.proxy.setSourceModel(self.model)
        self.ui.partnershipList.setModel(self.proxy)
        self.ui.partnershipList.setItemDelegate(PartnershipDelegate(self.ui.partnershipList))
        self.ui.splitter.setStretchFactor(2, 1)
        self.ui.splitter.setSizes([280, 185, 815])
        self.ui.areaList.setWordWrap(True)
        self.ui.areaList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Pages are built when first shown; _shown_for remembers which partnership
        # each built page currently shows, so switching areas refreshes only stale ones.
        self._pages: list[AreaPage | None] = []
        self._shown_for: list[str | None] = []
        self._page_new: dict[int, QShortcut] = {}  # page -> its own Ctrl+N (see _claim_…)
        # Each page may keep its own undo stack; Edit > Undo acts on the page shown.
        self.undo_group = QUndoGroup(self)
        self.undo_stack = QUndoStack(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        undo = self.undo_group.createUndoAction(self, self.tr("&Cofnij"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Ponów"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.ui.menuEdit.addActions([undo, redo])
        self._build_areas()
        self._build_export_menu()
        self._build_sync_menu()
        self._build_backup_menu()
        self._build_status_bar()
        self._build_search()
        self._connect()
        self.language_menu = language.install_menu(self)
        self.refresh(select_id=str(services.store.settings.get("last_partnership")) or None)
        self._painted = False
        self.installEventFilter(self)

    # -- construction ------------------------------------------------------------

    def _build_areas(self) -> None:
        self._areas = registered_areas()
        for area in self._areas:
            self._pages.append(None)
            self._shown_for.append(None)
            item = QListWidgetItem(QCoreApplication.translate("areas", area.title))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.ui.areaList.addItem(item)
        self.ui.areaList.setCurrentRow(0)

    def _build_export_menu(self) -> None:
        """File > Eksportuj dokument: one action per Word deliverable, for the shown partnership.

        The export registry is read when the menu first opens, not at start-up.
        """
        self.export_menu = QMenu(self.tr("&Eksportuj dokument"), self)
        self.ui.menuFile.insertMenu(self.ui.actionBackup, self.export_menu)
        self.ui.menuFile.insertSeparator(self.ui.actionBackup)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)

    def _fill_export_menu(self) -> None:
        from cwd_desktop.exports.docx.registry import exporters
        from cwd_desktop.ui.document_export_dialog import kind_label

        self.export_menu.clear()
        for kind in exporters():
            action = self.export_menu.addAction(kind_label(kind.value).capitalize() + "…")
            action.setEnabled(self.current_id() is not None)
            action.triggered.connect(
                lambda _checked=False, code=kind.value: self.export_document(code)
            )

    def export_document(self, kind: str) -> None:
        """Show the Documents area and start exporting ``kind`` for the shown partnership."""
        row = next((r for r, a in enumerate(self._areas) if a.key == "documents"), None)
        if row is None or self.current_id() is None:
            return
        self.ui.areaList.setCurrentRow(row)
        exporter = getattr(self.page(row), "export_document", None)
        if exporter is not None:
            exporter(kind)

    def _build_sync_menu(self) -> None:
        """File > Synchronizuj, bundles and conflicts: they act through the Synchronizacja page."""
        menu = self.ui.menuFile
        actions = (
            (self.tr("&Synchronizuj"), "Ctrl+Shift+S", "sync_now"),
            (self.tr("Eksportuj pakiet s&ynchronizacji…"), "", "export_bundle_dialog"),
            (self.tr("&Importuj pakiet synchronizacji…"), "", "import_bundle_dialog"),
            (self.tr("Konf&likty synchronizacji…"), "", "open_conflicts_dialog"),
        )
        self.sync_actions: dict[str, QAction] = {}
        for text, shortcut, method in actions:
            action = QAction(text, self)
            menu.insertAction(self.ui.actionBackup, action)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, name=method: self.sync_action(name))
            self.sync_actions[method] = action
        menu.insertSeparator(self.ui.actionBackup)

    def _build_backup_menu(self) -> None:
        """File > Kopie zapasowe i przywracanie…: list, make and restore backups."""
        #: A verified restore waiting for the window to close its store (see ui/app.py).
        self.pending_restore: Any = None
        self.backups_action = QAction(self.tr("Kopie zapasowe i &przywracanie…"), self)
        self.ui.menuFile.insertAction(self.ui.actionDemo, self.backups_action)
        self.backups_action.triggered.connect(self.open_backups)
        self.encryption_action = QAction(self.tr("Szyfro&wanie danych…"), self)
        self.ui.menuFile.insertAction(self.ui.actionDemo, self.encryption_action)
        self.encryption_action.triggered.connect(self.open_encryption)

    def open_encryption(self) -> QWidget:
        """Show the encryption dialog (encrypt/decrypt the store and backups, recovery key)."""
        from cwd_desktop.ui.encryption_dialog import EncryptionDialog

        dialog = EncryptionDialog(self.services, self)
        dialog.open()
        return dialog

    def open_backups(self) -> QWidget:
        """Show the backup dialog; a restore chosen there closes and reopens the window."""
        from cwd_desktop.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.services, self)
        dialog.sig_restore_ready.connect(self._restore_ready)
        dialog.open()
        return dialog

    def _restore_ready(self, prepared: Any) -> None:
        """The backup is verified and the current store backed up: close, swap, reopen."""
        self.pending_restore = prepared
        self.close()

    def bring_to_front(self) -> None:
        """A second start on the same data folder asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def sync_page(self) -> Any:
        """Show the Synchronizacja page (even with no partnership selected) and return it."""
        row = next(r for r, a in enumerate(self._areas) if a.key == "sync")
        page = self.page(row)
        if self.current_view() is not None:
            self.ui.areaList.setCurrentRow(row)
        else:
            self.ui.pages.setCurrentWidget(cast(QWidget, page))
        return page

    def sync_action(self, method: str) -> None:
        """Run one of the sync page's public actions (sync, bundles, conflicts)."""
        getattr(self.sync_page(), method)()

    def _after_sync(self) -> None:
        """Sync, a bundle or resolved conflicts changed the data: reload list, pages, status."""
        self.refresh()

    def _build_search(self) -> None:
        self.search_box = SearchBox(self.services, self)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ui.toolBar.addWidget(spacer)
        self.ui.toolBar.addWidget(self.search_box)
        self.search_box.sig_open.connect(self.open_record)
        find_all = QShortcut(QKeySequence("Ctrl+Shift+F"), self)
        find_all.activated.connect(self._focus_search)

    def page(self, row: int) -> AreaPage:
        """The page of area ``row``, built on first use."""
        page = self._pages[row]
        if page is None:
            widget = self._areas[row].factory()(self.services, self.ui.pages)
            self.ui.pages.addWidget(widget)
            stack = getattr(widget, "undo_stack", None)
            if isinstance(stack, QUndoStack):
                self.undo_group.addStack(stack)
            self._claim_new_shortcut(widget)
            synced = getattr(widget, "sig_synced", None)
            if synced is not None:
                synced.connect(self._after_sync)
            page = cast(AreaPage, widget)
            self._pages[row] = page
        return page

    def _claim_new_shortcut(self, page: QWidget) -> None:
        """Take over a page's own Ctrl+N, which would clash with File > Nowe partnerstwo.

        Two shortcuts with one key in one window are ambiguous and Qt runs
        neither, so the page's shortcut is disabled here and the window's
        action runs it instead whenever the focus is inside that page.
        """
        keys = self.ui.actionNew.shortcut()
        for shortcut in page.findChildren(QShortcut):
            if shortcut.key() == keys and shortcut.parent() is page:
                shortcut.setEnabled(False)
                self._page_new[id(page)] = shortcut

    def _new_in_context(self) -> None:
        """Ctrl+N: a new record of the page being typed in, else a new partnership."""
        page = self.ui.pages.currentWidget()
        focus = QApplication.focusWidget()
        shortcut = self._page_new.get(id(page)) if page is not None else None
        if (
            page is not None
            and shortcut is not None
            and focus is not None
            and page.isAncestorOf(focus)
        ):
            shortcut.activated.emit()
            return
        self.new_partnership()

    def forget_undo_history(self) -> None:
        """Clear every undo stack and reload each page when next shown (after a GDPR erasure).

        An old undo step of any page may hold an erased value (a phone number
        in notes, a name on an attendance line) and would write it back.
        """
        for stack in self.undo_group.stacks():
            stack.clear()
        self._shown_for = [None] * len(self._pages)

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def open_record(self, partnership_id: str, kind: str, row_id: str) -> None:
        """Show a search result: select its partnership and area, then the record itself.

        Rows the whole team shares (events, the knowledge base) belong to no
        partnership, so the one shown stays selected.
        """
        if partnership_id != TEAM_SCOPE:
            self.ui.partnershipFilter.clear()
            self.refresh(select_id=partnership_id)
        for row, area in enumerate(self._areas):
            if kind in area.kinds:
                page = self.page(row)
                if self.current_view() is not None:
                    self.ui.areaList.setCurrentRow(row)
                else:  # no partnership shown: a team-wide page works without one
                    self.ui.pages.setCurrentWidget(cast(QWidget, page))
                    stack = getattr(page, "undo_stack", None)
                    if isinstance(stack, QUndoStack):
                        self.undo_group.setActiveStack(stack)
                opener = getattr(page, "open_record", None)
                if opener is not None:
                    opener(kind, row_id)
                return

    def _build_status_bar(self) -> None:
        self.file_label = QLabel(self)
        self.file_label.setText(
            self.tr("Plik danych: {path}").format(path=self.services.store.path)
        )
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pendingLabel")
        self.sync_label = QLabel(self)
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setTextFormat(Qt.TextFormat.RichText)
        self.conflicts_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.conflicts_label.linkActivated.connect(
            lambda _link: self.sync_action("open_conflicts_dialog")
        )
        self.ui.statusbar.addWidget(self.file_label, 1)
        self.ui.statusbar.addPermanentWidget(self.conflicts_label)
        self.ui.statusbar.addPermanentWidget(self.sync_label)
        self.ui.statusbar.addPermanentWidget(self.pending_label)

    def _connect(self) -> None:
        ui = self.ui
        ui.actionNew.triggered.connect(self._new_in_context)
        ui.actionEdit.triggered.connect(self.edit_partnership)
        ui.actionDelete.triggered.connect(self.delete_partnership)
        ui.actionFind.triggered.connect(self._focus_filter)
        ui.actionBackup.triggered.connect(self.backup_now)
        ui.actionDemo.triggered.connect(self.load_demo)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionDataFolder.triggered.connect(self._open_data_folder)
        ui.actionNextArea.triggered.connect(lambda: self._step_area(1))
        ui.actionPreviousArea.triggered.connect(lambda: self._step_area(-1))
        ui.partnershipFilter.textChanged.connect(self.proxy.set_text)
        ui.partnershipList.selectionModel().currentChanged.connect(self._on_current_changed)
        ui.partnershipList.doubleClicked.connect(self.edit_partnership)
        ui.areaList.currentRowChanged.connect(self._on_area_changed)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), ui.partnershipList)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_partnership)
        ui.partnershipFilter.returnPressed.connect(self._select_first_match)

    # -- state -------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list from the store and keep (or move) the selection."""
        keep = select_id or self.current_id()
        self.model.reset(self.services.partnerships.list())
        self._update_pending()
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.ui.partnershipList.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_current()

    def current_id(self) -> str | None:
        """Id of the selected partnership, if any."""
        index = self.ui.partnershipList.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def current_view(self) -> PartnershipView | None:
        """The selected partnership."""
        index = self.ui.partnershipList.currentIndex()
        if not index.isValid():
            return None
        return self.model.view_at(self.proxy.mapToSource(index).row())

    def _show_current(self) -> None:
        view = self.current_view()
        has = view is not None
        self.ui.actionEdit.setEnabled(has)
        self.ui.actionDelete.setEnabled(has)
        self.ui.areaList.setEnabled(has)
        if view is None:
            self.ui.pages.setCurrentWidget(self.ui.emptyPage)
            return
        self._shown_for = [None] * len(self._pages)
        self._on_area_changed(self.ui.areaList.currentRow())

    def _update_pending(self) -> None:
        from cwd_desktop.sync.client import last_sync  # plain sqlite3: no ORM at start-up

        store = self.services.store
        count = store.pending_changes()
        self.pending_label.setText(self.tr("Niezsynchronizowane zmiany: {n}").format(n=count))
        when = last_sync(store)
        self.sync_label.setText(
            self.tr("Ostatnia synchronizacja: {when}").format(
                when=when.astimezone().strftime("%d.%m.%Y %H:%M") if when else self.tr("nigdy")
            )
        )
        # The same count as sync.conflicts.count_open, whose module loads SQLAlchemy.
        row = (
            store.reader()
            .execute("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")
            .fetchone()
        )
        conflicts = int(row[0])
        self.conflicts_label.setText(
            self.tr('<a href="#">Konflikty do rozwiązania: {n}</a>').format(n=conflicts)
        )
        self.conflicts_label.setVisible(conflicts > 0)

    # -- slots -------------------------------------------------------------------

    def _on_current_changed(self, *_: Any) -> None:
        self._show_current()

    def _on_area_changed(self, row: int) -> None:
        view = self.current_view()
        if view is not None and 0 <= row < len(self._pages):
            page = self.page(row)
            if self._shown_for[row] != view.id:
                page.show_partnership(view)
                self._shown_for[row] = view.id
            self.ui.pages.setCurrentWidget(cast(QWidget, page))
            stack = getattr(page, "undo_stack", None)
            self.undo_group.setActiveStack(
                stack if isinstance(stack, QUndoStack) else self.undo_stack
            )

    def _step_area(self, step: int) -> None:
        count = self.ui.areaList.count()
        if count:
            self.ui.areaList.setCurrentRow((self.ui.areaList.currentRow() + step) % count)

    def _focus_filter(self) -> None:
        self.ui.partnershipFilter.setFocus()
        self.ui.partnershipFilter.selectAll()

    def _select_first_match(self) -> None:
        if self.proxy.rowCount() > 0:
            self.ui.partnershipList.setCurrentIndex(self.proxy.index(0, 0))
            self.ui.partnershipList.setFocus()

    def new_partnership(self) -> None:
        """Open the partnership dialog for a new partnership."""
        from cwd_desktop.ui.partnership_dialog import PartnershipDialog

        dialog = PartnershipDialog(self.services, None, self)
        if dialog.exec() and dialog.saved_id:
            self.ui.partnershipFilter.clear()
            short = self.services.partnerships.get(dialog.saved_id).data.short_name
            self.undo_stack.push(
                CreatePartnership(self.services, dialog.saved_id, short, self._refresh_to)
            )
            self.refresh(select_id=dialog.saved_id)

    def edit_partnership(self) -> None:
        """Open the partnership dialog on the selected partnership."""
        from cwd_desktop.ui.partnership_dialog import PartnershipDialog

        current = self.current_id()
        if current is None:
            return
        before = self.services.partnerships.get(current).data
        dialog = PartnershipDialog(self.services, current, self)
        if dialog.exec():
            after = self.services.partnerships.get(current).data
            if after != before:
                self.undo_stack.push(
                    EditPartnership(self.services, current, before, after, self._refresh_to)
                )
            self.refresh(select_id=current)

    def delete_partnership(self) -> None:
        """Remove the selected partnership after confirmation (it syncs as a deletion)."""
        view = self.current_view()
        if view is None:
            return
        question = self.tr(
            "Usunąć partnerstwo „{name}” ({short})? Usunięcie zostanie przekazane "
            "innym doradcom przy synchronizacji."
        ).format(name=view.data.name, short=view.data.short_name)
        if not messages.confirm(self, question):
            return
        try:
            self.undo_stack.push(
                DeletePartnership(self.services, view.id, view.data.short_name, self._refresh_to)
            )
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self.statusBar().showMessage(
            self.tr("Usunięto partnerstwo {short}. Ctrl+Z cofa usunięcie.").format(
                short=view.data.short_name
            ),
            8000,
        )

    def _refresh_to(self, partnership_id: str | None) -> None:
        """Refresh after an undoable change; None keeps the list's natural selection."""
        self.refresh(select_id=partnership_id)

    def backup_now(self) -> None:
        """Write a verified backup in the background."""
        store = self.services.store
        Operation(self, lambda _progress: store.backup("manual")).success(
            lambda path: self.statusBar().showMessage(
                self.tr("Zapisano kopię zapasową: {path}").format(path=path), 8000
            )
        ).with_progress(self.tr("Zapisywanie kopii zapasowej…")).run_in_background()

    def load_demo(self) -> None:
        """Add the demo partnerships (those not yet present)."""
        from cwd_desktop.services.demo import fill_demo

        def done(added: list[str]) -> None:
            self.refresh()
            text = (
                self.tr("Dodano dane demonstracyjne: {list}.").format(list=", ".join(added))
                if added
                else self.tr("Dane demonstracyjne już są w bazie.")
            )
            self.statusBar().showMessage(text, 8000)

        services = self.services
        Operation(self, lambda _progress: fill_demo(services)).success(done).with_progress(
            self.tr("Wczytywanie danych demonstracyjnych…")
        ).run_in_background()

    def about(self) -> None:
        """Help > O programie: version, build date, Qt/PySide, data folder, licence."""
        from cwd_desktop.ui.about_dialog import AboutDialog

        AboutDialog(self.services, self).exec()

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.store.data_dir)))

    # -- events ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing is ever unsaved, so closing never asks; remember the selection."""
        current = self.current_id()
        with contextlib.suppress(OSError):
            self.services.store.settings.set("last_partnership", current or "")
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After the first paint, load the ORM in the background (or report to the benchmark)."""
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        if os.environ.get("CWD_EXIT_AFTER_PAINT") == "1":
            # Benchmark hook (tests/benchmarks/startup.py): report the paint and quit.
            print(f"CWD_PAINTED {time.time():.6f}", flush=True)
            QCoreApplication.quit()
            return
        store = self.services.store
        Operation(self, lambda _progress: store.warm_up()).run_in_background()
