"""Charts rendered to PNG files for Word documents: real images, offscreen."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from cwd_desktop.errors import UserError
from cwd_desktop.exports.charts import render_png, survey_pngs
from cwd_desktop.services.app import Services
from cwd_desktop.services.survey_import.model import QuestionType
from cwd_desktop.services.survey_summary import AnswerCount, QuestionSummary
from cwd_desktop.ui.survey_charts import question_chart
from tests.exports.survey_sample import import_sample

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def choice(answers: int) -> QuestionSummary:
    """A single choice with ``answers`` long Polish options."""
    counts = [(i + 1) * 7 for i in range(answers)]
    total = sum(counts)
    return QuestionSummary(
        "q",
        "Co jest Pana/Pani zdaniem największym problemem gminy?",
        QuestionType.SINGLE,
        respondents=total,
        answered=total,
        answers=tuple(
            AnswerCount(
                f"Problem nr {i + 1}: brak chodnika i oświetlenia przy drodze", n, 100 * n / total
            )
            for i, n in enumerate(counts)
        ),
    )


def png_size(path: Path) -> tuple[int, int]:
    """Width and height read from the PNG header itself."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def colours(image: QImage, step: int = 4) -> set[int]:
    return {
        image.pixel(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    }


def test_png_is_a_readable_image_of_the_chart(qtbot: object, tmp_path: Path) -> None:
    chart = question_chart(choice(4))
    assert chart is not None
    path = render_png(chart, tmp_path / "wykres.png")
    assert path == tmp_path / "wykres.png"
    width, height = png_size(path)
    assert width == 1600
    assert 500 < height < 1600
    image = QImage(str(path))
    assert (image.width(), image.height()) == (width, height)
    assert round(image.dotsPerMeterX() * 0.0254) == 200  # Word sizes it from this
    assert image.pixelColor(2, 2) == QColor("#ffffff")  # white, not transparent
    assert len(colours(image)) > 20  # text, bars, grid: not blank
    bar = QColor("#4e79a7")
    assert any(QColor(p) == bar for p in colours(image, 2))
    assert [p.name for p in tmp_path.iterdir()] == ["wykres.png"]  # no temporary left


def test_height_follows_the_number_of_bars(qtbot: object, tmp_path: Path) -> None:
    small, large = question_chart(choice(3)), question_chart(choice(12))
    assert small is not None and large is not None
    _, low = png_size(render_png(small, tmp_path / "a.png"))
    _, high = png_size(render_png(large, tmp_path / "b.png"))
    assert high > low * 2
    fixed = question_chart(choice(3))
    assert fixed is not None
    assert png_size(render_png(fixed, tmp_path / "c.png", width_px=800, height_px=500)) == (
        800,
        500,
    )


def test_a_chart_shown_on_screen_keeps_its_screen_fonts(qtbot: object, tmp_path: Path) -> None:
    chart = question_chart(choice(2))
    assert chart is not None
    before = chart.titleFont().pixelSize(), chart.titleFont().pointSizeF()
    render_png(chart, tmp_path / "a.png")
    assert (chart.titleFont().pixelSize(), chart.titleFont().pointSizeF()) == before


def test_unwritable_path_names_the_file_and_leaves_nothing(qtbot: object, tmp_path: Path) -> None:
    blocker = tmp_path / "raport.docx"
    blocker.write_text("not a folder")
    target = blocker / "q01.png"
    chart = question_chart(choice(2))
    assert chart is not None
    with pytest.raises(UserError) as error:
        render_png(chart, target)
    message = str(error.value)
    assert message.startswith(f"Nie można zapisać pliku {target}:")
    assert message.endswith(".") and "\n" not in message  # one sentence
    assert sorted(p.name for p in tmp_path.iterdir()) == ["raport.docx"]


def test_survey_pngs_writes_one_file_per_closed_question(
    qtbot: object, services: Services, tmp_path: Path
) -> None:
    data = import_sample(services, tmp_path)
    folder = tmp_path / "wykresy"
    paths = survey_pngs(data, folder)
    # Nine questions; the ninth is free text and gets no chart.
    assert [p.name for p in paths] == [f"q0{i}.png" for i in range(1, 9)]
    assert sorted(p.name for p in folder.iterdir()) == [p.name for p in paths]
    for path in paths:
        width, height = png_size(path)
        assert width == 1600 and height > 400
        assert len(colours(QImage(str(path)), 8)) > 10


def test_survey_pngs_into_a_folder_that_cannot_exist(
    qtbot: object, services: Services, tmp_path: Path
) -> None:
    data = import_sample(services, tmp_path, count=20)
    blocker = tmp_path / "plik"
    blocker.write_text("x")
    with pytest.raises(UserError, match=f"Nie można utworzyć folderu {blocker / 'wykresy'}"):
        survey_pngs(data, blocker / "wykresy")


def test_renders_from_the_command_line_without_a_display(tmp_path: Path) -> None:
    """A fresh process with no QApplication and no display, as ``cwd-desktop survey chart``."""
    script = f"""
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from cwd_desktop.exports.charts import ensure_app, render_png
from cwd_desktop.services.survey_import.model import QuestionType
from cwd_desktop.services.survey_summary import AnswerCount, QuestionSummary
from cwd_desktop.ui.survey_charts import question_chart
assert QGuiApplication.instance() is None
ensure_app()
assert QGuiApplication.platformName() == "offscreen"
summary = QuestionSummary("q", "Płeć", QuestionType.SINGLE, 3, 3,
    answers=(AnswerCount("Kobieta", 2, 66.7), AnswerCount("Mężczyzna", 1, 33.3)))
render_png(question_chart(summary), Path({str(tmp_path / "cli.png")!r}))
"""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert png_size(tmp_path / "cli.png")[0] == 1600
