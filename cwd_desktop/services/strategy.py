"""The strategy editor's writes: validators for its tables and the few multi-step changes.

Every field is written through ``services.records`` (so undo, sync and the
search index see it); the validators below run before each write and refuse
a bad value with one Polish sentence naming it: an empty objective title, a
dimension that is none of the three, a negative amount, a target year before
the strategy's period begins, an image file that is no PNG or JPEG.

``StrategyService`` adds what is more than one field: the partnership's
strategy row created on first use (its type taken from the partnership),
objectives, directions and results numbered in turn, and images stored in
the blob store by content hash. Reads are in ``strategy_reads`` (plain SQL),
the compliance check in ``strategy_compliance``.

This module loads SQLAlchemy (through ``services.records``), so the GUI
imports it lazily.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from cwd_desktop.domain.vocab import Dimension, FundingSource, StrategyType
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services import strategy_reads as reads
from cwd_desktop.services.blobs import BlobStore
from cwd_desktop.services.records import Check, register_validator
from cwd_desktop.services.strategy_reads import DEFAULT_TITLES

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services

_SHA256 = re.compile(r"[0-9a-f]{64}")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f']")
YEAR_MIN, YEAR_MAX = 2000, 2100
MAX_TITLE = 400
MAX_HORIZON = 40
#: The first bytes of the image formats Word and the page accept.
IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


# -- value checks ---------------------------------------------------------------------------


def _strip(values: dict[str, Any], *fields: str) -> None:
    for name in fields:
        if name in values:
            values[name] = str(values[name] or "").strip()


def _required(values: dict[str, Any], check: Check, name: str, message: str) -> None:
    """Strip ``name``; refuse it empty on a new row or when it is being changed."""
    if name in values:
        values[name] = str(values[name] or "").strip()
        if not values[name]:
            raise UserError(message, field=name)
    elif check.is_new:
        raise UserError(message, field=name)


def _max_length(values: dict[str, Any], name: str, limit: int, what: str) -> None:
    if len(str(values.get(name) or "")) > limit:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "{what} może mieć najwyżej {limit} znaków."),
            field=name,
            what=what,
            limit=limit,
        )


def parse_number(value: Any, name: str, what: str) -> float | None:
    """A number from a float, an int or text such as "1 234,5"; empty is None."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "„{value}” nie jest liczbą ({what})."),
            field=name,
            value=value,
            what=what,
        )
    if isinstance(value, (int, float)):
        return float(value)
    cleaned = _SPACES.sub("", str(value)).replace(",", ".")
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "„{value}” nie jest liczbą ({what})."),
            field=name,
            value=str(value).strip(),
            what=what,
        ) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "„{value}” nie jest liczbą ({what})."),
            field=name,
            value=str(value).strip(),
            what=what,
        )
    return number


def _whole(value: Any, name: str, what: str) -> int | None:
    number = parse_number(value, name, what)
    if number is None:
        return None
    if number != int(number):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "{what} musi być liczbą całkowitą, a nie {value}."),
            field=name,
            what=what,
            value=str(value).strip(),
        )
    return int(number)


def _number_field(values: dict[str, Any], name: str, what: str, default: int = 1) -> None:
    """An ordinal (objective or direction number) from 1 to 99."""
    if name not in values:
        return
    number = _whole(values[name], name, what)
    if number is None:
        number = default
    if not 1 <= number <= 99:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "{what} musi być liczbą od 1 do 99, a nie {value}."),
            field=name,
            what=what,
            value=number,
        )
    values[name] = number


def horizon_years(horizon: str) -> tuple[int | None, int | None]:
    """(first, last) year of a period such as "2021–2030"; one year is the last one."""
    years = [int(y) for y in _YEAR.findall(horizon or "")]
    if len(years) >= 2:
        return years[0], years[-1]
    if len(years) == 1:
        return None, years[0]
    return None, None


