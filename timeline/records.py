"""The records the stages hand each other, and their JSON codec.

One record per arrow of the pipeline (ARCHITECTURE.md)::

    Article ─► Extraction ─► EventDraft ─► Event (in a Chronology) ─► present/

* ``Extraction`` (``timeline.events.extract``): one article's time expressions, analysed
  sentences and candidate events. Cached per article; knows nothing of other articles.
* ``EventDraft`` (``timeline.events.assemble``): one event as the analysis found it, with no
  ID, URL or display text.
* ``Event``: a draft with its permanent ID (``ids.yml``) and the editors' corrections applied
  (``corrections.yml``); ``Chronology`` holds the events, the context items, the entities
  and the articles.
* URLs and French display text are derived from these records by ``timeline.present``.

Every record is a dataclass. ``encode(record)`` gives its JSON-ready form (what
``dataclasses.asdict`` gives, tuples as lists; a ``Row``, the small records stored by the
hundred such as a clause's tokens, as the list of its fields' values in order) and
``decode(cls, data)`` rebuilds it,
nested records included (``decode(cls, encode(r)) == r``). ``dump``/``load`` wrap a record
with the codec's ``SCHEMA_VERSION``: a stored payload of another version is refused
(``RecordVersionError``), so a cache written by older code is never misread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Self, TypeVar

from timeline.temporal.model import Timex

#: Version of the records' JSON form; bump it when a record changes shape (3: a sentence
#: keeps the parse of its reported clause, ``Sentence.clause``, instead of its headlines;
#: 4: its verbs of the second person plural, ``Sentence.second_plural``; 5: its noun
#: phrases, ``Sentence.phrases``; 6: a follow-up's parsed subject, ``Sentence.subject``).
SCHEMA_VERSION = 6

T = TypeVar("T")


class RecordVersionError(ValueError):
    """A stored record of another schema version (or not a record at all)."""


class Record:
    """What every record can do: ``to_dict`` (``encode``) and ``from_dict`` (``decode``)."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = encode(self)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return decode(cls, data)


class Row:
    """A record stored as the JSON list of its fields' values, in order (not an object):
    for the small records an extraction holds by the hundred (``ParsedToken``). A field
    may only be added at the end, with a default."""


# --------------------------------------------------------------------------- extraction


@dataclass
class NerMention(Record):
    """A name spaCy recognised in a sentence (offsets in the article file)."""

    start: int
    end: int
    text: str
    label: str


@dataclass
class ReportingClause(Record):
    """Who says it: "a déclaré le ministre" (offsets in the article file)."""

    kind: str
    start: int
    end: int
    verb: str
    speaker: tuple[int, int] | None = None


@dataclass
class SentenceDate(Record):
    """The date an event sentence gets (explicit, inherited or publication)."""

    start: str  # ISO day
    end: str  # ISO day
    precision: str
    open_start: bool
    dated_by: str  # explicit, inherited, publication
    value: str | None  # TIMEX3 value of the expression that dated it, if any


@dataclass
class SentenceAbout(Record):
    """What a statement speaks of, when it names a period of its own ("depuis le 30
    septembre, les frappes ont touché 112 cibles", said on 7 October)."""

    timex: int  # index into the extraction's ``timexes``
    start: str
    end: str
    precision: str
    value: str | None


@dataclass
class ParsedToken(Row):
    """One token of an event sentence's reported clause, as the dependency parser saw it:
    what ``events.headline`` reads to make the headline at assembly (so a change to the
    headline rules re-assembles without parsing again)."""

    idx: int  # character offset in the sentence
    text: str
    space: str  # the whitespace after it ("" or " ")
    dep: str  # Universal Dependencies label
    pos: str  # UPOS tag
    lemma: str
    head: int  # index of its head in the clause's tokens (its own: the head is outside)


@dataclass
class NounPhrase(Row):
    """A noun phrase of a parsed sentence that a pronoun after it may stand for
    (``events.phrases``): "des élections européennes" -> determiner "des", words
    "élections européennes", plural, feminine."""

    end: int  # offset in the sentence of its end
    determiner: str  # the word just before it that depends on its noun ("" if none)
    words: str  # its noun (or names) and the adjectives right after it
    number: str  # "singular", "plural"
    gender: str  # "masculine", "feminine", or "" (unknown)
    proper: bool  # names (proper nouns), not a common noun


