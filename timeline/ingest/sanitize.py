"""Keep stored articles plain text: markup never passes through."""

from __future__ import annotations

import re

# Elements whose content is code or styling, removed with their content.
_BLOCK_RE = re.compile(
    r"<\s*(script|style|iframe|object|embed|noscript|template|svg|math)\b[^>]*>.*?<\s*/\s*\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
# Any remaining tag-like sequence: <tag ...>, </tag>, <!-- ... -->, <!doctype ...>.
_TAG_RE = re.compile(
    r"<!--.*?-->|<\s*/?\s*[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?\s*>|<![^<>]*>", re.DOTALL
)
_JS_URL_RE = re.compile(r"\bjavascript\s*:", re.IGNORECASE)


def strip_markup(text: str) -> tuple[str, int]:
    """Remove HTML elements and tags from text; return (clean text, number removed)."""
    removed = 0
    for pattern in (_BLOCK_RE, _TAG_RE):
        text, count = pattern.subn("", text)
        removed += count
    text, count = _JS_URL_RE.subn("javascript ", text)
    return text, removed + count


def find_markup(text: str) -> re.Match[str] | None:
    """The first HTML element or tag of ``text`` (what ``strip_markup`` removes), if any."""
    return _BLOCK_RE.search(text) or _TAG_RE.search(text)
