"""Entities: curated ``entities.yml`` plus names found by NER, aliases resolved to one id.

Matching is done on a *folded* form of the text (accents removed, one character for one,
so offsets still hold): "Etat islamique" finds "État islamique". A curated name or alias is
found wherever it is written (with a courtesy title or a place prefix kept as written:
"M. Poutine", "province d'Idleb"); other names come from spaCy's NER and are resolved to a
known entity when their folded form, or (for a person) their surname, is known; otherwise
they become entities of their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from timeline import slugs
from timeline.content import entities as entities_file
from timeline.content import yamlsafe
from timeline.errors import TimelineError
from timeline.events.lexicon import lexicon
from timeline.records import Entity, NerMention, ParsedToken
from timeline.word_patterns import letter_tree

KINDS = entities_file.KINDS
DEMONYMS_FILE = Path(__file__).resolve().parent.parent / "lang" / "fr" / "demonyms.yml"


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {0xA0: " ", 0x202F: " ", 0x2009: " ", 0x2019: "'"}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code):
            table[code] = base
    return table


_FOLD = _fold_table()


#: texts this long or shorter are folded once (``_fold_short``): sentences and names
_FOLD_KEPT = 500


def fold(text: str) -> str:
    """Same-length folding: accents off (Latin letters), no-break spaces and ’ normalised.
    A sentence or a name is folded once (assembly folds the same ones again and again:
    10,000 calls for 2,500 texts in a 200-article dossier, and ``str.translate`` with a
    mapping reads a text a character at a time); a longer text (a whole article) is not
    kept."""
    if len(text) > _FOLD_KEPT:
        return text.translate(_FOLD)
    return _fold_short(text)


@lru_cache(maxsize=1 << 13)
def _fold_short(text: str) -> str:
    return text.translate(_FOLD)


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def clean_surface(text: str) -> str:
    """A name as written, with its spaces normalised (cached: names recur)."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


@cache
def name_key(text: str) -> str:
    """Key of a name for comparison: folded, lower case, particles unified."""
    key = fold(clean_surface(text)).lower()
    for variant, canonical in lexicon()["particles"].items():
        key = key.replace(variant, canonical)
    return key


@dataclass
class Mention:
    start: int  # offsets into the article file text
    end: int
    surface: str  # as written (spaces normalised)
    entity: str  # entity id
    preceding: str  # the few words before it (folded, lower case), for actor/place roles
    demonym: bool = False  # "russe" for Russie: the country acts, it is no location


@dataclass
class Registry:
    """The entities of a build, with their alias index."""

    entities: dict[str, Entity] = field(default_factory=dict)
    index: dict[str, str] = field(default_factory=dict)  # name key -> id
    surnames: dict[str, str] = field(default_factory=dict)  # person surname key -> id
    curated: set[str] = field(default_factory=set)
    surfaces: dict[str, set[str]] = field(default_factory=dict)  # id -> names written
    #: ids of names written with a capital elided article inside a sentence ("les ventes
    #: de L'Oréal", "selon L'Équipe"): the article is the name's own, as it is not in
    #: "L'ONU a condamné ..." opening a sentence (``finalize`` names them so)
    held_article: set[str] = field(default_factory=set)
    _pattern: re.Pattern[str] | None = None

    def add(self, entity: Entity, curated: bool = False) -> None:
        self.entities[entity.id] = entity
        if curated:
            self.curated.add(entity.id)
        for name in [entity.name, *entity.aliases]:
            self.index.setdefault(name_key(name), entity.id)
        for surname in self._surname(entity):
            self.surnames.setdefault(name_key(surname), entity.id)
        if curated:
            self._pattern = None  # the pattern holds curated names only

    def new_id(self, name: str) -> str:
        base = slugs.slug(name) or "entite"
        candidate, n = base, 2
        while candidate in self.entities:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def pattern(self) -> re.Pattern[str]:
        """One regex for every curated name and alias (folded), longest first."""
        if self._pattern is None:
            lex = lexicon()
            names = sorted(
                {
                    fold(clean_surface(n))
                    for e in self.entities.values()
                    if e.id in self.curated
                    for n in [e.name, *e.aliases, *self._surname(e)]
                    if n.strip()
                },
                key=lambda n: (-len(n), n),
            )
            alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
            titles = "|".join(
                re.escape(fold(t))
                for t in sorted(lex["honorifics"] + lex["person_titles"], key=len, reverse=True)
            )
            prefixes = "|".join(
                re.escape(fold(p)) for p in sorted(lex["place_prefixes"], key=len, reverse=True)
            )
            self._pattern = re.compile(
                rf"(?<![\w-])(?P<prefix>(?:(?:{titles})\s?|(?:{prefixes}))?)"
                rf"(?P<name>{alternation or '(?!x)x'})(?![\w-])"
            )
        return self._pattern

    @staticmethod
    def _surname(entity: Entity) -> list[str]:
        """ "Poutine" for "Vladimir Poutine": persons are named by surname alone; not a name
        of religion ("abbé Pierre": "Pierre" is no surname)."""
        words = clean_surface(entity.name).split()
        if entity.kind != "person" or len(words) < 2 or _name_title(words[0]):
            return []
        return [words[-1]]

    def resolve(self, surface: str, kind: str | None) -> str | None:
        """Id of a known entity named ``surface``, if any."""
        key = name_key(_strip_honorifics(clean_surface(surface)))
        for candidate in (key, _strip_article(key)):
            if candidate in self.index:
                return self.index[candidate]
        if kind in (None, "person"):
            words = key.split()
            if len(words) == 1 and words[0] in self.surnames:
                return self.surnames[words[0]]
            if len(words) >= 2 and words[-1] in self.surnames:
                existing = self.entities[self.surnames[words[-1]]]
                if name_key(existing.name).split()[0][:1] == words[0][:1]:
                    return existing.id
        return None

    def note_surface(self, entity_id: str, surface: str) -> None:
        self.surfaces.setdefault(entity_id, set()).add(clean_surface(surface))


