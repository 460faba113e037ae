"""Find the publication date in the first lines of a plain text (French: day first)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

HEADER_LINES = 5  # non-empty lines searched for a date

_NUMERIC_RE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])")
_ISO_RE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
# "7 octobre 2015", "1er oct. 2015", "mercredi 7 octobre 2015": the month word is checked
# by dateparser (French vocabulary lives in its data, not here).
_WORDS_RE = re.compile(r"\b(\d{1,2}(?:er)?)\s+([^\W\d_]{3,10}\.?)\s+(\d{4})\b")


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    line: int  # 0-based index in the text's lines
    text: str


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_words(match: re.Match[str]) -> dt.date | None:
    import dateparser

    parsed = dateparser.parse(
        match.group(0),
        languages=["fr"],
        settings={
            "DATE_ORDER": "DMY",
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    return parsed.date() if parsed else None


def dates_in_line(line: str) -> list[tuple[dt.date, str]]:
    found: list[tuple[dt.date, str]] = []
    for m in _ISO_RE.finditer(line):
        if d := _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            found.append((d, m.group(0)))
    for m in _NUMERIC_RE.finditer(line):  # day first: 07/10/2015 is 7 October
        if d := _valid(int(m.group(4)), int(m.group(3)), int(m.group(1))):
            found.append((d, m.group(0)))
    for m in _WORDS_RE.finditer(line):
        if d := _parse_words(m):
            found.append((d, m.group(0)))
    return found


def find_header_date(text: str, max_lines: int = HEADER_LINES) -> FoundDate | None:
    """The first date found in the first ``max_lines`` non-empty lines, if any."""
    seen = 0
    for index, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        seen += 1
        if seen > max_lines:
            break
        found = dates_in_line(line)
        if found:
            date, surface = found[0]
            return FoundDate(date, index, surface)
    return None
