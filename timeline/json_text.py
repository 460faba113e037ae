"""JSON text indented as ``json.dumps(value, ensure_ascii=False, indent=1)`` writes it.

With an indent, the standard library encodes in Python (its C encoder takes no indent): a
generator per container, each value passed up through every enclosing one; ``events.json``
of a dossier of 200 articles (2.9 MB, 250,000 pieces) took a tenth of a second so. ``dumps``
writes the same text in one recursive pass into one list: strings encoded by the
standard library's encoder (``JSONEncoder.encode``, its C function for a string), numbers
written as ``json`` writes them (``int.__repr__``, ``float.__repr__``, ``NaN`` and
``Infinity``), a dictionary's keys converted as ``json`` converts them. Lists and tuples
are arrays; any other type is refused with ``json``'s ``TypeError``.
``tests/test_json_text.py`` compares it with ``json.dumps``.
"""

from __future__ import annotations

import json
from typing import Any

_string = json.JSONEncoder(ensure_ascii=False).encode


def _number(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


def _key(key: object) -> str:
    """A dictionary's key as ``json`` writes it (a string, its other keys converted)."""
    if isinstance(key, str):
        return _string(key)
    if isinstance(key, float):
        return _string(_number(key))
    if key is True:
        return '"true"'
    if key is False:
        return '"false"'
    if key is None:
        return '"null"'
    if isinstance(key, int):
        return _string(int.__repr__(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _write(value: Any, level: int, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_number(value))
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = "\n" + " " * (level + 1)
        out.append("[" + inner)
        first = True
        for item in value:
            if not first:
                out.append("," + inner)
            first = False
            if type(item) is str:  # the most frequent value, written here
                out.append(_string(item))
            else:
                _write(item, level + 1, out)
        out.append("\n" + " " * level + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = "\n" + " " * (level + 1)
        out.append("{" + inner)
        first = True
        for key, item in value.items():
            name = _string(key) if type(key) is str else _key(key)
            if type(item) is str:  # the most frequent value, written here
                text = _string(item)
            elif item is None:
                text = "null"
            else:
                out.append(name + ": " if first else "," + inner + name + ": ")
                first = False
                _write(item, level + 1, out)
                continue
            out.append(name + ": " + text if first else "," + inner + name + ": " + text)
            first = False
        out.append("\n" + " " * level + "}")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def dumps(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)``."""
    out: list[str] = []
    _write(value, 0, out)
    return "".join(out)
