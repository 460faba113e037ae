"""What a report's main clause acts on, read from the parse's arguments whatever its verb
(``ActedOn``, ``read``): the one an act befalls is its object ("a gelé les comptes"), its
passive subject ("ont été rappelés"), the subject of a verb told with the auxiliary of
being ("sont restés bloqués", "sont tombés en panne": the parse labels them alike), or
the complement of a noun of action that one of those names ("a ordonné le rappel de 40 000
flacons", "a procédé au retrait des lots", "Le retrait concerne 600 lots": the act's own
noun). Merging reads it (``frames.mark_acted``): two steps of one day acting on one thing
are one happening, whatever verb each says. The French it needs is ``changes.acted_on``
of ``lang/fr/merging.yml`` (``merging_words.ActedWords``); which nouns tell an act is
merging's (``Vocabulary.names_an_act``, ``derivations``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from timeline import slugs
from timeline.events.clause import Names
from timeline.events.merging_words import ActedWords
from timeline.records import ParsedToken

#: the dependencies of what an act befalls, of its verb
_PATIENT = frozenset({"obj", "nsubj:pass"})
_SUBJECT = frozenset({"nsubj"})
#: the dependencies of a pronominal verb's reflexive pronoun ("se sont parlé"), not of a
#: passive's ("se vendent": ``expl:pass``)
_REFLEXIVE = frozenset({"expl:comp", "expl:pv"})
_AGENT = frozenset({"nsubj", "obl:agent"})
_NOUNS = frozenset({"NOUN", "PROPN"})
#: the dependencies of a noun's complements that tell which one of its kind it is
_COMPLEMENTS = frozenset({"nmod", "amod", "flat:name", "appos"})


@dataclass(frozen=True)
class Happening:
    """The happening a main clause tells as acting on what it hits (``happening_told``)."""

    #: its noun as merging folds it ("=fire", "orage", "attaque")
    what: str
    #: told as one of several: a collective noun ("une vague d'orages") or a plural ("les
    #: orages", "d'attaques"): what hits several places at once
    several: bool = False
    #: told as another occurrence by an adjective of its noun ("deux nouvelles
    #: explosions", "une autre attaque": ``another_occurrence``)
    another: bool = False
    #: told hitting several things, its objects coordinated ("Cette attaque a affecté les
    #: hôpitaux britanniques, le constructeur Renault, le système bancaire russe"): the
    #: places they name are those it hits, not where it is
    spread: bool = False
    #: told by its own verb of taking place with no object ("Une forte explosion a
    #: retenti", "L'explosion s'est produite": ``occurring_verbs``), not as hitting
    alone: bool = False


@dataclass(frozen=True)
class ActedOn:
    """What a main clause's act befalls, as merging compares it."""

    #: the common noun's lemma ("flacon", "passager"): never a name, a person or a body
    #: undergoing many acts a day ("Les Bleus ont été reçus", "ont été accueillis")
    head: str
    #: its complements' nouns (lemmas) and names ("@id" of a name the build knows, "#slug"
    #: of another proper noun), and its own adjectives: which one of its kind it is
    #: ("flacons de crème solaire Soleva": "crème", "@soleva")
    marks: frozenset[str]
    count: str | None  # the digits counting it ("30 lots"), None when not told so
    actor: str | None  # who acts, "@id" when a name, else None
    #: "one" or "several" as its determiner or number tells ("le premier Eurostar" /
    #: "cinq Eurostar"), None when neither does
    number: str | None = None
    #: told with a possessive determiner ("son ambassadeur"): the thing is its actor's
    owned: bool = False


