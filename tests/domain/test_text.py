"""Search folding: what the user types matches names with Polish letters."""

from __future__ import annotations

import pytest

from cwd_desktop.domain.text import fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Łódź", "lodz"),
        ("ŻÓŁĆ gęślą jaźń", "zolc gesla jazn"),
        ("Bolesławiec", "boleslawiec"),
        ("PZŁ", "pzl"),
        ("plain", "plain"),
    ],
)
def test_fold_removes_case_and_polish_diacritics(text: str, folded: str) -> None:
    """Typing without Polish letters or in another case still matches."""
    assert fold(text) == folded
