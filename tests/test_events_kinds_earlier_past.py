"""The pluperfect after context that tells a past before the story (issue 9, background
published): the pluperfect tells what came before a past, and right after an office held
then, a person's recent past or what held long before, that past is the one it refers to,
not the story's ("Elle était jusque-là juriste au Conseil constitutionnel. Elle y avait été
nommée par son président."). Invented French of several topics; the last rows are the twins
that keep the story's reading (the compound past after such context, the pluperfect after
the story's event, a date of its own): they hold with or without the rule.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2021-03-18"

ROWS = [
    (
        "Paul Girard a été nommé mercredi préfet de la Creuse. Il était jusque-là directeur "
        "de cabinet au ministère de l'Intérieur. Il y avait été appelé par l'ancien ministre.",
        "y avait été appelé",
        NO_EVENT,
    ),
    (
        "Le chanteur a annulé mercredi son concert de Lyon. Il a récemment reporté sa tournée "
        "d'adieux. Les places s'étaient alors vendues dans les heures suivant l'ouverture de "
        "la billetterie en janvier.",
        "s'étaient alors vendues",
        NO_EVENT,
    ),
    (
        "L'entraîneur du club a démissionné mercredi. Il était aussi président de la ligue "
        "régionale. Les dirigeants l'avaient choisi pour son expérience.",
        "l'avaient choisi",
        NO_EVENT,
    ),
    # ... the compound past after it: the story's own tense
    (
        "Le chanteur a annulé mercredi son concert de Lyon. Il a récemment reporté sa tournée "
        "d'adieux. Son producteur a confirmé l'annulation.",
        "a confirmé l'annulation",
        TOLD,
    ),
    # ... the pluperfect after the story's event: what came just before it
    (
        "Le suspect a été interpellé mercredi à Vierzon. Il avait pris la fuite après le "
        "cambriolage.",
        "avait pris la fuite",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_the_pluperfect_goes_on_telling_the_earlier_past(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
