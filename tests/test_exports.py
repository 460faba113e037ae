"""Exports: events.json, timeline.ics, timelinejs.json, feed.xml (unit and in the built site)."""

from __future__ import annotations

import copy as copy_module
import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from lxml import etree
from site_fixture import ROOT, make_chronology, seed_site

from timeline import exports, ical_lines
from timeline.present import display_date, labels

SITE_URL = "https://example.org/timeline/"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def chronology():
    return make_chronology(ROOT / "content")


def test_events_json_has_ids_urls_and_permalinks(chronology):
    data = json.loads(exports.events_json(chronology, SITE_URL))
    assert {"generated", "events", "entities", "articles"} <= set(data)
    assert [e["id"] for e in data["events"]] == [e.id for e in chronology.events]
    for record in (*data["events"], *data["entities"]):
        assert record["url"] and record["permalink"] == SITE_URL + record["url"]


def test_ics_round_trips_one_all_day_vevent_per_event(chronology):
    calendar = Calendar.from_ical(exports.ics(chronology, SITE_URL))
    vevents = calendar.walk("VEVENT")
    assert [str(v["UID"]) for v in vevents] == [e.id for e in chronology.events]
    for vevent, event in zip(vevents, chronology.events, strict=True):
        start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date  # all-day, not datetimes
        long = (dt.date.fromisoformat(event.end) - dt.date.fromisoformat(event.start)).days
        if event.precision == "open-start" or long >= exports.ICS_MAX_DAYS:
            assert start.isoformat() == event.end  # shown on its last day (test_ics_ranges)
        else:
            assert start.isoformat() == event.start
        assert end - dt.date.fromisoformat(event.end) == dt.timedelta(days=1)  # exclusive
        assert str(vevent["URL"]) == SITE_URL + event.url
        assert str(vevent["SUMMARY"]) == event.title
        assert event.sources[0].sentence in str(vevent["DESCRIPTION"])


def test_ics_is_byte_identical_to_icalendar_serialisation(chronology):
    """The file reads back as the same calendar: what ``Calendar.to_ical`` writes."""
    produced = exports.ics(chronology, SITE_URL)
    assert produced == Calendar.from_ical(produced).to_ical()


@pytest.mark.parametrize(
    ("event_id", "start", "end"),
    [
        ("2015-10-03-violations-espace-aerien-turc", dt.date(2015, 10, 3), dt.date(2015, 10, 5)),
        ("2015-09-30-frappes-aeriennes-russes", dt.date(2015, 9, 30), dt.date(2015, 10, 8)),
        # an open start (a year of coalition strikes): its last day, not a 366-day block
        (
            "2014-10-07-coalition-frappes-quotidiennes",
            dt.date(2015, 10, 7),
            dt.date(2015, 10, 8),
        ),
        ("2015-10-07-offensive-terrestre-hama", dt.date(2015, 10, 7), dt.date(2015, 10, 8)),
    ],
)
def test_ics_ranges(chronology, event_id, start, end):
    vevent = next(
        v
        for v in Calendar.from_ical(exports.ics(chronology)).walk("VEVENT")
        if v["UID"] == event_id
    )
    assert (vevent.decoded("DTSTART"), vevent.decoded("DTEND")) == (start, end)


def test_timelinejs_structure(chronology):
    data = json.loads(exports.timelinejs(chronology, SITE_URL, "Titre"))
    assert data["title"]["text"]["headline"] == "Titre"
    assert len(data["events"]) == len(chronology.events)
    for record, event in zip(data["events"], chronology.events, strict=True):
        assert record["unique_id"] == event.id
        day = dt.date.fromisoformat(event.start)
        assert record["start_date"] == {"year": day.year, "month": day.month, "day": day.day}
        assert ("end_date" in record) == (event.end != event.start)
        assert record["text"]["headline"] and SITE_URL + event.url in record["text"]["text"]


def test_timelinejs_title_slide_says_what_the_chronology_covers(chronology):
    data = json.loads(exports.timelinejs(chronology, SITE_URL, "Titre"))
    text = data["title"]["text"]["text"]
    assert f"{len(chronology.events)} événements" in text
    assert f"{len(chronology.articles)} articles" in text
    first = min(e.start for e in chronology.events)
    assert str(dt.date.fromisoformat(first).year) in text
    assert f'href="{SITE_URL}"' in text


