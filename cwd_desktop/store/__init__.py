"""The local SQLite store: engine, migrations, outbox, backups, TERYT."""

from cwd_desktop.store.store import Store, open_store

__all__ = ["Store", "open_store"]
