"""The benchmark data set is the same for the same seed, so figures compare across runs.

The benchmarks themselves are not part of the default run; this checks only
the generator, on a tenth of the programme, through the real services.
"""

from __future__ import annotations

from pathlib import Path

from cwd_desktop.services.app import Services
from cwd_desktop.store import open_store
from tests.benchmarks.generate import generate

Fingerprint = list[tuple[str, str, tuple[str, ...]]]


def _fingerprint(data_dir: Path) -> Fingerprint:
    """(name, short name, sorted member TERYT codes) of every stored partnership."""
    store = open_store(data_dir)
    try:
        return [
            (view.data.name, view.data.short_name, tuple(sorted(view.data.members)))
            for view in Services(store).partnerships.list()
        ]
    finally:
        store.close()


def test_same_seed_gives_the_same_partnerships_and_another_seed_others(tmp_path: Path) -> None:
    counts = generate(tmp_path / "a", seed=7, scale=0.1)
    generate(tmp_path / "b", seed=7, scale=0.1)
    generate(tmp_path / "c", seed=8, scale=0.1)

    first = _fingerprint(tmp_path / "a")
    assert counts["partnerships"] == len(first) == 8
    assert counts["jst"] == sum(len(members) for _, _, members in first) == 70
    assert _fingerprint(tmp_path / "b") == first
    other = _fingerprint(tmp_path / "c")
    assert len(other) == 8
    assert {name for name, _, _ in other} != {name for name, _, _ in first}
    assert {m for _, _, ms in other for m in ms} != {m for _, _, ms in first for m in ms}
