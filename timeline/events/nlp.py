"""spaCy's French pipeline, loaded lazily once per process with only what we use.

We use the tagger-side components (tok2vec, morphologizer for tense and parts of speech,
attribute_ruler) and NER for names on every paragraph; the dependency parser runs only on
the sentences that make events (``parse``), for their headlines and the clause that dates
them; the lemmatizer only on the words whose lemma is read (``lemma``: verbs and content
words), not on every token of every paragraph. Sentence boundaries come from ``sentences``.
"""

from __future__ import annotations

from typing import Any

MODEL = "fr_core_news_md"
EXCLUDED = ("senter",)
#: left out of the analysis of whole paragraphs (run by ``parse`` on chosen sentences)
PARSER = "parser"
#: left out of the analysis of whole paragraphs (run by ``lemma`` on the words read)
LEMMATIZER = "lemmatizer"

_NLP: Any = None
#: (form, part of speech) -> lemma: what spaCy's French rule lemmatizer depends on
_LEMMAS: dict[tuple[int, int], str] = {}


def get_nlp() -> Any:
    """The loaded pipeline (loaded on first call, then kept for the life of the process)."""
    global _NLP
    if _NLP is None:
        import spacy

        _NLP = spacy.load(MODEL, exclude=list(EXCLUDED))
    return _NLP


def lemma(token: Any) -> str:
    """The lemma of a token: the one the pipeline set (attribute ruler, or a hand-made
    token's), else spaCy's French rule lemmatizer's, computed on first use (it reads only
    the form and the part of speech, so it is kept per form and part of speech). The same
    lemma the lemmatizer component would have given, for only the words that are read."""
    found = str(token.lemma_)
    if found:
        return found
    key = (token.orth, token.pos)
    cached = _LEMMAS.get(key)
    if cached is None:
        forms = get_nlp().get_pipe(LEMMATIZER).rule_lemmatize(token)
        cached = _LEMMAS[key] = str(forms[0]) if forms else str(token.text).lower()
    return cached


def parse(spans: list[Any]) -> list[Any]:
    """Dependency parses of the given spans of analysed docs (one new Doc each, with the
    tagger's analysis and the shared token vectors of its paragraph)."""
    if not spans:
        return []
    parser = get_nlp().get_pipe(PARSER)
    return list(parser.pipe(span.as_doc() for span in spans))
