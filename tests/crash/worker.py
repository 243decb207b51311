"""The writer the harness kills: a forked child that opens the store and writes until SIGKILL.

It works like a user at the keyboard (entry: a tight loop of creates, edits
and deletes through ``Records``), like an import (stakeholder registers and
survey exports, each through the CLI's one-step ``import_file``), or like a
laptop syncing between edits. Every write is journaled: an *intent* line
before the call, an *ack* line after it returned (see ``tests.crash.model``).
Lines go out with one unbuffered ``os.write`` on an ``O_APPEND`` file: once
the call returns the kernel has them, and SIGKILL cannot take them back (a
power cut could, but that is not what this harness simulates; SQLite's own
durability under power loss rests on ``synchronous=FULL``).

The child never returns into the parent's code: it leaves with ``os._exit``.
"""

from __future__ import annotations

import csv
import gc
import json
import os
import random
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from tests.crash.model import Model, Record

#: A writer still running after this long was not killed: give up rather than hang.
LIFETIME = 120.0
EXIT_CRASHED = 70
EXIT_TIMED_OUT = 75

ORGS = (
    "Koło Gospodyń Wiejskich „Żurawinki”",
    "Ochotnicza Straż Pożarna w Lelkowie",
    "Stowarzyszenie Przyjaciół Ziemi Braniewskiej",
    "Lokalna Grupa Działania „Zalew Wiślany”",
    "Zespół Szkół w Pieniężnie",
    "Parafia św. Katarzyny",
    "Gospodarstwo agroturystyczne „Pod Lipami”",
)
CATEGORIES = ("kgw", "osp", "ngo", "lgd", "school", "parish", "business", "other")
PLACES = ("Braniewo", "Frombork", "Lelkowo", "Pieniężno", "Płoskinia", "Wilczęta", "Żelazna Góra")
PEOPLE = ("Anna Nowak", "Jan Kowalski", "Zofia Wiśniewska", "Łukasz Zieliński", "Ewa Dąbrowska")
ROLES = ("prezes", "sołtys", "dyrektor", "skarbnik", "")
STAKEHOLDER_HEADERS = ("Nazwa", "Kategoria", "Miejscowość", "Wpływ", "Zainteresowanie", "Uwagi")
STAKEHOLDER_KEYS = ("name", "category", "place", "influence", "interest", "notes")
SECTIONS = ("Cel 1.2", "Rozdział 3", "Diagnoza, s. 14", "Plan finansowy", "")


@dataclass(frozen=True)
class Setup:
    """A workload's data folder, prepared once by the parent."""

    data_dir: Path
    partnership_id: str
    consultation_id: str
    dsn: str = ""


@dataclass(frozen=True)
class ChildSpec:
    """What one forked writer is told (the model is its copy of the parent's)."""

    workload: str
    setup: Setup
    model: Model
    seed: int
    trial: int
    journal: Path
    log: Path
    files: Path


