"""Calendar dates read by dateparser: what our rules found, dateparser turns into a date.

Our rules (``lang/fr/rules_*.yml``, key ``date:``) find a date expression in running text
and hand over its date part as matched ("1er octobre", "07/10/2015", "7 oct. 2015",
"octobre 2015"; two-digit years already widened by the rule, "mai 68" -> "mai 1968").
dateparser (pinned 1.5.0) reads it: month names and abbreviations, day-first numeric
dates, whether the day exists (no 31 February: ``None``), the period (day or month) and,
when the year is missing, the year nearest the anchor in the direction asked
(``PREFER_DATES_FROM``). Which direction, and the few cases where our year differs from
dateparser's, are the resolver's business (``resolver._resolve_date``).

Every setting is in ``SETTINGS`` below; parsers are built once per (anchor, direction),
anchors are shared where dateparser cannot tell them apart (``_equivalent_anchor``) and
answers cached (key: normalised string, anchor, direction), so a date string costs
dateparser's time only the first time it is seen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# The settings of every call, in one place (dateparser's names).
SETTINGS: dict[str, Any] = {
    "DATE_ORDER": "DMY",  # "07/10/2015" is 7 October
    "PREFER_LOCALE_DATE_ORDER": False,
    "PARSERS": ["absolute-time"],  # relative words ("hier", "mardi") are our rules' job
    "PREFER_DAY_OF_MONTH": "first",  # "octobre 2015" -> 2015-10-01, period "month"
    "RETURN_TIME_AS_PERIOD": True,  # a time of day would come back as period "time"
    "RETURN_AS_TIMEZONE_AWARE": False,
}
LANGUAGES = ["fr"]
# French only, tried as given: no language detection, no memory of other languages.
PARSER_OPTIONS: dict[str, Any] = {"use_given_order": True, "try_previous_locales": False}
# With a year: REQUIRE_PARTS makes a yearless string fail, whatever the anchor.
WITH_YEAR: dict[str, Any] = {"REQUIRE_PARTS": ["year"]}
# Without a year: the year around RELATIVE_BASE (the anchor), by direction.
PREFER_DATES_FROM = {"past": "past", "future": "future", None: "current_period"}
PRECISIONS = ("day", "month")  # the periods we accept from dateparser


@dataclass(frozen=True)
class Reading:
    """dateparser's answer: the first day of the period, and the period."""

    date: dt.date
    precision: str  # "day" or "month"

    @property
    def value(self) -> str:
        """The TIMEX3 value: "2015-10-07" or "2015-10"."""
        if self.precision == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


def normalize(text: str) -> str:
    """The cache key of a date string: lower case, single spaces."""
    return " ".join(text.lower().split())


@lru_cache(maxsize=256)
def _parser(anchor: dt.date | None, direction: str | None) -> Any:
    """The DateDataParser for one anchor and direction (None, None: a year is required)."""
    from dateparser.date import DateDataParser

    settings = dict(SETTINGS)
    if anchor is None:
        settings.update(WITH_YEAR)
    else:
        settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
        settings["PREFER_DATES_FROM"] = PREFER_DATES_FROM[direction]
    return DateDataParser(languages=LANGUAGES, settings=settings, **PARSER_OPTIONS)


@lru_cache(maxsize=16384)
def _read(key: str, anchor: dt.date | None, direction: str | None) -> Reading | None:
    data = _parser(anchor, direction).get_date_data(key)
    if data.date_obj is None or data.period not in PRECISIONS:
        return None
    return Reading(data.date_obj.date(), data.period)


def read(text: str, anchor: dt.date | None = None, direction: str | None = None) -> Reading | None:
    """dateparser's reading of the date string ``text``, or None (no such date).

    Without ``anchor``, only a string with its year is read ("30 septembre 2015"). With
    it, a string without a year gets the year dateparser prefers from ``anchor``:
    ``direction`` "past" (not after it), "future" (before it: next year), None (its year).
    """
    if direction not in PREFER_DATES_FROM:
        raise ValueError(f"unknown direction {direction!r}")
    key = normalize(text)
    if anchor is None:
        return _read(key, None, None)
    return _read(key, _equivalent_anchor(key, anchor, direction), direction)


def _equivalent_anchor(key: str, anchor: dt.date, direction: str | None) -> dt.date:
    """An anchor giving dateparser's same answer as ``anchor``, shared by many anchors.

    For a date without a year, dateparser (1.5.0, ``parser._correct_for_time_frame``) only
    looks at the anchor's year and, for past/future, at whether the date falls after the
    anchor. Handing it one anchor per (year, side) instead of every publication date keeps
    the cache small (many articles, few dates): January 1 for the current period; else the
    date itself (not after it) or the day before (after it). A test checks the answers are
    those of the anchor itself.
    """
    first_of_year = dt.date(anchor.year, 1, 1)
    if direction is None:
        return first_of_year
    this_year = _read(key, first_of_year, None)
    if this_year is None or this_year.date.year != anchor.year:  # no such day; 29 February
        return anchor
    if this_year.date > anchor:
        return this_year.date - dt.timedelta(days=1)
    return this_year.date
