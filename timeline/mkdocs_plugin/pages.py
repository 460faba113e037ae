"""The generated pages of the site, as Markdown (with escaped HTML blocks), from a Chronology.

``SitePages`` knows where each page lives (``src_uri``) and renders it with the Jinja2
templates of ``templates/``, but for what is made thousands of times, built in Python: the
event pages (``_event_markdown``), the cards, the quotes and the audits. It does not depend
on MkDocs: the plugin gives it a function mapping a ``src_uri`` to its site URL and a
function giving a URL relative to a page. Untrusted text (articles, titles, names) is
escaped by Jinja2's autoescape, by ``esc`` where the HTML is built in Python, or by
``render.render_span``; Markdown-significant characters in headings are backslash-escaped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import html
import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, TypeVar

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from timeline.articles import Article
from timeline.exports import absolute
from timeline.mkdocs_plugin.frise import frise_html
from timeline.mkdocs_plugin.html_text import esc_text as esc
from timeline.mkdocs_plugin.render import Mark, render_span
from timeline.present import (
    Layout,
    Shown,
    ShownEntity,
    ShownEvent,
    correction_lines,
    display_date,
    status_text,
)
from timeline.present.labels import count, day_month, labels, long_date, span_text
from timeline.records import ArticleRef, Source

TEMPLATES = Path(__file__).parent / "templates"
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|])")
HTML_DATETIME = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-W\d{2}$|^P[0-9YMWDTHS.]+$")
OPEN_PRECISIONS = {"open-start"}
FLAGGED_PRECISIONS = {"fuzzy", "open-start", "inferred", "week", "month", "year", "season"}


_Item = TypeVar("_Item")


def _neighbours(items: Sequence[_Item], i: int) -> tuple[_Item | None, _Item | None]:
    """The items before and after the ``i``-th of ``items`` (None at either end, and both
    None past its end: a withdrawn event listed after the published ones has none)."""
    if i >= len(items):
        return None, None
    return (items[i - 1] if i > 0 else None, items[i + 1] if i + 1 < len(items) else None)


@dataclass
class Day:
    day: str
    heading: str
    url: str = ""
    starting: list[ShownEvent] = field(default_factory=list)
    continuing: list[ShownEvent] = field(default_factory=list)


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def md_escape(text: str) -> Markup:
    """Escape text for a Markdown heading line: HTML-escaped, Markdown specials backslashed."""
    escaped = html.escape(" ".join(str(text).split()), quote=False)
    return Markup(MARKDOWN_SPECIALS.sub(r"\\\1", escaped))


#: a page URL whose links are the same as its folder's (``SitePages.relative_url``): folders,
#: then the page's own, no ``.`` anywhere (no file, no ``.`` or ``..`` step)
SIMPLE_PAGE_URL = re.compile(r"(?:[^./]+/)+")
#: a link target that may be remembered per folder: no ``.`` or ``..`` step, no ``//``,
#: not absolute (MkDocs normalises those)
UNSIMPLE_TARGET = re.compile(r"(?:^|/)\.\.?(?:/|$)|//|^/")


#: page URLs and link targets whose reading is remembered (a site's pages and their links)
PATHS_REMEMBERED = 1 << 16


@lru_cache(maxsize=PATHS_REMEMBERED)
def page_folder(page_url: str) -> str | None:
    """The folder of a simple page (``"evenements/"`` for ``"evenements/x/"``), or None."""
    if SIMPLE_PAGE_URL.fullmatch(page_url):
        return page_url[: page_url.rfind("/", 0, -1) + 1]
    return None


@lru_cache(maxsize=PATHS_REMEMBERED)
def shared_link(target: str) -> bool:
    """Whether links to ``target`` may be remembered per folder (``SitePages.relative_url``)."""
    return UNSIMPLE_TARGET.search(target) is None


def yaml_string(text: str) -> Markup:
    """A front matter value (a JSON string is YAML), HTML-escaped: MkDocs themes insert
    ``page.title`` and ``page.meta.description`` into the HTML without escaping."""
    escaped = html.escape(" ".join(str(text).split()), quote=True)
    return Markup(json.dumps(escaped, ensure_ascii=False))


def html_datetime(timex: dict[str, Any]) -> str | None:
    """A valid HTML ``datetime`` value for a timex, or None."""
    span = timex.get("span")
    if span and span[0] == span[1]:
        return str(span[0])
    value = str(timex.get("value") or "")
    if HTML_DATETIME.match(value):
        return value
    if span:
        return str(span[0])
    return None


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links from front matter become links."""
    if url and re.match(r"^https?://", url, re.IGNORECASE):
        return url
    return None


#: cards on the home page at most (the latest days): 1,000 articles stay a page, not megabytes
HOME_MAX_EVENTS = 120
CONTEXT_MAX = 30  # background items on the home page (all of them are in events.json)
DAY_PAGES_MAX_SPAN = 31  # days: a longer event only gets its first and last day pages


def is_open(event: ShownEvent) -> bool:
    return event.precision in OPEN_PRECISIONS


@dataclass(frozen=True)
class CardParts:
    """What an event card shows whatever the page (escaped HTML); see ``event_card``."""

    head: str
    title: str
    summary: str
    sources: list[tuple[str, list[tuple[str, Source]]]]