class Journal:
    """Intent and ack lines, appended unbuffered (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, record: Record) -> None:
        os.write(self._fd, (json.dumps(record, ensure_ascii=False) + "\n").encode())


def read_journal(path: Path) -> list[tuple[Record, Record | None]]:
    """(intent, ack or None) of every journaled write, in order.

    A last line without its newline was cut by the kill: it is ignored (an
    ack that never fully reached the journal was never seen by the user).
    """
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")[:-1]  # the part after the last newline is cut or empty
    writes: list[tuple[Record, Record | None]] = []
    for line in lines:
        record = json.loads(line)
        if record.pop("t") == "intent":
            writes.append((record, None))
        else:
            intent = writes[-1][0]
            assert intent["seq"] == record["seq"], f"ack {record['seq']} after {intent['seq']}"
            writes[-1] = (intent, record)
    return writes


class Writer:
    """One trial's writes: draws each from the seeded RNG, journals it, performs it."""

    def __init__(self, spec: ChildSpec, services: Any, ready_fd: int) -> None:
        self.spec = spec
        self.ready_fd = ready_fd
        self.services = services
        self.model = spec.model
        self.rng = random.Random(spec.seed)
        self.journal = Journal(spec.journal)
        self.seq = 0

    def token(self) -> str:
        """Unique in the workload: trial and write number."""
        return f"{self.spec.trial}-{self.seq}"

    def run(self, op: Record) -> Record:
        """Journal, perform, acknowledge one write; the ack's extra fields."""
        op["seq"] = self.seq
        self.journal.write({"t": "intent", **op})
        ack = {"seq": self.seq, **self.perform(op)}
        self.journal.write({"t": "ack", **ack})
        self.seq += 1
        return ack

    def perform(self, op: Record) -> Record:
        records, pid = self.services.records, self.spec.setup.partnership_id
        kind = op["kind"]
        if kind == "create":
            return {"id": records.create(op["table"], pid, op["values"])}
        if kind == "update":
            records.update(op["table"], op["row_id"], op["values"])
        elif kind == "delete":
            records.delete(op["table"], op["row_id"])
        elif kind == "import_stakeholders":
            from cwd_desktop.services.stakeholder_import import import_file

            result = import_file(self.services, pid, Path(op["file"]))
            return {"ids": result.ids}
        elif kind == "import_survey":
            survey = self.services.surveys.import_file(
                Path(op["file"]), pid, "residents", title=op["values"]["title"]
            )
            return {"id": survey.survey_id, "created": survey.created}
        elif kind == "sync":
            from cwd_desktop.sync.client import synchronise

            report = synchronise(self.services.store, self.spec.setup.dsn)
            return {"pushed": report.pushed, "already_there": report.already_there}
        return {}

    # -- entry -------------------------------------------------------------------------

    def entry(self) -> None:
        """One keystroke-sized write: create, edit or tombstone a stakeholder, contact, comment."""
        kinds = ("create", "update", "delete")
        tables = ("stakeholder", "comment", "contact_person")
        weights = (30, 22, 6, 14, 12, 4, 6, 4, 2)
        pairs = [(k, t) for t in tables for k in kinds]
        kind, table = self.rng.choices(pairs, weights)[0]
        live = self.model.live(table)
        if kind != "create" and not live:
            kind = "create"
        if table == "contact_person" and kind == "create" and not self.model.live("stakeholder"):
            table = "stakeholder"
        op: Record = {"kind": kind, "table": table}
        if kind == "create":
            op["values"] = self.new_values(table)
        else:
            op["row_id"] = self.rng.choice(live)
        if kind == "update":
            op["values"] = self.changed_value(table)
        ack = self.run(op)
        self.model.apply(op, ack)

    def new_values(self, table: str) -> dict[str, Any]:
        rng, token = self.rng, self.token()
        if table == "stakeholder":
            return {
                "name": f"{rng.choice(ORGS)} {token}",
                "category": rng.choice(CATEGORIES),
                "place": rng.choice(PLACES),
                "influence": rng.randint(1, 5),
                "interest": rng.randint(1, 5),
                "notes": f"Zgłoszony na spotkaniu w świetlicy ({token}).",
            }
        if table == "comment":
            return {
                "consultation_id": self.spec.setup.consultation_id,
                "author": rng.choice(PEOPLE),
                "section": rng.choice(SECTIONS),
                "content": f"Brakuje ścieżki rowerowej do Fromborka ({token}).",
                "proposal": f"Dopisać zadanie w celu 2.1 ({token}).",
                "justification": "",
            }
        return {
            "stakeholder_id": rng.choice(self.model.live("stakeholder")),
            "name": f"{rng.choice(PEOPLE)} {token}",
            "role": rng.choice(ROLES),
            "phone": f"+48 600 {rng.randint(100, 999)} {rng.randint(100, 999)}",
            "email": f"osoba.{token}@gmina.example.pl",
        }

    def changed_value(self, table: str) -> dict[str, Any]:
        rng, token = self.rng, self.token()
        options: dict[str, dict[str, Any]] = {
            "stakeholder": {
                "name": f"{rng.choice(ORGS)} {token}",
                "place": rng.choice(PLACES),
                "notes": f"Poprawione po rozmowie telefonicznej ({token}).",
                "influence": rng.randint(1, 5),
                "interest": rng.randint(1, 5),
            },
            "comment": {
                "content": f"Uwaga doprecyzowana na piśmie ({token}).",
                "proposal": f"Nowe brzmienie zapisu ({token}).",
                "justification": f"Zgodne z diagnozą ({token}).",
                "section": rng.choice(SECTIONS),
            },
            "contact_person": {
                "role": rng.choice(ROLES),
                "phone": f"+48 500 {rng.randint(100, 999)} {rng.randint(100, 999)}",
                "email": f"nowy.{token}@gmina.example.pl",
            },
        }
        name = rng.choice(sorted(options[table]))
        return {name: options[table][name]}

    # -- imports -------------------------------------------------------------------------

    def stakeholder_import(self, size: int = 0) -> None:
        """A register of ``size`` (else 3–25) rows, some with a contact, via ``import_file``."""
        rng, token = self.rng, self.token()
        notes = f"import {token}"
        rows: list[Record] = []
        for number in range(size or rng.randint(3, 25)):
            stakeholder = {
                "name": f"{rng.choice(ORGS)} {token}/{number}",
                "category": rng.choice(CATEGORIES),
                "place": rng.choice(PLACES),
                "influence": rng.randint(1, 5),
                "interest": rng.randint(1, 5),
                "notes": notes,
            }
            contact = None
            if rng.random() < 0.3:
                contact = {
                    "name": f"{rng.choice(PEOPLE)} {token}/{number}",
                    "role": "",
                    "phone": f"+48 600 {rng.randint(100, 999)} {rng.randint(100, 999)}",
                    "email": f"kontakt.{token}.{number}@gmina.example.pl",
                }
            rows.append({"stakeholder": stakeholder, "contact": contact})
        path = self.spec.files / f"rejestr-{token}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, delimiter=";")
            out.writerow([*STAKEHOLDER_HEADERS, "Osoba kontaktowa", "Telefon", "E-mail"])
            for row in rows:
                s, c = row["stakeholder"], row["contact"] or {}
                out.writerow(
                    [
                        *(s[key] for key in STAKEHOLDER_KEYS),
                        *(c.get(key, "") for key in ("name", "phone", "email")),
                    ]
                )
        self.run({"kind": "import_stakeholders", "token": token, "file": str(path), "rows": rows})

    def survey_import(self) -> None:
        """A residents' survey export of 5–300 responses (four questions)."""
        rng, token = self.rng, self.token()
        responses = rng.randint(5, 300)
        path = self.spec.files / f"ankieta-{token}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, delimiter=",")
            out.writerow(
                [
                    "Sygnatura czasowa",
                    "Jak oceniasz jakość życia w gminie?",
                    "Płeć",
                    "Wiek",
                    "Co warto zmienić?",
                ]
            )
            for n in range(responses):
                out.writerow(
                    [
                        f"2026/03/{1 + n % 28:02d} 10:{n % 60:02d}:00",
                        rng.randint(1, 5),
                        rng.choice(("Kobieta", "Mężczyzna")),
                        rng.randint(16, 90),
                        f"Chodniki i oświetlenie ({token}/{n})",
                    ]
                )
        values = {"title": f"Ankieta mieszkańców {token}", "response_count": responses}
        self.run(
            {
                "kind": "import_survey",
                "token": token,
                "file": str(path),
                "values": {**values, "questions": 4},
            }
        )

    # -- the loops -------------------------------------------------------------------------

    def ready(self) -> None:
        """Tell the parent to start its clock (once)."""
        if self.ready_fd >= 0:
            os.write(self.ready_fd, b"r")
            os.close(self.ready_fd)
            self.ready_fd = -1

    def loop(self) -> None:
        """Write until killed (or until ``LIFETIME``, which the parent reports).

        The parent's clock starts after the writer's first write (an entry,
        or an import of three rows): that one pays for the new engine's
        statement cache (tens of ms), and kills should spread over the
        writes that follow, as in a long session of typing. Trials killed
        "while opening" cover the first write too.
        """
        if self.spec.workload == "import":
            self.stakeholder_import(size=3)
        else:
            self.entry()
        self.ready()
        began = time.monotonic()
        while time.monotonic() - began < LIFETIME:
            if self.spec.workload == "entry":
                self.entry()
            elif self.spec.workload == "import":
                if self.rng.random() < 0.7:
                    self.stakeholder_import()
                else:
                    self.survey_import()
            else:
                for _ in range(self.rng.randint(1, 8)):
                    self.entry()
                self.run({"kind": "sync"})


def child_main(spec: ChildSpec, ready_fd: int) -> NoReturn:
    """The forked writer: open the store itself, signal ready, write until killed."""
    code = EXIT_CRASHED
    try:
        gc.disable()  # short-lived: a collection would only copy the parent's pages (COW)
        log = os.open(spec.log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(log, 1)
        os.dup2(log, 2)
        from cwd_desktop.services.app import Services
        from cwd_desktop.store import open_store

        # A fresh store: the parent's SQLite connections are closed before it forks,
        # and a connection is never used across a fork.
        services = Services(open_store(spec.setup.data_dir))
        services.records  # noqa: B018 - loads the validators before the clock matters
        Writer(spec, services, ready_fd).loop()
        code = EXIT_TIMED_OUT
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stderr.flush()
        os._exit(code)
