"""The stakeholder register: its rules and its use cases.

Rules are pure functions (``clean_stakeholder``, ``clean_contact``, …) so the
importer can check a whole file before storing anything; the validators
registered here for ``Records`` apply the same functions to every edit made
in the GUI or the CLI. Reads are in ``stakeholder_reads`` (plain sqlite3,
usable before the ORM is loaded); ``StakeholderService`` adds the writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import StakeholderCategory
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.records import Check, parse_date, register_validator
from cwd_desktop.services.stakeholder_reads import (
    Category,
    StakeholderReads,
    builtin_categories,
)
from cwd_desktop.services.teryt import Jst, match_jst

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cwd_desktop.services.app import Services

BUILTIN_CODES = frozenset(c.value for c in StakeholderCategory)
SCORE_MIN, SCORE_MAX = 1, 5
NAME_MAX, PLACE_MAX, CATEGORY_MAX = 300, 200, 120
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_PHONE_CHARS = re.compile(r"^[\d\s+\-()]+$")


@dataclass(frozen=True)
class Scope:
    """What a partnership allows: its member JST and its own category ids."""

    members: frozenset[str]
    custom_categories: frozenset[str]


# -- pure rules -------------------------------------------------------------------------


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def clean_score(value: Any, field: str) -> int:
    """An influence or interest score: an integer 1–5 (``3``, ``"3"``, ``3.0``)."""
    message = (
        QT_TRANSLATE_NOOP("errors", "Wpływ musi być liczbą całkowitą od 1 do 5 (podano „{value}”).")
        if field == "influence"
        else QT_TRANSLATE_NOOP(
            "errors", "Zainteresowanie musi być liczbą całkowitą od 1 do 5 (podano „{value}”)."
        )
    )
    number: float | None
    try:
        number = float(str(value).strip().replace(",", ".")) if value not in (None, "") else None
    except ValueError:
        number = None
    if number is None or not number.is_integer() or not SCORE_MIN <= number <= SCORE_MAX:
        raise UserError(message, field=field, value=_text(value))
    return int(number)


def clean_email(value: Any) -> str:
    """An e-mail address, or "" when none is given."""
    email = _text(value)
    if email and not _EMAIL.match(email):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "„{value}” nie jest poprawnym adresem e-mail."),
            field="email",
            value=email,
        )
    return email


def clean_phone(value: Any) -> str:
    """A phone number of 9–15 digits, with spaces, +, - and brackets allowed; or ""."""
    phone = _text(value)
    if isinstance(value, float) and value.is_integer():
        phone = str(int(value))  # a number cell of a spreadsheet
    digits = sum(ch.isdigit() for ch in phone)
    if phone and (not _PHONE_CHARS.match(phone) or not 9 <= digits <= 15):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "„{value}” nie jest poprawnym numerem telefonu "
                "(9–15 cyfr; dozwolone spacje, +, - i nawiasy).",
            ),
            field="phone",
            value=phone,
        )
    return phone


def _limited(value: Any, field: str, limit: int) -> str:
    result = _text(value)
    if len(result) > limit:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Tekst jest za długi: najwyżej {limit} znaków."),
            field=field,
            limit=limit,
        )
    return result


def stakeholder_field(scope: Scope, name: str, value: Any) -> Any:
    """One stakeholder field, checked and normalised; a UserError names the field."""
    if name == "name":
        text = _limited(value, name, NAME_MAX)
        if not text:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Podaj nazwę interesariusza."), field=name)
        return text
    if name == "category":
        code = _text(value)
        if code not in BUILTIN_CODES and code not in scope.custom_categories:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Nieznana kategoria interesariusza: „{value}”."),
                field=name,
                value=code,
            )
        return code
    if name == "teryt":
        teryt = _text(value) or None
        if teryt is not None and teryt not in scope.members:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "JST o kodzie {code} nie należy do partnerstwa."),
                field=name,
                code=teryt,
            )
        return teryt
    if name == "place":
        return _limited(value, name, PLACE_MAX)
    if name in ("influence", "interest"):
        return clean_score(value, name)
    if name == "notes":
        return _text(value)
    return value


def clean_stakeholder(scope: Scope, changes: Mapping[str, Any], is_new: bool) -> dict[str, Any]:
    """Checked and normalised stakeholder fields; a UserError names the first bad field.

    A new stakeholder needs a name; its category defaults to "inne".
    """
    if is_new and "name" not in changes:
        changes = {"name": "", **changes}
    out = {name: stakeholder_field(scope, name, value) for name, value in changes.items()}
    if is_new:
        out.setdefault("category", StakeholderCategory.OTHER.value)
    return out


def contact_field(name: str, value: Any) -> Any:
    """One contact person field, checked and normalised (consent is checked as a whole)."""
    if name == "name":
        text = _limited(value, name, 200)
        if not text:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Podaj imię i nazwisko osoby kontaktowej."),
                field=name,
            )
        return text
    if name == "role":
        return _limited(value, name, 200)
    if name == "phone":
        return clean_phone(value)
    if name == "email":
        return clean_email(value)
    if name == "consent_purpose":
        return _limited(value, name, 300)
    if name in ("consent_on", "consent_withdrawn_on"):
        return parse_date(value, name)
    return value


def check_consent(contact: Mapping[str, Any]) -> None:
    """A purpose needs the date consent was given; a withdrawal needs it and cannot precede it."""
    given, withdrawn = contact.get("consent_on"), contact.get("consent_withdrawn_on")
    if contact.get("consent_purpose") and given is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Podaj datę udzielenia zgody na cel „{purpose}”."),
            field="consent_on",
            purpose=contact["consent_purpose"],
        )
    if withdrawn is not None and given is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Wycofanie zgody wymaga daty jej udzielenia."),
            field="consent_on",
        )
    if withdrawn is not None and given is not None and withdrawn < given:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Data wycofania zgody ({withdrawn}) nie może być wcześniejsza "
                "niż data jej udzielenia ({given}).",
            ),
            field="consent_withdrawn_on",
            withdrawn=withdrawn.strftime("%d.%m.%Y"),
            given=given.strftime("%d.%m.%Y"),
        )


def clean_contact(current: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Checked contact fields; the consent record is checked on the merged row.

    ``current`` is the stored row ({} for a new person, who needs a name).
    """
    if not current and "name" not in changes:
        changes = {"name": "", **changes}
    out = {name: contact_field(name, value) for name, value in changes.items()}
    check_consent({**current, **out})
    return out


