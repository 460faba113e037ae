"""An act announced for the day (issue 9, kinds of sentence): the present of "devoir" before
an infinitive, by nobody quoted, affirmative and with no date, after what its paragraph told
of the day ("Le ministre arrive à Brest. Le ministre doit ensuite visiter le port"), its
subject definite (a definite or possessive determiner, a name), is the next act the day's
narration leads to: an event of the publication day, not a rule nor a forecast. Not when its
subject is counted or indefinite (a requirement: "Douze jurés doivent se prononcer"), when it
is negated (what must not be done), when a personal pronoun opens it (the one just named:
no event, as before), nor when it opens its paragraph (a requirement stated under a
subheading). Invented French sentences, each beside a twin that differs by one of these.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, sentence_of

from timeline.events import kinds

PUBLISHED = "2012-10-08"
ARRIVES = "La ministre de la Santé arrive à Brest en fin de matinée. "
PARADE = "Les rugbymen ont défilé lundi dans les rues de Toulouse devant une foule immense. "

ROWS = [
    # the next act the narration of the day announces: an event of its own
    (
        ARRIVES + "La ministre doit visiter l'hôpital militaire en compagnie du maire.",
        "visiter",
        EVENT,
    ),
    (PARADE + "Les joueurs doivent ensuite être reçus à la mairie par le maire.", "reçus", EVENT),
    (ARRIVES + "Sa délégation doit rencontrer les syndicats du port.", "rencontrer", EVENT),
    # ... its subject counted: who the act requires, a requirement
    (PARADE + "Quinze joueurs doivent ensuite être reçus à la mairie.", "reçus", NO_EVENT),
    # ... what must not be done
    (ARRIVES + "La ministre ne doit pas visiter l'hôpital militaire.", "visiter", NO_EVENT),
    # ... the one just named, by a pronoun: as before, no event (its headline would point
    # back to nobody named)
    (ARRIVES + "Elle doit visiter l'hôpital militaire en compagnie du maire.", "visiter", NO_EVENT),
    # ... opening its paragraph: a requirement stated for itself
    ("La ministre doit visiter l'hôpital militaire en compagnie du maire.", "visiter", NO_EVENT),
    # ... a date of its own: a schedule, as before (not this rule's)
    (
        ARRIVES + "La ministre doit visiter mardi l'hôpital militaire.",
        "visiter",
        NO_EVENT | EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_an_act_announced_for_the_day(body, words, roles):
    sentence = sentence_of(body, PUBLISHED, words)
    assert sentence.role in roles


@pytest.mark.parametrize(
    ("body", "words", "announced"),
    [
        (ARRIVES + "La ministre doit visiter l'hôpital militaire.", "visiter", True),
        (ARRIVES + "Quinze ministres doivent visiter l'hôpital militaire.", "visiter", False),
        (ARRIVES + "Elle doit visiter l'hôpital militaire.", "visiter", False),
        (ARRIVES + "La ministre ne doit pas visiter l'hôpital militaire.", "visiter", False),
        (ARRIVES + "La ministre devait visiter l'hôpital militaire.", "visiter", False),
    ],
)
def test_the_announced_act_rule_reads_the_clause(body, words, announced):
    sentence = sentence_of(body, PUBLISHED, words)
    tense = sentence.content_tense or sentence.tense
    assert kinds.is_act_announced(sentence, tense) is announced


def test_the_announced_act_is_dated_the_day_of_the_article():
    sentence = sentence_of(
        ARRIVES + "La ministre doit visiter l'hôpital militaire.", PUBLISHED, "visiter"
    )
    assert sentence.kind == kinds.HAPPENING
    assert sentence.date is not None
    assert sentence.date.start == PUBLISHED
