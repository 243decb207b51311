"""Grouping columns into questions, inferring each question's type, splitting answers.

Each tool has its own conventions, and the importer follows the source's:

- grids are ``Pytanie [Wiersz]`` columns (Google, Microsoft, spreadsheets) and
  LimeSurvey arrays ``Q1[SQ001]``; a LimeSurvey group whose cells are only
  ``Y``/empty (answer codes) or ``Tak``/``Nie`` (full answers) is a multiple
  choice, one column per option; ``Q1[other]`` is the "other" text;
- Google Forms joins checkbox answers with ``, `` — but an option may itself
  hold a comma, so whole options seen in other answers are matched first;
- Microsoft Forms joins multi-select answers with ``;`` and ends them with one;
- KoboToolbox/ODK writes a select-multiple as space-separated codes plus one
  ``pytanie/opcja`` column of 0/1 per option; the 0/1 columns are read.

Types are a guess the wizard lets the user correct; ``extract_answers`` then
re-reads a question's columns under the corrected type.

Everything works on ``Columns``: a question is judged by its columns'
distinct values, and answers are made once per distinct cell (or distinct
row of a grid) and shared by every respondent who gave it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from cwd_desktop.services.survey_import.columns import Columns
from cwd_desktop.services.survey_import.model import Answer, Question, QuestionType, Source
from cwd_desktop.services.tabular import cell_text

#: A choice question has at most this many distinct answers …
MAX_OPTIONS = 30
#: … and each is given, on average, by at least this many respondents.
MIN_PER_OPTION = 2
#: A scale is whole numbers from 0 or 1 up to at most this (1–5, 1–7, 0–10); its
#: options run from 1 (or 0 when someone answered 0) to the highest answer given.
MAX_SCALE = 10

_BRACKET = re.compile(r"^(?P<stem>.*?)\s*\[(?P<row>[^\[\]]+)\]$")
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")
_CHOSEN = {"y", "tak", "yes", "1", "true", "prawda"}
_NOT_CHOSEN = {"n", "nie", "no", "0", "false", "falsz", "fałsz"}
_OTHER_CODES = {"other", "inne", "comment"}
_KOBO_CODE = re.compile(r"[\w.\-]+")


@dataclass(frozen=True)
class _Unit:
    """Columns that make one question, before its type is known."""

    key: str
    text: str
    columns: tuple[int, ...]
    rows: tuple[str, ...] = ()  # grid rows / option names, one per column
    kind: str = "column"  # column | brackets | kobo_options
    other_column: int | None = None


def infer_questions(
    source: Source, headers: Sequence[str], table: Columns, columns: Sequence[int]
) -> list[Question]:
    """The questions in ``columns`` with inferred types and options."""
    units = _group(source, headers, table, columns)
    questions = [_typed(source, unit, table) for unit in units]
    seen: Counter[str] = Counter()
    for question in questions:  # keys must be unique; headers were, prefixes may not be
        seen[question.key] += 1
        if seen[question.key] > 1:
            question.key = f"{question.key} ({seen[question.key]})"
    return questions


# -- grouping -----------------------------------------------------------------------------


def _group(
    source: Source, headers: Sequence[str], table: Columns, columns: Sequence[int]
) -> list[_Unit]:
    kobo_options = _kobo_option_columns(headers, table, columns) if source is Source.KOBO else {}
    option_of = {c: base for base, cols in kobo_options.items() for c in cols}
    units: list[_Unit] = []
    index = 0
    while index < len(columns):
        column = columns[index]
        header = headers[column]
        if column in option_of:
            index += 1
            continue
        if header in kobo_options:
            cols = kobo_options[header]
            names = tuple(headers[c][len(header) + 1 :] for c in cols)
            units.append(
                _Unit(header, _kobo_text(header, headers), tuple(cols), names, "kobo_options")
            )
            index += 1
            continue
        match = _BRACKET.match(header)
        if match:
            stem = match["stem"]
            group = [column]
            while index + len(group) < len(columns):
                nxt = _BRACKET.match(headers[columns[index + len(group)]])
                if not nxt or nxt["stem"] != stem:
                    break
                group.append(columns[index + len(group)])
            other = None
            if source is Source.LIMESURVEY:
                others = [c for c in group if _bracket_row(headers[c]).lower() in _OTHER_CODES]
                group = [c for c in group if c not in others]
                other = others[0] if others else None
                if not group and other is not None and units and units[-1].key == stem:
                    units[-1] = _with_other(units[-1], other)  # ``Q2`` + ``Q2[other]``
                    index += 1
                    continue
            if len(group) >= 2 or (source is Source.LIMESURVEY and group):
                units.append(
                    _Unit(
                        stem,
                        stem,
                        tuple(group),
                        tuple(_bracket_row(headers[c]) for c in group),
                        "brackets",
                        other,
                    )
                )
                index += len(group) + (1 if other is not None else 0)
                continue
        text = _kobo_text(header, headers) if source is Source.KOBO else header
        units.append(_Unit(header, text, (column,)))
        index += 1
    return units


def _with_other(unit: _Unit, other: int) -> _Unit:
    return _Unit(unit.key, unit.text, unit.columns, unit.rows, unit.kind, other)


def _bracket_row(header: str) -> str:
    match = _BRACKET.match(header)
    return match["row"].strip() if match else header


def _kobo_option_columns(
    headers: Sequence[str], table: Columns, columns: Sequence[int]
) -> dict[str, list[int]]:
    """Select-multiple base header → its ``base/option`` 0/1 columns (Kobo ``/``, ODK ``-``)."""
    names = {headers[i] for i in columns}
    found: dict[str, list[int]] = {}
    for column in columns:
        header = headers[column]
        for sep in ("/", "-"):
            if sep not in header:
                continue
            base = header.rsplit(sep, 1)[0]
            if base in names and _all_flags(table, column):
                found.setdefault(base, []).append(column)
                break
    return found


def _all_flags(table: Columns, column: int) -> bool:
    values = {cell_text(v).lower() for v in table.distinct(column)}
    return bool(values) and values <= {"0", "1", "true", "false"}


def _kobo_text(header: str, headers: Sequence[str]) -> str:
    """The question's own name, without its group prefixes (``grupa/pytanie`` → ``pytanie``)."""
    if "/" in header:
        return header.rsplit("/", 1)[1]
    if "-" in header:
        prefix = header.rsplit("-", 1)[0] + "-"
        if sum(1 for h in headers if h.startswith(prefix)) >= 2:
            return header.rsplit("-", 1)[1]
    return header


