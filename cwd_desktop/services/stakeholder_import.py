"""Importing a stakeholder register from XLSX, XLS, ODS or CSV.

Three steps, so the dialog can show each one: ``read_table`` reads the file
(a header row is required), ``plan_import`` maps and checks every row and
finds likely duplicates (within the file and against the register) without
storing anything, and ``execute`` stores the planned rows in one unit of
work: all of them or, on any error or a cancel, none.

Every problem is reported as a ``RowError`` naming the row number (as the
spreadsheet shows it, the header being row 1 when it is the first row) and
the column header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.types import new_id
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cwd_desktop.services.progress import NO_PROGRESS, Progress
from cwd_desktop.services.stakeholder_reads import Category, duplicate_key
from cwd_desktop.services.stakeholders import (
    Scope,
    StakeholderService,
    check_consent,
    contact_field,
    match_category,
    resolve_jst,
    stakeholder_field,
)
from cwd_desktop.services.tabular import (
    Table,
    first_filled_row,
    read_grid,
    table_from_grid,
)
from cwd_desktop.services.tabular import cell_text as _cell_text
from cwd_desktop.services.tabular import file_error as _file_error
from cwd_desktop.services.tabular import is_blank as _blank
from cwd_desktop.services.teryt import Jst

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

CONTEXT = "stakeholder_import"


@dataclass(frozen=True)
class ImportField:
    """A field a column can be mapped to: its key, Polish label and header aliases."""

    key: str
    label: str
    aliases: tuple[str, ...]


#: Mappable fields, in the order the dialog offers them.
FIELDS: tuple[ImportField, ...] = (
    ImportField(
        "name",
        QT_TRANSLATE_NOOP("stakeholder_import", "Nazwa"),
        (
            "nazwa",
            "nazwa interesariusza",
            "interesariusz",
            "organizacja",
            "podmiot",
            "name",
            "stakeholder",
            "organisation",
            "organization",
        ),
    ),
    ImportField(
        "category",
        QT_TRANSLATE_NOOP("stakeholder_import", "Kategoria"),
        ("kategoria", "kategoria interesariusza", "rodzaj", "typ", "category", "type"),
    ),
    ImportField(
        "teryt",
        QT_TRANSLATE_NOOP("stakeholder_import", "Kod TERYT"),
        ("kod teryt", "teryt", "kod jst", "kod gminy", "teryt code"),
    ),
    ImportField(
        "jst",
        QT_TRANSLATE_NOOP("stakeholder_import", "JST (gmina)"),
        (
            "jst",
            "gmina",
            "nazwa gminy",
            "gmina jst",
            "jst gmina",
            "samorzad",
            "municipality",
            "commune",
            "local government",
            "local government unit",
            "lgu",
        ),
    ),
    ImportField(
        "place",
        QT_TRANSLATE_NOOP("stakeholder_import", "Miejscowość / sołectwo"),
        (
            "miejscowosc",
            "solectwo",
            "miejscowosc solectwo",
            "miejsce",
            "wies",
            "place",
            "village",
            "locality",
            "town",
        ),
    ),
    ImportField(
        "influence",
        QT_TRANSLATE_NOOP("stakeholder_import", "Wpływ (1–5)"),
        ("wplyw", "sila wplywu", "influence", "power"),
    ),
    ImportField(
        "interest",
        QT_TRANSLATE_NOOP("stakeholder_import", "Zainteresowanie (1–5)"),
        ("zainteresowanie", "poziom zainteresowania", "interest"),
    ),
    ImportField(
        "notes",
        QT_TRANSLATE_NOOP("stakeholder_import", "Uwagi"),
        ("uwagi", "notatki", "opis", "komentarz", "notes", "comments", "remarks", "description"),
    ),
    ImportField(
        "contact_name",
        QT_TRANSLATE_NOOP("stakeholder_import", "Osoba kontaktowa"),
        (
            "osoba kontaktowa",
            "kontakt",
            "imie i nazwisko",
            "osoba",
            "contact",
            "contact person",
            "contact name",
        ),
    ),
    ImportField(
        "contact_role",
        QT_TRANSLATE_NOOP("stakeholder_import", "Funkcja osoby kontaktowej"),
        ("funkcja", "stanowisko", "rola", "role", "position", "function"),
    ),
    ImportField(
        "phone",
        QT_TRANSLATE_NOOP("stakeholder_import", "Telefon"),
        ("telefon", "tel", "nr telefonu", "numer telefonu", "phone", "telephone", "mobile"),
    ),
    ImportField(
        "email",
        QT_TRANSLATE_NOOP("stakeholder_import", "E-mail"),
        ("e mail", "email", "mail", "adres e mail", "adres email"),
    ),
    ImportField(
        "consent_purpose",
        QT_TRANSLATE_NOOP("stakeholder_import", "Cel zgody"),
        ("cel zgody", "zgoda", "zgoda cel", "consent", "consent purpose"),
    ),
    ImportField(
        "consent_on",
        QT_TRANSLATE_NOOP("stakeholder_import", "Data zgody"),
        ("data zgody", "zgoda data", "data udzielenia zgody", "consent date"),
    ),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)
_CONTACT_KEYS = {
    "contact_name": "name",
    "contact_role": "role",
    "phone": "phone",
    "email": "email",
    "consent_purpose": "consent_purpose",
    "consent_on": "consent_on",
}
_LABELS = {f.key: f.label for f in FIELDS}
#: A contact column's ``ContactPerson`` field → its field key.
_CONTACT_FIELDS = {v: k for k, v in _CONTACT_KEYS.items()}
#: Field key → column index.
Mapping_ = dict[str, int]


def header_key(text: str) -> str:
    """A header reduced for matching: folded, no brackets, words only."""
    folded = fold(re.sub(r"\([^)]*\)", " ", text))
    return " ".join(re.findall(r"[a-z0-9]+", folded))


_ALIASES = {header_key(a): f.key for f in FIELDS for a in f.aliases}


# -- reading ------------------------------------------------------------------------------


def read_table(path: Path) -> Table:
    """The header and data rows of the first sheet of a spreadsheet, or of a CSV file."""
    return _with_header(path, read_grid(path))


def _looks_like_data(value: Any) -> bool:
    """A header cell is text; numbers, dates, e-mails and phone numbers are data."""
    if isinstance(value, (int, float, date, datetime)) and not isinstance(value, bool):
        return True
    text = str(value).strip()
    return bool(
        re.fullmatch(r"[\d\s+\-().,]+", text) or re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text)
    )


def _with_header(path: Path, grid: list[list[Any]]) -> Table:
    start = first_filled_row(grid)
    if start is None:
        raise _file_error(path, QT_TRANSLATE_NOOP("errors", "Plik „{file}” jest pusty."))
    header = grid[start]
    known = [c for c in header if not _blank(c) and header_key(str(c)) in _ALIASES]
    if not known and any(_looks_like_data(c) for c in header if not _blank(c)):
        raise _file_error(
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "Plik „{file}” nie ma wiersza nagłówka: wiersz {row} zawiera dane "
                "(„{value}”), a pierwszy wiersz musi podawać nazwy kolumn, np. Nazwa, "
                "Kategoria, Gmina.",
            ),
            row=start + 1,
            value=next(_cell_text(c) for c in header if _looks_like_data(c)),
        )
    return table_from_grid(path, grid, start)


def guess_mapping(headers: list[str]) -> Mapping_:
    """Field key → column index, from Polish or English headers; unknown headers stay unmapped.

    An exact (folded) alias wins; otherwise a header starting with an alias
    (``Nazwa podmiotu``) is taken. Each field gets the first column that fits.
    """
    mapping: Mapping_ = {}
    keys = [header_key(h) for h in headers]
    for index, key in enumerate(keys):
        found = _ALIASES.get(key)
        if found and found not in mapping:
            mapping[found] = index
    for index, key in enumerate(keys):
        if not key or index in mapping.values():
            continue
        prefixes = [a for a in _ALIASES if key.startswith(a + " ")]
        if prefixes:
            found = _ALIASES[max(prefixes, key=len)]
            if found not in mapping:
                mapping[found] = index
    return mapping


def preview(table: Table, mapping: Mapping_, limit: int = 20) -> list[list[str]]:
    """The first ``limit`` data rows as the mapped fields' texts, in ``FIELDS`` order."""
    keys = [k for k in FIELD_KEYS if k in mapping]
    return [[_cell_text(_cell(cells, mapping[k])) for k in keys] for _, cells in table.rows[:limit]]


