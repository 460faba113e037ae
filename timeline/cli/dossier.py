"""``timeline dossier``: what the dossier of mkdocs.yml takes in from the archive; the
archive's extraction."""

from __future__ import annotations

import argparse
from pathlib import Path

from timeline.cli.options import add_workers_option

EXAMPLE = """\
examples:
  timeline dossier --preview            # the articles the dossier of mkdocs.yml selects
  timeline dossier --preview --root path/to/project
  timeline dossier --extract --workers 2   # extract the whole archive into the cache

A dossier is declared in mkdocs.yml, under the timeline plugin's options:

  plugins:
    - timeline:
        content_dir: archive
        dossier:
          entities: [vladimir-poutine, Syrie]   # ids, names or aliases of entities.yml
          keywords: [frappe*, Caspienne]        # whole words; * = any ending
          from: 2015-09-30                      # publication dates, inclusive
          to: 2015-10-31
          outlets: [lemonde.fr]

An article is taken when it meets every criterion given; within one, any value is enough.
--preview reads the archive and the cache, and writes nothing.
"""


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "dossier",
        help="preview the dossier of mkdocs.yml, or extract the whole archive",
        description=(
            "List the archive's articles that the dossier declared in mkdocs.yml selects "
            "(--preview, the default), or extract every article of the archive into the "
            "cache (--extract) so that every dossier site of it finds them extracted."
        ),
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--root", type=Path, default=Path("."), help="project folder (default: .)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument(
        "--preview", action="store_true", help="list what the dossier takes in (default)"
    )
    action.add_argument(
        "--extract", action="store_true", help="extract the whole archive into the cache"
    )
    add_workers_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from timeline.dossier import read_site_options

    options = read_site_options(args.root / "mkdocs.yml")
    if args.extract:
        return _extract(args, options.content_dir, options.scheduler, options.workers)
    return _preview(args.root, options.content_dir, options.dossier)


def _extract(args: argparse.Namespace, content: str, scheduler: str | None, workers: int) -> int:
    from timeline.pipeline import BuildSettings, extract_archive

    settings = BuildSettings(
        root=args.root,
        content_dir_name=content,
        workers=args.workers or workers,
        scheduler=scheduler,
    )
    stats = extract_archive(settings)
    print(
        f"archive {content}/: {stats.articles} articles, {stats.cached} already extracted, "
        f"{stats.extracted} extracted in {stats.where} ({stats.seconds.get('extract', 0):.1f} s)"
    )
    return 0


def _preview(root: Path, content: str, dossier: object) -> int:
    from timeline.archive_index import load_dossier
    from timeline.cache import cached_keys, default_cache_path
    from timeline.dossier import Dossier
    from timeline.pipeline import article_key
    from timeline.versions import rules_version

    content_dir = root / content
    # through the archive's index (a build's) when there is one; a preview writes nothing
    selection = load_dossier(
        content_dir,
        dossier if isinstance(dossier, Dossier) else Dossier(),
        default_cache_path(root),
        writable=False,
    )
    keys = [article_key(a) for a in selection.articles]
    extracted = cached_keys(default_cache_path(root), rules_version(), keys)
    name = f" « {selection.dossier.name} »" if selection.dossier.name else ""
    print(f"dossier{name}: {selection.dossier.describe()}")
    for article, key in zip(selection.articles, keys, strict=True):
        found = ", ".join(dict.fromkeys(selection.matched.get(article.slug, [])))
        mark = " " if key in extracted else "*"
        line = f"{mark} {article.date.isoformat()}  {article.source:<22}  {article.path.name}"
        print(line + (f"  [{found}]" if found else ""))
    missing = sum(1 for k in keys if k not in extracted)
    print(
        f"{len(selection.articles)} of {selection.archive} articles of {content}/; "
        f"{len(keys) - missing} already extracted, {missing} to extract (marked *)"
    )
    return 0
