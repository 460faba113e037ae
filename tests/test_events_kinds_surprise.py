"""Whether what happened surprised anyone (issue 9, comments published as events): the
article's word on what it told, in any tense, by nobody quoted. Invented French; the last
rows are the twins that tell the story (the same said by someone; the act itself): they hold
with or without the rule.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2019-06-14"

ROWS = [
    (
        "Le gouvernement a nommé jeudi un nouveau préfet. La nomination de cet ancien policier "
        "n'a pas créé de surprise.",
        "surprise",
        NO_EVENT,
    ),
    (
        "Le gouvernement a nommé jeudi un nouveau préfet. Ce choix n'a surpris personne à Vierzon.",
        "surpris personne",
        NO_EVENT,
    ),
    # ... said by someone: the speaker's statement
    (
        "Le gouvernement a nommé jeudi un nouveau préfet. « Ce choix n'a surpris personne », "
        "a commenté jeudi le maire.",
        "surpris personne",
        TOLD,
    ),
    # ... the act itself: news
    (
        "La nomination du nouveau préfet, qui a dirigé la police pendant dix ans, a été "
        "décidée jeudi en conseil des ministres.",
        "décidée jeudi",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_whether_it_surprised_anyone_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
