"""Calendar arithmetic on TIMEX3 values: the days a value denotes, ISO weeks, seasons."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta

# Seasons as (first month, first day) .. (last month, last day); winter runs into next year.
SEASONS = {"SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20))}
SEASON_ORDER = ("SP", "SU", "FA", "WI")  # a winter is named by the year of its December

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-([QH])([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")
_DURATION = re.compile(
    r"^P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W(?:E)?)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<h>[\d.]+)H)?(?:(?P<mi>[\d.]+)M)?(?:(?P<s>[\d.]+)S)?)?$"
)

Span = tuple[dt.date, dt.date]


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_monday(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 1)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1) + relativedelta(months=1, days=-1)


def season_span(year: int, season: str) -> Span:
    if season == "WI":
        return dt.date(year, 12, 21), dt.date(year + 1, 3, 19)
    (m1, d1), (m2, d2) = SEASONS[season]
    return dt.date(year, m1, d1), dt.date(year, m2, d2)


def season_of(day: dt.date) -> tuple[int, str]:
    """The (year, season) containing ``day``; January's winter belongs to the year before."""
    for season in ("SP", "SU", "FA"):
        first, last = season_span(day.year, season)
        if first <= day <= last:
            return day.year, season
    return (day.year if day.month == 12 else day.year - 1), "WI"


@lru_cache(maxsize=8192)  # a pure function of the value, asked several times per expression
def span_of(value: str) -> Span | None:
    """The first and last day a TIMEX3 value denotes, or None (durations, REF values)."""
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _WEEK.match(value):
            monday = week_monday(int(m[1]), int(m[2]))
            if m[3]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), month_end(year, month)
        if m := _SEASON.match(value):
            return season_span(int(m[1]), m[2])
        if m := _QUARTER.match(value):
            year, size, index = int(m[1]), (3 if m[2] == "Q" else 6), int(m[3])
            first = dt.date(year, (index - 1) * size + 1, 1)
            return first, first + relativedelta(months=size, days=-1)
        if m := _YEAR.match(value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := _DECADE.match(value):
            first_year = int(m[1]) * 10
            return dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31)
        if m := _CENTURY.match(value):
            first_year = max(1, int(m[1]) * 100)
            return dt.date(first_year, 1, 1), dt.date(int(m[1]) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


WEEK_DAYS = 7


def apply_mod(span: Span, mod: str | None) -> Span:
    """Narrow a span for START / MID / END ("début octobre": its first third)."""
    if mod not in ("START", "MID", "END"):
        return span
    first, last = span
    length = (last - first).days + 1
    if length < 3:
        return span
    # a week's end is its last three days, Friday to Sunday ("en fin de semaine dernière":
    # the working week's end and the weekend), its start Monday to Wednesday
    third = 3 if length == WEEK_DAYS else length // 3
    if mod == "START":
        return first, first + dt.timedelta(days=third - 1)
    if mod == "END":
        return last - dt.timedelta(days=third - 1), last
    return first + dt.timedelta(days=third), last - dt.timedelta(days=third)


def duration_delta(value: str) -> relativedelta | None:
    """The calendar length of a duration value ("P1W", "P1Y6M", "PT24H"), else None."""
    m = _DURATION.match(value)
    if m is None or value in ("P", "PT"):
        return None

    def num(name: str) -> float:
        return float(m.group(name) or 0)

    weeks = num("W") * (2 / 7 if value.endswith("WE") and "W" in value else 1)
    years, months = num("Y"), num("M")
    # relativedelta takes fractional days, hours... ("PT1.5H") although its stubs say int
    fractional: dict[str, Any] = {
        "days": num("D") + weeks * 7,
        "hours": num("h"),
        "minutes": num("mi"),
        "seconds": num("s"),
    }
    return relativedelta(
        years=int(years), months=int(months + (years - int(years)) * 12), **fractional
    )


@lru_cache(maxsize=8192)
def precision_of(value: str) -> str:
    """Precision of a resolved value: time, day, week, month, season, year, decade..."""
    if "T" in value and _DAY.match(value):
        return "time"
    if _DAY.match(value):
        return "day"
    if _WEEK.match(value):
        return "week"
    if _MONTH.match(value):
        return "month"
    if _SEASON.match(value):
        return "season"
    if _QUARTER.match(value):
        return "month"
    if _YEAR.match(value):
        return "year"
    if _DECADE.match(value):
        return "decade"
    if _CENTURY.match(value):
        return "century"
    return "fuzzy"
