"""Charts as PNG files for Word documents, rendered offscreen.

The only export that needs Qt: a chart is drawn by the same code as on the
surveys page (``ui/survey_charts.py``), so the report shows exactly what the
advisor saw. It works from the CLI with no display: when no QApplication
exists one is created, on the offscreen platform if there is no display.

The chart is laid out at a screen-like logical width (``LOGICAL_WIDTH``)
with fonts sized for print and painted scaled up into the image, so a
1600-pixel PNG placed 16 cm wide in Word has 9-point labels, not 4-point ones.
Call from the GUI (main) thread: Qt's graphics scene is not thread-safe.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsScene

from cwd_desktop.errors import UserError
from cwd_desktop.exports.files import write_atomically
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.survey_data import SurveyData
from cwd_desktop.services.survey_summary import Filters, summarise

#: The width the chart is laid out at before being scaled into the image.
LOGICAL_WIDTH = 680
#: Font sizes in logical pixels: ~9 pt labels when the image is 16 cm wide.
FONT_PX = 13
#: The height of one bar row, logical pixels (more where a label wraps to more lines).
BAR_PX = 36.0

_app: QApplication | None = None


def ensure_app() -> None:
    """Make sure a QApplication exists (charts are graphics widgets and need one)."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication(["cwd-desktop"])


def print_font() -> QFont:
    """The chart font for images: the application's family at ``FONT_PX``."""
    font = QFont(QGuiApplication.font())
    font.setPixelSize(FONT_PX)
    return font


def _logical_height(chart: QChart) -> int:
    from cwd_desktop.ui.survey_chart_base import SurveyChart

    if isinstance(chart, SurveyChart):
        return chart.preferred_height(LOGICAL_WIDTH, BAR_PX)
    return round(LOGICAL_WIDTH * 0.6)


def _lay_out(chart: QChart, logical_height: float) -> None:
    chart.setGeometry(QRectF(0, 0, LOGICAL_WIDTH, logical_height))
    layout = chart.layout()
    if layout is not None:
        layout.activate()
    QApplication.processEvents()


def render_image(chart: QChart, width_px: int = 1600, height_px: int | None = None) -> QImage:
    """``chart`` drawn on white into an image ``width_px`` wide (height from its bars)."""
    from cwd_desktop.ui.survey_chart_base import SurveyChart

    ensure_app()
    scale = width_px / LOGICAL_WIDTH
    if isinstance(chart, SurveyChart):
        screen_font = QFont(chart.base_font)
        chart.apply_fonts(print_font())
    logical_height = _logical_height(chart) if height_px is None else height_px / scale
    height = round(logical_height * scale) if height_px is None else height_px
    own_scene = chart.scene() is None
    scene = QGraphicsScene() if own_scene else chart.scene()
    if own_scene:
        scene.addItem(chart)
    old_geometry = chart.geometry()
    try:
        _lay_out(chart, logical_height)
        if height_px is None and isinstance(chart, SurveyChart):
            # The estimate of title, axis and legend is rough: give the bars exactly their room.
            logical_height += chart.rows_height(LOGICAL_WIDTH, BAR_PX) - chart.plotArea().height()
            _lay_out(chart, logical_height)
            height = round(logical_height * scale)
        image = QImage(width_px, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(
            painter,
            QRectF(0, 0, width_px, height),
            chart.mapRectToScene(QRectF(0, 0, LOGICAL_WIDTH, logical_height)),
        )
        painter.end()
    finally:
        if own_scene:
            scene.removeItem(chart)
        else:
            chart.setGeometry(old_geometry)
        if isinstance(chart, SurveyChart):
            chart.apply_fonts(screen_font)
    return image


def render_png(
    chart: QChart,
    path: Path,
    *,
    width_px: int = 1600,
    height_px: int | None = None,
    dpi: int = 200,
) -> Path:
    """Write ``chart`` as a PNG at ``path`` (atomically); return the path.

    ``height_px`` defaults to what the chart's bars need at that width;
    ``dpi`` is stored in the file so Word gives it a sensible default size.
    """
    image = render_image(chart, width_px, height_px)
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs say bytes, PySide6 accepts only a str here.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    write_atomically(path, bytes(data.data()))
    return path


def survey_pngs(data: SurveyData, folder: Path, filters: Filters | None = None) -> list[Path]:
    """One PNG per closed question of the survey in ``folder``; return their paths.

    Files are named after the question's number in the survey (``q03.png``
    is the third question), so a report can find each chart; free-text and
    unanswered questions have none.
    """
    from cwd_desktop.ui.survey_charts import question_chart

    ensure_app()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie można utworzyć folderu {path}: {reason}."),
            field="path",
            path=str(folder),
            reason=exc.strerror or str(exc),
        ) from exc
    summary = summarise(data, filters)
    written = []
    for number, question in enumerate(summary.questions, start=1):
        chart = question_chart(question)
        if chart is None:
            continue
        written.append(render_png(chart, folder / f"q{number:02d}.png"))
    return written
