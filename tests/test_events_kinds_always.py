"""What someone has always done is a state of their past, not a happening (issue 9,
background published): "a toujours nié", "avait toujours refusé", "ont toujours contesté"
tell an aspect of always over the whole past, the counterpart of "n'a jamais" (a history,
``history_cues``), and no act of the story's days. Invented French of several topics (a
trial, a firm, a club, a town hall); the last rows keep the other reading: "toujours pas" (not
yet, told of the day's state), "il y a toujours" (still), and the act of the day told beside.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2021-02-09"

ALWAYS = [
    (
        "Le procès de l'ancien maire de Lunel s'est ouvert lundi à Montpellier. L'ancien élu a "
        "toujours nié avoir touché la moindre commission.",
        "a toujours nié",
        NO_EVENT,
    ),
    (
        "Le groupe Textil a annoncé lundi la fermeture de son usine de Roanne. La direction "
        "avait toujours démenti tout projet de fermeture.",
        "avait toujours démenti",
        NO_EVENT,
    ),
    (
        "Le club de Rodez a limogé mardi son entraîneur. Les supporters ont toujours contesté "
        "ses choix tactiques.",
        "ont toujours contesté",
        NO_EVENT,
    ),
    # ... not yet, or still: the day's state; the act of the day
    (
        "Le préfet a ordonné lundi l'évacuation du camp. Les occupants n'ont toujours pas "
        "quitté les lieux mardi soir.",
        "n'ont toujours pas quitté",
        TOLD,
    ),
    (
        "Le club de Rodez a limogé mardi son entraîneur. Le président a toujours confiance "
        "dans le groupe, a-t-il déclaré mardi.",
        "a toujours confiance",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ALWAYS)
def test_what_was_always_done_is_no_happening(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
