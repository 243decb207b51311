"""The "Strategia" area: the strategy's sections in the law's order, with a live compliance list.

Left, the sections as art. 10e ust. 3 u.s.g. lists them (and, for a ZIT/IIT
strategy, the art. 29 elements of Regulation 2021/1060), each with the number
of elements it still lacks; below them, every missing element in one list:
clicking one opens its section. Right, the editor of the chosen section
(``strategy_sections``). Everything is saved as it is typed and undoable;
the compliance list follows each save.

"Eksportuj strategię…" writes the Word document in the background through
``services.documents`` (kept as a version); export is allowed with gaps, the
document then lists them on its first page.

Nothing here loads SQLAlchemy at import: the compliance check and the reads
are plain SQL, the write service is imported on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from cwd_desktop.domain.vocab import DocumentKind, StrategyType, label
from cwd_desktop.services import strategy_reads as reads
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.services.strategy_compliance import SECTIONS, Finding, check
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_strategy_page import Ui_StrategyPage
from cwd_desktop.ui.strategy_sections import StrategyEditors
from cwd_desktop.ui.vocab_combo import vocab_text

KeyRole = Qt.ItemDataRole.UserRole + 1
#: Milliseconds to gather several saves into one compliance check.
CHECK_DELAY_MS = 150
MISSING_COLOUR = QColor("#b34700")
DONE_COLOUR = QColor("#2e7d32")
TERRITORIAL = (StrategyType.ZIT.value, StrategyType.IIT.value)


def translate_strategy(context: str, text: str) -> str:
    """The translator the compliance findings use."""
    return QCoreApplication.translate(context, text)


class StrategyPage(QWidget):
    """The strategy of the partnership shown in the main window."""

    #: A Word export finished: the file written.
    sig_exported = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._view: PartnershipView | None = None
        self._stale = False
        self.findings: list[Finding] = []
        self.undo_stack = QUndoStack(self)
        self.ui = Ui_StrategyPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.editors = StrategyEditors(services, self.undo_stack, ui.editorStack, self)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([330, 900])
        ui.leftSplitter.setSizes([360, 360])
        ui.findingList.setSpacing(2)
        # With no gaps the list is hidden; the label then stays at the top of its pane.
        ui.findingsLayout.setAlignment(ui.findingsLabel, Qt.AlignmentFlag.AlignTop)
        ui.sectionTree.setStyleSheet("QTreeWidget::item { padding: 3px 0px; }")
        self._items: dict[str, QTreeWidgetItem] = {}
        self._build_tree()
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(CHECK_DELAY_MS)
        self._check.timeout.connect(self.refresh_compliance)
        ui.sectionTree.currentItemChanged.connect(self._section_chosen)
        ui.findingList.itemClicked.connect(self._finding_chosen)
        ui.findingList.itemActivated.connect(self._finding_chosen)
        ui.badgeButton.clicked.connect(lambda: ui.findingList.setFocus())
        ui.exportButton.clicked.connect(lambda: self.export_strategy())
        self.editors.sig_changed.connect(self._check.start)
        self.editors.sig_type_changed.connect(self._type_changed)
        self.show_section("general")
        self._set_enabled(False)

    # -- the navigator ----------------------------------------------------------------------

    def _build_tree(self) -> None:
        tree = self.ui.sectionTree
        tree.setColumnCount(2)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._territorial = QTreeWidgetItem([self.tr("Art. 29 rozporządzenia 2021/1060")])
        self._territorial.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = self._territorial.font(0)
        font.setBold(True)
        self._territorial.setFont(0, font)
        for section in SECTIONS:
            item = QTreeWidgetItem([QCoreApplication.translate("strategy", section.title), ""])
            item.setData(0, KeyRole, section.key)
            item.setToolTip(0, section.basis)
            self._items[section.key] = item
            if section.territorial:
                self._territorial.addChild(item)
            else:
                tree.addTopLevelItem(item)
        tree.addTopLevelItem(self._territorial)
        tree.setRootIsDecorated(False)
        tree.setIndentation(14)
        self._territorial.setExpanded(True)

    def show_section(self, key: str, focus: bool = False) -> None:
        """Open a section's editor (and put the keyboard in it if ``focus``)."""
        item = self._items[key]
        if self.ui.sectionTree.currentItem() is not item:
            self.ui.sectionTree.setCurrentItem(item)
        page = self.editors.pages[key]
        self.ui.editorStack.setCurrentWidget(page)
        if focus and page.first is not None:
            page.first.setFocus()

    def current_section(self) -> str:
        page = self.ui.editorStack.currentWidget()
        return next(k for k, p in self.editors.pages.items() if p is page)

    def _section_chosen(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        key = item.data(0, KeyRole) if item is not None else None
        if not key:
            return
        self.editors.flush()
        self.ui.editorStack.setCurrentWidget(self.editors.pages[str(key)])
        if key == "diagnosis":
            self.editors.show_conclusions()
        elif key in ("directions", "results"):
            self.editors.refresh_children()

    def _type_changed(self, kind: str) -> None:
        territorial = kind in TERRITORIAL
        self._territorial.setHidden(not territorial)
        if not territorial and self._items[self.current_section()].parent() is self._territorial:
            self.show_section("general")
        self._show_title()
        self._check.start()

    # -- the partnership shown ----------------------------------------------------------------

    def show_partnership(self, view: PartnershipView) -> None:
        """Show ``view``'s strategy (read when the page is visible)."""
        self.editors.flush()
        if self._view is None or self._view.id != view.id:
            self.undo_stack.clear()
        self._view = view
        self._set_enabled(True)
        if self.isVisible():
            self._load()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._load()
        super().showEvent(event)

    def _ensure_loaded(self) -> None:
        if self._stale:
            self._load()

    def _load(self) -> None:
        view = self._view
        if view is None:
            return
        self._stale = False
        self.editors.load(view)
        self._territorial.setHidden(self.editors.strategy_type() not in TERRITORIAL)
        self._show_title()
        self.refresh_compliance()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.splitter, self.ui.exportButton, self.ui.badgeButton):
            widget.setEnabled(enabled)

    def _show_title(self) -> None:
        view = self._view
        if view is None:
            self.ui.titleLabel.clear()
            return
        row = reads.strategy_row(self._services.store, view.id)
        kind = vocab_text(label(StrategyType(self.editors.strategy_type())))
        if row is None:
            text = self.tr(
                "<b>Strategia nie jest jeszcze rozpoczęta</b> — zacznij pisać "
                "w dowolnej sekcji ({kind})."
            ).format(kind=kind)
        else:
            title = str(row.get("title") or "").strip() or self.tr("(bez tytułu)")
            text = f"<b>{_escape(title)}</b> — {kind}"
        self.ui.titleLabel.setText(text)

    # -- compliance ---------------------------------------------------------------------------

    def refresh_compliance(self) -> list[Finding]:
        """Check the strategy again and show what is missing, per section and in one list."""
        self._check.stop()
        view = self._view
        if view is None:
            return []
        data = reads.load(self._services.store, view.id)
        if not data.strategy:
            data.strategy = {"type": self.editors.strategy_type()}
        self.findings = check(data)
        lines: dict[str, list[str]] = {}
        for finding in self.findings:
            lines.setdefault(finding.section, []).append(finding.line(translate_strategy))
        for section in SECTIONS:
            item = self._items[section.key]
            missing = len(lines.get(section.key, ()))
            self.editors.pages[section.key].show_findings(lines.get(section.key, []))
            if not section.basis:
                item.setText(1, "")
            elif missing:
                item.setText(1, f"⚠ {missing}")
                item.setForeground(1, QBrush(MISSING_COLOUR))
            else:
                item.setText(1, "✓")
                item.setForeground(1, QBrush(DONE_COLOUR))
        box = self.ui.findingList
        box.clear()
        for finding in self.findings:
            entry = QListWidgetItem(finding.line(translate_strategy))
            entry.setData(KeyRole, finding.section)
            box.addItem(entry)
        box.setVisible(bool(self.findings))
        self._show_badge(len(self.findings))
        self._show_title()
        return self.findings

    def _show_badge(self, missing: int) -> None:
        button = self.ui.badgeButton
        if missing:
            button.setText(self.tr("Braki: {n}").format(n=missing))
            colour = MISSING_COLOUR.name()
        else:
            button.setText(self.tr("Kompletna ✓"))
            colour = DONE_COLOUR.name()
        button.setStyleSheet(
            f"QPushButton {{ background: {colour}; color: white; font-weight: bold;"
            " border-radius: 9px; padding: 3px 10px; }"
        )
        self.ui.findingsLabel.setText(
            self.tr("&Braki ({n}) — kliknij, aby przejść do sekcji").format(n=missing)
            if missing
            else self.tr("&Braki: strategia zawiera wszystkie elementy wymagane przez prawo.")
        )

    def _finding_chosen(self, item: QListWidgetItem) -> None:
        key = item.data(KeyRole)
        if key:
            self.show_section(str(key), focus=True)

    # -- export --------------------------------------------------------------------------------

    def export_strategy(self, path: str | None = None) -> None:
        """Write the strategy as a Word document in the background (kept as a version)."""
        view = self._view
        if view is None:
            return
        self.editors.flush()
        if not path:
            from cwd_desktop.ui.document_export_dialog import (
                default_folder,
                remember_folder,
                suggested_name,
            )

            suggested = default_folder() / suggested_name(
                DocumentKind.STRATEGY.value, view.data.short_name
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Eksport strategii"),
                str(suggested),
                self.tr("Dokument Word (*.docx)"),
            )
            if not path:
                return
            remember_folder(Path(path))
        if not path.lower().endswith(".docx"):
            path += ".docx"
        target = Path(path)
        missing = len(self.refresh_compliance())
        services = self._services

        def work(progress: Any) -> Any:
            from cwd_desktop.services.documents import DocumentService

            documents = getattr(services, "documents", None) or DocumentService(services)
            return documents.export(DocumentKind.STRATEGY.value, view.id, target, progress=progress)

        def done(_version: Any) -> None:
            text = self.tr("Zapisano strategię w pliku {path}.").format(path=target)
            if missing:
                text += " " + self.tr(
                    "Na pierwszej stronie dokumentu jest lista braków ({n})."
                ).format(n=missing)
            messages.info(self, text)
            self.sig_exported.emit(str(target))

        from cwd_desktop.ui.background import Operation

        Operation(self, work).success(done).with_progress(
            self.tr("Eksport strategii…")
        ).run_in_background()

    # -- opening records ------------------------------------------------------------------------

    def open_record(self, kind: str, row_id: str) -> None:
        """Show a search result: its section, with that row selected."""
        self._ensure_loaded()
        editors = self.editors
        if kind == "strategy":
            self.show_section("general")
        elif kind == "strategic_objective":
            self.show_section("objectives")
            editors.objectives.select_row(row_id)
        elif kind in ("action_direction", "expected_result"):
            row = (
                self._services.store.reader()
                .execute(f"SELECT objective_id FROM {kind} WHERE id = ?", (row_id,))
                .fetchone()
            )
            section = "directions" if kind == "action_direction" else "results"
            table = editors.directions if kind == "action_direction" else editors.results
            self.show_section(section)
            if row is not None:
                table.choose_objective(str(row[0]))
            table.select_row(row_id)
        elif kind == "finance_source":
            self.show_section("finance")
            editors.finance.select_row(row_id)
        elif kind == "strategy_image":
            row = (
                self._services.store.reader()
                .execute("SELECT section FROM strategy_image WHERE id = ?", (row_id,))
                .fetchone()
            )
            if row is not None and str(row[0]) in editors.images:
                self.show_section(str(row[0]))
                editors.images[str(row[0])].select(row_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
