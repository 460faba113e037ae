"""Merging: the same happening reported several times becomes one event.

Two reports are merged only when their dates are compatible (their spans share a day,
for every report already in the group) AND they say the same thing: rapidfuzz's
``token_set_ratio`` on their lemmatised content words (names replaced by entity ids,
numbers in digits: "onze" = 11), shared entities and shared numbers. Reports attributed
to two different known speakers are never merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from timeline.events.dates import spans_overlap

THRESHOLD = 0.645
TEXT_WEIGHT = 0.6
ENTITY_WEIGHT = 0.4
NUMBER_BONUS = 0.15
NUMBER_CLASH = 0.1
SAME_INTERVAL_BONUS = 0.1  # both explicitly dated by the same span of several days
LONE_SPEAKER_PENALTY = 0.1  # one report is attributed to someone, the other is not


@dataclass
class Report:
    """One candidate event (a sentence) with what merging compares."""

    key: tuple[int, int]  # (article index, sentence index): a stable order
    span: tuple[str, str, bool]  # first day, last day, open start
    words: list[str]
    entities: set[str]
    numbers: set[int]
    speaker: str | None
    explicit: bool
    text: str = ""  # the words joined, compared with rapidfuzz

    def __post_init__(self) -> None:
        self.text = " ".join(self.words)


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


def similarity(a: Report, b: Report) -> float:
    """How surely ``a`` and ``b`` report the same happening (0..~1.15)."""
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return 0.0
    text = fuzz.token_set_ratio(a.text, b.text) / 100.0
    union = a.entities | b.entities
    entities = len(a.entities & b.entities) / len(union) if union else 0.0
    score = TEXT_WEIGHT * text + ENTITY_WEIGHT * entities
    if a.explicit and b.explicit and a.span == b.span and a.span[0] != a.span[1]:
        score += SAME_INTERVAL_BONUS
    if bool(a.speaker) != bool(b.speaker):
        score -= LONE_SPEAKER_PENALTY
    if a.numbers & b.numbers:
        score += NUMBER_BONUS
    elif a.numbers and b.numbers:
        score -= NUMBER_CLASH
    return score


def group_reports(reports: list[Report], threshold: float = THRESHOLD) -> list[Group]:
    """Greedy, order-independent-enough grouping: reports in ``key`` order, each joins the
    best compatible group above ``threshold`` or starts a new one."""
    groups: list[Group] = []
    by_end: dict[str, list[int]] = {}  # last common day -> groups (to skip far-off ones)
    for report in sorted(reports, key=lambda r: r.key):
        best: tuple[float, int] | None = None
        for index in _candidates(groups, by_end, report):
            group = groups[index]
            if not group.compatible(report):
                continue
            score = max(similarity(report, other) for other in group.reports)
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