def test_timelinejs_rows_are_the_main_actors(chronology):
    """``group``: each event on the row of its first actor among the most active ones (or
    « Autres »); every row name is an entity's name; events with no actor have no row."""
    data = json.loads(exports.timelinejs(chronology, SITE_URL, "Titre"))
    names = {x.id: x.name for x in chronology.entities}
    rows = {r["group"] for r in data["events"] if "group" in r}
    assert 2 <= len(rows) <= exports.TIMELINEJS_GROUPS + 1
    assert rows - {"Autres"} <= set(names.values())
    for record, event in zip(data["events"], chronology.events, strict=True):
        cast = [names[x] for x in (*event.actors, *event.organizations) if x in names]
        if not cast:
            assert "group" not in record
        else:
            assert record["group"] in {*cast, "Autres"}
            if record["group"] != "Autres":
                # the first of its actors that has a row of its own
                assert record["group"] == next(c for c in cast if c in rows)


def test_atom_feed_has_one_entry_per_event(chronology):
    root = etree.fromstring(exports.atom(chronology, SITE_URL, "Chronologie"))
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(chronology.events)
    ids = {e.findtext(f"{ATOM}id") for e in entries}
    assert ids == {SITE_URL + e.url for e in chronology.events}
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == SITE_URL + "feed.xml"


def test_exports_escape_untrusted_text(chronology):
    event = chronology.events[0]
    original = event.title
    event.title = "<script>alert(1)</script>"
    try:
        tl = json.loads(exports.timelinejs(chronology))
        assert "<script>" not in json.dumps(tl)
        assert b"<script>" not in exports.atom(chronology)
    finally:
        event.title = original


def test_write_exports_is_atomic_and_complete(chronology, tmp_path):
    (tmp_path / "feed.xml").write_text("old", encoding="utf-8")
    written = exports.write_exports(chronology, tmp_path, SITE_URL)
    assert sorted(p.name for p in written) == sorted(exports.EXPORTS)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(exports.EXPORTS)  # no temp left
    assert (tmp_path / "feed.xml").read_text(encoding="utf-8") != "old"


def test_built_site_exports_match_its_events():
    site: Path = seed_site().site_dir
    data = json.loads((site / "events.json").read_text(encoding="utf-8"))
    ids = [e["id"] for e in data["events"]]
    calendar = Calendar.from_ical((site / "timeline.ics").read_bytes())
    assert [str(v["UID"]) for v in calendar.walk("VEVENT")] == ids
    tl = json.loads((site / "timelinejs.json").read_text(encoding="utf-8"))
    assert [e["unique_id"] for e in tl["events"]] == ids
    feed = etree.parse(str(site / "feed.xml")).getroot()
    assert len(feed.findall(f"{ATOM}entry")) == len(ids)


# -- the fast paths give the bytes of the slow ones ------------------------------------------

TRICKY = [
    "Plain title",
    'Quotes " and \\ backslashes, commas; semicolons',
    "Lines\r\nCRLF\rCR\nLF and a literal \\N and \\n",
    "Brackets ] [ } { and : colons, \u2028 separators, \x01 controls, emoji 😀",
    "é" * 120,
]


# events.json's keys, in order (what it has held since the first release)
EVENT_KEYS = (
    *("id", "start", "end", "precision", "display_date", "title", "summary", "dated_by"),
    *("actors", "places", "organizations", "sources", "audit", "url", "aliases", "kind"),
    "about",
)
ENTITY_KEYS = (
    *("id", "name", "kind", "aliases", "description", "wikidata", "url", "events"),
    "mentioned_in",
)


def _slow_about(about) -> dict | None:
    if about is None:
        return None
    data = dataclasses.asdict(about)
    value = data.pop("value")
    data["display_date"] = display_date(data["start"], data["end"], data["precision"], value)
    return data


def _slow_context(item) -> dict:
    data = dataclasses.asdict(item)
    value, moved = data.pop("value"), data.pop("event")
    shown = {k: data[k] for k in ("text", "start", "end", "precision")}
    shown["display_date"] = display_date(item.start, item.end, item.precision, value)
    shown.update(sources=data["sources"], entities=data["entities"])
    return shown if moved is None else {**shown, "event": moved}


def slow_events_json(chronology, site_url: str) -> str:
    """events.json as first written: dataclasses.asdict and json.dumps(indent=1)."""
    data = {
        "generated": chronology.generated,
        "site_url": site_url,
        "events": [
            {k: dataclasses.asdict(e)[k] for k in EVENT_KEYS} | {"about": _slow_about(e.about)}
            for e in chronology.events
        ],
        "entities": [
            {k: dataclasses.asdict(e)[k] for k in ENTITY_KEYS} for e in chronology.entities
        ],
        "articles": [dataclasses.asdict(a) for a in chronology.articles],
        "context": [_slow_context(c) for c in chronology.context],
    }
    for record in (*data["events"], *data["entities"]):
        record["permalink"] = exports.absolute(site_url, record["url"])
    articles = {a.slug: a for a in chronology.articles}
    for record in data["events"]:
        for source in record["sources"]:
            ref = articles.get(source["article"])
            source["outlet"] = ref.source if ref else ""
            source["original_url"] = source["url"] or (ref.url if ref else None)
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