def read(
    tokens: Sequence[ParsedToken],
    names: Names,
    words: ActedWords,
    tells_act: Callable[[str], bool],
) -> ActedOn | None:
    """The ``ActedOn`` of a report's parsed tokens (its reported clause); ``tells_act``
    says whether a noun's lemma names an act. None when the main clause acts on nothing
    the parse names by a common noun (a pronoun, a name, a moment: "ont passé la nuit", a
    person as anyone may be described)."""
    children: dict[int, list[int]] = {}
    for n, t in enumerate(tokens):
        if t.head != n:
            children.setdefault(t.head, []).append(n)
    tops = [n for n, t in enumerate(tokens) if t.head == n and t.pos != "PUNCT"]
    verbs = [n for n in tops if tokens[n].pos == "VERB"]
    if not verbs:
        return None
    root = verbs[0]

    def lemma(n: int) -> str:
        return (tokens[n].lemma or tokens[n].text).lower()

    def value(n: int) -> str:
        named = names(tokens[n].idx)
        if named is not None:
            return "@" + named[0]
        return "#" + slugs.slug(tokens[n].text) if tokens[n].pos == "PROPN" else lemma(n)

    def of(n: int, deps: frozenset[str]) -> list[int]:
        return [c for c in children.get(n, []) if tokens[c].dep in deps]

    def nouns(n: int, deps: frozenset[str]) -> list[int]:
        return [c for c in of(n, deps) if tokens[c].pos in _NOUNS]

    def complement(noun: int) -> int | None:
        """The noun a noun of action's "de" complement names ("le retrait de 30 lots",
        "au retrait et au rappel des lots": of the act coordinated with it too)."""
        for act in [noun, *nouns(noun, frozenset({"conj"}))]:
            for c in nouns(act, frozenset({"nmod"})):
                if any(lemma(g) in words.of for g in of(c, frozenset({"case"}))):
                    return c
        return None

    def acted(noun: int) -> int | None:
        """The thing a noun names, or the thing a noun of action's complement names."""
        if tells_act(lemma(noun)) or one_act_of_several(noun):
            return complement(noun)
        return noun

    def one_act_of_several(noun: int) -> bool:
        """A noun of one ("le rappel") whose "de" complement counts several ("de 40 000
        flacons", "des comptes"): an act told of things, as a noun of action is."""
        found = complement(noun)
        if found is None or not told_one(noun):
            return False
        return told_several(found)

    def told_one(n: int) -> bool:
        return any(lemma(c) in words.one for c in of(n, frozenset({"det"})))

    def told_several(n: int) -> bool:
        marks = of(n, frozenset({"det", "nummod", "case"}))
        return any(
            tokens[c].text.lower() in words.several or tokens[c].text.isdigit() for c in marks
        )

    def told_with_being(verb: int) -> bool:
        """The verb is told with the auxiliary of being ("sont restés", "est arrivée",
        "sont tombés"): its subject undergoes it, as a passive's does; not a pronominal
        verb whose subject is a body or an official who acts (``acts_itself``)."""
        return any(
            lemma(c) in words.being for c in of(verb, frozenset({"aux:tense", "aux:pass"}))
        ) and not acts_itself(verb)

    def acts_itself(verb: int) -> bool:
        """A pronominal verb (its reflexive pronoun, not a passive's) whose subject is a
        noun of a body or an official who acts (``agent_nouns``: "Les deux dirigeants se
        sont parlé", "se sont engagés à ...", "le ministre s'est rendu sur place"): the
        auxiliary of being is the pronominal's, its subject does the act and undergoes
        nothing ("l'immeuble s'est effondré" does)."""
        return bool(of(verb, _REFLEXIVE)) and any(
            lemma(s) in words.actors for s in nouns(verb, _SUBJECT)
        )

    found: int | None = None
    for verb in [root, *(c for c in of(root, frozenset({"conj"})) if tokens[c].pos == "VERB")]:
        undergoes = _PATIENT | (_SUBJECT if told_with_being(verb) else frozenset())
        for noun in nouns(verb, undergoes):
            found = acted(noun)
            break
        if found is None:
            # "Le retrait concerne 600 lots": an act's noun as subject, the thing its object
            for noun in nouns(verb, _SUBJECT):
                if tells_act(lemma(noun)) or one_act_of_several(noun):
                    found = complement(noun)
                    break
        if found is None:
            for noun in nouns(verb, frozenset({"obl:arg"})):
                if tells_act(lemma(noun)) or one_act_of_several(noun):
                    found = complement(noun)  # "a procédé au retrait des flacons"
                    break
        if found is not None:
            break
    if found is None or lemma(found) in words.anyone:
        return None
    if tokens[found].pos == "PROPN" or names(tokens[found].idx) is not None:
        return None  # a name: a person or a body undergoes many acts a day
    determined = of(found, frozenset({"det", "nummod"})) or [
        c for c in of(found, frozenset({"case"})) if tokens[c].text.lower() in words.articled
    ]
    if not determined:
        return None  # a bare noun is of a phrase ("a porté plainte"), or a day ("lundi")
    marks = _marks(found, children, tokens)
    count = next(
        (tokens[c].text for c in of(found, frozenset({"nummod"})) if tokens[c].text.isdigit()),
        None,
    )
    agents = [c for c in of(root, _AGENT) if tokens[c].pos in _NOUNS and names(tokens[c].idx)]
    actor = value(agents[0]) if agents and not told_with_being(root) else None
    if actor is None:
        actor = next(
            (value(c) for c in of(root, frozenset({"obl:agent"})) if names(tokens[c].idx)), None
        )
    number = (
        "several"
        if told_several(found) or of(found, frozenset({"nummod"}))
        else "one"
        if told_one(found)
        else None
    )
    owned = any(tokens[c].text.lower() in words.possessive for c in of(found, frozenset({"det"})))
    return ActedOn(
        lemma(found),
        frozenset(value(m) for m in marks if value(m) not in words.anyone),
        count,
        actor,
        number,
        owned,
    )


