"""Words said on two days: one speaker's occasions are not one statement.

News follows a speaker over several days and on several channels: a claim at the White House
on Wednesday, a tweet on Saturday saying the same; an address in the night, a speech the next
evening promising the same. Their words alike ("avoir gagné l'élection" / "qu'il avait gagné
l'élection"; "a promis de représenter toute la nation" / "promet d'être un président qui
...") are what the speaker keeps saying, not one statement told twice. Two outlets' accounts
of words said (``saying``) are one statement only when the days their articles tell them on
agree (``words_of_other_days``) and so do the channels (``other_channels``: a tweet, a
communiqué, an address, an interview of one day are so many statements). The French is
``lang/fr/events.yml``'s verbs of speech and address and ``lang/fr/merging.yml``'s
``occasion_acts``, ``declarations.media`` and ``sayings``."""

from __future__ import annotations

import re
from functools import cache

from timeline.events import entities
from timeline.events.frames import day_of, media_named, relays_anothers_act
from timeline.events.lexicon import lexicon
from timeline.events.merging_words import QUOTE_OPENERS, outside_quotes, raw_data, vocabulary
from timeline.events.report import Report
from timeline.events.report_reads import words_written

ADDRESS = "address"
#: the class of ``declarations.media`` of a court's words ("juge", "tribunal"): often what
#: the words are about, not where they were said
HEARING = "hearing"


@cache
def _saying_verbs() -> frozenset[str]:
    """The lemmas of a main verb telling words said: speech and address
    (``speech_lemmas``, ``address_lemmas``), a speech's (``sayings.address_verbs``:
    "s'exprimer", "parler") and the channels' own (``sayings.verbs``: "écrire",
    "tweeter"); not those that tell acts too (``sayings.acts_too``: "a rappelé son
    ambassadeur", "ont appelé les secours")."""
    lex = lexicon()
    words = raw_data()["sayings"]
    return frozenset(
        {
            *map(str, lex["speech_lemmas"]),
            *map(str, lex["address_lemmas"]),
            *map(str, words["address_verbs"]),
            *map(str, words["verbs"]),
        }
        - set(map(str, words["acts_too"]))
    )


def saying(report: Report) -> bool:
    """A report tells words said: a statement, a main verb of saying ("a affirmé avoir
    gagné", "a écrit sur Twitter qu'il avait gagné", "promet d'être", "s'est exprimé devant
    ses partisans"), its acts of saying (``saying_acts``), or a quotation opening it
    ("« Franchement, nous avons gagné », a lancé X"). Not a happening relayed, which is the
    happening (tests/data/realnews/README.md, rule 2): an act of another actor told in the
    words ("X a indiqué que le gouvernement envoyait 5 000 soldats":
    ``frames.relays_anothers_act``) or named by the saying's object ("X a annoncé la mort
    de Y", "les médias ont annoncé l'élection de Y")."""
    if relays(report):
        return False
    vocab = vocabulary()
    if report.statement or report.verb in _saying_verbs():
        return True
    if report.action is not None and report.action in vocab.saying_acts:
        return True
    return report.sentence.lstrip()[:1] in QUOTE_OPENERS


def _named_sayer(report: Report) -> str:
    """The person its main clause's subject names when its reporting clause names them too
    ("Joe Biden a insisté sur ..., tout en rappelant que ...": joe-biden), "" otherwise."""
    clause = report.clause
    agent = clause.agent if clause is not None else None
    if agent is None or not agent.startswith("@"):
        return ""
    said = words_written(report.quoted)
    return agent[1:] if set(agent[1:].split("-")) <= said else ""


def relays(report: Report) -> bool:
    """A report relays a happening: an act of another actor told in the words ("X a
    indiqué que le gouvernement envoyait 5 000 soldats": ``frames.relays_anothers_act``) or
    named by a saying's object ("X a annoncé la mort de Y", "les médias ont annoncé
    l'élection de Y")."""
    clause = report.clause
    vocab = vocabulary()
    # the clause read is the words reported ("a indiqué que le gouvernement envoyait"), not
    # the saying's own ("Dans un communiqué, l'avocat a dénoncé une décision")
    verb = report.verb or ""
    reported = clause is not None and clause.predicate not in {verb, vocab.fold.get(verb, verb)}
    if reported and relays_anothers_act(report, report.speaker or _named_sayer(report)):
        return True
    return (
        clause is not None
        and clause.predicate in vocab.saying_acts
        and vocab.names_an_act(clause.patient)
    )


@cache
def _sources() -> frozenset[str]:
    """The nouns of news sources relaying what happened (``sayings.sources``: "les
    médias", "l'agence", "la presse"), as a clause's agent is written."""
    return frozenset(str(w) for w in raw_data()["sayings"]["sources"])


def words_against_relayed(a: Report, b: Report) -> bool:
    """One tells a speaker's words (``saying``), the other a happening a news source relays
    (``relays``, its subject one of ``sayings.sources``: "Ce 23 mai, les médias ont annoncé
    l'élection d'Ana Lopes" / "Ana Lopes a promis de représenter toute la ville une fois
    élue"): the source is no speaker of its own, the words are not the happening, whatever
    names and words they share. Both told by a main verb of saying (not
    "Une enquête a été ouverte par le parquet"); their main clauses' subjects both read,
    neither a pronoun, and differing (one subject's words about what it relays are its own
    account); not words opening with a quotation (an announcer's may tell the happening:
    "« Notre ami nous a quittés », a déclaré son agent")."""
    pronouns = lexicon()["anaphoric_subjects"]
    for words, relayed in ((a, b), (b, a)):
        one, other = words.clause, relayed.clause
        if one is None or other is None or one.agent is None or other.agent is None:
            continue
        if one.agent in pronouns or other.agent in pronouns:
            continue  # "« Il nous a quittés », a déclaré X": whom the pronoun is, unread
        if words.sentence.lstrip()[:1] in QUOTE_OPENERS:
            continue  # the announcer's quotation may tell the happening itself
        said = {words.verb, relayed.verb} <= _saying_verbs()  # "a promis" / "ont annoncé"
        source = other.agent in _sources()  # "les médias", "l'agence", "la presse"
        if said and source and one.agent != other.agent and saying(words) and relays(relayed):
            return True
    return False


