"""Assembly: per-article extractions -> event drafts (merging, entities, titles).

Deterministic: the same articles and extractions give the same drafts. Reads
``entities.yml`` of the content folder. IDs, corrections and the chronology itself are
``timeline.chronology``'s business: a draft has no ID, URL or display text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from timeline.articles import Article
from timeline.events import (
    acted_on,
    actors,
    clause,
    dates,
    entities,
    features,
    ids,
    kinds,
    pronouns,
    sequels,
    speakers,
    titles,
)
from timeline.events.article_reads import ArticleReads, headline_read
from timeline.events.impersonal_words import after_il
from timeline.events.lexicon import families, lexicon, titling
from timeline.events.merge import (
    Group,
    another_side_speaks,
    another_speakers_words,
    apart,
    group_reports,
    history,
    quote_after_relayed_act,
)
from timeline.events.merging_words import QUOTE_OPENERS, vocabulary
from timeline.events.report import Report
from timeline.records import (
    About,
    Candidate,
    ContextItem,
    Entity,
    EventDraft,
    Extraction,
    NounPhrase,
    Sentence,
    SentenceAbout,
    Source,
)
from timeline.temporal.model import Timex

ENTITIES_FILE = "entities.yml"
#: days before its article's publication an undated happening may have taken place
NARRATION_REACH = 3
#: days before its article's publication a statement dated by that page alone may have been
#: made (the morning paper tells the eve's words without naming the day)
STATEMENT_REACH = 1
#: TimeML's part of day of a night ("2019-09-25TNI"): it runs into the next day
NIGHT = "TNI"


@dataclass
class _Sentence:
    """A sentence of one article with what assembly adds: its entity mentions."""

    article: int
    index: int
    data: Sentence
    mentions: list[entities.Mention] = field(default_factory=list)
    #: what ``_words``, ``_clause``, ``_acted``, ``_shared``, ``_happening_told`` and
    #: ``_places`` read of it, once (a sentence is read for its own report, for the
    #: follow-ups compared with it, for those that go on with it, and by ``_promote``
    #: before its report is made)
    read_words: list[str] | None = field(default=None, repr=False, compare=False)
    read_clause: list[clause.Clause | None] = field(default_factory=list, repr=False, compare=False)
    read_acted: list[acted_on.ActedOn | None] = field(
        default_factory=list, repr=False, compare=False
    )
    read_shared: list[bool] = field(default_factory=list, repr=False, compare=False)
    read_happening: list[acted_on.Happening | None] = field(
        default_factory=list, repr=False, compare=False
    )
    read_places: list[frozenset[str]] = field(default_factory=list, repr=False, compare=False)

    def again(self, data: Sentence) -> _Sentence:
        """This sentence with ``data``, its record copied with another role, parent or kind
        (``_promote``): the same mentions, and what was read of its words, clause and
        places kept when ``data`` holds the same text, offset, words and parse."""
        told = _Sentence(self.article, self.index, data, self.mentions)
        mine = self.data
        if (
            data.text == mine.text
            and data.start == mine.start
            and data.words is mine.words
            and data.clause is mine.clause
        ):
            told.read_words = self.read_words
            told.read_clause = list(self.read_clause)
            told.read_acted = list(self.read_acted)
            told.read_shared = list(self.read_shared)
            told.read_happening = list(self.read_happening)
            told.read_places = list(self.read_places)
        return told


def _words(sentence: _Sentence) -> list[str]:
    """Content lemmas, synonyms folded into their family, with the words of a name replaced
    by its entity id (once); a new list at each call (read once per sentence)."""
    if sentence.read_words is None:
        sentence.read_words = _read_words(sentence)
    return list(sentence.read_words)


def _read_words(sentence: _Sentence) -> list[str]:
    fold = families()
    out: list[str] = []
    seen: set[int] = set()
    mentions = sentence.mentions
    for offset, lemma in sentence.data.words:
        mention = None
        for m in mentions:  # the first that covers it (a loop: no generator per word)
            if m.start <= offset < m.end:
                mention = m
                break
        if mention is None:
            out.append(fold.get(lemma, lemma))
        elif id(mention) not in seen:
            seen.add(id(mention))
            out.append("@" + mention.entity)
    return out


def _speaker(sentence: _Sentence, registry: entities.Registry) -> str | None:
    """The entity who said it: a person named in the reporting clause's subject, else an
    organisation or a place speaking for a state ("Moscou", "le Kremlin")."""
    report = sentence.data.report
    if not report or not report.speaker:
        return None
    start, end = report.speaker
    named = [m for m in sentence.mentions if start <= m.start < end]
    for m in named:
        if registry.entities[m.entity].kind == "person":
            return m.entity
    apposed = _apposed_name(sentence, end, registry)
    if apposed is not None:
        return apposed
    # "Moscou", "le Kremlin": the name is the whole speaker (not "de la Défense" inside
    # "le ministère russe de la Défense")
    words = sentence.data.text[start - sentence.data.start : end - sentence.data.start]
    for m in named:
        if len(m.surface) * 2 >= len(words.strip()):
            return m.entity
    return None


def _labelled(sentence: _Sentence, speaker: str | None, registry: entities.Registry) -> str | None:
    """The speaker a headline names for ``sentence`` (``speaker``, the entity ``_speaker``
    found): not a word set before the speaker's subject that the recogniser read as a
    person ("Lundi, la présidence a annoncé", "Assis à ses côtés, Kim Jong-un a déclaré":
    ``titles.fronted_word``; never "Assis :", "Lundi :"), but the next person of the
    speaker's words, else none; a person the build names by more than that word ("Emmanuel
    Macron") or a curated one stays. Merging still reads ``speaker`` (who speaks is the
    speakers' room's: naming the right person there joins another statement of one day,
    dev28's "Kim Jong Un" twice)."""
    report = sentence.data.report
    if speaker is None or report is None or report.speaker is None:
        return speaker
    name = registry.entities[speaker].name
    if " " in name.strip() or speaker in registry.curated:
        return speaker
    start, end = report.speaker
    named = [m for m in sentence.mentions if start <= m.start < end]
    if not named or named[0].entity != speaker:
        return speaker
    if not titles.fronted_word(sentence.data, named[0].start, named[0].end):
        return speaker
    return next((m.entity for m in named[1:] if registry.entities[m.entity].kind == "person"), None)


def _apposed_name(sentence: _Sentence, end: int, registry: entities.Registry) -> str | None:
    """The person named in apposition right after the speaker's description, set off by a
    comma ("..., a déclaré le porte-parole de la Maison Blanche, Robert Gibbs.", "a annoncé
    le ministre de l'Intérieur, Matteo Salvini"): the speaker is that person. ``end``: where
    the reporting clause's subject ends (offset in the article file)."""
    data = sentence.data
    after = data.text[end - data.start :]
    comma = _APPOSITION.match(after)
    if comma is None:
        return None
    at = end + comma.end()
    return next(
        (
            m.entity
            for m in sentence.mentions
            if m.start == at and registry.entities[m.entity].kind == "person"
        ),
        None,
    )


#: the comma that sets a name in apposition off from the description before it
_APPOSITION = re.compile(r"\s*,\s*")


def _pronoun_speaker(sentence: _Sentence, text: str) -> str | None:
    """The pronoun the reporting clause's speaker is ("Il a affirmé que ..."), lower case,
    or None; after words set off before it by a comma too ("Dans la foulée, il a annoncé
    qu'il ...", "Mardi, elle a indiqué que ...": the subject is the pronoun, the words
    before it a complement of time or manner)."""
    report = sentence.data.report
    if not report or not report.speaker:
        return None
    start, end = report.speaker
    said = " ".join(text[start:end].split()).lower()
    said = vocabulary().inversion_hyphen.sub("", said)  # "», déclare-t-il": "il"
    said = said.rsplit(",", 1)[-1].strip()
    return said if said in lexicon()["anaphoric_subjects"] else None


def _names_sayer(sentence: _Sentence, article: Article) -> bool:
    """The sentence's reporting clause names its speaker by a noun phrase, not a pronoun
    ("La compagnie a assuré ensuite que ...", "Il n'y a « pas de lien établi », a précisé
    une source policière", not "Il a affirmé que ...", nor "Il a promis ... et a fait
    savoir que ...": the sentence's subject a pronoun standing for someone, not the
    impersonal "il")."""
    report = sentence.data.report
    if not (report and report.speaker) or _pronoun_speaker(sentence, article.text) is not None:
        return False
    text = sentence.data.text.lstrip(' «"“')
    pronoun = _opening_pronoun(text)
    return pronoun is None or (pronoun == "il" and after_il(text[len(pronoun) :]))


def _speaker_binds(sentence: _Sentence) -> bool:
    """The sentence reports after a leading reporting clause whose subject is a noun
    phrase, not a pronoun ("Le groupe britannique a annoncé lundi qu'il ..."; not "Il a
    affirmé qu'il ...", whose pronouns both stand for someone named before)."""
    report = sentence.data.report
    if not report or report.kind != "leading" or not report.speaker:
        return False
    start, end = report.speaker
    said = " ".join(
        sentence.data.text[start - sentence.data.start : end - sentence.data.start].split()
    )
    return bool(said) and said.lower() not in lexicon()["anaphoric_subjects"]


def _opening_pronoun(text: str) -> str | None:
    """The anaphoric pronoun the sentence opens with ("Il a perdu ...", "Ils ont pu ..."),
    lower case, or None."""
    lowered = text.lstrip(' «"“').lower()
    subjects = sorted(lexicon()["anaphoric_subjects"], key=len, reverse=True)
    return next((p for p in subjects if lowered.startswith(p + " ")), None)


def resolve_agents(
    reports: list[Report],
    resolver: pronouns.Resolver,
    bound: Collection[tuple[int, int]] = (),
) -> None:
    """A main clause whose agent is a pronoun of one person ("il s'est exprimé une
    dernière fois", after a sentence naming Salah Abdeslam) takes as agent the person it
    stands for (``pronouns.Resolver.person``). Not in reported speech after a leading
    reporting clause whose subject is a noun phrase (``bound``, ``_speaker_binds``: "Le
    groupe britannique a annoncé lundi qu'il avait fait faillite"): the subject pronoun of
    the completive stands for that subject, not for a person an earlier sentence names."""
    for report in reports:
        found = report.clause
        if found is None or found.agent is not None or found.agent_number != "one":
            continue
        if report.key in bound:
            continue
        named = resolver.person(report.key)
        if named is not None and named.person != report.speaker:
            report.clause = replace(found, agent="@" + named.person)


def resolve_demonstratives(reports: list[Report], resolver: pronouns.Resolver) -> None:
    """A report opening with a demonstrative pronoun of one person ("Ce dernier, beau
    joueur, a reconnu sa défaite", after "Il a félicité son adversaire, le républicain John
    McCain"; ``demonstrative_person_pronouns``) tells of the last person the sentence
    before names (``pronouns.Subjects.last_person``): that person is among its people and
    entities, and its clause's agent when the parse left it unread, as if it named them.
    Another outlet naming the person then tells of the same one, not of "other people"."""
    demonstratives = vocabulary().demonstrative_pronouns
    for report in reports:
        opening = report.sentence.lstrip(' «"“').lower()
        if not any(opening.startswith((f"{p} ", f"{p},")) for p in demonstratives):
            continue
        named = resolver.subjects(report.key).last_person
        if named is None or named == report.speaker:
            continue
        report.persons = report.persons | {named}
        report.entities.add(named)
        found = report.clause
        if found is not None and found.agent is None:
            report.clause = replace(found, agent="@" + named, agent_number="one")


