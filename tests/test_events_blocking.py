"""Blocked merging (the vectorised bounds of every pair of reports sharing a day) groups
reports exactly as comparing every date-compatible pair does: on the seed, with each
fixture of other outlets, and on random reports made to stress the bounds (open starts,
intervals, statements, follow-ups, clauses and quotations)."""

from __future__ import annotations

import random
import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from timeline.articles import load_articles
from timeline.events import merge
from timeline.events.assemble import merge_reports
from timeline.events.clause import Clause
from timeline.events.extract import extract_articles

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = {
    "other_outlet": sorted((ROOT / "tests/data/other_outlet").glob("*.md")),
    "second_article": sorted((ROOT / "tests/data/second_article").glob("*.md")),
}
SETS = {
    "seed": [],
    "seed+other_outlet": ["other_outlet"],
    "seed+second_article": ["second_article"],
    "seed+both": ["other_outlet", "second_article"],
}


def keys(groups: list[merge.Group]) -> list[list[tuple[int, int]]]:
    return [sorted(r.key for r in g.reports) for g in groups]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """Articles of the seed and both fixtures, extracted once."""
    content = tmp_path_factory.mktemp("blocking") / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "ids.yml").unlink(missing_ok=True)
    for paths in FIXTURES.values():
        for path in paths:
            shutil.copy(path, content)
    articles = load_articles(content)
    return content, articles, extract_articles(articles)


@pytest.mark.parametrize("name", list(SETS))
def test_blocked_merges_equal_exhaustive_on_seed_and_fixtures(extracted, name):
    content, articles, extractions = extracted
    extra = {p.stem for f in SETS[name] for p in FIXTURES[f]}
    seed = {p.stem for p in (ROOT / "content").glob("*.md")}
    chosen = [i for i, a in enumerate(articles) if a.slug in seed | extra]
    assert len(chosen) == len(seed) + len(extra)
    reports = merge_reports(
        [articles[i] for i in chosen], [extractions[i] for i in chosen], content
    )
    expected = keys(merge._group_reports_exhaustive(reports))
    assert keys(merge.group_reports(reports)) == expected
    assert any(len(g) > 1 for g in expected)  # the comparison has merges to get right


WORDS = [f"w{i}" for i in range(14)] + ["~strike", "~say", "@russie", "@syrie"]
DAYS = [f"2015-10-{d:02d}" for d in range(1, 11)]


