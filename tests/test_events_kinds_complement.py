"""Years in a complement (issue 9, kinds of sentence): a period long before publication that
completes a noun the main predicate governs ("condamnés pour trois vols entre 1995 et 1999",
"il lui était reproché d'être co-auteur du vol de la banque en 1997") is the past of what
the noun names, not the date of the act the sentence tells, as if a participle said so
("pour trois vols commis entre 1995 et 1999"): a sentence of the story told in the passé
composé stays news, and a sentence of charges, context either way, starts no history that
the sentences after it would go on telling. Invented French sentences, each beside a twin
whose period dates the act (a complement of the verb, the subject's noun, a gathering a
preposition of time places the act in).

Each row: (body, publication day, words of the sentence, roles it may have, whether a
period dates it)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2013-03-15"
CHARGES = (
    "Les deux frères ont été condamnés mercredi par la cour d'assises de Rouen. "
    "Quant au frère cadet, il lui était reproché d'être co-auteur du vol de la banque en "
    "1997. "
)

ROWS = [
    # the years complete the crimes' noun: the sentence tells the story's verdict
    (
        "Deux frères ont été condamnés à vingt ans de réclusion pour trois vols entre 1995 et "
        "1999.",
        "condamnés",
        TOLD,
        False,
    ),
    (
        "Le tribunal a condamné l'ancien maire pour des détournements de fonds en 2004.",
        "condamné",
        TOLD,
        False,
    ),
    # ... a participle says so: the same
    (
        "Deux frères ont été condamnés à vingt ans de réclusion pour trois vols commis entre "
        "1995 et 1999.",
        "condamnés",
        TOLD,
        False,
    ),
    # ... the year completes the verb: background
    (
        "Deux frères avaient été condamnés en 1999 à vingt ans de réclusion.",
        "condamnés",
        NO_EVENT,
        True,
    ),
    # ... the subject's noun: the act is the noun's, of its year
    ("La crise de 2008 a frappé durement l'Espagne.", "frappé", NO_EVENT, True),
    # ... a gathering a preposition of time places the act in: its year
    ("Le témoin a déposé lors du procès de 2011.", "déposé", NO_EVENT, True),
    # ... a recent period: the act's, as before ("en janvier", of the story)
    (
        "Le tribunal a condamné l'ancien maire pour des détournements de fonds en janvier.",
        "condamné",
        TOLD,
        True,
    ),
    # ... no act named before the year: the parser hung the verb's year on a noun
    (
        "Le roman paraît jeudi chez Gallimard.\n\nL'auteur a publié son premier livre en 1995.",
        "premier livre",
        NO_EVENT,
        True,
    ),
    (
        "Le commissaire a pris sa retraite jeudi.\n\nIl est entré dans la police en 1990.",
        "entré dans la police",
        NO_EVENT,
        True,
    ),
    # charges, context; the verdict's next sentence is the story's, not their history's
    (CHARGES, "reproché", NO_EVENT, False),
    (CHARGES + "La cour a requalifié les faits en complicité.", "requalifié", TOLD, False),
    # ... a year that dates the charges' verb starts a history, which goes on
    (
        "Les deux frères ont été condamnés mercredi par la cour d'assises de Rouen. "
        "Le frère cadet avait été arrêté en 1997 à Dieppe. "
        "Il avait été placé en détention provisoire.",
        "placé en détention",
        NO_EVENT,
        False,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles", "dated"), ROWS)
def test_years_in_a_complement_date_the_noun(body, words, roles, dated):
    sentence = sentence_of(body, PUBLISHED, words)
    assert sentence.role in roles
    assert (sentence.timex is not None) is dated
