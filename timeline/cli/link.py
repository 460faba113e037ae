"""``timeline link ID``: the Markdown reference and the permalink of an event or entity."""

from __future__ import annotations

import argparse
from pathlib import Path

from timeline.markdown_ext import load_index, reference_for

EXAMPLE = """\
examples:
  timeline link 2015-10-07-tirs-missiles-caspienne
  timeline link vladimir-poutine --root ~/dossiers/syrie

Prints the reference to paste into a report ([[event:ID]] or [[entity:ID]]) and the
absolute URL (site_url of mkdocs.yml + the page). IDs are read from site/events.json when
it exists (after `make site`), else the chronology is built from content/.
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "link",
        help="print the [[event:ID]] reference and the permalink of an event or entity",
        description="Print the Markdown reference and the absolute URL of an event or entity.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("id", metavar="ID", help="event ID (old IDs accepted) or entity ID")
    parser.add_argument("--root", type=Path, default=Path("."), help="project folder")
    parser.add_argument(
        "--events-json",
        type=Path,
        default=None,
        help="chronology export to read (default: ROOT/site/events.json)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    events_json = args.events_json or args.root / "site" / "events.json"
    markdown, url = reference_for(load_index(args.root, events_json), args.id)
    print(markdown)
    print(url)
    return 0
