"""``timeline events``: the chronology as a table, or as JSON with ``--json``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from timeline.cli.options import add_workers_option
from timeline.events.model import Chronology

EXAMPLE = """\
examples:
  timeline events                 # table: date, title, number of sources
  timeline events --json > events.json
  timeline events --root path/to/project
  timeline events --workers 2     # extract new articles in 2 local processes
  TIMELINE_SCHEDULER=tcp://sched:8786 timeline events   # on a Dask cluster
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "events",
        help="list the chronology's events (table or JSON)",
        description=(
            "Build the chronology of content/ (or of the content folder and dossier of "
            "mkdocs.yml) and print its events, sorted by date."
        ),
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--root", type=Path, default=Path("."), help="project folder (default: .)")
    parser.add_argument("--json", action="store_true", help="print the whole chronology as JSON")
    add_workers_option(parser)
    parser.set_defaults(func=run)


def format_table(chronology: Chronology) -> str:
    """One line per event: display date, title, number of sources; then a count."""
    rows = [(e.display_date, e.title, str(len(e.sources))) for e in chronology.events]
    date_width = max((len(r[0]) for r in rows), default=4)
    lines = [f"{'date':<{date_width}}  {'sources':>7}  titre"]
    lines += [f"{d:<{date_width}}  {n:>7}  {t}" for d, t, n in rows]
    lines.append(f"{len(rows)} événements, {len(chronology.entities)} entités")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from timeline.dossier import read_site_options
    from timeline.pipeline import BuildSettings, build_chronology

    # the site's chronology: the content folder, dossier and scheduler of mkdocs.yml
    options = read_site_options(args.root / "mkdocs.yml")
    settings = BuildSettings(
        root=args.root,
        content_dir_name=options.content_dir,
        workers=args.workers or options.workers,
        scheduler=options.scheduler,
        dossier=options.dossier,
    )
    chronology = build_chronology(settings)
    if args.json:
        print(json.dumps(chronology.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_table(chronology))
    return 0