# -- typing -------------------------------------------------------------------------------


def _typed(source: Source, unit: _Unit, table: Columns) -> Question:
    if unit.kind == "kobo_options":
        return Question(
            unit.key, unit.text, QuestionType.MULTIPLE, unit.columns, options=list(unit.rows)
        )
    if unit.kind == "brackets":
        cells = {cell_text(v).lower() for c in unit.columns for v in table.distinct(c)} - {""}
        flags = cells <= (_CHOSEN | _NOT_CHOSEN) and bool(cells & _CHOSEN)
        if source is Source.LIMESURVEY and flags:
            return Question(
                unit.key,
                unit.text,
                QuestionType.MULTIPLE,
                unit.columns,
                options=list(unit.rows),
                other_column=unit.other_column,
            )
        return Question(
            unit.key,
            unit.text,
            QuestionType.GRID,
            unit.columns,
            options=_grid_options(table, unit.columns),
            rows=list(unit.rows),
            other_column=unit.other_column,
        )
    column = unit.columns[0]
    kind, options = infer_column(source, table.distinct(column), table.filled(column))
    return Question(
        unit.key, unit.text, kind, unit.columns, options=options, other_column=unit.other_column
    )


def _grid_options(table: Columns, columns: Sequence[int]) -> list[str]:
    """A grid's choices in the order the file first shows them, row by row, left to right."""
    seen = [
        ((row, order), value)
        for order, column in enumerate(columns)
        for value, row in table.first_positions(column)
    ]
    seen.sort(key=lambda item: item[0])
    return _ordered_options(value for _, value in seen)


def infer_column(
    source: Source, values: Sequence[Any], filled: int
) -> tuple[QuestionType, list[str]]:
    """The type of a one-column question and its options.

    ``values`` are the column's distinct non-blank cells in order of first
    appearance, ``filled`` the number of non-blank cells.
    """
    if not values:
        return QuestionType.TEXT, []
    numbers = [_number(v) for v in values]
    if all(n is not None for n in numbers):
        whole = [n for n in numbers if n is not None]
        low, high = min(whole), max(whole)
        if all(n.is_integer() for n in whole) and 0 <= low < high <= MAX_SCALE:
            start = 0 if low == 0 else 1
            return QuestionType.SCALE, [str(n) for n in range(start, int(high) + 1)]
        return QuestionType.NUMBER, []
    texts = list(dict.fromkeys(cell_text(v) for v in values))
    splitter = _splitter(source, texts) if _may_be_multiple(source, texts) else None
    if splitter is not None:
        pieces = [splitter(t) for t in texts]
        # Microsoft's trailing ``;`` marks a multi-select even with one option chosen.
        certain = source is Source.MICROSOFT_FORMS
        chosen = [x for p in pieces for x in p]
        if (certain or any(len(p) > 1 for p in pieces)) and (
            certain or _choice_like(len(set(chosen)), filled)
        ):
            return QuestionType.MULTIPLE, _ordered_options(chosen)
    if _choice_like(len(texts), filled):
        return QuestionType.SINGLE, _ordered_options(texts)
    return QuestionType.TEXT, []