def words_of_other_days(a: Report, b: Report) -> bool:
    """Two articles' accounts of words said (``saying``), each told of one day, the days
    differing (``Report.day_told``: "Le président a affirmé mercredi avoir gagné
    l'élection" / on Saturday's page, after "Ce 7 novembre, ...": "Presque au même moment,
    le président a écrit sur Twitter qu'il avait gagné l'élection"): the speaker said it
    again, another statement, whatever words they share. Not a follow-up (compared with
    its event, of its day)."""
    if a.key[0] == b.key[0] or a.follows is not None or b.follows is not None:
        return False  # a follow-up is of its event's day, compared with its event
    if not (saying(a) and saying(b)):
        return False
    one, other = a.day_told, b.day_told
    return one is not None and other is not None and one != other


@cache
def _address_nouns() -> re.Pattern[str]:
    """A noun of a speech to an audience (``sayings.address_nouns``), a whole word of the
    folded, lower-cased text."""
    nouns = "|".join(
        re.escape(entities.fold(str(w)).lower()) for w in raw_data()["sayings"]["address_nouns"]
    )
    return re.compile(rf"\b(?:{nouns})s?\b")


def _own_channel(report: Report) -> str:
    """The channel a report itself names: one class of ``declarations.media`` outside its
    quoted words ("sur Twitter": network; "dans un communiqué"), or an address when it tells
    a speech ("s'est exprimé devant ses partisans", "a parlé à Wilmington": its main verb
    one of ``sayings.address_verbs``, not what was spoken of, ``sayings.spoken_about``: "a
    parlé d'un document"; or a noun of ``sayings.address_nouns``); "" when it names none
    or two."""
    named = {medium for medium, another in media_named(report, vocabulary()) if not another}
    if len(named) > 1:
        named -= {HEARING}  # "une décision du tribunal" is what is said of, not where
    if len(named) == 1:
        return next(iter(named))
    if named:
        return ""
    words = raw_data()["sayings"]
    written = entities.fold(outside_quotes(report.sentence)).lower()
    about = any(re.search(str(p), written) for p in words["spoken_about"])
    if (report.verb in words["address_verbs"] and not about) or _address_nouns().search(written):
        return ADDRESS
    return ""


def mark_channels(reports: list[Report]) -> None:
    """Each report gets the day its article tells it of (``Report.day_told``): its own one
    day, or the last day of its narration when its article tells that day of a report of
    its own (an explicit day: "Ce 23 mai, les médias ont annoncé ..." then "Presque au même
    moment, ..."; not the page's day by default), unless told in a tense of what was
    before the narration ("X avait jugé sur Sky News que ...": ``sayings.recalled_tenses``).
    Each report of words said (``saying``) gets the channel they were said on
    (``Report.channel``): the one it names (``_own_channel``), else an address when its
    article tells one that day and no other channel ("Vers 4h50, le candidat s'est exprimé
    à Wilmington" ... "Joe Biden a promis de représenter toute la nation": the address's
    words; a tweet or an interview one sentence names is that sentence's); "" otherwise. A
    follow-up is of its event's. Idempotent."""
    named = {(r.key[0], r.span[0]) for r in reports if r.explicit and r.span[0] == r.span[1]}
    recalled = {str(t) for t in raw_data()["sayings"]["recalled_tenses"]}
    for r in reports:
        day = day_of(r)
        own_day = r.span[0] == r.span[1]
        narrated = (r.key[0], day) in named and r.tense not in recalled
        r.day_told = day if own_day or narrated else None
    by_day: dict[tuple[int, str], set[str]] = {}
    own: dict[tuple[int, int], str] = {}
    for r in reports:
        r.channel = ""
        day = r.day_told
        if r.follows is not None or day is None or not saying(r):
            continue
        own[r.key] = _own_channel(r)
        if own[r.key]:
            by_day.setdefault((r.key[0], day), set()).add(own[r.key])
    for r in reports:
        day = r.day_told
        if r.key in own and day is not None:
            told = by_day.get((r.key[0], day), set())
            lent = told == {ADDRESS}  # the article's speech, not a channel one sentence names
            r.channel = own[r.key] or (ADDRESS if lent else "")
    channels = {r.key: r.channel for r in reports}
    for r in reports:
        if r.follows is not None:
            r.channel = channels.get(r.follows, "")


def other_channels(a: Report, b: Report) -> bool:
    """Two articles' accounts of words said on two channels (``mark_channels``: a tweet and
    an address, a communiqué and an interview): two statements, whatever words they
    share ("Peu après, X s'est dit « honoré » sur Twitter et a promis ..." / "X a promis de
    représenter toute la nation", after "X s'est exprimé à Wilmington")."""
    return (
        a.key[0] != b.key[0]
        and a.follows is None
        and b.follows is None
        and bool(a.channel and b.channel)
        and a.channel != b.channel
        and saying(a)
        and saying(b)
    )
