"""A stored parse written by hand for the headline tests (``records.ParsedToken``), shared by
``test_events_one_tree.py`` and ``test_events_headline_arguments.py``."""

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
