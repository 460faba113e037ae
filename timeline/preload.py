"""Imported by the fork server of local extraction workers (``timeline.distributed``), in
its own process, before it forks any worker: the NLP model is loaded there once, and the
workers, forked with it, share its memory (copy-on-write) instead of each loading a copy.
So are the temporal tagger's compiled rules and dateparser's data, which an extraction
builds at its first article (``timeline.warmup.warm_up``), and Dask's own modules (which
Dask would have the fork server import itself).

The cyclic garbage collector is paused while all of that is read (``timeline.collector``:
it would traverse the growing model again and again, freeing nothing; spaCy turns it on
again while it reads the model's tables), then ``gc.freeze`` moves everything loaded out
of its reach: a worker's collections would otherwise write into every object of the model
and copy the pages the workers share."""

from __future__ import annotations

import gc

from timeline.collector import paused

with paused():
    import distributed  # noqa: F401  (what Dask's own fork server imports)

    from timeline.warmup import warm_up

    warm_up()
gc.freeze()