def _speakers(
    articles: list[Article],
    sentences: dict[tuple[int, int], _Sentence],
    registry: entities.Registry,
    resolver: pronouns.Resolver,
) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """Who said each reported sentence; a pronoun ("Il a également affirmé que ...",
    "Il dit regretter ses paroles") is the nearest one before it in the article: the
    speaker of the last reported sentence when known, or the person a pronoun of one
    stands for when named since (``resolver``: "C'est Salah Abdeslam qui s'est exprimé en
    dernier. Il dit regretter ..."), or whom or what the main clause of a sentence since
    tells of as its subject, of the pronoun's gender and number (``_subject_told``): "Le
    Premier ministre a pourtant pris la parole aussitôt après. Il a jugé que ..." is the
    Prime Minister's, not the words of the President quoted before; "La société X s'est
    défendue. Dans un communiqué, elle affirme ..." the company's, nobody's the build knows.
    With those speakers, the words of an office standing for such a pronoun ("le premier
    ministre"), by key."""
    out: dict[tuple[int, int], str] = {}
    offices: dict[tuple[int, int], str] = {}
    # article -> (sentence, its speaker, the office its reporting clause gives when it names
    # nobody: "Selon le préfet des Bouches-du-Rhône, ...")
    said: dict[int, tuple[int, str | None, str]] = {}
    about: dict[int, tuple[int, _Subject]] = {}  # article -> its last subject told of
    untold: dict[int, list[tuple[int, _Sentence]]] = {}  # article -> sentences since, unread
    person_pronouns = vocabulary().person_pronouns
    for (a, s), sentence in sorted(sentences.items()):
        found = _speaker(sentence, registry)
        said_by = _pronoun_speaker(sentence, articles[a].text)
        if found is None and said_by is not None:
            at, found, office = said.get(a, (-1, None, ""))
            named = resolver.person((a, s)) if said_by in person_pronouns else None
            if named is not None and (found is None or named.sentence > at):
                at, found, office = named.sentence, named.person, ""
            if said_by in person_pronouns:
                since, subject = _last_told(a, about, untold, registry)
                if since > at and subject.agrees(said_by):
                    found, office = subject.person, subject.office
            if found is None and office and said_by in person_pronouns:
                offices[(a, s)] = office
        if found is not None:
            out[(a, s)] = found
        words = _quoted(sentence.data)
        if sentence.data.report or words:
            # (a source named without a reporting verb too: "Selon le préfet, ...")
            said[a] = (s, found, words if speakers.person_title(words) else "")
        else:
            untold.setdefault(a, []).append((s, sentence))
    return out, offices


def _last_told(
    a: int,
    about: dict[int, tuple[int, _Subject]],
    untold: dict[int, list[tuple[int, _Sentence]]],
    registry: entities.Registry,
) -> tuple[int, _Subject]:
    """The last sentence of article ``a`` reporting nothing whose main clause tells of a
    subject (``_subject_told``), and that subject: the subjects of the sentences ``untold``
    since the last one read are read now, the latest first, and only until one is found
    (``about`` keeps it), since only a pronoun that speaks asks for it."""
    for s, sentence in reversed(untold.pop(a, [])):
        if (told := _subject_told(sentence, registry)) is not None:
            about[a] = (s, told)
            break
    return about.get(a, (-1, _NOBODY))


@dataclass(frozen=True)
class _Subject:
    """Whom or what a sentence's main clause tells of as its subject, as a pronoun after it
    may stand for it: a person named (``person``), the words of a person's office
    (``office``: "le premier ministre"), else a noun phrase of another thing, a body ("la
    société Autostrade"), with its gender and number ("" unknown)."""

    person: str | None = None
    office: str = ""
    gender: str = ""
    number: str = ""

    def agrees(self, pronoun: str) -> bool:
        """A subject pronoun of one (``pronoun``: "il", "elle") may stand for it: a person
        named whatever the pronoun's gender, the text telling none; a noun phrase of one of
        the pronoun's gender, or of none the text tells."""
        if self.person is not None:
            return True
        gender = titling()["headline_pronoun_genders"].get(pronoun, "")
        return self.number != "plural" and (not self.gender or not gender or self.gender == gender)


_NOBODY = _Subject(number="plural")


def _subject_told(sentence: _Sentence, registry: entities.Registry) -> _Subject | None:
    """Whom or what a sentence's main clause tells of as its subject (``_Subject``): the
    person its subject names, else the words of a person's office it gives
    (``speakers.person_title``: "le premier ministre"), else its subject's noun phrase
    (``titles.told_subject``, with its gender); None when it has none, or a pronoun ("il",
    going on with what the one before stands for)."""
    subject = actors.subject_words(sentence.data.clause or [])
    if not subject or subject in lexicon()["anaphoric_subjects"]:
        return None
    for m in sentence.mentions:
        if (
            not m.demonym
            and registry.entities[m.entity].kind == "person"
            and m.surface.lower() in subject
        ):
            return _Subject(person=m.entity)
    gender = titles.phrase_gender(sentence.data, subject)
    if speakers.person_title(subject):
        return _Subject(office=subject, gender=gender)
    told = titles.told_subject(sentence.data)
    if told is None:
        return None
    return _Subject(gender=titles.phrase_gender(sentence.data, told[0]), number=told[1])


def _relays_state_then(data: Sentence) -> bool:
    """A follow-up relaying in the present what was so in the imperfect ("Il ne respirait
    plus quand les secours sont arrivés, indique le journal", ``reported_day_tenses``)
    after a happening told in the past: it tells how things stood then, on that
    happening's day, not what is said on the day of writing."""
    return data.report is not None and data.content_tense in lexicon()["reported_day_tenses"]


def _narrated_on_the_eve(data: Sentence, kind: str, parent: Candidate, published: str) -> bool:
    """A follow-up telling an act in the narration's present (``dates.narration_present``)
    after its event told in the past on the day before publication ("Le secrétaire général
    a annoncé, ce mercredi 21 juin, la composition du gouvernement. [...] Jacques Martin
    change de ministère. Il est remplacé à ce poste par Paul Durand", published on Thursday):
    the morning paper's narration of that day, not what is so on the day of writing."""
    eve = (dt.date.fromisoformat(published) - dt.timedelta(days=1)).isoformat()
    return (
        kind == kinds.HAPPENING
        and parent.start == eve
        and parent.end == eve
        and dates.narration_present(data)
    )


def _said_apart_from(
    data: Sentence, parent: Candidate, parent_tense: str | None, headed: bool = False
) -> bool:
    """A follow-up relaying words in a past tense with a reporting clause of its own ("« Ces
    produits-là ont été bloqués », a-t-il ajouté") after an event whose date is not the day
    they were said: words are said on one day, the day the article tells them, not

    - over a period (``parent`` dated by several days, a month or a year: "Les lots ont
      été produits entre mi-juillet et fin novembre"), on its first day;
    - on the day of a step back told in the pluperfect (``parent_tense``: "Le gouvernement
      avait déjà appelé samedi 200 000 personnes à évacuer la zone. Le porte-parole a
      expliqué que ..."): the words, in the passé composé, are the narration's again;
    - on the day of an event told before a heading (``headed``: "Michael Jackson est mort
      jeudi. // Autopsie terminée // « Elle s'est terminée il y a quelques minutes », a
      indiqué un membre de l'institut médico-légal"): a section of its own, whose words are
      told on the day the article tells them."""
    if data.report is None or data.tense not in lexicon()["past_tenses"]:
        return False
    if headed or parent.start != parent.end or parent.precision in dates.COARSE_PRECISIONS:
        return True
    return parent_tense == "pluperfect" and data.tense != "pluperfect"


def _on_publication_day(date: Candidate, published: str) -> Candidate:
    """``date`` moved to the day its article is published (``published``, ISO), the day
    words are said when they are told apart from their event's date."""
    return replace(
        date,
        start=published,
        end=published,
        precision="inferred",
        open_start=False,
        dated_by="publication",
        value=None,
    )


def _comes_with_measure(parent: Candidate, data: Sentence, kind: str, published: str) -> bool:
    """What a measure dated to come brings, told in the present by nobody quoted ("Ce 1er
    janvier entre en vigueur le plafonnement des tarifs [...] Le traitement d'une carie
    passe de 41 à 67 euros"): it comes on that day, as the measure (``parent``) does."""
    return (
        parent.kind == kinds.ANNOUNCEMENT
        and parent.dated_by == "explicit"
        and parent.start > published
        and data.tense == "present"
        and data.report is None
        and not data.quote
        and kind != kinds.STATEMENT
    )


def _said_on_that_occasion(data: Sentence, kind: str, earlier: list[Candidate]) -> bool:
    """A later quote of a speaker whose ``earlier`` statements are dated by their reporting
    clause, naming no day of its own ("« Quand il sortira ... », a précisé Mme Tharot",
    after "..., a précisé mardi Caroline Tharot"): said on that occasion."""
    return (
        (kind == kinds.STATEMENT or data.quote)
        and data.report is not None
        and not data.timexes
        and bool(earlier)
    )


def _said_on_the_page_alone(data: Sentence, candidate: Candidate, article: Article) -> bool:
    """A statement whose day rests on its page alone: no expression of time in its sentence,
    dated by the narration of its publication day (no day carried from an expression of the
    article: ``value`` None). A morning paper relays the eve's words without naming the day
    ("« C'est une catastrophe », a déclaré le préfet", published the morning after he said
    it): its day is uncertain, the day before as likely (``STATEMENT_REACH``); merging then
    gives its event the day the other reports name (``_rank``: an explicit day first)."""
    published = article.date.isoformat()
    return (
        candidate.kind == kinds.STATEMENT
        and candidate.dated_by != "explicit"
        and candidate.value is None
        and candidate.start == candidate.end == published
        and not data.timexes
    )


def _report(
    sentence: _Sentence,
    candidate: Candidate,
    speaker: str | None,
    more: list[_Sentence],
    registry: entities.Registry,
    slug: str,
) -> Report:
    """What merging compares of one candidate event; ``more`` are the sentences that go on
    with the same speech ("..., a-t-il poursuivi"): what was said there was said too."""
    lemma = sentence.data.action
    if lemma in lexicon()["auxiliary_lemmas"]:
        lemma = None  # "seraient coordonnées": the verb was not found, only its auxiliary
    action = families().get(lemma, lemma) if lemma else None
    words = _words(sentence)
    for other in more:
        words += [w for w in _words(other) if w not in words]
    span = (candidate.start, candidate.end, bool(candidate.open_start))
    night = bool(candidate.value and candidate.value.endswith(NIGHT) and span[0] == span[1])
    if night:
        # "dans la nuit de mercredi 25 à jeudi 26": the night runs into the next day, which
        # another outlet may date it by
        after = dt.date.fromisoformat(candidate.end) + dt.timedelta(days=1)
        span = (span[0], after.isoformat(), span[2])
    if candidate.dated_by != "explicit" and candidate.kind == kinds.HAPPENING:
        # the narration's day is an upper bound: what an article tells without a date
        # happened that day or shortly before ("les accusés ont pu s'exprimer", told the
        # next morning), so it may be the same happening as another report of those days
        first = dt.date.fromisoformat(candidate.start) - dt.timedelta(days=NARRATION_REACH)
        span = (first.isoformat(), span[1], False)
    return Report(
        key=(sentence.article, sentence.index),
        span=span,
        words=words,
        entities={m.entity for m in sentence.mentions},
        numbers=set(sentence.data.numbers),
        speaker=speaker,
        explicit=candidate.dated_by == "explicit",
        action=action,
        statement=candidate.kind == kinds.STATEMENT,
        kind=candidate.kind or "",
        persons=(persons := _persons(sentence, registry) - {speaker}),
        landmarks=_landmarks(sentence, persons),
        places=_places(sentence, registry),
        sentence=sentence.data.text,
        rank=(slug, sentence.index),
        tense=sentence.data.tense,
        content_tense=sentence.data.content_tense,
        verb=sentence.data.verb,
        clause=_clause(sentence, registry),
        acted=_acted(sentence, registry),
        shared=_shared(sentence),
        happening=_happening_told(sentence),
        actor=_agent_role(_clause(sentence, registry)),
        quoted=_quoted(sentence.data),
        night=night,
    )


