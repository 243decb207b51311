"""Small, known content for the Word export tests, stored through the real services."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cwd_desktop.services import consultations
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS


@dataclass(frozen=True)
class Log:
    """A partnership with two consultation events and their comments."""

    partnership_id: str
    workshop: str
    draft: str
    comments: list[str]


@dataclass(frozen=True)
class Minutes:
    """A partnership with one meeting that has everything minutes show."""

    partnership_id: str
    meeting: str


def partnership(services: Services) -> str:
    """The PGZB demo partnership (no log, no meetings yet)."""
    return services.partnerships.create(DEMO_PARTNERSHIPS[0])


def consultation_log(services: Services, pid: str | None = None) -> Log:
    """A workshop with no art. 6 dates and a draft consultation with a 30-day period.

    The draft has three comments: accepted with a justification, rejected
    without one, and one not decided yet.
    """
    pid = pid or partnership(services)
    stakeholder = services.records.create(
        "stakeholder", pid, {"name": "OSP Płoskinia", "category": "osp"}
    )
    workshop = services.records.create(
        "consultation",
        pid,
        {
            "held_on": "2021-06-17",
            "subject": "Warsztat diagnostyczny: turystyka Zalewu Wiślanego",
            "form": "workshop",
            "place": "Frombork, Muzeum Mikołaja Kopernika",
            "participants": 23,
        },
    )
    draft = services.records.create(
        "consultation",
        pid,
        {
            "held_on": "2021-11-30",
            "subject": "Projekt strategii — spotkanie otwarte",
            "form": "open_meeting",
            "place": "Braniewo, Urząd Miasta",
            "announced_on": "2021-11-15",
            "comments_until": "2021-12-15",
            "participants": 41,
        },
    )
    consultations.link_stakeholder(services, draft, stakeholder)
    values: list[dict[str, Any]] = [
        {
            "author": "Stowarzyszenie Przyjaciół Ziemi Braniewskiej",
            "author_category": "ngo",
            "section": "Cel 2.1 Turystyka",
            "content": "Brak ścieżki rowerowej wokół Zalewu Wiślanego.",
            "proposal": "Dodać działanie „Velo Zalew”.",
            "disposition": "accepted",
            "justification": "Dodano działanie 2.1.4.",
        },
        {
            "author": "Jan Żółkiewski",
            "author_category": "residents",
            "section": "Rozdział 8",
            "content": "Za mało miejsc w komitecie monitorującym.",
            "proposal": "Dwa miejsca dla mieszkańców.",
            "disposition": "rejected",
        },
        {
            "author": "OSP Płoskinia",
            "stakeholder_id": stakeholder,
            "author_category": "osp",
            "section": "Cel 3.1 Bezpieczeństwo",
            "content": "Jednostki OSP nie mają sprzętu do ratownictwa na wodzie.",
            "proposal": "Zakup łodzi ratowniczych.",
        },
    ]
    ids = [consultations.add_comment(services, draft, v) for v in values]
    return Log(pid, workshop, draft, ids)


def meeting_with_minutes(services: Services, pid: str | None = None) -> Minutes:
    """A meeting of a working group with attendance, agenda, minutes, decisions and tasks."""
    pid = pid or partnership(services)
    group = services.records.create("working_group", pid, {"name": "Grupa ds. transportu"})
    meeting = services.records.create(
        "meeting",
        pid,
        {
            "title": "Spotkanie grupy ds. transportu",
            "held_on": "2021-05-12",
            "place": "Urząd Miasta Braniewa, sala 12",
            "teryt": "2802011",
            "group_id": group,
            "agenda": "1. Otwarcie\n2. Rozkłady jazdy PKS\n- Wolne wnioski",
            "minutes": "Omówiono rozkłady jazdy.\nUstalono zakres badania ruchu.",
            "decisions": "1. Zlecić badanie ruchu.\n2. Zaprosić przewoźników.",
        },
    )
    for name, role, present in (
        ("Andrzej Malinowski", "burmistrz Miasta Braniewa", True),
        ("Łucja Ślęzak", "sekretarz gminy Płoskinia", True),
        ("Zdzisław Nowicki", "wójt gminy Lelkowo", False),
    ):
        services.records.create(
            "attendance",
            pid,
            {"meeting_id": meeting, "name": name, "role": role, "present": present},
        )
    for description, owner, due, status in (
        ("Przekazać dane o przewozach szkolnych", "sekretarze gmin", "2021-06-01", "done"),
        ("Przygotować zestawienie linii zawieszonych", "Krzysztof Dąbrowski", None, "open"),
    ):
        services.records.create(
            "action_item",
            pid,
            {
                "meeting_id": meeting,
                "description": description,
                "owner": owner,
                "due_on": due,
                "status": status,
            },
        )
    return Minutes(pid, meeting)
