"""spaCy's word embeddings computed once per word, not once per occurrence.

Each token-to-vector network of the French pipeline (the shared ``tok2vec`` that the
morphologizer and the parser read, and the NER's own) starts with an embedding layer
(spaCy's ``MultiHashEmbed``: hashed embeddings of the token's norm, prefix, suffix, shape
and spacing, and its static vector, mixed by a maxout layer) that reads nothing but the
token's own attributes; only the window encoder after it reads the neighbours. So a word's
embedding is the same wherever it occurs: ``memoize`` makes the layer compute it for the
words it has not met and look it up for the others. The rows are the same bits as the
layer's own (each row of its matrix products depends on that row alone: tested on whole
articles against the plain layer), so what the networks find does not change.

About 40 % of a token-to-vector network's arithmetic is that layer; French news repeats
most of its words (three quarters of the tokens of the development sets' 38 articles are
words met before in them, more over a larger folder).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy

#: words kept per network (about 40 bytes of key and 384 of embedding each: at most about
#: 9 MB a network); when full, the memo starts again
LIMIT = 20_000
#: the name spaCy's ``MultiHashEmbed`` gives its layer (read from its parts' names)
_EMBED_START = "extract_features>>"
_EMBED_END = ">>ragged2list"
#: token attributes that rebuild a word as the embedding reads it: the form and what
#: follows it, then its norm (which the tokenizer may set apart from the form's)
_REBUILD = ["ORTH", "SPACY", "NORM"]


class _Memo:
    """Embeddings by word key: ``table``'s rows, ``index`` from key to row; ``lock``: one
    thread at a time reads and extends them (a Dask worker may run tasks in threads)."""

    def __init__(self, width: int) -> None:
        self.index: dict[bytes, int] = {}
        self.table = numpy.zeros((1024, width), dtype="float32")
        self.lock = threading.Lock()

    def add(self, keys: list[bytes], rows: Any) -> None:
        first = len(self.index)
        last = first + len(keys)
        if last > len(self.table):
            grown = numpy.zeros((max(last, 2 * len(self.table)), self.table.shape[1]), "float32")
            grown[:first] = self.table[:first]
            self.table = grown
        self.table[first:last] = rows
        self.index.update(zip(keys, range(first, last), strict=True))


#: every memo made in this process (``clear`` empties them)
_MEMOS: list[_Memo] = []


def clear() -> None:
    """Forget every word met: the next analysis starts as in a fresh process."""
    for memo in _MEMOS:
        with memo.lock:
            memo.index.clear()


def _find_embed(model: Any) -> Any:
    """The ``MultiHashEmbed`` layer of a token-to-vector network, or None."""
    for node in model.walk():
        if node.name.startswith(_EMBED_START) and node.name.endswith(_EMBED_END):
            return node
    return None


def _columns(embed: Any) -> list[Any]:
    """The token attributes the layer reads, with those that rebuild a word first."""
    read = next(n for n in embed.walk() if n.name == "extract_features").attrs["columns"]
    return _REBUILD + [c for c in read if c not in _REBUILD]


def memoize(model: Any) -> bool:
    """Replace the embedding layer of the token-to-vector network inside ``model`` (a
    spaCy component's thinc model) by a memoised one; False when there is none."""
    from thinc.api import Model

    embed = _find_embed(model)
    if embed is None:
        return False
    columns = _columns(embed)
    memo = _Memo(embed.get_dim("nO"))
    _MEMOS.append(memo)

    def forward(_: Any, docs: list[Any], is_train: bool) -> tuple[list[Any], Callable[..., Any]]:
        if is_train:
            result: tuple[list[Any], Callable[..., Any]] = embed(docs, is_train)
            return result
        with memo.lock:
            return _embedded(embed, memo, columns, docs), _no_backprop

    memoised: Model[Any, Any] = Model(
        f"memoised({embed.name})", forward, layers=[embed], attrs={"memo": memo}
    )
    return bool(model.replace_node(embed, memoised))


def _no_backprop(_: Any) -> Any:
    raise NotImplementedError("the memoised embedding layer is for prediction only")


def _keys(docs: list[Any], columns: list[Any]) -> tuple[list[list[bytes]], list[Any]]:
    """Each token's key (its attributes' bytes) per doc, and the attribute rows."""
    keys: list[list[bytes]] = []
    arrays = []
    for doc in docs:
        array = numpy.ascontiguousarray(doc.to_array(columns), dtype="uint64")
        arrays.append(array)
        words: Any = array.view(numpy.dtype((numpy.void, 8 * len(columns))))
        keys.append(words.ravel().tolist())
    return keys, arrays


def _embedded(embed: Any, memo: _Memo, columns: list[Any], docs: list[Any]) -> list[Any]:
    """The layer's output for ``docs``, computing only the words the memo lacks."""
    keys, arrays = _keys(docs, columns)
    missing = _missing(memo.index, keys, arrays)
    if len(memo.index) + len(missing) > LIMIT:
        memo.index.clear()  # full: start again with this batch's words
        missing = _missing(memo.index, keys, arrays)
    if len(missing) > LIMIT or not any(keys):
        plain: list[Any] = embed.predict(docs)
        return plain
    if missing:
        rows = _rows(embed, docs[0].vocab, columns, list(missing.values()))
        if rows is None:  # a word that cannot be rebuilt: the plain layer, unmemoised
            whole: list[Any] = embed.predict(docs)
            return whole
        memo.add(list(missing), rows)
    index = memo.index
    return [memo.table[[index[key] for key in doc_keys]] for doc_keys in keys]


def _missing(
    index: dict[bytes, int], keys: list[list[bytes]], arrays: list[Any]
) -> dict[bytes, Any]:
    """The keys not in ``index``, each with its attribute row, in order of first use."""
    missing: dict[bytes, Any] = {}
    for doc_keys, array in zip(keys, arrays, strict=True):
        for at, key in enumerate(doc_keys):
            if key not in index and key not in missing:
                missing[key] = array[at]
    return missing


def _rows(embed: Any, vocab: Any, columns: list[Any], attributes: list[Any]) -> Any:
    """The embeddings of words given by their attribute rows (``columns``), computed on a
    Doc of those words; None when that Doc does not give back the same attributes."""
    from spacy.tokens import Doc

    wanted: Any = numpy.stack(attributes)
    words = [vocab.strings[int(orth)] for orth in wanted[:, 0]]
    doc = Doc(vocab, words=words, spaces=[bool(s) for s in wanted[:, 1]])
    doc.from_array(["NORM"], wanted[:, 2:3])
    if not numpy.array_equal(doc.to_array(columns), wanted):
        return None
    return embed.predict([doc])[0]
