"""The decoded extractions of a build share their repeated strings (``record_strings``):
the same values, one object for each (the build's records held in memory shrink)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from builders import sentence

from timeline import pipeline
from timeline.records import (
    Extraction,
    NerMention,
    NounPhrase,
    ParsedToken,
    Sentence,
    dump,
    load,
)


def _sentence(text: str, verb: str, lemma: str) -> Sentence:
    clause = [
        ParsedToken(0, "Le", " ", "det", "DET", "le", 1),
        ParsedToken(3, "maire", " ", "nsubj", "NOUN", "maire", 2),
        ParsedToken(9, verb, " ", "ROOT", "VERB", lemma, 2),
        ParsedToken(20, "Paris", "", "obl:mod", "PROPN", "Paris", 2),
    ]
    return sentence(
        text,
        tense="passé composé",
        verb=lemma,
        mentions=[NerMention(20, 25, "Paris", "LOC"), NerMention(3, 8, "maire", "PER")],
        words=[(3, "maire"), (9, lemma), (20, "Paris")],
        clause=clause,
        phrases=[NounPhrase(8, "le", "maire", "singular", "masculine", False)],
    )


def _extraction(slug: str, verbs: list[tuple[str, str]]) -> Extraction:
    return Extraction(
        article=slug,
        url=None,
        dct="2015-10-07",
        lang="fr",
        body_start=0,
        timexes=[],
        sentences=[_sentence(f"Le maire {v} Paris", v, lemma) for v, lemma in verbs],
        candidates=[],
    )


ARTICLES = [
    _extraction("a", [("inaugure", "inaugurer"), ("visite", "visiter")]),
    _extraction("b", [("visite", "visiter"), ("quitte", "quitter")]),
]


def _decoded() -> list[Extraction]:
    """The articles' stored forms (as a cache row gives them) decoded as a build does."""
    strings: dict[str, str] = {}
    texts = [json.dumps(dump(x), ensure_ascii=False) for x in ARTICLES]
    return [pipeline._decoded({}, "v", strings, json.loads(text)) for text in texts]


def _tokens(x: Extraction) -> Iterator[ParsedToken]:
    return (t for s in x.sentences for t in s.clause or ())


def _phrases(x: Extraction) -> Iterator[NounPhrase]:
    return (p for s in x.sentences for p in s.phrases or ())


def _mentions(x: Extraction) -> Iterator[NerMention]:
    return (m for s in x.sentences for m in s.mentions)


Values = Callable[[Extraction], Iterator[Any]]
FIELDS: list[tuple[str, Values]] = [
    ("token text", lambda x: (t.text for t in _tokens(x))),
    ("token dependency", lambda x: (t.dep for t in _tokens(x))),
    ("token part of speech", lambda x: (t.pos for t in _tokens(x))),
    ("token lemma", lambda x: (t.lemma for t in _tokens(x))),
    ("content word's lemma", lambda x: (w for s in x.sentences for _, w in s.words)),
    ("phrase's determiner", lambda x: (p.determiner for p in _phrases(x))),
    ("phrase's words", lambda x: (p.words for p in _phrases(x))),
    ("phrase's number", lambda x: (p.number for p in _phrases(x))),
    ("phrase's gender", lambda x: (p.gender for p in _phrases(x))),
    ("name's text", lambda x: (m.text for m in _mentions(x))),
    ("name's label", lambda x: (m.label for m in _mentions(x))),
]


@pytest.mark.parametrize(("field", "values"), FIELDS, ids=[f for f, _ in FIELDS])
def test_equal_strings_are_one_object(field: str, values: Values):
    """Across the sentences and the articles of a build, the equal values of each field
    (and of the fields with the same words: "maire" a token's text, lemma, a phrase's
    words and a name's text) are one string."""
    found: dict[str, set[int]] = {}
    for record in _decoded():
        for value in values(record):
            found.setdefault(value, set()).add(id(value))
    assert any(len(value) > 1 for value in found)  # strings not cached by Python anyway
    assert {v: len(ids) for v, ids in found.items()} == {v: 1 for v in found}


def test_the_records_are_those_decoded_alone():
    """The same records as each payload decoded by itself, field for field, and the
    article's reads found as before."""
    decoded = _decoded()
    assert decoded == ARTICLES
    for record, alone in zip(decoded, ARTICLES, strict=True):
        assert dataclasses.astuple(record) == dataclasses.astuple(alone)
        assert load(Extraction, json.loads(json.dumps(dump(record)))) == alone
    maire = {id(w) for x in decoded for s in x.sentences for _, w in s.words if w == "maire"}
    maire |= {id(t.text) for x in decoded for t in _tokens(x) if t.text == "maire"}
    assert len(maire) == 1
