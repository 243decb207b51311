"""What the surveys page knows about the shown survey: filters, respondents, cached summaries.

Summaries are computed per question on demand, never for the whole survey at
once: with 100,000 respondents a full ``summarise`` takes seconds, while one
question (answers already decompressed) takes a few milliseconds. The
indexes of the respondents the filters let through are computed once per
filter change and shared by every question; a summary is cached until the
filters change, so clicking back and forth through questions costs nothing.
Only the shown question's answers (and those of the gmina, gender and age
questions the filters use) are kept decompressed, so memory stays flat however
many questions the user clicks through. Qt-free, so it can be tested and
reasoned about without widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from cwd_desktop.domain.text import fold
from cwd_desktop.services.survey_data import StoredQuestion, SurveyData
from cwd_desktop.services.survey_summary import (
    CrossTab,
    Dimension,
    Filters,
    QuestionSummary,
    age_bins_of,
    age_groups,
    crosstab,
    group_column,
    selected,
    summarise_question,
)
from cwd_desktop.services.teryt import TerytRegister


@dataclass(frozen=True)
class Choice:
    """One entry of a filter list: the value filtered on and what the user reads."""

    value: str
    label: str


def gmina_choices(data: SurveyData, register: TerytRegister, unassigned: str) -> list[Choice]:
    """The gminy respondents live in (by TERYT code), named, in alphabetical order.

    Names that occur twice (``Braniewo`` the town and ``Braniewo`` the rural
    gmina) get their kind added. Respondents whose answer is not mapped to a
    TERYT code are offered as ``unassigned`` (value ``""``) when there are any.
    """
    if data.info.gmina_key is None:
        return []
    present = {g for g in group_column(data, Dimension.GMINA) if g is not None}
    jst = {code: register.get(code) for code in present if code}
    names = [j.name for j in jst.values() if j is not None]
    choices = []
    for code in present - {""}:
        found = jst.get(code)
        if found is None:
            label = code
        elif names.count(found.name) > 1:
            label = f"{found.name} ({found.kind})"
        else:
            label = found.name
        choices.append(Choice(code, label))
    choices.sort(key=lambda c: fold(c.label))
    if "" in present:
        choices.append(Choice("", unassigned))
    return choices


class SurveyState:
    """One loaded survey under the filters the user chose, with summaries cached."""

    def __init__(self, data: SurveyData, group_names: dict[str, str] | None = None) -> None:
        self.data = data
        self.group_names = group_names or {}
        self.filters = Filters()
        self._indexes: list[int] | None = None
        self._summaries: dict[str, QuestionSummary] = {}
        self._folded: dict[str, list[str]] = {}

    @property
    def total(self) -> int:
        """Every respondent of the survey."""
        return self.data.info.response_count

    @property
    def respondents(self) -> int:
        """How many respondents the filters let through."""
        return self.total if self._indexes is None else len(self._indexes)

    def age_groups(self) -> list[str]:
        """The survey's age groups (empty without an age question)."""
        return age_groups(self.data)

    def has(self, dimension: str) -> bool:
        """Whether the survey has the question a filter or cross-tab needs."""
        info = self.data.info
        key = {
            Dimension.GMINA: info.gmina_key,
            Dimension.GENDER: info.gender_key,
            Dimension.AGE: info.age_key,
        }[dimension]
        return self.data.question(key) is not None

    def set_filters(self, filters: Filters) -> None:
        """Apply new filters: respondents are selected again, summaries forgotten."""
        if filters == self.filters:
            return
        self.filters = filters
        self._indexes = selected(self.data, filters) if filters.active else None
        self._summaries.clear()
        self._folded.clear()

    def question(self, key: str) -> StoredQuestion | None:
        return self.data.question(key)

    def summary(self, key: str) -> QuestionSummary:
        """The summary of question ``key`` for the filtered respondents (cached)."""
        found = self._summaries.get(key)
        if found is None:
            question = self.data.question(key)
            if question is None:
                raise KeyError(key)
            values = self.data.answers(key)
            if self._indexes is not None:
                values = [values[i] for i in self._indexes]
            found = summarise_question(
                question, values, self.respondents, age_bins=age_bins_of(self.data, question)
            )
            self._summaries[key] = found
            self._forget_answers(but=key)
        return found

    def crosstab(self, key: str, dimension: str, row: str | None = None) -> CrossTab:
        """Question ``key`` (a grid: its ``row``) split by ``dimension``, filters applied."""
        tab = crosstab(
            self.data,
            key,
            dimension,
            row=row,
            filters=self.filters,
            group_names=self.group_names,
        )
        self._forget_answers(but=key)
        return tab

    def _forget_answers(self, but: str) -> None:
        """Keep decompressed only the answers of ``but`` and of the filter questions.

        ``SurveyData`` keeps every question's answers once read; at 100,000
        respondents that is 15–30 MiB a question, so clicking through a long
        survey would hold them all. The summaries stay cached, so going back
        to a question costs nothing until the filters change.
        """
        info = self.data.info
        keep = {but, info.gmina_key, info.gender_key, info.age_key}
        self.data.forget(keep)

    def search_texts(self, key: str, query: str) -> list[str]:
        """The free-text answers of ``key`` containing every word of ``query``.

        Case and Polish diacritics are ignored (``zolw`` finds ``Żółw``). The
        folded answers are kept, so each keystroke only compares strings.
        """
        texts = self.summary(key).texts
        words = fold(query).split()
        if not words:
            return list(texts)
        folded = self._folded.get(key)
        if folded is None:
            # Short answers ("brak", "nie wiem") repeat a lot: fold each distinct text once.
            distinct = {text: fold(text) for text in dict.fromkeys(texts)}
            folded = [distinct[text] for text in texts]
            self._folded[key] = folded
        return [text for text, f in zip(texts, folded, strict=True) if all(w in f for w in words)]
