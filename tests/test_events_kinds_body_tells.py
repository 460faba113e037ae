"""A paragraph opening in the present on what a body or a person named says, asks or
finds (``kinds.body_tells``, read by ``extract._classify``): "La préfecture demande aux
habitants de ...", "Le bilan provisoire fait état de ...", "Le rapport relève ...", "La
compagnie recense ...": a statement of the day it is told, an event, not a description.
Not what is said with a reporting clause ("rappelle qu'en l'absence de ...": left to the
kinds' reading of statements), nor a description in the present by nobody who says
anything. Invented French sentences.

Each row: (body, words of the sentence)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, sentence_of

PUBLISHED = "2023-03-15"
FIRE = "Un incendie a ravagé mardi un entrepôt de la zone portuaire de Sète."
FLOOD = "La Garonne est sortie de son lit lundi à Toulouse."

SAID_THAT_DAY = [
    # a body asks the public to do something
    (
        f"{FIRE}\n\nLa préfecture de l'Hérault demande aux riverains de fermer leurs fenêtres "
        "et d'éviter le secteur.",
        "La préfecture de l'Hérault demande",
    ),
    # a toll given, with its source after it
    (
        f"{FIRE}\n\nLe bilan provisoire fait état de trois blessés légers, selon les pompiers.",
        "Le bilan provisoire fait état",
    ),
    # a report's findings
    (
        f"{FLOOD}\n\nL'enquête administrative relève plusieurs manquements de l'exploitant "
        "des digues.",
        "L'enquête administrative relève",
    ),
    # a count a body gives
    (
        f"{FLOOD}\n\nParmi les sinistrés, la mairie signale quarante familles sans logement.",
        "la mairie signale",
    ),
]

NOT_SAID = [
    # said with a reporting clause: not this rule's
    (
        f"{FIRE}\n\nSur son site, la société rappelle qu'en l'absence de sinistre déclaré, le "
        "contrat est reconduit.",
        "la société rappelle",
    ),
    # a description in the present, nobody saying anything
    (
        f"{FIRE}\n\nL'entrepôt abrite des engrais et des produits d'entretien.",
        "L'entrepôt abrite",
    ),
]


@pytest.mark.parametrize(("body", "words"), SAID_THAT_DAY)
def test_what_a_body_says_or_finds_in_the_present_is_an_event(body, words):
    assert sentence_of(body, PUBLISHED, words).role in EVENT


@pytest.mark.parametrize(("body", "words"), NOT_SAID)
def test_a_reminder_or_a_description_is_no_event(body, words):
    assert sentence_of(body, PUBLISHED, words).role not in EVENT
