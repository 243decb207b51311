"""Finding JST in the official register (TERYT TERC).

The register is small (under 3,000 JST), so it is read once into memory and
searched there: typing in the picker never touches the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cwd_desktop.domain.text import fold
from cwd_desktop.domain.vocab import CITY_POWIAT_KIND, GMINA_KINDS, POWIAT_KIND
from cwd_desktop.errors import UserError
from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.store import Store


@dataclass(frozen=True)
class Jst:
    """A JST as the user sees it: the name alone is ambiguous, so kind and place too."""

    code: str
    name: str
    kind: str
    powiat: str
    voivodeship: str
    voivodeship_code: str

    @property
    def is_gmina(self) -> bool:
        """A gmina has a 7-digit code; a powiat has 4."""
        return len(self.code) == 7

    def describe(self) -> str:
        """``Bolesławiec (gmina miejska), pow. bolesławiecki, woj. dolnośląskie``."""
        place = f"woj. {self.voivodeship}"
        if self.powiat:
            place = f"pow. {self.powiat}, {place}"
        return f"{self.name} ({self.kind}), {place}"


class TerytRegister:
    """All JST of the register (gminy, powiaty, cities with powiat rights) and voivodeships."""

    def __init__(self, store: Store) -> None:
        # Plain SQL, not ORM objects: this runs at start-up (4,000 rows).
        rows = (
            store.reader()
            .execute("SELECT code, woj, pow, gmi, rodz, name, kind FROM teryt_unit")
            .fetchall()
        )
        self.voivodeships: dict[str, str] = {
            woj: name.lower() for _, woj, pow_, _, _, name, _ in rows if not pow_
        }
        powiaty = {woj + pow_: name for _, woj, pow_, gmi, _, name, _ in rows if pow_ and not gmi}
        self._by_code: dict[str, Jst] = {}
        for code, woj, pow_, gmi, rodz, name, unit_kind in rows:
            if not pow_ or (gmi and rodz not in GMINA_KINDS):
                continue  # a voivodeship, or the town/rural part of a gmina: not a JST here
            voiv = self.voivodeships.get(woj, "")
            if not gmi:
                kind = CITY_POWIAT_KIND if unit_kind.startswith("miasto") else POWIAT_KIND
                self._by_code[code] = Jst(code, name, kind, "", voiv, woj)
            else:
                powiat = powiaty.get(woj + pow_, "")
                self._by_code[code] = Jst(code, name, GMINA_KINDS[rodz], powiat, voiv, woj)
        self._folded = [(fold(j.name), j) for j in self._by_code.values()]
        self._folded.sort(key=lambda item: (item[0], item[1].code))

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Jst | None:
        """The JST with this code, or None."""
        return self._by_code.get(code.strip())

    def require(self, code: str) -> Jst:
        """The JST with this code, or a UserError naming the code."""
        jst = self.get(code)
        if jst is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Kod TERYT {code} nie występuje w rejestrze JST "
                    "(gmina: 7 cyfr, powiat: 4 cyfry).",
                ),
                code=code.strip(),
            )
        return jst

    def voivodeship_code(self, value: str) -> str:
        """A voivodeship given by 2-digit code or by name, as its code."""
        text = value.strip()
        if text in self.voivodeships:
            return text
        folded = fold(text).removeprefix("woj. ").removeprefix("wojewodztwo ")
        for code, name in self.voivodeships.items():
            if fold(name) == folded:
                return code
        raise UserError(QT_TRANSLATE_NOOP("errors", "Nieznane województwo: {value}."), value=value)

    def search(self, query: str, limit: int = 50, voivodeship: str | None = None) -> list[Jst]:
        """JST whose code starts with ``query`` or whose name contains it.

        Exact names come first, then names starting with the query, then the
        rest, so ``Bolesławiec`` lists both Bolesławiec gminy before Bolesławiecki.
        """
        text = query.strip()
        if not text:
            return []
        if text.isdigit():
            hits = [j for j in self._by_code.values() if j.code.startswith(text)]
            return sorted(hits, key=lambda j: j.code)[:limit]
        needle = fold(text)
        ranked: list[tuple[int, str, str, Jst]] = []
        for name, jst in self._folded:
            if voivodeship and jst.voivodeship_code != voivodeship:
                continue
            pos = name.find(needle)
            if pos < 0:
                continue
            rank = 0 if name == needle else 1 if pos == 0 else 2
            ranked.append((rank, name, jst.code, jst))
        ranked.sort(key=lambda item: item[:3])
        return [item[3] for item in ranked[:limit]]


_JST_PREFIXES = ("miasto i gmina ", "gmina miejska ", "gmina wiejska ", "gmina ", "gm. ", "miasto ")


def match_jst(value: Any, members: list[Jst]) -> list[Jst]:
    """Member JST named by ``value``: a TERYT code, ``Name``, ``Name (kind)`` or ``Gmina Name``.

    A code read from a spreadsheet number cell may have lost its leading zero.
    Several results mean the name is ambiguous (``Braniewo``: town and rural gmina).
    """
    raw = "" if value is None else str(value).strip()
    if isinstance(value, float) and value.is_integer():
        raw = str(int(value))
    if raw.isdigit():
        code = raw.zfill(7) if len(raw) in (6, 7) else raw.zfill(4)
        return [j for j in members if j.code == code]
    wanted = " ".join(fold(raw).split())
    if not wanted:
        return []
    exact = [j for j in members if fold(f"{j.name} ({j.kind})") == wanted]
    if exact:
        return exact
    town = wanted.startswith("miasto ")
    for prefix in _JST_PREFIXES:
        if wanted.startswith(prefix):
            wanted = wanted.removeprefix(prefix)
            break
    powiat = wanted.removeprefix("powiat ")
    hits = [j for j in members if fold(j.name) in (wanted, powiat)]
    if town and len(hits) > 1:
        urban = [j for j in hits if j.kind == "gmina miejska"]
        hits = urban or hits
    return hits
