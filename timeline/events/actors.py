"""Who acts in a report, when its main clause's subject names them by a title (issue 9).

French news tells who did something by a name ("Claire Vernay a inauguré ...") or by the
office they hold ("La maire de Lyon a inauguré ..."), the name given once in apposition,
in that article or another of the build ("la maire de Lyon, Claire Vernay"). The subject
of a report's main clause, read from its stored parse (``Sentence.clause``: the subject
and every word it governs, up to a comma that sets an apposition off), stands for the one
holder of its title around the report's day (``speakers.TitleBook``), as a reporting
clause's title does for who speaks (``speakers.voice``). Merging then counts that person
among the report's people: the act of "le ministre de l'Économie" and a statement of the
minister by name have someone in common.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.events.clause import root_of
from timeline.records import ParsedToken

#: the dependencies of a main verb's subject (active, passive)
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def subject_words(tokens: Sequence[ParsedToken]) -> str:
    """The words of the main clause's subject as written (lower case, one space between
    words), up to a comma ("le patron d'Arcelor" of "Le patron d'Arcelor, Guy Dollé, a
    affirmé"); "" when the clause has none or its head is no verb."""
    root = root_of(tokens)
    if root is None or tokens[root].pos not in ("VERB", "AUX"):
        return ""
    subject = next(
        (n for n, t in enumerate(tokens) if t.head == root and n != root and t.dep in _SUBJECTS),
        None,
    )
    if subject is None:
        return ""
    below = {subject}
    grew = True
    while grew:  # every word the subject governs, however deep
        more = {n for n, t in enumerate(tokens) if t.head in below and n not in below}
        grew = bool(more)
        below |= more
    words: list[str] = []
    for n in range(min(below), max(below) + 1):
        token = tokens[n]
        if token.text == ",":
            break
        words.append(token.text + token.space)
    return " ".join("".join(words).split()).lower()
