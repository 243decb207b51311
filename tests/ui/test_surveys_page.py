"""The surveys page on a real store: a residents' survey imported from a Google Forms XLSX.

Expected figures are counted from the generated rows themselves, so the
tests check what the user reads (tables, chart bars, counts) against the
file, not against the summary code that produced them.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCharts import QAbstractBarSeries
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS, fill_demo
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.survey_tables import ValueRole
from cwd_desktop.ui.surveys_page import SurveysPage
from tests.ui.test_jst_picker import type_text

# -- a realistic residents' survey, as Google Forms exports it --------------------------------

GMINA = "Gmina zamieszkania"
SEX = "Płeć"
AGE = "Wiek"
LIFE = "Jak oceniasz życie w swojej gminie?"
SERVICES = "Z których usług publicznych w gminie korzystasz?"
GRID = "Oceń dostępność"
GRID_ROWS = ("Drogi i chodniki", "Szkoły i przedszkola", "Ośrodek zdrowia", "Transport publiczny")
LEAVE = "Czy planujesz wyprowadzić się z gminy w ciągu 5 lat?"
IMPROVE = "Co w pierwszej kolejności należy poprawić w Twojej gminie?"
QUESTIONS = [GMINA, SEX, AGE, LIFE, SERVICES, GRID, LEAVE, IMPROVE]

#: Gmina answers as residents typed them; "Braniewo" is ambiguous (town or rural gmina).
GMINY = ("Frombork", "Lelkowo", "Pieniężno", "Płoskinia", "Wilczęta", "Braniewo")
FROMBORK = "2802033"
SERVICE_OPTIONS = (
    "Biblioteka",
    "Ośrodek kultury",
    "Boiska i hale sportowe",
    "Ośrodek pomocy społecznej",
    "Urząd gminy (sprawy urzędowe)",
)
GRID_OPTIONS = ("Bardzo zła", "Zła", "Dobra", "Bardzo dobra")
LEAVE_OPTIONS = ("Tak", "Nie", "Nie wiem")
WISHES = (
    "Więcej kursów autobusowych do Braniewa i Elbląga",
    "Chodniki i oświetlenie wzdłuż drogi wojewódzkiej",
    "Dłuższe godziny przyjęć w ośrodku zdrowia",
    "Żłobek i więcej miejsc w przedszkolu",
    "Światłowód we wsiach, internet jest bardzo słaby",
    "Ścieżka rowerowa wzdłuż Zalewu Wiślanego",
    "Miejsca pracy dla młodych, żeby nie wyjeżdżali",
    "Remont świetlicy wiejskiej i zajęcia dla seniorów",
    "Kanalizacja w mniejszych miejscowościach",
    "Odśnieżanie dróg gminnych zimą",
)
PLACES = ("", " w Żelaznej Górze", " w Pakoszach", " w Chruścielu", " w Młynarach", " koło szkoły")
TAILS = ("", ".", "!", " – to najpilniejsze.", " Od lat nic się nie zmienia.", " Proszę o to.")

HEADERS = [
    "Sygnatura czasowa",
    GMINA,
    SEX,
    AGE,
    LIFE,
    SERVICES,
    *(f"{GRID} [{row}]" for row in GRID_ROWS),
    LEAVE,
    IMPROVE,
]


def survey_rows(count: int = 300, seed: int = 4) -> list[list[object]]:
    """The header and ``count`` responses (seeded: the same rows every run)."""
    rng = random.Random(seed)
    start = datetime(2026, 3, 2, 8, 0)
    rows: list[list[object]] = [list(HEADERS)]
    for i in range(count):
        services = [s for s in SERVICE_OPTIONS if rng.random() < 0.45]
        grid = [rng.choice(GRID_OPTIONS) if rng.random() < 0.95 else "" for _ in GRID_ROWS]
        wish = rng.choice(WISHES) + rng.choice(PLACES) + rng.choice(TAILS)
        rows.append(
            [
                start + timedelta(minutes=37 * i),
                rng.choices(GMINY, weights=(4, 2, 5, 2, 2, 3))[0],
                rng.choice(("Kobieta", "Mężczyzna")) if rng.random() < 0.97 else "",
                rng.randint(15, 84),
                rng.choices((1, 2, 3, 4, 5), weights=(1, 2, 4, 5, 3))[0],
                ", ".join(services),
                *grid,
                rng.choices(LEAVE_OPTIONS, weights=(2, 6, 3))[0],
                wish if rng.random() < 0.6 else "",
            ]
        )
    return rows


def write_survey(path: Path, rows: list[list[object]]) -> Path:
    """``rows`` as a Google Forms XLSX export."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Odpowiedzi na formularz 1"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


