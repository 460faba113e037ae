"""Records of the chronology: events, their sources, entities, the whole chronology.

Plain dataclasses, JSON-serializable with ``to_dict`` and rebuilt with ``from_dict``
(``Chronology.from_dict(c.to_dict()) == c``); the site and the CLI only read them.

``to_dict`` gives what ``dataclasses.asdict`` gives (same keys, same order, nested values
copied) for the JSON-like values these records hold, several times faster: the chronology
of a large project is serialised on every build (events.json, the chronology memo).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Self

_FIELD_NAMES: dict[type[Any], tuple[str, ...]] = {}


def _field_names(cls: type[Any]) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


_IMMUTABLE = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """A copy of a JSON-like value (dicts, lists, tuples, records with ``to_dict``)."""
    if type(value) in _IMMUTABLE:
        return value
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, _Record):
        return value.to_dict()
    return value


class _Record:
    """``to_dict`` (as ``asdict``) and ``from_dict`` (flat records) for the dataclasses."""

    def to_dict(self) -> dict[str, Any]:
        return {name: _plain(getattr(self, name)) for name in _field_names(type(self))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return cls(**{name: data[name] for name in _field_names(cls) if name in data})


@dataclass
class Source(_Record):
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
class Event(_Record):
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
    # what the main sentence reports: a happening, a statement (a claim or declaration,
    # dated on the day it was made) or an announcement (something scheduled)
    kind: str = "happening"
    # what a statement speaks of, when it names a period of its own ("depuis le 30
    # septembre, les frappes ont touché 112 cibles", said on 7 October): {"start", "end",
    # "precision", "expression"}
    about: dict[str, Any] | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        sources = [Source.from_dict(s) for s in data.get("sources", [])]
        return super().from_dict({**data, "sources": sources})


@dataclass
class ContextItem(_Record):
    """Background a reader needs that is not a happening of the dossier's period ("une
    coalition qui procède depuis plus d'un an à des frappes", "depuis 2011"): listed apart,
    never as a dated event. ``start``/``end``/``precision`` say what period it covers."""

    text: str  # the sentence, cleaned
    start: str
    end: str
    precision: str
    display_date: str
    sources: list[Source] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # entity ids named in it

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        item = super().from_dict(data)
        item.sources = [Source.from_dict(s) for s in data.get("sources", [])]
        return item


@dataclass
class Entity(_Record):
    id: str
    name: str
    kind: str  # person, place, organization
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    wikidata: str | None = None
    url: str = ""
    events: list[str] = field(default_factory=list)
    # articles that name it (slugs): an entity with no event is shown as mentioned there
    mentioned_in: list[str] = field(default_factory=list)


@dataclass
class ArticleRef(_Record):
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


@dataclass
class Chronology:
    generated: str
    events: list[Event]
    entities: list[Entity]
    articles: list[ArticleRef]
    context: list[ContextItem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "generated": self.generated,
            "events": [e.to_dict() for e in self.events],
            "entities": [e.to_dict() for e in self.entities],
            "articles": [a.to_dict() for a in self.articles],
            "context": [c.to_dict() for c in self.context],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chronology:
        """The chronology ``to_dict`` gave (or its JSON round trip)."""
        return cls(
            generated=data["generated"],
            events=[Event.from_dict(e) for e in data["events"]],
            entities=[Entity.from_dict(e) for e in data["entities"]],
            articles=[ArticleRef.from_dict(a) for a in data["articles"]],
            context=[ContextItem.from_dict(c) for c in data.get("context", [])],
        )
