"""Survey charts as the surveys page shows them: real charts in a real view, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QChart,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem
from pytestqt.qtbot import QtBot

from cwd_desktop.services.survey_import.model import QuestionType
from cwd_desktop.services.survey_summary import AnswerCount, CrossTab, GridRow, QuestionSummary
from cwd_desktop.ui.survey_answer_order import answer_order
from cwd_desktop.ui.survey_chart_base import SurveyChart, wrap_label
from cwd_desktop.ui.survey_charts import (
    MAX_BARS,
    ChartView,
    crosstab_chart,
    question_chart,
)

A = AnswerCount
PROBLEMS = QuestionSummary(
    "problem",
    "Co jest największym problemem gminy?",
    QuestionType.SINGLE,
    respondents=300,
    answered=290,
    answers=(
        A("Ograniczony dostęp do lekarzy specjalistów", 38, 100 * 38 / 290),
        A("Brak miejsc pracy i niskie wynagrodzenia, wyjazdy młodych do miast", 89, 100 * 89 / 290),
        A("Zły stan dróg gminnych", 60, 100 * 60 / 290),
        A("Inne", 10, 100 * 10 / 290),
        A("Słaba komunikacja publiczna", 93, 100 * 93 / 290),
    ),
)
SERVICES = QuestionSummary(
    "services",
    "Z których usług gminy korzystał(a) Pan/Pani?",
    QuestionType.MULTIPLE,
    respondents=300,
    answered=280,
    answers=(
        A("Biblioteka publiczna", 200, 100 * 200 / 280),
        A("Basen", 100, 100 * 100 / 280),
        A("Komunikacja autobusowa (dowóz do szkół)", 260, 100 * 260 / 280),
    ),
)
GRADES = ("Dobrze", "Bardzo dobrze", "Źle", "Nie mam zdania", "Bardzo źle")  # as first seen
GRID = QuestionSummary(
    "grid",
    "Jak ocenia Pan/Pani obszary w gminie?",
    QuestionType.GRID,
    respondents=300,
    answered=270,
    grid=(
        GridRow(
            "Drogi i chodniki",
            200,
            tuple(A(g, n, n / 2) for g, n in zip(GRADES, (80, 20, 60, 10, 30), strict=True)),
        ),
        GridRow(
            "Dostęp do opieki zdrowotnej (lekarz rodzinny, specjaliści, ratownictwo medyczne)",
            100,
            # A row may hold an answer the others lack (typed in by a respondent).
            (
                *(A(g, n, float(n)) for g, n in zip(GRADES, (30, 5, 40, 5, 15), strict=True)),
                A("Nie korzystam", 5, 5.0),
            ),
        ),
    ),
)


def series_of(chart: QChart) -> QHorizontalBarSeries | QHorizontalPercentBarSeries:
    (series,) = chart.series()
    assert isinstance(series, QHorizontalBarSeries | QHorizontalPercentBarSeries)
    return series


def shown(view: ChartView, qtbot: QtBot, width: int = 700) -> SurveyChart:
    """Lay the view's chart out at ``width`` (and the height it asks for)."""
    view.resize(width, view.sizeHint().height())
    view.show()
    qtbot.waitExposed(view)
    chart = view.chart()
    assert isinstance(chart, SurveyChart)
    qtbot.waitUntil(lambda: not chart.plotArea().isEmpty())
    return chart


def test_single_choice_bars_read_top_down_most_frequent_first(qtbot: QtBot) -> None:
    chart = question_chart(PROBLEMS)
    assert isinstance(chart, SurveyChart)
    series = series_of(chart)
    assert isinstance(series, QHorizontalBarSeries)
    (bars,) = series.barSets()
    assert bars.count() == 5
    # Nominal answers: most frequent first, "Inne" last, whatever the file's order.
    assert chart.categories() == [
        "Słaba komunikacja publiczna",
        "Brak miejsc pracy i niskie wynagrodzenia, wyjazdy młodych do miast",
        "Zły stan dróg gminnych",
        "Ograniczony dostęp do lekarzy specjalistów",
        "Inne",
    ]
    # Qt counts categories from the bottom: the last value is the top bar.
    assert [round(bars.at(i), 1) for i in range(5)][::-1] == [32.1, 30.7, 20.7, 13.1, 3.4]
    assert chart.bar_labels()[::-1] == ["93 (32%)", "89 (31%)", "60 (21%)", "38 (13%)", "10 (3%)"]
    axis = next(a for a in chart.axes() if isinstance(a, QValueAxis))
    assert (axis.min(), axis.max(), axis.labelFormat()) == (0, 100, "%d%%")
    assert "(n\u00a0=\u00a0290)" in chart.title()
    assert chart.animationOptions() == QChart.AnimationOption.NoAnimation


