"""A range of weekdays ("de samedi soir à jeudi matin", "entre lundi et mercredi"): its
last day is the first such weekday after its first, whatever the tense, not the nearest
one to the publication (which may come before the range's start).

Rows: (sentence, publication date, expected surface, value). Invented sentences of the
shapes of French news.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_rows import check

WEEKDAY_RANGE_ENDS = [
    # written on a Sunday: the Monday after that Thursday, not the next day
    (
        "La route départementale sera fermée de jeudi à lundi pour des travaux.",
        dt.date(2010, 2, 28),
        "lundi",
        "2010-03-08",
    ),
    # a range told in the past that runs past the publication: its end is still after its start
    (
        "Le trafic a été perturbé par des grèves annoncées de samedi soir à mardi matin.",
        dt.date(2021, 6, 13),
        "mardi matin",
        "2021-06-15TMO",
    ),
    # "entre ... et ...", written on a Monday: the Wednesday after that Saturday
    (
        "Les vols vers l'île ont été suspendus entre samedi et mercredi.",
        dt.date(2019, 4, 15),
        "mercredi",
        "2019-04-17",
    ),
]


@pytest.mark.parametrize(("sentence", "dct", "surface", "value"), WEEKDAY_RANGE_ENDS)
def test_a_weekday_ending_a_range_comes_after_its_start(sentence, dct, surface, value):
    check(sentence, dct, surface, value)
