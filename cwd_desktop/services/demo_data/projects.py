"""Demo project packages: fiches with funding, schedules, indicators and links.

Runs after the strategy demo (``ORDER`` 60 > 50) so the projects can be
linked to the objectives and directions it created: each project names word
stems of its topic, and the first objective (and direction) whose title or
description holds one of them is linked. A partnership without objectives
gets no links. Comments of the consultation demo whose text holds one of a
project's comment stems are linked as the comments that shaped it. A
partnership that already has projects is left as it is.
"""

from __future__ import annotations

from typing import Any

from cwd_desktop.domain.text import fold
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo_content.projects import PACKAGES, DemoProject

ORDER = 60


def fill(services: Services, partnerships: dict[str, str]) -> None:
    """Add the demo package to each demo partnership that has no projects yet."""
    reader = services.store.reader()
    for short, (package, key) in PACKAGES.items():
        partnership_id = partnerships.get(short)
        if partnership_id is None:
            continue
        existing = reader.execute(
            "SELECT 1 FROM project WHERE partnership_id = ? AND deleted_at IS NULL LIMIT 1",
            (partnership_id,),
        ).fetchone()
        if existing is None:
            _fill_partnership(services, partnership_id, package, key)


def _fill_partnership(
    services: Services, partnership_id: str, package: tuple[DemoProject, ...], key: int
) -> None:
    from cwd_desktop.services.project_package import application
    from cwd_desktop.services.projects import set_key_project

    records = services.records
    members = {j.code for j in services.partnerships.get(partnership_id).members}
    objectives, directions = _strategy(services, partnership_id)
    comments = _comments(services, partnership_id)
    for number, demo in enumerate(package, start=1):
        project_id = records.create(
            "project",
            partnership_id,
            {
                "number": number,
                "title": demo.title,
                "leader_teryt": demo.leader if demo.leader in members else None,
                "partners": demo.partners,
                "location": demo.location,
                "policy_objective": demo.policy,
                "thematic_area": demo.area,
                "description": demo.description,
                "scope": demo.scope,
                "integrated": demo.integrated,
                "cost": demo.cost,
                "readiness": demo.readiness,
                "status": demo.status,
                "start_on": min(t[1] for t in demo.tasks),
                "end_on": max(t[2] for t in demo.tasks),
                **demo.feasibility,
            },
        )
        records.create_many(
            "project_funding",
            partnership_id,
            [{"project_id": project_id, "source": s, "amount": a} for s, a in demo.funding],
        )
        records.create_many(
            "project_task",
            partnership_id,
            [
                {"project_id": project_id, "name": n, "start_on": s, "end_on": e, "position": i}
                for i, (n, s, e) in enumerate(demo.tasks)
            ],
        )
        records.create_many(
            "project_indicator",
            partnership_id,
            [
                {
                    "project_id": project_id,
                    "kind": kind,
                    "name": name,
                    "unit": unit,
                    "baseline": baseline,
                    "target": target,
                    "year": year,
                    "source": source,
                }
                for kind, name, unit, baseline, target, year, source in demo.indicators
            ],
        )
        link = _link(demo.topics, objectives, directions)
        if link is not None:
            records.create(
                "project_link",
                partnership_id,
                {"project_id": project_id, "objective_id": link[0], "direction_id": link[1]},
            )
        shaped = [c for c, text in comments if any(stem in text for stem in demo.comments)]
        records.create_many(
            "project_comment",
            partnership_id,
            [{"project_id": project_id, "comment_id": c} for c in shaped[:3]],
        )
        if number - 1 == key:
            set_key_project(services, partnership_id, project_id)
            outline = application(services.store, project_id)
            assert outline is not None
            records.update("project_application", outline["id"], demo.application)


def _strategy(
    services: Services, partnership_id: str
) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """(id, folded text) of the objectives, (id, objective id, folded text) of the directions."""
    reader = services.store.reader()
    objectives = [
        (str(i), fold(f"{t} {d or ''}"))
        for i, t, d in reader.execute(
            "SELECT id, title, description FROM strategic_objective WHERE partnership_id = ?"
            " AND deleted_at IS NULL ORDER BY number",
            (partnership_id,),
        )
    ]
    directions = [
        (str(i), str(o), fold(f"{t} {d or ''}"))
        for i, o, t, d in reader.execute(
            "SELECT id, objective_id, title, description FROM action_direction"
            " WHERE partnership_id = ? AND deleted_at IS NULL ORDER BY number",
            (partnership_id,),
        )
    ]
    return objectives, directions


def _link(
    topics: tuple[str, ...],
    objectives: list[tuple[str, str]],
    directions: list[tuple[str, str, str]],
) -> tuple[str, str | None] | None:
    """The first direction (with its objective), else objective, whose text holds a topic stem."""
    for stem in topics:
        for direction_id, objective_id, text in directions:
            if stem in text:
                return objective_id, direction_id
    for stem in topics:
        for objective_id, text in objectives:
            if stem in text:
                return objective_id, None
    return None


def _comments(services: Services, partnership_id: str) -> list[tuple[str, str]]:
    """(id, folded content and proposal) of the partnership's consultation comments."""
    rows: Any = services.store.reader().execute(
        "SELECT c.id, c.content, c.proposal FROM comment c JOIN consultation e"
        " ON e.id = c.consultation_id AND e.deleted_at IS NULL"
        " WHERE c.partnership_id = ? AND c.deleted_at IS NULL ORDER BY e.held_on, c.number",
        (partnership_id,),
    )
    return [(str(i), fold(f"{c} {p}")) for i, c, p in rows]
