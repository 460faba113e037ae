"""``timeline tag``: print the temporal expressions of a text as JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from timeline.errors import TimelineError
from timeline.jsonl import is_doc_id, json_line

EXAMPLE = """examples:
  timeline tag --dct 2015-10-07 article.txt
  timeline tag content/2015-10-07-la-marine-russe-passe-a-l-action.md   # dct from front matter
  echo "Il est arrivé hier." | timeline tag --dct 2015-10-07 -
  timeline tag --jsonl docs.jsonl      # lines {"doc_id", "dct", "text"}
"""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "tag",
        help="find and resolve the time expressions of a text (JSON output)",
        description="Find the French time expressions of FILE and resolve them against the "
        "publication date (--dct, or the 'date' of a Markdown file's front matter).",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="text or Markdown file, - for stdin"
    )
    parser.add_argument("--dct", metavar="YYYY-MM-DD", help="publication date of the text")
    parser.add_argument(
        "--jsonl", metavar="FILE", help='batch mode: JSON Lines {"doc_id", "dct", "text"}'
    )
    parser.add_argument(
        "--narrative",
        action="store_true",
        help="anchor relative expressions on the last date mentioned, not the dct",
    )
    parser.set_defaults(func=run)


def parse_dct(value: Any, path: str | None, line: int | None) -> dt.date:
    """An existing day, ``YYYY-MM-DD`` (or an ISO timestamp, whose day is kept): the rule
    of an article's ``date``, nothing after it."""
    from timeline.content.frontmatter import parse_date

    return parse_date(value, path or "--dct", line)


#: Batch files may be larger than one article (JSON Lines of many documents).
MAX_INPUT_BYTES = 200_000_000


def read_input(name: str) -> str:
    """The text of FILE (``-``: standard input) as an article is read: UTF-8, a byte-order
    mark dropped, Windows line endings turned into ``\\n``; special files refused."""
    from timeline.content.files import decode_utf8, read_bytes

    data = sys.stdin.buffer.read() if name == "-" else read_bytes(Path(name), MAX_INPUT_BYTES)
    return decode_utf8(data, name)


def front_matter(text: str, name: str) -> tuple[dt.date | None, int]:
    """The ``date`` of the text's front matter (None if absent) and where its body starts."""
    if not text.startswith("---\n"):
        return None, 0
    from timeline.articles import parse_date, split_front_matter_lines

    meta, body_start, lines = split_front_matter_lines(text, name)
    if meta.get("date") in (None, ""):
        return None, body_start
    return parse_date(meta["date"], name, lines.get("date", 1)), body_start


def _settings(args: argparse.Namespace) -> Any:
    from timeline.temporal import TaggerSettings

    return TaggerSettings(document_type="narrative" if args.narrative else "news")


def _timexes(text: str, dct: dt.date, settings: Any) -> list[dict[str, Any]]:
    from timeline.temporal import tag

    return [t.to_dict() for t in tag(text, dct, settings)]


def run(args: argparse.Namespace) -> int:
    if (args.file is None) == (args.jsonl is None):
        raise TimelineError("give either FILE (or - for stdin) or --jsonl FILE")
    settings = _settings(args)
    if args.jsonl is not None:
        default = parse_dct(args.dct, "--dct", None) if args.dct else None
        return run_jsonl(args.jsonl, default, settings)
    dct_arg = parse_dct(args.dct, "--dct", None) if args.dct is not None else None
    text = read_input(args.file)
    found, body_start = front_matter(text, args.file)
    if dct_arg is not None:
        dct = dct_arg
    else:
        if found is None:
            raise TimelineError(
                "no publication date: give --dct YYYY-MM-DD or a front matter 'date'", args.file
            )
        dct = found
    # The front matter is metadata: blank it (same length) so offsets stay file offsets.
    masked = " " * body_start + text[body_start:]
    timexes = _timexes(masked, dct, settings)
    result = {"dct": dct.isoformat(), "timexes": timexes}
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def run_jsonl(name: str, default_dct: dt.date | None, settings: Any) -> int:
    """Batch mode. Every line is checked before any output, so bad input prints nothing."""
    text = read_input(name)
    docs: list[tuple[Any, str, dt.date]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        doc = json_line(line, name, number)
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise TimelineError('each line must be an object with a "text" string', name, number)
        if doc.get("doc_id") is not None and not is_doc_id(doc["doc_id"]):
            raise TimelineError('"doc_id" must be a string or an integer', name, number)
        if doc.get("dct") not in (None, ""):
            dct = parse_dct(doc["dct"], name, number)
        elif default_dct is not None:
            dct = default_dct
        else:
            raise TimelineError('no "dct" on this line and no --dct given', name, number)
        docs.append((doc.get("doc_id"), doc["text"], dct))
    out = sys.stdout
    for doc_id, doc_text, dct in docs:
        record = {"doc_id": doc_id, "timexes": _timexes(doc_text, dct, settings)}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0
