"""``event list|add``: networking events (sieciowanie) from scripts.

Events are shared by the whole team; ``list --partnership P`` shows those a
partnership took part in. ``add`` stores an event with the partnerships and
people that took part in one go: a bad value (an event dated before one of
its partnerships existed, an unknown kind) is one clear sentence, exit
status 1, and nothing is stored.
"""

from __future__ import annotations

import argparse
from typing import Any

from cwd_desktop.services.app import Services


def register(sub: Any, add: Any) -> None:
    """Add the ``event`` command group to the top-level parser."""
    group = sub.add_parser("event", help="wydarzenia sieciujące")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = add(actions, "list", cmd_list, "wydarzenia sieciujące (najnowsze pierwsze)")
    listing.add_argument("--partnership", help="tylko z udziałem partnerstwa (id lub skrót)")
    listing.add_argument("--kind", help="rodzaj, np. seminar lub „wizyta studyjna”")
    listing.add_argument("--theme", help="temat, np. transport")
    listing.add_argument("--year", type=int, help="rok wydarzenia")

    new = add(actions, "add", cmd_add, "nowe wydarzenie sieciujące; wypisuje jego id")
    new.add_argument("--title", required=True, help="nazwa wydarzenia")
    new.add_argument("--date", required=True, help="data (RRRR-MM-DD lub DD.MM.RRRR)")
    new.add_argument("--end", help="data zakończenia wydarzenia kilkudniowego")
    new.add_argument(
        "--kind",
        required=True,
        help="conference|seminar|study_visit|forum|regional_meeting lub nazwa rodzaju",
    )
    new.add_argument(
        "--theme",
        required=True,
        help="transport|environment|education|tourism|heritage|cooperation|other lub nazwa",
    )
    new.add_argument("--place", default="", help="miejsce")
    new.add_argument("--organiser", default="", help="organizator")
    new.add_argument("--description", default="", help="opis, program")
    new.add_argument("--host", help="wizyta studyjna: partnerstwo (id lub skrót) albo TERYT JST")
    new.add_argument("--host-name", help="nazwa gospodarza, jeśli inna niż z rejestru")
    new.add_argument("--practices", default="", help="wizyta studyjna: poznane praktyki")
    new.add_argument("--lessons", default="", help="wnioski")
    new.add_argument(
        "--partnership",
        action="append",
        default=[],
        help="partnerstwo, które wzięło udział (id lub skrót); można powtarzać",
    )
    new.add_argument(
        "--participant",
        action="append",
        default=[],
        help="„Imię i nazwisko;Instytucja;Funkcja[;e-mail[;partnerstwo]]”; można powtarzać",
    )


def _print(args: argparse.Namespace, payload: Any, text: str) -> None:
    from cwd_desktop.cli import _print as print_result

    print_result(args, payload, text)


def _code(enum: Any, value: str | None) -> str | None:
    """A kind/theme filter given as a code or a label; unknown text is kept (matches nothing)."""
    from cwd_desktop.services.networking import vocab_code

    if not value:
        return None
    return vocab_code(enum, value) or value


def cmd_list(services: Services, args: argparse.Namespace) -> None:
    """Events, newest first, with the partnerships and the number of people that took part."""
    from cwd_desktop.domain.vocab_followup import EventKind, NetworkTheme
    from cwd_desktop.services import networking_reads as reads

    partnership_id = services.partnerships.get(args.partnership).id if args.partnership else None
    wanted = reads.EventFilter(
        kind=_code(EventKind, args.kind),
        theme=_code(NetworkTheme, args.theme),
        year=args.year,
        partnership_id=partnership_id,
    )
    kinds, themes = reads.kind_labels(), reads.theme_labels()
    payload: list[dict[str, Any]] = []
    lines: list[str] = []
    for event in reads.events(services.store, wanted):
        members = reads.members(services.store, event["id"])
        payload.append(
            {
                "id": event["id"],
                "kind": event["kind"],
                "kind_label": kinds.get(event["kind"], event["kind"]),
                "title": event["title"],
                "starts_on": event["starts_on"].isoformat() if event["starts_on"] else None,
                "ends_on": event["ends_on"].isoformat() if event["ends_on"] else None,
                "place": event["place"],
                "theme": event["theme"],
                "theme_label": themes.get(event["theme"], event["theme"]),
                "organiser": event["organiser"],
                "host": event["host_name"] or None,
                "partnerships": [
                    {"id": m.partnership_id, "name": m.name, "short_name": m.short_name or None}
                    for m in members
                ],
                "participants": event["participants"],
            }
        )
        who = ", ".join(m.short_name or m.name for m in members) or "—"
        host = f"; gospodarz: {event['host_name']}" if event["host_name"] else ""
        lines.append(
            f"{reads.format_period(event['starts_on'], event['ends_on'])}  {event['title']}  "
            f"[{kinds.get(event['kind'], event['kind'])}{host}; {event['place'] or '—'}; "
            f"partnerstwa: {who}; uczestnicy: {event['participants']}]  {event['id']}"
        )
    _print(args, payload, "\n".join(lines) if lines else "Brak wydarzeń sieciujących.")


def cmd_add(services: Services, args: argparse.Namespace) -> None:
    """A new event with its partnerships and participants (all or nothing)."""
    from cwd_desktop.services import networking

    values: dict[str, Any] = {
        "title": args.title,
        "starts_on": args.date,
        "ends_on": args.end,
        "kind": args.kind,
        "theme": args.theme,
        "place": args.place,
        "organiser": args.organiser,
        "description": args.description,
        "practices_seen": args.practices,
        "lessons": args.lessons,
    }
    if args.host:
        host = args.host.strip()
        if host.isdigit():
            values["host_teryt"] = host
        else:
            values["host_partnership_id"] = services.partnerships.get(host).id
    if args.host_name:
        values["host_name"] = args.host_name
    people = [networking.parse_participant(text) for text in args.participant]
    event_id = networking.add_event(services, values, args.partnership, people)
    _print(
        args,
        {"id": event_id, "partnerships": len(args.partnership), "participants": len(people)},
        event_id,
    )
