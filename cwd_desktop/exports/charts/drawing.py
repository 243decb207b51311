"""Drawing a chart to a PNG from any thread: the entry point of the Word exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import QChart

from cwd_desktop.exports.charts import render_png
from cwd_desktop.exports.charts.gui_thread import on_gui_thread


def draw_chart_png(chart: QChart | Callable[[], QChart], path: Path) -> None:
    """Draw ``chart`` at ``path``; a factory makes the chart on the GUI thread."""

    def draw() -> None:
        render_png(chart() if callable(chart) else chart, path)

    on_gui_thread(draw)
