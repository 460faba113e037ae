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
happening per day and deciding body (``mark_moves``, ``same_moves``). So is one act told
by its steps or parts, each with its own verb and its own people or things: a person leaving
a group ("a été exclu", "lui a signifié son renvoi", "a quitté l'hôtel"), a match (its
result, its goals, a sending-off), goods taken item by item; its kind of change is a class
of verbs (``changes``), and who or what undergoes it must agree (``mark_changes``,
``same_change``). These happening
frames are read in ``events.frames``; a report is ``events.report``, the French of merging
``events.merging_words``, and what both merging and the frames read of reports
``events.report_reads``.

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

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from timeline.events import clause as clauses
from timeline.events import entities, speakers, wordvectors
from timeline.events.anaphoric_acts import take_back_acts
from timeline.events.clause import Clause
from timeline.events.dates import spans_overlap
from timeline.events.frames import (
    COMPOSITION_SCORE,
    FRAME_SCORE,
    OCCASION_SCORE,
    acts_reversed,
    custody_of,
    earlier_act,
    frame_of,
    hits_several_places,
    mark_acted,
    mark_changes,
    mark_compositions,
    mark_declarations,
    mark_moves,
    mark_occasions,
    mark_shared,
    mark_tolls,
    one_act_of_protagonist,
    other_things,
    other_tolls,
    protagonist_alone,
    same_acted,
    same_change,
    same_composition,
    same_custody,
    same_declaration,
    same_frame,
    same_happening_told,
    same_moves,
    same_occasion,
    same_toll,
)
from timeline.events.lexicon import alternation, lexicon
from timeline.events.merging_words import (
    HAPPENING,
    QUOTE_OPENERS,
    SPEAKER_WORDS,
    Vocabulary,
    any_found,
    vocabulary,
)
from timeline.events.report import Report
from timeline.events.report_reads import (
    acts_clash,
    closing_attribution,
    counted_differently,
    other_moments,
    pronoun_clause,
    relays_an_act,
    run_within,
    told_in,
    words_written,
)
from timeline.events.sayings import (
    mark_channels,
    other_channels,
    relays,
    words_against_relayed,
    words_of_other_days,
)

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
    side = one.voice.side or frozenset({one.speaker})
    if other.voice.person in side:
        # "La maire de Lyon a annoncé" / "Claire Vernay a annoncé"; a body and its head:
        # "Le Parti du renouveau a annoncé" / "sa présidente, Anne Morel, a annoncé"
        return False
    if other.speaker is None and (same_speaker(one, other) or _names_in(one.speaker, other)):
        return False  # "le préfet de Normandie Pierre-André Durand" / "le préfet"
    return other.speaker is not None or one.speaker not in other.persons


def said_by_several(one: Report, other: Report) -> bool:
    """``one`` is the words of a known speaker (its reporting clause's, or its
    declaration's: ``mark_declarations``); ``other`` tells what several say, naming no
    speaker of its own: its main clause tells an act of saying (``declarations.acts``) by a
    subject, neither a pronoun nor that speaker, with which its verb agrees in the plural
    ("Des témoins ont affirmé avoir entendu crier le nom de Paul Girard", "Cinq enseignes
    (Leclerc, Carrefour, ..., Marc Dumont) ont reconnu ..."): others' words, whoever they
    name, not that speaker's ("Paul Girard a affirmé être « choqué »")."""
    who = one.speaker or (one.declaration[0] if one.declaration else None)
    read = other.clause
    if who is None or other.speaker is not None or read is None:
        return False
    if not read.plural_verb or read.agent is None or read.agent == f"@{who}":
        return False
    if read.agent in lexicon()["anaphoric_subjects"]:
        return False
    acts = read.acts | ({other.action} if other.action else frozenset())
    return not acts.isdisjoint(vocabulary().declaration_acts)


def _names_in(person: str, report: Report) -> bool:
    """Every word of a person's entity id is a word of the report's reporting clause ("Le
    Premier ministre Pedro Sanchez a annoncé ...", when the name was not found as an
    entity there): that person is who speaks in it. The clause is read as the ids are
    made (``slugs.slug``: "Jean-Pierre Raffarin" -> jean, pierre, raffarin)."""
    said = words_written(report.quoted) - {""}
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
    return run_within(a, b) or run_within(b, a) or vocabulary().same_role(a, b)


