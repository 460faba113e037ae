"""Days inside a clause of the sentence that do or do not date it (issue 9, dev27's misses):
an infinitive after "et" that goes on with one before a relative clause is out of that
relative ("a confirmé avoir quitté la résidence où il était assigné et avoir rejoint
Beyrouth dans la nuit de dimanche à lundi": the night dates the flight); a time inside the
present infinitive a gerund governs is what the act says is to come, not when it was done
("..., ajoute-t-il, en promettant de parler aux médias dès la semaine prochaine": said on
its narration's day). Invented French news, with spaCy's French parser; the first table
fails without the rules, the second passes with and without them.

Each row: (body, publication day, words of the sentence, the day it is dated)."""

from __future__ import annotations

import pytest
from essai_article import told_with

ROWS = [
    (
        "Dans un bref communiqué, le navigateur Yann Le Goff a confirmé avoir quitté la "
        "résidence de Nouméa où il était assigné et avoir rejoint Sydney dans la nuit de "
        "samedi à dimanche.",
        "2024-09-17",
        "rejoint Sydney",
        "2024-09-14",
    ),
    (
        "Le navigateur Yann Le Goff a publié mardi un communiqué. « Je n'ai pas fui, je me "
        "suis libéré », ajoute-t-il, en promettant de parler aux médias dès la semaine "
        "prochaine.",
        "2024-09-17",
        "libéré",
        "2024-09-17",
    ),
]

BOUNDS = [
    # the infinitives after "et" go on with one inside the relative: its day stays the
    # relative's (the day of writing dates the sentence)
    (
        "Les pompiers ont évacué l'immeuble où les habitants voulaient rester et attendre les "
        "secours dans la nuit de samedi à dimanche.",
        "2024-09-17",
        "évacué",
        "2024-09-17",
    ),
    # a past infinitive under the gerund tells what was done: its day dates the act
    (
        "Le navigateur Yann Le Goff a publié mardi un communiqué. « Je n'ai pas fui, je me "
        "suis libéré », ajoute-t-il, en affirmant avoir quitté Nouméa samedi.",
        "2024-09-17",
        "libéré",
        "2024-09-14",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), ROWS + BOUNDS)
def test_a_day_in_a_clause_dates_the_sentence_or_not(
    body: str, published: str, words: str, day: str
) -> None:
    sentence, event = told_with(body, published, words)
    assert event.date is not None
    assert event.date.start == day
