"""``project list|export-xlsx``: the project package from scripts.

``list`` prints each project with its cost, policy objective and status
(``--json`` for scripts, with the funding sum and a warning where it does
not add up to the cost); ``export-xlsx`` writes the package workbook the
office hands to whoever prepares the applications.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cwd_desktop.services.app import Services


def register(sub: Any, add: Any) -> None:
    """Add the ``project`` command group to the top-level parser."""
    group = sub.add_parser("project", help="pakiet projektów")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = add(actions, "list", cmd_list, "projekty pakietu z kosztem, celem PO i statusem")
    listing.add_argument("--partnership", required=True, help="id lub skrót nazwy partnerstwa")
    export = add(actions, "export-xlsx", cmd_export_xlsx, "pakiet projektów do pliku XLSX")
    export.add_argument("--partnership", required=True, help="id lub skrót nazwy partnerstwa")
    export.add_argument("-o", "--output", required=True, help="plik .xlsx")


def _print(args: argparse.Namespace, payload: Any, text: str) -> None:
    from cwd_desktop.cli import _print as print_result

    print_result(args, payload, text)


def cmd_list(services: Services, args: argparse.Namespace) -> None:
    """The partnership's projects by number."""
    from cwd_desktop.domain.vocab import PolicyObjective, ProjectStatus
    from cwd_desktop.services import project_package as package

    partnership = services.partnerships.get(args.partnership)
    rows = package.project_source(services.store, partnership.id)("", 0, 1 << 30)
    payload = []
    lines = []
    for row in rows:
        warning = package.funding_warning(row["cost"], row["funding"])
        payload.append(
            {
                "id": row["id"],
                "number": row["number"],
                "title": row["title"],
                "leader_teryt": row["leader_teryt"],
                "leader": row["leader"],
                "cost": row["cost"],
                "funding": row["funding"],
                "policy_objective": row["policy_objective"],
                "thematic_area": row["thematic_area"],
                "status": row["status"],
                "readiness": row["readiness"],
                "is_key": row["is_key"],
                "start_on": row["start_on"].isoformat() if row["start_on"] else None,
                "end_on": row["end_on"].isoformat() if row["end_on"] else None,
                "funding_warning": warning or None,
            }
        )
        key = " [projekt kluczowy]" if row["is_key"] else ""
        policy = package.vocab_label(PolicyObjective, row["policy_objective"]).split(" ")[0]
        status = package.vocab_label(ProjectStatus, row["status"])
        lines.append(
            f"{row['number']:>3}. {row['title']}{key}  "
            f"[{row['leader'] or '—'}; {package.amount_text(row['cost'])} zł; {policy}; {status}]"
            f"  {row['id']}"
        )
        if warning:
            lines.append(f"     ! {warning}")
    text = "\n".join(lines) if lines else f"Brak projektów w {partnership.data.short_name}."
    _print(args, payload, text)


def cmd_export_xlsx(services: Services, args: argparse.Namespace) -> None:
    """The partnership's project package as XLSX."""
    from cwd_desktop.exports.xlsx.projects import export_package

    partnership = services.partnerships.get(args.partnership)
    path = Path(args.output)
    count = export_package(services.store, partnership.id, path)
    _print(
        args,
        {"path": str(path), "projects": count},
        f"Zapisano pakiet projektów (projekty: {count}): {path}",
    )
