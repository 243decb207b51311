"""Progress and Cancel for long work."""

from __future__ import annotations

import pytest

from cwd_desktop.errors import Cancelled
from cwd_desktop.services.progress import Progress


def test_updates_reach_the_listener() -> None:
    """The progress dialog sees each step with its text."""
    seen: list[tuple[int, int, str]] = []
    progress = Progress(lambda done, total, text: seen.append((done, total, text)))

    progress.update(1, 3, "wiersz 1")
    progress.update(2, 3)

    assert seen == [(1, 3, "wiersz 1"), (2, 3, "")]


def test_cancel_stops_the_work_at_the_next_step() -> None:
    """After Cancel, the next step raises so the unit of work rolls back."""
    seen: list[int] = []
    progress = Progress(lambda done, total, text: seen.append(done))
    progress.update(1, 3)

    progress.cancel()

    assert progress.cancelled
    with pytest.raises(Cancelled):
        progress.update(2, 3)
    assert seen == [1]
