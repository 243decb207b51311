"""Text folding for search: case- and diacritic-insensitive, Polish-aware."""

from __future__ import annotations

import unicodedata

# Letters NFKD does not decompose into a base letter plus a mark.
_SPECIAL = {"ł": "l", "Ł": "l", "đ": "d", "ø": "o", "ß": "ss"}


class _FoldTable(dict[int, str]):
    """Code point -> folded text, filled on first sight of each character.

    ``str.translate`` looks characters up in C, so after the first few
    thousand characters folding costs about as much as copying the text;
    NFKD plus dropping combining marks plus casefold is per character, so
    folding characters one at a time gives the same result as folding the
    whole string.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        char = _SPECIAL.get(char, char)
        decomposed = unicodedata.normalize("NFKD", char)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics, so ``Łódź`` and ``lodz`` match."""
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)