class SitePages:
    """Render every generated page of a chronology."""

    def __init__(
        self,
        chronology: Shown,
        articles: dict[str, Article],
        url_of: Callable[[str], str],
        relative: Callable[[str, str], str],
        site_url: str = "",
        layout: Layout | None = None,
    ) -> None:
        self.chronology = chronology
        self.articles = articles
        self.url_of = url_of
        self.relative = relative
        self.site_url = site_url
        self.layout = layout or Layout()
        self.events = {e.id: e for e in chronology.events}
        self.entities = {e.id: e for e in chronology.entities}
        self.refs: dict[str, ArticleRef] = {a.slug: a for a in chronology.articles}
        self.article_urls = {slug: url_of(self.layout.source(slug)) for slug in self.refs}
        # indexes, so that no page scans the whole chronology
        self.position = {e.id: i for i, e in enumerate(chronology.events)}
        self.by_start: dict[str, list[ShownEvent]] = defaultdict(list)
        self.by_actor: dict[str, list[int]] = defaultdict(list)
        self.by_entity: dict[str, list[int]] = defaultdict(list)
        self.by_article: dict[str, list[ShownEvent]] = defaultdict(list)
        for i, event in enumerate(chronology.events):
            self.by_start[event.start].append(event)
            for eid in dict.fromkeys(event.actors):
                self.by_actor[eid].append(i)
            for eid in dict.fromkeys((*event.actors, *event.places, *event.organizations)):
                self.by_entity[eid].append(i)
            for slug in dict.fromkeys(source.article for source in event.sources):
                self.by_article[slug].append(event)
        self._relative_cache: dict[tuple[str, str, bool], str] = {}
        self._entities_of: dict[str, list[ShownEntity]] = {}
        self._entity_links: dict[tuple[str, str], str] = {}
        self._ongoing_until: dict[str, str] = {}
        self._items: dict[tuple[str, str], Markup] = {}
        self._card_parts: dict[str, CardParts] = {}
        self._event_inputs: dict[str, str] = {}  # event ID -> digest (``_shown_inputs``)
        self._related: dict[tuple[str, int], tuple[list[ShownEvent], list[ShownEvent]]] = {}
        self.days = self._days()
        self._page_url = ""
        self.env = self._environment()

    # -- data -------------------------------------------------------------------------

    def _days(self) -> dict[str, Day]:
        """Every day of the period that an event covers, with what starts and runs then.

        A bounded event of at most ``DAY_PAGES_MAX_SPAN`` days gives a page to each of its
        days ("depuis le 30 septembre" fills 1 and 2 October too); a longer or open-start one
        only to its first and last days, so that "en 2014" does not make 365 pages.
        """
        keys: set[str] = set()
        for event in self.chronology.events:
            if is_open(event):
                keys.add(event.end)
                continue
            first, last = dt.date.fromisoformat(event.start), dt.date.fromisoformat(event.end)
            length = (last - first).days
            if 0 <= length <= DAY_PAGES_MAX_SPAN:
                keys.update((first + dt.timedelta(days=d)).isoformat() for d in range(length + 1))
            else:
                keys.update((event.start, event.end))
        ordered = sorted(keys)
        days = {
            k: Day(k, long_date(k, weekday=True), self.url_of(self.layout.day(k))) for k in ordered
        }
        for event in self.chronology.events:
            lo = bisect_left(ordered, event.start)
            for key in ordered[lo : bisect_right(ordered, event.end)]:
                day = days[key]
                if event.start == key and not is_open(event):
                    day.starting.append(event)
                else:
                    day.continuing.append(event)
        return days

    def ongoing_until(self, event: ShownEvent) -> str:
        """The publication day of the event's latest source (an interval ending there runs)."""
        found = self._ongoing_until.get(event.id)
        if found is None:
            dates = [self.refs[s.article].date for s in event.sources if s.article in self.refs]
            found = self._ongoing_until[event.id] = max(dates) if dates else ""
        return found

    def related(
        self, event: ShownEvent, limit: int = 10
    ) -> tuple[list[ShownEvent], list[ShownEvent]]:
        """(same day, same actors) events, in chronology order (found once per event: its
        page and its inputs digest read them)."""
        found = self._related.get((event.id, limit))
        if found is None:
            found = self._related[(event.id, limit)] = self._find_related(event, limit)
        return found

    def _find_related(
        self, event: ShownEvent, limit: int
    ) -> tuple[list[ShownEvent], list[ShownEvent]]:
        same_day = [o for o in self.by_start[event.start] if o.id != event.id]
        events = self.chronology.events
        same_actors: list[ShownEvent] = []
        # each actor's events are in chronology order: merged lazily up to ``limit`` (an
        # actor of every other event would make each page sort the whole chronology)
        lists = [self.by_actor.get(actor, []) for actor in dict.fromkeys(event.actors)]
        last = -1
        for i in heapq.merge(*lists):
            if i == last:
                continue
            last = i
            other = events[i]
            if other.id != event.id and other.start != event.start:
                same_actors.append(other)
                if len(same_actors) == limit:
                    break
        return same_day[:limit], same_actors

    def events_of_entity(self, entity: ShownEntity) -> list[ShownEvent]:
        found = set(self.by_entity.get(entity.id, ()))
        found.update(self.position[i] for i in entity.events if i in self.position)
        return [self.chronology.events[i] for i in sorted(found)]

    # -- template helpers -------------------------------------------------------------

    def _environment(self) -> Environment:
        env = Environment(
            loader=FileSystemLoader(str(TEMPLATES)),
            autoescape=select_autoescape(default=True, default_for_string=True),
            auto_reload=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            # `{#id}` is Markdown (attr_list), not a Jinja2 comment
            comment_start_string="{##",
            comment_end_string="##}",
        )
        lab = labels()
        env.globals.update(
            ui=lab["ui"],
            kinds=lab["kinds"],
            kind_one=lab["kind_one"],
            md=md_escape,
            count=count,
            yaml=yaml_string,
            long_date=long_date,
            safe_url=safe_url,
            absolute=self.absolute,
            time_html=self.time_html,
            period_html=self.period_html,
            date_html=self.date_html,
            flags=self.flags,
            entity_links=self.entity_links,
            audit_html=self.audit_html,
            ongoing_until=self.ongoing_until,
            day_url=lambda e: self.days[e.start].url if e.start in self.days else "",
            link=self.link,
            event_item=self.event_item,
            event_card=self.event_card,
            quote_html=self.quote_html,
        )
        return env

    def absolute(self, url: str) -> str:
        return absolute(self.site_url, url)

    def link(self, target: str) -> str:
        """URL of ``target`` (site-relative) relative to the page being rendered."""
        return self.relative_url(target, self._page_url)

    def relative_url(self, target: str, page_url: str) -> str:
        """``relative(target, page_url)``, remembered (pages link to the same few pages).

        From a page ``F/A/``, a link to anything but the page itself and what lies under it
        is the same as from any other page of folder ``F/`` (``../../jours/J/``,
        ``../E/``: the path up to what they share, then down), so it is remembered once per
        folder: each event page links to about fifty pages, mostly the same ones as its
        neighbours'. Paths with ``.``, ``..``, ``//`` or a page that is a file are
        remembered per page."""
        folder = page_folder(page_url)
        if folder is not None and shared_link(target) and not (target + "/").startswith(page_url):
            key = (target, folder, True)
        else:
            key = (target, page_url, False)
        found = self._relative_cache.get(key)
        if found is None:
            found = self._relative_cache[key] = self.relative(target, page_url)
        return found

    @staticmethod
    def time_html(iso: str, weekday: bool = False) -> Markup:
        return Markup(f'<time datetime="{esc(iso)}">{esc(long_date(iso, weekday))}</time>')

    def range_html(self, first: str, last: str) -> Markup:
        if first == last:
            return self.time_html(first)
        ui = labels()["ui"]
        return Markup('{} <time datetime="{}">{}</time> {} <time datetime="{}">{}</time>').format(
            ui["from"], first, long_date(first), ui["to"], last, long_date(last)
        )

    def period_html(self, event: ShownEvent) -> Markup:
        """The span of an event; an open start is only an upper bound of its beginning."""
        if not is_open(event):
            return self.range_html(event.start, event.end)
        ui = labels()["ui"]
        return Markup('{} <time datetime="{}">{}</time>, {} <time datetime="{}">{}</time>').format(
            ui["open_start"],
            event.start,
            long_date(event.start),
            ui["until"],
            event.end,
            long_date(event.end),
        )

    def date_html(self, event: ShownEvent, short: bool = False) -> Markup:
        text = event.display_date or span_text(event.start, event.end)
        if short and event.start == event.end and not is_open(event):
            text = long_date(event.start)
        return Markup(f'<time class="tl-date" datetime="{esc(event.start)}">{esc(text)}</time>')

    def flags(self, event: ShownEvent) -> Markup:
        prec = labels()["precision"]
        ui = labels()["ui"]
        parts = []
        if event.start != event.end and not is_open(event):
            parts.append(("interval", f"▸ {ui['interval']}"))
        # a week-end is two named days ("week-end des 3 et 4 octobre"), not an approximate week
        weekend = str((event.audit or {}).get("value") or "").endswith("-WE")
        if event.precision in FLAGGED_PRECISIONS and prec.get(event.precision) and not weekend:
            symbol = {"open-start": "←", "inferred": "⊙"}.get(event.precision, "≈")
            parts.append((event.precision, f"{symbol} {prec[event.precision]}"))
        if event.start != event.end and event.end == self.ongoing_until(event):
            parts.append(("ongoing", ui["ongoing"]))
        return Markup(
            "".join(
                f' <span class="tl-flag tl-flag-{esc(kind)}">{esc(text)}</span>'
                for kind, text in parts
            )
        )

    def entity_links(self, event: ShownEvent) -> Markup:
        items = self._entities_of.get(event.id)
        if items is None:
            items = self._entities_of[event.id] = [
                self.entities[eid]
                for eid in dict.fromkeys((*event.actors, *event.organizations, *event.places))
                if eid in self.entities
            ]
        if not items:
            return Markup("")
        links = ", ".join(self.entity_link(e) for e in items)
        return Markup(f'<p class="tl-event-entities">{links}</p>')

    def entity_link(self, entity: ShownEntity) -> str:
        """A link to ``entity`` (escaped), made once per relative URL: the cards of a page
        link to the same few entities, by the same URL from every page of a folder."""
        key = (entity.id, self.link(entity.url))
        found = self._entity_links.get(key)
        if found is None:
            found = self._entity_links[key] = (
                f'<a class="tl-entity tl-kind-{esc(entity.kind)}" href="{esc(key[1])}">'
                f"{esc(entity.name)}</a>"
            )
        return found

    def event_item(self, event: ShownEvent) -> Markup:
        """The ``event_item`` macro (a list item linking to ``event``), rendered once per link.

        The lists of related events repeat the same few thousand events on every event
        page, all in one folder: the same relative link, the same item.
        """
        key = (event.id, self.link(event.url))
        item = self._items.get(key)
        if item is None:
            macros: Any = self.env.get_template("macros.jinja2").module
            item = self._items[key] = Markup(macros.event_item(event))
        return item

    def event_card(self, event: ShownEvent, level: int = 3, summary: bool = True) -> Markup:
        """An event as a card (day, entity and home pages), escaped HTML.

        Rendered in Python: a card is the same on every page but for its links, so the rest
        is built once per event (``_card``) and only the links are made per page.
        """
        parts = self._card_parts.get(event.id)
        if parts is None:
            parts = self._card_parts[event.id] = self._card(event)
        ui = labels()["ui"]
        sources = " · ".join(
            title
            + " ("
            + ", ".join(f'<a href="{esc(self.source_link(s))}">{label}</a>' for label, s in links)
            + ")"
            for title, links in parts.sources
        )
        return Markup(
            f"{parts.head}\n"
            f'<h{level} class="tl-event-title"><a href="{esc(self.link(event.url))}">'
            f"{parts.title}</a></h{level}>\n"
            f"{parts.summary if summary else ''}"
            f"{self.entity_links(event)}\n"
            f'<p class="tl-event-sources">{esc(ui["sources_heading"])} : {sources}</p>\n'
            "</article>"
        )

    def _card(self, event: ShownEvent) -> CardParts:
        """The page-independent parts of an event's card, escaped."""
        interval = " tl-interval" if event.start != event.end else ""
        entities = " ".join(dict.fromkeys((*event.actors, *event.places, *event.organizations)))
        head = (
            f'<article class="tl-event tl-precision-{esc(event.precision)}{interval}" '
            f'id="e-{esc(event.id)}" data-entites="{esc(entities)}" '
            f'data-genre="{esc(event.kind)}">\n'
            f'<p class="tl-event-date">{self.date_html(event)}{self.flags(event)}</p>'
        )
        summary = ""
        if event.summary and event.summary != event.title:
            summary = f'<p class="tl-event-summary">{esc(event.summary)}</p>\n'
        groups: dict[str, dict[int, Source]] = {}
        for source in event.sources:
            groups.setdefault(source.article, {}).setdefault(source.paragraph, source)
        sources = [
            (
                esc(self.refs[slug].title if slug in self.refs else slug)
                + str(self.outlet_html(slug)),
                [(esc(f"§{n}"), first) for n, first in sorted(paragraphs.items())],
            )
            for slug, paragraphs in groups.items()
        ]
        return CardParts(head, esc(event.title), summary, sources)

    def outlet_html(self, slug: str) -> Markup:
        """« , outlet via relay, original article » of a source article (escaped): the outlet
        named, the relaying site when the text was taken from another page, a link to the
        original when its URL is known."""
        ref = self.refs.get(slug)
        if ref is None:
            return Markup("")
        ui = labels()["ui"]
        article = self.articles.get(slug)
        via = str(article.meta.get("via") or "") if article is not None else ""
        parts = [f'<span class="tl-outlet">{esc(ref.source)}</span>'] if ref.source else []
        if via:
            parts.append(f'<span class="tl-via">{esc(ui["via"])} {esc(via)}</span>')
        original = safe_url(ref.url)
        if original:
            parts.append(
                f'<a class="tl-original" href="{esc(original)}" rel="noopener">'
                f"{esc(ui['original_link'])}</a>"
            )
        return Markup(", " + " ".join(parts)) if parts else Markup("")

    def quote_html(self, source: Source) -> Markup:
        """A cited sentence of an event page, with a link to it in its article."""
        lab = labels()
        ui = lab["ui"]
        role_class = f" tl-role-{esc(source.role)}" if source.role != "report" else ""
        role = lab["roles"].get(source.role)
        role_html = f'<span class="tl-role">{esc(role)}</span> — ' if role else ""
        ref = self.refs.get(source.article)
        title = ref.title if ref is not None else source.article
        published = ""
        if ref is not None and ref.date:
            published = f", {esc(ui['published'])} {self.time_html(ref.date, weekday=True)}"
        return Markup(
            f'<figure class="tl-quote{role_class}">\n'
            f'<blockquote cite="{esc(self.link(self.article_urls.get(source.article, "")))}">'
            f"<p>{esc(source.sentence)}</p></blockquote>\n"
            f'<figcaption>{role_html}<a href="{esc(self.source_link(source))}">'
            f"{esc(ui['read_in_article'])} : {esc(title)}, {esc(ui['paragraph'])} "
            f"{esc(source.paragraph)}</a>{self.outlet_html(source.article)}{published}"
            "</figcaption>\n"
            "</figure>"
        )

    def source_link(self, source: Source) -> str:
        base = self.link(self.article_urls.get(source.article, ""))
        anchor = f"phrase-{source.start}" if source.end > source.start else f"p{source.paragraph}"
        return f"{base}#{anchor}"

    def audit_html(self, event: ShownEvent) -> Markup:
        """« Comment la date a été établie »: the expression in its sentence, then in plain
        French how it was read (publication day, anchor, why), the technical record (rule,
        TIMEX value, anchor, the tagger's explanation) behind a « détails » toggle."""
        audit = event.audit or {}
        lab = labels()
        ui, words = lab["ui"], lab["audit"]
        expression = str(audit.get("expression") or "")
        context = str(audit.get("context") or "")
        slug = audit.get("article") or (event.sources[0].article if event.sources else "")
        published = self.refs[slug].date if slug in self.refs else ""
        date = Markup("<strong>{}</strong>").format(
            event.display_date or span_text(event.start, event.end)
        )
        # f-strings and esc() rather than Markup.format: one audit per event page, same HTML
        parts: list[str] = []
        if expression:
            quoted = f"« <mark>{esc(expression)}</mark> »"
            if context:
                head, sep, tail = context.partition(expression)
                shown = (
                    f"{esc(head)}<mark>{esc(expression)}</mark>{esc(tail)}" if sep else esc(context)
                )
                quoted = f"« {shown} »"
            parts.append(f'<p class="tl-audit-line">{quoted}</p>')
        plain: list[str] = []
        if published:
            plain.append(
                Markup(words["published"]).format(published=self.time_html(published, True))
            )
        anchor = str(audit.get("anchor") or "")
        kind, _, anchor_day = anchor.partition(":")
        if expression and event.dated_by == "explicit":
            template = words["anchors"].get(
                kind if anchor_day else "none", words["anchors"]["none"]
            )
            anchor_html = self.time_html(anchor_day, True) if ISO_DAY.fullmatch(anchor_day) else ""
            plain.append(
                Markup(template).format(expression=expression, anchor=anchor_html, date=date)
            )
            why = words["rules"].get(str(audit.get("rule") or ""))
            if why:
                plain.append(esc(why))
        elif event.dated_by in words["dated_by"]:
            plain.append(Markup(words["dated_by"][event.dated_by]).format(date=date))
        if plain:
            parts.append(f'<p class="tl-audit-plain">{" ".join(plain)}</p>')
        details = [
            (ui["rule"], audit.get("rule")),
            (ui["timex_value"], audit.get("value")),
            (ui["anchor"], anchor),
        ]
        rows = "".join(f"<dt>{esc(k)}</dt><dd><code>{esc(v)}</code></dd>" for k, v in details if v)
        if audit.get("explanation"):
            rows += f"<dt>{esc(ui['technical'])}</dt><dd>{esc(audit['explanation'])}</dd>"
        if rows:
            parts.append(
                f'<details class="tl-audit-details"><summary>{esc(words["details"])}</summary>'
                f"<dl>{rows}</dl></details>"
            )
        return Markup('<div class="tl-audit">\n' + "\n".join(parts) + "\n</div>")

    # -- pages ------------------------------------------------------------------------

    def _render(self, template: str, page_url: str, **context: Any) -> str:
        self._page_url = page_url
        return self.env.get_template(template).render(**context)

    def home_fragment(self, page_url: str) -> str:
        """The chronology grouped by day, to insert into the home page."""
        groups: list[dict[str, Any]] = []
        by_start: dict[tuple[bool, str], list[ShownEvent]] = defaultdict(list)
        for event in self.chronology.events:
            by_start[(not is_open(event), event.start)].append(event)
        for (bounded, start), events in sorted(by_start.items()):
            if bounded:
                heading = long_date(start, weekday=True)
                ongoing = [e for e in self.days[start].continuing if e.start < start]
            else:
                heading = f"{labels()['ui']['before']} {long_date(start)}"
                ongoing = []
            anchor = ("j-" if bounded else "avant-") + start
            groups.append(
                {"heading": heading, "anchor": anchor, "events": events, "ongoing": ongoing}
            )
        # a large dossier: the latest days up to HOME_MAX_EVENTS cards (at least one day); the
        # frise above covers everything, the day and entity pages hold the older cards
        older = 0
        if sum(len(g["events"]) for g in groups) > HOME_MAX_EVENTS:
            kept: list[dict[str, Any]] = []
            shown = 0
            for group in reversed(groups):
                if kept and shown + len(group["events"]) > HOME_MAX_EVENTS:
                    break
                kept.append(group)
                shown += len(group["events"])
            older = len(self.chronology.events) - shown
            groups = kept[::-1]
        n_events, n_sources = len(self.chronology.events), len(self.chronology.articles)
        summary = (
            f"{count(n_events, 'event')} tirés de {count(n_sources, 'article')}. "
            f"{labels()['ui']['legend']}"
        )
        self._page_url = page_url
        # the context block: background the articles give (« depuis plus d'un an… »), each
        # with its period and a link to its sentence, and the events an editor moved there
        withdrawn = {e.id: e for e in self.chronology.withdrawn}
        context: list[dict[str, Any]] = []
        for item in self.chronology.context[:CONTEXT_MAX]:
            moved = withdrawn.get(item.event) if item.event is not None else None
            context.append(
                {
                    "text": item.text,
                    "event": moved,
                    "date": display_date(item.start, item.end, item.precision, item.value),
                    # the paragraph's anchor: only the sentences of events are marked
                    "sources": [
                        (
                            f"§{s.paragraph}",
                            self.link(self.article_urls.get(s.article, "")),
                            s.paragraph,
                        )
                        for s in item.sources
                    ],
                    "entities": " ".join(dict.fromkeys(item.entities)),
                }
            )
        return self._render(
            "chronologie.md.jinja2",
            page_url,
            groups=groups,
            chronology_summary=summary,
            context=context,
            context_heading=labels()["corrections"]["context_heading"],
            frise=self.frise(self.chronology.events),
            older=count(older, "event") if older else "",
            days_index=self.url_of(self.layout.indexes()["days"]),
            filters=self.filters(),
        )

    def frise(self, events: list[ShownEvent]) -> Markup:
        """The visual week of ``events`` (frise.py), links relative to the current page."""
        lab = labels()
        words = lab["frise"]
        periods = sum(1 for e in events if e.start != e.end)
        drawn = [e.start for e in events if not is_open(e)] or [e.end for e in events]
        if not drawn:
            return Markup("")
        caption = words["caption"].format(
            period=span_text(min(drawn), max(e.end for e in events)),
            events=count(len(events) - periods, "event"),
            periods=count(periods, "period"),
        )
        return frise_html(
            events,
            link=self.link,
            labels=words,
            day_label=lambda d: day_month(d.isoformat()),
            month_label=lambda d: " ".join(long_date(d.isoformat()).split()[1:]),
            span_text=span_text,
            day_url=lambda iso: self.days[iso].url if iso in self.days else "",
            caption=caption,
        )

    def filters(self, per_kind: int = 8) -> Markup:
        """Links to the entity pages of the most cited actors, places and organisations
        (timeline.js turns them into in-page filters)."""
        lab = labels()
        ranked = sorted(
            self.chronology.entities,
            key=lambda x: (-len(self.by_entity.get(x.id, ())), x.name.casefold()),
        )
        groups = []
        for kind, title in lab["kinds"].items():
            chosen = [x for x in ranked if x.kind == kind and self.by_entity.get(x.id)]
            if not chosen:
                continue
            links = " ".join(
                f'<a class="tl-filtre" href="{esc(self.link(x.url))}" '
                f'data-filtre="{esc(x.id)}">{esc(x.name)}</a>'
                for x in chosen[:per_kind]
            )
            groups.append(f"<p><strong>{esc(title)}</strong> : {links}</p>")
        words = lab["frise"]
        # the kinds (fait, déclaration, annonce): filtered in place only, so hidden until
        # timeline.js shows them (no page to link to without JavaScript)
        kinds = Counter(e.kind for e in self.chronology.events if e.kind)
        if len(kinds) > 1:
            buttons = " ".join(
                f'<button type="button" class="tl-filtre" data-genre="{esc(kind)}">'
                f"{esc(title)} ({kinds[kind]})</button>"
                for kind, title in words["kinds"].items()
                if kinds.get(kind)
            )
            groups.append(
                f'<p class="tl-filtres-genres" hidden><strong>{esc(words["kinds_title"])}</strong>'
                f" : {buttons}</p>"
            )
        if not groups:
            return Markup("")
        return Markup(
            f'<nav class="tl-filtres" aria-label="{esc(words["filters"])}" '
            f'data-tout="{esc(words["all"])}" data-affiches="{esc(words["shown"])}">\n'
            + "\n".join(groups)
            + f'\n<p class="tl-legend">{esc(words["filters_note"])}</p>\n</nav>'
        )

    def render_all(self) -> dict[str, str]:
        """Every generated page: ``{src_uri: markdown}``, in a fixed order."""
        return {uri: job() for uri, job in self.page_jobs()}

    def page_jobs(self) -> list[tuple[str, Callable[[], str]]]:
        """(src_uri, render function) of every generated page, in a fixed order."""
        jobs: list[tuple[str, Callable[[], str]]] = []
        published = self.chronology.events
        for i, event in enumerate((*published, *self.chronology.withdrawn)):
            uri = self.layout.event(event.id)
            # previous and next in the chronology (a withdrawn event's page has none)
            around = _neighbours(published, i)
            jobs.append((uri, partial(self._event_page, event, self.url_of(uri), *around)))
        ordered = list(self.days.values())
        for i, day in enumerate(ordered):
            before, after = _neighbours(ordered, i)
            jobs.append(
                (
                    self.layout.day(day.day),
                    partial(
                        self._render,
                        "jour.md.jinja2",
                        day.url,
                        heading=day.heading,
                        starting=day.starting,
                        continuing=day.continuing,
                        previous=before,
                        next=after,
                    ),
                )
            )
        for entity in self.chronology.entities:
            jobs.append((self.layout.entity(entity.id), partial(self._entity_page, entity)))
        for ref in self.chronology.articles:
            jobs.append((self.layout.source(ref.slug), partial(self._source_page, ref)))
        indexes = self.layout.indexes()
        jobs.append(
            (
                indexes["days"],
                partial(
                    self._render, "jours.md.jinja2", self.url_of(indexes["days"]), days=ordered
                ),
            )
        )
        jobs.append((indexes["entities"], partial(self._entities_index, indexes["entities"])))
        jobs.append((indexes["sources"], partial(self._sources_index, indexes["sources"])))
        return jobs

    # -- what each page is made of (the Markdown memo's keys) ---------------------------

    def page_inputs(self) -> dict[str, str | None]:
        """``{src_uri: digest of what its Markdown is made of}`` of the pages of
        ``page_jobs`` (the same pages), None for the indexes (they read every day, entity
        or article). Two chronologies rendered with the same templates, labels, layout and
        URL functions give a page the same Markdown when they give it the same digest: the
        digest covers each record the page's template and helpers read (the event with
        every field, its sources' articles as the page shows them, its entities as linked,
        its neighbours and related events as listed, its day page), gathered as
        ``page_jobs`` gathers them. One article more re-renders only the pages of what it
        touches (``plugin._page_sources``)."""
        found: dict[str, str | None] = {}
        published = self.chronology.events
        for i, event in enumerate((*published, *self.chronology.withdrawn)):
            around = _neighbours(published, i)
            uri = self.layout.event(event.id)
            same_day, same_actors = self.related(event) if not event.status else ([], [])
            day = self.days.get(event.start)
            found[uri] = _digest(
                "event",
                uri,
                self.url_of(uri),
                self._shown_inputs(event),
                [_item(e) for e in around],
                [_item(e) for e in same_day],
                [_item(e) for e in same_actors],
                day.url if day is not None else None,
            )
        ordered = list(self.days.values())
        for i, day in enumerate(ordered):
            neighbours = [
                (d.url, d.heading) if d is not None else None for d in _neighbours(ordered, i)
            ]
            found[self.layout.day(day.day)] = _digest(
                "day",
                day.url,
                day.heading,
                neighbours,
                [self._shown_inputs(e) for e in day.starting],
                [self._shown_inputs(e) for e in day.continuing],
            )
        for entity in self.chronology.entities:
            found[self.layout.entity(entity.id)] = _digest(
                "entity",
                repr(entity),
                [self._shown_inputs(e) for e in self.events_of_entity(entity)],
                [self._article_inputs(slug) for slug in entity.mentioned_in],
            )
        for ref in self.chronology.articles:
            article = self.articles.get(ref.slug)
            cited = [(_item(e), repr(e.sources)) for e in self.by_article.get(ref.slug, [])]
            dating = [t.get("event") for t in ref.timexes]
            found[self.layout.source(ref.slug)] = _digest(
                "source",
                repr(ref),
                self.article_urls[ref.slug],
                None if article is None else (article.text, article.body_start, article.lang),
                cited,
                [(i, self.events[i].url if i in self.events else None) for i in dating],
            )
        for uri in self.layout.indexes().values():
            found[uri] = None
        return found

    def _shown_inputs(self, event: ShownEvent) -> str:
        """The digest of what an event's card or page reads of the chronology: every field
        of the event, the day its latest source was published (``ongoing_until``), its
        articles (its sources' and the one its date was read in) as the page shows them,
        its entities as linked."""
        found = self._event_inputs.get(event.id)
        if found is None:
            slugs = [s.article for s in event.sources]
            slugs.append(str((event.audit or {}).get("article") or ""))
            linked = [self.entities.get(eid) for eid in (*event.actors, *event.organizations)]
            linked += [self.entities.get(eid) for eid in event.places]
            entities = [(x.id, x.name, x.kind, x.url) if x else None for x in linked]
            found = self._event_inputs[event.id] = _digest(
                repr(event),
                self.ongoing_until(event),
                [self._article_inputs(slug) for slug in dict.fromkeys(slugs)],
                entities,
            )
        return found

    def _article_inputs(self, slug: str) -> tuple[Any, ...]:
        """An article as the pages that cite it show it: title, day, outlet, relay, URLs."""
        ref = self.refs.get(slug)
        article = self.articles.get(slug)
        via = str(article.meta.get("via") or "") if article is not None else ""
        shown = None if ref is None else (ref.title, ref.date, ref.source, ref.url)
        return (slug, shown, via, self.article_urls.get(slug, ""))

    def _event_page(
        self,
        event: ShownEvent,
        page_url: str,
        previous: ShownEvent | None = None,
        following: ShownEvent | None = None,
    ) -> str:
        same_day, same_actors = self.related(event) if not event.status else ([], [])
        self._page_url = page_url
        return self._event_markdown(
            event,
            previous,
            following,
            same_day,
            same_actors,
            status_text(event),
            correction_lines(event),
        )

    def _event_markdown(
        self,
        e: ShownEvent,
        previous: ShownEvent | None,
        following: ShownEvent | None,
        same_day: list[ShownEvent],
        same_actors: list[ShownEvent],
        status: str,
        corrections: list[str],
    ) -> str:
        """An event page's Markdown, built in Python as the cards are (a template's calls
        cost as much as the page's own work; 648 pages of a 200-article dossier): every
        value escaped as the Markdown templates escape theirs (``esc``; the helpers give
        ``Markup``, kept as it is)."""
        ui = labels()["ui"]
        out = [
            "---\n"
            f"title: {yaml_string(e.title)}\n"
            f"description: {yaml_string(f'{e.display_date} — {e.summary}')}\n"
            "# indexed from the chronology by search_index.py, not from the HTML\n"
            "search:\n"
            "  exclude: true\n"
            "---\n"
            "\n"
            f"# {md_escape(e.title)}\n"
            "\n"
        ]
        if status:
            out.append(
                '<div class="admonition warning tl-withdrawn" id="retire">\n'
                f"<p>{esc(status)}</p>\n</div>\n\n"
            )
        out.append(
            '<div class="tl-event-head" id="date">\n'
            f'<p class="tl-event-date tl-big">{self.date_html(e)}{self.flags(e)}</p>\n'
        )
        if e.start != e.end:
            ongoing = f" ({esc(ui['ongoing'])})" if e.end == self.ongoing_until(e) else ""
            out.append(
                f'<p class="tl-interval-text">{esc(str(ui["interval"]).capitalize())} : '
                f"{self.period_html(e)}{ongoing}</p>\n"
            )
        if e.summary:
            out.append(f'<p class="tl-event-summary">{esc(e.summary)}</p>\n')
        out.append("</div>\n\n")
        if previous or following:
            out.append(f'<nav class="tl-event-nav" aria-label="{esc(ui["event_nav"])}">')
            if previous:
                out.append(
                    f'<a href="{esc(self.link(previous.url))}" rel="prev">'
                    f'<span class="tl-event-nav-dir">← {esc(ui["previous_event"])}</span> '
                    f"{self.date_html(previous, short=True)} — {esc(previous.title)}</a>"
                )
            if following:
                out.append(
                    f'<a href="{esc(self.link(following.url))}" rel="next">'
                    f'<span class="tl-event-nav-dir">{esc(ui["next_event"])} →</span> '
                    f"{self.date_html(following, short=True)} — {esc(following.title)}</a>"
                )
            out.append("</nav>\n\n")
        out.append("\n")
        if corrections and not status:
            out.append(
                f"## {esc(ui['corrections_heading'])} {{#corrections}}\n\n"
                '<ul class="tl-corrections">\n'
            )
            out.extend(f"<li>{esc(line)}</li>\n" for line in corrections)
            out.append("</ul>\n\n")
        out.append(
            f"## {esc(ui['audit_heading'])} {{#audit}}\n\n{self.audit_html(e)}\n\n"
            f"## {esc(ui['sources_heading'])} {{#sources}}\n\n"
        )
        out.extend(f"{self.quote_html(s)}\n\n" for s in e.sources)
        if e.actors or e.places or e.organizations:
            out.append(
                f"## {esc(ui['entities_heading'])} {{#entites}}\n\n{self.entity_links(e)}\n\n"
            )
        if same_day or same_actors:
            out.append(f"## {esc(ui['related_heading'])} {{#lies}}\n\n")
            for anchor, key, items in (
                ("meme-jour", "same_day", same_day),
                ("memes-acteurs", "same_actors", same_actors),
            ):
                if items:
                    out.append(f'<h3 id="{anchor}">{esc(ui[key])}</h3>\n<ul class="tl-related">\n')
                    out.extend(f"{self.event_item(r)}\n" for r in items)
                    out.append("</ul>\n\n")
        out.append(
            f"## {esc(ui['cite_heading'])} {{#citer}}\n\n"
            '<div class="tl-cite-box">\n'
            f"<p>Markdown : <code>[[event:{esc(e.id)}]]</code></p>\n"
            f'<p>{esc(ui["permalink"])} : <a href="{esc(self.link(e.url))}">'
            f"{esc(self.absolute(e.url))}</a></p>\n"
        )
        day = self.days[e.start].url if e.start in self.days else ""
        if day:
            out.append(
                f'<p><a href="{esc(self.link(day))}">{esc(ui["day_page"])} : '
                f"{esc(long_date(e.start))}</a></p>\n"
            )
        out.append("</div>\n")
        return "".join(out)

    def _entity_page(self, entity: ShownEntity) -> str:
        wikidata = (
            entity.wikidata if entity.wikidata and re.match(r"^Q\d+$", entity.wikidata) else None
        )
        return self._render(
            "entite.md.jinja2",
            entity.url,
            entity=entity,
            events=self.events_of_entity(entity),
            # an entity no event involves is shown as mentioned, in the articles that name it
            mentioned=[
                (self.refs[slug], self.article_urls[slug])
                for slug in entity.mentioned_in
                if slug in self.refs
            ],
            wikidata_url=f"https://www.wikidata.org/wiki/{wikidata}" if wikidata else None,
        )

    def _source_page(self, ref: ArticleRef) -> str:
        return self._render(
            "source.md.jinja2",
            self.article_urls[ref.slug],
            article=ref,
            lang=self.articles[ref.slug].lang if ref.slug in self.articles else "fr",
            paragraphs=self.article_paragraphs(ref),
            events=self.by_article.get(ref.slug, []),
        )

    def _entities_index(self, uri: str) -> str:
        kinds = list(labels()["kinds"])
        groups = defaultdict(list)
        for entity in sorted(self.chronology.entities, key=lambda x: x.name.casefold()):
            groups[entity.kind].append(entity)
        ordered_groups = sorted(
            groups.items(), key=lambda kv: (kinds.index(kv[0]) if kv[0] in kinds else 99, kv[0])
        )
        return self._render("entites.md.jinja2", self.url_of(uri), groups=ordered_groups)

    def _sources_index(self, uri: str) -> str:
        refs = sorted(self.chronology.articles, key=lambda a: (a.date, a.title))
        return self._render(
            "sources.md.jinja2",
            self.url_of(uri),
            articles=[_ArticleLink(a, self.article_urls[a.slug]) for a in refs],
        )

    # -- sources ----------------------------------------------------------------------

    def article_paragraphs(self, ref: ArticleRef) -> list[tuple[int, Markup]]:
        """(number, HTML) of each paragraph, time expressions and cited sentences marked."""
        article = self.articles.get(ref.slug)
        if article is None:
            return []
        page_url = self.article_urls[ref.slug]
        marks = self.sentence_marks(ref.slug, page_url) + [
            self.timex_mark(t, page_url) for t in ref.timexes if t.get("end", 0) > t.get("start", 0)
        ]
        return [
            (number, Markup(render_span(article.text, start, end, marks)))
            for number, (start, end) in enumerate(article.paragraphs(), start=1)
        ]

    def sentence_marks(self, slug: str, page_url: str) -> list[Mark]:
        """Each cited sentence anchored (``#phrase-<start>``); a link to its event(s) follows
        the last sentence of a run citing the same events in the same paragraph."""
        cited: dict[tuple[int, int], list[ShownEvent]] = defaultdict(list)
        paragraph: dict[tuple[int, int], int] = {}
        for event in self.by_article.get(slug, []):
            for source in event.sources:
                key = (source.start, source.end)
                if source.article == slug and key[1] > key[0] and event not in cited[key]:
                    cited[key].append(event)
                    paragraph[key] = source.paragraph
        spans = sorted(cited)
        marks = []
        for i, key in enumerate(spans):
            events = cited[key]
            following = spans[i + 1] if i + 1 < len(spans) else None
            same_run = following is not None and (
                cited[following] == events and paragraph[following] == paragraph[key]
            )
            links = ""
            if not same_run:  # (f-strings and esc(): Markup.format is 3 times slower)
                links = "".join(
                    f' <a class="tl-cite" href="{esc(self.relative_url(e.url, page_url))}" '
                    f'title="{esc(e.title)}">→ {esc(shorten(e.title))}</a>'
                    for e in events
                )
            marks.append(
                Mark(
                    key[0],
                    key[1],
                    f'<span class="tl-phrase" id="phrase-{key[0]}">',
                    "</span>" + links,
                )
            )
        return marks

    def timex_mark(self, timex: dict[str, Any], page_url: str) -> Mark:
        span = timex.get("span")
        resolved = span_text(span[0], span[1]) if span else str(timex.get("value", ""))
        tip = resolved
        if timex.get("explanation"):
            tip = f"{resolved} — {timex['explanation']}"
        event = self.events.get(timex.get("event") or "")
        when = html_datetime(timex)
        inner_open = f'<time datetime="{esc(when)}">' if when else "<span>"
        inner_close = "</time>" if when else "</span>"
        tip = esc(tip)
        if event is not None:
            href = esc(self.relative_url(event.url, page_url))
            open_html = f'<mark class="tl-timex" data-tip="{tip}"><a href="{href}" title="{tip}">'
            close_html = inner_close + "</a></mark>"
        else:
            open_html = f'<mark class="tl-timex" tabindex="0" data-tip="{tip}" title="{tip}">'
            close_html = inner_close + "</mark>"
        return Mark(int(timex["start"]), int(timex["end"]), open_html + inner_open, close_html)


def _item(event: ShownEvent | None) -> tuple[str, ...] | None:
    """An event as a list item or a neighbour shows it (``event_item``, ``date_html``)."""
    if event is None:
        return None
    return (
        event.id,
        event.url,
        event.title,
        event.display_date,
        event.start,
        event.end,
        event.precision,
    )


def _digest(*parts: Any) -> str:
    """sha256 of the ``repr`` of ``parts`` (strings, numbers, None, tuples and lists of them,
    records: dataclasses whose ``repr`` shows every field)."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


@dataclass
class _ArticleLink:
    ref: ArticleRef
    url: str

    def __getattr__(self, name: str) -> Any:
        return getattr(self.ref, name)
