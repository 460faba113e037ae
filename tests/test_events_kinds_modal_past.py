"""A day governed by "pouvoir" in the compound past (issue 9, events not found): a day
governed by a modal of possibility is when something may happen, no event ("Les bateaux
pourraient être mis à l'abri dès ce soir"); in the compound past the possibility was
taken, the act done that day ("Hier matin, les bateaux ont pu être mis à l'abri"), as the
same tense with no day is read already ("La foule a pu saluer les joueurs"). Invented
French sentences, each row beside a twin.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2011-12-27"
LEAD = "La tempête a touché lundi les côtes du Morbihan. "

ROWS = [
    # the compound past of "pouvoir" with its day: done that day
    (
        LEAD + "Hier matin, les bateaux du port de Lorient ont pu être mis à l'abri avant "
        "une nouvelle marée.",
        "mis à l'abri",
        TOLD,
    ),
    (
        LEAD + "Les pêcheurs ont pu rentrer au port dimanche soir avant le coup de vent.",
        "rentrer au port",
        TOLD,
    ),
    # ... the conditional, the future of "pouvoir" with a day: what may happen
    (
        LEAD + "Les bateaux du port de Lorient pourraient être mis à l'abri dès ce soir.",
        "mis à l'abri",
        NO_EVENT,
    ),
    (
        LEAD + "Les pêcheurs pourront rentrer au port demain soir si le vent tombe.",
        "rentrer au port",
        NO_EVENT,
    ),
    # ... the past conditional: the act was never done
    (
        LEAD + "Hier matin, les bateaux du port de Lorient auraient pu être mis à l'abri avant "
        "une nouvelle marée.",
        "mis à l'abri",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_the_compound_past_of_pouvoir_tells_the_act(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
