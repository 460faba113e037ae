"""Extraction and assembly time of two versions of the code, alternated, CPU beside wall.

    python bench/speed_pairs.py 38bc591 .                # the round's start, the working tree
    python bench/speed_pairs.py 38bc591 main --pairs 3 --n 100

Each run is a fresh process importing a byte-compiled copy of one version's package
(``bench/build.py``'s ``frozen_revision``: a git revision, or ``.`` for the working tree),
with the model loaded before anything is timed; it extracts the speed corpus of
``bench/events.py`` (``--n`` generated articles, seed 7, made once by this tree's
``bench/make_corpus.py`` and read by both versions) as a fresh worker does (no word vector
memoised), then assembles it (every run with the same ID registry: none is written),
``--repeat`` times each, and reports the best of each in milliseconds an article
(extraction) and seconds (assembly), wall clock and the process's CPU time side by side,
with the load average before and after the run.

On a shared host one version's runs differ by several milliseconds an article from one
minute to the next: the versions run in ABBA order (``order``: A B B A, ``--pairs`` times
two runs each), so that both meet the same load, and the CPU time, which the load moves
less than the wall clock, is the figure to compare. Not run by ``make test``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import build  # noqa: E402  (bench/build.py: the frozen copies of a revision)


@dataclass(frozen=True)
class Run:
    """One run of one version: its best extraction (ms an article) and assembly (s), wall
    clock and CPU time, and the load average before and after."""

    version: str
    extract_ms_wall: float
    extract_ms_cpu: float
    assemble_s_wall: float
    assemble_s_cpu: float
    load: tuple[float, float]

    def line(self) -> str:
        return (
            f"{self.version}: extraction {self.extract_ms_cpu:.1f} ms CPU "
            f"({self.extract_ms_wall:.1f} wall) an article, assembly {self.assemble_s_cpu:.3f} s "
            f"CPU ({self.assemble_s_wall:.3f} wall), load {self.load[0]:.1f}-{self.load[1]:.1f}"
        )


def order(versions: tuple[str, str], pairs: int) -> list[str]:
    """The runs' order: A B B A, then again, ``pairs`` times two runs of each version
    (``pairs`` 3: A B B A A B)."""
    a, b = versions
    return [(a, b, b, a)[k % 4] for k in range(2 * pairs)]


def best(func: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(best wall clock, best CPU time) of ``repeat`` calls of ``func``, in seconds."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        func()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def child(content: Path, repeat: int) -> dict[str, Any]:
    """One run, in the process of one version: extraction and assembly of ``content``."""
    from timeline.articles import load_articles
    from timeline.chronology import assemble_chronology
    from timeline.events import embeddings
    from timeline.events.extract import extract_articles
    from timeline.events.nlp import get_nlp

    get_nlp()
    load = os.getloadavg()[0]
    articles = load_articles(content)
    extractions: list[Any] = []

    def extract() -> None:
        embeddings.clear()  # as a fresh worker: no word vector memoised
        extractions[:] = extract_articles(articles)

    extract_wall, extract_cpu = best(extract, repeat)
    assemble_wall, assemble_cpu = best(
        lambda: assemble_chronology(articles, extractions, content, write_ids=False), repeat
    )
    n = len(articles)
    return {
        "extract_ms_wall": 1000 * extract_wall / n,
        "extract_ms_cpu": 1000 * extract_cpu / n,
        "assemble_s_wall": assemble_wall,
        "assemble_s_cpu": assemble_cpu,
        "load": [load, os.getloadavg()[0]],
    }


def run_version(version: str, code: Path, content: Path, repeat: int) -> Run:
    """One run of ``version`` (its frozen ``code``) in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(content), "--repeat", str(repeat)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return Run(
        version,
        figures["extract_ms_wall"],
        figures["extract_ms_cpu"],
        figures["assemble_s_wall"],
        figures["assemble_s_cpu"],
        (figures["load"][0], figures["load"][1]),
    )


def summary(runs: list[Run]) -> list[str]:
    """Each version's runs and medians, extraction's CPU time first."""
    lines = []
    for version in dict.fromkeys(r.version for r in runs):
        mine = [r for r in runs if r.version == version]
        cpu = [round(r.extract_ms_cpu, 1) for r in mine]
        wall = [round(r.extract_ms_wall, 1) for r in mine]
        assembly = [round(r.assemble_s_cpu, 3) for r in mine]
        lines.append(
            f"{version}: extraction CPU {cpu} (median {statistics.median(cpu):.1f}) ms an "
            f"article, wall {wall}; assembly CPU {assembly} (median "
            f"{statistics.median(assembly):.3f}) s"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("versions", nargs="*", help="two git revisions, '.' the working tree")
    parser.add_argument("--pairs", type=int, default=3, help="runs of each version")
    parser.add_argument("--n", type=int, default=100, help="generated articles")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many, each run")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(child(args.child, args.repeat)))
        return 0
    if len(args.versions) != 2:
        parser.error("two versions to compare")
    from events import corpus  # bench/events.py: the speed corpus

    first, second = args.versions
    codes = {v: build.frozen_revision(v) for v in dict.fromkeys((first, second))}
    runs: list[Run] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            content = corpus(args.n, Path(tmp) / "corpus")
            for version in order((first, second), args.pairs):
                runs.append(run_version(version, codes[version], content, args.repeat))
                print(runs[-1].line(), flush=True)
    finally:
        for code in codes.values():
            shutil.rmtree(code, ignore_errors=True)
    print("\n".join(summary(runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
