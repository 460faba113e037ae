"""A sentence's Doc made for the parser (``nlp.sentence_doc``): its words, the spaces after
them, its parts of speech, morphology and token vectors are its span's in the paragraph.
Invented French; each row: a paragraph and the first and last token of a span of it (the
span ends before the paragraph's last token, or on it, where no space follows); and the
tokens' offsets read as one array (``nlp.token_starts``)."""

from __future__ import annotations

import pytest

from timeline.events.nlp import ANALYSIS, get_nlp, sentence_doc, token_starts

SPANS = [
    # words glued to an apostrophe, a comma and a full stop: no space after them
    ("L'usine a fermé. Le maire, inquiet, s'est rendu sur place.", 5, 14),
    # two spaces (a token of its own) and a quotation with its no-break spaces
    ("Il a dit :  « Nous\u00a0partirons\u00a0demain ». Puis il est sorti.", 0, 9),
    # the whole paragraph, its last token with no space after it
    ("Les pompiers sont intervenus mardi", 0, 5),
    # a span opening after the paragraph's start, on a token after a hyphen
    ("Le porte-parole a démenti. Le ministre a confirmé.", 6, 11),
]


@pytest.mark.parametrize(("text", "start", "end"), SPANS)
def test_a_sentence_doc_is_its_span(text, start, end):
    paragraph = get_nlp()(text)
    span = paragraph[start:end]
    doc = sentence_doc(span, paragraph.to_array(ANALYSIS))
    assert [t.text for t in doc] == [t.text for t in span]
    assert [t.whitespace_ for t in doc] == [t.whitespace_ for t in span]
    assert doc.text_with_ws == "".join(t.text_with_ws for t in span)
    assert [t.pos_ for t in doc] == [t.pos_ for t in span]
    assert [str(t.morph) for t in doc] == [str(t.morph) for t in span]
    assert (doc.tensor == span.doc.tensor[span.start : span.end]).all()


#: paragraphs whose tokens' offsets are characters, not bytes: accents, no-break spaces,
#: typographic quotes, an emoji outside the basic plane, two spaces in a row
OFFSETS = [
    "L'élève a été reçu à l'Élysée mercredi.",
    "Il a dit :  « Nous\u00a0partirons\u00a0demain ». Puis il est sorti.",
    "Le maire 🙂 a salué « l’arrivée » des secours, à 14\u202fh\u00a030.",
    "Les pompiers sont intervenus mardi",
]


@pytest.mark.parametrize("text", OFFSETS)
def test_token_starts_are_the_tokens_offsets(text):
    doc = get_nlp()(text)
    starts = token_starts(doc)
    assert starts == [t.idx for t in doc]
    assert [text[start : start + len(t.text)] for start, t in zip(starts, doc, strict=True)] == [
        t.text for t in doc
    ]
