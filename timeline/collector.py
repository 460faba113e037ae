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
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

#: the oldest generation's threshold inside a pause: a library that turns the collector on
#: again there (spaCy does, while it reads the model's tables) gets young collections only
NO_FULL_COLLECTION = 1_000_000_000


@dataclass
class _Pauses:
    """The pauses open in the process (any thread) and the collector's state before the
    first: the collector and its thresholds are process-wide, so only the first pause to
    open changes them and only the last to close puts them back."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    open: int = 0
    enabled: bool = True
    thresholds: tuple[int, int, int] = (0, 0, 0)


_PAUSES = _Pauses()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block, and no automatic full collection even if
    something turns the collector on again there (``gc.collect`` still works); the
    collector is left as it was found on the way out (off stays off, thresholds restored).
    Pauses may overlap, in one thread or several (the build reads the cache while a thread
    loads the model): the state is the one found before the first, restored after the last."""
    with _PAUSES.lock:
        if _PAUSES.open == 0:
            _PAUSES.enabled, _PAUSES.thresholds = gc.isenabled(), gc.get_threshold()
            gc.disable()
            youngest, middle, _ = _PAUSES.thresholds
            gc.set_threshold(youngest, middle, NO_FULL_COLLECTION)
        _PAUSES.open += 1
    try:
        yield
    finally:
        with _PAUSES.lock:
            _PAUSES.open -= 1
            if _PAUSES.open == 0:
                gc.set_threshold(*_PAUSES.thresholds)
                if _PAUSES.enabled:
                    gc.enable()
                else:
                    gc.disable()
