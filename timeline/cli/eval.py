"""``timeline eval``: TempEval-3 style scores of a system's expressions against a gold file."""

from __future__ import annotations

import argparse
import json

from timeline.temporal.evaluate import evaluate_files, format_errors, format_score

EXAMPLE = """\
example:
  timeline tag --jsonl tests/data/ftib/dev.jsonl > system.jsonl
  timeline eval tests/data/ftib/dev.jsonl system.jsonl
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score temporal expressions against a gold file (strict/relaxed extent, value)",
        description=(
            "Score SYSTEM.jsonl ({doc_id, timexes}) against GOLD.jsonl ({doc_id, dct, text, "
            "timexes}): strict and relaxed extent P/R/F1, type and value accuracy, value-F1."
        ),
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("gold", metavar="GOLD.jsonl", help="gold documents, one JSON a line")
    parser.add_argument("system", metavar="SYSTEM.jsonl", help="system output, one JSON a line")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--errors", action="store_true", help="also list misses, spurious tags, wrong values"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    score = evaluate_files(args.gold, args.system)
    if args.json:
        print(json.dumps(score.to_dict(errors=args.errors), ensure_ascii=False, indent=2))
        return 0
    print(format_score(score))
    if args.errors and score.errors:
        print()
        print(format_errors(score))
    return 0
