"""Merging's evidences measured on gold pairs of reports (issue 9): how often each says
"same" or "different" for two reports of one gold event against two of two gold events.

    .venv/bin/python bench/merge_pairs.py [--sets dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9
                                                  dev10 fresh heldout] [--fit]

For each development set (never a blind one: heldout2 to heldout4 are refused), every
report merging compares (``assemble.merge_reports``, follow-ups included) is given the gold
events whose evidence its sentence holds; a pair of reports of two articles each citing
exactly one gold event is "same" when that is one event, "different" when they are two
whose reports' days overlap (what merging may confuse). For each evidence (a veto of
``merge.blocked`` and the new ones by name, a score above the threshold, a shared class of
act), the share of "same" and of "different" pairs it fires on, per set and in all. A
rule is worth keeping when it fires on "different" pairs far more than on "same" ones (a
veto) or the other way round (a "same" evidence).

``--fit``: the evidences of ``merge.similarity`` (FEATURES) combined by a logistic regression
(numpy, L2, standardised) fitted on the pairs no veto blocks of every set but one, its cut
the highest probability of a training "different" pair (no training false pair), scored on
the set left out against the present rule (``similarity >= THRESHOLD``, vetoes kept):
"same" pairs caught and "different" pairs caught, per set left out. Pairs, not groups: a
pair caught is a merge only if the groups' other vetoes let it through.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eventscore  # noqa: E402  (bench/eventscore.py)
import numpy as np  # noqa: E402
import yaml  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from timeline.articles import load_articles  # noqa: E402
from timeline.events import merge, merging_words  # noqa: E402
from timeline.events.assemble import merge_reports  # noqa: E402
from timeline.events.dates import spans_overlap  # noqa: E402
from timeline.events.extract import extract_articles  # noqa: E402
from timeline.events.lexicon import lexicon  # noqa: E402

REALNEWS = ROOT / "tests/data/realnews"
#: the sets never read: the blind ones and this round's unseen check (figures only)
BLIND = eventscore.BLIND_SETS | eventscore.UNSEEN_SETS
DEVELOPMENT = [
    name
    for name in eventscore.REALNEWS_SETS
    if name not in BLIND and (REALNEWS / f"{name}-events.yml").exists()
]


def _derived_act(a: merge.Report, b: merge.Report) -> bool:
    """They share a class of act made by ``derivations`` (a verb and its noun)."""
    return bool(a.bag & b.bag & _derived_classes())


@cache
def _derived_classes() -> frozenset[str]:
    """The classes the verbs of merging.yml's ``derivations`` fold into (a pronominal verb
    written with its pronoun, "s'effondrer", is folded as the parse's lemma, "effondrer")."""
    data = yaml.safe_load(merging_words.DATA_FILE.read_text(encoding="utf-8"))
    fold = merge.vocabulary().fold
    pronominal = frozenset(str(w).lower() for w in lexicon()["pronominal_lemmas"])

    def folded(verb: str) -> str:
        verb = verb.lower()
        return fold.get(verb) or fold[merging_words._lemma_of(verb, pronominal)]

    return frozenset(folded(str(verb)) for verb in data["derivations"])


EVIDENCES: dict[str, Callable[[merge.Report, merge.Report], bool]] = {
    "score above the threshold": lambda a, b: merge.similarity(a, b) >= merge.THRESHOLD,
    "blocked (any veto)": merge.blocked,
    "a reaction against a happening": lambda a, b: (
        merge.reacts_to_happening(a, b) or merge.reacts_to_happening(b, a)
    ),
    "said by another": lambda a, b: merge.said_by_another(a, b) or merge.said_by_another(b, a),
    "counted differently": merge.counted_differently,
    "clauses differ": merge.clauses_differ,
    "other people": merge.other_people,
    "elsewhere": merge.elsewhere,
    "a class of act made by derivations in common": _derived_act,
}


class Cited:
    """What ``eventscore.Evidence.cited_by`` reads of a report."""

    def __init__(self, article: str, sentence: str) -> None:
        self.article, self.sentence = article, sentence


Pair = tuple[merge.Report, merge.Report]


def cited_reports(
    name: str, folder: Path
) -> tuple[list[merge.Report], list[tuple[merge.Report, str]]]:
    """Every report merging compares in one set (its articles copied to ``folder``), and
    those citing exactly one gold event, with that event's key."""
    gold = eventscore.load_gold(REALNEWS / f"{name}-events.yml")
    for path in sorted((REALNEWS / name).glob("*.md")):
        shutil.copy(path, folder)
    articles = load_articles(folder)
    reports = merge_reports(articles, extract_articles(articles), folder)
    cited: list[tuple[merge.Report, str]] = []
    for report in reports:
        told = Cited(articles[report.key[0]].path.stem, report.sentence)
        keys = {g.key for g in gold.events if any(e.cited_by(told) for e in g.evidence)}  # type: ignore[arg-type]
        if len(keys) == 1:
            cited.append((report, keys.pop()))
    return reports, cited


def pairs(name: str, folder: Path) -> tuple[list[Pair], list[Pair]]:
    """("same" pairs, "different" pairs) of one set's reports."""
    _, cited = cited_reports(name, folder)
    same: list[Pair] = []
    different: list[Pair] = []
    for (a, one), (b, other) in itertools.combinations(cited, 2):
        if a.key[0] == b.key[0]:
            continue
        if one == other:
            same.append((a, b))
        elif spans_overlap(a.span, b.span):
            different.append((a, b))
    return same, different


