"""Summaries of a stored survey: frequencies, means, free texts and cross-tabs.

Pure computation over the column-wise answers (``SurveyData``), Qt-free, so
the page, the charts, the XLSX export, the CLI and the Word documents all
show the same figures. Percentages are of the respondents who answered the
question within the filtered base: for a multiple choice they add up to more
than 100, which is what a reader of a survey report expects.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cwd_desktop.domain.text import fold
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.survey_data import StoredQuestion, SurveyData
from cwd_desktop.services.survey_import.model import QuestionType

#: A number question with more distinct values than this is shown in ranges.
MAX_DISTINCT_NUMBERS = 12
NUMBER_BINS = 8

#: Age groups for a question asking the age as a number (residents, business, leaders) …
ADULT_AGE_GROUPS: tuple[tuple[int, int | None], ...] = (
    (0, 17),
    (18, 24),
    (25, 34),
    (35, 44),
    (45, 54),
    (55, 64),
    (65, None),
)
#: … and for the youth survey, where nearly everyone is 13–25.
YOUTH_AGE_GROUPS: tuple[tuple[int, int | None], ...] = (
    (0, 15),
    (16, 17),
    (18, 19),
    (20, 24),
    (25, None),
)

NO_ANSWER = QT_TRANSLATE_NOOP("survey", "brak odpowiedzi")
UNASSIGNED_GMINA = QT_TRANSLATE_NOOP("survey", "gmina nieprzypisana")

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


class Dimension:
    """What a cross-tab splits respondents by."""

    GMINA = "gmina"
    GENDER = "gender"
    AGE = "age"
    ALL = (GMINA, GENDER, AGE)


@dataclass(frozen=True)
class Filters:
    """Which respondents a summary counts: ``None`` means no restriction.

    ``gminy`` holds TERYT codes (``""`` for respondents whose gmina is not
    assigned); ``age_groups`` holds age-group labels as ``age_group_of`` gives them.
    """

    gminy: frozenset[str] | None = None
    age_groups: frozenset[str] | None = None

    @property
    def active(self) -> bool:
        return self.gminy is not None or self.age_groups is not None


@dataclass(frozen=True)
class AnswerCount:
    """One answer option: how many chose it, and the percent of those who answered."""

    label: str
    count: int
    percent: float


@dataclass(frozen=True)
class GridRow:
    """One row of a grid question and the distribution of its answers."""

    label: str
    answered: int
    answers: tuple[AnswerCount, ...]


@dataclass(frozen=True)
class QuestionSummary:
    """Everything shown about one question for the filtered respondents."""

    key: str
    text: str
    type: QuestionType
    respondents: int
    answered: int
    answers: tuple[AnswerCount, ...] = ()
    grid: tuple[GridRow, ...] = ()
    mean: float | None = None
    median: float | None = None
    texts: tuple[str, ...] = ()

    @property
    def closed(self) -> bool:
        """A question with fixed answers (everything but free text)."""
        return self.type is not QuestionType.TEXT


@dataclass(frozen=True)
class CrossTab:
    """A closed question split by gmina, gender or age group.

    ``counts[a][g]`` is how many respondents of group ``g`` gave answer ``a``;
    ``totals[g]`` is how many in group ``g`` answered the question at all.
    """

    question: str
    dimension: str
    groups: tuple[str, ...]
    labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    totals: tuple[int, ...]

    def percent(self, answer: int, group: int) -> float:
        """The share of group ``group`` who gave answer ``answer``, in percent."""
        total = self.totals[group]
        return 100.0 * self.counts[answer][group] / total if total else 0.0


@dataclass
class SurveySummary:
    """A survey's summary under some filters."""

    survey_id: str
    title: str
    source: str
    kind: str
    total: int
    respondents: int
    questions: list[QuestionSummary] = field(default_factory=list)


# -- respondents and groups -------------------------------------------------------------


def age_group_label(low: int, high: int | None) -> str:
    """``18–24``, ``65+``, ``do 17``: how an age group is written in Polish reports."""
    if low == 0 and high is not None:
        return f"do {high}"
    if high is None:
        return f"{low}+"
    return f"{low}–{high}"


def age_bins_of(
    data: SurveyData, question: StoredQuestion
) -> tuple[tuple[int, int | None], ...] | None:
    """The age groups to count ``question`` by: only for the age question asked as a number."""
    if question.key != data.info.age_key or question.type is not QuestionType.NUMBER:
        return None
    return YOUTH_AGE_GROUPS if data.info.kind == "youth" else ADULT_AGE_GROUPS


def age_groups(data: SurveyData) -> list[str]:
    """The age groups of a survey in their natural order (empty without an age question)."""
    question = data.question(data.info.age_key)
    if question is None:
        return []
    if question.type in (QuestionType.NUMBER, QuestionType.SCALE):
        bins = YOUTH_AGE_GROUPS if data.info.kind == "youth" else ADULT_AGE_GROUPS
        return [age_group_label(low, high) for low, high in bins]
    return list(question.options)


