"""Save PNG screenshots of the main window (and dialogs) for review.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py OUT_DIR [DATA_DIR]
Fills DATA_DIR (a temporary folder by default) with the demo programme first.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget

from cwd_desktop.services.app import Services
from cwd_desktop.services.demo import fill_demo
from cwd_desktop.store import open_store
from cwd_desktop.ui.app import install_translators


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    data = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    lang = sys.argv[3] if len(sys.argv) > 3 else "pl"
    app = QApplication([])
    keep = install_translators(app, lang)
    store = open_store(data)
    services = Services(store)
    fill_demo(services)
    from cwd_desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    for short in ("PZŁ", "MOF Bolesławiec"):
        window.refresh(select_id=services.partnerships.get(short).id)
        app.processEvents()
        window.grab().save(str(out / f"main_{short.replace(' ', '_')}.png"))
    from cwd_desktop.ui.partnership_dialog import PartnershipDialog

    dialog = PartnershipDialog(services, services.partnerships.get("PZŁ").id, window)
    dialog.resize(900, 640)
    dialog.show()
    tabs = dialog.findChild(QTabWidget)
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        app.processEvents()
        dialog.grab().save(str(out / f"dialog_{i}.png"))
    dialog.reject()
    window.close()
    store.close()
    del keep


if __name__ == "__main__":
    main()
