"""``export KIND --partnership P -o FILE.docx``: Word deliverables from scripts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cwd_desktop import cli
from cwd_desktop.services.app import Services
from cwd_desktop.store import open_store
from tests.exports.docx_check import reopen
from tests.exports.docx_data import consultation_log, meeting_with_minutes
from tests.test_cli import assert_one_sentence


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(data_dir: Path) -> tuple[Path, str]:
    """A data folder with a consultation log and a meeting; returns (folder, meeting id)."""
    store = open_store(data_dir)
    try:
        services = Services(store)
        log = consultation_log(services)
        meeting = meeting_with_minutes(services, log.partnership_id).meeting
    finally:
        store.close()
    return data_dir, meeting


def versions(data_dir: Path) -> list[tuple[str, str, str | None]]:
    store = open_store(data_dir)
    try:
        rows = store.reader().execute(
            "SELECT id, kind, subject_id FROM document_version ORDER BY created_at"
        )
        return [(str(a), str(b), c) for a, b, c in rows]
    finally:
        store.close()


def test_export_prints_the_file_and_the_version(
    capsys: pytest.CaptureFixture[str], filled: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, _ = filled
    target = tmp_path / "sprawozdanie.docx"

    code, out, err = run(
        capsys,
        data_dir,
        "export",
        "consultation-report",
        "--partnership",
        "PGZB",
        "-o",
        str(target),
    )

    assert code == 0, err
    [(version_id, kind, _)] = versions(data_dir)
    assert kind == "consultation-report"
    assert out.strip() == f"Zapisano {target} (wersja {version_id})."
    assert reopen(target).paragraphs[0].text == "Sprawozdanie z przebiegu i wyników konsultacji"


def test_export_minutes_as_json(
    capsys: pytest.CaptureFixture[str], filled: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, meeting = filled
    target = tmp_path / "protokol.docx"

    code, out, err = run(
        capsys,
        data_dir,
        "export",
        "minutes",
        "--partnership",
        "pgzb",
        "--meeting",
        meeting,
        "-o",
        str(target),
        "--author",
        "Marek Wiśniewski",
        "--json",
    )

    assert code == 0, err
    payload = json.loads(out)
    assert payload["path"] == str(target)
    assert payload["kind"] == "minutes"
    assert payload["title"] == "Protokół ze spotkania: Spotkanie grupy ds. transportu"
    assert payload["size"] == target.stat().st_size
    assert versions(data_dir) == [(payload["version"], "minutes", meeting)]
    assert reopen(target).core_properties.author == "Marek Wiśniewski"


def test_minutes_without_a_meeting_is_one_sentence(
    capsys: pytest.CaptureFixture[str], filled: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, _ = filled
    target = tmp_path / "protokol.docx"

    code, _, err = run(
        capsys, data_dir, "export", "minutes", "--partnership", "PGZB", "-o", str(target)
    )

    assert code == 1
    assert assert_one_sentence(err).endswith("wskaż go (opcja --meeting).")
    assert not target.exists()
    assert versions(data_dir) == []


def test_an_unknown_kind_is_a_usage_error_listing_the_kinds(
    capsys: pytest.CaptureFixture[str], filled: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, _ = filled

    code, _, err = run(
        capsys, data_dir, "export", "ulotka", "--partnership", "PGZB", "-o", str(tmp_path / "u")
    )

    assert code == 2
    assert "invalid choice: 'ulotka'" in err
    assert "'consultation-report'" in err
    assert "'minutes'" in err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("--partnership", "XYZ"), "Nie ma partnerstwa XYZ."),
        (("--partnership", "PGZB", "--meeting", "brak"), "Nie ma spotkania brak w partnerstwie"),
    ],
)
def test_bad_input_is_one_sentence(
    capsys: pytest.CaptureFixture[str],
    filled: tuple[Path, str],
    tmp_path: Path,
    argv: tuple[str, ...],
    expected: str,
) -> None:
    data_dir, _ = filled
    target = tmp_path / "protokol.docx"

    code, _, err = run(capsys, data_dir, "export", "minutes", *argv, "-o", str(target))

    assert code == 1
    assert expected in assert_one_sentence(err)
    assert not target.exists()


def test_an_unwritable_output_is_one_sentence(
    capsys: pytest.CaptureFixture[str], filled: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, _ = filled
    target = tmp_path / "brak-folderu" / "s.docx"

    code, _, err = run(
        capsys,
        data_dir,
        "export",
        "consultation-report",
        "--partnership",
        "PGZB",
        "-o",
        str(target),
    )

    assert code == 1
    assert assert_one_sentence(err).startswith(f"cwd-desktop: Nie można zapisać dokumentu {target}")
    assert versions(data_dir) == []


def test_building_the_parser_does_not_load_the_exporters() -> None:
    """Every start (the GUI's too) builds the parser: the exporters load only for ``export``."""
    probe = (
        "import sys; from cwd_desktop import cli; cli.build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith('cwd_desktop.exports')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_template_set_checks_styles_and_reset_goes_back(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    """`template set` refuses a template without the export styles and keeps the old one."""
    import shutil

    import docx

    from cwd_desktop import cli
    from cwd_desktop.exports.docx.template import shipped_template

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    plain = tmp_path / "zwykly.docx"
    docx.Document().save(str(plain))
    code, _, err = run("template", "set", str(plain))
    assert code == 1
    assert "nie ma stylu" in err and len(err.strip().splitlines()) == 1
    assert run("template", "show")[1].strip() == str(shipped_template())

    own = tmp_path / "moj.docx"
    shutil.copyfile(shipped_template(), own)
    assert run("template", "set", str(own))[0] == 0
    assert run("template", "show")[1].strip() == str(own.resolve())
    assert run("template", "reset")[0] == 0
    assert run("template", "show")[1].strip() == str(shipped_template())
