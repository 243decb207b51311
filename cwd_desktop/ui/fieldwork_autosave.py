"""Form fields that save themselves: every change of one record is stored as it happens.

``AutoSaver`` binds the widgets of a form (line and text edits, date edits,
combos, or anything with a getter, a setter and a change signal) to the
fields of one record. A field is written through ``Records`` when its widget
loses focus, after a short pause in typing, or at once for a choice; the
page can ``flush()`` before it shows another record. Each write becomes an
already-done command on the page's ``QUndoStack``; writes of one field
while the user keeps typing in it merge into one undo step. A refused value
is shown once and stays in the widget, so the typed text is never lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.ui import messages
from cwd_desktop.ui.date_edit import FieldDateEdit
from cwd_desktop.ui.undo_base import AppliedCommand

#: Milliseconds of quiet typing after which a field is saved.
IDLE_MS = 700
_MERGE_ID = 0x4657  # "FW"


@dataclass
class Binding:
    """One widget bound to one field."""

    field: str
    title: str
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]


class SetValueCommand(AppliedCommand):
    """A field value already stored; undo stores the old one (and shows it)."""

    def __init__(self, saver: AutoSaver, row_id: str, field: str, old: Any, new: Any) -> None:
        title = saver.binding(field).title
        super().__init__(
            QCoreApplication.translate("AutoSaver", "zmiana: {field}").format(field=title)
        )
        self.saver, self.row_id, self.field = saver, row_id, field
        self.old, self.new = old, new
        self.sealed = False

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, SetValueCommand)
            or self.sealed
            or other.saver is not self.saver
            or (other.row_id, other.field) != (self.row_id, self.field)
        ):
            return False
        self.new = other.new
        return True

    def apply(self) -> None:
        self.saver.write(self.row_id, self.field, self.new)

    def revert(self) -> None:
        self.saver.write(self.row_id, self.field, self.old)


class AutoSaver(QObject):
    """Saves the bound widgets of the record shown (``load``) into ``table``."""

    #: (row id, field) after a value was stored, by the user or by undo/redo.
    sig_saved = Signal(str, str)

    def __init__(
        self,
        records: Callable[[], Any],
        table: str,
        undo_stack: QUndoStack,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._table = table
        self._undo = undo_stack
        self._parent = parent
        self._bindings: dict[str, Binding] = {}
        self._by_widget: dict[QObject, str] = {}
        self._saved: dict[str, Any] = {}
        self._refused: dict[str, Any] = {}
        self._dirty: set[str] = set()
        self._loading = False
        self._saving = False
        self.row_id: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.flush)

    # -- binding ------------------------------------------------------------------------

    def binding(self, field: str) -> Binding:
        """The binding of ``field``."""
        return self._bindings[field]

    def bind(
        self,
        field: str,
        title: str,
        widget: QWidget,
        get: Callable[[], Any],
        set: Callable[[Any], None],
        changed: SignalInstance,
        *,
        immediate: bool = False,
    ) -> None:
        """Bind any widget; ``immediate`` saves on every change (choices, check lists)."""
        self._bindings[field] = Binding(field, title, widget, get, set)
        self._by_widget[widget] = field
        widget.installEventFilter(self)
        if immediate:
            changed.connect(lambda *_: self._changed(field, now=True))
        else:
            changed.connect(lambda *_: self._changed(field))

    def bind_line(self, field: str, title: str, edit: QLineEdit) -> None:
        """A one-line text field."""
        self.bind(field, title, edit, edit.text, lambda v: edit.setText(v or ""), edit.textEdited)
        edit.editingFinished.connect(lambda: self.save(field))

    def bind_text(self, field: str, title: str, edit: QPlainTextEdit) -> None:
        """A multi-line text field (Tab moves on, as in a form)."""
        edit.setTabChangesFocus(True)
        self.bind(
            field,
            title,
            edit,
            edit.toPlainText,
            lambda v: edit.setPlainText(v or ""),
            edit.textChanged,
        )

    def bind_date(self, field: str, title: str, edit: FieldDateEdit) -> None:
        """A date typed whole; text that is no date is refused by the service, and kept."""

        def put(value: Any) -> None:
            edit.set_value(value if isinstance(value, date) else None)

        self.bind(field, title, edit, edit.value, put, edit.textEdited)
        edit.editingFinished.connect(lambda: self.save(field))

    def bind_combo(self, field: str, title: str, combo: QComboBox) -> None:
        """A choice whose item data is the stored value ("" or None for no value)."""

        def put(value: Any) -> None:
            combo.setCurrentIndex(max(combo.findData(value if value else ""), 0))

        self.bind(
            field,
            title,
            combo,
            lambda: combo.currentData() or None,
            put,
            combo.activated,
            immediate=True,
        )

    # -- the record shown ----------------------------------------------------------------

    def load(self, row_id: str | None, values: dict[str, Any]) -> None:
        """Show a record (saving what is pending for the previous one first)."""
        self.flush()
        self._seal()
        self.row_id = row_id
        self._loading = True
        try:
            for field, binding in self._bindings.items():
                binding.set(values.get(field))
                self._saved[field] = binding.get()
        finally:
            self._loading = False
        self._refused.clear()
        self._dirty.clear()

    def refresh_field(self, field: str, value: Any) -> None:
        """Show a stored value without saving it (after undo/redo)."""
        binding = self._bindings[field]
        self._loading = True
        try:
            binding.set(value)
            self._saved[field] = binding.get()
        finally:
            self._loading = False
        self._dirty.discard(field)
        self._refused.pop(field, None)

    def flush(self) -> None:
        """Save every field changed since it was last saved."""
        self._timer.stop()
        for field in list(self._dirty):
            self.save(field)

    # -- saving ----------------------------------------------------------------------------

    def _changed(self, field: str, now: bool = False) -> None:
        if self._loading or self.row_id is None:
            return
        self._dirty.add(field)
        if now:
            self.save(field)
        else:
            self._timer.start()

    def save(self, field: str) -> bool:
        """Store ``field`` if its widget differs from what is stored; False if refused."""
        if self._loading or self._saving or self.row_id is None:
            return True
        binding = self._bindings[field]
        value = binding.get()
        self._dirty.discard(field)
        if value == self._saved.get(field):
            return True
        if field in self._refused and self._refused[field] == value:
            return False
        self._saving = True
        try:
            old = self._records().set_field(self._table, self.row_id, field, value)
        except UserError as exc:
            self._refused[field] = value
            messages.show_user_error(self._parent, exc)
            return False
        finally:
            self._saving = False
        self._refused.pop(field, None)
        self._saved[field] = value
        self._undo.push(SetValueCommand(self, self.row_id, field, old, value))
        self.sig_saved.emit(self.row_id, field)
        return True

    def write(self, row_id: str, field: str, value: Any) -> None:
        """Store ``value`` from an undo or redo, and show it if that record is shown."""
        self._records().set_field(self._table, row_id, field, value)
        if row_id == self.row_id:
            self.refresh_field(field, value)
        self.sig_saved.emit(row_id, field)

    def _seal(self) -> None:
        """Later typing starts a new undo step instead of merging into the last one."""
        count = self._undo.count()
        top = self._undo.command(count - 1) if count else None
        if isinstance(top, SetValueCommand) and top.saver is self:
            top.sealed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._by_widget:
            field = self._by_widget[watched]
            self.save(field)
            self._seal()
        return super().eventFilter(watched, event)
