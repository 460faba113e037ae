"""iCalendar text (RFC 5545) written directly: the few value types ``timeline.ics`` uses.

The ``icalendar`` library made the file until December 2026; it folds each content line a
character at a time in Python (0.2 s for the 710 events of a 200-article dossier, the
largest piece of the exports) and takes 0.1-0.2 s to import. What it wrote, byte for byte,
is what these functions write (``tests/test_ical.py`` compares the two on invented events):

* TEXT values (``text``): ``\\N`` read as a line break, then ``\\`` ``;`` ``,`` escaped by a
  backslash and every line break (CRLF, LF or CR alone) written ``\\n``;
* a list of TEXT values (``CATEGORIES``): each escaped, joined by commas;
* URIs and ``X-WR-CALNAME`` as they are (a line break, which the library refused, written
  ``\\n``);
* all-day dates as ``;VALUE=DATE:YYYYMMDD``, stamps in UTC as ``YYYYMMDDTHHMMSSZ``;
* content lines folded (``fold``) at 74 octets of UTF-8 (a character never cut; the space
  opening a continuation line not counted), a backslash or caret ending a part carried to
  the next one (so an escape is never cut), lines ending with CRLF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

#: octets of a content line's part (the library's limit of 75, reached, folds)
_PART = 74
_CARRIED = (0x5C, 0x5E)  # "\" and "^": kept with what follows them


def text(value: str) -> str:
    """A TEXT value escaped."""
    return (
        value.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def texts(values: Iterable[str]) -> str:
    """A list of TEXT values (``CATEGORIES``)."""
    return ",".join(text(value) for value in values)


def raw(value: str) -> str:
    """A value written as it is (a URI, ``X-WR-CALNAME``); a line break as ``\\n``."""
    return value.replace("\r\n", r"\n").replace("\n", r"\n").replace("\r", r"\n")


def date(day: dt.date) -> str:
    """The parameter and value of an all-day date (after the property's name)."""
    return f";VALUE=DATE:{day:%Y%m%d}"


def stamp(moment: dt.datetime) -> str:
    """A moment in UTC (an aware datetime; a naive one is taken as UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return f"{moment:%Y%m%dT%H%M%S}Z"


def fold(line: str) -> bytes:
    """The content line ``line`` (no line break in it) as UTF-8, folded."""
    data = line.encode("utf-8")
    if len(data) <= _PART:
        return data
    parts: list[bytes] = []
    start = 0
    while len(data) - start > _PART:
        end = start + _PART
        while data[end] & 0xC0 == 0x80:  # inside a character: it goes to the next part
            end -= 1
        if end - start > 1 and data[end - 1] in _CARRIED:
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts)


def lines(content: Iterable[str]) -> bytes:
    """The file: each content line folded, each ended by CRLF."""
    return b"".join(fold(line) + b"\r\n" for line in content)
