"""The order in which a chart shows a question's answers.

Google Forms exports carry no form order: the importer lists options as they
first appear, which charts "Raczej dobrze, Trudno powiedzieć, Bardzo źle…"
in a jumble. Rating answers (Polish Likert wording: "zdecydowanie tak",
"raczej źle", "ani dobrze, ani źle", "nie wiem") are recognised and put in
their natural order, from the most positive down to "don't know"; other
answers are shown most frequent first, with "don't know" / "other" last.

Qt-free and pure, so the same order could serve the exports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cwd_desktop.domain.text import fold

#: Ranks of a rating scale: the order answers are shown in, top to bottom.
STRONG_POSITIVE, POSITIVE, NEUTRAL, NEGATIVE, STRONG_NEGATIVE, DONT_KNOW = range(6)

_DONT_KNOW = re.compile(
    r"trudno (powiedziec|ocenic|stwierdzic)|nie wiem|nie mam zdania|brak zdania|"
    r"nie dotyczy|wole nie|odmowa|nie potrafie|nie korzystam|nie znam"
)
_NEUTRAL = re.compile(r"\bani\b|srednio|przecietnie|bez zmian|neutraln|obojetn|tak samo")
_NEGATIVE = re.compile(
    r"\bnie\b|\bzl[aeiy]?\b|\bzle\b|gorzej|gorsz|niezadowol|negatywn|slab[oay]|niedostateczn|"
    r"przeciw|\bnisk"
)
_POSITIVE = re.compile(r"\btak\b|dobr[zaey]|lepiej|lepsz|zadowol|pozytywn|\bwysok|\bchetnie")
_STRONG = re.compile(r"zdecydowanie|\bbardzo|calkowicie|w pelni|zupelnie|wcale|absolutnie")
_LAST = re.compile(r"^(inne|inna|inny|pozostale)\b|^other\b")


def rating_rank(label: str) -> int | None:
    """Where ``label`` sits on a rating scale (see the rank constants), or ``None``."""
    text = fold(label)
    if _DONT_KNOW.search(text):
        return DONT_KNOW
    if _NEUTRAL.search(text):
        return NEUTRAL
    strong = bool(_STRONG.search(text))
    if _NEGATIVE.search(text):
        return STRONG_NEGATIVE if strong else NEGATIVE
    if _POSITIVE.search(text):
        return STRONG_POSITIVE if strong else POSITIVE
    return None


def rating_ranks(labels: Sequence[str]) -> list[int] | None:
    """The ranks of ``labels`` when they form a rating scale, else ``None``.

    A scale needs every label recognised, a positive and a negative end, and
    no two labels on the same step (else the order would be a guess); any
    number of answers may stand outside it ("nie wiem", "nie korzystam").
    """
    ranks = [rating_rank(label) for label in labels]
    known = [r for r in ranks if r is not None]
    steps = [r for r in known if r != DONT_KNOW]
    if len(known) != len(labels) or len(set(steps)) != len(steps):
        return None
    if not any(r in (STRONG_POSITIVE, POSITIVE) for r in known):
        return None
    if not any(r in (NEGATIVE, STRONG_NEGATIVE) for r in known):
        return None
    return known


def _leading_number(label: str) -> float | None:
    """``5`` → 5, ``18–24`` → 18, ``65+`` → 65, ``do 17`` → 0; ``None`` for words."""
    text = label.strip()
    if text.startswith("do "):
        return 0.0
    match = re.match(r"^-?\d+(?:[.,]\d+)?", text)
    return float(match.group(0).replace(",", ".")) if match else None


def _is_last(label: str) -> bool:
    return rating_rank(label) == DONT_KNOW or bool(_LAST.search(fold(label)))


def answer_order(labels: Sequence[str], counts: Sequence[int]) -> list[int]:
    """Indexes of ``labels`` in display order: numbers and ranges (a scale, age groups)
    in their own order, a rating scale in its own order, anything else most frequent
    first, "don't know" and "other" at the end."""
    numeric = [_leading_number(label) for label in labels]
    if labels and all(n is not None for n in numeric):
        return sorted(range(len(labels)), key=lambda i: numeric[i] or 0.0)
    ranks = rating_ranks(labels)
    if ranks is not None:
        return sorted(range(len(labels)), key=lambda i: ranks[i])
    return sorted(range(len(labels)), key=lambda i: (_is_last(labels[i]), -counts[i]))
