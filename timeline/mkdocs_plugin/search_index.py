"""Search entries of the generated event, entity, day and source pages, made from the
chronology.

mkdocs-material's search plugin would re-parse the HTML of every generated page; those pages
carry ``search: exclude: true`` and we append their entries ourselves to the index the plugin
wrote (``search/search_index.json``), in its format: ``{"location", "title", "text"}``, where
``title`` and ``text`` are HTML (the client inserts them as such), so every piece of text is
escaped like Material does (``html.escape(quote=False)``) and whitespace is collapsed.
"""

from __future__ import annotations

import html
import json
import logging
import re
from pathlib import Path
from typing import Any

from timeline.fileio import write_atomic
from timeline.mkdocs_plugin.pages import Day, SitePages, is_open
from timeline.present import ShownEntity, ShownEvent
from timeline.present.labels import labels, long_date, span_text
from timeline.records import ArticleRef

log = logging.getLogger("mkdocs.plugins.timeline")

INDEX_PATH = Path("search") / "search_index.json"
# Material's client passes an entry's ``boost`` to lunr (a factor on the page's score): an
# entity or a day is what a reader typing a name or a date is looking for, before the prose
# pages and the events that merely mention it. Entity titles carry every alias, so that an
# alias matches a title (the field Material weighs most) on the entity's page.
BOOST = {"entity": 20.0, "day": 5.0}
SPACES = re.compile(r"[ \t\n\r\f\v]+")


def squeeze(text: object) -> str:
    """Runs of ASCII whitespace as one space (no-break spaces of French typography stay).
    Most texts (titles, sentences, summaries) hold nothing the pattern would change (a
    character of ASCII whitespace other than the space, or two spaces): each is looked for
    at C speed first, and the pattern runs only when one is found (the 3,793 texts of a
    200-article dossier's events: 11 ms instead of 0.11 s)."""
    found = str(text)
    if (
        "  " in found
        or "\n" in found
        or "\t" in found
        or "\r" in found
        or "\f" in found
        or "\v" in found
    ):
        found = SPACES.sub(" ", found)
    return found.strip(" ")


def plain(text: object) -> str:
    """Text as Material stores it: whitespace collapsed, ``&``, ``<``, ``>`` escaped."""
    return html.escape(squeeze(text), quote=False)


def paragraph(text: object) -> str:
    return f"<p>{plain(text)}</p>"


def period_text(site: SitePages, event: ShownEvent) -> str:
    """The span of an interval event as the page says it ("période : du 3 au 4 octobre...")."""
    ui = labels()["ui"]
    if is_open(event):
        span = f"{ui['open_start']} {long_date(event.start)}, {ui['until']} {long_date(event.end)}"
    else:
        span = span_text(event.start, event.end)
    if event.end == site.ongoing_until(event):
        span += f" ({ui['ongoing']})"
    return f"{ui['interval'].capitalize()} : {span}"


def event_entry(site: SitePages, event: ShownEvent) -> dict[str, str]:
    """The search entry of an event page: date, summary, cited sentences, entities."""
    ui = labels()["ui"]
    parts = [paragraph(event.display_date or span_text(event.start, event.end))]
    if event.start != event.end:
        parts.append(paragraph(period_text(site, event)))
    sentences = {squeeze(source.sentence) for source in event.sources}
    if event.summary and squeeze(event.summary) not in sentences:
        parts.append(paragraph(event.summary))
    for source in event.sources:
        ref = site.refs.get(source.article)
        cite = f"{ui['read_in_article']} : {ref.title if ref else source.article}, "
        cite += f"{ui['paragraph']} {source.paragraph}"
        if ref is not None and ref.date:
            cite += f", {ui['published']} {long_date(ref.date, weekday=True)}"
        parts.append(f"{paragraph(source.sentence)} {plain(cite)}")
    # each entity with its aliases, so that "Daech" finds the events of the Etat islamique
    names = [
        ", ".join(dict.fromkeys([site.entities[eid].name, *site.entities[eid].aliases]))
        for eid in dict.fromkeys((*event.actors, *event.organizations, *event.places))
        if eid in site.entities
    ]
    if names:
        parts.append(paragraph(", ".join(names)))
    return {"location": event.url, "title": plain(event.title), "text": " ".join(parts)}


