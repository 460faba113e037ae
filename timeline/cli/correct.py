"""``timeline correct ID ...``: add or update a correction in ``content/corrections.yml``."""

from __future__ import annotations

import argparse
import difflib
from pathlib import Path
from typing import Any

from timeline.articles import today
from timeline.content import corrections as corrections_file
from timeline.content import ids as ids_file
from timeline.content.files import read_text
from timeline.errors import TimelineError
from timeline.fileio import write_atomic

EXAMPLE = """\
examples:
  timeline correct 2015-09-30-serguei-choigou-frappes-touche-cibles --date 2015-10-07 \\
      --note "Déclaration du 7 octobre"
  timeline correct 2015-10-03-frappes-week-end --start 2015-10-03 --end 2015-10-04
  timeline correct 2015-10-07-quatre-croiseurs-russes-flottille-caspienne \\
      --title "Quatre navires russes tirent 26 missiles de croisière depuis la Caspienne"
  timeline correct 2014-10-07-etats-unis-quant-eux-tete --context
  timeline correct 2015-10-07-discussions-etaient-cours-turcs-mettre --hide \\
      --note "Doublon d'une autre déclaration"
  timeline correct 2015-10-07-vladimir-poutine-seraient-coordonnees-actions \\
      --merge-into 2015-10-07-vladimir-poutine-aviation-russe-soutiendra

One change per call. A second call for the same event and the same kind of change
replaces the first entry; every other line of corrections.yml (comments too) is kept.
The next build applies it; `timeline check` says if a correction no longer applies.
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "correct",
        help="correct an event (date, title, context, withdraw, merge) in corrections.yml",
        description=(
            "Add or update an entry of content/corrections.yml for the event ID (as in its "
            "permalink). Corrections are applied after the IDs at every build and survive "
            "rebuilds, rule changes and new articles."
        ),
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("id", metavar="ID", help="the event's ID (an old ID is accepted)")
    change = parser.add_mutually_exclusive_group(required=True)
    change.add_argument("--date", metavar="YYYY-MM-DD", help="the event's day")
    change.add_argument("--start", metavar="YYYY-MM-DD", help="first day (with --end)")
    change.add_argument("--title", metavar="TEXT", help="the event's title")
    change.add_argument(
        "--context", action="store_true", help="move the event to the context block"
    )
    change.add_argument(
        "--hide", action="store_true", help="withdraw the event (its page stays, saying why)"
    )
    change.add_argument(
        "--merge-into", metavar="ID", help="merge the event into another (its page redirects)"
    )
    parser.add_argument("--end", metavar="YYYY-MM-DD", help="last day (with --start)")
    parser.add_argument("--note", metavar="TEXT", help="why, shown to readers on the page")
    parser.add_argument("--root", type=Path, default=Path("."), help="project folder")
    parser.set_defaults(func=run)


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    fields: dict[str, Any] = {"event": args.id}
    if args.end is not None and args.start is None:
        raise TimelineError("--end needs --start (or use --date for one day)")
    if args.date is not None:
        fields["date"] = args.date
    elif args.start is not None:
        fields["start"] = args.start
        fields["end"] = args.end if args.end is not None else args.start
    elif args.title is not None:
        fields["title"] = args.title
    elif args.context:
        fields["context"] = True
    elif args.hide:
        fields["hide"] = True
    else:
        fields["merge_into"] = args.merge_into
    if args.note:
        fields["note"] = args.note
    fields["when"] = today().isoformat()
    return fields


def _check_known(content: Path, fields: dict[str, Any]) -> None:
    """Refuse an ID the registry does not know (with the closest one)."""
    registry = content / ids_file.FILE_NAME
    if not registry.exists():
        return  # nothing built yet: `timeline check` will say
    known = [name for e in ids_file.load(registry) for name in (e.id, *e.aliases)]
    for key in ("event", "merge_into"):
        ident = fields.get(key)
        if isinstance(ident, str) and ident not in known:
            close = difflib.get_close_matches(ident, known, n=1, cutoff=0.5)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise TimelineError(f"unknown event ID '{ident}'{hint}", registry)


def run(args: argparse.Namespace) -> int:
    content = args.root / "content"
    path = content / corrections_file.FILE_NAME
    fields = _fields(args)
    _check_known(content, fields)
    text = read_text(path, within=content) if path.exists() else ""
    new_text, replaced = corrections_file.upsert(text, fields, path)
    _, problems = corrections_file.validate(new_text, path)
    if problems:
        raise problems[0]
    write_atomic(path, new_text)
    print(f"{'updated' if replaced else 'added'}: {path} ({fields['event']})")
    return 0
