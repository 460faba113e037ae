"""Numbers written in digits or in French words ("vingt-cinq", "quatre-vingt-dix")."""

from __future__ import annotations

import re
from collections.abc import Mapping

_SPLIT = re.compile(r"[\s-]+")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def parse_number(text: str, words: Mapping[str, str]) -> float | None:
    """The value of a number in digits ("30,4") or words ("soixante et onze"), else None.

    ``words`` maps number words to their values (normalization table ``number``; joining
    words such as "et" map to 0).
    """
    text = text.strip().lower()
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(text.replace(" ", "").replace(",", "."))
        except ValueError:
            return None
    total = 0
    current = 0
    for token in _SPLIT.split(text):
        if not token:
            continue
        raw = words.get(token)
        if raw is None:
            return None
        value = int(raw)
        if value == 1000:
            total += (current or 1) * 1000
            current = 0
        elif value == 100:
            current = (current or 1) * 100
        elif value == 20 and current % 100 == 4:  # quatre-vingt(s)
            current += 76
        else:
            current += value
    return float(total + current)


def format_number(value: float) -> str:
    """ "3" for 3.0, "30.4" for 30.4 (ISO 8601 durations use a point)."""
    if value == int(value):
        return str(int(value))
    return f"{value:.3f}".rstrip("0").rstrip(".")


def roman_to_int(text: str) -> int | None:
    """The value of a Roman numeral ("XIX" -> 19), else None."""
    text = text.upper()
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, char in enumerate(text):
        value = _ROMAN[char]
        if i + 1 < len(text) and _ROMAN[text[i + 1]] > value:
            total -= value
        else:
            total += value
    return total
