"""Start a built bundle once and fail loudly unless it really runs.

Usage: ``python packaging/smoke_test.py dist/cwd-desktop`` (run by ``make package``).

In a fresh temporary data folder, with a clean environment (no source tree,
no ``CWD_RESOURCES``), the bundled program must:
1. print its version (``--version``);
2. create a store, run the Alembic migrations and load the demo programme
   (``demo``: the ORM, the TERYT register, every demo module);
3. pass ``check`` (integrity, schema revision, search index);
4. open the GUI offscreen with ``CWD_SMOKE_TEST=1``, switch it from Polish to
   English through Widok > Język (the window reopens), paint it, open every
   area page and the About dialog, and exit with 0 (``cwd_desktop/ui/smoke.py``).
Exit status 0 when all pass, 1 otherwise, with the failing step's output.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from manifest import APP_NAME, read_version


def program(dist: Path) -> Path:
    """The executable inside the one-folder bundle."""
    for name in (f"{APP_NAME}-cli.exe", f"{APP_NAME}.exe", APP_NAME):
        if (dist / name).is_file():
            return dist / name
    raise SystemExit(f"no {APP_NAME} program in {dist}")


def clean_env(work: Path) -> dict[str, str]:
    """The caller's environment without anything pointing into the source tree."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("CWD_", "PYTHON", "QT_")) and k != "VIRTUAL_ENV"
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CWD_LOG_DIR=str(work / "logs"),
        HOME=str(work / "home"),
        XDG_RUNTIME_DIR=str(work / "runtime"),
    )
    (work / "home").mkdir()
    (work / "runtime").mkdir(mode=0o700)
    return env


def step(name: str, args: list[str], env: dict[str, str], cwd: Path, expect: str) -> bool:
    """Run one step; True when it exits 0 and prints ``expect``."""
    try:
        done = subprocess.run(
            args, env=env, cwd=cwd, capture_output=True, text=True, timeout=300, check=False
        )
    except subprocess.TimeoutExpired:
        print(f"FAIL {name}: no answer in 300 s")
        return False
    ok = done.returncode == 0 and expect in done.stdout
    print(f"{'ok  ' if ok else 'FAIL'} {name} (exit {done.returncode})")
    if not ok:
        print(f"--- stdout\n{done.stdout}--- stderr\n{done.stderr}---")
    else:
        for line in done.stdout.splitlines():
            if line.startswith("CWD_SMOKE"):
                print(f"     {line}")
    return ok


def main() -> int:
    """Run every step against the bundle named on the command line."""
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    exe = program(Path(sys.argv[1]).resolve())
    with tempfile.TemporaryDirectory(prefix="cwd-smoke-") as tmp:
        work = Path(tmp)
        data = work / "data"
        env = clean_env(work)
        base = [str(exe), "--data-dir", str(data)]
        results = [
            step("--version", [str(exe), "--version"], env, work, read_version()),
            step("demo data", [*base, "demo"], env, work, "PGZB"),
            step("check", [*base, "check"], env, work, "integrity"),
            step(
                "GUI, switched to English",
                base,
                dict(env, CWD_SMOKE_TEST="1", CWD_SMOKE_LANGUAGE="en"),
                work,
                "lang=en file_menu='&File'",  # only in the CWD_SMOKE_OK line
            ),
        ]
    if all(results):
        print(f"{exe} runs.")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
