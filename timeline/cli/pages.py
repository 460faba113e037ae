"""``timeline pages``: the site's generated Markdown, redirects and exports, for any builder."""

from __future__ import annotations

import argparse
from pathlib import Path

EXAMPLE = """\
examples:
  timeline pages                                  # into .timeline/pages/docs
  mkdocs build -f .timeline/pages/mkdocs.yml      # or: properdocs build -f ...
  timeline pages --config path/to/mkdocs.yml --out build/docs
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "pages",
        help="write the site's pages and exports into a folder any MkDocs-like builder reads",
        description=(
            "Build the chronology and write the hand-written pages (references resolved), the "
            "generated pages, the redirects of old event IDs and the exports into one folder, "
            "with a builder configuration (mkdocs.yml without the timeline plugin) beside it. "
            "Only files whose content changed are written."
        ),
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=Path("mkdocs.yml"),
        help="site configuration (default: mkdocs.yml)",
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="output folder (default: .timeline/pages/docs)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from timeline.generate import build_pages

    result = build_pages(args.config, args.out)
    print(
        f"{result.total} files in {result.out} ({len(result.written)} written, "
        f"{len(result.removed)} removed); build with: mkdocs build -f {result.config_file}"
    )
    return 0
