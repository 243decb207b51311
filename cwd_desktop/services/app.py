"""The service container handed to the UI and the CLI for one open store."""

from __future__ import annotations

from functools import cached_property

from cwd_desktop.services.partnerships import PartnershipService
from cwd_desktop.services.teryt import TerytRegister
from cwd_desktop.store import Store


class Services:
    """Every use case of the app, bound to one store. No Qt, no global state."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @cached_property
    def teryt(self) -> TerytRegister:
        """The JST register, read on first use."""
        return TerytRegister(self.store)

    @cached_property
    def partnerships(self) -> PartnershipService:
        """Partnerships and their member JST."""
        return PartnershipService(self.store, self.teryt)
