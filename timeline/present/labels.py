"""French labels of the site (``timeline/lang/fr/labels.yml``) and French date formatting."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

from timeline.content import yamlsafe

LABELS_FILE = Path(__file__).resolve().parent.parent / "lang" / "fr" / "labels.yml"


@cache
def labels() -> dict[str, Any]:
    """The French vocabulary of the site, loaded once."""
    data: dict[str, Any] = yamlsafe.load_file(LABELS_FILE, dates=True)
    return data


def _day_number(day: dt.date) -> str:
    return labels()["first_of_month"] if day.day == 1 else str(day.day)


def day_month(iso: str) -> str:
    """'2015-09-30' -> '30 septembre'."""
    day = dt.date.fromisoformat(iso)
    return f"{_day_number(day)} {labels()['months'][day.month - 1]}"


def long_date(iso: str, weekday: bool = False) -> str:
    """'2015-10-07' -> '7 octobre 2015' (or 'mercredi 7 octobre 2015' with ``weekday``)."""
    day = dt.date.fromisoformat(iso)
    text = f"{day_month(iso)} {day.year}"
    if weekday:
        text = f"{labels()['weekdays'][day.weekday()]} {text}"
    return text


def span_text(first: str, last: str) -> str:
    """A French range of days: '7 octobre 2015', 'du 3 au 4 octobre 2015', ..."""
    if first == last:
        return long_date(first)
    ui = labels()["ui"]
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    if a.year == b.year and a.month == b.month:
        left = _day_number(a)
    elif a.year == b.year:
        left = day_month(first)
    else:
        left = long_date(first)
    return f"{ui['from']} {left} {ui['to']} {long_date(last)}"


def count(n: int, word: str) -> str:
    """'0 événement', '1 événement', '2 événements': French takes the singular below 2."""
    singular, plural = labels()["plurals"][word]
    return f"{n} {singular if abs(n) < 2 else plural}"
