"""The list of good practices as an XLSX workbook: export, and import all or nothing.

Columns: Tytuł, JST / partnerstwo, TERYT, Temat, Cel polityki (PO), Opis,
Rezultaty, Kontakt, Źródło. Import finds them by name in the first filled row
(in any order, case or diacritics; ``Tytuł`` is the one required), takes themes
and policy objectives by label or code, and checks every row with the same
validator as the page before anything is written: a bad row is refused with
one sentence naming the row and column, and nothing is imported. A practice
already in the base (same title and owner, compared without case and
diacritics) is updated, not added again, so importing the same file twice
changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook

from cwd_desktop.domain.scope import TEAM_SCOPE
from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import PolicyObjective, label
from cwd_desktop.domain.vocab_followup import NetworkTheme
from cwd_desktop.errors import UserError
from cwd_desktop.exports.xlsx.sheet import add_sheet, cells, discard, save
from cwd_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cwd_desktop.services import knowledge_reads
from cwd_desktop.services.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

CONTEXT = "PracticesXlsx"
SHEET = QT_TRANSLATE_NOOP("PracticesXlsx", "Dobre praktyki")
#: (field, Polish header, width), in the file's column order.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("title", QT_TRANSLATE_NOOP("PracticesXlsx", "Tytuł"), 40),
    ("owner_name", QT_TRANSLATE_NOOP("PracticesXlsx", "JST / partnerstwo"), 26),
    ("owner_teryt", QT_TRANSLATE_NOOP("PracticesXlsx", "TERYT"), 10),
    ("theme", QT_TRANSLATE_NOOP("PracticesXlsx", "Temat"), 26),
    ("policy_objective", QT_TRANSLATE_NOOP("PracticesXlsx", "Cel polityki (PO)"), 24),
    ("description", QT_TRANSLATE_NOOP("PracticesXlsx", "Opis"), 60),
    ("results", QT_TRANSLATE_NOOP("PracticesXlsx", "Rezultaty"), 40),
    ("contact", QT_TRANSLATE_NOOP("PracticesXlsx", "Kontakt"), 28),
    ("source", QT_TRANSLATE_NOOP("PracticesXlsx", "Źródło"), 30),
)
#: Other names people give these columns (folded, letters and digits only).
_ALIASES = {
    "title": ("tytul", "tytulpraktyki", "nazwa", "nazwapraktyki", "dobrapraktyka", "praktyka"),
    "owner_name": ("jstpartnerstwo", "jst", "partnerstwo", "jstlubpartnerstwo", "wnioskodawca"),
    "owner_teryt": ("teryt", "kodteryt"),
    "theme": ("temat", "tematyka", "obszar"),
    "policy_objective": ("celpolitykipo", "celpolityki", "po", "celpolitykispojnosci"),
    "description": ("opis", "opispraktyki"),
    "results": ("rezultaty", "efekty", "rezultat"),
    "contact": ("kontakt", "osobakontaktowa"),
    "source": ("zrodlo", "zrodla", "link"),
}
_WRAP = (0, 5, 6, 7, 8)


def _header_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text))


def header_of(field: str) -> str:
    """The Polish header of a field's column."""
    return next(h for f, h, _ in COLUMNS if f == field)


# -- export ------------------------------------------------------------------------------------


