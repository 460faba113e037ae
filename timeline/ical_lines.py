"""A calendar's bytes as icalendar writes them, its long lines folded a run at a time.

``Component.to_ical`` folds each content line one character at a time (icalendar 7:
every character encoded to count its bytes), three fifths of the time the calendar of a
dossier of 200 articles takes (7,000 lines, 900 KB). ``calendar_bytes`` takes the same
content lines (``Component.content_lines``) and folds them as icalendar does, a run of
characters at a time: a line of at most 74 bytes as it is; a longer one cut into runs, each
the longest that holds in 74 bytes (UTF-8), then the next run after ``CRLF`` and a space;
a run of two characters or more that would end on a backslash or a caret, with more to
come, leaves that character to the next run (the escapes icalendar keeps whole: its issue
#1501). ``tests/test_ical_lines.py`` compares every fold with icalendar's own
(``Contentline.to_ical``).

The content lines themselves are written here too, as icalendar 7 writes the few value
types an export uses (``text``, ``day``, ``stamp``): making each one through icalendar's
``Component.add`` and ``content_lines`` (a value object per property, its type looked up,
its parameters serialised) took two thirds of the calendar's time. ``tests/test_exports.py``
compares the whole calendar with the one icalendar makes of the same properties.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

#: bytes of a run (a line is folded when it has 75 or more)
RUN = 74
#: characters a run does not end on when more follows (an escape kept whole)
ESCAPES = "\\^"
FOLD = "\r\n "


def fold(line: str) -> str:
    """``line`` folded as icalendar folds a content line (RFC 5545, 3.1)."""
    if len(line.encode("utf-8")) <= RUN:
        return line
    runs = []
    start, size = 0, len(line)
    while start < size:
        run = line[start : start + RUN]
        encoded = run.encode("utf-8")
        if len(encoded) > RUN:  # a character cut at byte 74 is left to the next run
            run = encoded[:RUN].decode("utf-8", "ignore")
        end = start + len(run)
        if end < size and len(run) > 1 and run[-1] in ESCAPES:
            end -= 1
        runs.append(line[start:end])
        start = end
    return FOLD.join(runs)


def calendar_bytes(lines: Iterable[str]) -> bytes:
    """The calendar of ``lines`` (``Component.content_lines``: its last one empty) as
    ``Component.to_ical`` writes it."""
    return b"\r\n".join(fold(line).encode("utf-8") for line in lines if line) + b"\r\n"


def text(value: str) -> str:
    """``value`` as a TEXT value (RFC 5545, 3.3.11), escaped as icalendar escapes it (in
    this order: ``\\N`` read as a line break; backslash, semicolon and comma escaped; a
    line break, CRLF, LF or a lone CR, written ``\\n``)."""
    return (
        value.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def day(name: str, value: dt.date) -> str:
    """The content line of an all-day DATE property (``DTSTART;VALUE=DATE:20151001``)."""
    return f"{name};VALUE=DATE:{value.year:04}{value.month:02}{value.day:02}"


def stamp(name: str, moment: dt.datetime) -> str:
    """The content line of a DATE-TIME property: a moment in UTC as icalendar writes it
    (``DTSTAMP:20151001T000000Z``); any other moment (a time zone named by a ``TZID``)
    written by icalendar itself."""
    if moment.tzinfo is not dt.UTC:
        from icalendar import Event  # noqa: PLC0415 (what a UTC moment never needs)

        component = Event()
        component.add(name, moment)
        return str(component.content_lines()[1])  # after BEGIN:VEVENT
    return (
        f"{name}:{moment.year:04}{moment.month:02}{moment.day:02}"
        f"T{moment.hour:02}{moment.minute:02}{moment.second:02}Z"
    )
