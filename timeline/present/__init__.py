"""Presentation: URLs and French display text of a chronology, in one place.

The analysis (``timeline.events``) gives records without URLs or display text
(``timeline.records``); the pages, the exports and the ``[[event:ID]]`` links all read the
chronology through this package, so they always agree. The API:

``show(chronology, layout=Layout(), url_of=directory_url) -> Shown``
    The chronology as readers see it: ``Shown.events`` are ``ShownEvent`` records (an
    ``Event`` plus ``display_date``, ``url`` and the audit's French ``explanation``),
    ``Shown.entities`` are ``ShownEntity`` (plus ``url``). ``layout`` says where each
    section lives; ``url_of`` maps a page's source path (``evenements/ID/index.md``) to its
    URL (the MkDocs plugin passes MkDocs' own). ``Shown.withdrawn`` are the events an
    editor withdrew (their pages stay, saying why).
``display_date(start, end, precision, value=None) -> str``
    "mercredi 7 octobre 2015", "depuis le 30 septembre 2015", "semaine du ...".
``event_label(event) -> str``
    "display date — title", as links show it.
``correction_lines(event) -> list[str]``, ``status_text(event) -> str``
    What the newsroom corrected on an event, in French ("Corrigé par la rédaction le 2
    décembre 2026 : date : ... (au lieu de ...). Note : ..."), and why a withdrawn event's
    page stays ("Cet événement a été retiré ...").
``chronology_record(shown) -> dict``
    The JSON form of ``events.json`` and ``timeline events --json``.
``labels()``, ``long_date``, ``span_text``
    The site's French vocabulary (``timeline/lang/fr/labels.yml``) and day formatting.
``code_hash()``
    A digest of this package and its data: memos of rendered output include it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.present.dates import date_explanation, display_date
from timeline.present.labels import LABELS_FILE, labels, long_date, span_text
from timeline.present.urls import Layout, directory_url
from timeline.records import (
    About,
    ArticleRef,
    Chronology,
    ContextItem,
    Correction,
    Entity,
    Event,
    encode,
)

__all__ = [
    "Layout",
    "Shown",
    "ShownEntity",
    "ShownEvent",
    "about_record",
    "context_record",
    "chronology_record",
    "code_hash",
    "correction_lines",
    "correction_text",
    "status_text",
    "directory_url",
    "display_date",
    "event_label",
    "labels",
    "long_date",
    "show",
    "span_text",
]


@dataclass
class ShownEvent(Event):
    """An event with what readers see: its French date and its URL."""

    display_date: str = ""
    url: str = ""


@dataclass
class ShownEntity(Entity):
    url: str = ""


@dataclass
class Shown:
    """A chronology as the site, the exports and the links present it."""

    generated: str
    events: list[ShownEvent]  # published events, in chronological order
    entities: list[ShownEntity]
    articles: list[ArticleRef]
    context: list[ContextItem] = field(default_factory=list)
    #: events an editor withdrew or moved to the context: their pages stay
    withdrawn: list[ShownEvent] = field(default_factory=list)
    merged: dict[str, str] = field(default_factory=dict)  # merged event ID -> its target


def _shown_event(event: Event, url: str) -> ShownEvent:
    fields = {name: getattr(event, name) for name in Event.__dataclass_fields__}
    explanation = date_explanation(event.audit)
    if explanation is not None:
        fields["audit"] = {**event.audit, "explanation": explanation}
    return ShownEvent(
        **fields,
        display_date=display_date(event.start, event.end, event.precision, event.value),
        url=url,
    )


def show(
    chronology: Chronology,
    layout: Layout | None = None,
    url_of: Callable[[str], str] = directory_url,
) -> Shown:
    """The chronology with URLs and display text (see the module docstring)."""
    layout = layout or Layout()
    events: list[ShownEvent] = []
    withdrawn: list[ShownEvent] = []
    merged: dict[str, str] = {}
    for event in chronology.events:
        if event.status == "merged" and event.merged_into:
            merged[event.id] = event.merged_into
            continue
        shown = _shown_event(event, url_of(layout.event(event.id)))
        (withdrawn if event.status else events).append(shown)
    entities = [
        ShownEntity(
            **{name: getattr(e, name) for name in Entity.__dataclass_fields__},
            url=url_of(layout.entity(e.id)),
        )
        for e in chronology.entities
    ]
    return Shown(
        generated=chronology.generated,
        events=events,
        entities=entities,
        articles=chronology.articles,
        context=chronology.context,
        withdrawn=withdrawn,
        merged=merged,
    )


def event_label(event: ShownEvent) -> str:
    """How a link names an event: "date — title"."""
    return f"{event.display_date} — {event.title}".strip(" —")


def _day_text(value: str) -> str:
    """A correction's "start" or "start/end" days in French."""
    first, _, last = value.partition("/")
    return display_date(first, last or first, "day")


