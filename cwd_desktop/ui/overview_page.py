"""The "Przegląd" area: what a partnership is, where it stands, who is in it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from cwd_desktop.domain.vocab import FORMAL_CRITERIA, Stage, label
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView
from cwd_desktop.ui.forms.ui_overview_page import Ui_OverviewPage


def _v(text: str) -> str:
    return QCoreApplication.translate("vocab", text)


def _stage_titles() -> list[tuple[Stage, str]]:
    return [
        (Stage.WORKPLAN, QCoreApplication.translate("OverviewPage", "1. Plan pracy")),
        (Stage.DIAGNOSIS, QCoreApplication.translate("OverviewPage", "2. Diagnoza")),
        (Stage.STRATEGY, QCoreApplication.translate("OverviewPage", "3. Strategia")),
        (Stage.IMPLEMENTATION, QCoreApplication.translate("OverviewPage", "4. Wdrożenie")),
        (Stage.COMPONENT_II, QCoreApplication.translate("OverviewPage", "Komponent II")),
    ]


class OverviewPage(QWidget):
    """Read-only summary of the selected partnership; edited in the dialog."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self._stage_labels: dict[Stage, QLabel] = {}
        for stage, title in _stage_titles():
            chip = QLabel(title)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setMinimumHeight(30)
            self.ui.stageStrip.addWidget(chip, 1)
            self._stage_labels[stage] = chip
        self._members = QStandardItemModel(self)
        self.ui.membersTable.setModel(self._members)
        self.ui.membersTable.verticalHeader().hide()
        self.ui.datesLayout.setRowStretch(self.ui.datesLayout.rowCount(), 1)

    def show_partnership(self, view: PartnershipView) -> None:
        """Fill every field from ``view``."""
        d = view.data
        ui = self.ui
        voivodeship = self._services.teryt.voivodeships.get(d.voivodeship or "", "—")
        ui.titleLabel.setText(d.name)
        ui.subtitleLabel.setText(
            self.tr("{short} · województwo {voiv} · {n} JST").format(
                short=d.short_name, voiv=voivodeship, n=len(view.members)
            )
        )
        self._show_stage(d.stage)
        ui.osiValue.setText(_v(label(d.osi)))
        ui.editionValue.setText(_v(label(d.edition)))
        ui.strategyValue.setText(_v(label(d.strategy_type)))
        basis = _v(label(d.formal_basis)) if d.formal_basis else "—"
        ui.basisValue.setText(f"{basis}. {d.formal_basis_note}" if d.formal_basis_note else basis)
        leader = view.leader
        ui.leaderValue.setText(
            self.tr("{name} ({kind}), pow. {powiat}, woj. {voivodeship}").format(
                name=leader.name,
                kind=_v(leader.kind),
                powiat=leader.powiat or "—",
                voivodeship=leader.voivodeship,
            )
            if leader
            else "—"
        )
        ui.coordinatorValue.setText(d.coordinator or "—")
        ui.advisorsValue.setText(", ".join(a for a in d.advisors.splitlines() if a) or "—")
        missing = [_v(c.label) for c in FORMAL_CRITERIA if not d.criteria.get(c.field)]
        criteria = self.tr("formalne {ok}/8, merytoryczne {pts} pkt").format(
            ok=view.formal_score(), pts=view.merit_score()
        )
        if missing:
            criteria += "\n" + self.tr("brak: {list}").format(list="; ".join(missing))
        ui.criteriaValue.setText(criteria)
        for name, widget in (
            ("formed_on", ui.formedOnValue),
            ("selected_on", ui.selectedOnValue),
            ("advisory_start", ui.advisoryStartValue),
            ("strategy_adopted_on", ui.strategyAdoptedOnValue),
            ("advisory_end", ui.advisoryEndValue),
        ):
            value: date | None = getattr(d, name)
            widget.setText(value.strftime("%d.%m.%Y") if value else "—")
        ui.councilValue.setText(d.council or "—")
        self._fill_members(view)

    def _show_stage(self, current: Stage) -> None:
        order = [s for s, _ in _stage_titles()]
        for stage, chip in self._stage_labels.items():
            if stage == current:
                style = "background:#1f6feb;color:white;font-weight:bold;border-radius:4px;"
            elif order.index(stage) < order.index(current):
                style = "background:#d8e8d8;color:#234;border-radius:4px;"
            else:
                style = "background:#eceff3;color:#667;border-radius:4px;"
            chip.setStyleSheet(style)
            chip.setToolTip(_v(label(current)) if stage == current else "")

    def _fill_members(self, view: PartnershipView) -> None:
        model = self._members
        model.clear()
        model.setHorizontalHeaderLabels(
            [
                self.tr("Kod TERYT"),
                self.tr("Nazwa"),
                self.tr("Rodzaj"),
                self.tr("Powiat"),
                self.tr("Rola"),
            ]
        )
        for jst in view.members:
            role = self.tr("lider") if jst.code == view.data.leader_teryt else self.tr("członek")
            cells: list[Any] = [jst.code, jst.name, _v(jst.kind), jst.powiat or "—", role]
            items = [QStandardItem(str(c)) for c in cells]
            if jst.code == view.data.leader_teryt:
                for item in items:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            model.appendRow(items)
        table = self.ui.membersTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.resizeRowsToContents()
        rows_height = sum(table.rowHeight(r) for r in range(model.rowCount()))
        table.setMinimumHeight(min(rows_height + header.height() + 6, 480))