@dataclass
class Subject(Row):
    """The subject of a follow-up's main clause, as its parse reads it (offsets in the
    sentence): its noun phrase, without what a comma sets off after its head (an
    apposition, a relative clause). ``pos`` "" when the main clause has no subject the
    parse found (an impersonal "il y a", a verb with none)."""

    start: int  # offset in the sentence of its first word
    end: int  # offset in the sentence of its end
    head: int  # offset in the sentence of its head word
    determiner: str  # the determiner of its head ("" if none)
    pos: str  # its head's part of speech (UPOS: NOUN, PROPN, PRON, ...)


@dataclass
class Sentence(Record):
    """One analysed sentence of an article (offsets in the article file).

    ``timexes`` and ``timex`` index the extraction's ``timexes``; ``parent`` indexes its
    ``sentences`` (the event sentence a follow-up or context sentence explains).
    """

    start: int
    end: int
    paragraph: int  # 1-based
    index_in_paragraph: int
    text: str
    heading: bool
    tense: str | None
    content_tense: str | None
    verb: str | None
    action: str | None
    timexes: list[int]
    timex: int | None  # the expression that dates the sentence, if any
    report: ReportingClause | None
    quote: bool
    continuation: bool
    additive: bool
    hypothetical: bool
    mentions: list[NerMention]
    words: list[tuple[int, str]]  # (offset, lemma) of the content words
    numbers: list[int]
    #: the expression of the reporting clause that says when it was said, if any
    report_timex: int | None = None
    goes_on: bool = False  # "..., a-t-il poursuivi": the same speech going on
    #: the day that dates it is governed by a modal of possibility or obligation ("pourraient
    #: se retrouver en prison dès ce soir"): when something may or must happen
    modal_date: bool = False
    #: the day that dates it is that of what is forecast (a present conditional, a future in
    #: an adverbial clause: "pourraient reprendre lundi", "lorsque les habitants reprendront
    #: le travail lundi", ``dates.forecast_governs``): said by someone, what the words are about
    forecast_date: bool = False
    #: happening, statement, announcement, context, not-event (``events.kinds``)
    kind: str = ""
    #: event, follow-up, context, background (dated context), aside (not an event), heading
    role: str = ""
    parent: int | None = None
    date: SentenceDate | None = None  # event and background sentences only
    about: SentenceAbout | None = None  # statements naming a period of their own
    rejected_timex: int | None = None  # an impossible date, not published
    #: who it quotes when its reporting clause names nobody or it has none (file offsets
    #: of the speaker: "», a expliqué le ministre, selon lequel ...", "Selon la préfecture,
    #: « ... »"), ``events.features.quoted_speaker``
    quoted: tuple[int, int] | None = None
    #: event sentences: the parsed tokens of what it reports (the sentence without its
    #: reporting clause), from which assembly makes the headline (``events.headline``);
    #: None when it was not parsed (beyond what is analysed)
    clause: list[ParsedToken] | None = None
    #: what the main clause says with "être" (``features.predicate_of``): "attribute" ("a
    #: été exceptionnel"), a present passive: "passive" ("sont attendus"), "passive-by"
    #: ("est retenu par sa garde"); or None
    predicate: str | None = None
    #: offsets in ``text`` of the main clause's verbs of the second person plural
    #: (``features.second_plural_verbs``: "Consultez notre carte", "N'hésitez pas")
    second_plural: list[int] = field(default_factory=list)
    #: parsed sentences: their noun phrases, the whole sentence's, reporting clause included
    #: (``events.phrases``): what a demonstrative after them stands for ("... des
    #: élections européennes. Celles-ci ..."); None when it was not parsed
    phrases: list[NounPhrase] | None = None
    #: follow-ups: the subject of the main clause of what it reports (outside its reporting
    #: clause), read from its parse, what merging compares with its event's agent (``events.
    #: assemble``); None when it was not parsed (an event: its ``clause`` says it)
    subject: Subject | None = None
    #: offsets in ``text`` of the stretches that do not govern the sentence (an apposition, a
    #: participle or a clause that modifies a word, a cleft's frame: ``features.
    #: set_off_stretches``), read from its parse when it holds a cue that counts only where
    #: it governs (``kinds.governing_text``); empty otherwise
    set_off: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Candidate(Record):
    """A candidate event: an event sentence (index into ``sentences``) and its date."""

    sentence: int
    start: str
    end: str
    precision: str
    open_start: bool
    dated_by: str
    value: str | None
    timex: int | None
    kind: str = "happening"
    about: SentenceAbout | None = None