def correction_text(correction: Correction) -> str:
    """One correction in French: "Corrigé par la rédaction le ... : titre : « ... » (au
    lieu de « ... »). Note : ..." """
    words: dict[str, str] = labels()["corrections"]
    before, after = correction.before, correction.after
    if correction.field == "date":
        before, after = _day_text(before), _day_text(after)
    what = words[correction.field].format(before=before, after=after)
    head = words["corrected"]
    if correction.when:
        head += " " + words["on_day"].format(when=long_date(correction.when))
    text = f"{head} : {what}."
    if correction.note:
        text += " " + words["note"].format(note=correction.note)
    return text


def correction_lines(event: Event) -> list[str]:
    """Every correction of ``event`` in French, in the order of ``corrections.yml``."""
    return [correction_text(c) for c in event.corrections]


def status_text(event: Event) -> str:
    """Why the page of a withdrawn event (or one moved to the context) stays, in French;
    "" for a published event."""
    words: dict[str, str] = labels()["corrections"]
    if event.status not in ("hidden", "context"):
        return ""
    action = "hide" if event.status == "hidden" else "context"
    found = next((c for c in event.corrections if c.field == action), None)
    when = ""
    if found is not None and found.when:
        when = " " + words["on_day"].format(when=long_date(found.when))
    text = words["withdrawn" if action == "hide" else "moved_to_context"].format(when=when)
    if found is not None and found.note:
        text += " " + words["note"].format(note=found.note)
    return text


def event_record(event: ShownEvent) -> dict[str, Any]:
    """An event as ``events.json`` gives it."""
    data: dict[str, Any] = {
        "id": event.id,
        "start": event.start,
        "end": event.end,
        "precision": event.precision,
        "display_date": event.display_date,
        "title": event.title,
        "summary": event.summary,
        "dated_by": event.dated_by,
        "actors": list(event.actors),
        "places": list(event.places),
        "organizations": list(event.organizations),
        "sources": encode(event.sources),
        "audit": encode(event.audit),
        "url": event.url,
        "aliases": list(event.aliases),
        "kind": event.kind,
        "about": about_record(event.about),
    }
    if event.corrections:
        data["corrections"] = [{**encode(c), "text": correction_text(c)} for c in event.corrections]
    if event.status:
        data["status"] = event.status
        data["status_text"] = status_text(event)
    return data


def about_record(about: About | None) -> dict[str, Any] | None:
    """What a statement speaks of, as ``events.json`` gives it (with its French date)."""
    if about is None:
        return None
    return {
        "start": about.start,
        "end": about.end,
        "precision": about.precision,
        "expression": about.expression,
        "display_date": display_date(about.start, about.end, about.precision, about.value),
    }


def context_record(item: ContextItem) -> dict[str, Any]:
    """A context item as ``events.json`` gives it (``event``: the ID of an event an editor
    moved there)."""
    data: dict[str, Any] = {
        "text": item.text,
        "start": item.start,
        "end": item.end,
        "precision": item.precision,
        "display_date": display_date(item.start, item.end, item.precision, item.value),
        "sources": encode(item.sources),
        "entities": list(item.entities),
    }
    if item.event is not None:
        data["event"] = item.event
    return data


def entity_record(entity: ShownEntity) -> dict[str, Any]:
    """An entity as ``events.json`` gives it."""
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "description": entity.description,
        "wikidata": entity.wikidata,
        "url": entity.url,
        "events": list(entity.events),
        "mentioned_in": list(entity.mentioned_in),
    }


def chronology_record(shown: Shown) -> dict[str, Any]:
    """The chronology as ``events.json`` and ``timeline events --json`` give it."""
    data: dict[str, Any] = {
        "generated": shown.generated,
        "events": [event_record(e) for e in shown.events],
        "entities": [entity_record(e) for e in shown.entities],
        "articles": encode(shown.articles),
        "context": [context_record(c) for c in shown.context],
    }
    if shown.withdrawn:
        data["withdrawn"] = [event_record(e) for e in shown.withdrawn]
    if shown.merged:
        data["merged"] = dict(shown.merged)
    return data


def code_hash() -> str:
    """sha256 of this package's code and its French labels."""
    digest = hashlib.sha256()
    folder = Path(__file__).resolve().parent
    for path in [*sorted(folder.glob("*.py")), LABELS_FILE]:
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
