"""A record compared with its earlier holders (issue 9, reports not published): the years
after "après" in the comparison ("devenant le deuxième plus jeune buteur en finale après X
en 1958") are the earlier holders', never the date of the sentence's act, which stays a
happening of the story instead of background. Invented French sentences, each beside a
twin where the year is the act's or no record is compared.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2024-04-08"

ROWS = [
    (
        "Le Kényan Paul Kiprop a remporté dimanche le marathon de Lyon. Il a aussi battu le "
        "record de l'épreuve, devenant le deuxième plus jeune vainqueur après Jean Martin en "
        "1987.",
        "plus jeune vainqueur",
        TOLD,
    ),
    (
        "Son but a permis à Paul Durand de devenir le troisième joueur du club à marquer dans "
        "deux finales, après Jean Martin (1971, 1975) et Luc Petit (1980, 1984).",
        "troisième joueur",
        TOLD,
    ),
    # ... no record compared: the year dates a history
    (
        "Après la crise de 2008, l'usine de Lyon avait fermé ses portes.",
        "fermé ses portes",
        NO_EVENT,
    ),
    # ... the year is the act's own
    (
        "Le Kényan Paul Kiprop avait remporté le marathon de Lyon en 2015, devenant le "
        "deuxième plus jeune vainqueur de l'épreuve.",
        "plus jeune vainqueur",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_the_years_of_earlier_holders_date_nothing(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