def source_entry(site: SitePages, ref: ArticleRef) -> dict[str, str]:
    """The search entry of a source page: outlet, publication date and the article body."""
    ui = labels()["ui"]
    facts = f"{ui['source_site']} : {ref.source}"
    if ref.date:
        facts += f" · {ui['published'].capitalize()} {long_date(ref.date, weekday=True)}"
    parts = [paragraph(facts)]
    article = site.articles.get(ref.slug)
    if article is not None:
        parts.extend(
            paragraph(f"§{number} {article.text[start:end]}")
            for number, (start, end) in enumerate(article.paragraphs(), start=1)
        )
    return {
        "location": site.article_urls[ref.slug],
        "title": plain(ref.title),
        "text": " ".join(parts),
    }


def entity_entry(site: SitePages, entity: ShownEntity) -> dict[str, Any]:
    """The search entry of an entity page: its name and every alias as the title, its kind,
    description and the headlines of its events as the text; boosted above prose pages."""
    lab = labels()
    names = list(dict.fromkeys([entity.name, *entity.aliases]))
    # "Idleb — Idlib, province d'Idleb": no alias right after a bracket, which Material's
    # default separator (white space and hyphens) would glue to it
    title = names[0] + (f" — {', '.join(names[1:])}" if names[1:] else "")
    parts = [paragraph(lab["kind_one"].get(entity.kind, entity.kind))]
    if entity.description:
        parts.append(paragraph(entity.description))
    parts.extend(paragraph(event.title) for event in site.events_of_entity(entity))
    return {
        "location": entity.url,
        "title": plain(title),
        "text": " ".join(parts),
        "boost": BOOST["entity"],
    }


def day_entry(day: Day) -> dict[str, Any]:
    """The search entry of a day page: its date (with and without the weekday, and as ISO)
    and the headlines of the events that start or continue that day."""
    ui = labels()["ui"]
    parts = [paragraph(f"{long_date(day.day)} · {day.day}")]
    parts.extend(paragraph(event.title) for event in day.starting)
    parts.extend(paragraph(f"{ui['continues']} : {event.title}") for event in day.continuing)
    return {
        "location": day.url,
        "title": plain(day.heading),
        "text": " ".join(parts),
        "boost": BOOST["day"],
    }


def entries(site: SitePages) -> list[dict[str, Any]]:
    """One entry per generated event, entity, day and source page."""
    found: list[dict[str, Any]] = [event_entry(site, event) for event in site.chronology.events]
    found.extend(entity_entry(site, entity) for entity in site.entities.values() if entity.url)
    found.extend(day_entry(day) for day in site.days.values() if day.url)
    found.extend(source_entry(site, ref) for ref in site.chronology.articles)
    return found


def _page(location: object) -> str:
    return str(location).split("#", 1)[0]


def extend_search_index(site_dir: Path, entries: list[dict[str, Any]]) -> bool:
    """Append ``entries`` to the search index of ``site_dir``, replacing any entry (or section
    entry, ``location#anchor``) of the same pages; everything else is kept as it is.

    Returns False, writing nothing, when there is no index (search plugin disabled) or when it
    is not a Material index (a warning is logged).
    """
    path = Path(site_dir) / INDEX_PATH
    if not path.is_file():
        return False
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("timeline: search index %s not extended: unreadable (%s)", path, exc)
        return False
    if not isinstance(data, dict) or not isinstance(data.get("docs"), list):
        log.warning("timeline: search index %s not extended: no list of 'docs'", path)
        return False
    ours = {_page(entry["location"]) for entry in entries}
    kept = [
        doc
        for doc in data["docs"]
        if not (isinstance(doc, dict) and _page(doc.get("location", "")) in ours)
    ]
    data["docs"] = kept + list(entries)
    # the same serialization as Material's search plugin
    write_atomic(path, json.dumps(data, separators=(",", ":"), default=str))
    return True
