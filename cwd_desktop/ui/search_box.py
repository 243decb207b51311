"""The "find anything" box of the main window: results as you type, Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from cwd_desktop.services.app import Services
from cwd_desktop.services.search import KIND_LABELS

KindRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
PartnershipRole = Qt.ItemDataRole.UserRole + 3
MIN_CHARS = 2


class SearchBox(QLineEdit):
    """Searches stakeholders, minutes, comments, … of every partnership as the user types.

    ``sig_open(partnership_id, kind, row_id)`` asks the window to show a result.
    """

    sig_open = Signal(str, str, str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setPlaceholderText(self.tr("Szukaj wszędzie (Ctrl+Shift+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.results = QStandardItemModel(self)
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated[QModelIndex].connect(self._open)
        self._completer.setWidget(self)
        self.textEdited.connect(self._search)
        self.returnPressed.connect(self._open_first)

    def _search(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) < MIN_CHARS:
            self._completer.popup().hide()
            return
        for hit in self._services.search_hits(text, limit=30):
            kind = QCoreApplication.translate("search", KIND_LABELS.get(hit.kind, hit.kind))
            item = QStandardItem(f"[{kind}] {hit.title} — {hit.context}")
            item.setData(hit.kind, KindRole)
            item.setData(hit.row_id, RowRole)
            item.setData(hit.partnership_id, PartnershipRole)
            item.setToolTip(f"{hit.title}\n{hit.context}")
            self.results.appendRow(item)
        if self.results.rowCount() == 0:
            item = QStandardItem(self.tr("Nic nie znaleziono."))
            item.setEnabled(False)
            self.results.appendRow(item)
        self._completer.complete()

    def _open(self, index: QModelIndex) -> None:
        kind = index.data(KindRole)
        if kind:
            self.sig_open.emit(index.data(PartnershipRole), kind, index.data(RowRole))

    def _open_first(self) -> None:
        if self.results.rowCount() and self.results.item(0).data(KindRole):
            self._open(self.results.index(0, 0))
