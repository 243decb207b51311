"""The two lists on the left of the surveys page: the surveys, and the questions of one.

A survey reads as two lines: its title in bold (renamed in place with F2),
then who was asked, the tool, the number of responses and the import date in
grey. A question reads as its number and type in grey above its full text,
wrapped, because survey questions are long sentences that an elided line
would cut exactly where they say what they ask.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cwd_desktop.domain.vocab import SurveyKind, label
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.survey_data import StoredQuestion, SurveyInfo
from cwd_desktop.services.survey_import.model import SOURCE_LABELS, QuestionType, Source
from cwd_desktop.ui.vocab_combo import vocab_text

IdRole = Qt.ItemDataRole.UserRole + 1
CaptionRole = Qt.ItemDataRole.UserRole + 2
KeyRole = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex

#: How each question type is named in the question list and the header.
TYPE_LABELS: dict[QuestionType, str] = {
    QuestionType.SINGLE: QT_TRANSLATE_NOOP("SurveyList", "jednokrotny wybór"),
    QuestionType.MULTIPLE: QT_TRANSLATE_NOOP("SurveyList", "wielokrotny wybór"),
    QuestionType.SCALE: QT_TRANSLATE_NOOP("SurveyList", "skala"),
    QuestionType.NUMBER: QT_TRANSLATE_NOOP("SurveyList", "liczba"),
    QuestionType.TEXT: QT_TRANSLATE_NOOP("SurveyList", "odpowiedź otwarta"),
    QuestionType.GRID: QT_TRANSLATE_NOOP("SurveyList", "siatka (tabela ocen)"),
}


def type_text(kind: QuestionType) -> str:
    """The question type in the UI language."""
    return QCoreApplication.translate("SurveyList", TYPE_LABELS[kind])


def source_text(source: str) -> str:
    """The survey tool's name in the UI language (the code itself when unknown)."""
    try:
        return QCoreApplication.translate("survey", SOURCE_LABELS[Source(source)])
    except ValueError:
        return source


def kind_text(kind: str) -> str:
    """Who the survey asked (``mieszkańcy``), in the UI language."""
    try:
        return vocab_text(label(SurveyKind(kind)))
    except ValueError:
        return kind


def date_text(info: SurveyInfo) -> str:
    """The import date as a Polish reader writes it, in local time."""
    return info.imported_at.astimezone().strftime("%d.%m.%Y")


class SurveyListModel(QAbstractListModel):
    """The partnership's surveys, newest import first; the title is editable.

    An edited title is not written here: ``sig_title_edited(id, title)`` asks
    the page, which stores it, makes it undoable and reloads the list.
    """

    sig_title_edited = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SurveyInfo] = []

    def reset(self, rows: list[SurveyInfo]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def info(self, row: int) -> SurveyInfo:
        return self._rows[row]

    def row_of(self, survey_id: str) -> int:
        """The row showing ``survey_id``, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.id == survey_id), -1)

    def caption(self, info: SurveyInfo) -> str:
        return QCoreApplication.translate(
            "SurveyListModel", "{kind} · odpowiedzi: {n} · {date} · {source}"
        ).format(
            kind=kind_text(info.kind),
            source=source_text(info.source),
            n=info.response_count,
            date=date_text(info),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return info.title
        if role == CaptionRole:
            return self.caption(info)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "SurveyListModel", "{title}\n{caption}\nPlik: {file}\nF2 – zmień tytuł"
            ).format(title=info.title, caption=self.caption(info), file=info.file_name)
        if role == IdRole:
            return info.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        title = str(value).strip()
        info = self._rows[index.row()]
        if title == info.title:
            return False
        self.sig_title_edited.emit(info.id, title)
        return True


class TwoLineDelegate(QStyledItemDelegate):
    """A grey caption line and a main line: the survey list (title in bold, one line,
    caption below) and the question list (caption above, the text wrapped in full)."""

    PADDING = 6

    def __init__(self, view: QAbstractItemView, *, title_first: bool) -> None:
        super().__init__(view)
        self._view = view
        self._title_first = title_first

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        main = QFont(option.font)  # type: ignore[attr-defined]
        small = QFont(option.font)  # type: ignore[attr-defined]
        if self._title_first:
            main.setBold(True)
        else:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        return main, small

    def _text_width(self) -> int:
        return max(80, self._view.viewport().width() - 2 * self.PADDING - 2)

    def _main_height(self, text: str, main: QFont) -> int:
        metrics = QFontMetrics(main)
        if self._title_first:
            return metrics.height()
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRect(0, 0, self._text_width(), 10_000), flags, text).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        main, small = self._fonts(option)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        height = self._main_height(text, main) + QFontMetrics(small).height() + 12
        return QSize(self._text_width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = option.rect.adjusted(self.PADDING, 4, -self.PADDING, -4)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        main, small = self._fonts(option)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        caption = index.data(CaptionRole) or ""
        small_height = QFontMetrics(small).height()
        painter.save()
        grey = palette.highlightedText().color() if selected else palette.placeholderText().color()
        ink = palette.highlightedText().color() if selected else palette.text().color()
        if self._title_first:
            title_rect = QRect(rect.left(), rect.top(), rect.width(), QFontMetrics(main).height())
            caption_rect = QRect(rect.left(), title_rect.bottom() + 2, rect.width(), small_height)
            painter.setFont(main)
            painter.setPen(ink)
            elided = QFontMetrics(main).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft, elided)
            painter.setFont(small)
            painter.setPen(grey)
            elided = QFontMetrics(small).elidedText(
                caption, Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(caption_rect, Qt.AlignmentFlag.AlignLeft, elided)
        else:
            caption_rect = QRect(rect.left(), rect.top(), rect.width(), small_height)
            painter.setFont(small)
            painter.setPen(grey)
            painter.drawText(caption_rect, Qt.AlignmentFlag.AlignLeft, caption)
            body = QRect(rect.left(), caption_rect.bottom() + 2, rect.width(), rect.height())
            painter.setFont(main)
            painter.setPen(ink)
            painter.drawText(body, int(Qt.TextFlag.TextWordWrap) | Qt.AlignmentFlag.AlignTop, text)
        painter.restore()

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        """The title editor covers the title line only; the caption stays readable."""
        rect = option.rect  # type: ignore[attr-defined]
        height = QFontMetrics(self._fonts(option)[0]).height() + 8
        editor.setGeometry(QRect(rect.left() + 2, rect.top() + 1, rect.width() - 4, height))


class RelayoutOnWidth(QObject):
    """Lays a list's items out again when its width changes, so wrapped items get new heights.

    ``QListView`` in list mode re-lays out only when its height changes; wrapped
    text then keeps the heights measured at the old width and overlaps.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._width = -1
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            width = self._view.viewport().width()
            if width != self._width:
                self._width = width
                self._view.doItemsLayout()
        return False


def question_caption(question: StoredQuestion) -> str:
    """``3 · wielokrotny wybór``: the number a report cites, and how it is summarised."""
    return f"{question.position + 1} · {type_text(question.type)}"


class QuestionListModel(QAbstractListModel):
    """The questions of the shown survey, in form order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StoredQuestion] = []

    def reset(self, rows: list[StoredQuestion]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def question(self, row: int) -> StoredQuestion:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        """The row of the question with ``key`` (or with that question id), or -1."""
        return next((i for i, q in enumerate(self._rows) if key in (q.key, q.id)), -1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        question = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return question.text
        if role == CaptionRole:
            return question_caption(question)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{question_caption(question)}\n{question.text}"
        if role == KeyRole:
            return question.key
        if role == IdRole:
            return question.id
        return None
