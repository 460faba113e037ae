"""A paragraph opening on the compound past of a verb that takes "être" and has no passive,
with a time of its own ("La cabine est tombée vers 11H00", "le vote est intervenu vers
17h00"; ``kinds.etre_compound_past``, ``etre_compound_past``), which the tagger reads as a
present (a participle made an adjective, a noun or a passive): a happening of its own, an
event, not a description that is nobody's source. The twins are left as they were: a state
told of nothing ("Le projet est mort."), and such a past with no time of its own ("Deux
passagers sont morts peu après l'accident"), which the narration dates.
Invented French sentences.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, TOLD, sentence_of

PUBLISHED = "2023-03-15"
CRASH = "Un car s'est renversé mardi sur l'autoroute A7 près de Valence."
LIFT = "Un téléphérique s'est décroché mardi près de Chamonix."
VOTE = "Les députés ont adopté mardi la réforme des retraites."

HAPPENED = [
    (
        f"{LIFT}\n\nLa cabine est tombée vers 11H00, à deux cents mètres de la gare du haut.",
        "La cabine est tombée",
    ),
    (
        f"{VOTE}\n\nPrécédé d'un bref débat, le vote est intervenu vers 17h00 dans un "
        "hémicycle bien rempli.",
        "le vote est intervenu",
    ),
    (
        f"{CRASH}\n\nLe chauffeur du car est mort mardi soir à l'hôpital de Valence.",
        "Le chauffeur du car est mort",
    ),
]

LEFT = [
    # a state, told of nothing
    (f"{CRASH}\n\nLe projet de ligne directe est mort.", "Le projet de ligne directe", NO_EVENT),
    # ... such a past with no time of its own: left to the narration that dates it
    (
        f"{CRASH}\n\nDeux passagers sont morts peu après l'accident : un retraité et sa fille.",
        "Deux passagers sont morts",
        NO_EVENT | TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words"), HAPPENED)
def test_a_dated_compound_past_with_etre_opening_a_paragraph_is_an_event(body, words):
    assert sentence_of(body, PUBLISHED, words).role in EVENT


@pytest.mark.parametrize(("body", "words", "roles"), LEFT)
def test_a_state_or_an_undated_past_is_left_as_it_was(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
