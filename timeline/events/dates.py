"""Dates of events: which expression dates a sentence, and its precision."""

from __future__ import annotations

from timeline.temporal.model import Timex

# Values that name no calendar day of their own.
_VAGUE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# Our precision labels, best first: their rank when several sources date one event.
PRECISIONS = ("day", "week", "month", "year", "fuzzy", "open-start", "inferred")
PRECISION_RANK = {p: i for i, p in enumerate(PRECISIONS)}
DATED_BY_RANK = {"explicit": 0, "inherited": 1, "publication": 2}


def has_span(timex: Timex) -> bool:
    return timex.span is not None and timex.type != "SET"


def is_strong(timex: Timex) -> bool:
    """Names a day or a week (not "ces derniers jours", "maintenant", a duration)."""
    if not has_span(timex) or timex.value in _VAGUE_VALUES:
        return False
    if timex.open_start or timex.type == "DURATION":
        return False
    return timex.precision in ("day", "time", "week")


def is_vague(timex: Timex) -> bool:
    """ "ces derniers jours", "récemment": no day of its own (durations are not vague)."""
    return timex.value in _VAGUE_VALUES or (timex.precision == "fuzzy" and timex.type != "DURATION")


def event_precision(timex: Timex) -> str:
    """Our precision label for an event dated by ``timex``."""
    if timex.open_start:
        return "open-start"
    precision = timex.precision or "day"
    if precision == "fuzzy" or timex.mod == "APPROX":
        return "fuzzy"
    if precision in ("day", "time"):
        return "day"
    if precision in ("week", "month", "year"):
        return precision
    return "fuzzy"


def choose_timex(
    timexes: list[Timex], candidates: list[int], report: tuple[int, int] | None
) -> int | None:
    """Index of the expression that dates a sentence, among ``candidates`` (indices).

    Expressions in what was reported beat those of the reporting clause ("convoqué mardi
    ..., a indiqué mercredi un du ministère" is dated by "mardi"); a dated span beats a
    vague one; otherwise the first.
    """
    usable = [i for i in candidates if has_span(timexes[i])]
    if report is not None:
        # a statement is not dated by a vague "ces derniers jours" of what it mentions
        usable = [i for i in usable if not is_vague(timexes[i])]
    if not usable:
        return None

    def in_report(i: int) -> bool:
        return report is not None and report[0] <= timexes[i].start < report[1]

    return min(usable, key=lambda i: (in_report(i), is_vague(timexes[i]), timexes[i].start))


def report_timex(
    timexes: list[Timex], candidates: list[int], report: tuple[int, int] | None
) -> int | None:
    """Index of the expression of the reporting clause that says when a statement was
    made ("a déclaré mercredi que ...", "Plus tôt dans la journée, X avait assuré que ..."):
    the first one naming a day, or None."""
    if report is None:
        return None
    inside = [
        i
        for i in candidates
        if report[0] <= timexes[i].start < report[1]
        and has_span(timexes[i])
        and not is_vague(timexes[i])
        and timexes[i].type != "DURATION"
    ]
    return inside[0] if inside else None


def spans_overlap(a: tuple[str, str, bool], b: tuple[str, str, bool]) -> bool:
    """Do two (start, end, open_start) spans share a day? An open start reaches back."""
    a_start = "0000-01-01" if a[2] else a[0]
    b_start = "0000-01-01" if b[2] else b[0]
    return a_start <= b[1] and b_start <= a[1]
