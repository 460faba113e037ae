"""Records the tests build by hand, in one place: a sentence's extraction record
(``records.Sentence``) with only what a test needs said, its reporting clause as
``features`` reads it, and one token of a hand-made parse."""

from __future__ import annotations

from typing import Any

from timeline.events import features
from timeline.records import ParsedToken, ReportingClause, Sentence


def sentence(text: str, **fields: Any) -> Sentence:
    """The extraction record of the sentence ``text`` as a test builds it: offsets in the
    sentence itself (0 to its length), the first sentence of the first paragraph, no
    heading, and nothing read of it (no tense, verb, time expression, reporting clause,
    quotation, mention, content word or number) but what ``fields`` gives, by the record's
    own field names."""
    given: dict[str, Any] = {
        "start": 0,
        "end": len(text),
        "paragraph": 1,
        "index_in_paragraph": 0,
        "heading": False,
        "tense": None,
        "content_tense": None,
        "verb": None,
        "action": None,
        "timexes": [],
        "timex": None,
        "report": None,
        "quote": False,
        "continuation": False,
        "additive": False,
        "hypothetical": False,
        "mentions": [],
        "words": [],
        "numbers": [],
    }
    return Sentence(text=text, **(given | fields))


def reporting_clause(text: str) -> ReportingClause | None:
    """The reporting clause of ``text`` as ``features.reporting_clause`` finds it, as the
    record stores it (offsets in ``text``), or None."""
    found = features.reporting_clause(text)
    if found is None:
        return None
    speaker = found.speaker
    return ReportingClause(
        kind=found.kind,
        start=found.start,
        end=found.end,
        verb=found.verb,
        speaker=None if speaker is None else (speaker[0], speaker[1]),
    )


def noun_token(text: str, head: int) -> ParsedToken:
    """A token of a hand-made parse that only its text and head matter for: a noun
    subject at offset 0, its lemma its lowercase text."""
    return ParsedToken(0, text, " ", "nsubj", "NOUN", text.lower(), head)
