"""A report: one candidate event (a sentence) with what merging compares of it, read from
its words and its main clause as it is made (``Report``), and the marks of the happenings
told in parts it is a part of (``Toll`` and the frames' keys, set by ``events.frames``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from timeline.events import quoted_acts, speakers
from timeline.events.acted_on import ActedOn, Happening
from timeline.events.clause import Clause
from timeline.events.merging_words import (
    ANNOUNCEMENT,
    HAPPENING,
    Vocabulary,
    any_found,
    vocabulary,
)


@dataclass(frozen=True)
class Toll:
    """What a report telling a toll (``tells_toll``) is of, as ``mark_tolls`` reads it."""

    day: str  # its last day
    #: where: the places it names, or else those its article's narration last named
    places: frozenset[str]
    #: the classes of the happenings it names (``toll.happenings``: "dans la fusillade")
    happenings: frozenset[str]
    #: every entity its article names, states aside (a country says nothing of where)
    cast: frozenset[str]
    #: it tells the deed alone ("ont fait irruption"): one with a toll, never two deeds
    deed: bool = False
    #: "death" or "wound" when it tells only deaths or only wounds (``toll.wounds``), ""
    #: when both or neither ("a fait douze victimes")
    fate: str = ""


@dataclass
class Report:
    """One candidate event (a sentence) with what merging compares."""

    key: tuple[int, int]  # (article index, sentence index): a stable order
    span: tuple[str, str, bool]  # first day, last day, open start
    words: list[str]  # content words, synonyms folded into their family
    entities: set[str]
    numbers: set[int]
    speaker: str | None
    explicit: bool
    action: str | None = None  # family (or lemma) of what happened
    statement: bool = False  # the saying is the event
    kind: str = ""  # happening, statement, announcement ("": not known)
    persons: frozenset[str] = frozenset()  # people named (entity ids)
    places: frozenset[str] = frozenset()  # places named (entity ids)
    sentence: str = ""  # the sentence (its distinctness markers)
    text: str = ""  # the words joined, compared with rapidfuzz
    bag: frozenset[str] = frozenset()
    #: its numbers, whole and decimal ("9,9"), as written in ``bag``
    figures: frozenset[str] = frozenset()
    #: noun -> the numbers counting it, whole and decimal ("3,5 millions": million -> 3,5)
    quantities: dict[str, frozenset[str]] = field(default_factory=dict)
    distinct: bool = False  # its subject is "others", "another"
    rank: tuple[str, int] | None = None  # (article slug, sentence): order whatever the folder
    tense: str | None = None  # of the sentence's main verb (``features.tense``)
    #: of what a reported sentence says (``Sentence.content_tense``: "« Nous reprendrons
    #: les discussions », a-t-il dit" is told in the future)
    content_tense: str | None = None
    verb: str | None = None  # lemma of the main verb ("doit rendre": devoir)
    time: str = ""  # "to come", "past" or "" (``Vocabulary.time``)
    #: a follow-up of the report of this key (same article): told with it, it is in its
    #: group, and other reports may be found alike to either
    follows: tuple[int, int] | None = None
    #: who says it, as its own reporting clause names them ("la préfecture de
    #: Seine-Maritime"), lower case; "" when it has none
    quoted: str = ""
    #: its main clause (predicate, agent, patient, place, negation, modality), read from the
    #: stored parse (``clause.read``); None when it was not parsed (a follow-up)
    clause: Clause | None = None
    #: dated by a night ("dans la nuit de mercredi à jeudi"): its span runs into the next
    #: day, and it is a moment, not a period of several days
    night: bool = False
    #: every place its article names (entity ids), where it is told: two articles whose
    #: places have none in common tell of two places
    scene: frozenset[str] = frozenset()
    #: the institution its subject names (``speaker_roles``: "le parquet" -> prosecutor,
    #: "la défense" -> defence), "" when none is known
    actor: str = ""
    #: a follow-up's subject, when a person named before its action ("Le dirigeant du
    #: Tchad, Mahamat Idriss Déby Itno, ... a été convié"): its entity id
    subject: str | None = None
    #: the person its article names most often (twice or more, more than any other):
    #: whom the article is about, told of as "la star", "le chanteur", "il" too
    protagonist: str | None = None
    #: the words of each passage it quotes, lower case ("« Aujourd'hui, j'annonce ... »")
    quotations: tuple[tuple[str, ...], ...] = ()
    #: the occasion it is a statement of (article, speaker, day: ``mark_occasions``), None
    #: when it is none or its article tells that speaker on several occasions that day
    occasion: tuple[int, str, str] | None = None
    #: the government's composition it is a part of (its day and the first article of the
    #: articles telling it: ``mark_compositions``), None when it is none
    composition: tuple[str, int] | None = None
    #: every entity its article names (entity ids): whom and where its story is of
    cast: frozenset[str] = frozenset()
    #: the toll it tells (``mark_tolls``), None when it tells none
    toll: Toll | None = None
    #: the people it names only in a clause of time after its main clause ("... après que
    #: Charlie Dalin a coupé la ligne": ``time_clause``): another act's, a landmark
    landmarks: frozenset[str] = frozenset()
    #: the decision moving people it is a part of (its day and the first article of the
    #: articles telling it: ``mark_moves``), None when it is none
    moves: tuple[str, int] | None = None
    #: the declaration it is a part of (its speaker, day and occasion:
    #: ``mark_declarations``), None when it is none
    declaration: tuple[str, str, str] | None = None
    #: the channel words it tells were said on ("network" of "sur Twitter", "address" of
    #: its article's speech that day: ``sayings.mark_channels``), "" when none is known
    channel: str = ""
    #: the one day its article tells it of (``sayings.mark_channels``): its own, or its
    #: narration's when the article names that day; None when not known
    day_told: str | None = None
    #: who speaks, however the report names them (a name, a title whose one holder the
    #: build knows, a quotation going on from a sentence of saying: ``speakers.voice``)
    voice: speakers.Voice = speakers.SILENT
    #: who acts, when its main clause's subject is a title whose one holder the build
    #: names ("Le ministre de l'Économie a lancé ...": ``actors``), None otherwise
    doer: str | None = None
    #: the title its main clause's subject gives ("presidence malienne" of "La présidence
    #: malienne a salué ...", as ``speakers.described_title`` reads it), "" when none, and
    #: the places or peoples that subject names ({"mali"})
    office: str = ""
    office_places: frozenset[str] = frozenset()
    #: the act told by its steps or parts it is a part of (its kind of change, day, and
    #: the first article and part telling it: ``frames.mark_changes``), None when none
    change: tuple[str, str, int, int] | None = None
    #: its main clause tells its act as befalling others too, told of what undergoes it
    #: with an adverb of addition or simultaneity ("Son collègue a été libéré dans le
    #: même temps": ``acted_on.told_shared``)
    shared: bool = False
    #: the happening (``change``) its article tells in the compound past of an act it
    #: tells in the pluperfect: an earlier act of that kind ("Une centaine de djihadistes
    #: avaient été libérés" / "Sophie Pétronin a été libérée": ``frames.mark_shared``)
    before: tuple[str, str, int, int] | None = None
    #: what its main clause's act befalls, read from the parse's arguments
    #: (``acted_on.read``); None when it names no thing or was not parsed
    acted: ActedOn | None = None
    #: the happening its main clause tells as acting on what it hits, as merging folds it
    #: ("=fire" of "Un mégafeu a ravagé ...": ``acted_on.happening_told``); None
    #: when it tells none so or was not parsed
    happening: Happening | None = None

    @cached_property
    def settings(self) -> tuple[frozenset[str], ...]:
        """The happenings its sentence names as the setting of its act (``setting_phrase``:
        "au terme de leur sommet historique"), each as the words after the phrase, lower
        case, a plural's "s" or "x" taken off: read once, whatever the pairs the report is
        compared in (``merge.in_setting_of``)."""
        return tuple(
            frozenset(word.rstrip("sx") for word in found.group(1).lower().split())
            for found in vocabulary().setting.finditer(self.sentence)
        )

    def _told_sense(self, vocab: Vocabulary) -> str | None:
        """The pronominal verb with senses (``ClauseWords.senses``: "se éteindre") that the
        clause tells, if any."""
        if self.clause is None:
            return None
        return next((t for t in self.clause.told if t in vocab.clause.senses), None)

    def _read_grouped_numbers(self, grouped: re.Pattern[str]) -> None:
        """Each whole number its sentence writes in groups of digits ("40 000
        manifestants"), which its words and its clause's core hold as several numbers
        ("40", "0"), becomes one there and among its numbers: "40 000" and "12 000"
        manifestants are two counts, not the same "0"."""
        for found in grouped.finditer(self.sentence):
            parts = [str(int(g)) for g in re.findall(r"\d+", found.group(0))]
            whole = _whole(found.group(0))
            at = _run_at(self.words, parts)
            if at is None:
                continue
            self.words[at : at + len(parts)] = [whole]
            self.numbers = (self.numbers - {int(p) for p in parts[1:]}) | {int(whole)}
            clause = self.clause
            if clause is not None and set(parts) <= clause.core:
                self.clause = replace(clause, core=clause.core | {whole})

    def _read_idiom(self, vocab: Vocabulary) -> None:
        """An idiom whose verb alone says another act (``quoted_acts.idiom_act``: "« Notre
        ami Marc nous a quittés »"): that act, =die, is its clause's predicate, its action
        and its word for the verb."""
        act = quoted_acts.idiom_act(self.sentence, self.clause)
        if act is None or self.clause is None:
            return
        verb = self.clause.predicate
        bare = vocab.fold.get(verb, verb)
        self.words = [act if w == bare else w for w in self.words]
        self.clause = replace(self.clause, predicate=act)
        if self.action in (verb, bare):
            self.action = act

    @property
    def scheduled(self) -> bool:
        """An announcement, or told as to come ("Le jury doit rendre son verdict mercredi",
        whatever kind it was given)."""
        return self.kind == ANNOUNCEMENT or self.time == "to come"

    def __post_init__(self) -> None:
        vocab = vocabulary()
        if self.clause is None and self.action and self.action not in vocab.light_actions:
            self.action = _phrase_action(self.action, self.words, vocab)
        self.words = [vocab.fold.get(w, w) for w in self.words]
        if self.clause is not None and self.clause.predicate.startswith("se "):
            # "une tempête s'est abattue sur Brest": the verb is "se abattre" among its
            # words too, not "abattre" (=kill), whose sense the pronoun changes
            told, bare = self.clause.predicate, self.clause.predicate[3:]
            self.words = [told if w == vocab.fold.get(bare, bare) else w for w in self.words]
        if self.action is not None:
            self.action = vocab.fold.get(self.action, self.action)
            if self.action in vocab.light_actions:
                self.action = None  # "est attendu mercredi": says nothing of what happens
        if (
            self.clause is not None
            and self.action in vocab.clause.recording
            and self.clause.predicate[0] in "=~"
        ):
            # "son décès a été constaté": the act recorded, =die, is what happened
            self.action = self.clause.predicate
        told_sense = self._told_sense(vocab)
        if self.clause is not None and told_sense is not None:
            # "le chanteur s'est éteint": "éteindre" (=extinguish) among its words and as
            # its action is the act the clause read of the person, =die
            verb = told_sense.removeprefix("se ")
            bare = vocab.fold.get(verb, verb)
            self.words = [self.clause.predicate if w == bare else w for w in self.words]
            if self.action == bare:
                self.action = self.clause.predicate
        self._read_idiom(vocab)
        self._read_grouped_numbers(vocab.grouped)
        self.quotations = tuple(
            tuple(re.findall(r"\w+", "".join(found).lower()))
            for found in vocab.quotation.findall(self.sentence.replace("’", "'"))
        )
        self.text = " ".join(self.words)
        # its numbers, whole and decimal, are among the words it shares: "le chômage est
        # reparti à la hausse ..., atteignant 9,9 % (+0,2 point)" / "le chômage a retrouvé
        # ... son niveau (9,9 %)": the same figures of the same day tell the same release
        self.figures = frozenset(str(n) for n in self.numbers) | frozenset(
            vocab.decimal.findall(self.sentence)
        )
        self.bag = frozenset(self.words) | self.figures
        counted: dict[str, set[str]] = {}
        for number, noun in zip(self.words, self.words[1:], strict=False):
            if number.isdigit() and not noun.isdigit():
                counted.setdefault(noun, set()).add(str(int(number)))
        for figure, noun in _decimal_counts(self.sentence, self.words, vocab.decimal):
            counted.setdefault(noun, set()).add(figure)  # "3,5 millions de manifestants"
        self.quantities = {noun: frozenset(ns) for noun, ns in counted.items()}
        self.distinct = vocab.distinct(self.sentence)
        self.time = vocab.time(self.tense, self.verb)
        clause = self.clause
        if (
            clause is not None
            and clause.acts & vocab.saying_acts
            and clause.patient is not None
            and clause.patient[0] in "=~"
            and clause.patient not in vocab.saying_acts
        ):
            # "a annoncé l'envoi de 5 000 militaires": a saying whose object is an act
            # (a noun of action of a class: ``derivations``) tells that act too
            self.clause = clause = replace(clause, also=clause.also | {clause.patient})
        if clause is not None and any_found(vocab.presentational, self.sentence):
            # "Il s'agit de l'effondrement de deux immeubles": what it presents is the act
            named = {w for w in clause.core if w[0] in "=~"} - vocab.saying_acts
            self.clause = clause = replace(clause, also=clause.also | named)
        if (
            clause is not None
            and clause.agent in vocab.happening_subjects
            and clause.acts & vocab.impact_acts
        ):
            # "un séisme a frappé le sud de la Turquie", "les explosions ont fait 27 morts":
            # the earthquake, the explosions took place
            self.clause = clause = replace(clause, also=clause.also | {vocab.occurred})
        if clause is not None and _names_act_taking_place(clause, vocab):
            # "l'explosion s'est produite vers 18 heures": the explosion took place
            assert clause.agent is not None
            self.clause = replace(clause, also=clause.also | {clause.agent})
        if self.statement and quoted_acts.relays_in_quotation(
            self.sentence, self.clause, self.quotations, told_in(self, vocab), self.persons
        ):
            # "« Notre ami Marc nous a quittés », a déclaré son agent": the death relayed,
            # as "son agent a annoncé la mort de Marc" tells it, not the agent's words
            self.statement, self.kind = False, HAPPENING


def told_in(report: Report, vocab: Vocabulary) -> str:
    """The time what a report tells is told in: that of what is said for a reported
    sentence ("Deux sirènes ont été déclenchées, précise le préfet": past), else that of
    its main verb (``Vocabulary.time``)."""
    if report.content_tense is not None:
        return vocab.time(report.content_tense, None)
    return report.time


def _names_act_taking_place(clause: Clause, vocab: Vocabulary) -> bool:
    """The clause's subject is a noun of action of a class ("l'explosion", "=exploser") and
    its predicate the act of taking place ("s'est produite", "a eu lieu")."""
    agent = clause.agent
    return (
        agent is not None
        and agent[0] in "=~"
        and agent not in vocab.saying_acts
        and vocab.occurred in clause.acts
    )


def _whole(written: str) -> str:
    """A number written in groups of digits as one number ("40 000" -> "40000")."""
    return str(int("".join(ch for ch in written if ch.isdigit())))


def _run_at(words: list[str], run: list[str]) -> int | None:
    """Where ``run`` is found in ``words`` (its first word's place), None when nowhere."""
    size = len(run)
    return next((at for at in range(len(words) - size + 1) if words[at : at + size] == run), None)


def _decimal_counts(
    sentence: str, words: list[str], decimal: re.Pattern[str]
) -> list[tuple[str, str]]:
    """(figure, noun) for each decimal number of ``sentence`` the next word of which is
    one of its content ``words`` (lemmas: the written word starts with it, one letter of
    inflection at most: "3,5 millions" -> ("3,5", "million"), "1,09 million"). A
    report's numbers are whole (extraction's), so a count written with a decimal was no
    count at all: "la CGT annonce 3,5 millions de manifestants" / "1,09 million de
    manifestants" for the ministry are two counts, not one."""
    out = []
    for found in decimal.finditer(sentence):
        after = _NEXT_WORD.match(sentence, found.end())
        if after is None:
            continue
        written = after.group(1).lower()
        noun = next(
            (w for w in words if written.startswith(w) and len(written) - len(w) <= 1), None
        )
        if noun is not None:
            out.append((found.group(0), noun))
    return out


#: the word right after a number ("3,5 millions": "millions")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _phrase_action(action: str, words: list[str], vocab: Vocabulary) -> str:
    """The act of a report not parsed (a follow-up): its action and a word of it that say
    one act with it (``predicate_phrases``: "Salah Abdeslam a été reconnu coupable" ->
    =sentence; the action itself, a reporting verb, is not among its words), else its
    action. Not for a verb that says nothing alone (``light_actions``: "mettre"), whose
    word may be anywhere in the sentence ("un périmètre de sécurité a été mis en place")."""
    phrases = vocab.clause.phrases
    return next((phrases[(action, w)] for w in words if (action, w) in phrases), action)