@pytest.fixture
def tricky(chronology):
    """The seed chronology with untrusted-looking text in titles, audit and entities."""
    copy = copy_module.deepcopy(chronology)
    for event, text in zip(copy.events, TRICKY, strict=False):
        event.title = text
        event.summary = text + " — résumé"
        event.audit = {"explanation": text, "nested": {"empty": [], "none": None, "n": 1.5}}
    copy.entities[0].aliases = [*TRICKY, ""]
    return copy


@pytest.mark.parametrize("site_url", ["", SITE_URL])
def test_events_json_equals_the_asdict_serialisation(chronology, tricky, site_url):
    for chrono in (chronology, tricky):
        assert exports.events_json(chrono, site_url) == slow_events_json(chrono, site_url)


def slow_ics(chronology, site_url="", name="Chronologie"):
    """The calendar as icalendar makes it of the same properties (``Component.add``,
    ``Calendar.to_ical``): what ``exports.ics`` writes line by line."""
    from icalendar import Event as VEvent

    cal = Calendar()
    for key, value in [
        ("prodid", "-//timeline//chronologie//FR"),
        ("version", "2.0"),
        ("calscale", "GREGORIAN"),
        ("x-wr-calname", name),
    ]:
        cal.add(key, value)
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
        sources = [
            f"« {s.sentence} » ({titles.get(s.article, s.article)}, § {s.paragraph})"
            for s in event.sources
        ]
        lines = [event.display_date, event.summary, "", "Sources :", *sources]
        vevent.add("description", "\n".join(lines))
        vevent.add("url", exports.absolute(site_url, event.url))
        places = [names[p] for p in dict.fromkeys(event.places) if p in names]
        if places:
            vevent.add("location", ", ".join(places))
        cast = dict.fromkeys((*event.actors, *event.organizations))
        categories = [names[x] for x in cast if x in names]
        if event.kind:
            categories.insert(0, labels()["event_kinds"].get(event.kind, event.kind))
        if categories:
            vevent.add("categories", categories)
        cal.add_component(vevent)
    return cal.to_ical()


def tricky_calendar(chronology):
    """The seed chronology with every event's text, names, places and days made hard to
    write: escapes, line breaks, long lines, no kind, no place, no source, long spans."""
    copy = copy_module.deepcopy(chronology)
    for n, event in enumerate(copy.events):
        text = TRICKY[n % len(TRICKY)]
        event.title, event.summary, event.display_date = text, text * 3, text[:40]
        event.id = f"{event.id}, {text[:20]}" if n % 3 == 0 else event.id
        event.kind = "" if n % 4 == 1 else ("inconnu; genre" if n % 4 == 2 else event.kind)
        event.places = [] if n % 5 == 0 else event.places
        event.sources = [] if n % 6 == 0 else event.sources
        if n % 7 == 0:
            event.end = (dt.date.fromisoformat(event.start) + dt.timedelta(days=40)).isoformat()
    for n, entity in enumerate(copy.entities):
        entity.name = f"{entity.name}{TRICKY[n % len(TRICKY)][:30]}" if n % 2 else entity.name
    return copy


@pytest.mark.parametrize(
    "generated",
    [None, "2030-01-01T00:00:00+00:00", "2030-01-01T09:30:00", "2030-01-01T09:30:00+02:00"],
)
@pytest.mark.parametrize("site_url", ["", SITE_URL])
def test_ics_is_the_calendar_icalendar_makes_of_the_same_properties(
    chronology, site_url, generated
):
    """Byte for byte, on the seed and on text made hard to write; a build time with no
    zone is read as UTC (``generated_at``), an event with no source stamped with it."""
    for chrono in (chronology, tricky_calendar(chronology)):
        if generated is not None:
            chrono = dataclasses.replace(chrono, generated=generated)
        for name in ("Chronologie", "Dossier; « Syrie », 2015 \\ 😀"):
            assert exports.ics(chrono, site_url, name) == slow_ics(chrono, site_url, name)


