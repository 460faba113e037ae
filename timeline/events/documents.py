"""A document's words relayed sentence by sentence (issue 9: "the same statement ... is one
event"): news names a communiqué, a letter or a text once ("Dans un communiqué publié ce
jour, X affirme ...", "..., annonce la préfecture dans un communiqué"), then goes on with
its words naming the document again ("..., ajoute le communiqué", "Selon le texte, ...") or
its author by a noun of a body going on ("Le constructeur assure en outre que ...", "...,
précise la préfecture"): one act of saying, whatever each sentence says. ``told_in_documents``
reads which reports of one article and day are that document's words; merging makes them
one occasion (``frames.mark_occasions``). The French is ``lang/fr/merging.yml``'s
``documents``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from timeline.events.lexicon import alternation
from timeline.events.merging_words import outside_quotes, raw_data
from timeline.events.report import Report


@dataclass(frozen=True)
class DocumentWords:
    """The words that name a document and its author (``merging.yml``'s ``documents``)."""

    #: a document named for the first time, outside quotations: a preposition and an
    #: indefinite or possessive determiner before a noun of a document ("dans un
    #: communiqué", "selon une lettre", "dans sa déclaration")
    introduced: re.Pattern[str]
    #: a reporting clause naming a document told before, by a definite or demonstrative
    #: determiner ("le communiqué", "ce texte"): the whole clause, lower case
    anaphoric: re.Pattern[str]
    #: an attribution opening the sentence on such a document ("Selon le communiqué, ...")
    opening: re.Pattern[str]
    #: a reporting clause naming a body by a definite noun of one ("le constructeur", "la
    #: préfecture", "le groupe"): the whole clause or its first words, lower case
    body: re.Pattern[str]
    #: the sentence goes on with what was said: an adverb of addition ("assure en outre",
    #: "précise également") outside quotations
    addition: re.Pattern[str]


@cache
def document_words() -> DocumentWords:
    """The ``documents`` vocabulary of merging.yml, compiled once."""
    data = raw_data()["documents"]
    nouns = alternation([str(w) for w in data["nouns"]])
    determiners = alternation([str(w) for w in data["indefinite"]])
    prepositions = alternation([str(w) for w in data["prepositions"]])
    definite = alternation([str(w) for w in data["definite"]])
    bodies = alternation([str(w) for w in data["bodies"]])
    additions = alternation([str(w) for w in data["additions"]])
    return DocumentWords(
        introduced=re.compile(
            rf"(?<!\w)(?:{prepositions})\s+(?:{determiners})\s+(?:{nouns})\b", re.IGNORECASE
        ),
        anaphoric=re.compile(rf"^(?:{definite})\s*(?:{nouns})\b"),
        opening=re.compile(
            rf"^\s*(?:{prepositions})\s+(?:{definite})\s*(?:{nouns})\b\s*,", re.IGNORECASE
        ),
        body=re.compile(rf"^(?:{definite})\s*(?P<noun>{bodies})\b"),
        addition=re.compile(rf"(?<!\w)(?:{additions})(?!\w)", re.IGNORECASE),
    )


def introduces(report: Report) -> bool:
    """It names a document for the first time, outside its quoted words ("Dans un
    communiqué publié ce jour, Volkswagen affirme ...")."""
    return bool(document_words().introduced.search(outside_quotes(report.sentence)))


def names_document(report: Report) -> bool:
    """Its words are a document's told before: its reporting clause names it by a definite
    determiner ("..., ajoute le communiqué"), or it opens on an attribution to it ("Selon
    le texte, ...")."""
    words = document_words()
    quoted = report.quoted.replace("’", "'")
    return bool(words.anaphoric.match(quoted) or words.opening.match(report.sentence))


def body_goes_on(report: Report, goes_on: Callable[[Report], bool]) -> bool:
    """Its reporting clause names a body by a definite noun of one, no person named, and
    it goes on from what was said before: a verb of going on ("..., précise la
    préfecture": ``goes_on``) or an adverb of addition ("Le constructeur assure en outre
    que ...")."""
    words = document_words()
    if report.speaker is not None and report.speaker in report.persons:
        return False
    if not words.body.match(report.quoted.replace("’", "'")):
        return False
    return goes_on(report) or bool(words.addition.search(outside_quotes(report.sentence)))


def _body_noun(report: Report) -> str:
    """The noun of a body its reporting clause names ("constructeur" of "le constructeur")."""
    found = document_words().body.match(report.quoted.replace("’", "'"))
    return found.group("noun") if found is not None else ""


@dataclass(frozen=True)
class Told:
    """The reports of one article and day telling one document's words: the ones naming
    it for the first time (``introduced``) and those going on with its words
    (``going_on``), by their keys."""

    article: int
    day: str
    introduced: tuple[tuple[int, int], ...]
    going_on: tuple[tuple[int, int], ...]


def told_in_documents(
    reports: list[Report],
    day_of: Callable[[Report], str | None],
    goes_on: Callable[[Report], bool],
) -> list[Told]:
    """Per article and day (``day_of``), the reports telling a document's words there:
    those that go on with them (``names_document``; ``body_goes_on`` when the article
    names the document that day and its sentences going on name one body, its author) and
    those naming it first (``introduces``). An article naming two documents that day (two
    sentences introducing one) tells none: which words are whose is not read. Follow-ups
    are not read here (a follow-up is of its event's occasion)."""
    introduced: dict[tuple[int, str], list[tuple[int, int]]] = {}
    named: dict[tuple[int, str], list[Report]] = {}
    bodies: dict[tuple[int, str], list[Report]] = {}
    for r in reports:
        if r.follows is not None:
            continue
        day = day_of(r)
        if day is None:
            continue
        at = (r.key[0], day)
        if introduces(r):
            introduced.setdefault(at, []).append(r.key)
        elif names_document(r):
            named.setdefault(at, []).append(r)
        elif body_goes_on(r, goes_on):
            bodies.setdefault(at, []).append(r)
    out: list[Told] = []
    for at in sorted(introduced.keys() | named.keys()):
        first = introduced.get(at, [])
        if len(first) > 1:
            continue  # two documents named that day: whose words each is, unread
        going_on = [r.key for r in named.get(at, [])]
        if first and len({_body_noun(r) for r in bodies.get(at, [])}) == 1:
            going_on += [r.key for r in bodies[at]]  # one body named: the author
        if going_on:
            out.append(Told(at[0], at[1], tuple(first), tuple(sorted(going_on))))
    return out