def test_rating_answers_keep_their_natural_order() -> None:
    labels = [
        "Raczej tak",
        "Trudno powiedzieć",
        "Zdecydowanie nie",
        "Zdecydowanie tak",
        "Raczej nie",
    ]
    order = answer_order(labels, [50, 5, 10, 20, 15])
    assert answer_order(["Kobieta", "Mężczyzna"], [40, 60]) == [1, 0]  # not a scale: by count
    assert [labels[i] for i in order] == [
        "Zdecydowanie tak",
        "Raczej tak",
        "Raczej nie",
        "Zdecydowanie nie",
        "Trudno powiedzieć",
    ]
    counts = [50, 5, 10, 20, 15]
    summary = QuestionSummary(
        "q", "Czy poleciłby Pan gminę?", QuestionType.SINGLE, 100, 100,
        answers=tuple(A(label, n, float(n)) for label, n in zip(labels, counts, strict=True)),
    )  # fmt: skip
    chart = question_chart(summary)
    assert isinstance(chart, SurveyChart)
    assert chart.categories() == [labels[i] for i in order]


def test_scale_keeps_numeric_order_and_notes_mean_and_median() -> None:
    summary = QuestionSummary(
        "s", "Zadowolenie (1–5)", QuestionType.SCALE, 10, 10,
        answers=tuple(A(str(v), n, n * 10.0) for v, n in ((1, 1), (2, 1), (3, 2), (4, 5), (5, 1))),
        mean=3.4, median=4.0,
    )  # fmt: skip
    chart = question_chart(summary)
    assert isinstance(chart, SurveyChart)
    assert chart.categories() == ["1", "2", "3", "4", "5"]
    assert "średnia 3,4, mediana 4,0" in chart.title()


def test_multiple_choice_is_percent_of_respondents_with_a_note() -> None:
    chart = question_chart(SERVICES)
    assert isinstance(chart, SurveyChart)
    assert "nie sumują się do 100%" in chart.title()
    assert chart.categories()[0] == "Komunikacja autobusowa (dowóz do szkół)"
    (bars,) = series_of(chart).barSets()
    values = [round(bars.at(i), 1) for i in range(bars.count())][::-1]
    assert values == [92.9, 71.4, 35.7]
    assert sum(values) > 100
    axis = next(a for a in chart.axes() if isinstance(a, QValueAxis))
    assert axis.titleText() == "% respondentów, którzy odpowiedzieli"


def test_grid_is_one_percent_stacked_bar_per_row_in_rating_order(qtbot: QtBot) -> None:
    chart = question_chart(GRID)
    assert isinstance(chart, SurveyChart)
    series = series_of(chart)
    assert isinstance(series, QHorizontalPercentBarSeries)
    sets = series.barSets()
    # Ratings from best to worst, "don't know" answers last; one bar per grid row.
    assert [s.label() for s in sets] == [
        "Bardzo dobrze", "Dobrze", "Źle", "Bardzo źle", "Nie mam zdania", "Nie korzystam",
    ]  # fmt: skip
    assert all(s.count() == 2 for s in sets)
    # Bottom bar is the last grid row; top bar the first.
    assert [(s.at(1), s.at(0)) for s in sets] == [
        (20, 5),
        (80, 30),
        (60, 40),
        (30, 15),
        (10, 5),
        (0, 5),
    ]
    assert chart.legend_texts() == [s.label() for s in sets]
    assert not chart.legend().isVisible()  # the chart draws its own, wrapping legend
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(chart)
    shown(view, qtbot)
    # Segment labels are row percents, bottom bar (the health row) first; empty segments
    # carry none, and narrow ones hide theirs once laid out.
    assert chart.bar_labels() == [
        "5%", "30%", "40%", "15%", "5%", "5%",
        "10%", "40%", "30%", "15%", "5%",
    ]  # fmt: skip
    visible = chart.visible_bar_labels()
    assert visible.count("40%") == 2 and visible.count("30%") == 2