def category_aliases(category: Category) -> set[str]:
    """Folded texts naming a category: code, label, and the label's parts.

    ``OSP (ochotnicza straż pożarna)`` is found as ``osp``, ``OSP`` or
    ``ochotnicza straz pozarna``; ``stowarzyszenie / fundacja (NGO)`` also as
    ``fundacja`` or ``NGO``.
    """
    found = {category.code, category.label}
    head, _, tail = category.label.partition("(")
    found.update({head, tail.rstrip(")")})
    for part in list(found):
        found.update(part.split("/"))
    return {" ".join(fold(p).split()) for p in found if p.strip()}


def match_category(value: str, categories: Iterable[Category]) -> str | None:
    """The code of the category named by ``value`` (code or label, any case/diacritics)."""
    wanted = " ".join(fold(value).split())
    if not wanted:
        return None
    return next((c.code for c in categories if wanted in category_aliases(c)), None)


# -- validators for Records -------------------------------------------------------------


def _scope(session: Session, partnership_id: str) -> Scope:
    cache: dict[str, Scope] = session.info.setdefault("stakeholder_scope", {})
    if partnership_id not in cache:
        members = session.execute(
            text(
                "SELECT teryt FROM partnership_jst WHERE partnership_id = :p AND deleted_at IS NULL"
            ),
            {"p": partnership_id},
        ).scalars()
        custom = session.execute(
            text(
                "SELECT id FROM stakeholder_category"
                " WHERE partnership_id = :p AND deleted_at IS NULL"
            ),
            {"p": partnership_id},
        ).scalars()
        cache[partnership_id] = Scope(frozenset(members), frozenset(custom))
    return cache[partnership_id]


@register_validator("stakeholder")
def validate_stakeholder(check: Check, changes: dict[str, Any]) -> dict[str, Any]:
    """Rules of a stakeholder row (see ``clean_stakeholder``)."""
    return clean_stakeholder(_scope(check.session, check.partnership_id), changes, check.is_new)


