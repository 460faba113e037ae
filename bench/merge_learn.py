"""Merging's decision fitted across the development sets and checked on each set left out
(issue 9): is a pair score learned from the golds better than the hand-set rules?

    .venv/bin/python bench/merge_learn.py [--sets dev dev2 ... dev16 fresh heldout]
                                          [--soft] [--weights]

1. Pairs as data. For each development set (never a blind one: heldout2 to heldout4 are
   refused) every report merging groups (``assemble.merge_reports``, follow-ups included,
   marked as ``merge.group_reports`` marks them), and every pair of them merging may compare
   (their days overlap; not a follow-up and its own event), with the evidence merging
   computes (``FEATURES``: each term of ``merge._score``, each veto of ``merge.blocked``, days
   apart, explicit or carried days, same article, same outlet, persons and places shared and
   opposed, kinds, speakers). A pair of reports each citing exactly one gold item (event or
   context) is labelled "same" (one item) or "different" (two). Per set: "same" and
   "different" pairs, and what today's rule says of them (``merge.similarity`` at least
   ``merge.THRESHOLD``: vetoes included).
2. Leave one set out. A logistic regression (scikit-learn, standardised, L2) fitted on the
   labelled pairs of every set but one; its cut is the probability above which as many
   training "different" pairs lie as today's rule lets through on those sets (the same
   false budget), or the lowest cut letting none through when the rule lets none. On the
   set left out: pairs "same" and "different" above the cut against today's rule, then the
   set's merges gathered and false merges through the grouping merging does
   (``merge.group_exhaustively``'s greedy grouping, its ``Group.admits`` and
   ``_joinable`` vetoes kept) with today's similarity and with the fitted score (the
   probability shifted so that the cut falls on ``merge.THRESHOLD``). Merges are scored as
   ``eventscore.score`` scores published events, on groups: a gold merge is gathered when
   one group cites every sentence of it, a group is a false merge when it cites sentences
   of two gold items.

``--soft``: the fitted score decides alone: ``merge.blocked``'s vetoes are features, not
hard constraints (``Group.admits`` and ``_joinable`` keep only the days and the anchoring).
``--weights``: the weights fitted on every set, standardised, largest first.

Reports are built once per set and kept in ``/tmp/merge_learn/`` (pickles) for later runs
on the same code; ``--fresh`` rebuilds them.
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import eventscore  # noqa: E402  (bench/eventscore.py)
import numpy as np  # noqa: E402
from merge_pairs import DEVELOPMENT, Cited  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from timeline.articles import load_articles  # noqa: E402
from timeline.events import merge  # noqa: E402
from timeline.events.assemble import merge_reports  # noqa: E402
from timeline.events.dates import spans_overlap  # noqa: E402
from timeline.events.extract import extract_articles  # noqa: E402

REALNEWS = ROOT / "tests/data/realnews"
#: never read nor fitted on: the blind sets, and this round's unseen check (dev17, written
#: during the round, figures only until the round ends: a development set the next round)
BLIND = eventscore.BLIND_SETS | {"dev17"}
DEVELOPMENT = [name for name in DEVELOPMENT if name not in BLIND]
CACHE = Path(tempfile.gettempdir()) / "merge_learn"

Report = merge.Report
#: ``merge.blocked`` as written (``--soft`` replaces it in the module while grouping)
BLOCKED = merge.blocked


@dataclass
class SetData:
    """One set's reports (marked as grouping marks them), with what scoring needs."""

    name: str
    reports: list[Report]
    outlet: dict[int, str]  # article index -> outlet
    items: dict[int, frozenset[str]]  # id(report) -> gold items (events, context) it cites
    merges: list[list[frozenset[int]]]  # gold merge -> per sentence, ids of reports citing it


