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


def test_demo_surveys_have_respondents_in_every_member_gmina(services: Services) -> None:
    """Each demo partnership gets a residents' and a youth survey, mapped to its gminy."""
    from cwd_desktop.services.survey_summary import Dimension, crosstab, summarise

    fill_demo(services)
    for view in services.partnerships.list():
        surveys = services.surveys.list(view.id)
        assert sorted(s.kind for s in surveys) == ["residents", "youth"]
        for info in surveys:
            data = services.surveys.load(info.id)
            gminy = {j.code for j in view.members if j.is_gmina}
            assert set(info.gmina_map.values()) == gminy
            assert summarise(data).respondents == info.response_count > 100
            tab = crosstab(data, info.gender_key or "", Dimension.GMINA)
            assert sum(tab.totals) == info.response_count
            assert set(tab.groups) == gminy  # every respondent's gmina is assigned