def _persons(sentence: _Sentence, registry: entities.Registry) -> frozenset[str]:
    """The people the sentence names (entity ids)."""
    return frozenset(
        m.entity for m in sentence.mentions if registry.entities[m.entity].kind == "person"
    )


def _landmarks(sentence: _Sentence, persons: frozenset[str]) -> frozenset[str]:
    """The people of ``persons`` the sentence names only in a clause of time that runs to
    its end after its main clause ("L'accident est survenu quinze minutes après que Charlie
    Dalin a coupé la ligne": ``time_clause``): another act's, a landmark. Not a clause a
    comma closes (fronted: "Après que X a ..., Y a ..."); a name not found as written is
    not one."""
    text = sentence.data.text
    found = vocabulary().time_clause.search(text)
    if found is None or found.start() == 0 or "," in text[found.end() :]:
        return frozenset()
    told = {m.entity for m in sentence.mentions if not 0 < found.start() <= text.find(m.surface)}
    return persons - told


def _places(sentence: _Sentence, registry: entities.Registry) -> frozenset[str]:
    """Where what a sentence tells took place: the places it names, but a state acting
    ("la Turquie a ...") and a place named in parentheses, an aside ("à 4 h 17 (2 h 17 à
    Paris)", "Rouen (Seine-Maritime)": the department stays in its article's scene); read
    once per sentence."""
    if not sentence.read_places:
        sentence.read_places.append(_read_places(sentence, registry))
    return sentence.read_places[0]


def _read_places(sentence: _Sentence, registry: entities.Registry) -> frozenset[str]:
    data = sentence.data
    return frozenset(
        m.entity
        for m in sentence.mentions
        if registry.entities[m.entity].kind == "place"
        and not entities.is_actor_place(m)
        and not _in_parentheses(data.text, m.start - data.start)
    )


def _in_parentheses(text: str, offset: int) -> bool:
    """The character at ``offset`` of ``text`` is inside parentheses."""
    before = text[: max(offset, 0)]
    return before.count("(") > before.count(")")


def _quoted(data: Sentence) -> str:
    """Who the sentence's reporting clause, or the quotation extraction found in it
    (``Sentence.quoted``), says is speaking, as written (lower case, one space between
    words), or "" when it names nobody."""
    if data.report is not None and data.report.speaker is not None:
        start, end = data.report.speaker
    elif data.quoted is not None:
        start, end = data.quoted
    else:
        return ""
    return " ".join(data.text[start - data.start : end - data.start].split()).lower()


def _clause(sentence: _Sentence, registry: entities.Registry) -> clause.Clause | None:
    """The main clause of what the sentence reports, from its stored parse (None when it
    was not parsed); read once per sentence (``Clause`` is immutable)."""
    if not sentence.read_clause:
        sentence.read_clause.append(_read_clause(sentence, registry))
    return sentence.read_clause[0]


def _names(sentence: _Sentence, registry: entities.Registry) -> clause.Names:
    """The names the sentence mentions, as its stored parse's readers take them."""
    mentions = [
        (m.start, m.end, m.entity, registry.entities[m.entity].kind) for m in sentence.mentions
    ]
    return clause.names_in(mentions, sentence.data.start)


def _read_clause(sentence: _Sentence, registry: entities.Registry) -> clause.Clause | None:
    if not sentence.data.clause:
        return None
    return clause.read(sentence.data.clause, vocabulary().clause, _names(sentence, registry))


def _acted(sentence: _Sentence, registry: entities.Registry) -> acted_on.ActedOn | None:
    """What the sentence's main clause acts on, from its stored parse (``acted_on.read``);
    read once per sentence (``ActedOn`` is immutable)."""
    if not sentence.read_acted:
        sentence.read_acted.append(_read_acted(sentence, registry))
    return sentence.read_acted[0]


def _shared(sentence: _Sentence) -> bool:
    """``acted_on.told_shared`` of the sentence's stored parse, read once per sentence."""
    if not sentence.read_shared:
        shared = acted_on.told_shared(sentence.data.clause or [], vocabulary().acted_on)
        sentence.read_shared.append(shared)
    return sentence.read_shared[0]


def _read_acted(sentence: _Sentence, registry: entities.Registry) -> acted_on.ActedOn | None:
    if not sentence.data.clause:
        return None
    vocab = vocabulary()
    return acted_on.read(
        sentence.data.clause, _names(sentence, registry), vocab.acted_on, vocab.tells_act
    )


def _happening_told(sentence: _Sentence) -> acted_on.Happening | None:
    """The happening the sentence's main clause tells as acting on what it hits, from its
    stored parse (``acted_on.happening_told``); read once per sentence."""
    if not sentence.read_happening:
        vocab = vocabulary()
        told = (
            acted_on.happening_told(
                sentence.data.clause, vocab.acted_on, vocab.known_happening, vocab.tells_act
            )
            if sentence.data.clause
            else None
        )
        sentence.read_happening.append(told)
    return sentence.read_happening[0]


def _audit(
    article: Article, sentence: Sentence, date: Candidate, timexes: list[Timex]
) -> dict[str, Any]:
    """How the date was found. For a date not read in the sentence, the French
    ``explanation`` is left to the presentation (``timeline.present``); a date read there
    and set aside as impossible is named (``rejected_expression``, ``rejected_value``)."""
    context = titles.clean(sentence.text)
    if sentence.timex is not None:
        t = timexes[sentence.timex]
        return {
            "expression": t.text,
            "context": context,
            "rule": t.rule,
            "anchor": t.anchor,
            "value": t.value,
            "explanation": t.explanation or "",
            "article": article.slug,
            "dated_by": "explicit",
        }
    audit: dict[str, Any] = {
        "expression": None,
        "context": context,
        "rule": date.dated_by,
        "anchor": f"dct:{article.date.isoformat()}",
        "value": date.start,
        "explanation": "",
        "article": article.slug,
        "dated_by": date.dated_by,
    }
    if sentence.rejected_timex is not None:
        # a date the sentence cannot have (an act told done dated after its page, an
        # announcement dated before it: ``extract._impossible``), set aside for the narration's
        rejected = timexes[sentence.rejected_timex]
        audit["rejected_expression"] = rejected.text
        audit["rejected_value"] = rejected.value
    return audit


def _source(article: Article, sentence: Sentence, timexes: list[Timex], role: str) -> Source:
    timex = (
        timexes[sentence.timex]
        if sentence.timex is not None and role in ("report", "context")
        else None
    )
    return Source(
        article=article.slug,
        url=article.url,
        paragraph=sentence.paragraph,
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        timex=None if timex is None else timex.to_dict(),
        role=role,
    )


def _entity_roles(
    mentions: list[entities.Mention], registry: entities.Registry
) -> tuple[list[str], list[str], list[str]]:
    actors: list[str] = []
    places: list[str] = []
    organizations: list[str] = []
    for m in mentions:
        kind = registry.entities[m.entity].kind
        if kind == "person":
            target = actors
        elif kind == "organization":
            target = organizations
        else:
            target = places
            if entities.is_actor_place(m) and m.entity not in actors:
                actors.append(m.entity)
            if m.demonym:
                continue  # "l'aviation russe": Russia acts, it is not where it happened
        if m.entity not in target:
            target.append(m.entity)
    return actors, places, organizations


def _implicit_actors(
    key: tuple[int, int], sentences: dict[tuple[int, int], _Sentence], registry: entities.Registry
) -> list[str]:
    """Actors of a sentence that names none ("L'émissaire a été convoqué mardi"): those of
    the sentence before it in the same paragraph, who are still the topic."""
    here = sentences[key]
    previous = sentences.get((key[0], key[1] - 1))
    if previous is None or previous.data.paragraph != here.data.paragraph:
        return []
    return _entity_roles(previous.mentions, registry)[0]


def _allowed(candidate: Candidate, report: Report, group: Group) -> bool:
    """Does a report's own day (its candidate's, a night running into the next day: its
    report's last) lie among the days every report of its group allows (``Group.common``)?
    A report whose day is uncertain (a happening told in its page's narration, a statement
    dated by its page alone: ``NARRATION_REACH``, ``STATEMENT_REACH``) joins reports of
    days before it; the event is not of its day then, but of one the others allow: the day
    a report names, or the earliest page."""
    own = (candidate.start, report.span[1], candidate.open_start)
    return dates.spans_overlap(own, group.common)


def _day_within(
    main_key: tuple[int, int],
    candidates: Mapping[tuple[int, int], Candidate],
    told: Mapping[tuple[int, int], Report],
    group: Group,
) -> tuple[int, int]:
    """The report giving an event its date when the first-ranked one (``main_key``) names a
    period longer than a day (``day_within_precisions``: "La semaine dernière, Cyclor a
    reconnu avoir vendu 300.000 vélos ...") and another report of it is dated one day inside
    that period ("Aujourd'hui, la marque Cyclor reconnaît ...", or a page of that week
    telling it in its narration): the day is the event's date, and the period, which holds
    it, agrees with it; else ``main_key``. (A period told ranks before a day inferred.)"""
    period = candidates[main_key]
    if period.dated_by != "explicit" or period.precision not in lexicon()["day_within_precisions"]:
        return main_key
    inside = [
        key
        for key in told
        if key != main_key
        and period.start <= candidates[key].start == candidates[key].end <= period.end
        and _allowed(candidates[key], told[key], group)
    ]
    return min(inside, key=lambda k: _rank(candidates[k], k), default=main_key)


def _rank(candidate: Candidate, key: tuple[int, int]) -> tuple[int, int, tuple[int, int]]:
    return (
        dates.DATED_BY_RANK[candidate.dated_by],
        dates.PRECISION_RANK[candidate.precision],
        key,
    )


@dataclass
class _Collected:
    registry: entities.Registry
    sentences: dict[tuple[int, int], _Sentence]
    candidates: dict[tuple[int, int], Candidate]
    reports: list[Report]
    speakers: dict[tuple[int, int], str]
    resolver: pronouns.Resolver


@dataclass
class ArticlePart:
    """What the per-article part of assembly (``_each_article``) made of one article: the
    same whenever the article's extraction and its mentions as the build resolved them
    (entity ids and kinds: ``reads_of``) are, so a build may keep it from the last one
    (``PartKeeper``). Sentences by their index in the article."""

    #: sentence -> the fields of assembly's copy of its extraction's record that are not
    #: that record's objects (a follow-up promoted: its role, parent, kind)
    changed: dict[int, dict[str, Any]]
    #: sentence -> a candidate event that is not its extraction's (a follow-up promoted)
    promoted: dict[int, Candidate]
    speakers: dict[int, str]
    #: its reports (``Report.key`` holds the article's index in the build that made them)
    reports: list[Report]


class PartKeeper(Protocol):
    """The articles' parts kept from the last build (``timeline.part_memo``): ``find`` an
    article's by its slug and what its part reads (``reads_of``), None when not kept;
    ``keep`` this build's (stored as it is when given: merging changes the reports)."""

    def find(self, slug: str, reads: str) -> ArticlePart | None: ...

    def keep(self, slug: str, reads: str, part: ArticlePart) -> None: ...


def reads_of(sentences: list[_Sentence], registry: entities.Registry) -> str:
    """What the per-article part reads of an article besides its extraction and text: each
    sentence's mentions as the build resolved them, with their entities' kinds (sha256)."""
    digest = hashlib.sha256()
    for sentence in sentences:
        digest.update(
            repr(
                (
                    sentence.index,
                    [
                        (m.start, m.end, m.surface, m.entity, m.preceding, m.demonym)
                        + (registry.entities[m.entity].kind,)
                        for m in sentence.mentions
                    ],
                )
            ).encode("utf-8")
        )
    return digest.hexdigest()


