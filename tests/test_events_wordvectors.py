"""The French model's word vectors read without spaCy (``events.wordvectors``): a word's key
is spaCy's, and a word's vector the model's own."""

from __future__ import annotations

import numpy
import pytest
from spacy.strings import hash_string

from timeline.events import wordvectors
from timeline.events.nlp import get_nlp


@pytest.mark.parametrize(
    "word", ["", "a", "tuer", "effondrer", "démissionner", "déclaré", "abcdefgh", "ÉVACUATION"]
)
def test_a_word_key_is_spacys(word):
    assert wordvectors.key(word) == hash_string(word)


@pytest.mark.parametrize("word", ["notifier", "effondrement", "interpeller", "incendie"])
def test_a_word_vector_is_the_models(word):
    model = get_nlp().vocab[word].vector
    ours = wordvectors.vector(word)
    assert ours is not None
    assert numpy.allclose(ours, model / numpy.linalg.norm(model), atol=1e-6)


def test_a_word_the_model_does_not_know_has_no_vector():
    assert wordvectors.vector("zzqxw") is None
    assert wordvectors.similarity("zzqxw", "tuer") is None


def test_the_vectors_are_mapped_from_their_file_not_read():
    """A process that assembles looks up a few dozen words: the 24 MB table is mapped."""
    table = wordvectors._table()
    assert table is not None and isinstance(table[2], numpy.memmap)


@pytest.mark.parametrize("row", [0, 1, 4_321, 19_999])
def test_a_vector_made_unit_alone_is_the_same_floats_as_in_the_whole_table(row):
    table = wordvectors._table()
    assert table is not None
    whole = wordvectors._unit(numpy.asarray(table[2]))
    alone = wordvectors._unit(table[2][row : row + 1])[0]
    assert alone.dtype == whole.dtype and numpy.array_equal(alone, whole[row])


@pytest.mark.parametrize(("word", "other"), [("effondrer", "écrouler"), ("notifier", "aviser")])
def test_similarity_is_the_cosine_of_the_models_vectors(word, other):
    one, two = (get_nlp().vocab[w].vector for w in (word, other))
    cosine = float(one @ two) / float(numpy.linalg.norm(one) * numpy.linalg.norm(two))
    found = wordvectors.similarity(word, other)
    assert found is not None and found == pytest.approx(cosine, abs=1e-5)


def _unpacked(data: bytes) -> tuple[list[int], list[int]]:
    """What an unpacker reads, entry by entry (the reading ``_key_rows`` replaced)."""
    import srsly.msgpack  # type: ignore[import-untyped]

    unpacker = srsly.msgpack.Unpacker(raw=False)
    unpacker.feed(data)
    keys, rows = [], []
    for _ in range(unpacker.read_map_header()):
        keys.append(unpacker.unpack())
        rows.append(unpacker.unpack())
    return keys, rows


def _pairs(count: int, seed: int) -> list[tuple[int, int]]:
    """Invented entries of every size: 64-bit hashes, and now and then a small key or a row
    written in one, two or three bytes (or a negative one)."""
    import random

    draw = random.Random(seed)
    pairs = []
    for n in range(count):
        key = draw.getrandbits(64) | (1 << 63)
        if n % 97 == 5:
            key = draw.choice([0, 7, 127, 128, 255, 256, 65_535, 65_536, 2**32 - 1, 2**32])
        row = draw.randrange(256, 20_000)
        if n % 53 == 3:
            row = draw.choice([-1, -32, -33, 0, 1, 127, 128, 255, 256, 70_000])
        pairs.append((key, row))
    return pairs


@pytest.mark.parametrize(
    ("count", "seed"), [(0, 0), (1, 1), (5, 2), (12, 3), (1_023, 4), (1_024, 5), (5_000, 6)]
)
def test_the_table_is_read_as_an_unpacker_reads_it(count, seed):
    import srsly.msgpack

    data = srsly.msgpack.packb(dict(_pairs(count, seed)))
    keys, rows = wordvectors._key_rows(data)
    assert (keys.tolist(), rows.tolist()) == _unpacked(data)


def test_the_models_table_is_read_as_an_unpacker_reads_it():
    folder = wordvectors._vocab_dir()
    assert folder is not None
    data = (folder / "key2row").read_bytes()
    keys, rows = wordvectors._key_rows(data)
    assert (keys.tolist(), rows.tolist()) == _unpacked(data)


def test_the_models_keys_are_distinct():
    """A word's row is the one of its key wherever it is in the table (``_row``)."""
    table = wordvectors._table()
    assert table is not None
    assert len(numpy.unique(table[0])) == len(table[0])


@pytest.mark.parametrize(("count", "seed"), [(1, 7), (12, 8), (5_000, 9)])
def test_a_keys_row_is_the_one_the_table_gives_it(count, seed):
    """Every key of invented tables (64-bit hashes, small keys, negative rows), and keys
    they lack, looked up: the row a dictionary of the table gives, None for no row."""
    import srsly.msgpack

    pairs = dict(_pairs(count, seed))
    keys, rows = wordvectors._key_rows(srsly.msgpack.packb(pairs))
    absent = [k + 1 for k in pairs if k + 1 not in pairs][:50] + [2**64 - 1]
    for wanted in [*pairs, *absent]:
        row = pairs.get(wanted)
        expected = row if row is not None and row >= 0 else None
        assert wordvectors._row(keys, rows, wanted) == expected, wanted


def test_the_table_is_read_from_its_mapped_file_not_a_copy(monkeypatch):
    """``_table`` reads ``key2row`` where the file is mapped (no copy of its 6 MB in the
    heap): the same keys and rows as from the file's bytes, without reading them."""
    folder = wordvectors._vocab_dir()
    assert folder is not None
    keys, rows = wordvectors._key_rows((folder / "key2row").read_bytes())

    def not_read(self, *args, **kwargs):
        raise AssertionError(f"{self} read whole")

    monkeypatch.setattr(type(folder), "read_bytes", not_read)
    table = wordvectors._table.__wrapped__()
    assert table is not None
    assert numpy.array_equal(table[0], keys) and numpy.array_equal(table[1], rows)
    assert table[0].dtype == keys.dtype and table[1].dtype == rows.dtype
