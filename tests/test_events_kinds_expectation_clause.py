"""What is awaited, read in the sentence's main clause (``kinds.is_expectation``,
``trailing_contrast_clause``): a cue of expectation in a trailing clause of contrast ("...,
alors qu'une forte dégradation de la météo est attendue", dev29's K2; "..., tandis qu'une
cellule de crise a été mise en place à l'aéroport, où Nicolas Sarkozy était attendu peu
avant 17h", dev7) sets the scene of what the main clause tells: a speaker's judgement, an
act, not a forecast set aside. Invented French; the twin: the cue in the main clause, a
contrast after it.

Each row: (body, publication day, words of the sentence, roles it may have, kind or None)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

ROWS = [
    (
        "L'Espagne a proposé lundi d'accueillir le navire. Selon le capitaine, un tel voyage ne "
        "serait envisageable qu'avec peu de passagers, alors qu'une forte dégradation de la "
        "météo est attendue dans les prochains jours.",
        "2018-06-11",
        "envisageable",
        TOLD,
        "statement",
    ),
    (
        "Le club a battu Lens samedi. Selon l'entraîneur, l'équipe manquerait de profondeur, "
        "tandis qu'un retour du capitaine est attendu.",
        "2024-03-10",
        "profondeur",
        TOLD,
        "statement",
    ),
    (
        "Un avion a disparu lundi au-dessus de l'Atlantique. Les secours concentraient leurs "
        "recherches au large du Cap-Vert, tandis qu'une cellule de crise a été ouverte à "
        "l'aéroport, où le ministre était attendu peu avant 17h.",
        "2009-06-01",
        "concentraient",
        TOLD,
        None,
    ),
    # twin: the cue in the main clause, a contrast after it
    (
        "Le fleuve a débordé lundi. De fortes pluies sont attendues, alors que les sols sont "
        "saturés.",
        "2024-03-11",
        "pluies",
        NO_EVENT,
        None,
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "roles", "kind"), ROWS)
def test_an_expectation_is_read_in_its_main_clause(body, published, words, roles, kind):
    sentence = sentence_of(body, published, words)
    assert sentence.role in roles, (sentence.role, sentence.kind)
    if kind is not None:
        assert sentence.kind == kind
