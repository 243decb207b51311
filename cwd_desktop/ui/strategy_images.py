"""Maps and diagrams of one strategy section: thumbnails, add, remove, caption.

The law wants points 4, 6 and 7 of the strategy "also in graphic form", so
these sections carry images. An image is a PNG or JPEG kept in the blob
store by content hash (``StrategyService.add_image`` refuses anything else
with one sentence); its caption becomes the figure's caption in Word. Adding,
removing and re-captioning are undoable on the page's stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QUndoStack
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.services import strategy_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_strategy_images import Ui_StrategyImages
from cwd_desktop.ui.undo_base import AppliedCommand, RowCreated, RowRemoved

IdRole = Qt.ItemDataRole.UserRole + 1
CaptionRole = Qt.ItemDataRole.UserRole + 2
THUMB = QSize(180, 100)


class CaptionCommand(AppliedCommand):
    """A caption already stored; undo stores the previous one."""

    def __init__(self, panel: ImagePanel, image_id: str, old: str, new: str) -> None:
        super().__init__(QCoreApplication.translate("ImagePanel", "zmiana podpisu rysunku"))
        self._panel, self._id, self._old, self._new = panel, image_id, old, new

    def apply(self) -> None:
        self._panel.write_caption(self._id, self._new)

    def revert(self) -> None:
        self._panel.write_caption(self._id, self._old)


class ImagePanel(QWidget):
    """The images of one section of the partnership's strategy."""

    #: An image was added, removed or re-captioned.
    sig_changed = Signal()

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        section: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._undo = undo_stack
        self.section = section
        self._partnership_id: str | None = None
        self._thumbs: dict[str, QIcon] = {}
        self.ui = Ui_StrategyImages()
        self.ui.setupUi(self)
        self.ui.imageList.setIconSize(THUMB)
        self.ui.imageList.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 44))
        self.ui.addButton.clicked.connect(lambda: self.add_image())
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.imageList.currentItemChanged.connect(self._selected)
        self.ui.captionEdit.editingFinished.connect(self._caption_edited)
        self._selected()

    def _records(self) -> Any:
        return self._services.records

    # -- showing ---------------------------------------------------------------------------

    def load(self, partnership_id: str | None) -> None:
        """Show the section's images of this partnership."""
        self._partnership_id = partnership_id
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        """Read the images again, keeping ``keep`` (or the current one) selected."""
        current = keep or self.current_id()
        box = self.ui.imageList
        box.blockSignals(True)
        box.clear()
        shown = (
            reads.images(self._services.store, self._partnership_id, self.section)
            if self._partnership_id
            else []
        )
        for image in shown:
            item = QListWidgetItem(self._thumb(image.sha256), image.caption or image.filename)
            item.setData(IdRole, image.id)
            item.setData(CaptionRole, image.caption)
            item.setToolTip(f"{image.caption}\n{image.filename}")
            box.addItem(item)
            if image.id == current:
                box.setCurrentItem(item)
        if box.currentItem() is None and box.count():
            box.setCurrentRow(0)
        box.blockSignals(False)
        self.ui.addButton.setEnabled(self._partnership_id is not None)
        self._selected()

    def _thumb(self, sha256: str) -> QIcon:
        icon = self._thumbs.get(sha256)
        if icon is None:
            pixmap = QPixmap(str(reads_blob_path(self._services, sha256)))
            if pixmap.isNull():  # not synced to this computer yet
                pixmap = QPixmap(THUMB)
                pixmap.fill(QColor("#dddddd"))
            else:
                pixmap = pixmap.scaled(
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            icon = self._thumbs[sha256] = QIcon(pixmap)
        return icon

    def count(self) -> int:
        return self.ui.imageList.count()

    def current_id(self) -> str | None:
        item = self.ui.imageList.currentItem()
        return str(item.data(IdRole)) if item is not None else None

    def select(self, image_id: str) -> bool:
        for row in range(self.ui.imageList.count()):
            item = self.ui.imageList.item(row)
            if item.data(IdRole) == image_id:
                self.ui.imageList.setCurrentItem(item)
                return True
        return False

    def _selected(self, *_: Any) -> None:
        item = self.ui.imageList.currentItem()
        self.ui.removeButton.setEnabled(item is not None)
        self.ui.captionEdit.setEnabled(item is not None)
        self.ui.captionEdit.setText(str(item.data(CaptionRole) or "") if item is not None else "")

    # -- changing --------------------------------------------------------------------------

    def add_image(self, path: str | None = None) -> str | None:
        """Add a PNG or JPEG (chosen in a file dialog if no path is given); its id."""
        if self._partnership_id is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Dodaj mapę lub schemat"), "", self.tr("Obrazy (*.png *.jpg *.jpeg)")
            )
            if not path:
                return None
        from pathlib import Path

        from cwd_desktop.services.strategy import StrategyService

        try:
            image_id = StrategyService(self._services).add_image(
                self._partnership_id, self.section, Path(path)
            )
        except UserError as exc:
            messages.show_user_error(self, exc)
            return None
        self._undo.push(
            RowCreated(
                self._records, "strategy_image", image_id, self.tr("dodanie rysunku"), self._changed
            )
        )
        self.refresh(keep=image_id)
        self.sig_changed.emit()
        return image_id

    def remove_selected(self) -> None:
        image_id = self.current_id()
        if image_id is None:
            return
        try:
            self._undo.push(
                RowRemoved(
                    self._records,
                    "strategy_image",
                    image_id,
                    self.tr("usunięcie rysunku"),
                    self._changed,
                )
            )
        except UserError as exc:
            messages.show_user_error(self, exc)

    def _caption_edited(self) -> None:
        image_id = self.current_id()
        item = self.ui.imageList.currentItem()
        if image_id is None or item is None:
            return
        new = self.ui.captionEdit.text().strip()
        old = str(item.data(CaptionRole) or "")
        if new == old:
            return
        try:
            self._records().set_field("strategy_image", image_id, "caption", new)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self._undo.push(CaptionCommand(self, image_id, old, new))
        self.refresh(keep=image_id)
        self.sig_changed.emit()

    def write_caption(self, image_id: str, caption: str) -> None:
        """Store a caption from an undo or redo and show it."""
        self._records().set_field("strategy_image", image_id, "caption", caption)
        self.refresh(keep=image_id)
        self.sig_changed.emit()

    def _changed(self) -> None:
        self.refresh()
        self.sig_changed.emit()


def reads_blob_path(services: Services, sha256: str) -> Any:
    """Where an image's bytes are (the blob store needs no ORM)."""
    from cwd_desktop.services.blobs import BlobStore

    return BlobStore(services.store.data_dir).path(sha256)