def other_people(a: Report, b: Report) -> bool:
    """Both name people (speakers aside), none in common, nor the other's speaker or
    doer (a title's holder: "Le ministre de l'Économie a lancé" / "Paul Renaud a
    lancé")."""
    mine, others = a.persons - a.landmarks, b.persons - b.landmarks
    return bool(
        mine
        and others
        and mine.isdisjoint(b.persons | {b.speaker, b.doer})
        and others.isdisjoint(a.persons | {a.speaker, a.doer})
    )


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
    occasion (``same_occasion``); always two accounts of words said on two days or two
    channels as their articles tell them (``events.sayings``), before any declaration
    another article's channel was lent to."""
    if a.quotations and b.quotations and same_quotation(a, b):
        return False
    if not same_print(a, b) and (
        words_of_other_days(a, b)  # "a affirmé mercredi avoir gagné" / Saturday: "a écrit ..."
        or other_channels(a, b)  # "X s'est dit honoré sur Twitter" / "X a promis", his address
        or words_against_relayed(a, b)  # "Les médias ont annoncé l'élection de X" / "X a promis"
    ):
        return True  # one speaker's occasions, other speakers' (``events.sayings``)
    if same_occasion(a, b) or same_declaration(a, b):
        # what one speaker says on one occasion: its parts may tell anything, negated or
        # not, of anyone (« Les causes ne sont pas établies » / « L'immeuble a bougé »)
        return False
    if same_composition(a, b):
        return False  # a government's appointments: one happening, whoever each names
    if said_by_another(a, b) or said_by_another(b, a):
        return True  # a statement is who said it
    if said_by_several(a, b) or said_by_several(b, a):
        return True  # "Des témoins ont affirmé ... Paul Girard" / "Paul Girard a affirmé"
    if a.kind and b.kind and a.scheduled != b.scheduled:
        return True  # what is scheduled is not what took place
    if {a.time, b.time} == {"to come", "past"}:
        return True  # "doit rendre son verdict mercredi" / "a rendu son verdict mercredi"
    if announced_to_come(a, b) or announced_to_come(b, a):
        return True  # "a annoncé que Sophie Pétronin arriverait vendredi" / "est arrivée"
    if request_against_grant(a, b) or request_against_grant(b, a):
        return True  # "le parquet a requis vingt ans" / "la cour l'a condamné à vingt ans"
    if acts_reversed(a, b):
        return True  # "les comptes ont été gelés" / "les comptes ont été dégelés"
    if earlier_act(a, b) or earlier_act(b, a):
        return True  # "avaient été libérés en début de semaine" / "a été libérée jeudi"
    if same_toll(a, b):
        return False  # a toll told piecemeal: other victims, another count, one happening
    if same_moves(a, b):
        return False  # a reshuffle told person by person: other people, one decision
    if same_change(a, b):
        return False  # one act told by its steps or parts: other people, other things
    if other_tolls(a, b):
        return True  # "tués à Saint-Amand" / "abattu à Bourges"
    if other_things(a, b):
        return True  # "des flacons de crème Soleva" / "des flacons de shampooing Capilis"
    if a.distinct != b.distinct:
        return True  # "d'autres accusés" are not those already told of
    if speakers_differ(a, b) or other_offices(a, b):
        return True
    if elsewhere(a, b) and not hits_several_places(a, b):
        return True  # not where it hits: "Une vague d'orages a frappé le Gard" / "... Alès"
    if reacts_to_happening(a, b) or reacts_to_happening(b, a):
        return True  # "a condamné l'incendie de la mairie" / "ont incendié la mairie"
    if unsaid_description(a, b) or unsaid_description(b, a):
        return True
    if also_done_by_another(a, b) or also_done_by_another(b, a):
        return True  # "Les taux ont été relevés" / "La Fed avait également relevé ses taux"
    if other_moments(a, b):
        return True  # "vers 13 heures, quatre otages ont été tués" / "vers 17 heures, ..."
    if same_acted(a, b):
        return False  # one thing acted on by steps: other people, counts, clauses
    if same_happening_told(a, b):
        return False  # one happening, whatever it hits: other people, counts, clauses
    return other_people(a, b) or counted_differently(a, b) or clauses_differ(a, b)


