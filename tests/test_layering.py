"""Qt stays in ``ui/`` and the drawing package (DESIGN.md): the CLI and core run without it."""

from __future__ import annotations

import re
from pathlib import Path

import cwd_desktop

PACKAGE = Path(cwd_desktop.__file__).parent
#: Where Qt may be imported: the GUI, and the package that draws charts and maps as PNG.
QT_ALLOWED = ("ui", "exports/charts")
_QT_IMPORT = re.compile(r"^\s*(from|import)\s+PySide6\b", re.M)


def test_qt_is_imported_only_by_the_ui_and_the_drawing_package() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if not str(path.relative_to(PACKAGE).as_posix()).startswith(QT_ALLOWED)
        and _QT_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
