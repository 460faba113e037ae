"""Which characters can a regular expression's match start with?

Used to speed up the tagger: at a position, only the rules whose match can start with the
character there are tried. The analysis walks the parse tree of Python's ``re`` (the
private ``re._parser`` module, stable across 3.11-3.13); anything it does not understand
answers None ("any character"), which is always safe.
"""

from __future__ import annotations

import re
import re._constants as c  # type: ignore[import-not-found]
import re._parser as parser  # type: ignore[import-not-found]
from typing import Any

_MAX_RANGE = 300


def _chars_in(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            chars.add(chr(arg))
        elif op is c.RANGE:
            low, high = arg
            if high - low > _MAX_RANGE:
                return None
            chars.update(chr(i) for i in range(low, high + 1))
        else:  # NEGATE, CATEGORY, ...: too wide to list
            return None
    return chars


def _first(seq: Any) -> tuple[set[str] | None, bool]:
    """(first characters or None for any, whether the sequence can match empty)."""
    result: set[str] = set()
    for op, arg in seq:
        chars: set[str] | None
        if op is c.LITERAL:
            chars, nullable = {chr(arg)}, False
        elif op is c.IN:
            chars, nullable = _chars_in(arg), False
        elif op is c.BRANCH:
            chars, nullable = set(), False
            for branch in arg[1]:
                sub, sub_nullable = _first(branch)
                if sub is None:
                    return None, False
                chars |= sub
                nullable = nullable or sub_nullable
        elif op is c.SUBPATTERN:
            chars, nullable = _first(arg[-1])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = arg
            chars, sub_nullable = _first(sub)
            nullable = low == 0 or sub_nullable
        elif op is getattr(c, "ATOMIC_GROUP", None):
            chars, nullable = _first(arg)
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width
        else:
            return None, False
        if chars is None:
            return None, False
        result |= chars
        if not nullable:
            return result, False
    return result, True


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased characters a match of ``pattern`` can start with; None: any (or empty)."""
    try:
        chars, nullable = _first(parser.parse(pattern, flags))
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if chars is None or nullable:
        return None
    lowered = {ch.lower() for ch in chars}
    if flags & re.IGNORECASE:
        lowered |= {ch.upper().lower() for ch in chars}
    return frozenset(lowered)


_SPACE = {" ", "\n", "\t", "\r", "\f", "\v"}
_DIGIT = {str(i) for i in range(10)}
_LIMIT = 50_000


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is c.CATEGORY and arg is c.CATEGORY_SPACE:
            chars |= _SPACE
        elif op is c.CATEGORY and arg is c.CATEGORY_DIGIT:
            chars |= _DIGIT
        else:
            sub = _chars_in([(op, arg)])
            if sub is None:
                return None
            chars |= sub
    return chars


def _join(heads: set[str], tails: set[str], k: int) -> set[str] | None:
    out = set()
    for head in heads:
        if len(head) >= k:
            out.add(head)
            continue
        for tail in tails:
            out.add((head + tail)[:k])
            if len(out) > _LIMIT:
                return None
    return out


def _seq_prefixes(seq: Any, k: int) -> set[str] | None:
    """Strings of length k a match of ``seq`` can start with (shorter: the match ends)."""
    result = {""}
    for op, arg in seq:
        if all(len(p) >= k for p in result):
            return result
        item: set[str] | None
        if op is c.LITERAL:
            item = {chr(arg)}
        elif op is c.IN:
            item = _class_chars(arg)
        elif op is c.BRANCH:
            item = set()
            for branch in arg[1]:
                sub = _seq_prefixes(branch, k)
                if sub is None:
                    return None
                item |= sub
        elif op is c.SUBPATTERN:
            item = _seq_prefixes(arg[-1], k)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, high, sub_seq = arg
            once = _seq_prefixes(sub_seq, k)
            if once is None:
                return None
            item = {""} if low == 0 else set()
            current: set[str] | None = {""}
            for count in range(1, min(high, k) + 1):
                current = _join(current, once, k) if current is not None else None
                if current is None:
                    return None
                if count >= low:
                    item |= current
            if low > k:
                item = current or set()
            elif high > k:  # longer repetitions start like the k-fold one
                item |= current or set()
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        else:
            return None
        if item is None:
            return None
        joined = _join(result, item, k)
        if joined is None:
            return None
        result = joined
    return result


def prefixes(pattern: str, flags: int = 0, k: int = 3) -> frozenset[str] | None:
    """Lower-cased strings of (up to) ``k`` characters a match of ``pattern`` starts with.

    A shorter string means a match can end there. None: too many, or not understood.
    """
    try:
        found = _seq_prefixes(parser.parse(pattern, flags), k)
    except (re.error, TypeError, ValueError, AttributeError, RecursionError):
        return None
    if found is None or "" in found:
        return None
    return frozenset(p.lower() for p in found)
