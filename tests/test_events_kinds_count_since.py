"""The baseline of a story: a count since a time gone by that no expression dates ("Depuis
2019, quatorze accidents ont été recensés": ``kinds.counts_since``) and the undated past
told right after it; a state since a day whose verb's present reads as a past ("Depuis le
3 mars 2022, un arrêté interdit ...": ``kinds.present_homograph``); the last of what was
counted or compared ("La dernière s'est produite le ...": ``kinds.goes_on_series``). All
context, no event; the same words of a day of the story, or said by someone, are told.
Invented French sentences.

Each row: (body, publication day, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

LEAD = "Un cycliste a été renversé mardi par un camion à l'entrée de Nantes."
COUNT = "Depuis 2019, quatorze accidents mortels ont été recensés sur ce carrefour."
MEASURE = "La métropole a investi deux millions d'euros pour le réaménager."
BAN = "Depuis le 3 mars 2022, un arrêté municipal interdit la circulation des camions."
SERIES = "Depuis 2015, onze avalanches ont fait des victimes dans la vallée."

ROWS = [
    # a count since a year gone by, undated: context; the undated past after it too
    (f"{LEAD} {COUNT}", "2023-02-16", "quatorze accidents", NO_EVENT),
    (f"{LEAD} {COUNT} {MEASURE}", "2023-02-16", "a investi deux millions", NO_EVENT),
    # ... the same count since a day of the story, or said by someone: told
    (
        f"{LEAD} Depuis mardi, quatorze cyclistes ont été contrôlés sur ce carrefour.",
        "2023-02-16",
        "quatorze cyclistes",
        TOLD,
    ),
    (
        f"{LEAD} {COUNT[:-1]}, a indiqué le préfet.",
        "2023-02-16",
        "quatorze accidents",
        TOLD,
    ),
    # ... a noun's period, or a quotation's: told
    (
        f"{LEAD} Marie Durand, maire de Nantes depuis 2014, a promis un nouveau carrefour.",
        "2023-02-16",
        "a promis un nouveau carrefour",
        TOLD,
    ),
    (
        f"{LEAD} Le maire a promis des travaux sur « ce carrefour qui tue depuis 2019 ».",
        "2023-02-16",
        "a promis des travaux",
        TOLD,
    ),
    # ... and the past after the lead alone is the story's
    (f"{LEAD} {MEASURE}", "2023-02-16", "a investi deux millions", TOLD),
    # a state since a day under a year gone by, its verb's present read as a past
    (f"{LEAD} {BAN}", "2023-02-16", "un arrêté municipal interdit", NO_EVENT),
    # ... the day of the story's week: told
    (
        f"{LEAD} Le 14 février, un arrêté municipal a interdit la circulation des camions.",
        "2023-02-16",
        "a interdit la circulation",
        TOLD,
    ),
    # the last of what was counted: context
    (
        f"Une avalanche a emporté samedi deux skieurs à Val Thorens. {SERIES} "
        "La dernière s'est produite le 2 février 2022.",
        "2023-01-10",
        "La dernière s'est produite",
        NO_EVENT,
    ),
    # ... "ce dernier" after news is the person the news named: told
    (
        "Le maire a reçu mardi le préfet de la Savoie. Ce dernier a annoncé une aide de l'Etat.",
        "2023-01-10",
        "Ce dernier a annoncé",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "roles"), ROWS)
def test_the_baseline_of_a_story_is_context(body, published, words, roles):
    assert sentence_of(body, published, words).role in roles
