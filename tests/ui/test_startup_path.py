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
