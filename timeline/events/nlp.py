"""spaCy's French pipeline, loaded lazily once per process with only what we use.

We use the tagger-side components (tok2vec, morphologizer for tense, attribute_ruler and
lemmatizer for lemmas) and NER for names. The dependency parser is not even loaded: sentence
boundaries come from ``sentences`` and the main verb from morphology.
"""

from __future__ import annotations

from typing import Any

MODEL = "fr_core_news_md"
EXCLUDED = ("parser", "senter")

_NLP: Any = None


def get_nlp() -> Any:
    """The loaded pipeline (loaded on first call, then kept for the life of the process)."""
    global _NLP
    if _NLP is None:
        import spacy

        _NLP = spacy.load(MODEL, exclude=list(EXCLUDED))
    return _NLP