def _live(check: Check, table: str, row_id: Any, name: str, message: str) -> str:
    """An id that must be a live row of ``table`` in the same partnership."""
    found_id = str(row_id or "").strip()
    found = None
    if found_id:
        found = check.session.execute(
            text(
                f"SELECT 1 FROM {table} WHERE id = :id AND partnership_id = :p"
                " AND deleted_at IS NULL"
            ),
            {"id": found_id, "p": check.partnership_id},
        ).first()
    if found is None:
        raise UserError(message, field=name)
    return found_id


def _strategy_horizon(check: Check) -> str:
    row = check.session.execute(
        text(
            "SELECT horizon FROM strategy WHERE partnership_id = :p AND deleted_at IS NULL"
            " ORDER BY rowid LIMIT 1"
        ),
        {"p": check.partnership_id},
    ).first()
    return str(row[0] or "") if row is not None else ""


# -- validators -----------------------------------------------------------------------------


@register_validator("strategy")
def validate_strategy(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """Texts stripped; a known type; a title and a period of sensible length, in order."""
    _strip(values, *(f for f in reads.TEXT_FIELDS if f in values))
    if "type" in values or check.is_new:
        kind = str(values.get("type") or StrategyType.SUPRALOCAL.value)
        if kind not in {t.value for t in StrategyType}:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "„{value}” nie jest rodzajem strategii (ponadlokalna, ZIT, IIT)."
                ),
                field="type",
                value=kind,
            )
        values["type"] = kind
    _max_length(values, "title", MAX_TITLE, QT_TRANSLATE_NOOP("errors", "Tytuł strategii"))
    _max_length(values, "horizon", MAX_HORIZON, QT_TRANSLATE_NOOP("errors", "Okres strategii"))
    if "horizon" in values:
        first, last = horizon_years(values["horizon"])
        if first is not None and last is not None and last < first:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Okres strategii kończy się ({last}) wcześniej, niż się zaczyna ({first}).",
                ),
                field="horizon",
                first=first,
                last=last,
            )
    return values


