"""Merging: the same happening reported several times becomes one event.

Two reports are merged only when their dates are compatible (their spans share a day,
for every report already in the group) AND they say the same thing. What they say is
compared on their content words with synonyms folded into families ("tirer" = "détruire" =
"frappe": ``lemma_families`` of ``lang/fr/events.yml``), names replaced by entity ids and
numbers in digits ("onze" = 11):

* rapidfuzz's ``token_set_ratio`` of the two word lists;
* the share of *rare* words they have in common, each word weighing its inverse
  document frequency among all the reports (a shared "Caspienne" or "flottille" says more
  than a shared "frappe" or "Syrie");
* shared entities, shared numbers (a clash of numbers lowers the score);
* their actions (main verb, or the noun after a light verb): same family raises the
  score, two different families lower it.

A *statement* (the saying is the event: a claim, a judgement, a forecast, a state) is never
merged with another speaker's report; a *reported happening* ("quatre croiseurs ont tiré
..., a souligné le ministre") merges across speakers when dates and content agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from timeline.events.dates import spans_overlap

THRESHOLD = 0.575  # midway: weakest wanted link 0.65, strongest non-merge 0.50 (seed + fixtures)
TEXT_WEIGHT = 0.35
RARE_WEIGHT = 0.45
ENTITY_WEIGHT = 0.2
NUMBER_BONUS = 0.1
NUMBER_CLASH = 0.1
ACTION_BONUS = 0.1  # same family of action
ACTION_CLASH = 0.1  # two known, different families of action
SAME_INTERVAL_BONUS = 0.1  # both explicitly dated by the same span of several days
SHAPE_PENALTY = 0.1  # an explicit interval of several days against a single day
KIND_PENALTY = 0.1  # a statement against a reported happening


@dataclass
class Report:
    """One candidate event (a sentence) with what merging compares."""

    key: tuple[int, int]  # (article index, sentence index): a stable order
    span: tuple[str, str, bool]  # first day, last day, open start
    words: list[str]  # content words, synonyms folded into their family
    entities: set[str]
    numbers: set[int]
    speaker: str | None
    explicit: bool
    action: str | None = None  # family (or lemma) of what happened
    statement: bool = False  # the saying is the event
    text: str = ""  # the words joined, compared with rapidfuzz
    bag: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.text = " ".join(self.words)
        self.bag = frozenset(self.words) | frozenset(str(n) for n in self.numbers)


@dataclass
class Group:
    """Reports of one happening; ``common`` is the span every one of them covers."""

    reports: list[Report] = field(default_factory=list)
    common: tuple[str, str, bool] = ("0000-01-01", "9999-12-31", True)

    def add(self, report: Report) -> None:
        self.reports.append(report)
        start, end, open_start = self.common
        if not report.span[2]:
            start = max(start, report.span[0]) if not open_start else report.span[0]
            open_start = False
        self.common = (start, min(end, report.span[1]), open_start)

    def compatible(self, report: Report) -> bool:
        """Every report of the group shares a day with ``report`` (intervals: their common
        span does)."""
        return spans_overlap(self.common, report.span)


def rarity(reports: list[Report]) -> dict[str, float]:
    """Inverse document frequency of every word among ``reports``."""
    df: dict[str, int] = {}
    for report in reports:
        for word in report.bag:
            df[word] = df.get(word, 0) + 1
    n = len(reports)
    return {word: math.log((n + 1) / (count + 0.5)) for word, count in df.items()}


def _interval(report: Report) -> bool:
    """Explicitly dated by a span of several days."""
    return report.explicit and report.span[0] != report.span[1]


def _rare_overlap(a: Report, b: Report, idf: dict[str, float]) -> float:
    """Weighted Dice coefficient of the two bags of words (weights: rarity)."""
    total = sum(idf.get(w, 1.0) for w in a.bag) + sum(idf.get(w, 1.0) for w in b.bag)
    if not total:
        return 0.0
    return 2 * sum(idf.get(w, 1.0) for w in a.bag & b.bag) / total


def similarity(a: Report, b: Report, idf: dict[str, float] | None = None) -> float:
    """How surely ``a`` and ``b`` report the same happening (0..~1.3)."""
    for one, other in ((a, b), (b, a)):
        if one.statement and one.speaker and other.speaker != one.speaker:
            return 0.0  # a statement is who said it: another speaker's, or nobody's, differs
    idf = idf if idf is not None else rarity([a, b])
    text = fuzz.token_set_ratio(a.text, b.text) / 100.0
    union = a.entities | b.entities
    entities = len(a.entities & b.entities) / len(union) if union else 0.0
    score = TEXT_WEIGHT * text + RARE_WEIGHT * _rare_overlap(a, b, idf) + ENTITY_WEIGHT * entities
    a_interval, b_interval = _interval(a), _interval(b)
    if a_interval and b_interval and a.span[0] == b.span[0]:
        score += SAME_INTERVAL_BONUS  # "depuis le 30 septembre", reported on any day
    elif a_interval != b_interval and (a.span[0] == a.span[1] or b.span[0] == b.span[1]):
        score -= SHAPE_PENALTY  # an ongoing campaign is not one of its days
    if a.statement != b.statement:
        score -= KIND_PENALTY
    if a.action and b.action:
        score += ACTION_BONUS if a.action == b.action else -ACTION_CLASH
    if a.numbers & b.numbers:
        score += NUMBER_BONUS
    elif a.numbers and b.numbers:
        score -= NUMBER_CLASH
    return score


def group_reports(reports: list[Report], threshold: float = THRESHOLD) -> list[Group]:
    """Greedy, order-independent-enough grouping: reports in ``key`` order, each joins the
    best compatible group above ``threshold`` or starts a new one."""
    idf = rarity(reports)
    groups: list[Group] = []
    by_end: dict[str, list[int]] = {}  # last common day -> groups (to skip far-off ones)
    for report in sorted(reports, key=lambda r: r.key):
        best: tuple[float, int] | None = None
        for index in _candidates(groups, by_end, report):
            group = groups[index]
            if not group.compatible(report):
                continue
            score = max(similarity(report, other, idf) for other in group.reports)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, index)
        if best is None:
            groups.append(Group())
            index = len(groups) - 1
        else:
            index = best[1]
            by_end[groups[index].common[1]].remove(index)
        groups[index].add(report)
        by_end.setdefault(groups[index].common[1], []).append(index)
    return groups


def _candidates(groups: list[Group], by_end: dict[str, list[int]], report: Report) -> list[int]:
    """Groups whose common span may overlap ``report``'s, in creation order."""
    start = "0000-01-01" if report.span[2] else report.span[0]
    found = [i for end, indices in by_end.items() if end >= start for i in indices]
    return sorted(found)


def margins(reports: list[Report], groups: list[Group]) -> tuple[float | None, float | None]:
    """How clear-cut a grouping is: (weakest wanted link, strongest non-merge).

    The weakest link is, over every report of a group of several, its best similarity to
    another report of its group (the lowest such value); the strongest non-merge is the
    highest similarity between two date-compatible reports of different groups. The wider
    the gap around ``THRESHOLD``, the more robust the merging. Quadratic: for benches.
    """
    idf = rarity(reports)
    group_of = {r.key: i for i, g in enumerate(groups) for r in g.reports}
    links = [
        max(similarity(r, o, idf) for o in g.reports if o is not r)
        for g in groups
        if len(g.reports) > 1
        for r in g.reports
    ]
    across = [
        similarity(a, b, idf)
        for i, a in enumerate(reports)
        for b in reports[i + 1 :]
        if group_of[a.key] != group_of[b.key] and spans_overlap(a.span, b.span)
    ]
    return (min(links) if links else None, max(across) if across else None)
