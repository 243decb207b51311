"""The service container handed to the UI and the CLI for one open store."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from cwd_desktop.services.partnerships import PartnershipService
from cwd_desktop.services.teryt import TerytRegister
from cwd_desktop.store import Store

if TYPE_CHECKING:
    from cwd_desktop.services.documents import DocumentService
    from cwd_desktop.services.records import Records
    from cwd_desktop.services.search import SearchHit
    from cwd_desktop.services.surveys import SurveyService


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

    @cached_property
    def records(self) -> Records:
        """Field-level writes shared by every area (loads the ORM on first use)."""
        from cwd_desktop.services.records import Records

        return Records(self.store)

    @cached_property
    def documents(self) -> DocumentService:
        """Word deliverables: export, versions kept as content-hashed blobs."""
        from cwd_desktop.services.documents import DocumentService

        return DocumentService(self)

    @cached_property
    def surveys(self) -> SurveyService:
        """Imported surveys: import, summaries, changes."""
        from cwd_desktop.services.surveys import SurveyService

        return SurveyService(self)

    def search(
        self, query: str, partnership_id: str | None = None, limit: int = 50
    ) -> list[tuple[str, str]]:
        """(kind, row id) of records matching ``query`` as typed; diacritics ignored."""
        from cwd_desktop.store import search

        return search.find(self.store.reader(), query, partnership_id=partnership_id, limit=limit)

    def search_hits(
        self, query: str, partnership_id: str | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Like ``search`` but with what a result list shows (kind, title, context)."""
        from cwd_desktop.services.search import search

        return search(self.store, query, partnership_id, limit)
