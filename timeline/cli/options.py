"""Options shared by the commands that build the chronology (no command of its own)."""

from __future__ import annotations

import argparse

WORKERS_HELP = (
    "local extraction worker processes (default 0: one per CPU when many articles need "
    "extracting, this process for a few; 1: this process). With TIMELINE_SCHEDULER set, "
    "extraction runs on that Dask cluster instead"
)


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"invalid worker count {value!r}: expected 0 or more")
    return number


def add_workers_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workers", type=_workers, default=0, metavar="N", help=WORKERS_HELP)
