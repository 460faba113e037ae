"""Indented JSON text, as ``json.dumps(value, ensure_ascii=False, indent=N)`` writes it.

With ``indent`` set, the standard library encodes in pure Python, one generator step per
token (its C encoder serves compact output only): 0.2 s of a 200-article dossier's build
for ``events.json`` alone. ``dumps`` builds the same text from the C string encoder and
plain recursion, about twice as fast; ``tests/test_jsontext.py`` checks that the text is
the standard library's, byte for byte, on any JSON value and on the exports.

Only JSON's own types are taken (dicts, lists and tuples, strings, numbers, booleans and
None); anything else raises ``TypeError``, as ``json.dumps`` does.
"""

from __future__ import annotations

import json
from typing import Any

_encode_string = json.encoder.encode_basestring  # the C version when available
_float_repr = float.__repr__
_int_repr = int.__repr__


def dumps(value: Any, indent: int = 1) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``."""
    parts: list[str] = []
    _write(value, parts, "\n", " " * indent)
    return "".join(parts)


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return _float_repr(value)


def _key(key: Any) -> str:
    """A non-string key as ``json.dumps`` writes it."""
    if isinstance(key, float):
        return _float(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return _int_repr(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _write(value: Any, out: list[str], newline: str, step: str) -> None:
    """Append the text of ``value`` to ``out``; ``newline``: a newline and the current
    indentation."""
    if isinstance(value, str):
        out.append(_encode_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(_int_repr(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + step
        out.append("[")
        first = True
        for item in value:
            out.append(inner if first else "," + inner)
            first = False
            _write(item, out, inner, step)
        out.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + step
        out.append("{")
        first = True
        for key, item in value.items():
            if not isinstance(key, str):
                key = _key(key)
            out.append((inner if first else "," + inner) + _encode_string(key) + ": ")
            first = False
            _write(item, out, inner, step)
        out.append(newline + "}")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
