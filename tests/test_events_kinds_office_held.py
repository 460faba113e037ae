"""The office someone held then, told with "être" in the imperfect by nobody quoted (issue 9,
background published): a career's state, not what happened. Invented French; the last rows
are the twins that tell the story (an office taken; the same said by someone): they hold with
or without the rule.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2019-06-14"

ROWS = [
    (
        "Le bureau du parti s'est réuni jeudi soir à Lyon. Installé dans le bureau voisin de "
        "celui du maire, ce dernier était aussi président du conseil régional.",
        "était aussi président",
        NO_EVENT,
    ),
    (
        "Le bureau du parti s'est réuni jeudi soir à Lyon. Il était alors le directeur de "
        "campagne du candidat.",
        "directeur de campagne",
        NO_EVENT,
    ),
    # ... an office taken: news
    (
        "Le bureau du parti s'est réuni jeudi soir à Lyon. Il a été nommé président du conseil "
        "régional.",
        "nommé président",
        TOLD,
    ),
    # ... said by someone: the speaker's words
    (
        "Le bureau du parti s'est réuni jeudi soir à Lyon. « J'étais aussi président du "
        "conseil régional », a rappelé jeudi l'élu.",
        "président du conseil",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_the_office_held_then_is_background(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
