"""A Gantt chart: dated rows drawn as bars on a month axis, on screen and as a PNG.

Used for a project's schedule (harmonogram) and the advisory work plan. The
chart knows nothing of either: it takes ``GanttRow``s (a label, a start and
an end date, an optional group and a done flag) and draws

- a label column on the left (long labels elided, full text in the tooltip);
- a header with the years and the months (month names where they fit, else
  only their ticks), and a light line at every month;
- one bar per row, coloured by its group (done rows greyed), a bold title
  row where the group changes;
- a red "dziś" line at today's date when today is on the axis.

All drawing is ``paint_gantt`` on a ``QPainter``, so the widget and the
image for a Word document are the same picture. ``render_gantt_png`` paints
into a ``QImage`` without any widget: that is safe off the GUI thread, so a
background export can call it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from cwd_desktop.i18n import QT_TRANSLATE_NOOP

#: Bar colours by group, in turn (the survey charts' palette: calm and printable).
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#9c755f")
#: One calm colour per advisory stage, the same whatever the view shows (no alarm red).
STAGE_COLORS = {
    "workplan": "#4e79a7",
    "diagnosis": "#f28e2b",
    "strategy": "#59a14f",
    "implementation": "#76b7b2",
    "component_ii": "#b07aa1",
}


def stage_color(stage: str) -> str | None:
    """The fixed colour of an advisory stage's bars (``None``: the palette decides)."""
    return STAGE_COLORS.get(stage)


DONE_COLOR = "#a9b4bf"
TODAY_COLOR = "#c62828"
TEXT_COLOR = "#2b2b2b"
MUTED_COLOR = "#6b6b6b"
GRID_COLOR = "#e6e6e6"
YEAR_LINE_COLOR = "#b9b9b9"
STRIPE_COLOR = "#f6f7f9"
#: Logical pixel sizes (the widget uses them as they are; an image scales them).
ROW_PX = 24.0
HEADER_PX = 40.0
#: Below the rows: room for the "dziś" label.
FOOT_PX = 18.0
PAD_PX = 6.0
FONT_PX = 12
#: The largest share of the width the label column may take.
LABEL_SHARE = 0.38
#: The width an image is laid out at before being scaled up (as ``exports/charts``).
LOGICAL_WIDTH = 680

#: Short month names of the axis (Polish source; translated when drawn).
MONTHS = (
    QT_TRANSLATE_NOOP("GanttChart", "sty"),
    QT_TRANSLATE_NOOP("GanttChart", "lut"),
    QT_TRANSLATE_NOOP("GanttChart", "mar"),
    QT_TRANSLATE_NOOP("GanttChart", "kwi"),
    QT_TRANSLATE_NOOP("GanttChart", "maj"),
    QT_TRANSLATE_NOOP("GanttChart", "cze"),
    QT_TRANSLATE_NOOP("GanttChart", "lip"),
    QT_TRANSLATE_NOOP("GanttChart", "sie"),
    QT_TRANSLATE_NOOP("GanttChart", "wrz"),
    QT_TRANSLATE_NOOP("GanttChart", "paź"),
    QT_TRANSLATE_NOOP("GanttChart", "lis"),
    QT_TRANSLATE_NOOP("GanttChart", "gru"),
)


@dataclass(frozen=True)
class GanttRow:
    """One bar: ``label`` from ``start`` to ``end`` (both days included).

    Rows with the same ``group`` share a colour and are listed under the
    group's title; ``done`` rows are drawn muted. ``color`` (``#rrggbb``)
    fixes the colour, so a group keeps it when a filter hides other groups.
    """

    label: str
    start: date
    end: date
    group: str | None = None
    done: bool = False
    color: str | None = None


QUARTERS = (
    QT_TRANSLATE_NOOP("GanttChart", "I kw."),
    QT_TRANSLATE_NOOP("GanttChart", "II kw."),
    QT_TRANSLATE_NOOP("GanttChart", "III kw."),
    QT_TRANSLATE_NOOP("GanttChart", "IV kw."),
)


#: Quarters where even "I kw." does not fit.
ROMAN = ("I", "II", "III", "IV")


def quarter_names() -> tuple[str, ...]:
    """The quarter labels of a long axis in the UI language."""
    return tuple(QCoreApplication.translate("GanttChart", name) for name in QUARTERS)


