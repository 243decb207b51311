"""What a sync or a bundle exchange did, as the UI and the CLI report it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class SyncReport:
    """Counts of one sync with the central store."""

    pushed: int = 0
    already_there: int = 0
    held_back: int = 0
    pulled: int = 0
    new_conflicts: int = 0
    open_conflicts: int = 0
    blobs_sent: int = 0
    blobs_received: int = 0
    finished_at: datetime | None = None
    partnerships: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """For ``sync --json``."""
        data = asdict(self)
        data["finished_at"] = self.finished_at.isoformat() if self.finished_at else None
        return data


@dataclass
class BundleReport:
    """Counts of one ``.cwdsync`` export or import."""

    path: str
    mutations: int = 0
    blobs: int = 0
    applied: int = 0
    already_there: int = 0
    new_conflicts: int = 0
    missing_rows: int = 0

    def to_json(self) -> dict[str, Any]:
        """For ``bundle export|import --json``."""
        return asdict(self)
