"""The demo work plans as data (stored by ``demo_data.workplan``).

Each demo partnership gets the default plan of the advisory stages
(``services.workplan.default_plan``), started so many days before today that
its progress matches its stage: PGZB has finished the diagnosis and is
working on the strategy, with two strategy tasks overdue; MOF Bolesławiec
is in the middle of the diagnosis; PZŁ has just started its work plan.
Notes add what an advisor would write down. People are fictitious.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoPlan:
    """How far along a partnership's plan is, and what differs from the default."""

    #: Days between the start of the advisory work and today.
    started_days_ago: int
    #: Titles of tasks past their end that are not done (they show as overdue).
    late: dict[str, str] = field(default_factory=dict)
    #: Notes by task title.
    notes: dict[str, str] = field(default_factory=dict)


PLANS: dict[str, DemoPlan] = {
    "PGZB": DemoPlan(
        started_days_ago=200,
        late={
            "Kierunki działań i rezultaty": "in_progress",
            "Model funkcjonalno-przestrzenny": "open",
        },
        notes={
            "Spotkanie otwierające doradztwo": "Braniewo, sala sesyjna Urzędu Miasta; "
            "obecni wszyscy wójtowie i burmistrzowie.",
            "Ankiety mieszkańców i młodzieży": "412 ankiet mieszkańców, "
            "186 ankiet uczniów szkół ponadpodstawowych.",
            "Analiza SWOT": "Warsztat SWOT we Fromborku z udziałem 23 osób.",
            "Kierunki działań i rezultaty": "Czekamy na wskaźniki "
            "bazowe transportu od PKS Braniewo.",
            "Model funkcjonalno-przestrzenny": "Do uzgodnienia "
            "z Wojewódzkim Biurem Planowania Przestrzennego w Olsztynie.",
        },
    ),
    "MOF Bolesławiec": DemoPlan(
        started_days_ago=80,
        notes={
            "Dane i wskaźniki dla JST (GUS BDL)": "Dane BDL za lata 2015–2021 "
            "dla sześciu gmin; brak danych o ruchu turystycznym dla Osiecznicy.",
            "Ankiety mieszkańców i młodzieży": "Ankieta online i papierowa "
            "w urzędach gmin; zbieranie odpowiedzi do końca miesiąca.",
        },
    ),
    "PZŁ": DemoPlan(
        started_days_ago=12,
        notes={
            "Spotkanie otwierające doradztwo": "Łosice, Starostwo Powiatowe.",
            "Uzgodnienie planu pracy": "Projekt planu rozesłany do gmin; "
            "uwagi do przyszłego tygodnia.",
        },
    ),
}