def _kept(
    articles: list[Article],
    extractions: list[Extraction],
    sentences: dict[tuple[int, int], _Sentence],
    candidates: dict[tuple[int, int], Candidate],
    registry: entities.Registry,
    resolver: pronouns.Resolver,
    keeper: PartKeeper,
) -> tuple[dict[tuple[int, int], str], list[Report]]:
    """``_each_article`` for the articles ``keeper`` has not kept, their parts given to it;
    the others' as it kept them."""
    by_article: dict[int, list[_Sentence]] = {}
    for (a, _), sentence in sentences.items():
        by_article.setdefault(a, []).append(sentence)
    reads = {a: reads_of(by_article.get(a, []), registry) for a in range(len(articles))}
    kept = {
        a: part
        for a, article in enumerate(articles)
        if (part := keeper.find(article.slug, reads[a])) is not None
    }
    todo = {k: s for k, s in sentences.items() if k[0] not in kept}
    todo_candidates = {k: c for k, c in candidates.items() if k[0] not in kept}
    speakers, reports = _each_article(articles, todo, todo_candidates, registry, resolver)
    sentences.update(todo)
    candidates.update(todo_candidates)
    made: dict[int, ArticlePart] = {}
    for a in range(len(articles)):
        if a not in kept:
            made[a] = ArticlePart({}, {}, {}, [])
    for (a, s), sentence in todo.items():
        extracted = extractions[a].sentences[s]
        if sentence.data is not extracted:
            made[a].changed[s] = {
                f.name: getattr(sentence.data, f.name)
                for f in fields(sentence.data)
                if getattr(sentence.data, f.name) is not getattr(extracted, f.name)
            }
    originals = {(a, c.sentence): c for a, x in enumerate(extractions) for c in x.candidates}
    for key, candidate in todo_candidates.items():
        if originals.get(key) is not candidate:
            made[key[0]].promoted[key[1]] = candidate
    for key, speaker in speakers.items():
        made[key[0]].speakers[key[1]] = speaker
    for report in reports:
        made[report.key[0]].reports.append(report)
    for a, part in made.items():
        keeper.keep(articles[a].slug, reads[a], part)
    for a, part in kept.items():
        for s, changed in part.changed.items():
            here = sentences[(a, s)]
            sentences[(a, s)] = _Sentence(a, s, replace(here.data, **changed), here.mentions)
        for s, candidate in part.promoted.items():
            candidates[(a, s)] = candidate
        for s, speaker in part.speakers.items():
            speakers[(a, s)] = speaker
        for report in part.reports:
            report.key = (a, report.key[1])
            if report.follows is not None:
                report.follows = (a, report.follows[1])
            reports.append(report)
    for key in [k for k in candidates if sentences[k].data.role == "follow-up"]:
        del candidates[key]  # a cleft of reporting attached to its event (_reporting_clauses)
    # as ``_each_article`` orders them: the events', then the follow-ups', by key
    reports.sort(key=lambda r: (r.follows is not None, r.key))
    return speakers, reports


def _paired(articles: list[Article], extractions: list[Extraction]) -> list[Extraction]:
    """The extraction of each article, found by its slug (not by list position)."""
    by_slug = {x.article: x for x in extractions}
    missing = [a.slug for a in articles if a.slug not in by_slug]
    if missing:
        raise ValueError(f"no extraction for {', '.join(missing)}")
    return [by_slug[a.slug] for a in articles]


def _join_names(
    articles: list[Article],
    sentences: dict[tuple[int, int], _Sentence],
    registry: entities.Registry,
) -> None:
    """One entity for the names the build writes of it two ways, once every mention is
    found: a name the NER cut at its capitalised head ("le Conseil" of "le Conseil
    constitutionnel"), a name with its acronym in brackets ("l'Union africaine (UA)"), a
    person's name under several spellings ("Ollivet Courtois Florence", "Mme
    Ollivet-Courtois": ``entities.spellings``);
    and, in the articles of its story, a title the NER read as a person for the one person
    the texts name after it ("le Roi" / "le roi Albert II": ``entities.office_holders``).
    The mentions of ``sentences`` and the names ``registry`` counts are changed in place."""
    moved: set[str] = set()
    links: list[tuple[str, str]] = []
    for (a, _), sentence in sentences.items():
        moved |= entities.complete_names(registry, articles[a].text, sentence.mentions)
        links += entities.acronyms(registry, articles[a].text, sentence.mentions)
        links += entities.aliases(registry, articles[a].text, sentence.mentions)
    mentioned = Counter(m.entity for sentence in sentences.values() for m in sentence.mentions)
    links += entities.spellings(registry, mentioned)
    named = entities.same_entities(registry, links)
    if named:
        for sentence in sentences.values():
            sentence.mentions = [
                replace(m, entity=named[m.entity]) if m.entity in named else m
                for m in sentence.mentions
            ]
    by_article: list[list[entities.Mention]] = [[] for _ in articles]
    for (a, _), sentence in sentences.items():
        by_article[a].extend(sentence.mentions)
    held = entities.office_holders(registry, [article.text for article in articles], by_article)
    for (a, _), sentence in sentences.items():
        holders = held.get(a)
        if holders:
            sentence.mentions = [
                replace(m, entity=holders[m.entity]) if m.entity in holders else m
                for m in sentence.mentions
            ]
            moved |= set(holders)
    if moved or named:
        every = [m for sentence in sentences.values() for m in sentence.mentions]
        entities.count_surfaces(registry, every, moved | set(named))


def _collect(
    articles: list[Article],
    extractions: list[Extraction],
    content_dir: Path,
    keeper: PartKeeper | None = None,
    timeless: Mapping[str, str] | None = None,
) -> _Collected:
    """Entities, sentences with their mentions, and the candidate events as reports; the
    per-article part (``_each_article``) of an article looked up in ``keeper`` first;
    ``timeless``: speakers' words without their time expressions, read ahead (``_told``)."""
    registry = entities.Registry()
    for entity in entities.load_curated(content_dir / ENTITIES_FILE):
        registry.add(entity, curated=True)
    sentences: dict[tuple[int, int], _Sentence] = {}
    candidates: dict[tuple[int, int], Candidate] = {}
    for a, (article, extraction) in enumerate(zip(articles, extractions, strict=True)):
        written: list[tuple[int, int, list[entities.Mention]]] = []  # its sentences' names
        for s, data in enumerate(extraction.sentences):
            sentence = _Sentence(a, s, data)
            if data.role != "heading":
                ner = entities.adjectives_out(data.mentions, data.start, data.clause)
                sentence.mentions = entities.find_mentions(
                    registry, article.text, data.start, data.end, ner
                )
                written.append((data.start, data.end, sentence.mentions))
            sentences[(a, s)] = sentence
        for candidate in extraction.candidates:
            candidates[(a, candidate.sentence)] = candidate
        entities.names_written_again(registry, article.text, written)
    _join_names(articles, sentences, registry)
    entities.organisations_named_short(registry)
    resolver = pronouns.Resolver(_told(sentences, registry, timeless))
    if keeper is None:
        speakers, reports = _each_article(articles, sentences, candidates, registry, resolver)
    else:
        speakers, reports = _kept(
            articles, extractions, sentences, candidates, registry, resolver, keeper
        )
    _give_voices(articles, sentences, reports, speakers, registry)
    return _Collected(registry, sentences, candidates, reports, speakers, resolver)


def _give_voices(
    articles: list[Article],
    sentences: dict[tuple[int, int], _Sentence],
    reports: list[Report],
    said_by: dict[tuple[int, int], str],
    registry: entities.Registry,
) -> None:
    """Each report's voice (``speakers.voice``): its speaker named, else the one holder of
    the title its reporting clause gives (titles learned from the whole build's
    appositions), else the speaker its quotation goes on from."""
    persons: list[list[tuple[int, int, str]]] = [[] for _ in articles]
    bodies: list[list[tuple[int, int, str]]] = [[] for _ in articles]
    for (a, _), sentence in sentences.items():
        persons[a] += [
            (m.start, m.end, m.entity)
            for m in sentence.mentions
            if not m.demonym and registry.entities[m.entity].kind == "person"
        ]
        bodies[a] += [
            (m.start, m.end, m.entity)
            for m in sentence.mentions
            if not m.demonym and registry.entities[m.entity].kind == "organization"
        ]
    texts = [article.text for article in articles]
    sides = speakers.Sides(speakers.headings(texts, persons, bodies))
    book = speakers.TitleBook(
        speakers.holdings(texts, [article.date for article in articles], persons)
    )
    carried = _carried_speakers(sentences, said_by)
    for report in reports:
        a = report.key[0]
        _title_holder_acts(report, sentences[report.key], book, articles[a].date, registry)
        report.voice = speakers.voice(
            report.speaker,
            report.quoted,
            carried.get(report.key),
            book,
            a,
            articles[a].date,
            sides,
        )


def _title_holder_acts(
    report: Report,
    sentence: _Sentence,
    book: speakers.TitleBook,
    day: dt.date,
    registry: entities.Registry,
) -> None:
    """The report's doer: the one holder of the title its main clause's subject gives
    (``actors.subject_words``: "Le ministre de l'Économie a lancé ..." -> the minister the
    build names), when the report does not name that person itself; and that title, with
    the places or peoples it names ("la présidence malienne": Mali)."""
    subject = actors.subject_words(sentence.data.clause or [])
    title = speakers.described_title(subject) if subject else ""
    if not title:
        return
    report.office = title
    report.office_places = frozenset(
        m.entity
        for m in sentence.mentions
        if (m.demonym or registry.entities[m.entity].kind == "place")
        and m.surface.lower() in subject
    )
    holder = speakers.title_holder(book, title, report.key[0], day)
    if holder is not None and holder not in report.entities:
        report.doer = holder


def _carried_speakers(
    sentences: dict[tuple[int, int], _Sentence], said_by: dict[tuple[int, int], str]
) -> dict[tuple[int, int], str]:
    """The speaker of each quotation with no reporting clause of its own that goes on from
    a sentence of saying: the speech's next sentence in its paragraph, or the next
    paragraph opening with a quotation mark (« ... », a-t-elle déclaré. « ... »)."""
    out: dict[tuple[int, int], str] = {}
    going: dict[int, tuple[int, str]] = {}  # article -> (paragraph, speaker) of the speech
    for (a, s), sentence in sorted(sentences.items()):
        data = sentence.data
        if (a, s) in said_by:
            going[a] = (data.paragraph, said_by[(a, s)])
            continue
        last = going.pop(a, None)
        opens = data.text.lstrip()[:1] in QUOTE_OPENERS
        if last is None or data.report is not None or not opens:
            continue
        paragraph, who = last
        opening = data.paragraph == paragraph + 1 and data.index_in_paragraph == 0
        if data.paragraph == paragraph or opening:
            out[(a, s)] = who
            going[a] = (data.paragraph, who)
    return out


def _each_article(
    articles: list[Article],
    sentences: dict[tuple[int, int], _Sentence],
    candidates: dict[tuple[int, int], Candidate],
    registry: entities.Registry,
    resolver: pronouns.Resolver,
) -> tuple[dict[tuple[int, int], str], list[Report]]:
    """The per-article part of ``_collect``, once the build's names are found: speakers,
    follow-ups promoted (``sentences`` and ``candidates`` changed in place) and the reports
    merging compares, the events' then the follow-ups', each in key order. Nothing in it
    reads another article's sentences: ``sentences`` and ``candidates`` may hold any subset
    of the articles."""
    speakers, offices = _speakers(articles, sentences, registry, resolver)
    _reporting_clauses(sentences, candidates, speakers, registry)
    _promote(articles, sentences, candidates, speakers, resolver, registry, offices)
    going_on: dict[tuple[int, int], list[_Sentence]] = {}
    for (a, _), sentence in sorted(sentences.items()):
        parent = sentence.data.parent
        data = sentence.data
        if data.role == "follow-up" and parent is not None and data.goes_on:
            going_on.setdefault((a, parent), []).append(sentence)
    reports = [
        _report(
            sentences[k], c, speakers.get(k), going_on.get(k, []), registry, articles[k[0]].slug
        )
        for k, c in sorted(candidates.items())
    ]
    for report in reports:
        report.quoted = offices.get(report.key, report.quoted)
        candidate = candidates[report.key]
        if _said_on_the_page_alone(sentences[report.key].data, candidate, articles[report.key[0]]):
            first = dt.date.fromisoformat(candidate.start) - dt.timedelta(days=STATEMENT_REACH)
            report.span = (first.isoformat(), report.span[1], False)
    resolve_agents(reports, resolver, {k for k, s in sentences.items() if _speaker_binds(s)})
    events = {r.key: r for r in reports}
    for key, sentence in sorted(sentences.items()):
        parent = sentence.data.parent
        if sentence.data.role == "follow-up" and parent is not None and (key[0], parent) in events:
            reports.append(_follow_up(sentence, events[(key[0], parent)], registry))
    resolve_demonstratives(reports, resolver)
    scenes = _scenes(sentences, registry)
    casts = _casts(sentences)
    protagonists = _protagonists(sentences, registry, _title_persons(articles, sentences, registry))
    for report in reports:
        report.scene = scenes.get(report.key[0], frozenset())
        report.cast = casts.get(report.key[0], frozenset())
        report.protagonist = protagonists.get(report.key[0])
    return speakers, reports


