"""Which questions say where a respondent lives, their gender and their age.

Filters and cross-tabs need those three. They are guessed from the question
text (Polish and English wording seen in real forms) and the wizard lets the
user change the guess. A gmina answer is matched to TERYT: first among the
partnership's member gminy (``Braniewo`` written by a resident means one of
the two Braniewo gminy of the partnership, and stays unmatched until the user
picks one), then among all gminy of the register when the name is unique.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cwd_desktop.domain.text import fold
from cwd_desktop.services.survey_import.model import Answer, Question, QuestionType
from cwd_desktop.services.teryt import Jst, TerytRegister, match_jst

#: "Gmina", "Gmina zamieszkania", "W której gminie Pan/Pani mieszka?", "Miejsce zamieszkania";
#: not every question that mentions a gmina ("jak się żyje w Twojej gminie?").
_GMINA = re.compile(
    r"^(gmina|gmine|municipality|commune)\b"
    r"|\bgmin\w* zamieszkania\b|\bmiejsce zamieszkania\b"
    r"|\bgmin\w*\W+(\w+\W+){0,4}(mieszk|zamieszk)\w*"
    r"|\b(mieszk|zamieszk)\w*\W+(\w+\W+){0,3}gmin\w*"
    r"|\bwhere do you live\b|\bmunicipality of residence\b"
)
_GENDER = re.compile(r"\b(plec|gender|sex)\b")
_AGE = re.compile(
    r"\b(wiek\w*|ile (masz|ma pan|ma pani) lat|grupa wiekowa|age( group)?|how old|rok urodzenia)\b"
)
_CLOSED = (QuestionType.SINGLE, QuestionType.TEXT)


@dataclass(frozen=True)
class Roles:
    """The keys of the gmina, gender and age questions (``None`` when a survey has none)."""

    gmina: str | None = None
    gender: str | None = None
    age: str | None = None


def _first(
    questions: Sequence[Question], pattern: re.Pattern[str], types: Iterable[QuestionType]
) -> str | None:
    allowed = set(types)
    for question in questions:
        if question.type in allowed and pattern.search(fold(question.text)):
            return question.key
    return None


def guess_roles(questions: Sequence[Question]) -> Roles:
    """The most likely gmina, gender and age questions, by their wording."""
    return Roles(
        gmina=_first(questions, _GMINA, _CLOSED),
        gender=_first(questions, _GENDER, (QuestionType.SINGLE,)),
        age=_first(questions, _AGE, (QuestionType.SINGLE, QuestionType.NUMBER, QuestionType.SCALE)),
    )


def distinct_answers(answers: Sequence[Answer]) -> list[tuple[str, int]]:
    """The distinct text answers of a question with their counts, most frequent first.

    Equal answers are counted at once (in C) and then stripped once each: a
    100,000-answer question has a handful of distinct ones.
    """
    try:
        given: Counter[Answer] = Counter(answers)
    except TypeError:  # a grid's dict answers cannot be counted so; none of them is a text
        given = Counter(a for a in answers if isinstance(a, str))
    counts: Counter[str] = Counter()
    for answer, n in given.items():
        if isinstance(answer, str) and (text := answer.strip()):
            counts[text] += n
    return counts.most_common()


@dataclass(frozen=True)
class GminaMatch:
    """The result of matching gmina answers: a mapping and what is left for the user."""

    mapping: dict[str, str]
    unmatched: list[str]


def match_gminy(values: Iterable[str], members: list[Jst], register: TerytRegister) -> GminaMatch:
    """Map each written gmina name to a TERYT code where exactly one gmina fits."""
    gminy_members = [j for j in members if j.is_gmina]
    mapping: dict[str, str] = {}
    unmatched: list[str] = []
    for value in values:
        hits = match_jst(value, gminy_members)
        if not hits:
            hits = _register_gminy(value, register)
        if len(hits) == 1:
            mapping[value] = hits[0].code
        else:
            unmatched.append(value)
    return GminaMatch(mapping, unmatched)


def _register_gminy(value: str, register: TerytRegister) -> list[Jst]:
    """Gminy of the whole register with exactly this name (after the usual prefixes)."""
    name = " ".join(value.split())
    bare = re.sub(
        r"^(miasto i gmina|gmina miejska|gmina wiejska|gmina|gm\.|miasto)\s+", "", name, flags=re.I
    )
    candidates = [j for j in register.search(bare, limit=40) if j.is_gmina]
    return match_jst(name, candidates)
