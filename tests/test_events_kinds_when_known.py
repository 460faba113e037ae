"""When something will be known (issue 9, forecasts published as events): told in the future
or the conditional by nobody quoted, a forecast of what will be learnt, no act of the day it
names. Invented French; the last rows are the twins that tell the story (the same said by
someone: that someone's statement; an act scheduled for a day): they hold with or without the
rule.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2019-06-14"

ROWS = [
    (
        "Le maire de Vierzon a démissionné jeudi. Le nom de son successeur devrait être connu "
        "lundi.",
        "devrait être connu",
        NO_EVENT,
    ),
    (
        "Le maire de Vierzon a démissionné jeudi. Le nom de son successeur sera connu lundi.",
        "sera connu",
        NO_EVENT,
    ),
    # ... said by someone: the speaker's statement
    (
        "Le maire de Vierzon a démissionné jeudi. « Le nom de son successeur sera connu "
        "lundi », a précisé vendredi le préfet.",
        "sera connu",
        TOLD,
    ),
    # ... an act scheduled for a day: news
    (
        "Le maire de Vierzon a démissionné jeudi. Le conseil municipal élira son successeur lundi.",
        "élira son successeur",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_when_something_will_be_known_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
