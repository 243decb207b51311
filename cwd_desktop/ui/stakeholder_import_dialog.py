"""The import wizard for a stakeholder register: file → column mapping → check → import.

Reading, checking and storing run in the background (``Operation``); the
checks list every bad cell by row and column and every likely duplicate
before anything is stored, and the import stores all rows or none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QLabel, QWidget

from cwd_desktop.errors import Cancelled, UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.stakeholder_import import (
    CONTEXT,
    FIELDS,
    ImportPlan,
    ImportResult,
    Table,
    execute,
    guess_mapping,
    plan_import,
    preview,
    read_table,
)
from cwd_desktop.ui import crash, messages
from cwd_desktop.ui.background import Operation
from cwd_desktop.ui.forms.ui_stakeholder_import_dialog import Ui_StakeholderImportDialog

PREVIEW_ROWS = 20
FILE_STEP, MAPPING_STEP, CHECK_STEP = 0, 1, 2


def _field_label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class StakeholderImportDialog(QDialog):
    """Imports a register file into one partnership; ``result_summary`` after success."""

    def __init__(
        self, services: Services, partnership_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._partnership_id = partnership_id
        self.ui = Ui_StakeholderImportDialog()
        self.ui.setupUi(self)
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.result_summary: ImportResult | None = None
        self.combos: dict[str, QComboBox] = {}
        self._busy = False
        self._preview = QStandardItemModel(self)
        self.ui.previewView.setModel(self._preview)
        self._build_mapping_grid()
        ui = self.ui
        ui.browseButton.clicked.connect(self._browse)
        ui.nextButton.clicked.connect(self.next_step)
        ui.backButton.clicked.connect(self._back)
        ui.importButton.clicked.connect(self.start_import)
        ui.cancelButton.clicked.connect(self.reject)
        ui.fileEdit.returnPressed.connect(self.next_step)
        self._go(FILE_STEP)
        ui.fileEdit.setFocus()

    # -- steps -------------------------------------------------------------------------

    def _go(self, step: int) -> None:
        ui = self.ui
        ui.steps.setCurrentIndex(step)
        titles = {
            FILE_STEP: self.tr("Krok 1 z 3: plik"),
            MAPPING_STEP: self.tr("Krok 2 z 3: przypisanie kolumn i podgląd"),
            CHECK_STEP: self.tr("Krok 3 z 3: sprawdzenie i import"),
        }
        font = ui.stepLabel.font()
        font.setBold(True)
        ui.stepLabel.setFont(font)
        ui.stepLabel.setText(titles[step])
        ui.backButton.setEnabled(step > FILE_STEP)
        ui.nextButton.setVisible(step < CHECK_STEP)
        ui.importButton.setVisible(step == CHECK_STEP)
        ui.nextButton.setDefault(step < CHECK_STEP)
        ui.importButton.setDefault(step == CHECK_STEP)
        self._message("")

    def _message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def _back(self) -> None:
        self._go(max(self.ui.steps.currentIndex() - 1, FILE_STEP))

    def next_step(self) -> None:
        """Read the file (step 1) or check the mapped rows (step 2), in the background."""
        if self._busy:
            return
        step = self.ui.steps.currentIndex()
        if step == FILE_STEP:
            self._read()
        elif step == MAPPING_STEP:
            self._check()

    def _run(self, work: Any, done: Any, label: str) -> None:
        self._busy = True

        def finished(result: Any) -> None:
            self._busy = False
            done(result)

        Operation(self, work).success(finished).failure(self._failed).with_progress(
            label
        ).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, UserError):
            self._message(messages.render(exc))
        elif not isinstance(exc, Cancelled):
            crash.report(self, type(exc), exc, exc.__traceback__)

    # -- step 1: the file ------------------------------------------------------------------

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Plik z rejestrem interesariuszy"),
            self.ui.fileEdit.text() or str(Path.home()),
            self.tr("Arkusze i CSV (*.xlsx *.xlsm *.xls *.ods *.csv);;Wszystkie pliki (*)"),
        )
        if path:
            self.ui.fileEdit.setText(path)
            self.next_step()

    def _read(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            self._message(self.tr("Wybierz plik do importu."))
            return
        path = Path(text)
        self._run(lambda _p: read_table(path), self._file_read, self.tr("Wczytywanie pliku…"))

    def _file_read(self, table: Table) -> None:
        self.table = table
        mapping = guess_mapping(table.headers)
        columns = [(-1, self.tr("— nie importuj —"))] + [
            (i, f"{table.column_name(i)}")
            for i in range(len(table.headers))
            if table.headers[i] or any(i < len(cells) and cells[i] for _, cells in table.rows)
        ]
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            for index, text in columns:
                combo.addItem(text, index)
            combo.setCurrentIndex(max(combo.findData(mapping.get(key, -1)), 0))
            combo.blockSignals(False)
        self._update_preview()
        self._go(MAPPING_STEP)
        self.combos["name"].setFocus()

    # -- step 2: mapping and preview -----------------------------------------------------------

    def _build_mapping_grid(self) -> None:
        grid = self.ui.mappingGrid
        half = (len(FIELDS) + 1) // 2
        for number, field in enumerate(FIELDS):
            row, pair = number % half, number // half
            label = QLabel(_field_label(field.label), self.ui.mappingPanel)
            combo = QComboBox(self.ui.mappingPanel)
            combo.setObjectName(f"map_{field.key}")
            combo.setAccessibleName(_field_label(field.label))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(200)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._update_preview)
            grid.addWidget(label, row, pair * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, pair * 2 + 1)
            self.combos[field.key] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def mapping(self) -> dict[str, int]:
        """Field key → column index, as chosen."""
        result = {}
        for key, combo in self.combos.items():
            index = combo.currentData()
            if isinstance(index, int) and index >= 0:
                result[key] = index
        return result

    def _update_preview(self) -> None:
        table = self.table
        if table is None:
            return
        mapping = self.mapping()
        shown = [f for f in FIELDS if f.key in mapping]
        model = self._preview
        model.clear()
        model.setHorizontalHeaderLabels([_field_label(f.label) for f in shown])
        rows = preview(table, mapping, PREVIEW_ROWS)
        for (number, _), texts in zip(table.rows, rows, strict=False):
            model.appendRow([QStandardItem(t) for t in texts])
            model.setVerticalHeaderItem(model.rowCount() - 1, QStandardItem(str(number)))
        header = self.ui.previewView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.previewView.resizeColumnsToContents()
        for column in range(model.columnCount()):
            width = self.ui.previewView.columnWidth(column)
            self.ui.previewView.setColumnWidth(column, min(width, 260))
        self.ui.previewLabel.setText(
            self.tr(
                "Podgląd: {n} z {total} wierszy danych (nagłówek w wierszu {header}); "
                "po lewej numery wierszy w pliku."
            ).format(n=len(rows), total=len(table.rows), header=table.header_row)
        )

    def _check(self) -> None:
        table = self.table
        assert table is not None
        mapping = self.mapping()
        services, partnership_id = self._services, self._partnership_id
        self._run(
            lambda progress: plan_import(
                services, partnership_id, table, mapping, progress, messages.translate
            ),
            self._checked,
            self.tr("Sprawdzanie wierszy…"),
        )

    # -- step 3: check and import ------------------------------------------------------------

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        ui = self.ui
        contacts = sum(1 for r in plan.rows if r.contact is not None)
        if plan.ok:
            summary = self.tr(
                "Gotowe do importu: {n} interesariuszy, {c} osób kontaktowych. "
                "Nic nie zostało jeszcze zapisane."
            ).format(n=len(plan.rows), c=contacts)
        else:
            summary = self.tr(
                "Znaleziono błędy: {e}. Import jest możliwy dopiero po ich poprawieniu; "
                "nic nie zostało zapisane."
            ).format(e=len(plan.errors))
        ui.summaryLabel.setText(summary)
        ui.errorsList.clear()
        ui.errorsList.addItems([e.render(messages.translate) for e in plan.errors])
        ui.errorsLabel.setVisible(bool(plan.errors))
        ui.errorsList.setVisible(bool(plan.errors))
        ui.duplicatesList.clear()
        ui.duplicatesList.addItems([d.render(messages.translate) for d in plan.duplicates])
        has_duplicates = bool(plan.duplicates)
        ui.duplicatesLabel.setVisible(has_duplicates)
        ui.duplicatesList.setVisible(has_duplicates)
        ui.skipDuplicatesCheck.setVisible(has_duplicates)
        ui.importButton.setEnabled(plan.ok and bool(plan.rows))
        self._go(CHECK_STEP)
        (ui.importButton if ui.importButton.isEnabled() else ui.errorsList).setFocus()

    def start_import(self) -> None:
        """Store the checked rows in the background; close when done."""
        plan = self.plan
        if plan is None or not plan.ok or self._busy:
            return
        skip = self.ui.skipDuplicatesCheck.isChecked() and bool(plan.duplicates)
        services, partnership_id = self._services, self._partnership_id
        self._run(
            lambda progress: execute(
                services, partnership_id, plan, skip_duplicates=skip, progress=progress
            ),
            self._imported,
            self.tr("Importowanie interesariuszy…"),
        )

    def _imported(self, result: ImportResult) -> None:
        self.result_summary = result
        self.accept()
