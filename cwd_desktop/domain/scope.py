"""The team-wide sync scope, importable without SQLAlchemy (the UI's start-up path uses it)."""

from __future__ import annotations

#: The ``partnership_id`` of rows the whole team shares (networking events, the
#: knowledge base): every advisor may read and write them, whatever partnerships
#: they are assigned. A fixed UUID no partnership can have (uuid4 never makes it).
TEAM_SCOPE = "00000000-0000-0000-0000-00000000c0de"
