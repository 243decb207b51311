"""Loading the TERYT TERC register: the shipped file, newer files, broken files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from cwd_desktop import resources
from cwd_desktop.domain import TerytUnit
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.store import Store, open_store
from cwd_desktop.store.teryt import ensure_teryt, parse_terc

HEADER = "WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA"


def write_terc(path: Path, *rows: str, newline: str = "\r\n") -> Path:
    """A TERC export with the official header and the given rows."""
    path.write_text(newline.join([HEADER, *rows]) + newline, encoding="utf-8")
    return path


def unit_count(store: Store) -> int:
    """Number of TERYT units stored."""
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(TerytUnit)) or 0


def unit(store: Store, code: str) -> TerytUnit | None:
    """One stored TERYT unit."""
    with store.session() as session:
        return session.get(TerytUnit, code)


def test_shipped_register_has_every_voivodeship_powiat_and_gmina(store: Store) -> None:
    """The picker knows all of Poland: 16 voivodeships, 380 powiaty, 2477 gminy."""
    with store.session() as session:
        voivodeships = session.scalar(
            select(func.count()).select_from(TerytUnit).where(TerytUnit.pow == "")
        )
        powiaty = session.scalar(
            select(func.count())
            .select_from(TerytUnit)
            .where(TerytUnit.pow != "", TerytUnit.gmi == "")
        )
        gminy = session.scalar(
            select(func.count())
            .select_from(TerytUnit)
            .where(TerytUnit.gmi != "", TerytUnit.rodz.in_(["1", "2", "3"]))
        )
    assert (voivodeships, powiaty, gminy) == (16, 380, 2477)


def test_gmina_code_is_woj_pow_gmi_rodz(store: Store) -> None:
    """A gmina's 7-digit code is its WOJ+POW+GMI+RODZ, with the register's name and kind."""
    town = unit(store, "0201011")
    assert town is not None
    assert (town.woj, town.pow, town.gmi, town.rodz) == ("02", "01", "01", "1")
    assert (town.name, town.kind, town.valid_on) == ("Bolesławiec", "gmina miejska", "2020-01-01")
    assert town.is_jst
    town_part = unit(store, "0201044")
    assert town_part is not None and not town_part.is_jst


def test_reloading_the_same_file_does_nothing(store: Store) -> None:
    """The register is loaded once; later starts skip it."""
    with store.unit_of_work() as session:
        assert ensure_teryt(session, resources.teryt_file()) is False


def test_newer_register_adds_and_renames_and_keeps_the_rest(data_dir: Path, tmp_path: Path) -> None:
    """Loading a newer TERC adds new gminy, renames changed ones, and forgets nothing."""
    open_store(data_dir).close()
    newer = write_terc(
        tmp_path / "TERC_2024-01-01.csv",
        "02;01;07;2;Nowa Gmina;gmina wiejska;2024-01-01",
        "02;01;01;1;Bolesławiec Zdrój;gmina miejska;2024-01-01",
    )
    store = open_store(data_dir)
    before = unit_count(store)
    store.close()

    store = open_store(data_dir, teryt_file=newer)
    try:
        assert unit_count(store) == before + 1
        added = unit(store, "0201072")
        assert added is not None and added.name == "Nowa Gmina"
        renamed = unit(store, "0201011")
        assert renamed is not None
        assert (renamed.name, renamed.valid_on) == ("Bolesławiec Zdrój", "2024-01-01")
        kept = unit(store, "1061011")
        assert kept is not None and kept.name == "Łódź"
        register = Services(store).teryt
        assert register.require("0201072").powiat == "bolesławiecki"
        with store.unit_of_work() as session:
            assert ensure_teryt(session, newer) is False
    finally:
        store.close()


def test_restarting_after_a_newer_register_does_not_bring_back_old_names(
    data_dir: Path, tmp_path: Path
) -> None:
    """After loading a 2024 register, the next start with the shipped 2020 file keeps 2024 names."""
    newer = write_terc(
        tmp_path / "TERC_2024-01-01.csv",
        "02;01;01;1;Bolesławiec Zdrój;gmina miejska;2024-01-01",
    )
    open_store(data_dir, teryt_file=newer).close()

    store = open_store(data_dir)
    try:
        renamed = unit(store, "0201011")
        assert renamed is not None and renamed.name == "Bolesławiec Zdrój"
        other = unit(store, "0201022")
        assert other is not None and other.name == "Bolesławiec"
    finally:
        store.close()


@pytest.mark.parametrize(
    ("bad_row", "why"),
    [
        ("02;01;07", "too few fields"),
        ("XX;01;07;2;Nowa Gmina;gmina wiejska;2024-01-01", "letters in WOJ"),
        ("02;1;07;2;Nowa Gmina;gmina wiejska;2024-01-01", "one-digit POW"),
        ("02;01;07;7;;gmina wiejska;2024-01-01", "no name"),
    ],
)
def test_malformed_register_names_the_line(bad_row: str, why: str, tmp_path: Path) -> None:
    """A broken TERC row is reported with its line number, so the user can find it."""
    path = write_terc(
        tmp_path / "TERC_bad.csv",
        "02;;;;DOLNOŚLĄSKIE;województwo;2024-01-01",
        bad_row,
    )

    with pytest.raises(UserError) as caught:
        parse_terc(path)

    assert "wiersz 3" in str(caught.value), why
    assert str(path) in str(caught.value)


def test_malformed_register_changes_nothing_in_the_store(data_dir: Path, tmp_path: Path) -> None:
    """A broken newer register is refused as a whole; the store keeps the old one."""
    open_store(data_dir).close()
    bad = write_terc(
        tmp_path / "TERC_bad.csv",
        "02;01;07;2;Nowa Gmina;gmina wiejska;2024-01-01",
        "02;01;08",
    )

    with pytest.raises(UserError):
        open_store(data_dir, teryt_file=bad)

    store = open_store(data_dir)
    try:
        assert unit(store, "0201072") is None
        assert len(Services(store).teryt) > 2800
    finally:
        store.close()


def test_file_without_the_terc_header_is_refused(tmp_path: Path) -> None:
    """A CSV that is not a TERC export (e.g. SIMC) is named in the error."""
    path = tmp_path / "SIMC.csv"
    path.write_text("WOJ;POW;GMI;RODZ_GMI;RM;MZ;NAZWA;SYM;SYMPOD;STAN_NA\r\n", encoding="utf-8")

    with pytest.raises(UserError) as caught:
        parse_terc(path)

    assert str(path) in str(caught.value)


def test_register_in_the_wrong_encoding_is_a_user_error(tmp_path: Path) -> None:
    """A register saved in Windows-1250 is refused with a message, not a crash."""
    path = tmp_path / "TERC_cp1250.csv"
    path.write_bytes(
        (HEADER + "\r\n02;;;;DOLNOŚLĄSKIE;województwo;2024-01-01\r\n").encode("cp1250")
    )

    with pytest.raises(UserError) as caught:
        parse_terc(path)

    assert str(path) in str(caught.value)


def test_bom_lf_and_blank_lines_are_accepted(tmp_path: Path) -> None:
    """Exports saved by Excel (BOM) or on Linux (LF) load the same."""
    path = tmp_path / "TERC_lf.csv"
    path.write_text(
        "\ufeff" + HEADER + "\n02;;;;DOLNOŚLĄSKIE;województwo;2024-01-01\n\n"
        "02;01;07;2;Nowa Gmina;gmina wiejska;2024-01-01\n",
        encoding="utf-8",
    )

    rows = parse_terc(path)

    assert [r["code"] for r in rows] == ["02", "0201072"]
    assert rows[1]["name"] == "Nowa Gmina"
