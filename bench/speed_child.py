"""Timed in a fresh process by ``bench/tagger.py``: one tagger alone, nothing else imported
first, so its start-up (import + data/rule loading + first call) and peak memory are its own.

Usage: ``python bench/speed_child.py SYSTEM CORPUS.jsonl PASSES SAMPLE_DOCS`` prints one JSON
line. SYSTEM is ``timeline`` (every pass over the whole corpus; the first SAMPLE_DOCS of the
first pass also timed apart) or ``dateparser`` (one pass over the first SAMPLE_DOCS only).
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any


def load_timeline() -> Callable[[str, dt.date], int]:
    from timeline.temporal import tag

    return lambda text, day: len(tag(text, day))


def load_dateparser() -> Callable[[str, dt.date], int]:
    from dateparser.search import search_dates

    def run(text: str, day: dt.date) -> int:
        base = dt.datetime(day.year, day.month, day.day)
        return len(search_dates(text, languages=["fr"], settings={"RELATIVE_BASE": base}) or [])

    return run


LOADERS = {"timeline": load_timeline, "dateparser": load_dateparser}


def main(system: str, path: str, passes: int, sample: int) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle if line.strip()]
    days = [dt.date.fromisoformat(d["dct"][:10]) for d in docs]
    if system == "dateparser":
        docs, days, passes = docs[:sample], days[:sample], 1
    size = sum(len(d["text"].encode("utf-8")) for d in docs)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    tag = LOADERS[system]()
    tag("Le 7 octobre 2015.", dt.date(2015, 10, 7))  # loads data, compiles rules
    startup = time.perf_counter() - start
    times, cpu_times, found, sample_s = [], [], 0, None
    for number in range(passes):
        found, start, cpu_start = 0, time.perf_counter(), time.process_time()
        for index, (doc, day) in enumerate(zip(docs, days, strict=True)):
            if number == 0 and index == sample:
                sample_s = time.perf_counter() - start
            found += tag(doc["text"], day)
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu_start)
    return {
        "system": system,
        "docs": len(docs),
        "bytes": size,
        "startup_s": startup,
        "pass_s": times,
        "best_s": min(times),
        "pass_cpu_s": cpu_times,
        "best_cpu_s": min(cpu_times),
        "first_sample_s": sample_s if sample_s is not None else times[0],
        "found_per_pass": found,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_before_import_mb": rss_before,
    }


if __name__ == "__main__":
    name, corpus_path, n_passes, n_sample = sys.argv[1:5]
    print(json.dumps(main(name, corpus_path, int(n_passes), int(n_sample))))
