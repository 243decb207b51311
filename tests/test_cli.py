"""The command line: exit codes, JSON output and messages scripts rely on."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cwd_desktop import cli
from cwd_desktop.config import DB_FILENAME

DEMO_SHORT_NAMES = ["MOF Bolesławiec", "PGZB", "PZŁ"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return (exit code, stdout, stderr)."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    """Run a command with --json that must succeed; return its parsed output."""
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def partnership_count(data_dir: Path) -> int:
    """Partnership rows in the data folder's database, tombstones included."""
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        return int(conn.execute("SELECT count(*) FROM partnership").fetchone()[0])
    finally:
        conn.close()


def assert_one_sentence(err: str) -> str:
    """A user error is one line on stderr, prefixed with the program name; return it."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("cwd-desktop: ")
    assert "Traceback" not in err
    return lines[0]


def test_demo_then_list_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """`demo` then `partnership list --json` lists the three demo partnerships with members."""
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "demo")
    assert code == 0
    assert "PGZB" in out

    listed = run_json(capsys, "--data-dir", str(data_dir), "partnership", "list")

    assert sorted(p["short_name"] for p in listed) == DEMO_SHORT_NAMES
    for item in listed:
        assert {"id", "name", "short_name", "voivodeship", "osi", "jst"} <= set(item)
        assert item["osi"] in {"marginalised", "medium_city", "small_town"}
        assert item["jst"], item["short_name"]
        for member in item["jst"]:
            assert set(member) >= {"teryt", "name"}
            assert member["teryt"].isdigit() and len(member["teryt"]) in (4, 7)
    boleslawiec = next(p for p in listed if p["short_name"] == "MOF Bolesławiec")
    assert boleslawiec["voivodeship"] == "dolnośląskie"
    assert {"teryt": "0201011", "name": "Bolesławiec"}.items() <= boleslawiec["jst"][0].items()
    gminy = [m for p in listed for m in p["jst"] if len(m["teryt"]) == 7]
    assert len(gminy) == 19


def test_options_after_the_command(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """--data-dir and --json work after the subcommand too."""
    assert run(capsys, "demo", "--data-dir", str(data_dir))[0] == 0

    code, out, _ = run(capsys, "partnership", "list", "--data-dir", str(data_dir), "--json")

    assert code == 0
    assert sorted(p["short_name"] for p in json.loads(out)) == DEMO_SHORT_NAMES


def test_list_text_and_empty(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """Without --json the list is readable text; an empty store says so."""
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "partnership", "list")
    assert code == 0
    assert out.strip() == "Brak partnerstw."
    assert run_json(capsys, "--data-dir", str(data_dir), "partnership", "list") == []


def test_add_with_repeated_and_comma_separated_jst_then_show(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """`partnership add --jst A,B --jst C` stores all three; `show` prints them back."""
    added = run_json(
        capsys,
        "--data-dir",
        str(data_dir),
        "partnership",
        "add",
        "--name",
        "Partnerstwo Gmin Ziemi Braniewskiej",
        "--short-name",
        "PGZB",
        "--osi",
        "marginalised",
        "--jst",
        "2802011,2802022",
        "--jst",
        "2802033",
        "--advisor",
        "Marek Wiśniewski",
        "--advisor",
        "Katarzyna Zielińska",
    )
    assert added["short_name"] == "PGZB"

    shown = run_json(capsys, "--data-dir", str(data_dir), "partnership", "show", "pgzb")

    assert shown["id"] == added["id"]
    assert sorted(m["teryt"] for m in shown["jst"]) == ["2802011", "2802022", "2802033"]
    assert shown["leader"] == "2802011"
    assert [m["teryt"] for m in shown["jst"] if m["leader"]] == ["2802011"]
    assert shown["voivodeship"] == "warmińsko-mazurskie"
    assert shown["voivodeship_code"] == "28"
    assert shown["osi"] == "marginalised"
    assert shown["advisors"] == ["Marek Wiśniewski", "Katarzyna Zielińska"]

    code, out, _ = run(capsys, "--data-dir", str(data_dir), "partnership", "show", "PGZB")
    assert code == 0
    assert "Partnerstwo Gmin Ziemi Braniewskiej (PGZB)" in out
    assert "2802011  Braniewo (gmina miejska), pow. braniewski" in out
    assert "[lider]" in out


def test_add_with_explicit_leader_and_voivodeship_name(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """--leader and --voivodeship given by name are honoured."""
    added = run_json(
        capsys,
        "partnership",
        "add",
        "--data-dir",
        str(data_dir),
        "--name",
        "Łosice",
        "--short-name",
        "PZŁ",
        "--voivodeship",
        "mazowieckie",
        "--jst",
        "1410012,1410023",
        "--leader",
        "1410023",
        "--osi",
        "small_town",
        "--stage",
        "diagnosis",
    )

    assert (added["leader"], added["voivodeship_code"]) == ("1410023", "14")
    assert (added["osi"], added["stage"]) == ("small_town", "diagnosis")


def test_unknown_teryt_code_exits_1_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """A mistyped code is one clear sentence naming it; no partnership is stored."""
    code, out, err = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "partnership",
        "add",
        "--name",
        "Błędne",
        "--short-name",
        "BŁ",
        "--jst",
        "2802011,2899999",
    )

    assert code == 1
    assert out == ""
    assert "2899999" in assert_one_sentence(err)
    assert partnership_count(data_dir) == 0


def test_duplicate_short_name_exits_1(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """Adding a partnership under a short name already used (any case) is refused."""
    run(capsys, "--data-dir", str(data_dir), "demo")

    code, _, err = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "partnership",
        "add",
        "--name",
        "Inne",
        "--short-name",
        "pzł",
    )

    assert code == 1
    assert "pzł" in assert_one_sentence(err)
    assert partnership_count(data_dir) == 3


def test_empty_name_exits_1(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """An empty --name is a user error, not a stored nameless partnership."""
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "partnership", "add", "--name", "", "--short-name", "X"
    )

    assert code == 1
    assert_one_sentence(err)
    assert partnership_count(data_dir) == 0


def test_show_unknown_partnership_exits_1(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """Showing a partnership that does not exist names it."""
    code, _, err = run(capsys, "--data-dir", str(data_dir), "partnership", "show", "XYZ")

    assert code == 1
    assert "XYZ" in assert_one_sentence(err)


def test_unwritable_data_dir_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A data folder that cannot be created is reported, not a traceback."""
    blocker = tmp_path / "file.txt"
    blocker.write_text("zwykły plik", encoding="utf-8")
    target = blocker / "sub"

    code, _, err = run(capsys, "--data-dir", str(target), "partnership", "list")

    assert code == 1
    assert str(target) in assert_one_sentence(err)


