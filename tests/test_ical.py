"""timeline.ics written by ``timeline.ical``: byte for byte what the ``icalendar`` library
wrote for the same calendar (the reference below is the code ``exports.ics`` was until
December 2026), on texts that exercise each rule: escapes, line breaks, folding of
multi-byte characters and of escapes at a part's end."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from icalendar import Calendar
from icalendar import Event as VEvent
from site_fixture import ROOT, make_chronology

from timeline import exports
from timeline.present import Shown, labels

SITE_URL = "https://example.org/chronologie/"


def library_ics(chronology: Shown, site_url: str, name: str) -> bytes:
    """The calendar as the ``icalendar`` library writes it (the former ``exports.ics``)."""
    cal = Calendar()
    cal.add("prodid", "-//timeline//chronologie//FR")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = exports.generated_at(chronology)
    titles = {a.slug: a.title for a in chronology.articles}
    published = {a.slug: a.date for a in chronology.articles if a.date}
    names = {x.id: x.name for x in chronology.entities}
    for event in chronology.events:
        vevent = VEvent()
        vevent.add("uid", event.id)
        vevent.add("dtstamp", exports.event_updated(event, published, stamp))
        first, last = dt.date.fromisoformat(event.start), dt.date.fromisoformat(event.end)
        if event.precision == "open-start" or (last - first).days >= exports.ICS_MAX_DAYS:
            first = last
        vevent.add("dtstart", first)
        vevent.add("dtend", last + dt.timedelta(days=1))
        vevent.add("summary", event.title)
        vevent.add(
            "description",
            "\n".join(
                [
                    event.display_date,
                    event.summary,
                    "",
                    "Sources :",
                    *(
                        f"« {s.sentence} » ({titles.get(s.article, s.article)}, § {s.paragraph})"
                        for s in event.sources
                    ),
                ]
            ),
        )
        vevent.add("url", exports.absolute(site_url, event.url))
        places = [names[p] for p in dict.fromkeys(event.places) if p in names]
        if places:
            vevent.add("location", ", ".join(places))
        categories = [
            names[x] for x in dict.fromkeys((*event.actors, *event.organizations)) if x in names
        ]
        if event.kind:
            categories.insert(0, labels()["event_kinds"].get(event.kind, event.kind))
        if categories:
            vevent.add("categories", categories)
        cal.add_component(vevent)
    written: bytes = cal.to_ical()
    return written


@pytest.fixture(scope="module")
def chronology() -> Shown:
    return make_chronology(ROOT / "content")


def rewritten(chronology: Shown, text: str) -> Shown:
    """Every event's title, summary, first source sentence and every entity's name made of
    ``text``, shifted by 0 to 7 letters from one event to the next (so that what a rule
    reads falls at every place of a folded line)."""
    events = []
    for i, event in enumerate(chronology.events):
        shifted = "x" * (i % 8) + text
        sources = [dataclasses.replace(event.sources[0], sentence=shifted), *event.sources[1:]]
        events.append(
            dataclasses.replace(
                event, title=shifted, summary=shifted[::-1], sources=sources, kind=event.kind
            )
        )
    entities = [
        dataclasses.replace(e, name=f"{text[: 5 + i % 20]} {e.name}")
        for i, e in enumerate(chronology.entities)
    ]
    return dataclasses.replace(chronology, events=events, entities=entities)


@pytest.mark.parametrize(
    "text",
    [
        "La mairie a voté le budget, puis l'a publié ; « enfin », dit-elle",  # , ; escaped
        "Le greffe écrit C:\\Nouveau\\dossier et \\N au milieu",  # \ and \N
        "première ligne\ndeuxième\r\ntroisième\rquatrième",  # every line break
        "é" * 120,  # two-byte characters across every fold
        "L'équipe 🎉 a gagné " * 9,  # four-byte characters
        "\\" * 150,  # escapes at every part's end
        "a^b^" * 50,  # carets (kept with what follows at a part's end)
        "x" * 73 + "\\" + "y" * 80,  # a backslash just at the limit
        "œuvre ’ apostrophe typographique et espace\u00a0insécable " * 3,
        "",
    ],
    ids=[
        "separators",
        "backslashes",
        "line-breaks",
        "two-byte",
        "four-byte",
        "backslash-runs",
        "carets",
        "backslash-at-limit",
        "typography",
        "empty",
    ],
)
def test_the_calendar_is_what_the_library_wrote(chronology: Shown, text: str):
    shown = rewritten(chronology, text)
    assert exports.ics(shown, SITE_URL, "Dossier") == library_ics(shown, SITE_URL, "Dossier")


@pytest.mark.parametrize(
    ("site_url", "name"),
    [
        ("", "Chronologie"),
        (SITE_URL, "Le dossier, ses suites; et \\ le reste"),  # a name is written as it is
        ("https://exemple.fr/é/", "Élections régionales " * 6),
    ],
)
def test_the_calendar_name_and_links_are_what_the_library_wrote(chronology, site_url, name):
    assert exports.ics(chronology, site_url, name) == library_ics(chronology, site_url, name)


def test_a_stamp_out_of_utc_is_written_in_utc(chronology: Shown):
    """An event's stamp is its latest source's day, else the chronology's (here: sources of
    no known article, and a chronology generated at 12:30 in UTC+2)."""
    events = [
        dataclasses.replace(
            event, sources=[dataclasses.replace(s, article="inconnu") for s in event.sources]
        )
        for event in chronology.events
    ]
    shown = dataclasses.replace(chronology, events=events, generated="2015-10-07T12:30:00+02:00")
    assert b"DTSTAMP:20151007T103000Z\r\n" in exports.ics(shown, SITE_URL)
    assert exports.ics(shown, SITE_URL) == library_ics(shown, SITE_URL, "Chronologie")


def test_a_line_break_in_the_name_is_escaped_not_a_crash(chronology: Shown):
    """The library refused it (an assertion); the calendar writes it as ``\\n``."""
    assert b"X-WR-CALNAME:Deux\\nlignes\r\n" in exports.ics(chronology, SITE_URL, "Deux\nlignes")