def build(name: str) -> SetData:
    """One set's reports and their gold items (its articles copied to a folder of its own)."""
    gold = eventscore.load_gold(REALNEWS / f"{name}-events.yml")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for path in sorted((REALNEWS / name).glob("*.md")):
            (folder / path.name).write_bytes(path.read_bytes())
        articles = load_articles(folder)
        reports = merge_reports(articles, extract_articles(articles), folder)
    merge.mark_parts(reports)  # marked as grouping marks them (occasions, tolls, ...)
    told = {id(r): Cited(articles[r.key[0]].path.stem, r.sentence) for r in reports}
    items_of = [(g.key, g.evidence) for g in gold.events]
    items_of += [(c.key, c.evidence) for c in gold.context]
    items = {
        id(r): frozenset(
            key
            for key, evidence in items_of
            if any(e.cited_by(told[id(r)]) for e in evidence)  # type: ignore[arg-type]
        )
        for r in reports
    }
    merges = [
        [frozenset(id(r) for r in reports if e.cited_by(told[id(r)])) for e in group]  # type: ignore[arg-type]
        for group in gold.merges
    ]
    outlet = {i: a.source or a.path.stem for i, a in enumerate(articles)}
    return SetData(name, reports, outlet, items, merges)


def load(name: str, fresh: bool) -> SetData:
    """``build``, kept in ``CACHE`` (ids are those of the loaded reports: rebuilt after
    unpickling from the reports' positions)."""
    path = CACHE / f"{name}.pickle"
    if path.exists() and not fresh:
        reports, outlet, items, merges = pickle.loads(path.read_bytes())
    else:
        data = build(name)
        position = {id(r): i for i, r in enumerate(data.reports)}
        items = {position[k]: v for k, v in data.items.items()}
        merges = [[frozenset(position[k] for k in s) for s in group] for group in data.merges]
        reports, outlet = data.reports, data.outlet
        CACHE.mkdir(exist_ok=True)
        path.write_bytes(pickle.dumps((reports, outlet, items, merges)))
    ids = [id(r) for r in reports]
    return SetData(
        name,
        reports,
        outlet,
        {ids[i]: v for i, v in items.items()},
        [[frozenset(ids[i] for i in s) for s in group] for group in merges],
    )


# -- features ---------------------------------------------------------------------------


def _days_apart(a: Report, b: Report) -> float:
    """Days between the two spans' first days (0 when they start on one day)."""
    import datetime as dt

    def day(text: str) -> dt.date:
        return dt.date.fromisoformat(text) if text[:4] not in {"0000", "9999"} else dt.date(1, 1, 1)

    first, other = day(a.span[0]), day(b.span[0])
    if first.year == 1 or other.year == 1:
        return 0.0
    return float(min(abs((first - other).days), 30))


def _either(test: Callable[[Report, Report], bool]) -> Callable[[Report, Report], bool]:
    return lambda a, b: test(a, b) or test(b, a)


VETOES: dict[str, Callable[[Report, Report], bool]] = {
    "said by another": _either(merge.said_by_another),
    "scheduled against done": lambda a, b: bool(a.kind and b.kind and a.scheduled != b.scheduled),
    "to come against past": lambda a, b: {a.time, b.time} == {"to come", "past"},
    "request against grant": _either(merge.request_against_grant),
    "other tolls": merge.other_tolls,
    "others against these": lambda a, b: a.distinct != b.distinct,
    "speakers differ": merge.speakers_differ,
    "elsewhere": merge.elsewhere,
    "reacts to happening": _either(merge.reacts_to_happening),
    "unsaid description": _either(merge.unsaid_description),
    "also done by another": _either(merge.also_done_by_another),
    "other moments": merge.other_moments,
    "other people": merge.other_people,
    "counted differently": merge.counted_differently,
    "clauses differ": merge.clauses_differ,
    "other acts other days": merge.other_acts_other_days,
}


