"""dateparser's ``search_dates`` as a baseline tagger.

``search_dates(text, languages=['fr'], settings={'RELATIVE_BASE': dct})`` returns
(substring, datetime) pairs in text order; each becomes a DATE timex whose offsets are those
of the substring (searched from the end of the previous hit) and whose value is the ISO day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateparser.search import search_dates

SYSTEM = "dateparser 1.5.0 search_dates, languages=['fr'], RELATIVE_BASE=dct"


def _dct(value: Any) -> dt.datetime:
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return dt.datetime(day.year, day.month, day.day)


def tag(text: str, dct: Any) -> list[dict[str, Any]]:
    """Timexes found by ``search_dates`` in ``text`` (offsets into ``text``)."""
    hits = search_dates(text, languages=["fr"], settings={"RELATIVE_BASE": _dct(dct)}) or []
    timexes, cursor = [], 0
    for surface, when in hits:
        start = text.find(surface, cursor)
        if start == -1:
            start = text.find(surface)
        if start == -1:
            continue
        cursor = start + len(surface)
        timexes.append(
            {
                "start": start,
                "end": cursor,
                "text": surface,
                "type": "DATE",
                "value": when.date().isoformat(),
                "rule": "dateparser.search_dates",
            }
        )
    return timexes


def tag_documents(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"doc_id": d["doc_id"], "timexes": tag(d["text"], d["dct"])} for d in docs]
