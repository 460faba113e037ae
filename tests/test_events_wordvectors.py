"""The French model's word vectors read without spaCy (``events.wordvectors``): a word's key
is spaCy's, and a word's vector the model's own."""

from __future__ import annotations

import numpy
import pytest
from spacy.strings import hash_string

from timeline.events import wordvectors
from timeline.events.nlp import get_nlp


@pytest.mark.parametrize(
    "word", ["", "a", "tuer", "effondrer", "démissionner", "déclaré", "abcdefgh", "ÉVACUATION"]
)
def test_a_word_key_is_spacys(word):
    assert wordvectors.key(word) == hash_string(word)


@pytest.mark.parametrize("word", ["notifier", "effondrement", "interpeller", "incendie"])
def test_a_word_vector_is_the_models(word):
    model = get_nlp().vocab[word].vector
    ours = wordvectors.vector(word)
    assert ours is not None
    assert numpy.allclose(ours, model / numpy.linalg.norm(model), atol=1e-6)


def test_a_word_the_model_does_not_know_has_no_vector():
    assert wordvectors.vector("zzqxw") is None
    assert wordvectors.similarity("zzqxw", "tuer") is None
