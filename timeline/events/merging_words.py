"""Merging's vocabulary (``lang/fr/merging.yml``), read once per process: the paraphrase
classes, the word weights, the markers of distinct happenings and the words of the happening
frames. Every module of merging reads its French here (``vocabulary``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from timeline import slugs
from timeline.content import yamlsafe
from timeline.errors import TimelineError
from timeline.events import entities
from timeline.events.clause import ClauseWords, PersonSense
from timeline.events.lexicon import calendar_words, families, lexicon

DATA_FILE = Path(__file__).resolve().parent.parent / "lang" / "fr" / "merging.yml"
QUOTE_OPENERS = '«"“'  # a sentence opening with one of them is direct speech
ANNOUNCEMENT = "announcement"  # ``kinds.ANNOUNCEMENT`` (kinds is not imported here)
HAPPENING = "happening"  # ``kinds.HAPPENING``


@dataclass(frozen=True)
class ChangeKind:
    """A kind of change one act told by its steps or parts makes (``changes.kinds``: a
    person leaving a group, a match, goods taken), its verbs folded as merging folds them."""

    name: str
    #: what its parts agree on: "person" (who undergoes it), "named" (the names not of
    #: people: the teams, the place robbed) or "day" (nothing in one article: its parts
    #: of one day are one happening wherever each is told, a day of marches town by town;
    #: two articles' meet by any name, as "named")
    whole: str
    acts: frozenset[str]  # the acts that found a happening of the kind
    weak: frozenset[str]  # the acts that only join one of their article's
    carried: dict[str, frozenset[str]]  # a verb -> the words it governs telling the kind
    #: acts that tell the kind only told without an object ("ont manifesté", not "a
    #: manifesté son inquiétude")
    bare: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ActedWords:
    """What reading what an act befalls needs (``changes.acted_on``, ``events.acted_on``)."""

    being: frozenset[str]  # the auxiliary of being: its verb's subject undergoes it
    of: frozenset[str]  # the prepositions opening a noun of action's complement ("de")
    one: frozenset[str]  # determiners of one ("le", "un")
    several: frozenset[str]  # determiners and contractions of several ("les", "des")
    #: prepositions holding an article ("du", "des", "au", "aux"): their noun is determined
    articled: frozenset[str] = frozenset()
    #: tenses of an earlier act recalled ("avait été écroué"): undated, of no step's day
    recalled: frozenset[str] = frozenset()
    #: possessive determiners ("son ambassadeur"): the thing is its actor's
    possessive: frozenset[str] = frozenset()
    #: nouns that name no thing of its own: anyone described ("un homme"), a moment
    #: ("la nuit", "ce jeudi"): ``describing_nouns``, ``light_words``, the calendar's
    anyone: frozenset[str] = frozenset()
    #: nouns of a body or an official who acts (``agent_nouns``): the subject of a
    #: pronominal verb that is one does its act ("Les deux dirigeants se sont parlé")
    actors: frozenset[str] = frozenset()
    #: prefixes of a verb's reverse or repetition ("dé-", "re-": "bloquer" / "débloquer",
    #: "ouvrir" / "rouvrir"): a verb and its prefixed form are two acts
    prefixes: tuple[str, ...] = ()
    #: adverbs of addition and of simultaneity ("aussi", "dans le même temps"): an act told
    #: of its subject with one of them befalls others too (``acted_on.told_shared``)
    shared: frozenset[str] = frozenset()
    #: collective nouns of a closed class ("une vague de", "une série de"): a happening
    #: told as one of several, the happening is their complement's
    collectives: frozenset[str] = frozenset()
    #: nouns of undergoing ("être la cible de", "faire l'objet de", "être victime de"): the
    #: happening undergone is their complement
    undergone: frozenset[str] = frozenset()
    #: learned prefixes of size or domain ("méga-", "cyber-"): a compound with one of
    #: them names its head's happening ("mégafeu", "cyberattaque")
    compound_prefixes: tuple[str, ...] = ()
    #: acts (folded) of a thing recovering or restored ("se sont relevés", "a été
    #: rétabli", "ont redémarré") and of what hits or disrupts it ("a affecté",
    #: "a paralysé", "ont été perturbés"): the one undoes the other, two happenings
    recovery: frozenset[str] = frozenset()
    disruption: frozenset[str] = frozenset()
    #: happenings of a moment, as merging folds their nouns ("attaque", "=quake"): one
    #: happening whichever day retells it; and the adjectives (lemmas) that tell another
    #: occurrence of a happening ("nouveau", "autre": "deux nouvelles explosions")
    punctual: frozenset[str] = frozenset()
    another_occurrence: frozenset[str] = frozenset()
    #: things that happen of themselves, as merging folds their nouns (``punctual`` and
    #: ``happening_subjects``: "=exploser", "=fire", "tempête"): the subject of a verb
    #: with no object ("Une explosion a retenti", "un incendie s'est déclaré") tells
    #: such a happening as it tells one that hits something
    occurring: frozenset[str] = frozenset()
    #: the verbs (lemmas, "se X" for a pronominal) by which such a thing is told with no
    #: object ("a retenti", "s'est produite")
    occurring_verbs: frozenset[str] = frozenset()


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
    #: a word of a phrase before a name that makes it a subject and its verb, not an
    #: apposition ("la ministre a cité X": ``apposition_verbs``), folded
    apposition_verbs: re.Pattern[str] = re.compile(r"(?!)")
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
    #: verbs that ask for an act only when their clause governs one (``call_verbs``: "a
    #: appelé le maire à la démission", not "a appelé les secours")
    calls: frozenset[str] = frozenset()
    #: a word naming an institution or its head -> its class ("préfet", "préfecture")
    roles: dict[str, str] = field(default_factory=dict)
    role_stop_words: frozenset[str] = frozenset()
    #: connectives opening a sentence that adds another fact ("En outre, ...")
    additive: tuple[re.Pattern[str], ...] = ()
    #: an adverb adding an act on a verb in a compound past ("a également décidé")
    additive_acts: tuple[re.Pattern[str], ...] = ()
    #: a subject stressed as one more doer of an act told ("a elle aussi présenté")
    additive_doers: tuple[re.Pattern[str], ...] = ()
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
    #: a follow-up telling others or elsewhere doing the like ("En Suisse aussi, ...", "Le
    #: Japon et le Canada ont eux aussi ouvert une enquête": ``others_too``,
    #: ``sequels.tells_others_too``)
    others_too: tuple[re.Pattern[str], ...] = ()
    #: a clause of time opening a landmark act ("... après que X a coupé la ligne":
    #: ``time_clause``, ``Report.landmarks``)
    time_clause: re.Pattern[str] = re.compile(r"(?!)")
    #: a happening named as the setting of another act ("au terme de leur sommet":
    #: ``setting_phrase``, ``merge.in_setting_of``), its next three words as group 1
    setting: re.Pattern[str] = re.compile(r"(?!)")
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
    #: what sets a speaker against the party told before ("de son côté", "pour sa part":
    #: ``other_side_markers``; ``merge.another_side_speaks``)
    other_side: tuple[re.Pattern[str], ...] = ()
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
    #: a body of a place named several ways (``institution_names``, ``merge._names_differ``):
    #: its nouns, the words linking it to its place in an entity id, a place's adjective's
    #: endings (slugs)
    institutions: frozenset[str] = frozenset()
    place_links: tuple[str, ...] = ()
    adjective_endings: tuple[str, ...] = ()
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
    #: the occasions named by several words ("point de presse"): their pattern (folded,
    #: lower case, the words apart by spaces or hyphens) -> their class
    declaration_phrases: tuple[tuple[re.Pattern[str], str], ...] = ()
    declaration_another: re.Pattern[str] = re.compile(r"(?!)")
    declaration_acts: frozenset[str] = frozenset()
    speaker_subjects: frozenset[str] = frozenset()
    move_proposal: re.Pattern[str] = re.compile(r"(?!)")
    #: one act told by its steps or parts (``changes``, ``frames.mark_changes``): its
    #: kinds, and the verbs that tell the act their object names (folded)
    changes: tuple[ChangeKind, ...] = ()
    change_carriers: frozenset[str] = frozenset()
    #: what an act befalls, read from the parse's arguments (``changes.acted_on``)
    acted_on: ActedWords = ActedWords(frozenset(), frozenset(), frozenset(), frozenset())

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
        return any_found(self.markers, sentence)

    def role(self, speaker: str) -> tuple[str, frozenset[str]] | None:
        """The institution a speaker's description names (``speaker_roles``: "le préfet
        de Normandie Pierre-André Durand" -> prefect) and the words that follow its role
        word ({"normandie", "pierre-andré", "durand"}), or None."""
        words = SPEAKER_WORDS.findall(speaker.lower())
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

    def tells_act(self, noun: str) -> bool:
        """A noun's lemma names an act (``names_an_act`` of it as merging folds it: "le
        retrait" is "=retirer" of ``derivations``, "l'évacuation" "=evacuate")."""
        return self.names_an_act(self.fold.get(noun, noun))

    def happening_of(self, noun: str) -> str | None:
        """The happening a noun's lemma names, as merging folds it ("incendie" -> "=fire",
        "attaque" -> "~strike", "orage"): a thing that happens (``happening_subjects``) or
        a noun of an act (``names_an_act``), not a saying; None when it names neither."""
        folded = self.fold.get(noun, noun)
        if folded in self.saying_acts:
            return None
        if folded in self.happening_subjects or self.names_an_act(folded):
            return folded
        return None

    def known_happening(self, noun: str) -> str | None:
        """``happening_of`` a noun the vocabulary holds itself (a class's word, an act
        noun, a thing that happens), not one read from its ending: the head a compound may
        end with ("cyberattaque": "attaque")."""
        folded = self.fold.get(noun, noun)
        known = noun in self.fold or noun in self.act_nouns or folded in self.happening_subjects
        return self.happening_of(noun) if known else None

    def adds(self, sentence: str) -> bool:
        """The sentence opens with a connective adding another fact ("En outre, ...")."""
        return any_found(self.additive, sentence)


