"""Vocabularies: every stored code has a Polish label and every criterion a column."""

from __future__ import annotations

from enum import StrEnum

import pytest

from cwd_desktop.domain import Partnership, TerytUnit, vocab
from cwd_desktop.domain.vocab import (
    FORMAL_CRITERIA,
    GMINA_KINDS,
    LABELS,
    MERIT_CRITERIA,
    Edition,
    FormalBasis,
    Osi,
    Stage,
    StrategyType,
    label,
)

VOCABULARIES: list[type[StrEnum]] = [
    v
    for v in vars(vocab).values()
    if isinstance(v, type) and issubclass(v, StrEnum) and v.__module__ == vocab.__name__
]


def test_a_code_shared_by_two_vocabularies_keeps_both_labels() -> None:
    """``accepted`` is a comment's disposition and a project's status, with different words."""
    assert label(vocab.Disposition.ACCEPTED) == "uwzględniona"
    assert label(vocab.ProjectStatus.ACCEPTED) == "przyjęty do pakietu"
    assert len(VOCABULARIES) >= 19


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.__name__)
def test_every_value_has_a_polish_label(vocabulary: type[StrEnum]) -> None:
    """No combo box or document ever shows a raw code instead of a label."""
    for value in vocabulary:
        assert label(value).strip(), value
    assert all(LABELS.has(value) for value in vocabulary)


def test_codes_fit_their_columns() -> None:
    """Every vocabulary code fits the column that stores it."""
    columns = {
        Osi: "osi",
        Edition: "edition",
        StrategyType: "strategy_type",
        FormalBasis: "formal_basis",
        Stage: "stage",
    }
    for vocabulary, column in columns.items():
        width = Partnership.__table__.columns[column].type.length
        assert all(len(v.value) <= width for v in vocabulary), column


def test_criteria_are_columns_of_partnership() -> None:
    """The 8 formal and 3 merit criteria each have their own column (so edits merge)."""
    columns = set(Partnership.__table__.columns.keys())
    assert len(FORMAL_CRITERIA) == 8
    assert len(MERIT_CRITERIA) == 3
    for criterion in FORMAL_CRITERIA + MERIT_CRITERIA:
        assert criterion.field in columns
        assert criterion.label.strip()


@pytest.mark.parametrize(
    ("gmi", "rodz", "is_jst"),
    [
        ("", "", True),
        ("01", "1", True),
        ("01", "2", True),
        ("01", "3", True),
        ("01", "4", False),
        ("01", "5", False),
        ("01", "8", False),
        ("01", "9", False),
    ],
)
def test_only_gminy_powiaty_and_voivodeships_are_jst(gmi: str, rodz: str, is_jst: bool) -> None:
    """Town and rural parts, districts and delegatury cannot be partnership members."""
    unit = TerytUnit(code="02" + "01" + gmi + rodz, woj="02", pow="01", gmi=gmi, rodz=rodz)
    assert unit.is_jst is is_jst
    assert set(GMINA_KINDS) == {"1", "2", "3"}
