"""The noun phrases of a parsed sentence that a pronoun after them may stand for.

"... après l'annonce des résultats des élections européennes. Celles-ci ont vu ...":
"celles-ci" is the last noun phrase before it of its number and gender, "élections
européennes" (feminine plural). Extraction reads each phrase's number and gender from the
morphology spaCy gave its noun, over the whole sentence (its reporting clause too, which the
stored parse of the reported clause leaves out); assembly (``titles``) decides which
determiners a headline can open with. Nothing of the language's vocabulary here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from timeline.events.nlp import morph
from timeline.records import NounPhrase

#: the phrases kept per sentence (the last ones: a pronoun stands for a phrase near it)
KEPT = 12

_NUMBERS = {"Sing": "singular", "Plur": "plural"}
_GENDERS = {"Masc": "masculine", "Fem": "feminine"}


def noun_phrases(tokens: Sequence[Any]) -> list[NounPhrase]:
    """Each common noun with a determiner or a preposition's article just before it (its
    dependent), with the adjectives right after it, and each run of proper nouns; its
    number and gender from its noun's morphology ("" when spaCy gives none). ``tokens``:
    a parsed sentence's Doc (offsets in the sentence)."""
    out: list[NounPhrase] = []
    n = 0
    while n < len(tokens):
        token = tokens[n]
        if token.pos_ == "PROPN":
            last = n
            while last + 1 < len(tokens) and tokens[last + 1].pos_ == "PROPN":
                last += 1
            out.append(_phrase(tokens, n, last, "singular", proper=True))
            n = last + 1
            continue
        if token.pos_ == "NOUN" and n > 0 and tokens[n - 1].head.i == token.i:
            last = n
            while (
                last + 1 < len(tokens)
                and tokens[last + 1].pos_ == "ADJ"
                and tokens[last + 1].head.i == token.i
            ):
                last += 1
            number = _NUMBERS.get(next(iter(morph(token, "Number")), ""), "")
            if number:
                out.append(_phrase(tokens, n, last, number, proper=False))
        n += 1
    return out[-KEPT:]


def _phrase(
    tokens: Sequence[Any], first: int, last: int, number: str, *, proper: bool
) -> NounPhrase:
    head = tokens[first]
    before = tokens[first - 1] if first > 0 and tokens[first - 1].head.i == head.i else None
    words = "".join(
        tokens[k].text + (tokens[k].whitespace_ if k < last else "") for k in range(first, last + 1)
    )
    gender = _GENDERS.get(next(iter(morph(head, "Gender")), ""), "")
    return NounPhrase(
        end=tokens[last].idx + len(tokens[last].text),
        determiner=before.text if before is not None else "",
        words=words,
        number=number,
        gender=gender,
        proper=proper,
    )
