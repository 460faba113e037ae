"""The cyclic garbage collector, paused while a build makes long-lived objects in bulk.

Reading a thousand cached extractions, decoding them into records and assembling the
chronology makes millions of containers that all stay alive until the chronology is made
(the records are trees: dicts, lists and dataclasses without reference cycles, freed by
their reference counts). The collector runs a full collection each time the objects that
survived grow by a quarter, so it traverses all of them again and again and frees nothing:
about 2 s of CPU of a 1,000-article build, and more while the NLP model is read in a
process that holds them. Paused there, it runs again afterwards as before; what it would
have freed meanwhile (cycles made in the block) it frees then.

A pause may also keep what it made (``paused(keep=True)``): the objects alive when it
closes are moved out of the collector's reach (``gc.freeze``) instead of being traversed
once the collector is back, first by a young collection that meets every one of them (the
objects made while the collector was off are all young then: 0.23 s of CPU after the
1,000 cached extractions are decoded) and then by the middle and full collections they
are promoted to. They live until the build ends anyway; ``thaw`` (at the build's end)
hands them back to the collector, which frees then any cycle among them that is garbage.
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
    #: a pause open asked to keep what was made: frozen when the last one closes
    keep: bool = False


_PAUSES = _Pauses()


@contextlib.contextmanager
def paused(*, keep: bool = False) -> Iterator[None]:
    """No automatic collection inside the block, and no automatic full collection even if
    something turns the collector on again there (``gc.collect`` still works); the
    collector is left as it was found on the way out (off stays off, thresholds restored).
    Pauses may overlap, in one thread or several (the build reads the cache while a thread
    loads the model): the state is the one found before the first, restored after the last.
    ``keep``: what the block made is kept until the build ends, out of the collector's
    reach (``gc.freeze`` when the last pause open closes, ``thaw`` at the build's end)."""
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
            _PAUSES.keep = _PAUSES.keep or keep
            if _PAUSES.open == 0:
                if _PAUSES.keep:
                    gc.freeze()
                    _PAUSES.keep = False
                gc.set_threshold(*_PAUSES.thresholds)
                if _PAUSES.enabled:
                    gc.enable()
                else:
                    gc.disable()


def thaw() -> None:
    """What pauses kept (``paused(keep=True)``) back under the collector: at the end of a
    build, when its records are let go (a serving process builds again)."""
    gc.unfreeze()