def announced_to_come(one: Report, other: Report) -> bool:
    """``one`` is a statement relaying an act in a tense to come (its content's, the
    future or the conditional of reported speech: "Emmanuel Macron a annoncé sur Twitter que
    Sophie Pétronin arriverait ce vendredi en France"), ``other`` a happening told done
    (neither to come nor scheduled) of an act ``one`` relays ("Sophie Pétronin est arrivée
    vendredi à la mi-journée en France"): the act announced is not the act done, whatever
    day, people and words they share."""
    vocab = vocabulary()
    if not one.statement or one.time == "to come" or other.statement or other.scheduled:
        return False
    if vocab.time(one.content_tense, None) != "to come" or other.kind != HAPPENING:
        return False
    if other.time == "to come" or vocab.time(other.content_tense, None) == "to come":
        return False
    said, done = one.clause, other.clause
    if said is None or done is None:
        return False
    return bool((said.acts & done.acts) - vocab.saying_acts)


def also_done_by_another(one: Report, other: Report) -> bool:
    """``one`` tells, later in ``other``'s article, the same act as ``other`` with an
    adverb adding it to what was told ("également", "aussi" on its verb:
    ``additive_acts``), done by someone it names whom ``other`` does not name ("Les
    principaux taux directeurs ont été relevés de 0,25 point" ... "La Banque d'Angleterre
    a également relevé jeudi son taux"): the act done by another too, another happening.
    Not a statement nor a saying (what is said may be anyone's), not an act with no name
    among its doers ("La justice l'a également condamné à 105 heures": the same sentence,
    another penalty), not a follow-up (``apart`` reads those). A subject stressed as one
    more doer (``additive_doers``: "Hier, la présidente de la région, Claire Morel, a elle
    aussi présenté ses excuses" after "le maire de Lyon a présenté ses excuses") is another
    doer by construction, whoever it names or describes."""
    clause = one.clause
    vocab = vocabulary()
    if (
        clause is None
        or other.clause is None
        or one.key[0] != other.key[0]
        or one.key[1] <= other.key[1]
        or one.follows is not None
        or other.follows is not None
        or one.statement
        or one.action in vocab.saying_acts
    ):
        return False
    stressed = any_found(vocab.additive_doers, one.sentence)
    if not (stressed or any_found(vocab.additive_acts, one.sentence)) or not same_act(one, other):
        return False
    if stressed:
        return True
    doers = {w[1:] for w in clause.core if w.startswith("@")} - one.places
    if clause.agent is not None and clauses.named(clause.agent):
        doers.add(clause.agent[1:])
    return bool(doers) and doers.isdisjoint(other.entities)


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
    if a.voice.person is not None and a.voice.person in b.voice.side:
        return False  # "le ministre de l'Économie" / "Bruno Le Maire": its one holder
    one, other = a.quoted, b.quoted
    pronouns = lexicon()["anaphoric_subjects"]
    if not (one and other) or one in pronouns or other in pronouns or same_speaker(a, b):
        return False
    vocab = vocabulary()
    return vocab.role(_described(a)) is not None and vocab.role(_described(b)) is not None


def other_offices(a: Report, b: Report) -> bool:
    """Their main clauses' subjects are offices of two places or peoples ("La présidence
    malienne a salué ..." / "Le président français, X, a salué ..."; "Le préfet du Var a
    ordonné ..." / "Le préfet des Alpes-Maritimes a ordonné ..."): two doers, whatever the
    act shares. Of one kind (``speakers.one_kind_of_office``), or of any two kinds in one
    article's round-up of doers neither relaying another's act ("Sur Twitter, le président
    français a félicité X" / "Le Premier ministre britannique a félicité X", under their
    names as headings: the doer decides; not "L'Élysée annonce que X a démissionné" / "Le
    ministre français du Budget a démissionné", one act relayed). Only places tell: "le
    président algérien" and "le président de la République" may be one."""
    if not (a.office_places and b.office_places):
        return False
    if any(_one_place(p, q) for p in a.office_places for q in b.office_places):
        return False
    if speakers.one_kind_of_office(a.office, b.office):
        return True
    return a.key[0] == b.key[0] and not (relays(a) or relays(b))


#: the letters two words of two places' ids share when they name one place
_PLACE_STEM = 5


