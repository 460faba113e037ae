"""Phase 2 (HeidelTime style): anchor partly specified values on the publication date.

The tagger's values may contain UNDEF parts:

- ``UNDEF-REF-<unit>-<PLUS|MINUS>-<n>[suffix]``: n days/weeks/week-ends/months/years from
  the publication date (the dct) — "hier", "la semaine dernière", "il y a trois jours";
  "cette nuit" told done is the night before (begun the day before the dct), "ce
  week-end" is read as ``UNDEF-weekend``;
- ``UNDEF-weekday[-last|-next]-<1..7>[suffix]``: a weekday, past or future chosen from the
  tense of the clause ("a lancé mercredi" on a Wednesday: that day; "se réunira mercredi":
  the next one; no cue: the nearest);
- ``UNDEF-date[-last|-next|-this][T...]``: a calendar date ("le 1er octobre", "07/10/2015",
  "octobre 2015") whose date part the rule hands to dateparser (``absolute.py``), which
  reads it, rejects days that do not exist and, without a year, picks the year around the
  dct by tense (PREFER_DATES_FROM); our own year choices where they differ: ``_our_year``
  ("-this", "ce 1er janvier": the nearest such day, whatever the tense or year told);
- ``UNDEF-year[-last|-next|-this]-<season>``: a season without a year, chosen by tense;
- ``UNDEF-weekend``, ``UNDEF-generic-<season>``, ``UNDEF-today-generic``;
- ``UNDEF-weekpart-<1..7>``: a part of a week told without a date ("en début de semaine"):
  the ISO week of the weekday standing for it, found as a weekday is;
- ``UNDEF-anchor[-T...|-<unit>-PLUS-n|-after|-told]``: the last date mentioned (clock times:
  in the same sentence; "le trimestre précédent": the last quarter told), else the dct;
  ``-after`` ("au lendemain de cet exploit"): the day after it when it was told in an
  earlier sentence (the day of what the expression names), else that day itself ("hier,
  au lendemain de la démission"); ``-told`` ("ce jour-là"): after a month told in the
  paragraph with no day since ("l'avaient arrêté en janvier. Ce jour-là"), that month;
  a counted day whose complement names a date right after it ("le lendemain du naufrage du
  13 janvier", ``_complement_day``) is counted from that date; a day of the speaker's inside
  a direct quotation ("« J'ai appris hier ... »") anchors nothing out of it (``_seen_from``).

Each Timex gets its span (first and last day), precision, anchor, tense and a short French
explanation of the reasoning.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from timeline.temporal import absolute
from timeline.temporal.model import Timex
from timeline.temporal.periods import (
    SEASON_ORDER,
    apply_mod,
    duration_delta,
    iso_week,
    precision_of,
    season_of,
    span_of,
)
from timeline.temporal.tagger import Candidate
from timeline.temporal.tense import Cue, TenseCues, quotations, same_paragraph, same_sentence

_REF = re.compile(r"^UNDEF-REF-(\w+)-(PLUS|MINUS)-([\d.]+)(.*)$")
_WEEKDAY = re.compile(r"^UNDEF-weekday-(?:(last|next)-)?([1-7])(.*)$")
_SEASON_YEAR = re.compile(r"^UNDEF-year-(?:(last|next|this)-)?(SP|SU|FA|WI)(.*)$")
_DATE = re.compile(r"^UNDEF-date(?:-(last|next|this))?(T.*)?$")
_ANCHOR = re.compile(
    r"^UNDEF-anchor(?:-(day|week|month|quarter|half|year)-(PLUS|MINUS)-(\d+))?(-after|-told)?"
    r"(?:-(T.*))?$"
)
# a quarter or a half: "le trimestre précédent" counts from the last one the text reports
_PERIOD_OF_YEAR = re.compile(r"^\d{4}-([QH])[1-4]$")
_GENERIC_SEASON = re.compile(r"^UNDEF-generic-(SP|SU|FA|WI)$")
_MONTHDAY = re.compile(r"^UNDEF-monthday-(\d{2})$")
_DAY_OF_MONTH = re.compile(r"^UNDEF-dayofmonth-(\d{2})$")
_WEEK_PART = re.compile(r"^UNDEF-weekpart-([1-7])$")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR_VALUE = re.compile(r"^(\d{4})")
_DURATION_UNIT = {"Y": "year", "M": "month", "W": "week", "D": "day"}


@dataclass
class Context:
    """What the resolver knows while going through one document."""

    text: str
    dct: dt.date
    cues: TenseCues
    tables: Mapping[str, Mapping[str, str]]
    narrative: bool = False
    days: list[tuple[int, dt.date]] = field(default_factory=list)  # day-precision dates
    years: list[tuple[int, int]] = field(default_factory=list)  # explicit years
    last_tense: tuple[int, str | None, Cue | None] | None = None  # (end, tense, cue)
    # unit -> dates mentioned precisely enough to count that unit from (first day, in order)
    dates: dict[str, list[tuple[int, dt.date]]] = field(default_factory=dict)
    evenings: set[int] = field(default_factory=set)  # where days told as evenings or nights start
    clocks: dict[str, dt.date] = field(default_factory=dict)  # clock time -> the day told with it
    months: list[tuple[int, dt.date]] = field(default_factory=list)  # months told, no day
    quotes: list[tuple[int, int]] = field(default_factory=list)  # direct quotations, in order
    deictic: set[int] = field(default_factory=set)  # where days counted from the dct start
    # where days opening a period that runs to the time of writing start ("depuis vendredi")
    openers: set[int] = field(default_factory=set)

    messages: Mapping[str, str] = field(default_factory=dict)
    said_dates: dict[dt.date, str] = field(default_factory=dict)  # fr_date's answers

    def say(self, key: str, **fields: object) -> str:
        """The explanation sentence ``key`` of messages.yml, filled with ``fields``."""
        return self.messages[key].format(**fields)

    def fr_date(self, day: dt.date) -> str:
        said = self.said_dates.get(day)
        if said is None:
            weekday = self.tables["weekday_names"][str(day.isoweekday())]
            month = self.tables["month_names"][str(day.month)]
            first = self.messages["first_of_month"] if day.day == 1 else str(day.day)
            said = self.say("date", weekday=weekday, day=first, month=month, year=day.year)
            self.said_dates[day] = said
        return said


@dataclass
class Resolution:
    value: str
    anchor: str | None = None
    tense: str | None = None
    why: str = ""
    type: str | None = None
    year_given: bool = False  # a date read with its own year (it anchors later dates)


def _tense(
    ctx: Context, cand: Candidate, speaker_only: bool = True
) -> tuple[str | None, Cue | None]:
    """The tense ``cand`` is told in and its cue (``TenseCues.tense_at``)."""
    tense: str | None
    cue: Cue | None
    if cand.rule.tense:
        tense, cue = cand.rule.tense, None
    elif ctx.last_tense and ctx.cues.coordinated(ctx.text, ctx.last_tense[0], cand.start):
        tense, cue = ctx.last_tense[1], ctx.last_tense[2]  # "jeudi et vendredi": one verb
    else:
        cue = ctx.cues.tense_at(ctx.text, cand.start, cand.end, speaker_only)
        tense = cue.tense if cue else None
    ctx.last_tense = (cand.end, tense, cue)
    return tense, cue


def _tense_words(ctx: Context, tense: str | None, cue: Cue | None) -> str:
    if cue is not None:
        return ctx.say("with_cue", what=ctx.messages[f"cue_{cue.kind}"], cue=cue.text)
    return ctx.messages[f"tense_{tense or 'none'}"]


def _published(ctx: Context, how: str, ref: dt.date, anchor: str) -> str:
    key = "published" if anchor.startswith("dct") else "referenced"
    return ctx.say(key, how=how, date=ctx.fr_date(ref))


def _reference(ctx: Context, pos: int) -> tuple[dt.date, str]:
    """The date relative expressions count from: the dct (news) or the last date (narrative)."""
    if ctx.narrative:
        index = bisect.bisect_left(ctx.days, (pos,))
        if index:
            day = ctx.days[index - 1][1]
            return day, f"previous:{day.isoformat()}"
    return ctx.dct, f"dct:{ctx.dct.isoformat()}"


def _shift(day: dt.date, unit: str, amount: int) -> str | None:
    if unit == "day":
        return (day + dt.timedelta(days=amount)).isoformat()
    if unit in ("week", "weekend"):
        target = day + dt.timedelta(weeks=amount)
        return iso_week(target) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        target = day + relativedelta(months=amount)
        return f"{target.year}-{target.month:02d}"
    if unit == "year":
        return f"{day.year + amount}"
    if unit == "decade":
        return f"{day.year // 10 + amount}"
    if unit == "century":
        return f"{day.year // 100 + amount}"
    if unit == "quarter":
        index = (day.year * 4 + (day.month - 1) // 3) + amount
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "half":
        index = (day.year * 2 + (day.month - 1) // 6) + amount
        return f"{index // 2}-H{index % 2 + 1}"
    return None


def _resolve_ref(ctx: Context, cand: Candidate, m: re.Match[str]) -> Resolution | None:
    unit, sign, amount_text, suffix = m.groups()
    amount = int(float(amount_text)) * (1 if sign == "PLUS" else -1)
    if unit == "weekend" and amount == 0:
        # "ce week-end" is the week-end the tense says, as "le week-end" is: "a été
        # transféré ce week-end", written on a Tuesday, the one just past
        return _resolve_weekend(ctx, cand)
    past_night = False
    if unit == "day" and amount == 0 and suffix == "TNI":
        # "cette nuit" told done ("Un incendie a ravagé l'entrepôt cette nuit"): the night
        # that ended on the day of writing, begun the day before (a night is dated by the
        # day it begins); to come or told in the present, the coming one
        tense, _ = _tense(ctx, cand)
        past_night = tense == "past"
        amount = -1 if past_night else 0
    ref, anchor = _reference(ctx, cand.start)
    if unit == "weekend" and amount == 1 and ref.isoweekday() == 1:
        # "le week-end prochain" written on a Monday: the last week-end ended the day
        # before, the next one is this week's (from Tuesday on, the one after it)
        amount = 0
    value = _shift(ref, unit, amount)
    if value is None:
        return None
    date = ctx.fr_date(ref)
    if past_night:
        how = ctx.say("night_past", date=date)
    elif unit == "day" and f"day_{amount}" in ctx.messages:
        of = ctx.messages["of_publication" if anchor.startswith("dct") else "of_reference"]
        how = ctx.say("named_day", name=ctx.messages[f"day_{amount}"], of=of, date=date)
    elif amount == 0:
        how = ctx.say("same_period", date=date)
    else:
        how = ctx.say(
            "shifted",
            amount=abs(amount),
            unit=ctx.messages.get(f"unit_{unit}", unit),
            direction=ctx.messages["after" if amount > 0 else "before"],
            date=date,
        )
    return Resolution(value + suffix, anchor, None, how)


def _resolve_weekday(ctx: Context, cand: Candidate, m: re.Match[str]) -> Resolution:
    direction, weekday_text, suffix = m.groups()
    weekday = int(weekday_text)
    ref, anchor = _reference(ctx, cand.start)
    back = (ref.isoweekday() - weekday) % 7
    forward = (weekday - ref.isoweekday()) % 7
    tense, cue = (None, None)
    if direction == "last":
        offset, how = -(back or 7), ctx.messages["weekday_last"]
        tense = "past"
    elif direction == "next":
        offset, how = forward or 7, ctx.messages["weekday_next"]
        tense = "future"
    else:
        tense, cue = _tense(ctx, cand)
        if tense == "future" and ctx.cues.completes_noun(ctx.text, cand.start):
            # "depuis la catastrophe de mardi, il y sera confronté": what a clause tells to
            # come is not what the noun names, something the reader knows of, told before
            # or set for its day ("le sommet de jeudi"): the nearest such day
            tense, cue = None, None
        night = suffix == "TNI"
        told = _weekday_told(ctx, weekday, ref, tense)
        if told is not None:  # "publié ce jeudi. Jeudi, le temps restera orageux": that day
            why = ctx.say("weekday_told", date=ctx.fr_date(told))
            return Resolution(told.isoformat() + suffix, f"previous:{told.isoformat()}", tense, why)
        if tense == "past":
            # a night told in the past has ended: not the one starting on the reference day
            offset = -(back or 7) if night else -back
        elif tense == "future":
            # "ce vendredi" on a Friday, "la nuit de mercredi à jeudi" on a Wednesday: today
            this = night or ctx.cues.is_this(ctx.text, cand.start)
            offset = forward if this else (forward or 7)
        else:
            offset = -back if back <= forward else forward
        how = _tense_words(ctx, tense, cue)
    day = ref + dt.timedelta(days=offset)
    why = _published(ctx, how, ref, anchor)
    return Resolution(day.isoformat() + suffix, anchor, tense, why)


WEEKDAY_TOLD_DAYS = 6  # a weekday told this close to the reference is the same day again


def _weekday_told(ctx: Context, weekday: int, ref: dt.date, tense: str | None) -> dt.date | None:
    """The day a text already gave to this weekday ("ce jeudi", "jeudi 9 septembre"), when it
    is within a week of the reference and on the side the tense says (None: not told)."""
    for _, day in reversed(ctx.days):
        if day.isoweekday() != weekday or abs((day - ref).days) > WEEKDAY_TOLD_DAYS:
            continue
        if (tense == "past" and day > ref) or (tense == "future" and day < ref):
            return None
        return day
    return None


def _year_from_sentence(ctx: Context, pos: int) -> int | None:
    for at, year in reversed(ctx.years):
        if at < pos and pos - at < 300 and same_sentence(ctx.text, at, pos):
            return year
        if at < pos:
            break
    return None


def _year_told(ctx: Context, pos: int, tense: str | None) -> int | None:
    """The year a text is about, for a date without one: the last year it told explicitly,
    when that is the publication's year (a year in review: not a date of next year unless
    the verb says so) or the next one (a preview: not a date of this year unless the verb
    is past)."""
    index = bisect.bisect_left(ctx.years, (pos,))
    if not index:
        return None
    year = ctx.years[index - 1][1]
    if year == ctx.dct.year and tense != "future":
        return year
    if year == ctx.dct.year + 1 and tense == "future":
        return year
    return None


DIRECTION_TENSE: dict[str, str | None] = {"last": "past", "next": "future", "this": None}
FUTURE_GRACE_DAYS = 31  # a future cue on a date this recent keeps the publication's year
NEAREST_MONTHS = 6  # with no cue, a date without a year is at most this far away


def _resolve_date(ctx: Context, cand: Candidate, m: re.Match[str]) -> Resolution | None:
    """A date of a rule's ``date`` template, read by dateparser (``absolute.read``).

    With its year it needs nothing else. Without, the year is an explicit year mentioned
    earlier in the sentence, else dateparser's choice around the publication date in the
    direction of "dernier"/"prochain" or of the tense, adjusted by ``_our_year``. A date
    that does not exist ("31 février", "30/02/2015") gives None: nothing is reported.
    """
    direction, suffix = m.group(1), m.group(2) or ""
    text = cand.date_text or ""
    reading = absolute.read(text)
    if reading is not None:
        why = _explicit_why(ctx, reading.value, cand.rule.type)
        return Resolution(reading.value + suffix, None, None, why, year_given=True)
    year = _year_from_sentence(ctx, cand.start) if direction is None else None
    if year is not None:
        reading = absolute.read(text, dt.date(year, 1, 1))  # dateparser: the anchor's year
        if reading is None or reading.date.year != year:
            return None
        # (not a year where the weekday given with the date does not fall: "son niveau
        # d'il y a un an, a communiqué l'institut jeudi 4 décembre" is this year's Thursday)
        if _named_weekday(ctx, cand) in (None, reading.date.isoweekday()):
            why = ctx.say("year_in_sentence", year=year)
            return Resolution(reading.value + suffix, f"year:{year}", None, why)
    tense: str | None
    if direction is not None:
        tense, cue = DIRECTION_TENSE[direction], None
    else:
        tense, cue = _tense(ctx, cand)
        told = _year_told(ctx, cand.start, tense)
        reading = absolute.read(text, dt.date(told, 1, 1)) if told is not None else None
        # a date of the publication's year told with no tense: only one already past; never
        # a year where the weekday given with it does not fall ("jeudi 4 décembre" after
        # "il y a un an", in a text of Thursday 4 December 2014: not 2013, a Wednesday)
        if (
            reading is not None
            and reading.date.year == told
            and (tense or reading.date <= ctx.dct)
            and _named_weekday(ctx, cand) in (None, reading.date.isoweekday())
        ):
            why = ctx.say("year_told", year=told)
            return Resolution(reading.value + suffix, f"year:{told}", tense, why)
    reading = absolute.read(text, ctx.dct, tense)
    day = _our_year(reading, ctx.dct, tense, direction is not None) if reading else None
    if reading is None or day is None:
        return None
    why = ctx.say("no_year", tense=_tense_words(ctx, tense, cue), date=ctx.fr_date(ctx.dct))
    checked = _weekday_year(ctx, cand, day, tense) if reading.precision == "day" else None
    if checked is not None and checked != day:
        day, why = checked, ctx.say("weekday_year", date=ctx.fr_date(checked))
    value = absolute.Reading(day, reading.precision).value
    return Resolution(value + suffix, f"dct:{ctx.dct.isoformat()}", tense, why)


WEEKDAY_DATE_NEAR_DAYS = 31  # a weekday and date this close to publication: that day


def _named_weekday(ctx: Context, cand: Candidate) -> int | None:
    """The ISO weekday the expression names ("jeudi 11 février": 4), if any."""
    words = re.findall(r"\w+", ctx.text[cand.start : cand.end].lower())
    weekdays = ctx.tables["weekday"]
    return next((int(weekdays[w]) for w in words if w in weekdays), None)


def _weekday_year(ctx: Context, cand: Candidate, day: dt.date, tense: str | None) -> dt.date | None:
    """A date without a year given with its weekday ("jeudi 11 février"): the nearest year
    around the publication where that day is that weekday, on the side the tense says (None:
    no weekday given, or none fits: the date as read stands)."""
    named = _named_weekday(ctx, cand)
    if named is None or day.isoweekday() == named:
        return None
    # a weekday given with its date names a day near publication when one fits, whatever the
    # tense of a verb near it ("prévus lundi 2 avril [...], étaient jeudi 29 mars": 2 April
    # of the publication's year, not six years back)
    for year in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
        near = _in_year(day, year)
        if (
            near is not None
            and near.isoweekday() == named
            and abs((near - ctx.dct).days) <= WEEKDAY_DATE_NEAR_DAYS
        ):
            return near
    years = sorted(range(ctx.dct.year - 6, ctx.dct.year + 2), key=lambda y: abs(y - day.year))
    for year in years:
        moved = _in_year(day, year)
        if moved is None or moved.isoweekday() != named:
            continue
        if (tense == "past" and moved > ctx.dct) or (tense == "future" and moved < ctx.dct):
            continue
        return moved
    return None


def _our_year(
    reading: absolute.Reading, dct: dt.date, tense: str | None, said: bool
) -> dt.date | None:
    """The date with our year where it differs from dateparser's (None: no such day).

    dateparser chose the year with PREFER_DATES_FROM (past, future, current_period). We
    differ in two cases, tested in ``tests/test_temporal_absolute.py``:

    - future tense without "prochain" (``said``): dateparser takes next year for any date
      before the publication day, that day included; we keep the publication's year for a
      date at most FUTURE_GRACE_DAYS before it ("Le conseil se tiendra le 7 octobre",
      published on 7 October: that day; a plan reported as it took place);
    - no tense cue: dateparser keeps the publication's year; we take the nearest, a year
      away when the date is more than NEAREST_MONTHS from the publication ("Bilan du 20
      décembre" published on 5 January: last December).
    """
    day = reading.date
    if tense == "future" and not said and day.year > dct.year:
        same = _in_year(day, dct.year)
        if same is not None and 0 <= (dct - same).days <= FUTURE_GRACE_DAYS:
            return same
    elif tense is None:
        day_of_month = 15 if reading.precision == "month" else day.day
        months_ahead = (
            (day.year - dct.year) * 12 + (day.month - dct.month) + (day_of_month - dct.day) / 31
        )
        if months_ahead > NEAREST_MONTHS:
            return _in_year(day, day.year - 1)
        if months_ahead < -NEAREST_MONTHS:
            return _in_year(day, day.year + 1)
    return day


def _in_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def _resolve_season_year(ctx: Context, cand: Candidate, m: re.Match[str]) -> Resolution:
    direction, season, suffix = m.groups()
    return _resolve_season(ctx, cand, direction, season, suffix)


def _resolve_season(
    ctx: Context, cand: Candidate, direction: str | None, season: str, suffix: str
) -> Resolution:
    dct = ctx.dct
    current_year, current = season_of(dct)
    current_index = current_year * 4 + SEASON_ORDER.index(current)
    candidates = [
        y * 4 + SEASON_ORDER.index(season) for y in (dct.year - 1, dct.year, dct.year + 1)
    ]
    tense, cue = (None, None)
    if direction == "last":
        tense = "past"
        chosen = max(i for i in candidates if i < current_index)
    elif direction == "next":
        tense = "future"
        chosen = min(i for i in candidates if i > current_index)
    else:  # "l'été", "cet été": the tense decides
        tense, cue = _tense(ctx, cand)
        if tense == "past":
            chosen = max(i for i in candidates if i <= current_index)
        elif tense == "future":
            chosen = min(i for i in candidates if i >= current_index)
        else:  # the nearest; the coming one on a tie
            chosen = min(candidates, key=lambda i: (abs(i - current_index), i < current_index))
    year = chosen // 4
    why = ctx.say("season_no_year", tense=_tense_words(ctx, tense, cue), date=ctx.fr_date(dct))
    return Resolution(f"{year}-{season}{suffix}", f"dct:{dct.isoformat()}", tense, why)


def _resolve_weekend(ctx: Context, cand: Candidate) -> Resolution:
    ref, anchor = _reference(ctx, cand.start)
    tense, cue = _tense(ctx, cand)
    monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
    this_saturday = monday + dt.timedelta(days=5)
    if ref.isoweekday() >= 6:
        saturday = this_saturday
    elif tense == "past":
        saturday = this_saturday - dt.timedelta(days=7)
    elif tense == "future":
        saturday = this_saturday
    else:
        before = (ref - (this_saturday - dt.timedelta(days=6))).days
        after = (this_saturday - ref).days
        saturday = this_saturday if after <= before else this_saturday - dt.timedelta(days=7)
    why = ctx.say("weekend", tense=_tense_words(ctx, tense, cue), date=ctx.fr_date(ref))
    return Resolution(iso_week(saturday) + "-WE", anchor, tense, why)


def _resolve_anchor(
    ctx: Context, cand: Candidate, m: re.Match[str], named: dt.date | None = None
) -> Resolution:
    """A value counted from a day of the text (``named``: the day its complement names,
    "le lendemain du naufrage du 13 janvier", ``_complement_day``)."""
    unit, sign, amount, link, clock = m.groups()
    after = link == "-after"
    chosen: tuple[int, dt.date] | None = None
    told: dt.date | None = None
    if named is not None:
        why = ctx.say("anchor_complement", date=ctx.fr_date(named))
        day = named + dt.timedelta(days=1) if after else named
        value = day.isoformat()
        if unit:
            step = int(amount) * (1 if sign == "PLUS" else -1)
            value = _shift(day, unit, step) or value
            why = ctx.say(
                "anchor_step", step=f"{step:+d}", unit=ctx.messages[f"unit_{unit}"], why=why
            )
        return Resolution(value + (clock or ""), f"previous:{named.isoformat()}", None, why)
    if link == "-told" and (month := _month_told_last(ctx, cand.start)) is not None:
        # "en janvier. Ce jour-là, ...": a day of the month told last, with no day after it
        name = ctx.tables["month_names"][str(month.month)]
        why = ctx.say("month_told_day", month=f"{name} {month.year}")
        return Resolution(
            f"{month.year}-{month.month:02d}", f"previous:{month.isoformat()}", None, why
        )
    if clock and not unit:
        chosen = _clock_reference(ctx, cand.start, part_of_day=not clock[1:3].isdigit())
        far = chosen is None or not same_paragraph(ctx.text, chosen[0], cand.start)
        if far and clock[1:3].isdigit():
            # "la grève commence lundi 2 avril à 19 heures [...] les trains qui partent avant
            # 19 heures": a clock time told again, with no day of its own near, is the same
            told = ctx.clocks.get(clock)
    else:  # the last date mentioned, precise enough for the step ("un an plus tard": a year)
        chosen = _told_before(ctx, ctx.dates.get(unit or "day", []), cand.start)
    if told is not None:
        day, anchor = told, f"previous:{told.isoformat()}"
        why = ctx.say("same_clock", date=ctx.fr_date(told))
    elif chosen is None:
        day, anchor, why = ctx.dct, f"dct:{ctx.dct.isoformat()}", ctx.messages["anchor_dct"]
    else:
        day, anchor = chosen[1], f"previous:{chosen[1].isoformat()}"
        why = ctx.say("anchor_previous", date=ctx.fr_date(chosen[1]))
        hour = clock[1:3] if clock else ""
        # "la soirée du 31 octobre... à 1 heure du matin"; not "ce soir à 00 h 10", which
        # French news (and French TimeBank) date on the evening's day
        after_evening = chosen[0] in ctx.evenings and chosen[0] < cand.start
        if after_evening and hour.isdigit() and 1 <= int(hour) < SMALL_HOURS_END:
            day = day + dt.timedelta(days=1)
            why = ctx.say("small_hours", date=ctx.fr_date(day))
    if clock and clock[1:3].isdigit() and not unit and chosen is not None and told is None:
        ctx.clocks[clock] = day
    if after and chosen is not None and not same_sentence(ctx.text, chosen[0], cand.start):
        day = day + dt.timedelta(days=1)
        why = ctx.say("anchor_step", step="+1", unit=ctx.messages["unit_day"], why=why)
    value = day.isoformat()
    if unit:
        step = int(amount) * (1 if sign == "PLUS" else -1)
        value = _shift(day, unit, step) or value
        why = ctx.say("anchor_step", step=f"{step:+d}", unit=ctx.messages[f"unit_{unit}"], why=why)
    return Resolution(value + (clock or ""), anchor, None, why)


def _month_told_last(ctx: Context, pos: int) -> dt.date | None:
    """The first day of the month told last before ``pos`` ("en janvier") in its paragraph,
    when no day was told after it (a day tells which day of it): None otherwise."""
    index = bisect.bisect_left(ctx.months, (pos,))
    if not index:
        return None
    at, first = ctx.months[index - 1]
    if not same_paragraph(ctx.text, at, pos):
        return None
    days = bisect.bisect_left(ctx.days, (pos,))
    if days and ctx.days[days - 1][0] >= at:
        return None
    return first


SMALL_HOURS_END = 6  # a clock time before this hour after an evening or a night: the next day
NEAR_AFTER = 40  # a date this close after a clock time is its date ("à 19 h lundi 2 octobre")
RECENT_DAYS = 7  # a day told in an earlier paragraph this close to publication anchors too


def _resolve_monthday(ctx: Context, cand: Candidate, day: int) -> Resolution | None:
    """A day given without a month ("les 12 et 13."): that day of the month last told in the
    paragraph (None: no month told there, or no such day in it)."""
    dates = ctx.dates.get("month", [])
    index = bisect.bisect_left(dates, (cand.start,))
    if not index or not same_paragraph(ctx.text, dates[index - 1][0], cand.start):
        return None
    at, first = dates[index - 1]
    try:
        found = first.replace(day=day)
    except ValueError:  # "les 30 et 31." in February
        return None
    why = ctx.say("month_told", date=ctx.fr_date(found))
    return Resolution(found.isoformat(), f"previous:{first.isoformat()}", None, why)


def _resolve_day_of_month(ctx: Context, cand: Candidate, day: int) -> Resolution | None:
    """A day of the month alone, set off by commas ("Le 25, à Paris, ..."): that day of the
    month of the last day told before it in the text, as a chronicle's entries follow its
    heading ("25-28 juillet 1995"), else of the publication's month (None: no such day in
    that month)."""
    index = bisect.bisect_left(ctx.days, (cand.start,))
    if index:
        first = ctx.days[index - 1][1].replace(day=1)
        anchor, why = f"previous:{first.isoformat()}", "month_told"
    else:
        first = ctx.dct.replace(day=1)
        anchor, why = f"dct:{ctx.dct.isoformat()}", "month_published"
    try:
        found = first.replace(day=day)
    except ValueError:  # "le 31," in a month of 30 days
        return None
    return Resolution(found.isoformat(), anchor, None, ctx.say(why, date=ctx.fr_date(found)))


_CLOCK_IN_BRACKETS = re.compile(r"\(\s*\d{1,2}\s*[hH:]")


def _converted(text: str, clock: int, day: int) -> bool:
    """Is the day at ``day`` in brackets opened after the clock time at ``clock``, with a
    clock time of their own: the same moment told at another place's clock?"""
    opened = text.rfind("(", clock, day)
    return opened != -1 and _CLOCK_IN_BRACKETS.match(text, opened) is not None


