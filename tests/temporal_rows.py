"""The row check shared by the table-driven tagger tests: a sentence, its publication date,
the surface expected and its value (None: the surface must not be tagged at all)."""

from __future__ import annotations

import datetime as dt

from timeline.temporal import tag


def found(text: str, dct: dt.date) -> dict[str, str]:
    """The tagged surfaces of ``text`` and their values."""
    return {t.text: t.value for t in tag(text, dct)}


def check(text: str, dct: dt.date, surface: str, value: str | None) -> None:
    """``surface`` is tagged with ``value``; with None, nothing overlapping it is tagged."""
    result = found(text, dct)
    if value is None:
        assert not any(surface in tagged or tagged in surface for tagged in result), result
    else:
        assert result.get(surface) == value, result
