"""The last, or the one before, of what the sentence before counted or compared, as a
pronoun opening a past told by nobody quoted ("La dernière s'est produite le ...", "Cette
dernière avait alors provoqué ...": ``kinds.goes_on_series``): an instance of that
baseline, context as the count or the comparison is. "Ce dernier" after news is the person
the news named: told. Invented French sentences.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2023-01-10"
LEAD = "Une avalanche a emporté samedi deux skieurs à Val Thorens."

ROWS = [
    # the last of a count since a year gone by
    (
        f"{LEAD} Depuis 2015, onze avalanches ont fait des victimes dans la vallée. "
        "La dernière s'est produite le 2 février 2022.",
        "La dernière s'est produite",
        NO_EVENT,
    ),
    # the one compared with
    (
        "La Corée du Nord a procédé dimanche à un essai nucléaire. Cette explosion est dix fois "
        "plus puissante que le précédent essai, en septembre 2016. Cette dernière avait alors "
        "provoqué un séisme de magnitude 5,3.",
        "Cette dernière avait alors",
        NO_EVENT,
    ),
    # ... "ce dernier" after news: the person the news named, told
    (
        "Le maire a reçu mardi le préfet de la Savoie. Ce dernier a annoncé une aide de l'Etat.",
        "Ce dernier a annoncé",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_the_last_of_a_series_is_context(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