def _may_be_multiple(source: Source, texts: Sequence[str]) -> bool:
    """A cheap test before splitting: Google's options include every text without ``, ``.

    A comma-joined column with more such texts than a choice may have
    options is free text; splitting its 100,000 distinct answers would be
    wasted work.
    """
    if source in (Source.MICROSOFT_FORMS, Source.KOBO, Source.LIMESURVEY):
        return True
    if source is Source.SPREADSHEET and any(";" in t for t in texts):
        return True
    whole = 0
    for text in texts:
        if ", " not in text:
            whole += 1
            if whole > MAX_OPTIONS:
                return False
    return True


def _choice_like(distinct: int, filled: int) -> bool:
    """Few distinct answers, each given by several respondents: choices, not free text."""
    return distinct <= MAX_OPTIONS and distinct * MIN_PER_OPTION <= filled


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    if _NUMBER.fullmatch(text):
        return float(text.replace(",", "."))
    return None


def _ordered_options(values: Iterable[Any]) -> list[str]:
    """Distinct answers: numbers ascending, texts in order of first appearance."""
    texts = list(dict.fromkeys(cell_text(v) for v in values))
    numbers = [_number(t) for t in texts]
    if texts and all(n is not None for n in numbers):
        return sorted(texts, key=lambda t: _number(t) or 0.0)
    return texts


def retype_question(
    source: Source, question: Question, kind: QuestionType, table: Columns
) -> tuple[Question, list[Answer]]:
    """``question`` read as ``kind`` (the user's correction): its new options and answers.

    A one-column question can take any type but a grid; a group of columns
    (grid rows, option flags) can be a grid or a multiple choice, whose
    options are then the column names.
    """
    if len(question.columns) > 1:
        names = question.rows or question.options
        if kind is QuestionType.GRID:
            retyped = replace(
                question,
                type=kind,
                rows=list(names),
                options=_grid_options(table, question.columns),
            )
        elif kind is QuestionType.MULTIPLE:
            retyped = replace(question, type=kind, options=list(names), rows=[])
        else:
            raise ValueError(f"a question of {len(question.columns)} columns cannot be {kind}")
        return retyped, extract_answers(source, retyped, table)
    if kind is QuestionType.GRID:
        raise ValueError("a one-column question cannot be a grid")
    retyped = replace(question, type=kind, options=[], rows=[])
    answers = extract_answers(source, retyped, table)
    given = [a for a in dict.fromkeys(answers) if a is not None]  # equal answers are one object
    if kind is QuestionType.SINGLE:
        retyped.options = _ordered_options(given)
    elif kind is QuestionType.MULTIPLE:
        retyped.options = _ordered_options(x for a in given if isinstance(a, tuple) for x in a)
    elif kind is QuestionType.SCALE:
        whole = [int(a) for a in given if isinstance(a, float) and a.is_integer()]
        if whole:
            start = 0 if min(whole) <= 0 else 1
            retyped.options = [str(n) for n in range(start, max(whole) + 1)]
    return retyped, answers


# -- splitting multiple-choice cells ------------------------------------------------------

#: Cuts one cell into the chosen options.
Splitter = Callable[[str], list[str]]


def _splitter(source: Source, texts: Sequence[str]) -> Splitter | None:
    """How this source joins several chosen options in one cell, if it does."""
    if source is Source.MICROSOFT_FORMS:
        return split_semicolons if any(t.endswith(";") for t in texts) else None
    if source is Source.KOBO:
        if all(_KOBO_CODE.fullmatch(p) for t in texts for p in t.split()):
            return split_spaces
        return None
    if source is Source.LIMESURVEY:
        return None  # multiple choice comes as one column per option
    if source is Source.SPREADSHEET and any(";" in t for t in texts):
        return split_semicolons
    return CommaSplitter(texts)


def split_semicolons(text: str) -> list[str]:
    """Microsoft Forms: ``A;B;`` → ``[A, B]``."""
    return [p.strip() for p in text.split(";") if p.strip()]


def split_spaces(text: str) -> list[str]:
    """KoboToolbox/ODK select-multiple codes: ``a b c``."""
    return text.split()


