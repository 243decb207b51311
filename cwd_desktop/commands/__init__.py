"""CLI commands of the areas, one module each, found by ``cli.build_parser``.

A module here defines ``register(sub, add)``: ``sub`` is the top-level
subparsers object and ``add(parent, name, handler, help)`` creates a
subcommand that accepts ``--data-dir`` and ``--json``. Handlers take
``(services, args)`` and import their services lazily, so that building the
parser stays cheap for the GUI.
"""