def _one_place(one: str, other: str) -> bool:
    """Two places' ids that may name one place: the same id, or a word of one opening as a
    word of the other ("algerie" / "republique-algerienne": a country and its state's
    name)."""
    return one == other or any(
        len(w) >= _PLACE_STEM and len(v) >= _PLACE_STEM and w[:_PLACE_STEM] == v[:_PLACE_STEM]
        for w in one.split("-")
        for v in other.split("-")
    )


def _described(report: Report) -> str:
    """The words of a report's reporting clause but those of its speaker's name: "a
    déclaré Bruno Le Maire" names no mayor, "a déclaré le maire, Luc Marin" does."""
    if report.speaker is None:
        return report.quoted
    name = set(report.speaker.split("-"))
    return " ".join(w for w in report.quoted.split() if not words_written(w) <= name)


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
    if one_body(one, other):
        return False
    return not (_mentions(b, one) or _mentions(a, other))


def _body_of(entity_id: str) -> tuple[str, str]:
    """(its noun, what names its place: the place's id or its adjective; "" when none) of
    a body's entity id ("parlement-du-kosovo" -> ("parlement", "kosovo"), "parlement-
    kosovar" -> ("parlement", "kosovar"), "parlement" -> ("parlement", "")); ("", "") when
    it is no body of ``institution_names``."""
    vocab = vocabulary()
    noun, _, rest = _unnumbered(entity_id).partition("-")
    if noun not in vocab.institutions:
        return "", ""
    for link in vocab.place_links:
        if rest.startswith(f"{link}-"):
            return noun, rest[len(link) + 1 :]
    return noun, rest


def _of_place(named: str, place: str) -> bool:
    """What names a body's place (``_body_of``) is ``place`` or its adjective: the place's
    id, or its name (or its name without its last vowel) with one of
    ``adjective_endings`` ("kosovar" / "kosovo", "groenlandais" / "groenland")."""
    if not named or not place:
        return False
    if named == place:
        return True
    stems = {place, place[:-1]} if place[-1] in "aeiouy" else {place}
    return any(
        named == f"{stem}{ending}"
        for stem in stems
        if len(stem) >= 4
        for ending in vocabulary().adjective_endings
    )


