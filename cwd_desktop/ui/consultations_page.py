"""The "Konsultacje" area: the consultation log of a partnership, built for typing on a mission.

Top: the events table. Below it, always visible, the art. 6 findings for the
selected event; then tabs with its comments (a keyboard-entry table with a
search-as-you-type filter), its details (place, form, dates, participants,
stakeholders, attachments) and the statistics with a bar chart.

Every field is saved as it changes through ``Records`` (the events and
comments tables via ``RecordTableModel``; the detail fields write through the
events model too), and every change is on the page's ``undo_stack``. The ORM
is never imported at module level: reads are plain SQL from
``services.consultation_reads``, writes go through ``services.records``.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QColor, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from cwd_desktop.domain.vocab import MIN_COMMENT_PERIOD_DAYS, ConsultationForm
from cwd_desktop.errors import UserError
from cwd_desktop.services import consultation_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui import messages
from cwd_desktop.ui.consultation_details import EventDetails
from cwd_desktop.ui.consultation_stats_chart import StatsPanel
from cwd_desktop.ui.forms.ui_consultations_page import Ui_ConsultationsPage
from cwd_desktop.ui.record_table import Column, RecordTableModel

#: Colours of the art. 6 findings: (background, text) by severity.
SEVERITY_COLORS = {
    "error": ("#fde2e1", "#8a1c1c"),
    "warning": ("#fff1cc", "#6b4a00"),
    "info": ("#e4eefa", "#1d4f91"),
}
UNDECIDED_ROW = QColor("#fff6dd")
SHORT_PERIOD_ROW = QColor("#fde2e1")


def _label(found: reads.Label) -> str:
    return found.render(messages.translate)


def _short_period_style(row: dict[str, Any]) -> QColor | None:
    """Events whose comment period is shorter than the law allows are tinted red."""
    announced, until = row.get("announced_on"), row.get("comments_until")
    if announced and until and (until - announced).days < MIN_COMMENT_PERIOD_DAYS:
        return SHORT_PERIOD_ROW
    return None


class ConsultationsPage(QWidget):
    """The consultation log of the partnership shown in the main window."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ui = Ui_ConsultationsPage()
        self.ui.setupUi(self)
        self.undo_stack = QUndoStack(self)
        self._view: PartnershipView | None = None
        self._stale = False
        self._event_id: str | None = None
        self._categories: list[tuple[Any, str]] = []
        self._forms = [(code, _label(text)) for code, text in reads.form_labels().items()]
        self._dispositions = [("", "—")] + [
            (code, _label(text)) for code, text in reads.disposition_labels().items()
        ]
        self._keep_event: str | None = None
        #: (comment id, undo index) of the row Enter just created, until something is typed.
        self._fresh: tuple[str, int] | None = None
        self._fresh_event: tuple[str, int] | None = None
        self.findings: list[reads.Art6Warning] = []
        self._stats_stale = True
        self._build_events()
        self._build_comments()
        self.details = EventDetails(services, self.ui, self.undo_stack, self._set_event_field, self)
        self.stats_panel = StatsPanel(
            self.ui.statsTree, self.ui.chartCombo, self.ui.chartHolder, self
        )
        self.chart = self.stats_panel.chart
        self.ui.statsLayout.setStretch(0, 2)
        self.ui.statsLayout.setStretch(1, 3)
        self._connect()
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([170, 480])
        self._show_event(None)

    # -- construction ------------------------------------------------------------

    def _build_events(self) -> None:
        columns = [
            Column("held_on", self.tr("Data"), "date"),
            Column("subject", self.tr("Temat / konsultowany dokument")),
            Column("form", self.tr("Forma"), "choice", choices=lambda: self._forms),
            Column("place", self.tr("Miejsce")),
            Column("announced_on", self.tr("Ogłoszono"), "date"),
            Column("comments_until", self.tr("Uwagi do"), "date"),
            Column("participants", self.tr("Uczestnicy"), "int"),
            Column("comment_count", self.tr("Uwagi"), "int", editable=False),
            Column("notes", self.tr("Notatki")),
            Column("teryt", self.tr("JST")),
        ]
        self.events_model = RecordTableModel(
            lambda: self._services.records,
            "consultation",
            columns,
            lambda _text, _offset, _limit: [],
            self.undo_stack,
            self,
        )
        view = self.ui.eventsView
        view.setModel(self.events_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_model.row_style = _short_period_style
        for field in ("notes", "teryt"):
            view.setColumnHidden(self._event_column(field), True)
        widths = {
            "held_on": 84,
            "form": 120,
            "place": 150,
            "announced_on": 84,
            "comments_until": 84,
            "participants": 80,
            "comment_count": 52,
        }
        for field, width in widths.items():
            view.setColumnWidth(self._event_column(field), width)
        view.horizontalHeader().setStretchLastSection(False)
        view.horizontalHeader().setSectionResizeMode(
            self._event_column("subject"), QHeaderView.ResizeMode.Stretch
        )

    def _build_comments(self) -> None:
        columns = [
            Column("held_on", self.tr("Data"), "date", editable=False),
            Column("subject", self.tr("Wydarzenie"), editable=False),
            Column("number", self.tr("Nr"), "int"),
            Column("author", self.tr("Zgłaszający")),
            Column("author_category", self.tr("Kategoria"), "choice", lambda: self._categories),
            Column("section", self.tr("Fragment dokumentu")),
            Column("content", self.tr("Treść uwagi")),
            Column("proposal", self.tr("Propozycja zmiany")),
            Column("disposition", self.tr("Rozstrzygnięcie"), "choice", lambda: self._dispositions),
            Column("justification", self.tr("Uzasadnienie")),
        ]
        self.comments_model = RecordTableModel(
            lambda: self._services.records,
            "comment",
            columns,
            lambda _text, _offset, _limit: [],
            self.undo_stack,
            self,
        )
        self.comments_model.row_style = lambda row: (
            None if row.get("disposition") else UNDECIDED_ROW
        )
        view = self.ui.commentsView
        view.setModel(self.comments_model)
        widths = {
            "held_on": 86,
            "subject": 160,
            "number": 44,
            "author": 150,
            "author_category": 150,
            "section": 150,
            "content": 260,
            "proposal": 200,
            "disposition": 140,
        }
        for field, width in widths.items():
            view.setColumnWidth(self.comment_column(field), width)
        view.setWordWrap(False)
        self._show_event_columns(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.newEventButton.clicked.connect(self.new_event)
        ui.exportButton.clicked.connect(self.export_xlsx)
        ui.eventsView.sig_new_row_requested.connect(self.new_event)
        ui.eventsView.selectionModel().currentRowChanged.connect(self._on_event_row)
        self.events_model.modelReset.connect(self._after_events_reset)
        self.events_model.dataChanged.connect(self._on_event_data)
        ui.commentsView.sig_new_row_requested.connect(self.new_comment)
        ui.commentsView.itemDelegate().closeEditor.connect(
            lambda _editor, hint: self._on_editor_closed(hint, self.comments_model)
        )
        ui.eventsView.itemDelegate().closeEditor.connect(
            lambda _editor, hint: self._on_editor_closed(hint, self.events_model)
        )
        # Every stored change is on the undo stack (edits, new rows, removals, undo, redo).
        self.undo_stack.indexChanged.connect(self._after_comments_changed)
        ui.filterEdit.textChanged.connect(self.comments_model.set_filter)
        ui.allCheck.toggled.connect(self._on_all_toggled)
        ui.tabs.currentChanged.connect(
            lambda _i: self._refresh_stats() if self._stats_stale else None
        )

    # -- the page contract ---------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """Show ``view``'s log; reading waits until the page is actually shown."""
        if self._view is None or self._view.id != view.id:
            self.undo_stack.clear()
            self._event_id = None
        self._view = view
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def open_record(self, kind: str, row_id: str) -> None:
        """Select an event, a comment (in its event) or an attachment (in the details tab)."""
        if self._stale:
            self._load()
        store = self._services.store
        if kind == "consultation":
            self.select_event(row_id)
            return
        if kind == "comment":
            event_id = reads.comment_event(store, row_id)
            if event_id is None:
                return
            self.ui.allCheck.setChecked(False)
            self.ui.filterEdit.clear()
            self.select_event(event_id)
            self.ui.tabs.setCurrentWidget(self.ui.commentsTab)
            self._select_comment(row_id)
            return
        if kind == "attachment":
            try:
                info = reads.get_attachment(store, row_id)
            except UserError as exc:
                messages.show_user_error(self, exc)
                return
            if info.owner_table == "consultation":
                self.select_event(info.owner_id)
                self.ui.tabs.setCurrentWidget(self.ui.detailsTab)
                self.details.select_attachment(row_id)

    # -- loading -------------------------------------------------------------------

    def _load(self) -> None:
        """Read the partnership's events (and the lists that depend on the partnership)."""
        self._stale = False
        view = self._view
        if view is None:
            return
        store = self._services.store
        labels = reads.category_labels(store, view.id)
        self._categories = [("", "—")] + [(code, _label(text)) for code, text in labels.items()]
        self.details.set_partnership(view)
        # Forget the shown event so its comments are read again; reselect it after the reset.
        self._keep_event, self._event_id = self._event_id, None
        self.events_model.set_source(reads.event_source(store, view.id))

    def select_event(self, event_id: str) -> None:
        """Make ``event_id`` the selected event."""
        row = self.events_model.row_of(event_id)
        if row < 0:
            return
        view = self.ui.eventsView
        index = self.events_model.index(row, self._event_column("subject"))
        view.setCurrentIndex(index)  # shows it through currentRowChanged
        view.scrollTo(index)
        if self._event_id != event_id:
            self._show_event(event_id)

    def _after_events_reset(self) -> None:
        """After the events table is read again, keep the selected event (else the newest)."""
        model = self.events_model
        keep = self._event_id or self._keep_event
        self._keep_event = None
        if keep and model.row_of(keep) >= 0:
            self.select_event(keep)
        elif model.rowCount() > 0:
            self.select_event(model.row(model.rowCount() - 1)["id"])
        else:
            self._show_event(None)

    def _on_event_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_event(self.events_model.row(current.row())["id"])

    def _show_event(self, event_id: str | None) -> None:
        """Show the comments, details, findings and statistics of one event."""
        changed = event_id != self._event_id
        self._event_id = event_id
        has = event_id is not None and self._view is not None
        for widget in (self.ui.tabs, self.ui.warningsFrame):
            widget.setEnabled(has or self.ui.allCheck.isChecked())
        self.ui.exportButton.setEnabled(self._view is not None)
        if changed:
            self._set_comment_source()
        self._fill_details()
        self._refresh_findings()

    def _set_comment_source(self) -> None:
        store, view = self._services.store, self._view
        if view is None:
            return
        if self.ui.allCheck.isChecked():
            self.comments_model.set_source(reads.comment_source(store, view.id, None))
        elif self._event_id is not None:
            self.comments_model.set_source(reads.comment_source(store, view.id, self._event_id))
        else:
            self.comments_model.set_source(lambda _text, _offset, _limit: [])

    # -- events --------------------------------------------------------------------

    def _event_column(self, field: str) -> int:
        return next(i for i, c in enumerate(self.events_model.columns) if c.field == field)

    def comment_column(self, field: str) -> int:
        """The comments table's column showing ``field``."""
        return next(i for i, c in enumerate(self.comments_model.columns) if c.field == field)

    def current_event(self) -> dict[str, Any] | None:
        """The selected event's row as the events table holds it."""
        row = self.events_model.row_of(self._event_id) if self._event_id else -1
        return self.events_model.row(row) if row >= 0 else None

    def new_event(self) -> None:
        """Add an event dated today and put the cursor in its subject (Escape takes it back)."""
        if self._view is None:
            return
        model = self.events_model
        row = self._untouched(self._fresh_event, model)
        if row < 0:
            row = model.add_row(
                self._view.id,
                {
                    "held_on": date.today(),
                    "subject": self.tr("Nowe wydarzenie konsultacyjne"),
                    "form": ConsultationForm.OPEN_MEETING.value,
                },
            )
            if row < 0:
                return
            self._fresh_event = (model.row(row)["id"], self.undo_stack.index())
        self.select_event(model.row(row)["id"])
        self._edit_cell(self.ui.eventsView, self.events_model.index(row, 1), select_all=True)

    def _set_event_field(self, field: str, value: Any) -> None:
        """Save a detail field through the events model (saved, shown and undoable at once)."""
        row = self.events_model.row_of(self._event_id) if self._event_id else -1
        if row < 0:
            return
        index = self.events_model.index(row, self._event_column(field))
        if not self.events_model.setData(index, value):
            self._fill_details()  # refused or unchanged: show what is stored

    def _on_event_data(self, top_left: QModelIndex, _bottom_right: QModelIndex, *_: Any) -> None:
        row = self.events_model.row(top_left.row())
        if row["id"] == self._event_id:
            self._fill_details()
            self._refresh_findings()

    def _fill_details(self) -> None:
        event = self.current_event()
        if event is None:
            text = self.tr("Dodaj wydarzenie konsultacyjne przyciskiem „Nowe wydarzenie”.")
        else:
            text = self.tr("<b>{date}</b> · {subject}").format(
                date=reads.format_date(event["held_on"]), subject=html.escape(event["subject"])
            )
        self.ui.eventLabel.setText(text)
        self.details.show_event(event)

    # -- comments ------------------------------------------------------------------

    def new_comment(self) -> None:
        """Add the next numbered comment to the selected event and start typing its author."""
        if self._view is None or self._event_id is None:
            return
        if self.ui.filterEdit.text():
            self.ui.filterEdit.clear()  # a new, empty comment would not match the filter
        model = self.comments_model
        fresh = self._untouched(self._fresh, model)
        if fresh >= 0:  # Enter again on a row left blank: stay there
            row = fresh
        else:
            number = reads.next_comment_number(self._services.store, self._event_id)
            row = model.add_row(
                self._view.id, {"consultation_id": self._event_id, "number": number}
            )
            if row < 0:
                return
            self._fresh = (model.row(row)["id"], self.undo_stack.index())
        self._edit_cell(self.ui.commentsView, model.index(row, self.comment_column("author")))

    def _untouched(self, fresh: tuple[str, int] | None, model: RecordTableModel) -> int:
        """The row of a record Enter just made, if nothing was changed since (else -1).

        Every change pushes on the undo stack, so "untouched" is "the stack is
        where it was right after the row was created".
        """
        if fresh is None:
            return -1
        row_id, undo_index = fresh
        row = model.row_of(row_id)
        return row if row >= 0 and self.undo_stack.index() == undo_index else -1

    def _on_editor_closed(self, hint: Any, model: RecordTableModel) -> None:
        """Escape on a row Enter just made takes the row back: nothing is left behind."""
        fresh = self._fresh if model is self.comments_model else self._fresh_event
        if (
            hint == QAbstractItemDelegate.EndEditHint.RevertModelCache
            and self._untouched(fresh, model) >= 0
        ):
            self._fresh = self._fresh_event = None
            QTimer.singleShot(0, self.undo_stack.undo)

    def _select_comment(self, comment_id: str) -> None:
        model = self.comments_model
        while model.row_of(comment_id) < 0 and model.canFetchMore():
            model.fetchMore()
        row = model.row_of(comment_id)
        if row >= 0:
            index = model.index(row, self.comment_column("content"))
            self.ui.commentsView.setCurrentIndex(index)
            self.ui.commentsView.scrollTo(index)

    def _on_all_toggled(self, checked: bool) -> None:
        self._show_event_columns(checked)
        self._set_comment_source()
        self._refresh_stats()

    def _show_event_columns(self, shown: bool) -> None:
        for field in ("held_on", "subject"):
            self.ui.commentsView.setColumnHidden(self.comment_column(field), not shown)

    def _after_comments_changed(self, _index: int = 0) -> None:
        """A comment was added, edited or removed: update counts, findings and statistics."""
        event = self.current_event()
        if event is not None and self._view is not None:
            count = reads.get_event(self._services.store, event["id"]).comments
            if count != event["comment_count"]:
                event["comment_count"] = count
                row = self.events_model.row_of(event["id"])
                index = self.events_model.index(row, self._event_column("comment_count"))
                self.events_model.dataChanged.emit(index, index)
        self._refresh_findings()

    @staticmethod
    def _edit_cell(view: QAbstractItemView, index: QModelIndex, select_all: bool = False) -> None:
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.edit(index)
        editor = view.focusWidget()
        if select_all and isinstance(editor, QLineEdit):
            editor.selectAll()

    # -- findings and statistics -----------------------------------------------------

    def _refresh_findings(self) -> None:
        """The art. 6 findings of the selected event, and the statistics."""
        layout = self.ui.warningsLayout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.findings = []
        if self._event_id is not None and self._view is not None:
            try:
                self.findings = reads.art6_checks(self._services.store, self._event_id)
            except UserError:
                self.findings = []
        for finding in self.findings:
            layout.addWidget(self._finding_label(finding))
        if self._event_id is not None and not self.findings:
            ok = QLabel(self.tr("Art. 6 uzppr: bez zastrzeżeń dla tego wydarzenia."), self)
            ok.setProperty("severity", "ok")
            ok.setProperty("code", "ok")
            ok.setStyleSheet("color: #2d6a2d; padding: 2px 6px;")
            layout.addWidget(ok)
        for index in range(layout.count()):
            layout.itemAt(index).widget().show()  # at once, not when the layout gets to it
        self._refresh_stats()

    def _finding_label(self, finding: reads.Art6Warning) -> QLabel:
        background, color = SEVERITY_COLORS[finding.severity]
        mark = {"error": "✖", "warning": "⚠", "info": "ℹ"}[finding.severity]
        text = f"{mark}  {finding.render(messages.translate)}"
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setProperty("severity", finding.severity)
        label.setProperty("code", finding.code)
        label.setStyleSheet(
            f"QLabel {{ background: {background}; color: {color}; border-left: 4px solid {color};"
            " padding: 3px 6px; border-radius: 2px; }"
        )
        return label

    def _refresh_stats(self) -> None:
        """Count again, when the statistics are on screen (else when they are next shown)."""
        self._stats_stale = True
        if self._view is None or self.ui.tabs.currentWidget() is not self.ui.statsTab:
            return
        self._stats_stale = False
        if self.ui.allCheck.isChecked():
            found = reads.stats(self._services.store, self._view.id)
        elif self._event_id is not None:
            found = reads.stats(self._services.store, self._view.id, self._event_id)
        else:
            found = None
        self.stats_panel.show_stats(found)

    # -- export --------------------------------------------------------------------

    def export_xlsx(self, path: str | None = None) -> None:
        """Save the partnership's log as XLSX in the background."""
        view = self._view
        if view is None:
            return
        if not path:
            suggested = self.tr("dziennik konsultacji {short}.xlsx").format(
                short=view.data.short_name
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Eksport dziennika konsultacji"),
                suggested,
                self.tr("Arkusz XLSX (*.xlsx)"),
            )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from pathlib import Path

        from cwd_desktop.exports.xlsx.consultations import export_log
        from cwd_desktop.ui.background import Operation

        store, target = self._services.store, Path(path)
        Operation(
            self,
            lambda progress: export_log(
                store, view.id, target, translate=messages.translate, progress=progress
            ),
        ).success(
            lambda count: messages.info(
                self,
                self.tr("Zapisano dziennik konsultacji (uwagi: {n}) w pliku {path}.").format(
                    n=count, path=target
                ),
            )
        ).with_progress(self.tr("Eksport dziennika konsultacji…")).run_in_background()