def _age_of(value: object, bins: Sequence[tuple[int, int | None]]) -> str | None:
    if isinstance(value, int | float):
        for low, high in bins:
            if value >= low and (high is None or value <= high):
                return age_group_label(low, high)
        return None
    return value if isinstance(value, str) else None


def group_column(data: SurveyData, dimension: str) -> list[str | None]:
    """Each respondent's group under ``dimension`` (``None``: no answer / no such question)."""
    info = data.info
    count = info.response_count
    if dimension == Dimension.GMINA:
        if info.gmina_key is None:
            return [None] * count
        mapping = info.gmina_map
        return [
            mapping.get(value, "") if isinstance(value, str) else None
            for value in data.answers(info.gmina_key)
        ]
    if dimension == Dimension.GENDER:
        if info.gender_key is None:
            return [None] * count
        return [v if isinstance(v, str) else None for v in data.answers(info.gender_key)]
    if dimension == Dimension.AGE:
        if info.age_key is None:
            return [None] * count
        bins = YOUTH_AGE_GROUPS if info.kind == "youth" else ADULT_AGE_GROUPS
        return [_age_of(v, bins) for v in data.answers(info.age_key)]
    raise ValueError(f"unknown dimension {dimension!r}")


def selected(data: SurveyData, filters: Filters) -> list[int]:
    """Indexes of the respondents the filters let through."""
    chosen: Sequence[int] = range(data.info.response_count)
    if filters.gminy is not None:
        gminy = group_column(data, Dimension.GMINA)
        chosen = [i for i in chosen if gminy[i] is not None and gminy[i] in filters.gminy]
    if filters.age_groups is not None:
        ages = group_column(data, Dimension.AGE)
        chosen = [i for i in chosen if ages[i] in filters.age_groups]
    return list(chosen)


# -- per question -------------------------------------------------------------------------


def _counts(labels: Sequence[str], counter: Counter[str], answered: int) -> tuple[AnswerCount, ...]:
    """Known options in form order, then answers outside them by frequency."""
    order = list(labels) + [label for label, _ in counter.most_common() if label not in labels]
    return tuple(
        AnswerCount(label, counter[label], 100.0 * counter[label] / answered if answered else 0.0)
        for label in order
    )


def _number_label(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}".replace(".", ",")


def _nice_width(span: float) -> float:
    """A round bin width (1, 2, 5, 10, 20, 25, 50, …) giving at most ``NUMBER_BINS`` bins."""
    raw = span / NUMBER_BINS
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= raw:
            return float(step * magnitude)
    return float(10 * magnitude)


