"""Loading the TERC register (GUS) into the ``teryt_unit`` reference table."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from cwd_desktop.domain import LocalMeta, TerytUnit
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store.meta import TERYT_KEY, file_digest

TERC_COLUMNS = ["WOJ", "POW", "GMI", "RODZ", "NAZWA", "NAZWA_DOD", "STAN_NA"]
META_KEY = TERYT_KEY
#: Which of WOJ, POW, GMI, RODZ are filled: voivodeship, powiat, gmina (or its part).
_CODE_SHAPES = {(True, False, False, False), (True, True, False, False), (True, True, True, True)}


def _well_formed(woj: str, pow_: str, gmi: str, rodz: str) -> bool:
    """WOJ, WOJ+POW or WOJ+POW+GMI+RODZ, each part of its fixed number of digits."""
    parts = (woj, pow_, gmi, rodz)
    if tuple(bool(p) for p in parts) not in _CODE_SHAPES:
        return False
    return all(
        p.isascii() and p.isdigit() and len(p) == w
        for p, w in zip(parts, (2, 2, 2, 1), strict=True)
        if p
    )


def _bad_line(path: Path, line: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("errors", "Rejestr TERYT {path}, wiersz {line}: błędny zapis."),
        path=str(path),
        line=line,
    )


def parse_terc(path: Path) -> list[dict[str, str]]:
    """Rows of a TERC export as ``teryt_unit`` values; raise a UserError naming the line.

    Accepts any ``STAN_NA``, CRLF or LF, and a BOM; blank lines are skipped.
    """
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Nie można odczytać rejestru TERYT {path}: {reason}."),
            path=str(path),
            reason=str(exc),
        ) from exc
    reader = csv.reader(io.StringIO(text), delimiter=";")
    header = next(reader, [])
    if [h.strip().upper() for h in header[: len(TERC_COLUMNS)]] != TERC_COLUMNS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Plik {path} nie jest rejestrem TERC: brak nagłówka {columns}."
            ),
            path=str(path),
            columns=";".join(TERC_COLUMNS),
        )
    rows: list[dict[str, str]] = []
    for line_no, record in enumerate(reader, start=2):
        if not any(field.strip() for field in record):
            continue
        if len(record) < len(TERC_COLUMNS):
            raise _bad_line(path, line_no)
        woj, pow_, gmi, rodz, name, kind, valid_on = (f.strip() for f in record[:7])
        if not name or not _well_formed(woj, pow_, gmi, rodz):
            raise _bad_line(path, line_no)
        rows.append(
            {
                "code": woj + pow_ + gmi + rodz,
                "woj": woj,
                "pow": pow_,
                "gmi": gmi,
                "rodz": rodz,
                "name": name,
                "kind": kind,
                "valid_on": valid_on,
            }
        )
    return rows


def load_terc(session: Session, path: Path) -> int:
    """Insert or update every unit of the register; units not in it are kept.

    A unit already known from a newer register (a later ``STAN_NA``) keeps
    its newer name, so restarting with the older shipped file changes nothing.
    """
    rows = parse_terc(path)
    # One statement run for every row (executemany): compiled once, so the
    # first start does not spend a second building SQL text.
    insert = sqlite_insert(TerytUnit)
    upsert = insert.on_conflict_do_update(
        index_elements=[TerytUnit.code],
        set_={
            "name": insert.excluded.name,
            "kind": insert.excluded.kind,
            "valid_on": insert.excluded.valid_on,
        },
        where=TerytUnit.valid_on <= insert.excluded.valid_on,
    )
    if rows:
        session.connection().execute(upsert, rows)
    session.merge(LocalMeta(key=META_KEY, value=file_digest(path)))
    return len(rows)


def ensure_teryt(session: Session, path: Path) -> bool:
    """Load the shipped register if the store does not hold this exact file yet."""
    loaded = session.scalar(select(LocalMeta.value).where(LocalMeta.key == META_KEY))
    if loaded == file_digest(path):
        return False
    load_terc(session, path)
    return True
