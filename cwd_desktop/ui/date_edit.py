"""A date field typed as people write dates: ``12.06.2025``, ``1.6.25``, ``12062025``.

QDateEdit edits a date section by section and clamps each section to the
date it already holds: typing ``31.12.2024`` over a November date gave
30.12.2024, a dot after a full section skipped the next one, and a two-digit
year was dropped, all without a word. Field notes are typed fast, so this
field is a line edit whose text is read as a whole when it is saved. Text
that is not a date is handed on as it is, so the service refuses it with a
message naming the field (and the text stays for the user to correct); an
empty field means no date.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

_PARTS = re.compile(r"^(\d{1,2})[.\-/ ,](\d{1,2})[.\-/ ,](\d{2}|\d{4})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")


def read_date(text: str) -> date | str | None:
    """The date ``text`` means (day first), None for an empty text, else the text itself."""
    text = text.strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        found = _PARTS.match(text) or _DIGITS.match(text)
        if found is None:
            return text
        day, month, year = (int(p) for p in found.groups())
        if len(found.group(3)) == 2:
            year += 2000
        return date(year, month, day)
    except ValueError:
        return text


def show_date(value: date | None) -> str:
    """How a date is written in the field."""
    return value.strftime("%d.%m.%Y") if value else ""


class FieldDateEdit(QLineEdit):
    """A line edit holding a date (see the module doc); ``value()`` reads it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("FieldDateEdit", "DD.MM.RRRR"))
        self.setMaxLength(20)
        self.editingFinished.connect(self._tidy)

    def value(self) -> date | str | None:
        """The date typed, None if empty, or the text when it is not a date."""
        return read_date(self.text())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` as ``DD.MM.RRRR``."""
        self.setText(show_date(value))

    def _tidy(self) -> None:
        value = self.value()
        if isinstance(value, date):
            self.setText(show_date(value))