ROWS = survey_rows()
ANSWERS = [dict(zip(HEADERS, row, strict=True)) for row in ROWS[1:]]


# -- fixtures and helpers ------------------------------------------------------------------


@pytest.fixture
def survey_id(services: Services, tmp_path: Path) -> str:
    """The demo programme plus our residents' survey imported into PGZB."""
    fill_demo(services)
    path = write_survey(tmp_path / "Ankieta mieszkańców (Odpowiedzi).xlsx", ROWS)
    result = services.surveys.import_file(path, "PGZB", "residents", title="Ankieta 2026")
    assert result.created and result.responses == 300
    return result.survey_id


@pytest.fixture
def page(qtbot: QtBot, services: Services, survey_id: str) -> SurveysPage:
    widget = SurveysPage(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.activateWindow()
    assert QTest.qWaitForWindowActive(widget)  # keyboard focus needs an active window
    widget.show_partnership(services.partnerships.get("PGZB"))
    assert widget.select_survey(survey_id)
    return widget


def table(page: SurveysPage) -> list[list[str]]:
    """The table under the chart as the user reads it, header first."""
    model = page.panel.table_model
    header = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    body = [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return [header, *body]


def column_values(page: SurveysPage, column: int) -> dict[str, float]:
    """Row label → the number in ``column`` (the raw value behind the formatted text)."""
    model = page.panel.table_model
    return {
        str(model.index(r, 0).data()): model.index(r, column).data(ValueRole)
        for r in range(model.rowCount())
    }


def bar_values(page: SurveysPage) -> list[list[float]]:
    """The values of each bar set of the chart shown."""
    chart = page.panel.chart_view.chart()
    sets = [s for series in chart.series() if isinstance(series, QAbstractBarSeries)
            for s in series.barSets()]  # fmt: skip
    return [[s.at(i) for i in range(s.count())] for s in sets]


def bar_count(page: SurveysPage) -> int:
    """How many bars (or stacked segments) the chart draws."""
    return sum(len(values) for values in bar_values(page))


def choose(combo: object, text: str) -> None:
    index = combo.findText(text)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def shown_surveys(page: SurveysPage) -> list[str]:
    model = page.surveys_model
    return [model.index(r).data() for r in range(model.rowCount())]


# -- tests ---------------------------------------------------------------------------------


def test_selecting_a_survey_lists_its_questions(page: SurveysPage, services: Services) -> None:
    """The survey list shows the partnership's surveys; the selected one lists its questions."""
    assert "Ankieta 2026" in shown_surveys(page)
    model = page.questions_model
    assert [model.index(r).data() for r in range(model.rowCount())] == QUESTIONS
    assert page.ui.surveyTitleLabel.text() == "Ankieta 2026"
    assert "Formularze Google" in page.ui.surveyInfoLabel.text()
    assert "respondenci: 300" in page.ui.surveyInfoLabel.text()
    # The first question is shown at once.
    assert page.panel.key == GMINA


def test_closed_question_shows_counts_percents_and_bars(page: SurveysPage) -> None:
    """A scale: counts and percents per answer, the mean, and one bar per answer."""
    page.select_question(LIFE)
    expected = Counter(str(a[LIFE]) for a in ANSWERS)
    assert table(page)[0] == ["Odpowiedź", "Liczba", "%"]
    assert column_values(page, 1) == {k: expected[k] for k in "12345"}
    percents = column_values(page, 2)
    assert percents["4"] == pytest.approx(100 * expected["4"] / 300)
    assert bar_count(page) == 5
    mean = sum(int(a[LIFE]) for a in ANSWERS) / 300
    assert "średnia" in page.ui.statsLabel.text()
    shown_mean = page.ui.statsLabel.text().split("średnia: ")[1].split(" ")[0]
    assert float(shown_mean.replace(",", ".")) == pytest.approx(mean, abs=0.01)


def test_multiple_choice_percent_of_respondents(page: SurveysPage) -> None:
    """Each option counts the respondents who chose it; percent of those who answered."""
    page.select_question(SERVICES)
    chosen = [str(a[SERVICES]).split(", ") for a in ANSWERS if a[SERVICES]]
    counts = Counter(option for answer in chosen for option in answer)
    values = column_values(page, 1)
    assert {k: values[k] for k in SERVICE_OPTIONS} == {k: counts[k] for k in SERVICE_OPTIONS}
    assert column_values(page, 2)["Biblioteka"] == pytest.approx(
        100 * counts["Biblioteka"] / len(chosen)
    )
    assert values["brak odpowiedzi"] == 300 - len(chosen)
    assert bar_count(page) == len(SERVICE_OPTIONS)


def test_grid_is_shown_as_a_matrix(page: SurveysPage) -> None:
    """A grid question: its rows down, the ratings across, a stacked bar per row."""
    page.select_question(GRID)
    rows = table(page)
    assert rows[0][0] == "Wiersz" and set(GRID_OPTIONS) <= set(rows[0])
    assert [r[0] for r in rows[1:]] == list(GRID_ROWS)
    column = rows[0].index("Dobra")
    roads = Counter(a[f"{GRID} [Drogi i chodniki]"] for a in ANSWERS)
    assert column_values(page, column)["Drogi i chodniki"] == roads["Dobra"]
    assert bar_count(page) == len(GRID_ROWS) * len(GRID_OPTIONS)  # a segment per row and rating
    page.ui.percentCheck.setChecked(True)
    answered = sum(n for k, n in roads.items() if k)
    assert column_values(page, column)["Drogi i chodniki"] == pytest.approx(
        100 * roads["Dobra"] / answered
    )
    # Split by gender, one grid row at a time (the row is chosen next to the breakdown).
    page.ui.percentCheck.setChecked(False)
    choose(page.ui.breakdownCombo, "płci")
    assert page.ui.rowCombo.isVisibleTo(page)
    choose(page.ui.rowCombo, "Ośrodek zdrowia")
    header = table(page)[0]
    health = Counter(a[f"{GRID} [Ośrodek zdrowia]"] for a in ANSWERS if a[SEX] == "Kobieta")
    assert column_values(page, header.index("Kobieta"))["Zła"] == health["Zła"]


def test_gmina_filter_changes_the_counts(page: SurveysPage) -> None:
    """Choosing Frombork counts only Frombork's respondents, and the header says how many."""
    page.select_question(LEAVE)
    names = [page.ui.gminaCombo.itemText(i) for i in range(page.ui.gminaCombo.count())]
    assert names[0] == "wszystkie"
    assert "Frombork" in names and "gmina nieprzypisana" in names  # "Braniewo" is ambiguous
    choose(page.ui.gminaCombo, "Frombork")
    frombork = [a for a in ANSWERS if a[GMINA] == "Frombork"]
    expected = Counter(a[LEAVE] for a in frombork)
    assert column_values(page, 1) == {k: expected[k] for k in LEAVE_OPTIONS}
    assert f"{len(frombork)} z 300" in page.ui.filteredLabel.text()
    # An age group narrows it further; clearing the filters brings everyone back.
    choose(page.ui.ageCombo, "25–34")
    young = [a for a in frombork if 25 <= int(a[AGE]) <= 34]
    assert sum(column_values(page, 1).values()) == len(young)
    page.ui.clearFiltersButton.click()
    assert sum(column_values(page, 1).values()) == 300
    assert page.state is not None and page.state.filters.gminy is None


def test_crosstab_by_gender(page: SurveysPage) -> None:
    """ "Podział wg płci" splits the answers into women and men, in counts and percents."""
    page.select_question(LEAVE)
    choose(page.ui.breakdownCombo, "płci")
    header = table(page)[0]
    assert sorted(header[1:3]) == ["Kobieta", "Mężczyzna"]
    assert (header[0], header[3]) == ("Odpowiedź", "Razem")
    women, men = header.index("Kobieta"), header.index("Mężczyzna")
    said = {
        sex: Counter(a[LEAVE] for a in ANSWERS if a[SEX] == sex) for sex in ("Kobieta", "Mężczyzna")
    }
    assert column_values(page, women) == {
        **{k: said["Kobieta"][k] for k in LEAVE_OPTIONS},
        "Odpowiedziało": sum(said["Kobieta"].values()),
    }
    assert column_values(page, men)["Tak"] == said["Mężczyzna"]["Tak"]
    page.ui.percentCheck.setChecked(True)
    assert column_values(page, women)["Tak"] == pytest.approx(
        100 * said["Kobieta"]["Tak"] / sum(said["Kobieta"].values())
    )
    assert bar_count(page) == 2 * len(LEAVE_OPTIONS)  # a bar (segment) per group and answer
    # Back to no breakdown: the plain table again.
    choose(page.ui.breakdownCombo, "— brak —")
    assert table(page)[0] == ["Odpowiedź", "Liczba", "%"]


def test_free_text_search_ignores_diacritics(page: SurveysPage) -> None:
    """Free answers are listed; "swietlic" and "świetlic" find the same answers, "n z m"."""
    page.select_question(IMPROVE)
    assert page.ui.detailStack.currentWidget() is page.ui.textPage
    texts = [str(a[IMPROVE]).strip() for a in ANSWERS if str(a[IMPROVE]).strip()]
    assert page.panel.texts_shown == texts
    assert page.ui.textCountLabel.text() == f"odpowiedzi: {len(texts)}"
    wanted = [t for t in texts if "świetlic" in t.lower()]
    page.ui.textFilterEdit.setFocus()
    type_text(page.ui.textFilterEdit, "swietlic")
    assert page.panel.texts_shown == wanted
    assert page.ui.textCountLabel.text() == f"{len(wanted)} z {len(texts)}"
    page.ui.textFilterEdit.clear()
    type_text(page.ui.textFilterEdit, "ŚWIETLIC")
    assert page.panel.texts_shown == wanted
    # Two words must both occur, in any order.
    page.ui.textFilterEdit.setText("seniorow remont")
    assert page.panel.texts_shown == wanted


def test_delete_and_undo(
    page: SurveysPage, services: Services, survey_id: str, qtbot: QtBot, monkeypatch
) -> None:
    """Delete asks, removes the survey everywhere; Ctrl+Z brings it back, selected."""
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, text, _t=None: asked.append(text) or True)
    page.ui.surveysView.setFocus()
    QTest.keyClick(page.ui.surveysView, Qt.Key.Key_Delete)
    assert asked and "Ankieta 2026" in asked[0]
    assert "Ankieta 2026" not in shown_surveys(page)
    assert survey_id not in [s.id for s in services.surveys.list()]
    page.undo_stack.undo()
    assert survey_id in [s.id for s in services.surveys.list()]
    assert page.current_survey_id() == survey_id
    assert len(page.questions_model.question(0).text) > 0
    page.undo_stack.redo()
    assert survey_id not in [s.id for s in services.surveys.list()]


def test_rename_in_place_with_f2(
    page: SurveysPage, services: Services, survey_id: str, qtbot: QtBot
) -> None:
    """F2 edits the title in the list; Enter stores it; Ctrl+Z writes the old title back."""
    page.ui.surveysView.setFocus()
    QTest.keyClick(page.ui.surveysView, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Ankieta mieszkańców – wiosna 2026")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.surveys.load(survey_id).info.title != "Ankieta 2026")
    assert services.surveys.load(survey_id).info.title == "Ankieta mieszkańców – wiosna 2026"
    qtbot.waitUntil(lambda: "Ankieta mieszkańców – wiosna 2026" in shown_surveys(page))
    assert page.ui.surveyTitleLabel.text() == "Ankieta mieszkańców – wiosna 2026"
    page.undo_stack.undo()
    assert services.surveys.load(survey_id).info.title == "Ankieta 2026"
    assert "Ankieta 2026" in shown_surveys(page)


def test_an_empty_title_is_refused(
    page: SurveysPage, services: Services, survey_id: str, qtbot: QtBot, monkeypatch
) -> None:
    """Clearing the title says why it cannot be stored and keeps the old one."""
    errors: list[str] = []
    monkeypatch.setattr(messages, "error", lambda _p, text, _t=None: errors.append(text))
    page.ui.surveysView.setFocus()
    QTest.keyClick(page.ui.surveysView, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == ["Podaj tytuł ankiety."]
    assert services.surveys.load(survey_id).info.title == "Ankieta 2026"
    assert "Ankieta 2026" in shown_surveys(page)
    assert page.undo_stack.count() == 0


def test_open_record_selects_the_survey_and_question(
    page: SurveysPage, services: Services, survey_id: str
) -> None:
    """A search hit on a question opens its survey with that question shown."""
    other = next(s for s in services.surveys.list(page._view.id) if s.id != survey_id)
    page.open_record("survey", other.id)
    assert page.current_survey_id() == other.id
    question = services.surveys.load(survey_id).question(GRID)
    assert question is not None
    page.open_record("survey_question", question.id)
    assert page.current_survey_id() == survey_id
    assert page.panel.key == GRID
    assert page.ui.questionsView.currentIndex().data() == GRID


def test_a_search_hit_on_a_question_opens_the_surveys_area(
    qtbot: QtBot, services: Services, survey_id: str
) -> None:
    """From the main window, a found question opens "Ankiety" on its survey and question."""
    from cwd_desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    question = services.surveys.load(survey_id).question(SERVICES)
    assert question is not None
    pgzb = services.partnerships.get("PGZB").id
    window.open_record(pgzb, "survey_question", question.id)
    page = window.ui.pages.currentWidget()
    assert isinstance(page, SurveysPage)
    assert window.ui.areaList.currentItem().text() == "Ankiety"
    assert page.current_survey_id() == survey_id
    assert page.panel.key == SERVICES


def test_empty_partnership_offers_the_import(qtbot: QtBot, services: Services, monkeypatch) -> None:
    """A partnership without surveys says so and offers the import; Ctrl+I opens the wizard."""
    data = replace(DEMO_PARTNERSHIPS[2], name="Partnerstwo bez ankiet", short_name="PBA")
    pid = services.partnerships.create(data)
    page = SurveysPage(services)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    assert QTest.qWaitForWindowActive(page)
    page.show_partnership(services.partnerships.get(pid))
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyImportButton.isVisible()
    assert not page.ui.exportButton.isEnabled()
    opened: list[str] = []

    def close_wizard() -> None:
        from cwd_desktop.ui.survey_import_wizard import SurveyImportWizard

        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SurveyImportWizard):
            opened.append(dialog.windowTitle())
            dialog.reject()
        else:
            QTimer.singleShot(20, close_wizard)

    QTimer.singleShot(20, close_wizard)
    QTest.keyClick(page, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert opened
    assert page.ui.stack.currentWidget() is page.ui.emptyPage  # cancelled: nothing imported


def test_import_through_the_wizard_selects_the_new_survey(
    page: SurveysPage, services: Services, tmp_path: Path
) -> None:
    """Ctrl+I opens the wizard; once it stores the file the page shows it; Ctrl+Z takes it back."""
    from cwd_desktop.domain.vocab import SurveyKind
    from cwd_desktop.ui.survey_import_wizard import SurveyImportWizard

    path = write_survey(tmp_path / "Ankieta jesień.xlsx", survey_rows(40, seed=9))

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, SurveyImportWizard):
            QTimer.singleShot(20, drive)
            return
        wizard.read_file(path, SurveyKind.RESIDENTS, "Ankieta jesienna")

        def store_when_read() -> None:
            if wizard.busy or wizard.plan is None:
                QTimer.singleShot(20, store_when_read)
            else:
                wizard.store()

        store_when_read()

    QTimer.singleShot(20, drive)
    page.ui.surveysView.setFocus()
    QTest.keyClick(page.ui.surveysView, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    stored = next(s for s in services.surveys.list() if s.title == "Ankieta jesienna")
    assert stored.response_count == 40
    assert page.current_survey_id() == stored.id
    assert page.ui.surveyTitleLabel.text() == "Ankieta jesienna"
    page.undo_stack.undo()
    assert "Ankieta jesienna" not in shown_surveys(page)
    assert stored.id not in [s.id for s in services.surveys.list()]


def test_missing_questions_disable_filters_and_breakdowns(
    page: SurveysPage, services: Services, tmp_path: Path
) -> None:
    """A survey with no age or gmina question: those filters are off and say why."""
    rows = [[r[0], r[2], r[4], r[6]] for r in ROWS]  # timestamp, gender, scale, grid row 1
    rows[0][3] = f"{GRID} [Drogi i chodniki]"
    path = write_survey(tmp_path / "krótka.xlsx", rows)
    result = services.surveys.import_file(path, "PGZB", "residents", title="Krótka ankieta")
    page.reload(result.survey_id)
    assert page.current_survey_id() == result.survey_id
    assert not page.ui.ageCombo.isEnabled()
    assert "wiek" in page.ui.ageCombo.toolTip()
    assert not page.ui.gminaCombo.isEnabled()
    model = page.ui.breakdownCombo.model()
    assert isinstance(model, QStandardItemModel)
    enabled = {model.item(r).text(): model.item(r).isEnabled() for r in range(model.rowCount())}
    assert enabled == {"— brak —": True, "gminy": False, "płci": True, "wieku": False}


def test_export_summary_to_xlsx(page: SurveysPage, tmp_path: Path, monkeypatch) -> None:
    """The summary is saved in the background as a workbook with the questions in it."""
    choose(page.ui.gminaCombo, "Frombork")
    target = tmp_path / "podsumowanie"
    infos: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _p, text, _t=None: infos.append(text))
    page.export_xlsx(str(target))
    assert wait_for_background()
    QTest.qWait(50)
    saved = tmp_path / "podsumowanie.xlsx"
    assert saved.exists() and infos and str(saved) in infos[0]
    book = load_workbook(saved, read_only=True)
    text = " ".join(
        str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
        for cell in row if cell is not None
    )  # fmt: skip
    assert LIFE in text and SERVICES in text