def same_person(one: str, other: str) -> bool:
    """Two person ids of one article naming one person: the same id, or one that is a
    surname alone ending the other ("tharot" for "caroline-tharot": "Mme Tharot" after
    "Caroline Tharot", a person named by surname alone as ``Registry`` reads it). An id of
    several words is a name in full, not a surname: "pierre-martin" is not
    "jean-pierre-martin" (Pierre Martin against Jean-Pierre Martin, whom ``Registry.resolve``
    keeps apart by their first initials), nor "anne-tharot" "caroline-tharot"."""
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    return "-" not in short and long.endswith(f"-{short}")


def load_curated(path: Path) -> list[Entity]:
    """The curated entities of ``content/entities.yml`` (an absent file means none); the
    rules are those of ``timeline check`` (``content/entities.py``)."""
    return [
        Entity(
            id=e.id,
            name=e.name,
            kind=e.kind,
            aliases=list(e.aliases),
            description=e.description,
            wikidata=e.wikidata,
        )
        for e in entities_file.load(path)
    ]


def _preceding(folded: str, start: int) -> str:
    return folded[max(0, start - 24) : start].lower()


@cache
def _not_names() -> frozenset[str]:
    return frozenset(name_key(n) for n in lexicon()["not_names"])


def _strip_article(text: str) -> str:
    for article in lexicon()["name_articles"]:
        if text.startswith(article):
            return text[len(article) :]
    return text


#: what may come between a sentence's start and its first word (quotation marks, a
#: bracket, spaces)
_OPENING = " \t\n«\"“‘'(["


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """``text[at:]`` is the sentence's first word (``start``: the sentence's offset)."""
    return not text[start:at].strip(_OPENING)


#: an elided article written with a capital ("L'Oréal", "L’Équipe")
_CAPITAL_ELISIONS = ("L'", "L\u2019")


def _elided(surface: str) -> str | None:
    """The name after a capital elided article ``surface`` opens with, None when none."""
    for elided in _CAPITAL_ELISIONS:
        if surface.startswith(elided) and len(surface) > len(elided):
            return surface[len(elided) :]
    return None


def _sentence_article(surface: str) -> str | None:
    """The name after the article a sentence opens with, written with a capital there
    whether or not it is part of the name: "L'ONU a condamné ..." (the ONU, as "l'ONU"
    elsewhere), "La France a rappelé ..." (a country: ``demonyms.yml``). An elided
    article is read as the article (names that hold one, "L'Oréal", are kept apart by
    their full form, an alias of the entity); a full one only before a country's name
    ("La Rochelle", "Le Monde" are names). None when the name opens with no article."""
    name = _elided(surface)
    if name is not None:
        return name
    article, _, rest = surface.partition(" ")
    if article in ("Le", "La", "Les") and name_key(rest) in _countries():
        return rest
    return None


