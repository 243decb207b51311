"""In English, no page or main dialog shows Polish interface text.

The main window runs in English on the demo programme; every area page (with
each of its tabs) and the main dialogs are opened, every visible text is
collected and checked by ``english_ui_texts.Checker``: the user's data may be
Polish, the interface may not. The catalogue is compiled from the current
``.ts`` into a temporary ``.qm``, so the test judges the translation source,
not a stale build. A failure lists each offender with its widget and the
file:line of its source text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTabWidget, QWidget

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import fill_demo
from cwd_desktop.store import open_store
from cwd_desktop.ui.areas import registered_areas
from tests.memory_keyring import MemoryKeyring
from tests.ui.english_ui_texts import (
    TS,
    Checker,
    Offender,
    Seen,
    collect,
    data_values,
    read_catalogue,
)

AREA_KEYS = [area.key for area in registered_areas()]
#: Polish that is right in an English interface, each with the reason. Keep it short:
#: everything else Polish on screen must be the user's data or be translated.
ACCEPTED_POLISH: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^Strategia (rozwoju ponadlokalnego|terytorialna (ZIT|IIT)) — "),
        "the Polish document's default title (services/strategy_reads.DEFAULT_TITLES) "
        "as the title field's placeholder: content of the Polish document, not interface",
    ),
    (
        re.compile(r"art\. (10e ust\. 3|29 ust\. 1 lit\. [a-h])\b.*(u\.s\.g\.|2021/1060)"),
        "a citation of Polish law (services/strategy_compliance): cited as the statute "
        "numbers it, the way an English text on Polish law cites it too",
    ),
)
#: The partnership whose pages are read (the demo fills every area for it).
PARTNERSHIP = "MOF Bolesławiec"


class English:
    """The main window in English on a demo store, shared by the tests of this module."""

    def __init__(self, services: Services, window: Any, checker: Checker) -> None:
        self.services = services
        self.window = window
        self.checker = checker
        self.view = services.partnerships.get(PARTNERSHIP)

    def settle(self) -> None:
        from cwd_desktop.ui.background import wait_for_background

        for _ in range(2):
            QApplication.processEvents()
            wait_for_background()
        QApplication.processEvents()

    def read_every_tab(self, root: QWidget, where: str) -> list[Seen]:
        """Texts of ``root`` with each tab of each tab widget shown once (tabs fill lazily)."""
        seen = collect(root, where)
        for tabs in root.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                self.settle()
                seen += collect(tabs.widget(index), f"{where} / tab {index}")
            tabs.setCurrentIndex(0)
        return seen

    def assert_english(self, seen: list[Seen]) -> None:
        """Fail with every offender, its widget and its source line (not a truncated diff)."""
        offenders: dict[str, list[Offender]] = {}
        for offender in self.checker.check(seen):
            if any(pattern.search(offender.seen.text) for pattern, _why in ACCEPTED_POLISH):
                continue
            offenders.setdefault(offender.seen.text, []).append(offender)
        if offenders:
            report = "\n".join(
                str(same[0])
                + (f"\n    (also in {len(same) - 1} more place(s))" if same[1:] else "")
                for same in offenders.values()
            )
            pytest.fail(f"{len(offenders)} Polish interface text(s) in English:\n{report}", False)


def compile_catalogue(target: Path) -> Path:
    """The current .ts compiled to a .qm in ``target`` (what `make` builds into resources/)."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.fail("pyside6-lrelease not installed in the virtual environment")
    qm = target / "cwd_desktop_en.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture(scope="module")
