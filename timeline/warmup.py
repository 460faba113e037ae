"""Getting a process ready to extract: the NLP model, and everything else an extraction
builds at its first article.

``warm_up`` is run by the fork server of the local workers before it forks them
(``timeline.preload``), so they start with all of it, shared; ``LoadModel`` is the Dask
worker plugin that does the same in each worker of a cluster at a scheduler address (a
worker there starts on its own). Imported only where a cluster is used: it needs
``distributed``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin

#: rule examples in the warm-up text (its paragraphs): enough for every lazy part to be
#: built, few enough to cost little
WARM_UP_EXAMPLES = 24

_READY = False  # this process is warmed up (a forked worker inherits it)


def warm_up() -> None:
    """Load the NLP model, then extract one short article made of the temporal rules'
    examples (French sentences of the language data): the tagger's compiled rules,
    dateparser's French data, the event vocabulary and spaCy's first run are then built
    in this process. The extraction of real articles after it is the same (every one of
    those is a pure function of its input, or a memo of one). Once a process."""
    global _READY
    if _READY:
        return
    from timeline.articles import Article
    from timeline.events.extract import extract_articles
    from timeline.events.nlp import get_nlp
    from timeline.temporal.tagger import compiled_rules

    get_nlp()
    rules = compiled_rules("fr").rules
    examples = [str(e["text"]) for rule in rules for e in rule.examples if e.get("text")]
    text = "\n\n".join(examples[:WARM_UP_EXAMPLES])
    article = Article(
        path=Path("warm-up.md"),
        slug="warm-up",
        title="warm-up",
        date=dt.date(2015, 10, 7),
        source="timeline",
        url=None,
        lang="fr",
        text=text,
        body_start=0,
    )
    extract_articles([article])
    _READY = True


class LoadModel(WorkerPlugin):
    """Gets a worker ready to extract (``warm_up``) as it starts."""

    def setup(self, worker: object) -> None:
        warm_up()