@cache
def _countries() -> frozenset[str]:
    """The countries of ``demonyms.yml`` (name keys)."""
    return frozenset(name_key(str(c)) for c in _demonym_data()["forms"])


def _strip_honorifics(name: str) -> str:
    """ "M. Poutine" -> "Poutine" (each honorific of the list, in its order): an honorific
    is a word of its own, followed by a space; a name that merely opens with its letters
    keeps them ("Melun", "Drôme", "Président de la République", "Provence")."""
    for honorific in lexicon()["honorifics"]:
        if name.startswith(honorific) and name[len(honorific) : len(honorific) + 1].isspace():
            name = name[len(honorific) :].lstrip()
    return name


@cache
def _name_titles() -> frozenset[str]:
    return frozenset(fold(str(t)).lower() for t in lexicon()["name_titles"])


def _name_title(word: str) -> bool:
    """``word`` is a lower-case title opening a name of religion ("abbé" of "abbé Pierre")."""
    return word[:1].islower() and fold(word).lower() in _name_titles()


def _acceptable_ner(surface: str) -> bool:
    text = _strip_article(clean_surface(surface))
    first, _, rest = text.partition(" ")
    if _name_title(first) and rest[:1].isupper():
        text = rest  # "abbé Pierre": a name of religion, its title in lower case
    if not text or not text[0].isupper() or len(text) < 2:
        return False
    return name_key(text) not in _not_names()


def adjectives_out(
    ner: list[NerMention], start: int, parsed: list[ParsedToken] | None
) -> list[NerMention]:
    """The NER's names of a sentence without the adjectives it read as a person's name: a
    word written with a capital because it opens the sentence ("Infatigable défenseur des
    pauvres, l'abbé Pierre ...": an adjective in apposition, before the name it describes)
    is a name only if the parser does not read it as an adjective. ``start``: the
    sentence's offset in the article file; ``parsed``: its clause's tokens (offsets in the
    sentence), None when it was not parsed (every name kept)."""
    if not parsed:
        return ner
    adjectives = {t.idx + start for t in parsed if t.pos == "ADJ"}
    return [
        n
        for n in ner
        if not (n.label == "PER" and " " not in n.text.strip() and n.start in adjectives)
    ]


def organisations_named_short(registry: Registry) -> set[str]:
    """The one-word "persons" the build also writes as the head of an organisation's name
    ("les compagnons d'Emmaüs", the NER reading a person, and "Emmaüs France", an
    organisation): an organisation's short name, made an organisation in ``registry``.
    Returns their ids."""
    heads = {
        name_key(e.name).split()[0]
        for e in registry.entities.values()
        if e.kind == "organization" and len(name_key(e.name).split()) >= 2
    }
    moved: set[str] = set()
    for entity in registry.entities.values():
        key = name_key(entity.name)
        if entity.kind == "person" and " " not in key and key in heads:
            entity.kind = "organization"
            moved.add(entity.id)
    return moved


