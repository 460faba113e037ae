"""Getting a process ready to extract: the NLP model, and what an extraction otherwise
builds at its first article (the temporal tagger's rules, dateparser's data).

``warm_up`` is run by the fork server of the local workers before it forks them
(``timeline.preload``), so they start with all of it, shared; ``LoadModel`` is the Dask
worker plugin that does the same in each worker of a cluster at a scheduler address (a
worker there starts on its own). Imported only where a cluster is used: it needs
``distributed``."""

from __future__ import annotations

import datetime as dt

from distributed.diagnostics.plugin import WorkerPlugin

#: rule examples tagged (enough for dateparser's French data to be read, few enough to
#: cost little)
WARM_UP_EXAMPLES = 40

_READY = False  # this process is warmed up (a forked worker inherits it)


def warm_up() -> None:
    """Load the NLP model, then tag the temporal rules' examples (French sentences of the
    language data): the tagger's compiled rules and dateparser's French data, which each
    process otherwise builds at its first article, are then built in this process. Not a
    first run of spaCy's networks: measured, it cost the fork server more than it spared
    each worker. Once a process."""
    global _READY
    if _READY:
        return
    from timeline.events.nlp import get_nlp
    from timeline.temporal import tag
    from timeline.temporal.tagger import compiled_rules

    get_nlp()
    rules = compiled_rules("fr").rules
    examples = [str(e["text"]) for rule in rules for e in rule.examples if e.get("text")]
    tag("\n\n".join(examples[:WARM_UP_EXAMPLES]), dt.date(2015, 10, 7))
    _READY = True


class LoadModel(WorkerPlugin):
    """Gets a worker ready to extract (``warm_up``) as it starts."""

    def setup(self, worker: object) -> None:
        warm_up()
