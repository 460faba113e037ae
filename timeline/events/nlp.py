"""spaCy's French pipeline, loaded lazily once per process with only what we use.

We use the tagger-side components (tok2vec, morphologizer for tense, attribute_ruler and
lemmatizer for lemmas) and NER for names on every paragraph; the dependency parser runs
only on the sentences that make events (``parse``), for their headlines and the clause that
dates them. Sentence boundaries come from ``sentences``.
"""

from __future__ import annotations

from typing import Any

MODEL = "fr_core_news_md"
EXCLUDED = ("senter",)
#: left out of the analysis of whole paragraphs (run by ``parse`` on chosen sentences)
PARSER = "parser"

_NLP: Any = None


def get_nlp() -> Any:
    """The loaded pipeline (loaded on first call, then kept for the life of the process)."""
    global _NLP
    if _NLP is None:
        import spacy

        _NLP = spacy.load(MODEL, exclude=list(EXCLUDED))
    return _NLP


def parse(spans: list[Any]) -> list[Any]:
    """Dependency parses of the given spans of analysed docs (one new Doc each, with the
    tagger's analysis and the shared token vectors of its paragraph)."""
    if not spans:
        return []
    parser = get_nlp().get_pipe(PARSER)
    return list(parser.pipe(span.as_doc() for span in spans))
