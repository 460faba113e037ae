"""The cyclic garbage collector, paused while a build makes long-lived objects in bulk.

Reading a thousand cached extractions, decoding them into records and assembling the
chronology makes millions of containers that all stay alive until the chronology is made
(the records are trees: dicts, lists and dataclasses without reference cycles, freed by
their reference counts). The collector runs a full collection each time the objects that
survived grow by a quarter, so it traverses all of them again and again and frees nothing:
about 2 s of CPU of a 1,000-article build, and as much while the NLP model is read. Paused
there, it runs again afterwards as before; what it would have freed meanwhile (cycles made
in the block) it frees then.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block (``gc.collect`` still works); the
    collector is left as it was found on the way out (off stays off)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