def _seen_from(ctx: Context, at: int, pos: int) -> bool:
    """Can a day told at offset ``at`` anchor an expression at ``pos``? Not a day counted
    from the moment of speaking ("hier", "lundi": ``deictic``) inside a direct quotation
    that does not hold ``pos``: the quoted words are the speaker's, and their days are what
    the speaker speaks of, not the narration's ("« J'ai appris hier la fermeture », a
    déclaré le maire dans une vidéo diffusée à 12h40": the video is not of the day before).
    A date named in full ("« la dernière condamnation à mort le 21 mai 1981 »") is anyone's:
    the narration may take it up ("ce jour-là")."""
    if at not in ctx.deictic:
        return True
    index = bisect.bisect_right(ctx.quotes, (at, len(ctx.text)))
    if not index:
        return True
    start, end = ctx.quotes[index - 1]
    return not start < at < end or start < pos < end


def _told_before(
    ctx: Context, told: list[tuple[int, dt.date]], pos: int
) -> tuple[int, dt.date] | None:
    """The last of ``told`` (days or dates, in text order) before ``pos`` that it can be
    counted from (``_seen_from``)."""
    index = bisect.bisect_left(told, (pos,))
    return next(
        (told[k] for k in range(index - 1, -1, -1) if _seen_from(ctx, told[k][0], pos)), None
    )


