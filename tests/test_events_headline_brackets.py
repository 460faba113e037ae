"""An aside in brackets (a boat's or a team's name, a list of names) goes whole from a
headline or stays whole, never a part of it (issue 9: no hole, no stray bracket): "son
voilier (Club de Brest)" for "(Armor-Lux Club de Brest)", "(Bleu!)" for "(Océan Bleu!)".
Invented French, each article of another topic."""

from __future__ import annotations

import pytest
from essai_article import title_of

# (body, publication day, words of the sentence, its title)
BRACKETS = [
    (  # a boat's name after its skipper's
        "Un peu plus loin dans le peloton, le navigateur breton (Océan Bleu!) tient bon, deux "
        "jours après son avarie.",
        "2023-03-15",
        "breton",
        # (the opening adverb, which the parser read as the subject, a leading phrase:
        # ``headline._adverb_read_as_subject``)
        "Le navigateur breton tient bon",
    ),
    (  # a boat's name of two hyphened words and more
        "Le trimaran de tête a démâté mardi. En effet, son voilier (Armor-Lux Club de Brest) a "
        "heurté un cargo mardi soir.",
        "2023-03-15",
        "cargo",
        "Son voilier a heurté un cargo",
    ),
    (  # a list of names: kept whole with the verb
        "Cinq enseignes de bricolage (Leroy, Castorama, Brico, Weldom, Bricomarché) ont reconnu "
        "mercredi avoir vendu des lampes défectueuses qui auraient dû être retirées de la vente.",
        "2023-03-15",
        "enseignes",
        "Cinq enseignes de bricolage (Leroy, Castorama, Brico, Weldom, Bricomarché) ont reconnu",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), BRACKETS)
def test_an_aside_in_brackets_goes_whole_or_stays_whole(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title
