"""ASCII slugs (event and entity IDs, article file names) with one transliteration.

python-slugify transliterates with Unidecode when it is installed and text-unidecode
otherwise ("auto"), looking Unidecode up again on every call with non-ASCII text: a
failed import, about 1 ms, for each event ID of a build. Naming text-unidecode (pinned in
``constraints.txt``) makes slugs the same whatever else is installed, at a fifth of the
cost.
"""

from __future__ import annotations

from typing import Final, Literal

from slugify import slugify

BACKEND: Final[Literal["text-unidecode"]] = "text-unidecode"


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