def _marks(noun: int, children: dict[int, list[int]], tokens: Sequence[ParsedToken]) -> list[int]:
    """The nouns and names of a noun's complements, and theirs ("flacons de crème solaire
    Soleva"), its own adjectives ("le second Eurostar"), not of a clause it opens
    ("produits par la société Ludo")."""
    found: list[int] = []
    todo = [noun]
    while todo:
        n = todo.pop()
        for c in children.get(n, []):
            if tokens[c].dep in _COMPLEMENTS and tokens[c].pos in _NOUNS:
                found.append(c)
                todo.append(c)
            elif n == noun and tokens[c].dep == "amod" and tokens[c].pos == "ADJ":
                found.append(c)  # "le premier Eurostar", "le second": which one

    return found


#: the dependencies that open a clause of its own under a verb: what they hold is not told
#: of the main clause's act
_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp", "parataxis", "conj"})


def told_shared(tokens: Sequence[ParsedToken], words: ActedWords) -> bool:
    """The main clause tells its act as befalling its subject too, with others: a verb
    told of what undergoes it (a passive, a verb told with the auxiliary of being) whose
    clause holds an adverb of addition or of simultaneity (``acted_on.shared``: "Son
    collègue a été libéré dans le même temps", "Les deux Italiens ont eux aussi été
    libérés", "X a été remonté en même temps qu'un collègue", "sont à leur tour arrivés").
    An active verb's "aussi" tells the act done by another too (``also_done_by_another``),
    not this."""
    children: dict[int, list[int]] = {}
    for n, t in enumerate(tokens):
        if t.head != n:
            children.setdefault(t.head, []).append(n)
    verbs = [n for n, t in enumerate(tokens) if t.head == n and t.pos == "VERB"]
    if not verbs:
        return False
    root = verbs[0]
    auxiliaries = [tokens[c] for c in children.get(root, []) if tokens[c].dep.startswith("aux")]
    passive = any(t.dep == "aux:pass" for t in auxiliaries) or any(
        (t.lemma or t.text).lower() in words.being for t in auxiliaries
    )
    if not passive:
        return False
    held: list[int] = []
    todo = [root]
    while todo:
        n = todo.pop()
        held.append(n)
        todo.extend(c for c in children.get(n, []) if tokens[c].dep not in _CLAUSES)
    text = " " + " ".join(tokens[n].text.lower() for n in sorted(held)) + " "
    return any(f" {phrase} " in text for phrase in words.shared)


