"""A lapse of years counted on from the history just told, opening a sentence ("Plus d'un
siècle après, l'épave a enfin été retrouvée", dev29's K4, after the ship's loss in 1915),
which reaches the year of publication from the last day that history named: the narration is
back in the story's time, the sentence no part of that past (``kinds.lapse_reaches_story``,
``lapse_after``, ``lapse_more_than``). Invented French; the twins: a lapse that ends long
before publication, the history goes on.

Each row: (body, publication day, words of the sentence)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

WRECK = (
    "L'épave du Pourquoi-Pas a été découverte mercredi au large de l'Islande.\n\n"
    "Le navire avait quitté Saint-Malo en juillet 1936. Pris dans une tempête, il a coulé "
    "en septembre 1936. "
)
AIRSHIP = (
    "Les restes du dirigeable ont été identifiés lundi.\n\n"
    "L'appareil s'était écrasé dans l'Ohio en septembre 1925. L'équipage a été décimé. "
)
BASTILLE = "Le musée a rouvert mercredi.\n\nLa Bastille a été prise en 1789. "

ROWS = [
    (
        f"{WRECK}Plus de quatre-vingts ans après, l'épave a enfin été retrouvée.",
        "2022-03-09",
        "enfin",
    ),
    (f"{WRECK}86 ans après, l'épave a été retrouvée par des plongeurs.", "2022-03-09", "plongeurs"),
    (
        f"{AIRSHIP}Plus d'un siècle plus tard, ses restes ont été localisés.",
        "2026-05-04",
        "localisés",
    ),
]
TWINS = [
    (f"{BASTILLE}Un siècle plus tard, la tour Eiffel a été construite.", "2022-03-09", "Eiffel"),
    (
        f"{BASTILLE}Plus d'un siècle plus tard, la tour Eiffel a été construite.",
        "2022-03-09",
        "Eiffel",
    ),
    (
        f"{WRECK}Deux ans plus tard, l'épave a été signalée par un chalutier.",
        "2022-03-09",
        "chalutier",
    ),
]


@pytest.mark.parametrize(("body", "published", "words"), ROWS)
def test_a_lapse_that_reaches_the_story_ends_the_history(body, published, words):
    sentence = sentence_of(body, published, words)
    assert sentence.role in TOLD, (sentence.role, sentence.kind)


@pytest.mark.parametrize(("body", "published", "words"), TWINS)
def test_a_lapse_within_the_past_goes_on_telling_it(body, published, words):
    sentence = sentence_of(body, published, words)
    assert sentence.role in NO_EVENT, (sentence.role, sentence.kind)