def _told_just_before(key: tuple[int, int], sentences: dict[tuple[int, int], _Sentence]) -> bool:
    """Is ``key`` a cleft of reporting (``sequels.reporting_cleft``) right after a sentence
    of its paragraph?"""
    before = sentences.get((key[0], key[1] - 1))
    data = sentences[key].data
    return (
        before is not None
        and before.data.paragraph == data.paragraph
        and sequels.reporting_cleft(data) is not None
    )


def _reporting_clauses(
    sentences: dict[tuple[int, int], _Sentence],
    candidates: dict[tuple[int, int], Candidate],
    speakers: dict[tuple[int, int], str],
    registry: entities.Registry,
) -> None:
    """A cleft of reporting ("Au moins 200 personnes ont péri. C'est ce qu'a déclaré le
    Premier ministre samedi": ``sequels.reporting_cleft``) is the reporting clause of the
    sentence just before it in its paragraph, the two one statement of its speaker: when
    that sentence is an event, the cleft is its follow-up, no event of its own
    (``sentences`` and ``candidates`` changed in place), and the person or institution it
    names after its verb (a person, else an organisation; not a place) the event's speaker,
    when the event has none."""
    for key in sorted(sentences):
        before = (key[0], key[1] - 1)
        if before not in candidates or not _told_just_before(key, sentences):
            continue
        sentence = sentences[key]
        data = sentence.data
        if key in candidates:
            del candidates[key]
            data = replace(data, role="follow-up", parent=before[1])
            sentences[key] = sentence.again(data)
        if data.role != "follow-up" or data.parent != before[1] or before in speakers:
            continue
        at = sequels.reporting_cleft(data)
        start = data.start + (at or 0)
        kinds_named = [
            (registry.entities[m.entity].kind, m.entity)
            for m in sentence.mentions
            if m.start >= start
        ]
        people = [e for k, e in kinds_named if k == "person"]
        bodies = [e for k, e in kinds_named if k == "organization"]
        for who in (people or bodies)[:1]:
            speakers[before] = who


def _title_persons(
    articles: list[Article],
    sentences: dict[tuple[int, int], _Sentence],
    registry: entities.Registry,
) -> dict[int, list[str]]:
    """The persons an article names in its sentences whose name (as written there) its title
    writes too: the title counts as one mention of each (it is not parsed: no NER)."""
    written: dict[int, dict[str, set[str]]] = {}
    for (a, _), sentence in sentences.items():
        for m in sentence.mentions:
            if registry.entities[m.entity].kind == "person":
                written.setdefault(a, {}).setdefault(m.entity, set()).add(m.surface)
    out: dict[int, list[str]] = {}
    for a, persons in written.items():
        title = " " + entities.fold(articles[a].title).lower() + " "
        out[a] = [
            p
            for p, surfaces in sorted(persons.items())
            if any(
                re.search(r"(?<![\w-])" + re.escape(entities.fold(s).lower()) + r"(?![\w-])", title)
                for s in surfaces
                if s.strip()
            )
        ]
    return out


def _protagonists(
    sentences: dict[tuple[int, int], _Sentence],
    registry: entities.Registry,
    titled: dict[int, list[str]] | None = None,
) -> dict[int, str]:
    """The person each article names most often (by article index): twice or more, and
    more often than any other (``Report.protagonist``); its title counts as a mention."""
    counts: dict[int, dict[str, int]] = {}
    for a, persons in (titled or {}).items():
        found = counts.setdefault(a, {})
        for person in persons:
            found[person] = found.get(person, 0) + 1
    for (a, _), sentence in sentences.items():
        found = counts.setdefault(a, {})
        for m in sentence.mentions:
            if registry.entities[m.entity].kind == "person":
                found[m.entity] = found.get(m.entity, 0) + 1
    out: dict[int, str] = {}
    for a, found in counts.items():
        ranked = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            out[a] = ranked[0][0]
    return out


def _scenes(
    sentences: dict[tuple[int, int], _Sentence], registry: entities.Registry
) -> dict[int, frozenset[str]]:
    """The places each article names (entity ids, by article index), wherever it names
    them: what merging compares of two articles' stories (``merge.elsewhere``)."""
    out: dict[int, set[str]] = {}
    for (a, _), sentence in sentences.items():
        found = out.setdefault(a, set())
        found.update(
            m.entity for m in sentence.mentions if registry.entities[m.entity].kind == "place"
        )
    return {a: frozenset(places) for a, places in out.items()}


def _casts(sentences: dict[tuple[int, int], _Sentence]) -> dict[int, frozenset[str]]:
    """Every entity each article names (entity ids, by article index): people, bodies,
    places, whoever and wherever its story is of (``merge.same_toll``)."""
    out: dict[int, set[str]] = {}
    for (a, _), sentence in sentences.items():
        out.setdefault(a, set()).update(m.entity for m in sentence.mentions)
    return {a: frozenset(named) for a, named in out.items()}


def _told(
    sentences: dict[tuple[int, int], _Sentence],
    registry: entities.Registry,
    timeless: Mapping[str, str] | None = None,
) -> dict[tuple[int, int], pronouns.Told]:
    """What the pronoun resolver reads of each sentence: its paragraph, the persons it
    names, its subject (``titles.told_subject``; ``timeless``: its speakers' words without
    their time expressions where read ahead, ``article_reads``)."""
    return {key: _told_one(sentence, registry, timeless) for key, sentence in sentences.items()}


def _told_one(
    sentence: _Sentence, registry: entities.Registry, timeless: Mapping[str, str] | None
) -> pronouns.Told:
    data = sentence.data
    persons = [
        m
        for m in sentence.mentions
        if registry.entities[m.entity].kind == "person"
        and not titles.names_a_thing(data, m.start - data.start)  # "le garage Midas"
    ]
    subject = titles.told_subject(data, timeless)
    spans = [(m.start - data.start, m.end - data.start) for m in persons]
    return pronouns.Told(
        paragraph=data.paragraph,
        heading=data.role == "heading",
        persons=tuple(m.entity for m in persons),
        subject=subject,
        pronoun=titles.told_pronoun(data),
        phrases=tuple(data.phrases or ()),
        opening_phrases=_opening_phrases(data),
        subject_gender=titles.phrase_gender(data, subject[0]) if subject else "",
        subject_first=subject is not None and titles.subject_first(data, spans, subject),
        person_genders=tuple(titles.person_gender(data, start) for start, _ in spans),
        relative_persons=tuple(titles.relative_subject(data, *span) for span in spans),
        quoted_persons=tuple(titles.quoted_only(data, start) for start, _ in spans),
    )


def _opening_phrases(data: Sentence) -> tuple[NounPhrase, ...]:
    """The noun phrases of a sentence before what it reports, when a reporting clause opens
    it ("le chef des pompiers assure que ceux-ci ...": "des pompiers")."""
    report = data.report
    if report is None or report.kind == "trailing" or not data.phrases:
        return ()
    opening = report.end - data.start
    return tuple(p for p in data.phrases if p.end <= opening)


def _follow_up(sentence: _Sentence, event: Report, registry: entities.Registry) -> Report:
    """A follow-up as merging compares it: its own words, names and action, with what
    makes its event another happening or not (kind, time, speaker, "others") taken from
    the event it is the same happening as (``Report.follows``)."""
    lemma = sentence.data.action
    if lemma in lexicon()["auxiliary_lemmas"]:
        lemma = None
    report = Report(
        key=(sentence.article, sentence.index),
        span=event.span,
        words=_words(sentence),
        entities={m.entity for m in sentence.mentions},
        numbers=set(sentence.data.numbers),
        speaker=event.speaker,
        explicit=False,
        action=families().get(lemma, lemma) if lemma else None,
        statement=event.statement,
        kind=event.kind,
        persons=(persons := _persons(sentence, registry) - {event.speaker}),
        landmarks=_landmarks(sentence, persons),
        places=_places(sentence, registry),
        sentence=sentence.data.text,
        rank=event.rank,
        follows=event.key,
    )
    report.time, report.distinct = event.time, event.distinct
    return report


def _told_since(
    key: tuple[int, int], parent_key: tuple[int, int], sentences: dict[tuple[int, int], _Sentence]
) -> str:
    """The text of the sentences of ``key``'s article from its event's (``parent_key``) up to
    it, itself left out."""
    return " ".join(
        told.data.text
        for at in range(parent_key[1], key[1])
        if (told := sentences.get((key[0], at))) is not None
    )


def _document_of_the_act(
    data: Sentence, parent: Candidate, published: str, named_before: Callable[[], str] = lambda: ""
) -> bool:
    """A document's words told in the present after an act of a day before publication:
    a document introduced with an indefinite determiner ("Le conseil a rejeté hier l'offre.
    Un communiqué très sec fustige les propositions de l'adversaire", "Un bilan provisoire,
    publié à 23 h, fait état de 73 morts", published the next day), or one a definite
    determiner points back to when the act's sentence or what follows it named a document
    (``named_before``, their text, asked only then: "Jeudi matin, les deux gouvernements ont
    diffusé le même communiqué. [...] Le texte rapporte que le président a souligné ...";
    ``document_anaphors``): the present of what the document says, issued on the act's
    occasion (``document_nouns``: the noun, or the word after an adjective), not where
    things stand on the day of writing; not what is so now ("désormais"). So are the words
    its author says in the present, when the act's sentence or what follows it named the
    document with that author (``_by_its_author``: "Selon un communiqué de l'agence
    environnementale américaine (EPA), ... // Les modèles visés devront revenir chez le
    constructeur, précise l'EPA.")."""
    lex = lexicon()
    words = re.findall(r"\w+", data.text.lower())[:3]
    # its author going on, a pronoun, after a sentence naming the document ("Dans une
    # lettre adressée au Premier ministre, elle dénonce ... Elle affirme que ...")
    named = _by_its_author(data, named_before) or (
        bool(words)
        and words[0] in lex["document_author_pronouns"]
        and dates.document_named(named_before())
    )
    if not named and (len(words) < 2 or not any(w in lex["document_nouns"] for w in words[1:])):
        return False
    named = (
        named
        or words[0] in lex["document_determiners"]
        or (
            words[0] in {d.rstrip("'’") for d in lex["document_anaphors"]}
            and any(w in lex["document_nouns"] for w in re.findall(r"\w+", named_before().lower()))
        )
    )
    return (
        named
        and not kinds.tells_now(data.text)
        and parent.start == parent.end
        and parent.start < published
    )


#: at most this many words between a document's link to its author and the author's last
#: word ("un communiqué de l'agence nationale de sécurité sanitaire (Anses)")
AUTHOR_MAX_WORDS = 8


