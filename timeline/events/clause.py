"""What the main clause of an event sentence says, read from its stored parse.

Extraction keeps the dependency parse of what each event sentence reports (``Sentence.
clause``: ``ParsedToken`` rows, without the reporting clause). Merging compares two reports
of one happening on that clause rather than on the whole sentence's word bag, which a
paraphrase dilutes ("la cour d'assises spéciale de Paris a condamné mercredi soir Salah
Abdeslam, le seul membre encore en vie des commandos ..." / "Elle condamne Salah Abdeslam à
la réclusion criminelle à perpétuité"):

* the **predicate**: the main verb's lemma (and those of verbs coordinated with it that
  share its subject, ``Clause.also``), through a modal or an aspectual verb that only
  frames it ("ont pu s'exprimer", "vient d'être interpellé": ``transparent_verbs``), through a
  light verb to the noun that tells the act ("ont eu la parole": ``light_verbs``), or a
  verb and its complement that say one act ("a été mis en examen": ``predicate_phrases``),
  a pronominal verb as such ("un incendie s'est déclaré": "se déclarer", not "déclarer"),
  folded into the paraphrase classes of ``lang/fr/merging.yml`` and ``lemma_families`` of
  ``lang/fr/events.yml`` ("interpeller" = "arrêter");
* its **agent** and **patient** heads, the passive read as the active ("X a été condamné
  par la cour" = "la cour a condamné X"): an entity id ("@salah-abdeslam"), a proper name
  not known as one ("#kore-eda"), a common noun's lemma, or None (a pronoun, not said);
* the **place** the predicate governs ("interpellé à Melun"), as an entity id;
* whether it is **negated** ("n'a pas été interpellé") and whether a modal leaves it
  **unrealised** ("pourrait démissionner", "doit voter"; "a pu s'exprimer" is realised).

Pure: tokens in, a ``Clause`` out; the vocabulary is that of ``merge.vocabulary``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from timeline.events.lexicon import pronominal
from timeline.records import ParsedToken

#: the entity (id, kind) a token of the clause lies in, given its offset in the sentence
Names = Callable[[int], tuple[str, str] | None]

_AGENT = frozenset({"nsubj", "obl:agent"})
_PATIENT = frozenset({"nsubj:pass", "obj"})
_PLACE_DEPS = frozenset({"obl", "obl:mod", "obl:arg"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_COMPLEMENTS = frozenset({"obj", "obl", "obl:arg", "obl:mod"})
_ATTRIBUTES = frozenset({"NOUN", "ADJ"})  # what an object's attribute (xcomp) may be
#: what the core of a clause keeps: the words that say what happened, to whom, how much
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
#: dependents that open another clause or a mere frame, left out of the core ("qui a fait
#: 130 morts", "avant que la cour ne se retire", "ainsi que le veut la tradition")
_OTHER_CLAUSE = frozenset(
    {"advcl", "acl", "acl:relcl", "conj", "parataxis", "ccomp", "csubj", "appos", "dep"}
)
CORE_DEPTH = 2  # the predicate's dependents and theirs


def _phrase_complement(token: ParsedToken) -> bool:
    """A complement that may make one act with its verb (``predicate_phrases``): a noun
    it governs ("mis en examen"), or the attribute of its object ("a été reconnu
    coupable", "déclaré coupable": spaCy tags "coupable" a noun or an adjective)."""
    if token.dep in _COMPLEMENTS:
        return token.pos in _NOUNS
    return token.dep == "xcomp" and token.pos in _ATTRIBUTES


@dataclass(frozen=True)
class PersonSense:
    """What a pronominal verb tells of its subject ("se éteindre", ``person_senses`` of
    ``merging.yml``): ``person``, the class it folds into of a person ("le chanteur s'est
    éteint": =die), unless its subject is one of ``things`` (folded), of which it tells the
    bare verb's act ("l'incendie s'est éteint": =extinguish)."""

    person: str
    things: frozenset[str]


@dataclass(frozen=True)
class ClauseWords:
    """The French words the reading needs (``lang/fr/merging.yml``)."""

    fold: Callable[[str], str]  # a lemma -> its paraphrase class ("=arrest") or itself
    transparent: frozenset[str]  # verbs that only frame their infinitive
    modal: frozenset[str]  # of them, those that leave it unrealised unless in the past
    light: frozenset[str]  # verbs whose object noun tells the act
    phrases: dict[tuple[str, str], str]  # (verb, complement noun) -> class
    negation: frozenset[str]  # adverbs that negate ("pas", "jamais")
    singular: frozenset[str]  # pronouns of one ("il", "elle") and articles of one ("un")
    plural: frozenset[str]  # pronouns of several ("ils", "elles")
    #: auxiliaries of the third person plural ("ont", "sont"): the verb's agreement tells
    #: a subject of several ("X, Y et Z ont présenté leur démission")
    plural_auxiliaries: frozenset[str] = frozenset()
    #: verbs whose pronominal form names another act ("s'est déclaré": broke out), read
    #: as "se VERB" after a reflexive pronoun (``pronominal_lemmas`` of ``events.yml``)
    pronominal: frozenset[str] = frozenset()
    reflexive: frozenset[str] = frozenset()  # "se", "s'"
    #: a cleft sentence ("C'est X qui ...", "C'est à Lyon que ..."): the subject of its
    #: copula ("ce") and the words that open its relative ("qui", "que", "qu'")
    cleft_subjects: frozenset[str] = frozenset()
    cleft_relatives: frozenset[str] = frozenset()
    #: of them, those that make the element set apart the relative verb's subject ("qui")
    cleft_agents: frozenset[str] = frozenset()
    #: verbs of informing someone of something ("a informé le Conseil de sa démission"):
    #: a noun of action of a class they govern, or its complement does, is their act too
    informing: frozenset[str] = frozenset()
    #: verbs that record an act as a fact ("son décès a été constaté", "le médecin a
    #: prononcé le décès", "la fermeture a été actée"): the noun of action of a class they
    #: govern, object or passive subject, is the act the clause tells, as a light verb's
    recording: frozenset[str] = frozenset()
    #: pronominal verbs that tell another act of a person than of a thing ("le chanteur
    #: s'est éteint" died, "l'incendie s'est éteint" went out): "se VERB" -> its senses
    senses: dict[str, PersonSense] = field(default_factory=dict)
    #: a gerund ("en limogeant"): the word that opens it and the ending of its participle
    gerund_markers: frozenset[str] = frozenset()
    gerund_ending: str = ""
    #: attributes ranking their subject among the doers of their infinitive's act ("a été
    #: le premier à franchir la ligne"): after a copula, framing it as a transparent verb does
    ranking: frozenset[str] = frozenset()
    #: verbs that, negated, tell the infinitive they govern done ("n'a pas tardé à réagir",
    #: "n'a pas manqué de saluer"): they frame it, and their negation negates nothing
    litotes: frozenset[str] = frozenset()
    #: verbs of reacting that frame, before a colon, the act told after it ("La Bourse a
    #: réagi sans attendre : l'action a plongé de 20 %"): that act is the clause's
    colon_frames: frozenset[str] = frozenset()
    #: the marks opening a quotation: a colon before one opens words, not an act
    quote_openers: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Clause:
    """The main clause of a report, as merging compares it."""

    predicate: str
    agent: str | None = None
    patient: str | None = None
    place: str | None = None  # "@id" of a place the predicate governs
    negated: bool = False
    modal: str | None = None  # lemma of a modal that leaves the predicate unrealised
    #: the words of the predicate and of what it governs near it (``CORE_DEPTH``), folded
    #: as a report's words are: "@id" for a name, digits for a number
    core: frozenset[str] = frozenset()
    #: "one" or "several" when the agent's (patient's) number is told: a pronoun ("il" /
    #: "ils"), a numeral ("les 14 accusés"), an article of one ("un homme")
    agent_number: str | None = None
    patient_number: str | None = None
    #: the acts of verbs coordinated with the predicate that share its subject
    also: frozenset[str] = frozenset()
    #: the predicate and those coordinated verbs as told, unfolded: their lemmas ("se
    #: effondrer", "succomber", a light verb's noun "démission"), whose word vectors
    #: compare two acts no class holds (``merge.acts_alike``)
    told: frozenset[str] = frozenset()
    #: the verb agrees with a subject of several: its auxiliary is of the third person
    #: plural ("X, Y et Z ont présenté leur démission", whatever the parser made of the
    #: list of names): who acts is not one person
    plural_verb: bool = False

    @property
    def acts(self) -> frozenset[str]:
        """The predicate and the acts coordinated with it."""
        return self.also | {self.predicate}


def _lemma(token: ParsedToken) -> str:
    return (token.lemma or token.text).lower()


def root_of(tokens: Sequence[ParsedToken]) -> int | None:
    """The clause's head: a token that is its own head (the first verb among them, else
    the first that is not punctuation); as ``headline`` finds it."""
    tops = [n for n, t in enumerate(tokens) if t.head == n and t.pos != "PUNCT"]
    verbs = [n for n in tops if tokens[n].pos in ("VERB", "AUX")]
    found = verbs or tops
    return found[0] if found else None


def _litotes(
    tokens: Sequence[ParsedToken], children: dict[int, list[int]], n: int, words: ClauseWords
) -> bool:
    """``n`` is a verb of ``litotes`` negated ("La Bourse n'a pas tardé à réagir", "n'a
    pas manqué de saluer"): two negations that tell its infinitive done, which it frames."""
    return _lemma(tokens[n]) in words.litotes and any(
        tokens[c].dep == "advmod" and _lemma(tokens[c]) in words.negation
        for c in children.get(n, [])
    )


def _told_after_colon(
    tokens: Sequence[ParsedToken], children: dict[int, list[int]], root: int, words: ClauseWords
) -> int | None:
    """The verb of the clause a verb of ``colon_frames`` announces after a colon ("La Bourse
    a réagi sans attendre : ... l'action a encore plongé de 20 %", "n'a pas tardé à réagir :
    le titre avait reculé de 17 %"): the first verb after the colon with a subject of its
    own, of the root's sentence; None when the root (or the infinitive it frames) is no
    such verb, or no colon and such a verb follow it."""
    n = root
    while _lemma(tokens[n]) not in words.colon_frames:
        if _lemma(tokens[n]) not in words.transparent and not _litotes(tokens, children, n, words):
            return None
        inner = next((c for c in children.get(n, []) if tokens[c].dep == "xcomp"), None)
        if inner is None:
            return None
        n = inner
    colon = next((i for i in range(n + 1, len(tokens)) if tokens[i].text == ":"), None)
    if colon is None:
        return None
    for k in range(colon + 1, len(tokens)):
        if tokens[k].text[:1] in words.quote_openers:
            return None  # "Le maire a réagi : « C'est un drame »": words, not an act
        if (
            tokens[k].pos == "VERB"
            and _descends(tokens, k, root)
            and any(tokens[c].dep.startswith("nsubj") for c in children.get(k, []))
        ):
            return k
    return None


def _descends(tokens: Sequence[ParsedToken], n: int, root: int) -> bool:
    """``n`` is ``root`` or hangs below it in the parse."""
    seen = set()
    while n != root and n not in seen:
        seen.add(n)
        if tokens[n].head == n:
            return False
        n = tokens[n].head
    return n == root


def _ranks(
    tokens: Sequence[ParsedToken], children: dict[int, list[int]], n: int, words: ClauseWords
) -> bool:
    """``n`` is an adjective of ``ranking`` after a copula ("a été le premier à boucler le
    tour du monde", "fut la première à sortir"): it frames its infinitive."""
    return (
        tokens[n].pos == "ADJ"
        and _lemma(tokens[n]) in words.ranking
        and any(tokens[c].dep == "cop" for c in children.get(n, []))
    )


def read(tokens: Sequence[ParsedToken], words: ClauseWords, names: Names) -> Clause | None:
    """The ``Clause`` of a report's parsed tokens (None when no head is found)."""
    root = root_of(tokens)
    if root is None:
        return None
    children: dict[int, list[int]] = {}
    for n, t in enumerate(tokens):
        if t.head != n:
            children.setdefault(t.head, []).append(n)
    root = _verb_of_noun_root(tokens, children, root)

    def child(of: int, deps: frozenset[str], pos: frozenset[str] | None = None) -> int | None:
        return next(
            (
                c
                for c in children.get(of, [])
                if tokens[c].dep in deps and (pos is None or tokens[c].pos in pos)
            ),
            None,
        )

    clefted: int | None = None
    relative = _cleft(tokens, children, root, words)
    if relative is not None:
        # "C'est Salah Abdeslam qui s'est exprimé en dernier", "C'est sous une pluie
        # battante que le capitaine a soulevé le trophée": the act is the relative's verb
        clefted, root = root, relative
    told = _told_after_colon(tokens, children, root, words)
    if told is not None:
        root = told  # "La Bourse a réagi : l'action a plongé": the act is the fall
    chain = [root]  # the modal or framing verbs down to the predicate
    modal: str | None = None
    head = root
    while (
        _lemma(tokens[head]) in words.transparent
        or _ranks(tokens, children, head, words)
        or _litotes(tokens, children, head, words)
    ):
        inner = child(head, frozenset({"xcomp"}), frozenset({"VERB", "AUX"}))
        if inner is None:
            break
        lemma = _lemma(tokens[head])
        past = child(head, frozenset({"aux:tense"})) is not None
        if lemma in words.modal and not past and modal is None:
            modal = lemma
        head = inner
        chain.append(head)
    used: set[int] = set()
    acted: list[int] = []  # the noun a light verb's act is told by ("le déclenchement")

    def verb_of(n: int) -> str:
        """The verb ``n`` tells: its lemma, or "se VERB" when a reflexive pronoun depends
        on it (``lexicon.pronominal``)."""
        lemma = _lemma(tokens[n])
        reflexive = any(
            tokens[c].pos == "PRON" and tokens[c].text.lower() in words.reflexive
            for c in children.get(n, [])
        )
        return pronominal(lemma, reflexive, words.pronominal) or lemma

    def predicate_of(head: int, verb: str) -> str:
        """The act ``verb`` (the verb of ``head``) tells: itself, or with its complement (a
        phrase, a light verb's object); the complement is then ``used``."""
        cop = child(head, frozenset({"cop"})) if tokens[head].pos in _NOUNS else None
        if cop is not None:  # "un incendie était en cours": the copula and its noun
            phrase = words.phrases.get((_lemma(tokens[cop]), verb))
            if phrase is not None:
                return phrase
        for c in children.get(head, []):
            if _phrase_complement(tokens[c]):
                phrase = words.phrases.get((verb, _lemma(tokens[c])))
                if phrase is not None:
                    used.add(c)
                    return phrase
        if verb in words.light:
            noun = child(head, frozenset({"obj"}), frozenset({"NOUN"}))
            if noun is not None:
                used.add(noun)
                acted.append(noun)
                return _lemma(tokens[noun])
        if verb in words.recording:
            noun = child(head, _PATIENT, frozenset({"NOUN"}))
            if noun is not None and words.fold(_lemma(tokens[noun]))[0] in "=~":
                used.add(noun)
                acted.append(noun)
                return _lemma(tokens[noun])
        return verb

    verb = verb_of(head)
    predicate = predicate_of(head, verb)
    # verbs coordinated with it that share its subject ("a été mis en examen et placé en
    # détention"): acts of the same clause
    coordinated = [
        predicate_of(c, verb_of(c))
        for c in children.get(head, [])
        if tokens[c].dep == "conj"
        and tokens[c].pos == "VERB"
        and child(c, _AGENT | _PATIENT - {"obj"}) is None
    ]
    # a gerund of the main verb ("En limogeant son Premier ministre, le président a entériné
    # une décision", "a participé à l'effort en envoyant une équipe"): an act its subject
    # does in doing the main one, of the same clause
    gerunds = [
        predicate_of(c, verb_of(c))
        for c in children.get(head, [])
        if tokens[c].dep == "advcl"
        and tokens[c].pos == "VERB"
        and bool(words.gerund_ending)
        and tokens[c].text.lower().endswith(words.gerund_ending)
        and _opened_by(tokens, children, c, words.gerund_markers)
    ]
    also = frozenset(words.fold(act) for act in coordinated + gerunds)
    if verb in words.informing:
        # "a informé le Conseil constitutionnel de sa démission", "a notifié sa démission":
        # what is made known, a noun of action of a class, is the act told
        told_of = [
            g
            for c in children.get(head, [])
            if tokens[c].pos in _NOUNS
            for g in [c, *children.get(c, [])]
            if tokens[g].pos == "NOUN" and words.fold(_lemma(tokens[g]))[0] in "=~"
        ]
        also |= {words.fold(_lemma(tokens[g])) for g in told_of}

    def value(n: int) -> str | None:
        token = tokens[n]
        named = names(token.idx)
        if named is not None:
            return "@" + named[0]
        if token.pos == "PROPN" or (token.pos == "NOUN" and n and token.text[:1].isupper()):
            return "#" + token.text.lower()  # "Sénat", "Assemblée": an institution's name
        if token.pos == "NOUN":
            return words.fold(_lemma(token))
        return None  # a pronoun, a number: says nothing of who

    def number(n: int) -> str | None:
        text = tokens[n].text.lower()
        if tokens[n].pos == "PRON":
            return "one" if text in words.singular else "several" if text in words.plural else None
        for c in children.get(n, []):
            if tokens[c].dep == "nummod":
                return "one" if _lemma(tokens[c]) in words.singular else "several"
            if tokens[c].dep == "det" and text != "autre" and _lemma(tokens[c]) in words.singular:
                return "one" if tokens[c].text.lower() in words.singular else None
        return None

    def agrees_plural(verb: int) -> bool:
        """The verb's auxiliary of tense is of the third person plural ("ont", "sont")."""
        return any(
            tokens[c].dep == "aux:tense" and tokens[c].text.lower() in words.plural_auxiliaries
            for c in children.get(verb, [])
        )

    agent = patient = None
    agent_number = patient_number = None
    plural_verb = False
    found: set[str] = set()
    for n in chain:
        for c in children.get(n, []):
            if c in used:
                continue
            if tokens[c].dep in _AGENT and "agent" not in found:
                found.add("agent")
                agent, agent_number = value(c), number(c)
                plural_verb = tokens[c].dep == "nsubj" and agrees_plural(n)
            elif tokens[c].dep in _PATIENT and "patient" not in found and n == head:
                found.add("patient")
                patient, patient_number = value(c), number(c)
    if (
        clefted is not None
        and agent is None
        and _opened_by(tokens, children, root, words.cleft_agents)
    ):
        agent, agent_number = value(clefted), number(clefted)  # "C'est X qui ...": X does it
    if patient is None and acted and acted[0] in children.get(head, []):
        # "a provoqué le déclenchement du plan": whom the act befell is the noun's
        # complement, as "a déclenché le plan" says it
        of = child(acted[0], frozenset({"nmod"}), _NOUNS)
        if of is not None:
            patient, patient_number = value(of), number(of)
    place = None
    for c in children.get(head, []):
        if _bracketed(tokens, c):
            continue  # a gloss: "à 14h26 (23h26 en France)", the other clock's place
        named = names(tokens[c].idx) if tokens[c].dep in _PLACE_DEPS else None
        if named is not None and named[1] == "place":
            place = "@" + named[0]
            break
    negated = any(
        tokens[c].dep == "advmod" and _lemma(tokens[c]) in words.negation
        for n in chain
        if not (n != head and _lemma(tokens[n]) in words.litotes)
        for c in children.get(n, [])
    )
    core = _core(tokens, children, chain, used, words, names)
    if clefted is not None:  # the element set apart and what it governs, not the copula
        core |= _core(tokens, children, [clefted], used, words, names)
    act = words.fold(predicate)
    sense = words.senses.get(predicate)
    if sense is not None:
        # "le chanteur s'est éteint" (=die) / "l'incendie s'est éteint" (=extinguish): the
        # subject tells which act the pronominal verb names
        act = words.fold(_lemma(tokens[head])) if agent in sense.things else sense.person
    core.discard(words.fold(verb))  # the light verb or the verb of a phrase, if either
    core.discard(words.fold(_lemma(tokens[head])))  # "déclarer" of "s'est déclaré"
    core.add(act)
    return Clause(
        act,
        agent,
        patient,
        place,
        negated,
        modal,
        frozenset(core),
        agent_number,
        patient_number,
        also - {act},
        frozenset([predicate, *coordinated]),
        plural_verb,
    )


#: the dependencies a cleft's relative verb may have on the element set apart (or on a
#: noun it governs: "C'est un incendie dans l'entrepôt qui a provoqué ...")
_CLEFT_RELATIVE = frozenset({"acl:relcl", "acl", "advcl", "ccomp", "dep"})


def _verb_of_noun_root(
    tokens: Sequence[ParsedToken], children: dict[int, list[int]], root: int
) -> int:
    """The finite verb the parse attached as a conjunct to a noun it made the root, no
    copula between them: a subject with a detached apposition ("Le chef de l'Etat X, cible
    d'une contestation inédite, a informé le Conseil ..."), or subjects coordinated ("X, Y
    et Z ont rendu hommage ..."), whose verb is the clause's head; else ``root``."""
    if tokens[root].pos not in _NOUNS and tokens[root].pos != "ADJ":
        return root
    kids = children.get(root, [])
    if any(tokens[c].dep == "cop" for c in kids):
        return root
    verbs = [
        c
        for c in kids
        if tokens[c].dep == "conj"
        and tokens[c].pos == "VERB"
        and any(tokens[g].dep.startswith("aux") for g in children.get(c, []))
    ]
    return verbs[0] if verbs else root


def _cleft(
    tokens: Sequence[ParsedToken], children: dict[int, list[int]], root: int, words: ClauseWords
) -> int | None:
    """The relative verb of a cleft sentence ("C'est X qui/que ..."), whose root is the
    element set apart (a noun, a name, an adjective read as one: not a pronoun, "C'est ce
    qu'a déclaré ...") with the copula and "ce" as its subject; None when it is not one."""
    top = tokens[root]
    if top.pos not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    below = children.get(root, [])
    if not any(tokens[c].dep == "cop" for c in below) or not any(
        tokens[c].dep in ("nsubj", "expl:subj") and _lemma(tokens[c]) in words.cleft_subjects
        for c in below
    ):
        return None
    near = below + [g for c in below if tokens[c].pos in _NOUNS for g in children.get(c, [])]
    for n in near:
        if (
            tokens[n].pos == "VERB"
            and tokens[n].dep in _CLEFT_RELATIVE
            and _opened_by(tokens, children, n, words.cleft_relatives)
        ):
            return n
    return None


def _bracketed(tokens: Sequence[ParsedToken], n: int) -> bool:
    """Token ``n`` lies inside brackets: a gloss of what precedes ("à 14h26 (23h26 en
    France)", "Los Angeles (ouest)"), not a complement of the clause's own."""
    depth = 0
    for token in tokens[:n]:
        if token.text == "(":
            depth += 1
        elif token.text == ")" and depth:
            depth -= 1
    return depth > 0


def _opened_by(
    tokens: Sequence[ParsedToken],
    children: dict[int, list[int]],
    verb: int,
    opening: frozenset[str],
) -> bool:
    """A word of ``opening`` ("qui", "que") depends on ``verb`` and comes before it."""
    return any(
        c < verb and tokens[c].text.lower().replace("’", "'") in opening
        for c in children.get(verb, [])
    )


def _core(
    tokens: Sequence[ParsedToken],
    children: dict[int, list[int]],
    chain: list[int],
    used: set[int],
    words: ClauseWords,
    names: Names,
) -> set[str]:
    """The core words of the clause: the chain's dependents (not the framing verbs
    themselves) down to ``CORE_DEPTH``, other clauses and the noun that made the predicate
    (``used``) left out, the words that noun governs kept ("le déclenchement du plan")."""
    out: set[str] = set()
    frontier = [(c, 1) for n in chain for c in children.get(n, []) if c not in chain]
    frontier.append((chain[-1], 0))
    while frontier:
        n, depth = frontier.pop()
        token = tokens[n]
        if depth and token.dep in _OTHER_CLAUSE:
            continue
        if n in used:  # told as the predicate; what it governs is of the core
            frontier.extend((c, depth) for c in children.get(n, []))
            continue
        if token.pos in _CONTENT:
            named = names(token.idx)
            if named is not None:
                out.add("@" + named[0])
            elif token.text.isdigit():
                out.add(token.text)
            elif token.pos != "NUM":
                out.add(words.fold(_lemma(token)))
        if depth < CORE_DEPTH:
            frontier.extend((c, depth + 1) for c in children.get(n, []))
    return out


def names_in(
    mentions: Sequence[tuple[int, int, str, str]], sentence_start: int
) -> Callable[[int], tuple[str, str] | None]:
    """``Names`` of a sentence starting at ``sentence_start`` in its article, from its
    entity mentions as (start, end, entity id, kind) in the article."""

    def names(idx: int) -> tuple[str, str] | None:
        at = sentence_start + idx
        return next(((e, k) for s, end, e, k in mentions if s <= at < end), None)

    return names


def agree(a: str | None, b: str | None) -> bool:
    """Two heads known and the same."""
    return a is not None and a == b


def agrees_in_number(head: str | None, number: str, head_number: str | None) -> bool:
    """A common noun ``head`` told of ``number`` ("one", "several") people or things,
    as a pronoun of that number may stand for."""
    return head is not None and not named(head) and head_number == number


def named(value: str | None) -> bool:
    """A head that names someone or something (an entity or a proper name)."""
    return value is not None and value[0] in "@#"
