"""Who speaks in each report merging compares, read once per build (issue 9).

French news names one speaker several ways. By name ("Claire Vernay a annoncé ..."); by a
title whose holder the news names once in apposition, in that article or another of the
build ("la maire de Lyon, Claire Vernay, a inauguré ..." then "La maire de Lyon a annoncé
..."); or not at all, the speaker carried along the speech: a quotation with no verb of
saying right after a sentence of saying in the same paragraph is the words of that
sentence's speaker. A ``Voice`` records who speaks and how it was read; merging compares
voices where it compared names (``merge.said_by_another``), so that one speaker's statement
told by a title in one outlet and by a name in another is not "said by another".

A title stands for a holder only if the build names exactly one holder of it around the
report's day (``title_holder_reach_days``), or the report's own article names exactly one:
two ministers of one title in two governments, or two coaches of one club in a week, leave
the title to nobody. A title shortened to its noun ("a précisé le préfet") stands for the one
holder its own article names with that noun and a complement ("le préfet du Cantal, Marc
Olivier"), never across articles. Titles are learned from the build's own texts (a
definite article, a few words, then the name; or the name, a comma and the title), never
from a list of offices.
The words that cannot open a title ("qui", "dont", ...) are ``lang/fr/merging.yml``'s
``speakers`` section.

A body and its head are one side: a person whose title, written next to the name with its
definite article, names an organisation ("la présidente du Parti du renouveau, Anne Morel";
"Henri Castel, le patron de Velonor,") speaks and acts for it, so a statement of the party
and one of its president are not "said by another" (``Voice.side``). The definite article is
what makes the title the body's one office ("le porte-parole de", "la directrice de"); in
apposition after the name French gives an office with no article, and there the title's
noun tells it: the noun of a head (``merging.yml``'s ``head_nouns``: "Karim Benali,
porte-parole de la Fédération des taxis"). A person who only works there is told with an
indefinite article ("un salarié de Velonor") or with no article and a noun of no head
("infirmière de l'hôpital"), and is no side of the body. Two heads of one body are not one
side of each other.

An office's body or seat speaks for its holder (``title_holder``): "a précisé la préfecture
du Finistère" is the prefect's, when the build names one ("le préfet du Finistère, Jean
Castel"). The body's noun and its head's are one stem with two endings of French derivation
(``merging.yml`` ``body_endings``: présidence / président, mairie / maire, ministère /
ministre, préfecture / préfet), the words telling which the same; the few seats named by a
place ("l'Élysée", "Matignon") are ``seats``, whose holder's titles are one office ("le chef
de l'État" is the one "président français" the build names).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from timeline.events.entities import fold
from timeline.events.merging_words import raw_data

#: how the voice was read
NAMED = "named"  # its reporting clause names the speaker (or a pronoun already resolved)
TITLED = "title"  # its reporting clause gives a title the build knows one holder of
CARRIED = "carried"  # a quotation going on after a sentence of saying of that speaker


@dataclass(frozen=True)
class Voice:
    """Who speaks in a report: an entity id when known, the title its reporting clause
    describes the speaker by (folded, lower case, its article dropped: "maire de lyon"),
    and how the person was read (``NAMED``, ``TITLED``, ``CARRIED``; "" when unknown)."""

    person: str | None = None
    title: str = ""
    how: str = ""
    #: the speaker and whom they speak for, or who speaks for them (``Sides.of``): the
    #: body a person heads, the heads of a body; empty when nobody is known to speak
    side: frozenset[str] = frozenset()


#: nobody known to speak
SILENT = Voice()


@dataclass(frozen=True)
class Holding:
    """A title written next to its holder's name in one article of the build."""

    title: str
    person: str
    article: int
    day: dt.date