def month_names() -> tuple[str, ...]:
    """The short month names of the axis in the UI language."""
    return tuple(QCoreApplication.translate("GanttChart", name) for name in MONTHS)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def axis_range(rows: Sequence[GanttRow]) -> tuple[date, date]:
    """The axis: from the first day of the first month to the first day after the last month."""
    first = min(min(r.start, r.end) for r in rows)
    last = max(max(r.start, r.end) for r in rows)
    return _month_start(first), _next_month(last)


def _lines(rows: Sequence[GanttRow]) -> list[tuple[str, GanttRow | None, int]]:
    """What each line of the chart shows: (text, row or None for a group title, group index)."""
    grouped = any(r.group for r in rows)
    groups: dict[str, int] = {}
    lines: list[tuple[str, GanttRow | None, int]] = []
    previous: str | None = None
    for row in rows:
        key = row.group or ""
        if key not in groups:
            groups[key] = len(groups)
        if grouped and key != previous and key:
            lines.append((key, None, groups[key]))
        previous = key
        lines.append((row.label, row, groups[key]))
    return lines


@dataclass
class GanttLayout:
    """Where things are, in the coordinates of one paint (for tooltips and tests)."""

    label_width: float = 0.0
    plot: QRectF | None = None
    bars: list[tuple[QRectF, GanttRow]] = field(default_factory=list)
    today_x: float | None = None


def preferred_height(rows: Sequence[GanttRow]) -> float:
    """The logical height that gives every line of ``rows`` its full height."""
    return HEADER_PX + max(len(_lines(rows)), 1) * ROW_PX + FOOT_PX


def paint_gantt(
    painter: QPainter,
    rect: QRectF,
    rows: Sequence[GanttRow],
    *,
    font: QFont,
    today: date | None = None,
    empty_text: str = "",
) -> GanttLayout:
    """Draw ``rows`` as a Gantt chart inside ``rect``; return where the bars went."""
    layout = GanttLayout()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(rect, QColor("#ffffff"))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    if not rows:
        painter.setPen(QColor(MUTED_COLOR))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, empty_text)
        painter.restore()
        return layout
    lines = _lines(rows)
    bold = QFont(font)
    bold.setBold(True)
    longest = max(QFontMetricsF(bold).horizontalAdvance(text) for text, _, _ in lines)
    label_width = min(longest + 2 * PAD_PX, rect.width() * LABEL_SHARE)
    layout.label_width = label_width
    plot = QRectF(
        rect.left() + label_width,
        rect.top() + HEADER_PX,
        rect.width() - label_width - PAD_PX,
        len(lines) * ROW_PX,
    )
    layout.plot = plot
    first, last = axis_range(rows)
    days = max((last - first).days, 1)

    def x_of(day: date) -> float:
        return plot.left() + (day - first).days / days * plot.width()

    # Straight grid lines need no antialiasing (and are many): only bars and text get it.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    _paint_stripes(painter, rect, plot, len(lines))
    _paint_axis(painter, rect, plot, first, last, x_of, metrics)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for number, (text, row, group) in enumerate(lines):
        top = plot.top() + number * ROW_PX
        label_rect = QRectF(rect.left() + PAD_PX, top, label_width - 2 * PAD_PX, ROW_PX)
        painter.setFont(bold if row is None else font)
        painter.setPen(QColor(TEXT_COLOR))
        shown = QFontMetricsF(painter.font()).elidedText(
            text, Qt.TextElideMode.ElideRight, label_rect.width()
        )
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown
        )
        if row is None:
            continue
        start, end = min(row.start, row.end), max(row.start, row.end)
        left, right = x_of(start), x_of(end + timedelta(days=1))
        bar = QRectF(left, top + ROW_PX * 0.22, max(right - left, 2.0), ROW_PX * 0.56)
        color = QColor(DONE_COLOR if row.done else row.color or PALETTE[group % len(PALETTE)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawRoundedRect(bar, 3, 3)
        layout.bars.append((bar, row))
    painter.setFont(font)
    if today is not None and first <= today < last:
        layout.today_x = x_of(today)
        _paint_today(painter, rect, plot, layout.today_x, metrics)
    painter.restore()
    return layout


def _paint_stripes(painter: QPainter, rect: QRectF, plot: QRectF, count: int) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STRIPE_COLOR))
    for number in range(1, count, 2):
        top = plot.top() + number * ROW_PX
        painter.drawRect(QRectF(rect.left(), top, rect.width(), ROW_PX))


