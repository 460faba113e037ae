"""Imported by the extraction pool's fork server only (``timeline.pipeline``).

Loading the NLP model here, once, lets every worker forked from the server share its
memory pages instead of loading a copy of its own; the building process itself never loads
it. Any failure is left for the workers to meet (and report) when they extract.
"""

from __future__ import annotations

try:
    from timeline.events.nlp import get_nlp

    get_nlp()
except Exception:  # pragma: no cover - the workers will raise it with context
    pass