def _cell(cells: list[Any], index: int | None) -> Any:
    if index is None or index >= len(cells):
        return None
    return cells[index]


# -- planning -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """A problem in one cell (or row) of the file."""

    row: int
    column: str
    error: UserError

    def render(self, translate: Translate = identity) -> str:
        """``Wiersz 4, kolumna „E-mail”: „jan@” nie jest poprawnym adresem e-mail.``"""
        return translate(
            "errors", QT_TRANSLATE_NOOP("errors", "Wiersz {row}, kolumna „{column}”: {message}")
        ).format(row=self.row, column=self.column, message=self.error.render(translate))

    def as_user_error(self) -> UserError:
        """The same sentence as a UserError (raised when a stored row fails late)."""
        return UserError(
            QT_TRANSLATE_NOOP("errors", "Wiersz {row}, kolumna „{column}”: {message}"),
            field="file",
            row=self.row,
            column=self.column,
            message=self.error.render(),
        )


@dataclass(frozen=True)
class Duplicate:
    """A row that is probably already there: in the register, or earlier in the file."""

    row: int
    name: str
    jst: str
    in_register: bool
    other: str  # the register's name, or the earlier row number

    def render(self, translate: Translate = identity) -> str:
        """One line for the dialog and the CLI."""
        if self.in_register:
            template = QT_TRANSLATE_NOOP(
                "errors", "Wiersz {row}: „{name}” ({jst}) jest już w rejestrze jako „{other}”."
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors", "Wiersz {row}: „{name}” ({jst}) powtarza wiersz {other}."
            )
        jst = self.jst or translate("errors", QT_TRANSLATE_NOOP("errors", "bez JST"))
        return translate("errors", template).format(
            row=self.row, name=self.name, jst=jst, other=self.other
        )