def happening_told(
    tokens: Sequence[ParsedToken],
    words: ActedWords,
    known_happening: Callable[[str], str | None],
    tells_act: Callable[[str], bool],
) -> Happening | None:
    """The happening a report's main clause tells as acting on what it hits, whatever it
    hits: the noun of a happening the vocabulary holds (``known_happening``: a thing that
    happens, a noun of an act; not one read from its ending alone, "la direction",
    "les urgences") that is the subject of an active verb with an object ("La tempête a frappé les
    côtes", "Une attaque informatique a fait 200 000 victimes"), the agent of a passive
    ("ont été touchés par la tempête"), or the complement of a noun of undergoing
    (``undergone``: "ont été la cible d'une cyberattaque", "ont fait l'objet d'attaques").
    Read through a collective noun to its complement (``collectives``: "Une vague
    d'orages a frappé" tells "orages") and through a compound to its head, a noun the
    vocabulary holds, after a prefix of ``compound_prefixes`` ("mégafeu" -> "feu",
    "cyberattaque" -> "attaque"). Not when its object names an act (``tells_act``: "L'incendie a
    provoqué le déclenchement du plan" tells the plan). None when the clause tells no
    happening so."""
    children: dict[int, list[int]] = {}
    for n, t in enumerate(tokens):
        if t.head != n:
            children.setdefault(t.head, []).append(n)
    tops = [n for n, t in enumerate(tokens) if t.head == n and t.pos != "PUNCT"]

    def lemma(n: int) -> str:
        return (tokens[n].lemma or tokens[n].text).lower()

    def of(n: int, deps: frozenset[str]) -> list[int]:
        return [c for c in children.get(n, []) if tokens[c].dep in deps]

    def complement(noun: int) -> int | None:
        for c in of(noun, frozenset({"nmod"})):
            if tokens[c].pos == "NOUN" and any(
                lemma(g) in words.of for g in of(c, frozenset({"case"}))
            ):
                return c
        return None

    def undergone(noun: int, verb: int | None = None) -> list[int]:
        """The complement of a noun of undergoing ("la cible d'une attaque"), or, for the
        object of a verb, the verb's own "de" complement, as the parse may attach it ("ont
        fait l'objet d'attaques")."""
        if lemma(noun) not in words.undergone:
            return []
        found = complement(noun)
        if found is None and verb is not None:
            found = next(
                (
                    c
                    for c in of(verb, frozenset({"obl:arg"}))
                    if c != noun and any(lemma(g) in words.of for g in of(c, frozenset({"case"})))
                ),
                None,
            )
        return [] if found is None else [found]

    def occurring(noun: int) -> bool:
        return (known_happening(lemma(noun)) or "") in words.occurring

    verbs = [n for n in tops if tokens[n].pos == "VERB"]
    nouns = [n for n in tops if tokens[n].pos == "NOUN" and of(n, frozenset({"cop"}))]
    spread = False
    alone = False
    if verbs:
        root = verbs[0]
        auxiliaries = of(root, frozenset({"aux:pass", "aux:tense"}))
        # a pronominal verb's auxiliary of being tells no passive ("s'est produite")
        pronominal = any(tokens[c].dep.startswith("expl") for c in children.get(root, []))
        being = any(lemma(c) in words.being for c in auxiliaries)
        passive = any(tokens[c].dep == "aux:pass" for c in auxiliaries) or (
            being and not pronominal
        )
        # what it acts on: an object, or a verb's complement ("a fait plus de 200 000
        # victimes": the parse's "obl:arg", of the verb or of its adverb of quantity)
        objects = of(root, frozenset({"obj", "obl:arg"})) + [
            c for a in of(root, frozenset({"advmod"})) for c in of(a, frozenset({"obl:arg"}))
        ]
        hit = of(root, frozenset({"obj"}))
        spread = len(hit) > 1 or any(of(c, frozenset({"conj"})) for c in hit)
        # "Les hôpitaux ont fait l'objet d'attaques": the subject undergoes what it names
        suffered = [u for c in objects for u in undergone(c, root)]
        if passive:
            found = of(root, frozenset({"obl:agent"}))
        elif any(tokens[c].dep == "obj" and tells_act(lemma(c)) for c in objects):
            # "L'incendie a provoqué le déclenchement du plan": the act it caused is told
            found = []
        elif objects and not (pronominal and being):
            found = suffered + of(root, _SUBJECT)
        else:
            # a thing that happens of itself, the subject of a verb with no object or
            # of a pronominal verb ("Une forte explosion a retenti", "L'explosion s'est
            # produite vers 9 heures", "un incendie s'est déclaré"): the happening told
            verb = f"se {lemma(root)}" if pronominal else lemma(root)
            if verb in words.occurring_verbs:
                found = [c for c in of(root, _SUBJECT) if occurring(c)]
                alone = True
            else:
                found = []
    elif nouns:
        found = undergone(nouns[0])
    else:
        return None
    for noun in found:
        if tokens[noun].pos not in _NOUNS or not tokens[noun].text[:1].islower():
            continue  # (a word the parser does not know may be read as a name: "mégafeu")
        several = lemma(noun) in words.collectives
        if several:
            told = complement(noun)
            if told is None:
                continue
            noun = told
        happening = known_happening(lemma(noun)) or _compound_head(
            tokens[noun].text.lower(), lemma(noun), words, known_happening
        )
        if happening is not None:
            written = tokens[noun].text.lower()
            plural = (written != lemma(noun) and written.endswith(("s", "x"))) or any(
                tokens[c].text.lower() in words.several for c in of(noun, frozenset({"det"}))
            )
            another = any(
                lemma(c) in words.another_occurrence for c in of(noun, frozenset({"amod"}))
            )
            return Happening(happening, several or plural, another, spread, alone)
    return None


def _compound_head(
    text: str, lemma: str, words: ActedWords, known_happening: Callable[[str], str | None]
) -> str | None:
    """The happening a compound's head names (``known_happening``) after a prefix of
    ``compound_prefixes`` (a closed class of French's learned prefixes of size or domain,
    which leave the act what its head names: "mégafeu" -> "feu", "cyberattaque" ->
    "attaque", "micro-séisme" -> "séisme"; not "contre-attaque", "entreprise": no such
    prefix), written solid or with a hyphen; the head singular."""
    word = lemma if "-" not in text else text
    for prefix in words.compound_prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            head = word[len(prefix) :].lstrip("-")
            singular = head[:-1] if head.endswith(("s", "x")) else head
            return known_happening(head) or known_happening(singular)
    return None
