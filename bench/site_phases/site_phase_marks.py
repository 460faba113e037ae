"""Where a ``mkdocs build``'s wall and CPU time goes, MkDocs' event by event: the marks
the two hooks files (``first.py``, ``last.py``) take at the extremes of each event, and at
the process's exit the split printed on stderr (``SITE_PHASES {...}``, read by
``bench/build.py``).

The hooks are MkDocs' own ``hooks:`` setting (``bench/build.py``'s ``timed_hooks``): the
first of each event runs before every plugin's (``event_priority(inf)``), the last after
every plugin's (``-inf``). The process's start is the one the building process noted in
``TIMELINE_BENCH_STARTED`` ("wall CPU", ``time.perf_counter`` and ``time.process_time``)
before importing MkDocs, else this module's import."""

from __future__ import annotations

import atexit
import json
import os
import sys
import time

Mark = tuple[float, float]


def now() -> Mark:
    return (time.perf_counter(), time.process_time())


def _started() -> Mark:
    told = os.environ.get("TIMELINE_BENCH_STARTED", "").split()
    try:
        return (float(told[0]), float(told[1]))
    except (IndexError, ValueError):
        return now()


START = _started()
#: event: [its first handler's start, its last handler's end]
marks: dict[str, list[Mark]] = {}


def begin(event: str) -> None:
    at = now()
    marks.setdefault(event, [at, at])


def end(event: str) -> None:
    at = now()
    marks.setdefault(event, [at, at])[1] = at


#: each phase from (event, 0: its start / 1: its end) to the next (None: the process)
STEPS = (
    ("startup", (None, 0), ("files", 0)),
    ("on_files", ("files", 0), ("files", 1)),
    ("on_nav", ("files", 1), ("nav", 1)),
    ("pages_read", ("nav", 1), ("env", 0)),
    ("on_env", ("env", 0), ("env", 1)),
    ("pages_built", ("env", 1), ("post_build", 0)),
    ("on_post_build", ("post_build", 0), ("post_build", 1)),
    ("exit", ("post_build", 1), (None, 1)),
)


def split(until: Mark) -> dict[str, list[float]]:
    """``{phase: [wall, CPU]}`` of the phases whose two marks were taken."""
    found = {}
    for phase, (first, one), (last, two) in STEPS:
        if (first is not None and first not in marks) or (last is not None and last not in marks):
            continue
        a = START if first is None else marks[first][one]
        b = until if last is None else marks[last][two]
        found[phase] = [round(b[0] - a[0], 3), round(b[1] - a[1], 3)]
    return found


_PID = os.getpid()


@atexit.register
def _report() -> None:
    if os.getpid() == _PID:  # not in a process forked by the build
        print("SITE_PHASES " + json.dumps(split(now())), file=sys.stderr, flush=True)
