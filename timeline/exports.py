"""Machine-readable exports of a chronology, free of MkDocs.

``events.json`` (the chronology as data), ``timeline.ics`` (one all-day VEVENT per event),
``timelinejs.json`` (Knight Lab TimelineJS) and ``feed.xml`` (Atom, one entry per event).
Each builder returns the file content; ``export_files`` gives every file's bytes (what the
site plugin memoises for an unchanged chronology) and ``write_exports`` writes them
atomically.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from timeline import ical_lines
from timeline.fileio import write_atomic
from timeline.present import Shown, ShownEvent, chronology_record, labels, span_text
from timeline.present.labels import count
from timeline.records import Event

EXPORTS = ("events.json", "timeline.ics", "timelinejs.json", "feed.xml")
TIMELINEJS_GROUPS = 6  # rows of TimelineJS: the most active actors, then one row for the rest


def absolute(site_url: str, url: str) -> str:
    """A permalink: ``url`` (relative to the site root) under ``site_url``."""
    return site_url.rstrip("/") + "/" + url.lstrip("/") if site_url else url


def generated_at(chronology: Shown) -> dt.datetime:
    """The chronology's ``generated`` timestamp as an aware datetime (UTC if naive)."""
    try:
        stamp = dt.datetime.fromisoformat(chronology.generated.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        stamp = dt.datetime(1970, 1, 1)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def _sources_text(event: ShownEvent, titles: dict[str, str]) -> list[str]:
    return [
        f"« {s.sentence} » ({titles.get(s.article, s.article)}, § {s.paragraph})"
        for s in event.sources
    ]


def _titles(chronology: Shown) -> dict[str, str]:
    return {a.slug: a.title for a in chronology.articles}


def event_updated(event: Event, published: dict[str, str], fallback: dt.datetime) -> dt.datetime:
    """When an event last changed, as far as the sources tell: the publication day of its
    latest source (midnight UTC). Stable across rebuilds; a new report moves it."""
    days = [published[s.article] for s in event.sources if published.get(s.article)]
    if not days:
        return fallback
    return dt.datetime.fromisoformat(max(days)).replace(tzinfo=dt.UTC)


def _published(chronology: Shown) -> dict[str, str]:
    return {a.slug: a.date for a in chronology.articles if a.date}


#: longer than this (days), an all-day calendar block hides the rest of the calendar: an
#: open or long period is shown on its last day (what the articles report as current)
ICS_MAX_DAYS = 31


def events_json(chronology: Shown, site_url: str = "") -> str:
    """The chronology as JSON: ``{"generated", "site_url", "events", "entities", "articles"}``."""
    data: dict[str, Any] = {"generated": chronology.generated, "site_url": site_url}
    data.update(chronology_record(chronology))
    for record in (*data["events"], *data["entities"], *data.get("withdrawn", [])):
        record["permalink"] = absolute(site_url, record["url"])
    outlets = {a.slug: (a.source, a.url) for a in chronology.articles}
    for record in data["events"]:
        for source in record.get("sources") or []:
            outlet, original = outlets.get(source.get("article"), ("", None))
            source["outlet"] = outlet
            source["original_url"] = source.get("url") or original
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _ics_description(event: ShownEvent, titles: dict[str, str]) -> str:
    lines = [event.display_date, event.summary, "", "Sources :", *_sources_text(event, titles)]
    return "\n".join(lines)


def ics(chronology: Shown, site_url: str = "", name: str = "Chronologie") -> bytes:
    """iCalendar: one all-day VEVENT per event, DTEND exclusive (end + 1 day); written as
    icalendar's ``Calendar.to_ical`` writes a calendar of these properties (its order: the
    canonical properties first, then the others by name), line by line (``ical_lines``)."""
    if "\n" in name:  # icalendar refuses it too (a content line is one line)
        raise ValueError(f"a calendar's name is one line, not {name!r}")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//timeline//chronologie//FR",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{name}",  # a property icalendar does not know: written as it is
    ]
    stamp = generated_at(chronology)
    titles = _titles(chronology)
    published = _published(chronology)
    names = {x.id: x.name for x in chronology.entities}
    for event in chronology.events:
        first, last = dt.date.fromisoformat(event.start), dt.date.fromisoformat(event.end)
        if event.precision == "open-start" or (last - first).days >= ICS_MAX_DAYS:
            first = last
        lines += [
            "BEGIN:VEVENT",
            f"SUMMARY:{ical_lines.text(event.title)}",
            ical_lines.day("DTSTART", first),
            ical_lines.day("DTEND", last + dt.timedelta(days=1)),
            ical_lines.stamp("DTSTAMP", event_updated(event, published, stamp)),
            f"UID:{ical_lines.text(event.id)}",
        ]
        categories = [
            names[x] for x in dict.fromkeys((*event.actors, *event.organizations)) if x in names
        ]
        if event.kind:  # in French, like the names that follow it
            categories.insert(0, labels()["event_kinds"].get(event.kind, event.kind))
        if categories:
            lines.append("CATEGORIES:" + ",".join(ical_lines.text(c) for c in categories))
        lines.append(f"DESCRIPTION:{ical_lines.text(_ics_description(event, titles))}")
        places = [names[p] for p in dict.fromkeys(event.places) if p in names]
        if places:
            lines.append(f"LOCATION:{ical_lines.text(', '.join(places))}")
        lines += [f"URL:{absolute(site_url, event.url)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    # long lines folded a run at a time, as icalendar folds them (ical_lines.py)
    return ical_lines.calendar_bytes(lines)


def _tl_date(iso: str) -> dict[str, int]:
    day = dt.date.fromisoformat(iso)
    return {"year": day.year, "month": day.month, "day": day.day}


def timelinejs_groups(chronology: Shown, limit: int = TIMELINEJS_GROUPS) -> dict[str, str]:
    """The row of each event: its first actor (or organisation) among the ``limit`` most
    active ones, else one row for the others; events with no actor have no row."""
    names = {x.id: x.name for x in chronology.entities}
    active: dict[str, int] = {}
    for event in chronology.events:
        for eid in dict.fromkeys((*event.actors, *event.organizations)):
            if eid in names:
                active[eid] = active.get(eid, 0) + 1
    top = set(sorted(active, key=lambda eid: (-active[eid], names[eid].casefold()))[:limit])
    other = labels()["timelinejs"]["other_actors"]
    groups = {}
    for event in chronology.events:
        cast = [eid for eid in (*event.actors, *event.organizations) if eid in names]
        if cast:
            groups[event.id] = next((names[eid] for eid in cast if eid in top), other)
    return groups


def timelinejs(chronology: Shown, site_url: str = "", name: str = "Chronologie") -> str:
    """Knight Lab TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html):
    a title slide saying what the chronology covers, one row (``group``) per main actor."""
    words = labels()["timelinejs"]
    groups = timelinejs_groups(chronology)
    events = []
    for event in chronology.events:
        permalink = absolute(site_url, event.url)
        text = (
            f"<p>{html.escape(event.summary)}</p>"
            f'<p><a href="{html.escape(permalink)}">{html.escape(event.display_date)}</a></p>'
        )
        record: dict[str, Any] = {
            "start_date": _tl_date(event.start),
            "text": {"headline": html.escape(event.title), "text": text},
            "display_date": event.display_date,
            "unique_id": event.id,
        }
        if event.end != event.start:
            record["end_date"] = _tl_date(event.end)
        if event.id in groups:
            record["group"] = groups[event.id]
        events.append(record)
    intro = ""
    if chronology.events:
        period = span_text(
            min(e.start for e in chronology.events), max(e.end for e in chronology.events)
        )
        intro = words["intro"].format(
            events=count(len(chronology.events), "event"),
            period=period,
            articles=count(len(chronology.articles), "article"),
        )
    title_text = f"<p>{html.escape(intro)}</p>" if intro else ""
    if site_url:
        title_text += f'<p><a href="{html.escape(site_url)}">{html.escape(words["home"])}</a></p>'
    data = {
        "title": {"text": {"headline": html.escape(name), "text": title_text}},
        "events": events,
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def atom(chronology: Shown, site_url: str = "", name: str = "Chronologie") -> bytes:
    """Atom feed, one entry per event (id = permalink), newest first."""
    from feedgen.feed import FeedGenerator  # as the calendar's library: when one is made

    feed = FeedGenerator()
    home = absolute(site_url, "") or "./"
    feed.id(home)
    feed.title(name)
    feed.link(href=home, rel="alternate")
    feed.link(href=absolute(site_url, "feed.xml"), rel="self")
    feed.language("fr")
    feed.author({"name": name})  # RFC 4287: a feed without entry authors names one
    published = _published(chronology)
    fallback = generated_at(chronology)
    updated = {e.id: event_updated(e, published, fallback) for e in chronology.events}
    # the feed changes when an entry does, not at every build
    feed.updated(max(updated.values(), default=fallback))
    feed.generator("timeline")
    for event in chronology.events:  # chronological; prepend gives newest first
        entry = feed.add_entry()
        permalink = absolute(site_url, event.url)
        entry.id(permalink)
        entry.title(event.title)
        entry.link(href=permalink)
        entry.summary(f"{event.display_date} — {event.summary}")
        entry.published(dt.datetime.fromisoformat(event.start).replace(tzinfo=dt.UTC))
        entry.updated(updated[event.id])
    atom: bytes = feed.atom_str(pretty=True)
    return atom


def export_files(
    chronology: Shown, site_url: str = "", site_name: str = "Chronologie"
) -> dict[str, bytes]:
    """Every export as ``{file name: content}``, in ``EXPORTS`` order."""
    builders: dict[str, Callable[[], str | bytes]] = {
        "events.json": lambda: events_json(chronology, site_url),
        "timeline.ics": lambda: ics(chronology, site_url, site_name),
        "timelinejs.json": lambda: timelinejs(chronology, site_url, site_name),
        "feed.xml": lambda: atom(chronology, site_url, site_name),
    }
    files = {}
    for filename in EXPORTS:
        content = builders[filename]()
        files[filename] = content.encode("utf-8") if isinstance(content, str) else content
    return files


def write_files(files: dict[str, bytes], site_dir: Path) -> list[Path]:
    """Write ``{file name: content}`` at the root of ``site_dir`` (each atomically)."""
    written = []
    for filename, content in files.items():
        path = site_dir / filename
        write_atomic(path, content)
        written.append(path)
    return written


def write_exports(
    chronology: Shown, site_dir: Path, site_url: str = "", name: str = "Chronologie"
) -> list[Path]:
    """Write every export at the root of ``site_dir``; returns the paths written."""
    return write_files(export_files(chronology, site_url, name), site_dir)
