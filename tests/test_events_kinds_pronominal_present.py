"""A pronominal verb's present that the tagger reads as an infinitive, the form it expects
after "se" ("Le bilan des inondations s'alourdit", "La situation s'aggrave"): the sentence's
present, a lead's news (issue 9's other side: gold reports not published; dev27's K4, where
the sentence had no tense and was set aside as context). Invented French; the last rows
are the twins (an infinitive after "se" written as one: what may come, no event).

Each row: (body, words of the sentence, tense, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, sentence_of

PUBLISHED = "2022-09-15"

ROWS = [
    (
        "MADRID - Le bilan des inondations de la province de Teruel s'alourdit. La police a "
        "annoncé jeudi que le nombre de morts était passé de 4 à 7.",
        "s'alourdit",
        "present",
        EVENT,
    ),
    (
        "Le bilan de l'incendie de l'usine s'alourdit. Les pompiers ont retrouvé deux corps jeudi.",
        "s'alourdit",
        "present",
        EVENT,
    ),
    # ... the infinitive written as one: what may come
    (
        "Les pompiers ont retrouvé deux corps jeudi. Le bilan risque de s'alourdir encore.",
        "s'alourdir",
        "present",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "tense", "roles"), ROWS)
def test_a_pronominal_present_read_as_an_infinitive_is_the_present(body, words, tense, roles):
    sentence = sentence_of(body, PUBLISHED, words)
    assert (sentence.tense, sentence.role in roles) == (tense, True)
