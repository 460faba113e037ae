"""Two shapes of days in French news the tagger read wrong: a deadline "d'ici" + a day
named from the present ("d'ici vendredi"), and a pair of days each with its weekday
sharing one month ("lundi 6 et mardi 7 septembre").

Rows: (sentence, publication date, expected surface, value; None: the surface must not be
tagged at all). Invented sentences of the shapes of French news.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_rows import check

# "d'ici" before a weekday or "demain" is a deadline that day: "ici" is not the present's
# day of its own (it would date the act of the sentence by the deadline's clause); the
# weekday or "demain" is the day of the deadline, to come.
DEADLINE_OF_A_DAY = [
    # written on a Tuesday
    (
        "Le maire, pour qui la digue doit être réparée d'ici vendredi, a reçu mardi les riverains.",
        dt.date(2023, 11, 14),
        "ici",
        None,
    ),
    (
        "Le maire, pour qui la digue doit être réparée d'ici vendredi, a reçu mardi les riverains.",
        dt.date(2023, 11, 14),
        "vendredi",
        "2023-11-17",
    ),
    (
        "Les syndicats attendent une réponse du ministre d'ici à jeudi.",
        dt.date(2023, 11, 14),
        "jeudi",
        "2023-11-16",
    ),
    (
        "La préfète veut un plan d'évacuation d'ici demain soir.",
        dt.date(2023, 11, 14),
        "demain soir",
        "2023-11-15TEV",
    ),
    (
        "Les candidatures devront être déposées d'ici à demain midi.",
        dt.date(2023, 11, 14),
        "ici",
        None,
    ),
    # twins: before a date, a month or a part of the year, "ici" is the day counted from
    (
        "Le chantier devrait être achevé d'ici le 20 décembre.",
        dt.date(2023, 11, 14),
        "ici",
        "2023-11-14",
    ),
    (
        "La ligne sera rouverte d'ici la fin du mois, selon l'exploitant.",
        dt.date(2023, 11, 14),
        "ici",
        "2023-11-14",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), DEADLINE_OF_A_DAY)
def test_a_deadline_of_a_day_named_from_now_is_that_day(text, dct, surface, value):
    check(text, dct, surface, value)


# Two days each with its weekday, the month told once after the second: the first day is
# of that month too, not the weekday nearest the publication.
PAIR_OF_DAYS_WITH_WEEKDAYS = [
    # written on a Sunday: the two days to come
    (
        "Le gouverneur a décrété jeudi 12 et vendredi 13 octobre jours de deuil.",
        dt.date(2023, 10, 8),
        "jeudi 12",
        "2023-10-12",
    ),
    (
        "Les audiences se tiendront lundi 20 et mardi 21 novembre au palais de justice.",
        dt.date(2023, 11, 14),
        "lundi 20",
        "2023-11-20",
    ),
    # a span told with "au"
    (
        "Le festival aura lieu du vendredi 7 au dimanche 9 juin 2024 à Lorient.",
        dt.date(2024, 3, 1),
        "vendredi 7",
        "2024-06-07",
    ),
    # twins: the second day keeps its own reading; a weekday alone stays a weekday
    (
        "Les audiences se tiendront lundi 20 et mardi 21 novembre au palais de justice.",
        dt.date(2023, 11, 14),
        "mardi 21 novembre",
        "2023-11-21",
    ),
    (
        "Le conseil se réunira lundi et mardi 21 novembre.",
        dt.date(2023, 11, 14),
        "lundi",
        "2023-11-20",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), PAIR_OF_DAYS_WITH_WEEKDAYS)
def test_a_pair_of_days_with_weekdays_shares_its_month(text, dct, surface, value):
    check(text, dct, surface, value)
