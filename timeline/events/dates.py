"""Dates of events: which expression dates a sentence, precision, and the French display."""

from __future__ import annotations

import datetime as dt
from typing import Any

from timeline.events.lexicon import lexicon

# Values that name no calendar day of their own.
_VAGUE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# Our precision labels, best first: their rank when several sources date one event.
PRECISIONS = ("day", "week", "month", "year", "fuzzy", "open-start", "inferred")
PRECISION_RANK = {p: i for i, p in enumerate(PRECISIONS)}
DATED_BY_RANK = {"explicit": 0, "inherited": 1, "publication": 2}


def has_span(timex: dict[str, Any]) -> bool:
    return timex.get("span") is not None and timex.get("type") != "SET"


def is_strong(timex: dict[str, Any]) -> bool:
    """Names a day or a week (not "ces derniers jours", "maintenant", a duration)."""
    if not has_span(timex) or timex.get("value") in _VAGUE_VALUES:
        return False
    if timex.get("open_start") or timex.get("type") == "DURATION":
        return False
    return timex.get("precision") in ("day", "time", "week")


def is_vague(timex: dict[str, Any]) -> bool:
    """ "ces derniers jours", "récemment": no day of its own (durations are not vague)."""
    return timex.get("value") in _VAGUE_VALUES or (
        timex.get("precision") == "fuzzy" and timex.get("type") != "DURATION"
    )


def event_precision(timex: dict[str, Any]) -> str:
    """Our precision label for an event dated by ``timex``."""
    if timex.get("open_start"):
        return "open-start"
    precision = timex.get("precision") or "day"
    if precision == "fuzzy" or timex.get("mod") == "APPROX":
        return "fuzzy"
    if precision in ("day", "time"):
        return "day"
    if precision in ("week", "month", "year"):
        return precision
    return "fuzzy"


def _day(day: dt.date) -> str:
    """The day of the month as read: "1er" for the first, else the number."""
    return lexicon()["first_day"] if day.day == 1 else str(day.day)


def _date(day: dt.date) -> str:
    return f"{_day(day)} {lexicon()['months'][day.month - 1]} {day.year}"


def display_date(start: str, end: str, precision: str, value: str | None = None) -> str:
    """French reading of an event's date: "mercredi 7 octobre 2015", "depuis le 30 ..."."""
    lex = lexicon()
    fmt: dict[str, str] = lex["display"]
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    months = lex["months"]
    if precision == "open-start":
        return fmt["open_start"].format(date=_date(first))
    if precision == "month":
        return fmt["month"].format(month=months[first.month - 1], year=first.year)
    if precision == "year":
        return fmt["year"].format(year=first.year)
    if precision == "fuzzy":
        if first == last:
            return fmt["fuzzy"].format(date=_date(first))
        if (first.year, first.month) == (last.year, last.month):
            return fmt["fuzzy_range_same_month"].format(
                day1=_day(first),
                day2=last.day,
                month=months[first.month - 1],
                year=first.year,
            )
        return fmt["fuzzy_range"].format(date1=_date(first), date2=_date(last))
    if first == last:
        return fmt["day"].format(
            weekday=lex["weekdays"][first.weekday()],
            day=_day(first),
            month=months[first.month - 1],
            year=first.year,
        )
    weekend = (
        (last - first).days == 1
        and first.weekday() == 5
        and (value is None or value.endswith("WE") or precision == "week")
    )
    if weekend and first.month == last.month:
        return fmt["weekend"].format(
            day1=first.day, day2=last.day, month=months[first.month - 1], year=first.year
        )
    if precision == "week":
        return fmt["week"].format(date=_date(first))
    if value is not None and (value.startswith("P") or value[:1].isdigit()) and precision == "day":
        # an interval that runs up to the day of publication: "depuis le 30 septembre"
        return fmt["since"].format(date=_date(first))
    if first.month == last.month and first.year == last.year:
        return fmt["range_same_month"].format(
            day1=first.day, day2=last.day, month=months[first.month - 1], year=first.year
        )
    return fmt["range"].format(date1=_date(first), date2=_date(last))


def choose_timex(
    timexes: list[dict[str, Any]], candidates: list[int], report: tuple[int, int] | None
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
        return report is not None and report[0] <= timexes[i]["start"] < report[1]

    return min(usable, key=lambda i: (in_report(i), is_vague(timexes[i]), timexes[i]["start"]))


def report_timex(
    timexes: list[dict[str, Any]], candidates: list[int], report: tuple[int, int] | None
) -> int | None:
    """Index of the expression of the reporting clause that says when a statement was
    made ("a déclaré mercredi que ...", "Plus tôt dans la journée, X avait assuré que ..."):
    the first one naming a day, or None."""
    if report is None:
        return None
    inside = [
        i
        for i in candidates
        if report[0] <= timexes[i]["start"] < report[1]
        and has_span(timexes[i])
        and not is_vague(timexes[i])
        and timexes[i].get("type") != "DURATION"
    ]
    return inside[0] if inside else None


def spans_overlap(a: tuple[str, str, bool], b: tuple[str, str, bool]) -> bool:
    """Do two (start, end, open_start) spans share a day? An open start reaches back."""
    a_start = "0000-01-01" if a[2] else a[0]
    b_start = "0000-01-01" if b[2] else b[0]
    return a_start <= b[1] and b_start <= a[1]
