"""A known implementation history of PGZB's projects, stored through the real services.

Four projects on 30 June 2027 (``TODAY``):

1. the county road: in progress, design 59 days late, 8.1 of 14.2 km built,
   8,0 mln zł spent of 28,4 mln, 19,5 mln zł granted by FEWiM (selected);
2. the seniors' network: applied, rejected once (9,6 mln) and in evaluation
   again (8,0 mln), 20 of 60 places reported (behind: its deadline is 2027);
3. the cycle trail: completed 92 days late, 42 of 42 km (achieved),
   4,75 mln zł spent of 4,5 mln (overspent), 3,6 mln zł granted by Interreg;
4. the shared services centre: accepted, no application.

Three recommendations (one high, one medium naming Halina Wiśniewska, who
withdraws consent, one low), and a meeting with one open action item owned
by Halina and one done item.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cwd_desktop.services import projects
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.services.gdpr import withdraw_consent

TODAY = date(2027, 6, 30)
HALINA = "Halina Wiśniewska"
ROAD = "Przebudowa drogi powiatowej Braniewo–Pieniężno"
SENIORS = "Sieć punktów opieki nad seniorami"
TRAIL = "Szlak rowerowy Zalewu Wiślanego"
CENTRE = "Centrum usług wspólnych gmin"
OPEN_ACTION = "Przygotować harmonogram naboru partnerów do projektu senioralnego"
DONE_ACTION = "Przekazać dane o przewozach szkolnych"


@dataclass(frozen=True)
class History:
    """The ids a test needs."""

    partnership_id: str
    road: str
    seniors: str
    trail: str
    centre: str
    halina: str


def implementation_history(services: Services, *, withdraw: bool = True) -> History:
    """Store the four projects' implementation; Halina withdraws consent unless told not to."""
    pid = services.partnerships.create(DEMO_PARTNERSHIPS[0])
    create, many = services.records.create, services.records.create_many

    road = projects.create_project(
        services,
        pid,
        {
            "title": ROAD,
            "cost": 28_400_000,
            "status": "in_progress",
            "start_on": "2026-02-01",
            "end_on": "2028-10-31",
            "actual_start_on": "2026-03-15",
        },
    )
    many(
        "project_task",
        pid,
        [
            {
                "project_id": road,
                "name": "Dokumentacja projektowa i decyzja ZRID",
                "start_on": "2026-02-01",
                "end_on": "2026-12-31",
                "actual_start_on": "2026-03-15",
                "actual_end_on": "2027-02-28",
                "outcome": "Decyzja ZRID wydana 20.02.2027",
                "position": 1,
            },
            {
                "project_id": road,
                "name": "Roboty budowlane",
                "start_on": "2027-05-01",
                "end_on": "2028-10-31",
                "actual_start_on": "2027-06-01",
                "position": 2,
            },
        ],
    )
    km = create(
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
        },
    )
    many(
        "indicator_report",
        pid,
        [
            {"project_id": road, "indicator_id": km, "reported_on": d, "value": v, "unit": "km"}
            for d, v in (("2027-01-31", 3.5), ("2027-05-31", 8.1))
        ],
    )
    many(
        "project_expense",
        pid,
        [
            {
                "project_id": road,
                "spent_on": "2026-05-10",
                "amount": 1_200_000,
                "description": "Dokumentacja projektowa",
            },
            {
                "project_id": road,
                "spent_on": "2027-05-31",
                "amount": 6_800_000,
                "description": "Roboty – etap I",
            },
        ],
    )
    create(
        "funding_application",
        pid,
        {
            "project_id": road,
            "programme": "FEWiM 2021-2027",
            "call": "FEWM.05.01-IZ.00-001/26",
            "submitted_on": "2026-04-15",
            "amount_requested": 19_880_000,
            "result": "selected",
            "decided_on": "2026-09-30",
            "amount_granted": 19_500_000,
        },
    )

    seniors = projects.create_project(
        services,
        pid,
        {
            "title": SENIORS,
            "cost": 9_600_000,
            "status": "applied",
            "start_on": "2026-11-01",
            "end_on": "2027-12-31",
        },
    )
    create(
        "project_task",
        pid,
        {
            "project_id": seniors,
            "name": "Przebudowa dziennego domu pomocy",
            "start_on": "2026-11-01",
            "end_on": "2027-05-31",
        },
    )
    places = create(
        "project_indicator",
        pid,
        {
            "project_id": seniors,
            "kind": "result",
            "name": "Liczba miejsc opieki dziennej",
            "unit": "miejsca",
            "baseline": 0,
            "target": 60,
            "year": 2027,
        },
    )
    create(
        "indicator_report",
        pid,
        {
            "project_id": seniors,
            "indicator_id": places,
            "reported_on": "2027-03-31",
            "value": 20,
            "unit": "miejsca",
        },
    )
    many(
        "funding_application",
        pid,
        [
            {
                "project_id": seniors,
                "programme": "FEWiM 2021-2027",
                "call": "FEWM.07.03-IZ.00-002/26",
                "submitted_on": "2026-06-01",
                "amount_requested": 9_600_000,
                "result": "rejected",
                "decided_on": "2026-12-15",
            },
            {
                "project_id": seniors,
                "programme": "FERS 2021-2027",
                "call": "FERS.04.12-IP.00-001/27",
                "submitted_on": "2027-02-01",
                "amount_requested": 8_000_000,
                "result": "in_evaluation",
            },
        ],
    )

    trail = projects.create_project(
        services,
        pid,
        {
            "title": TRAIL,
            "cost": 4_500_000,
            "status": "completed",
            "start_on": "2025-04-01",
            "end_on": "2026-06-30",
            "actual_start_on": "2025-05-01",
            "actual_end_on": "2026-09-30",
        },
    )
    length = create(
        "project_indicator",
        pid,
        {
            "project_id": trail,
            "kind": "output",
            "name": "Długość wytyczonego szlaku",
            "unit": "km",
            "baseline": 0,
            "target": 42,
            "year": 2026,
        },
    )
    create(
        "indicator_report",
        pid,
        {
            "project_id": trail,
            "indicator_id": length,
            "reported_on": "2026-09-30",
            "value": 42,
            "unit": "km",
        },
    )
    many(
        "project_expense",
        pid,
        [
            {"project_id": trail, "spent_on": "2025-10-31", "amount": 2_000_000},
            {"project_id": trail, "spent_on": "2026-09-30", "amount": 2_750_000},
        ],
    )
    create(
        "funding_application",
        pid,
        {
            "project_id": trail,
            "programme": "Interreg Południowy Bałtyk",
            "call": "Nabór 2/2024",
            "submitted_on": "2024-11-15",
            "amount_requested": 3_600_000,
            "result": "selected",
            "decided_on": "2025-03-01",
            "amount_granted": 3_600_000,
        },
    )

    centre = projects.create_project(
        services,
        pid,
        {"title": CENTRE, "cost": 1_200_000, "status": "accepted"},
    )

    osp = create("stakeholder", pid, {"name": "OSP Frombork", "category": "osp"})
    halina = create(
        "contact_person",
        pid,
        {
            "stakeholder_id": osp,
            "name": HALINA,
            "consent_purpose": "wdrażanie strategii",
            "consent_on": date(2026, 1, 10),
        },
    )
    many(
        "recommendation",
        pid,
        [
            {
                "title": "Ponowić wniosek na sieć opieki senioralnej",
                "rationale": "Wniosek do FEWiM odrzucono za brak trwałości finansowej.",
                "next_steps": "Uzupełnić analizę kosztów utrzymania; złożyć w naborze FERS.",
                "priority": "high",
                "responsible": "Zespół ds. projektów partnerstwa",
                "due_on": "2027-09-30",
                "project_id": seniors,
            },
            {
                "title": "Przygotować wniosek dla centrum usług wspólnych",
                "rationale": "Projekt nie ma jeszcze żadnego wniosku o dofinansowanie.",
                "next_steps": "Wybrać nabór; zlecić studium wykonalności.",
                "priority": "medium",
                "responsible": f"{HALINA}; Urząd Miasta Braniewa",
                "due_on": "2027-12-31",
                "project_id": centre,
            },
            {
                "title": "Upowszechnić doświadczenia szlaku rowerowego",
                "rationale": "Szlak ukończono i osiągnięto wskaźnik.",
                "next_steps": "Przedstawić projekt na forum wymiany doświadczeń.",
                "priority": "low",
                "responsible": "Koordynator partnerstwa",
            },
        ],
    )
    meeting = create(
        "meeting",
        pid,
        {"title": "Posiedzenie zespołu wdrożeniowego", "held_on": "2027-04-20"},
    )
    many(
        "action_item",
        pid,
        [
            {
                "meeting_id": meeting,
                "description": OPEN_ACTION,
                "owner": HALINA,
                "due_on": "2027-05-31",
                "status": "open",
            },
            {
                "meeting_id": meeting,
                "description": DONE_ACTION,
                "owner": "sekretarze gmin",
                "status": "done",
            },
        ],
    )
    if withdraw:
        withdraw_consent(services, halina, date(2027, 6, 1))
    return History(pid, road, seniors, trail, centre, halina)
