"""The front matter of a generated page read without a YAML parser, when it has the shape
the plugin writes.

MkDocs reads a page's front matter with ``mkdocs.utils.meta.get_data``: PyYAML's loader
(libyaml's scanner, Python's constructor), about 0.3 M instructions a page, 0.3 G for the
1,008 generated pages of the bench's 200-article dossier, which all write the same few
lines: a ``title`` and perhaps a ``description`` as JSON strings (``pages.yaml_string``),
comments, and ``search: exclude: true``. ``read`` reads exactly those lines and gives
what ``get_data`` gives for them (the Markdown after the front matter, the same dict in the
same order); for any other text it gives None and the caller asks ``get_data``: a line
with a character Python does not call printable (which takes out every one YAML refuses
or reads as a line break, and a few more), a string with an escape other than ``\\"`` and
``\\\\``, a key twice, any other key or line. ``tests/test_front_matter.py`` compares the
two on every shape the pages write and on thousands of characters.
"""

from __future__ import annotations

import re
from typing import Any

_OPEN = "---\n"
_CLOSE = "---"
_KEYS = ("title", "description")  # the keys written as one-line JSON strings
_SEARCH = ("search:", "  exclude: true")
#: a double-quoted scalar with escaped quotes or backslashes (and no other escape)
_ESCAPED = re.compile(r'[^"\\]*(?:\\["\\][^"\\]*)*')
_ESCAPE = re.compile(r'\\(["\\])')


def read(source: str) -> tuple[str, dict[str, Any]] | None:
    """(Markdown, meta) of ``source`` as ``get_data`` reads it, when its front matter has
    only the lines generated pages write; else None."""
    if not source.startswith(_OPEN):
        return None
    meta: dict[str, Any] = {}
    at = len(_OPEN)
    waiting = False  # the line after "search:"
    while True:
        end = source.find("\n", at)
        if end < 0:
            return None
        line = source[at:end]
        at = end + 1
        if waiting:
            if line != _SEARCH[1]:
                return None
            meta["search"] = {"exclude": True}
            waiting = False
        elif line == _CLOSE:
            break
        elif line == _SEARCH[0]:
            if "search" in meta:
                return None
            waiting = True
        elif not line.isprintable():
            return None
        elif line.startswith("#"):
            continue  # a comment
        else:
            key, _, value = line.partition(": ")
            if key not in _KEYS or key in meta or len(value) < 2 or value[0] != '"':
                return None
            if value[-1] != '"':
                return None
            value = value[1:-1]
            if '"' in value or "\\" in value:
                if not _ESCAPED.fullmatch(value):
                    return None
                value = _ESCAPE.sub(r"\1", value)
            meta[key] = value
    if not meta:
        return None  # comments alone: YAML reads no mapping
    return source[at:].lstrip("\n"), meta
