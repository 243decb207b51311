"""The XLSX list of good practices from the knowledge base page: import and export.

Both run in the background (``Operation``); an import is all or nothing, and
a bad row is shown as one sentence naming the row and column
(``services.knowledge_xlsx``). Texts keep the page's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from cwd_desktop.services.app import Services
from cwd_desktop.ui import messages


def import_xlsx(
    parent: QWidget, services: Services, path: str | None, done: Callable[[], None]
) -> None:
    """Ask for a spreadsheet (unless ``path``), import it, then call ``done`` and report."""
    if not path:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("KnowledgePage", "Import dobrych praktyk"),
            "",
            QCoreApplication.translate("KnowledgePage", "Arkusze (*.xlsx *.xls *.ods *.csv)"),
        )
    if not path:
        return
    from cwd_desktop.services.knowledge_xlsx import import_practices
    from cwd_desktop.ui.background import Operation

    source = Path(path)

    def finished(result: Any) -> None:
        done()
        messages.info(
            parent,
            QCoreApplication.translate(
                "KnowledgePage",
                "Zaimportowano dobre praktyki z pliku {name}: nowe {added}, zmienione "
                "{updated}, bez zmian {unchanged}.",
            ).format(
                name=source.name,
                added=result.added,
                updated=result.updated,
                unchanged=result.unchanged,
            ),
        )

    Operation(
        parent,
        lambda progress: import_practices(
            services, source, progress=progress, translate=QCoreApplication.translate
        ),
    ).success(finished).with_progress(
        QCoreApplication.translate("KnowledgePage", "Import dobrych praktyk…")
    ).run_in_background()


def export_xlsx(parent: QWidget, services: Services, path: str | None) -> None:
    """Ask where (unless ``path``) and save every practice as an XLSX list."""
    if not path:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("KnowledgePage", "Eksport dobrych praktyk"),
            QCoreApplication.translate("KnowledgePage", "dobre praktyki.xlsx"),
            QCoreApplication.translate("KnowledgePage", "Arkusz XLSX (*.xlsx)"),
        )
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    from cwd_desktop.services.knowledge_xlsx import export_practices
    from cwd_desktop.ui.background import Operation

    target = Path(path)
    Operation(
        parent,
        lambda progress: export_practices(
            services, target, translate=messages.translate, progress=progress
        ),
    ).success(
        lambda count: messages.info(
            parent,
            QCoreApplication.translate(
                "KnowledgePage", "Zapisano dobre praktyki ({n}) w pliku {path}."
            ).format(n=count, path=target),
        )
    ).with_progress(
        QCoreApplication.translate("KnowledgePage", "Eksport dobrych praktyk…")
    ).run_in_background()
