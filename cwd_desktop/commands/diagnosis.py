"""``indicator list|import``: the diagnosis indicators from scripts.

``import`` reads a GUS BDL export (or a sheet laid out like one) with the
same reader and checks as the import dialog: any unknown JST, non-number or
unit conflict is one sentence naming the file, row and column, and nothing
is stored. Rows of JST outside the partnership (the powiat, the voivodeship,
a neighbour) are listed as skipped.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cwd_desktop.services.app import Services


def register(sub: Any, add: Any) -> None:
    """Add the ``indicator`` command group to the top-level parser."""
    group = sub.add_parser("indicator", help="wskaźniki diagnozy: lista, import z BDL")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = add(actions, "list", cmd_list, "wskaźniki partnerstwa")
    listing.add_argument("--partnership", required=True, help="id lub skrót nazwy partnerstwa")

    imp = add(actions, "import", cmd_import, "importuj wartości z pliku BDL (XLSX, XLS, ODS, CSV)")
    imp.add_argument("file", help="plik z JST w wierszach i latami w kolumnach")
    imp.add_argument("--partnership", required=True, help="id lub skrót nazwy partnerstwa")
    imp.add_argument("--name", help="nazwa wskaźnika (domyślnie z nagłówka pliku)")
    imp.add_argument("--unit", help="jednostka, gdy plik jej nie podaje (np. osoba, %%, zł)")
    imp.add_argument("--source", help="źródło danych, np. GUS, Bank Danych Lokalnych")
    imp.add_argument("--area", help="obszar tematyczny, np. Demografia")


def _print(args: argparse.Namespace, payload: Any, text: str) -> None:
    from cwd_desktop.cli import _print as print_result

    print_result(args, payload, text)


def cmd_list(services: Services, args: argparse.Namespace) -> None:
    """Print the partnership's indicators with their unit, theme, years and number of values."""
    from cwd_desktop.services import diagnosis_reads as reads

    partnership = services.partnerships.get(args.partnership)
    found = reads.indicators(services.store, partnership.id)
    payload = [
        {
            "id": i.id,
            "name": i.name,
            "unit": i.unit,
            "area": i.area,
            "source": i.source,
            "values": i.values,
            "first_year": i.first_year,
            "last_year": i.last_year,
        }
        for i in found
    ]
    lines = []
    for info in found:
        years = f"{info.first_year}–{info.last_year}" if info.first_year else "brak lat"
        theme = f" — {info.area}" if info.area else ""
        lines.append(f"{info.title()}{theme}; wartości: {info.values} ({years})")
    _print(args, payload, "\n".join(lines) if lines else "Brak wskaźników.")


def cmd_import(services: Services, args: argparse.Namespace) -> None:
    """Import one file; print what was stored and which rows were skipped."""
    from cwd_desktop.services.indicator_import import import_file

    partnership = services.partnerships.get(args.partnership)
    plan, results = import_file(
        services,
        partnership.id,
        Path(args.file),
        name=args.name,
        unit=args.unit,
        source=args.source,
        area=args.area,
    )
    jst = sorted({m.jst.code for m in plan.matched})
    lines = []
    for result, planned in zip(results, plan.indicators, strict=True):
        unit = f" [{result.unit}]" if result.unit else ""
        years = f"{planned.years[0]}–{planned.years[-1]}" if planned.years else "—"
        verb = "Dodano wskaźnik" if result.created else "Uzupełniono wskaźnik"
        lines.append(
            f"{verb} „{result.name}”{unit}: nowe wartości {result.added}, "
            f"zmienione {result.changed}; JST: {len(jst)}, lata {years}."
        )
    for skipped in plan.skipped:
        lines.append(f"Pominięto wiersz {skipped.row} ({skipped.label}): {skipped.reason}.")
    payload = {
        "file": plan.file.name,
        "indicators": [
            {
                "id": r.indicator_id,
                "name": r.name,
                "unit": r.unit,
                "created": r.created,
                "added": r.added,
                "changed": r.changed,
                "years": p.years,
            }
            for r, p in zip(results, plan.indicators, strict=True)
        ],
        "jst": jst,
        "skipped": [{"row": s.row, "label": s.label, "reason": s.reason} for s in plan.skipped],
    }
    _print(args, payload, "\n".join(lines))
