"""The demo programme a newcomer sees on first start."""

from __future__ import annotations

from cwd_desktop.domain.vocab import Osi
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS, fill_demo
from cwd_desktop.store import Store


def test_demo_fills_three_partnerships_one_per_osi_type(services: Services) -> None:
    """The demo shows one partnership of each OSI type, with real gminy from TERYT."""
    added = fill_demo(services)

    views = services.partnerships.list()
    assert sorted(added) == sorted(["PGZB", "MOF Bolesławiec", "PZŁ"])
    assert len(views) == 3
    assert {v.data.osi for v in views} == set(Osi)
    for view, demo in zip(
        sorted(views, key=lambda v: v.data.short_name),
        sorted(DEMO_PARTNERSHIPS, key=lambda d: d.short_name),
        strict=True,
    ):
        assert sorted(view.data.members) == sorted(demo.members)
        assert all(services.teryt.get(code) is not None for code in view.data.members)
        assert view.leader is not None
        assert view.data.voivodeship == view.leader.voivodeship_code
        assert view.formal_score() >= 7


def test_demo_twice_adds_nothing(services: Services, store: Store) -> None:
    """Running the demo again leaves the data and the outbox as they were."""
    fill_demo(services)
    pending = store.pending_changes()

    assert fill_demo(services) == []
    assert services.partnerships.count() == 3
    assert store.pending_changes() == pending


def test_demo_restores_only_what_is_missing(services: Services) -> None:
    """After deleting one demo partnership, the demo brings back just that one."""
    fill_demo(services)
    services.partnerships.delete("PZŁ")

    assert fill_demo(services) == ["PZŁ"]
    assert services.partnerships.count() == 3