def one_body(one: str | None, other: str | None) -> bool:
    """Two entity heads ("@id") naming one body of a place as an actor (``institution_names``):
    its noun with its place as complement and with the place's adjective ("@parlement-du-
    kosovo" / "@parlement-kosovar"), its noun alone against either ("@parlement"), or the
    place alone standing for it ("@kosovo": "Le Kosovo a proclamé ...")."""
    if not (one and other and one[0] == "@" and other[0] == "@"):
        return False
    a, b = one[1:], other[1:]
    for x, y in ((a, b), (b, a)):
        noun, place = _body_of(x)
        if not noun:
            continue
        other_noun, other_place = _body_of(y)
        if other_noun == noun and (not place or not other_place):
            return True  # "le Parlement" / "le Parlement du Kosovo"
        if other_noun == noun and (_of_place(place, other_place) or _of_place(other_place, place)):
            return True  # "du Kosovo" / "kosovar"
        if not other_noun and _of_place(place, _unnumbered(y)):
            return True  # "Le Kosovo a proclamé ..."
    return False


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
    return any_found(vocabulary().history, text)


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
    describes another institution than its event's (``told_by_another_source``); its
    subject is stressed as one more doer of the act its event tells (``additive_doers``: "a
    elle aussi présenté ses excuses" after "Le maire a présenté ses excuses"), not a saying
    (one more doer of another act may be a part of its event's: "La Chine a ordonné à ses
    patrouilleurs de se joindre aux recherches, et le Vietnam ... ont eux aussi dépêché
    navires et avions" after "La disparition a déclenché des recherches")."""
    if follow.distinct and not event.distinct:
        return True
    vocab = vocabulary()
    if vocab.adds(follow.sentence):
        return True  # "En outre, un périmètre de sécurité a été mis en place"
    if not follow.statement and follow.action not in vocab.saying_acts:
        if any_found(vocab.additive_doers, follow.sentence) and same_act(follow, event):
            return True  # "La présidente de la région a elle aussi présenté ses excuses"
        if any_found(vocab.additive_acts, follow.sentence) and not adds_to_told_act(follow, event):
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
    if others_after_one_speaker(follow, event):
        return True  # "Ils se sont ensuite vus en tête à tête" after "X a répondu que ..."
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
    if not (follow.speaker and event.speaker and follow.quoted) or pronoun_clause(follow.quoted):
        return False
    if follow.speaker in event.persons or same_speaker(follow, event):
        return False
    if entities.same_person(follow.speaker, event.speaker):  # "durand" / "claire-durand"
        return False
    if "-" not in follow.speaker:
        # a surname alone ("a poursuivi Mme Durand") names someone the article named
        # before, maybe the event's speaker spelt otherwise: not known to be another
        return False
    return told_in(follow, vocabulary()) != "past"


def others_after_one_speaker(follow: Report, event: Report) -> bool:
    """A follow-up opening with a plural subject pronoun, outside quoted words
    (``plural_pronouns``: "Ils se sont ensuite vus en tête à tête pendant 45 minutes",
    "Elles ont activé un plan d'urgence") after the statement of one speaker its article
    names (a person or a body: "Kim Jong Un a répondu que ...", "L'Autorité de l'aviation
    civile a déclaré que le régulateur et le gouvernement ..."): a plural stands for others
    than that one speaker (the two leaders, the bodies the statement names), so it tells
    what they do, not more of the speaker's words."""
    if not (event.statement and event.speaker) or follow.sentence.lstrip()[:1] in QUOTE_OPENERS:
        return False
    opening = follow.sentence.lstrip().lower()
    return any(opening.startswith(pronoun + " ") for pronoun in vocabulary().clause.plural)


def another_side_speaks(follow: Report) -> bool:
    """A follow-up whose reporting clause names its speaker (a name or a description, not a
    pronoun) and sets them against the party told before ("», a indiqué de son côté
    l'antenne locale du ministère", "», a de son côté indiqué le prévisionniste de Météo
    France", "a pour sa part averti Eurocontrol": ``other_side_markers``, outside quoted
    words): what that other party says, a statement of its own, even when its speaker is
    read as the event's (a body and the one who speaks for a branch of it). Not an act it
    tells done ("« L'immeuble s'est effondré d'un bloc », a de son côté raconté un
    témoin": a happening relayed is the happening, rule 2 of "Statements and what they
    relay", as ``another_speakers_words`` reads it). The caller checks that the sentence
    has a reporting clause naming a speaker."""
    if not follow.quoted or pronoun_clause(follow.quoted):
        return False
    vocab = vocabulary()
    outside = vocab.quotation.sub(" ", follow.sentence)
    return any_found(vocab.other_side, outside) and told_in(follow, vocab) != "past"


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
    if not said or pronoun_clause(said) or same_speaker(follow, event):
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
    return set(SPEAKER_WORDS.findall(source)) - vocab.role_stop_words - vocab.describing_articles


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
    if not one or pronoun_clause(one) or follow.tense not in vocab.realised_tenses:
        return False
    if not _opening_attribution().match(follow.sentence.replace("\u2019", "'")):
        return False
    other = event.quoted or closing_attribution(event.sentence)
    if not other or pronoun_clause(other) or same_speaker(follow, event):
        return False
    pronouns = set(lexicon()["stressed_pronouns"])
    if one in pronouns or other in pronouns:
        return False
    if set(SPEAKER_WORDS.findall(one)) & vocab.same_source_words:
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
    if not (one and other) or pronoun_clause(one) or pronoun_clause(other):
        return False
    if same_speaker(follow, event):
        return False
    vocab = vocabulary()
    return vocab.role(one) is not None and vocab.role(other) is not None


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
        and told_in(event, vocab) == ""
        and follow.kind == HAPPENING
        and told_in(follow, vocab) == "past"
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
        and told_in(follow, vocabulary()) != "past"
    )


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
        not follow.quoted and any_found(vocabulary().inverted_pronoun, follow.sentence)
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
        and told_in(follow, vocab) == "past"
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
    "La perpétuité est requise contre X", "Les syndicats ont réclamé la démission du
    maire"), or calls for one its clause governs (``call_verbs``: "L'opposition a appelé le
    maire à la démission"; not "a appelé les secours")."""
    vocab = vocabulary()
    requests = vocab.requests
    if report.verb in requests or report.action in requests:
        return True
    clause = report.clause
    return (
        clause is not None
        and clause.predicate in vocab.calls
        and any(w[:1] == "=" for w in clause.core - clause.acts)
    )


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
    if a.key[0] != b.key[0] or not same_act(a, b) or alike_of_other_doers(a, b):
        return False
    if a.explicit and b.explicit:
        return a.span[:2] == b.span[:2]
    if a.explicit == b.explicit:
        return False
    dated, told = (a, b) if a.explicit else (b, a)
    day = dated.span[0]
    return day == dated.span[1] and told.span[0] <= day <= told.span[1]


def alike_of_other_doers(a: Report, b: Report) -> bool:
    """Their acts are one only as the word vectors hold them alike (``acts_alike``: no
    action nor act of their main clauses in common), and their main clauses name two
    doers, common nouns that do not agree ("le nouveau ministre de l'Intérieur a exigé de
    Malte qu'elle prenne en charge le navire" / "les autorités lui avaient ordonné
    d'immobiliser le navire"): two acts alike of two doers about one thing, not one act told
    twice by its article (``retelling``). A pronoun or a name is no such doer (whom it
    stands for may be the other's)."""
    one, other = a.clause, b.clause
    if one is None or other is None:
        return False
    if a.action is not None and a.action == b.action:
        return False
    if (one.acts & other.acts) - vocabulary().saying_acts:
        return False
    p, q = one.agent, other.agent
    if p is None or q is None or clauses.named(p) or clauses.named(q):
        return False
    return not clauses.agree(p, q)


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
        other_acts_other_days(a, b)
        and not (
            same_composition(a, b)
            or same_custody(a, b)
            or same_change(a, b)
            or same_acted(a, b)
            or same_happening_told(a, b)
        )
    )


