"""Write the fuzzers' XLS and ODS seeds: ``tests/fuzz/seeds/``.

The fuzzers build CSV and XLSX files themselves (openpyxl), but XLS (an OLE
compound file) and ODS are written only by office programs; so each
importer's plausible sample is saved once by LibreOffice Calc in both
formats, committed, and damaged by the fuzzers like any other seed. Run
from the repository root with LibreOffice installed:
``.venv/bin/python -m tests.fuzz.make_seeds``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.fuzz.strategies import Vocabulary, build_xlsx

SEEDS = Path(__file__).resolve().parent / "seeds"


def write_seeds(name: str, vocab: Vocabulary) -> None:
    """``seeds/<name>.xls`` and ``.ods`` holding ``vocab.sample``."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise SystemExit("LibreOffice (soffice) is needed to write the seeds")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{name}.xlsx"
        source.write_bytes(build_xlsx([list(row) for row in vocab.sample], [], ""))
        for fmt in ("xls", "ods"):
            subprocess.run(
                [
                    office,
                    f"-env:UserInstallation=file://{folder}/profile",
                    "--headless",
                    "--convert-to",
                    fmt,
                    "--outdir",
                    str(SEEDS),
                    str(source),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )


def main() -> None:
    from tests.fuzz import test_fuzz_indicator_import as indicators
    from tests.fuzz import test_fuzz_stakeholder_import as stakeholders
    from tests.fuzz import test_fuzz_survey_import as surveys

    SEEDS.mkdir(exist_ok=True)
    write_seeds("rejestr", stakeholders.VOCABULARY)
    write_seeds("ankieta", surveys.VOCABULARY)
    write_seeds("wskaznik", indicators.VOCABULARY)
    for path in sorted(SEEDS.iterdir()):
        print(path.name, path.stat().st_size)


if __name__ == "__main__":
    main()
