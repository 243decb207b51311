"""The RODO menu of the stakeholder page, used as a coordinator would after a phone call."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from cwd_desktop.exports.xlsx.stakeholders import export_register
from cwd_desktop.services.app import Services
from cwd_desktop.services.stakeholder_reads import StakeholderReads
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.stakeholders_page import EditCommand, StakeholdersPage
from tests.services.test_gdpr import HALINA, MINUTES, Scene, build_scene, make_partnership


@dataclass
class PageScene(Scene):
    nobody: str = ""  # a stakeholder with no contact persons


@pytest.fixture
def scene(services: Services) -> PageScene:
    base = build_scene(services, make_partnership(services))
    nobody = services.records.create(
        "stakeholder", base.pid, {"name": "Sołectwo Rogity", "category": "solectwo"}
    )
    return PageScene(**vars(base), nobody=nobody)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the page would show, recorded instead of opening a modal box."""
    seen: list[str] = []
    for name in ("info", "error", "warning"):
        monkeypatch.setattr(messages, name, lambda _p, text, title=None: seen.append(text))
    return seen


def open_on(qtbot: QtBot, services: Services, scene: PageScene, contact: str) -> StakeholdersPage:
    page = StakeholdersPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.show_partnership(services.partnerships.get(scene.pid))
    page.open_record("contact_person", contact)
    return page


def contact_rows(page: StakeholdersPage) -> list[list[str]]:
    model = page.ui.contactsView.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_rodo_button_offers_export_consent_and_erasure_for_the_selected_person(
    qtbot: QtBot, services: Services, scene: Scene
) -> None:
    page = open_on(qtbot, services, scene, scene.halina)
    menu = page.gdpr.menu

    assert page.ui.gdprButton.isEnabled() and page.ui.gdprButton.menu() is menu
    page.gdpr.refresh()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Eksportuj dane osoby (RODO)…",
        "Zapisz wycofanie zgody (od dziś)",
        "Usuń dane osoby ze wszystkich wpisów (RODO)…",
    ]
    assert all(a.isEnabled() for a in menu.actions())

    page.open_record("stakeholder", scene.nobody)
    assert not page.ui.gdprButton.isEnabled()  # no contact person, no personal data


def test_withdrawing_consent_hides_her_from_the_register_export_and_undo_brings_it_back(
    qtbot: QtBot, services: Services, scene: PageScene, tmp_path: Path
) -> None:
    page = open_on(qtbot, services, scene, scene.halina)
    reads = StakeholderReads(services.store, services.teryt)
    target = tmp_path / "rejestr.xlsx"

    page.gdpr.refresh()
    page.gdpr.consent_action.trigger()

    today = date.today().strftime("%d.%m.%Y")
    assert contact_rows(page)[0][2] == f"wycofana {today}"
    export_register(reads, scene.pid, target, with_contacts=True)
    people = [r[2] for r in load_workbook(target)["Osoby kontaktowe"].iter_rows(values_only=True)]
    assert HALINA not in people and "Jan Nowak" in people
    page.gdpr.refresh()
    assert page.gdpr.consent_action.text() == "Przywróć zgodę (udzielona ponownie dziś)"

    page.undo_stack.undo()

    assert contact_rows(page)[0][2].startswith("udzielona 17.06.2021")
    assert reads.contact(scene.halina).consent_withdrawn_on is None


def test_a_person_without_consent_on_record_is_told_to_erase_instead(
    qtbot: QtBot, services: Services, scene: PageScene, said: list[str]
) -> None:
    page = open_on(qtbot, services, scene, scene.jan)

    page.gdpr.consent_action.trigger()

    assert said == [
        "Osoba „Jan Nowak” nie ma zapisanej zgody, więc nie można jej wycofać; jeśli nie "
        "chce, by jej dane były przetwarzane, usuń je (RODO)."
    ]
    assert page.undo_stack.count() == 0


def test_erasure_says_what_will_go_asks_and_lists_what_is_left_to_edit(
    qtbot: QtBot,
    services: Services,
    scene: PageScene,
    said: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_on(qtbot, services, scene, scene.halina)
    page.undo_stack.push(page_edit(page, scene))  # its undo would write her number back
    assert page.undo_stack.count() == 1
    questions: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(
        messages, "confirm", lambda _p, text, title=None: questions.append(text) or next(answers)
    )

    page.gdpr.erase_action.trigger()
    qtbot.waitUntil(lambda: len(questions) == 1)
    wait_for_background()
    assert [r[0] for r in contact_rows(page)] == [f"{HALINA}\nprezes"]  # "No" keeps her

    page.gdpr.erase_action.trigger()
    qtbot.waitUntil(lambda: bool(said))
    wait_for_background()

    assert questions[0] == (
        f"Usunąć dane osoby „{HALINA}” ze wszystkich wpisów? Jej imię i nazwisko, funkcja, "
        "telefon i e-mail zostaną trwale usunięte.\n\n"
        "Usunięte zostaną też jej wpisy na listach obecności i w grupach roboczych: 2.\n\n"
        "Wyczyszczone zostaną pola z jej imieniem i nazwiskiem (autor uwagi, osoba "
        "odpowiedzialna, koordynator): 4.\n\n"
        "Jej telefon i e-mail zostaną zastąpione w polach tekstowych: 1.\n\n"
        "Jej imię i nazwisko w treści wpisów (1) trzeba będzie poprawić ręcznie.\n\n"
        "Tego nie można cofnąć. Usunięcie trafi do innych doradców przy synchronizacji."
    )
    assert contact_rows(page) == []
    assert not page.ui.gdprButton.isEnabled()
    assert said == [
        f"Dane osoby „{HALINA}” usunięto.\n\n"
        "Jej imię i nazwisko zostało w treści tych wpisów; popraw je ręcznie:\n"
        "• spotkanie: Warsztat strategiczny (2024-03-12) — przebieg spotkania"
    ]
    # Ctrl+Z cannot write her number back into the notes.
    assert page.undo_stack.count() == 0
    minutes = services.store.reader().execute("SELECT minutes FROM meeting").fetchone()[0]
    assert minutes == MINUTES


def page_edit(page: StakeholdersPage, scene: PageScene) -> EditCommand:
    """An edit of the notes that replaced her number (its undo would bring it back)."""
    return EditCommand(
        page, "stakeholder", scene.osp, {"notes": "tel. 600 100 200"}, {"notes": "remiza"}, "x"
    )


def test_export_writes_her_data_where_asked(
    qtbot: QtBot, services: Services, scene: PageScene, said: list[str], tmp_path: Path
) -> None:
    page = open_on(qtbot, services, scene, scene.halina)
    target = tmp_path / "halina.json"

    page.gdpr.export_to(scene.halina, target)
    qtbot.waitUntil(lambda: bool(said))
    wait_for_background()

    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["name"] == HALINA
    assert said == [
        f"Zapisano dane osoby do pliku {target}. Plik zawiera dane osobowe: przekaż go "
        "tylko tej osobie."
    ]