@dataclass
class PlannedRow:
    """One file row, checked and ready to store."""

    row: int
    stakeholder: dict[str, Any]
    contact: dict[str, Any] | None
    duplicate: bool = False


@dataclass
class ImportPlan:
    """What an import would store, and why it cannot when ``errors`` is not empty."""

    table: Table
    mapping: Mapping_
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Nothing stops the import."""
        return not self.errors

    def summary_error(self, translate: Translate = identity, shown: int = 3) -> UserError:
        """All the errors as one UserError sentence (the CLI prints it)."""
        parts = "; ".join(e.render(translate).rstrip(".") for e in self.errors[:shown])
        more = len(self.errors) - shown
        if more > 0:
            return UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Nie zaimportowano pliku „{file}” ({count} błędów): {list}; i {more} innych.",
                ),
                field="file",
                file=self.table.source,
                count=len(self.errors),
                list=parts,
                more=more,
            )
        return UserError(
            QT_TRANSLATE_NOOP("errors", "Nie zaimportowano pliku „{file}”: {list}."),
            field="file",
            file=self.table.source,
            list=parts,
        )


@dataclass(frozen=True)
class ImportResult:
    """What an import stored (or, for a dry run, would store)."""

    stakeholders: int
    contacts: int
    skipped: int
    duplicates: list[Duplicate]
    dry_run: bool
    ids: list[str] = field(default_factory=list)


def plan_import(
    services: Services,
    partnership_id: str,
    table: Table,
    mapping: Mapping_ | None = None,
    progress: Progress = NO_PROGRESS,
    translate: Translate = identity,
) -> ImportPlan:
    """Map and check every row; store nothing.

    A mapping must give the name column. Category is taken by code or label
    (case and diacritics ignored; labels also in the UI language given by
    ``translate``, as an export from the English UI writes them); JST by
    TERYT code or by the name of a member gmina.
    """
    mapping = dict(guess_mapping(table.headers) if mapping is None else mapping)
    plan = ImportPlan(table, mapping)
    if "name" not in mapping:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "W pliku „{file}” nie ma kolumny z nazwą interesariusza (nagłówki: {headers}).",
            ),
            field="file",
            file=table.source,
            headers=", ".join(h for h in table.headers if h) or "—",
        )
    reads = StakeholderService(services)
    categories = reads.categories(partnership_id)
    categories += [
        Category(c.code, translate("vocab", c.label)) for c in categories if not c.custom
    ]
    members = reads.members(partnership_id)
    scope = Scope(
        frozenset(j.code for j in members),
        frozenset(c.code for c in categories if c.custom),
    )
    existing = reads.duplicate_index(partnership_id)
    seen: dict[tuple[str, str], int] = {}
    total = len(table.rows)
    for done, (number, cells) in enumerate(table.rows):
        if done % 200 == 0:
            progress.update(done, total)
        planned = _plan_row(plan, number, cells, scope, categories, members)
        if planned is None:
            continue
        plan.rows.append(planned)
        key = duplicate_key(planned.stakeholder["name"], planned.stakeholder.get("teryt"))
        jst = reads.jst_name(planned.stakeholder.get("teryt"))
        if key in existing:
            planned.duplicate = True
            plan.duplicates.append(
                Duplicate(number, planned.stakeholder["name"], jst, True, existing[key][0][1])
            )
        elif key in seen:
            planned.duplicate = True
            plan.duplicates.append(
                Duplicate(number, planned.stakeholder["name"], jst, False, str(seen[key]))
            )
        else:
            seen[key] = number
    progress.update(total, total)
    return plan


def _plan_row(
    plan: ImportPlan,
    number: int,
    cells: list[Any],
    scope: Scope,
    categories: list[Category],
    members: list[Jst],
) -> PlannedRow | None:
    """Check every mapped cell of one row; record each bad cell; None if any was bad."""
    mapping, table = plan.mapping, plan.table
    failed = False

    def value(key: str) -> Any:
        return _cell(cells, mapping.get(key))

    def fail(key: str, error: UserError) -> None:
        nonlocal failed
        failed = True
        column = table.column_name(mapping[key]) if key in mapping else _LABELS[key]
        plan.errors.append(RowError(number, column, error))

    raw: dict[str, Any] = {"name": _cell_text(value("name"))}
    for key in ("place", "notes", "influence", "interest"):
        if key in mapping and not _blank(value(key)):
            raw[key] = _cell_text(value(key)) if key in ("place", "notes") else value(key)
    category = _cell_text(value("category"))
    if category:
        code = match_category(category, categories)
        if code is None:
            fail("category", _unknown_category(category))
        else:
            raw["category"] = code
    jst_key = "teryt" if not _blank(value("teryt")) else "jst"
    if not _blank(value(jst_key)):
        try:
            raw["teryt"] = resolve_jst(value(jst_key), members)
        except UserError as exc:
            fail(jst_key, exc)
    stakeholder: dict[str, Any] = {}
    for key, item in raw.items():
        try:
            stakeholder[key] = stakeholder_field(scope, key, item)
        except UserError as exc:
            fail("jst" if key == "teryt" and jst_key == "jst" else key, exc)
    contact = _plan_contact(value, fail)
    return None if failed else PlannedRow(number, stakeholder, contact)


def _plan_contact(value: Any, fail: Any) -> dict[str, Any] | None:
    """The contact person of a row, if any contact cell is filled in."""
    given = {key: value(key) for key in _CONTACT_KEYS if not _blank(value(key))}
    if not given:
        return None
    contact: dict[str, Any] = {}
    for key, target in _CONTACT_KEYS.items():
        if key in given or key == "contact_name":
            try:
                contact[target] = contact_field(target, given.get(key, ""))
            except UserError as exc:
                fail(key, exc)
    try:
        check_consent(contact)
    except UserError as exc:
        fail(_CONTACT_FIELDS.get(exc.field or "", "consent_on"), exc)
    return contact


def _unknown_category(text: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("errors", "Nieznana kategoria interesariusza: „{value}”."),
        field="category",
        value=text,
    )


# -- storing ---------------------------------------------------------------------------------


def execute(
    services: Services,
    partnership_id: str,
    plan: ImportPlan,
    *,
    skip_duplicates: bool = False,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Store the planned rows in one unit of work; refuse a plan with errors.

    Every row passes the same validators as an edit in the table. A cancel
    (``Progress``) or any error rolls the whole import back.
    """
    if not plan.ok:
        raise plan.summary_error()
    rows = [r for r in plan.rows if not (skip_duplicates and r.duplicate)]
    skipped = len(plan.rows) - len(rows)
    contacts = sum(1 for r in rows if r.contact is not None)
    if dry_run:
        return ImportResult(len(rows), contacts, skipped, plan.duplicates, True)
    from cwd_desktop.domain.stakeholder import ContactPerson, Stakeholder
    from cwd_desktop.services.records import Check
    from cwd_desktop.services.stakeholders import validate_contact, validate_stakeholder

    ids: list[str] = []
    total = len(rows)
    with services.store.unit_of_work() as session:
        for done, planned in enumerate(rows):
            if done % 100 == 0:
                progress.update(done, total)
            check = Check(session, partnership_id, {}, True)
            try:
                values = validate_stakeholder(check, dict(planned.stakeholder))
            except UserError as exc:
                key = exc.field or "name"
                if key == "teryt" and key not in plan.mapping:
                    key = "jst"
                column = (
                    plan.table.column_name(plan.mapping[key])
                    if key in plan.mapping
                    else _LABELS.get(key, key)
                )
                raise RowError(planned.row, column, exc).as_user_error() from exc
            row_id = new_id()
            session.add(Stakeholder(id=row_id, partnership_id=partnership_id, **values))
            ids.append(row_id)
            if planned.contact is not None:
                session.flush()
                contact = validate_contact(check, {**planned.contact, "stakeholder_id": row_id})
                session.add(ContactPerson(id=new_id(), partnership_id=partnership_id, **contact))
        progress.update(total, total)
    return ImportResult(len(rows), contacts, skipped, plan.duplicates, False, ids)


def import_file(
    services: Services,
    partnership_id: str,
    path: Path,
    *,
    mapping: Mapping_ | None = None,
    skip_duplicates: bool = False,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ImportResult:
    """Read, check and store a register file in one go (the CLI's path)."""
    plan = plan_import(services, partnership_id, read_table(path), mapping, progress)
    return execute(
        services,
        partnership_id,
        plan,
        skip_duplicates=skip_duplicates,
        dry_run=dry_run,
        progress=progress,
    )
