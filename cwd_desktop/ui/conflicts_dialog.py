"""The conflicts dialog: both values of a field side by side, and one decision per conflict.

A conflict is a field two people changed differently, or an edit that met a
deletion. The record keeps the left value until someone decides; the choice
(keep, take the other, or a typed third value) is an ordinary edit through
``sync.conflicts.resolve``, so it goes to the outbox and reaches the other
advisors at the next sync. The list is re-read after every decision because
one decision settles every open conflict on the same field of the record.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QSizePolicy, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.app import Services
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_conflicts_dialog import Ui_ConflictsDialog

if TYPE_CHECKING:
    from cwd_desktop.sync.conflicts import ConflictView

#: Polish names of the fields that most often conflict; others show their column name.
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ConflictsDialog", "nazwa"),
    "short_name": QT_TRANSLATE_NOOP("ConflictsDialog", "skrót"),
    "notes": QT_TRANSLATE_NOOP("ConflictsDialog", "notatki"),
    "title": QT_TRANSLATE_NOOP("ConflictsDialog", "tytuł"),
    "subject": QT_TRANSLATE_NOOP("ConflictsDialog", "temat"),
    "content": QT_TRANSLATE_NOOP("ConflictsDialog", "treść"),
    "proposal": QT_TRANSLATE_NOOP("ConflictsDialog", "propozycja zmiany"),
    "justification": QT_TRANSLATE_NOOP("ConflictsDialog", "uzasadnienie"),
    "disposition": QT_TRANSLATE_NOOP("ConflictsDialog", "rozstrzygnięcie"),
    "description": QT_TRANSLATE_NOOP("ConflictsDialog", "opis"),
    "status": QT_TRANSLATE_NOOP("ConflictsDialog", "status"),
    "place": QT_TRANSLATE_NOOP("ConflictsDialog", "miejsce"),
    "category": QT_TRANSLATE_NOOP("ConflictsDialog", "kategoria"),
    "influence": QT_TRANSLATE_NOOP("ConflictsDialog", "wpływ"),
    "interest": QT_TRANSLATE_NOOP("ConflictsDialog", "zainteresowanie"),
    "email": QT_TRANSLATE_NOOP("ConflictsDialog", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("ConflictsDialog", "telefon"),
    "role": QT_TRANSLATE_NOOP("ConflictsDialog", "funkcja"),
    "agenda": QT_TRANSLATE_NOOP("ConflictsDialog", "program"),
    "minutes": QT_TRANSLATE_NOOP("ConflictsDialog", "protokół"),
    "decisions": QT_TRANSLATE_NOOP("ConflictsDialog", "ustalenia"),
    "owner": QT_TRANSLATE_NOOP("ConflictsDialog", "odpowiedzialny"),
    "due_on": QT_TRANSLATE_NOOP("ConflictsDialog", "termin"),
    "held_on": QT_TRANSLATE_NOOP("ConflictsDialog", "data"),
    "deleted_at": QT_TRANSLATE_NOOP("ConflictsDialog", "usunięcie rekordu"),
}

#: Kinds the search list does not name (``services.search.KIND_LABELS`` covers the rest).
KIND_FALLBACK: dict[str, str] = {
    "contact_person": QT_TRANSLATE_NOOP("ConflictsDialog", "osoba kontaktowa"),
    "partnership": QT_TRANSLATE_NOOP("ConflictsDialog", "partnerstwo"),
    "attendance": QT_TRANSLATE_NOOP("ConflictsDialog", "obecność na spotkaniu"),
    "working_group_member": QT_TRANSLATE_NOOP("ConflictsDialog", "członek grupy roboczej"),
}

QWIDGETSIZE_MAX = 16_777_215  # Qt's "no maximum" for widget sizes

_TITLE_COLUMNS = ("name", "title", "subject", "short_name", "filename", "text", "description")


def field_label(field: str) -> str:
    """A field's Polish name, or its column name when there is none."""
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate("ConflictsDialog", label) if label else field


def kind_label(view: ConflictView) -> str:
    """What kind of record the conflict is about, in the UI language."""
    if view.table in KIND_FALLBACK:
        return QCoreApplication.translate("ConflictsDialog", KIND_FALLBACK[view.table])
    return QCoreApplication.translate("search", view.kind)


