"""Records of the chronology: events, their sources, entities, the whole chronology.

Plain dataclasses, JSON-serializable with ``to_dict``; the site and the CLI only read them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Source:
    """One place an event is reported: an article, its paragraph and sentence."""

    article: str  # article slug (content file stem)
    url: str | None  # the article's original URL, if known
    paragraph: int  # 1-based paragraph number in the article body
    sentence: str  # the sentence as it stands in the article
    start: int = 0  # character offsets of the sentence in the article file
    end: int = 0
    timex: dict[str, Any] | None = None  # the Timex (as dict) that dated it, if any
    role: str = "report"  # report, context, follow-up


@dataclass
class Event:
    id: str
    start: str  # ISO day
    end: str  # ISO day (== start for a single day)
    precision: str  # day, week, month, year, fuzzy, open-start, inferred
    display_date: str  # French, e.g. "mercredi 7 octobre 2015"
    title: str
    summary: str
    dated_by: str  # explicit, inherited, publication
    actors: list[str] = field(default_factory=list)  # entity ids
    places: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    # how the date was obtained, for the reader: {"expression", "context", "rule", "anchor",
    # "explanation" (French sentence), "article", ...}
    audit: dict[str, Any] = field(default_factory=dict)
    url: str = ""  # permalink relative to the site root
    aliases: list[str] = field(default_factory=list)  # older IDs that redirect here

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Entity:
    id: str
    name: str
    kind: str  # person, place, organization
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    wikidata: str | None = None
    url: str = ""
    events: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ArticleRef:
    slug: str
    title: str
    date: str
    source: str
    url: str | None
    path: str  # relative path of the content file
    body_start: int = 0  # offset of the body in the file text
    # every time expression of the article (Timex.to_dict() plus "event": the id of the
    # event it dates, or None), for highlighting in the rendered source
    timexes: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Chronology:
    generated: str
    events: list[Event]
    entities: list[Entity]
    articles: list[ArticleRef]

    def to_dict(self) -> dict[str, Any]:
        return {
            "generated": self.generated,
            "events": [e.to_dict() for e in self.events],
            "entities": [e.to_dict() for e in self.entities],
            "articles": [a.to_dict() for a in self.articles],
        }
