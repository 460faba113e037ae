"""What a headline must not open on (issue 9: a headline tells an act, read alone): the
adverbial set before the clause alone ("Un peu plus tôt dans la journée", the parse having
made the adverb its root), what the parse left of a clock's opening clause ("Quand le convoi
a quitté les rails", "Heure de Paris quand ..."), a relative determiner linking its noun to
the sentence before ("Laquelle décision ..."), a demonstrative pronoun cut from the relative
clause that completes it ("Celle a retrouvé le stade"), or a leading phrase whose noun the
parser took for the subject ("Deux ans après son départ est revenu"). Invented French, each
article of another topic."""

from __future__ import annotations

import pytest
from essai_article import title_of

# (body, publication day, words of the sentence, its title)
OPENINGS = [
    (  # the leading adverbial alone: the clause after it
        "Le maire de Vienne a été placé en garde à vue mardi.\n\nUn peu plus tôt dans la "
        "journée, le parquet de Lyon avait en effet ouvert une information judiciaire contre "
        "X, notamment pour favoritisme.",
        "2016-05-10",
        "parquet",
        "Le parquet de Lyon avait ouvert une information judiciaire contre X",
    ),
    (  # a clock's opening clause: what the subordinate clause tells
        "Il était un peu plus de 6h30, heure de Paris (4h30 TU), quand le convoi de "
        "marchandises a quitté les rails mardi près de Vierzon.",
        "2018-04-17",
        "convoi",
        "Le convoi de marchandises a quitté les rails près de Vierzon",
    ),
    (  # a relative determiner before its noun: the definite article
        "Le tribunal administratif de Nîmes a annulé mardi le permis de construire du centre "
        "commercial.\n\nLaquelle décision a provoqué mardi soir la colère des commerçants du "
        "quartier.",
        "2022-06-21",
        "colère",
        "La décision a provoqué la colère",
    ),
    (  # a demonstrative pronoun keeps the relative clause that completes it
        "Le club de Sedan a présenté mardi son nouvel effectif.\n\nTrois ans après son départ, "
        "celle qui a présidé le club pendant douze saisons a retrouvé mardi le stade "
        "Dugauguez, sous les applaudissements.",
        "2019-09-10",
        "stade",
        "Celle qui a présidé le club a retrouvé le stade Dugauguez",
    ),
    (  # a noun with a preposition of its own is no subject: the pronoun after the comma is
        "Le club de Béthune a présenté mardi son nouvel organigramme.\n\nDeux ans après son "
        "départ, celui qui a dirigé l'équipe première pendant dix saisons est revenu mardi au "
        "club, en toute discrétion.",
        "2021-09-14",
        "revenu",
        "Celui qui a dirigé l'équipe première est revenu",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), OPENINGS)
def test_a_headline_opens_on_its_clause(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title