def features(a: merge.Report, b: merge.Report, idf: dict[str, float]) -> list[float]:
    """The evidences ``merge.similarity`` adds up, one column each (FEATURES)."""
    union = a.entities | b.entities
    actions = a.action is not None and b.action is not None
    return [
        fuzz.token_set_ratio(a.text, b.text) / 100.0,
        max(merge._rare_overlap(a, b, idf), merge._core_overlap(a, b, idf)),
        len(a.entities & b.entities) / len(union) if union else 0.0,
        float(actions and a.action == b.action),
        float(actions and a.action != b.action and a.action not in b.bag and b.action not in a.bag),
        float(not a.figures.isdisjoint(b.figures)),
        merge.clause_score(a, b),
        float(a.statement != b.statement),
        float(a.follows is not None or b.follows is not None),
        float(bool(a.places and b.places and a.places.isdisjoint(b.places))),
        float(a.kind == b.kind),
        float(_derived_act(a, b)),
    ]


FEATURES = [
    "text share",
    "rare overlap",
    "entity share",
    "same action",
    "action clash",
    "figure in common",
    "clause score",
    "statement against happening",
    "follow-up",
    "place clash",
    "same kind",
    "derived act in common",
]

Rows = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]  # X, same?, rule, blocked


def rows_of(same: list[Pair], different: list[Pair]) -> Rows:
    reports = list({id(r): r for pair in same + different for r in pair}.values())
    idf = merge.rarity(reports)
    x, y, rule, blocked = [], [], [], []
    for label, pairs_ in ((1, same), (0, different)):
        for a, b in pairs_:
            x.append(features(a, b, idf))
            y.append(label)
            rule.append(merge.similarity(a, b, idf) >= merge.THRESHOLD)
            blocked.append(merge.blocked(a, b))
    return np.array(x), np.array(y), np.array(rule), np.array(blocked)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000) -> tuple:
    """(mean, deviation, weights, bias) of a logistic regression by gradient descent."""
    mean, dev = x.mean(0), x.std(0) + 1e-9
    z = (x - mean) / dev
    weights, bias = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ weights + bias)))
        weights -= 0.5 * (z.T @ (p - y) / len(y) + l2 * weights / len(y))
        bias -= 0.5 * float((p - y).mean())
    return mean, dev, weights, bias


def probability(model: tuple, x: np.ndarray) -> np.ndarray:
    mean, dev, weights, bias = model
    return 1 / (1 + np.exp(-(((x - mean) / dev) @ weights + bias)))


def leave_one_set_out(rows: dict[str, Rows]) -> None:
    print("\n## Logistic regression, leave one set out (pairs no veto blocks)\n")
    print(
        "| left out | same / different pairs | rule: same, different caught | fitted: same, "
        "different caught (cut) |\n|---|---|---|---|"
    )
    for out in rows:
        kept = [rows[n] for n in rows if n != out]
        x = np.vstack([r[0][~r[3]] for r in kept])
        y = np.concatenate([r[1][~r[3]] for r in kept])
        model = fit(x, y)
        cut = max(0.5, float(probability(model, x)[y == 0].max()) + 1e-6)
        xo, yo, rule, blocked = rows[out]
        caught = (probability(model, xo) >= cut) & ~blocked
        print(
            f"| {out} | {(yo == 1).sum()} / {(yo == 0).sum()} "
            f"| {(rule & (yo == 1)).sum()}, {(rule & (yo == 0)).sum()} "
            f"| {(caught & (yo == 1)).sum()}, {(caught & (yo == 0)).sum()} ({cut:.2f}) |"
        )
    x = np.vstack([r[0][~r[3]] for r in rows.values()])
    y = np.concatenate([r[1][~r[3]] for r in rows.values()])
    weights = fit(x, y)[2]
    print("\nweights fitted on every set (standardised):")
    print(", ".join(f"{name} {w:+.2f}" for name, w in zip(FEATURES, weights, strict=True)))


def set_folders(sets: list[str]) -> Iterator[tuple[str, Path]]:
    """Each set's name with an empty folder of its own to build it in, all removed once
    the last has been used."""
    with tempfile.TemporaryDirectory() as tmp:
        for name in sets:
            folder = Path(tmp) / name
            folder.mkdir()
            yield name, folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=DEVELOPMENT)
    parser.add_argument("--fit", action="store_true", help="leave-one-set-out regression")
    args = parser.parse_args(argv)
    refused = BLIND & set(args.sets)
    if refused:
        parser.error(f"blind sets are never measured here: {', '.join(sorted(refused))}")
    totals: dict[str, Counter[str]] = {"same": Counter(), "different": Counter()}
    sizes: Counter[str] = Counter()
    rows: dict[str, Rows] = {}
    for name, folder in set_folders(args.sets):
        same, different = pairs(name, folder)
        print(f"\n## {name}: {len(same)} same pairs, {len(different)} different pairs\n")
        print("| evidence | same | different |\n|---|---|---|")
        for label, test in EVIDENCES.items():
            s = sum(test(a, b) for a, b in same)
            d = sum(test(a, b) for a, b in different)
            totals["same"][label] += s
            totals["different"][label] += d
            print(f"| {label} | {s} | {d} |")
        sizes["same"] += len(same)
        sizes["different"] += len(different)
        if args.fit:
            rows[name] = rows_of(same, different)
    print(f"\n## all: {sizes['same']} same pairs, {sizes['different']} different pairs\n")
    print("| evidence | same | different |\n|---|---|---|")
    for label in EVIDENCES:
        s, d = totals["same"][label], totals["different"][label]
        print(
            f"| {label} | {s} ({s / max(sizes['same'], 1):.2f}) "
            f"| {d} ({d / max(sizes['different'], 1):.2f}) |"
        )
    if args.fit:
        leave_one_set_out(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
