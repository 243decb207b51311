"""The dialog that creates or edits one partnership (partnerstwo JST).

It only turns widgets into ``PartnershipData`` and back: every rule (unique
short name, known TERYT codes, merit range) lives in the partnership service,
whose ``UserError`` is shown while the dialog stays open with the values the
user typed, so nothing entered is ever lost to a refusal.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QLineEdit, QSpinBox, QWidget

from cwd_desktop.domain.vocab import (
    FORMAL_CRITERIA,
    MERIT_CRITERIA,
    MERIT_MAX,
    Edition,
    FormalBasis,
    Osi,
    Stage,
    StrategyType,
)
from cwd_desktop.errors import UserError
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipData
from cwd_desktop.ui import messages
from cwd_desktop.ui.forms.ui_partnership_dialog import Ui_PartnershipDialog
from cwd_desktop.ui.jst_picker import JstPicker
from cwd_desktop.ui.vocab_combo import combo_code, fill_vocab_combo, set_combo_code, vocab_text


class PartnershipDialog(QDialog):
    """Edits a partnership; ``exec()`` is Accepted only once the service has stored it.

    ``partnership_id`` None means a new partnership. After a successful save
    ``saved_id`` holds the partnership's id.
    """

    def __init__(
        self,
        services: Services,
        partnership_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.saved_id: str | None = None
        self.ui = Ui_PartnershipDialog()
        self.ui.setupUi(self)
        self.picker = JstPicker(services.teryt, self.ui.membersTab)
        self.ui.membersLayout.addWidget(self.picker)
        self._formal: dict[str, QCheckBox] = {}
        self._merit: dict[str, QSpinBox] = {}
        self._fill_choices()
        self._build_criteria()
        for check, edit in self._date_widgets().values():
            check.toggled.connect(partial(self._date_toggled, edit))
        self._chain_focus()

        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

        self._id: str | None = None
        if partnership_id is None:
            self._show(PartnershipData())
        else:
            view = services.partnerships.get(partnership_id)
            self._id = view.id
            self._show(view.data)
            self.setWindowTitle(self.tr("Partnerstwo: {short}").format(short=view.data.short_name))
        self.ui.nameEdit.setFocus()

    # -- building -----------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.voivodeshipCombo.addItem(self.tr("(z lidera)"), "")
        for code, name in sorted(self._services.teryt.voivodeships.items()):
            ui.voivodeshipCombo.addItem(name, code)
        fill_vocab_combo(ui.osiCombo, Osi)
        fill_vocab_combo(ui.editionCombo, Edition)
        fill_vocab_combo(ui.strategyTypeCombo, StrategyType)
        fill_vocab_combo(ui.formalBasisCombo, FormalBasis, self.tr("(nie określono)"))
        fill_vocab_combo(ui.stageCombo, Stage)

    def _build_criteria(self) -> None:
        """One row per criterion of ``domain.vocab``, so the dialog follows the programme."""
        for criterion in FORMAL_CRITERIA:
            box = QCheckBox(vocab_text(criterion.label), self.ui.formalGroup)
            box.toggled.connect(self._update_total)
            self.ui.formalLayout.addWidget(box)
            self._formal[criterion.field] = box
        self.ui.meritGroup.setTitle(
            self.tr("Kryteria merytoryczne (0–{max} pkt każde)").format(max=MERIT_MAX)
        )
        for criterion in MERIT_CRITERIA:
            spin = QSpinBox(self.ui.meritGroup)
            spin.setRange(0, MERIT_MAX)
            spin.setSuffix(self.tr(" pkt"))
            spin.setAccessibleName(vocab_text(criterion.label))
            spin.valueChanged.connect(self._update_total)
            self.ui.meritLayout.addRow(vocab_text(criterion.label) + ":", spin)
            self._merit[criterion.field] = spin
        font = self.ui.criteriaTotalLabel.font()
        font.setBold(True)
        self.ui.criteriaTotalLabel.setFont(font)

    def _chain_focus(self) -> None:
        """Put the widgets made in code into the Tab order the form declares."""
        chain: list[QWidget] = [
            self.ui.notesEdit,
            *self.picker.focus_chain(),
            *self._formal.values(),
            *self._merit.values(),
            self.ui.formedOnCheck,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _date_widgets(self) -> dict[str, tuple[QCheckBox, QDateEdit]]:
        ui = self.ui
        return {
            "formed_on": (ui.formedOnCheck, ui.formedOnEdit),
            "selected_on": (ui.selectedOnCheck, ui.selectedOnEdit),
            "advisory_start": (ui.advisoryStartCheck, ui.advisoryStartEdit),
            "strategy_adopted_on": (ui.strategyAdoptedOnCheck, ui.strategyAdoptedOnEdit),
            "advisory_end": (ui.advisoryEndCheck, ui.advisoryEndEdit),
        }

    # -- values -------------------------------------------------------------------

    def _show(self, data: PartnershipData) -> None:
        ui = self.ui
        ui.nameEdit.setText(data.name)
        ui.shortNameEdit.setText(data.short_name)
        set_combo_code(ui.voivodeshipCombo, data.voivodeship)
        set_combo_code(ui.osiCombo, data.osi)
        set_combo_code(ui.editionCombo, data.edition)
        set_combo_code(ui.strategyTypeCombo, data.strategy_type)
        set_combo_code(ui.formalBasisCombo, data.formal_basis)
        ui.formalBasisNoteEdit.setText(data.formal_basis_note)
        set_combo_code(ui.stageCombo, data.stage)
        ui.coordinatorEdit.setText(data.coordinator)
        ui.advisorsEdit.setPlainText(data.advisors)
        ui.councilEdit.setPlainText(data.council)
        ui.notesEdit.setPlainText(data.notes)
        self.picker.set_members(data.members, data.leader_teryt)
        for name, box in self._formal.items():
            box.setChecked(bool(data.criteria.get(name, 0)))
        for name, spin in self._merit.items():
            spin.setValue(int(data.criteria.get(name, 0)))
        for name, (check, edit) in self._date_widgets().items():
            value: date | None = getattr(data, name)
            check.setChecked(value is not None)
            edit.setEnabled(value is not None)
            edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())
        self._update_total()

    def data(self) -> PartnershipData:
        """What the widgets hold now, as the service expects it."""
        ui = self.ui
        basis = combo_code(ui.formalBasisCombo)
        criteria = {name: int(box.isChecked()) for name, box in self._formal.items()}
        criteria |= {name: spin.value() for name, spin in self._merit.items()}
        result = PartnershipData(
            name=ui.nameEdit.text(),
            short_name=ui.shortNameEdit.text(),
            voivodeship=combo_code(ui.voivodeshipCombo),
            osi=Osi(combo_code(ui.osiCombo)),
            edition=Edition(combo_code(ui.editionCombo)),
            strategy_type=StrategyType(combo_code(ui.strategyTypeCombo)),
            formal_basis=FormalBasis(basis) if basis else None,
            formal_basis_note=ui.formalBasisNoteEdit.text(),
            leader_teryt=self.picker.leader(),
            members=self.picker.members(),
            council=ui.councilEdit.toPlainText(),
            coordinator=ui.coordinatorEdit.text(),
            advisors=ui.advisorsEdit.toPlainText(),
            stage=Stage(combo_code(ui.stageCombo)),
            notes=ui.notesEdit.toPlainText(),
            criteria=criteria,
        )
        for name, (check, edit) in self._date_widgets().items():
            known = check.isChecked() and edit.date() != edit.minimumDate()
            setattr(result, name, edit.date().toPython() if known else None)
        return result

    # -- behaviour ----------------------------------------------------------------

    def accept(self) -> None:
        """Store the partnership; on a refusal say why and keep everything as typed."""
        data = self.data()
        try:
            if self._id is None:
                self.saved_id = self._services.partnerships.create(data)
            else:
                self._services.partnerships.update(self._id, data)
                self.saved_id = self._id
        except UserError as exc:
            messages.show_user_error(self, exc)
            self._focus_offending(exc)
            return
        super().accept()

    def _focus_offending(self, exc: UserError) -> None:
        """Show the tab and field a service refusal is about (``UserError.field``)."""
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "name": ui.nameEdit,
            "short_name": ui.shortNameEdit,
            "voivodeship": ui.voivodeshipCombo,
            "members": self.picker.ui.membersView,
            "advisory_end": ui.advisoryEndEdit,
            **self._merit,
        }
        target = widgets.get(exc.field or "")
        if target is None:
            return
        for index in range(ui.tabs.count()):
            if ui.tabs.widget(index).isAncestorOf(target):
                ui.tabs.setCurrentIndex(index)
        target.setFocus()
        if isinstance(target, QLineEdit):
            target.selectAll()

    @staticmethod
    def _date_toggled(edit: QDateEdit, known: bool) -> None:
        """A date being ticked starts at today; an unticked one shows "brak" (its minimum)."""
        if not known:
            edit.setDate(edit.minimumDate())
        elif edit.date() == edit.minimumDate():
            edit.setDate(QDate.currentDate())

    def _focus_search(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.membersTab)
        self.picker.focus_search()

    def _tab_changed(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.membersTab:
            self.picker.focus_search()

    def _update_total(self) -> None:
        formal = sum(box.isChecked() for box in self._formal.values())
        merit = sum(spin.value() for spin in self._merit.values())
        self.ui.criteriaTotalLabel.setText(
            self.tr("Kryteria formalne: {formal}/{count} · merytoryczne: {merit} pkt").format(
                formal=formal, count=len(self._formal), merit=merit
            )
        )