def any_found(patterns: tuple[re.Pattern[str], ...], sentence: str) -> bool:
    """One of ``patterns`` (of ``merging.yml``, written in lower case) is in ``sentence``:
    the one test behind markers, additive openers and history markers."""
    lowered = sentence.lower()
    return any(p.search(lowered) for p in patterns)


#: the words of a speaker's description ("l'Intérieur" -> "l", "intérieur")
SPEAKER_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def raw_data() -> Any:
    """merging.yml as read, parsed once per process: the source of ``vocabulary`` and of
    the parts other modules compile themselves (``frames``' media, ``documents``)."""
    return yamlsafe.load(DATA_FILE.read_text(encoding="utf-8"), DATA_FILE)


def outside_quotes(text: str) -> str:
    """The text without what it quotes (``quotation_marks``: what a quoted speaker says is
    the speaker's, not the narration's), apostrophes written one way."""
    return vocabulary().quotation.sub(" ", text.replace("\u2019", "'"))


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary of merging (cached per process)."""
    try:
        data = raw_data()
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
            apposition_verbs=re.compile(
                r"(?:^| )(?:"
                + "|".join(
                    re.escape(entities.fold(str(w)).lower()) for w in data["apposition_verbs"]
                )
                + r")(?: |$)"
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
            calls=frozenset(str(w).lower() for w in data["call_verbs"]),
            roles={
                str(word).lower(): str(name)
                for name, words in data["speaker_roles"].items()
                for word in words
            },
            role_stop_words=frozenset(str(w).lower() for w in data["speaker_role_stop_words"]),
            additive=tuple(re.compile(str(p)) for p in data["additive_openers"]),
            additive_acts=tuple(re.compile(str(p)) for p in data["additive_acts"]),
            additive_doers=tuple(re.compile(str(p)) for p in data["additive_doers"]),
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
            others_too=tuple(re.compile(str(p)) for p in data["others_too"]),
            recent_past=re.compile(str(data["recent_past"]), re.IGNORECASE),
            time_clause=re.compile(str(data["time_clause"]), re.IGNORECASE),
            setting=re.compile(str(data["setting_phrase"]), re.IGNORECASE),
            clock=re.compile(str(data["clock_time"]), re.IGNORECASE),
            clock_span=re.compile(str(data["clock_span"]), re.IGNORECASE),
            moments_apart=int(data["moments_apart"]),
            operation_acts=frozenset(fold.get(str(w), str(w)) for w in data["operation_acts"]),
            describing_articles=frozenset(str(w).lower() for w in data["describing_articles"]),
            same_source_words=frozenset(str(w).lower() for w in data["same_source_words"]),
            other_side=tuple(re.compile(str(p)) for p in data["other_side_markers"]),
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
            institutions=frozenset(
                slugs.slug(str(w)) for w in data["institution_names"]["institutions"]
            ),
            place_links=tuple(
                sorted((str(w) for w in data["institution_names"]["place_links"]), key=len)[::-1]
            ),
            adjective_endings=tuple(str(w) for w in data["institution_names"]["adjective_endings"]),
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
                if " " not in str(word)
            },
            declaration_phrases=tuple(
                (_phrase_pattern(entities.fold(str(words)).lower()), str(medium))
                for medium, phrases in data["declarations"]["media"].items()
                for words in phrases
                if " " in str(words)
            ),
            declaration_another=re.compile(str(data["declarations"]["another"])),
            declaration_acts=_folded_acts(data["declarations"]["acts"], fold),
            speaker_subjects=frozenset(
                str(w).lower() for w in data["declarations"]["speaker_subjects"]
            ),
            move_proposal=re.compile(str(data["moves"]["proposal"])),
            changes=tuple(
                _change_kind(str(name), kind, fold)
                for name, kind in data["changes"]["kinds"].items()
            ),
            change_carriers=_folded_acts(data["changes"]["carriers"], fold),
            acted_on=_acted_words(data, fold),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TimelineError(f"cannot load the merging vocabulary: {exc}", DATA_FILE) from None
    except re.error as exc:
        raise TimelineError(f"bad pattern: {exc}", DATA_FILE) from None


def _phrase_pattern(words: str) -> re.Pattern[str]:
    """The pattern of a phrase of several words, whole words written apart by spaces or
    hyphens ("point presse" finds "point-presse" too)."""
    return re.compile(r"\b" + r"[\s-]+".join(map(re.escape, words.split())) + r"\b")


def _folded_acts(words: list[str], fold: dict[str, str]) -> frozenset[str]:
    """Verbs and nouns as a main clause's acts are folded: their family of
    ``lemma_families`` ("annoncer" -> "~saying"), then their class of ``synonyms``."""
    family = families()
    return frozenset(
        fold.get(family.get(w, w), family.get(w, w)) for w in (str(w).lower() for w in words)
    )


def _acted_words(data: dict[str, Any], fold: dict[str, str]) -> ActedWords:
    """``changes.acted_on``, with the nouns that name no thing of their own; its acts of
    recovery and of disruption folded as a main clause's acts are (``fold``)."""
    acted = data["changes"]["acted_on"]
    weekdays, months = calendar_words()

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in acted[key])

    return ActedWords(
        being=words("being"),
        of=words("of"),
        one=words("one"),
        several=words("several"),
        articled=words("articled"),
        recalled=words("recalled_tenses"),
        possessive=words("possessive"),
        prefixes=tuple(sorted(words("prefixes"), key=len, reverse=True)),
        shared=words("shared"),
        collectives=words("collectives"),
        undergone=words("undergone"),
        compound_prefixes=tuple(sorted(words("compound_prefixes"), key=len, reverse=True)),
        recovery=_folded_acts(acted["recovery"], fold),
        disruption=_folded_acts(acted["disruption"], fold),
        punctual=frozenset(fold.get(w, w) for w in words("punctual")),
        occurring=frozenset(
            fold.get(str(w), str(w)) for w in [*acted["punctual"], *data["happening_subjects"]]
        ),
        occurring_verbs=words("occurring_verbs"),
        another_occurrence=words("another_occurrence"),
        anyone=frozenset(
            str(w).lower()
            for w in [*data["describing_nouns"], *data["light_words"], *weekdays, *months]
        ),
        actors=frozenset(str(w).lower() for w in lexicon()["agent_nouns"]),
    )


def _change_kind(name: str, kind: dict[str, Any], fold: dict[str, str]) -> ChangeKind:
    """A kind of change of ``changes.kinds``, its verbs folded."""
    whole = str(kind["whole"])
    if whole not in ("person", "named", "day"):
        raise ValueError(f"changes.kinds.{name}.whole: 'person', 'named' or 'day', not {whole!r}")
    return ChangeKind(
        name=name,
        whole=whole,
        acts=_folded_acts(kind["acts"], fold),
        weak=_folded_acts(kind.get("weak", []), fold),
        carried={
            fold.get(str(verb), str(verb)): _folded_acts(words, fold)
            for verb, words in kind.get("carried", {}).items()
        },
        bare=_folded_acts(kind.get("bare", []), fold),
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
        ranking=frozenset(str(w).lower() for w in data["ranking_attributes"]),
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
        litotes=frozenset(str(w).lower() for w in data["litotes_verbs"]),
        colon_frames=frozenset(str(w).lower() for w in data["colon_frames"]),
        quote_openers=frozenset(QUOTE_OPENERS),
    )
