"""The Dask worker plugin that loads the NLP model once in each extraction worker as it
starts (``timeline.distributed`` registers it when the default extractor runs on workers).
Imported only where a cluster is used: it needs ``distributed``."""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin


class LoadModel(WorkerPlugin):
    """Loads the NLP model in a worker (it stays in the process: ``get_nlp`` keeps it)."""

    def setup(self, worker: object) -> None:
        from timeline.events.nlp import get_nlp

        get_nlp()