@register_validator("strategic_objective")
def validate_objective(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A title, one of the three dimensions, a number from 1 to 99."""
    _required(
        values, check, "title", QT_TRANSLATE_NOOP("errors", "Podaj tytuł celu strategicznego.")
    )
    _max_length(values, "title", MAX_TITLE, QT_TRANSLATE_NOOP("errors", "Tytuł celu"))
    _strip(values, "description")
    if "dimension" in values or check.is_new:
        dimension = str(values.get("dimension") or Dimension.SOCIAL.value)
        if dimension not in {d.value for d in Dimension}:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "„{value}” nie jest wymiarem celu (społeczny, gospodarczy, przestrzenny).",
                ),
                field="dimension",
                value=dimension,
            )
        values["dimension"] = dimension
    _number_field(values, "number", QT_TRANSLATE_NOOP("errors", "Numer celu"))
    return values


@register_validator("action_direction")
def validate_direction(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A title, a live objective of the same partnership, a number from 1 to 99."""
    if "objective_id" in values or check.is_new:
        values["objective_id"] = _live(
            check,
            "strategic_objective",
            values.get("objective_id"),
            "objective_id",
            QT_TRANSLATE_NOOP("errors", "Kierunek działań musi należeć do istniejącego celu."),
        )
    _required(values, check, "title", QT_TRANSLATE_NOOP("errors", "Podaj nazwę kierunku działań."))
    _max_length(values, "title", MAX_TITLE, QT_TRANSLATE_NOOP("errors", "Nazwa kierunku"))
    _strip(values, "description")
    _number_field(values, "number", QT_TRANSLATE_NOOP("errors", "Numer kierunku"))
    return values


@register_validator("expected_result")
def validate_result(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A live objective; numbers for baseline and target; a target year within the period."""
    if "objective_id" in values or check.is_new:
        values["objective_id"] = _live(
            check,
            "strategic_objective",
            values.get("objective_id"),
            "objective_id",
            QT_TRANSLATE_NOOP("errors", "Rezultat musi należeć do istniejącego celu."),
        )
    _strip(values, "description", "indicator", "unit", "source", "spatial")
    _max_length(values, "indicator", 300, QT_TRANSLATE_NOOP("errors", "Nazwa wskaźnika"))
    _max_length(values, "unit", 60, QT_TRANSLATE_NOOP("errors", "Jednostka miary"))
    _max_length(values, "source", 300, QT_TRANSLATE_NOOP("errors", "Źródło danych"))
    for name, what in (
        ("baseline", QT_TRANSLATE_NOOP("errors", "wartość bazowa")),
        ("target", QT_TRANSLATE_NOOP("errors", "wartość docelowa")),
    ):
        if name in values:
            values[name] = parse_number(values[name], name, what)
    if "year" in values:
        year = _whole(values["year"], "year", QT_TRANSLATE_NOOP("errors", "Rok docelowy"))
        if year is not None:
            if not YEAR_MIN <= year <= YEAR_MAX:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Rok docelowy {year} jest spoza lat {first}–{last}."
                    ),
                    field="year",
                    year=year,
                    first=YEAR_MIN,
                    last=YEAR_MAX,
                )
            first, _last = horizon_years(_strategy_horizon(check))
            if first is not None and year < first:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Rok docelowy wskaźnika ({year}) jest wcześniejszy niż początek "
                        "okresu strategii ({first}).",
                    ),
                    field="year",
                    year=year,
                    first=first,
                )
        values["year"] = year
    return values


@register_validator("finance_source")
def validate_finance(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A known funding source and an amount that is not negative."""
    if "source" in values or check.is_new:
        source = str(values.get("source") or "").strip()
        if source not in {s.value for s in FundingSource}:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Wybierz źródło finansowania z listy."),
                field="source",
            )
        values["source"] = source
    if "amount" in values:
        amount = parse_number(values["amount"], "amount", QT_TRANSLATE_NOOP("errors", "kwota"))
        if amount is not None and amount < 0:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Kwota nie może być ujemna ({amount} zł)."),
                field="amount",
                amount=f"{amount:g}".replace(".", ","),
            )
        values["amount"] = amount or 0.0
    _strip(values, "notes")
    if "position" in values:
        values["position"] = _whole(values["position"], "position", "position") or 0
    return values


@register_validator("strategy_image")
def validate_image(check: Check, values: dict[str, Any]) -> dict[str, Any]:
    """A section that takes images, a blob hash and a file name."""
    if "section" in values or check.is_new:
        section = str(values.get("section") or "")
        if section not in reads.IMAGE_SECTIONS:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Sekcja „{section}” strategii nie przyjmuje obrazów."),
                field="section",
                section=section,
            )
    if ("sha256" in values or check.is_new) and not _SHA256.fullmatch(
        str(values.get("sha256") or "")
    ):
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Brak pliku obrazu: dodaj obraz jeszcze raz."),
            field="sha256",
        )
    _required(values, check, "filename", QT_TRANSLATE_NOOP("errors", "Brak nazwy pliku obrazu."))
    _strip(values, "caption")
    _max_length(values, "caption", 400, QT_TRANSLATE_NOOP("errors", "Podpis obrazu"))
    return values


# -- images ---------------------------------------------------------------------------------


