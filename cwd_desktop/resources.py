"""Where the shipped resources (TERYT register, translations, templates) live.

In a source checkout they are in ``resources/`` beside the package; an
installed wheel carries them as ``cwd_desktop/_resources``; a PyInstaller
bundle sets ``CWD_RESOURCES``.
"""

import os
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding ``teryt/``, ``translations/`` and ``templates/``."""
    override = os.environ.get("CWD_RESOURCES")
    if override:
        return Path(override)
    package = Path(__file__).resolve().parent
    for candidate in (package / "_resources", package.parent / "resources"):
        if (candidate / "teryt").is_dir():
            return candidate
    raise FileNotFoundError("cwd-desktop resources not found beside the package")


def teryt_file() -> Path:
    """The TERC register shipped with the app (the newest file in ``teryt/``)."""
    files = sorted((resources_dir() / "teryt").glob("TERC_*.csv"))
    if not files:
        raise FileNotFoundError("no TERC_*.csv in resources/teryt")
    return files[-1]
