"""Entry point: ``python -m cwd_desktop`` and the ``cwd-desktop`` script."""

import sys


def main() -> None:
    """Run the CLI (or the GUI with no command) and exit with its status."""
    from cwd_desktop.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
