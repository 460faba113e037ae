"""The act a sentence tells in a clause of its own, in a compound past, behind a frame
that only sets it (``kinds.tells_act_in_clause``): an affirmative cleft ("C'est la
brigade qui a procédé à l'interpellation", "C'est à son bureau que le maire a été pris
d'un malaise") and a scene in the imperfect cut by an act ("Le chanteur interprétait son
titre lorsqu'il a annoncé ..."): a happening of the story, an event, not the frame's
state. Not a presentative with an indefinite focus (a commentary), a connective ("C'est
ainsi que ..."), a name listed with a relative of its own after a comma, nor a scene cut
by nothing done. Invented French sentences.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, sentence_of

PUBLISHED = "2023-03-15"
FIRE = "Un incendie a ravagé mardi un entrepôt de la zone portuaire de Sète."
CONCERT = "Le festival de Carhaix s'est ouvert vendredi devant 60 000 spectateurs."

TOLD_IN_CLAUSE = [
    # a cleft naming who did it, opening its paragraph
    (
        f"{FIRE}\n\nC'est la brigade de gendarmerie de Frontignan qui a procédé à "
        "l'interpellation du suspect.",
        "C'est la brigade",
        EVENT,
    ),
    # ... naming where, its "que" after an apposition's comma
    (
        f"{FIRE}\n\nC'est à son bureau, un local qu'il louait près du port, que le directeur "
        "du site a été pris d'un malaise.",
        "C'est à son bureau",
        EVENT,
    ),
    # a scene in the imperfect cut by an act
    (
        f"{CONCERT}\n\nAu même moment à Brest, le chanteur interprétait son dernier titre au "
        "stade lorsqu'il a annoncé au public la fin de sa tournée.",
        "le chanteur interprétait",
        EVENT,
    ),
    # ... its scene lasting since a length of time
    (
        f"{CONCERT}\n\nA Brest, le chanteur jouait depuis une heure au stade lorsqu'il a quitté "
        "la scène sans un mot.",
        "le chanteur jouait",
        EVENT,
    ),
]

FRAMES_ONLY = [
    # a presentative with an indefinite focus: a commentary
    (
        f"{FIRE}\n\nC'est une nouvelle qui a fait l'effet d'une bombe dans le quartier.",
        "C'est une nouvelle",
    ),
    # a connective, no focus
    (
        f"{FIRE}\n\nC'est ainsi que les riverains ont appris la fermeture du port.",
        "C'est ainsi que",
    ),
    # names listed, each with a relative of its own after a comma
    (
        f"{FIRE}\n\nCe sont Paul Durand (Sète Logistique), qui a reçu une indemnité, et Anne "
        "Roux (Port Sud), qui a reçu la même.",
        "Ce sont Paul Durand",
    ),
    # a scene cut by nothing done
    (
        f"{CONCERT}\n\nLe chanteur était très ému lorsqu'il évoquait sa mère.",
        "Le chanteur était très ému",
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), TOLD_IN_CLAUSE)
def test_an_act_told_in_a_clause_is_an_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


@pytest.mark.parametrize(("body", "words"), FRAMES_ONLY)
def test_a_frame_with_no_act_of_its_clause_is_no_event(body, words):
    assert sentence_of(body, PUBLISHED, words).role != "event"
