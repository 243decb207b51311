"""Demo strategies: PGZB complete with its maps, MOF Bolesławiec (IIT) and PZŁ as drafts.

The texts are in ``demo_content.strategy``. PGZB's three graphics (the
spatial model, the voivodeship's OSI and the partnership's own OSI) are
schematic maps drawn by ``exports.charts.maps``, the drawing package, which
is imported only when the maps are added: the services stay Qt-free.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo_content.strategy import PLANS, StrategyPlan

ORDER = 50


def fill(services: Services, partnerships: Mapping[str, str]) -> None:
    """Add the demo strategy to each demo partnership that has not started one."""
    from cwd_desktop.services.strategy_reads import strategy_row

    for short, plan in PLANS.items():
        partnership_id = partnerships.get(short)
        if partnership_id is None or strategy_row(services.store, partnership_id) is not None:
            continue
        _fill_partnership(services, partnership_id, plan)


def _fill_partnership(services: Services, partnership_id: str, plan: StrategyPlan) -> None:
    from cwd_desktop.services.strategy import StrategyService

    strategies = StrategyService(services)
    records = services.records
    strategy_id = strategies.ensure(partnership_id)
    records.update("strategy", strategy_id, plan.texts)
    for objective in plan.objectives:
        objective_id = strategies.add_objective(
            partnership_id, objective.title, objective.dimension, objective.description
        )
        for title, description in objective.directions:
            strategies.add_direction(partnership_id, objective_id, title, description)
        for result in objective.results:
            strategies.add_result(
                partnership_id,
                objective_id,
                description=result.description,
                indicator=result.indicator,
                unit=result.unit,
                baseline=result.baseline,
                target=result.target,
                year=result.year,
                source=result.source,
                spatial=result.spatial,
            )
    for source, amount, notes in plan.finance:
        strategies.add_finance(partnership_id, source, amount, notes)
    if plan.images:
        from cwd_desktop.exports.charts.maps import draw_map

        with tempfile.TemporaryDirectory(prefix="cwd-demo-maps-") as temp:
            for section, caption, key in plan.images:
                path = Path(temp) / f"{key}.png"
                draw_map(key, path)
                strategies.add_image(partnership_id, section, path, caption)
