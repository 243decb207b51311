"""The filter bar of the surveys page: which gmina and which age group are counted.

Each filter offers "wszystkie" and the values found in the survey: the
gminy respondents live in (TERYT-matched answers of the gmina question) and
the age groups of its age question. A survey without such a question gets
the filter disabled, with a tooltip that says why, rather than a list
that silently filters nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cwd_desktop.services.survey_summary import Dimension, Filters
from cwd_desktop.ui.forms.ui_surveys_page import Ui_SurveysPage
from cwd_desktop.ui.survey_state import Choice, SurveyState


class FilterBar(QObject):
    """Drives the gmina and age combos; ``sig_changed`` when the user picks other filters."""

    sig_changed = Signal()

    def __init__(self, ui: Ui_SurveysPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.gminy: list[Choice] = []
        self.ages: list[str] = []
        ui.gminaCombo.currentIndexChanged.connect(self._on_change)
        ui.ageCombo.currentIndexChanged.connect(self._on_change)
        ui.clearFiltersButton.clicked.connect(self.clear)

    def fill(self, state: SurveyState | None, gminy: list[Choice]) -> None:
        """Offer ``state``'s gminy and age groups, every respondent counted (no signal)."""
        ui = self.ui
        self.gminy = gminy if state is not None else []
        self.ages = state.age_groups() if state is not None else []
        for combo, labels, dimension, why in (
            (
                ui.gminaCombo,
                [c.label for c in self.gminy],
                Dimension.GMINA,
                self.tr("Ankieta nie ma pytania o gminę zamieszkania."),
            ),
            (ui.ageCombo, self.ages, Dimension.AGE, self.tr("Ankieta nie ma pytania o wiek.")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("wszystkie"))
            combo.addItems(labels)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
            available = state is not None and state.has(dimension) and bool(labels)
            combo.setEnabled(available)
            combo.setToolTip("" if available or state is None else why)
        ui.clearFiltersButton.setEnabled(False)

    def filters(self) -> Filters:
        """The filters chosen in the bar."""
        gmina, age = self.ui.gminaCombo.currentIndex(), self.ui.ageCombo.currentIndex()
        return Filters(
            gminy=frozenset({self.gminy[gmina - 1].value}) if gmina > 0 else None,
            age_groups=frozenset({self.ages[age - 1]}) if age > 0 else None,
        )

    def set(self, gmina: str | None = None, age_group: str | None = None) -> None:
        """Choose a gmina (TERYT code, ``""``: unassigned) and an age group; None: all."""
        codes = [c.value for c in self.gminy]
        self.ui.gminaCombo.setCurrentIndex(codes.index(gmina) + 1 if gmina in codes else 0)
        ages = self.ages
        self.ui.ageCombo.setCurrentIndex(ages.index(age_group) + 1 if age_group in ages else 0)

    def clear(self) -> None:
        """Count every respondent again."""
        self.set(None, None)

    def _on_change(self, _index: int) -> None:
        self.ui.clearFiltersButton.setEnabled(self.filters().active)
        self.sig_changed.emit()
