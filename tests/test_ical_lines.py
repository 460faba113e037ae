"""A calendar's lines folded a run at a time: what icalendar writes, byte for byte."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar, Event
from icalendar.parser import Contentline, Contentlines

from timeline import ical_lines

LINES = [
    "",
    "BEGIN:VEVENT",
    "X" * 74,  # 74 bytes: not folded
    "X" * 75,  # 75: folded after 74
    "X" * 148,  # two whole runs
    "X" * 149,
    "X" * 400,
    "é" * 37,  # 74 bytes in 37 characters
    "é" * 38,  # 76 bytes: the 38th character starts the next run
    "X" * 73 + "é" + "Y" * 10,  # a character of two bytes across byte 74
    "X" * 72 + "😀" + "Y" * 10,  # four bytes across byte 74
    "X" * 71 + "😀" * 30,
    "€" * 100,
    "X" * 73 + "\\,Y" + "Z" * 80,  # an escape cut at the fold: left whole to the next run
    "X" * 73 + "^'" + "Z" * 80,  # a caret (RFC 6868) likewise
    "X" * 73 + "\\",  # a backslash ending the line itself: nothing more to come
    "X" * 74 + "\\" + "Z",
    "\\" * 300,  # every run would end on a backslash
    "^" * 160,
    "é" * 36 + "\\n" + "é" * 60,
    "DESCRIPTION:" + 'Quotes \\" and \\\\ backslashes\\, commas\\; semicolons\\n' * 6,
]


@pytest.mark.parametrize("line", LINES)
def test_a_line_is_folded_as_icalendar_folds_it(line):
    assert ical_lines.fold(line).encode("utf-8") == Contentline(line).to_ical()


def test_every_run_but_the_last_holds_at_most_74_bytes():
    for line in LINES:
        runs = ical_lines.fold(line).split("\r\n ")
        assert "".join(runs) == line
        assert all(len(run.encode("utf-8")) <= ical_lines.RUN for run in runs)


def test_a_calendar_is_written_as_to_ical_writes_it():
    calendar = Calendar()
    calendar.add("prodid", "-//timeline//test//FR")
    calendar.add("version", "2.0")
    for n, text in enumerate(LINES[1:] + ["Lines\r\nCRLF and ; , \\N", "x" * 2000]):
        event = Event()
        event.add("uid", f"event-{n}")
        event.add("dtstart", dt.date(2015, 10, 1 + n % 28))
        event.add("summary", text)
        event.add("description", text + " — résumé" * 5)
        event.add("categories", [text[:90], "Attentat", "Émeute; à Paris, ce soir"])
        calendar.add_component(event)
    assert ical_lines.calendar_bytes(calendar.content_lines()) == calendar.to_ical()


def test_an_empty_component_is_one_line_break_as_in_icalendar():
    assert ical_lines.calendar_bytes([""]) == Contentlines([Contentline("")]).to_ical()