def find_mentions(
    registry: Registry, text: str, start: int, end: int, ner: list[NerMention]
) -> list[Mention]:
    """Entity mentions of ``text[start:end]`` (a sentence of an article file)."""
    folded = fold(text[start:end])
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for match in registry.pattern().finditer(folded):
        entity_id = registry.resolve(
            text[start + match.start("name") : start + match.end("name")], None
        )
        if entity_id is None:
            continue
        s, e = start + match.start(), start + match.end()
        surface = clean_surface(text[s:e])
        mentions.append(Mention(s, e, surface, entity_id, _preceding(folded, match.start())))
        taken.append((s, e))
    for match in _nickname_pattern().finditer(folded):
        # "les Diables rouges ont battu ...": the team's country, acting as its people does
        s, e = start + match.start(), start + match.end()
        if any(s < te and ts < e for ts, te in taken):
            continue
        country = _nicknames()[name_key(match.group(0))]
        entity_id = registry.resolve(country, "place")
        if entity_id is None:
            entity_id = registry.new_id(country)
            registry.add(Entity(id=entity_id, name=country, kind="place"))
        surface = clean_surface(text[s:e])
        mentions.append(
            Mention(s, e, surface, entity_id, _preceding(folded, match.start()), demonym=True)
        )
        taken.append((s, e))
    kinds = lexicon()["ner_kinds"]
    for item in ner:
        s, e = item.start, item.end
        if any(s < te and ts < e for ts, te in taken) or not _acceptable_ner(item.text):
            continue
        bare = _strip_article(item.text)
        people = name_key(bare)
        if people in _demonyms():
            continue  # "Les Français ont battu ...": the demonym, France (below)
        kind = kinds[item.label]
        written: list[str] = []  # the name as written, when it opens with an article
        if bare == item.text and _opens_sentence(text, start, s):
            opened = _sentence_article(clean_surface(item.text))
            if opened is not None and registry.resolve(item.text, kind) is None:
                bare, written = opened, [clean_surface(item.text)]
        s += len(item.text) - len(bare)  # "le Pentagone" -> "Pentagone"
        entity_id = registry.resolve(bare, kind)
        if entity_id is None:
            name = _strip_honorifics(_strip_article(clean_surface(bare)))
            entity_id = registry.new_id(name)
            registry.add(Entity(id=entity_id, name=name, kind=kind, aliases=written))
        if not written and _elided(clean_surface(bare)) and not _opens_sentence(text, start, s):
            registry.held_article.add(entity_id)
        mentions.append(
            Mention(s, e, clean_surface(bare), entity_id, _preceding(folded, s - start))
        )
        taken.append((s, e))
    for match in _demonym_pattern().finditer(folded.lower()):
        s, e = start + match.start(), start + match.end()
        before = _preceding(folded, match.start()).split()
        if any(s < te and ts < e for ts, te in taken) or (
            before and before[-1] in _language_words()
        ):
            continue  # part of a name ("l'Armée syrienne libre"), or a language ("en russe")
        country = _demonyms()[match.group(0)]
        entity_id = registry.resolve(country, "place")
        if entity_id is None:
            entity_id = registry.new_id(country)
            registry.add(Entity(id=entity_id, name=country, kind="place"))
        surface = clean_surface(text[s:e])
        mentions.append(Mention(s, e, surface, entity_id, " ".join(before), demonym=True))
        taken.append((s, e))
    mentions.sort(key=lambda m: m.start)
    for m in mentions:
        if m.demonym:  # mentioned, but "russe" is no name of Russia
            registry.surfaces.setdefault(m.entity, set())
        else:
            registry.note_surface(m.entity, m.surface)
    return mentions


def names_written_again(
    registry: Registry, text: str, sentences: list[tuple[int, int, list[Mention]]]
) -> None:
    """A person's full name written again in its article is that person where the NER did
    not read it as a person: a span it gave another label ("de la Justice Stefaan De
    Clerck", a ministry's metonym before the name, read as one miscellaneous name) or none
    ("le Premier ministre Pedro Sanchez"). The full names (two words or more, each but a
    particle capitalised) of the persons ``sentences`` name (start, end and mentions of
    each of one article's sentences, offsets in ``text``) become mentions of them wherever
    else the article writes them and no mention covers them (the lists changed in place)."""
    written: dict[str, str] = {}
    for _, _, mentions in sentences:
        for m in mentions:
            if registry.entities[m.entity].kind == "person" and _full_name(m.surface):
                written.setdefault(m.surface, m.entity)
    if not written:
        return
    names = sorted(written, key=lambda n: (-len(n), n))
    pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
        + r")(?![\w-])"
    )
    for start, end, mentions in sentences:
        found = []
        folded = fold(text[start:end])
        for match in pattern.finditer(text, start, end):
            s, e = match.start(), match.end()
            if any(s < m.end and m.start < e for m in mentions):
                continue
            surface = clean_surface(match.group(0))
            entity_id = written[" ".join(surface.split())]
            found.append(Mention(s, e, surface, entity_id, _preceding(folded, s - start)))
        if found:
            mentions.extend(found)
            mentions.sort(key=lambda m: m.start)
            for m in found:
                registry.note_surface(m.entity, m.surface)


def _full_name(surface: str) -> bool:
    """A person's name in full as written: two words or more, the first and the last
    capitalised, the others capitalised or particles ("de", "van", ``name_particles``)."""
    words = surface.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    particles = {str(w) for w in lexicon()["name_particles"]}
    return all(w[:1].isupper() or w.lower() in particles for w in words[1:-1])


#: lower-case words right after a name, as an institution's name goes on after its
#: capitalised head ("Conseil constitutionnel", "Assemblée nationale", "Cour suprême"):
#: at most three, no punctuation between
_NAME_GOES_ON = re.compile(r"(?:[ \u00a0]+[a-zà-öø-ÿœ][\w'’-]*){1,3}")