def features(a: Report, b: Report, idf: dict[str, float], outlet: dict[int, str]) -> list[float]:
    """One row: the evidence merging computes for a pair (``FEATURES``, in that order)."""
    union = a.entities | b.entities
    a_interval, b_interval = merge._interval(a), merge._interval(b)
    actions = a.action is not None and b.action is not None
    same_action = actions and (a.action == b.action or merge._actions_alike(a, b))
    persons = a.persons | b.persons
    row = [
        fuzz.token_set_ratio(a.text, b.text) / 100.0,
        max(merge._rare_overlap(a, b, idf), merge._core_overlap(a, b, idf)),
        len(a.entities & b.entities) / len(union) if union else 0.0,
        float(a_interval and b_interval and a.span[0] == b.span[0]),
        float(a_interval != b_interval),
        float(a.statement != b.statement),
        float(same_action),
        float(actions and not same_action and a.action not in b.bag and b.action not in a.bag),
        float(merge.acts_clash(a, b)),
        float(not a.figures.isdisjoint(b.figures)),
        float(a.figures.isdisjoint(b.figures) and bool(a.numbers and b.numbers)),
        float(merge.retelling(a, b)),
        float(
            merge.same_frame(a, b) or merge.one_act_of_protagonist(a, b) or merge.same_custody(a, b)
        ),
        float(merge.same_occasion(a, b)),
        float(bool(a.quotations and b.quotations and merge.same_quotation(a, b))),
        merge.clause_score(a, b),
        float(merge.place_clash(a, b)),
        float(a.follows is not None or b.follows is not None),
        float(merge.same_composition(a, b)),
        float(merge.same_toll(a, b)),
        float(merge.same_print(a, b)),
        _days_apart(a, b),
        float(a.explicit and b.explicit),
        float(a.explicit != b.explicit),
        float(a.key[0] == b.key[0]),
        float(outlet[a.key[0]] == outlet[b.key[0]]),
        len(a.persons & b.persons) / len(persons) if persons else 0.0,
        float(bool(a.persons and b.persons and a.persons.isdisjoint(b.persons))),
        float(bool(a.places & b.places)),
        float(a.kind == b.kind),
        float(bool(a.speaker and a.speaker == b.speaker)),
        float(bool(a.entities & b.entities) or bool(a.numbers & b.numbers)),
        float(not a.scene.isdisjoint(b.scene)),
    ]
    row += [float(test(a, b)) for test in VETOES.values()]
    row.append(float(BLOCKED(a, b)))
    return row


FEATURES = [
    "text share",
    "rare overlap",
    "entity share",
    "same interval",
    "interval against day",
    "statement against happening",
    "same action",
    "action clash",
    "acts clash",
    "figure in common",
    "numbers clash",
    "retelling",
    "frame, protagonist or custody",
    "same occasion",
    "same quotation",
    "clause score",
    "place clash",
    "follow-up",
    "same composition",
    "same toll",
    "same print",
    "days apart",
    "both explicit",
    "one explicit",
    "same article",
    "same outlet",
    "person share",
    "persons opposed",
    "place in common",
    "same kind",
    "same speaker",
    "name or number in common",
    "scene in common",
    *VETOES,
    "blocked (any veto)",
]


def considered(reports: list[Report]) -> Iterator[tuple[Report, Report]]:
    """Every pair merging may compare: days overlapping, not a follow-up and its event."""
    for a, b in itertools.combinations(reports, 2):
        if a.follows == b.key or b.follows == a.key:
            continue
        if spans_overlap(a.span, b.span):
            yield a, b


@dataclass
class Pairs:
    """One set's labelled pairs: rows, labels (1 same, 0 different), today's decision."""

    x: np.ndarray
    y: np.ndarray
    rule: np.ndarray
    blocked: np.ndarray


def labelled(data: SetData) -> Pairs:
    idf = merge.rarity(data.reports)
    x, y, rule, blocked = [], [], [], []
    for a, b in considered(data.reports):
        one, other = data.items[id(a)], data.items[id(b)]
        if len(one) != 1 or len(other) != 1:
            continue
        row = features(a, b, idf, data.outlet)
        x.append(row)
        y.append(int(one == other))
        rule.append(merge.similarity(a, b, idf) >= merge.THRESHOLD)
        blocked.append(bool(row[-1]))
    width = len(FEATURES)
    return Pairs(
        np.array(x, dtype=float).reshape(-1, width),
        np.array(y, dtype=int),
        np.array(rule, dtype=bool),
        np.array(blocked, dtype=bool),
    )


# -- the fit ----------------------------------------------------------------------------


def fit(x: np.ndarray, y: np.ndarray, boosted: bool = False) -> Any:
    """A logistic regression on standardised features, or (``boosted``, a check of how much
    signal the features hold, not a model merging could read) gradient-boosted trees."""
    if boosted:
        model: Any = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.1)
    else:
        model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))
    model.fit(x, y)
    return model