def _told_after(
    ctx: Context, told: list[tuple[int, dt.date]], pos: int
) -> tuple[int, dt.date] | None:
    """The first of ``told`` after ``pos`` that it can be counted from (``_seen_from``)."""
    index = bisect.bisect_left(told, (pos,))
    return next(
        (told[k] for k in range(index, len(told)) if _seen_from(ctx, told[k][0], pos)), None
    )


def _clock_reference(
    ctx: Context, pos: int, part_of_day: bool = False
) -> tuple[int, dt.date] | None:
    """The date a clock time or a part of the day is on: the last day told before it in
    its sentence, else one just after it, else the last one before it in its paragraph,
    else any later one of its sentence, else the last one told before it in the text if it
    is within a week of publication, else the last such one before a history retold, unless
    it is the publication day (None: the publication date). A day opening a period in another
    sentence anchors no part of the day (``part_of_day``); a clock time it anchors is left
    to the reader of the sentence's dates (``extract._misanchored``: it dates nothing)."""
    days = ctx.days
    if ctx.openers and part_of_day:
        # "étaient à pied d'œuvre depuis vendredi soir. Dans la nuit, ...": a day opening a
        # period that runs to the time of writing is where it began, not where the story
        # stands: it anchors no part of the day of another sentence
        days = [d for d in days if d[0] not in ctx.openers or same_sentence(ctx.text, d[0], pos)]
    before = _told_before(ctx, days, pos)
    after = _told_after(ctx, days, pos)
    if after and _converted(ctx.text, pos, after[0]):
        # "Peu avant 16h30 (1h30 samedi à Bruxelles)": a clock and its day in brackets after
        # the clock give the same moment at another place's clock, on that place's day
        after = None
    if before and same_sentence(ctx.text, before[0], pos):
        return before
    if after and same_sentence(ctx.text, pos, after[0]) and after[0] - pos <= NEAR_AFTER:
        return after
    if before and same_paragraph(ctx.text, before[0], pos):
        return before
    if after and same_sentence(ctx.text, pos, after[0]):
        return after
    if before and abs((before[1] - ctx.dct).days) <= RECENT_DAYS:
        return before  # the day the story is about, told in an earlier paragraph
    # that day told before the days of a history retold ("Hier, une cérémonie a marqué ...
    # // la navette s'est désintégrée le 1er février 2003 ... // La cérémonie a commencé à
    # 9h"): the last within a week of publication, when it is not the publication's own
    recent = _told_before(ctx, [d for d in days if abs((d[1] - ctx.dct).days) <= RECENT_DAYS], pos)
    return recent if recent is not None and recent[1] != ctx.dct else None


