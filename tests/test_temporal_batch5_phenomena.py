"""Issue 10, the phenomena held-out batch 5 showed (read once, by phenomenon), one table each.

Rows: (sentence, publication date, expected surface, value); a value of None means the
surface must not be tagged at all. The sentences are modelled on French news of several
kinds and outlets (agency wires, transport and school pages, regional dailies, sport), not
on the texts of the batch, which stays scored only.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_rows import check

from timeline.temporal import tag

# 1. A weekday given with its date names the day near publication that fits, whatever the
# tense of a verb near it; far from publication, the tense still chooses the side.
WEEKDAY_DATE_NEAR = [
    # a rail page on Thursday 29 March 2018: Monday 2 April is four days ahead
    (
        "Deux TGV prévus lundi 2 avril étaient encore en vente.",
        dt.date(2018, 3, 29),
        "lundi 2 avril",
        "2018-04-02",
    ),
    # a court report on Wednesday 6 March 2019: last Friday
    (
        "Les prévenus, qui étaient jugés vendredi 1er mars, seront fixés plus tard.",
        dt.date(2019, 3, 6),
        "vendredi 1er mars",
        "2019-03-01",
    ),
    # a programme written in January of the next year's events
    (
        "Le salon ouvrira samedi 8 février, comme l'an passé.",
        dt.date(2020, 1, 20),
        "samedi 8 février",
        "2020-02-08",
    ),
    # far from publication, no near fit: the year where the weekday fits, on the verb's side
    (
        "Programme : jeudi 11 février, conférence de presse.",
        dt.date(2022, 1, 5),
        "jeudi 11 février",
        "2021-02-11",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), WEEKDAY_DATE_NEAR)
def test_weekday_date_near_publication(text, dct, surface, value):
    check(text, dct, surface, value)


# 2. A clock time told again with no day of its own near is the moment told before; a day
# in its paragraph still comes first.
REPEATED_CLOCK = [
    # a rail page: the strike's start told again two paragraphs on, after another day
    (
        "La grève commence lundi 2 avril à 19 heures.\n\nLes billets étaient en vente jeudi 29"
        " mars.\n\nLes trains qui partent avant 19 heures peuvent aussi être concernés.",
        dt.date(2018, 3, 29),
        3,
        "2018-04-02T19:00",
    ),
    # a curfew told with its day, then its hour alone
    (
        "Le couvre-feu entrera en vigueur samedi 26 décembre à 20h.\n\nAprès 20h, les"
        " contrevenants seront verbalisés.",
        dt.date(2020, 12, 9),
        2,
        "2020-12-26T20:00",
    ),
    # another time is not the same moment: the publication's day, as before
    (
        "La grève commence lundi 2 avril à 19 heures.\n\nLe point presse aura lieu à 11 heures.",
        dt.date(2018, 3, 20),
        2,
        "2018-03-20T11:00",
    ),
    # a day in its own paragraph wins
    (
        "Le vote a lieu mardi à 18 heures.\n\nMercredi, la séance reprendra à 18 heures.",
        dt.date(2019, 5, 13),
        3,
        "2019-05-15T18:00",
    ),
]


@pytest.mark.parametrize(("text", "dct", "index", "value"), REPEATED_CLOCK)
def test_repeated_clock_time(text, dct, index, value):
    timexes = tag(text, dct)
    assert timexes[index].value == value, [(t.text, t.value) for t in timexes]


# 3. Back-referring parts of the day, "A" for "À", feasts on a fixed day, and a rule of the
# calendar that names no day.
FEASTS_AND_BACK_REFERENCES = [
    (
        "Un feu a éclaté dans la nuit du 31 décembre au 1er janvier. Six autres ont été"
        " signalés au cours de la même nuit.",
        dt.date(2019, 1, 1),
        "la même nuit",
        "2018-12-31TNI",
    ),
    (
        "Le match s'est joué le samedi 12 mars. Ce soir-là, le stade était plein.",
        dt.date(2022, 3, 14),
        "Ce soir-là",
        "2022-03-12TEV",
    ),
    (
        "La foire ouvrira le 3 juin. Cette journée-là, l'entrée sera gratuite.",
        dt.date(2021, 5, 20),
        "Cette journée-là",
        "2021-06-03",
    ),
    ("A midi, la préfecture a levé l'alerte.", dt.date(2022, 8, 18), "midi", "2022-08-18T12:00"),
    (
        "La nuit de la Saint-Sylvestre a été calme à Strasbourg.",
        dt.date(2020, 1, 1),
        "La nuit de la Saint-Sylvestre",
        "2019-12-31TNI",
    ),
    (
        "Les pompiers seront mobilisés pour le réveillon de la Saint-Sylvestre.",
        dt.date(2021, 12, 28),
        "le réveillon de la Saint-Sylvestre",
        "2021-12-31TEV",
    ),
    ("Les fleuristes attendent la Toussaint.", dt.date(2023, 10, 20), "la Toussaint", "2023-11-01"),
    (
        "Le jour de l'An, 2 000 baigneurs ont plongé dans la mer du Nord.",
        dt.date(2019, 1, 2),
        "Le jour de l'An",
        "2019-01-01",
    ),
    ("Toussaint Louverture est mort en 1803.", dt.date(2021, 4, 7), "Toussaint", None),
    ("Les Américains votent le premier mardi de novembre.", dt.date(2020, 10, 1), "mardi", None),
    (
        "On passe à l'heure d'été le dernier dimanche de mars.",
        dt.date(2019, 3, 20),
        "dimanche",
        None,
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), FEASTS_AND_BACK_REFERENCES)
def test_feasts_and_back_references(text, dct, surface, value):
    check(text, dct, surface, value)
