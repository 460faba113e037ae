"""Benchmark of the events stage: extraction speed on the seed and on 100 articles.

    .venv/bin/python bench/events.py [--n 100] [--repeat 3] [--json bench/results/events.json]

Measures (wall clock, one process): loading spaCy's model; extracting the four seed
articles (target < 2 s once the model is loaded); extracting N generated articles (the
seed's sentences re-dated and recombined by bench/make_corpus.py) and assembling their
chronology (merging, entities, IDs in a temporary registry); and the merging margin on the
seed alone and with the test fixtures of other outlets (weakest wanted link vs strongest
non-merge around ``merge.THRESHOLD``). Not run by ``make test``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from timeline.articles import load_articles  # noqa: E402
from timeline.events import merge  # noqa: E402
from timeline.events.assemble import assemble, merge_reports  # noqa: E402
from timeline.events.extract import extract_articles  # noqa: E402
from timeline.events.nlp import get_nlp  # noqa: E402


def timed(func, repeat: int) -> tuple[float, float, object]:
    """(first run, best run) in seconds, and the last result (all runs go to stderr)."""
    times: list[float] = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    print("runs:", " ".join(f"{t:.3f}" for t in times), file=sys.stderr)
    return times[0], min(times), result


def corpus(n: int, out: Path) -> Path:
    """A content folder of ``n`` generated articles."""
    from make_corpus import make_corpus  # bench/make_corpus.py (editors' helper)

    make_corpus(n, out, seed=7)
    return out / "content"


FIXTURES = ("tests/data/other_outlet", "tests/data/second_article")


def margin_figures(tmp: Path) -> dict[str, float]:
    """Merging margins on the seed, then with each fixture folder added (and all of them)."""
    figures: dict[str, float] = {}
    sets = [("seed", [])] + [(Path(f).name, [f]) for f in FIXTURES] + [("all", list(FIXTURES))]
    for name, folders in sets:
        content = tmp / f"margin-{name}" / "content"
        shutil.copytree(ROOT / "content", content)
        (content / "ids.yml").unlink(missing_ok=True)
        for folder in folders:
            for path in sorted((ROOT / folder).glob("*.md")):
                shutil.copy(path, content)
        articles = load_articles(content)
        reports = merge_reports(articles, extract_articles(articles), content)
        link, across = merge.margins(reports, merge.group_reports(reports))
        figures[f"margin_{name}_weakest_link"] = link if link is not None else float("nan")
        figures[f"margin_{name}_strongest_non_merge"] = (
            across if across is not None else float("nan")
        )
    figures["merge_threshold"] = merge.THRESHOLD
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="generated articles (default 100)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure (best kept)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    figures: dict[str, float | int] = {}

    start = time.perf_counter()
    get_nlp()
    figures["model_load_s"] = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        seed_dir = Path(tmp) / "seed" / "content"
        shutil.copytree(ROOT / "content", seed_dir)
        (seed_dir / "ids.yml").unlink(missing_ok=True)
        seed = load_articles(seed_dir)
        size = sum(len(a.body) for a in seed)
        first, best, extractions = timed(lambda: extract_articles(seed), args.repeat)
        figures.update(seed_articles=len(seed), seed_chars=size)
        figures.update(seed_extract_first_s=first, seed_extract_best_s=best)
        _, assemble_best, chronology = timed(
            lambda: assemble(seed, extractions, seed_dir), args.repeat
        )
        figures.update(seed_assemble_best_s=assemble_best, seed_events=len(chronology.events))

        content = corpus(args.n, Path(tmp) / "corpus")
        articles = load_articles(content)
        size = sum(len(a.body) for a in articles)
        first, best, extractions = timed(lambda: extract_articles(articles), args.repeat)
        figures.update(corpus_articles=len(articles), corpus_chars=size)
        figures.update(corpus_extract_first_s=first, corpus_extract_best_s=best)
        figures["corpus_ms_per_article"] = 1000 * best / len(articles)
        figures["corpus_chars_per_s"] = size / best
        _, assemble_best, chronology = timed(
            lambda: assemble(articles, extractions, content), args.repeat
        )
        figures.update(
            corpus_assemble_best_s=assemble_best,
            corpus_events=len(chronology.events),
            corpus_entities=len(chronology.entities),
        )
        figures.update(margin_figures(Path(tmp)))

    width = max(len(k) for k in figures)
    for key, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"{key:<{width}}  {shown}")
    verdict = "OK" if figures["seed_extract_best_s"] < 2.0 else "TOO SLOW"
    print(f"seed extraction < 2 s after model load: {verdict}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
