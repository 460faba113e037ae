"""A quantifier floating between "être" and the participle of a verb conjugated with it
("Les migrants sont tous arrivés en Espagne", dev29's K1; the tagger reads "tous" as an
adjective): the compound past of that verb, a happening told done, not a present state with
"être" as its copula (``floating_quantifiers``, read by ``features._participle``,
``features.predicate_of`` and ``features.main_verb_lemma``). The sentence was read in the
present, its verb "être". Invented French; the twin: "tous" before an
adjective, a state.

Each row: (body, words of the sentence, tense, verb)."""

from __future__ import annotations

import pytest
from essai_article import sentence_of

PUBLISHED = "2018-06-17"

ROWS = [
    ("Les migrants sont tous arrivés dimanche en Espagne.", "arrivés", "past", "arriver"),
    # twin: a state
    ("Les blessés sont tous conscients.", "conscients", "present", "être"),
]


@pytest.mark.parametrize(("body", "words", "tense", "verb"), ROWS)
def test_a_floating_quantifier_leaves_the_compound_past(body, words, tense, verb):
    sentence = sentence_of(body, PUBLISHED, words)
    assert (sentence.tense, sentence.verb) == (tense, verb)