def _by_its_author(data: Sentence, named_before: Callable[[], str]) -> bool:
    """Is ``data``'s reporting clause spoken by the author a document named in
    ``named_before`` (the text, asked only when the clause names a speaker) was given, the
    last word of its speaker's words (``titles.speaker_words``) named within
    ``AUTHOR_MAX_WORDS`` words after "de" after the document's noun (``document_nouns``):
    "..., précise l'EPA" after "Selon un communiqué de l'agence environnementale américaine
    (EPA)", "..., ajoute le ministère" after "dans un communiqué du ministère de
    l'Intérieur"?"""
    names = re.findall(r"\w+", titles.speaker_words(data))
    if not names:
        return False
    told = re.findall(r"\w+", named_before().lower())
    nouns = set(lexicon()["document_nouns"])
    links = set(lexicon()["document_author_links"])
    return any(
        word in nouns
        and n + 1 < len(told)
        and told[n + 1] in links
        and names[-1].lower() in told[n + 2 : n + 2 + AUTHOR_MAX_WORDS]
        for n, word in enumerate(told)
    )


def _person_of(
    key: tuple[int, int],
    sentences: dict[tuple[int, int], _Sentence],
    speakers: dict[tuple[int, int], str],
    resolver: pronouns.Resolver,
    registry: entities.Registry,
) -> str | None:
    """The person a sentence is told of as its agent: the speaker of its reporting clause
    (``speakers``: a pronoun there read already), else the person its opening personal
    pronoun stands for (``resolver``: "Il rend ensuite hommage aux familles", after "Le
    procureur a pris la parole jeudi"), else the first person it names before its action
    (``_subject_person``); None when it cannot be told."""
    if key in speakers:
        return speakers[key]
    sentence = sentences[key]
    if sentence.data.report is not None:
        return None  # words of someone not named ("selon son entourage"), not its subject's
    pronoun = _opening_pronoun(sentence.data.text)
    if pronoun is not None:
        named = resolver.person(key) if pronoun in vocabulary().person_pronouns else None
        return named.person if named is not None else None
    return _subject_person(sentence, registry)


def _occasion_speaker_goes_on(
    key: tuple[int, int],
    parent_key: tuple[int, int],
    kind: str,
    published: str,
    sentences: dict[tuple[int, int], _Sentence],
    candidates: dict[tuple[int, int], Candidate],
    own: Sequence[tuple[int, int]],
    speakers: dict[tuple[int, int], str],
    resolver: pronouns.Resolver,
    registry: entities.Registry,
) -> bool:
    """The journalistic present of an occasion's speaker: a follow-up told in the present
    whose agent (its speaker, the person its pronoun stands for, its subject) is the one
    who speaks or acts in the event it follows, an occasion of one day before publication
    ("Le procureur a pris la parole jeudi devant la cour. Il s'adresse ensuite aux jurés",
    "Le patron a déclaré hier que ... Il estime que ..."), naming no day of its own, with
    no event of another day told between the two: what that person says or does is told
    of the occasion's day, not of the day of writing. Not where things stand now
    ("désormais"), nor an act to come; not a follow-up about another person ("Il appelle
    ..." after "Selon Philippe Renault", when the event is the minister's), nor a happening
    that is no occasion of speech (``features.speaking_occasion``: "Il a été hospitalisé
    hier. Il assure qu'il va mieux"); only a saying or an act of address. ``own``: the keys
    of the candidates of the follow-up's article (the events told between the two are
    looked for there, not among the whole build's candidates)."""
    data = sentences[key].data
    parent = candidates[parent_key]
    lex = lexicon()
    saying = {data.verb, data.action} & {*lex["speech_lemmas"], *lex["address_lemmas"]}
    if (
        not (saying or data.report is not None)
        or data.tense != "present"
        or kind == kinds.ANNOUNCEMENT
        or parent.kind not in (kinds.HAPPENING, kinds.STATEMENT)
        or data.timexes
        or kinds.tells_now(data.text)
        or parent.start != parent.end
        or parent.start >= published
    ):
        return False
    if any(
        parent_key[1] < k[1] < key[1]
        and (candidates[k].start, candidates[k].end) != (parent.start, parent.end)
        for k in own
    ):
        return False
    if parent.kind == kinds.HAPPENING and not features.speaking_occasion(
        sentences[parent_key].data
    ):
        return False
    who = _person_of(key, sentences, speakers, resolver, registry)
    agent = _person_of(parent_key, sentences, speakers, resolver, registry)
    return who is not None and agent is not None and entities.same_person(who, agent)


def _promote(
    articles: list[Article],
    sentences: dict[tuple[int, int], _Sentence],
    candidates: dict[tuple[int, int], Candidate],
    speakers: dict[tuple[int, int], str],
    resolver: pronouns.Resolver,
    registry: entities.Registry,
    offices: Collection[tuple[int, int]] = (),
) -> None:
    """A follow-up is the same happening as the event it is attached to, or an event of its
    own.

    When it cannot tell that event's happening (``merge.apart``: it tells of others, "Les
    autres accusés écopent de peines ..." after "La cour a condamné X"; a statement of a
    speaker of its own; people the event does not name; another count; to come against
    past), it becomes a candidate event, dated by the narration of its event (that event's
    date, or the publication day after an announcement, for what is said or told in the
    present after a happening told in the past, and for a statement told before the event
    it follows);
    the follow-ups after it attached
    to the same event go on about it, the latest happening told, and are attached to it
    ("C'est Salah Abdeslam qui s'est exprimé en dernier [...] Puis l'accusé [...] prévient
    la cour", after "Ce lundi matin était un moment clé pour les 14 accusés"), unless they
    cannot tell its happening and can tell that of the event. Its
    people are those it tells of: a pronoun subject stands for the person named before it
    in its paragraph ("Il a perdu son fils", after "... par Philippe Duperron") or for the
    event's actors; a name in its reporting clause ("..., a indiqué M. Poutine lors d'une
    rencontre avec Sergueï Choïgou") is not one of them. A follow-up telling how often
    such a thing happened before (``merge.history``) is neither a source of its event nor
    an event.
    """
    # (article, event) -> the latest follow-up attached to it that became an event
    moved: dict[tuple[int, int], int] = {}
    # article -> speaker -> (sentence, candidate) of the statements whose reporting clause
    # names the day they were said ("a précisé mardi Caroline Tharot"), by article so that
    # a follow-up reads its own article's only
    said_on: dict[int, dict[str, list[tuple[int, Candidate]]]] = {}
    for k, c in sorted(candidates.items()):
        who = speakers.get(k)
        if (
            who is not None
            and c.kind == kinds.STATEMENT
            and c.dated_by == "explicit"
            and sentences[k].data.report_timex is not None
        ):
            said_on.setdefault(k[0], {}).setdefault(who, []).append((k[1], c))
    told_by: dict[tuple[int, int], Report] = {}  # what merging compares of each event
    # article -> the keys of its candidates, of its speakers: what a follow-up looks up of
    # its own article (``_statement_of``, ``_sayer``), not the whole build's
    of_article, speaking = _by_article(candidates), _by_article(speakers)
    for key, sentence in sorted(sentences.items()):
        data = sentence.data
        if data.role != "follow-up" or data.parent is None:
            continue
        attached = data.parent
        parent_key = (key[0], moved.get((key[0], attached), attached))
        if parent_key not in candidates:
            continue
        if attached == key[1] - 1 and _told_just_before(key, sentences):
            continue  # the reporting clause of its event (``_reporting_clauses``)
        if parent_key[1] != attached:
            data = replace(data, parent=parent_key[1])
            sentences[key] = sentence = sentence.again(data)
        parent = candidates[parent_key]
        kind = data.kind if data.kind in kinds.EVENT_KINDS else parent.kind
        date = replace(parent, sentence=key[1], dated_by="inherited", timex=None, about=None)
        date = replace(date, kind=kind)
        published = articles[key[0]].date.isoformat()
        headed = any(
            (between := sentences.get((key[0], at))) is not None and between.data.heading
            for at in range(parent_key[1] + 1, key[1])
        )
        # the office's words a caption line names ("Procureur de Paris", then "Selon lui,
        # ..."): a statement of its own, no detail of the event before the caption
        captioned = headed and _captioned(key, parent_key, sentences)
        if _said_apart_from(data, parent, sentences[parent_key].data.tense, headed):
            # words told in the past after an event dated by a period ("Les lots ont été
            # produits entre mi-juillet et fin novembre. « Ces produits-là ont été
            # bloqués », a-t-il ajouté"), told as a step back ("avait déjà appelé
            # samedi") or told before a heading: said on one day, the day they are told
            date = _on_publication_day(date, published)
        told_past = sentences[parent_key].data.tense in lexicon()["past_tenses"]
        comes_with = _comes_with_measure(parent, data, kind, published)
        # the responders' intervention after a happening ("Les secours n'ont pas réussi à
        # le réanimer"; "Une quarantaine de pompiers sont sur place": their deployment, told
        # as a state, is a happening all the same), dated as the happening it answers
        answering = sequels.responders_intervene(data, sentences[parent_key].data)
        # what a document issued by the act says, told after it, the follow-ups made events
        # between them left aside ("ont diffusé le même communiqué. Les deux hommes y
        # conviennent que ... Le texte rapporte que ...": the act's own tense, its day)
        # (or after a present the narration set on a day before, a document's: "La ministre
        # a annoncé hier sa démission. Dans une lettre, elle dénonce ... Elle affirme ...")
        of_document = (
            told_past
            or sentences[(key[0], attached)].data.tense in lexicon()["past_tenses"]
            or (sentences[parent_key].data.tense == "present" and parent.dated_by == "inherited")
        ) and _document_of_the_act(
            data, parent, published, partial(_told_since, key, (key[0], attached), sentences)
        )
        # (a source's claim told in the conditional of unconfirmed information, "Selon
        # le médecin, l'épidémie montrerait ...", is said the day it is told, like the
        # present: ``kinds.is_attributed_claim``)
        now = (data.tense == "present" or kinds.is_attributed_claim(data, data.tense)) and not (
            of_document
            or (
                told_past
                and (
                    _relays_state_then(data) or _narrated_on_the_eve(data, kind, parent, published)
                )
            )
        )
        if (
            not (comes_with or answering)
            and (
                parent.kind == kinds.ANNOUNCEMENT
                or ((kind == kinds.STATEMENT or data.report is not None) and now)
                or (now and told_past)
                or (kind == kinds.STATEMENT and key[1] < parent_key[1])
            )
            and not _occasion_speaker_goes_on(
                key,
                parent_key,
                kind,
                published,
                sentences,
                candidates,
                of_article.get(key[0], []),
                speakers,
                resolver,
                registry,
            )
        ):
            # (what is said in the present, "La direction du site assure qu'il n'y a pas de
            # victimes", "Les forces armées soulignent qu'elles agissent à la demande de
            # ...", is said the day the article tells it, whatever its event's date; so is
            # what is told in the present after a happening told in the past, "Philae nous
            # a fait peur mercredi soir [...] Il va bien", and what is said before the
            # happening it follows is told, "« Philae fonctionne bien » a déclaré X. Le
            # robot s'est posé la veille")
            date = _on_publication_day(date, published)
        who = speakers.get(key)
        earlier = [
            c
            for speaker, told in said_on.get(key[0], {}).items()
            if who is not None and entities.same_person(speaker, who)
            for at, c in told
            if at < key[1]
        ]
        if _said_on_that_occasion(data, kind, earlier):
            date = replace(
                earlier[-1], sentence=key[1], dated_by="inherited", timex=None, about=None
            )
        slug = articles[key[0]].slug
        if parent_key not in told_by:
            told_by[parent_key] = _report(
                sentences[parent_key], parent, speakers.get(parent_key), [], registry, slug
            )
        told = told_by[parent_key]
        follow = _report(sentence, date, speakers.get(key), [], registry, slug)
        follow.persons = _told_of(sentence, resolver.person(key), registry) - {follow.speaker}
        follow.actor = _subject_role(sentence)
        follow.subject = _subject_person(sentence, registry)
        if history(data.text):
            sentences[key] = sentence.again(replace(data, role="context", parent=None))
            continue
        # "Ce dernier ..." standing for the event's object or complement: another one's
        # act; told by a noun phrase that is no name, its headline could not name who
        # (the pronoun of a headline reads the last person named), so never an event
        just_before = parent_key == (key[0], key[1] - 1) and (
            sentences[parent_key].data.paragraph == data.paragraph
        )
        complement = (
            sequels.stands_for_complement(data, sentences[parent_key].data) if just_before else None
        )
        # another happening that cannot stand alone stays with its event (never nobody's
        # source)
        alone = (
            kinds.stands_alone(data)
            or captioned
            or answering
            or bool(_quoted(data))
            or sequels.interrupted_by_act(data, sentences[parent_key].data)
            or sequels.names_its_source(data)
        ) and (complement is None or complement.proper)
        before = sequels.told_before_statement(
            data, kind, sentences[parent_key].data, key[1] < parent_key[1]
        )
        # a saying told after an act ("Il a toutefois affirmé ..."): a statement of its
        # own, when the article says whose
        saying = sequels.speaks_after_act(data, sentences[parent_key].data)
        # its sayer named by a noun phrase no speaker of the build is ("La compagnie a
        # assuré ensuite que ..."): a statement of its own, never the last speaker's
        # (or by a pronoun standing for a person's office named since the last speaker:
        # ``offices``, "Le Premier ministre a pourtant pris la parole. Il a jugé que ...")
        own_sayer = (
            saying
            and key not in speakers
            and (key in offices or _names_sayer(sentence, articles[key[0]]))
        )
        said_by = (
            _sayer(key, date, resolver, sentences, speakers, candidates, of_article, speaking)
            if saying and not own_sayer
            else None
        )
        # "», a indiqué de son côté l'antenne locale du ministère": another party's words
        other_side = (
            data.report is not None
            and data.report.speaker is not None
            and another_side_speaks(follow)
        )
        if not (
            before
            or other_side
            or captioned
            or (
                alone
                and (
                    sequels.opens_another_happening(data, sentences[parent_key].data)
                    or sequels.assessed_by_own_source(follow, told)
                    or said_by is not None
                    or own_sayer
                )
            )
            or apart(follow, told)
            or sequels.another_body_acts(follow, told)
            or sequels.tells_earlier(follow, told)
            or sequels.earlier_act_on_named_back(data, sentences[parent_key].data)
            or answering
            or complement is not None
        ):
            continue
        first = (key[0], attached)
        if first != parent_key and first in candidates:
            event = _report(
                sentences[first], candidates[first], speakers.get(first), [], registry, slug
            )
            if not (
                (
                    alone
                    and (
                        sequels.opens_another_happening(data, sentences[first].data)
                        or sequels.assessed_by_own_source(follow, event)
                        or (
                            (said_by is not None or own_sayer)
                            and sequels.speaks_after_act(data, sentences[first].data)
                        )
                    )
                )
                or apart(follow, event)
                or other_side
                or sequels.another_body_acts(follow, event)
                or sequels.tells_earlier(follow, event)
                or sequels.earlier_act_on_named_back(data, sentences[first].data)
                or sequels.responders_intervene(data, sentences[first].data)
            ):  # back to the event it was attached to
                data = replace(data, parent=attached)
                sentences[key] = sentence.again(data)
                continue
        if not alone:
            # a description or a quotation of nobody that cannot tell its event's
            # happening: nobody's source (never a detail of another happening)
            sentences[key] = sentence.again(replace(data, role="context", parent=None))
            continue
        unnamed = said_by is not None and key not in speakers
        if not unnamed and key not in speakers and quote_after_relayed_act(follow, told):
            # (not the statement relaying the act itself: "X a indiqué que le gouvernement
            # envoyait 5 000 soldats", then « Il s'agit de ... », a-t-il déclaré)
            said_by = _sayer(
                key, date, resolver, sentences, speakers, candidates, of_article, speaking
            )
            relaying = _statement_of(
                said_by, key, date, candidates, speakers, of_article.get(key[0], [])
            )
            unnamed = relaying is not None and relaying != parent_key[1]
        relays_act = data.content_tense in lexicon()["past_tenses"]
        if (
            another_speakers_words(follow, told)
            or other_side
            or captioned
            or unnamed
            or (own_sayer and not relays_act)
        ):
            # another speaker's words set apart are what that speaker says: part of their
            # statement on that occasion when the article tells it, else a statement of
            # their own ("Poutine : ...", not the words alone as a headline); so is a
            # saying told after an act by a pronoun, its speaker the one it stands for, and
            # the direct speech by a pronoun of whoever relays the happening before it («
            # Sur tous ces points, nous sommes d'accord », a-t-il dit, after the meeting
            # told "selon" him: ``_sayer``); a saying whose sayer a noun phrase names
            # (``own_sayer``) is a statement of its own, unless it relays an act told
            # done ("Un responsable a précisé que le propriétaire avait été arrêté": the
            # act is the happening)
            who = said_by if unnamed else speakers.get(key)
            own = _statement_of(who, key, date, candidates, speakers, of_article.get(key[0], []))
            if other_side and own == parent_key[1]:
                own = None  # set against the words it follows: not more of them
            if own is not None:
                data = replace(data, parent=own)
                sentences[key] = sentence.again(data)
                continue
            data, date = replace(data, kind=kinds.STATEMENT), replace(date, kind=kinds.STATEMENT)
        sentences[key] = sentence.again(replace(data, role="event", parent=None))
        if key not in candidates:
            of_article.setdefault(key[0], []).append(key)
        candidates[key] = date
        if not (answering or other_side or captioned):
            # (after the responders' aside, or another party's words set against its
            # event's, or a caption's, the narration goes on with its event)
            moved[(key[0], attached)] = key[1]


