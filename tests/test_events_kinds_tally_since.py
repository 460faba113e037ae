"""A tally since a time long gone, opening the sentence (issue 9, background published):
"Depuis 2011, six attaques de requins, dont deux mortelles, ont été recensées à La Réunion"
(dev23, a gold context item, published dated by its page) tells a count since then, as when
that time dates the sentence (``kinds.opens_on_since``). Invented French beside twins: a
day named ("Depuis lundi", whose happenings are told), the time inside the sentence.

Each row: (body, published, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

ATTACK = "Un surfeur a été attaqué dimanche par un requin au large de l'île.\n\n"
FIRE = "Un incendie a parcouru jeudi 300 hectares dans le massif.\n\n"

ROWS = [
    (
        ATTACK + "Depuis 2011, six attaques de requins, dont deux mortelles, ont été recensées "
        "sur l'île.",
        "2012-08-06",
        "six attaques",
        NO_EVENT,
    ),
    (
        FIRE + "Depuis janvier, quatorze incendies ont été signalés dans le département.",
        "2019-08-10",
        "quatorze incendies",
        NO_EVENT,
    ),
    # ... twins: a day named, whose happenings are told
    (
        ATTACK + "Depuis lundi, trois requins ont été capturés par les pêcheurs de l'île.",
        "2012-08-08",
        "trois requins",
        TOLD,
    ),
    (
        FIRE + "Quatorze pompiers ont été blessés jeudi dans le massif.",
        "2019-08-10",
        "Quatorze pompiers",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "roles"), ROWS)
def test_a_tally_since_a_time_gone_is_no_event(body, published, words, roles):
    assert sentence_of(body, published, words).role in roles
