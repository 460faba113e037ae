"""A happening told as what could be perceived of it (issue 9, events lost): "a été visible",
"a été perceptible", "ont été audibles" with where or when it was seen, heard or felt is the
happening observed, the passive of a verb of perception ("le panache a été vu depuis
Toulouse"), not an attribute that judges ("a été décevant"); the family of "a été victime
d'un incendie". Invented French of several topics (a fire, an earthquake, an industrial
accident, the sky); the last row is the twin that keeps the other reading: an adjective of
appraisal in the past.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2023-11-07"

PERCEIVED = [
    (
        "Un entrepôt a pris feu lundi soir à Blagnac. Le panache de fumée a été visible depuis "
        "le centre de Toulouse vers 21 heures.",
        "a été visible",
        TOLD,
    ),
    (
        "Un séisme de magnitude 4,2 a frappé l'Isère lundi matin. La secousse a été "
        "perceptible jusqu'à Grenoble à 6 h 40.",
        "a été perceptible",
        TOLD,
    ),
    (
        "Une usine chimique a explosé samedi près de Lyon. Les détonations ont été audibles à "
        "plusieurs kilomètres samedi après-midi.",
        "ont été audibles",
        TOLD,
    ),
    (
        "Une aurore boréale a été observable dimanche soir dans le nord de la Bretagne.",
        "a été observable",
        TOLD,
    ),
    # ... an adjective of appraisal in the past: a judgement
    (
        "Le festival de Lorient s'est achevé dimanche. L'affiche a été décevante.",
        "a été décevante",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), PERCEIVED)
def test_what_was_perceived_of_a_happening_tells_it(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
