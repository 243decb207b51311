"""``make bench``: build (or reuse) the data set, run every benchmark, print one table.

Each row is: what | measured | reference | ratio | target | verdict. A missed
target is reported, not raised: the exit status is non-zero only when a
benchmark could not run at all.

    python -m tests.benchmarks [--seed N] [--scale X] [--runs N] [--only NAME …]
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence

import PySide6

from tests.benchmarks.generate import DEFAULT_SEED, Dataset, cached
from tests.benchmarks.measure import BenchmarkError, Result, Skipped

#: Benchmark modules, each with ``run(dataset, runs) -> list[Result]``.
BENCHMARKS = ("startup", "filter_typing", "survey_import", "docx_strategy", "sync", "crash")
COLUMNS = ("what", "measured", "reference", "ratio", "target", "verdict")


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        ms = value * 1000
        return f"{ms:.0f} ms" if ms >= 10 else f"{ms:.2g} ms"
    return f"{value:.1f} {unit}"


def row(result: Result) -> tuple[str, ...]:
    """A result as table cells."""
    ratio = result.ratio
    verdict = {True: "met", False: "MISSED", None: "—"}[result.met]
    return (
        result.what,
        _value(result.measured, result.unit),
        _value(result.reference, result.unit),
        "—" if ratio is None else f"{ratio:.2f} ×",
        result.target,
        verdict,
    )


def table(rows: Sequence[tuple[str, ...]]) -> str:
    """Rows under the column names, padded to line up in a terminal."""
    lines = [COLUMNS, *rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]
    text = [
        " | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) for line in lines
    ]
    text.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in text)


def _header(dataset: Dataset) -> str:
    counts = ", ".join(f"{n} {name}" for name, n in dataset.counts.items())
    origin = "cached" if dataset.reused else "generated now"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"{os.cpu_count()} CPUs, load average {load}\n"
        f"Data set (seed {dataset.seed}, scale {dataset.scale:g}): {counts}; {origin}, "
        f"generation took {dataset.seconds:.1f} s\n{dataset.data_dir}"
    )


def _progress(family: str, seconds: float) -> None:
    print(f"generated {family} in {seconds:.1f} s", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the selected benchmarks and print the table; 1 if any could not run."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0, help="1 = the full programme")
    parser.add_argument("--runs", type=int, default=7, help="measured runs after one warm-up")
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, default=list(BENCHMARKS))
    args = parser.parse_args(argv)

    dataset = cached(args.seed, args.scale, progress=_progress)
    print(_header(dataset), flush=True)
    rows: list[tuple[str, ...]] = []
    failed = False
    for name in args.only:
        run: Callable[..., list[Result]] = importlib.import_module(f"tests.benchmarks.{name}").run
        began = time.perf_counter()
        print(f"running {name} …", end=" ", flush=True)
        try:
            rows.extend(row(r) for r in run(dataset, runs=args.runs))
            print(f"{time.perf_counter() - began:.0f} s", flush=True)
        except Skipped as exc:
            print("skipped", flush=True)
            rows.append((name, f"skipped: {exc}", "", "", "", "—"))
        except BenchmarkError as exc:
            print("FAILED", flush=True)
            print(exc, file=sys.stderr)
            rows.append((name, "failed (see above)", "", "", "", "—"))
            failed = True
    print()
    print(table(rows))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
