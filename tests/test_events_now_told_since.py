"""What a report of the day after tells after it came to its own day (issue 9): in an
article of the morning after its story's day, what it tells in the past naming no day is of
that day (``extract._told_the_day_after``), until a sentence in the writer's own voice tells
where things stand on the day of writing ("Le bilan s'établit pour l'instant à 154 morts");
what comes after that is of the day of writing (dev27's national mourning announced after
the crush of the evening before). Invented French news, with spaCy's French parser; the
first table fails without the rule, the second passes with and without it.

Each row: (body, publication day, words of the sentence, the day it is dated)."""

from __future__ import annotations

import pytest
from essai_article import sentence_of

LEAD = (
    "Deux Belges comptent parmi les victimes de l'effondrement du pont du soir du 12 mars à "
    "Porto Alegre.\n\nDes dizaines de passants sont tombés dans le fleuve. Les secours ont eu "
    "toutes les peines du monde à atteindre les berges.\n\n"
)

ROWS = [
    (
        LEAD + "Le bilan s'établit pour l'instant à 23 morts.\n\n"
        "Le gouverneur a annoncé que la région observerait trois jours de deuil.",
        "2023-03-13",
        "gouverneur",
        "2023-03-13",
    ),
    (
        LEAD + "Le pont est désormais fermé à la circulation.\n\n"
        "Le maire a demandé une expertise de tous les ouvrages de la ville.",
        "2023-03-13",
        "expertise",
        "2023-03-13",
    ),
]

BOUNDS = [
    # no sentence of the day of writing between: the story's day
    (
        LEAD + "Le gouverneur a annoncé que la région observerait trois jours de deuil.",
        "2023-03-13",
        "gouverneur",
        "2023-03-12",
    ),
    # where things stand in someone's words: the speaker's, not the writer's day
    (
        LEAD + "« Il y a eu plusieurs morts, je ne peux pas donner de chiffre pour "
        "l'instant », a déclaré le commandant.\n\n"
        "Le gouverneur a annoncé que la région observerait trois jours de deuil.",
        "2023-03-13",
        "gouverneur",
        "2023-03-12",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), ROWS + BOUNDS)
def test_what_is_told_after_the_day_of_writing_is_of_that_day(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day
