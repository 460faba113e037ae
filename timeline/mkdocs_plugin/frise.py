"""The visual week (« frise »): a time axis of the chronology, server-rendered HTML.

Columns are days (a dossier of up to ``MAX_DAYS`` days), months (up to ``MAX_MONTHS``) or
years. Each period (an event over several days) is one bar drawn once across its columns;
each one-day event is one mark in its column, with its title as a link. It is made of
ordinary lists, so it reads without CSS or JavaScript, in a screen reader (a caption, then
« Périodes » and « Événements » in order) and in print; the stylesheet lays the lists on a
grid (``--frise-colonnes``). Size stays bounded whatever the dossier: at most
``MARKS_PER_COLUMN`` marks per column (then « + N autres » linking to the day or month) and
``MAX_BARS`` bars (the longest). Every item carries ``data-entites`` and ``data-genre`` for
the filters (timeline.js).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

MAX_DAYS = 62
MAX_MONTHS = 60
MARKS_PER_COLUMN = 4
MAX_BARS = 12
#: above this many columns, marks are dots (their titles for screen readers, tooltips and
#: narrow screens) and MARKS_PER_COLUMN does not apply below DOTS_PER_COLUMN
DENSE_COLUMNS = 4
DOTS_PER_COLUMN = 24
#: an event longer than this (in days) with an open start is background, not drawn
LONG_OPEN = 366


@dataclass(frozen=True)
class Column:
    first: str  # ISO day
    last: str
    label: str
    url: str  # the day (or the first day) page, "" if none


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def columns(
    first: dt.date,
    last: dt.date,
    day_label: Callable[[dt.date], str],
    month_label: Callable[[dt.date], str],
    day_url: Callable[[str], str],
) -> tuple[str, list[Column]]:
    """The unit ("jour", "mois" or "annee") and the columns covering ``first``..``last``."""
    span = (last - first).days + 1
    found: list[Column] = []
    if span <= MAX_DAYS:
        for n in range(span):
            iso = (first + dt.timedelta(days=n)).isoformat()
            found.append(Column(iso, iso, day_label(first + dt.timedelta(days=n)), day_url(iso)))
        return "jour", found
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= MAX_MONTHS:
        start = _month_start(first)
        while start <= last:
            end = _next_month(start) - dt.timedelta(days=1)
            found.append(Column(start.isoformat(), end.isoformat(), month_label(start), ""))
            start = _next_month(start)
        return "mois", found
    for year in range(first.year, last.year + 1):
        found.append(Column(f"{year}-01-01", f"{year}-12-31", str(year), ""))
    return "annee", found


def _index(cols: Sequence[Column], iso: str) -> int:
    """The column holding day ``iso`` (clipped to the axis)."""
    if iso < cols[0].first:
        return 0
    for i, col in enumerate(cols):
        if col.first <= iso <= col.last:
            return i
    return len(cols) - 1


def _attrs(event: Any) -> str:
    entities = " ".join(dict.fromkeys((*event.actors, *event.places, *event.organizations)))
    kind = getattr(event, "kind", "") or ""
    return f' data-entites="{escape(entities)}" data-genre="{escape(kind)}"'


def is_period(event: Any) -> bool:
    return bool(event.start != event.end)


def frise_html(
    events: Sequence[Any],
    *,
    link: Callable[[str], str],
    labels: dict[str, str],
    day_label: Callable[[dt.date], str],
    month_label: Callable[[dt.date], str],
    span_text: Callable[[str, str], str],
    day_url: Callable[[str], str],
    caption: str,
) -> Markup:
    """The frise of ``events`` (chronology order), or "" when there is nothing to draw."""
    drawn = [
        e
        for e in events
        if not (
            e.precision == "open-start"
            and (dt.date.fromisoformat(e.end) - dt.date.fromisoformat(e.start)).days > LONG_OPEN
        )
    ]
    if not drawn:
        return Markup("")
    # the axis covers what happens in the dossier: open starts only bound it at their end
    firsts = [e.start for e in drawn if e.precision != "open-start"] or [e.end for e in drawn]
    first = dt.date.fromisoformat(min(firsts))
    last = dt.date.fromisoformat(max(e.end for e in drawn))
    unit, cols = columns(first, last, day_label, month_label, day_url)
    n = len(cols)
    periods = [e for e in drawn if is_period(e)]
    periods.sort(key=lambda e: (e.start, e.end))
    hidden_periods = 0
    if len(periods) > MAX_BARS:

        def length(e: Any) -> int:
            return (dt.date.fromisoformat(e.end) - dt.date.fromisoformat(e.start)).days

        longest = sorted(periods, key=length, reverse=True)
        keep = {id(e) for e in longest[:MAX_BARS]}
        hidden_periods = len(periods) - MAX_BARS
        periods = [e for e in periods if id(e) in keep]
    singles: dict[int, list[Any]] = {}
    for event in drawn:
        if not is_period(event):
            singles.setdefault(_index(cols, event.start), []).append(event)

    dense = n > DENSE_COLUMNS
    per_column = DOTS_PER_COLUMN if dense else MARKS_PER_COLUMN
    out = [
        f'<figure class="frise frise-{unit}{" frise-dense" if dense else ""}" '
        f'style="--frise-colonnes: {n}">',
        f"<figcaption>{escape(caption)}</figcaption>",
        '<ol class="frise-axe" aria-hidden="true">',
    ]
    for i, col in enumerate(cols, start=1):
        out.append(f'<li style="grid-column: {i}">{escape(col.label)}</li>')
    out.append("</ol>")
    if periods:
        out.append(f'<ul class="frise-periodes" aria-label="{escape(labels["periods"])}">')
        for event in periods:
            a, b = _index(cols, event.start), _index(cols, event.end)
            clipped = " frise-coupee" if event.start < cols[0].first else ""
            out.append(
                f'<li class="frise-barre{clipped}" style="grid-column: {a + 1} / {b + 2}"'
                f"{_attrs(event)}>"
                f'<a href="{escape(link(event.url))}">{escape(event.title)}</a> '
                f'<span class="frise-dates">{escape(event.display_date)}</span></li>'
            )
        out.append("</ul>")
        if hidden_periods:
            out.append(
                f'<p class="frise-reste">{escape(labels["more_periods"].format(n=hidden_periods))}'
                "</p>"
            )
    if singles:
        out.append(f'<ol class="frise-colonnes" aria-label="{escape(labels["events"])}">')
        for i in sorted(singles):
            col, marks = cols[i], singles[i]
            heading = escape(col.label if unit != "jour" else span_text(col.first, col.last))
            if col.url:
                heading = Markup(f'<a href="{escape(link(col.url))}">{heading}</a>')
            out.append(
                f'<li class="frise-colonne" style="grid-column: {i + 1}">'
                f'<span class="frise-date">{heading}</span><ul>'
            )
            for event in marks[:per_column]:
                title = escape(event.title)
                out.append(
                    f'<li class="frise-marque"{_attrs(event)}>'
                    f'<a href="{escape(link(event.url))}" title="{title}">'
                    f'<span class="frise-titre">{title}</span></a></li>'
                )
            rest = len(marks) - per_column
            if rest > 0:
                text = escape(labels["more_events"].format(n=rest))
                target = escape(link(col.url)) if col.url else ""
                out.append(
                    f'<li class="frise-plus"><a href="{target}">{text}</a></li>'
                    if target
                    else f'<li class="frise-plus">{text}</li>'
                )
            out.append("</ul></li>")
        out.append("</ol>")
    out.append("</figure>")
    return Markup("\n".join(out))
