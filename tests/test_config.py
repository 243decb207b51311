"""Where the data lives and the typed settings stored beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cwd_desktop.config import (
    SETTINGS,
    SETTINGS_FILENAME,
    Settings,
    ensure_writable_dir,
    resolve_data_dir,
)
from cwd_desktop.errors import UserError


def test_data_dir_option_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--data-dir beats CWD_DATA_DIR, which beats the platform folder."""
    monkeypatch.setenv("CWD_DATA_DIR", str(tmp_path / "env"))

    assert resolve_data_dir(tmp_path / "cli") == (tmp_path / "cli").resolve()
    assert resolve_data_dir(None) == (tmp_path / "env").resolve()
    assert resolve_data_dir("") == (tmp_path / "env").resolve()


def test_platform_folder_without_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no option and no variable, the per-user application data folder is used."""
    monkeypatch.delenv("CWD_DATA_DIR", raising=False)

    path = resolve_data_dir(None)

    assert path.name == "cwd-desktop"
    assert path.is_absolute()


def test_relative_and_home_paths_are_resolved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A relative --data-dir is taken from the current folder, '~' from the home folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))

    assert resolve_data_dir("dane") == tmp_path / "dane"
    assert resolve_data_dir("~/dane") == tmp_path / "home" / "dane"


def test_writable_dir_is_created(tmp_path: Path) -> None:
    """A missing data folder (with parents) is created and left without probe files."""
    target = tmp_path / "a" / "b"

    assert ensure_writable_dir(target) == target
    assert target.is_dir()
    assert list(target.iterdir()) == []


def test_unwritable_dir_is_a_user_error(tmp_path: Path) -> None:
    """A folder that cannot be created is reported with its path."""
    blocker = tmp_path / "file.txt"
    blocker.write_text("zwykły plik", encoding="utf-8")

    with pytest.raises(UserError) as caught:
        ensure_writable_dir(blocker / "sub")

    assert str(blocker / "sub") in str(caught.value)


def test_settings_defaults_without_a_file(tmp_path: Path) -> None:
    """A new data folder has every declared default."""
    settings = Settings(tmp_path)

    for key, setting in SETTINGS.items():
        assert settings.get(key) == setting.default


def test_settings_survive_a_restart(tmp_path: Path) -> None:
    """A saved setting is read back by the next start, as readable UTF-8 JSON."""
    Settings(tmp_path).set("backups_keep", 3)
    Settings(tmp_path).set("last_partnership", "PZŁ")

    settings = Settings(tmp_path)
    assert settings.get("backups_keep") == 3
    assert settings.get("last_partnership") == "PZŁ"
    raw = (tmp_path / SETTINGS_FILENAME).read_text(encoding="utf-8")
    assert "PZŁ" in raw
    assert json.loads(raw) == {"backups_keep": 3, "last_partnership": "PZŁ"}
    assert not list(tmp_path.glob("*.tmp"))


def test_corrupt_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    """A damaged settings.json does not stop the app; defaults are used."""
    (tmp_path / SETTINGS_FILENAME).write_text("{not json", encoding="utf-8")

    assert Settings(tmp_path).get("backups_keep") == SETTINGS["backups_keep"].default


@pytest.mark.parametrize("bad", ["ten", True, None, [3], 2.5])
def test_value_of_the_wrong_type_is_reset_to_default(tmp_path: Path, bad: object) -> None:
    """A hand-edited value of the wrong type (even 'true' for a number) reads as the default."""
    (tmp_path / SETTINGS_FILENAME).write_text(json.dumps({"backups_keep": bad}), encoding="utf-8")

    assert Settings(tmp_path).get("backups_keep") == SETTINGS["backups_keep"].default


def test_setting_a_wrong_type_or_unknown_key_is_refused(tmp_path: Path) -> None:
    """Code cannot store a value of the wrong type nor invent a setting."""
    settings = Settings(tmp_path)

    with pytest.raises(TypeError):
        settings.set("backups_keep", "10")
    with pytest.raises(TypeError):
        settings.set("backups_keep", True)
    with pytest.raises(KeyError):
        settings.set("no_such_setting", 1)
    with pytest.raises(KeyError):
        settings.get("no_such_setting")
    assert not (tmp_path / SETTINGS_FILENAME).exists()
