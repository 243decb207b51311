"""The Documents page: versions listed, exported, opened, copied and exported again."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.documents import DocumentService
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import wait_for_background
from cwd_desktop.ui.document_export_dialog import DocumentExportDialog
from cwd_desktop.ui.documents_page import DocumentsPage, fill_export_menu
from tests.exports.docx_check import reopen
from tests.exports.docx_data import Minutes, consultation_log, meeting_with_minutes


@pytest.fixture
def minutes(services: Services) -> Minutes:
    m = meeting_with_minutes(services)
    consultation_log(services, m.partnership_id)
    return m


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the page shows (info and errors), recorded instead of popping up."""
    texts: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _p, text, title=None: texts.append(text))
    monkeypatch.setattr(messages, "error", lambda _p, text, title=None: texts.append(text))
    return texts


@pytest.fixture
def page(qtbot: QtBot, services: Services, minutes: Minutes) -> DocumentsPage:
    widget = DocumentsPage(services)
    qtbot.addWidget(widget)
    widget.show_partnership(services.partnerships.get(minutes.partnership_id))
    return widget


def column(page: DocumentsPage, number: int) -> list[str]:
    return [page.model.item(row, number).text() for row in range(page.model.rowCount())]


def test_versions_are_listed_newest_first_and_filtered_by_kind(
    services: Services, page: DocumentsPage, minutes: Minutes, tmp_path: Path
) -> None:
    documents = DocumentService(services)
    documents.export("consultation-report", minutes.partnership_id, tmp_path / "a.docx", "Ewa")
    documents.export(
        "minutes", minutes.partnership_id, tmp_path / "b.docx", "Jan", meeting=minutes.meeting
    )
    page.refresh()

    assert column(page, 0) == ["protokół ze spotkania", "sprawozdanie z konsultacji"]
    assert column(page, 1) == [
        "Protokół ze spotkania: Spotkanie grupy ds. transportu",
        "Sprawozdanie z przebiegu i wyników konsultacji — PGZB",
    ]
    assert column(page, 3) == ["Jan", "Ewa"]
    assert all(text.endswith("kB") for text in column(page, 4))
    assert page.ui.countLabel.text() == "Wersje: 2"

    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("minutes"))
    assert column(page, 0) == ["protokół ze spotkania"]


def test_a_partnership_without_documents_says_how_to_make_one(
    qtbot: QtBot, services: Services
) -> None:
    widget = DocumentsPage(services)
    qtbot.addWidget(widget)
    widget.show_partnership(
        services.partnerships.get(services.partnerships.create(DEMO_PARTNERSHIPS[2]))
    )

    assert widget.ui.stack.currentWidget() is widget.ui.emptyLabel
    assert "Eksportuj dokument…" in widget.ui.emptyLabel.text()
    assert not widget.ui.openButton.isEnabled()


def _fill_dialog(kind: str, path: Path, subject_index: int | None = None) -> list[str]:
    """When the export dialog opens: choose the kind, the subject and the file, press OK."""
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DocumentExportDialog):
            QTimer.singleShot(20, act)
            return
        combo = dialog.ui.kindCombo
        seen.extend(combo.itemData(i) for i in range(combo.count()))
        combo.setCurrentIndex(combo.findData(kind))
        if subject_index is not None:
            dialog.ui.subjectCombo.setCurrentIndex(subject_index)
        dialog.ui.pathEdit.setText(str(path))
        dialog.ui.pathEdit.textEdited.emit(str(path))
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, act)
    return seen


def test_export_minutes_through_the_dialog_in_the_background(
    qtbot: QtBot, page: DocumentsPage, minutes: Minutes, shown: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "protokol"
    kinds = _fill_dialog("minutes", target, subject_index=0)

    page.export_document()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)

    assert {"consultation-report", "minutes"} <= set(kinds)  # from the registry
    written = tmp_path / "protokol.docx"  # the extension is added
    assert reopen(written).paragraphs[1].text == "Spotkanie grupy ds. transportu"
    assert page.selected() is not None
    assert page.selected().subject_id == minutes.meeting  # type: ignore[union-attr]
    assert shown == [
        "Zapisano dokument „Protokół ze spotkania: Spotkanie grupy ds. transportu” "
        f"w pliku {written}."
    ]


def test_an_export_that_cannot_be_written_shows_one_sentence_and_keeps_nothing(
    qtbot: QtBot, page: DocumentsPage, shown: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "brak-folderu" / "s.docx"
    _fill_dialog("consultation-report", target)

    page.export_document()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    wait_for_background()

    assert shown[0].startswith(f"Nie można zapisać dokumentu {target}")
    assert page.model.rowCount() == 0


def test_the_dialog_asks_for_a_meeting_only_for_minutes(
    qtbot: QtBot, services: Services, minutes: Minutes
) -> None:
    view = services.partnerships.get(minutes.partnership_id)
    dialog = DocumentExportDialog(services, view, kind="consultation-report")
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    assert dialog.ui.subjectCombo.isHidden()
    assert ok.isEnabled()
    assert dialog.path.name.startswith("sprawozdanie z konsultacji PGZB ")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("minutes"))
    assert not dialog.ui.subjectCombo.isHidden()
    assert dialog.ui.subjectCaption.text() == "&Spotkanie:"
    assert dialog.ui.subjectCombo.currentText() == "12.05.2021 — Spotkanie grupy ds. transportu"
    assert dialog.params() == {"meeting": minutes.meeting}
    assert dialog.path.name.startswith("protokół ze spotkania PGZB ")


