"""The NLP pipeline runs only what is read: lemmas on demand give what spaCy's lemmatizer
gives to every token."""

from __future__ import annotations

import pytest

from timeline.events.nlp import LEMMATIZER, PARSER, get_nlp, lemma, morph

TEXTS = [
    "Les 14 accusés présents ont eu la parole une dernière fois ce lundi.",
    "Le séisme qui a frappé le Maroc le 8 septembre au soir a fait au moins 820 morts.",
    "« Tout n'est pas parfait », a répliqué Pogačar, inquiet du sort de João Almeida.",
    "Les frappes allaient s'intensifier, a déclaré mercredi M. Poutine à Moscou.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_lemmas_on_demand_are_the_lemmatizers(text):
    nlp = get_nlp()
    full = nlp(text, disable=[PARSER])
    lazy = nlp(text, disable=[PARSER, LEMMATIZER])
    assert [t.text for t in lazy] == [t.text for t in full]
    assert all(t.lemma_ == "" or t.lemma_ == f.lemma_ for t, f in zip(lazy, full, strict=True))
    assert [lemma(t) for t in lazy] == [t.lemma_ for t in full]


@pytest.mark.parametrize("text", TEXTS)
def test_morph_reads_what_spacy_reads(text):
    doc = get_nlp()(text, disable=[PARSER, LEMMATIZER])
    for token in list(doc) + list(doc):  # the second time from what was kept
        for feature in ("VerbForm", "Tense", "Mood", "Voice", "PronType", "Number", "Absent"):
            assert morph(token, feature) == token.morph.get(feature)