def _captioned(
    key: tuple[int, int], parent_key: tuple[int, int], sentences: dict[tuple[int, int], _Sentence]
) -> bool:
    """The last heading between a follow-up and its event is a caption naming an office
    alone (``speakers.office_caption``: "Porte-parole de l'UMP", then « Il faut ... »):
    what follows it is that office's words."""
    for at in range(key[1] - 1, parent_key[1], -1):
        between = sentences.get((key[0], at))
        if between is not None and between.data.heading:
            return bool(speakers.office_caption(between.data.text))
    return False


def _sayer(
    key: tuple[int, int],
    date: Candidate,
    resolver: pronouns.Resolver,
    sentences: dict[tuple[int, int], _Sentence],
    speakers: dict[tuple[int, int], str],
    candidates: dict[tuple[int, int], Candidate],
    of_article: Mapping[int, Sequence[tuple[int, int]]],
    speaking: Mapping[int, Sequence[tuple[int, int]]],
) -> str | None:
    """Who says a saying told after an act (``sequels.speaks_after_act``), when the
    article tells it: the speaker its reporting clause names or stands for (``_speakers``),
    the person its pronoun subject stands for in its paragraph (``resolver``: "Marie Lenoir
    a remporté la mairie. Elle a déclaré que ..."), else, as for a pronoun in a reporting
    clause, the speaker of the last sentence before it with a reporting clause, if a
    statement of theirs is told that day ("..., a déclaré mardi Paul Morvan. La mairie a
    ouvert mardi un gymnase, d'après le maire. Il a toutefois affirmé ..."); None when it
    cannot be told, and the saying stays with the act (never a headline "Il a affirmé").
    ``of_article``, ``speaking``: the keys of the candidates, of the speakers, by article."""
    if key in speakers:
        return speakers[key]
    named = resolver.person(key)
    if named is not None:
        return named.person
    before = [k for k in speaking.get(key[0], []) if k[1] < key[1] and sentences[k].data.report]
    if not before:
        return None
    who = speakers[max(before)]
    own = _statement_of(who, key, date, candidates, speakers, of_article.get(key[0], []))
    return who if own is not None else None