def resolve_value(ctx: Context, cand: Candidate) -> Resolution | None:
    """The resolved value of one candidate (None: cannot be resolved)."""
    try:
        return _resolve_value(ctx, cand)
    except (OverflowError, ValueError):  # "il y a 99999999 jours": outside the calendar
        return None


def _resolve_value(ctx: Context, cand: Candidate) -> Resolution | None:
    value = cand.value
    if not value.startswith("UNDEF"):
        return Resolution(value, None, None, _explicit_why(ctx, value, cand.rule.type))
    if m := _REF.match(value):
        return _resolve_ref(ctx, cand, m)
    if m := _WEEKDAY.match(value):
        return _resolve_weekday(ctx, cand, m)
    if m := _DATE.match(value):
        return _resolve_date(ctx, cand, m)
    if m := _SEASON_YEAR.match(value):
        return _resolve_season_year(ctx, cand, m)
    if m := _ANCHOR.match(value):
        return _resolve_anchor(ctx, cand, m)
    if value == "UNDEF-weekend":
        return _resolve_weekend(ctx, cand)
    if (m := _WEEK_PART.match(value)) and (day := _WEEKDAY.match(f"UNDEF-weekday-{m[1]}")):
        res = _resolve_weekday(ctx, cand, day)  # the week of the day standing for its part
        res.value = iso_week(dt.date.fromisoformat(res.value[:10]))
        return res
    if m := _MONTHDAY.match(value):
        return _resolve_monthday(ctx, cand, int(m[1]))
    if m := _DAY_OF_MONTH.match(value):
        return _resolve_day_of_month(ctx, cand, int(m[1]))
    if m := _GENERIC_SEASON.match(value):
        tense, cue = _tense(ctx, cand)
        if tense is None:
            return Resolution(f"XXXX-{m[1]}", None, None, ctx.messages["season_generic"])
        return _resolve_season(ctx, cand, None, m[1], "")
    if value == "UNDEF-today-generic":
        # a quoted "aujourd'hui" told in the reporting clause's tense is the day of saying
        tense, cue = _tense(ctx, cand, speaker_only=False)
        anchor = f"dct:{ctx.dct.isoformat()}"
        if tense is None and _contrasts_with_day(ctx, cand.start):
            return Resolution(ctx.dct.isoformat(), anchor, None, ctx.messages["today_contrast"])
        if tense is None:
            generic = ctx.messages["today_generic"]
            return Resolution("PRESENT_REF", None, None, generic, "TIME")
        return Resolution(ctx.dct.isoformat(), anchor, tense, ctx.messages["today"])
    return None


