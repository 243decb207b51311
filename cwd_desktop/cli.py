"""The command line: the same services as the GUI, for scripts and tests.

Exit status 0 on success, 1 on a user error (one sentence on stderr), 2 on
usage errors (argparse). ``--data-dir`` and ``--json`` are accepted before or
after the command. A command that sets ``store_free`` (``restore``) gets the
data folder instead of an open store.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from cwd_desktop import APP_NAME, __version__
from cwd_desktop.config import resolve_data_dir
from cwd_desktop.domain.vocab import Edition, FormalBasis, Osi, Stage, StrategyType, label
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData, PartnershipView
from cwd_desktop.store import open_store

Handler = Callable[[Services, argparse.Namespace], Any]


def _common(parser: argparse.ArgumentParser, top: bool) -> None:
    default: Any = None if top else argparse.SUPPRESS
    parser.add_argument("--data-dir", default=default, help="folder z danymi (CWD_DATA_DIR)")
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="wynik w formacie JSON",
    )


def jst_json(view: PartnershipView) -> list[dict[str, Any]]:
    """Members as ``{"teryt", "name", "kind", "leader"}`` objects."""
    return [
        {
            "teryt": j.code,
            "name": j.name,
            "kind": j.kind,
            "powiat": j.powiat,
            "leader": j.code == view.data.leader_teryt,
        }
        for j in view.members
    ]


def partnership_json(services: Services, view: PartnershipView) -> dict[str, Any]:
    """The JSON shape of a partnership printed by ``list`` and ``show``."""
    d = view.data
    voivodeships = services.teryt.voivodeships
    return {
        "id": view.id,
        "name": d.name,
        "short_name": d.short_name,
        "voivodeship": voivodeships.get(d.voivodeship or "", None),
        "voivodeship_code": d.voivodeship,
        "osi": d.osi.value,
        "osi_label": label(d.osi),
        "edition": d.edition.value,
        "strategy_type": d.strategy_type.value,
        "formal_basis": d.formal_basis.value if d.formal_basis else None,
        "stage": d.stage.value,
        "leader": d.leader_teryt,
        "coordinator": d.coordinator,
        "advisors": [a for a in d.advisors.splitlines() if a.strip()],
        "council": d.council,
        "criteria": d.criteria,
        "formal_score": view.formal_score(),
        "merit_score": view.merit_score(),
        "dates": {
            name: value.isoformat() if isinstance(value, date) else None
            for name in (
                "formed_on",
                "selected_on",
                "advisory_start",
                "strategy_adopted_on",
                "advisory_end",
            )
            for value in [getattr(d, name)]
        },
        "version": view.version,
        "jst": jst_json(view),
    }


def _print(args: argparse.Namespace, payload: Any, text: str) -> None:
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(text)


def cmd_partnership_list(services: Services, args: argparse.Namespace) -> None:
    views = services.partnerships.list()
    payload = [partnership_json(services, v) for v in views]
    lines = [
        f"{v.data.short_name:<18} {v.data.name}  [{label(v.data.osi)}; {len(v.members)} JST]"
        for v in views
    ]
    _print(args, payload, "\n".join(lines) if lines else "Brak partnerstw.")


def cmd_partnership_show(services: Services, args: argparse.Namespace) -> None:
    view = services.partnerships.get(args.partnership)
    payload = partnership_json(services, view)
    d = view.data
    lines = [
        f"{d.name} ({d.short_name})",
        f"  id: {view.id}",
        f"  województwo: {payload['voivodeship'] or '—'}",
        f"  typ OSI: {label(d.osi)}",
        f"  edycja: {label(d.edition)}; strategia: {label(d.strategy_type)}",
        f"  etap: {label(d.stage)}",
        f"  kryteria formalne: {view.formal_score()}/8; merytoryczne: {view.merit_score()} pkt",
        "  JST:",
        *[
            f"    {j.code}  {j.describe()}{'  [lider]' if j.code == d.leader_teryt else ''}"
            for j in view.members
        ],
    ]
    _print(args, payload, "\n".join(lines))


def cmd_partnership_add(services: Services, args: argparse.Namespace) -> None:
    members = [
        code.strip() for chunk in args.jst or [] for code in chunk.split(",") if code.strip()
    ]
    data = PartnershipData(
        name=args.name,
        short_name=args.short_name or "",
        voivodeship=args.voivodeship,
        osi=Osi(args.osi),
        edition=Edition(args.edition),
        strategy_type=StrategyType(args.strategy_type),
        formal_basis=FormalBasis(args.formal_basis) if args.formal_basis else None,
        leader_teryt=args.leader or (members[0] if members else None),
        members=members,
        coordinator=args.coordinator or "",
        advisors="\n".join(args.advisor or []),
        stage=Stage(args.stage),
    )
    new_id = services.partnerships.create(data)
    view = services.partnerships.get(new_id)
    _print(
        args, partnership_json(services, view), f"Dodano partnerstwo {data.short_name} ({new_id})."
    )


def cmd_demo(services: Services, args: argparse.Namespace) -> None:
    from cwd_desktop.services.demo import fill_demo

    added = fill_demo(services)
    text = (
        f"Dodano dane demonstracyjne: {', '.join(added)}."
        if added
        else "Dane demonstracyjne już są w bazie."
    )
    _print(args, {"added": added, "data_dir": str(services.store.data_dir)}, text)


def cmd_search(services: Services, args: argparse.Namespace) -> None:
    pid = services.partnerships.get(args.partnership).id if args.partnership else None
    hits = services.search_hits(args.query, pid, args.limit)
    payload = [h.__dict__ for h in hits]
    lines = [f"[{h.kind}] {h.title} — {h.context}  ({h.row_id})" for h in hits]
    _print(args, payload, "\n".join(lines) or "Nic nie znaleziono.")


def cmd_teryt_search(services: Services, args: argparse.Namespace) -> None:
    hits = services.teryt.search(args.query, limit=args.limit)
    payload = [
        {
            "teryt": j.code,
            "name": j.name,
            "kind": j.kind,
            "powiat": j.powiat,
            "voivodeship": j.voivodeship,
        }
        for j in hits
    ]
    _print(args, payload, "\n".join(f"{j.code}  {j.describe()}" for j in hits) or "Brak wyników.")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog=APP_NAME, description="CWD Desktop — praca doradców z partnerstwami JST."
    )
    _common(parser, top=True)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--lang", choices=["pl", "en"], help="język interfejsu")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(parent: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(name, help=help_text)
        _common(p, top=False)
        p.set_defaults(handler=handler)
        return p

    part = sub.add_parser("partnership", help="partnerstwa JST")
    part_sub = part.add_subparsers(dest="action", metavar="ACTION", required=True)
    add(part_sub, "list", cmd_partnership_list, "lista partnerstw")
    show = add(part_sub, "show", cmd_partnership_show, "szczegóły partnerstwa")
    show.add_argument("partnership", help="id lub skrót nazwy")
    padd = add(part_sub, "add", cmd_partnership_add, "nowe partnerstwo")
    padd.add_argument("--name", required=True)
    padd.add_argument("--short-name", required=True)
    padd.add_argument("--voivodeship", help="kod (np. 02) lub nazwa województwa")
    padd.add_argument("--osi", choices=[o.value for o in Osi], default=Osi.MARGINALISED.value)
    padd.add_argument("--edition", choices=[e.value for e in Edition], default=Edition.PLUS.value)
    padd.add_argument(
        "--strategy-type",
        choices=[s.value for s in StrategyType],
        default=StrategyType.SUPRALOCAL.value,
    )
    padd.add_argument("--formal-basis", choices=[f.value for f in FormalBasis])
    padd.add_argument("--stage", choices=[s.value for s in Stage], default=Stage.WORKPLAN.value)
    padd.add_argument(
        "--jst", action="append", help="kod TERYT członka (można powtarzać lub łączyć przecinkami)"
    )
    padd.add_argument("--leader", help="kod TERYT lidera (domyślnie pierwszy członek)")
    padd.add_argument("--coordinator")
    padd.add_argument("--advisor", action="append")

    add(sub, "demo", cmd_demo, "wypełnij folder danych programem demonstracyjnym")
    find = add(sub, "search", cmd_search, "znajdź interesariuszy, spotkania, uwagi…")
    find.add_argument("query")
    find.add_argument("--partnership", help="tylko w tym partnerstwie (id lub skrót)")
    find.add_argument("--limit", type=int, default=30)
    teryt = sub.add_parser("teryt", help="rejestr TERYT")
    teryt_sub = teryt.add_subparsers(dest="action", metavar="ACTION", required=True)
    search = add(teryt_sub, "search", cmd_teryt_search, "znajdź JST po nazwie lub kodzie")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    for module in _command_modules():
        module.register(sub, add)
    return parser


def _command_modules() -> list[Any]:
    """The area command modules in ``cwd_desktop.commands`` (see its docstring)."""
    from cwd_desktop import commands

    return [
        importlib.import_module(f"{commands.__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or the GUI when none is given); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage error (2), --help or --version (0)
        return exc.code if isinstance(exc.code, int) else 2
    if args.command is None:
        from cwd_desktop.ui.app import run_gui

        return run_gui(args.data_dir, args.lang)
    if getattr(args, "store_free", None) is not None:
        # Commands that replace or repair the store itself (restore) must not hold it open.
        try:
            return int(args.store_free(resolve_data_dir(args.data_dir), args) or 0)
        except UserError as exc:
            print(f"{APP_NAME}: {exc}", file=sys.stderr)
            return 1
    try:
        store = open_store(resolve_data_dir(args.data_dir))
    except UserError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    try:
        result = args.handler(Services(store), args)
    except UserError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return int(result or 0)
