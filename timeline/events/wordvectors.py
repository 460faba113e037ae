"""The static word vectors of the French model, read without loading spaCy.

``fr_core_news_md`` carries 20,000 word vectors of 300 dimensions (``vocab/vectors``, a
NumPy array) and a table from 500,000 words to them (``vocab/key2row``, spaCy's MessagePack
of word hashes to rows: the words pruned from the table point to the row of their nearest
kept word). Merging compares two reports' acts through them (``merge.acts_alike``: "a
notifié" / "a avisé", "s'est effondré" / "s'est écroulé"), at assembly, where the pipeline is
not loaded: so the table is read here with NumPy (``_key_rows`` reads its MessagePack), once
per process, and a word's key is computed as spaCy computes it (``key``: MurmurHash64A
of its UTF-8 bytes, seed 1; ``spacy.strings.hash_string``, checked by the tests). The hash
is written here because no library offers it without spaCy: the ``murmurhash`` package that
spaCy builds on gives Python only its 32-bit hashes (``hash``, ``hash_bytes``,
``hash_unicode``); its 64-bit one is in its C API alone, and importing ``spacy.strings``
loads spaCy (a second per process) where assembly needs twenty lines.
"""

from __future__ import annotations

import importlib.util
import json
import mmap
from functools import cache
from pathlib import Path
from typing import Any

import numpy

from timeline.events.nlp import MODEL

_MASK = (1 << 64) - 1
_M = 0xC6A4A7935BD1E995
_SEED = 1  # spaCy's seed (``hash_string``)


def key(word: str) -> int:
    """spaCy's key of ``word``: MurmurHash64A of its UTF-8 bytes, seed 1."""
    data = word.encode("utf8")
    length = len(data)
    h = (_SEED ^ (length * _M)) & _MASK
    whole = length - length % 8
    for at in range(0, whole, 8):
        k = int.from_bytes(data[at : at + 8], "little")
        k = (k * _M) & _MASK
        k ^= k >> 47
        k = (k * _M) & _MASK
        h ^= k
        h = (h * _M) & _MASK
    tail = data[whole:]
    if tail:
        h ^= int.from_bytes(tail, "little")
        h = (h * _M) & _MASK
    h ^= h >> 47
    h = (h * _M) & _MASK
    h ^= h >> 47
    return h


def _vocab_dir() -> Path | None:
    """The model's ``vocab`` folder (``<package>/<name>-<version>/vocab``), None when the
    model is not installed."""
    spec = importlib.util.find_spec(MODEL)
    if spec is None or spec.origin is None:
        return None
    package = Path(spec.origin).parent
    meta = json.loads((package / "meta.json").read_text(encoding="utf-8"))
    folder = package / f"{meta['lang']}_{meta['name']}-{meta['version']}" / "vocab"
    return folder if (folder / "key2row").exists() else None


#: MessagePack's integers of a fixed size: their first byte, their size with it
_SIZED = {0xCC: 2, 0xCD: 3, 0xCE: 5, 0xCF: 9, 0xD0: 2, 0xD1: 3, 0xD2: 5, 0xD3: 9}
#: the map's entries checked and read together (see ``_key_rows``)
_WINDOW = 1024


def _integer(data: bytes | mmap.mmap, at: int) -> tuple[int, int]:
    """The MessagePack integer at ``at`` in ``data`` and the offset after it (ValueError
    for anything else)."""
    first = data[at]
    if first < 0x80:  # positive fixint
        return first, at + 1
    if first >= 0xE0:  # negative fixint
        return first - 0x100, at + 1
    if first not in _SIZED:
        raise ValueError(f"key2row: not an integer at byte {at}")
    end = at + _SIZED[first]
    return int.from_bytes(data[at + 1 : end], "big", signed=first >= 0xD0), end


