"""How a time to come looks (issue 9, kinds of sentence): "s'annoncer" ("L'opération
s'annonce délicate") and a pronoun's "promettre" ("Cela promet une journée difficile"),
told in no past tense by nobody quoted, day named or not (``outlook_cues``), are a
forecast, no event; a person's promise and a speaker's words are still told. Invented
French sentences.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2024-02-10"
HUNT = "Les gendarmes ont encerclé samedi le bois où s'est réfugié le fugitif. "
SNOW = "La neige a paralysé samedi le trafic ferroviaire dans tout le nord du pays. "

ROWS = [
    (
        HUNT + "L'opération s'annonce extrêmement délicate pour les enquêteurs.",
        "délicate",
        NO_EVENT,
    ),
    (
        SNOW + "Cela promet une situation très compliquée dimanche matin dans les gares.",
        "compliquée",
        NO_EVENT,
    ),
    (SNOW + "La journée de dimanche s'annonce tout aussi difficile.", "tout aussi", NO_EVENT),
    # ... a person's promise, a speaker's words: told
    (SNOW + "Le ministre des Transports promet une indemnisation aux voyageurs.", "promet", TOLD),
    (
        SNOW + "« La journée de dimanche s'annonce difficile », a prévenu samedi le ministre.",
        "a prévenu",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_how_a_time_to_come_looks_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
