"""What goes into the bundle: data files, lazily imported modules, icons.

Plain Python without PyInstaller, so that ``cwd-desktop.spec`` builds from it
and ``tests/test_packaging.py`` can check, in a second, that every path it
names exists (a renamed resource would otherwise surface only in a
ten-minute ``make package``).

Layout inside the bundle mirrors the installed wheel: the resources sit in
``cwd_desktop/_resources`` (found by ``cwd_desktop.resources``), and the
Alembic migrations stay beside ``cwd_desktop/store/migrate.py`` as source
files, because Alembic reads them from disk, not from the module archive.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_NAME = "cwd-desktop"
ENTRY_SCRIPT = PACKAGING / "launcher.py"
ICON_ICO = PACKAGING / "icons" / "cwd-desktop.ico"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
RESOURCES_IN_BUNDLE = "cwd_desktop/_resources"
MIGRATIONS = ROOT / "cwd_desktop" / "store" / "migrations"
BUILD_INFO_FILENAME = "build_info.ini"  # read by cwd_desktop.ui.about_dialog

#: (folder under resources/, file pattern): what the program opens at run time.
RESOURCE_GLOBS: tuple[tuple[str, str], ...] = (
    ("teryt", "TERC_*.csv"),
    ("templates", "*.docx"),
    ("icons", "*.svg"),
    ("translations", "*.qm"),  # built from the .ts by `make` (pyside6-lrelease)
)

#: Packages whose every module is bundled: page modules (ui/areas.py), CLI
#: commands, demo data and exporters are all imported by name at run time.
COLLECT_PACKAGES: tuple[str, ...] = ("cwd_desktop",)
#: Module prefixes not to import while collecting (Alembic runs them from files).
COLLECT_EXCLUDE: tuple[str, ...] = ("cwd_desktop.store.migrations",)

#: Modules loaded by name or through plugins, which PyInstaller cannot see.
HIDDEN_IMPORTS: tuple[str, ...] = (
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.ext.baked",
    "alembic",
    "alembic.op",
    "alembic.context",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "logging.config",
    "mako.template",
    "psycopg",
    "psycopg_binary",
    "keyring.backends",
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "PySide6.QtCharts",
    "PySide6.QtSvg",
    "python_calamine",
)
#: Optional modules bundled only when installed (at-rest encryption).
OPTIONAL_IMPORTS: tuple[str, ...] = ("sqlcipher3",)
#: Distribution metadata needed at run time (entry points, importlib.metadata.version).
METADATA: tuple[str, ...] = ("keyring", "alembic", "SQLAlchemy", "psycopg", "platformdirs")
#: Big modules nothing imports; excluding them keeps the bundle smaller.
EXCLUDES: tuple[str, ...] = (
    "tkinter",
    "pytest",
    "hypothesis",
    "mypy",
    "IPython",
)

#: Qt files left out by name (Linux ``lib…so`` and Windows ``….dll`` alike): the
#: virtual-keyboard input method and the PDF image plugin would drag in Qt Quick,
#: QML and Qt PDF (about 22 MB) that a widgets program never uses.
DROP_BINARIES: tuple[str, ...] = (
    "qtvirtualkeyboardplugin",
    "qpdf.",
    "Qt6Quick",
    "Qt6Qml",
    "Qt6VirtualKeyboard",
    "Qt6Pdf",
)


def dropped(destination: str) -> bool:
    """True for a bundled file that ``DROP_BINARIES`` leaves out."""
    name = destination.replace("\\", "/").rsplit("/", 1)[-1]
    return any(part in name for part in DROP_BINARIES)


def resource_files() -> list[tuple[Path, str]]:
    """(file, folder in the bundle) for every shipped resource file."""
    found: list[tuple[Path, str]] = []
    for folder, pattern in RESOURCE_GLOBS:
        for path in sorted((ROOT / "resources" / folder).glob(pattern)):
            found.append((path, f"{RESOURCES_IN_BUNDLE}/{folder}"))
    return found


def migration_files() -> list[tuple[Path, str]]:
    """(file, folder in the bundle) for the Alembic environment and revisions."""
    found: list[tuple[Path, str]] = []
    for path in sorted(MIGRATIONS.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in {".py", ".mako"}:
            relative = path.parent.relative_to(ROOT).as_posix()
            found.append((path, relative))
    return found


def icon_files() -> list[Path]:
    """The generated PNG icons, one per size (``packaging/make_icons.py``)."""
    return [PACKAGING / "icons" / f"cwd-desktop-{size}.png" for size in ICON_SIZES]


def build_info_text(version: str, date: str) -> str:
    """The ``build_info.ini`` the About dialog and the Inno Setup script read."""
    return f"[build]\nversion = {version}\ndate = {date}\n"


def read_version() -> str:
    """``cwd_desktop.__version__`` read from the source (no import of the package)."""
    for line in (ROOT / "cwd_desktop" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise ValueError("no __version__ in cwd_desktop/__init__.py")
