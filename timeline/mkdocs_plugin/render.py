"""Render untrusted article text as HTML with highlighted spans (pure, no MkDocs).

Every character of the article goes through ``html.escape``; only the markup of the
``Mark`` objects (built by the site from trusted data) is inserted between characters.
Marks must nest (a time expression inside a sentence); a mark that crosses another one
already open is dropped rather than producing broken HTML.
"""

from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True)
class Mark:
    """Markup to wrap around ``text[start:end]`` (offsets into the whole article file)."""

    start: int
    end: int
    open_html: str
    close_html: str


def nested_marks(marks: list[Mark], start: int, end: int) -> list[Mark]:
    """Marks inside [start, end) that nest properly, outermost first at equal starts."""
    inside = [m for m in marks if start <= m.start < m.end <= end]
    inside.sort(key=lambda m: (m.start, -m.end))
    kept: list[Mark] = []
    stack: list[Mark] = []
    for mark in inside:
        while stack and stack[-1].end <= mark.start:
            stack.pop()
        if stack and mark.end > stack[-1].end:
            continue  # crosses an open mark
        kept.append(mark)
        stack.append(mark)
    return kept


def render_span(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """HTML of ``text[start:end]``, escaped, with the nesting ``marks`` applied."""
    out: list[str] = []
    pos = start
    stack: list[Mark] = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(html.escape(text[pos : top.end]))
            out.append(top.close_html)
            pos = top.end

    for mark in nested_marks(marks, start, end):
        close_until(mark.start)
        out.append(html.escape(text[pos : mark.start]))
        out.append(mark.open_html)
        pos = mark.start
        stack.append(mark)
    close_until(end)
    out.append(html.escape(text[pos:end]))
    return "".join(out)
