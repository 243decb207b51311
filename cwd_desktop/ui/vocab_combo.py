"""Combo boxes over the controlled vocabularies of ``domain.vocab``.

The combo shows the translated label and keeps the stable code as item data,
so what the user sees can change language while what is stored never does.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from cwd_desktop.domain.vocab import VOCAB_CONTEXT, label


def vocab_text(text: str) -> str:
    """A Polish vocabulary string (label, criterion, JST kind) in the UI language."""
    return QCoreApplication.translate(VOCAB_CONTEXT, text)


def fill_vocab_combo(
    combo: QComboBox, values: type[StrEnum], empty_label: str | None = None
) -> None:
    """Offer every value of ``values``; ``empty_label`` adds a first "no value" item."""
    combo.clear()
    if empty_label is not None:
        combo.addItem(empty_label, "")
    for value in values:
        combo.addItem(vocab_text(label(value)), value.value)


def combo_code(combo: QComboBox) -> str | None:
    """The code of the chosen item, or None for the empty item."""
    data = combo.currentData()
    return str(data) if data else None


def set_combo_code(combo: QComboBox, code: str | None) -> None:
    """Choose the item holding ``code`` (the empty item for None or an unknown code)."""
    index = combo.findData(code or "")
    combo.setCurrentIndex(max(index, 0))
