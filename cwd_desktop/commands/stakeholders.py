"""``stakeholder list|add|import|export``: the stakeholder register from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cwd_desktop.cli import _print
from cwd_desktop.services.app import Services


def register(sub: Any, add: Any) -> None:
    """Add the ``stakeholder`` command and its actions to the CLI."""
    parser = sub.add_parser("stakeholder", help="rejestr interesariuszy")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = add(actions, "list", cmd_list, "interesariusze partnerstwa")
    _partnership(listing)
    listing.add_argument("--filter", default="", help="tylko pasujące (nazwa, miejscowość, uwagi)")

    new = add(actions, "add", cmd_add, "nowy interesariusz")
    _partnership(new)
    new.add_argument("--name", required=True)
    new.add_argument("--category", required=True, help="kod lub nazwa kategorii, np. osp, KGW")
    new.add_argument("--teryt", default="", help="kod TERYT lub nazwa JST partnerstwa")
    new.add_argument("--influence", default=3, help="wpływ 1–5 (domyślnie 3)")
    new.add_argument("--interest", default=3, help="zainteresowanie 1–5 (domyślnie 3)")
    new.add_argument("--place", default="", help="miejscowość lub sołectwo")
    new.add_argument("--notes", default="")

    load = add(actions, "import", cmd_import, "import rejestru z XLSX, XLS, ODS lub CSV")
    load.add_argument("file", help="plik z wierszem nagłówka")
    _partnership(load)
    load.add_argument("--dry-run", action="store_true", help="tylko sprawdź, nic nie zapisuj")
    load.add_argument(
        "--skip-duplicates",
        action="store_true",
        help="pomiń wiersze, które już są w rejestrze lub powtarzają się w pliku",
    )

    out = add(actions, "export", cmd_export, "eksport rejestru do XLSX")
    _partnership(out)
    out.add_argument("-o", "--output", required=True, help="plik .xlsx")
    out.add_argument(
        "--with-contacts",
        action="store_true",
        help="dołącz osoby kontaktowe (bez tych, które wycofały zgodę)",
    )


def _partnership(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--partnership", "-p", required=True, help="id lub skrót partnerstwa")


def _service(services: Services) -> Any:
    from cwd_desktop.services.stakeholders import StakeholderService

    return StakeholderService(services)


def cmd_list(services: Services, args: argparse.Namespace) -> None:
    partnership = services.partnerships.get(args.partnership)
    register = _service(services)
    labels = register.category_labels(partnership.id)
    counts = _contact_counts(services, partnership.id)
    rows = []
    offset = 0
    while page := register.rows(partnership.id, args.filter, offset, 1000):
        rows.extend(page)
        offset += len(page)
    payload = [
        {
            "id": r["id"],
            "name": r["name"],
            "category": r["category"],
            "category_label": labels.get(r["category"], r["category"]),
            "teryt": r["teryt"],
            "jst": register.jst_name(r["teryt"]) or None,
            "place": r["place"],
            "influence": r["influence"],
            "interest": r["interest"],
            "notes": r["notes"],
            "contacts": counts.get(r["id"], 0),
        }
        for r in rows
    ]
    lines = [
        f"{_cut(p['name'], 45)} {_cut(p['category_label'], 32)} {_cut(p['jst'] or '—', 34)} "
        f"wpływ {p['influence']}  zainteresowanie {p['interest']}"
        for p in payload
    ]
    _print(args, payload, "\n".join(lines) if lines else "Brak interesariuszy.")


def _cut(text: str, width: int) -> str:
    """``text`` in a column of ``width`` characters, shortened with an ellipsis."""
    return f"{text[: width - 1]}…" if len(text) > width else f"{text:<{width}}"


def _contact_counts(services: Services, partnership_id: str) -> dict[str, int]:
    rows = services.store.reader().execute(
        "SELECT stakeholder_id, count(*) FROM contact_person"
        " WHERE partnership_id = ? AND deleted_at IS NULL GROUP BY stakeholder_id",
        (partnership_id,),
    )
    return {row[0]: int(row[1]) for row in rows}


def cmd_add(services: Services, args: argparse.Namespace) -> None:
    partnership = services.partnerships.get(args.partnership)
    register = _service(services)
    values = {
        "name": args.name,
        "category": register.category_code(partnership.id, args.category),
        "teryt": register.jst_code(partnership.id, args.teryt),
        "place": args.place,
        "influence": args.influence,
        "interest": args.interest,
        "notes": args.notes,
    }
    new_id = register.add(partnership.id, values)
    row = register.get(new_id)
    payload = {
        "id": new_id,
        "name": row.name,
        "category": row.category,
        "teryt": row.teryt,
        "place": row.place,
        "influence": row.influence,
        "interest": row.interest,
    }
    _print(args, payload, f"Dodano interesariusza „{row.name}” ({new_id}).")


def cmd_import(services: Services, args: argparse.Namespace) -> None:
    from cwd_desktop.services.stakeholder_import import import_file

    partnership = services.partnerships.get(args.partnership)
    result = import_file(
        services,
        partnership.id,
        Path(args.file),
        skip_duplicates=args.skip_duplicates,
        dry_run=args.dry_run,
    )
    duplicates = [d.render() for d in result.duplicates]
    payload = {
        "dry_run": result.dry_run,
        "stakeholders": result.stakeholders,
        "contacts": result.contacts,
        "skipped": result.skipped,
        "duplicates": duplicates,
    }
    verb = "Do zaimportowania" if result.dry_run else "Zaimportowano"
    lines = [
        f"{verb}: {result.stakeholders} interesariuszy, {result.contacts} osób kontaktowych"
        + (f"; pominięto {result.skipped} duplikatów." if result.skipped else "."),
    ]
    if duplicates:
        lines.append(f"Prawdopodobne duplikaty ({len(duplicates)}):")
        lines.extend(f"  {d}" for d in duplicates)
    _print(args, payload, "\n".join(lines))


def cmd_export(services: Services, args: argparse.Namespace) -> None:
    from cwd_desktop.exports.xlsx.stakeholders import export_register

    partnership = services.partnerships.get(args.partnership)
    path = Path(args.output)
    result = export_register(
        _service(services), partnership.id, path, with_contacts=args.with_contacts
    )
    payload = {
        "output": str(path),
        "stakeholders": result.stakeholders,
        "contacts": result.contacts,
        "withheld_contacts": result.withheld,
    }
    text = f"Zapisano {result.stakeholders} interesariuszy do {path}"
    if args.with_contacts:
        text += f" (osoby kontaktowe: {result.contacts}; pominięte bez zgody: {result.withheld})"
    _print(args, payload, text + ".")
