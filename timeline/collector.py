"""The cyclic garbage collector, paused while a build makes long-lived objects in bulk.

Reading a thousand cached extractions, decoding them into records and assembling the
chronology makes millions of containers that all stay alive until the chronology is made
(the records are trees: dicts, lists and dataclasses without reference cycles, freed by
their reference counts). The collector runs a full collection each time the objects that
survived grow by a quarter, so it traverses all of them again and again and frees nothing:
about 2 s of CPU of a 1,000-article build, and more while the NLP model is read in a
process that holds them. Paused there, it runs again afterwards as before; what it would
have freed meanwhile (cycles made in the block) it frees then.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

#: the oldest generation's threshold inside a pause: a library that turns the collector on
#: again there (spaCy does, while it reads the model's tables) gets young collections only
NO_FULL_COLLECTION = 1_000_000_000


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block, and no automatic full collection even if
    something turns the collector on again there (``gc.collect`` still works); the
    collector is left as it was found on the way out (off stays off, thresholds restored)."""
    enabled = gc.isenabled()
    thresholds = gc.get_threshold()
    gc.disable()
    gc.set_threshold(thresholds[0], thresholds[1], NO_FULL_COLLECTION)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if enabled:
            gc.enable()
        else:
            gc.disable()
