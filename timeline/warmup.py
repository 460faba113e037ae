"""Getting a process ready to extract: the NLP model, and what an extraction otherwise
builds at its first article (the temporal tagger's rules, dateparser's data).

``warm_up`` is run by the fork server of the local workers before it forks them
(``timeline.preload``), so they start with all of it, shared; ``LoadModel`` is the Dask
worker plugin that does the same in each worker of a cluster at a scheduler address (a
worker there starts on its own). Imported only where a cluster is used: it needs
``distributed``.

``warm_assembly`` gets the building process ready to assemble: it imports assembly's
modules and reads the language data assembly reads at its first article (word lists,
lexicon, word vectors), which the building process otherwise does once extraction has
ended, on one core, before any page can be made. The pipeline calls it while the local
workers' fork server loads the model (``distributed.run_batches``' ``meanwhile``): the
other core is idle then."""

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


def warm_assembly() -> None:
    """Import assembly's modules and read the language data it reads at first use (each
    loader reads once a process, so assembly then finds them read; what it assembles is
    the same)."""
    import timeline.chronology  # noqa: F401  (imports assembly's modules)
    from timeline.events import lexicon, merging_words, speakers, wordvectors

    merging_words.vocabulary()
    lexicon.lexicon()
    lexicon.families()
    lexicon.titling()
    lexicon.calendar_words()
    speakers.words()
    wordvectors.vector("le")  # the vectors' table, read once