def complete_names(registry: Registry, text: str, mentions: list[Mention]) -> set[str]:
    """The names the NER cut before their lower-case words, completed: a mention followed
    by lower-case words with which it writes a known name ("le Conseil" of "le Conseil
    constitutionnel s'est réuni", the NER taking only the capitalised head, when the
    build knows "Conseil constitutionnel") is a mention of that entity, its span running
    to the name's end. Run once every mention of the build is found, so that the outcome
    does not depend on which article wrote the full name first. ``mentions`` (of one
    sentence of ``text``) are changed in place; returns the ids whose mentions moved."""
    moved: set[str] = set()
    for at, mention in enumerate(mentions):
        if mention.demonym:
            continue
        goes_on = _NAME_GOES_ON.match(text, mention.end)
        if goes_on is None:
            continue
        words = list(re.finditer(r"\S+", goes_on.group(0)))
        for n in range(len(words), 0, -1):
            name = " ".join([mention.surface, *(w.group(0) for w in words[:n])])
            longer = registry.index.get(name_key(name))
            if longer is None or longer == mention.entity:
                continue
            end = mention.end + words[n - 1].end()
            moved.add(mention.entity)
            mentions[at] = Mention(
                mention.start,
                end,
                clean_surface(text[mention.start : end]),
                longer,
                mention.preceding,
            )
            break
    return moved


#: a name written in brackets right after another: "Union africaine (UA)", "OMS
#: (Organisation mondiale de la santé)"
_BRACKETED = re.compile(r"\s*\(\s*")


def _initials(name: str) -> str:
    """The first letters of a name's words, folded, lower case ("Communauté économique des
    Etats d'Afrique de l'Ouest": "cededadlo"; an elided article is a word of its own)."""
    return "".join(w[0] for w in re.split(r"[\s'’-]+", fold(name).lower()) if w)


def acronym_of(name: str, short: str) -> bool:
    """``short`` (one word of 2 to 8 letters) is an acronym of ``name`` (several words):
    its letters are initials of ``name``'s words in their order, the first one first
    ("UA" of "Union africaine", "Cédéao" of "Communauté économique des Etats de l'Afrique
    de l'Ouest", "BIT" of "Bureau international du travail"; not "Savoie" of "Chambéry")."""
    letters = fold(short).lower()
    initials = _initials(name)
    if not (2 <= len(letters) <= 8 and letters.isalpha() and len(initials) > 1):
        return False
    if letters[0] != initials[0]:
        return False
    at = 0
    for letter in letters:
        at = initials.find(letter, at) + 1
        if not at:
            return False
    return True


