"""Regular expressions of literal words, for the vocabularies the tagger and the events read."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
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


#: a word boundary, the assertion that opens most cue expressions of the language data
WORD_BOUNDARY = r"\b"
#: what may not follow an opening boundary that ``shared_boundaries`` moves out (a
#: quantifier of it)
_QUANTIFIERS = ("*", "+", "?", "{")
#: the openings of a lookbehind, an assertion on what comes before a position
_LOOKBEHINDS = ("(?<!", "(?<=")


def _after_atom(pattern: str, at: int) -> int:
    """Where what starts at ``pattern[at]`` ends when it is an escape ("\\|"), a class
    ("[|]", its first "]" a literal one: "[]|]") or a comment ("(?#...)"), read as ``re``
    reads them; else ``at`` + 1 (one character: a letter, a group's "(" or ")", a "|")."""
    if pattern[at] == "\\":
        return at + 2
    if pattern.startswith("(?#", at):
        end = pattern.find(")", at)
        return len(pattern) if end == -1 else end + 1
    if pattern[at] != "[":
        return at + 1
    at += 1
    if pattern[at : at + 1] == "^":
        at += 1
    if pattern[at : at + 1] == "]":
        at += 1
    while at < len(pattern) and pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at + 1


def _atoms(pattern: str, at: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each atom of ``pattern`` from ``at`` on (``_after_atom``): where it starts, its first
    character and the depth of groups once it is read (a group's "(" opens one, its ")"
    closes one; a comment's does neither)."""
    depth = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "(" and not pattern.startswith("(?#", at):
            depth += 1
        elif char == ")":
            depth -= 1
        yield at, char, depth
        at = _after_atom(pattern, at)


def top_level_alternation(pattern: str) -> bool:
    """Does ``pattern`` (a regular expression's text) hold a "|" outside every group and
    class ("a|b", not "(?:a|b)", "[|]" or "\\|")?"""
    return any(char == "|" and depth == 0 for _, char, depth in _atoms(pattern))


def _group_end(pattern: str, at: int) -> int:
    """Where the group opened at ``pattern[at]`` ends (after its ")"); the pattern's length
    when it is not closed."""
    for start, char, depth in _atoms(pattern, at):
        if char == ")" and depth == 0:
            return start + 1
    return len(pattern)


def boundary_first(pattern: str) -> str | None:
    """``pattern`` with the word boundary that every match of it starts with moved to its
    front, or None when it has none there: it opens with ``\\b``, or with lookbehinds then
    ``\\b`` ("(?<!ce qui )\\bdésigne": "\\b(?<!ce qui )désigne", the same test of one
    position: each assertion reads the text around it and consumes none), unquantified,
    and holds no "|" outside its groups (in "\\bX|Y" the boundary is the first branch's
    only)."""
    if top_level_alternation(pattern):
        return None
    at = 0
    while pattern.startswith(_LOOKBEHINDS, at):
        at = _group_end(pattern, at)
    if not pattern.startswith(WORD_BOUNDARY, at):
        return None
    rest = at + len(WORD_BOUNDARY)
    if pattern.startswith(_QUANTIFIERS, rest):
        return None
    return WORD_BOUNDARY + pattern[:at] + pattern[rest:]


def shared_boundaries(patterns: Iterable[str]) -> str:
    """The alternation of ``patterns`` (each one wrapped in a group), the word boundary
    that opens every match of each of consecutive ones (``boundary_first``) tested once for
    them: "\\b(?:(?:a)|(?:b))|(?:c)" for "\\ba", "\\bb", "c". The same expression: the same
    texts match, at the same places, with the same groups, the branches tried in the same
    order (a boundary is a test of the position, taken once before the branches instead of
    in each); faster, because at the many positions inside a word one test fails instead
    of one per branch."""
    branches: list[str] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            branches.append(WORD_BOUNDARY + "(?:" + "|".join(run) + ")")
            run.clear()

    for pattern in patterns:
        first = boundary_first(pattern)
        if first is None:
            close_run()
            branches.append(f"(?:{pattern})")
        else:
            run.append(f"(?:{first[len(WORD_BOUNDARY) :]})")
    close_run()
    return "|".join(branches)
