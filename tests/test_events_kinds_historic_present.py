"""The historic present of a biography (issue 9, background published): a day a month or more
before publication told in the present by nobody quoted is no news of the day, and what its
paragraph tells after it with no date goes on telling that past. Invented French; the last
rows are the twins that tell the story (a day of the story's recent past in the present, a
month's figure published after it): they hold with or without the rule.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2019-06-14"

BIOGRAPHY = (
    "Le maire de Vierzon a démissionné jeudi. Il fonde il y a huit mois son propre parti. "
    "C'est comme chef de ce parti qu'il se présente aux municipales du 5 mai. Arrivé "
    "deuxième, il a ensuite rallié la liste du député sortant."
)

ROWS = [
    (BIOGRAPHY, "se présente aux municipales", NO_EVENT),
    # ... what the paragraph tells after it, with no date, goes on telling that past
    (BIOGRAPHY, "rallié la liste", NO_EVENT),
    # ... a day of the story's recent past, in the present of narration: news
    (
        "Le conseil municipal de Vierzon s'est réuni jeudi. Le 3 juin, le préfet nomme un "
        "administrateur provisoire.",
        "nomme un administrateur",
        TOLD,
    ),
    # ... a month's figure, published after it: news
    (
        "Le chômage a reculé en mai, a annoncé jeudi l'institut. La région affichait en mai le "
        "plus bas taux du pays.",
        "plus bas taux",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_a_day_a_month_gone_by_told_in_the_present_is_background(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