def _contrasts_with_day(ctx: Context, pos: int) -> bool:
    """Does a fronted "Aujourd'hui," at ``pos`` answer a day of the days before publication
    told before it in its paragraph, counted from the publication ("Hier, on parlait encore
    de 482.000 véhicules. Aujourd'hui, Volkswagen reconnaît ...", "Lundi, ... Aujourd'hui,
    ...")? Set against a day, it is a day, the day of writing, whatever the tense; the present
    of a "nowadays" answers no day ("Aujourd'hui, ce grand saxophoniste joue partout"), nor
    a time told between them ("Mardi, ... En 1990, la ville comptait 3.000 habitants.
    Aujourd'hui, elle en compte 10.000")."""
    before = _told_before(ctx, ctx.days, pos)
    if before is None or before[0] not in ctx.deictic:
        return False
    told = [at for at, _ in ctx.years] + [at for at, _ in ctx.months]
    told += [at for dates in ctx.dates.values() for at, _ in dates]
    return (
        same_paragraph(ctx.text, before[0], pos)
        and 0 < (ctx.dct - before[1]).days <= RECENT_DAYS
        and not any(before[0] < at < pos for at in told)
    )


SPAN_MODES = ("since", "until", "back", "ahead")
# Which precisions a date needs to anchor a step of each unit on it.
ANCHOR_PRECISION = {
    "day": ("day", "time"),
    "week": ("day", "time", "week"),
    "month": ("day", "time", "week", "month"),
    "year": ("day", "time", "week", "month", "season", "year"),
}


