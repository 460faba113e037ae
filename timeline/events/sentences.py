"""Split an article body into paragraphs and sentences (offsets into the whole file text).

spaCy's parser splits French news badly around quotes ("« ... » , a-t-il dit" becomes
three pieces), so sentences come from a small rule set instead: a boundary after . ! ? or
… (and any closing quote), before an upper-case letter or an opening quote, never after an
abbreviation ("M. Poutine") and never inside a quotation that closes in the paragraph.
spaCy then analyses each sentence (tense, lemmas, names) in ``extract``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.articles import Article
from timeline.events.lexicon import lexicon

_BOUNDARY = re.compile(
    r"""(?P<end>[.!?…]+(?:\s*[»"”)])?)   # final punctuation, maybe a closing quote
        (?P<space>\s+)
        (?=[«"“(]?\s*[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ0-9])  # next sentence starts with a capital
    """,
    re.VERBOSE,
)
_LAST_WORD = re.compile(r"([\w.\-°]+)\.$")


def normalize(text: str) -> str:
    """Same-length normalisation: no-break and thin spaces to spaces, ’ to ' (1:1
    replacements: offsets keep pointing into the original text)."""
    return (
        text.replace("\u00a0", " ")
        .replace("\u202f", " ")
        .replace("\u2009", " ")
        .replace("\u2019", "'")
    )


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets into the article's whole file text
    end: int
    paragraph: int  # 1-based paragraph number in the body
    index_in_paragraph: int  # 0-based
    heading: bool  # a paragraph that is a heading ("Lire aussi", "Bientôt une rencontre ?")


def _quote_depths(text: str) -> list[int]:
    """Quotation depth before each character; quotes left open in the text are ignored."""
    marks = lexicon()["quotes"]
    opening, closing, toggle = set(marks["open"]), set(marks["close"]), set(marks["toggle"])
    events: list[tuple[int, int]] = []  # (position, +1 open / -1 close)
    depth = 0
    for i, ch in enumerate(text):
        if ch in opening or (ch in toggle and depth == 0):
            depth += 1
            events.append((i, 1))
        elif (ch in closing or ch in toggle) and depth > 0:
            depth -= 1
            events.append((i, -1))
    # Drop openings that never close (a quote running past the paragraph).
    stack: list[int] = []
    matched: list[tuple[int, int]] = []
    for pos, kind in events:
        if kind == 1:
            stack.append(pos)
        elif stack:
            matched.append((stack.pop(), pos))
    depths = [0] * (len(text) + 1)
    for open_pos, close_pos in matched:
        for i in range(open_pos + 1, close_pos + 1):
            depths[i] += 1
    return depths


def _is_abbreviation(chunk: str) -> bool:
    match = _LAST_WORD.search(chunk)
    if not match:
        return False
    word = match.group(1)
    abbreviations = set(lexicon()["abbreviations"])
    return word in abbreviations or (len(word) == 1 and word.isupper())


def split_paragraph(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph (``text`` normalised)."""
    depths = _quote_depths(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end("end")
        if depths[match.start("end")] > 0 and depths[end] > 0:
            continue  # inside a quotation that closes later in the paragraph
        if match.group("end") == "." and _is_abbreviation(text[start:end]):
            continue
        spans.append((start, end))
        start = match.end("space")
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    words = stripped.split()
    return len(words) <= lexicon()["heading_max_words"] and not stripped.endswith((".", "…"))


def split_sentences(article: Article) -> list[Sentence]:
    """Every sentence of the article body, in order."""
    sentences: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(article.paragraphs(), start=1):
        paragraph = normalize(article.text[p_start:p_end])
        spans = split_paragraph(paragraph)
        heading = len(spans) == 1 and _is_heading(paragraph)
        for index, (s, e) in enumerate(spans):
            sentences.append(Sentence(p_start + s, p_start + e, number, index, heading))
    return sentences
