"""French display dates of events: "mercredi 7 octobre 2015", "depuis le 30 septembre 2015".

The wording is data (``display`` and ``explanations`` in ``timeline/lang/fr/labels.yml``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from timeline.present.labels import labels


def _day(day: dt.date) -> str:
    """The day of the month as read: "1er" for the first, else the number."""
    return str(labels()["first_of_month"]) if day.day == 1 else str(day.day)


def _date(day: dt.date) -> str:
    return f"{_day(day)} {labels()['months'][day.month - 1]} {day.year}"


def display_date(start: str, end: str, precision: str, value: str | None = None) -> str:
    """French reading of an event's date: "mercredi 7 octobre 2015", "depuis le 30 ..."."""
    lex = labels()
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


def date_explanation(audit: dict[str, Any]) -> str | None:
    """The French explanation of a date not read in the sentence (inherited from the
    article's narrative, or its publication day), from the event's audit; None for a date
    read in an expression (the tagger explains those itself)."""
    dated_by = audit.get("dated_by")
    if audit.get("expression") is not None or dated_by not in ("inherited", "publication"):
        return None
    day = str(audit.get("value") or "")
    published = str(audit.get("anchor") or "").removeprefix("dct:") or day
    template: str = labels()["explanations"][dated_by]
    return template.format(
        date=display_date(day, day, "day"), published=display_date(published, published, "day")
    )