def _explicit_why(ctx: Context, value: str, rtype: str) -> str:
    if rtype == "DURATION":
        return ctx.messages["explicit_duration"]
    if rtype == "SET":
        return ctx.messages["explicit_set"]
    return ctx.messages.get(f"explicit_{value}", ctx.messages["explicit_date"])


def _duration_precision(value: str) -> str:
    if value.startswith("PT"):
        return "time"
    letters = [c for c in value[1:] if c.isalpha()]
    if "X" in value or not letters:
        return "fuzzy"
    return _DURATION_UNIT.get(letters[0], "fuzzy")


def _span(
    ctx: Context, cand: Candidate, value: str, mod: str | None
) -> tuple[tuple[dt.date, dt.date] | None, bool]:
    dct = ctx.dct
    mode = cand.span_mode
    if mode and mode.startswith(("back:", "ahead:")):
        delta = duration_delta(mode.split(":", 1)[1])
        if delta is None:
            return None, False
        if mode.startswith("back:"):
            return (_counted_day(dct, -delta), dct), False
        return (dct, _counted_day(dct, delta)), False
    if cand.rule.type == "DURATION":
        if mode != "since":
            return None, False
        delta = duration_delta(value)
        if delta is None:
            return None, mod == "MORE_THAN"
        return (_counted_day(dct, -delta), dct), mod in ("MORE_THAN", "EQUAL_OR_MORE")
    span = span_of(value)
    if span is None:
        return None, False
    span = apply_mod(span, mod)
    if mode == "since" and span[0] <= dct:
        return (span[0], dct), False
    if mode == "until" and span[1] >= dct:
        return (dct, span[1]), False
    return span, False


