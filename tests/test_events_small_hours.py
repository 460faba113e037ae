"""A clock time in the small hours of a night told with it dates the sentence (issue 9): a
night is dated by the day it begins, its small hours by the next ("dans la nuit, à 4h19 du
matin": the moment the sentence tells, on the day it falls on); a night with no hour, or an
hour of its evening, dates as before. Invented French news, with spaCy's French parser.

Each row: (body, publication day, words of the sentence, the day it is dated)."""

from __future__ import annotations

import pytest
from essai_article import sentence_of

ROWS = [
    # a night told done with no day, and its hour: the day of the hour
    (
        "Le skipper a franchi la ligne d'arrivée aux Sables-d'Olonne dans la nuit, à 4h19 du "
        "matin, après 80 jours de mer.",
        "2021-01-28",
        "franchi la ligne",
        "2021-01-28",
    ),
    # a named night and the hour of a birth in it
    (
        "Dans la nuit de samedi à dimanche, le premier girafon du parc est venu au monde à 1h03.",
        "2021-08-02",
        "girafon",
        "2021-08-01",
    ),
    # a named night with no hour: the day it begins
    (
        "Dans la nuit de samedi à dimanche, un incendie a ravagé un entrepôt de Vénissieux.",
        "2021-08-02",
        "entrepôt",
        "2021-07-31",
    ),
    # an hour of the night's evening: the night's day
    (
        "Dans la nuit de samedi à dimanche, vers 23 heures, un incendie a ravagé un entrepôt "
        "de Vénissieux.",
        "2021-08-02",
        "entrepôt",
        "2021-07-31",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), ROWS)
def test_the_small_hours_of_a_night_are_the_next_day(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day


# a named night whose hour the NEXT sentence of its paragraph tells: the day of the hour
# when it falls in the night's small hours, else the night's day (dev27's Grenfell Tower)
NEXT_SENTENCE_ROWS = [
    (
        "Un gigantesque incendie a fait plusieurs blessés dans la nuit du mardi 13 au "
        "mercredi 14 juin dans un entrepôt de Lille, ont annoncé les pompiers. Le feu a pris "
        "vers 1 h 15 dans un bâtiment de stockage.",
        "2023-06-14",
        "plusieurs blessés",
        "2023-06-14",
    ),
    (
        "Dans la nuit de samedi à dimanche, deux voitures ont été incendiées à Rennes. Les "
        "pompiers ont été appelés vers 3 heures.",
        "2021-08-02",
        "deux voitures",
        "2021-08-01",
    ),
    # the hour of the night's evening: the night's day
    (
        "Un gigantesque incendie a fait plusieurs blessés dans la nuit du mardi 13 au "
        "mercredi 14 juin dans un entrepôt de Lille, ont annoncé les pompiers. Le feu a pris "
        "vers 23 h 15 dans un bâtiment de stockage.",
        "2023-06-14",
        "plusieurs blessés",
        "2023-06-13",
    ),
    # the hour in another paragraph: the night's day
    (
        "Un gigantesque incendie a fait plusieurs blessés dans la nuit du mardi 13 au "
        "mercredi 14 juin dans un entrepôt de Lille, ont annoncé les pompiers.\n\nLe feu a "
        "pris vers 1 h 15 dans un bâtiment de stockage.",
        "2023-06-14",
        "plusieurs blessés",
        "2023-06-13",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), NEXT_SENTENCE_ROWS)
def test_a_night_whose_next_sentence_tells_its_small_hours_is_their_day(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day
