"""Merging: the same happening reported several times becomes one event.

Two reports are merged only when their dates are compatible (their spans share a day,
for every report already in the group) AND they say the same thing. What they say is
compared on their content words with synonyms folded into families ("tirer" = "détruire" =
"frappe": ``lemma_families`` of ``lang/fr/events.yml``, then the paraphrase classes of
``lang/fr/merging.yml``: "s'exprimer" = "la parole", "ultime" = "dernier"), names replaced
by entity ids and numbers in digits ("onze" = 11):

* rapidfuzz's ``token_set_ratio`` of the two word lists;
* the weighted share of the words they have in common: a number weighs more than a word,
  a word of news copy too general to tell a happening ("procès", "victime",
  ``light_words``) less. The weights are fixed: whether two reports merge never depends on
  which other, unrelated, articles share the folder (nor on the order of the articles);
* shared entities, shared numbers (a clash of numbers lowers the score);
* their actions (main verb, or the noun after a light verb; none for "est attendu", "a
  choisi de"): same family raises the score, two different families, neither told by the
  other report, lower it; the same action told twice in one article, on the same explicit
  day or once dated and once in a narration covering that day (the lead retold further
  down), raises it more;
* an explicit interval ("depuis le 30 septembre") against a day lowers it, two sets of
  places with none in common too;
* their main clauses, read from the stored parse (``events.clause``): the share of the
  clauses' core words counts when it is higher than that of the sentences (what two
  reports share is in their main clause, which the rest of a sentence dilutes); the same
  predicate raises the score, more with the same agent or patient, most with the same
  named patient ("la cour a condamné X" / "Elle condamne X à la perpétuité": a dossier's
  main actor acts often, whom it befell tells the happening).

Two outlets' reports of stages of one happening ("les ambulanciers ont trouvé la star en
arrêt cardiaque" / "X a été emmené en ambulance à l'hôpital") share few words: the same
frame of acts (``act_frames``: a medical emergency), the same last day and one
protagonist, the person both articles are about, neither naming anyone else, make them
``FRAME_SCORE`` at least (``same_frame``). So do two outlets' reports of one act of the
person both articles are about, told without the name ("Michael Jackson est décédé jeudi" /
"Son décès a été constaté à 23h26"), neither naming anyone else (``one_act_of_protagonist``).
A government's composition made public is one happening with every appointment it makes,
whoever each names and whatever its verb ("a été nommée ministre", "conserve son poste",
"passe du ministère de ..."), told by one outlet or by several: ``COMPOSITION_SCORE`` at
least, and no veto between them (``mark_compositions``, ``same_composition``). So is any
decision that moves several people, told one person at a time, as a toll is told victim by
victim (``same_toll``): a coach dismissed and his assistant replaced, a chief executive
pushed out and succeeded, a minister's functions ended and the reshuffle that follows ("a
mis fin aux fonctions de X", "Y est remplacé par Z", "a accepté cette démission"): one
happening per day and deciding body (``mark_moves``, ``same_moves``).

Some differences are never the same happening, whatever the words (``blocked``): an
announcement and a report of what took place, or a report told as to come and one told in
the past; two sets of people named, none in common; the same thing counted differently
("820 morts" / "1 000 morts": a toll updated is another report); a subject that is
"others" in one only ("D'autres accusés se sont exprimés"); main clauses that disagree
(``clauses_differ``: negated or not, left unrealised by a modal against told in the past,
two agents or patients named differently, one against several, two places). The French
vocabulary of all this is ``lang/fr/merging.yml``.

A *statement* (the saying is the event: a claim, a judgement, a forecast, a state) is never
merged with another speaker's report; a *reported happening* ("quatre croiseurs ont tiré
..., a souligné le ministre") merges across speakers when dates and content agree.

Scale: before grouping, every pair of reports whose spans share a day gets an upper bound
of its similarity, in a few vectorised passes (``Blocker.alike``: every term exact but the
text share, and what the main clauses and quotations may add read from what they have in
common); a report is compared only with the reports before it whose bound reaches the
threshold. The pairs bounded are those of the same days, not of the whole dossier ("depuis
plus d'un an" reaches back forever, a busy week holds many), and the groups are exactly
those of comparing every date-compatible pair (``_group_reports_exhaustive``, checked by the tests).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from timeline import slugs
from timeline.content import yamlsafe
from timeline.errors import TimelineError
from timeline.events import clause as clauses
from timeline.events import entities, wordvectors
from timeline.events.clause import Clause, ClauseWords, PersonSense
from timeline.events.dates import spans_overlap
from timeline.events.lexicon import alternation, families, lexicon

DATA_FILE = Path(__file__).resolve().parent.parent / "lang" / "fr" / "merging.yml"
QUOTE_OPENERS = '«"“'  # a sentence opening with one of them is direct speech
ANNOUNCEMENT = "announcement"  # ``kinds.ANNOUNCEMENT`` (kinds is not imported here)
HAPPENING = "happening"  # ``kinds.HAPPENING``
HEARSAY = "past-conditional"  # ``features.tense`` of "aurait parlé": told as heard

THRESHOLD = 0.575  # midway: weakest wanted link 0.65, strongest non-merge 0.50 (seed + fixtures)
TEXT_WEIGHT = 0.35
RARE_WEIGHT = 0.45
ENTITY_WEIGHT = 0.2
NUMBER_BONUS = 0.1
NUMBER_CLASH = 0.1
ACTION_BONUS = 0.1  # same family of action
ACTION_CLASH = 0.1  # two known, different families of action
ACTS_CLASH = 0.15  # two main clauses telling other acts, neither told by the other report
SAME_INTERVAL_BONUS = 0.1  # both explicitly dated by the same span of several days
SHAPE_PENALTY = 0.2  # an explicit interval of several days against a day (dated or told)
KIND_PENALTY = 0.1  # a statement against a reported happening
RETELLING_BONUS = 0.3  # one article, the same action on the same explicit day(s)
QUOTATION_BONUS = 0.3  # the same words quoted (``same_quotation``)
PLACE_CLASH = 0.15  # both name places, none in common
FOLLOW_UP_PENALTY = 0.1  # one is a follow-up: what it tells goes with its event's
CLAUSE_BONUS = 0.05  # the same predicate in both main clauses
ARGUMENT_BONUS = 0.2  # ... and the same patient, named ("condamné Salah Abdeslam")
COMMON_ARGUMENT_BONUS = 0.1  # ... or the same agent, or a common noun ("accusé", "suspect")
#: two predicates whose word vectors have this cosine or more tell one act (``acts_alike``):
#: on the development sets' gold pairs of reports whose acts differ, a cosine of 0.65 or
#: more is 29 pairs of one happening against 109 of two; the name in common does the rest
ACT_SIMILARITY = 0.65


@dataclass(frozen=True)
class Vocabulary:
    """``lang/fr/merging.yml``: paraphrase classes, word weights, distinctness markers."""

    fold: dict[str, str]
    light: frozenset[str]
    light_weight: float
    entity_weight: float
    number_weight: float
    markers: tuple[re.Pattern[str], ...]
    light_actions: frozenset[str]
    prospective_tenses: frozenset[str]
    retrospective_tenses: frozenset[str]
    prospective_verbs: frozenset[str]
    person_pronouns: tuple[str, ...]
    #: of them, those that stand for the last one named ("ce dernier", "celle-ci")
    demonstrative_pronouns: tuple[str, ...]
    history: tuple[re.Pattern[str], ...]
    clause: ClauseWords  # what reading a report's main clause needs (``clause.read``)
    #: acts whose subject is what happened ("un incendie s'est déclaré"): two subjects
    #: told by different nouns are two happenings
    subject_acts: frozenset[str] = frozenset()
    #: acts done to each other ("=meet", "affronter"): the same two named the other way
    #: round may be one happening (``_roles_moved``)
    reciprocal: frozenset[str] = frozenset()
    #: acts of speaking in public ("s'exprimer", "parler"): after a claim of the same
    #: speaker, the occasion of that claim (``claim_then_act``)
    speaking: frozenset[str] = frozenset()
    #: acts of a speaker on an occasion besides saying ("a requis", "rend hommage"): told of
    #: the speaker of statements of that day, parts of them (``mark_occasions``)
    occasion_acts: frozenset[str] = frozenset()
    #: nouns of the head of an institution ("président", "directeur général"), folded
    head_nouns: tuple[str, ...] = ()
    #: the last word of a phrase before a name that makes it a complement, not an
    #: apposition ("la méthode de X": ``apposition_complement_ends``)
    complement_ends: re.Pattern[str] = re.compile(r"(?!)")
    #: words that end an institution's name after a head noun (``institution_ends``)
    institution_ends: re.Pattern[str] = re.compile(r"(?!)")
    #: things that happen ("=fire", "=quake") and verbs of impact ("~strike"): such a
    #: subject of such a verb took place ("un séisme a frappé ...": ``Report.clause``)
    happening_subjects: frozenset[str] = frozenset()
    impact_acts: frozenset[str] = frozenset()
    occurred: str = "=occur"  # the act of taking place (``occurrence_act``)
    #: nouns naming an article's own happening once told ("les faits", "le drame":
    #: ``happening_anaphors``), definite when one of ``definite_determiners`` opens them
    anaphors: frozenset[str] = frozenset()
    definite: tuple[str, ...] = ()
    #: a quotation ("« ... »": ``quotation_marks``) and how many words in a row two
    #: reports' quotations share to be one statement quoted twice (``quotation_run``)
    quotation: re.Pattern[str] = re.compile(r"(?!)")
    quotation_run: int = 0
    #: acts of saying ("~saying"): shared, they tell no act in common
    saying_acts: frozenset[str] = frozenset()
    #: prospective verbs that, told in the past, say what had to be done and was ("ont dû")
    realised_in_past: frozenset[str] = frozenset()
    realised_tenses: frozenset[str] = frozenset()  # "ont dû", "avaient dû": told as done
    #: verbs of a request made against what grants it ("requérir": ``requested``)
    requests: frozenset[str] = frozenset()
    #: a word naming an institution or its head -> its class ("préfet", "préfecture")
    roles: dict[str, str] = field(default_factory=dict)
    role_stop_words: frozenset[str] = frozenset()
    #: connectives opening a sentence that adds another fact ("En outre, ...")
    additive: tuple[re.Pattern[str], ...] = ()
    #: an adverb adding an act on a verb in a compound past ("a également décidé")
    additive_acts: tuple[re.Pattern[str], ...] = ()
    #: nouns that may describe anyone ("un homme", "le suspect"): two such patients may be
    #: one person, told differently
    describing: frozenset[str] = frozenset()
    #: nouns of a man and nouns of a woman ("un homme" / "une femme"): never one person
    male: frozenset[str] = frozenset()
    female: frozenset[str] = frozenset()
    #: units of measure ("kilomètre", "heure"): a number of them measures something (a
    #: depth, a distance, a time), it does not count a thing of the happening
    units: frozenset[str] = frozenset()
    #: a decimal number as the language writes it (``decimal_number``): a report's numbers
    #: are whole, so its decimals are read from its sentence; by default none
    decimal: re.Pattern[str] = re.compile(r"(?!)")
    #: a whole number written in groups of digits (``grouped_number``: "40 000"), which
    #: the parse reads as several numbers; by default none
    grouped: re.Pattern[str] = re.compile(r"(?!)")
    #: tenses of what a reporting clause in the past relays that tell an act as told then
    #: (``reported_past_tenses``: "a indiqué que le gouvernement envoyait 5 000 soldats")
    reported_past: frozenset[str] = frozenset()
    #: a reporting clause of a pronoun after a quotation ("», a-t-il déploré", "»,
    #: ajoute-t-elle": ``inverted_pronoun_clauses``)
    inverted_pronoun: tuple[re.Pattern[str], ...] = ()
    #: what joins an inverted subject pronoun to its verb ("déclare-t-il", "dit-elle"):
    #: the reporting clause's speaker read as "-t-il" is the pronoun "il"
    inversion_hyphen: re.Pattern[str] = re.compile(r"(?!)")
    #: a clause that only presents what it names ("il s'agit de l'effondrement de ...":
    #: ``presentational_clauses``)
    presentational: tuple[re.Pattern[str], ...] = ()
    #: a phrase of time opening a sentence that moves the narration to another moment
    #: ("Le lendemain, ...": ``moment_openers``, ``sequels.opens_at_another_moment``)
    moment_openers: tuple[re.Pattern[str], ...] = ()
    #: the recent past of a main clause, "venir de" and an infinitive in the present
    #: ("Le club vient de recruter ...": ``recent_past``, ``sequels.tells_recent_act``)
    recent_past: re.Pattern[str] = re.compile(r"(?!)")
    #: a moment of the day told by the clock, its hour and minutes as groups
    #: (``clock_time``), a span of hours telling none (``clock_span``), and how many
    #: minutes apart two moments of one article are two happenings (``moments_apart``)
    clock: re.Pattern[str] = re.compile(r"(?!)")
    clock_span: re.Pattern[str] = re.compile(r"(?!)")
    moments_apart: int = 0
    #: the operations answering a happening, whoever their subject ("ont été évacués",
    #: "a été secouru": ``operation_acts``, folded; ``sequels.tells_operation``)
    operation_acts: frozenset[str] = frozenset()
    #: the articles opening a speaker's description that names nobody ("un responsable de
    #: la Maison-Blanche", "le département des transports": ``describing_articles``)
    describing_articles: frozenset[str] = frozenset()
    #: words of a source's description that point back to a source told before ("selon
    #: la même source", "selon cette source", "selon son entourage": ``same_source_words``)
    same_source_words: frozenset[str] = frozenset()
    #: verbs of reaction ("condamner", "dénoncer", "saluer": ``reaction_verbs``) and what
    #: tells that their patient is an act ("l'incendie", "la tentative de coup d'Etat":
    #: ``act_nouns``, ``act_noun_endings``, or a class of acts, "=fire", "~strike")
    reactions: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()
    act_endings: tuple[str, ...] = ()
    #: nouns ending as nouns of action end that name bodies, places, people or things
    #: ("le gouvernement", "l'ambassade", "la présidence", "un otage")
    not_acts: frozenset[str] = frozenset()
    #: frames of acts ("emergency": its words, folded): stages of one happening
    frames: dict[str, frozenset[str]] = field(default_factory=dict)
    #: acts of taking a person into custody ("=arrest", "=detention", folded): told of one
    #: person by two outlets, one happening (``same_custody``)
    custody: frozenset[str] = frozenset()
    #: a toll told piecemeal (``toll``, ``same_toll``): the acts of a toll and the verbs
    #: carrying a toll noun (folded), and each noun naming a happening -> its class
    toll_acts: frozenset[str] = frozenset()
    toll_carriers: frozenset[str] = frozenset()
    toll_deeds: frozenset[str] = frozenset()
    toll_wounds: frozenset[str] = frozenset()
    toll_counts: frozenset[str] = frozenset()
    toll_happenings: dict[str, str] = field(default_factory=dict)
    #: a capital's entity id -> its state's ("paris" -> "france"): the capital named as an
    #: actor stands for its state's government ("Paris a rappelé son ambassadeur")
    capitals: dict[str, str] = field(default_factory=dict)
    #: a government's composition made public (``composition``, ``mark_compositions``):
    #: what tells it, the acts and the offices of its appointments, and the head of the
    #: government's office (another happening)
    composition: tuple[re.Pattern[str], ...] = ()
    made_public: frozenset[str] = frozenset()
    appointment_acts: frozenset[str] = frozenset()
    offices: frozenset[str] = frozenset()
    head_offices: tuple[re.Pattern[str], ...] = ()
    #: a decision that moves several people (``moves``, ``same_moves``): the acts of a
    #: move, the verbs telling one by a word they govern (verb -> its words), and the acts
    #: whose subject decides (all folded)
    move_acts: frozenset[str] = frozenset()
    move_carried: dict[str, frozenset[str]] = field(default_factory=dict)
    move_deciding: frozenset[str] = frozenset()
    move_own: frozenset[str] = frozenset()
    #: one declaration retold (``declarations``, ``same_declaration``): each word naming an
    #: occasion -> its class (folded, lower case), the pattern of an occasion told as
    #: another, and the acts of speech (folded)
    declaration_media: dict[str, str] = field(default_factory=dict)
    declaration_another: re.Pattern[str] = re.compile(r"(?!)")
    declaration_acts: frozenset[str] = frozenset()
    speaker_subjects: frozenset[str] = frozenset()
    move_proposal: re.Pattern[str] = re.compile(r"(?!)")

    def time(self, tense: str | None, verb: str | None) -> str:
        """The time a report is told in: "to come", "past" or "" (present, not known)."""
        # "ont dû puiser", "avaient déjà dû être annulés": what had to be done, and was
        realised = verb in self.realised_in_past and tense in self.realised_tenses
        if tense in self.prospective_tenses or (verb in self.prospective_verbs and not realised):
            return "to come"
        return "past" if tense in self.retrospective_tenses else ""

    def weight(self, word: str) -> float:
        if word.startswith("@"):
            return self.entity_weight
        if word.isdigit() or self.decimal.fullmatch(word):
            return self.number_weight
        return self.light_weight if word in self.light else 1.0

    def distinct(self, sentence: str) -> bool:
        """The sentence holds a distinctness marker (``distinct_markers``)."""
        return _found(self.markers, sentence)

    def role(self, speaker: str) -> tuple[str, frozenset[str]] | None:
        """The institution a speaker's description names (``speaker_roles``: "le préfet
        de Normandie Pierre-André Durand" -> prefect) and the words that follow its role
        word ({"normandie", "pierre-andré", "durand"}), or None."""
        words = _SPEAKER_WORDS.findall(speaker.lower())
        for at, word in enumerate(words):
            role = self.roles.get(word)
            if role is not None:
                rest = frozenset(words[at + 1 :]) - self.role_stop_words
                return role, rest
        return None

    def subject_role(self, head: str | None) -> str:
        """The institution a main clause's agent names ("parquet" -> prosecutor; "@cgt"
        -> union), "" for any other or none."""
        if head is None:
            return ""
        return self.roles.get(head.lstrip("@#"), "")

    def same_role(self, one: str, other: str) -> bool:
        """Two descriptions of a speaker that name the same institution or its head, what
        follows agreeing ("le préfet" / "la préfecture de Seine-Maritime"; "le ministre de
        l'Intérieur" / "le ministère marocain de l'Intérieur")."""
        a, b = self.role(one), self.role(other)
        if a is None or b is None or a[0] != b[0]:
            return False
        return not (a[1] and b[1]) or bool(a[1] & b[1])

    def names_an_act(self, noun: str | None) -> bool:
        """A patient head that names an act or a happening (``act_nouns``, a class of acts
        "=fire" / "~strike", a noun of action by its ending: "l'arrestation", "le
        bombardement"), not a person nor a name ("@id", "#name") nor nothing."""
        if noun is None or noun[0] in "@#":
            return False
        if noun[0] in "=~" or noun in self.act_nouns:
            return True
        if noun in self.describing or noun in self.not_acts:
            return False
        return noun.endswith(self.act_endings)

    def adds(self, sentence: str) -> bool:
        """The sentence opens with a connective adding another fact ("En outre, ...")."""
        return _found(self.additive, sentence)


def _found(patterns: tuple[re.Pattern[str], ...], sentence: str) -> bool:
    """One of ``patterns`` (of ``merging.yml``, written in lower case) is in ``sentence``:
    the one test behind markers, additive openers and history markers."""
    lowered = sentence.lower()
    return any(p.search(lowered) for p in patterns)


#: the words of a speaker's description ("l'Intérieur" -> "l", "intérieur")
_SPEAKER_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary of merging (cached per process)."""
    try:
        data = yamlsafe.load(DATA_FILE.read_text(encoding="utf-8"), DATA_FILE)
        fold = {
            str(word).lower(): f"={name}"
            for name, words in data["synonyms"].items()
            for word in words
        }
        _fold_derivations(data["derivations"], fold)
        return Vocabulary(
            fold=fold,
            light=frozenset(str(w).lower() for w in data["light_words"]),
            light_weight=float(data["light_weight"]),
            entity_weight=float(data["entity_weight"]),
            number_weight=float(data["number_weight"]),
            markers=tuple(re.compile(str(p)) for p in data["distinct_markers"]),
            light_actions=frozenset(str(w).lower() for w in data["light_actions"]),
            prospective_tenses=frozenset(str(w) for w in data["prospective_tenses"]),
            retrospective_tenses=frozenset(str(w) for w in data["retrospective_tenses"]),
            prospective_verbs=frozenset(str(w).lower() for w in data["prospective_verbs"]),
            person_pronouns=tuple(str(w).lower() for w in data["person_pronouns"]),
            demonstrative_pronouns=tuple(
                str(w).lower() for w in data["demonstrative_person_pronouns"]
            ),
            history=tuple(re.compile(str(p)) for p in data["history_markers"]),
            clause=_clause_words(data, fold),
            reactions=frozenset(str(w).lower() for w in data["reaction_verbs"]),
            act_nouns=frozenset(str(w).lower() for w in data["act_nouns"]),
            act_endings=tuple(str(w).lower() for w in data["act_noun_endings"]),
            not_acts=frozenset(str(w).lower() for w in data["not_act_nouns"]),
            subject_acts=frozenset(str(w) for w in data["subject_acts"]),
            reciprocal=frozenset(fold.get(str(w), str(w)) for w in data["reciprocal_acts"]),
            speaking=frozenset(fold.get(str(w), str(w)) for w in data["speaking_acts"]),
            occasion_acts=frozenset(fold.get(str(w), str(w)) for w in data["occasion_acts"]),
            head_nouns=tuple(
                sorted((entities.fold(str(w)).lower() for w in data["head_nouns"]), key=len)[::-1]
            ),
            complement_ends=re.compile(
                rf"(?:^| )(?:{'|'.join(str(w) for w in data['apposition_complement_ends'])})$"
            ),
            institution_ends=re.compile(
                rf" (?:{'|'.join(re.escape(str(w)) for w in data['institution_ends'])})\b.*"
            ),
            saying_acts=frozenset(str(w) for w in data["saying_acts"]),
            # folded as a clause's words are ("explosion" is "=exploser": ``derivations``)
            happening_subjects=frozenset(
                fold.get(str(w), str(w)) for w in data["happening_subjects"]
            ),
            impact_acts=frozenset(fold.get(str(w), str(w)) for w in data["impact_acts"]),
            occurred=str(data["occurrence_act"]),
            anaphors=frozenset(str(w).lower() for w in data["happening_anaphors"]),
            definite=tuple(str(w).lower() for w in data["definite_determiners"]),
            quotation=_quotation_pattern([str(m) for m in data["quotation_marks"]]),
            quotation_run=int(data["quotation_run"]),
            realised_in_past=frozenset(str(w).lower() for w in data["realised_in_past"]),
            realised_tenses=frozenset(str(w).lower() for w in data["realised_tenses"]),
            requests=frozenset(str(w).lower() for w in data["request_verbs"]),
            roles={
                str(word).lower(): str(name)
                for name, words in data["speaker_roles"].items()
                for word in words
            },
            role_stop_words=frozenset(str(w).lower() for w in data["speaker_role_stop_words"]),
            additive=tuple(re.compile(str(p)) for p in data["additive_openers"]),
            additive_acts=tuple(re.compile(str(p)) for p in data["additive_acts"]),
            describing=frozenset(str(w).lower() for w in data["describing_nouns"]),
            male=frozenset(str(w).lower() for w in data["gendered_nouns"]["male"]),
            female=frozenset(str(w).lower() for w in data["gendered_nouns"]["female"]),
            units=frozenset(str(w).lower() for w in data["measure_units"]),
            decimal=re.compile(str(data["decimal_number"])),
            grouped=re.compile(str(data["grouped_number"])),
            reported_past=frozenset(str(w) for w in data["reported_past_tenses"]),
            inverted_pronoun=tuple(re.compile(str(p)) for p in data["inverted_pronoun_clauses"]),
            inversion_hyphen=re.compile(str(data["inversion_hyphen"])),
            presentational=tuple(re.compile(str(p)) for p in data["presentational_clauses"]),
            moment_openers=tuple(re.compile(str(p)) for p in data["moment_openers"]),
            recent_past=re.compile(str(data["recent_past"]), re.IGNORECASE),
            clock=re.compile(str(data["clock_time"]), re.IGNORECASE),
            clock_span=re.compile(str(data["clock_span"]), re.IGNORECASE),
            moments_apart=int(data["moments_apart"]),
            operation_acts=frozenset(fold.get(str(w), str(w)) for w in data["operation_acts"]),
            describing_articles=frozenset(str(w).lower() for w in data["describing_articles"]),
            same_source_words=frozenset(str(w).lower() for w in data["same_source_words"]),
            frames={
                str(name): frozenset(fold.get(str(w).lower(), str(w).lower()) for w in words)
                for name, words in data["act_frames"].items()
            },
            custody=frozenset(fold.get(str(w).lower(), str(w).lower()) for w in data["custody"]),
            toll_acts=_folded_acts(data["toll"]["acts"], fold),
            toll_carriers=_folded_acts(data["toll"]["carriers"], fold),
            toll_deeds=_folded_acts(data["toll"]["deeds"], fold),
            toll_wounds=_folded_acts(data["toll"]["wounds"], fold),
            toll_counts=_folded_acts(data["toll"]["counts"], fold),
            toll_happenings={
                word: str(name)
                for name, words in data["toll"]["happenings"].items()
                for word in _folded_acts(words, fold)
            },
            capitals={
                slugs.slug(str(city)): slugs.slug(str(state))
                for city, state in data["capitals"].items()
            },
            composition=tuple(re.compile(str(p)) for p in data["composition"]["markers"]),
            made_public=_folded_acts(data["composition"]["made_public"], fold),
            appointment_acts=_folded_acts(data["composition"]["acts"], fold),
            offices=frozenset(str(w).lower() for w in data["composition"]["offices"]),
            head_offices=tuple(re.compile(str(p)) for p in data["composition"]["head_offices"]),
            move_acts=_folded_acts(data["moves"]["acts"], fold),
            move_carried={
                fold.get(str(verb), str(verb)): _folded_acts(words, fold)
                for verb, words in data["moves"]["carried"].items()
            },
            move_deciding=_folded_acts(data["moves"]["deciding"], fold),
            move_own=_folded_acts(data["moves"]["own"], fold),
            declaration_media={
                entities.fold(str(word)).lower(): str(medium)
                for medium, words in data["declarations"]["media"].items()
                for word in words
            },
            declaration_another=re.compile(str(data["declarations"]["another"])),
            declaration_acts=_folded_acts(data["declarations"]["acts"], fold),
            speaker_subjects=frozenset(
                str(w).lower() for w in data["declarations"]["speaker_subjects"]
            ),
            move_proposal=re.compile(str(data["moves"]["proposal"])),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TimelineError(f"cannot load the merging vocabulary: {exc}", DATA_FILE) from None
    except re.error as exc:
        raise TimelineError(f"bad pattern: {exc}", DATA_FILE) from None


def _folded_acts(words: list[str], fold: dict[str, str]) -> frozenset[str]:
    """Verbs and nouns as a main clause's acts are folded: their family of
    ``lemma_families`` ("annoncer" -> "~saying"), then their class of ``synonyms``."""
    family = families()
    return frozenset(
        fold.get(family.get(w, w), family.get(w, w)) for w in (str(w).lower() for w in words)
    )


def _quotation_pattern(marks: list[str]) -> re.Pattern[str]:
    """What a pair of quotation marks encloses ("«»": "« ... »"), for every pair."""
    return re.compile(
        "|".join(f"{re.escape(m[0])}([^{re.escape(m[1])}]+){re.escape(m[1])}" for m in marks)
    )


def _fold_derivations(derivations: dict[str, list[str]], fold: dict[str, str]) -> None:
    """Fold each noun of action of ``derivations`` ("envoi") into its verb's class: the
    class of ``lemma_families`` or ``synonyms`` the verb is in, else a class of the verb's
    own ("=envoyer", the verb folded into it too). A noun already in a class keeps it."""
    family = families()
    pronominal = frozenset(str(w).lower() for w in lexicon()["pronominal_lemmas"])
    for verb, nouns in derivations.items():
        verb = _lemma_of(str(verb).lower(), pronominal)
        grouped = family.get(verb, verb)
        target = fold.get(grouped, grouped if grouped != verb else f"={verb}")
        fold.setdefault(verb, target)
        for noun in nouns:
            noun = str(noun).lower()
            if noun not in family and noun not in fold:
                fold[noun] = target


def _lemma_of(verb: str, pronominal: frozenset[str]) -> str:
    """A verb as the parse's lemmas write it: a pronominal verb written with its pronoun
    ("s'effondrer", "se réfugier": a pronoun of ``reflexive_pronouns``, events.yml) is the
    bare verb ("effondrer"), unless it is one of ``pronominal_lemmas`` (events.yml), whose
    actions keep "se" ("se produire")."""
    for pronoun in lexicon()["reflexive_pronouns"]:
        written = pronoun if pronoun.endswith(("'", "\u2019")) else f"{pronoun} "
        if verb.startswith(written):
            bare = verb[len(written) :]
            return f"se {bare}" if bare in pronominal else bare
    return verb


def _clause_words(data: dict[str, Any], fold: dict[str, str]) -> ClauseWords:
    family = families()

    def folded(lemma: str) -> str:
        lemma = family.get(lemma, lemma)
        return fold.get(lemma, lemma)

    senses = {
        str(verb).lower(): PersonSense(
            str(sense["person"]), frozenset(folded(str(w).lower()) for w in sense["things"])
        )
        for verb, sense in data["person_senses"].items()
    }
    phrases: dict[tuple[str, str], str] = {}
    for name, pairs in data["predicate_phrases"].items():
        for pair in pairs:
            *verb, noun = str(pair).lower().split()  # "se déclarer faillite": pronominal
            phrases[(" ".join(verb), noun)] = f"={name}"
    return ClauseWords(
        fold=folded,
        transparent=frozenset(str(w).lower() for w in data["transparent_verbs"]),
        modal=frozenset(str(w).lower() for w in data["modal_verbs"]),
        light=frozenset(str(w).lower() for w in data["light_verbs"]),
        phrases=phrases,
        negation=frozenset(str(w).lower() for w in data["negation_words"]),
        singular=frozenset(str(w).lower() for w in data["singular_words"]),
        plural=frozenset(str(w).lower() for w in data["plural_pronouns"]),
        plural_auxiliaries=frozenset(str(w).lower() for w in data["plural_auxiliaries"]),
        pronominal=frozenset(str(w).lower() for w in lexicon()["pronominal_lemmas"])
        | {verb.removeprefix("se ") for verb in senses},
        reflexive=frozenset(str(w).lower() for w in lexicon()["reflexive_pronouns"]),
        cleft_subjects=frozenset(str(w).lower() for w in data["cleft"]["subjects"]),
        cleft_relatives=frozenset(str(w).lower() for w in data["cleft"]["relatives"]),
        cleft_agents=frozenset(str(w).lower() for w in data["cleft"]["agents"]),
        informing=frozenset(str(w).lower() for w in data["informing_verbs"]),
        recording=frozenset(str(w).lower() for w in data["recording_verbs"]),
        senses=senses,
        gerund_markers=frozenset(str(w).lower() for w in data["gerund"]["markers"]),
        gerund_ending=str(data["gerund"]["ending"]).lower(),
    )


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
    #: the decision moving people it is a part of (its day and the first article of the
    #: articles telling it: ``mark_moves``), None when it is none
    moves: tuple[str, int] | None = None
    #: the declaration it is a part of (its speaker, day and occasion:
    #: ``mark_declarations``), None when it is none
    declaration: tuple[str, str, str] | None = None

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
        if clause is not None and _found(vocab.presentational, self.sentence):
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


def retold_leads(reports: list[Report]) -> None:
    """A report whose subject is a definite noun naming its article's own happening and
    whose predicate is the act of taking place ("Les faits se sont produits peu avant 10
    heures", "L'accident s'est produit vers 1h20") retells the happening of its article's
    lead (the article's first report of a happening whose main clause tells an act other
    than taking place or saying, told before it): it tells that act (its action, its
    words, its clause's acts), at the lead's places too, so that it is compared as the
    lead's retelling (``retelling``, ``same_act``) and as a report of that act by other
    outlets. Idempotent."""
    vocab = vocabulary()
    leads: dict[int, Report] = {}
    for report in sorted(reports, key=lambda r: r.key):
        article = report.key[0]
        if article not in leads and _lead_act(report, vocab):
            leads[article] = report
            continue
        lead = leads.get(article)
        clause = report.clause
        if lead is None or clause is None or not _retells_happening(report, vocab):
            continue
        acts = _lead_act(lead, vocab)
        assert lead.clause is not None
        # "Un incendie a ravagé un entrepôt" then "Le drame s'est produit vers 3 heures":
        # what took place is the fire (``_happening``), not another subject
        happening = _happening(lead.clause) or clause.agent
        report.clause = replace(clause, agent=happening, also=clause.also | acts)
        report.action = lead.action if lead.action in acts else min(acts)
        report.words += sorted(acts - set(report.words))
        report.text = " ".join(report.words)
        report.bag = report.bag | acts
        report.places = report.places | lead.places


def _lead_act(report: Report, vocab: Vocabulary) -> frozenset[str]:
    """The acts of a report that may lead its article: a happening (not a follow-up) whose
    main clause tells acts other than taking place or saying; none otherwise."""
    clause = report.clause
    if report.follows is not None or report.kind != HAPPENING or clause is None:
        return frozenset()
    return clause.acts - vocab.saying_acts - {vocab.occurred}


def _retells_happening(report: Report, vocab: Vocabulary) -> bool:
    """Its subject is a definite noun naming a happening already told ("les faits", "le
    drame", ``happening_anaphors``) and its predicate the act of taking place."""
    clause = report.clause
    if clause is None or clause.agent not in vocab.anaphors or vocab.occurred not in clause.acts:
        return False
    words = re.findall(r"\w+['’]?", report.sentence.lower())
    return any(
        word.rstrip("sx") == clause.agent.rstrip("sx") and words[n - 1] in vocab.definite
        for n, word in enumerate(words)
        if n > 0
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


@dataclass
class Group:
    """Reports of one happening; ``common`` is the span every one of them covers."""

    reports: list[Report] = field(default_factory=list)
    common: tuple[str, str, bool] = ("0000-01-01", "9999-12-31", True)

    def add(self, report: Report) -> None:
        self.reports.append(report)
        start, end, open_start = self.common
        if not report.span[2]:
            start = max(start, report.span[0]) if not open_start else report.span[0]
            open_start = False
        self.common = (start, min(end, report.span[1]), open_start)

    def compatible(self, report: Report) -> bool:
        """Every report of the group shares a day with ``report`` (intervals: their common
        span does)."""
        return spans_overlap(self.common, report.span)

    def admits(self, report: Report) -> bool:
        """No report of the group (follow-ups included) is another happening than
        ``report`` (``blocked``): a report alike to one report of a group joins it only
        when it can be the happening every one of them tells ("le préfet a déclaré ..."
        alike to a report of the prefect's, never to a group that holds the mayor's)."""
        return not any(blocked(report, other) for other in self.reports) and self._anchored(report)

    def _anchored(self, report: Report) -> bool:
        """A happening told without a date of its own (its narration's days, which reach
        back days before its article) joins happenings of other articles none of which is
        dated either only when it agrees with one of them on who or what or where: a name
        or a number in common, or articles naming a place in common ("Les pompiers sont
        intervenus rapidement", told of a fire in Lille and of one in Roubaix, never; "Le
        préfet a déclenché le plan particulier d'intervention" / "L'incendie a provoqué le
        déclenchement du plan ...", both told of Rouen, yes), or prints the same sentence
        (``same_print``: an agency's copy). The narration's days of two articles overlap:
        they say nothing of one happening."""
        if _dated(report):
            return True
        told = [r for r in self.reports if r.follows is None]
        if any(_dated(r) or r.key[0] == report.key[0] for r in told):
            return True
        return any(
            not report.entities.isdisjoint(r.entities)
            or not report.numbers.isdisjoint(r.numbers)
            or not report.scene.isdisjoint(r.scene)
            or same_print(report, r)
            for r in told
        )


#: how alike two sentences are, written the same (``rapidfuzz.fuzz.ratio`` of their words
#: lower case, punctuation aside, 0-100), and how many words each has at least, to be one
#: sentence printed by two outlets (``same_print``)
PRINT_RATIO = 95.0
PRINT_WORDS = 8


def same_print(a: Report, b: Report) -> bool:
    """Two articles print the same sentence, word for word or nearly ("La police
    municipale et la voirie sont appelées sur les lieux.", "Peu après 08H00 des coups de
    feu éclatent." / "Peu après 08h ..."): an agency's copy, the commonest merge of news,
    whatever else either article names. A sentence of a few words may be written alike of
    two happenings ("Les pompiers sont intervenus rapidement"): ``PRINT_WORDS`` at least."""
    if a.key[0] == b.key[0]:
        return False
    one, other = _printed(a.sentence), _printed(b.sentence)
    if min(len(one.split()), len(other.split())) < PRINT_WORDS:
        return False
    return fuzz.ratio(one, other) >= PRINT_RATIO


def _printed(sentence: str) -> str:
    """A sentence's words lower case, punctuation aside, one space between them."""
    return " ".join(re.findall(r"\w+", sentence.lower()))


def _dated(report: Report) -> bool:
    """Dated by a day of its own: told with its date, or a statement or announcement (the
    day it was said, the day it is for), not a happening in its narration's days."""
    return report.explicit or report.kind not in ("", HAPPENING)


def _order(report: Report) -> tuple[tuple[str, int], bool, tuple[int, int]]:
    """Reports are grouped in the order of their articles' slugs (dated names), so that
    the groups do not depend on the order the articles were given in; a follow-up (ranked
    as its event) right after its event."""
    return (report.rank or ("", report.key[0]), report.follows is not None, report.key)


def rarity(reports: list[Report]) -> dict[str, float]:
    """The weight of every word of ``reports`` in the content overlap (fixed per word:
    ``Vocabulary.weight``, the same whatever the other reports)."""
    vocab = vocabulary()
    out = {word: vocab.weight(word) for report in reports for word in report.bag}
    for report in reports:
        if report.clause is not None:
            out.update((w, vocab.weight(w)) for w in report.clause.core if w not in out)
    return out


def said_by_another(one: Report, other: Report) -> bool:
    """``one`` is a statement of a known speaker that ``other`` does not report: ``other``
    is said by someone else, or by nobody and without naming that speaker ("Salah
    Abdeslam a rappelé aux juges que ..." and "C'est Salah Abdeslam qui s'est exprimé en
    dernier" tell one statement; "Les 14 accusés ont eu la parole" does not)."""
    if not (one.statement and one.speaker) or other.speaker == one.speaker:
        return False
    if other.speaker is None and (same_speaker(one, other) or _names_in(one.speaker, other)):
        return False  # "le préfet de Normandie Pierre-André Durand" / "le préfet"
    return other.speaker is not None or one.speaker not in other.persons


def _written(text: str) -> set[str]:
    """The words of a text as entity ids are made (``slugs.slug``: "Jean-Pierre Raffarin"
    -> jean, pierre, raffarin), to tell whether an id is written in it."""
    return set(slugs.slug(text).split("-"))


def _names_in(person: str, report: Report) -> bool:
    """Every word of a person's entity id is a word of the report's reporting clause ("Le
    Premier ministre Pedro Sanchez a annoncé ...", when the name was not found as an
    entity there): that person is who speaks in it. The clause is read as the ids are
    made (``slugs.slug``: "Jean-Pierre Raffarin" -> jean, pierre, raffarin)."""
    said = _written(report.quoted) - {""}
    words = person.split("-")
    return bool(said) and len(words) > 1 and all(w in said for w in words)


def same_speaker(one: Report, other: Report) -> bool:
    """Their reporting clauses describe one speaker: the same words, or the same
    institution or its head, what follows agreeing (``Vocabulary.same_role``: "le préfet" /
    "la préfecture de Seine-Maritime")."""
    a, b = one.quoted, other.quoted
    pronouns = lexicon()["anaphoric_subjects"]
    if not (a and b) or a in pronouns or b in pronouns:
        return False
    return _within(a, b) or _within(b, a) or vocabulary().same_role(a, b)


def _within(one: str, other: str) -> bool:
    """The words of ``one`` are a run of the words of ``other`` ("le préfet" in "le préfet
    de la Seine-Maritime"; "il" is not in "le maire de Lille")."""
    short, long = _SPEAKER_WORDS.findall(one), _SPEAKER_WORDS.findall(other)
    return bool(short) and any(
        long[at : at + len(short)] == short for at in range(len(long) - len(short) + 1)
    )


def other_people(a: Report, b: Report) -> bool:
    """Both name people (speakers aside), none in common, nor the other's speaker."""
    return bool(
        a.persons
        and b.persons
        and a.persons.isdisjoint(b.persons | {b.speaker})
        and b.persons.isdisjoint(a.persons | {a.speaker})
    )


def counted_differently(a: Report, b: Report) -> bool:
    """The same thing counted differently, neither count found in the other ("820 morts" /
    "1 000 morts": a toll updated is another report), when a main clause tells the count.
    Two counts that neither main clause tells are details of the happening given as known
    when each was written ("Un séisme a frappé lundi la Turquie, faisant plus de 500 morts"
    / "..., faisant plus de 2 000 morts": one earthquake, its toll rising): they tell
    nothing of two happenings (``_side_count``). A number of a unit of measure
    (``measure_units``: "à une profondeur de 7 kilomètres" / "à 60 kilomètres de la
    frontière") measures something, which two reports may measure differently or measure
    two things of one happening by: no count."""
    units = vocabulary().units
    return any(
        all(n not in b.bag for n in a.quantities[noun])
        and all(n not in a.bag for n in b.quantities[noun])
        and not (_side_count(a, noun) and _side_count(b, noun))
        for noun in (a.quantities.keys() & b.quantities.keys()) - units
    )


def _side_count(report: Report, noun: str) -> bool:
    """The report's counts of ``noun`` are outside its main clause (a participle, a clause
    of its own: "..., faisant 500 morts", "selon un premier bilan"): its clause was read and
    none of those numbers is among its core words, nor is the noun its agent or patient.
    Unknown (no parse): not outside."""
    clause = report.clause
    if clause is None or noun in (clause.agent, clause.patient):
        return False  # "Les syndicats ont compté 40 000 manifestants": what it tells
    return all(n not in clause.core for n in report.quantities[noun])


def same_quotation(a: Report, b: Report) -> bool:
    """Both quote the same words, ``quotation_run`` words in a row or more ("« Aujourd'hui,
    j'annonce la démission de ce gouvernement », a-t-il dit", told by two outlets): one
    statement, however each tells who made it."""
    run = vocabulary().quotation_run
    for one in a.quotations:
        if len(one) < run:
            continue
        for other in b.quotations:
            if len(other) >= run:
                match = SequenceMatcher(None, one, other, autojunk=False)
                if match.find_longest_match(0, len(one), 0, len(other)).size >= run:
                    return True
    return False


def blocked(a: Report, b: Report) -> bool:
    """``a`` and ``b`` cannot be the same happening, whatever their words; never two
    reports quoting the same words (``same_quotation``) nor two statements of one speaker's
    occasion (``same_occasion``)."""
    if a.quotations and b.quotations and same_quotation(a, b):
        return False
    if same_occasion(a, b) or same_declaration(a, b):
        # what one speaker says on one occasion: its parts may tell anything, negated or
        # not, of anyone (« Les causes ne sont pas établies » / « L'immeuble a bougé »)
        return False
    if same_composition(a, b):
        return False  # a government's appointments: one happening, whoever each names
    if said_by_another(a, b) or said_by_another(b, a):
        return True  # a statement is who said it
    if a.kind and b.kind and a.scheduled != b.scheduled:
        return True  # what is scheduled is not what took place
    if {a.time, b.time} == {"to come", "past"}:
        return True  # "doit rendre son verdict mercredi" / "a rendu son verdict mercredi"
    if request_against_grant(a, b) or request_against_grant(b, a):
        return True  # "le parquet a requis vingt ans" / "la cour l'a condamné à vingt ans"
    if same_toll(a, b):
        return False  # a toll told piecemeal: other victims, another count, one happening
    if same_moves(a, b):
        return False  # a reshuffle told person by person: other people, one decision
    if other_tolls(a, b):
        return True  # "tués à Saint-Amand" / "abattu à Bourges"
    if a.distinct != b.distinct:
        return True  # "d'autres accusés" are not those already told of
    if speakers_differ(a, b) or elsewhere(a, b):
        return True
    if reacts_to_happening(a, b) or reacts_to_happening(b, a):
        return True  # "a condamné l'incendie de la mairie" / "ont incendié la mairie"
    if unsaid_description(a, b) or unsaid_description(b, a):
        return True
    if also_done_by_another(a, b) or also_done_by_another(b, a):
        return True  # "Les taux ont été relevés" / "La Fed avait également relevé ses taux"
    if other_moments(a, b):
        return True  # "vers 13 heures, quatre otages ont été tués" / "vers 17 heures, ..."
    return other_people(a, b) or counted_differently(a, b) or clauses_differ(a, b)


def also_done_by_another(one: Report, other: Report) -> bool:
    """``one`` tells, later in ``other``'s article, the same act as ``other`` with an
    adverb adding it to what was told ("également", "aussi" on its verb:
    ``additive_acts``), done by someone it names whom ``other`` does not name ("Les
    principaux taux directeurs ont été relevés de 0,25 point" ... "La Banque d'Angleterre
    a également relevé jeudi son taux"): the act done by another too, another happening.
    Not a statement nor a saying (what is said may be anyone's), not an act with no name
    among its doers ("La justice l'a également condamné à 105 heures": the same sentence,
    another penalty), not a follow-up (``apart`` reads those)."""
    clause = one.clause
    if (
        clause is None
        or other.clause is None
        or one.key[0] != other.key[0]
        or one.key[1] <= other.key[1]
        or one.follows is not None
        or other.follows is not None
        or one.statement
        or one.action in vocabulary().saying_acts
        or not _found(vocabulary().additive_acts, one.sentence)
        or not same_act(one, other)
    ):
        return False
    doers = {w[1:] for w in clause.core if w.startswith("@")} - one.places
    if clause.agent is not None and clauses.named(clause.agent):
        doers.add(clause.agent[1:])
    return bool(doers) and doers.isdisjoint(other.entities)


def other_moments(a: Report, b: Report) -> bool:
    """One article telling two reports at two moments of the day by the clock, at least
    ``moments_apart`` minutes apart whichever their day ("Quatre otages ont été tués ...,
    vers 13 heures" / "Or, vers 17 heures, les deux hommes ont été abattus"; "L'accident
    s'est produit vers 1h20" / "Un périmètre de sécurité a été établi ... vers 6 heures"):
    two happenings, however alike their acts. One article tells its times in one zone;
    two articles may not ("14h26 à Los Angeles" / "23h26 heure française"). Not a
    follow-up (its time may be a detail of its event's); a report telling a span of
    hours ("de 13h à 17h") or no moment says nothing."""
    if a.key[0] != b.key[0] or a.follows is not None or b.follows is not None:
        return False
    one, other = _clock_times(a.sentence), _clock_times(b.sentence)
    if not (one and other):
        return False
    apart = vocabulary().moments_apart
    return all(_minutes_apart(x, y) >= apart for x in one for y in other)


def _clock_times(sentence: str) -> frozenset[int]:
    """The moments of the day a sentence tells by the clock (``clock_time``), in minutes
    after midnight; none when it tells a span of hours (``clock_span``)."""
    vocab = vocabulary()
    if vocab.clock_span.search(sentence):
        return frozenset()
    found = ((int(hour), int(minutes or 0)) for hour, minutes in vocab.clock.findall(sentence))
    return frozenset(h * 60 + m for h, m in found if h < 24 and m < 60)


def _minutes_apart(one: int, other: int) -> int:
    """Minutes between two moments of the day, round midnight the shorter way."""
    gap = abs(one - other)
    return min(gap, 24 * 60 - gap)


def unsaid_description(one: Report, other: Report) -> bool:
    """``one`` is a statement no one is found to have made, told in the imperfect (the
    tense of description: "... l'abbé Pierre fut pendant un demi-siècle le défenseur des
    démunis, comme le disait hier un passant"), and ``other`` a happening: a portrait is
    not the happening it mentions in passing."""
    unsaid = one.statement and one.speaker is None
    return unsaid and one.tense == "imperfect" and not other.statement


def reaction(report: Report) -> bool:
    """A report of a reaction to an act ("Le ministre a condamné l'incendie de la mairie",
    "La tentative de coup d'Etat a été condamnée par l'ONU"): its main verb is one of
    ``reaction_verbs`` and its clause's patient names an act (``Vocabulary.names_an_act``),
    not a person ("La cour a condamné un policier à un an de prison": a sentence)."""
    vocab = vocabulary()
    clause = report.clause
    return (
        clause is not None and report.verb in vocab.reactions and vocab.names_an_act(clause.patient)
    )


def reacts_to_happening(one: Report, other: Report) -> bool:
    """``one`` reacts to an act and ``other``, read too, tells a happening that is no
    reaction ("Des manifestants ont incendié mardi la mairie" / "Le ministre a condamné
    mardi l'incendie de la mairie"): the reaction is another happening than what it reacts
    to, whatever words they share. Against a statement or a saying (another wording of the
    reaction: « Nous condamnons cette tentative », a déclaré ...) this rule says nothing."""
    return (
        reaction(one)
        and other.clause is not None
        and other.kind == HAPPENING
        and other.action not in vocabulary().saying_acts
        and not reaction(other)
    )


def speakers_differ(a: Report, b: Report) -> bool:
    """One is a statement, and their reporting clauses describe two institutions or heads
    of them (``speaker_roles``: "le maire de Lyon" / "le préfet du Rhône"; "le ministre de
    la Santé" / "le ministère de l'Intérieur"; "la police" / "les pompiers"). A name against
    a description may be one speaker ("Emmanuel Macron" / "le président"), and so may a
    description without a role word ("les autorités"); a pronoun ("a-t-il dit") says
    nothing of who."""
    if not (a.statement or b.statement):
        return False  # a happening is the same whoever relays it
    one, other = a.quoted, b.quoted
    pronouns = lexicon()["anaphoric_subjects"]
    if not (one and other) or one in pronouns or other in pronouns or same_speaker(a, b):
        return False
    vocab = vocabulary()
    return vocab.role(one) is not None and vocab.role(other) is not None


def elsewhere(a: Report, b: Report) -> bool:
    """Two articles telling of two places: both reports name where it happened, and
    neither article names the other's place anywhere ("Un incendie s'est déclaré dans un
    entrepôt de Lille" / "... de Nantes"; not "à Rouen" / "en Seine-Maritime" when the
    other article names Rouen too). Only reports that tell where the happening is: a
    follow-up's places are those of a detail of its event (a village of the valleys a storm
    ravaged, the country next door also hit)."""
    if a.key[0] == b.key[0] or not (a.places and b.places):
        return False
    if a.follows is not None or b.follows is not None:
        return False
    return a.places.isdisjoint(b.scene | b.places) and b.places.isdisjoint(a.scene | a.places)


def clauses_differ(a: Report, b: Report) -> bool:
    """Their main clauses cannot tell one happening: one is negated and the other not
    ("n'a pas été interpellé" / "a été interpellé"), one left unrealised by a modal and the
    other told in the past ("peut démissionner" / "a démissionné"), two agents or two patients named
    differently or one and several ("il" / "ils", "un homme" / "deux hommes"), neither
    named in the other report ("la cour a condamné X" / "... Y"), an act whose subject is
    what happened told of two things ("un incendie s'est déclaré" / "une dispute a
    éclaté": ``_subjects_differ``), the same act done to two things told by common nouns
    ("a évacué les habitants" / "... les élèves": ``_patients_differ``), or two places the
    predicate governs ("interpellé à Melun" / "interpellé à Lyon")."""
    one, other = a.clause, b.clause
    if one is None or other is None:
        return False
    if one.negated != other.negated:
        return True
    if (one.modal is None) != (other.modal is None):
        realised = b if one.modal is not None else a
        if realised.time == "past":
            return True
    numbers = ((one.agent_number, other.agent_number), (one.patient_number, other.patient_number))
    if any(x and y and x != y for x, y in numbers) and not one_thing_counted_anew(a, b):
        return True  # "il s'est exprimé" / "ils se sont exprimés"
    if _subjects_differ(one, other):
        return True  # "un incendie s'est déclaré" / "une dispute a éclaté"
    if other_things_took_place(a, b):
        return True  # "un accident a lieu" / "vers 8h des coups de feu éclatent"
    if _genders_differ(one.agent, other.agent) or _genders_differ(one.patient, other.patient):
        return True  # "un homme a été interpellé" / "une femme a été interpellée"
    if _patients_differ(a, b):
        return True  # "a annoncé la fermeture des écoles" / "a annoncé la hausse des salaires"
    if _roles_moved(one, other) or _roles_moved(other, one):
        return True  # "les Bleus ont battu la Belgique" / "la Belgique a battu le Brésil"
    return (
        _names_differ(one.agent, other.agent, a, b)
        or _names_differ(one.patient, other.patient, a, b)
        or _names_differ(one.place, other.place, a, b)
    )


def one_thing_counted_anew(a: Report, b: Report) -> bool:
    """Two outlets telling that the same kind of thing underwent the same act, on the same
    day they both name, at a place they both name, one of one thing and the other of
    several ("Un immeuble s'est effondré lundi rue d'Aubagne à Marseille" / "Deux immeubles
    se sont effondrés lundi à Marseille"; "Une explosion a secoué mardi le port de
    Beyrouth" / "Deux explosions ont secoué mardi Beyrouth"): what happened to things is
    counted as it becomes known, as a toll is. Not for people ("un homme a été tué" /
    "deux hommes ont été tués": ``describing_nouns``, names), nor for an act done to
    something, whose doer may have done it twice."""
    one, other = a.clause, b.clause
    if one is None or other is None or one.agent is None or one.agent != other.agent:
        return False
    vocab = vocabulary()
    return (
        a.key[0] != b.key[0]
        and not clauses.named(one.agent)
        and one.agent not in vocab.describing
        and one.patient is None
        and other.patient is None
        and bool(_common_acts(one, other))
        and a.explicit
        and b.explicit
        and a.span[0] == a.span[1] == b.span[0] == b.span[1]
        and not a.places.isdisjoint(b.places)
    )


def _subjects_differ(one: Clause, other: Clause) -> bool:
    """The same act whose subject is what happened (``subject_acts``: "s'est déclaré",
    "a éclaté", "a eu lieu"), told of two different things, both common nouns ("un
    incendie" / "une dispute"; "le feu" and "l'incendie" are one class)."""
    acts = one.acts & other.acts & vocabulary().subject_acts
    a, b = one.agent, other.agent
    return (
        bool(acts)
        and a is not None
        and b is not None
        and a != b
        and not (clauses.named(a) or clauses.named(b))
    )


def other_things_took_place(a: Report, b: Report) -> bool:
    """Both tell that something took place, by a verb that says only that ("avoir lieu",
    "éclater", "se produire", "survenir": ``occurrence_act``), and what took place differs:
    such a verb names no act two reports can share, its subject does ("un accident de la
    circulation a lieu" / "peu après 8h des coups de feu éclatent": two happenings).
    What took place is read by ``_what_took_place``; unknown on either side, or named
    anywhere in the other's sentence ("... des dégâts liés à l'explosion, la plus
    dévastatrice jamais survenue"), nothing is said."""
    one, other = _what_took_place(a), _what_took_place(b)
    return (
        one is not None
        and other is not None
        and one.isdisjoint(other | b.bag)
        and other.isdisjoint(one | a.bag)
    )


def _what_took_place(report: Report) -> frozenset[str] | None:
    """The nouns of what a report's main clause tells took place, when it tells so
    (``occurrence_act``): its subject, a common noun ("une bagarre éclate"); the thing
    that happens it names (``_happening``); when the parse read no subject at all (a time
    opening the sentence without a comma, "Vers 22h des heurts éclatent", may be read as
    the subject, or nothing), the words its predicate governs (names, numbers and
    ``light_words`` aside). None when unknown: no such act, a subject that names someone
    or something (read by ``_names_differ``), a pronoun ("elle s'est produite"), or a
    definite noun retelling the article's own happening ("le drame s'est produit":
    ``_retells_happening``)."""
    clause = report.clause
    vocab = vocabulary()
    if clause is None or vocab.occurred not in clause.acts or _retells_happening(report, vocab):
        return None
    agent = clause.agent
    if agent is not None and not agent[0].isdigit():
        return None if clauses.named(agent) else frozenset({agent})
    happening = _happening(clause)
    if happening is not None:
        return frozenset({happening})
    if agent is None and clause.agent_number is not None:
        return None  # a pronoun: "elle s'est produite à 8h10"
    nouns = clause.core - clause.acts - vocab.light
    return frozenset(w for w in nouns if w[0] not in "@#" and not w[0].isdigit()) or None


def _genders_differ(one: str | None, other: str | None) -> bool:
    """A noun of a man against a noun of a woman ("un homme" / "une femme", "le
    père" / "la mère": ``gendered_nouns``)."""
    vocab = vocabulary()
    pair = {one, other}
    return bool(pair & vocab.male) and bool(pair & vocab.female)


def _patients_differ(a: Report, b: Report) -> bool:
    """The same act done to two things told by two common nouns, neither of which the
    other report names anywhere ("Les pompiers ont évacué les habitants" / "... les
    élèves"; "a annoncé la fermeture des écoles" / "... la hausse des salaires"). Nouns that
    may describe anyone ("un homme" / "le suspect": ``describing_nouns``) may be one, and
    so may two nouns of clauses that name the same one ("les djihadistes de l'EI" / "le
    groupe Etat islamique"). Two acts of two classes named as what is done or said ("a
    annoncé la fermeture de la route" / "... la libération de la route": ``derivations``)
    are two acts, whatever names they share."""
    one, other = a.clause, b.clause
    if (
        one is None
        or other is None
        or not _common_acts(one, other)
        and one.predicate != other.predicate
    ):
        return False
    p, q = one.patient, other.patient
    if p is None or q is None or p == q or clauses.named(p) or clauses.named(q):
        return False
    if p[0] in "=~" and q[0] in "=~":
        return True  # "a annoncé la fermeture de la route" / "... la libération de la route"
    vocab = vocabulary()
    if p in vocab.light or q in vocab.light or p in vocab.describing or q in vocab.describing:
        return False
    if any(clauses.named(w) for w in one.core & other.core):
        return False  # "ont visé les djihadistes de l'EI" / "ont ciblé le groupe EI"
    return not ({p} & (b.bag | other.core) or {q} & (a.bag | one.core))


def _roles_moved(one: Clause, other: Clause) -> bool:
    """The same act, and the one it befell, named, is who does it in the other, whom it
    befalls being someone else, named too: "les Bleus ont battu la Belgique" / "la
    Belgique a battu le Brésil" (two matches), "X a limogé Y" / "Y a limogé Z". The same
    two named swapped are two happenings too ("les Bleus ont battu la Belgique" / "la
    Belgique a battu les Bleus": the winner of one match is the loser of the other), unless
    the act is done to each other (``reciprocal_acts``: "X a rencontré Y" / "Y a rencontré
    X"). The passive is read as the active: "la Belgique a été battue par les Bleus" is
    "les Bleus ont battu la Belgique", the same match."""
    acts = _common_acts(one, other)
    if not acts:
        return False
    patient, agent = one.patient, other.agent
    if not (clauses.named(patient) and patient == agent):
        return False
    if not (clauses.named(one.agent) and clauses.named(other.patient)):
        return False
    return one.agent != other.patient or not acts & vocabulary().reciprocal


def _names_differ(one: str | None, other: str | None, a: Report, b: Report) -> bool:
    """Two heads that both name someone or somewhere, differently, and neither named
    anywhere in the other report; a state and its capital acting for it ("La France a
    rappelé ..." / "Paris a rappelé ...": ``capitals``) are one actor."""
    if not (clauses.named(one) and clauses.named(other)) or one == other:
        return False
    if _capital_of(one, other) or _capital_of(other, one):
        return False
    return not (_mentions(b, one) or _mentions(a, other))


def _capital_of(city: str | None, state: str | None) -> bool:
    """``city`` ("@paris") names the capital of ``state`` ("@france"), both entity heads
    (an id numbered for a second entity of one name, "france-2", is that name's)."""
    if not (city and state and city[0] == "@" and state[0] == "@"):
        return False
    capitals = vocabulary().capitals
    return capitals.get(_unnumbered(city[1:])) == _unnumbered(state[1:])


def _unnumbered(entity_id: str) -> str:
    """An entity id without the number ``Registry.new_id`` adds to a second entity of one
    name ("france-2" -> "france")."""
    base, _, number = entity_id.rpartition("-")
    return base if base and number.isdigit() else entity_id


def _mentions(report: Report, value: str | None) -> bool:
    """``report`` names the head ``value`` ("@id": among its entities; "#name": among
    its words)."""
    if value is None:
        return False
    if value.startswith("@"):
        return value[1:] in report.entities
    return value[1:] in report.sentence.lower()


def other_happening(text: str, other_text: str) -> bool:
    """A sentence (a follow-up) that cannot tell the same happening as ``other_text`` (the
    event it is attached to), read from their texts alone: it tells of "others" and the
    event does not ("Les autres accusés écopent de peines ..." after "La cour a condamné
    X"; when the event does, what follows goes on about those others)."""
    vocab = vocabulary()
    return vocab.distinct(text) and not vocab.distinct(other_text)


def history(text: str) -> bool:
    """A sentence that tells how often such a thing happened before ("Elle n'avait
    jusque-là été prononcée qu'à quatre reprises"): as a follow-up, the story's history,
    neither its event's happening nor one of its own (``history_markers``)."""
    return _found(vocabulary().history, text)


def apart(follow: Report, event: Report) -> bool:
    """A follow-up (``follow``, dated as its event) that cannot tell the happening of the event it
    was attached to (``event``), so is an event of its own: it tells of others
    (``other_happening``); it is a statement of a speaker of its own, neither the event's
    speaker nor someone the event names ("..., a commenté Dominique Kielemoes, mère d'une
    victime" after "Les magistrats rendront leur verdict mercredi"), or a quotation of a
    speaker of its own after a statement, whatever it tells (« Des centaines d'habitations
    ont été emportées », a expliqué X, after « C'est un désastre », a expliqué Y); it names
    people the event neither names nor quotes ("C'est Salah Abdeslam qui s'est exprimé en
    dernier" after "Ce lundi était un moment clé pour les 14 accusés"), or names someone
    after an event of unnamed others; it counts the same thing differently; one of them is
    told as to come and the other in the past; it quotes someone after an event nobody is
    quoted in (``quoted_apart``); its subject is another institution or party than the
    event's agent ("La défense avait demandé la relaxe" after "Le parquet avait réclamé un
    an de prison ferme": ``Report.actor``); it is the speaker's direct speech after a
    happening they relay (``quote_after_relayed_act``), or an act the event's person relays
    after the happening the article tells (``relayed_after_act``); its reporting clause
    describes another institution than its event's (``told_by_another_source``)."""
    if follow.distinct and not event.distinct:
        return True
    vocab = vocabulary()
    if vocab.adds(follow.sentence):
        return True  # "En outre, un périmètre de sécurité a été mis en place"
    if (
        not follow.statement
        and follow.action not in vocab.saying_acts
        and _found(vocab.additive_acts, follow.sentence)
        and not adds_to_told_act(follow, event)
    ):
        return True  # "L'organisation régionale a également décidé de suspendre ..."
    if quoted_apart(follow, event):
        return True
    speaker = follow.speaker
    if (
        (follow.statement or (event.statement and follow.quoted))
        and speaker
        and speaker != event.speaker
        and speaker not in event.persons
        and not same_speaker(follow, event)
    ):
        return True
    if another_speakers_words(follow, event) or described_speakers_words(follow, event):
        return True
    if follow.persons and follow.persons.isdisjoint(event.persons | {event.speaker}):
        return True
    if follow.subject is not None and follow.subject not in event.persons | {event.speaker}:
        return True  # "Le dirigeant du Tchad, X, ... a été convié" after "Y a dénoncé ..."
    if event.distinct and not follow.distinct and follow.persons:
        return True  # "Salah Abdeslam a été reconnu coupable" after "19 autres accusés ..."
    if (follow.scheduled and event.time == "past") or (event.scheduled and follow.time == "past"):
        return True  # "Il s'est excusé" after "Le jury doit rendre son verdict mercredi"
    if claim_then_act(follow, event) or quote_after_relayed_act(follow, event):
        return True
    if relayed_after_act(follow, event) or reaction_apart(follow, event):
        return True
    if asked_after(follow, event) or told_by_another_source(follow, event):
        return True
    if attributed_to_another_source(follow, event):
        return True  # "Selon les responsables locaux, ..." after "Selon le chef des secours"
    if request_against_grant(follow, event) or request_against_grant(event, follow):
        return True  # "Vingt ans avaient été requis" after "La cour l'a condamné à quinze ans"
    if follow.actor and event.actor and follow.actor != event.actor:
        # "La défense avait demandé la relaxe" after "Le parquet avait réclamé un an de
        # prison": another party's act
        return True
    if vocabulary().time(follow.content_tense, None) == "to come" and not (
        event.scheduled or vocabulary().time(event.content_tense, None) == "to come"
    ):
        # "« Nous reprendrons les discussions en septembre », a-t-il précisé" after "Le
        # ministre a annoncé mardi la fin des négociations": what is to come is another claim
        return True
    return counted_differently(follow, event)


def adds_to_told_act(follow: Report, event: Report) -> bool:
    """A follow-up whose adverb adds to what was told ("également", "aussi":
    ``additive_acts``) without telling another act: the same act with another object ("Le
    tribunal l'a condamné à trois mois de prison avec sursis" / "Il l'a également condamné
    à 105 heures de travail d'intérêt général": one sentence of two penalties; "une copie de
    la boîte noire a été récupérée" / "Les enquêteurs ont également récupéré l'unité de
    freinage"), or, a pronoun going on with the subject told before, the next words or act
    of one speaker's occasion ("Il a également annoncé que 15 000 tentes ...", "Il a aussi
    félicité son adversaire": its main verb one of saying or of an occasion, whatever act
    what is said tells)."""
    if follow.action is not None and follow.action == event.action:
        return True
    vocab = vocabulary()
    verb = vocab.clause.fold(follow.verb) if follow.verb else None
    return (verb in vocab.saying_acts or verb in vocab.occasion_acts) and _opens_with_pronoun(
        follow.sentence, vocab
    )


def another_speakers_words(follow: Report, event: Report) -> bool:
    """A follow-up whose reporting clause names its speaker (a name or a description, not
    a pronoun: "..., a souligné la présidente de la région") after an event told by
    another speaker it does not name ("Le ministère est prêt à signer une convention, a
    annoncé le ministre de l'Agriculture"): a change of speaker opens what that speaker says, their
    statement, not a detail of the other's words, be it a claim or not (the speakers
    rule above needs a statement). What it tells as done in the past may relay the same
    act ("L'armée a lancé l'offensive, a confirmé le porte-parole" after the minister
    announced it: rule 2 of "Statements and what they relay"), and goes on with it."""
    if not (follow.speaker and event.speaker and follow.quoted) or _pronoun_clause(follow.quoted):
        return False
    if follow.speaker in event.persons or same_speaker(follow, event):
        return False
    if entities.same_person(follow.speaker, event.speaker):  # "durand" / "claire-durand"
        return False
    if "-" not in follow.speaker:
        # a surname alone ("a poursuivi Mme Durand") names someone the article named
        # before, maybe the event's speaker spelt otherwise: not known to be another
        return False
    return _told_in(follow, vocabulary()) != "past"


def described_speakers_words(follow: Report, event: Report) -> bool:
    """Direct speech whose reporting clause describes its speaker without a name ("« Nous
    regrettons leur décision », a réagi un responsable de la Maison-Blanche") after the
    words of someone else, named or described ("« J'ai décidé du rappel de notre
    ambassadeur », a annoncé le ministre Jean Dupuis"): a change of speaker opens what that
    speaker says, a statement of their own, as ``another_speakers_words`` reads it of a
    speaker named. The description opens with an article (``describing_articles``: not "ce
    dernier", the last one named; not "son porte-parole", who speaks for someone named).
    Not one that shares a word with the event's speaker ("le ministre" after "le ministre
    de l'Intérieur Jean Dupuis": maybe the same), nor the same institution or its head
    (``same_speaker``), nor a speaker going on ("», a ajouté un porte-parole": the
    continuation verbs of a reporting clause)."""
    if follow.speaker or not follow.quoted or follow.sentence.lstrip()[:1] not in QUOTE_OPENERS:
        return False
    said = event.quoted
    if not said or _pronoun_clause(said) or same_speaker(follow, event):
        return False
    vocab = vocabulary()
    first = follow.quoted.replace("'", "' ").replace("\u2019", "\u2019 ").split()[0]
    if first not in vocab.describing_articles:
        return False
    if lexicon().continuation.search(follow.sentence.rstrip().rstrip(".…!?")):
        return False
    return not _description_words(follow.quoted) & _description_words(said)


def _description_words(source: str) -> set[str]:
    """The words that tell who a speaker or a source is ("responsable", "maison-blanche" of
    "un responsable de la maison-blanche"): no article, no preposition
    (``speaker_role_stop_words``, ``describing_articles``)."""
    vocab = vocabulary()
    return set(_SPEAKER_WORDS.findall(source)) - vocab.role_stop_words - vocab.describing_articles


def attributed_to_another_source(follow: Report, event: Report) -> bool:
    """A follow-up opening with an attribution ("Selon les responsables locaux, 8 000
    évacués avaient atteint un centre d'accueil": ``attribution_openings``) that relays an
    act told done (``realised_tenses``: the compound past, the pluperfect), whose source
    shares no word with the source of the event it follows ("Selon Paul Dubreuil, chef des
    secours, l'incendie a détruit un quartier"; "..., a annoncé le quotidien X"): what
    another source relays is a report of its own, the happening it relays (the gold's rule
    2 of "Statements and what they relay", tests/data/realnews/README.md), not a detail of
    what the first source told. ``told_by_another_source`` reads it of two institutions
    known by their role words; this reads it of any two sources. Not a state ("Selon le
    procureur, les deux hommes se connaissaient": how things were, the source's words),
    not a pronoun ("Selon lui"), not a source told again ("selon la même source", "selon
    cette source", "selon son entourage": ``same_source_words``), not the same institution
    or its head (``same_speaker``)."""
    one = follow.quoted
    vocab = vocabulary()
    if not one or _pronoun_clause(one) or follow.tense not in vocab.realised_tenses:
        return False
    if not _opening_attribution().match(follow.sentence.replace("\u2019", "'")):
        return False
    other = event.quoted or closing_attribution(event.sentence)
    if not other or _pronoun_clause(other) or same_speaker(follow, event):
        return False
    pronouns = set(lexicon()["stressed_pronouns"])
    if one in pronouns or other in pronouns:
        return False
    if set(_SPEAKER_WORDS.findall(one)) & vocab.same_source_words:
        return False
    return not _description_words(one) & _description_words(other)


@cache
def _opening_attribution() -> re.Pattern[str]:
    """An attribution opening the sentence ("Selon la police, ...", "D'après le maire, ...":
    ``attribution_openings``)."""
    openings = alternation(lexicon()["attribution_openings"])
    return re.compile(rf"^\W*(?:{openings})\s", re.IGNORECASE)


def told_by_another_source(follow: Report, event: Report) -> bool:
    """A follow-up whose reporting clause describes an institution or its head ("Selon le
    préfet du Finistère, 300 personnes sont sans domicile") after an event whose own
    describes another ("D'après la mairie de Brest, ces déflagrations étaient dues à
    ..."; ``speaker_roles``): what each says is a report of its own, not a detail of the
    other's, be it a statement or not (``speakers_differ`` says so of statements only). A
    pronoun, a description without a role word ("les autorités", "cette source": maybe
    the one named before) or the same institution says nothing of another source."""
    one, other = follow.quoted, event.quoted
    if not (one and other) or _pronoun_clause(one) or _pronoun_clause(other):
        return False
    if same_speaker(follow, event):
        return False
    vocab = vocabulary()
    return vocab.role(one) is not None and vocab.role(other) is not None


def _pronoun_clause(quoted: str) -> bool:
    """A reporting clause's subject is a pronoun ("il", "-t-elle" of "explique-t-elle")."""
    return quoted.lstrip("-").removeprefix("t-") in lexicon()["anaphoric_subjects"]


def claim_then_act(follow: Report, event: Report) -> bool:
    """A happening told in the past after a claim of how things stand ("Il n'y a pas de
    toxicité aiguë dans la fumée, déclare le préfet" then "Deux sirènes d'alerte ont été
    déclenchées ..., précise le préfet"): what was done is another happening than the
    state claimed, even said by the same speaker. Details of the claim go on in the
    present ("Les relevés se poursuivent"), a quotation goes on with what was said
    (« J'ai fait des erreurs », after « Je ne suis pas un assassin »), and so does what is
    told as heard ("Le président aurait en revanche parlé de ...": a claim, not a fact), and
    so does the speaker speaking on that occasion (``_speaks_on_that_occasion``)."""
    vocab = vocabulary()
    return (
        event.statement
        and not any(mark in follow.sentence for mark in QUOTE_OPENERS)
        and _told_in(event, vocab) == ""
        and follow.kind == HAPPENING
        and _told_in(follow, vocab) == "past"
        and HEARSAY not in (follow.content_tense, follow.tense)
        and follow.action not in vocab.saying_acts
        and not _speaks_on_that_occasion(follow, event, vocab)
    )


def _speaks_on_that_occasion(follow: Report, event: Report, vocab: Vocabulary) -> bool:
    """The follow-up tells the claim's speaker speaking in public (``speaking_acts``: "Il
    s'est exprimé devant 20 000 personnes réunies sur la place", after "La présidente élue
    a déclaré que ..."): the occasion of the claim, not another happening. Not someone
    else speaking (people of its own the claim's speaker is not among)."""
    if follow.action not in vocab.speaking or event.speaker is None:
        return False
    return not follow.persons or event.speaker in follow.persons | {follow.speaker}


@cache
def _attribution() -> re.Pattern[str]:
    """An attribution closing the sentence after a comma (", selon un porte-parole de la
    préfecture", ", d'après la police": ``attribution_openings``), its words up to the end
    with no punctuation between."""
    openings = alternation(lexicon()["attribution_openings"])
    return re.compile(rf",\s*(?:{openings})\s+([^,;:«»\"()]+?)\s*[.!]?\s*$", re.IGNORECASE)


def closing_attribution(sentence: str) -> str:
    """Who a sentence's closing attribution names, outside what it quotes, lower case, one
    space between words ("un porte-parole de la préfecture de la drôme"; "le premier
    ministre luxembourgeois" of "Les deux hommes ont fait un « tour d'horizon » de
    l'actualité, selon le Premier ministre luxembourgeois"), "" when it has none."""
    narrated = vocabulary().quotation.sub(" ", sentence.replace("\u2019", "'"))
    found = _attribution().search(narrated)
    return " ".join(found.group(1).split()).lower() if found else ""


def quote_after_relayed_act(follow: Report, event: Report) -> bool:
    """Direct speech after a happening someone relays (a reporting clause, told in the
    past: "La présidence avait déclaré que « des éléments de la garde ont engagé un
    mouvement d'humeur »", "X a indiqué que le gouvernement envoyait 5 000 soldats"), which
    tells another act than it or none (« L'armée est prête à attaquer », ajoutait la
    présidence; « Il s'agit de la plus grande opération ... », a-t-il déclaré): the
    speaker's own words are a statement of theirs, the happening relayed is the happening
    (tests/data/realnews/README.md, "Statements and what they relay"). Direct speech that
    tells an act in the past goes on relaying it, whatever its words ("« L'armée et ses
    alliés ont commencé une vaste opération terrestre », a précisé X" after "X a indiqué
    que l'armée a lancé une offensive"), and so does a quotation after a statement that
    relays no act (a claim), a quotation after a quotation (« Seules deux des 57 frappes
    ont visé Daech », a affirmé X, then « Si l'opposition est affaiblie, c'est Daech qui en
    sortira renforcé », a-t-il dit: the same speech going on) or
    what a thing that happens did (a toll: "le porte-parole a fait savoir que 55 communes
    ont été touchées par la tempête", then « Des décès sont à déplorer », a-t-il dit: the
    speaker's account of the storm, one statement). The event relays an act:
    ``relays_an_act``."""
    return (
        relays_an_act(event)
        and follow.sentence.lstrip()[:1] in QUOTE_OPENERS
        and follow.action != event.action
        and _told_in(follow, vocabulary()) != "past"
    )


def relays_an_act(report: Report) -> bool:
    """A report in which a speaker relays an act told as done, by a reporting clause or an
    attribution closing it, not opening with direct speech ("X a indiqué que le
    gouvernement envoyait 5 000 soldats", "La présidence avait déclaré que « des éléments
    de la garde ont engagé un mouvement d'humeur »"): a happening relayed is the happening,
    not the speaker's words (tests/data/realnews/README.md, "Statements and what they
    relay", rule 2). Not a toll (rule 3: "les inondations ont fait 211 morts, a déclaré X"
    is the speaker's account), not an act of saying, not a state ("la situation demeurait
    tendue": the imperfect relays an act only when done to something)."""
    vocab = vocabulary()
    read = report.clause
    # the imperfect of reported speech relays an act done to something ("le gouvernement
    # envoyait 5 000 soldats"), not a state ("la situation demeurait tendue")
    acted = read is not None and read.agent is not None and read.patient is not None
    told = _told_in(report, vocab) == "past" or (
        acted and report.content_tense in vocab.reported_past
    )
    # relayed by a reporting clause, or by an attribution closing it (", selon le Premier
    # ministre luxembourgeois")
    relayed = bool(report.quoted or report.speaker or closing_attribution(report.sentence)) and told
    toll = read is not None and vocab.occurred in read.also
    return (
        relayed
        and not toll
        and report.action is not None
        and report.action not in vocab.saying_acts
        and report.sentence.lstrip()[:1] not in QUOTE_OPENERS
    )


def _told_in(report: Report, vocab: Vocabulary) -> str:
    """The time what a report tells is told in: that of what is said for a reported
    sentence ("Deux sirènes ont été déclenchées, précise le préfet": past), else that of
    its main verb (``Vocabulary.time``)."""
    if report.content_tense is not None:
        return vocab.time(report.content_tense, None)
    return report.time


def quoted_apart(follow: Report, event: Report) -> bool:
    """A follow-up that quotes someone of its own, named or described ("«Il est conseillé
    de rester à l'intérieur», a indiqué la préfecture", "a expliqué le ministre de
    l'Intérieur"), after an event told by the article itself (no reporting clause, no
    speaker), or a claim of another speaker than the one relaying the happening or
    claiming without a name ("La direction du site assure qu'il n'y a pas de victimes"
    after "..., rapporte France Bleu"; not after a statement of someone named, which a
    claim goes on with): what that
    speaker says is a statement of its own, not a detail of the happening. A pronoun
    ("a-t-il ajouté") goes on with what was told."""
    if follow.quoted in lexicon()["anaphoric_subjects"] or (
        not follow.quoted and _found(vocabulary().inverted_pronoun, follow.sentence)
    ):
        return speech_after_told_happening(follow, event)
    if not follow.quoted:
        return False
    if not event.quoted and event.speaker is None:
        return True
    # a happening relayed by someone, or a claim of someone not named: a claim of another
    # speaker is a statement of its own ("La direction du site et les pompiers assurent
    # qu'il n'y a pas de victimes", after "Un incendie s'est déclaré ..., rapporte France
    # Bleu"; "Le préfet affirme que ..." after it); after a statement of someone named, a
    # claim goes on with it ("Le chef du gouvernement a en outre prévenu que ..." after
    # "Ahmet Davutoglu a affirmé que ...": a description of the same speaker)
    if not follow.statement or (event.statement and event.speaker is not None):
        return False
    if follow.speaker is not None and follow.speaker == event.speaker:
        return False
    if follow.sentence.lstrip()[:1] in QUOTE_OPENERS and not event.statement:
        # direct speech after a happening: "« L'opinion publique dit que ... », a affirmé
        # X"; after a claim of another speaker ("les autorités annonçaient que ..." then
        # "« Les suies ne sont pas toxiques », a assuré la préfecture"), a claim of its own
        return False
    return bool(event.quoted) and not same_speaker(follow, event)


def speech_after_told_happening(follow: Report, event: Report) -> bool:
    """Direct speech whose reporting clause is a pronoun (« C'est une catastrophe », a-t-il
    déploré) after a thing that happens (``happening_subjects``) the article tells itself,
    no reporting clause and no speaker ("Les explosions ont fait 27 morts, selon des
    estimations annoncées par le ministre de la Santé"): the pronoun stands for someone
    the narration named, neither a speaker nor a doer of the event, and what they say is
    a statement of theirs, not a detail of the happening. After an act of someone ("Le
    président X a dénoncé ...", « Il n'est plus temps ... », a-t-il déclaré) the pronoun
    is that someone, going on."""
    return (
        event.clause is not None
        and _happening(event.clause) is not None
        and follow.sentence.lstrip()[:1] in QUOTE_OPENERS
        and event.sentence.lstrip()[:1] not in QUOTE_OPENERS
        and not event.quoted
        and event.speaker is None
        and not event.statement
        and event.kind == HAPPENING
    )


def relayed_after_act(follow: Report, event: Report) -> bool:
    """A follow-up in which the event's person (a pronoun: "Il a indiqué que ...") relays
    another act, told as done, after a happening the article tells itself ("Sur place, le
    chef de l'Etat a promis un soutien de l'État", then "Il a indiqué que le décret
    déclarant l'état de catastrophe naturelle a été signé en conseil des ministres"): the
    act relayed is a happening of its own (tests/data/realnews/README.md, "Statements and
    what they relay", rule 2), not a detail of the one told. The same act relayed ("Il a
    précisé que le suspect avait été interpellé à son domicile" after "Le suspect a été
    arrêté": one family of action), what is said of it in the present or to come, and a
    speaker named (``quoted_apart``) are not this rule's."""
    vocab = vocabulary()
    return (
        follow.quoted in lexicon()["anaphoric_subjects"]
        and not event.statement
        and not event.quoted
        and event.speaker is None
        and event.action is not None
        and follow.action is not None
        and follow.action not in vocab.saying_acts
        and follow.action != event.action
        and follow.sentence.lstrip()[:1] not in QUOTE_OPENERS
        and _told_in(follow, vocab) == "past"
    )


def asked_after(follow: Report, event: Report) -> bool:
    """A follow-up whose own verb tells what is to come (``prospective_verbs``: a plan, "Une
    marche blanche est prévue samedi" after "Un homme a été tué") after an event that
    tells no such thing: a follow-up takes its event's time, so its own act, planned,
    would go with a happening it is not. The same act told again goes on with it. (A
    request after what grants it is ``request_against_grant``'s.)"""
    return (
        vocabulary().time(None, follow.action) == "to come"
        and not event.scheduled
        and event.time != "to come"
        and follow.action != event.action
    )


def requested(report: Report) -> bool:
    """Its main verb asks for an act (``request_verbs``: "le parquet a requis vingt ans",
    "La perpétuité est requise contre X")."""
    requests = vocabulary().requests
    return report.verb in requests or report.action in requests


def request_against_grant(request: Report, other: Report) -> bool:
    """A request (a prosecutor's requisition, a party's demand: ``requested``) against a
    report that asks for nothing: the act asked for is not the sentence or the decision
    granting it, nor anything else done ("Vingt ans avaient été requis" / "La cour a
    condamné X à quinze ans"; "C'est celle qui a été requise contre X" / « Vingt ans pour
    chacun ! », réclamaient des militantes): two happenings, whatever their words share.
    Not against what is scheduled (the announcement's veto is its own: ``scheduled``) nor
    against a statement (« Vous avez brisé des vies », a lancé l'avocat général: the
    words of the request's occasion grant nothing)."""
    return (
        requested(request) and not requested(other) and not other.scheduled and not other.statement
    )


def reaction_apart(follow: Report, event: Report) -> bool:
    """A follow-up telling another act after a reaction ("L'Union africaine a condamné la
    tentative de coup d'Etat au Niger", then "Le président Mohamed Bazoum est retenu par sa
    garde", or « L'armée est prête à attaquer », ajoutait la présidence): the act reacted to
    or another one, a happening of its own, not a detail of the reaction. What the reacting
    party goes on to say or do (a pronoun opening it: "Elle appelle les militaires à
    regagner leurs casernes"), and a saying, go on with the reaction."""
    vocab = vocabulary()
    return (
        reaction(event)
        and follow.action is not None
        and follow.action != event.action
        and follow.action not in vocab.saying_acts
        and not _opens_with_pronoun(follow.sentence, vocab)
    )


def _opens_with_pronoun(sentence: str, vocab: Vocabulary) -> bool:
    """The sentence opens with a subject pronoun (``person_pronouns``, ``plural_pronouns``:
    "Elle appelle ...", "« Ils ont ..."): it goes on with the subject told before."""
    opening = sentence.lstrip(" " + QUOTE_OPENERS).lower()
    return any(
        opening.startswith(pronoun + " ")
        for pronoun in (*vocab.person_pronouns, *vocab.clause.plural)
    )


def retelling(a: Report, b: Report) -> bool:
    """One article telling the same action twice: on the same explicit day(s), or once
    dated and once in a narration that covers that day ("Le suspect a été interpellé
    vendredi" ... "L'homme a été appréhendé sans difficulté")."""
    if a.key[0] != b.key[0] or not same_act(a, b):
        return False
    if a.explicit and b.explicit:
        return a.span[:2] == b.span[:2]
    if a.explicit == b.explicit:
        return False
    dated, told = (a, b) if a.explicit else (b, a)
    day = dated.span[0]
    return day == dated.span[1] and told.span[0] <= day <= told.span[1]


def same_act(a: Report, b: Report) -> bool:
    """The same action (family), or an act in common in their main clauses; an act of
    saying is none ("a précisé" / "a annoncé": what is said tells the act)."""
    saying = vocabulary().saying_acts
    if a.action is not None and a.action == b.action and a.action not in saying:
        return True
    return a.clause is not None and b.clause is not None and bool(_common_acts(a.clause, b.clause))


def _common_acts(one: Clause, other: Clause) -> frozenset[str]:
    """The acts two main clauses have in common, acts of saying aside; else the acts
    alike (``acts_alike``)."""
    common = (one.acts & other.acts) - vocabulary().saying_acts
    return common or acts_alike(one, other)


def _actions_alike(a: Report, b: Report) -> bool:
    """Their actions are the predicates of main clauses whose acts are alike
    (``acts_alike``: "a notifié" / "a avisé"): the same action told in two words."""
    one, other = a.clause, b.clause
    if one is None or other is None or a.action not in one.acts or b.action not in other.acts:
        return False
    return bool(acts_alike(one, other))


def acts_alike(one: Clause, other: Clause) -> frozenset[str]:
    """Two main clauses telling one act in two words the model's vectors hold alike, of
    the same participant: a predicate of each (as told: "a notifié" / "a avisé", "s'est
    effondré" / "s'est écroulé") whose word vectors (``wordvectors``, the French model's)
    have a cosine of ``ACT_SIMILARITY`` or more (``alike_words``), and a name in common in
    the two clauses (agent, patient or what they govern: who it is told of). The acts of
    ``one`` so matched (none: not alike)."""
    if not any(clauses.named(w) for w in one.core & other.core):
        return frozenset()
    fold = vocabulary().clause.fold
    return frozenset(fold(word) for word, _, _ in alike_words(one.told, other.told))


@cache
def alike_words(
    told: frozenset[str], other_told: frozenset[str]
) -> tuple[tuple[str, str, float], ...]:
    """The pairs of predicates, one of each set as told, whose word vectors have a cosine
    of ``ACT_SIMILARITY`` or more, with it (what the audit prints: ``merge_explain``).
    Never two acts of two classes of merging's or ``lemma_families`` (the vocabulary says
    they differ: "=kill" / "~violation"), nor an act of saying."""
    vocab = vocabulary()
    found = []
    for word in sorted(told):
        act = vocab.clause.fold(word)
        for other in sorted(other_told):
            other_act = vocab.clause.fold(other)
            if act in vocab.saying_acts or other_act in vocab.saying_acts:
                continue
            if act[0] in "=~" and other_act[0] in "=~":
                continue  # two classes (the same one is an act in common already)
            # a verb whose pronominal form names another act ("se abattre": struck, not
            # shot down) has no vector of its own: the model's is the bare verb's
            cosine = wordvectors.similarity(word, other)
            if cosine is not None and cosine >= ACT_SIMILARITY:
                found.append((word, other, round(cosine, 3)))
    return tuple(found)


def clause_score(a: Report, b: Report) -> float:
    """What their main clauses add: the same predicate (``CLAUSE_BONUS``), and the same
    agent or patient too (``ARGUMENT_BONUS``)."""
    one, other = a.clause, b.clause
    if one is None or other is None:
        return _half_clause_score(a, b) if one is not None else _half_clause_score(b, a)
    if not _common_acts(one, other):
        return 0.0
    if clauses.agree(one.patient, other.patient) and clauses.named(one.patient):
        return CLAUSE_BONUS + ARGUMENT_BONUS  # whom it befell, named: "condamné X"
    if _same_happening_subject(one, other):
        return CLAUSE_BONUS + ARGUMENT_BONUS  # what took place: "le séisme" / "la secousse"
    if (
        clauses.agree(one.agent, other.agent)
        or clauses.agree(one.patient, other.patient)
        or _pronoun_agrees(one, other)
        or _pronoun_agrees(other, one)
    ):
        return CLAUSE_BONUS + COMMON_ARGUMENT_BONUS  # a dossier's main actor acts often
    return CLAUSE_BONUS


def _same_happening_subject(one: Clause, other: Clause) -> bool:
    """Both clauses tell that the same kind of thing took place (``happening_subjects``:
    "un séisme a frappé la Turquie" / "le tremblement de terre a eu lieu à 4h17"): their
    subject is the happening, as a named patient is whom it befell (two different ones
    never merge: ``_subjects_differ``)."""
    vocab = vocabulary()
    told = _happening(one)
    return (
        vocab.occurred in one.acts & other.acts and told is not None and told == _happening(other)
    )


def _happening(clause: Clause) -> str | None:
    """The thing that happens a clause tells of (``happening_subjects``): its agent ("un
    séisme a frappé ..."), or the patient of an act of taking place with no agent read
    ("deux explosions se sont produites", which the parse may read so); None when none."""
    vocab = vocabulary()
    if clause.agent in vocab.happening_subjects:
        return clause.agent
    if (
        clause.agent is None
        and vocab.occurred in clause.acts
        and clause.patient in vocab.happening_subjects
    ):
        return clause.patient
    return None


def _pronoun_agrees(one: Clause, other: Clause) -> bool:
    """``one``'s agent (or patient) is a pronoun nobody was found for, of the number of
    ``other``'s, a common noun ("ils se sont exprimés" / "les 14 accusés ont eu la parole";
    not "il" / "les 14 accusés", nor "ils" / "Salah Abdeslam")."""
    return any(
        head is None and number is not None and clauses.agrees_in_number(other_head, number, n)
        for head, number, other_head, n in (
            (one.agent, one.agent_number, other.agent, other.agent_number),
            (one.patient, one.patient_number, other.patient, other.patient_number),
        )
    )


def _half_clause_score(parsed: Report, other: Report) -> float:
    """What a main clause adds against a report with none (a follow-up: only event
    sentences are parsed): its predicate is the other's action (``CLAUSE_BONUS``), and its
    patient's name is named in the other (``ARGUMENT_BONUS``: "la cour a condamné mercredi
    Salah Abdeslam" / "Elle condamne Salah Abdeslam à la perpétuité"), or its agent's
    (``COMMON_ARGUMENT_BONUS``)."""
    clause = parsed.clause
    if clause is None or other.action is None or other.action not in clause.acts:
        return 0.0
    if other.action in vocabulary().saying_acts:
        return 0.0

    def told(head: str | None) -> bool:
        return head is not None and head[0] == "@" and head[1:] in other.entities

    if told(clause.patient):
        return CLAUSE_BONUS + ARGUMENT_BONUS
    return CLAUSE_BONUS + (COMMON_ARGUMENT_BONUS if told(clause.agent) else 0.0)


def _interval(report: Report) -> bool:
    """Explicitly dated by a span of several days (a night is not one)."""
    return report.explicit and report.span[0] != report.span[1] and not report.night


def _core_overlap(a: Report, b: Report, idf: dict[str, float]) -> float:
    """Weighted Dice coefficient of the core words of their main clauses (0 unless both
    have one): what two reports of one happening share is in their main clause, which the
    rest of their sentences dilute."""
    if a.clause is None or b.clause is None:
        return 0.0
    return _weighted_dice(a.clause.core, b.clause.core, idf)


def _rare_overlap(a: Report, b: Report, idf: dict[str, float], total: float | None = None) -> float:
    """Weighted Dice coefficient of the two bags of words (weights: rarity)."""
    return _weighted_dice(a.bag, b.bag, idf, total)


def _weighted_dice(
    one: frozenset[str],
    other: frozenset[str],
    idf: dict[str, float],
    total: float | None = None,
) -> float:
    """Dice coefficient of two sets of words, each word weighing its rarity (1 if unknown);
    ``total``, the two sets' summed weights, when the caller already has it."""
    if total is None:
        total = sum(idf.get(w, 1.0) for w in one) + sum(idf.get(w, 1.0) for w in other)
    if not total:
        return 0.0
    return 2 * sum(idf.get(w, 1.0) for w in one & other) / total


def similarity(
    a: Report, b: Report, idf: dict[str, float] | None = None, total: float | None = None
) -> float:
    """How surely ``a`` and ``b`` report the same happening (0..~1.3); ``total`` is the
    rarity weight of both bags when known."""
    if _refused(a, b):
        return 0.0
    return _score(a, b, idf, total)


def _refused(a: Report, b: Report) -> bool:
    """What makes ``similarity`` 0 whatever the two reports share."""
    return blocked(a, b) or (
        other_acts_other_days(a, b) and not (same_composition(a, b) or same_custody(a, b))
    )


def _score(
    a: Report, b: Report, idf: dict[str, float] | None = None, total: float | None = None
) -> float:
    """``similarity`` of two reports ``_refused`` does not refuse."""
    idf = idf if idf is not None else rarity([a, b])
    text = fuzz.token_set_ratio(a.text, b.text) / 100.0
    union = a.entities | b.entities
    entities = len(a.entities & b.entities) / len(union) if union else 0.0
    rare = max(_rare_overlap(a, b, idf, total), _core_overlap(a, b, idf))
    score = TEXT_WEIGHT * text + RARE_WEIGHT * rare + ENTITY_WEIGHT * entities
    a_interval, b_interval = _interval(a), _interval(b)
    if a_interval and b_interval and a.span[0] == b.span[0]:
        score += SAME_INTERVAL_BONUS  # "depuis le 30 septembre", reported on any day
    elif a_interval != b_interval:
        score -= SHAPE_PENALTY  # an ongoing campaign is not one of its days (dated or not)
    if a.statement != b.statement:
        score -= KIND_PENALTY
    if a.action and b.action:
        if a.action == b.action or _actions_alike(a, b):
            score += ACTION_BONUS
        elif a.action not in b.bag and b.action not in a.bag:
            score -= ACTION_CLASH  # neither tells the other's action at all
    if acts_clash(a, b):
        score -= ACTS_CLASH  # "s'est déclarée en faillite" / "a annoncé le rachat de"
    if not a.figures.isdisjoint(b.figures):
        score += NUMBER_BONUS  # "9,9 %" in both: the same figures
    elif a.numbers and b.numbers:
        score -= NUMBER_CLASH
    if retelling(a, b):
        score += RETELLING_BONUS
    if same_frame(a, b) or one_act_of_protagonist(a, b) or same_custody(a, b):
        score = max(score, FRAME_SCORE)
    if same_occasion(a, b):
        score = max(score, OCCASION_SCORE)
    if a.quotations and b.quotations and same_quotation(a, b):
        score += QUOTATION_BONUS  # one statement quoted word for word by both
    score += clause_score(a, b)
    if place_clash(a, b):
        score -= PLACE_CLASH
    if a.follows is not None or b.follows is not None:
        score -= FOLLOW_UP_PENALTY  # a detail of its event: to be matched more surely
    if same_composition(a, b):
        score = max(score, COMPOSITION_SCORE)
    if same_toll(a, b) or same_moves(a, b):
        score = max(score, FRAME_SCORE)  # whatever a follow-up or a clause takes off
    if same_declaration(a, b):
        score = max(score, OCCASION_SCORE)  # whatever places or clauses take off
    return score


def frame_of(report: Report) -> str | None:
    """The frame of acts (``act_frames``) a report's main clause tells a stage of: a word of
    its core is of the frame, and none of its acts is of a class outside it ("est décédé":
    =die is no stage of the emergency). None when it tells none (or is not parsed)."""
    clause = report.clause
    if clause is None:
        return None
    for name, words in vocabulary().frames.items():
        if clause.core & words and all(a[0] not in "=~" or a in words for a in clause.acts):
            return name
    return None


def same_frame(a: Report, b: Report) -> bool:
    """Two outlets' reports of stages of one happening (``frame_of``: "les ambulanciers
    ont trouvé la star en état d'arrêt cardiaque" / "X a été emmené en ambulance à
    l'hôpital"): the same frame, the same last day, neither a follow-up nor scheduled, and
    one protagonist, the person both articles are about, neither naming anyone else."""
    if a.key[0] == b.key[0] or a.follows is not None or b.follows is not None:
        return False
    if a.scheduled or b.scheduled or a.span[1] != b.span[1]:
        return False
    person = a.protagonist
    if person is None or person != b.protagonist or not (a.persons | b.persons) <= {person}:
        return False
    frame = frame_of(a)
    return frame is not None and frame == frame_of(b)


#: the score of two stages of one happening (``same_frame``): the weakest wanted link's
FRAME_SCORE = 0.65


def custody_of(report: Report) -> frozenset[str]:
    """The people a report tells taken into custody: those it names (``Report.persons``)
    when its main clause's acts, saying aside, are all acts of custody (``custody``:
    "arrêté", "interpellé", "écroué", "incarcéré", "placé en détention"); none for a
    follow-up, a report told as to come, or one not parsed."""
    clause = report.clause
    if clause is None or report.follows is not None or report.scheduled:
        return frozenset()
    vocab = vocabulary()
    acts = clause.acts - vocab.saying_acts
    return report.persons if acts and acts <= vocab.custody else frozenset()


def same_custody(a: Report, b: Report) -> bool:
    """Two outlets' reports of one person taken into custody, each by its own word
    ("Le commandant, Marc Leroy, a été arrêté" / "Marc Leroy avait été écroué samedi";
    "L'incarcération de Marc Leroy"): an arrest and the jailing that follows it, told of
    one person named in both on days that meet, are one happening in news copy, whatever
    stage each outlet names. The vetoes still hold (another person, another place, another
    day)."""
    return a.key[0] != b.key[0] and not custody_of(a).isdisjoint(custody_of(b))


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


def tells_toll(report: Report) -> str | None:
    """A reported happening whose main clause tells only deaths, wounds or victims
    (``toll.acts``: "ont été tués", "est décédée", "a fait douze victimes", "ont été
    blessées"), the deed that made them (``toll.deeds``: "ont fait irruption", "ont tiré"),
    or a verb carrying a toll noun (``toll.carriers``: "ont trouvé la mort"),
    not negated nor left unrealised; read of its action when it was not parsed (a
    follow-up: "Onze personnes ont aussi été blessées"). "toll", "deed" (its deed alone),
    or None for any other report."""
    told = _acts_done(report)
    if told is None:
        return None
    if report.speaker or report.quoted or _named_source(report.sentence):
        return None  # "..., selon la préfecture": a toll given by a source is its statement
    vocab = vocabulary()
    clause = report.clause
    if clause is not None:
        carried = {clause.patient} if clause.patient is not None else set()
    else:
        carried = set(report.words)
    if not told or not told <= vocab.toll_acts | vocab.toll_deeds | vocab.toll_carriers:
        return None
    if told & vocab.toll_acts or carried & vocab.toll_acts:
        return "toll"
    return "deed" if told & vocab.toll_deeds else None


def _acts_done(report: Report) -> set[str] | None:
    """The acts a reported happening's main clause tells, verbs of saying aside, when it is
    told as done (``tells_toll``, ``move_told``): a happening, not a statement nor
    scheduled, not negated nor left unrealised by a modal; read of its action when it was
    not parsed (a follow-up). None for any other report."""
    if report.kind != HAPPENING or report.statement or report.scheduled:
        return None
    clause = report.clause
    if clause is None:
        return {report.action} if report.action else set()
    if clause.negated or clause.modal is not None:
        return None
    return set(clause.acts - vocabulary().saying_acts)


def _fate(report: Report) -> str:
    """What a toll's main clause tells befell its victims: "death" (an act of the toll but
    a wound: "ont été tués", "ont trouvé la mort"), "wound" (only wounds: "ont été
    blessés"), "" when both, or neither ("a fait douze victimes")."""
    vocab = vocabulary()
    clause = report.clause
    told = (clause.acts | {clause.patient}) if clause is not None else set(report.words)
    told = {t for t in told if t in vocab.toll_acts}
    deaths, wounds = told - vocab.toll_wounds - vocab.toll_counts, told & vocab.toll_wounds
    if deaths and not wounds:
        return "death"
    return "wound" if wounds and not deaths else ""


def _named_source(sentence: str) -> bool:
    """The sentence gives what it tells after a source it names ("selon un bilan officiel
    de la préfecture", "d'après l'AFAD": ``attribution_openings``, then an institution of
    ``speaker_roles`` or a name), not after unnamed ones ("selon des sources proches de
    l'enquête")."""
    vocab = vocabulary()
    for found in _toll_source().finditer(sentence):
        source = found.group(1)
        if vocab.role(source) is not None or re.search(r"\b[A-ZÀ-Ý]", source):
            return True
    return False


@cache
def _toll_source() -> re.Pattern[str]:
    """An attribution anywhere in a sentence and the words it names up to a punctuation
    mark ("..., d'après l'AFAD", "Selon un premier bilan de la police, ...")."""
    openings = alternation(lexicon()["attribution_openings"])
    return re.compile(rf"(?:^|\W)(?:{openings})\s+([^,;:.!?«»()]+)", re.IGNORECASE)


def mark_tolls(reports: list[Report]) -> None:
    """Give each report telling a toll (``tells_toll``) its ``Toll``: its day, its places
    (its own, or else those the last report of its article before it named: the
    narration's place), the happenings it names and its article's cast; a follow-up of
    such a report that tells none, its event's."""
    vocab = vocabulary()
    states = frozenset(vocab.capitals.values())
    by_article: dict[int, list[Report]] = {}
    for report in reports:
        by_article.setdefault(report.key[0], []).append(report)
    for article in by_article.values():
        where: frozenset[str] = frozenset()
        tolls: dict[tuple[int, int], Toll] = {}
        for report in sorted(article, key=lambda r: r.key):
            where = report.places or where
            told = tells_toll(report)
            report.toll = None
            if told is not None:
                classes = vocab.toll_happenings
                named = frozenset(classes[w] for w in report.words if w in classes)
                cast = report.cast - states
                fate = _fate(report)
                report.toll = Toll(report.span[1], where, named, cast, told == "deed", fate)
                tolls[report.key] = report.toll
        for report in article:
            if report.toll is None and report.follows in tolls:
                # a detail told with a toll ("Parmi les victimes, on dénombre ...", "C'est
                # une atroce journée"): of its frame, as it is of its group
                report.toll = tolls[report.follows]


def same_toll(a: Report, b: Report) -> bool:
    """Two reports of one toll told piecemeal ("Les employés X et Y ont été tués dans la
    fusillade" / "L'adjoint au maire Z a aussi trouvé la mort" / "L'attaque aurait fait au
    moins huit morts"): both tell a toll (``mark_tolls``) of one day, neither is another
    happening than the other (``other_tolls``) nor of another moment of the day
    (``other_moments``), one of deaths only and the other of wounds
    only told by two articles name a happening ("Un passant a été tué à Lyon" / "Un
    passant a été blessé à Lyon" may be two fates told of one person), and, told by
    two articles, the articles name someone or somewhere in common (states aside). Each
    names other victims or counts another group: the vetoes of people and counts do not
    hold between them; but the same group counted differently with the same fate ("284
    personnes ont été tuées" / "2 300 personnes ont été tuées", "Un homme a été blessé" /
    "Deux hommes ont été blessés") is a toll updated, another report."""
    one, other = a.toll, b.toll
    if one is None or other is None or one.day != other.day or (one.deed and other.deed):
        return False
    if other_tolls(a, b) or other_moments(a, b):
        return False  # two places, two happenings named, two moments of the day
    fates = one.fate and other.fate and one.fate != other.fate
    if a.key[0] != b.key[0] and fates and not (one.happenings or other.happenings):
        return False  # "Un passant a été tué à Lyon" / "Un passant a été blessé à Lyon"
    if one.fate == other.fate and (counted_differently(a, b) or _victims_counted_anew(a, b)):
        return False  # "Au moins 284 personnes ont été tuées" / "plus de 2 300 personnes ..."
    return a.key[0] == b.key[0] or not one.cast.isdisjoint(other.cast)


def tells_move(report: Report) -> bool:
    """A report telling a move of people decided (``move_told``: "decision")."""
    return move_told(report) == "decision"


def move_told(report: Report) -> str | None:
    """What a reported happening tells when its main clause tells only a move of people
    (``moves``: "a été nommé", "est remplacé par", "a limogé", "a démissionné", or a verb
    telling one by a word it governs: "a accepté sa démission", "a mis fin aux fonctions
    de"), not the head of a government moved (``head_offices``, the decree's "sur
    proposition du Premier ministre" aside), told as done: not a statement, nor a
    speaker's words, nor scheduled, nor a step back in the pluperfect, nor negated, nor
    left unrealised by a modal. A happening relayed by the body that decided it is the
    decision ("X a décidé de mettre fin aux fonctions de Y, a annoncé l'Elysée":
    tests/data/realnews/README.md, "Statements and what they relay", rule 2). Read of its
    action and words when it was not parsed (a follow-up: "Il est remplacé par Z"). "own"
    when it tells only a person's own act ("X a démissionné": ``moves.own``), "decision"
    for any other move, None for any other report."""
    told = _acts_done(report)
    if told is None or report.speaker or report.tense == "pluperfect":
        return None
    vocab = vocabulary()
    clause = report.clause
    if clause is not None:
        governed = set(clause.core) | ({clause.patient} if clause.patient else set())
    else:
        governed = set(report.words)
    if _found(vocab.head_offices, vocab.move_proposal.sub("", report.sentence.lower())):
        return None  # the head of a government appointed or dismissed: its own happening
    carried = vocab.move_carried
    if not told or not all(
        act in vocab.move_acts or not carried.get(act, frozenset()).isdisjoint(governed)
        for act in told
    ):
        return None
    return "own" if told <= vocab.move_own else "decision"


def mark_moves(reports: list[Report]) -> None:
    """Each report telling a move decided (``tells_move``) gets the decision it is a part
    of: its day (``_move_days``) and the first of the articles telling it. An article's
    moves of one day are one decision; two articles' moves of one day are one when the
    names their move sentences hold meet (states aside: "le préfet du Gard" / "préfète du
    Gard", "Alain Brossard" in both), so two clubs' coaches dismissed the same day stay
    two. The names of the resignations an article tells that day count too (a decision
    accepts them: "Le préfet du Gard a démissionné. Le ministre a accepté sa démission"),
    though a resignation alone is no part of one (``move_told``: "own"). A follow-up of a
    move is of its decision. Idempotent."""
    vocab = vocabulary()
    states = frozenset(vocab.capitals.values())
    days = _move_days(reports)
    told: dict[tuple[int, str], set[str]] = {}  # (article, day) -> the names its moves hold
    written: dict[tuple[int, str], set[str]] = {}  # ... and the words they write
    for r in reports:
        r.moves = None
        day = days.get(r.key)
        if day is not None:
            told.setdefault((r.key[0], day), set()).update((r.entities | r.persons) - states)
            written.setdefault((r.key[0], day), set()).update(_written(r.sentence))
    for r in reports:
        resigned = _day_of(r)
        if resigned is not None and (r.key[0], resigned) in told and move_told(r) == "own":
            told[(r.key[0], resigned)].update((r.entities | r.persons) - states)

    def meet(one: tuple[int, str], other: tuple[int, str]) -> bool:
        # a name in common, or a name of one written in the other's moves (an entity one
        # parse found and the other did not: "le préfet du Gard" / "préfète du Gard")
        return not told[one].isdisjoint(told[other]) or any(
            set(name.split("-")) <= written[b]
            for a, b in ((one, other), (other, one))
            for name in told[a]
        )

    first = {key: key[0] for key in told}
    for one, other in itertools.combinations(sorted(told), 2):
        if one[1] != other[1] or first[one] == first[other] or not meet(one, other):
            continue
        joined, left = min(first[one], first[other]), {first[one], first[other]}
        first = {k: joined if f in left and k[1] == one[1] else f for k, f in first.items()}
    for r in reports:
        day = days.get(r.key)
        if day is not None:
            r.moves = (day, first[(r.key[0], day)])
    by_key = {r.key: r for r in reports}
    for r in reports:
        event = by_key.get(r.follows) if r.follows is not None else None
        if r.moves is None and event is not None and event.moves is not None:
            r.moves = event.moves  # told with its move ("Elle succède à Alain Brossard")


def _move_days(reports: list[Report]) -> dict[tuple[int, int], str]:
    """The day of each report telling a move decided (``mark_moves``): its own when it is
    dated (``_day_of``); else the day of its article's dated moves its span holds, when
    there is one ("X a été nommé mardi ... Y est remplacé par Z", told on Wednesday's
    page); else its narration's last."""
    moves = [r for r in reports if tells_move(r)]
    dated: dict[int, set[str]] = {}
    for r in moves:
        day = _day_of(r)
        if r.explicit and day is not None:
            dated.setdefault(r.key[0], set()).add(day)
    days: dict[tuple[int, int], str] = {}
    for r in moves:
        day = _day_of(r)
        held = {d for d in dated.get(r.key[0], set()) if _holds(r.span, d)}
        if not r.explicit and len(held) == 1:
            day = held.pop()
        if day is not None:
            days[r.key] = day
    return days


def same_moves(a: Report, b: Report) -> bool:
    """Two parts of one decision moving several people (``mark_moves``), told by one
    article or by two: "Le président a mis fin aux fonctions de X" / "Y est remplacé par
    Z" / "a accepté cette démission": one happening, whoever each names (the vetoes of
    people and clauses do not hold between them), unless each names who decides and they
    are two (``_deciders_differ``: "Le FC Rouen a limogé son entraîneur" / "L'AS Nancy a
    nommé Hugo Lenoir")."""
    return a.moves is not None and a.moves == b.moves and not _deciders_differ(a, b)


def _deciders_differ(a: Report, b: Report) -> bool:
    """Both main clauses tell a deciding act (``moves.deciding``) whose subject is a name
    written in the sentence (not a pronoun read as someone), and the two are not one
    person or body."""
    deciding = vocabulary().move_deciding
    deciders: list[str] = []
    for report in (a, b):
        clause = report.clause
        if clause is None or clause.agent is None or not clause.agent.startswith("@"):
            return False
        if clause.acts.isdisjoint(deciding):
            return False
        agent = clause.agent[1:]
        if not set(agent.split("-")) <= _written(report.sentence):
            return False  # "il a nommé M. X": the pronoun's reading, not a name written
        deciders.append(agent)
    one, other = deciders
    return one != other and not entities.same_person(one, other)


def _victims_counted_anew(a: Report, b: Report) -> bool:
    """Their main clauses count the same noun, their subjects' or their patients', as one
    and as several ("Un homme a été blessé" / "Deux hommes ont été blessés",
    ``clauses_differ``'s numbers): the same fate told of one and of several of the same
    people is a count that differs, not another group ("Douze personnes ont trouvé la mort"
    / "Un cinquième dessinateur a été tué" tell other groups)."""
    one, other = a.clause, b.clause
    if one is None or other is None:
        return False
    counted = (
        (one.agent, one.agent_number, other.agent, other.agent_number),
        (one.patient, one.patient_number, other.patient, other.patient_number),
    )
    return any(x == y and m and n and m != n for x, m, y, n in counted)


def other_tolls(a: Report, b: Report) -> bool:
    """Two tolls of one day (``mark_tolls``; a deed alone aside) that are two happenings:
    they name two happenings ("tués dans l'attentat" / "tué lors de l'assaut"), or two
    places: in one article, the places of each (its own or its narration's) do not meet;
    told by two articles, the places do not meet and one article does not name the other's
    ("à Paris" / "dans le XIe arrondissement" meet when each article names both; not an
    assault at Dammartin against one in Paris whose article names Dammartin, when the
    first does not name Paris)."""
    one, other = a.toll, b.toll
    if one is None or other is None or one.day != other.day or one.deed or other.deed:
        return False
    if one.happenings and other.happenings and one.happenings.isdisjoint(other.happenings):
        return True
    if not (one.places and other.places) or _places_meet(one.places, other.places):
        return False
    if a.key[0] == b.key[0]:
        return True
    return not (_places_meet(one.places, b.scene) and _places_meet(other.places, a.scene))


def _places_meet(one: frozenset[str], other: frozenset[str]) -> bool:
    """A place in common, or a place of one named as a part of a place of the other (its
    entity id ends with the other's: "xie-arrondissement-de-paris" / "paris", "mairie-de-
    vierzon" / "vierzon")."""
    return not one.isdisjoint(other) or any(
        a.endswith(f"-{b}") or b.endswith(f"-{a}") for a in one for b in other
    )


def protagonist_alone(report: Report) -> str | None:
    """The person a report's article is about (``Report.protagonist``) when the report
    tells an act of its main clause's and names nobody else: what it may be told of without
    its name ("Son décès a été constaté à 23h26", "Le tour-opérateur britannique a fait
    faillite"). None for a follow-up, a report told as to come, or one not parsed; None too
    when its main clause's subject is told as several ("Quatre membres de son équipe ont
    démissionné", "ils ont quitté la coalition": a numeral or a plural pronoun) or its verb
    agrees with a subject of several ("X, Y et Z ont présenté leur démission": the
    auxiliary's plural, ``Clause.plural_verb``): the protagonist is one person, so the act
    is others' (his team's, his co-accused's), not his own."""
    person = report.protagonist
    if person is None or report.follows is not None or report.scheduled:
        return None
    if report.clause is None or not report.persons <= {person}:
        return None
    if report.clause.agent_number == "several" or report.clause.plural_verb:
        return None  # a subject of several: not the one person the article is about
    return person


def one_act_of_protagonist(a: Report, b: Report) -> bool:
    """Two outlets' reports of the same act (one of their main clauses' acts, saying
    aside) of the person both articles are about, on the same last day, neither naming
    anyone else (``protagonist_alone``): "Michael Jackson, 50 ans, est décédé jeudi à Los
    Angeles" / "Son décès a été constaté à 23h26 hier soir", "Thomas Cook s'est déclaré en
    faillite" / "Le tour-opérateur britannique a annoncé qu'il a fait faillite". A news
    article names its protagonist once and then describes him ("le chanteur", "son",
    "le voyagiste"): the act in common and the protagonist in common are who and what,
    where the names in common are missing. As ``same_frame`` for one act."""
    if a.key[0] == b.key[0] or a.span[1] != b.span[1]:
        return False
    person = protagonist_alone(a)
    if person is None or person != protagonist_alone(b):
        return False
    assert a.clause is not None and b.clause is not None
    return bool((a.clause.acts & b.clause.acts) - vocabulary().saying_acts)


def same_occasion(a: Report, b: Report) -> bool:
    """Two statements one article tells of one speaker on one day (a press conference, a
    closing speech, an interview told sentence by sentence: « L'ensemble de la compagnie est
    mobilisée », a affirmé X / M. X a confirmé qu'il y avait 228 personnes à bord): what one
    speaker says on one occasion is one statement, whatever each sentence says (as a quote
    told after is part of it: ``assemble._statement_of``). The occasion is read by
    ``mark_occasions``."""
    return a.occasion is not None and a.occasion == b.occasion


def mark_occasions(reports: list[Report]) -> None:
    """Each statement or act of an occasion of one article gets its occasion: its article,
    its speaker (one person named in full or by surname: ``entities.same_person``) and its
    day. Who speaks is read from the report itself: the person its reporting clause names
    (``_names_its_speaker``), or the person who does an act of an occasion
    (``occasion_acts``: "Francis Martin a réclamé ...") as its main clause's agent, or a
    description the article gives that person in apposition ("l'avocat général Francis
    Martin", then "a affirmé l'avocat général", "l'avocat général a requis ...":
    ``_described``); an institution speaks by the head its article names ("Paul Vernier,
    directeur général d'Air Lune", then "La compagnie Air Lune a affirmé lundi ...":
    ``_headed``). Not told as to come (by its tense: "a requis" is a request made), of one
    day (a narration's last day for a report told in it). An article that tells one of
    them in the pluperfect ("Plus tôt dans la journée, X avait assuré que ...") tells that
    speaker on two occasions of the day, an earlier one and the one it narrates: none of
    that speaker's reports of the day gets one (which is which is not read). A follow-up
    is of its event's occasion (what that speaker goes on saying), unless it names another
    speaker. A report relaying another actor's act (``_relays_anothers_act``: "X a indiqué
    que le gouvernement envoyait 5 000 soldats") is that act, not a part of what the
    speaker says: of no occasion. Idempotent."""
    vocab = vocabulary()
    described = _described(reports, vocab)
    headed = _headed(reports, vocab)
    told: list[tuple[Report, str, str]] = []
    for r in reports:
        r.occasion = None
        if r.follows is not None or r.kind == ANNOUNCEMENT:
            continue
        if vocab.time(r.tense, None) == "to come" or (
            r.time == "to come" and not _acts_on_occasion(r, vocab)
        ):
            continue  # told as to come ("a requis" is a request made: an act of an occasion)
        day = _day_of(r)
        who = _occasion_speaker(r, vocab, described.get(r.key[0], {}), headed.get(r.key[0], {}))
        if who is not None and _relays_anothers_act(r, who):
            continue  # a happening relayed is the happening, not the speaker's words
        if day is not None and who is not None:
            told.append((r, who, day))
    speakers: dict[int, set[str]] = {}
    for r, who, _ in told:
        speakers.setdefault(r.key[0], set()).add(who)

    def person(article: int, speaker: str) -> str:
        alike = [s for s in speakers[article] if entities.same_person(s, speaker)]
        return max(alike, key=lambda s: (len(s), s))

    keys: dict[tuple[int, str, str], list[Report]] = {}
    for r, who, day in told:
        keys.setdefault((r.key[0], person(r.key[0], who), day), []).append(r)
    for key, said in keys.items():
        if not any(r.tense == "pluperfect" for r in said):
            for r in said:
                r.occasion = key
    # a follow-up goes on with its event's statement: of its occasion, unless it names
    # another speaker
    by_key = {r.key: r for r in reports}
    for r in reports:
        event = by_key.get(r.follows) if r.follows is not None else None
        if (
            event is not None
            and event.occasion is not None
            and (r.speaker is None or entities.same_person(r.speaker, event.occasion[1]))
        ):
            r.occasion = event.occasion


def same_declaration(a: Report, b: Report) -> bool:
    """Two reports of one declaration (``mark_declarations``), told by one article or by
    two: one speaker's words on one occasion of one day ("écrit Paul Girard sur son blog" /
    "Sur son blog, il demande pardon" / "« J'ai menti », confesse l'élu"): one statement,
    whatever each quotes (as ``same_occasion`` within one article)."""
    return a.declaration is not None and a.declaration == b.declaration


def mark_declarations(reports: list[Report]) -> None:
    """Each report of a declaration gets it: its speaker, day and occasion. Per article, a
    report declares (``_declarer``) what its speaker says: the person its reporting clause
    or subject names (by name, or by a description the article gives them in apposition),
    else, when it names none (a pronoun, a quotation alone: "Il écrit : « ... »", "Et
    d'ajouter : « ... »"), the speaker of the article's declaration before it. The occasion
    is the one the article names for that speaker that day (``declarations.media``, outside
    quoted words: "sur son blog", "dans un communiqué", "au micro de"), when it names one
    only (not "dans un autre communiqué"), and tells none of that speaker's words of the
    day in the pluperfect (an earlier occasion: ``mark_occasions``). The speakers are one
    across articles when ``entities.same_person``. A follow-up is of its event's
    declaration, unless it names another speaker. Not told as to come. Idempotent."""
    vocab = vocabulary()
    described = _described(reports, vocab)
    by_article: dict[int, list[Report]] = {}
    for r in reports:
        r.declaration = None
        by_article.setdefault(r.key[0], []).append(r)
    told: list[tuple[Report, str, str]] = []
    named: dict[tuple[int, str, str], set[tuple[str, bool]]] = {}
    for article, said in by_article.items():
        persons = frozenset().union(*(r.persons for r in said))
        running: str | None = None
        for r in sorted(said, key=lambda r: r.key):
            if r.follows is not None or r.kind == ANNOUNCEMENT:
                continue
            if vocab.time(r.tense, None) == "to come":
                continue
            who, unnamed = _declarer(r, persons, described.get(article, {}))
            if who is None and unnamed:
                who = running
            running = who
            day = _day_of(r)
            if who is None or day is None or _relays_anothers_act(r, who):
                continue  # a happening relayed is the happening, not the speaker's words
            told.append((r, who, day))
            named.setdefault((article, who, day), set()).update(_media_named(r, vocab))
    people = {who for _, who, _ in told}

    def person(who: str) -> str:
        return max((p for p in people if entities.same_person(p, who)), key=lambda p: (len(p), p))

    stepped_back = {(r.key[0], who, day) for r, who, day in told if r.tense == "pluperfect"}
    for r, who, day in told:
        occasions = named[(r.key[0], who, day)]
        if len(occasions) == 1 and (r.key[0], who, day) not in stepped_back:
            ((medium, _),) = occasions
            r.declaration = (person(who), day, medium)
    by_key = {r.key: r for r in reports}
    for r in reports:
        event = by_key.get(r.follows) if r.follows is not None else None
        if event is None or event.declaration is None:
            continue
        if r.speaker is None or entities.same_person(r.speaker, event.declaration[0]):
            r.declaration = event.declaration


def _declarer(
    report: Report, persons: frozenset[str], described: dict[str, str]
) -> tuple[str | None, bool]:
    """Who declares in a report (``mark_declarations``), None when it is no part of a
    declaration; and whether it names nobody (a pronoun, a quotation alone: the speaker is
    then the one before). The speaker its reporting clause names (by name, or by a
    description its article gives a person in apposition: "confesse l'élu"), unless it
    relays a happening another did ("La corvette a repêché deux corps, a indiqué X"); else
    (a reporting clause naming no one known, or none),
    for a main clause telling an act of speech (``declarations.acts``), its subject: a
    person of its article by name, or, by a description or a name the registry does not
    hold ("Le ministre de la Sécurité publique, Ralph Goodale, a assuré ..."), the one
    person the sentence names or the person its article describes so. Any other report
    (the outlet's own words: "Le chanteur est mort jeudi"; a quotation with no reporting
    clause read, which may be another's words: « Nous avons été en contact étroit ... »,
    then the White House named) is none."""
    vocab = vocabulary()
    clause = report.clause
    agent = clause.agent if clause is not None else None
    pronoun = agent is None or agent in lexicon()["anaphoric_subjects"]
    quoted = report.quoted
    who: str | None = None
    if quoted and not _pronoun_clause(quoted):
        written = _written(quoted)
        found = {p for p in persons if set(p.split("-")) <= written}
        who = found.pop() if len(found) == 1 else _description_of(quoted, described)
        if who is None and vocab.role(quoted) is not None:
            return None, False  # "a assuré le préfet de l'Isère": someone not known here
    who = who or report.speaker
    if who is not None:
        own = pronoun or agent in vocab.speaker_subjects or agent == f"@{who}"
        if clause is None:  # not read: the speaker's own words when it quotes them
            own = report.sentence.lstrip()[:1] in QUOTE_OPENERS
        if report.kind == HAPPENING and not own:
            return None, False  # another's act relayed: the happening
        return who, False
    if quoted and _pronoun_clause(quoted):
        return None, True  # "écrit-il"
    if not _acts_told(report).isdisjoint(vocab.declaration_acts):
        if pronoun:
            return None, True  # "Sur son blog, il demande pardon"
        assert agent is not None
        if agent.startswith("@") and agent[1:] in persons:
            return agent[1:], False
        if len(report.persons) == 1:
            return next(iter(report.persons)), False
        return _description_of(agent.lstrip("@#"), described), False
    return None, False


def _media_named(report: Report, vocab: Vocabulary) -> set[tuple[str, bool]]:
    """The occasions a report names outside its quoted words (``declarations.media``: its
    class, and whether it is told as another one: "dans un autre communiqué")."""
    outside = entities.fold(vocab.quotation.sub(" ", report.sentence.replace("’", "'"))).lower()
    media = vocab.declaration_media

    def medium(word: str) -> str | None:  # the word or its singular ("communiqués")
        return media.get(word) or media.get(word[:-1])

    told = [(word, False) for word in re.findall(r"[^\W\d_]+", outside)]
    told += [(a.group(1), True) for a in vocab.declaration_another.finditer(outside)]
    return {(m, another) for word, another in told if (m := medium(word)) is not None}


def _relays_anothers_act(report: Report, speaker: str) -> bool:
    """It relays an act (``relays_an_act``) done by an actor it names other than its speaker
    (a person or body by name, not a place, or a noun of one: ``agent_nouns``,
    ``speaker_roles``): "X a indiqué que le gouvernement envoyait 5 000 soldats". A
    happening relayed is the happening, that actor's act, not a part of what the speaker
    says on that occasion (tests/data/realnews/README.md, "Statements and what they relay",
    rule 2). Not what a thing did ("seuls deux raids avaient ciblé l'EI", "le taux s'est
    établi à 6,2 %": the speaker's account), not the speaker's own act ("X a admis sa
    défaite"), not an act left unrealised ("son groupe comptait boucler son OPA")."""
    read = report.clause
    if read is None or read.agent is None or read.modal is not None:
        return False
    agent = read.agent
    if agent.startswith("@"):
        # a person or a body by name, not the speaker; not a place (a dateline the parse
        # took for the subject: "VALENCE (Reuters) - Les inondations ont fait 211 morts")
        actor = agent[1:] not in report.places and not entities.same_person(agent[1:], speaker)
    else:
        actor = agent in _actor_nouns()
    return actor and relays_an_act(report)


@cache
def _actor_nouns() -> frozenset[str]:
    """Nouns of a body or of an official who acts (``agent_nouns``, events.yml; the words
    of ``speaker_roles``), folded as a clause's agent is."""
    vocab = vocabulary()
    nouns = {str(w).lower() for w in lexicon()["agent_nouns"]} | set(vocab.roles)
    return frozenset(vocab.fold.get(n, n) for n in nouns)


def _acts_on_occasion(report: Report, vocab: Vocabulary) -> bool:
    """Its main clause tells an act of an occasion (``occasion_acts``)."""
    clause = report.clause
    acts = clause.acts if clause is not None else frozenset()
    return bool(acts & vocab.occasion_acts) or report.action in vocab.occasion_acts


def _occasion_speaker(
    report: Report, vocab: Vocabulary, described: dict[str, str], headed: dict[str, str]
) -> str | None:
    """Who speaks in a report of an occasion (``mark_occasions``), None when it is none: an
    institution speaks by the head its article names (``_headed``)."""
    if report.statement and report.quoted and not _pronoun_clause(report.quoted):
        head = _head_of(report.quoted, headed)
        if head is not None:
            return head  # "la compagnie Air Lune a affirmé", its director general named
    if report.statement and _names_its_speaker(report):
        return report.speaker
    if report.statement and report.quoted and not _pronoun_clause(report.quoted):
        described_as = _description_of(report.quoted, described)
        if described_as is not None:
            return described_as  # "a affirmé l'avocat général"
    clause = report.clause
    if clause is None or clause.agent is None or not _acts_on_occasion(report, vocab):
        return None
    if clause.agent.startswith("@") and clause.agent[1:] in report.persons:
        return clause.agent[1:]
    if clauses.named(clause.agent):
        return None
    return _description_of(clause.agent, described)


#: a description in apposition right before a name: "l'avocat général Francis Martin",
#: "le patron d'Arcelor, Guy Dollé" (a determiner, one to three words, maybe a comma)
_APPOSED = re.compile(r"(?:^|\W)(?:l'|le |la )([^\W\d_][\w'-]*(?: [\w'-]+){0,2}),? $")


def _by_article(
    reports: list[Report], found_in: Callable[[str, str], Iterator[str]]
) -> dict[int, dict[str, str]]:
    """Per article, what ``found_in(sentence, person)`` finds said of a person its
    sentences name (their speaker too: "a déclaré le procureur de Lyon Paul Vernier"),
    the sentence folded (``entities.fold``) and lower case, with that person; what an
    article says of two people is none."""
    out: dict[int, dict[str, str]] = {}
    clash: set[tuple[int, str]] = set()
    for r in reports:
        named = r.persons | ({r.speaker} if r.speaker else set())
        if not named:
            continue
        folded = entities.fold(r.sentence).lower()
        for person in sorted(named):
            for words in found_in(folded, person):
                known = out.setdefault(r.key[0], {})
                if known.get(words, person) != person:
                    clash.add((r.key[0], words))
                known[words] = person
    for article, words in clash:
        del out[article][words]
    return out


def _described(reports: list[Report], vocab: Vocabulary) -> dict[int, dict[str, str]]:
    """Per article, the descriptions its sentences give a person in apposition before their
    name ("l'avocat général Francis Martin" -> "avocat general": francis-martin), its
    speaker's too ("a déclaré le procureur de Lyon Paul Vernier"), folded
    (``entities.fold``) and lower case; a description given two people is none."""

    def descriptions(folded: str, person: str) -> Iterator[str]:
        name = r"[\s-]+".join(re.escape(w) for w in person.split("-"))
        for at in re.finditer(r"\b" + name + r"\b", folded):
            found = _APPOSED.search(folded[max(0, at.start() - 60) : at.start()])
            if found is None:
                continue
            words = found.group(1)
            if vocab.complement_ends.search(words):
                continue  # a complement ("la méthode de X"), not an apposition
            yield words

    return _by_article(reports, descriptions)


_INSTITUTION = r"(?:de la |de l'|du |des |de |d')(?P<institution>[^\W\d_][\w'-]*(?: [\w'-]+){0,2})"


def _headed(reports: list[Report], vocab: Vocabulary) -> dict[int, dict[str, str]]:
    """Per article, the institutions whose head it names, folded and lower case, with the
    person: a head noun (``head_nouns``) and the institution in apposition to a person's
    name, after it ("Paul Vernier, directeur général d'Air Lune") or before it ("le
    président des libéraux flamands Paul Vernier"); an institution given two heads is none."""
    heads = "|".join(re.escape(h) for h in vocab.head_nouns)
    after = re.compile(
        rf"^(?:\s*\([^()]{{0,30}}\))?\s*,\s*(?:le |la |l')?(?:{heads})\s+{_INSTITUTION}"
    )
    before = re.compile(rf"(?:^|\W)(?:le |la |l')(?:{heads})\s+{_INSTITUTION},? $")

    def institutions(folded: str, person: str) -> Iterator[str]:
        # by the whole name, or by the surname (the last word of the id: "Pierre Henry
        # Gourgeon" is the person the build calls pierre-henri-gourgeon)
        name = r"[\s-]+".join(re.escape(w) for w in person.split("-"))
        surname = re.escape(person.rsplit("-", 1)[-1])
        for at in re.finditer(rf"\b(?:{name}|{surname})\b", folded):
            found = after.search(folded[at.end() : at.end() + 80]) or before.search(
                folded[max(0, at.start() - 80) : at.start()]
            )
            if found is None:
                continue
            institution = vocab.institution_ends.sub("", found.group("institution")).strip()
            if institution:
                yield institution

    return _by_article(reports, institutions)


def _head_of(speaker: str, headed: dict[str, str]) -> str | None:
    """The person heading the institution a speaker's description names ("la compagnie
    Air Lune" when its director general is named: ``_headed``), None when none or several."""
    said = entities.fold(speaker).lower()
    found = {p for i, p in headed.items() if _within(i, said)}
    return found.pop() if len(found) == 1 else None


def _description_of(described_as: str, described: dict[str, str]) -> str | None:
    """The person a description stands for in its article ("l'avocat général", or a main
    clause's head noun "avocat": a description given in apposition that it opens), None
    when it is none or several."""
    words = re.sub(r"^(?:l'|le |la )", "", entities.fold(described_as).lower().strip())
    found = {p for d, p in described.items() if d == words or d.startswith(words + " ")}
    return found.pop() if len(found) == 1 else None


def _names_its_speaker(report: Report) -> bool:
    """A statement whose own reporting clause names its speaker (« ... », a affirmé X;
    "M. X a confirmé que ..."), not a pronoun ("Il a également indiqué que ...": whom it
    stands for is read from the sentences before, which may name someone else than who
    speaks, "Selon le préfet, ..." naming nobody)."""
    return bool(report.speaker and report.quoted) and not _pronoun_clause(report.quoted)


#: the score of two statements of one occasion (``same_occasion``): the weakest wanted link's
OCCASION_SCORE = 0.65


def same_composition(a: Report, b: Report) -> bool:
    """Two parts of one government's composition made public (``mark_compositions``), told
    by one article or by two: the composition announced and its appointments ("Le
    secrétaire général de l'Élysée a annoncé la composition du nouveau gouvernement" /
    "Claire Martin a été nommée ministre de la Santé" / "Paul Roux passe du ministère de
    l'Agriculture à celui de l'Intérieur"): one happening, whoever each names."""
    return a.composition is not None and a.composition == b.composition


#: the score of two parts of one composition (``same_composition``): the weakest wanted link's
COMPOSITION_SCORE = 0.65


def mark_compositions(reports: list[Report]) -> None:
    """Each part of a government's composition made public gets that composition: its day
    and the first of the articles telling it. An article tells a composition when a
    happening of it writes one of ``composition`` markers ("la composition du nouveau
    gouvernement a été annoncée mercredi soir"), told neither as to come nor in the
    pluperfect, of one day (a narration's last day for a report told in it; an article
    telling compositions of two days tells none); its parts are those happenings and its
    appointments whose days hold that day (``_appointment``), and their follow-ups. Articles
    telling a composition of one day and naming a person in common tell one composition
    (two countries' new governments of one day are two). Idempotent."""
    vocab = vocabulary()
    days: dict[int, set[str]] = {}
    for r in reports:
        r.composition = None
        if _tells_composition(r, vocab):
            day = _day_of(r)
            if day is not None:
                days.setdefault(r.key[0], set()).add(day)
    told = {article: next(iter(d)) for article, d in days.items() if len(d) == 1}
    persons: dict[int, set[str]] = {article: set() for article in told}
    for r in reports:
        if r.key[0] in told:
            persons[r.key[0]].update(r.persons)
    first = {article: article for article in told}  # article -> first of its composition
    for article, other in itertools.combinations(sorted(told), 2):
        one, two = first[article], first[other]
        if one != two and told[article] == told[other] and persons[article] & persons[other]:
            first = {a: min(one, two) if f in (one, two) else f for a, f in first.items()}
    for r in reports:
        day = told.get(r.key[0])
        if day is None:
            continue
        if _tells_composition(r, vocab) or (_appointment(r, vocab) and _holds(r.span, day)):
            r.composition = (day, first[r.key[0]])
    # a follow-up is told with its event ("..., c'est Nathalie Loiseau qui en hérite"): of
    # its composition, which the other parts may join whoever it names
    by_key = {r.key: r for r in reports}
    for r in reports:
        event = by_key.get(r.follows) if r.follows is not None else None
        if event is not None and event.composition is not None:
            r.composition = event.composition


def _tells_composition(report: Report, vocab: Vocabulary) -> bool:
    """A happening that tells a composition made public (``composition`` markers, and an
    act of ``made_public``: its main clause's, its action or its verb), neither as to come
    nor as a step back, nor negated ("a demandé à ne pas figurer dans la liste des
    ministres" tells no composition)."""
    clause = report.clause
    if clause is not None and clause.negated:
        return False
    acts = _acts_told(report) | ({report.verb} if report.verb else set())
    return (
        (report.kind == HAPPENING or _unsaid(report))
        and not report.scheduled
        and report.tense != "pluperfect"
        and bool(acts & vocab.made_public)
        and _found(vocab.composition, report.sentence)
    )


def _acts_told(report: Report) -> frozenset[str]:
    """Its main clause's acts and its action (a parse may miss the predicate)."""
    clause = report.clause
    acts = clause.acts if clause is not None else frozenset()
    return acts | ({report.action} if report.action else frozenset())


def _unsaid(report: Report) -> bool:
    """A statement no one is found to make ("Le gouvernement, annoncé mercredi soir,
    comprend 19 ministres": what it says is the outlet's, whatever a participle of saying
    in it)."""
    return report.statement and not report.speaker


def _appointment(report: Report, vocab: Vocabulary) -> bool:
    """A happening whose main clause appoints someone to an office (``composition``'s acts
    and offices: "a été nommée garde des Sceaux", "conserve son poste", "passe du ministère
    de ..."), told as done, neither as to come, nor as a step back, nor negated, nor left
    unrealised by a modal; not to the head of the government's office (the Prime Minister
    is appointed before forming the government). Its acts are its main clause's and its
    action (a parse may miss the predicate: "X, ancienne porte-parole, devient ministre")."""
    if report.kind != HAPPENING or report.scheduled or report.tense == "pluperfect":
        return False
    clause = report.clause
    if clause is not None and (clause.negated or clause.modal is not None):
        return False
    return (
        bool(_acts_told(report) & vocab.appointment_acts)
        and bool(report.bag & vocab.offices)
        and not _found(vocab.head_offices, report.sentence)
    )


def _day_of(report: Report) -> str | None:
    """The one day a report is of: its own, or its narration's last for a report told in
    it; None for a report explicitly dated by a span of several days."""
    if report.span[0] == report.span[1]:
        return report.span[0]
    return None if report.explicit else report.span[1]


def _holds(span: tuple[str, str, bool], day: str) -> bool:
    """The span holds the day (an open start reaches back)."""
    return (span[2] or span[0] <= day) and day <= span[1]


def acts_clash(a: Report, b: Report) -> bool:
    """Their main clauses tell other acts, every one of a class of merging's (``synonyms``,
    ``derivations``, ``predicate_phrases``), each one besides saying, none in common, and
    neither report's words tell an act of the other's: "La compagnie XL Airways s'est
    déclarée en faillite lundi" / "Le voyagiste Fram a annoncé lundi le rachat de XL
    Airways". A day, a place, a name in common are then the setting of two happenings, not
    one happening told twice. Not a verb of no class (a paraphrase may be one: "attendu" /
    "rendu"), nor a broad family of ``lemma_families`` ("~strike" holds "visée", told of
    an embassy where others "ont manifesté")."""
    one, other = a.clause, b.clause
    if one is None or other is None:
        return False
    saying = vocabulary().saying_acts
    acts, other_acts = one.acts - saying, other.acts - saying
    return (
        bool(acts and other_acts)
        and all(act[0] == "=" for act in acts | other_acts)
        and acts.isdisjoint(other_acts)
        and acts.isdisjoint(b.bag)
        and other_acts.isdisjoint(a.bag)
    )


def other_acts_other_days(a: Report, b: Report) -> bool:
    """Two articles' reports that may be of other days (the last day each can be on
    differs: its own day, or its article's for a happening told in its narration) and whose
    main clauses tell other acts (none in common, acts of saying aside, each knowing one):
    "Le bilan de l'effondrement du pont s'élève désormais à 38 morts" / three days later,
    "L'Italie a rendu hommage aux victimes de l'effondrement du pont". What they share is
    in a complement naming the dossier's central happening, which every report of the
    dossier names; sameness comes from the main predicates. Never the link that makes them
    one event (``similarity`` is 0); a group holding both through other reports is not
    refused (two wordings of one act, "attendu" / "rendu", may meet so)."""
    one, other = a.clause, b.clause
    if a.key[0] == b.key[0] or a.span[1] == b.span[1] or one is None or other is None:
        return False
    if a.follows is not None or b.follows is not None:
        return False
    saying = vocabulary().saying_acts
    acts, other_acts = one.acts - saying, other.acts - saying
    return bool(acts and other_acts) and acts.isdisjoint(other_acts) and a.action != b.action


def place_clash(a: Report, b: Report) -> bool:
    """Both name places, none in common, and, told by two articles, neither names a place
    the other's article names ("à Beyrouth" / "la capitale du Liban", told by an article
    that names Beyrouth: a city and its country, no clash). One article naming two places
    in two reports tells of two places ("la grève à Lyon" / "... à Marseille")."""
    if not (a.places and b.places and a.places.isdisjoint(b.places)):
        return False
    if a.key[0] == b.key[0]:
        return True
    return a.places.isdisjoint(b.scene) and b.places.isdisjoint(a.scene)


_SLACK = 1e-6  # rounding of the vectorised bounds: keep a little more, never less


def group_reports(reports: list[Report], threshold: float = THRESHOLD) -> list[Group]:
    """Greedy grouping: reports in ``_order`` (their articles' slugs, then sentences: the
    same whatever order the articles come in), each joins the best compatible group above
    ``threshold`` that admits it (no report of the group, follow-ups included, is blocked
    with it: ``Group.admits``; the earliest one on a tie) or starts a new one; a follow-up joins its
    event's group. A report above ``threshold`` for several groups joins them into one when
    their days agree and no report of one is blocked with a report of the other
    (``_joinable``: two outlets' reports of one happening, each alike to a third report
    only); so does a follow-up above ``threshold`` for groups other than its event's (an
    outlet telling in a follow-up of its lead what another tells in its own: "La plupart
    des victimes se sont noyées", after "Le gouvernement a décrété l'état de catastrophe
    naturelle"), which joins its event's group to them.

    A group's score is its best similarity to the report. Only the reports before it
    whose spans share a day with it and whose upper bound of similarity reaches
    ``threshold`` are compared (``Blocker.alike``, every such pair bounded once, before
    grouping): a compatible group shares a day with each of its reports, and a report
    skipped scores below ``threshold``. So the groups are those of comparing every pair
    (``_group_reports_exhaustive``).
    """
    mark_parts(reports)
    idf = rarity(reports)
    ordered = sorted(reports, key=_order)
    scorer = _Scorer(ordered, idf, threshold)
    alike = Blocker(ordered, idf, scorer.totals).alike(threshold)
    groups: list[Group] = []
    members: list[list[int]] = []  # group -> positions in ``ordered`` of its reports
    group_of: list[int] = []  # position in ``ordered`` -> its group
    by_key: dict[tuple[int, int], int] = {}  # report key -> its group
    for position, report in enumerate(ordered):
        own = by_key.get(report.follows) if report.follows is not None else None
        if own is not None:  # told with its event: in its group
            groups[own].reports.append(report)
            members[own].append(position)
            group_of.append(own)
            by_key[report.key] = own
        bounded: dict[int, list[tuple[float, int]]] = {}
        for other, bound in alike[position]:
            bounded.setdefault(group_of[other], []).append((bound, other))
        found = sorted(i for i in bounded if i != own and groups[i].compatible(report))
        best: tuple[float, int] | None = None
        above: list[int] = []  # every group the report is alike to
        for index in found:
            group = groups[index]
            score = _bounded_score(report, bounded[index], ordered, scorer, None)
            if score >= threshold and group.admits(report):
                above.append(index)
                if best is None or score > best[0]:
                    best = (score, index)
        if own is not None:
            # a follow-up alike to another group's report: its event's group and that one
            # tell one happening when nothing in either is another happening than
            # something in the other (``_joinable``), as for a report alike to two groups
            for other in sorted(above):
                if not _joinable(groups[own], groups[other]):
                    continue
                _join(groups, own, other)
                for moved in members[other]:
                    group_of[moved] = own
                members[own].extend(members[other])
                members[other] = []
                by_key.update({r.key: own for r in groups[own].reports})
            continue
        if best is None:
            groups.append(Group())
            members.append([])
            index = len(groups) - 1
        else:
            index = best[1]
        groups[index].add(report)
        members[index].append(position)
        group_of.append(index)
        by_key[report.key] = index
        for other in sorted(above):
            if other != index and _joinable(groups[index], groups[other]):
                _join(groups, index, other)
                for moved in members[other]:
                    group_of[moved] = index
                members[index].extend(members[other])
                members[other] = []
                by_key.update({r.key: index for r in groups[index].reports})
    return [g for g in groups if g.reports]


def _joinable(group: Group, other: Group) -> bool:
    """A report alike to two groups joins them when their days agree, they are not an
    ongoing campaign and one of its days (``_shapes_differ``), and no report of one is
    another happening than a report of the other (``blocked``)."""
    return (
        spans_overlap(group.common, other.common)
        and not _shapes_differ(group, other)
        and not any(blocked(a, b) for a in group.reports for b in other.reports)
    )


def _shapes_differ(group: Group, other: Group) -> bool:
    """One group is explicitly dated by a span of several days ("depuis le 30 septembre,
    les forces russes effectuent des frappes") and the other by a day ("Moscou a tiré
    mercredi 26 missiles"): a report alike to both (a strike of that campaign, told without
    its day) does not make the campaign one of its days."""

    def shapes(g: Group) -> tuple[bool, bool]:
        told = [r for r in g.reports if r.follows is None and r.explicit]
        return (
            any(_interval(r) for r in told),
            any(r.span[0] == r.span[1] for r in told),
        )

    (interval, day), (other_interval, other_day) = shapes(group), shapes(other)
    return (interval and other_day and not other_interval) or (
        other_interval and day and not interval
    )


def _join(groups: list[Group], index: int, other: int) -> None:
    """The reports of group ``other`` go to group ``index`` (``other`` is left empty)."""
    for moved in groups[other].reports:
        groups[index].add(moved)
    groups[other] = Group()


def _bounded_score(
    report: Report,
    bounded: list[tuple[float, int]],
    ordered: list[Report],
    scorer: _Scorer,
    best: tuple[float, int] | None,
) -> float:
    """Best similarity of ``report`` to the reports of one group, given their upper bounds:
    highest bound first, stopping when no bound left can beat what is found (or ``best``,
    which a later group must beat); then a value below that (it cannot win) is returned."""
    score = -1.0
    floor = best[0] if best is not None else -1.0
    seen: set[tuple[int, bool]] = set()
    for bound, position in sorted(bounded, key=lambda item: -item[0]):
        if bound + _SLACK < max(score, floor):
            break
        other = ordered[position]
        alike = (scorer.signature[id(other)], other.span[0] == report.span[0])
        if alike not in seen:  # else the same similarity as one already computed
            seen.add(alike)
            score = max(score, scorer.similarity(report, other))
    return score


def mark_parts(reports: list[Report]) -> None:
    """What grouping reads of the reports together before it compares them: a lead told
    again (``retold_leads``), the occasions, and the happenings told in parts (a
    government's composition, a toll, a decision moving people, one declaration retold:
    ``mark_compositions``, ``mark_tolls``, ``mark_moves``, ``mark_declarations``).
    Idempotent."""
    retold_leads(reports)
    mark_occasions(reports)
    mark_compositions(reports)
    mark_tolls(reports)
    mark_moves(reports)
    mark_declarations(reports)


def _group_reports_exhaustive(reports: list[Report], threshold: float = THRESHOLD) -> list[Group]:
    """Reference for tests: ``group_reports`` comparing every compatible pair."""
    mark_parts(reports)
    return group_exhaustively(reports, similarity, threshold)


def group_exhaustively(
    reports: list[Report],
    score_of: Callable[[Report, Report, dict[str, float]], float],
    threshold: float = THRESHOLD,
) -> list[Group]:
    """``group_reports``'s greedy grouping of reports already marked (``mark_parts``),
    every compatible pair compared by ``score_of`` (``similarity``, or a score the
    benchmarks try in its place: ``bench/merge_learn.py``)."""
    idf = rarity(reports)
    groups: list[Group] = []
    by_key: dict[tuple[int, int], int] = {}
    for report in sorted(reports, key=_order):
        own = by_key.get(report.follows) if report.follows is not None else None
        if own is not None:
            groups[own].reports.append(report)
            by_key[report.key] = own
        best: tuple[float, int] | None = None
        above: list[int] = []
        for index, group in enumerate(groups):
            if index != own and group.reports and group.compatible(report):
                score = max(score_of(report, other, idf) for other in group.reports)
                if score >= threshold and group.admits(report):
                    above.append(index)
                    if best is None or score > best[0]:
                        best = (score, index)
        if own is not None:  # a follow-up alike to other groups joins its event's to them
            for other in above:
                if _joinable(groups[own], groups[other]):
                    _join(groups, own, other)
                    by_key.update({r.key: own for r in groups[own].reports})
            continue
        if best is None:
            groups.append(Group())
        index = best[1] if best else len(groups) - 1
        groups[index].add(report)
        by_key[report.key] = index
        for other in above:
            if other != index and _joinable(groups[index], groups[other]):
                _join(groups, index, other)
                by_key.update({r.key: index for r in groups[index].reports})
    return [g for g in groups if g.reports]


class _Scorer:
    """``similarity`` with each report's weight total computed once (same floats), exact
    where it reaches ``threshold`` (below, a value below it: all grouping reads of it)."""

    def __init__(self, reports: list[Report], idf: dict[str, float], threshold: float) -> None:
        self.idf = idf
        self.threshold = threshold
        self.totals = {id(r): sum(idf.get(w, 1.0) for w in r.bag) for r in reports}
        # reports alike for ``similarity`` (to a report not starting on the same day), as
        # the same sentence reported again another day: one number each
        kinds: dict[tuple[Any, ...], int] = {}
        self.signature = {
            id(r): kinds.setdefault(
                (
                    r.text,
                    r.bag,
                    frozenset(r.entities),
                    frozenset(r.numbers),
                    r.speaker,
                    r.statement,
                    _interval(r),
                    r.span[0] == r.span[1],
                    r.action,
                    r.key[0],
                    r.explicit,
                    r.span[1],
                    r.kind,
                    r.persons,
                    r.places,
                    r.distinct,
                    r.time,
                    tuple(sorted(r.quantities.items())),
                    r.clause,
                    r.sentence,
                    r.quoted,
                    r.scene,
                    r.protagonist,
                    r.occasion,
                    r.toll,
                ),
                len(kinds),
            )
            for r in reports
        }

    def similarity(self, a: Report, b: Report) -> float:
        """``similarity`` if it reaches ``threshold``, else a value below ``threshold``:
        the tests that refuse a pair (``_refused``: the costlier part, 60 % of the time of
        ``similarity`` at 1,000 articles) run only for a pair whose score reaches it, about
        one pair in twenty compared. A refused pair is then 0, as ``similarity`` makes it."""
        total = self.totals[id(a)] + self.totals[id(b)]
        score = _score(a, b, self.idf, total)
        if (score >= self.threshold or self.threshold <= 0.0) and _refused(a, b):
            return 0.0
        return score


class Blocker:
    """Upper bounds of ``similarity`` between one report and given reports before it (those
    of its date-compatible groups), in one vectorised pass (numpy): every term exact but
    the text share, taken as 1, and what the main clauses and quotations may add, read
    from what they have in common (acts, names, a quotation's words), not from the model's
    vectors nor from runs of words. Used for the reports compatible with very many others."""

    def __init__(
        self, reports: list[Report], idf: dict[str, float], totals: dict[int, float]
    ) -> None:
        import numpy as np

        self.np = np
        self.reports = reports
        self.words = _Sparse(np, [r.bag for r in reports], idf)
        self.entities = _Sparse(np, [r.entities for r in reports])
        self.numbers = _Sparse(np, [r.numbers for r in reports])
        self.figures = _Sparse(np, [r.figures for r in reports])
        self.totals = np.array([totals[id(r)] for r in reports], dtype=np.float64)
        # the main clauses' core words (``_core_overlap``), weighed as the bags' words
        cores = [r.clause.core if r.clause is not None else frozenset() for r in reports]
        self.cores = _Sparse(np, cores, idf)
        self.core_totals = np.array(
            [sum(idf.get(w, 1.0) for w in core) for core in cores], dtype=np.float64
        )
        starts: dict[str, int] = {}
        names: dict[str | None, int] = {None: -1}
        self.interval = np.array([_interval(r) for r in reports], dtype=bool)
        self.start = np.array([starts.setdefault(r.span[0], len(starts)) for r in reports])
        self.statement = np.array([r.statement for r in reports], dtype=bool)
        self.speaker = np.array([names.setdefault(r.speaker or None, len(names)) for r in reports])
        self.action = np.array([names.setdefault(r.action or None, len(names)) for r in reports])
        self.article = np.array([r.key[0] for r in reports])
        self.explicit = np.array([r.explicit for r in reports], dtype=bool)
        self.first = np.array([r.span[0] for r in reports], dtype=str)
        self.last = np.array([r.span[1] for r in reports], dtype=str)
        self.end = np.array([starts.setdefault(r.span[1], len(starts)) for r in reports])
        self.cored = np.array([r.clause is not None for r in reports], dtype=bool)
        # the spans as ranks of their days (``spans_overlap``: an open start reaches back)
        days = {d: n for n, d in enumerate(sorted({r.span[0] for r in reports} | set(starts)))}
        self.reach = np.array([-1 if r.span[2] else days[r.span[0]] for r in reports])
        self.until = np.array([days[r.span[1]] for r in reports])
        # a follow-up is in its event's group (when told after it) without narrowing the
        # group's days (``Group.add``): a group holding it shares a day with its event
        at = {r.key: n for n, r in enumerate(reports)}
        home = list(range(len(reports)))
        for n, r in enumerate(reports):
            event = at.get(r.follows) if r.follows is not None else None
            if event is not None and event < n:
                home[n] = home[event]
        self.home = np.array(home, dtype=np.int64)
        vocab = vocabulary()
        # what the main clauses may add (``clause_score``): their acts but saying, and the
        # names of their core words (two acts alike need one: ``acts_alike``)
        self.acts = _Sparse(
            np,
            [r.clause.acts - vocab.saying_acts if r.clause is not None else () for r in reports],
        )
        self.named = _Sparse(
            np,
            [
                [w for w in r.clause.core if clauses.named(w)] if r.clause is not None else ()
                for r in reports
            ],
        )
        # a report's action as an act of the clauses' (``_half_clause_score``), -1 for an
        # act of saying or an act no clause tells; its action one of its own clause's acts
        # (``_actions_alike``)
        self.action_act = np.array(
            [
                self.acts.index.get(r.action, -1)
                if r.action and r.action not in vocab.saying_acts
                else -1
                for r in reports
            ]
        )
        self.own_action = np.array(
            [r.clause is not None and r.action in r.clause.acts for r in reports], dtype=bool
        )
        self.quoting = np.array([bool(r.quotations) for r in reports], dtype=bool)
        # the words of the quotations long enough to share a run (``same_quotation``)
        run = vocab.quotation_run
        self.quoted = (
            _Sparse(
                np,
                [{w for q in r.quotations if len(q) >= run for w in q} for r in reports],
            )
            if run > 0
            else None
        )
        # the people each report tells taken into custody (``same_custody``)
        self.custody = _Sparse(np, [custody_of(r) for r in reports])
        self.sets = [self.words, self.entities, self.numbers, self.figures, self.cores]
        self.sets += [self.acts, self.named, self.custody]
        self.sets += [self.quoted] if self.quoted else []
        # stages of one happening (``same_frame``): the frame, protagonist and last day
        frames: dict[tuple[str, str, str], int] = {}
        self.frame = np.array([_frame_key(r, frames) for r in reports])
        # one act of the protagonist (``one_act_of_protagonist``): the protagonist alone
        # and the last day; the act in common is read from ``acts``
        protagonists: dict[tuple[str, str], int] = {}
        self.protagonist = np.array([_protagonist_key(r, protagonists) for r in reports])
        # statements of one occasion (``same_occasion``): the article, speaker and day
        self.occasion = _numbered(np, [r.occasion for r in reports])
        # parts of one composition (``same_composition``): its day and first article
        self.composition = _numbered(np, [r.composition for r in reports])
        # one toll told piecemeal (``same_toll``): its day
        self.toll = _numbered(np, [r.toll.day if r.toll else None for r in reports])
        # one decision moving people (``same_moves``): its day and first article
        self.moves = _numbered(np, [r.moves for r in reports])
        # one declaration retold (``same_declaration``): its speaker, day and occasion
        self.declaration = _numbered(np, [r.declaration for r in reports])

    def alike(self, threshold: float) -> list[list[tuple[int, float]]]:
        """For each position, (position, bound) of the reports before it whose spans (a
        follow-up's: its event's) share a day with its span and whose bound reaches
        ``threshold``: the only ones a report may be alike to (a group holding it shares a
        day with each of its reports, and with a follow-up's event). All pairs are bounded
        in a few vectorised passes, positions taken in blocks."""
        np = self.np
        count = len(self.reports)
        out: list[list[tuple[int, float]]] = [[] for _ in range(count)]
        widest = max(1, count, *(s.vocabulary_size for s in self.sets))
        block = max(1, min(_BLOCK, _BLOCK_CELLS // widest))
        for first in range(0, count, block):
            last = min(count, first + block)
            mine = np.arange(first, last)[:, None]
            before = np.arange(last)[None, :]
            home = self.home[:last]
            overlap = (self.reach[home][None, :] <= self.until[first:last, None]) & (
                self.reach[first:last, None] <= self.until[home][None, :]
            )
            one, other = np.nonzero(overlap & (before < mine))
            if not len(one):
                continue
            one += first
            bound = self.bounds(one, other)
            kept = np.flatnonzero(bound >= threshold - _SLACK)
            for p, q, b in zip(
                one[kept].tolist(), other[kept].tolist(), bound[kept].tolist(), strict=True
            ):
                out[p].append((q, b))
        return out

    def bounds(self, one: Any, other: Any) -> Any:
        """The bound of ``similarity`` of each pair of positions (``one[i]``, ``other[i]``,
        integer arrays of one length)."""
        np = self.np
        shared = self.words.pairs_shared(one, other)
        total = self.totals[one] + self.totals[other]
        rare = np.divide(2 * shared, total, out=np.zeros(len(one)), where=total > 0)
        core_total = self.core_totals[one] + self.core_totals[other]
        core_shared = self.cores.pairs_shared(one, other)
        core = np.divide(2 * core_shared, core_total, out=np.zeros(len(one)), where=core_total > 0)
        rare = np.maximum(rare, core)  # the higher of the two overlaps (``similarity``)
        common = self.entities.pairs_shared(one, other)
        union = self.entities.sizes[one] + self.entities.sizes[other] - common
        entities = np.divide(common, union, out=np.zeros(len(one)), where=union > 0)
        bound = TEXT_WEIGHT + RARE_WEIGHT * rare + ENTITY_WEIGHT * entities
        interval, other_interval = self.interval[one], self.interval[other]
        same = interval & other_interval & (self.start[other] == self.start[one])
        shape = interval != other_interval
        bound += np.where(same, SAME_INTERVAL_BONUS, np.where(shape, -SHAPE_PENALTY, 0.0))
        bound -= np.where(self.statement[other] != self.statement[one], KIND_PENALTY, 0.0)
        action, other_action = self.action[one], self.action[other]
        parsed, other_parsed = self.cored[one], self.cored[other]
        named = self.named.pairs_shared(one, other) > 0
        # two main clauses with an act in common, or acts that may be alike (a name in
        # common: ``acts_alike``); one clause against a report without, the report's action
        # one of the clause's acts (``_half_clause_score``); their acts are not compared
        # by the model's vectors here (a bound)
        acted = self.acts.pairs_shared(one, other) > 0  # an act in common, saying aside
        common = parsed & other_parsed & (acted | named)
        clauses = (
            common
            | (parsed & ~other_parsed & self.acts.holds(one, self.action_act[other]))
            | (~parsed & other_parsed & self.acts.holds(other, self.action_act[one]))
        )
        # the same action, or two parsed reports' actions that may be alike: each its
        # clause's act and a name in common (``_actions_alike``)
        alike = named & self.own_action[other] & self.own_action[one]
        known = (action >= 0) & (other_action >= 0) & ((other_action == action) | alike)
        bound += np.where(known, ACTION_BONUS, 0.0)
        mine, others = self.explicit[one], self.explicit[other]
        first, last = self.first[one], self.last[one]
        other_first, other_last = self.first[other], self.last[other]
        retold = (
            (self.article[other] == self.article[one])
            & (((other_action == action) & (action >= 0)) | common)
            & (
                (mine & others & (self.start[other] == self.start[one]))
                & (self.end[other] == self.end[one])
                | (  # dated here, told in the other's narration
                    mine
                    & ~others
                    & (first == last)
                    & (other_first <= first)
                    & (first <= other_last)
                )
                | (  # told here, dated in the other
                    ~mine
                    & others
                    & (other_first == other_last)
                    & (first <= other_first)
                    & (other_first <= last)
                )
            )
        )
        bound += np.where(retold, RETELLING_BONUS, 0.0)
        numbers = self.figures.pairs_shared(one, other)
        both = (self.numbers.sizes[one] > 0) & (self.numbers.sizes[other] > 0)
        bound += np.where(numbers > 0, NUMBER_BONUS, np.where(both, -NUMBER_CLASH, 0.0))
        # stages of one happening (``same_frame``) and statements of one occasion
        # (``same_occasion``): ``FRAME_SCORE``, ``OCCASION_SCORE`` at least
        frame = self.frame[one]
        staged = (frame >= 0) & (self.frame[other] == frame)
        staged &= self.article[other] != self.article[one]
        protagonist = self.protagonist[one]
        staged |= (
            (protagonist >= 0)
            & (self.protagonist[other] == protagonist)
            & (self.article[other] != self.article[one])
            & acted
        )
        # one person taken into custody (``same_custody``): ``FRAME_SCORE`` at least
        staged |= (self.custody.pairs_shared(one, other) > 0) & (
            self.article[other] != self.article[one]
        )
        # one toll told piecemeal (``same_toll``): a toll of the same day, at least
        toll = self.toll[one]
        staged |= (toll >= 0) & (self.toll[other] == toll)
        moves = self.moves[one]
        staged |= (moves >= 0) & (self.moves[other] == moves)
        bound = np.where(staged, np.maximum(bound, FRAME_SCORE), bound)
        occasion = self.occasion[one]
        told = (occasion >= 0) & (self.occasion[other] == occasion)
        declaration = self.declaration[one]
        told |= (declaration >= 0) & (self.declaration[other] == declaration)
        bound = np.where(told, np.maximum(bound, OCCASION_SCORE), bound)
        # what ``similarity`` adds after those floors: one statement quoted by both (a run
        # of words in common: one word at least), and the main clauses'
        quoting = self.quoting[one] & self.quoting[other]
        if self.quoted is not None:
            quoting &= self.quoted.pairs_shared(one, other) > 0
        bound += np.where(quoting, QUOTATION_BONUS, 0.0)
        bound += np.where(clauses, CLAUSE_BONUS + ARGUMENT_BONUS, 0.0)
        # two statements' speakers known and different (``said_by_another``), unless one
        # quotation (``same_quotation``) or one occasion (``same_occasion``)
        speaker, other_speaker = self.speaker[one], self.speaker[other]
        mute = (speaker >= 0) & (other_speaker >= 0) & (other_speaker != speaker)
        mute &= self.statement[other] | self.statement[one]
        mute &= ~quoting & ~told
        bound[mute] = 0.0
        # parts of one composition (``same_composition``): ``COMPOSITION_SCORE`` at least
        composition = self.composition[one]
        composed = (composition >= 0) & (self.composition[other] == composition)
        return np.where(composed, np.maximum(bound, COMPOSITION_SCORE), bound)


#: positions bounded together by ``Blocker.alike`` (at most), and the cells of a block's
#: tables (its positions times the reports before them, or times a vocabulary) it keeps under
_BLOCK = 64
_BLOCK_CELLS = 1 << 20


def _frame_key(report: Report, keys: dict[tuple[str, str, str], int]) -> int:
    """A number for the (frame, protagonist, last day) of a report that may be a stage of
    one happening (``same_frame``), -1 for any other."""
    frame = frame_of(report)
    if frame is None or report.protagonist is None or report.follows is not None:
        return -1
    return keys.setdefault((frame, report.protagonist, report.span[1]), len(keys))


def _protagonist_key(report: Report, keys: dict[tuple[str, str], int]) -> int:
    """A number for the (protagonist, last day) of a report that may tell an act of its
    article's protagonist alone (``one_act_of_protagonist``), -1 for any other."""
    person = protagonist_alone(report)
    if person is None:
        return -1
    return keys.setdefault((person, report.span[1]), len(keys))


def _numbered(np: Any, marks: list[Hashable | None]) -> Any:
    """A number for each report's mark (its occasion, composition, toll, decision or
    declaration: ``mark_parts``), the same for the same mark, -1 for none: reports of one
    mark are those of equal numbers."""
    numbers: dict[Hashable, int] = {}
    return np.array([-1 if m is None else numbers.setdefault(m, len(numbers)) for m in marks])


class _Sparse:
    """Sets of items (one per report) as a compressed row array, for weighted intersections
    of one row with every row before it."""

    def __init__(self, np: Any, rows: list[Any], weights: dict[Any, float] | None = None):
        self.np = np
        vocabulary: dict[Any, int] = {}
        items = [vocabulary.setdefault(x, len(vocabulary)) for row in rows for x in row]
        self.index = vocabulary  # item -> its number
        self.items = np.array(items, dtype=np.int64)
        self.sizes = np.array([len(row) for row in rows], dtype=np.int64)
        self.bounds = np.concatenate(([0], np.cumsum(self.sizes)))
        self.weights = np.ones(len(vocabulary))
        if weights is not None:
            for item, i in vocabulary.items():
                self.weights[i] = weights.get(item, 1.0)

    @property
    def vocabulary_size(self) -> int:
        return len(self.weights)

    def _spread(self, rows: Any) -> tuple[Any, Any, Any]:
        """The items of ``rows``, one row after the other: their places in ``items``, and
        each row's count and end among them."""
        np = self.np
        sizes = self.sizes[rows]
        ends = np.cumsum(sizes)
        total = int(ends[-1]) if len(ends) else 0
        at = np.repeat(self.bounds[rows] - (ends - sizes), sizes) + np.arange(total)
        return at, sizes, ends

    def pairs_shared(self, one: Any, other: Any) -> Any:
        """Weight of the items row ``one[i]`` shares with row ``other[i]``, for each i: the
        rows of ``one`` marked in a table (their span of rows by the vocabulary), the items
        of ``other`` read in it."""
        np = self.np
        if not len(one):
            return np.zeros(0)
        low, high = int(one.min()), int(one.max()) + 1
        marks = np.zeros((high - low, max(1, len(self.weights))))
        span = slice(self.bounds[low], self.bounds[high])
        owners = np.repeat(np.arange(high - low), self.sizes[low:high])
        marks[owners, self.items[span]] = self.weights[self.items[span]]
        at, sizes, ends = self._spread(other)
        values = marks[np.repeat(one - low, sizes), self.items[at]]
        sums = np.concatenate(([0.0], np.cumsum(values)))
        return sums[ends] - sums[ends - sizes]

    def holds(self, rows: Any, items: Any) -> Any:
        """Whether row ``rows[i]`` holds item number ``items[i]`` (-1: none), for each i."""
        np = self.np
        at, sizes, ends = self._spread(rows)
        found = self.items[at] == np.repeat(items, sizes)
        sums = np.concatenate(([0], np.cumsum(found)))
        return (sums[ends] - sums[ends - sizes]) > 0


def margins(reports: list[Report], groups: list[Group]) -> tuple[float | None, float | None]:
    """How clear-cut a grouping is: (weakest wanted link, strongest non-merge).

    The weakest link is, over every report of a group of several, its best similarity to
    another report of its group (the lowest such value); the strongest non-merge is the
    highest similarity between two date-compatible reports of different groups. The wider
    the gap around ``THRESHOLD``, the more robust the merging. Quadratic: for benches.
    """
    idf = rarity(reports)
    group_of = {r.key: i for i, g in enumerate(groups) for r in g.reports}
    links = [  # follow-ups are in their event's group whatever their similarity
        max(similarity(r, o, idf) for o in g.reports if o is not r)
        for g in groups
        if sum(o.follows is None for o in g.reports) > 1
        for r in g.reports
        if r.follows is None
    ]
    across = [
        similarity(a, b, idf)
        for i, a in enumerate(reports)
        for b in reports[i + 1 :]
        if group_of[a.key] != group_of[b.key] and spans_overlap(a.span, b.span)
    ]
    return (min(links) if links else None, max(across) if across else None)
