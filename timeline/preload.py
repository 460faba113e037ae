"""Imported by the fork server of local extraction workers (``timeline.distributed``), in
its own process, before it forks any worker: the NLP model is loaded there once, and the
workers, forked with it, share its memory (copy-on-write) instead of each loading a copy.

``gc.freeze`` moves everything loaded so far out of the cyclic garbage collector's
reach: a worker's collections would otherwise write into every object of the model and
copy the pages the workers share."""

from __future__ import annotations

import gc

from timeline.events.nlp import get_nlp

get_nlp()
gc.freeze()