@dataclass(frozen=True)
class Words:
    """``merging.yml``'s ``speakers`` section."""

    #: words a title cannot open with ("qui", "dont", "a", "selon")
    not_titles: frozenset[str]
    #: the most words a title has ("président de la république française")
    title_words: int
    #: how many days apart a title's holding still tells who holds it on a report's day
    reach: int
    #: the prepositions before a title's complement that a body heads ("de", "du")
    genitive: frozenset[str] = frozenset()
    #: the words a head's title cannot follow (prepositions: "à l'AFP", "suite à la ...")
    title_not_after: frozenset[str] = frozenset()
    #: (a body's ending, its head's) of one stem: ("ence", "ent"), présidence / président
    body_endings: tuple[tuple[str, str], ...] = ()
    #: the fewest letters of the stem a body and its head share ("agence" / "agent": none)
    body_stem: int = 4
    #: the seats named by a place, folded, and the titles of their holder ("elysee" ->
    #: "president de la republique", ...)
    seats: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: the nouns of the office that heads a body and speaks for it, folded ("porte-parole",
    #: "secretaire general"): a title in apposition opening with one needs no article
    head_nouns: tuple[str, ...] = ()
    #: the nouns of a person's office, folded ("chef", "ministre"): a title a lead gives
    #: before its holder's name (``person_office_nouns``)
    person_offices: frozenset[str] = frozenset()


@cache
def words() -> Words:
    """merging.yml's ``speakers`` section (the file parsed once: ``raw_data``)."""
    whole = raw_data()
    data = whole["speakers"]
    return Words(
        not_titles=frozenset(fold(str(w)).lower() for w in data["not_title_openers"]),
        title_words=int(data["title_words"]),
        reach=int(data["title_holder_reach_days"]),
        genitive=frozenset(fold(str(w)).lower() for w in data["genitive"]),
        title_not_after=frozenset(fold(str(w)).lower() for w in data["title_not_after"]),
        body_endings=tuple(
            (fold(str(body)).lower(), fold(str(head)).lower())
            for body, head in data["body_endings"]
        ),
        body_stem=int(data["body_stem_letters"]),
        seats=tuple(
            (title_key(str(seat)), tuple(title_key(str(t)) for t in titles))
            for seat, titles in data["seats"].items()
        ),
        head_nouns=tuple(title_key(str(w)) for w in whole["head_nouns"]),
        person_offices=frozenset(title_key(str(w)) for w in data["person_office_nouns"]),
    )


#: a definite article that may open the title before a name ("la maire de Lyon, Claire
#: Vernay"; "le président du groupe Pierre Durand")
_BEFORE = re.compile(r"(?:^|[\s(])(?:le|la|l['’])\s*", re.IGNORECASE)
#: what follows that article up to the name: words, no punctuation, a comma at most
_UP_TO_NAME = re.compile(r"(?P<title>[^\s,.;:!?«»\"“”()][^,.;:!?«»\"“”()]*?)\s*,?\s*$")
#: the title after a name: a comma, maybe a definite article, words, then a comma or a stop
#: ("Marc Delorme, entraîneur du FC Nantes, a ...")
_AFTER = re.compile(
    r"^\s*,\s*(?P<article>(?:le|la|l['’])\s*)?(?P<title>[^,.;:!?«»\"“”()]+?)\s*[,.;)]",
    re.IGNORECASE,
)
#: how far from a name its title is looked for (characters)
_REACH = 80
#: a word of a title, as compared
_WORD = re.compile(r"[\w-]+")


def title_key(text: str) -> str:
    """A title as compared: its words folded and lower case ("Maire de Lyon" ->
    "maire de lyon", "l'Intérieur" -> "l interieur")."""
    return " ".join(_WORD.findall(fold(text).lower()))


def _title(found: str | None) -> str:
    """The title of a match, "" when it cannot be one (too long, opening with a word no
    title opens with)."""
    if not found:
        return ""
    key = title_key(found)
    parts = key.split()
    vocab = words()
    if not parts or len(parts) > vocab.title_words or parts[0] in vocab.not_titles:
        return ""
    return key


def holdings(
    texts: list[str], days: list[dt.date], names: list[list[tuple[int, int, str]]]
) -> list[Holding]:
    """Every title the articles write next to a person's name (``names``: each article's
    persons as (start, end, entity id) offsets in its text), with the article and its day."""
    out: list[Holding] = []
    for at, (text, day, found) in enumerate(zip(texts, days, names, strict=True)):
        for start, end, person in found:
            after = _AFTER.match(text[end : end + _REACH])
            for title in (
                _title_before(text[max(0, start - _REACH) : start]),
                _title(after.group("title") if after else None),
            ):
                if title:
                    out.append(Holding(title, person, at, day))
    return out


def _title_before(text: str) -> str:
    """The longest title right before a name (``text`` ends where the name starts) opening
    with a definite article: "le ministre de l'Agriculture" before "Luc Marin", not
    "l'Agriculture"; "" when none."""
    for article in _BEFORE.finditer(text):
        title = _title(_match_group(_UP_TO_NAME.match(text, article.end())))
        if title:
            return title
    return ""


def _match_group(found: re.Match[str] | None) -> str | None:
    return found.group("title") if found else None


@dataclass(frozen=True)
class Office:
    """A title read as an office: its head noun and the words of its complement that tell
    which ("ministre de la sante" -> "ministre", {"sante"}; "maire" -> "maire", {})."""

    head: str
    which: frozenset[str]

    def held_as(self, title: str) -> bool:
        """``title`` (a holding's) is this office: the same head noun, or its feminine
        ("presidente", "prefete"), and every word telling which ("maire de quimper" is the
        office "maire"; not "maire de brest" the office "maire de quimper")."""
        parts = title.split()
        return (
            bool(parts)
            and parts[0] in (self.head, self.head + "e")
            and self.which <= _which(parts[1:])
        )


def office(title: str) -> Office:
    """A title (``title_key``'s form) as an office."""
    parts = title.split()
    return Office(parts[0] if parts else "", _which(parts[1:]))


def _which(parts: list[str]) -> frozenset[str]:
    """The words of a title's complement that tell which office, its articles and
    genitives aside."""
    return frozenset(parts) - _ARTICLES - words().genitive


def body_offices(title: str) -> tuple[Office, ...]:
    """The offices whose holder a body or a seat described by ``title`` speaks for: the
    head a derivation of its noun gives ("prefecture du finistere" -> "prefet" {finistere};
    "presidence de la republique" -> "president" {republique}), or a seat's holder's
    titles ("elysee" -> "president de la republique", ...); what follows a preposition
    that is no genitive is no part of it ("elysee dans un communique"); () when none."""
    vocab = words()
    parts = title.split()
    for n, part in enumerate(parts):
        if n and part in vocab.title_not_after - vocab.genitive:
            parts = parts[:n]
            break
    key = " ".join(parts)
    for seat, titles in vocab.seats:
        if key == seat or key.startswith(seat + " "):
            rest = _which(key[len(seat) :].split())
            return tuple(Office(o.head, o.which | rest) for o in map(office, titles))
    if not parts:
        return ()
    noun, rest = parts[0], _which(parts[1:])
    return tuple(
        Office(noun[: -len(body)] + head, rest)
        for body, head in vocab.body_endings
        if noun.endswith(body) and len(noun) - len(body) >= vocab.body_stem
    )


class TitleBook:
    """Who holds each title the build writes next to a name, by article and day."""

    def __init__(self, found: Iterable[Holding]) -> None:
        self.by_title: dict[str, list[Holding]] = {}
        for holding in found:
            self.by_title.setdefault(holding.title, []).append(holding)
        #: the titles by head noun ("ministre" -> "ministre de l'interieur", ...): an office
        #: is looked for among the titles of its head noun and its feminine only, not among
        #: every title of the build
        self.by_head: dict[str, list[str]] = {}
        for title in self.by_title:
            parts = title.split()
            self.by_head.setdefault(parts[0] if parts else "", []).append(title)

    def _headed(self, head: str) -> list[str]:
        """The titles whose head noun is ``head`` or its feminine (``Office.held_as``)."""
        return self.by_head.get(head, []) + self.by_head.get(head + "e", [])

    def holder(self, title: str, article: int, day: dt.date) -> str | None:
        """The one person holding ``title`` in ``article``, else the one holding it in the
        build around ``day``; None when nobody or several do."""
        return _one_holder(self.by_title.get(title, []), article, day)

    def office_holder(self, offices: tuple[Office, ...], article: int, day: dt.date) -> str | None:
        """The one person holding one of ``offices`` (``Office.held_as``) in ``article``,
        else in the build around ``day``; None when nobody or several do."""
        titles = {t for o in offices for t in self._headed(o.head) if o.held_as(t)}
        held = [h for title in titles for h in self.by_title[title]]
        return _one_holder(held, article, day)

    def own_head_holder(self, noun: str, article: int) -> str | None:
        """The one person ``article`` names next to a title whose head noun is ``noun`` (or
        its feminine), a genitive's complement after it: "le ministre" after "le ministre de
        l'Économie, Bruno Le Maire" in one article (not "le jury" after "le jury quitte
        l'hôtel, Ana Roy": no office); None when it names nobody or several so."""
        office_of = Office(noun, frozenset())
        genitive = words().genitive
        held = {
            h.person
            for title in self._headed(noun)
            if office_of.held_as(title) and title.split()[1:2] and title.split()[1] in genitive
            for h in self.by_title[title]
            if h.article == article
        }
        return held.pop() if len(held) == 1 else None


def _one_holder(held: list[Holding], article: int, day: dt.date) -> str | None:
    """The one person of ``held`` in ``article``, else around ``day``; None when nobody or
    several."""
    own = {h.person for h in held if h.article == article}
    if own:
        return own.pop() if len(own) == 1 else None
    reach = dt.timedelta(days=words().reach)
    near = {h.person for h in held if abs(h.day - day) <= reach}
    return near.pop() if len(near) == 1 else None


def title_holder(book: TitleBook, title: str, article: int, day: dt.date) -> str | None:
    """The one holder of what ``title`` describes: the title itself, else the office of the
    body or seat it names ("la préfecture du Finistère" speaks for "le préfet du Finistère,
    Jean Castel"), else another title of the seat it is one of ("le chef de l'État
    français" is the Élysée's), else, a title shortened to its noun ("le préfet"), the one
    holder its own article names with that noun and a genitive's complement ("le préfet du
    Cantal, Marc Olivier"). Not a title shortened across the build: the words a title is
    read from are too loose for one noun to tell the office ("l'affaire Gisèle Pelicot",
    "la France de Kylian Mbappé" read as holdings), and one article's "le préfet" is the
    one it names."""
    holder = book.holder(title, article, day)
    if holder is None and not book.by_title.get(title):
        offices = body_offices(title) or seat_offices(title)
        holder = book.office_holder(offices, article, day) if offices else None
    if holder is None and title and " " not in title:
        # a title shortened to its noun ("a précisé le préfet") after its article gave it in
        # full next to the holder's name ("le préfet du Cantal, Marc Olivier")
        holder = book.own_head_holder(title, article)
    return holder


def office_in_full(title: str) -> bool:
    """``title`` (``title_key``'s form) names a person's office in full: its noun and a
    genitive's complement ("ministre de l interieur", "prefet de l aude", "patron d
    arcelor"), the office of one person whoever tells it; not a noun alone ("prefet",
    "animatrice": any holder of that noun), nor a body or a seat ("prefecture de
    seine-maritime", "elysee": their communiqué is the body's occasion, not its head's
    words)."""
    parts = title.split()
    return (
        len(parts) > 2
        and parts[1] in words().genitive
        and not body_offices(title)
        and not seat_offices(title)
    )


def person_office_in_full(title: str) -> bool:
    """``title`` (``title_key``'s form) names a person's office in full
    (``office_in_full``) by a noun of a person's office (``person_office_nouns``: "chef de
    la police sud-coreenne", "porte-parole du gouvernement japonais"; not "cellule de crise
    installee", a body)."""
    parts = title.split()
    return office_in_full(title) and parts[0] in words().person_offices


def person_title(subject: str) -> str:
    """The title of a person's office a main clause's subject gives (``described_title``
    of its words, lower case), one of whose words is a noun of a person's office
    (``person_office_nouns``: "le premier ministre", "le chef de l'Etat", "la ministre de
    la Santé"); "" when it gives none ("la police", "le gouvernement", "les syndicats")."""
    title = described_title(subject)
    return title if not words().person_offices.isdisjoint(title.split()) else ""


def office_caption(line: str) -> str:
    """The office a line of its own names alone, as news captions a speaker's words or a
    sound clip ("Procureur de Paris", "Porte-parole du parti socialiste", then « ... »):
    its title as a name's title is read (``_title``) when the line opens with a capital and
    the title is a person's office in full (``person_office_in_full``) and nothing else, ""
    otherwise ("Sur le même sujet", "6,5 milliards d'euros de provisions", "Le directeur de
    la Nasa a ...")."""
    key = _title(line) if line.strip()[:1].isupper() else ""
    return key if key and person_office_in_full(key) else ""


def seat_offices(title: str) -> tuple[Office, ...]:
    """The offices of the seat one of whose holder's titles ``title`` is, every word telling
    which one of the seat's ("chef de l etat francais" is the Élysée's, "chef de l'état"
    and "président français": its holder is the one of those the build names; not "premier
    ministre belge", which no title of Matignon tells; not "le président" alone, any
    president); () when none."""
    read = office(title)
    for _, titles in words().seats:
        offices = tuple(map(office, titles))
        which = frozenset().union(*(o.which for o in offices))
        if any(o.head == read.head for o in offices) and read.which and read.which <= which:
            return offices
    return ()


#: the definite article opening a speaker's title in a reporting clause's subject
_ARTICLE = re.compile(r"(?:^|\s)(?:le|la|l['’])\s*", re.IGNORECASE)


def described_title(said: str) -> str:
    """The title a reporting clause's subject describes its speaker by, "" when none:
    what follows its definite article, after any words set off before it ("samedi le
    premier ministre" -> "premier ministre"; "dans son discours ..., le sénateur de
    l'Illinois" -> "senateur de l illinois"), and after the complements before it that
    name whom the words were said to or when ("samedi à l'AFP le responsable de l'usine" ->
    "responsable de l usine", not "afp le responsable ..."; "à l'AFP" alone is none)."""
    last = said.rsplit(",", 1)[-1]
    for found in _ARTICLE.finditer(last):
        # not the article of a complement: "à l'AFP", "pour l'heure" (a genitive's is: "un
        # porte-parole de la mairie" speaks for the mairie)
        if not _after_preposition(last[: found.start() + 1], words().genitive):
            return _title(last[found.end() :])
    return ""


@dataclass(frozen=True)
class Heading:
    """A person written next to a definite title naming a body: its head ("la présidente
    du Parti du renouveau, Anne Morel")."""

    person: str
    body: str


def headings(
    texts: list[str],
    names: list[list[tuple[int, int, str]]],
    bodies: list[list[tuple[int, int, str]]],
) -> list[Heading]:
    """Every person the articles name next to a title opening with a definite article
    that names a body (``bodies``: each article's organisations as (start, end, entity id)
    offsets in its text), the title before the name or after it between commas."""
    out: list[Heading] = []
    for text, persons, named in zip(texts, names, bodies, strict=True):
        named_at = {(m[0], m[2]) for m in named}
        for start, end, person in persons:
            for first, last in _heading_titles(text, start, end):
                inside = [m for m in [*persons, *named] if first <= m[0] and m[1] <= last]
                # the body closes the title, the one name in it ("le patron de Velonor";
                # not "la BCE agit indépendamment de la Fed")
                if len(inside) == 1 and inside[0][1] == last and inside[0][2] != person:
                    b_start, _, body = inside[0]
                    if (b_start, body) in named_at and _after_genitive(text[first:b_start]):
                        out.append(Heading(person, body))
    return out


def _after_genitive(title: str) -> bool:
    """The title's words up to a body end with a genitive preposition ("la présidente du"
    before "Parti du renouveau", "le patron d'" before "Azuria", "le président de la"
    before "Fédération"): the body is the title's complement, not a place or an outlet
    named in passing."""
    found = _WORD.findall(fold(title).lower())
    if len(found) > 2 and found[-1] in _ARTICLES:
        found.pop()  # "le président de la" Fédération, "le directeur de l'" Agence
    return len(found) > 1 and found[-1] in words().genitive


#: the definite articles between a genitive and its noun ("de la", "de l'")
_ARTICLES = frozenset({"la", "l", "le", "les"})


def _heading_titles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The offsets of the titles that may name the office a person holds in a body: with a
    definite article, written right before the name at ``start`` ("le patron de Velonor,
    Henri Castel") or right after it at ``end`` ("Henri Castel, le patron de Velonor,"); or
    in apposition after the name with no article, French's way of giving an office, when
    the title opens with the noun of a head (``head_nouns``: "Karim Benali, porte-parole de
    la Fédération des taxis,"; not "Léa Guillou, infirmière de l'hôpital,": who works
    there speaks for nobody)."""
    out: list[tuple[int, int]] = []
    reach = max(0, start - _REACH)
    before = text[reach:start]
    for article in _BEFORE.finditer(before):
        found = _UP_TO_NAME.match(before, article.end())
        if found and _title(found.group("title")):
            if not _after_preposition(text[: reach + article.start()]):
                out.append((reach + found.start("title"), reach + found.end("title")))
            break
    after = _AFTER.match(text[end : end + _REACH])
    if after and (
        _title(after.group("title")) if after.group("article") else _head(after.group("title"))
    ):
        out.append((end + after.start("title"), end + after.end("title")))
    return out


def _head(found: str) -> bool:
    """``found`` opens with the noun of a body's head (``head_nouns``) and a preposition
    ("porte-parole de la Fédération des taxis indépendants"): the words of the body's name
    after it may be many (``headings`` reads the body closing it)."""
    key = title_key(found)
    return any(key.startswith(head + " ") for head in words().head_nouns)


def _after_preposition(text: str, but: frozenset[str] = frozenset()) -> bool:
    """``text`` (what precedes a title's article) ends with a preposition (none of
    ``but``): the article opens a complement ("à l'AFP", "suite à la conférence de presse
    de ..."), no title."""
    found = _WORD.findall(fold(text[-40:]).lower())
    return bool(found) and found[-1] in words().title_not_after - but


class Sides:
    """Which bodies each person heads, as the build's definite titles tell."""

    def __init__(self, found: Iterable[Heading]) -> None:
        self.bodies: dict[str, set[str]] = {}
        self.heads: dict[str, set[str]] = {}
        for heading in found:
            self.bodies.setdefault(heading.person, set()).add(heading.body)
            self.heads.setdefault(heading.body, set()).add(heading.person)

    def of(self, who: str | None) -> frozenset[str]:
        """``who``, the bodies it heads and its heads (a person heads bodies, a body has
        heads); empty for nobody."""
        if who is None:
            return frozenset()
        return frozenset({who} | self.bodies.get(who, set()) | self.heads.get(who, set()))


def voice(
    speaker: str | None,
    said: str,
    carried: str | None,
    book: TitleBook,
    article: int,
    day: dt.date,
    sides: Sides | None = None,
) -> Voice:
    """Who speaks in a report: its speaker when named (``speaker``), else the one holder of
    the title its reporting clause gives (``said``, lower case), else the speaker of the
    sentence of saying its quotation goes on from (``carried``); with the side they speak
    for (``sides``)."""
    title = described_title(said) if said else ""
    if speaker is not None:
        found = Voice(speaker, title, NAMED)
    elif title:
        holder = title_holder(book, title, article, day)
        found = Voice(holder, title, TITLED if holder else "")
    elif carried is not None:
        found = Voice(carried, "", CARRIED)
    else:
        return SILENT
    side = (sides or Sides(())).of(found.person)
    return Voice(found.person, found.title, found.how, side)


def one_kind_of_office(one: str, other: str) -> bool:
    """Two titles (``title_key``'s form) of offices of one kind: the same head noun, a body
    read as its head's ("presidence malienne" / "president francais"; "prefet du var" /
    "prefecture des alpes-maritimes")."""
    if not (one and other):
        return False
    mine = (body_offices(one) or (office(one),))[0]
    others = (body_offices(other) or (office(other),))[0]
    return mine.head == others.head
