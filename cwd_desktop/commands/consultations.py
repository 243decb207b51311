"""``consultation list|add|comment|export``: the consultation log from scripts.

Coordinators batch-load comments collected on paper or by e-mail with
``consultation comment``; ``export`` writes the XLSX log for the report.
Values are checked by the same validators as the GUI, so a bad date or an
unknown partnership is one clear sentence and exit status 1.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from cwd_desktop.services.app import Services


def register(sub: Any, add: Any) -> None:
    """Add the ``consultation`` command group to the top-level parser."""
    group = sub.add_parser("consultation", help="dziennik konsultacji")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = add(
        actions, "list", cmd_list, "wydarzenia konsultacyjne z liczbą uwag i ostrzeżeniami"
    )
    listing.add_argument("--partnership", required=True, help="id lub skrót nazwy partnerstwa")

    new = add(actions, "add", cmd_add, "nowe wydarzenie konsultacyjne")
    new.add_argument("--partnership", required=True, help="id lub skrót nazwy partnerstwa")
    new.add_argument("--date", required=True, help="data wydarzenia (RRRR-MM-DD lub DD.MM.RRRR)")
    new.add_argument("--subject", required=True, help="temat lub konsultowany dokument")
    new.add_argument("--form", help="forma, np. workshop lub „warsztat”")
    new.add_argument("--place", default="", help="miejsce")
    new.add_argument("--announced", help="data ogłoszenia konsultacji")
    new.add_argument("--until", help="termin zgłaszania uwag")
    new.add_argument("--participants", default="0", help="liczba uczestników")
    new.add_argument("--notes", default="", help="notatki")

    comment = add(actions, "comment", cmd_comment, "dodaj uwagę do wydarzenia")
    comment.add_argument("--consultation", required=True, help="id wydarzenia")
    comment.add_argument("--author", required=True, help="kto zgłosił uwagę")
    comment.add_argument("--content", required=True, help="treść uwagi")
    comment.add_argument("--section", default="", help="fragment dokumentu")
    comment.add_argument("--proposal", default="", help="propozycja zmiany")
    comment.add_argument("--category", help="kategoria interesariusza (kod lub nazwa)")
    comment.add_argument("--disposition", help="accepted|partly|rejected|explained lub nazwa")
    comment.add_argument("--justification", default="", help="uzasadnienie rozstrzygnięcia")
    comment.add_argument("--number", help="numer uwagi (domyślnie kolejny)")

    export = add(actions, "export", cmd_export, "dziennik konsultacji do pliku XLSX")
    export.add_argument("--partnership", required=True, help="id lub skrót nazwy partnerstwa")
    export.add_argument("-o", "--output", required=True, help="plik .xlsx")


def _print(args: argparse.Namespace, payload: Any, text: str) -> None:
    from cwd_desktop.cli import _print as print_result

    print_result(args, payload, text)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def cmd_list(services: Services, args: argparse.Namespace) -> None:
    """Events of a partnership with their comment counts and art. 6 findings."""
    from cwd_desktop.services import consultation_reads as reads

    partnership = services.partnerships.get(args.partnership)
    payload: list[dict[str, Any]] = []
    lines: list[str] = []
    forms = reads.form_labels()
    for event in reads.events(services.store, partnership.id):
        findings = reads.art6_checks(services.store, event.id)
        form = forms[event.form].text if event.form in forms else event.form
        payload.append(
            {
                "id": event.id,
                "held_on": _iso(event.held_on),
                "subject": event.subject,
                "form": event.form,
                "form_label": form,
                "place": event.place,
                "announced_on": _iso(event.announced_on),
                "comments_until": _iso(event.comments_until),
                "participants": event.participants,
                "comments": event.comments,
                "warnings": [
                    {
                        "code": w.code,
                        "severity": w.severity,
                        "message": w.render(),
                        "due_on": _iso(w.due_on),
                        "overdue": w.overdue,
                    }
                    for w in findings
                ],
            }
        )
        lines.append(
            f"{reads.format_date(event.held_on)}  {event.subject}  [{form}; "
            f"uwagi: {event.comments}]  {event.id}"
        )
        lines += [f"    {'!' if w.severity != 'info' else '·'} {w.render()}" for w in findings]
    text = (
        "\n".join(lines)
        if lines
        else f"Brak wydarzeń konsultacyjnych w {partnership.data.short_name}."
    )
    _print(args, payload, text)


def cmd_add(services: Services, args: argparse.Namespace) -> None:
    """A new consultation event."""
    partnership = services.partnerships.get(args.partnership)
    values: dict[str, Any] = {
        "held_on": args.date,
        "subject": args.subject,
        "place": args.place,
        "announced_on": args.announced,
        "comments_until": args.until,
        "participants": args.participants,
        "notes": args.notes,
    }
    if args.form is not None:
        values["form"] = args.form
    new_id = services.records.create("consultation", partnership.id, values)
    _print(args, {"id": new_id}, f"Dodano wydarzenie konsultacyjne {new_id}.")


def cmd_comment(services: Services, args: argparse.Namespace) -> None:
    """A new comment of an event, numbered next unless ``--number`` is given."""
    from cwd_desktop.services import consultations

    values: dict[str, Any] = {
        "author": args.author,
        "content": args.content,
        "section": args.section,
        "proposal": args.proposal,
        "author_category": args.category,
        "disposition": args.disposition,
        "justification": args.justification,
    }
    if args.number is not None:
        values["number"] = args.number
    new_id = consultations.add_comment(services, args.consultation, values)
    number = services.records.get("comment", new_id)["number"]
    _print(args, {"id": new_id, "number": number}, f"Dodano uwagę nr {number} ({new_id}).")


def cmd_export(services: Services, args: argparse.Namespace) -> None:
    """The partnership's consultation log as XLSX."""
    from cwd_desktop.exports.xlsx.consultations import export_log

    partnership = services.partnerships.get(args.partnership)
    path = Path(args.output)
    count = export_log(services.store, partnership.id, path)
    _print(
        args,
        {"path": str(path), "comments": count},
        f"Zapisano dziennik konsultacji (uwagi: {count}): {path}",
    )