def _score(
    a: Report, b: Report, idf: dict[str, float] | None = None, total: float | None = None
) -> float:
    """``similarity`` of two reports ``_refused`` does not refuse."""
    idf = idf if idf is not None else rarity([a, b])
    text = fuzz.token_set_ratio(a.text, b.text) / 100.0
    mine, others = who_and_what(a), who_and_what(b)
    union = mine | others
    entities = len(mine & others) / len(union) if union else 0.0
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
        elif a.action not in b.bag and b.action not in a.bag and not one_act_told(a, b):
            score -= ACTION_CLASH  # neither tells the other's action at all
    if acts_clash(a, b) or other_deeds(a, b) or in_setting_of(a, b) or in_setting_of(b, a):
        score -= ACTS_CLASH  # "s'est déclarée en faillite" / "a annoncé le rachat de"
    if not a.figures.isdisjoint(b.figures):
        score += NUMBER_BONUS  # "9,9 %" in both: the same figures
    elif _unmeasured(a) and _unmeasured(b):
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
    if same_toll(a, b) or same_moves(a, b) or same_change(a, b) or same_acted(a, b):
        score = max(score, FRAME_SCORE)  # whatever a follow-up or a clause takes off
    if same_happening_told(a, b):
        score = max(score, FRAME_SCORE)  # one happening by its noun, whatever it hits
    if same_declaration(a, b):
        score = max(score, OCCASION_SCORE)  # whatever places or clauses take off
    return score


def one_act_told(a: Report, b: Report) -> bool:
    """Their main clauses tell an act in common, acts of saying aside, whatever the main
    verbs' words: a phrase or a light verb's noun read as its act ("a rendu son tablier",
    "a été poussée à la démission" / "a démissionné"; ``predicate_phrases``) is that act,
    so their actions, the verbs as written ("rendre", "pousser"), do not clash."""
    one, other = a.clause, b.clause
    if one is None or other is None:
        return False
    return bool((one.acts & other.acts) - vocabulary().saying_acts)