def check_image(path: Path) -> None:
    """Refuse a file that is not a PNG or JPEG image Word can place."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie można odczytać pliku {path}: {reason}."),
            field="path",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    ok = any(head.startswith(signature) for signature in IMAGE_SIGNATURES)
    if ok:
        from docx.image.image import Image as DocxImage

        try:
            image = DocxImage.from_file(str(path))
            ok = image.px_width > 0 and image.px_height > 0
        except Exception:  # any parse failure: not a usable image
            ok = False
    if not ok:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Plik {name} nie jest obrazem PNG ani JPEG."),
            field="path",
            name=path.name,
        )


# -- the service ----------------------------------------------------------------------------


class StrategyService:
    """Changes to a partnership's strategy that are more than one field."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._store = services.store
        self.blobs = BlobStore(services.store.data_dir)

    def strategy_id(self, partnership_id: str) -> str | None:
        """The id of the partnership's strategy row, if it was started."""
        row = reads.strategy_row(self._store, partnership_id)
        return str(row["id"]) if row else None

    def ensure(self, partnership_id: str) -> str:
        """The strategy row of the partnership, created on first use.

        The new strategy takes the partnership's strategy type and a title
        naming the partnership; every text section starts empty.
        """
        existing = self.strategy_id(partnership_id)
        if existing is not None:
            return existing
        view = self._services.partnerships.get(partnership_id)
        kind = str(view.data.strategy_type or StrategyType.SUPRALOCAL.value)
        title = DEFAULT_TITLES.get(kind, DEFAULT_TITLES[StrategyType.SUPRALOCAL.value])
        return self._services.records.create(
            "strategy",
            view.id,
            {"type": kind, "title": title.format(name=view.data.name)},
        )

    def set_text(self, partnership_id: str, field: str, value: str) -> Any:
        """Change one text section (the strategy is created if needed); the old value."""
        return self._services.records.set_field(
            "strategy", self.ensure(partnership_id), field, value
        )

    def next_objective_number(self, partnership_id: str) -> int:
        numbers = [o.number for o in reads.objectives(self._store, partnership_id)]
        return min(max(numbers, default=0) + 1, 99)

    def next_direction_number(self, partnership_id: str, objective_id: str) -> int:
        numbers = [d.number for d in reads.directions(self._store, partnership_id, objective_id)]
        return min(max(numbers, default=0) + 1, 99)

    def add_objective(
        self,
        partnership_id: str,
        title: str,
        dimension: str = Dimension.SOCIAL.value,
        description: str = "",
    ) -> str:
        """A new objective numbered after the last one."""
        return self._services.records.create(
            "strategic_objective",
            partnership_id,
            {
                "number": self.next_objective_number(partnership_id),
                "title": title,
                "dimension": dimension,
                "description": description,
            },
        )

    def add_direction(
        self, partnership_id: str, objective_id: str, title: str, description: str = ""
    ) -> str:
        """A new direction of the objective, numbered after its last one."""
        return self._services.records.create(
            "action_direction",
            partnership_id,
            {
                "objective_id": objective_id,
                "number": self.next_direction_number(partnership_id, objective_id),
                "title": title,
                "description": description,
            },
        )

    def add_result(self, partnership_id: str, objective_id: str, **values: Any) -> str:
        """A new expected result of the objective (indicator, unit, baseline, target …)."""
        return self._services.records.create(
            "expected_result", partnership_id, {"objective_id": objective_id, **values}
        )

    def add_finance(self, partnership_id: str, source: str, amount: Any, notes: str = "") -> str:
        """A new line of the financial framework, after the last one."""
        lines = reads.finance(self._store, partnership_id)
        position = max((line.position for line in lines), default=0) + 1
        return self._services.records.create(
            "finance_source",
            partnership_id,
            {"source": source, "amount": amount, "notes": notes, "position": position},
        )

    def add_image(self, partnership_id: str, section: str, path: Path, caption: str = "") -> str:
        """Keep a PNG or JPEG (a map, a diagram) for a section; a UserError if it is neither."""
        path = Path(path)
        check_image(path)
        if section not in reads.IMAGE_SECTIONS:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "Sekcja „{section}” strategii nie przyjmuje obrazów."),
                field="section",
                section=section,
            )
        sha, _size = self.blobs.put_file(path)
        existing = reads.images(self._store, partnership_id, section)
        position = max((i.position for i in existing), default=0) + 1
        return self._services.records.create(
            "strategy_image",
            partnership_id,
            {
                "section": section,
                "caption": caption or path.stem,
                "filename": path.name,
                "sha256": sha,
                "position": position,
            },
        )

    def image_path(self, sha256: str) -> Path:
        """Where an image's bytes are on this computer (they may not be synced yet)."""
        return self.blobs.path(sha256)
