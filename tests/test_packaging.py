"""packaging/ is consistent: everything the build, the installer and the menu entry name exists.

A renamed icon or resource would otherwise show up only in a ten-minute
`make package` on Linux, or in an Inno Setup run on Windows. These checks
take a second; `make package` itself builds and starts the program.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def load_manifest() -> ModuleType:
    """``packaging/manifest.py`` (packaging/ is not a package: it must not shadow ``packaging``)."""
    spec = importlib.util.spec_from_file_location(
        "cwd_packaging_manifest", PACKAGING / "manifest.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


manifest = load_manifest()


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_bundled_file_exists_and_each_resource_kind_is_there() -> None:
    """TERYT, templates, icons, compiled translations and the migrations are all found."""
    resources = manifest.resource_files()
    folders = {dest.rsplit("/", 1)[-1] for _path, dest in resources}
    assert folders == {folder for folder, _pattern in manifest.RESOURCE_GLOBS}
    migrations = manifest.migration_files()
    names = {path.name for path, _dest in migrations}
    assert {"env.py", "script.py.mako", "0001_initial_schema.py"} <= names
    for path, dest in resources + migrations:
        assert path.is_file(), path
        assert not dest.startswith("/") and ".." not in dest
    assert manifest.ENTRY_SCRIPT.is_file()
    assert manifest.ICON_ICO.is_file()


def test_hidden_imports_exist() -> None:
    """Every module the spec asks PyInstaller to bundle is installed."""
    import psycopg  # psycopg_binary refuses to be looked up before psycopg

    del psycopg
    missing = [name for name in manifest.HIDDEN_IMPORTS if importlib.util.find_spec(name) is None]
    assert missing == []


def test_no_qt_module_the_program_uses_is_left_out() -> None:
    """DROP_BINARIES trims Qt Quick/QML/PDF only: no Qt module imported by the code is dropped."""
    used = set()
    for path in (ROOT / "cwd_desktop").rglob("*.py"):
        used.update(re.findall(r"PySide6\.Qt(\w+)", path.read_text(encoding="utf-8")))
    assert used, "no Qt module found in the sources"
    for module in sorted(used):
        for name in (f"libQt6{module}.so.6", f"Qt6{module}.dll", f"Qt{module}.abi3.so"):
            assert not manifest.dropped(f"PySide6/Qt/lib/{name}"), name
    assert manifest.dropped("PySide6/Qt/lib/libQt6Quick.so.6")
    assert manifest.dropped("PySide6\\plugins\\imageformats\\qpdf.dll")


def test_spec_builds_from_the_manifest() -> None:
    """The spec is valid Python and takes its lists from manifest.py, not copies of them."""
    source = (PACKAGING / "cwd-desktop.spec").read_text(encoding="utf-8")
    ast.parse(source)
    for name in ("resource_files", "migration_files", "HIDDEN_IMPORTS", "dropped", "ICON_ICO"):
        assert f"m.{name}" in source, name
    assert "build_info_text" in source


def test_generated_icons_have_their_sizes() -> None:
    """One PNG per size for the icon theme, and an .ico holding every size for Windows."""
    for size, path in zip(manifest.ICON_SIZES, manifest.icon_files(), strict=True):
        assert png_size(path) == (size, size), path.name
    ico = manifest.ICON_ICO.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(manifest.ICON_SIZES))
    sides = sorted(ico[6 + 16 * i] or 256 for i in range(count))
    assert sides == sorted(manifest.ICON_SIZES)


def test_inno_setup_script_names_existing_files_and_the_bundle_layout() -> None:
    """Installer icon and messages exist; the version comes from the bundle's build_info.ini."""
    script = (PACKAGING / "cwd-desktop.iss").read_text(encoding="utf-8")
    icon = re.search(r"^SetupIconFile=(.+)$", script, re.M)
    assert icon is not None
    assert (PACKAGING / icon.group(1).strip().replace("\\", "/")).is_file()
    assert f'#define AppExe "{manifest.APP_NAME}.exe"' in script
    assert f'#define Bundle "..\\dist\\{manifest.APP_NAME}"' in script
    build_info = (
        manifest.RESOURCES_IN_BUNDLE.replace("/", "\\") + "\\" + manifest.BUILD_INFO_FILENAME
    )
    assert f"\\_internal\\{build_info}" in script, "ReadIni must point at the bundled build_info"
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", script, re.M), "AppId is a GUID"
    for needed in ("{autodesktop}", "{group}", "{uninstallexe}", "desktopicon"):
        assert needed in script, needed


def test_build_info_format_is_what_the_about_dialog_reads(tmp_path: Path) -> None:
    """The [build] section the spec writes parses with version and date."""
    path = tmp_path / manifest.BUILD_INFO_FILENAME
    path.write_text(manifest.build_info_text("9.8.7", "2025-01-31"), encoding="utf-8")
    parser = configparser.ConfigParser()
    parser.read(path, encoding="utf-8")
    assert dict(parser["build"]) == {"version": "9.8.7", "date": "2025-01-31"}
    from cwd_desktop import __version__

    assert manifest.read_version() == __version__


def test_desktop_entry_is_valid_and_names_the_program_and_icon() -> None:
    """desktop-file-validate passes (when installed); Exec and Icon name what we install."""
    entry = PACKAGING / "cwd-desktop.desktop"
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        done = subprocess.run([validator, str(entry)], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(entry, encoding="utf-8")
    desktop = parser["Desktop Entry"]
    assert desktop["Type"] == "Application"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert desktop["Exec"] in scripts
    assert desktop["Icon"] == manifest.ICON_ICO.stem
    assert desktop["Categories"].endswith(";")
    for key in ("Name", "Comment", "Comment[pl]"):
        assert desktop[key].strip(), key


def test_linux_install_script_uses_the_files_that_exist() -> None:
    """install-linux.sh copies the icon sizes and the .desktop file that packaging/ holds."""
    script = (PACKAGING / "install-linux.sh").read_text(encoding="utf-8")
    sizes = re.search(r"^SIZES=\(([\d ]+)\)$", script, re.M)
    assert sizes is not None
    assert tuple(int(s) for s in sizes.group(1).split()) == manifest.ICON_SIZES
    assert '"$HERE/cwd-desktop.desktop"' in script
    if shutil.which("bash"):
        subprocess.run(["bash", "-n", str(PACKAGING / "install-linux.sh")], check=True)


@pytest.mark.parametrize("name", ["README.md", "make_icons.py", "smoke_test.py", "launcher.py"])
def test_packaging_folder_is_complete(name: str) -> None:
    """The build's helpers and its documentation are there."""
    assert (PACKAGING / name).is_file()