def _by_article(keys: Iterable[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """Keys (article, sentence) by article."""
    out: dict[int, list[tuple[int, int]]] = {}
    for key in keys:
        out.setdefault(key[0], []).append(key)
    return out


def _statement_of(
    who: str | None,
    key: tuple[int, int],
    date: Candidate,
    candidates: dict[tuple[int, int], Candidate],
    speakers: dict[tuple[int, int], str],
    keys: Sequence[tuple[int, int]],
) -> int | None:
    """The sentence of the statement event of ``who`` nearest ``key`` in its article, said
    the same day: what one speaker says on one occasion is one statement (a quote of the
    president told after the minister's words, then "Evoquant ..., le président a indiqué
    que ...": the quote is part of what the president said). None when the article tells
    no statement of theirs that day. ``keys``: those of the candidates of its article."""
    if who is None:
        return None
    found = [
        k[1]
        for k in keys
        if k != key
        and (c := candidates[k]).kind == kinds.STATEMENT
        and c.start == date.start
        and (said := speakers.get(k)) is not None
        and entities.same_person(said, who)
    ]
    return min(found, key=lambda at: (abs(at - key[1]), at), default=None)


def _subject_person(sentence: _Sentence, registry: entities.Registry) -> str | None:
    """The first person a sentence not parsed names before its action, outside its
    reporting clause (its subject: "Le dirigeant du Tchad, Mahamat Idriss Déby Itno, dont le
    pays n'est pas membre de la Cédéao, a été convié"), None when it opens with a pronoun
    (``_told_of`` reads whom it stands for) or names nobody there."""
    data = sentence.data
    if _opening_pronoun(data.text) is not None:
        return None
    action = _action_at(data)
    if action is None:
        return None
    named = _persons_before(sentence, registry, action)
    return named[0].entity if named else None


def _agent_role(read: clause.Clause | None) -> str:
    """The institution a parsed sentence's agent names ("Le parquet a réclamé ..."), ""."""
    return vocabulary().subject_role(read.agent) if read is not None else ""


def _subject_role(sentence: _Sentence) -> str:
    """The institution a follow-up's subject names ("La défense avait demandé la relaxe":
    defence; "Les équipes des pompiers sont engagées": firefighters), "" when none: the
    head of its parsed subject (``Sentence.subject``: not "Selon le procureur, les deux
    hommes se connaissaient", not "Le travail des pompiers", not a pronoun), through a
    noun of a quantity or a group to what it counts (``collective_nouns``); for a sentence
    not parsed, one whose parse found no noun or pronoun heading its subject, or one whose
    leading reporting clause makes it its speaker's ("Il a indiqué qu'une soixantaine de
    pompiers étaient sur place"), the words it names before its action, outside its
    reporting clause, as ``_told_of`` reads its people."""
    data = sentence.data
    subject = data.subject
    vocab = vocabulary()
    report = data.report
    leading = report is not None and report.kind != "trailing"
    if subject is not None and subject.pos in ("NOUN", "PROPN", "PRON") and not leading:
        # its head's word, and what it counts when it is a quantity or a group
        head, end = data.start + subject.head, data.start + subject.end
        phrase = [lemma.lower() for at, lemma in data.words if head <= at < end]
        collective = set(lexicon()["collective_nouns"])
        counted = next((n for n, lemma in enumerate(phrase) if lemma not in collective), None)
        words = iter(phrase[: 1 if counted is None else counted + 1])
    else:
        action = _action_at(data)
        if action is None:
            return ""
        words = (lemma for at, lemma in data.words if at < action and _outside_report(data, at))
    roles = (vocab.subject_role(lemma.lower()) for lemma in words)
    return next((role for role in roles if role), "")


def _told_of(
    sentence: _Sentence, pronoun: pronouns.Named | None, registry: entities.Registry
) -> frozenset[str]:
    """The people a sentence tells of: those named before its action (its subject, read
    without a parse: "C'est Salah Abdeslam qui s'est exprimé", not "à la demande du
    président Bachar el-Assad"), outside its reporting clause ("..., a indiqué M. Poutine
    lors d'une rencontre avec Sergueï Choïgou"); for a pronoun subject, the person it
    stands for (``pronoun``), or nobody named (the event's actors); when its action is not
    among its words (a reporting verb read as its action), a name opening it."""
    data = sentence.data
    opening = _opening_pronoun(data.text)
    if opening is not None:
        one = pronoun is not None and opening in vocabulary().person_pronouns
        return frozenset([pronoun.person] if pronoun is not None and one else [])
    action = _action_at(data)
    if action is None:  # not among its words (a reporting verb): a name opening it
        action = data.words[0][0] + 1 if data.words else 0
    return frozenset(m.entity for m in _persons_before(sentence, registry, action))


def _action_at(data: Sentence) -> int | None:
    """Where a sentence's action is among its words (an offset), None when it is not."""
    return next((at for at, lemma in data.words if lemma == data.action), None)


def _outside_report(data: Sentence, at: int) -> bool:
    """The offset ``at`` is outside the sentence's reporting clause (or it has none)."""
    return data.report is None or not data.report.start <= at < data.report.end


def _persons_before(
    sentence: _Sentence, registry: entities.Registry, action: int
) -> list[entities.Mention]:
    """The persons a sentence not parsed names before its ``action`` (an offset), outside
    its reporting clause: its subject, read without a parse; in the order they come."""
    data = sentence.data
    return sorted(
        (
            m
            for m in sentence.mentions
            if registry.entities[m.entity].kind == "person"
            and _outside_report(data, m.start)
            and m.start < action
        ),
        key=lambda m: m.start,
    )


def merge_reports(
    articles: list[Article], extractions: list[Extraction], content_dir: Path
) -> list[Report]:
    """The reports merging compares (one per candidate event), for diagnostics and benches."""
    return _collect(articles, _paired(articles, extractions), Path(content_dir)).reports


@dataclass
class Assembly:
    """The drafts of a set of articles, in chronological order, and what the chronology
    needs besides them: the entities found, and which expression dated which draft."""

    drafts: list[EventDraft]
    #: every entity the texts name (their ``events`` still empty), with the articles that
    #: name it (``mentioned_in``)
    entities: list[Entity]
    #: (article slug, index of the expression in its extraction) -> index in ``drafts``
    dated: dict[tuple[str, int], int]
    #: the dated background of the articles, oldest first (``Chronology.context``)
    context: list[ContextItem] = field(default_factory=list)


#: An event's title from its main sentence, told its article's slug and its index there,
#: then ``titles.make_title``'s arguments: ``_make_title``, or the build's memo of it
#: (``timeline.title_memo``)
TitleMaker = Callable[
    [
        str,
        int,
        Sentence,
        list[Timex],
        str | None,
        list[str],
        titles.Antecedents,
        tuple[str, str] | None,
    ],
    str,
]


def _make_title(
    slug: str,
    index: int,
    sentence: Sentence,
    timexes: list[Timex],
    speaker: str | None,
    headlines: list[str],
    antecedents: titles.Antecedents,
    read: tuple[str, str] | None,
) -> str:
    return titles.make_title(sentence, timexes, speaker, headlines, antecedents, read)


def assemble(
    articles: list[Article],
    extractions: list[Extraction],
    content_dir: Path,
    *,
    make_title: TitleMaker = _make_title,
    keeper: PartKeeper | None = None,
    reads: Mapping[str, ArticleReads] | None = None,
    read_now: dict[str, dict[int, tuple[str, str]]] | None = None,
) -> Assembly:
    """The event drafts of ``articles`` (with their extractions, in any order); each
    event's title by ``make_title``; each article's part kept from the last build looked up
    in ``keeper``, and this build's given to it; ``reads``: by article slug, what was read
    of each article alone when it was extracted (``article_reads``), where found;
    ``read_now``: given, it receives what assembly read on the spot that ``reads`` lacked
    (by article slug, sentence index -> ``titles.clause_read``), for the driver to keep
    with the article's extraction."""
    reads = reads or {}
    content_dir = Path(content_dir)
    extractions = _paired(articles, extractions)
    # what was read ahead of the speakers' words, whichever article it was read of (a
    # function of the words alone): assembly then never tags them
    timeless = {said: words for read in reads.values() for said, words in read.speakers.items()}
    collected = _collect(articles, extractions, content_dir, keeper, timeless)
    registry, sentences = collected.registry, collected.sentences
    candidates, reports = collected.candidates, collected.reports
    groups = group_reports(reports)

    children: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for (a, s), sentence in sorted(sentences.items()):
        parent = sentence.data.parent
        if sentence.data.role in ("follow-up", "context") and parent is not None:
            children.setdefault((a, parent), []).append((a, s))

    keys_of = _report_keys(articles, extractions)
    made: list[tuple[tuple[str, str, tuple[int, int]], EventDraft, list[tuple[int, int]]]] = []
    for group in groups:
        keys = sorted(r.key for r in group.reports if r.follows is None)
        told = {r.key: r for r in group.reports if r.follows is None}
        # the day every report allows first: the one a report names, or the earliest page
        main_key = min(
            keys,
            key=lambda k: (not _allowed(candidates[k], told[k], group), _rank(candidates[k], k)),
        )
        main_key = _day_within(main_key, candidates, told, group)
        main = sentences[main_key]
        date = candidates[main_key]
        a_main = articles[main_key[0]]
        timexes_main = extractions[main_key[0]].timexes
        start, end = date.start, date.end
        if date.dated_by == "explicit" and start != end:
            # an ongoing interval ("depuis le 30 septembre") lasts as long as its latest report
            end = max(
                [end]
                + [
                    candidates[k].end
                    for k in keys
                    if candidates[k].start == start and candidates[k].dated_by == "explicit"
                ]
            )
        members: list[tuple[tuple[int, int], str]] = []
        for key in keys:
            members.append((key, "report"))
            for child in children.get(key, []):
                members.append((child, sentences[child].data.role))
        members.sort()
        sources = [
            _source(articles[k[0]], sentences[k].data, extractions[k[0]].timexes, role)
            for k, role in members
        ]
        mentions = [m for k, role in members if role != "context" for m in sentences[k].mentions]
        actors, places, organizations = _entity_roles(mentions, registry)
        named = {m.entity for m in mentions if not m.demonym}
        if not named.intersection(actors):
            # no actor named, or only by a people's adjective ("L'émissaire russe a été
            # convoqué"): those the paragraph was telling of are still the topic
            implicit = _implicit_actors(main_key, sentences, registry)
            actors = actors + [a for a in implicit if a not in actors]
        speaker_id = _labelled(main, collected.speakers.get(main_key), registry)
        speaker = None
        if speaker_id is not None:
            said_by = registry.entities[speaker_id]
            person = said_by.kind == "person"
            speaker = titles.short_name(said_by.name) if person else said_by.name
        headlines = [a_main.title] + [
            s.text for s in extractions[main_key[0]].sentences if s.role == "heading"
        ]
        subjects = collected.resolver.subjects(main_key)
        antecedents = titles.Antecedents(
            registry.entities[subjects.person].name if subjects.person else subjects.singular,
            subjects.plural,
            registry.entities[subjects.last_person].name if subjects.last_person else None,
            subjects.last_phrases,
            tuple(
                titles.Antecedent(
                    registry.entities[c.person].name if c.person else c.phrase or "",
                    c.number,
                    c.gender,
                )
                for c in subjects.candidates
            ),
        )
        read = headline_read(
            reads.get(a_main.slug), extractions[main_key[0]], main_key[1], main.data
        )
        if read is None and read_now is not None:
            read = _read_now(
                read_now, a_main.slug, extractions[main_key[0]], main_key[1], main.data
            )
        title = make_title(
            a_main.slug,
            main_key[1],
            main.data,
            timexes_main,
            speaker,
            headlines,
            antecedents,
            read,
        )
        follow = [
            sentences[k].data.text
            for k, role in members
            if role == "follow-up" and k[0] == main_key[0]
        ]
        summary = titles.make_summary([main.data.text, *follow[:1]])
        draft = EventDraft(
            start=start,
            end=end,
            precision=date.precision,
            value=date.value,
            title=title,
            summary=summary,
            dated_by=date.dated_by,
            actors=actors,
            places=places,
            organizations=organizations,
            sources=sources,
            audit=_audit(a_main, main.data, date, timexes_main),
            keys=keys_of(keys),
            kind=date.kind or kinds.HAPPENING,
            about=_about(date.about, timexes_main),
        )
        made.append(((start, end, keys[0]), draft, keys))
    made.sort(key=lambda m: m[0])

    dated: dict[tuple[str, int], int] = {}
    for index, (_, _, keys) in enumerate(made):
        for a, s in keys:
            timex = sentences[(a, s)].data.timex
            if timex is not None:
                dated[(articles[a].slug, timex)] = index
    mentioned: dict[str, list[str]] = {}
    for (a, _), sentence in sorted(sentences.items()):
        for m in sentence.mentions:
            slugs = mentioned.setdefault(m.entity, [])
            if articles[a].slug not in slugs:
                slugs.append(articles[a].slug)
    found = [e for e in entities.finalize(registry) if e.id in registry.surfaces]
    for entity in found:
        entity.mentioned_in = mentioned.get(entity.id, [])
    return Assembly(
        drafts=[m[1] for m in made],
        entities=found,
        dated=dated,
        context=_context(articles, extractions, sentences, registry),
    )


def _read_now(
    read_now: dict[str, dict[int, tuple[str, str]]],
    slug: str,
    extraction: Extraction,
    index: int,
    sentence: Sentence,
) -> tuple[str, str] | None:
    """``titles.clause_read`` of ``sentence`` (sentence ``index`` of ``extraction``, or
    assembly's copy of it), put in ``read_now`` under ``slug`` when it reads what the
    extracted sentence holds (``headline_read``: it may then be kept with the extraction)."""
    read = titles.clause_read(sentence, extraction.timexes)
    if read is not None:
        alone = ArticleReads({index: read})
        if headline_read(alone, extraction, index, sentence) is not None:
            read_now.setdefault(slug, {})[index] = read
    return read


def _about(about: SentenceAbout | None, timexes: list[Timex]) -> About | None:
    """What a statement speaks of: the period its content names."""
    if about is None:
        return None
    return About(
        start=about.start,
        end=about.end,
        precision=about.precision,
        expression=timexes[about.timex].text,
        value=about.value,
    )


def _context(
    articles: list[Article],
    extractions: list[Extraction],
    sentences: dict[tuple[int, int], _Sentence],
    registry: entities.Registry,
) -> list[ContextItem]:
    """The dated background sentences, one item per distinct sentence text, oldest first."""
    items: dict[str, ContextItem] = {}
    for a, (article, extraction) in enumerate(zip(articles, extractions, strict=True)):
        for found in extraction.background:
            data = sentences[(a, found.sentence)].data
            text = titles.clean(data.text)
            source = _source(article, data, extraction.timexes, "context")
            if text in items:
                items[text].sources.append(source)
                continue
            mentions = sentences[(a, found.sentence)].mentions
            actors, places, organizations = _entity_roles(mentions, registry)
            items[text] = ContextItem(
                text=text,
                start=found.start,
                end=found.end,
                precision=found.precision,
                value=found.value,
                sources=[source],
                entities=list(dict.fromkeys(actors + places + organizations)),
            )
    return sorted(items.values(), key=lambda c: (c.start, c.end, c.text))


def _report_keys(
    articles: list[Article], extractions: list[Extraction]
) -> Callable[[list[tuple[int, int]]], list[str]]:
    """Registry keys of reports given as (article, sentence) indexes (``ids.source_keys``:
    a sentence repeated in its article has a key of its own)."""
    cache: dict[int, list[str]] = {}

    def keys_of(sentences: list[tuple[int, int]]) -> list[str]:
        out = []
        for a, s in sentences:
            if a not in cache:
                texts = (data.text for data in extractions[a].sentences)
                cache[a] = ids.source_keys(articles[a].slug, texts)
            out.append(cache[a][s])
        return out

    return keys_of