def acronyms(registry: Registry, text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    """(acronym's id, full name's id) of each organisation's name written with its acronym
    in brackets, either way round ("l'Union africaine (UA)", "l'OMS (Organisation mondiale
    de la santé)"): one entity named two ways, whatever kind the NER gave each (it reads
    "Cédéao" as a person). Not a person's name followed by another ("Jean Roux (PS)": his
    party), nor a curated entity's acronym."""
    found: list[tuple[str, str]] = []
    for one, other in zip(mentions, mentions[1:], strict=False):
        bracket = _BRACKETED.fullmatch(text, one.end, other.start)
        if bracket is None or not text[other.end : other.end + 2].lstrip().startswith(")"):
            continue
        if one.demonym or other.demonym or one.entity == other.entity:
            continue
        for full, short in ((one, other), (other, one)):
            kind = registry.entities[full.entity].kind
            if (
                kind != "person"
                and short.entity not in registry.curated
                and acronym_of(full.surface, short.surface)
            ):
                found.append((short.entity, full.entity))
    return found


#: how far after a name its other name is looked for (characters)
_ALIAS_REACH = 120


@cache
def _alias_pattern() -> re.Pattern[str]:
    """After a person's name: a comma, a cue of another name of that person (group
    ``alias`` or ``birth``), and that name: capitalised words, after an article and a
    title of religion if any ("d'abbé Pierre", "dit l'abbé Pierre")."""
    lex = lexicon()

    def cues(key: str) -> str:
        out = []
        for cue in sorted(lex[key], key=len, reverse=True):
            words = [re.escape(fold(w).lower()) for w in str(cue).split()]
            if words[-1] == "de":
                out.append(r"\s+".join(words[:-1]) + r"\s+(?:de\s+|d['’])")
            else:
                out.append(r"\s+".join(words) + r"\s+")
        return "|".join(out)

    titles = "|".join(re.escape(t) for t in sorted(_name_titles(), key=len, reverse=True))
    capital = r"[A-Z][\w'’-]*"
    return re.compile(
        rf"\s*,\s*(?:(?P<alias>{cues('alias_cues')})|(?P<birth>{cues('birth_name_cues')}))"
        rf"(?:l['’]|le\s+|la\s+)?(?P<name>(?:(?:{titles})\s+)?{capital}(?:\s+{capital})*)"
    )


def aliases(registry: Registry, text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    """(id of one name, id of the other) for each person named with another name of theirs
    in apposition: "Henri Grouès, plus connu sous le nom d'abbé Pierre" (the name they are
    known by, second), "Barbara, de son vrai nom Monique Serf" (the name they were born
    with, first). The other name is an entity of its own, made when the build has none
    (the NER need not have found it)."""
    found: list[tuple[str, str]] = []
    for mention in mentions:
        if mention.demonym or registry.entities[mention.entity].kind != "person":
            continue
        after = text[mention.end : mention.end + _ALIAS_REACH]
        match = _alias_pattern().match(fold(after))
        if match is None:
            continue
        name = clean_surface(after[match.start("name") : match.end("name")])
        other = registry.resolve(name, "person")
        if other is None:
            other = registry.new_id(name)
            registry.add(Entity(id=other, name=name, kind="person"))
        if other == mention.entity:
            continue
        if match.group("alias") is not None:
            found.append((mention.entity, other))
        else:
            found.append((other, mention.entity))
    return found


#: what may stand between a title and its holder's name: a space, a comma
_OFFICE_HOLDER_GAP = r"\s*,?\s*$"
#: how far before a name its title is looked for (characters)
_OFFICE_REACH = 60
#: a title of office is a few words ("Président de la République")
_OFFICE_WORDS = 4


def office_holders(
    registry: Registry, texts: list[str], mentions: list[list[Mention]]
) -> dict[int, dict[str, str]]:
    """For each article (its index in ``texts``), the titles the NER read as persons of
    their own ("le Roi", "le Premier ministre", "du Président de la République": a title
    alone, written as a name) that stand there for their holder -> the holder's id. French
    news names the holder once in apposition with the title and its definite article
    ("le roi Albert II", "le Premier ministre, Yves Leterme", "Pierre Durand, le préfet de
    la Gironde,": the article tells a title from a list of names), then the title alone:
    the alias is learned from the build's own texts, never from a list of offices or
    holders. A title written so with two persons' names (two holders, two countries'
    ministers) stands for neither; and it stands for its holder only in the articles of
    that story: an article naming the holder, or a person other than the title and the
    holder that an article writing the apposition names (a Senegalese "Premier ministre"
    is not the Belgian one a story of Belgium names). ``mentions`` are each article's."""
    persons = {e.id for e in registry.entities.values() if e.kind == "person"}
    offices = {name_key(registry.entities[p].name): p for p in persons}
    offices = {k: v for k, v in offices.items() if len(k.split()) <= _OFFICE_WORDS}
    if not offices:
        return {}
    titles = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(offices, key=len))
    before = re.compile(rf"(?:^|\s)(?:le|la|l')\s*(?P<title>{titles}){_OFFICE_HOLDER_GAP}")
    after = re.compile(rf"\s*,\s*(?:le|la|l')\s*(?P<title>{titles})\s*[,.;)]")
    named: list[set[str]] = [
        {m.entity for m in found if not m.demonym and m.entity in persons} for found in mentions
    ]
    held: dict[str, set[str]] = {}
    learned: dict[str, set[int]] = {}
    for at, (text, found) in enumerate(zip(texts, mentions, strict=True)):
        for mention in found:
            if mention.demonym or mention.entity not in persons:
                continue
            preceding = fold(text[max(0, mention.start - _OFFICE_REACH) : mention.start])
            match = before.search(preceding.lower())
            if match is None:
                following = fold(text[mention.end : mention.end + _OFFICE_REACH]).lower()
                match = after.match(following)
            if match is None:
                continue
            office = offices[name_key(match.group("title"))]
            if office != mention.entity:
                held.setdefault(office, set()).add(mention.entity)
                learned.setdefault(office, set()).add(at)
    out: dict[int, dict[str, str]] = {}
    for office, holders in held.items():
        if len(holders) != 1:
            continue
        (holder,) = holders
        story = set().union(*(named[at] for at in learned[office])) - {office, holder}
        for at, people in enumerate(named):
            if office in people and (holder in people or people & story):
                out.setdefault(at, {})[office] = holder
    return out


def _spelled(name: str) -> tuple[str, ...]:
    """A person's name as its spellings agree on: its words (a hyphen parts them: "Ollivet
    Courtois" is "Ollivet-Courtois"), in any order ("Ollivet Courtois Florence" is
    "Florence Ollivet-Courtois"), folded and lower case."""
    return tuple(sorted(name_key(name).replace("-", " ").split()))


def _a_name(name: str) -> bool:
    """``name`` is written as a person's name: one capitalised word, or a name in full
    (``_full_name``; not what the NER ran on into a caption, "Claude Canellas NANTES - La
    tempête Xynthia", "Thomas Cook -")."""
    return _full_name(name) or (" " not in name and name[:1].isupper())


def spellings(registry: Registry, named: Mapping[str, int]) -> list[tuple[str, str]]:
    """(id of one spelling, id of the spelling that names the person) for each person the
    build names under several spellings of one name, which the registry, reading the
    articles one by one, made several persons: the hyphen of a compound name lost or its
    words in another order ("Florence Ollivet-Courtois", "Ollivet Courtois Florence"), and
    the surname alone ("Mme Ollivet-Courtois", "Ollivet Courtois") read before the one name
    in full the build gives it (``Registry.resolve`` gives a surname written after the full
    name to it; the order of the articles should not decide). A surname that ends several
    full names of the build ("Durand" of "Marie Durand" and "Paul Durand") is nobody's. The
    person is named by the spelling of the most mentions (``named``: mentions by id), a
    curated entity first; a curated entity is never renamed. Only names written as names
    are read so (``_a_name``)."""
    persons = [
        e
        for e in registry.entities.values()
        if e.kind == "person"
        and (e.id in named or e.id in registry.curated)
        and _a_name(clean_surface(e.name))
    ]
    by_spelling: dict[tuple[str, ...], list[Entity]] = {}
    for entity in persons:
        by_spelling.setdefault(_spelled(entity.name), []).append(entity)
    full: dict[tuple[str, ...], list[tuple[str, ...]]] = {}  # a surname -> full names
    for spelled, group in by_spelling.items():
        surnames = {_spelled(n) for e in group for n in Registry._surname(e)}
        for surname in surnames:
            if surname != spelled:
                full.setdefault(surname, []).append(spelled)
    joined = {spelled: spelled for spelled in by_spelling}  # a spelling -> its person's
    for spelled in by_spelling:
        whole = full.get(spelled, [])
        if len(whole) == 1:
            joined[spelled] = whole[0]
    groups: dict[tuple[str, ...], list[Entity]] = {}
    for spelled, group in by_spelling.items():
        person = spelled
        while joined[person] != person:  # a surname's full name, each longer than the last
            person = joined[person]
        groups.setdefault(person, []).extend(group)
    links: list[tuple[str, str]] = []
    for group in groups.values():
        if len(group) < 2 or sum(e.id in registry.curated for e in group) > 1:
            continue
        first = min(
            group,
            key=lambda e: (
                e.id not in registry.curated,
                -len(_spelled(e.name)),
                -named.get(e.id, 0),
                len(name_key(e.name).split()),
                e.id,
            ),
        )
        links += [(e.id, first.id) for e in group if e is not first]
    return links


def same_entities(registry: Registry, links: list[tuple[str, str]]) -> dict[str, str]:
    """Each id of ``links`` (pairs of ids of one entity) -> the id that names the entity:
    of the ids linked together, the first in order of a full name (the second of a pair),
    so the outcome does not depend on the order the articles were read in. ``registry``'s
    index is pointed at the naming ids too."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for short, full in links:
        parent.setdefault(short, short)
        parent.setdefault(full, full)
        a, b = root(short), root(full)
        if a != b:
            parent[max(a, b)] = min(a, b)
    fulls = {full for _, full in links}
    groups: dict[str, list[str]] = {}
    for x in parent:
        groups.setdefault(root(x), []).append(x)
    out: dict[str, str] = {}
    for members in groups.values():
        named = min((m for m in members if m in fulls), default=min(members))
        for m in members:
            if m != named:
                out[m] = named
    for key, value in list(registry.index.items()):
        registry.index[key] = out.get(value, value)
    return out


def count_surfaces(registry: Registry, mentions: list[Mention], ids: set[str]) -> None:
    """The names written of ``ids`` counted anew from every mention of the build (after
    ``complete_names`` moved some): an entity no mention names any more is named nowhere."""
    for entity_id in ids:
        registry.surfaces.pop(entity_id, None)
    for m in mentions:
        if m.entity in ids or m.entity in registry.surfaces:
            if m.demonym:
                registry.surfaces.setdefault(m.entity, set())
            else:
                registry.note_surface(m.entity, m.surface)


@cache
def _demonym_data() -> dict[str, Any]:
    try:
        data = yamlsafe.load(DEMONYMS_FILE.read_text(encoding="utf-8"), DEMONYMS_FILE)
    except (OSError, yaml.YAMLError) as exc:
        raise TimelineError(f"cannot load the demonyms: {exc}", DEMONYMS_FILE) from None
    if not isinstance(data, dict) or not isinstance(data.get("forms"), dict):
        raise TimelineError("the demonyms must be a mapping with 'forms'", DEMONYMS_FILE, 1)
    return data


@cache
def _demonyms() -> dict[str, str]:
    """Folded lower-case form -> country name ("syrienne" -> "Syrie")."""
    return {
        fold(str(form)).lower(): str(country)
        for country, forms in _demonym_data()["forms"].items()
        for form in forms
    }


@cache
def _nicknames() -> dict[str, str]:
    """Name key of a national team's name -> its country ("bleus" -> "France")."""
    return {
        name_key(str(name)): str(country)
        for country, names in _demonym_data().get("nicknames", {}).items()
        for name in names
    }


@cache
def _nickname_pattern() -> re.Pattern[str]:
    """A team's name as written, with its capitals, in folded text ("Diables rouges")."""
    names = (fold(str(n)) for ns in _demonym_data().get("nicknames", {}).values() for n in ns)
    return re.compile(r"(?<![\w-])(?:" + letter_tree(names) + r")(?![\w-])")


@cache
def _language_words() -> frozenset[str]:
    return frozenset(fold(str(w)).lower() for w in _demonym_data()["language_before"])


@cache
def _demonym_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + letter_tree(_demonyms()) + r")(?![\w-])")


