"""``entities.fold``: accents off, spaces and apostrophes normalised, one character for one;
a sentence or a name is folded once, a whole article is not kept."""

from __future__ import annotations

import pytest

from timeline.events import entities

SENTENCE = "Le maire d’Évreux a inauguré\u00a0la médiathèque à 10\u202fh"
FOLDED = "Le maire d'Evreux a inaugure la mediatheque a 10 h"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SENTENCE, FOLDED),  # a sentence: kept
        ("Çà et là, Noël", "Ca et la, Noel"),  # a name
        (SENTENCE * 20, FOLDED * 20),  # an article's length: folded, not kept
        ("", ""),
    ],
    ids=["sentence", "name", "article", "empty"],
)
def test_fold_is_the_same_kept_or_not(text: str, expected: str):
    assert entities.fold(text) == expected
    assert entities.fold(text) == expected  # the second time, from the cache when kept
    assert len(entities.fold(text)) == len(text)


def test_a_long_text_is_not_kept():
    kept = entities._fold_short.cache_info().currsize
    entities.fold("é" * (entities._FOLD_KEPT + 1))
    assert entities._fold_short.cache_info().currsize == kept