def english(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[English]:
    import keyring

    previous_ring = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    folder = tmp_path_factory.mktemp("english")
    translator = QTranslator(qapp)
    assert translator.load(str(compile_catalogue(folder)))
    previous_locale = QLocale()
    previous_language = qapp.property("cwd_language")
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    qapp.setProperty("cwd_language", "en")
    store = open_store(folder / "data")
    services = Services(store)
    fill_demo(services)
    checker = Checker(read_catalogue(), data_values(store.reader()))
    from cwd_desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    shared = English(services, window, checker)
    window.refresh(select_id=shared.view.id)
    shared.settle()
    try:
        yield shared
    finally:
        window.close()
        shared.settle()
        window.deleteLater()
        QApplication.processEvents()
        store.close()
        qapp.removeTranslator(translator)
        translator.deleteLater()
        QLocale.setDefault(previous_locale)
        qapp.setProperty("cwd_language", previous_language)
        keyring.set_keyring(previous_ring)


def test_the_catalogue_is_installed(english: English) -> None:
    """The check below is meaningful: the window really is in English."""
    assert english.window.ui.menuFile.title() == "&File"
    assert QCoreApplication.translate("areas", "Przegląd") == "Overview"


def test_the_checker_tells_polish_interface_from_data(english: English) -> None:
    """The check is not vacuous: Polish interface text is caught, Polish data is not."""
    box = QWidget()
    QLabel("Niezsynchronizowane zmiany: 12", box)  # a catalogue string, untranslated
    QLabel("Utwórz kopię teraz", box)  # Polish not (yet) in the catalogue
    QLabel("Overview — Bolesławieckie Partnerstwo Rozwoju", box)  # English around data
    QLabel("Łosice", box)  # a TERYT name is data
    try:
        caught = {o.seen.text for o in english.checker.check(collect(box, "probe"))}
    finally:
        box.deleteLater()
    assert caught == {"Niezsynchronizowane zmiany: 12", "Utwórz kopię teraz"}


def test_main_window_menus_and_status_bar_are_in_english(english: English) -> None:
    """Menus (including File > Export document), toolbar, list and status bar."""
    window = english.window
    window.export_menu.aboutToShow.emit()
    seen = collect(window.menuBar(), "menu bar") + collect(window, "main window")
    english.assert_english(seen)


@pytest.mark.parametrize("key", AREA_KEYS)
def test_area_page_is_in_english(english: English, key: str) -> None:
    """Every text of the area's page, tab by tab, is English (or the user's data)."""
    window = english.window
    row = AREA_KEYS.index(key)
    window.ui.areaList.setCurrentRow(row)
    english.settle()
    page = window.ui.pages.currentWidget()
    assert page is not None and type(page).__name__ == registered_areas()[row].cls
    english.assert_english(english.read_every_tab(page, f"area {key}"))


def _dialogs(english: English) -> dict[str, Callable[[], QWidget]]:
    """The main dialogs, each built as the window builds it."""
    from cwd_desktop.ui.about_dialog import AboutDialog
    from cwd_desktop.ui.conflicts_dialog import ConflictsDialog
    from cwd_desktop.ui.diagnosis_import_dialog import IndicatorImportDialog
    from cwd_desktop.ui.document_export_dialog import DocumentExportDialog
    from cwd_desktop.ui.partnership_dialog import PartnershipDialog
    from cwd_desktop.ui.stakeholder_contact_dialog import StakeholderContactDialog
    from cwd_desktop.ui.stakeholder_import_dialog import StakeholderImportDialog
    from cwd_desktop.ui.survey_import_wizard import SurveyImportWizard

    services, view, window = english.services, english.view, english.window
    dialogs: dict[str, Callable[[], QWidget]] = {
        "partnership": lambda: PartnershipDialog(services, view.id, window),
        "about": lambda: AboutDialog(services, window),
        "conflicts": lambda: ConflictsDialog(services, window),
        "document export": lambda: DocumentExportDialog(services, view, window),
        "stakeholder contact": lambda: StakeholderContactDialog(lambda *_: None, None, window),
        "stakeholder import": lambda: StakeholderImportDialog(services, view.id, window),
        "indicator import": lambda: IndicatorImportDialog(services, view.id, window),
        "survey import": lambda: SurveyImportWizard(services, view, window),
    }
    try:
        from cwd_desktop.ui.backup_dialog import BackupDialog
    except ImportError:  # not every checkout has it yet
        pass
    else:
        dialogs["backups"] = lambda: BackupDialog(services, window)
    return dialogs


DIALOGS = [
    "partnership",
    "about",
    "backups",
    "conflicts",
    "document export",
    "stakeholder contact",
    "stakeholder import",
    "indicator import",
    "survey import",
]


@pytest.mark.parametrize("name", DIALOGS)
def test_main_dialog_is_in_english(english: English, name: str) -> None:
    """Each main dialog, every tab and wizard page, reads in English."""
    factory = _dialogs(english).get(name)
    if factory is None:
        pytest.skip(f"no {name} dialog in this checkout")
    dialog = factory()
    dialog.show()
    english.settle()
    try:
        seen = english.read_every_tab(dialog, f"dialog {name}")
    finally:
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.close()
        english.settle()
        dialog.deleteLater()
    english.assert_english(seen)


def test_a_practice_list_exported_in_english_imports_back(english: English, tmp_path: Path) -> None:
    """The knowledge base's XLSX in English headers and theme labels reads like the Polish one."""
    from openpyxl import load_workbook

    from cwd_desktop.services import knowledge_reads
    from cwd_desktop.services.knowledge_xlsx import export_practices, import_practices

    path = tmp_path / "practices.xlsx"
    count = export_practices(english.services, path, translate=QCoreApplication.translate)
    header = [c.value for c in next(load_workbook(path).active.iter_rows(max_row=1))]
    store = open_store(tmp_path / "other")
    try:
        other = Services(store)
        result = import_practices(other, path, translate=QCoreApplication.translate)
        themes = {
            (r["title"], r["theme"], r["policy_objective"])
            for r in knowledge_reads.practices(other.store)
        }
    finally:
        store.close()

    assert header[0] == "Title"
    assert (result.added, count) == (count, len(themes))
    assert themes == {
        (r["title"], r["theme"], r["policy_objective"])
        for r in knowledge_reads.practices(english.services.store)
    }
