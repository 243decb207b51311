"""The Gantt chart: bars where the dates are, a today line, and the same picture as a PNG."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from cwd_desktop.errors import UserError
from cwd_desktop.ui.gantt_chart import (
    DONE_COLOR,
    HEADER_PX,
    PALETTE,
    ROW_PX,
    GanttChart,
    GanttRow,
    axis_range,
    gantt_image,
    render_gantt_png,
)

ROWS = [
    GanttRow("Dokumentacja projektowa", date(2026, 2, 1), date(2026, 12, 31), "Przygotowanie"),
    GanttRow("Przetarg", date(2027, 1, 15), date(2027, 4, 30), "Przygotowanie", done=True),
    GanttRow("Roboty budowlane", date(2027, 5, 1), date(2028, 10, 31), "Realizacja"),
]


@pytest.fixture
def chart(qtbot: QtBot) -> GanttChart:
    widget = GanttChart()
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.today = date(2027, 3, 1)
    widget.set_rows(ROWS)
    widget.show()
    return widget


def test_the_axis_spans_whole_months_around_the_tasks() -> None:
    assert axis_range(ROWS) == (date(2026, 2, 1), date(2028, 11, 1))


def test_each_task_is_a_bar_in_date_order_and_the_today_line_falls_between(
    chart: GanttChart,
) -> None:
    bars = chart.bar_rects()

    assert [row.label for _, row in bars] == [r.label for r in ROWS]
    lefts = [rect.left() for rect, _ in bars]
    assert lefts == sorted(lefts)
    # A bar ends where the next month of the axis starts: longer tasks are wider.
    widths = {row.label: rect.width() for rect, row in bars}
    assert widths["Roboty budowlane"] > widths["Dokumentacja projektowa"] > widths["Przetarg"]
    today = chart.today_x()
    assert today is not None
    przetarg = next(rect for rect, row in bars if row.label == "Przetarg")
    assert przetarg.left() < today < przetarg.right()


def test_grouped_rows_get_a_title_line_and_their_own_colour(chart: GanttChart) -> None:
    image = chart.grab().toImage()
    bars = {row.label: rect for rect, row in chart.bar_rects()}

    def colour_at(label: str) -> str:
        centre = bars[label].center()
        return QColor(image.pixel(round(centre.x()), round(centre.y()))).name()

    assert colour_at("Dokumentacja projektowa") == PALETTE[0]
    assert colour_at("Roboty budowlane") == PALETTE[1]
    assert colour_at("Przetarg") == DONE_COLOR  # done tasks are muted
    # A title line opens each group: lines are title, task, task, title, task.
    line = {label: round((rect.center().y() - HEADER_PX) // ROW_PX) for label, rect in bars.items()}
    assert line == {"Dokumentacja projektowa": 1, "Przetarg": 2, "Roboty budowlane": 4}


def test_a_task_outside_today_has_no_today_line(qtbot: QtBot) -> None:
    widget = GanttChart()
    qtbot.addWidget(widget)
    widget.resize(600, 200)
    widget.today = date(2031, 1, 1)
    widget.set_rows(ROWS[:1])

    assert widget.today_x() is None


def test_render_png_writes_a_print_sized_image(chart: GanttChart, tmp_path: Path) -> None:
    path = chart.render_png(tmp_path / "harmonogram.png", 1600)

    image = QImage(str(path))
    assert image.width() == 1600
    assert image.height() > 300
    assert round(image.dotsPerMeterX() * 0.0254) == 200
    # The same picture as the widget's, scaled: the three bars are there.
    same = gantt_image(ROWS, 1600)
    assert same.size() == image.size()


def test_an_empty_schedule_draws_a_sentence_not_an_error(tmp_path: Path) -> None:
    path = render_gantt_png([], tmp_path / "pusty.png", 800)

    assert QImage(str(path)).width() == 800


def test_an_unwritable_path_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Nie można zapisać pliku"):
        render_gantt_png(ROWS, tmp_path / "brak" / "h.png")
