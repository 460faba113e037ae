"""A build's work counted by Valgrind's cachegrind: figures no load or host can move.

On the benchmarks' machine a build's CPU time, even counted in units of a probe's work on
its core (``speed_probe.py``), depends on what else runs: the dossier's ratio to a plain
build read 1.68-1.72 on a quiet machine and 1.47-1.53 under the load of eight helpers, the
plain build (Markdown, templates, files written) slowing more under load than the
dossier's assembly, and a probe's own work slowing as neither does. Cachegrind runs the
build on a simulated processor instead: the instructions it executes and the reads and
writes that miss a simulated cache are the same on a quiet or a loaded machine, and on a
fast or a slow host.

Two figures per build (every process of its tree summed: ``--trace-children``):
- ``instructions``: instructions executed (cachegrind's ``Ir``);
- ``cycles``: an estimate of the cycles they take, from the simulated caches (``CACHES``:
  a Zen 3 core's first-level caches and its last-level cache, fixed so that another
  machine counts the same), by the usual weights: an access served by the first level
  costs 1, by the last level 5, by memory 35 (``estimated_cycles``).

A build runs about 40 times slower under cachegrind with its cache simulation (the
dossier's pair: 337 s of CPU for the dossier build, 238 s for the plain build, against 8
and 5 s), so the bench counts one pair where it times three; two runs of one build counted
instructions 0.13 % apart (Python's hash seed, not the load).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

#: the simulated caches: first level (instructions, data) and last level, as
#: size,associativity,line size; a Zen 3 core's L1 caches and its CCX's L3
CACHES = ("--I1=32768,8,64", "--D1=32768,8,64", "--LL=33554432,16,64")
#: what an access costs by where it is served: the first level, the last, memory
L1_COST, LL_COST, MEMORY_COST = 1, 5, 35
_OUT = "cachegrind.out"


@dataclass(frozen=True)
class Counts:
    """What cachegrind counted of a run (every process summed)."""

    instructions: int  # Ir
    accesses: int  # instructions fetched and data read or written: Ir + Dr + Dw
    first_level_misses: int  # I1mr + D1mr + D1mw
    last_level_misses: int  # ILmr + DLmr + DLmw

    @property
    def cycles(self) -> int:
        """The estimated cycles: each access weighed by where it was served."""
        return estimated_cycles(self)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.instructions + other.instructions,
            self.accesses + other.accesses,
            self.first_level_misses + other.first_level_misses,
            self.last_level_misses + other.last_level_misses,
        )


NOTHING = Counts(0, 0, 0, 0)


def estimated_cycles(counts: Counts) -> int:
    first = counts.accesses - counts.first_level_misses
    last = counts.first_level_misses - counts.last_level_misses
    return L1_COST * first + LL_COST * last + MEMORY_COST * counts.last_level_misses


def available() -> bool:
    """Valgrind is installed."""
    return shutil.which("valgrind") is not None


def prefix(folder: Path) -> list[str]:
    """The command line that runs a command under cachegrind, each process of its tree
    writing its counts into ``folder``."""
    return [
        "valgrind",
        "-q",
        "--tool=cachegrind",
        "--cache-sim=yes",
        *CACHES,
        "--trace-children=yes",
        f"--cachegrind-out-file={folder / _OUT}.%p",
    ]


def parse(text: str, name: str = "cachegrind output") -> Counts:
    """The counts of one process's cachegrind output file (its ``events:`` and
    ``summary:`` lines); ValueError naming ``name`` when they are missing or malformed."""
    events: list[str] = []
    summary: list[int] = []
    for line in text.splitlines():
        if line.startswith("events:"):
            events = line.split()[1:]
        elif line.startswith("summary:"):
            try:
                summary = [int(value) for value in line.split()[1:]]
            except ValueError:
                raise ValueError(f"{name}: a summary that is not numbers: {line!r}") from None
    if not events or len(summary) != len(events):
        raise ValueError(f"{name}: no events and summary of as many counts")
    found = dict(zip(events, summary, strict=True))
    try:
        return Counts(
            instructions=found["Ir"],
            accesses=found["Ir"] + found["Dr"] + found["Dw"],
            first_level_misses=found["I1mr"] + found["D1mr"] + found["D1mw"],
            last_level_misses=found["ILmr"] + found["DLmr"] + found["DLmw"],
        )
    except KeyError as missing:
        raise ValueError(f"{name}: no count of {missing} (cache simulation off?)") from None


def counted(folder: Path) -> Counts:
    """Every process's counts in ``folder`` (written by a command run with ``prefix``),
    summed."""
    total = NOTHING
    for path in sorted(folder.glob(f"{_OUT}.*")):
        total = total + parse(path.read_text(encoding="utf-8"), str(path))
    return total
