"""spaCy's word embeddings, memoised per word (``timeline.events.embeddings``), are the bits
the plain layer computes, whether a word is met for the first time, met again, or the memo
is full and starts again; and both networks of the pipeline that embed words are memoised."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest

from timeline.articles import load_articles
from timeline.events import embeddings
from timeline.events.nlp import get_nlp
from timeline.events.sentences import normalize

ROOT = Path(__file__).resolve().parent.parent
#: real articles of other outlets and topics, plus the tokens whose norm is not their form
TEXTS = [
    "« Tout n’est pas parfait », a répliqué Pogačar, inquiet du sort de João Almeida.",
    "M. Poutine l'a dit aujourd'hui  à Moscou\u00a0: les frappes continueront.",
]


def _paragraphs() -> list[str]:
    articles = load_articles(ROOT / "tests/data/realnews/dev")[:3]
    found = [normalize(a.text[s:e]) for a in articles for s, e in a.paragraphs()]
    return found + TEXTS


def _memoised(pipe: str):
    model = get_nlp().get_pipe(pipe).model
    return next(node for node in model.walk() if node.name.startswith("memoised("))


@pytest.mark.parametrize("pipe", ["tok2vec", "ner"])
def test_memoised_embeddings_are_the_plain_layers_bits(pipe):
    nlp = get_nlp()
    docs = [nlp.make_doc(text) for text in _paragraphs()]
    layer = _memoised(pipe)
    plain = layer.layers[0].predict(docs)
    embeddings.clear()
    first = layer.predict(docs[: len(docs) // 2])  # every word new
    again = layer.predict(docs)  # half of them met before
    assert len(first) == len(docs) // 2 and len(again) == len(plain)
    for got in (first, again):
        for mine, theirs in zip(got, plain, strict=False):
            assert mine.dtype == theirs.dtype
            assert numpy.array_equal(mine, theirs)


@pytest.mark.parametrize("pipe", ["tok2vec", "ner"])
def test_a_full_memo_starts_again_with_the_same_bits(pipe, monkeypatch):
    monkeypatch.setattr(embeddings, "LIMIT", 150)  # a few paragraphs fill it
    nlp = get_nlp()
    docs = [nlp.make_doc(text) for text in _paragraphs()]
    layer = _memoised(pipe)
    embeddings.clear()
    for doc in docs + docs:
        got = layer.predict([doc])[0]
        assert numpy.array_equal(got, layer.layers[0].predict([doc])[0])
        assert 0 < len(layer.attrs["memo"].index) <= 150


def test_both_networks_that_embed_words_are_memoised():
    nlp = get_nlp()
    memoised = {
        name
        for name, component in nlp.pipeline
        if getattr(component, "model", None) is not None
        and any(node.name.startswith("memoised(") for node in component.model.walk())
    }
    assert memoised == {"tok2vec", "ner"}


def test_analysis_is_unchanged_by_what_the_memo_holds():
    nlp = get_nlp()
    texts = _paragraphs()

    def analysis() -> list[tuple]:
        return [
            (
                [(e.start, e.end, e.label_) for e in doc.ents],
                [str(t.morph) for t in doc],
                doc.tensor.tobytes(),
            )
            for doc in nlp.pipe(texts, disable=["parser", "lemmatizer", "attribute_ruler"])
        ]

    embeddings.clear()
    cold = analysis()
    assert analysis() == cold  # every word met before


def test_threads_sharing_the_memo_get_the_plain_bits():
    from concurrent.futures import ThreadPoolExecutor

    nlp = get_nlp()
    docs = [nlp.make_doc(text) for text in _paragraphs()]
    layer = _memoised("tok2vec")
    plain = layer.layers[0].predict(docs)
    embeddings.clear()
    with ThreadPoolExecutor(4) as pool:  # each thread meets new words, some of the same
        done = list(pool.map(lambda k: layer.predict(docs[k::4]), range(4)))
    for k, got in enumerate(done):
        for mine, theirs in zip(got, plain[k::4], strict=True):
            assert numpy.array_equal(mine, theirs)
