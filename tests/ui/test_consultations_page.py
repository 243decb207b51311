"""The consultation log page driven as a coordinator drives it: with the keyboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cwd_desktop.services import consultation_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import open_store, search
from cwd_desktop.ui.consultations_page import ConsultationsPage
from tests.ui.test_jst_picker import type_text

#: (author, category typed, section, content, proposal, disposition typed, justification);
#: in a choice cell letters jump to the first matching item, "↓" is the Down arrow.
COMMENTS = (
    (
        "Sołectwo Chlebczyn",
        "sol",
        "Cel 3",
        "Wodociąg nie działa latem",
        "Modernizacja SUW",
        "uwz",
        "Ujęto w celu 3.1.",
    ),
    (
        "KGW Platerów",
        "kgw",
        "Cel 2",
        "Brak certyfikowanej kuchni",
        "Inkubator przetwórstwa",
        "wyj",
        "Zadanie prywatne; doradztwo w celu 2.",
    ),
    (
        "Barbara Sokołowska",
        "mie",
        "Cel 1 Transport",
        "Brak autobusu Łosice–Siedlce po 17",
        "Kurs wieczorny",
        "nie",
        "Organizatorem jest powiat.",
    ),
    ("OSP Huszlew", "osp", "Cel 4", "Remiza bez garażu dla wozu", "", "", ""),
    (
        "Zespół Szkół w Łosicach",
        "szk",
        "Cel 2 Edukacja",
        "Pracownia mechatroniki dla żółwi",
        "Klasa patronacka",
        "uwz↓",
        "Ujęto w celu 2.2.",
    ),
)


@pytest.fixture
def pid(services: Services) -> str:
    return services.partnerships.create(DEMO_PARTNERSHIPS[2])


@pytest.fixture
def page(qtbot: QtBot, services: Services, pid: str) -> ConsultationsPage:
    widget = ConsultationsPage(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.activateWindow()
    assert QTest.qWaitForWindowActive(widget)  # keyboard focus needs an active window
    widget.show_partnership(services.partnerships.get(pid))
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: QtBot, which: Qt.Key) -> None:
    """Press a key in the focused widget and let queued work run (Enter commits queued)."""
    qtbot.keyClick(focused(), which)
    QApplication.processEvents()


def shown(page: ConsultationsPage) -> list[dict[str, Any]]:
    model = page.comments_model
    return [model.row(r) for r in range(model.rowCount())]


def cell_text(page: ConsultationsPage, row: int, field: str) -> str:
    index = page.comments_model.index(row, page.comment_column(field))
    return str(index.data() or "")


def finding_texts(page: ConsultationsPage) -> dict[str, str]:
    """The art. 6 panel as the user reads it: finding code -> text."""
    labels = page.ui.warningsFrame.findChildren(QLabel)
    return {str(label.property("code")): label.text() for label in labels if not label.isHidden()}


def add_event(services: Services, pid: str, **values: Any) -> str:
    base: dict[str, Any] = {"held_on": date(2023, 6, 12), "subject": "Projekt strategii"}
    return services.records.create("consultation", pid, {**base, **values})


def test_a_consultation_with_five_comments_typed_with_the_keyboard_survives_a_reopen(
    qtbot: QtBot, page: ConsultationsPage, services: Services, pid: str, data_dir: Path
) -> None:
    # A new event: the cursor lands in its subject, ready to be typed over.
    qtbot.mouseClick(page.ui.newEventButton, Qt.MouseButton.LeftButton)
    type_text(focused(), "Konsultacje projektu strategii – Sarnaki")
    key(qtbot, Qt.Key.Key_Tab)  # saved; on to the form
    key(qtbot, Qt.Key.Key_Escape)
    page.ui.tabs.setCurrentWidget(page.ui.detailsTab)
    page.ui.placeEdit.setFocus()
    type_text(focused(), "Sarnaki, Urząd Gminy")
    key(qtbot, Qt.Key.Key_Tab)  # place saved as the cursor leaves it

    page.ui.tabs.setCurrentWidget(page.ui.commentsTab)
    page.ui.commentsView.setFocus()
    key(qtbot, Qt.Key.Key_Return)  # Enter in an empty table: the first comment
    for author, category, section, content, proposal, disposition, why in COMMENTS:
        for text in (author, category, section, content, proposal, disposition):
            if text:
                type_text(focused(), text.rstrip("↓"))
            if text.endswith("↓"):
                key(qtbot, Qt.Key.Key_Down)
            key(qtbot, Qt.Key.Key_Tab)
        if why:
            type_text(focused(), why)
        key(qtbot, Qt.Key.Key_Return)  # saved; Enter on the last row opens the next comment
    key(qtbot, Qt.Key.Key_Escape)  # the blank sixth row is taken back
    qtbot.waitUntil(lambda: page.comments_model.rowCount() == 5)

    rows = shown(page)
    assert [r["number"] for r in rows] == [1, 2, 3, 4, 5]
    assert [r["author"] for r in rows] == [c[0] for c in COMMENTS]
    assert [r["author_category"] for r in rows] == ["solectwo", "kgw", "residents", "osp", "school"]
    assert [r["disposition"] for r in rows] == ["accepted", "explained", "rejected", None, "partly"]
    assert cell_text(page, 4, "disposition") == "uwzględniona częściowo"
    assert finding_texts(page)["no_disposition"].endswith("Uwagi bez rozstrzygnięcia: 1 (nr 4).")
    event_id = rows[0]["consultation_id"]
    services.store.close()

    reopened = Services(open_store(data_dir))
    try:
        event = reads.get_event(reopened.store, event_id)
        assert (event.subject, event.place, event.comments) == (
            "Konsultacje projektu strategii – Sarnaki",
            "Sarnaki, Urząd Gminy",
            5,
        )
        read = reads.comment_source(reopened.store, pid, event_id)
        stored = read("", 0, 50)
        assert [(r["number"], r["content"], r["justification"]) for r in stored] == [
            (i, c[3], c[6]) for i, c in enumerate(COMMENTS, start=1)
        ]
        hits = search.find(reopened.store.reader(), "zolwi", kind="comment", partnership_id=pid)
        assert [row_id for _, row_id in hits] == [stored[4]["id"]]
        assert ("consultation", event_id) in reopened.search("sarnaki urzad", pid)

        again = ConsultationsPage(reopened)
        qtbot.addWidget(again)
        again.show()
        again.show_partnership(reopened.partnerships.get(pid))
        assert again.comments_model.rowCount() == 5
        type_text(again.ui.filterEdit, "losice siedlce")
        assert [r["author"] for r in shown(again)] == ["Barbara Sokołowska"]
    finally:
        reopened.store.close()


def test_undo_of_a_comment_edit_writes_the_old_text_back(
    qtbot: QtBot, page: ConsultationsPage, services: Services, pid: str
) -> None:
    event = add_event(services, pid)
    comment = services.records.create(
        "comment", pid, {"consultation_id": event, "number": 1, "content": "Wodociąg w Huszlewie"}
    )
    page.show_partnership(services.partnerships.get(pid))
    view = page.ui.commentsView
    view.setFocus()
    view.setCurrentIndex(page.comments_model.index(0, page.comment_column("content")))
    key(qtbot, Qt.Key.Key_F2)
    focused().selectAll()  # type: ignore[attr-defined]
    type_text(focused(), "Kanalizacja w Huszlewie")
    key(qtbot, Qt.Key.Key_Tab)
    assert services.records.get("comment", comment)["content"] == "Kanalizacja w Huszlewie"

    page.undo_stack.undo()

    assert services.records.get("comment", comment)["content"] == "Wodociąg w Huszlewie"
    assert cell_text(page, 0, "content") == "Wodociąg w Huszlewie"
    page.undo_stack.redo()
    assert services.records.get("comment", comment)["content"] == "Kanalizacja w Huszlewie"


def test_the_art6_panel_shows_a_short_period_in_red_and_the_report_date(
    qtbot: QtBot, page: ConsultationsPage, services: Services, pid: str
) -> None:
    event = add_event(
        services, pid, announced_on=date(2023, 5, 8), comments_until=date(2023, 6, 11)
    )
    page.show_partnership(services.partnerships.get(pid))
    page.select_event(event)

    labels = {
        str(label.property("code")): label
        for label in page.ui.warningsFrame.findChildren(QLabel)
        if not label.isHidden()
    }
    assert labels["short_period"].property("severity") == "error"
    assert "trwa 34 dni" in labels["short_period"].text()
    assert "11.07.2023" in labels["report_due"].text()

    page.ui.tabs.setCurrentWidget(page.ui.detailsTab)
    page.ui.untilEdit.setFocus()
    page.ui.untilEdit.setDate(page.ui.untilEdit.date().addDays(1))
    key(qtbot, Qt.Key.Key_Return)  # Enter (or leaving the field) saves it

    assert reads.get_event(services.store, event).comments_until == date(2023, 6, 12)
    assert "short_period" not in finding_texts(page)
    page.undo_stack.undo()
    assert "short_period" in finding_texts(page)


def test_statistics_table_and_chart_count_the_event_or_the_whole_partnership(
    page: ConsultationsPage, services: Services, pid: str
) -> None:
    first = add_event(services, pid, form="workshop")
    second = add_event(services, pid, held_on=date(2023, 7, 1), form="open_meeting")
    for event, category, disposition in (
        (first, "kgw", "accepted"),
        (first, "kgw", None),
        (second, "osp", "rejected"),
    ):
        services.records.create(
            "comment",
            pid,
            {"consultation_id": event, "author_category": category, "disposition": disposition},
        )
    page.show_partnership(services.partnerships.get(pid))
    page.select_event(first)
    page.ui.tabs.setCurrentWidget(page.ui.statsTab)

    assert page.chart.shown() == [("KGW (koło gospodyń wiejskich)", 2)]
    page.ui.chartCombo.setCurrentIndex(page.ui.chartCombo.findData("by_disposition"))
    assert dict(page.chart.shown()) == {
        "uwzględniona": 1,
        "uwzględniona częściowo": 0,
        "nieuwzględniona": 0,
        "wyjaśniona": 0,
        "bez rozstrzygnięcia": 1,
    }
    page.ui.allCheck.setChecked(True)
    assert dict(page.chart.shown())["nieuwzględniona"] == 1
    tree = page.ui.statsTree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["Kategoria interesariusza", "Forma konsultacji", "Rozstrzygnięcie"]
    forms = tree.topLevelItem(1)
    assert {forms.child(i).text(0): forms.child(i).text(1) for i in range(forms.childCount())} == {
        "warsztat": "2",
        "spotkanie otwarte": "1",
    }


def test_the_filter_and_the_partnership_toggle_find_comments_as_you_type(
    page: ConsultationsPage, services: Services, pid: str
) -> None:
    first = add_event(services, pid, subject="Warsztat")
    second = add_event(services, pid, held_on=date(2023, 7, 1), subject="Dyżur")
    for event, content in ((first, "Przystań kajakowa na Bugu"), (second, "Kajaki w Mielniku")):
        services.records.create("comment", pid, {"consultation_id": event, "content": content})
    page.show_partnership(services.partnerships.get(pid))
    page.select_event(first)

    type_text(page.ui.filterEdit, "kajak")
    assert [r["content"] for r in shown(page)] == ["Przystań kajakowa na Bugu"]
    page.ui.allCheck.setChecked(True)
    assert [r["content"] for r in shown(page)] == ["Przystań kajakowa na Bugu", "Kajaki w Mielniku"]
    assert not page.ui.commentsView.isColumnHidden(page.comment_column("subject"))
    assert cell_text(page, 1, "subject") == "Dyżur"


def test_open_record_selects_the_comment_in_its_event(
    page: ConsultationsPage, services: Services, pid: str
) -> None:
    first = add_event(services, pid, subject="Warsztat")
    second = add_event(services, pid, held_on=date(2023, 7, 1), subject="Dyżur")
    services.records.create("comment", pid, {"consultation_id": first, "content": "a"})
    wanted = services.records.create("comment", pid, {"consultation_id": first, "content": "b"})
    page.show_partnership(services.partnerships.get(pid))
    page.select_event(second)

    page.open_record("comment", wanted)

    assert page.current_event() is not None and page.current_event()["id"] == first  # type: ignore[index]
    current: QModelIndex = page.ui.commentsView.currentIndex()
    assert page.comments_model.row(current.row())["id"] == wanted


def test_attach_a_file_then_undo_removes_it_and_redo_brings_it_back(
    page: ConsultationsPage, services: Services, pid: str, tmp_path: Path
) -> None:
    event = add_event(services, pid)
    page.show_partnership(services.partnerships.get(pid))
    page.select_event(event)
    minutes = tmp_path / "lista obecności.pdf"
    minutes.write_bytes(b"%PDF-1.4")

    page.details.add_file(str(minutes))

    items = page.ui.attachmentsList
    assert [items.item(i).text() for i in range(items.count())] == ["lista obecności.pdf  (8 B)"]
    page.undo_stack.undo()
    assert items.count() == 0
    page.undo_stack.redo()
    assert items.count() == 1
    page.open_record("attachment", items.item(0).data(Qt.ItemDataRole.UserRole))
    assert page.ui.tabs.currentWidget() is page.ui.detailsTab
    assert items.currentRow() == 0


def test_escape_on_a_new_event_or_comment_takes_it_back(
    qtbot: QtBot, page: ConsultationsPage, services: Services, pid: str
) -> None:
    event = add_event(services, pid)
    page.show_partnership(services.partnerships.get(pid))
    page.select_event(event)
    page.ui.commentsView.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)  # Enter again on the blank row: still one new row
    assert page.comments_model.rowCount() == 1

    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.comments_model.rowCount() == 0)
    qtbot.mouseClick(page.ui.newEventButton, Qt.MouseButton.LeftButton)
    assert page.events_model.rowCount() == 2
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.events_model.rowCount() == 1)

    assert [e.id for e in reads.events(services.store, pid)] == [event]
    assert reads.comment_source(services.store, pid, None)("", 0, 10) == []
    assert page.current_event() is not None and page.current_event()["id"] == event  # type: ignore[index]
