"""``timeline check``: validate content/ and the event references of docs/."""

from __future__ import annotations

import argparse
from pathlib import Path

from timeline.check import check_project

EXAMPLE = """\
examples:
  timeline check
  timeline check --root ~/dossiers/syrie
  timeline check --cache    # also every page of .timeline/*.sqlite

Prints every problem as file:line: message. Exit status 1 when there is any, 0 otherwise.
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate content/ (articles, entities.yml, ids.yml) and docs/ references",
        description=(
            "Check the articles (front matter, dates, encoding, duplicates), entities.yml, "
            "the ID registry ids.yml and every [[event:ID]] / [[entity:ID]] in docs/."
        ),
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--root", type=Path, default=Path("."), help="project folder (default: current)"
    )
    parser.add_argument(
        "--no-build",
        action="store_true",
        help="resolve docs/ references from ids.yml and entities.yml only (never build)",
    )
    parser.add_argument(
        "--cache",
        action="store_true",
        help="also check every page of the cache and memos in .timeline/ (a build checks "
        "their small tables only, and each payload when it reads it)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    report = check_project(args.root, build_fallback=not args.no_build, stores=args.cache)
    for problem in report.problems:
        print(problem)
    print(("FAILED: " if report.problems else "OK: ") + report.summary())
    return 1 if report.problems else 0
