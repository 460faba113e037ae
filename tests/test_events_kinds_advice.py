"""The article's advice to its reader told impersonally (issue 9, kinds of sentence):
"Il est conseillé de", "Il est important de", "Il est nécessaire de" at the sentence's start
(``advice_openings``), an aside set off by commas allowed after it ("Il est conseillé, « dans
la mesure du possible », de ne pas ..."), is no event; a speaker's words stay theirs.
Invented French sentences.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2024-03-12"
LEAD = "Une éclipse partielle de Soleil a été observée lundi dans tout le nord de la France. "
RECALL = "Le fabricant a rappelé lundi trois lots de compotes contaminées par une bactérie. "

ROWS = [
    (
        LEAD + "Il est important de rappeler qu'une éclipse ne s'observe jamais à l'oeil nu.",
        "oeil nu",
        NO_EVENT,
    ),
    (
        LEAD + "Il est indispensable de porter des lunettes spéciales pour regarder le Soleil.",
        "lunettes spéciales",
        NO_EVENT,
    ),
    (
        RECALL + "Il est conseillé, « dans la mesure du possible », de ne pas consommer les "
        "produits concernés.",
        "produits concernés",
        NO_EVENT,
    ),
    # ... a speaker's words: their statement
    (
        RECALL + "« Il est important de rapporter ces produits en magasin », a déclaré lundi "
        "le directeur de l'usine.",
        "rapporter ces produits",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_advice_to_the_reader_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
