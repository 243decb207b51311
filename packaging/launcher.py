"""The PyInstaller entry script: the same ``main`` as ``cwd-desktop`` and ``python -m``."""

from cwd_desktop.__main__ import main

if __name__ == "__main__":
    main()