@register_validator("contact_person")
def validate_contact(check: Check, changes: dict[str, Any]) -> dict[str, Any]:
    """Rules of a contact person; it must belong to a live stakeholder of the partnership."""
    clean = clean_contact(check.current, changes)
    if check.is_new or "stakeholder_id" in clean:
        found = check.session.execute(
            text(
                "SELECT 1 FROM stakeholder WHERE id = :id AND partnership_id = :p"
                " AND deleted_at IS NULL"
            ),
            {"id": clean.get("stakeholder_id"), "p": check.partnership_id},
        ).first()
        if found is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "Osoba kontaktowa musi należeć do interesariusza tego partnerstwa."
                ),
                field="stakeholder_id",
            )
    return clean


@register_validator("stakeholder_category")
def validate_category(check: Check, changes: dict[str, Any]) -> dict[str, Any]:
    """A custom category needs a name not already used by a category of the partnership."""
    clean = dict(changes)
    if "name" in changes or check.is_new:
        name = " ".join(_text(changes.get("name")).split())
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("errors", "Podaj nazwę kategorii."), field="name")
        if len(name) > CATEGORY_MAX:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Tekst jest za długi: najwyżej {limit} znaków."),
                field="name",
                limit=CATEGORY_MAX,
            )
        rows = check.session.execute(
            text(
                "SELECT id, name FROM stakeholder_category"
                " WHERE partnership_id = :p AND deleted_at IS NULL"
            ),
            {"p": check.partnership_id},
        ).all()
        existing = [c for c in builtin_categories() if c.code != check.current.get("id")]
        existing += [Category(r[0], r[1], True) for r in rows if r[0] != check.current.get("id")]
        if match_category(name, existing) is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Kategoria „{name}” już istnieje."),
                field="name",
                name=name,
            )
        clean["name"] = name
    return clean


# -- use cases ------------------------------------------------------------------------------


class StakeholderService(StakeholderReads):
    """The register's reads plus its changes, each one unit of work through ``Records``."""

    def __init__(self, services: Services) -> None:
        super().__init__(services.store, services.teryt)
        self._services = services

    def add(self, partnership_id: str, values: Mapping[str, Any]) -> str:
        """Store a new stakeholder; return its id."""
        return self._services.records.create("stakeholder", partnership_id, values)

    def update(self, stakeholder_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change fields of a stakeholder; return their previous values."""
        return self._services.records.update("stakeholder", stakeholder_id, changes)

    def delete(self, stakeholder_id: str) -> None:
        """Tombstone a stakeholder (undo with ``restore``)."""
        self._services.records.delete("stakeholder", stakeholder_id)

    def restore(self, stakeholder_id: str) -> None:
        """Bring back a tombstoned stakeholder."""
        self._services.records.restore("stakeholder", stakeholder_id)

    def add_category(self, partnership_id: str, name: str) -> str:
        """Add a custom category to the partnership; return its id (its code)."""
        return self._services.records.create("stakeholder_category", partnership_id, {"name": name})

    def add_contact(self, stakeholder_id: str, values: Mapping[str, Any]) -> str:
        """Add a contact person to a stakeholder; return its id."""
        owner = self.get(stakeholder_id)
        return self._services.records.create(
            "contact_person", owner.partnership_id, {**values, "stakeholder_id": stakeholder_id}
        )

    def update_contact(self, contact_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change fields of a contact person; return their previous values."""
        return self._services.records.update("contact_person", contact_id, changes)

    def remove_contact(self, contact_id: str) -> None:
        """Erase a contact person: the personal data is blanked at once (GDPR)."""
        self._services.records.delete("contact_person", contact_id)

    def category_code(self, partnership_id: str, value: str) -> str:
        """The code of a category given by code or label; a UserError if unknown."""
        code = match_category(value, self.categories(partnership_id))
        if code is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Nieznana kategoria interesariusza: „{value}”."),
                field="category",
                value=value.strip(),
            )
        return code

    def jst_code(self, partnership_id: str, value: str) -> str | None:
        """The member JST named by a code or a name; None for ""; a UserError otherwise."""
        if not value.strip():
            return None
        return resolve_jst(value, self.members(partnership_id))


def resolve_jst(value: Any, members: list[Jst]) -> str:
    """The code of the one member JST ``value`` names; a UserError if none or several."""
    hits = match_jst(value, members)
    shown = _text(value)
    if not hits:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "„{value}” nie jest JST należącą do partnerstwa."),
            field="teryt",
            value=shown,
        )
    if len(hits) > 1:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Nazwa „{value}” jest niejednoznaczna: podaj kod TERYT ({codes})."
            ),
            field="teryt",
            value=shown,
            codes=", ".join(j.code for j in hits),
        )
    return hits[0].code