class CommaSplitter:
    """Google Forms checkboxes: ``A, B`` — keeping options that hold a comma whole.

    Every cell value seen on its own is a known option unless it holds a
    known option with something else (``Ośrodek zdrowia, Komunikacja`` once
    ``Ośrodek zdrowia`` was chosen alone: the rest is another option, even if
    nobody chose it alone). A cell is cut at ``, `` into the fewest pieces,
    preferring known options, so ``Tak, chętnie, Nie wiem`` gives ``Tak,
    chętnie`` and ``Nie wiem`` once someone chose ``Tak, chętnie`` alone.
    """

    def __init__(self, texts: Iterable[str], known: Iterable[str] = ()) -> None:
        whole = set(texts) | set(known)
        self.known: set[str] = set(known)
        for text in sorted(whole, key=len):
            parts = text.split(", ")
            if len(parts) == 1 or text in self.known or not self._combination(parts):
                self.known.add(text)

    def _combination(self, parts: list[str]) -> bool:
        """``parts`` joined are a known option and at least one more piece."""
        segments = self._segments(parts)
        return len(segments) > 1 and any(s in self.known for s in segments)

    def _segments(self, parts: list[str]) -> list[str]:
        """Fewest unknown pieces, then fewest pieces (dynamic programming over cut points)."""
        n = len(parts)
        best: list[tuple[int, int, list[str]] | None] = [None] * (n + 1)
        best[0] = (0, 0, [])
        for end in range(1, n + 1):
            for start in range(end):
                prev = best[start]
                if prev is None:
                    continue
                piece = ", ".join(parts[start:end])
                unknown = 0 if piece in self.known else end - start
                if unknown and end - start > 1:
                    continue  # unknown text is cut at every comma
                cand = (prev[0] + unknown, prev[1] + 1, [*prev[2], piece])
                current = best[end]
                if current is None or cand[:2] < current[:2]:
                    best[end] = cand
        result = best[n]
        return result[2] if result else parts

    def __call__(self, text: str) -> list[str]:
        if text in self.known and not self._combination(text.split(", ")):
            return [text]
        return self._segments(text.split(", "))


# -- reading answers ----------------------------------------------------------------------


def extract_answers(source: Source, question: Question, table: Columns) -> list[Answer]:
    """One answer per row for ``question`` read as its (possibly corrected) type.

    Each distinct cell (a grid's or flag group's distinct row) is read once,
    so respondents who answered alike share one answer object: treat answers
    as read-only.
    """
    cols = question.columns
    other = question.other_column
    if question.type is QuestionType.GRID:
        names = question.rows or [str(c) for c in cols]
        return _by_row(table, cols, lambda cells: _grid_answer(names, cells))
    if question.type is QuestionType.MULTIPLE and (len(cols) > 1 or source is Source.LIMESURVEY):
        # one 0/1, Y or Tak column each, plus LimeSurvey's "other" text
        group = (*cols, other) if other is not None else cols
        return _by_row(table, group, lambda cells: _flag_answer(question, cells, other))
    column = cols[0]
    if question.type in (QuestionType.SCALE, QuestionType.NUMBER):
        return table.mapped(column, _number)
    if question.type is QuestionType.MULTIPLE:
        filled = list(dict.fromkeys(cell_text(v) for v in table.distinct(column)))
        splitter = _splitter(source, filled)
        if splitter is None or isinstance(splitter, CommaSplitter):
            splitter = CommaSplitter(filled, question.options)
        split = splitter
        return table.mapped(column, lambda v: tuple(split(cell_text(v))))
    answers: list[Answer] = table.mapped(column, cell_text)
    if other is not None:  # LimeSurvey's "other" text stands for an empty or ``-oth-`` answer
        extra = table.cells(other)
        for number, text in enumerate(answers):
            if (text is None or text == "-oth-") and extra[number] is not None:
                answers[number] = cell_text(extra[number])
    return answers


def _by_row(
    table: Columns, columns: Sequence[int], answer: Callable[[tuple[Any, ...]], Answer]
) -> list[Answer]:
    """``answer`` of each row's cells in ``columns``, made once per distinct row."""
    keys = list(zip(*(table.cells(c) for c in columns), strict=True))
    if any(table.mixed(c) for c in columns):  # True == 1: build each row's own answer
        return [answer(key) for key in keys]
    memo = {key: answer(key) for key in dict.fromkeys(keys)}
    return list(map(memo.__getitem__, keys))


def _grid_answer(names: Sequence[str], cells: tuple[Any, ...]) -> Answer:
    return {
        name: cell_text(v) for name, v in zip(names, cells, strict=False) if v is not None
    } or None


def _flag_answer(question: Question, cells: tuple[Any, ...], other: int | None) -> Answer:
    flags = cells[: len(question.columns)]
    chosen = [
        name
        for name, v in zip(question.options, flags, strict=False)
        if v is not None and cell_text(v).lower() in _CHOSEN
    ]
    if other is not None and cells[-1] is not None:
        chosen.append(cell_text(cells[-1]))
    return tuple(chosen) or None
