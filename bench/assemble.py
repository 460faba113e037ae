"""Benchmark of assembly alone (merging, entities, IDs) on cached extractions.

    .venv/bin/python bench/assemble.py DIR [--cache FILE] [--limit N] [--repeat 3] [--profile]

``DIR`` is a project folder with ``content/`` (e.g. one of ``bench/build.py``'s
``bench/out/build/timeline-1000``, or ``bench/make_corpus.py 1000 --out DIR``). Extractions
are read from an SQLite extraction cache (``--cache``, default ``DIR/.timeline/cache.sqlite``)
whatever rules version wrote them (assembly is what is measured, not extraction); articles
missing from it are extracted here once. Wall clock and CPU time (the CPU may be shared) are
both reported, best of ``--repeat`` runs. Each run assembles into a temporary copy of
``content/``: "cold" without an ID registry (every ID is new), "warm" with the registry the
cold run wrote (an unchanged rebuild). ``--profile`` prints cProfile's top functions of one
warm run. Not run by ``make test``.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from timeline.articles import Article, load_articles
from timeline.chronology import assemble_chronology as assemble
from timeline.pipeline import article_key
from timeline.records import Extraction, RecordVersionError, dump, load


def cached_extractions(articles: list[Article], cache: Path) -> list[Extraction]:
    """Extractions of ``articles`` from ``cache`` (any rules version), extracting the rest."""
    keys = [article_key(a) for a in articles]
    found: dict[str, Any] = {}
    if cache.exists():
        conn = sqlite3.connect(cache)
        try:
            for key, text in conn.execute("SELECT article_key, payload FROM extractions"):
                try:
                    load(Extraction, json.loads(text))
                except (RecordVersionError, TypeError, KeyError, ValueError):
                    continue  # written by code whose records had another shape
                found.setdefault(key, text)
        finally:
            conn.close()
    missing = [i for i, k in enumerate(keys) if k not in found]
    if missing:
        from timeline.events.extract import extract_articles

        print(f"extracting {len(missing)} articles missing from the cache", file=sys.stderr)
        for i, payload in zip(
            missing, extract_articles([articles[i] for i in missing]), strict=True
        ):
            found[keys[i]] = json.dumps(dump(payload), ensure_ascii=False)
    return [load(Extraction, json.loads(found[k])) for k in keys]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="project folder holding content/")
    parser.add_argument("--cache", type=Path, default=None, help="extraction cache (SQLite)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure (best kept)")
    parser.add_argument("--profile", action="store_true", help="cProfile one warm run")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument(
        "--dump", type=Path, default=None, help="write the chronology (cold run) here, to diff"
    )
    args = parser.parse_args(argv)

    source = args.root / "content"
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        shutil.copytree(source, content)
        (content / "ids.yml").unlink(missing_ok=True)
        articles = load_articles(content)
        if args.limit:
            articles = articles[: args.limit]
        cache = args.cache or args.root / ".timeline" / "cache.sqlite"
        extractions = cached_extractions(articles, cache)
        figures: dict[str, Any] = {"articles": len(articles)}
        for label in ("cold", "warm"):
            times, cpu = [], []
            for _ in range(args.repeat):
                if label == "cold":
                    (content / "ids.yml").unlink(missing_ok=True)
                start, start_cpu = time.perf_counter(), time.process_time()
                chronology = assemble(articles, extractions, content)
                times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
            if label == "cold" and args.dump:
                data = chronology.to_dict()
                data.pop("generated", None)
                args.dump.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
                shutil.copy(content / "ids.yml", args.dump.with_suffix(".ids.yml"))
            figures[f"{label}_best_s"] = round(min(times), 3)
            figures[f"{label}_runs_s"] = [round(t, 3) for t in times]
            figures[f"{label}_cpu_best_s"] = round(min(cpu), 3)
        figures["events"] = len(chronology.events)
        figures["entities"] = len(chronology.entities)
        figures["sources"] = sum(len(e.sources) for e in chronology.events)
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            assemble(articles, extractions, content)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