def _key_rows(data: bytes | mmap.mmap) -> tuple[Any, Any]:
    """The keys and rows of spaCy's ``key2row`` (a MessagePack map of integers to
    integers), in the file's order, as two arrays. A key is a 64-bit hash, written as a
    uint64 (9 bytes); a row (under 20,000) mostly as a uint16 (3 bytes): the entries so
    written are read a window at a time by NumPy, the few others (small keys or rows)
    one by one, what an unpacker does for every entry (500,000 times)."""
    first = data[0]
    if first == 0xDF:  # map 32
        size, at = int.from_bytes(data[1:5], "big"), 5
    elif first == 0xDE:  # map 16
        size, at = int.from_bytes(data[1:3], "big"), 3
    elif 0x80 <= first <= 0x8F:  # fixmap
        size, at = first - 0x80, 1
    else:
        raise ValueError("key2row: not a map")
    raw = numpy.frombuffer(data, dtype=numpy.uint8)
    keys = numpy.empty(size, dtype=numpy.uint64)
    rows = numpy.empty(size, dtype=numpy.int64)
    n = 0
    while n < size:
        count = min(_WINDOW, size - n, (len(data) - at) // 12)
        if count:
            block = raw[at : at + 12 * count].reshape(count, 12)
            usual = (block[:, 0] == 0xCF) & (block[:, 9] == 0xCD)
            k = count if usual.all() else int(usual.argmin())
            keys[n : n + k] = block[:k, 1:9].copy().view(">u8").ravel()
            rows[n : n + k] = block[:k, 10:12].copy().view(">u2").ravel()
            n, at = n + k, at + 12 * k
            if k == count:
                continue
        keys[n], at = _integer(data, at)
        rows[n], at = _integer(data, at)
        n += 1
    return keys, rows


@cache
def _table() -> tuple[Any, Any, Any] | None:
    """(the keys, in the file's order; their rows; the vectors), read once; None without
    the model. The table of 500,000 keys is read into two arrays (6 MB, ``_key_rows``),
    never as a dictionary of Python integers (60 MB in every process that assembles), nor
    sorted: merging looks up a few dozen words (22 for a dossier of 202 articles), each in
    a tenth of a millisecond by comparing every key (``_row``), where sorting the keys took
    33 ms. The table's file (6 MB) is mapped, not read: a copy of it in this process's
    heap was 1,500 of a dossier build's 55,000 page faults (each about 5 µs of system
    time here), where its mapped pages, already in the kernel's cache, come a few dozen at
    a fault. The vectors (20,000 x 300, 24 MB) are mapped from their file too, not read:
    each made a unit vector when looked up (``_unit``)."""
    folder = _vocab_dir()
    if folder is None:
        return None
    with (
        open(folder / "key2row", "rb") as file,
        mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data,
    ):
        keys, rows = _key_rows(data)
    vectors = numpy.load(folder / "vectors", mmap_mode="r", allow_pickle=False)
    return keys, rows, vectors


def _row(keys: Any, rows: Any, wanted: int) -> int | None:
    """The row of the key ``wanted`` (a map's keys are distinct), None when the table has
    no such key or gives it no row (a negative one)."""
    at = numpy.flatnonzero(keys == numpy.uint64(wanted))
    if not len(at) or rows[at[0]] < 0:
        return None
    return int(rows[at[0]])


def _unit(vectors: Any) -> Any:
    """The rows of ``vectors`` (a 2-D array) scaled to length 1 (a zero row as it is): the
    same floats for one row as for the whole table."""
    norms = numpy.linalg.norm(vectors, axis=1, keepdims=True)
    return numpy.asarray(vectors / numpy.where(norms == 0, 1, norms))


@cache
def vector(word: str) -> Any:
    """The unit vector of ``word`` (a lemma, lower case), None when the model has none."""
    table = _table()
    if table is None:
        return None
    keys, rows, vectors = table
    row = _row(keys, rows, key(word))
    if row is None:
        return None
    return _unit(vectors[row : row + 1])[0]


def similarity(word: str, other: str) -> float | None:
    """Cosine of two words' vectors; None when either has none."""
    one, two = vector(word), vector(other)
    if one is None or two is None:
        return None
    return float(one @ two)