def cut_of(model: Any, x: np.ndarray, y: np.ndarray, budget: int) -> float:
    """The probability above which ``budget`` training "different" pairs lie (the rule's
    own count on the training sets); just above the highest when the budget is 0."""
    different = np.sort(model.predict_proba(x[y == 0])[:, 1])[::-1]
    if len(different) == 0:
        return 0.5
    return float(different[min(budget, len(different) - 1)]) + 1e-9


# -- grouping with a given similarity -----------------------------------------------------


@contextmanager
def vetoes_lifted(soft: bool) -> Iterator[None]:
    """``soft``: ``merge.blocked`` by nothing in ``Group.admits`` and ``_joinable`` while
    grouping (the vetoes read as features, not as constraints)."""
    saved = merge.blocked
    if soft:
        merge.blocked = lambda a, b: False  # type: ignore[assignment]
    try:
        yield
    finally:
        merge.blocked = saved  # type: ignore[assignment]


def group(
    reports: list[Report],
    similarity: Callable[..., float],
    soft: bool,
    threshold: float = merge.THRESHOLD,
) -> list[merge.Group]:
    """``merge.group_exhaustively``'s grouping of reports already marked, every pair
    scored by ``similarity``."""
    with vetoes_lifted(soft):
        return merge.group_exhaustively(reports, similarity, threshold)


def merges_scored(data: SetData, groups: list[merge.Group]) -> tuple[int, int]:
    """(gold merges gathered in one group, groups citing two gold items)."""
    members = [frozenset(id(r) for r in g.reports) for g in groups]
    gathered = sum(any(all(s & m for s in sentences) for m in members) for sentences in data.merges)
    false = sum(len(frozenset().union(*(data.items[i] for i in m))) > 1 for m in members)
    return gathered, false


def learned_similarity(
    model: Any, cut: float, outlet: dict[int, str], soft: bool, complement: bool = False
) -> Callable[..., float]:
    """The fitted probability as a similarity whose threshold is ``merge.THRESHOLD``;
    ``blocked`` pairs 0 unless ``soft``; ``complement``: the higher of that and today's."""
    blocked = BLOCKED
    today = merge.similarity
    memo: dict[tuple[int, int], float] = {}

    def similarity(a: Report, b: Report, idf: dict[str, float] | None = None) -> float:
        key = (id(a), id(b))
        if key not in memo:
            if not soft and blocked(a, b):
                memo[key] = 0.0
            else:
                p = float(model.predict_proba([features(a, b, idf or {}, outlet)])[0, 1])
                memo[key] = merge.THRESHOLD + (p - cut)
                if complement:
                    memo[key] = max(memo[key], today(a, b, idf))
        return memo[key]

    return similarity


def oracle_similarity(data: SetData) -> Callable[..., float]:
    """The golds' answer as a similarity: a pair of reports each citing one gold item is
    above ``merge.THRESHOLD`` when that is one item, 0 when two; any other pair (a report
    citing no item, or several) scores as today."""
    today = merge.similarity

    def similarity(a: Report, b: Report, idf: dict[str, float] | None = None) -> float:
        one, other = data.items[id(a)], data.items[id(b)]
        if len(one) == 1 and len(other) == 1:
            return merge.THRESHOLD + 0.5 if one == other else 0.0
        return today(a, b, idf)

    return similarity


def oracle(sets: dict[str, SetData]) -> None:
    """Merges gathered and false through the grouping when every labelled pair is decided
    as the golds say: what a perfect pair score would gather, vetoes kept and not."""
    print("\n## The golds' pair decisions through the grouping\n")
    print(
        "| set | merges | rule: gathered, false | golds' pairs, vetoes kept | vetoes dropped "
        "| left apart then: no report, no day in common, several items, grouping |"
    )
    print("|---|---|---|---|---|---|")
    totals = np.zeros(10, dtype=int)
    for name, data in sets.items():
        perfect = group(data.reports, oracle_similarity(data), soft=True)
        causes = why_apart(data, perfect)
        row = [
            *merges_scored(data, group(data.reports, merge.similarity, soft=False)),
            *merges_scored(data, group(data.reports, oracle_similarity(data), soft=False)),
            *merges_scored(data, perfect),
            *causes.values(),
        ]
        totals += row
        print(
            f"| {name} | {len(data.merges)} | {row[0]}, {row[1]} | {row[2]}, {row[3]} "
            f"| {row[4]}, {row[5]} | {', '.join(map(str, row[6:]))} |",
            flush=True,
        )
    merges = sum(len(d.merges) for d in sets.values())
    print(
        f"| all | {merges} | {totals[0]}, {totals[1]} | {totals[2]}, {totals[3]} "
        f"| {totals[4]}, {totals[5]} | {', '.join(map(str, totals[6:]))} |"
    )


