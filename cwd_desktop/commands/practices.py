"""``practice list|add|import|export|search``: the team's knowledge base from scripts.

``list`` prints the good practices (of one theme); ``add`` stores one, with
files (``--file``, repeatable) whose text becomes searchable; ``import`` and
``export`` read and write the XLSX list; ``search`` finds practices and
documents by any word, words inside the attached DOCX, PDF and XLSX files
included, ignoring Polish diacritics.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cwd_desktop.services.app import Services


def register(sub: Any, add: Any) -> None:
    """Add the ``practice`` command group to the top-level parser."""
    group = sub.add_parser("practice", help="baza wiedzy: dobre praktyki i dokumenty")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = add(actions, "list", cmd_list, "dobre praktyki z bazy wiedzy")
    listing.add_argument("--theme", help="temat (kod lub nazwa, np. transport)")
    new = add(actions, "add", cmd_add, "nowa dobra praktyka (z plikami)")
    new.add_argument("--title", required=True, help="tytuł praktyki")
    new.add_argument(
        "--owner", help="kto ją wdrożył: kod TERYT JST, skrót partnerstwa albo dowolna nazwa"
    )
    new.add_argument("--theme", help="temat (kod lub nazwa)")
    new.add_argument("--po", help="cel polityki spójności, np. PO5")
    new.add_argument("--description", default="", help="opis")
    new.add_argument("--results", default="", help="rezultaty")
    new.add_argument("--contact", default="", help="kontakt")
    new.add_argument("--source", default="", help="źródło")
    new.add_argument(
        "--file",
        action="append",
        default=[],
        help="plik DOCX, PDF, XLSX, ODS, TXT lub MD dołączony do praktyki (można powtarzać)",
    )
    new.add_argument("--kind", default="document", help="rodzaj dołączonych plików (np. guide)")
    imp = add(actions, "import", cmd_import, "dobre praktyki z pliku XLSX")
    imp.add_argument("file", help="plik .xlsx (kolumny: Tytuł, JST / partnerstwo, TERYT, …)")
    exp = add(actions, "export", cmd_export, "dobre praktyki do pliku XLSX")
    exp.add_argument("file", help="plik .xlsx")
    find = add(actions, "search", cmd_search, "szukaj w praktykach i w treści plików")
    find.add_argument("query", help="słowa (bez polskich znaków też)")
    find.add_argument(
        "--kind",
        choices=["practice", "document"],
        help="tylko praktyki albo tylko dokumenty",
    )


def _print(args: argparse.Namespace, payload: Any, text: str) -> None:
    from cwd_desktop.cli import _print as print_result

    print_result(args, payload, text)


def _theme(value: str | None) -> str | None:
    """A theme given by code or label, as its code; a UserError when unknown."""
    if not value:
        return None
    from cwd_desktop.domain.vocab_followup import NetworkTheme
    from cwd_desktop.errors import UserError
    from cwd_desktop.i18n import QT_TRANSLATE_NOOP
    from cwd_desktop.services.knowledge import vocab_code

    code = vocab_code(NetworkTheme, value)
    if code is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "„{value}” nie jest tematem bazy wiedzy."),
            field="theme",
            value=value,
        )
    return code


def _practice_json(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "owner": row["owner"],
        "owner_teryt": row["owner_teryt"],
        "owner_partnership_id": row["owner_partnership_id"],
        "theme": row["theme"],
        "policy_objective": row["policy_objective"],
        "description": row["description"],
        "results": row["results"],
        "contact": row["contact"],
        "source": row["source"],
        "documents": row["documents"],
        "projects": row["projects"],
    }


def cmd_list(services: Services, args: argparse.Namespace) -> None:
    """Every good practice (of a theme) by title."""
    from cwd_desktop.domain.vocab import PolicyObjective
    from cwd_desktop.domain.vocab_followup import NetworkTheme
    from cwd_desktop.services import knowledge_reads as reads
    from cwd_desktop.services.project_package import vocab_label

    rows = reads.practices(services.store, _theme(args.theme))
    lines = []
    for row in rows:
        policy = vocab_label(PolicyObjective, row["policy_objective"]).split(" ")[0]
        facts = [row["owner"] or "—", vocab_label(NetworkTheme, row["theme"])]
        if policy:
            facts.append(policy)
        if row["documents"]:
            facts.append(f"pliki: {row['documents']}")
        if row["projects"]:
            facts.append(f"projekty: {row['projects']}")
        lines.append(f"{row['title']}  [{'; '.join(facts)}]  {row['id']}")
    text = "\n".join(lines) if lines else "Brak dobrych praktyk w bazie wiedzy."
    _print(args, [_practice_json(r) for r in rows], text)


def _owner(services: Services, value: str | None) -> dict[str, Any]:
    """``--owner``: a TERYT code, a partnership (id or short name), or a name as written."""
    text = (value or "").strip()
    if not text:
        return {}
    if text.isdigit():
        return {"owner_teryt": text}
    from cwd_desktop.errors import UserError

    try:
        partnership = services.partnerships.get(text)
    except UserError:
        return {"owner_name": text}
    return {"owner_partnership_id": partnership.id, "owner_name": partnership.data.short_name}


def cmd_add(services: Services, args: argparse.Namespace) -> None:
    """A new practice; its files are read first, so a bad file stores nothing at all."""
    from cwd_desktop.services import knowledge

    prepared = [knowledge.prepare_file(Path(p)) for p in args.file]
    values = {
        "title": args.title,
        "theme": args.theme,
        "policy_objective": args.po,
        "description": args.description,
        "results": args.results,
        "contact": args.contact,
        "source": args.source,
        **_owner(services, args.owner),
    }
    practice_id = knowledge.create_practice(services, {k: v for k, v in values.items() if v})
    documents = []
    try:
        for file in prepared:
            documents.append(
                knowledge.store_document(
                    services,
                    file,
                    kind=args.kind,
                    theme=values["theme"] or "other",
                    practice_id=practice_id,
                )
            )
    except BaseException:
        knowledge.delete_practice(services, practice_id)
        raise
    payload = {"id": practice_id, "title": args.title, "documents": documents}
    text = f"Dodano dobrą praktykę „{args.title}” ({practice_id})"
    if documents:
        text += f" z plikami: {len(documents)}"
    _print(args, payload, text + ".")


def cmd_import(services: Services, args: argparse.Namespace) -> None:
    """Add or update the practices of an XLSX file, all or nothing."""
    from cwd_desktop.services.knowledge_xlsx import import_practices

    result = import_practices(services, Path(args.file))
    payload = {"added": result.added, "updated": result.updated, "unchanged": result.unchanged}
    _print(
        args,
        payload,
        f"Zaimportowano dobre praktyki: nowe {result.added}, zmienione {result.updated}, "
        f"bez zmian {result.unchanged}.",
    )


def cmd_export(services: Services, args: argparse.Namespace) -> None:
    """Every practice as an XLSX list."""
    from cwd_desktop.services.knowledge_xlsx import export_practices

    path = Path(args.file)
    count = export_practices(services, path)
    _print(args, {"path": str(path), "practices": count}, f"Zapisano {count} praktyk: {path}")


def cmd_search(services: Services, args: argparse.Namespace) -> None:
    """Practices and documents matching every word, text inside the files included."""
    from cwd_desktop.services import knowledge

    kind = {"practice": "good_practice", "document": "knowledge_document"}.get(args.kind or "")
    hits = knowledge.search(services, args.query, kind)
    payload = [
        {
            "kind": "practice" if h.kind == "good_practice" else "document",
            "id": h.row_id,
            "title": h.title,
            "practice_id": h.practice_id,
            "practice_title": h.practice_title,
            "in_file": h.in_file,
            "snippet": h.snippet,
        }
        for h in hits
    ]
    lines = []
    for hit in hits:
        if hit.kind == "good_practice":
            lines.append(f"[praktyka] {hit.title}  {hit.row_id}")
        else:
            owner = f" (praktyka: {hit.practice_title})" if hit.practice_title else ""
            lines.append(f"[dokument] {hit.title}{owner}  {hit.row_id}")
        if hit.snippet:
            lines.append(f"    {'w pliku: ' if hit.in_file else ''}{hit.snippet}")
    _print(args, payload, "\n".join(lines) if lines else "Nic nie znaleziono.")