def test_minutes_of_a_partnership_without_meetings_cannot_be_chosen(
    qtbot: QtBot, services: Services
) -> None:
    view = services.partnerships.get(services.partnerships.create(DEMO_PARTNERSHIPS[2]))
    dialog = DocumentExportDialog(services, view, kind="minutes")
    qtbot.addWidget(dialog)

    assert not dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "nie ma jeszcze spotkań" in dialog.ui.noteLabel.text()


class _UrlCatcher(QObject):
    """Stands in for the system's file opener (Qt's own hook for URL schemes)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_gives_the_editor_a_read_only_copy_not_the_stored_file(
    services: Services, page: DocumentsPage, minutes: Minutes, tmp_path: Path
) -> None:
    documents = DocumentService(services)
    version = documents.export("consultation-report", minutes.partnership_id, tmp_path / "s.docx")
    page.refresh()
    page.ui.versionsView.selectRow(0)
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        page.ui.openButton.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")

    [url] = catcher.urls
    opened = Path(url.toLocalFile())
    assert opened.name == "s.docx"
    assert opened.read_bytes() == documents.read_bytes(version)
    assert opened != documents.blobs.path(version.sha256)
    assert not opened.stat().st_mode & stat.S_IWUSR


def test_save_a_copy_and_export_again(
    qtbot: QtBot,
    services: Services,
    page: DocumentsPage,
    minutes: Minutes,
    shown: list[str],
    tmp_path: Path,
) -> None:
    DocumentService(services).export(
        "minutes", minutes.partnership_id, tmp_path / "p.docx", meeting=minutes.meeting
    )
    page.refresh()
    page.ui.versionsView.selectRow(0)

    page.save_copy(str(tmp_path / "kopia.docx"))
    assert (tmp_path / "kopia.docx").read_bytes() == (tmp_path / "p.docx").read_bytes()
    assert shown == [f"Zapisano kopię dokumentu: {tmp_path / 'kopia.docx'}."]

    page.export_again(str(tmp_path / "nowy.docx"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20_000)
    assert reopen(tmp_path / "nowy.docx").paragraphs[0].text == "Protokół ze spotkania"
    assert page.selected().filename == "nowy.docx"  # type: ignore[union-attr]
    assert page.ui.versionsView.currentIndex().row() == 0  # the new version, newest first


def test_a_search_result_selects_its_version_even_when_filtered_out(
    services: Services, page: DocumentsPage, minutes: Minutes, tmp_path: Path
) -> None:
    version = DocumentService(services).export(
        "consultation-report", minutes.partnership_id, tmp_path / "s.docx"
    )
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("minutes"))

    page.open_record("document_version", version.id)

    assert page.ui.kindCombo.currentData() == ""
    assert page.selected() is not None
    assert page.selected().id == version.id  # type: ignore[union-attr]
    assert page.ui.openButton.isEnabled()


def test_the_export_menu_lists_every_registered_kind(qtbot: QtBot, page: DocumentsPage) -> None:
    menu = QMenu()
    fill_export_menu(menu, lambda: page)

    menu.aboutToShow.emit()

    texts = [a.text() for a in menu.actions()]
    assert "Sprawozdanie z konsultacji…" in texts
    assert "Protokół ze spotkania…" in texts


def test_an_own_template_is_checked_used_and_can_be_reset(
    page: DocumentsPage, services: Services, minutes: Minutes, shown: list[str], tmp_path: Path
) -> None:
    """A restyled copy of the shipped template is used for the next export; a plain one is not."""
    import docx

    from cwd_desktop.exports.docx.template import shipped_template

    own = tmp_path / "nasz-szablon.docx"
    page.save_default_template(str(own))
    restyled = docx.Document(str(own))
    restyled.styles["Normal"].font.name = "Liberation Serif"
    restyled.save(str(own))
    plain = tmp_path / "zwykly.docx"
    docx.Document().save(str(plain))
    errors: list[str] = []
    page_errors = pytest.MonkeyPatch()
    page_errors.setattr(messages, "show_user_error", lambda _p, exc: errors.append(str(exc)))
    try:
        page.choose_template(str(plain))
    finally:
        page_errors.undo()
    assert errors and errors[0].startswith(f"Szablon „{plain}” nie ma stylu")
    assert page.documents.template() == shipped_template()

    page.choose_template(str(own))
    assert page.documents.template() == own.resolve()
    assert page.reset_template_action.isEnabled()
    version = page.documents.export("minutes", minutes.partnership_id, tmp_path / "p.docx",
                                    meeting=minutes.meeting)  # fmt: skip
    assert docx.Document(str(version.path)).styles["Normal"].font.name == "Liberation Serif"

    page.reset_template()
    assert page.documents.template() == shipped_template()
    assert not page.reset_template_action.isEnabled()
