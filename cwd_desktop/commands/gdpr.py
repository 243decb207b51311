"""``person list|export|erase|withdraw-consent|restore-consent``: RODO for contact persons.

``person erase`` without ``--yes`` only says what would be erased and exits
with status 1: an erasure cannot be undone, so a script must ask for it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cwd_desktop.cli import _print
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.app import Services


def register(sub: Any, add: Any) -> None:
    """Add the ``person`` command and its actions to the CLI."""
    parser = sub.add_parser("person", help="dane osób kontaktowych (RODO)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = add(actions, "list", cmd_list, "osoby kontaktowe partnerstwa z ich zgodą")
    listing.add_argument("--partnership", "-p", required=True, help="id lub skrót partnerstwa")

    out = add(actions, "export", cmd_export, "wszystkie dane osoby do pliku JSON lub XLSX")
    out.add_argument("contact_id", metavar="CONTACT_ID")
    out.add_argument("-o", "--output", required=True, help="plik .json lub .xlsx")

    erase = add(actions, "erase", cmd_erase, "trwale usuń dane osoby ze wszystkich wpisów")
    erase.add_argument("contact_id", metavar="CONTACT_ID")
    erase.add_argument("--yes", action="store_true", help="tak, usuń (nie można tego cofnąć)")

    withdraw = add(actions, "withdraw-consent", cmd_withdraw, "zapisz wycofanie zgody")
    withdraw.add_argument("contact_id", metavar="CONTACT_ID")
    withdraw.add_argument("--on", default="", help="data wycofania (domyślnie dziś)")

    restore = add(actions, "restore-consent", cmd_restore, "zapisz ponowne udzielenie zgody")
    restore.add_argument("contact_id", metavar="CONTACT_ID")
    restore.add_argument("--on", default="", help="data udzielenia zgody (domyślnie dziś)")


def cmd_list(services: Services, args: argparse.Namespace) -> None:
    partnership = services.partnerships.get(args.partnership)
    rows = (
        services.store.reader()
        .execute(
            "SELECT c.id, c.name, c.role, s.name, c.consent_on, c.consent_withdrawn_on "
            "FROM contact_person c JOIN stakeholder s ON s.id = c.stakeholder_id "
            "WHERE c.partnership_id = ? AND c.deleted_at IS NULL ORDER BY c.name, c.id",
            (partnership.id,),
        )
        .fetchall()
    )
    payload = [
        {
            "id": r[0],
            "name": r[1],
            "role": r[2],
            "stakeholder": r[3],
            "consent_on": r[4],
            "consent_withdrawn_on": r[5],
        }
        for r in rows
    ]
    lines = [
        f"{p['id']}  {p['name']} ({p['stakeholder']}) — "
        + (
            f"zgoda wycofana {p['consent_withdrawn_on']}"
            if p["consent_withdrawn_on"]
            else f"zgoda z {p['consent_on']}"
            if p["consent_on"]
            else "brak zgody"
        )
        for p in payload
    ]
    _print(args, payload, "\n".join(lines) if lines else "Brak osób kontaktowych.")


def cmd_export(services: Services, args: argparse.Namespace) -> None:
    from cwd_desktop.services.gdpr import export_person_file

    path = export_person_file(services, args.contact_id, Path(args.output))
    _print(args, {"path": str(path)}, f"Zapisano dane osoby do pliku {path}.")


def _describe(erasure: Any) -> str:
    lines = [f"Osoba kontaktowa: {erasure.name} ({erasure.contact_id})"]
    for table, count in sorted(erasure.removed.items()):
        lines.append(f"  usunięte wpisy {table}: {count}")
    for name, count in sorted(erasure.blanked.items()):
        lines.append(f"  wyczyszczone pola {name}: {count}")
    for name, count in sorted(erasure.redacted.items()):
        lines.append(f"  e-mail/telefon zastąpione w {name}: {count}")
    if erasure.review:
        lines.append("  do poprawienia ręcznie (imię i nazwisko w treści):")
        lines += [f"    {m.table}.{m.field} {m.row_id} — {m.where}" for m in erasure.review]
    if erasure.kept_deleted:
        lines.append(f"  wzmianki w usuniętych rekordach (bez zmian): {erasure.kept_deleted}")
    return "\n".join(lines)


def cmd_erase(services: Services, args: argparse.Namespace) -> None:
    from cwd_desktop.services.gdpr import erase_person, plan_erasure

    if not args.yes:
        plan = plan_erasure(services, args.contact_id)
        _print(args, plan.as_json(), _describe(plan))
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nic nie usunięto: usunięcia danych osoby nie można cofnąć; "
                "powtórz polecenie z --yes.",
            ),
            field="yes",
        )
    done = erase_person(services, args.contact_id)
    _print(args, done.as_json(), _describe(done) + "\nDane osoby usunięto.")


def _date(value: str) -> Any:
    from cwd_desktop.services.records import parse_date

    return parse_date(value, "on")


def cmd_withdraw(services: Services, args: argparse.Namespace) -> None:
    from cwd_desktop.services.gdpr import load_person, withdraw_consent

    withdraw_consent(services, args.contact_id, _date(args.on))
    when = load_person(services.store, args.contact_id).values["consent_withdrawn_on"]
    _print(
        args,
        {"id": args.contact_id, "consent_withdrawn_on": when},
        f"Zapisano wycofanie zgody ({when}); osoba nie będzie ujmowana w eksportach.",
    )


def cmd_restore(services: Services, args: argparse.Namespace) -> None:
    from cwd_desktop.services.gdpr import load_person, restore_consent

    restore_consent(services, args.contact_id, _date(args.on))
    when = load_person(services.store, args.contact_id).values["consent_on"]
    _print(
        args,
        {"id": args.contact_id, "consent_on": when},
        f"Zapisano udzielenie zgody ({when}).",
    )
