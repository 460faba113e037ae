"""The happening frames of merging: one happening told in parts, by one outlet or by
several, whatever words each part says. Stages of one frame of acts (``same_frame``), one act
of an article's protagonist (``one_act_of_protagonist``), one person taken into custody
(``same_custody``), a toll told victim by victim (``mark_tolls``, ``same_toll``), a decision
moving several people (``mark_moves``, ``same_moves``), one speaker's statements on one
occasion (``mark_occasions``, ``same_occasion``) or one declaration retold
(``mark_declarations``, ``same_declaration``), a government's composition made public with
its appointments (``mark_compositions``, ``same_composition``). Each ``mark_*`` gives the
reports their mark (``Report``); merging (``events.merge``) scores two reports of one mark at
least the weakest wanted link's and lifts its vetoes between them. The French is
``lang/fr/merging.yml`` (``events.merging_words``)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from timeline.events import clause as clauses
from timeline.events import documents, entities, speakers
from timeline.events.acted_on import ActedOn
from timeline.events.dates import spans_overlap
from timeline.events.lexicon import alternation, lexicon
from timeline.events.merging_words import (
    ANNOUNCEMENT,
    HAPPENING,
    QUOTE_OPENERS,
    ChangeKind,
    Vocabulary,
    any_found,
    outside_quotes,
    raw_data,
    vocabulary,
)
from timeline.events.report import Report, Toll
from timeline.events.report_reads import (
    acts_clash,
    counted_differently,
    other_moments,
    pronoun_clause,
    relays_an_act,
    run_within,
    words_written,
)


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
    if any_found(vocab.head_offices, vocab.move_proposal.sub("", report.sentence.lower())):
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
            written.setdefault((r.key[0], day), set()).update(words_written(r.sentence))
    for r in reports:
        resigned = day_of(r)
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
    """The day of each report telling a move decided (``mark_moves``, ``_part_days``)."""
    return _part_days([r for r in reports if tells_move(r)])


def _part_days(moves: list[Report], nights: bool = False) -> dict[tuple[int, int], str]:
    """The day of each part of a happening told in parts (a move decided: ``mark_moves``; a
    step of a change: ``mark_changes``): its own when it is dated (``day_of``; with
    ``nights``, a night's last day for a part dated by a night: "dans la nuit de mercredi à
    jeudi" is a moment, the morning after); else the day of its article's dated parts its
    span holds, when there is one ("X a été nommé mardi ... Y est remplacé par Z", told on
    Wednesday's page); else its narration's last."""

    def part_day(r: Report) -> str | None:
        return r.span[1] if nights and r.night else day_of(r)

    dated: dict[int, set[str]] = {}
    for r in moves:
        day = part_day(r)
        if r.explicit and day is not None:
            dated.setdefault(r.key[0], set()).add(day)
    days: dict[tuple[int, int], str] = {}
    for r in moves:
        day = part_day(r)
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


def change_kinds(report: Report) -> dict[str, bool]:
    """The kinds of change (``changes.kinds``: a person leaving a group, a match, goods
    taken) a report may tell a step or a part of, each with whether it founds a happening of
    that kind (an act of its ``acts``, a verb of its ``carried`` governing one of its words:
    "ouvre le score", or a verb of ``carriers`` governing an act of it: "lui a signifié son
    renvoi") or only joins one (its ``weak`` acts: "a quitté l'hôtel", "a disparu"). Every
    act its main clause tells is of the kind or a carrier of it, told as done
    (``_acts_done``: a happening, not scheduled, not negated nor left unrealised); read of
    its action and words when it was not parsed (a follow-up); an act of its ``bare`` tells
    it only with no object ("ont manifesté", not "a manifesté son inquiétude"). None for any
    other report."""
    if _acts_done(report) is None:
        return {}
    vocab = vocabulary()
    clause = report.clause
    if clause is not None:
        told = set(clause.acts)
        governed = set(clause.core) | ({clause.patient} if clause.patient else set())
    else:
        told = {report.action} if report.action else set()
        governed = set(report.words)
    kinds: dict[str, bool] = {}
    weak = frozenset().union(*(kind.weak for kind in vocab.changes))
    objected = clause is not None and clause.patient is not None
    for kind in vocab.changes:
        acts = kind.acts - kind.bare if objected else kind.acts
        founding = acts | {v for v, words in kind.carried.items() if words & governed}
        # a carrier, or an act of several senses, governing an act of the kind tells it
        # ("a signifié son renvoi", "quitte la coupe sur une défaite")
        carriers = vocab.change_carriers | weak if governed & founding else frozenset()
        if not told or told - founding - kind.weak - carriers:
            continue
        if told & (founding | carriers):
            kinds[kind.name] = True
        elif told & kind.weak:
            kinds[kind.name] = False
    return kinds


def _part_whole(report: Report, kind: ChangeKind) -> frozenset[str]:
    """Who or what undergoes a change a report tells a part of (``ChangeKind.whole``): the
    person its main clause's object names, else the people it names ("person"); or the
    names it holds that are not people ("named": the teams, national ones too, the shop);
    none for a happening of a day wherever told ("day": a town's march is of the day's)."""
    if kind.whole == "day":
        return frozenset()
    if kind.whole == "person":
        clause = report.clause
        patient = clause.patient if clause is not None else None
        if patient is not None and patient.startswith("@") and patient[1:] in report.persons:
            return frozenset({patient[1:]})
        return report.persons
    return frozenset((report.entities | report.places) - report.persons)


def _two_sides(report: Report, kind: ChangeKind) -> tuple[str, str] | None:
    """Who acts and who undergoes, both named, in a report's main clause whose predicate is
    an act of the kind, whatever the voice ("Nantes a battu Montpellier", "Montpellier a
    été battu par Nantes": the two sides of one match, the winner first); None otherwise."""
    clause = report.clause
    if clause is None or clause.predicate not in kind.acts:
        return None
    agent, patient = clause.agent, clause.patient
    if agent is None or patient is None or agent[0] != "@" or patient[0] != "@":
        return None
    return (agent[1:], patient[1:]) if agent != patient else None


def _sides_agree(one: tuple[str, str] | None, other: tuple[str, str] | None) -> bool:
    """Two happenings' sides (``_two_sides``) are the same two in the same roles, or one is
    not known: "Les Bleus ont battu la Belgique" / "La Belgique a battu le Brésil", or "La
    Belgique a battu les Bleus", are two matches."""
    return one is None or other is None or one == other


def mark_changes(reports: list[Report]) -> None:
    """Each step or part of one act told by its steps or parts (``change_kinds``) gets the
    happening it is a part of: its kind, its day (``_part_days``) and the first part telling
    it. In an article, the parts of one kind and day are one happening while who or what
    undergoes it agrees (``_part_whole``: the same person excluded, the same two teams, the
    same shop); a part naming none is of the happening of that kind its article told last
    ("Le directeur sportif lui a signifié son renvoi", "Karim Saïdi ouvre le score"); a part
    of several kinds is of the kind its article already tells that day ("l'arbitre exclut le
    pilier", told of a match), else of the kind it founds; a weak part joins, never founds;
    two parts whose clauses name two sides each (``_two_sides``: "Nantes a battu
    Montpellier") are of one happening only when the sides are the same two.
    Two articles' happenings of one kind and day are one when who undergoes them, or for a
    kind of names any name their parts hold, meets (a name in common, or one naming a part of
    the other: ``_places_meet``). A
    follow-up of a part is of its happening. Idempotent."""
    vocab = vocabulary()
    by_name = {kind.name: kind for kind in vocab.changes}
    kinds_of: dict[tuple[int, int], dict[str, bool]] = {}
    by_article: dict[int, list[Report]] = {}
    for r in reports:
        r.change = None
        kinds = change_kinds(r)
        if kinds:
            kinds_of[r.key] = kinds
            by_article.setdefault(r.key[0], []).append(r)
    days = _part_days([r for r in reports if r.key in kinds_of], nights=True)
    told_with = {r.key: r for r in reports}
    wholes: dict[tuple[str, str, int, int], set[str]] = {}
    reach: dict[tuple[str, str, int, int], set[str]] = {}
    founded: set[tuple[str, str, int, int]] = set()  # those a founding part tells
    sides: dict[tuple[str, str, int, int], tuple[str, str]] = {}  # the two who face each other
    for article in by_article.values():
        told: dict[tuple[str, str], list[tuple[str, str, int, int]]] = {}
        for r in sorted(article, key=lambda r: r.key):
            kinds, day = kinds_of[r.key], days.get(r.key)
            if day is None:
                continue
            name = next((k for k in kinds if (k, day) in told), None)
            name = name or next((k for k, founds in kinds.items() if founds), next(iter(kinds)))
            whole = _part_whole(r, by_name[name])
            two = _two_sides(r, by_name[name])
            # what another part meets it by besides who or what undergoes it: for a kind of
            # names, every name it holds (the painters of the paintings stolen, a scorer, a
            # shop named after its owner and read as a person: "la bijouterie Morel")
            named = by_name[name].whole != "person"
            names = frozenset(r.entities | r.places | r.persons) if named else whole
            event = told_with.get(r.follows) if r.follows is not None else None
            if named and event is not None:
                # a follow-up names what its event names ("La CGT a lancé une série
                # d'offensives judiciaires. Elle a ensuite déposé un recours")
                names |= event.entities | event.places | event.persons
            happenings = told.setdefault((name, day), [])
            found = next(
                (
                    h
                    for h in reversed(happenings)
                    if _sides_agree(sides.get(h), two)
                    and (not whole or not wholes[h] or wholes[h] & whole or reach[h] & names)
                ),
                None,
            )
            if found is None:
                found = (name, day, r.key[0], r.key[1])
                happenings.append(found)
                wholes[found], reach[found] = set(), set()
            if kinds[name]:
                founded.add(found)
            wholes[found] |= whole
            reach[found] |= names
            if two is not None and found not in sides:
                sides[found] = two
            r.change = found
    first = {h: h for h in wholes}

    def root(h: tuple[str, str, int, int]) -> tuple[str, str, int, int]:
        return _joined(first, h)

    for one, other in itertools.combinations(sorted(wholes), 2):
        if one[:2] != other[:2] or one[2] == other[2]:
            continue
        if (
            reach[one]
            and reach[other]
            and _sides_agree(sides.get(one), sides.get(other))
            and _places_meet(frozenset(reach[one]), frozenset(reach[other]))
        ):
            a, b = root(one), root(other)
            first[max(a, b)] = min(a, b)
    # a happening of weak parts alone (a departure, a disappearance, no exclusion nor theft
    # told that day in any article whose happening it meets) is none
    kept = {root(h) for h in founded}
    for r in reports:
        if r.change is not None:
            r.change = root(r.change) if root(r.change) in kept else None
    by_key = {r.key: r for r in reports}
    for r in reports:
        event = by_key.get(r.follows) if r.follows is not None else None
        if r.change is None and event is not None and event.change is not None:
            r.change = event.change  # told with its part


#: a happening's key, in ``_joined``
_H = TypeVar("_H")


def _joined(first: dict[_H, _H], h: _H) -> _H:
    """The happening ``h`` was joined to: ``first`` maps each happening to the one it was
    joined to (itself when none), followed to its end."""
    while first[h] != h:
        h = first[h]
    return h


def same_change(a: Report, b: Report) -> bool:
    """Two steps or parts of one act (``mark_changes``), told by one article or by two: "Le
    club a exclu samedi le coureur X" / "Le directeur sportif lui a signifié son renvoi" / "X
    a quitté samedi soir l'hôtel de l'équipe"; "Nantes a battu Montpellier" / "Karim Saïdi
    ouvre le score" / "l'arbitre expulse le pivot": one happening, whatever each names (the
    vetoes of people, counts and clauses do not hold between them)."""
    return a.change is not None and a.change == b.change and a.change[0] != ACTED


def same_acted(a: Report, b: Report) -> bool:
    """Two steps of one act acting on one thing (``mark_acted``): "Des flacons de crème
    Soleva ont été rappelés" / "Le fabricant a procédé au retrait des flacons": one
    happening whatever verb each says. Read of the clause's arguments, not of a kind of
    change, it lifts fewer vetoes than ``same_change``: those of people, counts and
    clauses, not those of places, tolls, speakers, others or moments ("Trois personnes
    ont perdu la vie à Lyon" / "... à Grenoble")."""
    return a.change is not None and a.change == b.change and a.change[0] == ACTED


#: the kind of a happening ``mark_acted`` finds, in ``Report.change``
ACTED = "acted on"


@dataclass
class _Acted:
    """One happening ``mark_acted`` gathers: what its steps act on, and who names it."""

    head: str
    number: str | None  # "one" or "several", as its steps tell it
    marks: set[str]  # every step's marks
    counts: set[str]  # every step's count
    actors: set[str]  # every step's named actor
    names: set[str]  # every name its steps' sentences hold, and their things'
    written: set[str]  # the words of its steps' sentences, as names' ids are written
    steps: list[Report]


def _named_alike(one: _Acted, other: _Acted) -> bool:
    """Two happenings share a name: one both hold, or one of either written in the other's
    sentences ("Soleva" where the parse found no name); or their things a complement
    ("des lots de lait infantile" / "plusieurs lots de laits infantiles")."""
    if not one.marks.isdisjoint(other.marks):
        return True
    return not one.names.isdisjoint(other.names) or any(
        set(name.split("-")) <= written
        for names, written in ((one.names, other.written), (other.names, one.written))
        for name in names
    )


def _actors_differ(actors: set[str], actor: str | None) -> bool:
    """A named actor none of a happening's named actors is."""
    return actor is not None and bool(actors) and actor not in actors


def _things_meet(one: _Acted, other: ActedOn | _Acted) -> bool:
    """Two things acted on are one: the same head, the complements of one within the
    other's ("les flacons" / "les flacons de crème Soleva"; not "de crème Soleva" / "de
    shampooing Capilis"), not counted differently ("30 lots" / "600 lots")."""
    if one.head != other.head:
        return False
    if one.number and other.number and one.number != other.number:
        return False  # "Le premier Eurostar s'est arrêté" / "cinq Eurostar ont été victimes"
    marks = other.marks
    if not (one.marks <= marks or marks <= one.marks):
        return False
    if isinstance(other, ActedOn) and other.owned and _actors_differ(one.actors, other.actor):
        return False  # "son ambassadeur": the actor's own
    if isinstance(other, _Acted):
        counts: set[str] = other.counts
    else:
        counts = {other.count} if other.count is not None else set()
    return not (one.counts and counts and one.counts.isdisjoint(counts))


def _steps_clash(a: Report, b: Report) -> bool:
    """Two reports acting on one thing that are never steps of one happening: acts of two
    of merging's classes (``acts_clash``: "a annoncé la fermeture de la route" / "la
    libération de la route"), a verb and its reverse or repetition (``acts_reversed``: "ont
    été bloqués" / "ont été débloqués"), or an act announced by its noun against another
    act (``_announced_against``: "a annoncé la libération des pêcheurs" / "Les pêcheurs
    avaient été transférés")."""
    return (
        acts_clash(a, b)
        or acts_reversed(a, b)
        or _announced_against(a, b)
        or _announced_against(b, a)
    )


def _verbs(report: Report) -> set[str]:
    """The verbs (lemmas) of a report's main clause's acts, saying aside: a class of
    merging's named by its verb ("=bloquer") read as that verb."""
    clause = report.clause
    if clause is None:
        return set()
    return {act.removeprefix("=") for act in clause.acts - vocabulary().saying_acts}


def acts_reversed(a: Report, b: Report) -> bool:
    """One report's act is the other's verb with a prefix of reverse or repetition
    (``acted_on.prefixes``: "bloquer" / "débloquer", "geler" / "dégeler", "ouvrir" /
    "rouvrir"): the act undone or done again, another happening, whatever else the two
    share ("Les comptes de la société Vertal ont été gelés lundi" / "... ont été dégelés
    lundi soir"); or one tells a thing recovering from what the other tells hitting it
    (``_recovered_from``)."""
    prefixes = vocabulary().acted_on.prefixes
    return (
        any(
            y == prefix + x or x == prefix + y
            for x in _verbs(a)
            for y in _verbs(b)
            for prefix in prefixes
        )
        or _recovered_from(a, b)
        or _recovered_from(b, a)
    )


def _recovered_from(one: Report, other: Report) -> bool:
    """``one``'s main clause tells a thing recovering or restored (``acted_on.recovery``:
    "La plupart des hôpitaux se sont relevés de la cyberattaque", "Le courant a été
    rétabli") and ``other``'s what hit or disrupted it (``acted_on.disruption``: "Cette
    attaque a affecté les hôpitaux", "La panne a paralysé les métros"): the blow undone, as
    a verb's reverse tells it (``acts_reversed``), another happening."""
    words = vocabulary().acted_on
    told, hit = one.clause, other.clause
    if told is None or hit is None:
        return False
    return not told.acts.isdisjoint(words.recovery) and not hit.acts.isdisjoint(words.disruption)


def _announced_against(one: Report, other: Report) -> bool:
    """``one`` announces an act by its noun (a verb of saying whose object is a noun of
    action, folded into its class: "La présidence a annoncé la libération des otages"),
    and ``other`` tells other acts, naming the announced one nowhere ("Les otages avaient
    été transférés à Bamako"): the announcement names the happening it tells, so a report
    of another act on the same people is another happening."""
    said, told = one.clause, other.clause
    if said is None or told is None or said.patient is None:
        return False
    saying = vocabulary().saying_acts
    if said.acts.isdisjoint(saying) or said.patient not in said.acts:
        return False
    acts = told.acts - saying
    return bool(acts) and said.patient not in acts and said.patient not in other.bag


def mark_acted(reports: list[Report]) -> None:
    """Each step of one act told by its steps, whatever verb each says, gets the happening
    it is a step of (``Report.change``, of kind ``ACTED``), read from what its main clause
    acts on (``Report.acted``: "Des flacons de crème Soleva ont été rappelés" / "Le
    fabricant a procédé au retrait des flacons" / "40 000 flacons ont été retirés de la
    vente"; "Les passagers du ferry sont restés bloqués" / "ont été évacués"). A step is a
    reported happening told as done (``_acts_done``) of no other change
    (``mark_changes``), dated or told in a tense of the narration (not an earlier act
    recalled undated: "Le capitaine avait été écroué"); its day is ``_part_days``'s (a
    night is its last day). In an
    article, the steps of one day acting on one thing (``_things_meet``) are one
    happening; two articles' happenings of one day are one when their things are one,
    they share a name (of their sentences or their things) and their named actors are
    not two; a thing told as its actor's ("son ambassadeur") is one only with its actor.
    Never two steps whose acts clash (``_steps_clash``: "a annoncé la fermeture de la
    route" / "la libération de la route", two acts of merging's classes; "bloqué" /
    "débloqué"; "a annoncé la libération des otages" / "Les otages avaient été
    transférés"). Idempotent (after ``mark_changes``)."""
    steps = [
        r
        for r in reports
        if r.acted is not None
        and (r.change is None or r.change[0] == ACTED)
        and _acts_done(r) is not None
        and (r.explicit or r.tense not in vocabulary().acted_on.recalled)
    ]
    for r in steps:
        r.change = None
    days = _part_days(steps, nights=True)
    told: dict[tuple[str, int, int], _Acted] = {}  # (day, first article, first sentence)
    for r in sorted(steps, key=lambda r: r.key):
        acted, day = r.acted, days.get(r.key)
        if acted is None or day is None:
            continue
        found = next(
            (
                h
                for h in reversed(told)
                if h[0] == day
                and h[1] == r.key[0]
                and _things_meet(told[h], acted)
                and not any(_steps_clash(r, step) for step in told[h].steps)
            ),
            None,
        )
        if found is None:
            found = (day, r.key[0], r.key[1])
            told[found] = _Acted(acted.head, acted.number, set(), set(), set(), set(), set(), [])
        happening = told[found]
        happening.number = happening.number or acted.number
        happening.marks |= acted.marks
        happening.counts |= {acted.count} if acted.count is not None else set()
        happening.actors |= {acted.actor} if acted.actor is not None else set()
        happening.names |= r.entities | {m[1:] for m in acted.marks if m[0] in "@#"}
        happening.written |= words_written(r.sentence)
        happening.steps.append(r)
        r.change = (ACTED, found[0], found[1], found[2])
    first = {h: h for h in told}

    def root(h: tuple[str, int, int]) -> tuple[str, int, int]:
        return _joined(first, h)

    for one, other in itertools.combinations(sorted(told), 2):
        a, b = told[one], told[other]
        if one[0] != other[0] or one[1] == other[1] or not _named_alike(a, b):
            continue
        if a.actors and b.actors and a.actors.isdisjoint(b.actors):
            continue  # "La France a rappelé ..." / "Madrid a rappelé ..."
        if any(_steps_clash(x, y) for x in a.steps for y in b.steps):
            continue  # "la fermeture de la route" / "la libération de la route"
        if _things_meet(a, b) and _things_meet(b, a):
            x, y = root(one), root(other)
            first[max(x, y)] = min(x, y)
    for r in steps:
        if r.change is not None:
            day, article, sentence = root((r.change[1], r.change[2], r.change[3]))
            r.change = (ACTED, day, article, sentence)


def mark_shared(reports: list[Report]) -> None:
    """One act of several people or things told part by part is one happening: a report
    telling its act as befalling others too (``Report.shared``: "Son collègue, Oleg
    Petrenko, a été libéré dans le même temps", "Les deux Italiens ont eux aussi été
    libérés"), by no other doer, is a part of the act its article told before on the same
    day ("Le marin Yann Le Goff a été libéré jeudi"), and a report of another article
    telling that act on that day of one of its people ("Yann Le Goff a été libéré en même
    temps qu'un marin ukrainien") is too. The parts are told as done (``_acts_done``), an
    act in common (saying aside); their happening is ``mark_acted``'s kind (``ACTED``: the
    vetoes of people, counts and clauses lifted), the one its first part had. After
    ``mark_acted``; idempotent."""
    parts = [
        r
        for r in reports
        if r.clause is not None
        and (r.change is None or r.change[0] == ACTED)
        and _acts_done(r)
        and (r.explicit or r.tense not in vocabulary().acted_on.recalled)
    ]
    days = _part_days(parts, nights=True)
    keyed = {r.key: r for r in parts if days.get(r.key) is not None}
    first: dict[tuple[int, int], tuple[int, int]] = {k: k for k in keyed}

    def join(one: tuple[int, int], other: tuple[int, int]) -> None:
        x, y = _joined(first, one), _joined(first, other)
        first[max(x, y)] = min(x, y)

    def acts(r: Report) -> set[str]:
        return _acts_done(r) or set()

    happenings: dict[tuple[str, str, int, int], tuple[int, int]] = {}
    for key, r in sorted(keyed.items()):
        if r.change is not None:  # one happening of ``mark_acted``'s: its steps stay one
            join(happenings.setdefault(r.change, key), key)
    seeds: list[tuple[int, int]] = []
    for key, r in sorted(keyed.items()):
        if not r.shared:
            continue
        before = next(
            (
                k
                for k in sorted(keyed, reverse=True)
                if k[0] == key[0]
                and k[1] < key[1]
                and days[k] == days[key]
                and not acts(keyed[k]).isdisjoint(acts(r))
            ),
            None,
        )
        if before is not None and not _doers_differ(r, keyed[before]):
            join(before, key)
            seeds.append(key)

    def members(seed: tuple[int, int]) -> list[tuple[int, int]]:
        return [k for k in keyed if _joined(first, k) == _joined(first, seed)]

    for seed in seeds:
        people = set().union(*(keyed[k].persons for k in members(seed)))
        told = set().union(*(acts(keyed[k]) for k in members(seed)))
        others = [
            key
            for key, r in keyed.items()
            if days[key] == days[seed]
            and not acts(r).isdisjoint(told)
            and not _doers_differ(r, keyed[seed])
        ]
        articles = {k[0] for k in members(seed)}
        for key in others:  # another article's report naming one of its people
            if key[0] not in articles and not keyed[key].persons.isdisjoint(people):
                join(seed, key)
        articles = {k[0] for k in members(seed)}
        for key in others:  # "Les deux marins ont été libérés": several, its parts
            r = keyed[key]
            if key[0] in articles and _told_of_several(r) and r.persons <= people:
                join(seed, key)
    roots = {key: _joined(first, key) for key in keyed}
    sizes = Counter(roots.values())
    for key, r in keyed.items():
        root = roots[key]
        if sizes[root] > 1:  # alone, its own change (``mark_acted``'s or none) stays
            head = keyed[root]
            r.change = head.change if head.change is not None else (ACTED, days[root], *root)
    for r in parts:
        r.before = None
        if r.tense not in vocabulary().acted_on.recalled:
            continue
        r.before = next(
            (
                other.change
                for k, other in keyed.items()
                if k[0] == r.key[0]
                and other.tense == "past"
                and other.change is not None
                and not acts(other).isdisjoint(acts(r))
            ),
            None,
        )


def same_happening_told(a: Report, b: Report) -> bool:
    """Two outlets' reports of one happening told by its noun acting on what it hits
    (``Report.happening``: "Une vague de cyberattaques a touché des dizaines
    d'entreprises" / "La cyberattaque a paralysé les ordinateurs des hôpitaux"; "Un mégafeu
    a ravagé 2 000 hectares" / "L'incendie a détruit trois maisons"): the same happening on
    the same last day (a lasting one's acts of two days are two happenings: "Le feu a pris
    de l'ampleur" on Tuesday, "a consumé 1 600 maisons" on Wednesday), whatever each says
    it hit (its patients are not its parts: the vetoes
    of people, counts and clauses do not hold between them). Neither a follow-up, a
    statement or a plan; never when each names a doer the other's article names nowhere
    ("Une attaque du groupe X" / "... revendiquée par le groupe Y": ``_doers_named_apart``).
    Where it is, merging's veto of places still reads, unless one of them tells it as one
    of several (``hits_several_places``)."""
    one, other = a.happening, b.happening
    if one is None or other is None or one.what != other.what or a.key[0] == b.key[0]:
        return False
    if a.follows is not None or b.follows is not None or a.statement or b.statement:
        return False
    if a.scheduled or b.scheduled or a.kind != HAPPENING or b.kind != HAPPENING:
        return False
    if a.span[1] != b.span[1] and not _moment_retold(a, b):
        return False
    if _judged_in_words(a) or _judged_in_words(b):
        return False
    return not _doers_named_apart(a, b)


def _judged_in_words(report: Report) -> bool:
    """A happening told by its own verb with no object (``Happening.alone``) in someone's
    words, quoted or attributed ("L'attaque a frappé « de manière indiscriminée », a
    ajouté le patron d'Europol"): how a speaker tells it, not a report of it."""
    told = report.happening
    return (
        told is not None
        and told.alone
        and (bool(report.quotations) or report.voice != speakers.SILENT)
    )


def _moment_retold(a: Report, b: Report) -> bool:
    """Two reports of a happening of a moment (``acted_on.punctual``: an attack, an
    explosion, a quake) told by its noun, whose days meet though their last days differ:
    one retells it on a later day ("La cyberattaque a paralysé les ordinateurs des
    hôpitaux", on the Monday, of the Friday's attack). Neither told as another occurrence
    ("deux nouvelles explosions": ``Happening.another``) nor negated ("Cette attaque ne
    ciblait pas le NHS" tells what it was not)."""
    one, other = a.happening, b.happening
    if one is None or other is None or one.what not in vocabulary().acted_on.punctual:
        return False
    if one.another or other.another or _negated(a) or _negated(b):
        return False
    return spans_overlap(a.span, b.span)


def _negated(report: Report) -> bool:
    """Its main clause is negated."""
    return report.clause is not None and report.clause.negated


def hits_several_places(a: Report, b: Report) -> bool:
    """``same_happening_told``, one of the two telling it as one of several (a collective
    noun, a plural: "Une vague d'orages a frappé le Gard" / "les orages ont touché Alès")
    or hitting several things (``Happening.spread``: "Cette attaque a affecté les hôpitaux
    britanniques, le constructeur Renault, le système bancaire russe"): the places each
    names are those it hits, not two places it is told to be in."""
    one, other = a.happening, b.happening
    several = any(h is not None and (h.several or h.spread) for h in (one, other))
    return several and same_happening_told(a, b)


def _doers_named_apart(a: Report, b: Report) -> bool:
    """Each report names someone who is no place and no speaker (its doer: "Une attaque
    du groupe Al-Fadjr"), none of whom the other's article names: two doers."""
    mine = a.entities - a.places - {a.speaker}
    others = b.entities - b.places - {b.speaker}
    return bool(mine and others) and mine.isdisjoint(b.cast) and others.isdisjoint(a.cast)


def earlier_act(a: Report, b: Report) -> bool:
    """``a`` tells in the pluperfect an act its article tells in the compound past too, and
    ``b`` is a part of that later happening ("En début de semaine, une centaine de
    djihadistes avaient été libérés" / "Sophie Pétronin a été libérée", "Soumaïla Cissé
    et Sophie Pétronin ont été libérés": an exchange, one verb for two acts): the earlier
    act is another happening (``mark_shared``)."""
    return a.before is not None and a.before == b.change


def _told_of_several(report: Report) -> bool:
    """Its main clause's act befalls several, as its patient's number tells ("Les deux
    marins ont été libérés")."""
    clause, acted = report.clause, report.acted
    return (clause is not None and clause.patient_number == "several") or (
        acted is not None and acted.number == "several"
    )


def _doers_differ(a: Report, b: Report) -> bool:
    """Both main clauses name who does their act, by two different words ("par les
    rebelles" / "par l'armée"): two acts, whatever they share."""
    one, other = a.clause, b.clause
    return (
        one is not None
        and other is not None
        and one.agent is not None
        and other.agent is not None
        and one.agent != other.agent
    )


def other_things(a: Report, b: Report) -> bool:
    """Their main clauses tell one act of two things of one kind, each named, by no name
    in common nor written in the other's sentence: "Des flacons de crème Soleva ont été
    rappelés" / "Des flacons de shampooing Capilis ont été rappelés", two recalls of one
    day."""
    one, other = a.acted, b.acted
    if one is None or other is None or one.head != other.head:
        return False
    if a.clause is None or b.clause is None or a.clause.acts.isdisjoint(b.clause.acts):
        return False  # one act told of two things, not two acts of one day
    named = [{m[1:] for m in t.marks if m[0] in "@#"} for t in (one, other)]
    if not named[0] or not named[1] or not named[0].isdisjoint(named[1]):
        return False
    return not any(
        set(name.split("-")) <= words_written(r.sentence)
        for names, r in ((named[0], b), (named[1], a))
        for name in names
    )


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
        if not set(agent.split("-")) <= words_written(report.sentence):
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
    speaker. A report relaying another actor's act (``relays_anothers_act``: "X a indiqué
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
        day = day_of(r)
        who = _occasion_speaker(r, vocab, described.get(r.key[0], {}), headed.get(r.key[0], {}))
        if who is not None and relays_anothers_act(r, who):
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
    by_key = {r.key: r for r in reports}
    _mark_documents(reports, by_key, vocab)
    # a follow-up goes on with its event's statement: of its occasion, unless it names
    # another speaker
    for r in reports:
        event = by_key.get(r.follows) if r.follows is not None else None
        if (
            event is not None
            and event.occasion is not None
            and (r.speaker is None or entities.same_person(r.speaker, event.occasion[1]))
        ):
            r.occasion = event.occasion


def _mark_documents(
    reports: list[Report], by_key: dict[tuple[int, int], Report], vocab: Vocabulary
) -> None:
    """A document's words told sentence by sentence (``documents.told_in_documents``: "Dans
    un communiqué publié ce jour, X affirme ...", "Le constructeur assure en outre que ...",
    "..., ajoute le communiqué") are one occasion: the one its author's words already are
    (``mark_occasions``), else the document's own, of its article and day. Of the sentences
    naming it first, those telling the author's own words (a statement, or a main clause
    of saying); not a happening relayed (``relays_an_act``: "Un cétacé a été identifié,
    annonce la préfecture dans un communiqué" is the identification; words going on that
    name a person, that person's), nor what is told as to come. Two authors' occasions
    among them leave them as they were."""
    for told in documents.told_in_documents(reports, day_of, _goes_on):
        first = [by_key[k] for k in told.introduced]
        # words going on that name a person tell that person's act or words, relayed
        # ("« Par souci de sécurité sanitaire », Bruno Le Maire « a décidé la suspension
        # ... », explique le communiqué"), whatever the parse read of them
        going_on = [by_key[k] for k in told.going_on if not by_key[k].persons]
        said = [
            r
            for r in [r for r in first if _own_words(r, vocab)] + going_on
            if r.kind != ANNOUNCEMENT
            and vocab.time(r.tense, None) != "to come"
            and not relays_an_act(r)
        ]
        occasions = {r.occasion for r in said if r.occasion is not None}
        if len(said) < 2 or len(occasions) > 1:
            continue
        occasion = occasions.pop() if occasions else (told.article, DOCUMENT, told.day)
        for r in said:
            r.occasion = occasion


#: the speaker of a document's occasion whose author is not read (``_mark_documents``): no
#: entity id is written so
DOCUMENT = "§document"


def _own_words(report: Report, vocab: Vocabulary) -> bool:
    """The report tells its speaker's own words: a statement, or a main clause telling an
    act of declaring ("Volkswagen affirme travailler ...": ``declarations.acts``)."""
    clause = report.clause
    return report.statement or (
        clause is not None
        and clause.agent is not None
        and bool(clause.acts & vocab.declaration_acts)
    )


def same_declaration(a: Report, b: Report) -> bool:
    """Two reports of one declaration (``mark_declarations``), told by one article or by
    two: one speaker's words on one occasion of one day ("écrit Paul Girard sur son blog" /
    "Sur son blog, il demande pardon" / "« J'ai menti », confesse l'élu"): one statement,
    whatever each quotes (as ``same_occasion`` within one article)."""
    return a.declaration is not None and a.declaration == b.declaration


def mark_declarations(reports: list[Report]) -> None:
    """Each report of a declaration gets it: its speaker, day and occasion. Per article, a report
    declares (``_declarer``) what its speaker says: the person its reporting clause or subject
    names (by name, or by a description the article gives them in apposition), else, when it
    names none (a pronoun, a quotation alone: "Il écrit : « ... »", "Et d'ajouter : « ... »"),
    the speaker of the article's declaration before it. The occasion is the one the article
    names for that speaker that day (``declarations.media``, outside quoted words: "sur son
    blog", "dans un communiqué", "au micro de", "lors d'un point de presse"), when it names one
    only (not "dans un autre communiqué"), and does not tell that speaker's words of the day
    both in the pluperfect and otherwise (two occasions, an earlier one and the one it narrates;
    in the pluperfect alone, "X avait évoqué dans la matinée un bilan « lourd »", it tells one,
    as other articles may). An article that names no occasion for them tells that speaker's
    words of the day on the one occasion the other articles name, when they name one only
    ("Theresa May a déclaré que ..." / "Lors d'un point de presse, Mme May a déclaré"): news
    names the occasion in one outlet and not in another; two occasions named leave it to none.
    When no article names an occasion for a speaker's words of a day, the articles that tell
    them in one sentence each (follow-ups aside) tell one unnamed occasion ("Guy Dollé a affirmé
    lundi que ..." / "« ... », a estimé lundi Guy Dollé"), an article recalling them in the
    pluperfect alone only when what it says meets another's account (``_recalled_apart``: "En
    milieu de semaine, X avait martelé ..." is no part of "X a répondu jeudi ..."); an article
    telling them in several
    sentences may tell several statements (a mayor on three subjects), and gives its sentences
    none, unless they are one occasion of that speaker (``mark_occasions``: merged as one
    statement already) whose words another article's account of that day meets
    (``_occasions_retold``): the article's account of it as one sentence is. The speakers are
    one across articles when ``entities.same_person``. A follow-up is of its event's
    declaration, unless it names another speaker. Not told as to come. Idempotent."""
    vocab = vocabulary()
    described = _described(reports, vocab)
    by_article: dict[int, list[Report]] = {}
    for r in reports:
        r.declaration = None
        by_article.setdefault(r.key[0], []).append(r)
    told: list[tuple[Report, str, str]] = []
    # the reports whose declarer is their own speaker, or a person their article names when
    # they name no speaker: not another name of their reporting clause ("Jacques Roux, un
    # salarié de Papeterie Delmas, a déclaré": Jacques Roux, not the company)
    as_named: set[tuple[int, int]] = set()
    named: dict[tuple[int, str, str], set[tuple[str, bool]]] = {}
    for article, said in by_article.items():
        persons = frozenset().union(*(r.persons for r in said))
        running: str | None = None
        # the reports a lead gives a person's office alone ("Le chef de la police
        # sud-coréenne a reconnu que ..."), waiting for the statement that names its holder
        titled: list[tuple[Report, str]] = []
        for r in sorted(said, key=lambda r: r.key):
            if r.follows is not None or r.kind == ANNOUNCEMENT:
                continue
            if vocab.time(r.tense, None) == "to come":
                continue
            who, unnamed = _declarer(r, persons, described.get(article, {}))
            if who is None and unnamed:
                who = running
            running = who
            day = day_of(r)
            if who is None and day is not None and _office_alone(r):
                titled.append((r, day))
                continue
            if who is None or day is None or relays_anothers_act(r, who):
                continue  # a happening relayed is the happening, not the speaker's words
            # the article's next statement names its holder by name, that day, and gives
            # them no other title ("Yoon Hee-keun a déclaré mardi que ..."): the office's
            # words are theirs, as news names a title first and the person next
            told.extend(
                (t, who, day)
                for t, t_day in titled
                if t_day == day and r.speaker == who and r.voice.title in ("", t.voice.title)
            )
            titled = []
            told.append((r, who, day))
            if who == r.speaker or (r.speaker is None and who in persons):
                as_named.add(r.key)
            named.setdefault((article, who, day), set()).update(media_named(r, vocab))
    people = {who for _, who, _ in told}
    longest: dict[str, str] = {}

    def person(who: str) -> str:
        if who not in longest:  # each name's fullest form, read once
            alike = (p for p in people if entities.same_person(p, who))
            longest[who] = max(alike, key=lambda p: (len(p), p))
        return longest[who]

    # an article telling a speaker's words of a day both in the pluperfect and otherwise
    # tells two occasions, an earlier one and the one it narrates ("Plus tôt dans la
    # journée, X avait assuré que ..."); in the pluperfect alone, it tells one, as told
    # from a later moment of its narration ("X avait évoqué dans la matinée un bilan
    # « lourd »"), which the other articles may name
    # (not a claim after an attribution, "Selon X, l'Académie n'avait pas encore réussi à
    # la joindre": told by no verb of saying, its tense is the claim's, not the occasion's)
    tenses: dict[tuple[int, str, str], set[bool]] = {}
    for r, who, day in told:
        stepped = r.tense == "pluperfect" and not _attribution_opening().match(r.sentence)
        tenses.setdefault((r.key[0], who, day), set()).add(stepped)
    stepped_back = {told_day for told_day, found in tenses.items() if found == {True, False}}
    # the occasions the build names for a speaker's words of a day, whichever article
    # names them: an article naming none tells that speaker's words of the one the others
    # name ("Theresa May a déclaré que ..." / "Lors d'un point de presse, Mme May a déclaré")
    in_build: dict[tuple[str, str], set[tuple[str, bool]]] = {}
    for (_, who, day), occasions in named.items():
        in_build.setdefault((person(who), day), set()).update(occasions)
    # a speaker's words of a day told once by an article are that article's account of the
    # speaker's day, which another article's account of that day retells; told in several
    # sentences, or in one that goes on from the one before ("Quatre navires ont détruit
    # onze cibles. Il n'y a pas eu de victimes, a précisé M. X": ``continuation``), they
    # may be several statements
    sentences_told = Counter((r.key[0], who, day) for r, who, day in told)
    told_several = {told_day for told_day, n in sentences_told.items() if n > 1}
    told_several.update((r.key[0], who, day) for r, who, day in told if _goes_on(r))
    # ... unless they are one occasion of its speaker (``mark_occasions``) whose words
    # agree with another article's account of that speaker's day: the article's account
    # of the occasion the other retells, sentence by sentence
    accounts = _Accounts.of(told, person)
    told_several -= _occasions_retold(accounts, person)
    # no occasion named anywhere: an article's account in the pluperfect alone is of the one
    # unnamed occasion of that speaker's day only when its words meet another's account
    recalled = {told_day for told_day, found in tenses.items() if found == {True}}
    apart = _recalled_apart(accounts, recalled, person) | told_several
    for r, who, day in told:
        if (r.key[0], who, day) in stepped_back:
            continue
        occasions = named[(r.key[0], who, day)] or in_build[(person(who), day)]
        if len(occasions) == 1:
            ((medium, _),) = occasions
            r.declaration = (person(who), day, medium)
        elif not occasions and (r.key[0], who, day) not in apart and r.key in as_named:
            r.declaration = (person(who), day, "")  # no occasion named anywhere
    by_key = {r.key: r for r in reports}
    for r in reports:
        event = by_key.get(r.follows) if r.follows is not None else None
        if event is None or event.declaration is None:
            continue
        if r.speaker is None or entities.same_person(r.speaker, event.declaration[0]):
            r.declaration = event.declaration


@dataclass(frozen=True)
class _Accounts:
    """Each article's account of a speaker's day (``mark_declarations``): the reports told
    of that (article, speaker, day), what they say (``_said``), and for each speaker's day
    (the speaker's fullest name and the day) the accounts of it, by article, with what
    they say: an account is compared with those of its speaker's day only, never with
    every account of the build."""

    told: dict[tuple[int, str, str], list[Report]]
    said: dict[tuple[int, str, str], frozenset[str]]
    days: dict[tuple[str, str], list[tuple[int, frozenset[str]]]]

    @classmethod
    def of(cls, told: list[tuple[Report, str, str]], person: Callable[[str], str]) -> _Accounts:
        accounts: dict[tuple[int, str, str], list[Report]] = {}
        for r, who, day in told:
            accounts.setdefault((r.key[0], who, day), []).append(r)
        said = {k: frozenset().union(*map(_said, found)) for k, found in accounts.items()}
        days: dict[tuple[str, str], list[tuple[int, frozenset[str]]]] = {}
        for (article, who, day), words in said.items():
            days.setdefault((person(who), day), []).append((article, words))
        return cls(accounts, said, days)

    def met(self, key: tuple[int, str, str], person: Callable[[str], str]) -> bool:
        """What the account ``key`` says meets what another article's account of that
        speaker's day says (a word or a figure in common)."""
        article, who, day = key
        return any(
            other != article and not self.said[key].isdisjoint(words)
            for other, words in self.days[(person(who), day)]
        )


def _occasions_retold(
    accounts: _Accounts, person: Callable[[str], str]
) -> set[tuple[int, str, str]]:
    """The (article, speaker, day) whose reports are one occasion of that speaker
    (``mark_occasions``; a report it gives none, "Il a affirmé ...", is of it) and say
    something another article's reports of that speaker's day say too (``_said``: a word or
    a figure in common): that article's account of the occasion the other retells ("« Le
    port rouvrira en septembre », a affirmé lundi X. X a ajouté que la fermeture ..." / "X
    a estimé lundi que la fermeture ..."). Not an article's several statements of a day
    that another's words do not meet (a mayor on the port, then on works; another outlet
    on taxes)."""
    out: set[tuple[int, str, str]] = set()
    for k, found in accounts.told.items():
        occasions = {r.occasion for r in found} - {None}
        if len(found) < 2 or len(occasions) != 1:
            continue  # one sentence (an account already), or several occasions
        if accounts.met(k, person):
            out.add(k)
    return out


def _recalled_apart(
    accounts: _Accounts, recalled: set[tuple[int, str, str]], person: Callable[[str], str]
) -> set[tuple[int, str, str]]:
    """The accounts of a speaker's day an article tells in the pluperfect alone
    (``recalled``: "En milieu de semaine, X avait martelé que ...", "Le matin, X avait
    ...") whose words meet no other article's account of that day: words recalled from
    some moment before the article's narration, which need not be the occasion another
    article tells ("X a répondu jeudi que le navire poursuivait sa « croisière »"). Recalled
    words that meet another account are its occasion retold ("avait dénoncé le
    « cynisme »" / "a parlé du « cynisme »")."""
    return {k for k in recalled if not accounts.met(k, person)}


def _said(report: Report) -> frozenset[str]:
    """What a report says, as compared across articles: its content words and figures,
    not the names it gives (``@``: the story's people and places, which every report of it
    names)."""
    return frozenset(w for w in report.words if not w.startswith("@")) | report.figures


def _goes_on(report: Report) -> bool:
    """Its reporting verb goes on from what its article told before (``continuation``:
    "..., a précisé M. X", "..., a ajouté le ministre")."""
    return bool(lexicon().continuation.search(report.sentence.rstrip().rstrip(".…!?")))


def _declarer(
    report: Report, persons: frozenset[str], described: dict[str, str]
) -> tuple[str | None, bool]:
    """Who declares in a report (``mark_declarations``), None when it is no part of a
    declaration; and whether it names nobody (a pronoun, a quotation alone: the speaker is
    then the one before). The speaker its reporting clause names (by name, or by a
    description its article gives a person in apposition: "confesse l'élu", or by the title
    in full of a person's office whose one holder the build names: "a indiqué le ministre de
    l'Intérieur", ``speakers.office_in_full``), unless it relays a happening another did
    ("La corvette a repêché deux corps, a indiqué X"), which an attribution opening the
    sentence and naming the speaker does only by an act told as done ("Selon le ministre,
    la situation reste « préoccupante »" is the minister's words; "Selon le ministre, les
    pompiers ont sauvé douze personnes" is the rescue: ``_opening_names``,
    ``relays_an_act``); nobody named for an attribution to a
    stressed pronoun ("Selon lui, ...": the speaker before); else (a reporting clause
    naming no one known, or none),
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
    if quoted and not pronoun_clause(quoted):
        written = words_written(quoted)
        found = {p for p in persons if set(p.split("-")) <= written}
        who = found.pop() if len(found) == 1 else _description_of(quoted, described)
        if (
            who is None
            and report.voice.how == speakers.TITLED
            and speakers.office_in_full(report.voice.title)
        ):
            # "a indiqué le ministre de l'Intérieur": the one holder the build names
            who = report.voice.person
        if who is None and vocab.role(quoted) is not None:
            return None, False  # "a assuré le préfet de l'Isère": someone not known here
    who = who or report.speaker
    if who is not None:
        own = pronoun or agent in vocab.speaker_subjects or agent == f"@{who}"
        if clause is None:  # not read: the speaker's own words when it quotes them
            own = report.sentence.lstrip()[:1] in QUOTE_OPENERS
        if not own and _opening_names(report, who):
            # "Selon le ministre de l'Intérieur, elle est « certainement liée » à une fuite
            # de gaz": what follows is what the speaker says, unless it relays an act told
            # as done ("Selon la police, trois hommes ont été arrêtés": the happening)
            own = not relays_an_act(report)
        if report.kind == HAPPENING and not own:
            return None, False  # another's act relayed: the happening
        return who, False
    if quoted and pronoun_clause(quoted):
        return None, True  # "écrit-il"
    if report.speaker is None and _attributed_to_pronoun().match(report.sentence):
        return None, True  # "Selon lui, la situation est désormais « maîtrisée »"
    if not _acts_told(report).isdisjoint(vocab.declaration_acts):
        if pronoun:
            return None, True  # "Sur son blog, il demande pardon"
        assert agent is not None
        if agent.startswith("@") and agent[1:] in persons:
            return agent[1:], False
        if clause is not None and clause.plural_verb:
            # several speak ("Cinq groupes de grande distribution (Leclerc, Carrefour, ...)
            # ont reconnu ..."): not the one person the sentence names
            return None, False
        if len(report.persons) == 1:
            return next(iter(report.persons)), False
        return _description_of(agent.lstrip("@#"), described), False
    return None, False


def _office_alone(report: Report) -> bool:
    """Its reporting clause gives a person's office in full and no holder the build knows
    ("Le chef de la police sud-coréenne a reconnu que ...": ``speakers.person_office_in_full``;
    not a body's, "a indiqué la cellule de crise installée sur place")."""
    return (
        report.speaker is None
        and bool(report.quoted)
        and report.clause is not None
        and report.clause.agent is not None
        and speakers.person_office_in_full(report.voice.title)
    )


def _opening_names(report: Report, who: str) -> bool:
    """The report opens on an attribution (``_attribution_opening``) that names its
    speaker: by name ("Selon le maire Michael Bloomberg, ..."), or by the title in full of
    an office whose one holder the build names ("Selon le ministre de l'Intérieur, ...":
    ``speakers.office_in_full``); not by a description read elsewhere, nor when another
    relays it ("Selon X, ..., rapporte l'Agence France presse": the agency's clause)."""
    opening = _attribution_opening().match(report.sentence)
    if opening is None:
        return False
    if set(who.split("-")) <= words_written(opening.group()):
        return True
    voice = report.voice
    return (
        voice.how == speakers.TITLED
        and voice.person == who
        and speakers.office_in_full(voice.title)
        and run_within(voice.title, entities.fold(opening.group()).lower())
    )


@cache
def _attribution_opening() -> re.Pattern[str]:
    """A sentence opening with an attribution, a short phrase naming its source, then a
    comma ("Selon le maire Michael Bloomberg, ...", "D'après la procureure X, citée par la
    presse, ...": ``attribution_openings``): what follows is that source's words."""
    return re.compile(
        rf"\s*(?:{alternation(lexicon()['attribution_openings'])})\s+[^,;:«»\"“”]{{1,80}},",
        re.IGNORECASE,
    )


@cache
def _attributed_to_pronoun() -> re.Pattern[str]:
    """A sentence opening with an attribution to a stressed pronoun ("Selon lui, ...",
    "D'après elle, ...": ``attribution_openings``, ``stressed_pronouns``): the words of
    someone told before, who names nobody."""
    lex = lexicon()
    return re.compile(
        rf"\s*(?:{alternation(lex['attribution_openings'])})\s+"
        rf"(?:{alternation(lex['stressed_pronouns'])})\b",
        re.IGNORECASE,
    )


def media_named(report: Report, vocab: Vocabulary) -> set[tuple[str, bool]]:
    """The occasions a report names outside its quoted words (``declarations.media``: its
    class, and whether it is told as another one: "dans un autre communiqué")."""
    written = outside_quotes(report.sentence)
    outside = entities.fold(written).lower()  # folding keeps each letter where it is
    media = vocab.declaration_media

    def medium(word: str) -> str | None:
        # the word or its plural ("communiqués"), not another word that ends alike
        # ("jugée" is no "juge")
        return media.get(word) or (media.get(word[:-1]) if word.endswith(("s", "x")) else None)

    def participle(found: re.Match[str]) -> bool:
        # a participle in "-é" that folds as a noun in "-e" ("a jugé", "jugés": "juger",
        # no "juge"); "communiqué" is spelled so
        spelled = written[found.start() : found.end()].lower().removesuffix("s")
        noun = entities.fold(spelled)
        return spelled.endswith("é") and not _media_spelled().get(noun, "").endswith("é")

    told = [
        (w.group(0), False)
        for w in re.finditer(r"[^\W\d_]+", outside)
        if medium(w.group(0)) is None or not participle(w)
    ]
    told += [(a.group(1), True) for a in vocab.declaration_another.finditer(outside)]
    found = {(m, another) for word, another in told if (m := medium(word)) is not None}
    return found | {(m, False) for phrase, m in vocab.declaration_phrases if phrase.search(outside)}


@cache
def _media_spelled() -> dict[str, str]:
    """Each word naming an occasion (``declarations.media``), folded, as merging.yml spells
    it ("communique" -> "communiqué", "juge" -> "juge")."""
    data = raw_data()
    return {
        entities.fold(word).lower(): word.lower()
        for words in data["declarations"]["media"].values()
        for word in map(str, words)
        if " " not in word
    }


def relays_anothers_act(report: Report, speaker: str) -> bool:
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
    if report.statement and report.quoted and not pronoun_clause(report.quoted):
        head = _head_of(report.quoted, headed)
        if head is not None:
            return head  # "la compagnie Air Lune a affirmé", its director general named
    if report.statement and _names_its_speaker(report):
        return report.speaker
    if report.statement and report.quoted and not pronoun_clause(report.quoted):
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
            if vocab.apposition_verbs.search(words):
                continue  # a subject and its verb ("la ministre a cité X"), not an apposition
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
    found = {p for i, p in headed.items() if run_within(i, said)}
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
    return bool(report.speaker and report.quoted) and not pronoun_clause(report.quoted)


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
            day = day_of(r)
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
        and any_found(vocab.composition, report.sentence)
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
        and not any_found(vocab.head_offices, report.sentence)
    )


def day_of(report: Report) -> str | None:
    """The one day a report is of: its own, or its narration's last for a report told in
    it; None for a report explicitly dated by a span of several days."""
    if report.span[0] == report.span[1]:
        return report.span[0]
    return None if report.explicit else report.span[1]


def _holds(span: tuple[str, str, bool], day: str) -> bool:
    """The span holds the day (an open start reaches back)."""
    return (span[2] or span[0] <= day) and day <= span[1]
