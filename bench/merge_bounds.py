"""Merging's blocking checked on every set: no pair that merges is cut (issue 14).

    PYTHONPATH=$PWD .venv/bin/python bench/merge_bounds.py [--sets seed dev ... heldout4]
    PYTHONPATH=$PWD .venv/bin/python bench/merge_bounds.py --reports FILE.pkl

For each set (the seed's ``content/``, each set of ``tests/data/realnews``; the blind ones
too, since only counts are printed), every report merging compares
(``assemble.merge_reports``, follow-ups included) is bounded against every report before
it (``merge.Blocker.bounds``) and compared with it (``merge.similarity``): a pair whose
bound falls below its similarity is a violation (none may be: the bounds decide which
pairs ``group_reports`` compares). Then ``group_reports`` is run against
``_group_reports_exhaustive`` (every compatible pair compared). Printed per set: reports,
pairs, pairs alike (similarity at the threshold or above), pairs ``Blocker.alike`` keeps
(spans sharing a day, bound at the threshold), violations, and whether the groups are
equal. ``--reports``: a pickled list of reports instead (e.g. a 1,000-article build's),
its pairs limited to those whose spans share a day (a follow-up's: its event's).
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eventscore  # noqa: E402  (bench/eventscore.py)
import numpy as np  # noqa: E402

from timeline.articles import load_articles  # noqa: E402
from timeline.events import merge  # noqa: E402
from timeline.events.assemble import merge_reports  # noqa: E402
from timeline.events.extract import extract_articles  # noqa: E402

SETS = ["seed", *eventscore.REALNEWS_SETS]


def set_reports(name: str, folder: Path) -> list[merge.Report]:
    """The reports merging compares in one set, its articles copied to ``folder``."""
    if name == "seed":
        for path in sorted((ROOT / "content").glob("*.md")):
            shutil.copy(path, folder)
    else:
        for path in sorted((ROOT / "tests/data/realnews" / name).glob("*.md")):
            shutil.copy(path, folder)
    articles = load_articles(folder)
    return merge_reports(articles, extract_articles(articles), folder)


def check(reports: list[merge.Report], every_pair: bool) -> dict[str, object]:
    """The counts of one set's pairs (``every_pair``: all of them, else those whose spans
    share a day)."""
    merge.mark_parts(reports)
    idf = merge.rarity(reports)
    ordered = sorted(reports, key=merge._order)
    scorer = merge._Scorer(ordered, idf, merge.THRESHOLD)
    blocker = merge.Blocker(ordered, idf, scorer.totals)
    kept = blocker.alike(merge.THRESHOLD)
    pairs = alike = violations = 0
    for position, report in enumerate(ordered):
        if every_pair:
            others = np.arange(position)
        else:
            home = blocker.home
            reach, until = blocker.reach, blocker.until
            before = np.arange(position)
            overlap = (reach[home[before]] <= until[position]) & (
                reach[position] <= until[home[before]]
            )
            others = before[overlap]
        if not len(others):
            continue
        bounds = blocker.bounds(np.full(len(others), position), others)
        for other, bound in zip(others.tolist(), bounds.tolist(), strict=True):
            exact = merge.similarity(report, ordered[other], idf)
            pairs += 1
            alike += exact >= merge.THRESHOLD
            violations += exact > 0 and bound + 1e-6 < exact
    keys = [sorted(r.key for r in g.reports) for g in merge.group_reports(reports)]
    expected = [sorted(r.key for r in g.reports) for g in merge._group_reports_exhaustive(reports)]
    return {
        "reports": len(reports),
        "pairs": pairs,
        "alike": alike,
        "kept": sum(map(len, kept)),
        "violations": violations,
        "groups equal": keys == expected,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=SETS)
    parser.add_argument("--reports", type=Path, help="a pickled list of reports instead")
    args = parser.parse_args(argv)
    rows: list[tuple[str, dict[str, object]]] = []
    if args.reports:
        with args.reports.open("rb") as handle:
            rows.append((args.reports.name, check(pickle.load(handle), every_pair=False)))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            for name in args.sets:
                folder = Path(tmp) / name
                folder.mkdir()
                rows.append((name, check(set_reports(name, folder), every_pair=True)))
    print("| set | reports | pairs | alike | kept by the bounds | violations | groups equal |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, row in rows:
        print(f"| {name} | " + " | ".join(str(v) for v in row.values()) + " |")
    return 1 if any(r["violations"] or not r["groups equal"] for _, r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