def export_practices(
    services: Services,
    path: Path,
    translate: Translate = identity,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write every live practice (by title) to ``path``; return how many."""
    rows = knowledge_reads.practices(services.store)
    workbook = Workbook(write_only=True)
    try:
        sheet = add_sheet(
            workbook,
            translate(CONTEXT, SHEET),
            tuple((h, w) for _, h, w in COLUMNS),
            translate,
            CONTEXT,
        )
        for number, row in enumerate(rows):
            progress.update(number, len(rows))
            values = {
                **row,
                "owner_name": knowledge_reads.owner_label(row),
                "theme": _label(NetworkTheme, row["theme"], translate),
                "policy_objective": _label(PolicyObjective, row["policy_objective"], translate),
            }
            sheet.append(cells(sheet, [values[f] or "" for f, _, _ in COLUMNS], wrap=_WRAP))
        save(workbook, Path(path))
    except BaseException:
        discard(workbook)
        raise
    return len(rows)


def _label(enum: Any, code: str | None, translate: Translate) -> str:
    if not code:
        return ""
    try:
        return translate("vocab", label(enum(code)))
    except ValueError:
        return code


# -- import ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    added: int
    updated: int
    unchanged: int


def _row_error(path: Path, row: int, column: str, error: UserError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("errors", "Plik „{file}”, wiersz {row}, kolumna „{column}”: {message}"),
        field="file",
        file=path.name,
        row=row,
        column=column,
        message=error.render(),
    )


def _columns(
    path: Path, headers: list[str], header_row: int, translate: Translate = identity
) -> dict[str, int]:
    """field -> column index, from the header row; a UserError without a title column.

    Headers exported in the UI's language (``translate``) are known too, so a
    list exported from the English UI imports back.
    """
    aliases_of = {
        field: (*_ALIASES[field], _header_key(translate(CONTEXT, header)))
        for field, header, _ in COLUMNS
    }
    found: dict[str, int] = {}
    for index, text in enumerate(headers):
        key = _header_key(text)
        for field, aliases in aliases_of.items():
            if field not in found and key and key in aliases:
                found[field] = index
    if "title" not in found:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "W pliku „{file}” brakuje kolumny „Tytuł” (szukano jej w wierszu {row}, "
                "pierwszym wypełnionym); nic nie zaimportowano.",
            ),
            field="file",
            file=path.name,
            row=header_row,
        )
    return found


def import_practices(
    services: Services,
    path: Path,
    progress: Progress = NO_PROGRESS,
    translate: Translate = identity,
) -> ImportResult:
    """Add or update the practices listed in ``path`` (XLSX, ODS, XLS or CSV), all or nothing.

    ``translate`` is the UI's translator: headers and theme or PO labels in its
    language (as ``export_practices`` wrote them) are read like the Polish ones.
    """
    from sqlalchemy import select

    from cwd_desktop.domain.knowledge import GoodPractice
    from cwd_desktop.domain.types import new_id
    from cwd_desktop.services.knowledge import check_practice
    from cwd_desktop.services.records import Check, row_values
    from cwd_desktop.services.tabular import cell_text, first_filled_row, read_grid, table_from_grid

    path = Path(path)
    grid = read_grid(path)
    start = first_filled_row(grid)
    if start is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Plik „{file}” jest pusty."), field="file", file=path.name
        )
    table = table_from_grid(path, grid, start)
    columns = _columns(path, table.headers, table.header_row, translate)
    # Theme and PO labels of the UI's language, folded, to their codes.
    translated = {
        field: {fold(translate("vocab", label(m))): m.value for m in enum}
        for field, enum in (("theme", NetworkTheme), ("policy_objective", PolicyObjective))
    }
    added = updated = unchanged = 0
    # An export names the owner by JST or partnership when no owner name was typed.
    labels = {
        r["id"]: knowledge_reads.owner_label(r) for r in knowledge_reads.practices(services.store)
    }
    with services.store.unit_of_work() as session:
        known: dict[tuple[str, str], Any] = {}
        for practice in session.scalars(
            select(GoodPractice).where(GoodPractice.deleted_at.is_(None))
        ):
            known[_key(practice.title, practice.owner_name)] = practice
            known.setdefault(_key(practice.title, labels.get(practice.id, "")), practice)
        seen: dict[tuple[str, str], int] = {}
        for position, (number, cells_) in enumerate(table.rows):
            progress.update(position, len(table.rows))
            values = {
                field: cell_text(cells_[index]) if index < len(cells_) else ""
                for field, index in columns.items()
            }
            if not any(values.values()):
                continue
            for field, codes in translated.items():
                code = codes.get(fold(values.get(field, "")))
                if code is not None:
                    values[field] = code

            def checked(check: Check, changes: dict[str, Any], row: int = number) -> dict[str, Any]:
                try:
                    return check_practice(check, dict(changes))
                except UserError as exc:
                    field = exc.field if exc.field in columns else "title"
                    raise _row_error(path, row, table.column_name(columns[field]), exc) from exc

            clean = checked(Check(session, TEAM_SCOPE, {}, True), values)
            key = _key(clean["title"], clean.get("owner_name", ""))
            if key in seen:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Plik „{file}”, wiersz {row}: praktyka „{title}” powtarza wiersz "
                        "{other}; nic nie zaimportowano.",
                    ),
                    field="file",
                    file=path.name,
                    row=number,
                    title=clean["title"],
                    other=seen[key],
                )
            seen[key] = number
            existing = known.get(key)
            if existing is None:
                session.add(GoodPractice(id=new_id(), partnership_id=TEAM_SCOPE, **clean))
                added += 1
                continue
            current = row_values(existing)
            # Title and owner are what matched: spelled differently, they are kept as stored.
            changes = {
                f: v
                for f, v in clean.items()
                if current.get(f) != v
                and not (f in ("title", "owner_name") and _key(v, "") == _key(current[f], ""))
            }
            if not changes:
                unchanged += 1
                continue
            for field, value in checked(
                Check(session, TEAM_SCOPE, current, False), changes
            ).items():
                setattr(existing, field, value)
            updated += 1
    return ImportResult(added, updated, unchanged)


def _key(title: str, owner: str | None) -> tuple[str, str]:
    return (fold(" ".join(str(title).split())), fold(" ".join(str(owner or "").split())))
