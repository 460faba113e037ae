"""What a piece of text from a content file may hold: no control characters, no lone
surrogates (they cannot be written as UTF-8), one line where one line is expected."""

from __future__ import annotations

import re
from typing import Any

# C0 controls but tab and newline, DEL, C1 controls, lone surrogates.
_BAD_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_ONE_LINE_RE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def bad_character(value: str, *, one_line: bool = False) -> str | None:
    """The first character ``value`` may not hold, described (None when it is clean)."""
    match = (_BAD_ONE_LINE_RE if one_line else _BAD_RE).search(value)
    if match is None:
        return None
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return f"invalid character U+{ord(char):04X} (a lone surrogate)"
    if char in "\n\r\u2028\u2029":
        return "a line break (must be one line)"
    return f"control character U+{ord(char):04X}"


def bad_in_value(value: Any, *, one_line: bool = False) -> str | None:
    """``bad_character`` of the first string found in a value (lists, mappings, keys)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found = bad_character(item, one_line=one_line)
            if found:
                return found
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def escape_controls(text: str) -> str:
    """``text`` with control characters, line breaks and lone surrogates escaped
    (``\\n``, ``\\x1b``, ``\\udcff``): safe to print on one line of a terminal."""
    return _BAD_ONE_LINE_RE.sub(lambda m: repr(m.group())[1:-1], text.replace("\t", "\\t"))
