"""Opening the app paints the window before the ORM is loaded (fast start on field laptops)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from cwd_desktop.services.app import Services
from cwd_desktop.store import open_store
from cwd_desktop.ui.main_window import MainWindow

app = QApplication([])
store = open_store(Path(sys.argv[1]))
window = MainWindow(Services(store))
window.show()
app.processEvents()
print("ROWS", window.model.rowCount())
print("SQLALCHEMY", "sqlalchemy" in sys.modules)
store.close()
"""


def test_main_window_opens_without_importing_sqlalchemy(data_dir: Path) -> None:
    """An up-to-date store opens and lists its partnerships with plain sqlite3 only."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    prepare = [sys.executable, "-m", "cwd_desktop", "--data-dir", str(data_dir), "demo"]
    subprocess.run(prepare, check=True, capture_output=True, env=env, timeout=120)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "ROWS 3" in done.stdout
    assert "SQLALCHEMY False" in done.stdout


def test_the_command_parser_the_gui_starts_through_loads_no_area_code() -> None:
    """``cwd-desktop`` builds every command's parser before the window: it must stay cheap.

    A command module importing its services at the top (the survey summary did) put
    ~45 ms of survey parsing code in front of the first paint.
    """
    probe = (
        "import sys\n"
        "from cwd_desktop.cli import build_parser\n"
        "build_parser()\n"
        "OK = {'cwd_desktop.services.' + n for n in\n"
        "      ('app', 'teryt', 'partnerships', 'partnership_types')}\n"
        "heavy = ('sqlalchemy', 'openpyxl', 'docx', 'python_calamine', 'pypdf', 'keyring',\n"
        "         'sqlcipher3', 'psycopg', 'alembic')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy\n"
        "             or m.startswith(('cwd_desktop.exports', 'cwd_desktop.sync.'))\n"
        "             or (m.startswith('cwd_desktop.services.') and m not in OK)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