def random_report(
    rng: random.Random,
    key: tuple[int, int],
    days: list[str] = DAYS,
    reach: int = 10,
    open_share: float = 0.2,
) -> merge.Report:
    """A report with few words from a small vocabulary (so that many pairs come close to
    the threshold), any kind of span (of at most ``reach`` days; an open start for
    ``open_share`` of them), and the fields that move the score."""
    at = rng.randrange(len(days))
    start, later = days[at], days[at : at + reach]
    kind = rng.random() * (1 - 0.2 + open_share) + 0.2 - open_share
    if kind < 0.2:
        span = (start, rng.choice(later), True)  # open start
    elif kind < 0.45:
        span = (start, rng.choice(later), False)  # interval
    else:
        span = (start, start, False)
    words = rng.sample(WORDS, rng.randint(1, 6))
    return merge.Report(
        key=key,
        span=span,
        words=words,
        entities={w[1:] for w in words if w.startswith("@")} | set(rng.sample(["ei", "otan"], 1)),
        numbers=set(rng.sample([2, 11, 26, 57], rng.randint(0, 2))),
        speaker=rng.choice([None, None, "poutine", "davutoglu"]),
        explicit=rng.random() < 0.6,
        action=rng.choice([None, "~strike", "~say", "~summon"]),
        statement=rng.random() < 0.3,
    )


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("threshold", [0.3, merge.THRESHOLD, 0.7])
def test_blocked_merges_equal_exhaustive_on_random_reports(seed, threshold):
    rng = random.Random(seed)
    reports = [random_report(rng, (i // 7, i % 7)) for i in range(160)]
    for i in range(40, 160, 3):  # the same sentence reported again, maybe another day
        again = random_report(rng, reports[i].key)
        again.words, again.entities = reports[rng.randrange(i)].words, reports[i - 1].entities
        again.__post_init__()
        reports[i] = again
    rng.shuffle(reports)
    expected = keys(merge._group_reports_exhaustive(reports, threshold))
    assert keys(merge.group_reports(reports, threshold)) == expected
    assert len(expected) < len(reports)  # some merges happened


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("threshold", [0.3, merge.THRESHOLD, 0.7])
def test_blocked_merges_equal_exhaustive_with_follow_ups(seed, threshold):
    """Follow-ups go with their event and join its group to another one they are alike to
    (``group_reports``): the same groups, pruned or not, as comparing every pair."""
    rng = random.Random(seed)
    reports = [random_report(rng, (i // 7, i % 7)) for i in range(160)]
    for i in range(1, 160, 2):  # every other report a follow-up of its article's first
        if i % 7:
            reports[i].follows = reports[i - i % 7].key
    rng.shuffle(reports)
    expected = keys(merge._group_reports_exhaustive(reports, threshold))
    assert keys(merge.group_reports(reports, threshold)) == expected
    assert len(expected) < len(reports)


def spread(
    rng: random.Random, count: int, days: int, open_share: float = 0.02
) -> list[merge.Report]:
    """``count`` random reports over ``days`` days, spans of one day to four, a few open
    starts ("depuis des années"), some told again another day."""
    calendar = [str(date(2015, 1, 1) + timedelta(days=d)) for d in range(days)]
    reports = [
        random_report(rng, (i // 7, i % 7), calendar, reach=4, open_share=open_share)
        for i in range(count)
    ]
    for i in range(20, count, 5):
        reports[i].words = reports[rng.randrange(i)].words
        reports[i].__post_init__()
    return reports


@pytest.mark.parametrize("seed", range(4))
def test_blocked_merges_equal_exhaustive_on_reports_over_months(seed):
    """Over months, most earlier reports are of other days: the bounds are computed for
    the date-compatible ones only, and the groups are still those of every pair."""
    reports = spread(random.Random(seed), 400, 120)
    random.Random(seed).shuffle(reports)
    expected = keys(merge._group_reports_exhaustive(reports))
    assert keys(merge.group_reports(reports)) == expected
    assert len(expected) < len(reports)


def test_bounds_cost_grows_with_the_dossier_not_with_its_square(monkeypatch):
    """Only the pairs of reports whose spans share a day are bounded (``Blocker.alike``):
    twice the reports over twice the days cost about twice the bounds, not four times."""
    bounded: list[int] = []
    bounds = merge.Blocker.bounds

    def counted(self, one, other):
        for p, q in zip(one.tolist(), other.tolist(), strict=True):
            assert q < p
            assert merge.spans_overlap(self.reports[q].span, self.reports[p].span)
        bounded.append(len(one))
        return bounds(self, one, other)

    monkeypatch.setattr(merge.Blocker, "bounds", counted)
    costs = []
    for count in (300, 1200):  # three reports a day, none reaching back
        bounded.clear()
        reports = spread(random.Random(count), count, count // 3, open_share=0.0)
        merge.group_reports(reports)
        costs.append(sum(bounded))
    assert costs[0] > 300  # each report is bounded against some others
    assert costs[1] < 6 * costs[0]  # 4x the reports: 4x the bounds (every pair: 16x)


@pytest.mark.parametrize("threshold", [0.3, merge.THRESHOLD, 0.7])
def test_refusal_runs_only_for_pairs_reaching_the_threshold(monkeypatch, threshold):
    """Grouping reads a pair's similarity only against the threshold: the tests that refuse
    a pair (``blocked``: another speaker, another count, ...) run only when its score
    reaches it, and a refused pair still scores 0 there, as ``similarity`` gives it."""
    rng = random.Random(3)
    reports = [random_report(rng, (i // 7, i % 7)) for i in range(120)]
    idf = merge.rarity(reports)
    refused = merge._refused
    checked: list[tuple[tuple[int, int], tuple[int, int]]] = []

    def counted(a: merge.Report, b: merge.Report) -> bool:
        checked.append((a.key, b.key))
        return refused(a, b)

    monkeypatch.setattr(merge, "_refused", counted)
    scorer = merge._Scorer(reports, idf, threshold)
    seen = {"skipped refused": 0, "refused above": 0, "alike": 0}
    for a in reports[:40]:
        for b in reports[40:]:
            checked.clear()
            score = scorer.similarity(a, b)
            reaches = merge._score(a, b, idf) >= threshold
            assert checked == ([(a.key, b.key)] if reaches else [])
            exact = merge.similarity(a, b, idf)
            assert (score >= threshold) == (exact >= threshold)
            if exact >= threshold:
                assert score == exact
                seen["alike"] += 1
            elif refused(a, b):
                seen["refused above" if reaches else "skipped refused"] += 1
                assert score < threshold
    assert all(seen.values()), seen


# Reports with main clauses, quotations and occasions: what the vectorised bounds read of
# the clauses (acts in common, names in common, an action one of the other's acts) and of
# the quotations (a word in common) must never cut a pair ``similarity`` finds alike.
ACTS = [  # (act as folded, lemma as told)
    ("=collapse", "effondrer"),
    ("=collapse", "écrouler"),
    ("~strike", "frapper"),
    ("~saying", "déclarer"),
    ("=arrest", "interpeller"),
    ("bombarder", "bombarder"),
]
NAMES = ["@russie", "@syrie", "@otan", "immeuble", "pont", None]
QUOTES = [
    "nous ne laisserons pas ce crime impuni dans notre pays ni ailleurs",
    "nous ne laisserons pas les victimes sans aide ni soutien cette fois",
    "le pont reste fermé à toute circulation jusqu'à nouvel ordre demain soir",
]


def clause_report(rng: random.Random, key: tuple[int, int]) -> merge.Report:
    """A random report (``random_report``), parsed or not, quoting or not, its action maybe
    one of its clause's acts."""
    report = random_report(rng, key)
    act, told = rng.choice(ACTS)
    also = rng.choice([(), rng.choice(ACTS)])
    agent, patient = rng.choice(NAMES), rng.choice(NAMES)
    core = {act, *rng.sample(WORDS, 2)} | {n for n in (agent, patient) if n}
    clause = Clause(
        predicate=act,
        agent=agent,
        patient=patient,
        core=frozenset(core),
        also=frozenset([also[0]] if also else []),
        told=frozenset([told] + ([also[1]] if also else [])),
    )
    quote = rng.choice(QUOTES).split()
    cut = rng.randrange(len(quote) - 3)  # a whole run, or a few words of it
    words = quote if rng.random() < 0.5 else quote[cut : cut + rng.choice([1, 3, 9])]
    sentence = f"« {' '.join(words)} », a déclaré le ministre." if rng.random() < 0.4 else ""
    return replace(
        report,
        clause=clause if rng.random() < 0.6 else None,
        action=rng.choice([act, report.action, None]),
        sentence=sentence,
        quoted="le ministre" if sentence else "",
        kind=rng.choice(["", "happening", "statement"]),
    )


def clause_reports(seed: int, count: int = 160) -> list[merge.Report]:
    rng = random.Random(seed)
    reports = [clause_report(rng, (i // 7, i % 7)) for i in range(count)]
    rng.shuffle(reports)
    return reports


@pytest.mark.parametrize("seed", range(4))
def test_bounds_reach_every_similarity_of_parsed_and_quoting_reports(seed):
    """Every pair's vectorised bound reaches its similarity (the occasions marked as
    grouping marks them), so no pair alike is cut whatever the threshold (above 0: a pair
    refused is 0, below what its bound may be)."""
    reports = sorted(clause_reports(seed), key=merge._order)
    merge.mark_parts(reports)
    idf = merge.rarity(reports)
    scorer = merge._Scorer(reports, idf, merge.THRESHOLD)
    blocker = merge.Blocker(reports, idf, scorer.totals)
    cut = 0
    for position, report in enumerate(reports):
        bounds = blocker.bounds(np.full(position, position), np.arange(position))
        for other in range(position):
            exact = merge.similarity(report, reports[other], idf)
            assert bounds[other] + 1e-6 >= exact or exact <= 0, (report, reports[other])
            cut += bounds[other] < merge.THRESHOLD
    assert cut > 1000  # the bounds cut pairs


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("threshold", [0.3, merge.THRESHOLD, 0.7])
def test_blocked_merges_equal_exhaustive_on_parsed_and_quoting_reports(seed, threshold):
    reports = clause_reports(seed)
    expected = keys(merge._group_reports_exhaustive(reports, threshold))
    assert keys(merge.group_reports(reports, threshold)) == expected
    assert len(expected) < len(reports)


def parsed(key: tuple[int, int], act: str, told: str, names: list[str], **fields) -> merge.Report:
    """An invented report of one day whose main clause tells ``act`` (``told``) of
    ``names``; its words and its clause's other core words are its own."""
    own = [f"r{key[0]}w{i}" for i in range(4)]
    return merge.Report(
        key=key,
        span=("2015-10-07", "2015-10-07", False),
        words=own,
        entities=set(),
        numbers=set(),
        speaker=None,
        explicit=True,
        clause=Clause(
            predicate=act,
            agent=names[0] if names else None,
            core=frozenset([act, *names, *own]),
            told=frozenset([told]),
        ),
        **fields,
    )


BOUND_CASES = {
    # two main clauses, other acts of other names: nothing they may add
    "other acts, other names": (
        parsed((0, 0), "=arrest", "interpeller", ["@lyon"]),
        parsed((1, 0), "bombarder", "bombarder", ["@otan"]),
        False,
    ),
    # an act in common: the clauses' bonus
    "one act": (
        parsed((0, 0), "=arrest", "interpeller", ["@lyon"]),
        parsed((1, 0), "=arrest", "interpeller", ["@otan"]),
        True,
    ),
    # a name in common: the acts may be alike (``acts_alike``)
    "one name": (
        parsed((0, 0), "=collapse", "effondrer", ["@lyon"]),
        parsed((1, 0), "écrouler", "écrouler", ["@lyon"]),
        True,
    ),
    # acts of saying in common are none
    "saying": (
        parsed((0, 0), "~saying", "déclarer", ["@lyon"]),
        parsed((1, 0), "~saying", "déclarer", ["@otan"]),
        False,
    ),
    # a clause against a report without: the report's action one of the clause's acts
    "action told by the clause": (
        parsed((0, 0), "=arrest", "interpeller", ["@lyon"]),
        replace(parsed((1, 0), "x", "x", []), clause=None, action="=arrest"),
        True,
    ),
    "action not told by the clause": (
        parsed((0, 0), "=arrest", "interpeller", ["@lyon"]),
        replace(parsed((1, 0), "x", "x", []), clause=None, action="bombarder"),
        False,
    ),
    # quotations of no word in common: no statement quoted twice
    "quotations apart": (
        parsed((0, 0), "~saying", "déclarer", [], sentence=f"« {QUOTES[0]} », a-t-il dit"),
        parsed((1, 0), "~saying", "déclarer", [], sentence=f"« {QUOTES[2]} », a-t-il dit"),
        False,
    ),
    "one quotation": (
        parsed((0, 0), "~saying", "déclarer", [], sentence=f"« {QUOTES[0]} », a-t-il dit"),
        parsed((1, 0), "~saying", "déclarer", [], sentence=f"« {QUOTES[0]} », a dit X"),
        True,
    ),
}


@pytest.mark.parametrize("case", list(BOUND_CASES))
def test_bounds_read_clauses_and_quotations(case):
    """Two reports of no word in common but in their clauses: what their clauses and
    quotations may add decides whether the bound reaches the threshold."""
    one, other, reaches = BOUND_CASES[case]
    reports = [one, other]
    idf = merge.rarity(reports)
    blocker = merge.Blocker(reports, idf, merge._Scorer(reports, idf, merge.THRESHOLD).totals)
    bound = blocker.bounds(np.array([1]), np.array([0]))[0]
    assert (bound >= merge.THRESHOLD) == reaches, bound
    assert bound + 1e-6 >= merge.similarity(other, one, idf)


@pytest.mark.parametrize("count", [0, 1, 2])
def test_few_reports_group_as_every_pair_does(count):
    """No report, one, two: the bounds' blocks are empty or hold one pair at most."""
    reports = clause_reports(0, count)
    expected = keys(merge._group_reports_exhaustive(reports))
    assert keys(merge.group_reports(reports)) == expected
    assert sum(map(len, expected)) == count