@dataclass
class Extraction(Record):
    """Everything the analysis reads in one article, alone (cached per article)."""

    article: str  # the article's slug
    url: str | None
    dct: str  # publication day (ISO)
    lang: str
    body_start: int
    timexes: list[Timex]  # offsets in the article file
    sentences: list[Sentence]
    candidates: list[Candidate]
    #: dated background sentences: the chronology's context list, nobody's event
    background: list[Candidate] = field(default_factory=list)


# --------------------------------------------------------------------------- events


@dataclass
class Source(Record):
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
class About(Record):
    """The period a statement speaks of, and the expression that names it."""

    start: str
    end: str
    precision: str
    expression: str
    value: str | None = None


@dataclass
class EventDraft(Record):
    """One event as the analysis found it: no ID, URL or display text."""

    start: str  # ISO day
    end: str  # ISO day (== start for a single day)
    precision: str  # day, week, month, year, fuzzy, open-start, inferred
    value: str | None  # TIMEX3 value of the expression that dated it, if any
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
    keys: list[str] = field(default_factory=list)  # registry keys of its reports (ids.yml)
    # what the main sentence reports: a happening, a statement (a claim or declaration,
    # dated on the day it was made) or an announcement (something scheduled)
    kind: str = "happening"
    about: About | None = None  # what a statement speaks of, when it names a period


@dataclass
class Correction(Record):
    """What an editor changed on an event (``corrections.yml``), as applied to it."""

    field: str  # date, title, context, hide, merge_into; "merged" on the event merged into
    before: str  # the automatic value ("" when it has none; the merged ID for "merged")
    after: str  # the corrected value (ISO day or "start/end" for a date)
    note: str = ""
    when: str = ""  # ISO day of the correction, when the entry says it
    line: int = 0  # line of the entry in corrections.yml


@dataclass
class Event(Record):
    """An event of the chronology: a draft with its ID and corrections applied."""

    id: str
    start: str
    end: str
    precision: str
    value: str | None
    title: str
    summary: str
    dated_by: str
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    audit: dict[str, Any] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)  # older IDs that redirect here
    kind: str = "happening"  # happening, statement, announcement (see EventDraft)
    about: About | None = None
    corrections: list[Correction] = field(default_factory=list)
    #: "" for a published event; "hidden" (withdrawn: its page says why), "context" (moved
    #: to the context block: its page stays too) or "merged" (its page redirects to
    #: ``merged_into``)
    status: str = ""
    merged_into: str | None = None


@dataclass
class ContextItem(Record):
    """Background a reader needs that is not a happening of the dossier's period ("une
    coalition qui procède depuis plus d'un an à des frappes", "depuis 2011"): listed apart,
    never as a dated event. ``start``/``end``/``precision`` say what period it covers.
    An event an editor moved to the context (``context: true``) is one too (``event``)."""

    text: str  # the sentence, cleaned (or the event's title)
    start: str
    end: str
    precision: str
    value: str | None = None
    sources: list[Source] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # entity ids named in it
    event: str | None = None  # the event ID an editor moved here, if any


@dataclass
class Entity(Record):
    id: str
    name: str
    kind: str  # person, place, organization
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    wikidata: str | None = None
    events: list[str] = field(default_factory=list)
    # articles that name it (slugs): an entity with no event is shown as mentioned there
    mentioned_in: list[str] = field(default_factory=list)


@dataclass
class ArticleRef(Record):
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
class Notice(Record):
    """A correction of ``corrections.yml`` that did not apply (``timeline check`` lists
    them): an unknown ID, a merge cycle, nothing left to change."""

    line: int
    message: str


@dataclass
class Chronology(Record):
    generated: str
    events: list[Event]  # every event, withdrawn and merged ones too (see ``status``)
    entities: list[Entity]
    articles: list[ArticleRef]
    context: list[ContextItem] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    def published(self) -> list[Event]:
        """The events shown in the chronology (neither withdrawn nor merged away)."""
        return [e for e in self.events if not e.status]


