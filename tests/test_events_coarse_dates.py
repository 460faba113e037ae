"""A time to come named only by a month or a year names no day of an act (issue 9): an act
announced for "septembre" or "2028" is told on its narration's day, about that period, not
on the period's first day; a day to come, or a month gone by, dates as before. Invented
French news, with spaCy's French parser."""

from __future__ import annotations

import pytest
from essai_article import extraction_of

# (body, publication day, words of the sentence, day it is dated, start of what it is about)
COARSE = [
    # a month to come, after an act of the narration's day
    (
        "Le conseil municipal de Dijon a désigné lundi la nouvelle directrice de l'opéra. "
        "Elle prendra ses fonctions en septembre.",
        "2022-06-14",
        "prendra ses fonctions",
        "2022-06-13",
        "2022-09-01",
    ),
    # a month and its year
    (
        "Les organisateurs du festival de la BD de Blois ont dévoilé jeudi leur affiche. La "
        "prochaine édition se tiendra en mai 2024 dans le centre-ville.",
        "2023-11-17",
        "se tiendra",
        "2023-11-16",
        "2024-05-01",
    ),
    # a year
    (
        "Le maire de Nantes a présenté mardi le projet d'un nouveau stade. L'enceinte "
        "ouvrira ses portes en 2028.",
        "2021-03-10",
        "ouvrira ses portes",
        "2021-03-09",
        "2028-01-01",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day", "about"), COARSE)
def test_a_month_or_a_year_to_come_names_no_day(body, published, words, day, about):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day
    assert sentence.about is not None and sentence.about.start == about


# (body, publication day, words of the sentence, day it is dated)
KEPT = [
    # a day to come
    (
        "La piscine municipale de Vannes rouvrira le 3 septembre après six mois de travaux.",
        "2022-06-14",
        "rouvrira",
        "2022-09-03",
    ),
    # a month gone by
    (
        "La fonderie de Saint-Dizier a fermé ses portes en mars, laissant 80 salariés sans emploi.",
        "2022-06-14",
        "a fermé",
        "2022-03-01",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), KEPT)
def test_a_day_to_come_or_a_month_gone_by_still_dates(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.date is not None and sentence.date.start == day
