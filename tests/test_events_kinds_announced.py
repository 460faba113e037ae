"""An act announced for the day (issue 9, kinds of sentence): the present of "devoir" before
an infinitive, by nobody quoted, affirmative and with no date, after what its paragraph told
of the day ("Le ministre arrive à Brest. Le ministre doit ensuite visiter le port"), its
subject definite (a definite or possessive determiner, a name), is the next act the day's
narration leads to: an event of the publication day, not a rule nor a forecast. Not after a
description or a judgement ("La grande surprise est le retour de X. Le président du parti
doit retrouver son poste": no day narrated, the article's forecast). Not when its
subject is counted or indefinite (a requirement: "Douze jurés doivent se prononcer"), when it
is negated (what must not be done), when a personal pronoun opens it (the one just named:
no event, as before), nor when it opens its paragraph (a requirement stated under a
subheading). Invented French sentences, each beside a twin that differs by one of these.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, extraction_of, sentence_of

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
    # ... after a description or a judgement, not the narration of a day: the article's
    # forecast of what is to come
    (
        "La grande surprise est le retour de la ministre à Brest. "
        "La ministre doit visiter l'hôpital militaire en compagnie du maire.",
        "visiter",
        NO_EVENT,
    ),
    (
        "Le port de Brest est le premier port militaire du pays. "
        "Sa délégation doit rencontrer les syndicats du port.",
        "rencontrer",
        NO_EVENT,
    ),
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


@pytest.mark.parametrize(
    ("before", "announced"),
    [
        ("La ministre de la Santé arrive à Brest en fin de matinée.", True),
        ("Les rugbymen ont défilé lundi dans les rues de Brest.", True),
        ("La grande surprise est le retour de la ministre à Brest.", False),
        ("La ministre était en visite à Brest.", False),
    ],
)
def test_the_announced_act_follows_a_narration_not_a_description(before, announced):
    """The sentence before it in its paragraph (``before``) narrates the day: an act, not
    "être" and what something is, nor the imperfect of how things were."""
    body = before + " La ministre doit visiter l'hôpital militaire."
    extraction = extraction_of(body, PUBLISHED)
    first, sentence = extraction.sentences[:2]
    tense = sentence.content_tense or sentence.tense
    assert kinds.is_act_announced(sentence, tense, first) is announced
    assert kinds.is_act_announced(sentence, tense) is True  # without it: the clause alone


def test_the_announced_act_is_dated_the_day_of_the_article():
    sentence = sentence_of(
        ARRIVES + "La ministre doit visiter l'hôpital militaire.", PUBLISHED, "visiter"
    )
    assert sentence.kind == kinds.HAPPENING
    assert sentence.date is not None
    assert sentence.date.start == PUBLISHED
