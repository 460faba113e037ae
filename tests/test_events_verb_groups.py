"""A sentence's finite verbs and its main clause's verbs (``features._verb_groups``), read in
one walk of its tokens and once for a list of the same tokens of the same Doc: the tense, the
action, the predicate and the second person of a sentence read them from the same tokens.
Invented French; each row: the sentence, its finite verbs, its main clause's verbs."""

from __future__ import annotations

import pytest

from timeline.events import features
from timeline.events.nlp import get_nlp

VERB_GROUPS = [
    ("Les pompiers ont maîtrisé l'incendie mardi.", ["ont"], ["ont"]),
    # a relative clause's verb is not the main clause's
    ("Le maire, qui était absent, a démissionné.", ["était", "a"], ["a"]),
    # nor that of a clause opened by a conjunction; a comma ends it
    ("Quand la digue a cédé, les habitants ont fui.", ["a", "ont"], ["ont"]),
    # a completive opened by "que": its verb is not the main clause's
    ("Le ministre a annoncé que la réforme serait retirée.", ["a", "serait"], ["a"]),
    # no finite verb
    ("Une journée de grève dans les transports.", [], []),
]


def _words(tokens, indexes):
    return [tokens[i].text for i in indexes]


@pytest.mark.parametrize(("text", "finite", "main"), VERB_GROUPS)
def test_verb_groups(text, finite, main):
    tokens = list(get_nlp()(text))
    found_finite, found_main = features._verb_groups(tokens)
    assert _words(tokens, found_finite) == finite
    assert _words(tokens, found_main) == main


def test_the_same_tokens_are_read_once():
    doc = get_nlp()("Le maire, qui était absent, a démissionné.")
    first = features._verb_groups(list(doc))
    assert features._verb_groups(list(doc)) is first  # a new list of the same tokens
    # another list of the same Doc is read anew: the clause after the comma
    after = features._verb_groups(list(doc[6:]))
    assert after is not first
    assert _words(list(doc[6:]), after[1]) == ["a"]


def test_two_docs_with_the_same_indexes_are_read_apart():
    """The memo's key holds the Doc: the same token indexes of another sentence are that
    sentence's verbs."""
    one = list(get_nlp()("Les pompiers ont maîtrisé le feu."))
    other = list(get_nlp()("Quand la digue céda, ils fuirent."))
    assert _words(one, features._verb_groups(one)[0]) == ["ont"]
    assert features._verb_groups(other) != features._verb_groups(one)
    assert features._verb_groups(one[:4]) != features._verb_groups(other[:4])