def test_database_that_is_not_sqlite_exits_1(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """A data folder whose database file is something else is refused, file untouched."""
    db = data_dir / DB_FILENAME
    db.write_text("notatki\n", encoding="utf-8")

    code, _, err = run(capsys, "--data-dir", str(data_dir), "partnership", "list")

    assert code == 1
    assert str(db) in assert_one_sentence(err)
    assert db.read_text(encoding="utf-8") == "notatki\n"


def test_check_passes_with_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """`check --json` on a healthy store exits 0 with ok true and each check listed."""
    run(capsys, "--data-dir", str(data_dir), "demo")

    result = run_json(capsys, "--data-dir", str(data_dir), "check")

    assert result["ok"] is True
    assert {c["name"] for c in result["checks"]} == {
        "integrity",
        "foreign_keys",
        "schema",
        "outbox",
        "search_index",
    }


def test_check_fails_with_exit_1_on_a_mismatch(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """`check` exits 1 when a row disagrees with its outbox."""
    run(capsys, "--data-dir", str(data_dir), "demo")
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("UPDATE partnership SET version = 99")
    conn.commit()
    conn.close()

    code, out, _ = run(capsys, "--data-dir", str(data_dir), "check", "--json")

    assert code == 1
    assert json.loads(out)["ok"] is False


def test_backup_makes_a_file_with_the_partnerships(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """`backup` writes a file in backups/ that opens with sqlite3 and holds the data."""
    run(capsys, "--data-dir", str(data_dir), "demo")

    result = run_json(capsys, "--data-dir", str(data_dir), "backup")

    path = Path(result["backup"])
    assert path.parent == data_dir / "backups"
    assert partnership_count(path.parent.parent) == 3
    conn = sqlite3.connect(path)
    try:
        names = sorted(r[0] for r in conn.execute("SELECT short_name FROM partnership"))
    finally:
        conn.close()
    assert names == DEMO_SHORT_NAMES


def test_backup_to_a_chosen_file(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    """`backup -o FILE` writes exactly there."""
    run(capsys, "--data-dir", str(data_dir), "demo")
    target = tmp_path / "pendrive" / "kopia.sqlite3"

    code, out, _ = run(capsys, "--data-dir", str(data_dir), "backup", "-o", str(target))

    assert code == 0
    assert str(target) in out
    assert partnership_count(data_dir) == 3
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT count(*) FROM partnership").fetchone()[0] == 3
    finally:
        conn.close()


def test_teryt_search_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """`teryt search lodz` finds Łódź without Polish letters."""
    hits = run_json(capsys, "--data-dir", str(data_dir), "teryt", "search", "lodz")

    assert "1061011" in [h["teryt"] for h in hits]


@pytest.mark.parametrize(
    "argv",
    [
        ["no-such-command"],
        ["partnership"],
        ["partnership", "add", "--short-name", "X"],
        ["partnership", "add", "--name", "X", "--short-name", "X", "--osi", "huge_city"],
        ["partnership", "show"],
        ["teryt", "search", "x", "--limit", "ten"],
    ],
)
def test_bad_usage_exits_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: list[str]
) -> None:
    """Wrong usage exits 2 with argparse's usage message and touches no data."""
    code, _, err = run(capsys, *argv, "--data-dir", str(data_dir))

    assert code == 2
    assert "usage:" in err
    assert not (data_dir / DB_FILENAME).exists()


def test_version_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    """`--version` prints the version and succeeds."""
    code, out, _ = run(capsys, "--version")

    assert code == 0
    assert out.startswith("cwd-desktop ")


def test_cwd_data_dir_is_used_without_data_dir(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CWD_DATA_DIR picks the data folder when --data-dir is absent."""
    folder = tmp_path / "z-env"
    monkeypatch.setenv("CWD_DATA_DIR", str(folder))

    assert run(capsys, "demo")[0] == 0

    assert partnership_count(folder) == 3
    listed = run_json(capsys, "partnership", "list", "--data-dir", str(folder))
    assert len(listed) == 3


def test_data_dir_option_wins_over_the_environment(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """--data-dir overrides CWD_DATA_DIR."""
    monkeypatch.setenv("CWD_DATA_DIR", str(tmp_path / "z-env"))

    assert run(capsys, "--data-dir", str(data_dir), "demo")[0] == 0

    assert partnership_count(data_dir) == 3
    assert not (tmp_path / "z-env").exists()


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    """The `cwd-desktop` script works from a shell: demo, then list as JSON, exit codes."""
    script = Path(sys.executable).with_name("cwd-desktop")
    assert script.exists(), f"entry point not installed next to {sys.executable}"
    data_dir = tmp_path / "dane"
    env = {**os.environ, "CWD_DATA_DIR": str(data_dir)}

    demo = subprocess.run(
        [str(script), "demo"], capture_output=True, text=True, env=env, timeout=120
    )
    listed = subprocess.run(
        [str(script), "partnership", "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    missing = subprocess.run(
        [str(script), "partnership", "show", "XYZ"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    usage = subprocess.run(
        [str(script), "partnership", "frobnicate"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )

    assert demo.returncode == 0, demo.stderr
    assert listed.returncode == 0, listed.stderr
    assert sorted(p["short_name"] for p in json.loads(listed.stdout)) == DEMO_SHORT_NAMES
    assert missing.returncode == 1
    assert "XYZ" in missing.stderr
    assert usage.returncode == 2
