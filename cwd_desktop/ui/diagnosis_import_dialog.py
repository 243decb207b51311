"""The import of indicator values from a GUS BDL export: choose a file, check the preview, import.

Reading runs in the background (``Operation``); the preview lists every row
of the file with the member JST it matched, or why it is skipped, and the
first problem in red (an unknown JST, a cell that is no number, a unit that
differs from the indicator's), naming the file, row and column. Import is
possible only when there is no problem, and stores everything in one unit
of work. The name, unit, source and theme are re-checked as they are typed.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTreeWidgetItem, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.services import diagnosis_reads as reads
from cwd_desktop.services.indicator_import import (
    ImportPlan,
    IndicatorFile,
    plan_import,
    read_indicator_file,
)
from cwd_desktop.ui import messages
from cwd_desktop.ui.background import Operation
from cwd_desktop.ui.forms.ui_diagnosis_import_dialog import Ui_IndicatorImportDialog

if TYPE_CHECKING:
    from cwd_desktop.services.app import Services
    from cwd_desktop.services.diagnosis import WriteResult

DEFAULT_SOURCE = "GUS, Bank Danych Lokalnych"
SKIPPED = QColor("#777777")
#: Milliseconds after the last keystroke before the preview is checked again.
RECHECK_MS = 250


class IndicatorImportDialog(QDialog):
    """Imports one indicator file into a partnership; ``results`` after success."""

    def __init__(
        self, services: Services, partnership_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._partnership_id = partnership_id
        self.ui = Ui_IndicatorImportDialog()
        self.ui.setupUi(self)
        self.file: IndicatorFile | None = None
        self.plan: ImportPlan | None = None
        self.results: list[WriteResult] | None = None
        self._busy = False
        ui = self.ui
        self.import_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(QCoreApplication.translate("IndicatorImportDialog", "&Importuj"))
        self.import_button.setEnabled(False)
        ui.buttons.accepted.connect(self.start_import)
        ui.buttons.rejected.connect(self.reject)
        ui.browseButton.clicked.connect(self._browse)
        ui.sourceEdit.setText(DEFAULT_SOURCE)
        ui.areaCombo.addItem("")
        ui.areaCombo.addItems(reads.indicator_areas(services.store, partnership_id))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.check)
        for edit in (ui.nameEdit, ui.unitEdit, ui.sourceEdit):
            edit.textEdited.connect(lambda _t: self._timer.start())
        ui.areaCombo.editTextChanged.connect(lambda _t: self._timer.start())
        header = ui.previewTree.header()
        header.resizeSection(0, 56)
        header.resizeSection(1, 270)
        header.resizeSection(2, 360)
        self._show_plan()

    # -- the file ----------------------------------------------------------------------------

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("IndicatorImportDialog", "Plik z Banku Danych Lokalnych"),
            "",
            QCoreApplication.translate(
                "IndicatorImportDialog",
                "Arkusze i CSV (*.xlsx *.xls *.ods *.csv);;Wszystkie pliki (*)",
            ),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read ``path`` in the background, then check it."""
        self.ui.fileEdit.setText(str(path))
        self.file, self.plan = None, None
        self._show_plan()
        self._busy = True
        Operation(self, lambda _progress: read_indicator_file(path)).success(self._read).failure(
            self._failed
        ).run_in_background()

    def _read(self, file: IndicatorFile) -> None:
        self._busy = False
        self.file = file
        categories = file.categories()
        if not self.ui.nameEdit.text().strip() and len(categories) == 1:
            self.ui.nameEdit.setText(categories[0] or file.stem)
        units = {c.unit for c in file.columns if c.unit}
        self.ui.unitEdit.setPlaceholderText(
            ", ".join(sorted(units))
            if units
            else QCoreApplication.translate("IndicatorImportDialog", "plik nie podaje jednostki")
        )
        self.check()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, UserError):
            self.ui.problemLabel.setText(messages.render(exc))
            self._show_plan()
            return
        from cwd_desktop.ui import crash

        crash.report(self, type(exc), exc, exc.__traceback__)

    # -- the preview -------------------------------------------------------------------------

    def check(self) -> None:
        """Match and check the file with the fields as typed (nothing is stored)."""
        if self.file is None:
            return
        ui = self.ui
        try:
            self.plan = plan_import(
                self._services,
                self._partnership_id,
                self.file,
                name=ui.nameEdit.text(),
                unit=ui.unitEdit.text(),
                source=ui.sourceEdit.text(),
                area=ui.areaCombo.currentText(),
            )
        except UserError as exc:
            self.plan = None
            ui.problemLabel.setText(messages.render(exc))
        self._show_plan()

    def _show_plan(self) -> None:
        ui = self.ui
        tree = ui.previewTree
        tree.clear()
        plan = self.plan
        if plan is None:
            ui.summaryLabel.setText(
                QCoreApplication.translate("IndicatorImportDialog", "Wczytywanie pliku…")
                if self._busy
                else QCoreApplication.translate("IndicatorImportDialog", "Wybierz plik do importu.")
            )
            self.import_button.setEnabled(False)
            return
        years = plan.file.years()
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        names = ", ".join(
            f"„{html.escape(i.name)}”" + (f" [{html.escape(i.unit)}]" if i.unit else "")
            for i in plan.indicators
        )
        ui.summaryLabel.setText(
            QCoreApplication.translate(
                "IndicatorImportDialog",
                "Wskaźnik: {names}. Lata: {years}. JST partnerstwa: {matched}, wartości: {values}; "
                "pominięte wiersze: {skipped}.",
            ).format(
                names=names,
                years=span,
                matched=len(plan.matched),
                values=plan.value_count(),
                skipped=len(plan.skipped),
            )
        )
        lines: list[tuple[int, list[str], bool]] = [
            (
                m.row,
                [
                    str(m.row),
                    m.label,
                    f"{m.jst.name} ({m.jst.kind}), {m.jst.code}",
                    str(len(m.values)),
                ],
                False,
            )
            for m in plan.matched
        ]
        for skipped in plan.skipped:
            reason = QCoreApplication.translate("indicator_import", skipped.reason)
            lines.append(
                (
                    skipped.row,
                    [
                        str(skipped.row),
                        skipped.label,
                        QCoreApplication.translate("IndicatorImportDialog", "pominięty: ") + reason,
                        "",
                    ],
                    True,
                )
            )
        for _, texts, grey in sorted(lines, key=lambda line: line[0]):
            item = QTreeWidgetItem(texts)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
            if grey:
                for column in range(4):
                    item.setForeground(column, QBrush(SKIPPED))
            tree.addTopLevelItem(item)
        problems = plan.problems
        if problems:
            more = len(problems) - 1
            text = messages.render(problems[0])
            if more:
                text += " " + QCoreApplication.translate(
                    "IndicatorImportDialog", "(oraz inne problemy: {n})"
                ).format(n=more)
            ui.problemLabel.setText(text)
        else:
            ui.problemLabel.setText("")
        self.import_button.setEnabled(not problems and plan.value_count() > 0 and not self._busy)

    # -- importing ---------------------------------------------------------------------------

    def start_import(self) -> None:
        """Store the checked plan in the background; close when done."""
        self._timer.stop()
        self.check()
        plan = self.plan
        if plan is None or plan.problems or self._busy:
            return
        from cwd_desktop.services.indicator_import import execute

        self._busy = True
        self.import_button.setEnabled(False)
        services = self._services

        def work(progress: Any) -> list[WriteResult]:
            return execute(services, plan, progress)

        Operation(self, work).success(self._imported).failure(self._failed).with_progress(
            QCoreApplication.translate("IndicatorImportDialog", "Import wskaźników…")
        ).run_in_background()

    def _imported(self, results: list[WriteResult]) -> None:
        self._busy = False
        self.results = results
        self.accept()

    def summary(self) -> str:
        """One sentence on what the import stored (for the page's message)."""
        if not self.results:
            return ""
        added = sum(r.added for r in self.results)
        changed = sum(r.changed for r in self.results)
        names = ", ".join(f"„{r.name}”" for r in self.results)
        return QCoreApplication.translate(
            "IndicatorImportDialog",
            "Zaimportowano {names}: nowe wartości {added}, zmienione {changed}.",
        ).format(names=names, added=added, changed=changed)
