"""A promise told in a reporting clause after what is promised ("La police fera tout pour
qu'un tel drame ne se reproduise pas, a-t-il promis", "..., a promis mardi le ministre"):
the speaker's statement, part of the story, not a forecast set aside (issue 9's other side:
gold reports not published; dev27's K1, and the same clause on dev4 and dev19). Invented
French; the last rows are the twins (the future told by nobody: no event; the promise told
before "que", read as it was: the act of promising, ``trailing_reporting_participles``).

Each row: (body, words of the sentence, kind, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2023-05-02"

ROWS = [
    (
        "Le commandant de la gendarmerie a reconnu mardi des erreurs. « Je ressens une lourde "
        "responsabilité », a dit Paul Vidal. La gendarmerie fera tout pour qu'un tel drame ne "
        "se reproduise pas, a-t-il promis.",
        "fera tout",
        "statement",
        TOLD,
    ),
    (
        "L'Etat va effectuer un audit des logements insalubres à Marseille, a promis mardi le "
        "ministre du Logement.",
        "audit",
        "statement",
        TOLD,
    ),
    # ... a future told by nobody: what may come, no event
    (
        "Le commandant de la gendarmerie a reconnu mardi des erreurs. La gendarmerie fera tout "
        "pour qu'un tel drame ne se reproduise pas.",
        "fera tout",
        "not-event",
        NO_EVENT,
    ),
    # ... the promise before "que": the act of promising, as it was read
    (
        "Le maire a promis mardi que les travaux seraient terminés avant l'hiver.",
        "travaux",
        "happening",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "kind", "roles"), ROWS)
def test_a_promise_in_a_reporting_clause_is_a_statement(body, words, kind, roles):
    sentence = sentence_of(body, PUBLISHED, words)
    assert (sentence.kind, sentence.role in roles) == (kind, True)
