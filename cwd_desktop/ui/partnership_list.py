"""The partnership list on the left of the main window: a model and its filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import label
from cwd_desktop.services.partnerships import PartnershipView

IdRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 3
SearchRole = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class PartnershipListModel(QAbstractListModel):
    """Live partnerships as the service lists them (sorted by name)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PartnershipView] = []

    def reset(self, rows: list[PartnershipView]) -> None:
        """Replace the content after a change in the store."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self._rows[index.row()]
        d = view.data
        if role == Qt.ItemDataRole.DisplayRole:
            count = QCoreApplication.translate("PartnershipListModel", "{n} JST").format(
                n=len(view.members)
            )
            return f"{d.name}\n{d.short_name} · {count}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{d.name} ({d.short_name})\n" + QCoreApplication.translate(
                "vocab", label(d.osi)
            )
        if role == SubtitleRole:
            count = QCoreApplication.translate("PartnershipListModel", "{n} JST").format(
                n=len(view.members)
            )
            return f"{d.short_name} · {count} · " + QCoreApplication.translate(
                "vocab", label(d.stage)
            )
        if role == IdRole:
            return view.id
        if role == SearchRole:
            return fold(f"{d.name} {d.short_name} " + " ".join(j.name for j in view.members))
        return None

    def row_of(self, partnership_id: str) -> int:
        """The row showing ``partnership_id``, or -1."""
        return next((i for i, v in enumerate(self._rows) if v.id == partnership_id), -1)

    def view_at(self, row: int) -> PartnershipView:
        """The partnership shown in ``row``."""
        return self._rows[row]


class PartnershipFilter(QSortFilterProxyModel):
    """Filters by name, short name or member JST, ignoring case and Polish diacritics."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_text(self, text: str) -> None:
        """Show only partnerships matching every word of ``text``."""
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        haystack = self.sourceModel().index(source_row, 0, source_parent).data(SearchRole) or ""
        return all(word in haystack for word in self._needle.split())


class PartnershipDelegate(QStyledItemDelegate):
    """Two lines per partnership: the name in bold, short name and size in grey."""

    PADDING = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = option.rect.adjusted(self.PADDING, 3, -self.PADDING, -3)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        painter.save()
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        title = index.data(Qt.ItemDataRole.DisplayRole).split("\n")[0]
        metrics = QFontMetrics(bold)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)  # type: ignore[attr-defined]
        grey = palette.highlightedText().color() if selected else palette.placeholderText().color()
        painter.setPen(grey)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            index.data(SubtitleRole) or "",
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        height = QFontMetrics(option.font).height() * 2 + 10  # type: ignore[attr-defined]
        return QSize(200, height)