def _paint_axis(
    painter: QPainter,
    rect: QRectF,
    plot: QRectF,
    first: date,
    last: date,
    x_of: Callable[[date], float],
    metrics: QFontMetricsF,
) -> None:
    """Years on the top band; months (or quarters, when months are narrow) below.

    A light line runs down the plot at every month, a darker one at every
    year; in the header, lines only separate the labels shown.
    """
    band = HEADER_PX / 2
    months: list[date] = []
    month = first
    while month < last:
        months.append(month)
        month = _next_month(month)
    names = month_names()
    month_width = plot.width() / max(len(months), 1)
    quarters = quarter_names()
    label: Callable[[date], str]
    if month_width >= max(metrics.horizontalAdvance(n) for n in names) + 4:
        step, label = 1, lambda day: names[day.month - 1]
    elif 3 * month_width >= max(metrics.horizontalAdvance(q) for q in quarters) + 4:
        step, label = 3, lambda day: quarters[(day.month - 1) // 3]
    elif 3 * month_width >= metrics.horizontalAdvance("III") + 4:
        step, label = 3, lambda day: ROMAN[(day.month - 1) // 3]
    else:
        step, label = 0, lambda day: ""
    for day in months:
        x = x_of(day)
        is_year = day.month == 1
        starts_label = step and (day.month - 1) % step == 0
        top = rect.top() if is_year else plot.top() - (band if starts_label else 0)
        painter.setPen(QPen(QColor(YEAR_LINE_COLOR if is_year else GRID_COLOR), 1))
        painter.drawLine(QPointF(x, top), QPointF(x, plot.bottom()))
        if starts_label:
            end = day
            for _ in range(step):
                end = _next_month(end)
            right = x_of(min(end, last))
            painter.setPen(QColor(MUTED_COLOR))
            painter.drawText(
                QRectF(x, rect.top() + band, right - x, band),
                Qt.AlignmentFlag.AlignCenter,
                label(day),
            )
    painter.setPen(QPen(QColor(YEAR_LINE_COLOR), 1))
    painter.drawLine(QPointF(plot.right(), rect.top()), QPointF(plot.right(), plot.bottom()))
    painter.drawLine(QPointF(rect.left(), plot.top()), QPointF(plot.right(), plot.top()))
    painter.drawLine(QPointF(rect.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    for year in range(first.year, (last - timedelta(days=1)).year + 1):
        left = x_of(max(first, date(year, 1, 1)))
        right = x_of(min(last, date(year + 1, 1, 1)))
        text = str(year)
        if right - left < metrics.horizontalAdvance(text) + 4:
            continue
        painter.setPen(QColor(TEXT_COLOR))
        painter.drawText(
            QRectF(left, rect.top(), right - left, band), Qt.AlignmentFlag.AlignCenter, text
        )


def _paint_today(
    painter: QPainter, rect: QRectF, plot: QRectF, x: float, metrics: QFontMetricsF
) -> None:
    pen = QPen(QColor(TODAY_COLOR), 1.5, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
    text = QCoreApplication.translate("GanttChart", "dziś")
    width = metrics.horizontalAdvance(text) + 6
    box = QRectF(x - width / 2, plot.bottom() + 1, width, FOOT_PX - 2)
    box.moveLeft(min(max(box.left(), plot.left()), rect.right() - width))
    painter.setPen(QColor(TODAY_COLOR))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _print_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(FONT_PX)
    return font


def gantt_image(
    rows: Sequence[GanttRow],
    width_px: int = 1600,
    *,
    today: date | None = None,
    empty_text: str = "",
) -> QImage:
    """``rows`` drawn on white into an image ``width_px`` wide, as tall as the rows need.

    Laid out at ``LOGICAL_WIDTH`` and scaled, so a 1600-pixel image placed
    16 cm wide in Word has print-sized labels. Needs a QGuiApplication
    (``exports.charts.ensure_app`` makes one for the CLI); safe off the GUI thread.
    """
    scale = width_px / LOGICAL_WIDTH
    height = preferred_height(rows)
    image = QImage(width_px, round(height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        paint_gantt(
            painter,
            QRectF(0, 0, LOGICAL_WIDTH, height),
            rows,
            font=_print_font(),
            today=today,
            empty_text=empty_text,
        )
    finally:
        painter.end()
    return image


def render_gantt_png(
    rows: Sequence[GanttRow],
    path: Path,
    width_px: int = 1600,
    *,
    today: date | None = None,
    dpi: int = 200,
) -> Path:
    """Write ``rows`` as a Gantt PNG at ``path`` (atomically); return the path.

    ``today`` is off by default: a printed schedule should not date itself.
    An unwritable path is a ``UserError`` naming it.
    """
    from cwd_desktop.exports.charts import ensure_app

    ensure_app()
    image = gantt_image(
        rows,
        width_px,
        today=today,
        empty_text=QCoreApplication.translate("GanttChart", "Brak zadań w harmonogramie."),
    )
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # A lighter compression: the picture is mostly flat colour, and a package
    # of 200 projects writes 200 of them.
    image.save(buffer, "PNG", 70)  # type: ignore[call-overload]
    buffer.close()
    from cwd_desktop.exports.files import write_atomically

    write_atomically(path, bytes(data.data()))
    return path


def date_text(day: date) -> str:
    """``12.06.2026``."""
    return day.strftime("%d.%m.%Y")


class GanttChart(QWidget):
    """The Gantt chart as a widget: ``set_rows`` and it repaints; hover a bar for its dates.

    ``show_today`` (on by default) draws the today line; ``render_png``
    writes what the widget shows (without the today line) as an image.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GanttRow] = []
        self._layout = GanttLayout()
        self.show_today = True
        self.today: date | None = None  # None: the real today
        self.empty_text = self.tr("Brak zadań w harmonogramie.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(round(HEADER_PX + 2 * ROW_PX))
        self.setMouseTracking(True)

    # -- data ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[GanttRow]) -> None:
        """Show these rows, in this order."""
        self._rows = list(rows)
        self.setMinimumHeight(round(preferred_height(self._rows)))
        self.updateGeometry()
        self.update()

    def rows(self) -> list[GanttRow]:
        """The rows shown."""
        return list(self._rows)

    def bar_rects(self) -> list[tuple[QRectF, GanttRow]]:
        """Where each bar was last drawn, in widget coordinates (tooltips, tests)."""
        self._layout = self._paint_layout()
        return list(self._layout.bars)

    def today_x(self) -> float | None:
        """Where the today line is drawn (None when today is off the axis)."""
        return self._paint_layout().today_x

    # -- output -------------------------------------------------------------------------

    def render_png(self, path: Path, width_px: int = 1600) -> Path:
        """The chart as a PNG ``width_px`` wide, sized for a printed page."""
        return render_gantt_png(self._rows, path, width_px)

    # -- Qt -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(640, round(preferred_height(self._rows)))

    def _today(self) -> date | None:
        return (self.today or date.today()) if self.show_today else None

    def _paint_layout(self) -> GanttLayout:
        """Lay out without showing anything (paint into a throwaway image)."""
        image = QImage(max(self.width(), 1), max(self.height(), 1), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            return paint_gantt(
                painter,
                QRectF(self.rect()),
                self._rows,
                font=self.font(),
                today=self._today(),
                empty_text=self.empty_text,
            )
        finally:
            painter.end()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._layout = paint_gantt(
                painter,
                QRectF(self.rect()),
                self._rows,
                font=self.font(),
                today=self._today(),
                empty_text=self.empty_text,
            )
        finally:
            painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self._row_at(QPointF(event.pos()))
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                days = (found.end - found.start).days + 1
                QToolTip.showText(
                    event.globalPos(),
                    self.tr("{label}\n{start} – {end} ({days} dni)").format(
                        label=found.label,
                        start=date_text(found.start),
                        end=date_text(found.end),
                        days=days,
                    ),
                    self,
                )
            return True
        return super().event(event)

    def _row_at(self, point: QPointF) -> GanttRow | None:
        """The row whose line (bar or label) is under ``point``."""
        for bar, row in self._layout.bars:
            line = QRectF(0, bar.top() - ROW_PX * 0.22, self.width(), ROW_PX)
            if line.contains(point):
                return row
        return None


__all__ = [
    "GanttChart",
    "GanttRow",
    "axis_range",
    "gantt_image",
    "paint_gantt",
    "preferred_height",
    "render_gantt_png",
]
