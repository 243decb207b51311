"""ORM models and vocabularies; Qt-free. Import models from here."""

from cwd_desktop.domain.base import Base, Synced
from cwd_desktop.domain.local import LocalMeta, OutboxEntry
from cwd_desktop.domain.partnership import Partnership, PartnershipJst
from cwd_desktop.domain.teryt import TerytUnit

__all__ = [
    "Base",
    "LocalMeta",
    "OutboxEntry",
    "Partnership",
    "PartnershipJst",
    "Synced",
    "TerytUnit",
]
