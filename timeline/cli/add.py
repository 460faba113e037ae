"""``timeline add``: turn new files (Markdown, plain text, web pages) into articles."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from timeline.cli.options import add_workers_option
from timeline.errors import TimelineError
from timeline.ingest import AddOptions, add_files

EXAMPLE = """\
examples:
  timeline add ~/Téléchargements/article.html
  timeline add depeche.txt --date 2015-10-12 --source afp.com
  timeline add note.md --content content --replace
  timeline add archive/*.html --workers 2

Each added article is analysed at once (time expressions, events) and merged into the
chronology, kept in the build cache (.timeline/ beside the content folder): the next build
only renders the pages. --no-extract leaves all that to the build.

The date comes from --date, else from the file (HTML: htmldate; text: a date such as
07/10/2015 or 7 octobre 2015 in its first lines; Markdown: its front matter).
Exit status: 0 all added, 1 some skipped as duplicates, 2 some refused (errors).
"""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid date {value!r}: expected an existing day as YYYY-MM-DD"
        ) from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "add",
        help="add article files (Markdown, text, HTML) to content/",
        description=(
            "Convert each FILE into a content/ article with front matter "
            "(YYYY-MM-DD-<slug of title>.md), refusing duplicates and never overwriting "
            "an existing file."
        ),
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path, help="files to add")
    parser.add_argument("--date", type=_date, help="publication date, YYYY-MM-DD")
    parser.add_argument("--source", help="publisher, e.g. lemonde.fr")
    parser.add_argument("--url", help="original address of the article")
    parser.add_argument("--title", help="title (default: from the file)")
    parser.add_argument(
        "--replace", action="store_true", help="replace an article of the same file name"
    )
    parser.add_argument("--dry-run", action="store_true", help="show what would be added")
    parser.add_argument(
        "--no-extract",
        action="store_true",
        help="do not extract the added articles now (the next build will)",
    )
    parser.add_argument(
        "--content", type=Path, default=Path("content"), help="content folder (default content)"
    )
    add_workers_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    options = AddOptions(
        content_dir=args.content,
        date=args.date,
        source=args.source,
        url=args.url,
        title=args.title,
        replace=args.replace,
        dry_run=args.dry_run,
    )
    if args.title and len(args.files) > 1:
        raise TimelineError("--title applies to one file: add the files one by one")
    status = 0
    outcomes = add_files(args.files, options)
    for outcome in outcomes:
        if outcome.status == "error":
            print(f"timeline: {outcome.line()}", file=sys.stderr)
            status = 2
        elif outcome.status == "duplicate":
            print(outcome.line(), file=sys.stderr)
            status = max(status, 1)
        else:
            print(outcome.line())
    added = [o.target for o in outcomes if o.status in ("added", "replaced") and o.target]
    if added and not args.no_extract:
        prepare(args.content, added, workers=args.workers)
    return status


def prepare(content: Path, targets: list[Path], *, workers: int = 0) -> None:
    """Extract the added articles into the build cache and assemble the chronology now:
    the editor sees at once what each article brought, and the next build finds the
    chronology ready (it only renders the pages)."""
    from timeline.pipeline import BuildSettings, prepare_articles, run_build

    root = content.resolve().parent
    settings = BuildSettings(root=root, content_dir_name=content.resolve().name, workers=workers)
    result = prepare_articles(settings, targets)
    for target in targets:
        payload = result.payloads.get(target.stem) or {}
        events = sum(1 for s in payload.get("sentences", ()) if s.get("role") == "event")
        print(
            f"extracted {target.name}: {len(payload.get('timexes', ()))} time expressions, "
            f"{events} event sentences"
        )
    try:
        chronology = run_build(settings).chronology
    except TimelineError as exc:  # another article is broken: `timeline check` says which
        print(f"timeline: chronology not updated: {exc}", file=sys.stderr)
        return
    for target in targets:
        cited = [e for e in chronology.events if any(s.article == target.stem for s in e.sources)]
        shared = sum(1 for e in cited if any(s.article != target.stem for s in e.sources))
        print(f"{target.name}: {len(cited)} events, {shared} also reported by other articles")
    print(f"chronology: {len(chronology.events)} events from {len(chronology.articles)} articles")
