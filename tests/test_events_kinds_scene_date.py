"""A date alone as a sentence opening its paragraph, a month or more before publication
("Août 2003."): the rest of the paragraph, told in the present or a past tense with no date
of its own, tells that past (``kinds.sets_the_time``): context, no event. After a date of
the last days, the same sentences are news. Invented French sentences.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2023-07-10"
LEAD = "Le ministre de la Santé a inauguré lundi à Paris un mémorial aux victimes de la canicule."
SCENE = (
    "Août 2003. Le gouvernement déclenche le plan blanc dans les hôpitaux de Paris. Des "
    "milliers de personnes âgées meurent seules chez elles."
)
PAST = "Août 2003. Le gouvernement a déclenché le plan blanc dans les hôpitaux de Paris."

ROWS = [
    (LEAD + "\n\n" + SCENE, "déclenche le plan blanc", NO_EVENT),
    (LEAD + "\n\n" + PAST, "a déclenché le plan blanc", NO_EVENT),
    # ... the same sentences after a date of the last days: news
    (
        LEAD + "\n\n" + SCENE.replace("Août 2003.", "Samedi 8 juillet."),
        "déclenche le plan blanc",
        TOLD,
    ),
    (
        LEAD + "\n\n" + PAST.replace("Août 2003.", "Samedi 8 juillet."),
        "a déclenché le plan blanc",
        TOLD,
    ),
    # ... the next paragraph is the story's again
    (
        LEAD + "\n\n" + SCENE + "\n\nLe mémorial accueille les visiteurs depuis mardi matin.",
        "Le mémorial accueille",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_a_date_alone_sets_the_time_of_its_paragraph(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