@pytest.mark.parametrize(
    "moment",
    [
        dt.datetime(2015, 10, 7, tzinfo=dt.UTC),
        dt.datetime(987, 1, 2, 3, 4, 5, 678, tzinfo=dt.UTC),  # a short year, microseconds
        dt.datetime(2015, 10, 7, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        dt.datetime(2015, 10, 7, 12, 30),  # no zone
    ],
)
def test_a_stamp_is_written_as_icalendar_writes_it(moment):
    from icalendar import Event as VEvent

    vevent = VEvent()
    vevent.add("dtstamp", moment)
    assert ical_lines.stamp("DTSTAMP", moment) == vevent.content_lines()[1]


@pytest.mark.parametrize("text", [*TRICKY, "", "\\N\\n\\\\N;,", "\r\r\n\n\n\r"])
def test_a_text_value_is_escaped_as_icalendar_escapes_it(text):
    from icalendar.prop import vText

    assert ical_lines.text(text) == vText(text).to_ical().decode("utf-8")


def test_a_calendar_name_of_two_lines_is_refused(chronology):
    with pytest.raises(ValueError, match="one line"):
        exports.ics(chronology, SITE_URL, "Deux\nlignes")


def test_export_files_gives_every_file_as_bytes(chronology, tmp_path):
    files = exports.export_files(chronology, SITE_URL, "Titre")
    assert list(files) == list(exports.EXPORTS)
    assert files["events.json"] == exports.events_json(chronology, SITE_URL).encode("utf-8")
    assert files["timeline.ics"] == exports.ics(chronology, SITE_URL, "Titre")
    assert files["feed.xml"] == exports.atom(chronology, SITE_URL, "Titre")
    exports.write_files(files, tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == files


def test_ics_names_places_and_actors():
    chronology = make_chronology(ROOT / "content")
    vevents = {v["UID"]: v for v in Calendar.from_ical(exports.ics(chronology)).walk("VEVENT")}
    caspian = vevents["2015-10-07-tirs-missiles-caspienne"]
    assert str(caspian["LOCATION"]) == "mer Caspienne"
    categories = [str(c) for c in caspian["CATEGORIES"].cats]
    assert categories == ["fait", "Russie", "Vladimir Poutine"]  # in French, all of them


def test_atom_feed_names_an_author_and_its_dates_do_not_follow_the_build(chronology):
    later = dataclasses.replace(chronology, generated="2030-01-01T00:00:00+00:00")
    first, second = exports.atom(chronology, SITE_URL), exports.atom(later, SITE_URL)
    assert first == second  # nothing changed but the build time: nothing re-announced
    root = etree.fromstring(first)
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "Chronologie"
    updated = {e.findtext(f"{ATOM}updated") for e in root.iter(f"{ATOM}entry")}
    assert updated == {"2015-10-07T00:00:00+00:00"}  # the seed articles' publication day


def test_events_json_names_the_outlet_of_each_source(chronology):
    data = json.loads(exports.events_json(chronology, SITE_URL))
    outlets = {s["outlet"] for e in data["events"] for s in e["sources"]}
    assert outlets == {
        a.source
        for a in chronology.articles
        if any(s.article == a.slug for e in chronology.events for s in e.sources)
    }


def test_built_feed_meets_rfc_4287():
    """The feed of the built site against RFC 4287's requirements: feed id, title, updated
    and author; each entry an id (unique), a title, an RFC 3339 updated and a link to its
    page; the self link (autodiscovery points at it)."""
    site: Path = seed_site().site_dir
    root = etree.parse(str(site / "feed.xml")).getroot()
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert (root.findtext(f"{ATOM}{name}") or "").strip(), name
    assert (root.findtext(f"{ATOM}author/{ATOM}name") or "").strip()
    assert root.find(f"{ATOM}link[@rel='self']") is not None
    entries = root.findall(f"{ATOM}entry")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert entries and len(set(ids)) == len(ids)
    for entry in entries:
        assert (entry.findtext(f"{ATOM}title") or "").strip()
        dt.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))  # RFC 3339
        links = entry.findall(f"{ATOM}link")
        assert any(link.get("rel", "alternate") == "alternate" for link in links)
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'type="application/atom+xml"' in home and "feed.xml" in home


# the modules a build imports before it knows whether it makes its exports (a rebuild finds
# them in the page memo): none of them imports the calendar's or the feed's library
BEFORE_EXPORTS = ["timeline.exports", "timeline.generate", "timeline.mkdocs_plugin.plugin"]


@pytest.mark.parametrize("module", BEFORE_EXPORTS)
def test_the_exports_libraries_are_imported_only_to_make_the_exports(module):
    code = f"import sys, {module}\nprint(sorted({{'icalendar', 'feedgen'}} & set(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.splitlines() == ["[]"]