#: the moment of the publication day a duration is counted from: the article's hour is not
#: known, so a duration of hours ("depuis une heure", "depuis 36 heures") is counted from the
#: middle of its day; a duration of whole days lands on the same day from any hour
PUBLICATION_HOUR = dt.time(12)


def _counted_day(dct: dt.date, delta: relativedelta) -> dt.date:
    """The day ``delta`` away from publication: always a day, also for a duration of hours
    or minutes (the span holds days; a date moved by hours would be a moment)."""
    return (dt.datetime.combine(dct, PUBLICATION_HOUR) + delta).date()


def _precision(cand: Candidate, value: str, rtype: str) -> str:
    if rtype == "DURATION":
        return _duration_precision(value)
    if rtype == "SET" or value.endswith("_REF"):
        return "fuzzy"
    inferred = precision_of(value)
    if inferred == "fuzzy" and cand.rule.precision:
        return cand.rule.precision
    return inferred


def resolve(
    candidates: list[Candidate],
    text: str,
    original: str,
    dct: dt.date,
    cues: TenseCues,
    tables: Mapping[str, Mapping[str, str]],
    narrative: bool = False,
    *,
    messages: Mapping[str, str],
) -> list[Timex]:
    """Timexes of ``candidates`` (found in normalised ``text``), resolved against ``dct``."""
    ctx = Context(text, dct, cues, tables, narrative, messages=messages)
    ctx.quotes = quotations(text)
    resolutions: list[Resolution | None] = [None] * len(candidates)
    clocks = [_is_clock(cand) for cand in candidates]
    # Pass 1, in order: everything but clock times (each feeds the dates mentioned so far).
    for i, cand in enumerate(candidates):
        if clocks[i]:
            continue
        named = _complement_day(ctx, candidates, i)
        res: Resolution | None
        if named is not None and (m := _ANCHOR.match(cand.value)) is not None:
            res = _resolve_anchor(ctx, cand, m, named)
        elif (end := _range_end(ctx, candidates, i)) is not None:
            res = end
        else:
            res = resolve_value(ctx, cand)
        resolutions[i] = res
        _remember(ctx, cand, res)
    # Pass 2: parts of the day ("dans la nuit"), then clock times, anchored on a date of
    # their sentence, before or after them: a clock time told after a part of the day is on
    # that part's day ("Dans la nuit, ... est venu au monde à 1h03": the night's small hours)
    for hours in (False, True):
        for i, cand in enumerate(candidates):
            if clocks[i] and _is_hour(cand) is hours:
                resolutions[i] = resolve_value(ctx, cand)
                if not hours:
                    _remember(ctx, cand, resolutions[i])
    timexes: list[Timex] = []
    for cand, res in zip(candidates, resolutions, strict=True):
        if res is None:
            continue
        rtype = res.type or cand.rule.type
        try:
            span, open_start = _span(ctx, cand, res.value, cand.mod)
        except (OverflowError, ValueError):
            span, open_start = None, False
        span_text = (span[0].isoformat(), span[1].isoformat()) if span else None
        surface = original[cand.start : cand.end]
        why, anchor = res.why, res.anchor
        mode = (cand.span_mode or "").split(":")[0]
        if span and mode in SPAN_MODES:
            anchor = anchor or f"dct:{dct.isoformat()}"
            # (the date of publication is not repeated when the reasoning already gives it)
            when = "" if anchor == res.anchor else ctx.say("span_when", date=ctx.fr_date(dct))
            why = ctx.say(f"span_{mode}", why=why, when=when)
        explanation = ctx.say("explanation", text=surface, why=why, value=res.value)
        if span_text and span_text[0] != span_text[1]:
            explanation += ctx.say("explanation_span", first=span_text[0], last=span_text[1])
        timexes.append(
            Timex(
                start=cand.start,
                end=cand.end,
                text=surface,
                type=rtype,
                value=res.value,
                span=span_text,
                precision=_precision(cand, res.value, rtype),
                mod=cand.mod,
                open_start=open_start,
                rule=cand.rule.name,
                anchor=anchor,
                tense=res.tense,
                explanation=explanation,
                extra=_extra(cand, res),
            )
        )
    return timexes


#: a day counted from another ("le lendemain", "la veille", "au lendemain"): its partial value
_COUNTED_DAY = re.compile(r"^UNDEF-anchor(?:-day-(?:PLUS|MINUS)-\d+(?:-after)?|-after)(?:-T.*)?$")
#: at most this many words between the link opening a counted day's complement and the one
#: that brings its date ("du naufrage du", "de l'élection présidentielle du")
COMPLEMENT_MAX_WORDS = 4


@lru_cache(maxsize=4)
def _complement_links(links: tuple[str, ...]) -> re.Pattern[str]:
    """The words between a counted day and the date its complement names: a link ("du",
    "de", "d'"), then a noun phrase of a few words and a link again, or nothing more ("la
    veille du 1er mai"); no punctuation (``links``: ``complement_links``)."""
    link = "(?:" + "|".join(re.escape(w) for w in sorted(links, key=len, reverse=True)) + ")"
    word = r"[^\W\d_][\w'’-]*|\d+"
    return re.compile(
        rf"\s+{link}(?:\s*(?:(?:{word})\s+){{1,{COMPLEMENT_MAX_WORDS}}}?{link})?\s*",
        re.IGNORECASE,
    )


