"""The full-programme data set for the benchmarks, deterministic for a seed.

Rows are created through the real services or, for the big tables, as ORM
objects in units of work (``data.batches``), so the outbox and the search
index are filled by their listeners and the database looks exactly as after
real use: a benchmark on rows inserted behind the store's back would
measure a different database. Each table
family has its own module in ``tests.benchmarks.data`` and its own random
stream (derived from the seed and the family's name), so adding a family
later leaves the earlier ones unchanged.

Generating takes a while, so ``cached`` keeps one folder per seed and scale
under ``tests/benchmarks/.cache/`` and rebuilds it when the schema revision,
the TERYT register or ``GENERATOR_VERSION`` changes.

    python -m tests.benchmarks.generate --out DIR [--seed N] [--scale X]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cwd_desktop import resources
from cwd_desktop.config import DB_FILENAME
from cwd_desktop.services.app import Services
from cwd_desktop.store import open_store
from cwd_desktop.store.meta import file_digest
from cwd_desktop.store.migrate import HEAD_REVISION
from tests.benchmarks.data import consultations, partnerships, stakeholders, surveys

#: Bump whenever the generated data change, so that stale caches are rebuilt.
GENERATOR_VERSION = 3
DEFAULT_SEED = 2026
CACHE_ROOT = Path(__file__).resolve().parent / ".cache"
STAMP = "dataset.json"

Family = Callable[[Services, random.Random, float], dict[str, int]]
Progress = Callable[[str, float], None]

#: Table families in creation order (later ones refer to earlier rows).
FAMILIES: tuple[tuple[str, Family], ...] = (
    ("partnerships", partnerships.create),
    ("stakeholders", stakeholders.create),
    ("consultations", consultations.create),
    ("surveys", surveys.create),
)


def generate(
    data_dir: Path,
    seed: int = DEFAULT_SEED,
    scale: float = 1.0,
    *,
    only: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill a new data folder with the data set; return row counts per family.

    ``scale`` multiplies every count (0.1 gives 8 partnerships, 70 JST, 2,000
    stakeholders, 10,000 comments, 20,000 survey responses). ``only`` names the families to make (a
    prefix of ``FAMILIES``: later ones need the earlier rows). ``progress``
    is told each family's name and the seconds it took.
    """
    if (data_dir / DB_FILENAME).exists():
        raise FileExistsError(f"{data_dir} already holds a store; generate into a new folder")
    names = [name for name, _ in FAMILIES]
    if only is not None and list(only) != names[: len(only)]:
        raise ValueError(f"families must be a prefix of {names}, not {list(only)}")
    store = open_store(data_dir)
    try:
        services = Services(store)
        counts: dict[str, int] = {}
        for name, family in FAMILIES[: len(only) if only is not None else None]:
            began = time.perf_counter()
            counts |= family(services, random.Random(f"{seed}:{name}"), scale)
            if progress is not None:
                progress(name, time.perf_counter() - began)
        counts["outbox"] = store.pending_changes()
    finally:
        store.close()
    return counts


def cache_key() -> str:
    """What the cached data depend on besides seed and scale."""
    parts = f"{HEAD_REVISION}:{GENERATOR_VERSION}:{file_digest(resources.teryt_file())}"
    return hashlib.sha256(parts.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Dataset:
    """A generated data folder (never to be opened in place: copy it first)."""

    data_dir: Path
    seed: int
    scale: float
    counts: dict[str, int]
    seconds: float  # time the generation took when it ran
    reused: bool  # taken from the cache in this run

    @property
    def label(self) -> str:
        """How result rows name it: DESIGN.md's targets are for the full data set."""
        full = "full data set" if self.scale == 1 else f"data set at scale {self.scale:g}"
        return full if self.seed == DEFAULT_SEED else f"{full}, seed {self.seed}"


def cached(
    seed: int = DEFAULT_SEED,
    scale: float = 1.0,
    root: Path = CACHE_ROOT,
    progress: Progress | None = None,
) -> Dataset:
    """The cached data set for ``seed`` and ``scale``, generated first if missing or stale.

    It is built in a temporary sibling folder and renamed into place, so an
    interrupted run never leaves a half-filled cache behind.
    """
    folder = root / f"{seed}-{scale:g}"
    stamp_file = folder / STAMP
    key = cache_key()
    if stamp_file.exists():
        stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
        if stamp.get("key") == key:
            return Dataset(
                folder / "data", seed, scale, stamp["counts"], stamp["seconds"], reused=True
            )
    building = root / f".building-{seed}-{scale:g}"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    began = time.perf_counter()
    counts = generate(building / "data", seed, scale, progress=progress)
    seconds = time.perf_counter() - began
    stamp = {"key": key, "seed": seed, "scale": scale, "counts": counts, "seconds": seconds}
    (building / STAMP).write_text(json.dumps(stamp, indent=2), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    return Dataset(folder / "data", seed, scale, counts, seconds, reused=False)


def _print_progress(name: str, seconds: float) -> None:
    print(f"  {name}: {seconds:.1f} s", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """The CLI: generate into ``--out`` and print counts and the time taken."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.generate")
    parser.add_argument("--out", type=Path, required=True, help="new data folder")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    began = time.perf_counter()
    try:
        counts = generate(args.out, args.seed, args.scale, progress=_print_progress)
    except FileExistsError as exc:
        print(exc, file=sys.stderr)
        return 1
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(f"{args.out}: {summary} in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
