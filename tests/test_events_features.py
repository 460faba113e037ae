"""What one sentence tells merging, read from spaCy's tags of the sentence: the tense of its
first verb group and the action of its main clause. One row per phenomenon of French news."""

from __future__ import annotations

import pytest

from timeline.events import features
from timeline.events.nlp import get_nlp

TENSES_AND_ACTIONS = [
    # a reflexive verb in the passé composé, not a present passive
    ("La cour s'est désormais retirée.", "past", "retirer"),
    ("Le seul membre des commandos s'est de nouveau excusé auprès des victimes.", "past", None),
    ("La province est contrôlée par les rebelles.", "present", "contrôler"),
    # the main clause's verb, not that of a clause opened by a conjunction or a relative
    ("Avant que la cour ne se retire pour délibérer, il s'est exprimé lundi.", None, "exprimer"),
    (
        "Salah Abdeslam, membre des commandos qui ont fait 130 morts, a été reconnu coupable.",
        "past",
        "reconnaître",
    ),
    ("Les forces qui combattent ont pris le village.", None, "prendre"),
    ("Quatre navires ont détruit onze cibles.", "past", "détruire"),
    # a verb whose pronominal form names another act: "se VERB" (an apostrophe of either
    # kind), in any tense, through a periphrasis; the plain verb stays itself
    ("Un incendie s'est déclaré jeudi dans une usine.", "past", "se déclarer"),
    ("Un vaste incendie s’est déclaré vers 3h du matin.", "past", "se déclarer"),
    ("Un incendie se déclare dans l'entrepôt.", None, "se déclarer"),
    ("Le ministre va se rendre à Moscou.", None, "se rendre"),
    ("Le ministre a déclaré que les frappes continueraient.", "past", "déclarer"),
    ("La cour a rendu son verdict mercredi.", "past", "rendre"),
]


@pytest.mark.parametrize(("text", "tense", "action"), TENSES_AND_ACTIONS)
def test_tense_and_action_of_the_main_clause(text, tense, action):
    tokens = list(get_nlp()(text))
    if tense is not None:
        assert features.tense_of(tokens) == tense
    if action is not None:
        assert features.action_lemma(tokens) == action
