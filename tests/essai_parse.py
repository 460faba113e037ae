"""A stored parse written by hand for the headline tests (``records.ParsedToken``), shared by
``test_events_one_tree.py``, ``test_events_headline_arguments.py`` and the headline tables."""

from __future__ import annotations

from timeline.records import ParsedToken


def clause(rows: list[tuple[str, str, str, int]]) -> list[ParsedToken]:
    """A stored parse: (text, dep, pos, head index); a word glued to the next one (no space
    after it) ends with "+" ("L'+", "état+"), a verb's lemma follows its form after "/"
    ("devenus/devenir")."""
    out, at = [], 0
    for text, dep, pos, head in rows:
        text, _, lemma = text.partition("/")
        glued = text.endswith("+") and len(text) > 1
        word = text[:-1] if glued else text
        space = "" if glued else " "
        out.append(ParsedToken(at, word, space, dep, pos, lemma, head))
        at += len(word) + len(space)
    return out


def span(parsed: list[ParsedToken], words: str) -> tuple[int, int]:
    """The character span of the words ``words`` (one string, split on spaces) in
    ``parsed``, from the first word's offset to the end of the last."""
    first, *rest = words.split()
    for n, tok in enumerate(parsed):
        if tok.text == first and [t.text for t in parsed[n + 1 : n + 1 + len(rest)]] == rest:
            last = parsed[n + len(rest)]
            return (tok.idx, last.idx + len(last.text))
    raise AssertionError(words)
