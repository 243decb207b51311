"""``bundle export|import`` and ``bundle key`` from the command line, on two data folders."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from cwd_desktop.cli import main
from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import DEMO_PARTNERSHIPS
from cwd_desktop.store import open_store
from cwd_desktop.sync.bundle_key import get_key


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_colleagues_changes_arrive_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, bartek = tmp_path / "anna", tmp_path / "bartek"
    store = open_store(anna)
    pid = Services(store).partnerships.create(DEMO_PARTNERSHIPS[1])
    store.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("klucz-zespolu-dolnoslaskiego-01\n"))
    assert run(capsys, "bundle", "key", "set", "--data-dir", str(anna))[0] == 0
    path = tmp_path / "anna.cwdsync"

    code, out, _ = run(capsys, "bundle", "export", str(path), "--data-dir", str(anna), "--json")
    assert code == 0
    exported = json.loads(out)
    assert exported["mutations"] > 0 and Path(exported["path"]) == path

    code, out, _ = run(capsys, "bundle", "import", str(path), "--data-dir", str(bartek), "--json")
    assert code == 0
    assert json.loads(out)["applied"] == exported["mutations"]
    code, out, _ = run(capsys, "bundle", "import", str(path), "--data-dir", str(bartek))
    assert code == 0 and "zastosowano zmian 0" in out
    code, out, _ = run(capsys, "partnership", "show", pid, "--data-dir", str(bartek), "--json")
    assert json.loads(out)["name"] == DEMO_PARTNERSHIPS[1].name


def test_a_file_that_is_not_a_bundle_is_one_sentence_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notatki.cwdsync"
    notes.write_text("lista zakupów", encoding="utf-8")
    assert run(capsys, "bundle", "key", "generate", "--data-dir", str(tmp_path / "d"))[0] == 0

    code, out, err = run(capsys, "bundle", "import", str(notes), "--data-dir", str(tmp_path / "d"))

    assert code == 1 and out == ""
    assert err.count("\n") == 1 and str(notes) in err and "nie jest pakietem" in err


def test_the_team_key_is_generated_once_and_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "koordynator")
    code, out, err = run(capsys, "bundle", "key", "show", "--data-dir", data)
    assert code == 1 and "bundle key set" in err

    code, out, _ = run(capsys, "bundle", "key", "generate", "--data-dir", data, "--json")
    key = json.loads(out)["key"]
    assert code == 0 and key == get_key() and len(key) >= 32

    code, _, err = run(capsys, "bundle", "key", "generate", "--data-dir", data)
    assert code == 1 and "--force" in err and get_key() == key, "never replaced by accident"
    code, out, _ = run(capsys, "bundle", "key", "show", "--data-dir", data)
    assert code == 0 and out.strip() == key


def test_a_too_short_key_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("abc\n"))

    code, _, err = run(capsys, "bundle", "key", "set", "--data-dir", str(tmp_path / "d"))

    assert code == 1 and "co najmniej 16 znaków" in err and get_key() is None
