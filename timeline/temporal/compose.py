"""One expression for a clock time and its day ("19 heures lundi 2 octobre") or the part of
the day right after it ("7h20 ce samedi matin", "20 heures ce soir"): the tagger finds them
as two, this pass joins them; the clock time's value stands.

What may stand between them is language data (``time_date_joiner``, and for a day then its
time ``date_time_joiner``, in ``lang/<code>/patterns.yml``; a language without one joins
nothing). French TimeBank is not consistent about a day, "à", then a time ("Hier à 10 h" is
one expression, "le samedi 5 juin à 17 h" two, four times in five): French leaves it out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.temporal.model import Timex

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PART_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$")


class Joiner:
    """The compiled joiners of one language."""

    def __init__(self, patterns: dict[str, list[str]]) -> None:
        self.date_time = _compile(patterns.get("date_time_joiner", []))
        self.time_date = _compile(patterns.get("time_date_joiner", []))

    def join(self, timexes: list[Timex], text: str) -> list[Timex]:
        """``timexes`` (sorted, non-overlapping) with each day + its clock time made one."""
        out: list[Timex] = []
        for timex in timexes:
            previous = out[-1] if out else None
            joined = self._pair(previous, timex, text) if previous else None
            if joined is not None:
                out[-1] = joined
            else:
                out.append(timex)
        return out

    def _pair(self, first: Timex, second: Timex, text: str) -> Timex | None:
        gap = text[first.end : second.start]
        date_time = self.date_time is not None and self.date_time.fullmatch(gap)
        if date_time and _is_day(first) and _is_clock_on(second, first.value):
            return _joined(first, second, date=first, time=second, text=text)
        time_date = self.time_date is not None and self.time_date.fullmatch(gap)
        day_after = _is_day(second) or _is_part_of_day(second)
        if time_date and day_after and _is_clock_on(first, second.value[:10]):
            return _joined(first, second, date=second, time=first, text=text)
        return None


def _compile(alternatives: list[str]) -> re.Pattern[str] | None:
    if not alternatives:
        return None
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def _is_day(timex: Timex) -> bool:
    return timex.type == "DATE" and _DAY.match(timex.value) is not None and timex.mod is None


def _is_part_of_day(timex: Timex) -> bool:
    return timex.type == "TIME" and _PART_OF_DAY.match(timex.value) is not None


def _is_clock(timex: Timex) -> bool:
    return (
        timex.type == "TIME"
        and re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", timex.value) is not None
    )


def _is_clock_on(timex: Timex, day: str) -> bool:
    return _is_clock(timex) and timex.value.startswith(day + "T")


def _joined(first: Timex, second: Timex, *, date: Timex, time: Timex, text: str) -> Timex:
    surface = text[first.start : second.end]
    explanation = time.explanation.replace(f"« {time.text} »", f"« {surface} »", 1)
    return replace(
        time,
        start=first.start,
        end=second.end,
        text=surface,
        span=date.span,
        anchor=date.anchor,
        tense=date.tense or time.tense,
        rule=f"{first.rule}+{second.rule}",
        explanation=explanation,
    )