def record_title(conn: sqlite3.Connection, view: ConflictView) -> str:
    """The record's name; for kinds the search does not describe, its first name-like column.

    A contact person is named with their stakeholder ("Jan Nowak (OSP Frombork)").
    """
    if view.title != view.row_id or not view.table.isidentifier():
        return view.title
    columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{view.table}")')}
    column = next((c for c in _TITLE_COLUMNS if c in columns), None)
    if column is None:
        return view.title
    row = conn.execute(
        f'SELECT "{column}" FROM "{view.table}" WHERE id = ?', (view.row_id,)
    ).fetchone()
    if row is None or not row[0]:
        return view.title
    title = str(row[0])
    if "stakeholder_id" in columns:
        owner = conn.execute(
            f'SELECT s.name FROM "{view.table}" t JOIN stakeholder s ON s.id = t.stakeholder_id'
            " WHERE t.id = ?",
            (view.row_id,),
        ).fetchone()
        if owner is not None and owner[0]:
            title = f"{title} ({owner[0]})"
    return title


def clip(text: str, width: int = 90) -> str:
    """One line of at most ``width`` characters for the list (the header shows it all)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def format_at(moment: datetime | None) -> str:
    """When a side was changed, in local time."""
    if moment is None:
        return QCoreApplication.translate("ConflictsDialog", "czas nieznany")
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


class ConflictsDialog(QDialog):
    """Open conflicts on the left, the selected one's two values side by side on the right.

    ``resolved`` counts the decisions taken, so the caller knows whether to
    refresh the pages.
    """

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        partnership_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._partnership_id = partnership_id
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.resolved = 0
        self.views: list[ConflictView] = []
        self._short_names: dict[str, str] = {}
        ui = self.ui
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([300, 740])
        font = ui.headerLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        ui.headerLabel.setFont(font)
        small = ui.baseLabel.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        ui.baseLabel.setFont(small)
        palette = ui.baseLabel.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        ui.baseLabel.setPalette(palette)
        ui.conflictList.setSpacing(2)
        # Short values get compact boxes and the free space goes below them.
        ui.detailLayout.addStretch(0)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Zamknij"))
        close.setAutoDefault(False)
        ui.buttonBox.rejected.connect(self.reject)
        ui.conflictList.currentRowChanged.connect(self._show)
        ui.keepButton.clicked.connect(self.keep_current)
        ui.chooseButton.clicked.connect(self.choose_other)
        ui.customButton.clicked.connect(self.save_custom)
        ui.customEdit.returnPressed.connect(self.save_custom)
        self.reload()
        ui.conflictList.setFocus()

    # -- the list ---------------------------------------------------------------------

    def reload(self, row: int = 0) -> None:
        """Re-read the open conflicts and select ``row`` (or the last one)."""
        from cwd_desktop.sync.conflicts import open_conflicts

        store = self._services.store
        self.views = open_conflicts(store, self._partnership_id)
        conn = store.reader()
        self._short_names = dict(conn.execute("SELECT id, short_name FROM partnership"))
        ui = self.ui
        ui.conflictList.blockSignals(True)
        ui.conflictList.clear()
        for view in self.views:
            title = record_title(conn, view)
            item = QListWidgetItem(f"{kind_label(view)}: {clip(title)}\n{self._what(view)}")
            item.setToolTip(title)
            ui.conflictList.addItem(item)
        ui.conflictList.blockSignals(False)
        ui.introLabel.setVisible(bool(self.views))
        if not self.views:
            ui.stack.setCurrentWidget(ui.emptyLabel)
            ui.buttonBox.setFocus()
            return
        ui.stack.setCurrentWidget(ui.workPage)
        ui.conflictList.setCurrentRow(max(0, min(row, len(self.views) - 1)))
        self._show(ui.conflictList.currentRow())

    def current(self) -> ConflictView | None:
        """The conflict shown on the right."""
        row = self.ui.conflictList.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.views):
            return
        from cwd_desktop.sync.conflicts import display

        view = self.views[row]
        ui = self.ui
        title = record_title(self._services.store.reader(), view)
        header = self.tr("{kind}: {title} — {what}").format(
            kind=kind_label(view).capitalize(), title=title, what=self._what(view)
        )
        short = self._short_names.get(view.partnership_id)
        if short:
            header += " · " + short
        ui.headerLabel.setText(header)
        ui.customEdit.clear()
        if view.is_deletion:
            self._show_deletion(view)
            return
        ui.baseLabel.setText(
            self.tr("Wartość wyjściowa (przed obiema zmianami): {value}").format(
                value=display(view.base)
            )
        )
        ui.baseLabel.show()
        current, other = display(view.current), display(view.other)
        ui.currentValue.setPlainText(current)
        ui.otherValue.setPlainText(other)
        self._compact(all(len(t) <= 60 and "\n" not in t for t in (current, other)))
        ui.currentWho.setText(self._who(self.tr("Zmiana"), view.current_by, view.current_at))
        ui.otherWho.setText(self._who(self.tr("Zmiana"), view.other_by, view.other_at))
        ui.keepButton.setText(self.tr("&Zachowaj tę"))
        ui.chooseButton.setText(self.tr("&Wybierz tę"))
        for widget in (ui.customLabel, ui.customEdit, ui.customButton):
            widget.setVisible(True)

    def _show_deletion(self, view: ConflictView) -> None:
        """An edit against a deletion: the choice is to delete the record or keep it."""
        ui = self.ui
        ui.baseLabel.hide()
        self._compact(True)
        deleted, kept = self.tr("Rekord usunięty"), self.tr("Rekord edytowany i zachowany")
        delete, keep = self.tr("&Usuń rekord"), self.tr("Zachowaj &rekord")
        sides = (
            (view.current, view.current_by, view.current_at, ui.currentValue, ui.currentWho),
            (view.other, view.other_by, view.other_at, ui.otherValue, ui.otherWho),
        )
        for (value, by, at, text, who), button in zip(
            sides, (ui.keepButton, ui.chooseButton), strict=True
        ):
            is_deleted = value is not None
            text.setPlainText(deleted if is_deleted else kept)
            caption = self.tr("Usunięcie") if is_deleted else self.tr("Zmiana")
            who.setText(self._who(caption, by, at))
            button.setText(delete if is_deleted else keep)
        for widget in (ui.customLabel, ui.customEdit, ui.customButton):
            widget.setVisible(False)

    def _compact(self, compact: bool) -> None:
        """Short values in boxes of three lines; long texts get all the height there is."""
        ui = self.ui
        lines = ui.currentValue.fontMetrics().lineSpacing()
        height = lines * 3 + 12 if compact else QWIDGETSIZE_MAX
        policy = QSizePolicy.Policy.Maximum if compact else QSizePolicy.Policy.Preferred
        for edit, group in ((ui.currentValue, ui.currentGroup), (ui.otherValue, ui.otherGroup)):
            edit.setMaximumHeight(height)
            group.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        detail = ui.detailLayout
        detail.setStretch(detail.indexOf(ui.sides), 0 if compact else 1)
        detail.setStretch(detail.count() - 1, 1 if compact else 0)

    def _what(self, view: ConflictView) -> str:
        """What clashed: the field, or an edit against a deletion."""
        if view.is_deletion:
            return self.tr("usunięty w jednym miejscu, zmieniony w drugim")
        return self.tr("pole „{field}”").format(field=field_label(view.field))

    def _who(self, caption: str, by: str, at: datetime | None) -> str:
        return self.tr("{caption}: {who}, {when}").format(
            caption=caption, who=by or self.tr("nieznany autor"), when=format_at(at)
        )

    # -- decisions --------------------------------------------------------------------

    def keep_current(self) -> None:
        """Keep the value the record holds (for a deletion: its current state)."""
        view = self.current()
        if view is not None:
            self._resolve(view, view.current)

    def choose_other(self) -> None:
        """Take the value that was not applied (for a deletion: the other side's state)."""
        view = self.current()
        if view is not None:
            self._resolve(view, view.other)

    def save_custom(self) -> None:
        """Give the field the typed value; a value the field cannot take is explained."""
        from cwd_desktop.sync.conflicts import parse_value

        view = self.current()
        if view is None or view.is_deletion:
            return
        try:
            value = parse_value(self._services.store, view.id, self.ui.customEdit.text())
        except UserError as exc:
            messages.show_user_error(self, exc)
            self.ui.customEdit.setFocus()
            return
        self._resolve(view, value)

    def _resolve(self, view: ConflictView, value: Any) -> None:
        from cwd_desktop.sync.conflicts import resolve

        row = self.ui.conflictList.currentRow()
        try:
            resolve(self._services.store, view.id, value)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self.resolved += 1
        self.reload(row)
        if self.views:
            self.ui.conflictList.setFocus(Qt.FocusReason.OtherFocusReason)
