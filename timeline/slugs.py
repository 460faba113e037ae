"""ASCII slugs (event and entity IDs, article file names) with one transliteration.

python-slugify transliterates with Unidecode when it is installed and text-unidecode
otherwise ("auto"), looking Unidecode up again on every call with non-ASCII text: a
failed import, about 1 ms, for each event ID of a build. Naming text-unidecode (pinned in
``constraints.txt``) makes slugs the same whatever else is installed, at a fifth of the
cost.

A slug is made once per distinct text and options in a process (``functools.lru_cache``):
merging reads the slug of a reporting clause for every pair of reports it compares (27,000
calls for 161 texts in the assembly of 1,000 articles, 8 µs each).
"""

from __future__ import annotations

import functools
from typing import Final, Literal

from slugify import slugify

BACKEND: Final[Literal["text-unidecode"]] = "text-unidecode"


#: distinct (text, options) kept; python-slugify is pure, so a kept slug is the one it makes
SLUGS_KEPT = 65536


@functools.lru_cache(maxsize=SLUGS_KEPT)
def slug(
    text: str,
    *,
    max_length: int = 0,
    word_boundary: bool = False,
    save_order: bool = False,
) -> str:
    """``slugify(text)`` (lower case, ASCII, hyphens) with text-unidecode."""
    return slugify(
        text,
        max_length=max_length,
        word_boundary=word_boundary,
        save_order=save_order,
        backend=BACKEND,
    )