def test_long_labels_wrap_to_the_chart_width_and_are_escaped(qtbot: QtBot) -> None:
    long = "Dostęp do opieki zdrowotnej (lekarz rodzinny, specjaliści, ratownictwo medyczne)"
    summary = QuestionSummary(
        "q", "Pytanie", QuestionType.SINGLE, 20, 20,
        answers=(A(long, 12, 60.0), A("< 1000 zł & więcej", 8, 40.0)),
    )  # fmt: skip
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(question_chart(summary))
    chart = shown(view, qtbot, 700)
    (axis,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    wide = axis.categories()
    assert "&lt; 1000 zł &amp; więcej" in wide
    wrapped = next(c for c in wide if c.startswith("Dostęp"))
    assert wrapped.count("<br>") >= 1
    assert wrapped.replace("<br>", " ") == long  # nothing cut at this width
    # Narrower, the same label takes more lines of fewer characters.
    view.resize(380, view.height())
    qtbot.waitUntil(lambda: axis.categories() != wide)
    narrow = next(c for c in axis.categories() if c.startswith("Dostęp"))
    assert max(map(len, narrow.split("<br>"))) < max(map(len, wrapped.split("<br>")))
    assert all(len(line) <= 41 for line in wrap_label(long * 3))
    assert len(wrap_label(long * 3)) == 3 and wrap_label(long * 3)[-1].endswith("…")


def test_many_answers_are_merged_into_one_bar() -> None:
    answers = tuple(A(f"Odpowiedź wpisana nr {i}", 30 - i, float(30 - i)) for i in range(20))
    summary = QuestionSummary("q", "Inne", QuestionType.SINGLE, 100, 100, answers=answers)
    chart = question_chart(summary)
    assert isinstance(chart, SurveyChart)
    assert len(chart.categories()) == MAX_BARS
    assert chart.categories()[-1] == "pozostałe odpowiedzi (6)"
    (bars,) = series_of(chart).barSets()
    assert bars.at(0) == pytest.approx(sum(30 - i for i in range(14, 20)))


def test_crosstab_stacks_each_group_to_100_percent() -> None:
    tab = CrossTab(
        question="Czy poleciłby Pan gminę?",
        dimension="gender",
        groups=("Kobieta", "Mężczyzna"),
        labels=("Nie", "Tak"),
        counts=((5, 30), (15, 20)),
        totals=(20, 50),
    )
    chart = crosstab_chart(tab)
    assert isinstance(chart, SurveyChart)
    series = series_of(chart)
    assert isinstance(series, QHorizontalPercentBarSeries)
    assert [s.label() for s in series.barSets()] == ["Tak", "Nie"]
    assert chart.categories() == ["Kobieta (n\u00a0=\u00a020)", "Mężczyzna (n\u00a0=\u00a050)"]
    assert sorted(chart.bar_labels()) == sorted(["75%", "25%", "40%", "60%"])
    assert "wg płci" in chart.title()
    assert chart.legend_texts() == ["Tak", "Nie"]


def test_crosstab_of_a_multiple_choice_puts_groups_side_by_side() -> None:
    tab = CrossTab(
        question="Z których usług korzystasz?",
        dimension="age",
        groups=("18–24", "65+"),
        labels=("Biblioteka", "Basen", "Ośrodek zdrowia"),
        counts=((8, 2), (6, 1), (3, 9)),
        totals=(10, 10),
    )
    chart = crosstab_chart(tab)
    assert isinstance(chart, SurveyChart)
    series = series_of(chart)
    assert isinstance(series, QHorizontalBarSeries)  # not stacked: shares exceed 100%
    # One colour per group; within each answer the first group is the top bar.
    assert [s.label() for s in series.barSets()] == [
        "65+ (n\u00a0=\u00a010)",
        "18–24 (n\u00a0=\u00a010)",
    ]
    assert chart.categories() == ["Ośrodek zdrowia", "Biblioteka", "Basen"]
    young = series.barSets()[1]
    assert [young.at(i) for i in range(3)][::-1] == [30, 80, 60]
    assert "można było wybrać kilka odpowiedzi" in chart.title()


def test_view_shows_a_placeholder_instead_of_a_chart(qtbot: QtBot) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    text = QuestionSummary("t", "Co zmienić?", QuestionType.TEXT, 10, 4, texts=("a", "b", "c", "d"))
    assert question_chart(text) is None
    view.show_question(text)
    assert view.placeholder == "Pytanie otwarte — odpowiedzi są na liście obok"
    view.resize(400, 240)
    image = view.grab().toImage()
    assert _has_color(image, QColor("#6b6b6b"), tolerance=60)  # the grey text is drawn

    empty = QuestionSummary("e", "Płeć", QuestionType.SINGLE, 10, 0)
    assert question_chart(empty) is None
    view.show_question(empty)
    assert view.placeholder == "Brak danych do wykresu"

    view.set_chart(question_chart(PROBLEMS))
    assert view.placeholder == ""
    assert isinstance(view.chart(), SurveyChart)
    assert view.renderHints() & QPainter.RenderHint.Antialiasing


def test_chart_in_view_draws_its_bars(qtbot: QtBot) -> None:
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(question_chart(SERVICES, title=False))
    chart = shown(view, qtbot)
    assert chart.title() == ""
    assert chart.visible_bar_labels()[::-1] == ["260 (93%)", "200 (71%)", "100 (36%)"]
    image = view.grab().toImage()
    assert _has_color(image, QColor("#4e79a7"))


def _has_color(image: QImage, color: QColor, tolerance: int = 8) -> bool:
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - color.red()) <= tolerance
                and abs(pixel.green() - color.green()) <= tolerance
                and abs(pixel.blue() - color.blue()) <= tolerance
            ):
                return True
    return False


def test_bar_labels_stay_inside_the_chart_for_long_bars(qtbot: QtBot) -> None:
    summary = QuestionSummary(
        "q",
        "Pytanie",
        QuestionType.SINGLE,
        100,
        100,
        answers=(A("Tak", 98, 98.0), A("Nie", 2, 2.0)),
    )
    view = ChartView()
    qtbot.addWidget(view)
    view.set_chart(question_chart(summary))
    chart = shown(view, qtbot, 500)
    items = [
        i
        for i in chart.childItems()
        if isinstance(i, QGraphicsSimpleTextItem) and i.text() == "98 (98%)"
    ]
    (item,) = items
    right = item.mapRectToParent(item.boundingRect()).right()
    assert right <= chart.size().width()
    assert item.brush().color() == QColor(Qt.GlobalColor.white)  # drawn inside the bar
