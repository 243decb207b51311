"""A small, known project package stored through the real services (for export tests)."""

from __future__ import annotations

from dataclasses import dataclass

from cwd_desktop.services import projects
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS


@dataclass(frozen=True)
class Package:
    """PGZB with a road (short of funding) and the key seniors' project."""

    partnership_id: str
    road: str
    seniors: str


def project_package(services: Services) -> Package:
    """Two projects with funding, tasks, indicators, a strategy link and an outline."""
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    records = services.records
    objective = records.create(
        "strategic_objective", pid, {"number": 1, "title": "Dostępność transportowa"}
    )
    road = projects.create_project(
        services,
        pid,
        {
            "title": "Przebudowa drogi powiatowej Braniewo–Pieniężno",
            "leader_teryt": "2802022",
            "partners": "Powiat Braniewski",
            "policy_objective": "po3",
            "thematic_area": "transport",
            "cost": 28_400_000,
            "status": "accepted",
            "readiness": "documentation",
            "description": "Przebudowa 14,2 km drogi powiatowej nr 1356N.",
            "need": "Nawierzchnia w złym stanie.",
            "risks": "Wzrost cen robót.",
        },
    )
    records.create_many(
        "project_funding",
        pid,
        [
            {"project_id": road, "source": "regional_fe", "amount": 19_880_000},
            {"project_id": road, "source": "own", "amount": 2_840_000},
        ],
    )
    records.create_many(
        "project_task",
        pid,
        [
            {
                "project_id": road,
                "name": "Dokumentacja projektowa i decyzja ZRID",
                "start_on": "2026-02-01",
                "end_on": "2026-12-31",
            },
            {
                "project_id": road,
                "name": "Roboty budowlane",
                "start_on": "2027-05-01",
                "end_on": "2028-10-31",
            },
        ],
    )
    records.create(
        "project_indicator",
        pid,
        {
            "project_id": road,
            "kind": "output",
            "name": "Długość przebudowanych dróg",
            "unit": "km",
            "baseline": 0,
            "target": 14.2,
            "year": 2029,
            "source": "protokoły odbioru",
        },
    )
    records.create("project_link", pid, {"project_id": road, "objective_id": objective})
    seniors = projects.create_project(
        services,
        pid,
        {
            "title": "Sieć punktów opieki nad seniorami",
            "leader_teryt": "2802011",
            "policy_objective": "po4",
            "thematic_area": "health",
            "cost": 9_600_000,
        },
    )
    records.create(
        "project_funding",
        pid,
        {"project_id": seniors, "source": "regional_fe", "amount": 9_600_000},
    )
    records.create(
        "project_task",
        pid,
        {
            "project_id": seniors,
            "name": "Przebudowa dziennego domu pomocy",
            "start_on": "2026-11-01",
            "end_on": "2027-08-31",
        },
    )
    projects.set_key_project(services, pid, seniors)
    outline = (
        services.store.reader()
        .execute("SELECT id FROM project_application WHERE project_id = ?", (seniors,))
        .fetchone()[0]
    )
    records.update(
        "project_application",
        outline,
        {
            "programme": "Fundusze Europejskie dla Warmii i Mazur 2021–2027",
            "measure": "Działanie 10.3 Usługi społeczne i zdrowotne",
            "summary": "Sieć usług dla osób starszych w siedmiu gminach.",
            "sector_demand": "Liczba osób w wieku 75+ wzrośnie o 30%.",
            "sector_gaps": "Brak usług poza Braniewem.",
        },
    )
    return Package(pid, road, seniors)
