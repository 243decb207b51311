"""The areas (pages) of a partnership shown in the navigation list.

Only areas that exist are registered; each later feature adds its own entry.
A page is a QWidget with ``show_partnership(view)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from cwd_desktop.i18n import QT_TRANSLATE_NOOP
from cwd_desktop.services.app import Services
from cwd_desktop.services.partnerships import PartnershipView


class AreaPage(Protocol):
    """What the main window needs from a page."""

    def show_partnership(self, view: PartnershipView) -> None: ...


@dataclass(frozen=True)
class Area:
    """One entry of the navigation list: a key, a Polish title, a page factory."""

    key: str
    title: str
    factory: Callable[[Services, QWidget | None], QWidget]


def registered_areas() -> list[Area]:
    """The areas in navigation order (imports pages lazily to keep start-up fast)."""
    from cwd_desktop.ui.overview_page import OverviewPage

    return [
        Area("overview", QT_TRANSLATE_NOOP("areas", "Przegląd"), OverviewPage),
    ]
