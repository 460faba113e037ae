"""A person named doing something in the present of narration, a paragraph's first sentence,
after a past participle's phrase that describes them ("Nommée garde des Sceaux, X succède à
Y"): an act of its own, as the same sentence with the name first is (issue 9's other side:
gold reports not published). Invented French; the last rows are the twins (the name first,
an event either way; a preposition ending in -é before the comma, no participle).

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, sentence_of

PUBLISHED = "2019-06-14"

LEAD = "Le nouveau gouvernement a été annoncé jeudi soir par l'Élysée.\n\n"

ROWS = [
    (
        LEAD + "Nommée ministre de la Culture, Claire Martin succède à Paul Durand.",
        "succède",
        EVENT,
    ),
    (
        LEAD + "Désigné à l'Intérieur, Marc Lefèvre remplace Paul Durand.",
        "remplace",
        EVENT,
    ),
    # ... the name first: an event either way
    (LEAD + "Claire Martin succède à Paul Durand au ministère de la Culture.", "succède", EVENT),
    # ... no participle before the comma: no act told of the person named
    (
        LEAD + "Côté opposition, Jean Dupont reste le seul élu du parti au Sénat.",
        "seul élu",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_a_person_named_after_a_fronted_participle_acts(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
