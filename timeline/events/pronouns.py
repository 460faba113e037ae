"""Who a pronoun stands for: one resolver for speakers, merging agents and headlines.

"Des mots perçus comme sincères par Philippe Duperron. Il a perdu son fils": "Il" is
Philippe Duperron; "Le principal suspect a été arrêté. Il a été placé en détention": "Il"
is the principal suspect. Pure: it reads one ``Told`` record per sentence (built by
assembly from the extraction and the entity mentions), nothing of spaCy or the registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from timeline.events.lexicon import lexicon
from timeline.records import NounPhrase

Key = tuple[int, int]  # (article, sentence) indexes


@dataclass(frozen=True)
class Told:
    """What the resolver reads of one sentence."""

    paragraph: int
    heading: bool = False
    #: the persons it names (entity ids), in the order of the text
    persons: tuple[str, ...] = ()
    #: the subject of its kept parse as a noun phrase and its number ("singular",
    #: "plural"), or None (not parsed, or a pronoun or a name)
    subject: tuple[str, str] | None = None
    #: its noun phrases, in the order of the text (``Sentence.phrases``: the whole
    #: sentence's, its reporting clause too), what a demonstrative after it stands for
    phrases: tuple[NounPhrase, ...] = ()
    #: of those, the ones before what it reports when a reporting clause opens it ("le chef
    #: des pompiers assure que ceux-ci ..."): what a demonstrative opening its own
    #: headline stands for
    opening_phrases: tuple[NounPhrase, ...] = ()
    #: the personal subject pronoun opening it ("il", "elle", "ils", "elles"), or "":
    #: when the sentence after it opens with the same one, both stand for the same
    pronoun: str = ""
    #: the gender of ``subject`` ("masculine", "feminine"; "" unknown)
    subject_gender: str = ""
    #: ``subject`` is its own clause's subject, a common noun's phrase, and the persons it
    #: names are no rival of it (named in a complement: "La cour a annulé l'arbitrage entre
    #: Paul Morel et la banque"): a pronoun after it stands for that subject first
    subject_first: bool = False
    #: the gender of each of ``persons`` as the text's own words tell it ("M.", "la juge Anne
    #: Roux": ``titles.person_gender``; "" unknown), in their order
    person_genders: tuple[str, ...] = ()
    #: each of ``persons``: is it the antecedent of a relative clause's subject ("au meneur
    #: Kevin Roche, qui ne s'est pas exécuté": ``titles.relative_subject``)?
    relative_persons: tuple[bool, ...] = ()
    #: each of ``persons``: is it named only inside quoted words of a sentence that tells
    #: something outside them (« Je viens de parler avec Paul Roy », a écrit le ministre:
    #: ``titles.quoted_only``)? The narration's pronoun after it stands for the narration's
    #: own people first
    quoted_persons: tuple[bool, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """One thing a pronoun may stand for: a person (entity id) or a noun phrase, with its
    number and gender ("" unknown: a person's, which the text does not tell). Neither a
    person nor a phrase: no one can be told (two persons of its gender each the subject of
    a clause of the sentence before): a pronoun that agrees with it stays."""

    person: str | None
    phrase: str | None
    number: str
    gender: str = ""


@dataclass(frozen=True)
class Named:
    """The person a pronoun stands for, and the sentence (index) that names it."""

    person: str
    sentence: int


@dataclass(frozen=True)
class Subjects:
    """What a pronoun opening a headline stands for, by number: a person (entity id) or a
    subject phrase of a sentence before it; None when unknown."""

    person: str | None = None
    singular: str | None = None
    plural: str | None = None
    #: the last person named by the sentence just before it: what a demonstrative pronoun
    #: ("ce dernier", "celui-ci") stands for, the last one named
    last_person: str | None = None
    #: the noun phrases a demonstrative stands for when it names no person ("Ce dernier",
    #: "Ceux-ci"), nearest first: those of its own sentence before what it reports, then
    #: those of the sentence just before it
    last_phrases: tuple[NounPhrase, ...] = ()
    #: what a personal pronoun may stand for, best first (``Resolver``): the headline takes
    #: the first of its number and gender
    candidates: tuple[Candidate, ...] = ()


class Resolver:
    """The antecedents of every sentence of a set of articles (``told``, by key).

    One rule: a pronoun stands for the subject of the nearest sentence before it, in its
    paragraph (or, opening a headline and its paragraph, in the paragraph before), that has
    one of its number (headings skipped); opening the article's text, for the subject of
    the sentence after it (a lead that names it second). A sentence's subject of one
    is the first person it names, else the subject phrase of its kept parse; of several,
    the subject phrase of its kept parse. ``Subjects.candidates`` lists them all, nearest
    first, with their genders, a subject phrase before the persons a complement names:
    the headline takes the first that agrees with its pronoun. A sentence opening with the
    same personal pronoun goes on with its own antecedent ("Il s'adresse aux victimes de
    X. Il rend hommage": not X, named in a complement, but whom the first "Il" stands for).
    """

    def __init__(self, told: Mapping[Key, Told]) -> None:
        self._told = told
        self._window = int(lexicon()["antecedent_window"])
        self._subjects: dict[Key, Subjects] = {}

    def _chained(self, key: Key, before: Told) -> bool:
        """Does ``before`` open with the same personal pronoun as sentence ``key``?"""
        here = self._told.get(key)
        return here is not None and here.pronoun != "" and before.pronoun == here.pronoun

    def _before(self, key: Key, across: bool = False) -> list[tuple[int, Told]]:
        """The sentences before ``key`` in its paragraph, nearest first (headings skipped),
        at most ``antecedent_window`` of them (``lang/fr/events.yml``). ``across``: for a
        sentence opening its paragraph, those of the paragraph before it (headings
        skipped): a paragraph may open with a pronoun standing for whom the one before
        told of ("Deux adolescents ont été interpellés lundi. // Ils ont été déférés")."""
        here = self._told.get(key)
        if here is None:
            return []
        out: list[tuple[int, Told]] = []
        paragraph = here.paragraph
        for index in range(key[1] - 1, -1, -1):
            before = self._told.get((key[0], index))
            if before is None:
                break
            if before.heading:
                continue
            if before.paragraph != paragraph:
                if out or not across or paragraph != here.paragraph:
                    break
                paragraph = before.paragraph
            out.append((index, before))
        return out[: self._window]

    def person(self, key: Key) -> Named | None:
        """The person a subject pronoun of one person in sentence ``key`` stands for: the
        first person named by the nearest sentence before it, in its paragraph, that names
        one (None when none does)."""
        for index, before in self._before(key):
            if self._chained(key, before):
                return self.person((key[0], index))
            if before.persons:
                return Named(before.persons[0], index)
        return None

    def _opening_lead(self, key: Key) -> bool:
        """Does sentence ``key`` open its article's text (headings before it only)?"""
        return all(
            told is not None and told.heading
            for told in (self._told.get((key[0], index)) for index in range(key[1]))
        )

    def _after(self, key: Key) -> list[tuple[int, Told]]:
        """The sentence after ``key`` in its paragraph (none, or one): what a pronoun
        opening an article's text stands for ("Il était activement recherché depuis jeudi.
        Le suspect, son ex-mari, a été interpellé vendredi": the lead names it after)."""
        here = self._told.get(key)
        after = self._told.get((key[0], key[1] + 1))
        if here is None or after is None or after.heading or after.paragraph != here.paragraph:
            return []
        return [(key[1] + 1, after)]

    def subjects(self, key: Key) -> Subjects:
        """What a pronoun opening the headline of sentence ``key`` stands for, by number
        (see the class); opening its article's text, the subject of the sentence after it
        (``_after``)."""
        known = self._subjects.get(key)
        if known is None:
            known = self._subjects[key] = self._find_subjects(key)
        return known

    def _find_subjects(self, key: Key) -> Subjects:
        found = Subjects()
        before_it = self._before(key, across=True)
        if not before_it and self._opening_lead(key):
            before_it = self._after(key)
        nearest = before_it[:1]
        if nearest and nearest[0][1].persons:
            found = replace(found, last_person=nearest[0][1].persons[-1])
        here = self._told.get(key)
        own = here.opening_phrases if here is not None else ()
        previous = nearest[0][1].phrases if nearest else ()
        found = replace(found, last_phrases=(*reversed(own), *reversed(previous)))
        candidates: list[Candidate] = []
        for index, before in before_it:
            if index < key[1] and self._chained(key, before):
                # the same pronoun goes on: whom that one stands for (or nothing: an
                # honest pronoun beats a name read in the other one's complement)
                chained = self.subjects((key[0], index))
                if found.person is None and found.singular is None:
                    found = replace(found, person=chained.person, singular=chained.singular)
                if found.plural is None:
                    found = replace(found, plural=chained.plural)
                candidates.extend(chained.candidates)
                break
            candidates.extend(_candidates(before))
            if found.person is None and found.singular is None:
                if before.persons:
                    found = replace(found, person=before.persons[0])
                elif before.subject is not None and before.subject[1] == "singular":
                    found = replace(found, singular=before.subject[0])
            if found.plural is None and before.subject and before.subject[1] == "plural":
                found = replace(found, plural=before.subject[0])
        return replace(found, candidates=tuple(candidates))


def _candidates(told: Told) -> list[Candidate]:
    """What a pronoun after sentence ``told`` may stand for, best first: the first person it
    names, then its subject phrase, then the other persons it names (a pronoun of another
    gender than the first person's: "La juge Anne Roux a entendu le témoin Marc Petit. Il
    ..."); its subject phrase first when nothing rivals it (``Told.subject_first``). When a
    person named after the first, of a gender that may be the first one's, is the subject
    of a relative clause ("L'entraîneur Marc Vidal a demandé des excuses au meneur Kevin
    Roche, qui ne s'est pas exécuté. Il ..."), the last clause is that person's and the
    first person the main clause's: a pronoun of their gender may stand for either, and no
    one is told (a candidate of no one, first): an honest pronoun beats a wrong fact. A
    person named only inside its quoted words (``Told.quoted_persons``) comes after the
    narration's own (its speaker, its subject: « Je viens de parler avec Paul Roy », a écrit
    le ministre. Il ...": the minister), the one the pronoun stands for only when none of
    those agrees with it (« Marie Roy était discrète », raconte un voisin. Elle ...")."""
    genders = told.person_genders or ("",) * len(told.persons)
    relative = told.relative_persons or (False,) * len(told.persons)
    quoted_only = told.quoted_persons or (False,) * len(told.persons)
    spoken = [k for k in range(len(told.persons)) if not quoted_only[k]]
    quoted = [
        Candidate(told.persons[k], None, "singular", genders[k])
        for k in range(len(told.persons))
        if quoted_only[k]
    ]
    genders = tuple(genders[k] for k in spoken)
    relative = tuple(relative[k] for k in spoken)
    persons = [
        Candidate(told.persons[k], None, "singular", genders[n]) for n, k in enumerate(spoken)
    ]
    nobody = [
        Candidate(None, None, "singular", genders[k] or genders[0])
        for k in range(1, len(persons))
        if relative[k] and (not genders[0] or not genders[k] or genders[0] == genders[k])
    ][:1]
    first, others = persons[:1], persons[1:]
    if told.subject is None:
        return [*nobody, *first, *others, *quoted]
    phrase = Candidate(None, told.subject[0], told.subject[1], told.subject_gender)
    if told.subject_first:
        return [*nobody, phrase, *first, *others, *quoted]
    return [*nobody, *first, phrase, *others, *quoted]
