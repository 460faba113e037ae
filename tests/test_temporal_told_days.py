"""Days that a text names by what it told before: a weekday completing a noun ("la
catastrophe de mardi") and "ce jour-là" after a month told with no day.

Rows: (sentence, publication date, expected surface, value). Invented sentences of the
shapes of French news.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_rows import check

# A weekday completing a noun after its determiner names the day of something the reader
# knows of: a clause telling what is to come does not place it; the nearest such day does.
NOUN_COMPLEMENT = [
    # written on a Thursday: the fire was on the Monday before, the visit is to come
    (
        "Trois jours après l'incendie de lundi, la ministre se rendra sur le site.",
        dt.date(2021, 3, 11),
        "lundi",
        "2021-03-08",
    ),
    # written on a Monday, an adjective after the noun
    (
        "Le maire présentera le bilan de l'inondation dévastatrice de samedi.",
        dt.date(2022, 10, 3),
        "samedi",
        "2022-10-01",
    ),
    # twins: a part of a day is placed by its clause; a weekday the verb governs too
    (
        "La journée de dimanche sera pluvieuse sur tout le pays.",
        dt.date(2021, 3, 11),
        "La journée de dimanche",
        "2021-03-14",
    ),
    (
        "Le conseil municipal se réunira lundi pour voter le budget.",
        dt.date(2021, 3, 11),
        "lundi",
        "2021-03-15",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), NOUN_COMPLEMENT)
def test_a_weekday_completing_a_noun_is_the_nearest(text, dct, surface, value):
    check(text, dct, surface, value)


# "ce jour-là", "le même jour": the day of the last date told; after a month told with no
# day since, a day of that month (the month is what is known of it).
THAT_DAY = [
    (
        "Les gendarmes l'avaient contrôlé en mars lors d'une fête. Ce jour-là, il conduisait "
        "sans permis.",
        dt.date(2021, 6, 15),
        "Ce jour-là",
        "2021-03",
    ),
    (
        "Le festival avait ouvert en août. Le même jour, la préfecture avait interdit les feux.",
        dt.date(2021, 10, 2),
        "Le même jour",
        "2021-08",
    ),
    # twins: a day told after the month is that day; with no month, the day told
    (
        "En mars, il avait été contrôlé le 12 mars. Ce jour-là, il conduisait sans permis.",
        dt.date(2021, 6, 15),
        "Ce jour-là",
        "2021-03-12",
    ),
    (
        "Il a été arrêté le 3 mai. Ce jour-là, il pleuvait.",
        dt.date(2021, 6, 15),
        "Ce jour-là",
        "2021-05-03",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), THAT_DAY)
def test_that_day_after_a_month_told(text, dct, surface, value):
    check(text, dct, surface, value)


# A weekday after an auxiliary with its subject pronoun set after it ("a-t-on appris jeudi",
# "avait-elle annoncé mardi") is told done, whatever future the rest of the sentence tells:
# the day it was learnt or said, not one to come.
INVERTED_AUXILIARY = [
    # written on a Thursday: the day of writing
    (
        "Le zoo de Pont-Scorff fermera ses portes samedi, a-t-on appris jeudi auprès de la "
        "direction.",
        dt.date(2023, 7, 6),
        "jeudi",
        "2023-07-06",
    ),
    (
        "La ligne 4 du métro sera coupée tout l'été, avait-on appris lundi de source syndicale.",
        dt.date(2023, 7, 5),
        "lundi",
        "2023-07-03",
    ),
    (
        "Les deux clubs se rencontreront en finale à Lyon, avait-elle annoncé mardi.",
        dt.date(2023, 7, 6),
        "mardi",
        "2023-07-04",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), INVERTED_AUXILIARY)
def test_a_weekday_after_an_inverted_auxiliary_is_told_done(text, dct, surface, value):
    check(text, dct, surface, value)


# "le mois de mars dernier", "au mois de juin prochain": "dernier" and "prochain" say the
# direction, whatever the tense of the clause around them.
MONTH_OF_LAST_NEXT = [
    (
        "Son départ, au mois de mars dernier, divise toujours le club.",
        dt.date(2021, 11, 21),
        "mois de mars dernier",
        "2021-03",
    ),
    (
        "Le chantier ouvert le mois d'octobre dernier avance vite.",
        dt.date(2020, 2, 3),
        "le mois d'octobre dernier",
        "2019-10",
    ),
    (
        "Le festival, qui avait lieu au mois de juillet prochain, a été annulé.",
        dt.date(2018, 9, 10),
        "mois de juillet prochain",
        "2019-07",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), MONTH_OF_LAST_NEXT)
def test_a_month_named_with_last_or_next_goes_that_way(text, dct, surface, value):
    check(text, dct, surface, value)
