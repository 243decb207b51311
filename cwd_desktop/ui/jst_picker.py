"""Choosing the member JST of a partnership from the TERYT register.

JST names repeat (two gminy Bolesławiec in one powiat, a third elsewhere), so
every list shows kind, powiat, voivodeship and the TERYT code beside the
name. The picker is driven from the keyboard: type, Enter adds the
highlighted result (never the dialog's OK), Up/Down move the highlight.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from cwd_desktop.errors import UserError
from cwd_desktop.services.teryt import Jst, TerytRegister
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_jst_picker import Ui_JstPicker
from cwd_desktop.ui.vocab_combo import vocab_text

AnyIndex = QModelIndex | QPersistentModelIndex
CODE, NAME, KIND, POWIAT, VOIVODESHIP, LEADER = range(6)
ERROR_COLOR = QColor("#b3261e")
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class JstTableModel(QAbstractTableModel):
    """A short list of JST (search results or members), optionally with a leader column.

    ``dimmed`` codes are greyed out: in the results they are the JST that are
    already members, so the user sees at once what adding would change.
    """

    sig_leader_changed = Signal()

    def __init__(self, with_leader: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._with_leader = with_leader
        self._rows: list[Jst] = []
        self._leader: str | None = None
        self._dimmed: set[str] = set()

    @property
    def rows(self) -> list[Jst]:
        """The JST shown, top to bottom."""
        return list(self._rows)

    @property
    def leader(self) -> str | None:
        """TERYT code of the leader, if one is set and listed."""
        return self._leader

    def set_rows(self, rows: list[Jst]) -> None:
        """Replace the whole list."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._leader not in {j.code for j in self._rows}:
            self._leader = None
        self.endResetModel()

    def append(self, jst: Jst) -> None:
        """Add one JST at the bottom."""
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(jst)
        self.endInsertRows()

    def remove(self, row: int) -> Jst:
        """Take the JST in ``row`` out; a removed leader leaves no leader."""
        self.beginRemoveRows(QModelIndex(), row, row)
        jst = self._rows.pop(row)
        self.endRemoveRows()
        if jst.code == self._leader:
            self.set_leader(None)
        return jst

    def set_leader(self, code: str | None) -> None:
        """Make ``code`` (a listed JST) the only leader, or clear the leader."""
        if code == self._leader:
            return
        self._leader = code
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, LEADER))
        self.sig_leader_changed.emit()

    def set_dimmed(self, codes: set[str]) -> None:
        """Grey out these codes."""
        self._dimmed = set(codes)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (6 if self._with_leader else 5)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Kod TERYT"),
            self.tr("Nazwa"),
            self.tr("Rodzaj"),
            self.tr("Powiat"),
            self.tr("Województwo"),
            self.tr("Lider"),
        )
        return titles[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        jst = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (jst.code, jst.name, vocab_text(jst.kind), jst.powiat, jst.voivodeship, "")
            return values[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == LEADER:
            leader = jst.code == self._leader
            return Qt.CheckState.Checked if leader else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and jst.code == self._leader:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and jst.code in self._dimmed:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.ToolTipRole and jst.code in self._dimmed:
            return self.tr("Ta JST jest już członkiem partnerstwa.")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == LEADER:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != LEADER:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        code = self._rows[index.row()].code
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.set_leader(code)
        elif code == self._leader:
            self.set_leader(None)
        return True


def _configure_columns(view: QTableView) -> None:
    """Widths that fit the longest kind, powiat and voivodeship names; the name stretches."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    metrics = view.fontMetrics()
    samples = {
        CODE: "0000000000",
        KIND: vocab_text("miasto na prawach powiatu"),
        POWIAT: "strzelecko-drezdenecki",
        VOIVODESHIP: "warmińsko-mazurskie",
        LEADER: "Lider",
    }
    for column in range(view.model().columnCount()):
        if column == NAME:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(samples[column]) + 16)
    view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)


class JstPicker(QWidget):
    """Search field, results and the member list with its leader."""

    sig_members_changed = Signal()

    def __init__(self, register: TerytRegister, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.ui = Ui_JstPicker()
        self.ui.setupUi(self)
        self.results = JstTableModel(with_leader=False, parent=self)
        self.members_model = JstTableModel(with_leader=True, parent=self)
        self.ui.resultsView.setModel(self.results)
        self.ui.membersView.setModel(self.members_model)
        _configure_columns(self.ui.resultsView)
        _configure_columns(self.ui.membersView)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)

        self.ui.voivodeshipFilter.addItem(self.tr("(wszystkie)"), "")
        for code, name in sorted(register.voivodeships.items()):
            self.ui.voivodeshipFilter.addItem(name, code)

        self.ui.searchEdit.textChanged.connect(self._search)
        self.ui.voivodeshipFilter.currentIndexChanged.connect(self._search)
        self.ui.resultsView.doubleClicked.connect(self._add_current_result)
        self.ui.addButton.clicked.connect(self._add_current_result)
        self.ui.leaderButton.clicked.connect(self._make_current_leader)
        self.ui.removeButton.clicked.connect(self._remove_current)
        self.ui.membersView.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.members_model.sig_leader_changed.connect(self._members_changed)
        for widget in (self.ui.searchEdit, self.ui.resultsView, self.ui.membersView):
            widget.installEventFilter(self)
        self._members_changed()

    # -- public API ---------------------------------------------------------------

    def set_members(self, codes: list[str], leader: str | None) -> None:
        """Show these members (codes unknown to the register are skipped)."""
        known = [jst for jst in (self._register.get(code) for code in codes) if jst]
        self.members_model.set_rows(known)
        self.members_model.set_leader(leader if leader in {j.code for j in known} else None)
        self._members_changed()

    def members(self) -> list[str]:
        """TERYT codes of the members in the order shown."""
        return [jst.code for jst in self.members_model.rows]

    def leader(self) -> str | None:
        """TERYT code of the leader, or None."""
        return self.members_model.leader

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected for retyping."""
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def focus_chain(self) -> list[QWidget]:
        """The picker's focusable widgets in Tab order, for the enclosing dialog."""
        ui = self.ui
        return [
            ui.searchEdit,
            ui.voivodeshipFilter,
            ui.resultsView,
            ui.addButton,
            ui.membersView,
            ui.leaderButton,
            ui.removeButton,
        ]

    def message(self) -> str:
        """The inline message under the results (empty when there is none)."""
        return self.ui.messageLabel.text()

    def add(self, jst: Jst) -> bool:
        """Add ``jst`` as a member unless it already is one; say what happened inline."""
        if jst.code in self.members():
            self._show(
                self.tr("{name} ({kind}) jest już członkiem partnerstwa.").format(
                    name=jst.name, kind=vocab_text(jst.kind)
                )
            )
            return False
        self.members_model.append(jst)
        self.ui.membersView.selectRow(len(self.members_model.rows) - 1)
        self._show(
            self.tr("Dodano: {name} ({kind}), kod {code}.").format(
                name=jst.name, kind=vocab_text(jst.kind), code=jst.code
            )
        )
        self._members_changed()
        return True

    # -- behaviour ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter adds instead of accepting the dialog; Delete removes a member."""
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.ui.searchEdit:
            if key in ENTER_KEYS:
                self._add_from_search()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_highlight(1 if key == Qt.Key.Key_Down else -1)
                return True
        elif watched is self.ui.resultsView and key in ENTER_KEYS:
            self._add_current_result()
            return True
        elif watched is self.ui.membersView and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._remove_current()
            return True
        return super().eventFilter(watched, event)

    def _search(self) -> None:
        query = self.ui.searchEdit.text()
        voivodeship = self.ui.voivodeshipFilter.currentData() or None
        hits = self._register.search(query, voivodeship=voivodeship)
        self.results.set_rows(hits)
        if hits:
            self.ui.resultsView.selectRow(0)
            self._show("")
        elif query.strip():
            self._show(self.tr("Brak JST pasujących do „{query}”.").format(query=query.strip()))
        else:
            self._show("")
        self._update_buttons()

    def _add_from_search(self) -> None:
        """Enter in the search field: a full TERYT code is taken as typed, else the highlight."""
        text = self.ui.searchEdit.text().strip()
        if text.isdigit() and len(text) in (4, 7):
            try:
                jst = self._register.require(text)
            except UserError as exc:
                self._show(messages.render(exc), error=True)
                return
            self.add(jst)
            self.ui.searchEdit.selectAll()
            return
        if not self.results.rows:
            if text:
                self._show(
                    self.tr("Brak JST pasujących do „{query}”.").format(query=text), error=True
                )
            return
        self._add_current_result()
        self.ui.searchEdit.selectAll()

    def _add_current_result(self) -> None:
        rows = self.results.rows
        if not rows:
            return
        current = self.ui.resultsView.currentIndex()
        self.add(rows[current.row() if current.isValid() else 0])

    def _move_highlight(self, step: int) -> None:
        count = len(self.results.rows)
        if not count:
            return
        current = self.ui.resultsView.currentIndex()
        row = min(max((current.row() if current.isValid() else -1) + step, 0), count - 1)
        self.ui.resultsView.selectRow(row)

    def _current_member_row(self) -> int:
        current = self.ui.membersView.currentIndex()
        return current.row() if current.isValid() else -1

    def _make_current_leader(self) -> None:
        row = self._current_member_row()
        if row >= 0:
            self.members_model.set_leader(self.members_model.rows[row].code)

    def _remove_current(self) -> None:
        row = self._current_member_row()
        if row < 0:
            return
        jst = self.members_model.remove(row)
        remaining = len(self.members_model.rows)
        if remaining:
            self.ui.membersView.selectRow(min(row, remaining - 1))
        self._show(
            self.tr("Usunięto: {name} ({kind}).").format(name=jst.name, kind=vocab_text(jst.kind))
        )
        self._members_changed()

    def _members_changed(self) -> None:
        members = self.members_model.rows
        self.results.set_dimmed({j.code for j in members})
        gminy = sum(1 for j in members if j.is_gmina)
        leader = next((j for j in members if j.code == self.members_model.leader), None)
        summary = self.tr("Członków: {n} (gminy: {g}, powiaty: {p})").format(
            n=len(members), g=gminy, p=len(members) - gminy
        )
        if leader is None:
            summary += " · " + self.tr("lider: nie wybrano")
        else:
            summary += " · " + self.tr("lider: {name}").format(name=leader.name)
        self.ui.membersSummary.setText(summary)
        self._update_buttons()
        self.sig_members_changed.emit()

    def _update_buttons(self) -> None:
        self.ui.addButton.setEnabled(bool(self.results.rows))
        has_member = self._current_member_row() >= 0
        self.ui.leaderButton.setEnabled(has_member)
        self.ui.removeButton.setEnabled(has_member)

    def _show(self, text: str, error: bool = False) -> None:
        label = self.ui.messageLabel
        palette = label.palette()
        color = ERROR_COLOR if error else self.palette().color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, color)
        label.setPalette(palette)
        label.setText(text)