def _number_counts(
    values: list[float], scale: bool, bins: Sequence[tuple[int, int | None]] | None = None
) -> tuple[AnswerCount, ...]:
    answered = len(values)
    if bins is not None:
        labels = [age_group_label(low, high) for low, high in bins]
        grouped = Counter(_age_of(v, bins) for v in values)
        return _counts(labels, Counter({k: n for k, n in grouped.items() if k}), answered)
    distinct = sorted(set(values))
    if scale or len(distinct) <= MAX_DISTINCT_NUMBERS:
        exact = Counter(_number_label(v) for v in values)
        return _counts([_number_label(v) for v in distinct], exact, answered)
    whole = all(v.is_integer() for v in distinct)
    width = _nice_width(distinct[-1] - distinct[0] + (1 if whole else 0))
    if whole:
        width = max(1.0, math.ceil(width))
    start = math.floor(distinct[0] / width) * width
    count = int((distinct[-1] - start) // width) + 1
    labels = []
    for i in range(count):
        low = start + i * width
        high = low + width - 1 if whole else low + width
        labels.append(f"{_number_label(low)}–{_number_label(high)}")
    counter: Counter[str] = Counter()
    for value in values:
        counter[labels[min(int((value - start) // width), count - 1)]] += 1
    return _counts(labels, counter, answered)


def summarise_question(
    question: StoredQuestion,
    values: Sequence[object],
    base: int,
    *,
    age_bins: Sequence[tuple[int, int | None]] | None = None,
) -> QuestionSummary:
    """The summary of one question from the answers of the respondents in the base.

    ``age_bins``: the question is the survey's age question asked as a number,
    so its answers are counted by age group (mean and median stay exact).
    """
    given = [v for v in values if v is not None and v != "" and v != [] and v != {}]
    answered = len(given)
    head = (question.key, question.text, question.type)
    kind = question.type
    if kind is QuestionType.TEXT:
        texts = tuple(str(v).strip() for v in given if str(v).strip())
        return QuestionSummary(*head, respondents=base, answered=len(texts), texts=texts)
    if kind in (QuestionType.NUMBER, QuestionType.SCALE):
        numbers = [float(v) for v in given if isinstance(v, int | float)]
        return QuestionSummary(
            *head,
            respondents=base,
            answered=len(numbers),
            answers=_number_counts(numbers, kind is QuestionType.SCALE, age_bins),
            mean=statistics.fmean(numbers) if numbers else None,
            median=statistics.median(numbers) if numbers else None,
        )
    if kind is QuestionType.MULTIPLE:
        counter: Counter[str] = Counter()
        for chosen in given:
            counter.update(set(chosen) if isinstance(chosen, list | tuple) else {str(chosen)})
        return QuestionSummary(
            *head,
            respondents=base,
            answered=answered,
            answers=_counts(question.options, counter, answered),
        )
    if kind is QuestionType.GRID:
        rows = []
        for row in question.rows:
            row_values = [v.get(row) for v in given if isinstance(v, dict) and v.get(row)]
            rows.append(
                GridRow(
                    row,
                    len(row_values),
                    _counts(question.options, Counter(map(str, row_values)), len(row_values)),
                )
            )
        return QuestionSummary(*head, respondents=base, answered=answered, grid=tuple(rows))
    counter = Counter(str(v) for v in given)
    return QuestionSummary(
        *head,
        respondents=base,
        answered=answered,
        answers=_counts(question.options, counter, answered),
    )


def summarise(data: SurveyData, filters: Filters | None = None) -> SurveySummary:
    """Every question of the survey, for the respondents the filters let through."""
    filters = filters or Filters()
    indexes = selected(data, filters) if filters.active else None
    base = data.info.response_count if indexes is None else len(indexes)
    summary = SurveySummary(
        survey_id=data.info.id,
        title=data.info.title,
        source=data.info.source,
        kind=data.info.kind,
        total=data.info.response_count,
        respondents=base,
    )
    for question in data.questions:
        values = data.answers(question.key)
        if indexes is not None:
            values = [values[i] for i in indexes]
        summary.questions.append(
            summarise_question(question, values, base, age_bins=age_bins_of(data, question))
        )
    return summary


def search_texts(summary: QuestionSummary, query: str) -> list[str]:
    """The free-text answers containing every word of ``query``, diacritics ignored."""
    words = fold(query).split()
    return [text for text in summary.texts if all(word in fold(text) for word in words)]


# -- cross-tabulation -------------------------------------------------------------------


def _answer_sets(question: StoredQuestion, value: object, row: str | None) -> set[str]:
    if value is None:
        return set()
    if question.type is QuestionType.GRID:
        chosen = value.get(row) if isinstance(value, dict) and row else None
        return {str(chosen)} if chosen else set()
    if isinstance(value, list | tuple):
        return {str(v) for v in value}
    if isinstance(value, int | float):
        return {_number_label(float(value))}
    return {str(value)} if str(value) else set()


def crosstab(
    data: SurveyData,
    key: str,
    dimension: str,
    *,
    row: str | None = None,
    filters: Filters | None = None,
    group_names: dict[str, str] | None = None,
    translate: Translate = _identity,
) -> CrossTab:
    """Question ``key`` (a grid: its ``row``) split by ``dimension`` for the filtered respondents.

    ``group_names`` turns gmina TERYT codes into names; respondents with no
    group are left out (a cross-tab by gender shows only those who gave one).
    """
    question = data.question(key)
    if question is None or question.type is QuestionType.TEXT:
        raise ValueError(f"not a closed question: {key!r}")
    filters = filters or Filters()
    indexes = selected(data, filters) if filters.active else range(data.info.response_count)
    groups_of = group_column(data, dimension)
    values = data.answers(key)
    names = group_names or {}

    def group_label(group: str) -> str:
        if dimension == Dimension.GMINA:
            return names.get(group, group) if group else translate(UNASSIGNED_GMINA)
        return group

    order = _group_order(data, dimension, groups_of)
    group_index = {group: i for i, group in enumerate(order)}
    labels = list(question.options)
    counts: dict[str, list[int]] = {label: [0] * len(order) for label in labels}
    totals = [0] * len(order)
    for i in indexes:
        group = groups_of[i]
        chosen = _answer_sets(question, values[i], row)
        if group is None or not chosen:
            continue
        g = group_index[group]
        totals[g] += 1
        for answer in chosen:
            if answer not in counts:
                labels.append(answer)
                counts[answer] = [0] * len(order)
            counts[answer][g] += 1
    text = question.text if row is None else f"{question.text} [{row}]"
    return CrossTab(
        question=text,
        dimension=dimension,
        groups=tuple(group_label(g) for g in order),
        labels=tuple(labels),
        counts=tuple(tuple(counts[label]) for label in labels),
        totals=tuple(totals),
    )


def _group_order(data: SurveyData, dimension: str, groups_of: list[str | None]) -> list[str]:
    present = {g for g in groups_of if g is not None}
    if dimension == Dimension.AGE:
        known = age_groups(data)
    elif dimension == Dimension.GENDER:
        question = data.question(data.info.gender_key)
        known = list(question.options) if question else []
    else:
        known = sorted(code for code in present if code)
    order = [g for g in known if g in present]
    order += sorted(present - set(order), key=lambda g: (g == "", g))
    return order