def _complement_day(ctx: Context, candidates: list[Candidate], index: int) -> dt.date | None:
    """The day a counted day's complement names, right after it ("le lendemain du naufrage
    du 13 janvier", "la veille du 1er mai", "au lendemain de la finale de samedi"): the day
    is counted from it, not from the last day told before it (which may come after the
    happening the complement names: "Le procès s'ouvrira le 9 février. Il avait été
    écroué le lendemain du naufrage du 13 janvier"); None when the complement names no
    day. The date is read as it is in its own place (without remembering it)."""
    cand = candidates[index]
    if index + 1 >= len(candidates) or not _COUNTED_DAY.match(cand.value):
        return None
    following = candidates[index + 1]
    if following.rule.type != "DATE" or _is_clock(following):
        return None
    links = tuple(ctx.tables.get("complement_links", {}))
    if not _complement_links(links).fullmatch(ctx.text, cand.end, following.start):
        return None
    last_tense = ctx.last_tense
    told = resolve_value(ctx, following)
    ctx.last_tense = last_tense
    if told is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", told.value):
        return None
    return dt.date.fromisoformat(told.value)


def _range_end(ctx: Context, candidates: list[Candidate], index: int) -> Resolution | None:
    """A weekday ending a range that the day right before it opens ("de samedi soir à
    jeudi matin", "entre lundi et mercredi"; ``range_joints``: the word opening the range
    -> the words that join its ends): the first such weekday after the range's first day,
    whatever the tense ("La route sera fermée de jeudi à lundi": the Monday after that
    Thursday, not the nearest one); None otherwise."""
    cand = candidates[index]
    m = _WEEKDAY.match(cand.value)
    if m is None or m[1] is not None or index == 0 or not ctx.days:
        return None
    first_cand = candidates[index - 1]
    at, first = ctx.days[-1]
    if at != first_cand.start:
        return None
    opener = ctx.text[: first_cand.start].lower().split()[-1:]
    joints = ctx.tables.get("range_joints", {})
    joint = " ".join(ctx.text[first_cand.end : cand.start].lower().split())
    if not opener or joint not in joints.get(opener[0], "").split("|"):
        return None
    weekday, suffix = int(m[2]), m[3]
    day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 or 7)
    why = ctx.say("range_end", date=ctx.fr_date(first))
    return Resolution(day.isoformat() + suffix, f"previous:{first.isoformat()}", None, why)


def _extra(cand: Candidate, res: Resolution) -> dict[str, str]:
    """The tagger's partial value, and the string dateparser read, when they say more."""
    extra = {"partial": cand.value} if cand.value != res.value else {}
    if cand.date_text:
        extra["date_text"] = cand.date_text
    return extra


def _is_clock(cand: Candidate) -> bool:
    return cand.value.startswith("UNDEF-anchor-T")


def _is_hour(cand: Candidate) -> bool:
    """A clock time ("à 1h03"), not a part of the day ("dans la nuit")."""
    return cand.value[len("UNDEF-anchor-T") :][:2].isdigit()


@dataclass(frozen=True)
class _Facts:
    """What a resolved value tells later expressions (a pure function of the value)."""

    day: dt.date | None  # the day it names, for day-precision values
    evening: bool  # a day told as its evening or night
    first: dt.date | None  # its first day (None: no span)
    units: tuple[str, ...]  # the units it is precise enough to count from
    year: int | None  # the year it starts with
    month: bool  # it names a month, no day of it ("janvier", "en mai 2019")


@lru_cache(maxsize=8192)
def _facts(value: str) -> _Facts:
    day = None
    if m := _DAY_VALUE.match(value):
        with contextlib.suppress(ValueError):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    span = span_of(value)
    units: tuple[str, ...] = ()
    if span is not None:
        precision = precision_of(value)
        units = tuple(unit for unit, ok in ANCHOR_PRECISION.items() if precision in ok)
        if m := _PERIOD_OF_YEAR.match(value):
            units += ("quarter" if m[1] == "Q" else "half",)
    year = _YEAR_VALUE.match(value)
    return _Facts(
        day=day,
        evening=day is not None and value.endswith(("TEV", "TNI")),
        first=span[0] if span is not None else None,
        units=units,
        year=int(year[1]) if year else None,
        month=span is not None and precision_of(value) == "month",
    )


#: the partial values of days counted from the moment of speaking ("hier", "lundi", "en
#: début de semaine", "ce week-end")
_COUNTED_FROM_NOW = ("UNDEF-REF-", "UNDEF-weekday", "UNDEF-weekpart", "UNDEF-weekend")


def _opens_period(ctx: Context, pos: int) -> bool:
    """Does the word right before ``pos`` open a period running to the time of writing
    ("depuis vendredi soir": ``period_openers``)?"""
    before = ctx.text[max(0, pos - 20) : pos].split()
    return bool(before) and before[-1].lower() in ctx.tables.get("period_openers", {})


def _remember(ctx: Context, cand: Candidate, res: Resolution | None) -> None:
    if res is None:
        return
    facts = _facts(res.value)
    if cand.value.startswith(_COUNTED_FROM_NOW):
        ctx.deictic.add(cand.start)
    if facts.day is not None:
        # (in the order of the text: parts of the day are told after the days, ``resolve``)
        bisect.insort(ctx.days, (cand.start, facts.day))
        if cand.span_mode == "since" or _opens_period(ctx, cand.start):
            ctx.openers.add(cand.start)
        if facts.evening:
            ctx.evenings.add(cand.start)
    if facts.first is not None and cand.rule.type in ("DATE", "TIME"):
        for unit in facts.units:
            bisect.insort(ctx.dates.setdefault(unit, []), (cand.start, facts.first))
        if facts.month and not cand.span_mode:
            bisect.insort(ctx.months, (cand.start, facts.first))  # not "depuis janvier"
    explicit = (
        res.year_given
        or not cand.value.startswith("UNDEF")
        or cand.value.startswith("UNDEF-REF-year")
    )
    if explicit and cand.rule.type != "DURATION" and facts.year is not None:
        ctx.years.append((cand.start, facts.year))
