"""The survey import wizard, walked page by page with real widgets on a real store.

The survey files are written in ``tmp_path`` as Google Forms exports them
(``Sygnatura czasowa``, ``Adres e-mail``, checkboxes joined with ``, ``,
grids as ``Pytanie [Wiersz]``), with residents of the PGZB demo partnership
writing their gmina as people do.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import fill_demo
from cwd_desktop.services.survey_import import QuestionType
from cwd_desktop.services.survey_summary import summarise
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background, writer_pool
from cwd_desktop.ui.survey_import_wizard import (
    DETECTION_PAGE,
    FILE_PAGE,
    GMINY_PAGE,
    QUESTIONS_PAGE,
    SUMMARY_PAGE,
    SurveyImportWizard,
)
from cwd_desktop.ui.survey_question_model import TYPE, type_label
from tests.ui.test_jst_picker import type_text

GMINA_Q = "W jakiej gminie mieszkasz?"
SEX_Q = "Płeć"
AGE_Q = "Ile masz lat?"
LIFE_Q = "Jak oceniasz jakość życia w swojej gminie? (1 – bardzo źle, 5 – bardzo dobrze)"
SERVICES_Q = "Z których usług publicznych korzystasz najczęściej?"
GRID_Q = "Oceń dostępność usług w Twojej okolicy"
GRID_ROWS = ["Transport publiczny", "Opieka zdrowotna", "Żłobki i przedszkola", "Internet"]
LEAVE_Q = "Czy w ciągu najbliższych 5 lat planujesz wyprowadzić się z gminy?"
HOUSEHOLD_Q = "Ile osób liczy Twoje gospodarstwo domowe?"
IMPROVE_Q = "Co należałoby poprawić w pierwszej kolejności, aby żyło się tu lepiej?"

#: How residents of PGZB wrote their gmina, with weights: members matched by name, the two
#: Braniewo gminy that a bare "Braniewo" cannot tell apart, a typo, a gmina outside.
GMINY = [
    ("Braniewo", 40),
    ("Miasto Braniewo", 25),
    ("Braniewo (gmina wiejska)", 15),
    ("Frombork", 30),
    ("Pieniężno", 30),
    ("pieniezno", 6),
    ("Lelkowo", 20),
    ("Płoskinia", 20),
    ("Wilczęta", 18),
    ("Fromborg", 4),
    ("Elbląg", 5),
]
SERVICES = [
    "Biblioteka",
    "Ośrodek zdrowia",
    "Komunikacja publiczna",
    "Sport, rekreacja",
    "Dom kultury",
]
RATINGS = ["Bardzo dobra", "Dobra", "Zła", "Bardzo zła", "Nie wiem"]
IMPROVEMENTS = [
    "Więcej połączeń autobusowych do Braniewa i Elbląga",
    "Chodniki i oświetlenie przy drodze wojewódzkiej",
    "Dostęp do lekarzy specjalistów",
    "Miejsca pracy dla młodych",
    "Szybki internet na wsiach",
    "Remont świetlicy wiejskiej",
    "Ścieżki rowerowe nad Zalewem Wiślanym",
    "Żłobek, bo nie ma gdzie zostawić dziecka",
]


def improvement(rng: random.Random) -> str:
    """A free-text answer: one or two wishes, as people write them."""
    first, second = rng.sample(IMPROVEMENTS, 2)
    return first if rng.random() < 0.4 else f"{first} oraz {second[0].lower()}{second[1:]}"


def write_survey(
    path: Path, respondents: int = 300, seed: int = 4, gmina_header: str = GMINA_Q
) -> Path:
    """A Google Forms export (Polish headers) of a residents' survey in PGZB."""
    rng = random.Random(seed)
    header = [
        "Sygnatura czasowa",
        "Adres e-mail",
        gmina_header,
        SEX_Q,
        AGE_Q,
        LIFE_Q,
        SERVICES_Q,
        *[f"{GRID_Q} [{row}]" for row in GRID_ROWS],
        LEAVE_Q,
        HOUSEHOLD_Q,
        IMPROVE_Q,
    ]
    names, weights = zip(*GMINY, strict=True)
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    start = datetime(2026, 3, 2, 8, 0)
    for number in range(respondents):
        chosen = rng.sample(SERVICES, rng.choice([1, 1, 2, 3]))
        sheet.append(
            [
                start + timedelta(minutes=37 * number),
                f"mieszkaniec{number}@example.pl",
                rng.choices(names, weights)[0],
                rng.choice(["Kobieta", "Mężczyzna", "Kobieta", "Mężczyzna", "Wolę nie podawać"]),
                rng.randint(16, 84),
                rng.choices([1, 2, 3, 4, 5], [5, 12, 30, 38, 15])[0],
                ", ".join(s for s in SERVICES if s in chosen),
                *[rng.choice(RATINGS) if rng.random() > 0.05 else None for _ in GRID_ROWS],
                rng.choice(["Tak", "Nie", "Nie", "Nie wiem"]),
                rng.randint(1, 6),
                improvement(rng) if rng.random() < 0.45 else None,
            ]
        )
    book.save(path)
    return path


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions the wizard asked; answered "Yes" (closing a wizard at teardown asks too)."""
    questions: list[str] = []

    def confirm(parent: object, text: str, title: str | None = None) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(messages, "confirm", confirm)
    return questions


@pytest.fixture
def demo(services: Services) -> Services:
    fill_demo(services)
    return services


@pytest.fixture
def survey_file(tmp_path: Path) -> Path:
    return write_survey(tmp_path / "Diagnoza – ankieta mieszkańców (Odpowiedzi).xlsx")


def survey_ids(services: Services, pid: str) -> set[str]:
    return {info.id for info in services.surveys.list(pid)}


def open_wizard(qtbot: QtBot, services: Services) -> SurveyImportWizard:
    wizard = SurveyImportWizard(services, services.partnerships.get("PGZB"))
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    return wizard


def read(qtbot: QtBot, wizard: SurveyImportWizard, path: Path) -> None:
    """Type the path and press Enter, as a user pasting it would; wait for the read."""
    edit = wizard.file_page.ui.pathEdit
    edit.setFocus()
    type_text(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.busy and (wizard.plan is not None or bool(wizard.error)))


def next_page(qtbot: QtBot, wizard: SurveyImportWizard, expected: int) -> None:
    """Enter moves on (Next is the default button)."""
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == expected


def question_row(wizard: SurveyImportWizard, key: str) -> int:
    return next(i for i, q in enumerate(wizard.questions_page.model.questions) if q.key == key)


def type_combo(wizard: SurveyImportWizard, key: str) -> QComboBox:
    view = wizard.questions_page.ui.questionsView
    widget = view.indexWidget(view.model().index(question_row(wizard, key), TYPE))
    assert isinstance(widget, QComboBox)
    return widget


def cell(wizard: SurveyImportWizard, key: str, column: int) -> str:
    model = wizard.questions_page.model
    return str(model.index(question_row(wizard, key), column).data())


def test_the_wizard_walks_from_file_to_a_stored_survey(
    qtbot: QtBot, demo: Services, survey_file: Path
) -> None:
    pid = demo.partnerships.get("PGZB").id
    before = survey_ids(demo, pid)
    wizard = open_wizard(qtbot, demo)
    file_page = wizard.file_page

    # 1. the file: read in the background, title from the file name, kind from its words
    read(qtbot, wizard, survey_file)
    assert wizard.currentId() == FILE_PAGE
    assert "Wczytano: Formularze Google, liczba odpowiedzi: 300, liczba pytań: 9." in (
        file_page.ui.statusLabel.text()
    )
    assert file_page.ui.titleEdit.text() == "Diagnoza – ankieta mieszkańców (Odpowiedzi)"
    assert file_page.ui.kindCombo.currentText() == "mieszkańcy"
    file_page.ui.titleEdit.setText("Ankieta mieszkańców PGZB 2026")
    next_button = wizard.button(wizard.WizardButton.NextButton)
    type_text(file_page.ui.pathEdit, "x")  # another path typed: not read yet, Next waits
    assert not next_button.isEnabled()
    qtbot.keyClick(file_page.ui.pathEdit, Qt.Key.Key_Backspace)
    assert next_button.isEnabled()
    file_page.ui.pathEdit.setFocus()

    # 2. detection: the tool, the personal column set aside, a preview of the answers
    next_page(qtbot, wizard, DETECTION_PAGE)
    ui = wizard.detection_page.ui
    assert ui.sourceValue.text() == "Formularze Google"
    assert ui.responsesValue.text().startswith("300 (wiersze 2–301")
    assert "Adres e-mail</b> (e-mail) — dane osobowe, nie będą zapisane" in (
        ui.metadataValue.text()
    )
    preview = wizard.detection_page.preview
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert headers[:3] == [GMINA_Q, SEX_Q, AGE_Q]
    assert preview.rowCount() == 20
    services_column = headers.index(SERVICES_Q)
    grid_column = headers.index(GRID_Q)
    multiple = [preview.item(r, services_column).text() for r in range(20)]
    assert any("; " in text for text in multiple)  # chosen options joined with "; "
    assert "Sport, rekreacja" in " ".join(multiple)  # an option holding a comma stays whole
    assert preview.item(0, grid_column).text().startswith("Transport publiczny: ")

    # 3. questions: inferred types, a type corrected, a question left out, the roles
    next_page(qtbot, wizard, QUESTIONS_PAGE)
    page = wizard.questions_page
    assert cell(wizard, SERVICES_Q, TYPE) == "wielokrotny wybór"
    assert cell(wizard, GRID_Q, TYPE) == "siatka/tabela"
    assert cell(wizard, HOUSEHOLD_Q, TYPE) == "skala"
    assert cell(wizard, IMPROVE_Q, TYPE) == "tekst"
    assert page.ui.gminaRoleCombo.currentText() == GMINA_Q
    assert page.ui.genderRoleCombo.currentText() == SEX_Q
    assert page.ui.ageRoleCombo.currentText() == AGE_Q
    assert [type_combo(wizard, GRID_Q).itemText(i) for i in range(2)] == [
        "wielokrotny wybór",
        "siatka/tabela",
    ]

    household = type_combo(wizard, HOUSEHOLD_Q)
    household.setCurrentIndex(household.findText("liczba"))
    assert cell(wizard, HOUSEHOLD_Q, TYPE) == "liczba"
    assert cell(wizard, HOUSEHOLD_Q, 2) == "od 1 do 6"

    services_combo = type_combo(wizard, SERVICES_Q)
    services_combo.setCurrentIndex(services_combo.findText("jednokrotny wybór"))
    assert "odczytano 300 z 300 odpowiedzi" in page.ui.messageLabel.text()
    assert wizard.plan is not None
    assert any(
        a == "Biblioteka, Sport, rekreacja" for a in wizard.plan.parsed.answers[SERVICES_Q]
    )  # read as one answer again, as the file writes it

    wizard.back()  # the preview shows the answers as now read; going back keeps the choice
    preview = wizard.detection_page.preview
    column = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())].index(
        SERVICES_Q
    )
    shown = [preview.item(r, column).text() for r in range(20)]
    assert not any("; " in text for text in shown) and any(", " in text for text in shown)
    wizard.next()
    assert cell(wizard, SERVICES_Q, TYPE) == "jednokrotny wybór"
    assert cell(wizard, HOUSEHOLD_Q, TYPE) == "liczba"

    leave = wizard.plan.parsed.question(LEAVE_Q)
    leave_index = page.model.index(question_row(wizard, LEAVE_Q), 0)
    page.ui.questionsView.setCurrentIndex(leave_index)
    qtbot.keyClick(page.ui.questionsView, Qt.Key.Key_Space)  # Space unticks the question
    assert leave.key in wizard.plan.excluded
    assert leave_index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    # 4. gminy: unmatched names first, one mapped to a member, one to a gmina outside
    type_combo(wizard, GRID_Q).setFocus()  # Enter in a type combo moves on too
    next_page(qtbot, wizard, GMINY_PAGE)
    gminy = wizard.gminy_page
    rows = gminy.model.rows
    unmatched = [value for value, _ in rows[:3]]
    assert sorted(unmatched) == ["Braniewo", "Elbląg", "Fromborg"]
    assert all(gminy.model.code(i) for i in range(3, len(rows)))
    assert gminy.model.code(gminy.model.row_of("pieniezno")) == "2802053"
    assert "Przypisane nazwy gmin: 8 z 11" in gminy.ui.statusLabel.text()

    fromborg = gminy.editor("Fromborg")
    fromborg.setCurrentIndex(fromborg.findText("Frombork (gmina miejsko-wiejska)"))
    braniewo = gminy.editor("Braniewo")
    braniewo.setCurrentIndex(braniewo.findData("2802022"))
    elblag = gminy.editor("Elbląg")
    elblag.setCurrentIndex(elblag.findText("Inna gmina…"))
    dialog = gminy.dialog
    assert dialog is not None and dialog.isVisible()
    assert elblag.currentData() == ""  # nothing mapped until a gmina is picked
    assert dialog.results.rows and all(j.name == "Elbląg" for j in dialog.results.rows[:2])
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Down)
    picked = dialog.chosen()
    assert picked is not None
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return)
    assert gminy.model.code(gminy.model.row_of("Elbląg")) == picked.code
    assert elblag.currentText().startswith("Elbląg (")
    assert "Przypisane nazwy gmin: 11 z 11 (odpowiedzi: 300 z 300)" in gminy.ui.statusLabel.text()

    # 5. summary, then Finish stores it in the background
    braniewo.setFocus()
    next_page(qtbot, wizard, SUMMARY_PAGE)
    summary = wizard.summary_page.ui
    assert summary.titleValue.text() == "Ankieta mieszkańców PGZB 2026"
    assert summary.responsesValue.text() == "300"
    assert summary.questionsValue.text().startswith("8 z 9 (pominięte: „Czy w ciągu")
    assert "przypisane nazwy: 11 z 11" in summary.gminyValue.text()
    assert "dane osobowe: Adres e-mail" in summary.personalValue.text()
    assert survey_ids(demo, pid) == before  # nothing stored before Finish

    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_info is not None)

    assert wizard.result() == QDialog.DialogCode.Accepted
    info = wizard.result_info
    assert info is not None and info.created
    assert survey_ids(demo, pid) == before | {info.survey_id}
    data = demo.surveys.load(info.survey_id)
    assert data.info.title == "Ankieta mieszkańców PGZB 2026"
    assert data.info.kind == "residents"
    assert data.info.response_count == 300
    assert (data.info.gmina_key, data.info.gender_key, data.info.age_key) == (
        GMINA_Q,
        SEX_Q,
        AGE_Q,
    )
    types = {q.key: q.type for q in data.questions}
    assert LEAVE_Q not in types
    assert types[SERVICES_Q] is QuestionType.SINGLE
    assert types[HOUSEHOLD_Q] is QuestionType.NUMBER
    assert types[GRID_Q] is QuestionType.GRID
    assert types[GMINA_Q] is QuestionType.SINGLE
    assert data.info.gmina_map["Fromborg"] == "2802033"
    assert data.info.gmina_map["Braniewo"] == "2802022"
    assert data.info.gmina_map["Elbląg"] == picked.code
    assert data.info.gmina_map["Miasto Braniewo"] == "2802011"
    questions = {q.key: q for q in summarise(data).questions}
    household_summary = questions[HOUSEHOLD_Q]
    assert household_summary.mean is not None and 1 <= household_summary.mean <= 6
    services_answers = [a for a in data.answers(SERVICES_Q) if a is not None]
    assert len(services_answers) == 300 and all(isinstance(a, str) for a in services_answers)
    labels = {a.label for a in questions[SERVICES_Q].answers}
    assert {"Biblioteka", "Sport, rekreacja"} < labels
    assert any(label.count(", ") >= 2 for label in labels)  # combinations are single answers
    stored = [str(a) for q in data.questions for a in data.answers(q.key)]
    assert not any("@example.pl" in a for a in stored)  # e-mails never stored


def test_a_bad_file_shows_the_sentence_and_blocks_next(
    qtbot: QtBot, demo: Services, tmp_path: Path
) -> None:
    path = tmp_path / "ankieta.xlsx"
    path.write_text("To nie jest arkusz, tylko zwykły tekst.\n", encoding="utf-8")
    wizard = open_wizard(qtbot, demo)

    read(qtbot, wizard, path)

    status = wizard.file_page.ui.statusLabel
    assert status.isVisible()
    assert "ankieta.xlsx" in status.text()
    assert not wizard.file_page.isComplete()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClick(wizard.file_page.ui.pathEdit, Qt.Key.Key_Return)
    assert wizard.currentId() == FILE_PAGE


def test_a_file_with_only_a_header_is_named_and_refused(
    qtbot: QtBot, demo: Services, tmp_path: Path
) -> None:
    path = tmp_path / "puste.csv"
    path.write_text(f"Sygnatura czasowa;{GMINA_Q}\n", encoding="utf-8")
    wizard = open_wizard(qtbot, demo)

    read(qtbot, wizard, path)

    assert wizard.file_page.ui.statusLabel.text() == (
        "Plik „puste.csv” ma tylko wiersz nagłówka (1), bez żadnych odpowiedzi."
    )
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_a_file_imported_before_is_recognised_and_nothing_new_is_stored(
    qtbot: QtBot, demo: Services, survey_file: Path
) -> None:
    pid = demo.partnerships.get("PGZB").id
    first = demo.surveys.import_file(survey_file, "PGZB", "residents", title="Ankieta 2026")
    before = survey_ids(demo, pid)
    wizard = open_wizard(qtbot, demo)

    read(qtbot, wizard, survey_file)

    status = wizard.file_page.ui.statusLabel.text()
    assert status.startswith("Ten plik zaimportowano już ")
    assert "jako „Ankieta 2026”" in status
    assert not wizard.button(wizard.WizardButton.NextButton).isVisible()
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    assert not wizard.file_page.ui.titleEdit.isEnabled()

    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.result_info is not None
    assert (wizard.result_info.survey_id, wizard.result_info.created) == (first.survey_id, False)
    assert survey_ids(demo, pid) == before


def test_cancel_after_reading_asks_and_stores_nothing(
    qtbot: QtBot, demo: Services, survey_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = demo.partnerships.get("PGZB").id
    before = survey_ids(demo, pid)
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(parent: object, text: str, title: str | None = None) -> bool:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(messages, "confirm", confirm)
    wizard = open_wizard(qtbot, demo)
    read(qtbot, wizard, survey_file)
    next_page(qtbot, wizard, DETECTION_PAGE)

    qtbot.keyClick(wizard.detection_page.ui.previewView, Qt.Key.Key_Escape)
    assert asked == ["Przerwać import? Wczytana ankieta nie zostanie zapisana."]
    assert wizard.isVisible()  # "No" keeps the wizard open

    next_page(qtbot, wizard, QUESTIONS_PAGE)
    combo = type_combo(wizard, SERVICES_Q)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Escape)  # Esc in a type combo cancels too
    assert len(asked) == 2
    assert not wizard.isVisible()
    assert wizard.result_info is None
    assert survey_ids(demo, pid) == before


def test_cancelling_the_store_keeps_the_wizard_open_and_stores_nothing(
    qtbot: QtBot, demo: Services, survey_file: Path
) -> None:
    """The store is cancelled before it begins: the worker is held by an earlier job."""
    import threading

    pid = demo.partnerships.get("PGZB").id
    before = survey_ids(demo, pid)
    wizard = open_wizard(qtbot, demo)
    read(qtbot, wizard, survey_file)
    for page in (DETECTION_PAGE, QUESTIONS_PAGE, GMINY_PAGE, SUMMARY_PAGE):
        wizard.next()
        assert wizard.currentId() == page

    release = threading.Event()
    writer_pool().start(lambda: release.wait(10))
    qtbot.mouseClick(wizard.button(wizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    # The newest dialog: the reading step's one may still await its deferred deletion.
    progress = wizard.findChildren(QProgressDialog)[-1]
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Anuluj"
    cancel.click()
    release.set()
    qtbot.waitUntil(lambda: not wizard.busy)
    wait_for_background()

    assert wizard.isVisible() and wizard.currentId() == SUMMARY_PAGE
    assert wizard.summary_page.ui.messageLabel.text() == (
        "Import przerwano. Nic nie zostało zapisane."
    )
    assert wizard.result_info is None
    assert survey_ids(demo, pid) == before


def test_without_a_gmina_question_the_gminy_page_is_skipped(
    qtbot: QtBot, demo: Services, survey_file: Path
) -> None:
    wizard = open_wizard(qtbot, demo)
    read(qtbot, wizard, survey_file)
    wizard.next()
    wizard.next()
    page = wizard.questions_page
    combo = page.ui.gminaRoleCombo
    combo.setCurrentIndex(combo.findText("— brak —"))
    assert wizard.plan is not None and wizard.plan.roles.gmina is None

    wizard.next()

    assert wizard.currentId() == SUMMARY_PAGE
    assert wizard.summary_page.ui.gminyValue.text() == "brak pytania o gminę"


def test_choosing_the_gmina_question_matches_its_answers_to_teryt(
    qtbot: QtBot, demo: Services, tmp_path: Path
) -> None:
    path = write_survey(tmp_path / "ankieta.xlsx", 120, gmina_header="Miejscowość")
    wizard = open_wizard(qtbot, demo)
    read(qtbot, wizard, path)
    wizard.next()
    wizard.next()
    combo = wizard.questions_page.ui.gminaRoleCombo
    assert combo.currentText() == "— brak —"  # "Miejscowość" does not say gmina

    combo.setCurrentIndex(combo.findText("Miejscowość"))
    wizard.next()

    assert wizard.currentId() == GMINY_PAGE
    gminy = wizard.gminy_page
    assert gminy.model.code(gminy.model.row_of("Frombork")) == "2802033"
    assert gminy.model.code(gminy.model.row_of("Braniewo")) == ""
    assert gminy.ui.questionLabel.text() == "Pytanie o gminę: „Miejscowość”"


def test_a_limesurvey_multiple_choice_read_as_a_grid_is_stored_as_a_grid(
    qtbot: QtBot, demo: Services, tmp_path: Path
) -> None:
    """LimeSurvey writes "Tak"/"Nie" per option: a multiple choice, or a yes/no grid."""
    question = "Z jakich miejsc korzystasz"
    places = ["Biblioteka", "Basen", "Dom kultury"]
    book = Workbook()
    sheet = book.active
    sheet.append(["id", "submitdate", "lastpage", "startlanguage", "seed"]
                 + [f"{question} [{p}]" for p in places])  # fmt: skip
    rng = random.Random(7)
    for number in range(1, 41):
        sheet.append([number, f"2026-05-04 10:{number:02d}:00", 2, "pl", 100 + number]
                     + [rng.choice(["Tak", "Nie"]) for _ in places])  # fmt: skip
    path = tmp_path / "results-survey514.xlsx"
    book.save(path)
    wizard = open_wizard(qtbot, demo)
    read(qtbot, wizard, path)
    wizard.next()
    assert wizard.detection_page.ui.sourceValue.text() == "LimeSurvey"
    wizard.next()
    combo = type_combo(wizard, question)
    assert combo.currentText() == "wielokrotny wybór"

    combo.setCurrentIndex(combo.findText("siatka/tabela"))

    assert cell(wizard, question, 2) == "wiersze (3): Biblioteka, Basen, Dom kultury"
    assert wizard.plan is not None
    assert set(wizard.plan.parsed.answers[question][0]) == set(places)  # type: ignore[arg-type]
    wizard.next()
    assert wizard.currentId() == SUMMARY_PAGE
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_info is not None)
    data = demo.surveys.load(wizard.result_info.survey_id)  # type: ignore[union-attr]
    stored = data.questions[0]
    assert (stored.type, stored.rows, set(stored.options)) == (
        QuestionType.GRID,
        tuple(places),
        {"Tak", "Nie"},
    )
    grid = summarise(data).questions[0].grid
    assert [row.label for row in grid] == places
    assert all(row.answered == 40 for row in grid)


def test_a_type_that_loses_answers_says_how_many(
    qtbot: QtBot, demo: Services, survey_file: Path
) -> None:
    wizard = open_wizard(qtbot, demo)
    read(qtbot, wizard, survey_file)
    wizard.next()
    wizard.next()
    assert wizard.plan is not None
    written = sum(1 for a in wizard.plan.parsed.answers[IMPROVE_Q] if a is not None)
    combo = type_combo(wizard, IMPROVE_Q)

    combo.setCurrentIndex(combo.findText("liczba"))  # free text read as numbers: all lost

    message = wizard.questions_page.ui.messageLabel.text()
    assert "odczytano 0 z 300 odpowiedzi" in message
    assert message.endswith(f"zostaną pominięte: {written}.")
    assert cell(wizard, IMPROVE_Q, 3) == "0"

    combo.setCurrentIndex(combo.findText("tekst"))

    assert cell(wizard, IMPROVE_Q, 3) == str(written)
    assert "pominięte" not in wizard.questions_page.ui.messageLabel.text()


def test_unticking_a_role_question_clears_the_role(
    qtbot: QtBot, demo: Services, survey_file: Path
) -> None:
    wizard = open_wizard(qtbot, demo)
    read(qtbot, wizard, survey_file)
    wizard.next()
    wizard.next()
    page = wizard.questions_page
    index = page.model.index(question_row(wizard, SEX_Q), 0)

    page.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)

    assert page.ui.genderRoleCombo.currentText() == "— brak —"
    assert page.ui.genderRoleCombo.findText(SEX_Q) < 0
    assert wizard.plan is not None and wizard.plan.roles.gender is None
    assert type_combo(wizard, SEX_Q).isEnabled() is False


def test_a_dropped_file_is_read(qtbot: QtBot, demo: Services, survey_file: Path) -> None:
    wizard = open_wizard(qtbot, demo)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(survey_file))])
    where = QPoint(50, 50)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys)

    QApplication.sendEvent(wizard, enter)  # Qt delivers the drop to where the drag entered
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(where), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(wizard, drop)
    qtbot.waitUntil(lambda: wizard.plan is not None)

    assert wizard.file_page.ui.pathEdit.text() == str(survey_file)
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_type_labels_are_polish() -> None:
    assert [type_label(t) for t in QuestionType] == [
        "jednokrotny wybór",
        "wielokrotny wybór",
        "skala",
        "liczba",
        "tekst",
        "siatka/tabela",
    ]