def is_actor_place(mention: Mention) -> bool:
    """A place that acts, not a location. It acts when named by its people ("l'aviation
    russe"), as the subject that opens a sentence or a reported clause ("La Turquie a
    dénoncé", "a déclaré que Moscou ..."), after "selon", or as the state behind an agent
    ("l'ambassadeur de Russie", "le gouvernement de la Syrie"). Anywhere else it is where
    things happen ("en Syrie", "province de Hama", "un immeuble de Clamart", "à Rabat,
    Casablanca et Agadir", "Ars-en-Ré (Charente-Maritime)")."""
    if mention.demonym:
        return True
    lex = lexicon()
    prefixes, _ = _place_words()
    if name_key(mention.surface).startswith(prefixes):
        return False
    words = mention.preceding.replace("'", "' ").split()
    determiners = set(lex["place_determiners"])
    if words and words[-1] in determiners:
        words = words[:-1]
    if not words or words[-1] in lex["actor_place_openers"]:
        return True
    if words[-1] in lex["actor_place_links"] and len(words) >= 2:
        return words[-2] in _agent_nouns()
    return False


@cache
def _agent_nouns() -> frozenset[str]:
    return frozenset(fold(w).lower() for w in lexicon()["agent_nouns"])


@cache
def _place_words() -> tuple[tuple[str, ...], frozenset[str]]:
    lex = lexicon()
    prefixes = tuple(fold(p).lower() for p in lex["place_prefixes"])
    return prefixes, frozenset(fold(p).lower() for p in lex["locative_prepositions"])


def finalize(registry: Registry) -> list[Entity]:
    """Entities with their aliases: curated ones plus every other name the texts use."""
    out: list[Entity] = []
    for entity in registry.entities.values():
        written = registry.surfaces.get(entity.id, set())
        names = set(entity.aliases) | written
        if entity.id in registry.held_article:
            # "L'Oréal a publié ..." named it "Oréal"; "les ventes de L'Oréal" tell the
            # article is the name's
            full = sorted(n for n in names if _elided(n) == entity.name)
            if full:
                names.add(entity.name)
                entity.name = full[0]
        names.discard(entity.name)
        entity.aliases = sorted(names, key=lambda n: (name_key(n), n))
        out.append(entity)
    return sorted(out, key=lambda e: e.id)
