"""How fast each core of this machine runs at each moment, to weigh a build's CPU time by it.

On the benchmarks' machine (two virtual cores of a shared host) the same pure-Python work
takes one or about two times its CPU time depending on the moment and on the core, quiet
machine or not: a fixed loop of dict and string operations, timed in CPU seconds, ran at
0.64 ms or at 1.3 ms, in episodes of a few seconds to half a minute, on either core. A
build's CPU time (4-8 s) sums whatever episodes it met, so two builds of the same pages
differed by a third, and a ratio of two builds taken seconds apart by as much.

``SpeedProbes`` runs, on each core (pinned to it), a process that does a fixed unit of such
work every ``PERIOD`` seconds and notes how much CPU it took (about 1 % of the core).
``TreeSampler`` notes, every ``SAMPLE`` seconds, the CPU each process of a build's tree
took since the last sample and the core it ran on. ``probe_units`` then counts the build's
CPU in units of the probe's work at that moment on that core: the same build counts about
the same number of units however slow the host made the cores, and a ratio of two builds'
units is the ratio of their work (``bench/archive.py``'s normalised ratio).
"""

from __future__ import annotations

import bisect
import contextlib
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

PERIOD = 0.05  # seconds between two units of a core's probe
SAMPLE = 0.05  # seconds between two samples of a build's tree
WINDOW = 0.15  # a sample is weighed by the units of its core timed this long before it
_WORDS = [f"mot{i * 7919 % 100003}" for i in range(3000)]
_TICK = os.sysconf("SC_CLK_TCK")

#: a core's readings: the moments (time.monotonic) and the CPU seconds of each unit
Readings = tuple[list[float], list[float]]
#: a build's tree sampled: (time.monotonic, core, CPU seconds since the last sample)
Sample = tuple[float, int, float]


def unit() -> int:
    """The probe's fixed work: dict and string operations, as a build's are."""
    counts: dict[str, int] = {}
    for word in _WORDS:
        counts[word[:5]] = counts.get(word[:5], 0) + len(word)
    return len(" ".join(sorted(counts)))


def _probe(core: int, path: Path) -> None:
    os.sched_setaffinity(0, {core})
    with path.open("w", encoding="utf-8") as out:
        while True:
            started = time.thread_time()
            unit()
            took = time.thread_time() - started
            out.write(f"{time.monotonic():.4f} {took:.7f}\n")
            out.flush()
            time.sleep(PERIOD)


class SpeedProbes:
    """One probe process per core (pinned to it) while the context is open."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="speed-probe-"))
        self.pids: list[int] = []
        self.cores = sorted(os.sched_getaffinity(0))

    def __enter__(self) -> SpeedProbes:
        for core in self.cores:
            pid = os.fork()
            if pid == 0:  # the probe: runs until it is killed
                try:
                    _probe(core, self.folder / f"core-{core}")
                finally:
                    os._exit(0)
            self.pids.append(pid)
        time.sleep(10 * PERIOD)  # a few readings before the first build
        return self

    def __exit__(self, *exc: object) -> None:
        for pid in self.pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, 9)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        for path in self.folder.iterdir():
            path.unlink()
        self.folder.rmdir()

    def readings(self) -> dict[int, Readings]:
        """Each core's readings so far."""
        found: dict[int, Readings] = {}
        for core in self.cores:
            times: list[float] = []
            took: list[float] = []
            path = self.folder / f"core-{core}"
            text = path.read_text(encoding="utf-8") if path.exists() else ""
            # only whole lines: the one being written (no newline yet) is left out, even
            # when what is written of it already splits in two ("12.3456 0.000")
            for line in text.split("\n")[:-1]:
                parts = line.split()
                if len(parts) == 2:
                    times.append(float(parts[0]))
                    took.append(float(parts[1]))
            found[core] = (times, took)
        return found


def unit_at(readings: Readings, at: float) -> float:
    """The CPU seconds of a unit on a core at ``at``: the median of the units timed in the
    ``WINDOW`` before it, else the nearest one."""
    times, took = readings
    low, high = bisect.bisect_left(times, at - WINDOW), bisect.bisect_right(times, at)
    if high > low:
        return statistics.median(took[low:high])
    nearest = min(range(len(times)), key=lambda i: abs(times[i] - at))
    return took[nearest]


def probe_units(samples: Sequence[Sample], readings: dict[int, Readings]) -> float:
    """The CPU of ``samples`` counted in units of the probe's work on their core at their
    moment (a sample of a core without readings: by all the cores' readings)."""
    merged = sorted(
        (t, took)
        for times, units in readings.values()
        for t, took in zip(times, units, strict=True)
    )
    anywhere = ([t for t, _ in merged], [took for _, took in merged])
    return sum(
        cpu / unit_at(readings.get(core) or anywhere, at) for at, core, cpu in samples if cpu > 0
    )


def fastest_unit(readings: dict[int, Readings]) -> float:
    """The CPU seconds of the probe's unit when a core runs at its fastest (the fifth
    percentile of every reading): what a unit is worth in seconds."""
    every = sorted(took for _, units in readings.values() for took in units)
    return every[len(every) // 20]


def _stat(pid: int) -> tuple[float, int] | None:
    """A process's CPU seconds so far (user and system) and the core it last ran on."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _TICK, int(fields[36])


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    todo = [pid]
    while todo:
        here = todo.pop()
        with contextlib.suppress(OSError):
            for task in os.listdir(f"/proc/{here}/task"):
                text = Path(f"/proc/{here}/task/{task}/children").read_text(encoding="utf-8")
                children = [int(child) for child in text.split()]
                found += children
                todo += children
    return found


class TreeSampler:
    """The CPU this process's descendants take, sample by sample, with their core, but for
    the processes left out (the probes), while the context is open."""

    def __init__(self, left_out: Sequence[int] = ()) -> None:
        self.left_out = set(left_out)
        self.samples: list[Sample] = []
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        seen: dict[int, float] = {}
        while not self._done.is_set():
            at = time.monotonic()
            for pid in _descendants(os.getpid()):
                stat = None if pid in self.left_out else _stat(pid)
                if stat is not None:
                    cpu, core = stat
                    self.samples.append((at, core, cpu - seen.get(pid, 0.0)))
                    seen[pid] = cpu
            self._done.wait(SAMPLE)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()


@contextlib.contextmanager
def sampled(probes: SpeedProbes | None) -> Iterator[TreeSampler | None]:
    """The descendants sampled while the context is open (nothing without probes)."""
    if probes is None:
        yield None
        return
    with TreeSampler(probes.pids) as sampler:
        yield sampler
