"""A clock time abroad and the same moment at another place's clock, in brackets after it
("Peu avant 16 h 30 (1 h 30 samedi à Bruxelles)"): the day in brackets is that other
place's; the clock abroad is anchored as if the brackets were not there (the day of
happenings abroad is the local one: dev7's gold convention, tests/data/realnews/README.md).

Rows: (text, publication date, expected surface, value). Invented sentences of the shapes
of French news.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_rows import check

ABROAD = [
    # the local evening, told the day before in its paragraph, not the Paris morning after
    (
        "Le séisme a frappé jeudi à 18 h 10 heure locale. Peu avant 21 h 30 (3 h 30 vendredi "
        "à Paris), une première réplique a été ressentie.",
        dt.date(2023, 6, 16),
        "21 h 30",
        "2023-06-15T21:30",
    ),
    # twin: a day alone in brackets gives the clock's day
    (
        "Le concert commencera à 20 h (lundi 4 mars) au Zénith.",
        dt.date(2024, 3, 1),
        "20 h",
        "2024-03-04T20:00",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), ABROAD)
def test_a_clock_in_brackets_is_another_places(text, dct, surface, value):
    check(text, dct, surface, value)