CAUSES = ("no report", "no day in common", "several items", "grouping")


def cause_of(data: SetData, sentences: list[frozenset[int]]) -> str:
    """Why a gold merge may stay apart, the first cause found: a sentence of it no report
    cites (extraction kept none), two of its sentences whose reports share no day
    (dating), a report citing it that cites another gold item too (one sentence, two
    happenings), else the grouping."""
    by_id = {id(r): r for r in data.reports}
    if any(not s for s in sentences):
        return "no report"
    if any(
        not any(spans_overlap(by_id[i].span, by_id[j].span) for i in one for j in other)
        for one, other in itertools.combinations(sentences, 2)
    ):
        return "no day in common"
    if any(len(data.items[i]) > 1 for s in sentences for i in s):
        return "several items"
    return "grouping"


def why_apart(data: SetData, groups: list[merge.Group]) -> dict[str, int]:
    """Each gold merge no group gathers, counted by ``cause_of``."""
    members = [frozenset(id(r) for r in g.reports) for g in groups]
    causes = dict.fromkeys(CAUSES, 0)
    for sentences in data.merges:
        if not any(all(s & m for s in sentences) for m in members):
            causes[cause_of(data, sentences)] += 1
    return causes


#: the vetoes ``--vetoes`` lifts one at a time: a function of ``merge`` that ``blocked`` (or
#: ``_refused``, or ``Group.admits``) calls by name
LIFTED = [
    "said_by_another",
    "request_against_grant",
    "other_tolls",
    "speakers_differ",
    "elsewhere",
    "reacts_to_happening",
    "unsaid_description",
    "also_done_by_another",
    "other_moments",
    "other_people",
    "counted_differently",
    "clauses_differ",
    "other_acts_other_days",
]


@contextmanager
def lifted(name: str) -> Iterator[None]:
    """``merge``'s function ``name`` answers False (``_anchored``: True) while in the block."""
    if name == "_anchored":
        saved = merge.Group._anchored
        merge.Group._anchored = lambda self, report: True  # type: ignore[method-assign]
        try:
            yield
        finally:
            merge.Group._anchored = saved  # type: ignore[method-assign]
        return
    saved_function = getattr(merge, name)
    setattr(merge, name, lambda *args: False)
    try:
        yield
    finally:
        setattr(merge, name, saved_function)


def vetoes(sets: dict[str, SetData]) -> None:
    """Each veto lifted alone: merges gathered and false merges, summed over the sets, with
    today's similarity and with the golds' pair decisions."""
    print("\n## Each veto lifted alone (summed over the sets)\n")
    print(
        "| lifted | rule: gathered, false | golds' pairs: gathered, false | sets changed (rule) |"
    )
    print("|---|---|---|---|")
    base = {
        n: merges_scored(d, group(d.reports, merge.similarity, soft=False)) for n, d in sets.items()
    }
    perfect = {
        n: merges_scored(d, group(d.reports, oracle_similarity(d), soft=False))
        for n, d in sets.items()
    }

    def line(name: str, rule: dict[str, tuple[int, int]], gold: dict[str, tuple[int, int]]) -> None:
        changed = [
            f"{n} {base[n][0]}/{base[n][1]}->{rule[n][0]}/{rule[n][1]}"
            for n in sets
            if rule[n] != base[n]
        ]
        print(
            f"| {name} | {sum(g for g, _ in rule.values())}, {sum(f for _, f in rule.values())} "
            f"| {sum(g for g, _ in gold.values())}, {sum(f for _, f in gold.values())} "
            f"| {'; '.join(changed)} |",
            flush=True,
        )

    line("none", base, perfect)
    for name in [*LIFTED, "_anchored"]:
        with lifted(name):
            rule = {
                n: merges_scored(d, group(d.reports, merge.similarity, soft=False))
                for n, d in sets.items()
            }
            gold = {
                n: merges_scored(d, group(d.reports, oracle_similarity(d), soft=False))
                for n, d in sets.items()
            }
        line(name, rule, gold)


