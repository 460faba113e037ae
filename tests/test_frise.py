"""The visual week (frise.py): its scale follows the dossier, its size stays bounded."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from lxml import html as lxml_html

from timeline.mkdocs_plugin.frise import (
    DOTS_PER_COLUMN,
    MARKS_PER_COLUMN,
    MAX_BARS,
    columns,
    frise_html,
)

LABELS = {
    "periods": "Périodes",
    "events": "Événements",
    "more_periods": "+ {n} autres périodes",
    "more_events": "+ {n} autres",
}


@dataclass
class Ev:
    id: str
    start: str
    end: str
    title: str = "Titre <b>"
    precision: str = "day"
    display_date: str = "un jour"
    actors: list[str] = field(default_factory=lambda: ["russie"])
    places: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"evenements/{self.id}/"


def render(events: list[Ev]):
    html = frise_html(
        events,
        link=lambda url: url,
        labels=LABELS,
        day_label=lambda d: d.isoformat(),
        month_label=lambda d: d.strftime("%Y-%m"),
        span_text=lambda a, b: a,
        day_url=lambda iso: f"jours/{iso}/",
        caption="Frise",
    )
    return lxml_html.fragment_fromstring(str(html)) if html else None


def day(n: int) -> str:
    return (dt.date(2015, 9, 30) + dt.timedelta(days=n)).isoformat()


@pytest.mark.parametrize(
    "span_days, unit, n_columns",
    [
        (0, "jour", 1),
        (7, "jour", 8),
        (61, "jour", 62),
        (62, "mois", 4),
        (900, "mois", 31),
        (2000, "annee", 7),
    ],
)
def test_scale_follows_the_dossier(span_days: int, unit: str, n_columns: int) -> None:
    first = dt.date(2015, 9, 30)
    found_unit, cols = columns(
        first, first + dt.timedelta(days=span_days), str, str, lambda iso: ""
    )
    assert (found_unit, len(cols)) == (unit, n_columns)
    assert cols[0].first <= first.isoformat() <= cols[0].last


def test_one_bar_per_period_one_mark_per_event_escaped() -> None:
    events = [Ev("a", day(0), day(7)), Ev("b", day(7), day(7)), Ev("c", day(3), day(3))]
    root = render(events)
    assert len(root.xpath('//li[contains(@class, "frise-barre")]')) == 1
    assert len(root.xpath('//li[contains(@class, "frise-marque")]')) == 2
    assert root.xpath('//li[contains(@class, "frise-barre")]/@style') == ["grid-column: 1 / 9"]
    assert "Titre <b>" in root.text_content() and not root.xpath("//b")
    assert root.get("style") == "--frise-colonnes: 8"


def test_long_open_start_is_background_and_clipped_starts_are_marked() -> None:
    events = [
        Ev("x", "2010-01-01", day(7), precision="open-start"),
        Ev("y", "2014-10-07", day(7), precision="open-start"),
        Ev("b", day(7), day(7)),
        Ev("c", day(0), day(0)),
    ]
    root = render(events)
    bars = root.xpath('//li[contains(@class, "frise-barre")]')
    assert len(bars) == 1 and "frise-coupee" in bars[0].get("class")
    assert root.get("style") == "--frise-colonnes: 8"


def test_size_is_bounded_at_scale() -> None:
    singles = [Ev(f"s{i}", day(i % 3), day(i % 3)) for i in range(300)]
    periods = [Ev(f"p{i}", day(0), day(1 + i % 2)) for i in range(40)]
    root = render(singles + periods)
    assert len(root.xpath('//li[contains(@class, "frise-barre")]')) == MAX_BARS
    marks = root.xpath('//li[contains(@class, "frise-marque")]')
    assert len(marks) == 3 * MARKS_PER_COLUMN  # three columns, titles shown
    assert root.xpath('//li[@class="frise-plus"]/a/@href')[0].startswith("jours/")
    wide = [Ev(f"w{i}", day(i % 20), day(i % 20)) for i in range(2000)]
    root = render(wide)
    assert len(root.xpath('//li[contains(@class, "frise-marque")]')) == 20 * DOTS_PER_COLUMN
