"""``word_patterns.letter_tree``: an alternation of literal words as a tree of letters finds what
the longest-first alternation finds, where words are prefixes of one another and where what
follows the words decides which one matches. Invented words and sentences."""

from __future__ import annotations

import re

import pytest

from timeline.events.lexicon import alternation
from timeline.word_patterns import letter_tree

#: words, and a text in which to find them as whole words
CASES = {
    "words prefixes of one another": (
        ["breton", "bretonne", "bretonnes", "bretons"],
        "les marins bretons et la flotte bretonne, bretonnes toutes, le breton",
    ),
    "a longer word not whole, the shorter is": (
        ["sud", "sud-est", "sudiste"],
        "le vent du sud-ouest, le sud-est, les sudistes et le sud",
    ),
    "words with spaces and signs": (
        ["côte d'ivoire", "côte", "l'île", "île de ré"],
        "la côte d'ivoire, la côte, l'île de ré et l'île",
    ),
    "no word found": (["normand", "picard"], "un vent de galerne sur la baie"),
    "one word": (["savoyard"], "le savoyard et les savoyards"),
    "no words at all": ([], "rien à trouver"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_tree_finds_what_the_alternation_finds(name):
    words, text = CASES[name]
    listed = alternation(words) or "(?!)"
    for shape in (r"(?<![\w-])(?:{})(?![\w-])", r"(?:{})", r"(?:{})\b"):
        one = re.compile(shape.format(listed))
        other = re.compile(shape.format(letter_tree(words)))
        assert [m.span() for m in other.finditer(text)] == [m.span() for m in one.finditer(text)]


def test_the_tree_is_shared_letter_by_letter():
    assert letter_tree(["ab", "abc", "ad"]) == "a(?:b(?:c)?|d)"