def other_deeds(a: Report, b: Report) -> bool:
    """One doer's two deeds: main clauses of the same agent telling acts none in common
    nor alike (acts of saying aside), done to two things, common nouns, neither of which
    the other report names ("Trump et Kim ont échangé une poignée de main" / "Trump et Kim
    ont signé un document"). What they share is who acts, whom a story follows act after
    act; the acts and what they are done to differ (``acts_clash`` asks it of acts of
    merging's classes whatever they are done to). Not a paraphrase of one act, which keeps
    what it is done to ("le verdict est attendu" / "a rendu son verdict")."""
    one, other = a.clause, b.clause
    if one is None or other is None or not clauses.agree(one.agent, other.agent):
        return False
    saying = vocabulary().saying_acts
    if not (one.acts - saying and other.acts - saying) or _common_acts(one, other):
        return False
    p, q = one.patient, other.patient
    if p is None or q is None or p == q or clauses.named(p) or clauses.named(q):
        return False
    return p not in b.bag | other.core and q not in a.bag | one.core


def in_setting_of(one: Report, other: Report) -> bool:
    """``one`` names, as the setting of its act, the happening ``other``'s main clause
    tells of (``setting_phrase``: "Trump et Kim ont signé un document au terme de leur
    sommet historique" / "le sommet a été marqué par de longues poignées de main"): an act
    at the end or on the margin of a happening is not that happening. ``other``'s subject
    or object is the happening, a common noun, and ``one``'s main clause acts neither on it
    nor by it."""
    mine, told = one.clause, other.clause
    if mine is None or told is None:
        return False
    nouns = {
        n
        for n in (told.agent, told.patient)
        if n is not None and n not in (mine.agent, mine.patient) and not clauses.named(n)
    }
    if not nouns:
        return False
    return any(n.rstrip("sx") in words for words in one.settings for n in nouns)


def _unmeasured(report: Report) -> frozenset[str]:
    """The report's numbers but those of a unit of measure (``measure_units``: "à 160 km de
    l'arrivée", "après 80 jours et 6 heures"): a measure is no count of the happening, and
    two reports measuring other things of it ("à 160 km de l'arrivée" / "Bureau Vallée 2")
    do not give it two numbers."""
    units = vocabulary().units
    measured = {n for noun, ns in report.quantities.items() if noun in units for n in ns}
    return frozenset(str(n) for n in report.numbers) - measured


def who_and_what(report: Report) -> frozenset[str]:
    """The entities a report names, and who speaks or acts in it when a title, a body or a
    seat stands for them (``Voice.person``: "a précisé la préfecture du Finistère" is its
    prefect's; ``Report.doer``: "Le ministère de la Santé a annoncé" its minister's)."""
    found = (report.voice.person, report.doer)
    return frozenset(report.entities) | {w for w in found if w is not None}


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
    ``mark_compositions``, ``mark_tolls``, ``mark_moves``, ``mark_declarations``), and the
    channel words were said on (``sayings.mark_channels``); before all, a verb pointing
    back does the act of the report before it (``anaphoric_acts.take_back_acts``).
    Idempotent."""
    take_back_acts(reports)
    retold_leads(reports)
    mark_occasions(reports)
    mark_compositions(reports)
    mark_tolls(reports)
    mark_moves(reports)
    mark_changes(reports)
    mark_acted(reports)
    mark_shared(reports)
    mark_declarations(reports)
    mark_channels(reports)


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
                    r.landmarks,
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
        self.entities = _Sparse(np, [who_and_what(r) for r in reports])
        self.numbers = _Sparse(np, [r.numbers for r in reports])
        self.counts = _Sparse(np, [_unmeasured(r) for r in reports])  # ``NUMBER_CLASH``
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
        # who speaks and whom they speak for (``Voice.side``): a body and its head
        self.sides = _Sparse(np, [r.voice.side for r in reports])
        self.sets = [self.words, self.entities, self.numbers, self.figures, self.cores]
        self.sets += [self.acts, self.named, self.custody, self.sides]
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
        # one act told by its steps or parts (``same_change``): its kind, day and first part
        self.change = _numbered(np, [r.change for r in reports])
        # one happening told by its noun (``same_happening_told``): what it is
        self.happening = _numbered(np, [r.happening.what if r.happening else None for r in reports])
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
        both = (self.counts.sizes[one] > 0) & (self.counts.sizes[other] > 0)
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
        change = self.change[one]
        staged |= (change >= 0) & (self.change[other] == change)
        happening = self.happening[one]
        staged |= (
            (happening >= 0)
            & (self.happening[other] == happening)
            & (self.article[other] != self.article[one])
        )
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
        mute &= self.sides.pairs_shared(one, other) == 0  # one side: a body and its head
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