def sweep(sets: dict[str, SetData]) -> None:
    """Today's similarity with other thresholds: merges gathered and false, summed."""
    print("\n## Today's similarity, other thresholds (summed over the sets)\n")
    print("| threshold | gathered, false | sets changed |\n|---|---|---|")
    base = {
        n: merges_scored(d, group(d.reports, merge.similarity, soft=False)) for n, d in sets.items()
    }
    for threshold in (0.40, 0.45, 0.50, 0.525, 0.55, 0.575, 0.60, 0.65):
        found = {
            n: merges_scored(d, group(d.reports, merge.similarity, False, threshold))
            for n, d in sets.items()
        }
        changed = [
            f"{n} {base[n][0]}/{base[n][1]}->{found[n][0]}/{found[n][1]}"
            for n in sets
            if found[n] != base[n]
        ]
        print(
            f"| {threshold} | {sum(g for g, _ in found.values())}, "
            f"{sum(f for _, f in found.values())} | {'; '.join(changed)} |",
            flush=True,
        )


def missed(sets: dict[str, SetData]) -> None:
    """Each gold merge today's rule leaves apart, with why (``why_apart``'s causes, then: the
    vetoes keep it apart, or the score does) and its sentences: those no report cites, the
    reports' days, the vetoes between its reports, the best similarity between them."""
    by_cause: dict[str, int] = {}
    for name, data in sets.items():
        rule = group(data.reports, merge.similarity, soft=False)
        kept = group(data.reports, oracle_similarity(data), soft=False)
        members = {
            label: [frozenset(id(r) for r in g.reports) for g in groups]
            for label, groups in (("rule", rule), ("kept", kept))
        }
        by_id = {id(r): r for r in data.reports}
        idf = merge.rarity(data.reports)
        print(f"\n## {name}\n")
        for sentences in data.merges:
            if any(all(s & m for s in sentences) for m in members["rule"]):
                continue
            cause = cause_of(data, sentences)
            if cause == "grouping":
                gathered = any(all(s & m for s in sentences) for m in members["kept"])
                cause = "the score" if gathered else "the vetoes"
            by_cause[cause] = by_cause.get(cause, 0) + 1
            reports = sorted((by_id[i] for i in set().union(*sentences)), key=merge._order)
            print(f"- {cause}:")
            for r in reports:
                print(f"    {r.key} {r.span[0]}..{r.span[1]} {r.kind or '-'} | {r.sentence[:110]}")
            if not all(sentences):
                print(f"    ({sum(not s for s in sentences)} of its sentences no report cites)")
            vetoes = sorted(
                {
                    label
                    for a, b in itertools.combinations(reports, 2)
                    for label, test in VETOES.items()
                    if spans_overlap(a.span, b.span) and test(a, b)
                }
            )
            best = max(
                (merge.similarity(a, b, idf) for a, b in itertools.combinations(reports, 2)),
                default=0.0,
            )
            print(f"    vetoes between them: {', '.join(vetoes) or 'none'}; best score {best:.2f}")
    print("\n## Causes, summed\n")
    for cause, count in sorted(by_cause.items(), key=lambda t: -t[1]):
        print(f"- {cause}: {count}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=DEVELOPMENT)
    parser.add_argument("--soft", action="store_true", help="vetoes as features only")
    parser.add_argument("--weights", action="store_true", help="weights fitted on every set")
    parser.add_argument("--oracle", action="store_true", help="the golds' pair decisions")
    parser.add_argument("--vetoes", action="store_true", help="each veto lifted alone")
    parser.add_argument(
        "--complement", action="store_true", help="today's score or the fit's, the higher"
    )
    parser.add_argument("--boosted", action="store_true", help="gradient-boosted trees")
    parser.add_argument("--sweep", action="store_true", help="today's score, other thresholds")
    parser.add_argument(
        "--missed", action="store_true", help="each merge the rule leaves apart, and why"
    )
    parser.add_argument("--fresh", action="store_true", help="rebuild the reports")
    args = parser.parse_args(argv)
    refused = BLIND & set(args.sets)
    if refused:
        parser.error(f"blind sets are never measured here: {', '.join(sorted(refused))}")
    sets = {name: load(name, args.fresh) for name in args.sets}
    if args.oracle:
        oracle(sets)
        return 0
    if args.missed:
        missed(sets)
        return 0
    if args.sweep:
        sweep(sets)
        return 0
    if args.vetoes:
        vetoes(sets)
        return 0
    pairs = {name: labelled(data) for name, data in sets.items()}
    print("## Pairs as data\n")
    print("| set | reports | same pairs (rule: merged) | different pairs (rule: merged) |")
    print("|---|---|---|---|")
    for name, p in pairs.items():
        same, different = p.y == 1, p.y == 0
        print(
            f"| {name} | {len(sets[name].reports)} | {same.sum()} ({(p.rule & same).sum()}) "
            f"| {different.sum()} ({(p.rule & different).sum()}) |"
        )
    print("\n## Leave one set out\n")
    print(
        "| left out | pairs same/different: rule | fitted (cut) "
        "| merges gathered/false: rule | fitted |\n|---|---|---|---|---|"
    )
    totals = np.zeros(8, dtype=int)
    for out, data in sets.items():
        train = [pairs[n] for n in sets if n != out]
        keep = [~p.blocked if not args.soft else np.ones_like(p.blocked) for p in train]
        x = np.vstack([p.x[k] for p, k in zip(train, keep, strict=True)])
        y = np.concatenate([p.y[k] for p, k in zip(train, keep, strict=True)])
        budget = int(sum((p.rule & (p.y == 0)).sum() for p in train))
        model = fit(x, y, args.boosted)
        if args.complement:  # no training "different" pair more than the rule's
            rule = np.concatenate([p.rule[k] for p, k in zip(train, keep, strict=True)])
            cut = cut_of(model, x[~rule], y[~rule], 0)
        else:
            cut = cut_of(model, x, y, budget)
        p = pairs[out]
        caught = model.predict_proba(p.x)[:, 1] >= cut
        if args.complement:
            caught |= p.rule
        if not args.soft:
            caught &= ~p.blocked
        rule_groups = group(data.reports, merge.similarity, soft=False)
        fitted = learned_similarity(model, cut, data.outlet, args.soft, args.complement)
        fitted_groups = group(data.reports, fitted, soft=args.soft)
        rule_merges = merges_scored(data, rule_groups)
        fitted_merges = merges_scored(data, fitted_groups)
        row = [
            (p.rule & (p.y == 1)).sum(),
            (p.rule & (p.y == 0)).sum(),
            (caught & (p.y == 1)).sum(),
            (caught & (p.y == 0)).sum(),
            *rule_merges,
            *fitted_merges,
        ]
        totals += row
        print(
            f"| {out} | {row[0]}, {row[1]} | {row[2]}, {row[3]} ({cut:.2f}) "
            f"| {row[4]} of {len(data.merges)}, {row[5]} | {row[6]}, {row[7]} |",
            flush=True,
        )
    merges = sum(len(d.merges) for d in sets.values())
    print(
        f"| all | {totals[0]}, {totals[1]} | {totals[2]}, {totals[3]} "
        f"| {totals[4]} of {merges}, {totals[5]} | {totals[6]}, {totals[7]} |"
    )
    if args.weights:
        keep = [~p.blocked if not args.soft else np.ones_like(p.blocked) for p in pairs.values()]
        x = np.vstack([p.x[k] for p, k in zip(pairs.values(), keep, strict=True)])
        y = np.concatenate([p.y[k] for p, k in zip(pairs.values(), keep, strict=True)])
        weights = fit(x, y)[-1].coef_[0]
        print(
            "\n## Weights fitted on every set (standardised), largest first, with each "
            "feature's own ROC AUC (0.5: no signal; below: says 'different')\n"
        )
        print("| feature | weight | AUC alone | same pairs with it | different pairs with it |")
        print("|---|---|---|---|---|")
        for w, name, column in sorted(
            zip(weights, FEATURES, x.T, strict=True), key=lambda t: -abs(t[0])
        ):
            auc = roc_auc_score(y, column) if column.min() < column.max() else 0.5
            print(
                f"| {name} | {w:+.2f} | {auc:.2f} | {(column[y == 1] > 0).sum()} "
                f"| {(column[y == 0] > 0).sum()} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