# --------------------------------------------------------------------------- codec

_IMMUTABLE = frozenset({str, int, float, bool, type(None)})


def encode(value: Any) -> Any:
    """The JSON-ready form of a record (or of a list, tuple or dict of them)."""
    kind = type(value)
    if kind in _IMMUTABLE:
        return value
    if kind is list or kind is tuple:
        return [encode(item) for item in value]
    if kind is dict:
        return {key: encode(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, Row):
            return [encode(getattr(value, name)) for name in _names(kind)]
        return {name: encode(getattr(value, name)) for name in _names(kind)}
    raise TypeError(f"cannot encode {kind.__name__}")


def decode(cls: type[T], data: Any) -> T:
    """The record ``encode`` gave ``data`` for (or its JSON round trip)."""
    result: T = _decoder(cls)(data)
    return result


def dump(record: Any) -> dict[str, Any]:
    """``record`` with the codec's version and its record name, for storage."""
    return {"schema": SCHEMA_VERSION, "record": type(record).__name__, "data": encode(record)}


def load(cls: type[T], payload: Any) -> T:
    """The record ``dump`` stored; ``RecordVersionError`` for another version or record."""
    if not isinstance(payload, dict) or payload.get("schema") != SCHEMA_VERSION:
        found = payload.get("schema") if isinstance(payload, dict) else type(payload).__name__
        raise RecordVersionError(f"record schema {found!r}, expected {SCHEMA_VERSION}")
    if payload.get("record") != cls.__name__:
        raise RecordVersionError(f"a {payload.get('record')!r} record, expected {cls.__name__}")
    return decode(cls, payload["data"])


_NAMES: dict[type[Any], tuple[str, ...]] = {}
_DECODERS: dict[Any, Callable[[Any], Any]] = {}


def _names(cls: type[Any]) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _identity(value: Any) -> Any:
    return value


def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A function turning the JSON form of type ``tp`` back into a value (memoised)."""
    try:
        return _DECODERS[tp]
    except (KeyError, TypeError):
        pass
    made = _make_decoder(tp)
    with contextlib.suppress(TypeError):  # an unhashable type: not memoised
        _DECODERS[tp] = made
    return made


def _make_decoder(tp: Any) -> Callable[[Any], Any]:
    if tp is Timex:
        return Timex.from_dict
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _record_decoder(tp)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            return _identity  # only X | None unions are records' business
        inner = _decoder(options[0])
        return lambda value: None if value is None else inner(value)
    if origin is list:
        item = _decoder(args[0]) if args else _identity
        if item is _identity:
            return list
        return lambda value: [item(v) for v in value]
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            one = _decoder(args[0])
            return lambda value: tuple(one(v) for v in value)
        parts = [_decoder(a) for a in args]
        if all(part is _identity for part in parts):
            return partial(_plain_tuple, len(parts))
        return lambda value: tuple(d(v) for d, v in zip(parts, value, strict=True))
    if origin is dict:
        inner = _decoder(args[1]) if args else _identity
        if inner is _identity:
            return dict
        return lambda value: {k: inner(v) for k, v in value.items()}
    return _identity  # str, int, bool, Any...


def _plain_tuple(size: int, value: Any) -> tuple[Any, ...]:
    """A fixed-size tuple of values kept as they are (``tuple[int, int]``: a JSON list)."""
    if len(value) != size:
        raise ValueError(f"expected {size} values, got {len(value)}")
    return tuple(value)


def _record_decoder(cls: type[Any]) -> Callable[[Any], Any]:
    hints = typing.get_type_hints(cls)
    known = {f.name: _decoder(hints[f.name]) for f in dataclasses.fields(cls)}

    if issubclass(cls, Row):
        fields = list(known.values())
        plain = all(read is _identity for read in fields)  # the values as JSON gives them

        def decode_row(data: Any) -> Any:
            if not isinstance(data, list) or len(data) > len(fields):
                raise TypeError(f"{cls.__name__}: expected a list of at most {len(fields)}")
            if plain:
                return cls(*data)
            return cls(*(read(value) for read, value in zip(fields, data, strict=False)))

        return decode_row

    def decode_record(data: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"{cls.__name__}: expected an object, got {type(data).__name__}")
        return cls(**{name: known[name](value) for name, value in data.items() if name in known})

    return decode_record
