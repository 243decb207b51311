"""The table view of the strategy's lists: typing in a new row starts in its required column.

An objective or a direction exists only once it has a title, so its draft
line opens in the title cell (not in the suggested number before it);
anything typed elsewhere first would be refused for the missing title.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cwd_desktop.ui.fieldwork_tables import DraftTableView


class StrategyTableView(DraftTableView):
    """A ``DraftTableView`` whose new rows are typed from ``start_column`` on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_column = 0

    def first_editable_column(self) -> int:
        return max(self.start_column, super().first_editable_column())
