"""The English translation is complete, consistent and in step with the sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "cwd_desktop_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m
        for ctx in tree.getroot()
        for m in ctx.findall("message")
    }


def test_every_string_is_translated() -> None:
    """No English entry is missing or left unfinished."""
    unfinished = [
        key
        for key, m in messages(TS).items()
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    """Every {placeholder} of the Polish text is in the English text, so formatting works."""
    wrong = [
        key
        for key, m in messages(TS).items()
        if sorted(PLACEHOLDER.findall(key[1]))
        != sorted(PLACEHOLDER.findall(m.findtext("translation") or ""))
    ]
    assert wrong == []


def test_ts_lists_every_string_in_the_sources(tmp_path: Path) -> None:
    """`make ts` would add nothing: every marked UI string is in the catalogue."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.fail("pyside6-lupdate not installed in the virtual environment")
    fresh = tmp_path / "fresh.ts"
    sources = [
        str(p)
        for p in sorted((ROOT / "cwd_desktop").rglob("*.py"))
        if "ui/forms" not in p.as_posix()
    ]
    forms = [str(p) for p in sorted((ROOT / "forms").glob("*.ui"))]
    subprocess.run(
        [
            lupdate,
            *sources,
            *forms,
            "-source-language",
            "pl",
            "-target-language",
            "en",
            "-locations",
            "none",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    assert set(messages(fresh)) == set(messages(TS))
