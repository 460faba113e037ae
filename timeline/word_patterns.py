"""Regular expressions of literal words, for the vocabularies the tagger and the events read."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def letter_tree(words: Iterable[str]) -> str:
    """The alternation of ``words`` as a tree of letters ("r(?:usse(?:s)?|wandais)"): the
    same matches as the words longest first, each word start costing a few character tests
    instead of one per word. At a position the words that match are prefixes of one
    another, all on the text's path in the tree, and the tree tries the longest first, then
    shorter ones as the rest of the pattern asks. No word: a pattern that never matches."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(tree) if tree else "(?!)"
