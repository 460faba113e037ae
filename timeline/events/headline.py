"""Headlines from the dependency parse of an event sentence's main clause.

A news desk headline says who did what, without the date (shown apart): the time
expressions go as whole phrases ("lors du week-end", "En 2019,", "plus tôt mercredi": never
a hole like "En, la croissance"); leading adverbials go ("Outre les avions opérant en Syrie,
..."); then, while the headline is too long, optional modifiers go as whole subtrees,
rightmost first (relative and purpose clauses, appositions, then other modifiers, then
second conjuncts), so it is never cut mid-phrase. A modifier that points back to what the
reader has not seen ("pour discuter de cette affaire", "de tels incidents") goes whatever
the length.

Works on any object with spaCy's token interface (``i``, ``idx``, ``text``,
``whitespace_``, ``dep_``, ``head``, ``pos_``, ``lower_``, ``children``), so the tests can
give hand-made parses. Extraction stores the parse of each event sentence's clause
(``records.ParsedToken``); assembly makes its headlines (``headlines``), so a change here or
in ``lang/fr/headline.yml`` (the dependency labels, French words and limits) re-assembles
without parsing again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

from timeline.events import impersonal
from timeline.events.impersonal_words import after_il
from timeline.events.lexicon import alternation, lexicon, quote_marks, title_words, titling
from timeline.events.nlp import lemma
from timeline.records import ParsedToken


class Token(Protocol):
    i: int
    idx: int
    text: str
    whitespace_: str
    dep_: str
    pos_: str
    lower_: str

    @property
    def head(self) -> Any: ...

    @property
    def children(self) -> Any: ...


@dataclass(eq=False, slots=True)
class _Node:
    """A token of the clause as ``build`` reads it, its head possibly re-attached
    (``_reattach``): made from a stored clause (``stored``, its lemma the stored one, so
    assembly needs no model) or copied from any parsed tokens (``_nodes``, its lemma read
    from the token it copies, on demand)."""

    i: int
    idx: int
    text: str
    whitespace_: str
    dep_: str
    pos_: str
    lower_: str
    lemma_: str
    source: Any = field(default=None, repr=False)  # the token copied (None: stored)
    head: _Node = field(init=False, repr=False)

    @property
    def children(self) -> list[_Node]:
        return []  # not read: the structure is in ``head``

    def lemma(self) -> str:
        return self.lemma_ if self.source is None else lemma(self.source)


def _nodes(tokens: Sequence[Token]) -> list[_Node]:
    """The clause's tokens as nodes; a head outside the clause makes a node its own head."""
    nodes = [
        _Node(t.i, t.idx, t.text, t.whitespace_, t.dep_, t.pos_, t.lower_, "", t) for t in tokens
    ]
    by_i = {n.i: n for n in nodes}
    for node, tok in zip(nodes, tokens, strict=True):
        node.head = by_i.get(tok.head.i, node)
    return nodes


def stored(clause: Sequence[ParsedToken]) -> list[_Node]:
    """A clause's stored parse as the nodes ``build`` reads (``i``: its position; a head
    outside the clause makes a node its own head). Fresh nodes at each call: a build
    re-attaches their heads."""
    nodes = []
    for n, t in enumerate(clause):
        lower = t.text.lower()
        nodes.append(_Node(n, t.idx, t.text, t.space, t.dep, t.pos, lower, t.lemma or lower))
    for node, parsed in zip(nodes, clause, strict=True):
        node.head = nodes[parsed.head] if 0 <= parsed.head < len(nodes) else node
    return nodes


def headlines(
    clause: Sequence[ParsedToken],
    timex_spans: Sequence[tuple[int, int]],
    *,
    said: bool = True,
    dateline: int = 0,
    credit: int | None = None,
    names: Sequence[tuple[int, int]] = (),
    places: Sequence[tuple[int, int]] = (),
) -> tuple[str, str]:
    """The headline of a stored clause to be read alone, and to be read after a speaker's
    name ("Poutine : ..."), each within its limits of ``lang/fr/headline.yml``; with
    ``said`` False (no speaker to name) the second is not built: the first is given again.
    ``dateline``: the length of the dateline opening the sentence ("BERLIN - "), which
    goes whatever the parser made of its words (its subject, often). ``credit``: where a
    picture's credit glued after the sentence's last full stop starts ("... lundi 15
    mai.[JEAN DUPONT / AFP]"): no headline word comes from it or after it. ``names``: the
    spans of the names the entity recogniser found in the sentence (in the tokens' ``idx``
    coordinates), each one name whatever the parser made of its words
    (``_recognised_names``); ``places``: the same of the places it found."""
    lex = titling()
    # the clause's repairs and the cuts that do not depend on the length are made once:
    # the two headlines differ only by their lengths (``_cut``)
    ready = _prepared(stored(clause), timex_spans, None, dateline, credit, names, places)
    alone = _cut(ready, lex["headline_max_chars"], lex["headline_target_chars"])
    if not said:
        return alone, alone
    after_name = _cut(ready, lex["headline_said_max_chars"], lex["headline_said_target_chars"])
    return alone, after_name


def _reattach(nodes: list[_Node], removed: set[int]) -> None:
    """Words the parser hung on a time expression ("a tiré mercredi 26 missiles": "missiles"
    under "mercredi") belong to the expression's head; a noun that lands on the main verb
    without an object is its object."""
    gone = {nodes[n].i for n in removed}
    _promote_predicates(nodes, removed, gone)
    for n, node in enumerate(nodes):
        if n in removed or node.head.i not in gone:
            continue
        head = node.head
        while head.i in gone and head.head is not head:
            head = head.head
        node.head = head if head.i not in gone else node
        has_object = any(o.head is head and o.dep_ == "obj" for o in nodes if o is not node)
        if node.dep_ == "nmod" and node.pos_ in ("NOUN", "PROPN", "NUM") and not has_object:
            node.dep_ = "obj"


#: brackets, opening -> closing
_BRACKETS = {"(": ")", "[": "]"}


def _time_glosses(tokens: Sequence[Token], removed: set[int]) -> set[int]:
    """Brackets that held a time expression now removed, or right after one ("Peu avant
    14 heures (21 heures à Tokyo), ...", "à 19 heures (minuit à Paris)"): a gloss of the
    time, which goes whole with it ("(à Bruxelles), une première confirmation ..." is no
    headline); so does a page's stamp in square brackets ("[Mis à jour le 7 janvier à
    16h24] Le bilan est lourd": "[Mis à jour ]" is no headline)."""
    out: set[int] = set()
    opened: int | None = None
    closing = ""
    for n, tok in enumerate(tokens):
        if tok.text in _BRACKETS:
            opened, closing = n, _BRACKETS[tok.text]
        elif tok.text == closing and opened is not None:
            group = set(range(opened, n + 1))
            if group & removed or opened - 1 in removed:
                out |= group
            opened = None
    return out


def _time_coordinators(tokens: Sequence[Token], times: set[int]) -> set[int]:
    """A coordinator set between two time expressions now removed ("titres acquis entre
    1998 et 2009 et banni", "bloqués dans le port entre 10 heures et 16 heures"): it joined
    them and goes with them ("acquis et et banni" is a hole). One with a word of the clause
    before or after it stays, whatever the parser hung it on ("a convoqué jeudi la grande
    distribution et vendredi la direction", "De la tristesse mais aussi ... ce samedi")."""
    out: set[int] = set()
    for n, tok in enumerate(tokens):
        if tok.dep_ != "cc" or n + 1 not in times:
            continue
        # "prévus à Paris le 5 mai, puis le 26 mai": the comma before it goes too
        before = n - 1
        while before >= 0 and tokens[before].text == ",":
            before -= 1
        if before in times:
            out |= set(range(before + 1, n + 1))
    return out


def _time_limiters(tokens: Sequence[Token], kept: set[int], times: set[int]) -> set[int]:
    """A limiter right after a time expression now removed ("suspendus jusqu'à jeudi au
    moins": ``headline_time_limiters``): it qualified the expression and goes with it. Not
    one after another word removed ("Brumadinho — Au moins sept personnes sont mortes":
    the dateline went, "Au moins" counts the dead)."""
    limiters = [str(w).split() for w in titling()["headline_time_limiters"]]
    out: set[int] = set()
    for n in range(1, len(tokens)):
        if n not in kept or n - 1 not in times:
            continue
        for words in limiters:
            span = range(n, n + len(words))
            if span[-1] < len(tokens) and all(
                k in kept and tokens[k].lower_ == w for k, w in zip(span, words, strict=True)
            ):
                out |= set(span)
                break
    return out


def _elliptic_before_times(tokens: Sequence[Token], kept: set[int], times: set[int]) -> set[int]:
    """An elliptic phrase set off before a time expression now removed, its noun left
    unsaid (``headline_elliptic_pos``: "rejetée deux fois, la dernière le 24 novembre",
    "des interventions, dont une le 3 mai, ..."): the time was all it said, and it goes with
    it, its opener too (``headline_elliptic_openers``: the comma, "dont"); "la dernière"
    left alone points at nothing. Only where the time ends the clause or a comma follows
    it; a phrase with a noun or a verb stays ("deux fois, la dernière fois le 24 novembre"
    keeps nothing of its own either, but its noun says what it counts)."""
    lex = titling()
    elliptic = set(lex["headline_elliptic_pos"])
    openers = title_words("headline_elliptic_openers")
    out: set[int] = set()
    for n in sorted(times):
        if n - 1 in times or n - 1 not in kept:
            continue  # not the start of a time expression, or nothing kept right before
        end = n
        while end + 1 < len(tokens) and end + 1 in times:
            end += 1
        after = end + 1
        if after < len(tokens) and tokens[after].text not in (",", *lex["headline_sentence_ends"]):
            continue
        start = n - 1
        while start >= 0 and start in kept and tokens[start].pos_ in elliptic:
            start -= 1
        if start < 0 or start == n - 1 or tokens[start].lower_ not in openers:
            continue
        out |= set(range(start, n))
    return out


def _bare_participles(tokens: Sequence[Token], kept: set[int]) -> set[int]:
    """A participle set after its noun whose only complement was a time expression now
    removed ("Une grève lancée le 3 mars a touché ...": "Une grève lancée a touché" says
    nothing of its own): it goes with its time; one that keeps a complement stays ("le
    décret publié dimanche au Journal officiel"), and so does one whose time is its noun's
    ("de 20 heures") or how long a state has lasted ("depuis une semaine")."""
    complements = title_words("headline_noun_time_prepositions") | title_words(
        "headline_state_time_prepositions"
    )
    out: set[int] = set()
    participles = [
        n
        for n in sorted(kept)
        if (
            (tokens[n].pos_ == "VERB" and tokens[n].dep_ in ("acl", "amod"))
            # (an adjective the parser read as a clause's: "ouverte lundi")
            or (tokens[n].pos_ == "ADJ" and tokens[n].dep_ == "acl")
        )
        and tokens[n].head.i != tokens[n].i
        and tokens[n].head.pos_ in ("NOUN", "PROPN")
        and tokens[n].head.i < tokens[n].i
    ]
    if not participles or len(kept) == len(tokens):
        return out
    children: dict[int, list[int]] = {}
    for m, t in enumerate(tokens):
        children.setdefault(t.head.i, []).append(m)
    for n in participles:
        tok = tokens[n]
        under = [m for m in children.get(tok.i, []) if m != n]
        if any(m in kept for m in under):
            continue
        # its time hung on it, or, a verb's participle, on its noun right after it ("Le
        # chantier fermé en janvier": the parser's "janvier" a complement of "chantier"; not
        # an adjective: "des vents violents dimanche")
        run = []
        for m in range(n + 1, len(tokens)):
            if m in kept or tokens[m].pos_ == "PUNCT":
                break
            run.append(m)
        if not run or tokens[run[0]].lower_ in complements:
            # a noun's own time ("le journal télévisé de 20 heures"), or the time a state
            # has lasted ("le chien perdu depuis une semaine": "perdu" still says something)
            continue
        if under or (tok.pos_ == "VERB" and any(tokens[m].head.i == tok.head.i for m in run)):
            out.add(n)
    return out


def _coordinated_completive_marks(tokens: Sequence[Token], kept: set[int]) -> set[int]:
    """The "que" of a completive clause coordinated with the main one when the main one's
    went with the verb of saying ("Le maire a dit que la route est fermée et qu'une
    déviation est en place": the headline "la route est fermée et une déviation est en
    place", not "... et qu'une déviation"): one clause told, both conjuncts alike."""
    root = _root(tokens)
    if root is None:
        return set()
    marks = title_words("headline_completive_marks")
    top = tokens[root].i
    if any(n in kept and t.dep_ == "mark" and t.head.i == top for n, t in enumerate(tokens)):
        return set()  # the main clause keeps its own "que"
    return {
        n
        for n in kept
        if tokens[n].dep_ == "mark"
        and tokens[n].lower_ in marks
        and tokens[n].head.dep_ == "conj"
        and tokens[n].head.pos_ in ("VERB", "AUX")
        and tokens[n].head.head.i == top
    }  # (a clause's conjunction: "il n'y a pas de zéro, mais que des gagnants" keeps it)


def _promote_predicates(nodes: list[_Node], removed: set[int], gone: set[int]) -> None:
    """A time expression the parser took for a clause's predicate ("Alors que les flammes
    étaient éteintes dimanche, la police a ...": "dimanche" read as a verb heading the
    subordinate clause, its subject and conjunction under it): the clause keeps its
    structure without it. Its predicate among the words left under it (a verb, else an
    adjective or a noun that a copula or an auxiliary serves) takes the expression's place
    and relation, and the clause's other words hang on it (UD's promotion of a dependent
    when a head is elided)."""
    lex = titling()
    clausal = set(lex["headline_clause_marks"])
    for n in sorted(removed):
        gone_head = nodes[n]
        if gone_head.pos_ not in ("VERB", "AUX"):
            continue  # a noun of time: what hangs on it climbs (below)
        orphans = [k for k, node in enumerate(nodes) if k not in removed and node.head is gone_head]
        under = {gone_head.i} | {nodes[k].i for k in orphans}
        if not any(node.head.i in under and node.dep_.split(":")[0] in clausal for node in nodes):
            continue  # no clause of its own under it: the words climb (below)
        served = {node.head.i for node in nodes if node.dep_.split(":")[0] in ("cop", "aux")}
        candidates = (
            [k for k in orphans if nodes[k].pos_ == "VERB"]
            or [k for k in orphans if nodes[k].pos_ in ("ADJ", "NOUN") and nodes[k].i in served]
            or [k for k in orphans if nodes[k].pos_ == "ADJ"]
        )
        if not candidates:
            continue
        top = nodes[candidates[0]]
        head = gone_head.head
        while head.i in gone and head.head is not head:
            head = head.head
        top.head = top if head.i in gone or head is gone_head else head
        top.dep_ = "ROOT" if top.head is top else gone_head.dep_
        for k in orphans:
            if nodes[k] is not top:
                nodes[k].head = top


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+([,.;:)»”])")
_SPACE_AFTER = re.compile(r"([(«“])\s+")
_REPEATED_COMMAS = re.compile(r",\s*(?:,\s*)+")
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)|\s*«\s*»|\s*\"\s*\"|\s*“\s*”")


class _Subtrees:
    """The subtrees of a clause whose heads no longer change (computed once each)."""

    def __init__(
        self, tokens: Sequence[Token], rendered: dict[frozenset[int], str] | None = None
    ) -> None:
        self.tokens = tokens
        #: the text of each set of kept tokens already rendered (``text``)
        self.rendered = {} if rendered is None else rendered
        index = {t.i: n for n, t in enumerate(tokens)}
        self.children: dict[int, list[int]] = {}
        for n, t in enumerate(tokens):
            head = t.head.i
            if head != t.i and head in index:
                self.children.setdefault(index[head], []).append(n)
        self.memo: dict[int, frozenset[int]] = {}

    def text(self, kept: set[int]) -> str:
        """``_render`` of the kept tokens, computed once per set."""
        key = frozenset(kept)
        found = self.rendered.get(key)
        if found is None:
            found = self.rendered[key] = _render(self.tokens, kept)
        return found

    def __call__(self, root: int) -> set[int]:
        """Indices (into the tokens) of ``root`` and everything under it (a new set)."""
        found = self.memo.get(root)
        if found is None:
            out, stack = set(), [root]
            while stack:
                n = stack.pop()
                if n not in out:
                    out.add(n)
                    stack.extend(self.children.get(n, []))
            found = self.memo[root] = frozenset(out)
        return set(found)


def _root(tokens: Sequence[Token]) -> int | None:
    """The main clause's head among ``tokens``: a token whose head lies outside them (the
    first such verb, else the first)."""
    inside = {t.i for t in tokens}
    tops = [n for n, t in enumerate(tokens) if t.head.i == t.i or t.head.i not in inside]
    tops = [n for n in tops if tokens[n].pos_ != "PUNCT"]
    if not tops:
        return None
    verbs = [n for n in tops if tokens[n].pos_ in ("VERB", "AUX")]
    return (verbs or tops)[0]


#: a verb's arguments: never a word leading a time expression
_ARGUMENTS = ("obj", "nsubj", "nsubj:pass")


def timex_phrase(tokens: Sequence[Token], span: tuple[int, int]) -> set[int]:
    """Indices of the tokens that make up the time expression at character ``span`` with
    the words that introduce it ("lors du", "depuis le", "En", "plus tôt")."""
    lex = titling()
    lead = {w.lower() for w in lex["headline_timex_lead"]}
    locutions = title_words("headline_time_locutions")
    start, end = span
    inside = {n for n, t in enumerate(tokens) if start <= t.idx < end}
    if not inside:
        return inside
    first, last = min(inside), max(inside)
    # the words before it that introduce it (its own dependents or known lead words)
    n = first - 1
    while n >= 0 and tokens[n].pos_ != "PUNCT":
        tok = tokens[n]
        attached = tok.head.i in {tokens[m].i for m in inside}
        if tok.dep_ in _ARGUMENTS:
            break  # "La grève a pris fin mardi": "fin" is the verb's object, not the time's
        adjective = tok.dep_ == "amod" and tok.lower_ in title_words(
            "headline_timex_lead_adjectives"
        )
        if tok.lower_ in lead or (
            attached and (tok.dep_ in lex["headline_timex_deps"] or adjective)
        ):
            inside.add(n)
            n -= 1
            continue
        if tok.lower_ in locutions and n == min(inside) - 1:
            # the noun or adverb of a prepositional locution of time ("aux alentours de
            # midi", "au cours de la nuit", "autour de 15 heures"): it goes with the time,
            # and a noun of time completing it right after ("de 9 heures de matin")
            inside.add(n)
            n -= 1
            after = max(inside) + 1
            if (
                after + 1 < len(tokens)
                and tokens[after].dep_ == "case"
                and tokens[after].head.i == tokens[after + 1].i
                and tokens[after + 1].lower_ in title_words("headline_time_nouns")
            ):
                inside |= {after, after + 1}
            continue
        break
    # "mercredi même", "2015 inclus": a word right after that depends on it; a day's number
    # right after its weekday ("Lundi 11, le président ...": the tagger read "Lundi")
    n = last + 1
    while n < len(tokens) and tokens[n].head.i in {tokens[m].i for m in inside}:
        if tokens[n].dep_ not in lex["headline_timex_tail_deps"] and not _day_of_weekday(tokens, n):
            break
        if tokens[n].pos_ in ("NOUN", "PROPN") and tokens[n].lower_ not in title_words(
            "headline_time_nouns"
        ):
            break  # "nommé lundi ministre": a noun the parser hung on the day is no time
        if _attribute_after_time(tokens, n, inside):
            break  # "s'est dit mercredi certain d'être élu": the verb's attribute
        inside.add(n)
        n += 1
    # "à 09H16 locales", "à 14 h GMT": a word saying whose clock it is, right after it,
    # whatever the parser hung it on (``headline_clock_qualifiers``)
    if n < len(tokens) and tokens[n].lower_ in title_words("headline_clock_qualifiers"):
        inside.add(n)
        n += 1
    # "ce mercredi 13 au matin": a part of the day hung on the time right after it
    ids = {tokens[m].i for m in inside}
    if (
        n + 1 < len(tokens)
        and tokens[n].dep_ == "case"
        and tokens[n].head.i == tokens[n + 1].i
        and tokens[n + 1].head.i in ids
        and tokens[n + 1].lower_ in title_words("headline_time_nouns")
    ):
        inside |= {n, n + 1}
        n += 2
    # "au lendemain de l'incendie", "la veille du scrutin": the happening a day is counted
    # from (``headline_counted_days``), its complement right after it, goes with it: up to
    # a punctuation mark or the end; opening the sentence, up to its comma
    counted = title_words("headline_counted_days")
    ids = {tokens[m].i for m in inside}
    for k in range(n, len(tokens)):
        if tokens[k].dep_ == "nmod" and tokens[k].head.i in ids:
            if tokens[k].head.lower_ in counted:
                inside |= _counted_from(tokens, k, n, opening=min(inside) == 0)
                n = max(inside) + 1
            break
    # "durant la nuit et la matinée": a noun of time (``headline_time_nouns``) coordinated
    # with the time, right after it, goes with it
    if n < len(tokens) and tokens[n].dep_ == "cc":
        ids = {tokens[m].i for m in inside}
        conj = next(
            (
                k
                for k in range(n + 1, len(tokens))
                if tokens[k].dep_ == "conj" and tokens[k].head.i in ids
            ),
            None,
        )
        if conj is not None and tokens[conj].lower_ in title_words("headline_time_nouns"):
            members = _descendants(tokens, conj) | {n}
            contiguous = members == set(range(n, max(members) + 1))
            if contiguous and not any(tokens[m].pos_ in ("VERB", "AUX") for m in members):
                inside |= members
                n = max(members) + 1
    # "depuis jeudi 31 août, date à laquelle ...": an apposition to the date goes with it
    # (parsed as one, or as a bare noun restating a date beside it)
    if n + 1 < len(tokens) and tokens[n].text == ",":
        head = tokens[n + 1]
        ids = {tokens[m].i for m in inside}
        top = next((tokens[m] for m in inside if tokens[m].head.i not in ids), None)
        restates = head.lower_ in {w.lower() for w in lex["headline_date_appositions"]} and (
            top is not None and head.head.i == top.head.i
        )
        if (head.dep_ == "appos" and head.head.i in ids) or restates:
            inside |= {n} | _descendants(tokens, n + 1)
        elif _restated_hour(tokens, n + 1):
            # "à 9h, l'heure à laquelle la communication avait été coupée": the noun after
            # its article, its relative clause right after it, whatever the parser hung
            # them on
            inside |= {n, n + 1} | _descendants(tokens, n + 2)
    return inside


def _attribute_after_time(tokens: Sequence[Token], n: int, inside: set[int]) -> bool:
    """Is token ``n``, an adjective right after a time expression that the parser hung on
    it, the attribute of the verb the time hangs on ("Joe Biden s'est dit mercredi certain
    d'être déclaré vainqueur", "s'est déclaré lundi prêt à négocier", "s'est dite vendredi
    favorable à un référendum", "est resté samedi muet")? A verb that takes an attribute
    (``headline_attributive_verbs``; ``headline_pronominal_attributive_verbs`` with their
    "se": "se dire", "se montrer", "se prononcer"), and no adjective of time
    (``headline_time_adjectives``: "mercredi dernier", "lundi prochain")."""
    word = tokens[n]
    if word.pos_ != "ADJ" or word.lower_ in title_words("headline_time_adjectives"):
        return False
    ids = {tokens[m].i for m in inside}
    verb = next((tokens[m].head for m in inside if tokens[m].head.i not in ids), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma()
    if lemma in title_words("headline_attributive_verbs"):
        return True
    reflexive = any(t.head.i == verb.i and t.dep_.startswith("expl") for t in tokens)
    return reflexive and lemma in title_words("headline_pronominal_attributive_verbs")


def _restated_hour(tokens: Sequence[Token], n: int) -> bool:
    """Is token ``n`` the article of a noun restating a time (``headline_date_appositions``:
    "l'heure", "le jour", "la nuit") with a relative clause right after it ("l'heure à
    laquelle ...", "le jour où ...": ``headline_relative_pronouns``, maybe after a
    preposition)?"""
    if n + 2 >= len(tokens) or tokens[n].pos_ != "DET":
        return False
    noun = tokens[n + 1]
    if noun.lower_ not in title_words("headline_date_appositions"):
        return False
    relatives = title_words("headline_relative_pronouns")
    after = tokens[n + 2 : n + 4]
    return after[0].lower_ in relatives or (
        after[0].pos_ == "ADP" and len(after) > 1 and after[1].lower_ in relatives
    )


def _day_of_weekday(tokens: Sequence[Token], n: int) -> bool:
    """Is token ``n`` the number of a day of the month right after its weekday, hung on it
    ("Lundi 11", "mardi 26": ``headline_weekdays``)?"""
    word = tokens[n].text
    return (
        n > 0
        and tokens[n - 1].lower_ in title_words("headline_weekdays")
        and tokens[n].head.i == tokens[n - 1].i
        and word.isdigit()
        and 1 <= int(word) <= 31
    )


@cache
def _clock_form() -> re.Pattern[str]:
    """A clock time written as one word: a number, a unit of the clock
    (``headline_clock_units``), maybe minutes ("10h15", "16h")."""
    units = alternation(list(titling()["headline_clock_units"]))
    return re.compile(rf"\d{{1,3}}(?:{units})\d{{0,2}}", re.IGNORECASE)


def _clock(tokens: Sequence[Token], phrase: set[int]) -> int | None:
    """Where the clock of a time expression (``phrase``) is: one word ("10h15", "16h") or a
    number before a unit of the clock ("4 heures 19"); None when it has none."""
    form = _clock_form()
    units = title_words("headline_clock_units")
    for n in sorted(phrase):
        if form.fullmatch(tokens[n].text) or (
            tokens[n].text.isdigit() and n + 1 in phrase and tokens[n + 1].lower_ in units
        ):
            return n
    return None


def _count_after(tokens: Sequence[Token], phrase: set[int]) -> set[int]:
    """The rest of a clock's count written right after its time expression (``phrase``),
    which the tagger leaves out: the unit of its last number ("13h 59 [minutes]"), counts
    of units of time (``headline_length_units``) maybe after "et" (``headline_length_joiners``:
    "16h [et 15 minutes]", "4 heures 19 [minutes et 46 secondes]")."""
    units = title_words("headline_length_units")
    joiners = title_words("headline_length_joiners")
    out: set[int] = set()
    k = max(phrase) + 1
    if k < len(tokens) and tokens[k].lower_ in units and tokens[k - 1].text.isdigit():
        out.add(k)
        k += 1
    while True:
        j = k + 1 if k < len(tokens) and tokens[k].lower_ in joiners else k
        if j + 1 < len(tokens) and tokens[j].text.isdigit() and tokens[j + 1].lower_ in units:
            out |= set(range(k, j + 2))
            k = j + 2
        else:
            return out


def _clock_length(tokens: Sequence[Token], phrase: set[int]) -> tuple[bool, set[int]]:
    """Does the clock of a time expression (``phrase``) count a length of time, not tell
    an hour of the day, and the rest of its count after it (``_count_after``)? A time
    credited or run is a length ("Yannick Bestaven reçoit 10h15 et Boris Herrmann 6 heures",
    "ses 10h15 de bonification", "crédité de 16h et 15 minutes", "après 80 jours 13h 59
    minutes"): cut out as an hour, it leaves a hole ("reçoit et Boris Herrmann 6 heures",
    "Sables-d'Olonne minutes"). French writes an hour after a preposition of the hour
    (``headline_hour_leads``: "à 10h15", "vers 16h"); a clock with none counts a length
    when a count of a unit of time (``headline_length_units``) goes on from it or comes
    right before it ("80 jours 13h"), when only an article or a possessive opens it ("ses
    10h15"), or when it is the object of the verb right before it ("reçoit 10h15"). An
    hour's count after it ("à 4 heures 19 minutes et 46 secondes") is the hour's."""
    clock = _clock(tokens, phrase)
    if clock is None:
        return False, set()
    count = _count_after(tokens, phrase)
    first = min(phrase)
    leading = [tokens[n] for n in range(first, clock)]
    if any(t.lower_ in title_words("headline_hour_leads") for t in leading):
        return False, count
    units = title_words("headline_length_units")
    if count or (
        first >= 2 and tokens[first - 2].text.isdigit() and tokens[first - 1].lower_ in units
    ):
        return True, count  # "16h et 15 minutes", "80 jours 13h"
    lead = title_words("headline_timex_lead")
    if leading and all(t.pos_ == "DET" and t.lower_ not in lead for t in leading):
        return True, count  # "ses 10h15 de bonification"
    verb = tokens[first - 1] if first and not leading else None
    objects = title_words("headline_object_deps")
    is_object = verb is not None and verb.pos_ == "VERB" and tokens[clock].head.i == verb.i
    return is_object and tokens[clock].dep_ in objects, count  # "reçoit 10h15"


def _hang_count(nodes: list[_Node], phrase: set[int], count: set[int]) -> None:
    """A length written as a clock stays a word of the clause; the rest of its count after
    it ("13h 59 minutes", "16h et 15 minutes") hangs on its clock whatever the parser made
    of it (an object of the verb, a conjunct), so that it stays or goes with it."""
    clock = _clock(nodes, phrase)
    assert clock is not None
    inside = {nodes[m].i for m in count | phrase}
    for k in sorted(count):
        if nodes[k].head.i not in inside:
            nodes[k].head, nodes[k].dep_ = nodes[clock], "nmod"
    # a count right before it heads the length with its preposition ("après [80 jours] 13h
    # 59 minutes"): the clock hangs on it, and it takes the clock's place in the clause
    top = next(n for n in sorted(phrase) if nodes[n].head.i not in {nodes[m].i for m in phrase})
    unit = min(phrase) - 1
    if unit >= 1 and nodes[unit].head is nodes[top] and nodes[unit - 1].text.isdigit():
        head, dep = nodes[top].head, nodes[top].dep_
        nodes[unit].head, nodes[unit].dep_ = (nodes[unit] if head is nodes[top] else head), dep
        nodes[top].head, nodes[top].dep_ = nodes[unit], "nmod"


def _counted_from(tokens: Sequence[Token], k: int, n: int, opening: bool) -> set[int]:
    """The complement ``k`` of a day counted from a happening (its happening, "de
    l'incendie"), starting at ``n``, as a part of the time expression: its words when they
    run up to a punctuation mark or the end; for a time expression opening the sentence,
    the words up to its comma when the main verb is not among them ("Au lendemain du
    naufrage du navire au large de l'île, le capitaine ..."); else none."""
    members = _descendants(tokens, k)
    after = max(members) + 1
    if members == set(range(n, after)) and (after == len(tokens) or tokens[after].pos_ == "PUNCT"):
        return members
    comma = next((m for m in range(n, len(tokens)) if tokens[m].text == ","), None)
    if not opening or comma is None:
        return set()
    phrase = set(range(n, comma))
    return phrase if members <= phrase and all(tokens[m].dep_ != "ROOT" for m in phrase) else set()


def _descendants(tokens: Sequence[Token], root: int) -> set[int]:
    """Indices of ``root`` and of the tokens under it (heads as parsed)."""
    out = {root}
    grew = True
    while grew:
        grew = False
        for n, tok in enumerate(tokens):
            if n not in out and tok.head.i != tok.i and any(tokens[m].i == tok.head.i for m in out):
                out.add(n)
                grew = True
    return out


#: the dashes that enclose an aside ("Thomas Cook - qui compte 780 salariés - a annoncé")
_DASHES = ("-", "–", "—")


def _brackets_cut(tokens: Sequence[Token], kept: set[int]) -> set[int]:
    """The words of the brackets a cut went into: an aside in brackets (a boat's name, a
    team, a party, "(SeaExplorer-Yacht Club de Monaco)", "(Yes We Cam!)") is read whole or
    not at all, never a part of it ("(Club de Monaco)", "(!)", "dérouté), a abandonné").
    Not brackets that hold the clause's root."""
    out: set[int] = set()
    opened: int | None = None
    closing = ""
    for n, tok in enumerate(tokens):
        if tok.text in _BRACKETS and opened is None:
            opened, closing = n, _BRACKETS[tok.text]
        elif tok.text == closing and opened is not None:
            group = set(range(opened, n + 1))
            inside = group & kept
            if inside and inside != group and all(tokens[m].dep_ != "ROOT" for m in group):
                out |= group
            opened = None
    return out


def _tidy(tokens: Sequence[Token], kept: set[int]) -> set[int]:
    """Punctuation left around removed phrases: the commas or dashes that enclosed one (",
    depuis le 30 septembre,"), a comma that opened or closed the clause; brackets, which
    go whole or stay whole (``_brackets_cut``)."""
    kept = set(kept) - _brackets_cut(tokens, kept)
    order = sorted(kept)
    for a, b in zip(order, order[1:], strict=False):
        gap = b - a > 1
        if gap and tokens[a].text == "," and tokens[b].text == ",":
            kept -= {a, b}  # "effectuent, depuis le 30 septembre, des frappes"
        elif gap and tokens[a].text in _DASHES and tokens[b].text in _DASHES:
            kept -= {a, b}  # "Thomas Cook - qui compte 780 salariés - a annoncé"
        elif gap and tokens[a].text == "," and tokens[b].text in (".", ";", ")"):
            kept.discard(a)
        elif gap and tokens[a].text in (";", ":") and tokens[b].text == ",":
            kept.discard(b)  # "quarante personnes ; [dimanche], ils n'étaient que douze"
        elif gap and tokens[a].pos_ == "SCONJ" and tokens[b].text == ",":
            kept.discard(b)  # "J'espère que [dans les jours qui viennent], il y aura"
    order = sorted(kept)
    while order and tokens[order[0]].pos_ == "PUNCT" and tokens[order[0]].text in ",;:":
        kept.discard(order.pop(0))
    for a, b in zip(order, order[1:], strict=False):
        if tokens[a].text == "," and _opens_verb_group(tokens, b):
            # no lone comma between a subject or an auxiliary and its verb ("Pascal Clément,
            # a été nommé" once "Un nouveau venu," went; "Le président russe, a décrété"
            # once its relative clause went); a pair enclosing an aside stays
            before = [n for n in order if n < a and tokens[n].text == ","]
            if len(before) % 2 == 0:
                kept.discard(a)
    order = sorted(kept)
    for a, b, c in zip(order, order[1:], order[2:], strict=False):
        if (
            b - a > 1
            and tokens[b].text == ","
            and (
                tokens[a].dep_ == "ROOT"
                or (tokens[a].dep_ == "obj" and tokens[a].head.dep_ == "ROOT")
            )
            and tokens[c].pos_ == "ADP"
            and not any(tokens[n].text == "," for n in order if n != b)
        ):
            # the comma that followed a cut phrase is no pair's and opens no aside: the
            # complement after it follows on ("a eu lieu [dimanche dernier], à une
            # centaine de mètres")
            kept.discard(b)
    order = sorted(kept)
    for a, b, c in zip(order, order[1:], order[2:], strict=False):
        if (
            b - a > 1
            and tokens[b].text == ","
            and c == b + 1
            and tokens[c].dep_ == "cc"
            and tokens[c].head.pos_ in ("VERB", "AUX")
            and any(tokens[k].text == "," for k in range(a + 1, b))
        ):
            # the comma that closed a cut aside, which a comma opened, before a coordinator
            # of verbs ("a commencé [à 9h, l'heure à laquelle ...], et s'est terminée");
            # not one of the sentence's own ("a heurté un pylône [ce matin], puis s'est
            # décrochée"), nor one before a coordinated name ("— X (Justice), et Y")
            kept.discard(b)
    order = sorted(kept)
    # never end on a function word ("... en Syrie toutes", "... et"), nor on a present
    # participle whose complement went ("des peines allant"), nor on an adverb whose
    # complement went ("les deux ministres n'ont pas mâché leurs mots vis-à-vis")
    while order and (
        tokens[order[-1]].pos_ in ("DET", "ADP", "CCONJ", "SCONJ", "PRON")
        or (tokens[order[-1]].pos_ == "VERB" and tokens[order[-1]].lower_.endswith("ant"))
        or _lost_its_complement(tokens, order[-1], kept)
    ):
        kept.discard(order.pop())
    return kept


def _lost_its_complement(tokens: Sequence[Token], n: int, kept: set[int]) -> bool:
    """Is token ``n`` an adverb that introduced a complement now cut ("ministre délégué
    auprès [du ministre de l'économie]", "lors [de la réunion]")? It says nothing alone."""
    if tokens[n].pos_ != "ADV":
        return False
    deps = title_words("headline_adverb_complement_deps")
    complements = [
        m
        for m, tok in enumerate(tokens)
        if tok.head.i == tokens[n].i and m != n and tok.dep_ in deps
    ]
    return bool(complements) and not any(m in kept for m in complements)


def _completes_a_noun_locution(tokens: Sequence[Token], n: int) -> bool:
    """Is token ``n`` the bare noun after "en" or "à" (``headline_verbal_locution_cases``)
    right after a noun of ``headline_locution_heads`` it hangs on ("une mise en garde", "la
    prise en charge", "la remise en cause", "sa mise en examen")? The noun says nothing
    without it: a cut never leaves "et une mise"."""
    tok = tokens[n]
    head = tok.head
    if tok.pos_ != "NOUN" or head.i != tok.i - 2 or n < 2:
        return False
    case = tokens[n - 1]
    return (
        tokens[n - 2].i == head.i
        and head.lower_ in title_words("headline_locution_heads")
        and case.head.i == tok.i
        and case.lower_ in title_words("headline_verbal_locution_cases")
    )


def _argument(tokens: Sequence[Token], n: int) -> bool:
    """Is token ``n`` an argument the parser labelled a modifier, which a cut never takes
    alone: the name an honorific stands before ("aux fonctions de M. Paul Morel": not "de
    M."; ``honorifics``), or a noun with no preposition right after a verb that has no
    object, only punctuation and its own words between ("a décidé de mettre « fin aux
    fonctions ... »", "de mettre « un terme ... »": the object of "mettre", not an
    adverbial)?"""
    tok = tokens[n]
    head = tok.head
    if head.i == tok.i:
        return False
    honorifics = {str(h).lower() for h in lexicon()["honorifics"]}
    if tok.pos_ == "PROPN" and head.lower_ in honorifics and head.i < tok.i:
        return True
    if _completes_a_noun_locution(tokens, n):
        return True
    if tok.pos_ != "NOUN" or not tok.dep_.startswith("obl") or head.pos_ != "VERB":
        return False
    if head.i > tok.i or any(t.head.i == tok.i and t.dep_ == "case" for t in tokens):
        return False
    between = [t for t in tokens if head.i < t.i < tok.i]
    if any(t.pos_ != "PUNCT" for t in between):
        # its own words may stand between after a quotation mark ("mettre « un terme"),
        # not otherwise ("a décidé ... un gel": the parser's adverbial may be one)
        quoted = any(t.text in quote_marks().opening for t in between)
        if not quoted or any(t.pos_ != "PUNCT" and t.head.i != tok.i for t in between):
            return False
    return not any(t.head.i == head.i and t.dep_ == "obj" for t in tokens)


def _opens_verb_group(tokens: Sequence[Token], n: int) -> bool:
    """Does token ``n`` open the clause's verb group: the root verb itself, or an auxiliary
    of it?"""
    token = tokens[n]
    if token.dep_ == "ROOT":
        # (not a present participle: "La Caméra d'or, récompensant un premier film")
        return token.pos_ in ("VERB", "AUX") and not token.lower_.endswith("ant")
    # an auxiliary, or the copula of a root that is no verb ("Deux des trois hommes arrêtés
    # [après l'accident], sont libres"); or of a clause's verb whose subject stands before
    # it ("révèlent que le premier ministre islandais [, Sigmundur David Gunnlaugsson], a
    # possédé une société")
    if token.dep_.split(":")[0] in ("aux", "cop"):
        return token.head.dep_ == "ROOT" or _subject_before(tokens, token.head, n)
    # a pronoun or a negation set before the verb group, hung on its verb ("Le procureur
    # [, Paul Vernet], s'est borné à déclarer", "Le ministre [, ...], ne l'a pas dit",
    # ``headline_verb_clitics``), with only such words and the group's after it
    clitics = title_words("headline_verb_clitics")
    verb = token.head
    if token.lower_ not in clitics or verb.i <= token.i:
        return False
    if verb.dep_ != "ROOT" and not _subject_before(tokens, verb, n):
        return False
    for k in range(n + 1, len(tokens)):
        if tokens[k].i == verb.i or tokens[k].dep_.split(":")[0] in ("aux", "cop"):
            return True
        if tokens[k].lower_ not in clitics:
            return False
    return False


def _subject_before(tokens: Sequence[Token], verb: Token, n: int) -> bool:
    """Has ``verb`` a subject of its own before token ``n``?"""
    subjects = title_words("headline_subject_deps")
    return any(
        k < n and t.head.i == verb.i and t.i != verb.i and t.dep_ in subjects
        for k, t in enumerate(tokens)
    )


#: parts of speech of the function words that elide ("que", "de", "se"; not the title
#: "Me", Maître)
_ELIDED = ("SCONJ", "ADP", "PRON", "DET")


def _render(tokens: Sequence[Token], kept: set[int]) -> str:
    kept = _tidy(tokens, kept)
    elisions = titling()["headline_elisions"]
    vowels = titling()["headline_vowels"]
    pieces: list[str] = []
    gap = False
    last: Token | None = None  # the last kept token
    for n, tok in enumerate(tokens):
        if n in kept:
            before = last.lower_ if last is not None and last.pos_ in _ELIDED else ""
            if gap and before in elisions and tok.text[:1].lower() in vowels:
                # "que [dans les jours qui viennent] il" -> "qu'il": the word before a cut
                # now meets a vowel
                elided = str(elisions[before])
                pieces[-2:] = [pieces[-2][:1] + elided[1:] if elided else elided, ""]
            pieces.append(tok.text)
            pieces.append(tok.whitespace_ or ("" if n + 1 in kept else " "))
            gap, last = False, tok
        else:
            gap = gap or bool(pieces)
            if pieces and not pieces[-1].endswith(" "):
                pieces.append(" ")
    text = "".join(pieces)
    text = _REPEATED_COMMAS.sub(", ", text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    text = _EMPTY_BRACKETS.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    return text.strip(" ,;:-–—")


def _points_back(token: Token) -> bool:
    """Does the word point back to what the reader has not seen ("cette affaire", "de tels
    incidents", "celui-ci")?"""
    return token.lower_ in title_words("headline_dangling") or (
        token.lower_ in title_words("headline_demonstrative_determiners") and token.dep_ == "det"
    )


def _pointing_back(
    tokens: Sequence[Token], kept: set[int], core: set[int], subtree: _Subtrees
) -> set[int]:
    """The optional phrases that point back to what the reader has not seen ("après cette
    annonce", "de tels incidents"): for each word that points back (``_points_back``), the
    smallest optional phrase that holds it ("résidant à moins de 10 km [de cette
    centrale]", not the whole "de l'évacuation ..." it hangs in), none that holds a word of
    the core. A phrase the clause needs stays: the verb's last argument (``_last_argument``:
    "ont décidé de l'évacuation") and the complement that tells which the definite object
    is ("a annoncé la suspension de ces opérations"); the title makes its demonstrative
    definite (``titles._definite``: "de l'évacuation", "des opérations")."""
    optional = set(titling()["headline_optional_deps"])
    index = {t.i: n for n, t in enumerate(tokens)}
    out: set[int] = set()
    if not any(tokens[n].pos_ in ("VERB", "AUX") and tokens[n].dep_ == "ROOT" for n in core):
        # no verb heads the parse (a fragment: "Un peu plus tard dans la journée, le
        # gouvernement, qui ..."): the first optional phrase holding such a word goes whole,
        # and the title reads the clause after the lead (``titles._after_the_lead``)
        for n in sorted(kept - core):
            if tokens[n].dep_ in optional and n not in out:
                members = subtree(n) & kept
                if any(_points_back(tokens[m]) for m in members) and not members & core:
                    out |= members
        return out
    for n in sorted(kept):
        if not _points_back(tokens[n]):
            continue
        k: int | None = n
        while k is not None:
            while k is not None and (k in core or tokens[k].dep_ not in optional):
                head = tokens[k].head
                k = None if head.i == tokens[k].i else index.get(head.i)
            # (a participle or an adverb left with nothing of its own goes with it: "Les
            # populations vivant [dans ce périmètre]", "un but lors [de ce tournoi]")
            up = None if k is None else _bare_without(tokens, k, kept, core, index)
            if up is None:
                break
            k = up
        if k is None:
            continue
        k = _aside_around(tokens, k, kept, core, subtree, index)
        members = subtree(k) & kept
        if members & core or _last_argument(tokens, k, kept) or _defines_the_object(tokens, k):
            continue
        out |= members
    return out


def _aside_around(
    tokens: Sequence[Token],
    n: int,
    kept: set[int],
    core: set[int],
    subtree: _Subtrees,
    index: dict[int, int],
) -> int:
    """The outermost aside that holds the phrase ``n``: an optional phrase set between
    commas, dashes or brackets ("Kylian Mbappé, le plus jeune Français à avoir marqué un
    but lors de ce tournoi, a été reconnu ..."), which goes whole when a word in it points
    back; ``n`` when none holds it."""
    optional = set(titling()["headline_optional_deps"])
    found, k = n, n
    while True:
        head = tokens[k].head
        up = index.get(head.i)
        if up is None or up == k or up in core:
            return found
        k = up
        if tokens[k].dep_ not in optional:
            continue
        members = subtree(k) & kept
        # (its enclosing marks its own, or its neighbours)
        first, last = min(members), max(members)
        opened = tokens[first].text in _ASIDE_OPENINGS or (
            first > 0 and tokens[first - 1].text in _ASIDE_OPENINGS
        )
        closed = tokens[last].text in _ASIDE_CLOSINGS or (
            last + 1 < len(tokens) and tokens[last + 1].text in _ASIDE_CLOSINGS
        )
        if opened and closed:
            found = k


_ASIDE_OPENINGS = frozenset({",", "(", *_DASHES})
_ASIDE_CLOSINGS = frozenset({",", ")", *_DASHES})


def _bare_without(
    tokens: Sequence[Token],
    n: int,
    kept: set[int],
    core: set[int],
    index: dict[int, int],
    adverbs: bool = True,
) -> int | None:
    """The participle set after a noun, or the adverb, that ``n`` hangs on, when ``n`` is
    all it keeps of its own ("vivant [dans ce périmètre]", "résidant [à moins de 10 km]",
    "lors [de ce tournoi]"): cut without ``n`` it would be left bare, so it goes with it.
    None otherwise."""
    head = tokens[n].head
    at = index.get(head.i)
    if at is None or at == n or at in core or at not in kept:
        return None
    introduced = any(t.head is head and t.dep_ in ("mark", "case") for t in tokens)
    if head.pos_ == "VERB" and head.dep_ in ("acl", "amod"):
        if head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if not _participle_form().fullmatch(head.lower_):
            return None  # a finite verb the parser hung on the noun ("les rescapés disent")
    elif head.pos_ == "VERB":
        # an infinitive a preposition introduces ("pour discuter [de cette affaire]")
        optional = titling()["headline_optional_deps"]
        if not adverbs or not introduced or head.dep_ not in optional:
            return None
    elif head.pos_ != "ADV" or not adverbs:
        return None  # (an adverb ending a cut goes by itself: ``_tidy``)
    own = [
        m
        for m, t in enumerate(tokens)
        if m in kept
        and m != at
        and t.head is head
        and t.pos_ != "PUNCT"
        and t.dep_ not in ("mark", "case")
    ]
    return at if own == [n] else None


def _core(tokens: Sequence[_Node], root: int) -> set[int]:
    """The root and its core arguments' heads: never dropped."""
    core_deps = set(titling()["headline_core_deps"])
    core = {root}
    for n, tok in enumerate(tokens):
        if tok.head.i == tokens[root].i and n != root and tok.dep_ in core_deps:
            core.add(n)
    # a demonstrative pronoun needs what completes it ("celle qui a passé quatre ans en
    # captivité a rejoint le Mali": "Celle a rejoint le Mali" is no headline)
    completed = title_words("headline_completed_pronouns")
    completing = set(titling()["headline_completing_deps"])
    held = {tokens[k].i for k in core}
    for n, tok in enumerate(tokens):
        if tok.head.i != tok.i and tok.dep_ in completing and tok.head.lower_ in completed:
            core.update([n] if tok.head.i in held else [])
    if tokens[root].lemma() in title_words("headline_copular_verbs"):
        # "sont devenues des valeurs sûres": a copular verb's attribute, whatever the parser
        # labelled it, makes the clause with it
        attribute = next(
            (
                n
                for n, tok in enumerate(tokens)
                if n > root
                and tok.head.i == tokens[root].i
                and tok.pos_ in ("NOUN", "ADJ", "PROPN")
                and tok.dep_.split(":")[0] in ("obj", "obl", "xcomp")
            ),
            None,
        )
        if attribute is not None:
            core.add(attribute)
    if tokens[root].lower_ in lexicon()["sufferer_nouns"]:
        # "a été victime d'un incendie": what it suffered makes the clause (read by
        # ``features.predicate_of`` as the happening's passive, not an attribute)
        suffered = next(
            (
                n
                for n, tok in enumerate(tokens)
                if n > root and tok.head.i == tokens[root].i and tok.pos_ in ("NOUN", "PROPN")
            ),
            None,
        )
        if suffered is not None:
            core.add(suffered)
    if tokens[root].lemma() in lexicon()["auxiliary_lemmas"]:
        # "L'émissaire a une nouvelle fois été convoqué": the parser may hang the verb under
        # its auxiliary; the first verb after it is the clause's own
        verb = next(
            (n for n in range(root + 1, min(root + 7, len(tokens))) if tokens[n].pos_ == "VERB"),
            None,
        )
        if verb is not None:
            core.add(verb)
    return core


def _partitive_complements(tokens: Sequence[Token]) -> set[int]:
    """The partitive complement of a pronoun of quantity ("l'une des figures", "chacun des
    accusés", "aucun des blessés"; not "certains en larmes"): the pronoun means nothing
    without it, so a headline keeping the pronoun keeps it (``headline_partitive_pronouns``,
    ``headline_quantity_prepositions``)."""
    lex = titling()
    pronouns = set(lex["headline_partitive_pronouns"])
    partitive = set(lex["headline_quantity_prepositions"])
    return {
        n
        for n, tok in enumerate(tokens)
        if tok.dep_ == "nmod"
        and tok.head.pos_ == "PRON"
        and tok.head.lower_ in pronouns
        and any(t.head.i == tok.i and t.dep_ == "case" and t.lower_ in partitive for t in tokens)
    }


def _clock_predicate(nodes: list[_Node]) -> set[int]:
    """ "Il était 9 heures à Montréal, 15 heures à Paris, lorsqu'est arrivée la nouvelle":
    the clock and its places only say when what the subordinate clause tells happened, so
    they go with the conjunction, and the subordinate verb heads the clause. The words
    before the conjunction (``headline_clock_conjunctions``) must be "il est"/"il était"
    (``headline_clock_subjects``) and only numbers, words of the clock and places
    (``clock_places_words``). Returns the words that go (none when it is no such clause)."""
    lex = titling()
    conjunctions = {w.lower() for w in lex["headline_clock_conjunctions"]}
    mark = next((n for n, t in enumerate(nodes) if t.lower_ in conjunctions), None)
    if mark is None or mark < 3 or nodes[mark].head.pos_ not in ("VERB", "AUX"):
        return set()
    opening = " ".join(t.text for t in nodes[:2]).lower()
    if opening not in {w.lower() for w in lex["headline_clock_subjects"]}:
        return set()
    between = " ".join(t.text for t in nodes[2:mark])
    if clock_places_words().sub("", between).strip(" ,"):
        return set()
    verb = nodes[mark].head
    for node in nodes[:mark]:
        node.head, node.dep_ = verb, "advcl"
    verb.head, verb.dep_ = verb, "ROOT"
    return set(range(mark + 1))


def _cleft_told_straight(nodes: list[_Node]) -> set[int]:
    """A cleft sentence whose focus is a noun phrase and whose clause is a relative on "qui"
    ("Aujourd'hui, c'est le président du Parlement, Foued Mebazaa, qui a été proclamé
    président par intérim", "Ce sont les pompiers qui ont donné l'alerte"), parsed with the
    focus as the root, "c'" its subject and the clause a relative of it (which a cut drops
    first: "C'est le président du Parlement, Foued Mebazaa"), is told straight: the relative's
    verb is the main verb, the focus its subject; "c'", the copula, their adverbs ("bien",
    ``headline_cleft_adverbs``) and "qui" go (returned: the words that go; none when it is no
    such cleft). A focus that points back ("C'est lui qui ...", ``headline_cleft_not_focus``)
    stays as it was."""
    root = next((t for t in nodes if t.head is t), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return set()
    this = next((t for t in nodes if t.head is root and t.dep_ == "nsubj"), None)
    copula = next((t for t in nodes if t.head is root and t.dep_ == "cop"), None)
    clause = next(
        (
            t
            for t in nodes
            if (t.head is root or (t.head.head is root and t.head.dep_ == "appos"))
            and t.dep_ == "acl:relcl"
            and t.i > root.i
            and any(w.head is t and w.dep_.startswith("nsubj") and w.lower_ == "qui" for w in nodes)
        ),
        None,
    )
    if (
        this is None
        or copula is None
        or clause is None
        or this.lower_ not in title_words("headline_cleft_pronouns")
        or not this.i < copula.i < root.i
        or root.lower_ in title_words("headline_cleft_not_focus")
    ):
        return set()
    who = next(w for w in nodes if w.head is clause and w.lower_ == "qui")
    clause.head = root  # (not the focus's apposition, "Jean Dupuis, qui a annoncé")
    adverbs = title_words("headline_cleft_adverbs")
    gone = {this, copula, who} | {
        t
        for t in nodes
        if t.head is root and this.i < t.i < root.i and t.lower_ in adverbs and t.dep_ == "advmod"
    }
    for node in nodes:
        if node.head is root and node is not clause and (node.i < this.i or node.i > clause.i):
            node.head = clause  # what the sentence opens or ends on is the verb's
    comma = next((t for t in nodes if t.i == who.i - 1 and t.text == ","), None)
    if comma is not None:
        comma.head = clause  # (as a comma closing the subject's aside before its verb)
    clause.head, clause.dep_ = clause, "ROOT"
    _make_subject(nodes, root, clause)
    for node in gone:
        node.dep_ = "dep"  # (no subject, copula nor relative any more: read by no other rule)
    return {k for k, node in enumerate(nodes) if node in gone}


def _imperfect(nodes: Sequence[_Node], verb: _Node) -> bool:
    """Is ``verb`` in the imperfect (its own ending, or its passive auxiliary's or its
    copula's: ``headline_imperfect_endings``: "se poursuivait", "était suspendue", "était
    en cours"), not the pluperfect ("avait détruit": an act before, told as such)?"""
    if any(t.head is verb and t.dep_ == "aux:tense" for t in nodes):
        return False
    endings = tuple(titling()["headline_imperfect_endings"])
    forms = [verb] + [t for t in nodes if t.head is verb and t.dep_ in ("aux:pass", "cop")]
    return any(t.lower_.endswith(endings) for t in forms)


def _backdrop_before_when(nodes: list[_Node]) -> set[int]:
    """A main clause in the imperfect that sets the scene, the act told in the "quand"
    clause after it ("Le dépouillement se poursuivait quand le président a déclaré ... qu'il
    l'emporterait", "La séance était suspendue lorsque le ministre a annoncé sa démission":
    ``headline_when_marks``): the act is the news, its verb the root; the backdrop and its
    conjunction go (returned). The "quand" clause's verb in the imperfect too, the main
    clause in the pluperfect ("Le feu avait détruit la toiture quand les pompiers sont
    arrivés": the news is the main clause's), or the "quand" clause opening the sentence
    ("Quand il est arrivé, la salle était vide"), stays."""
    root = _root(nodes)
    if root is None or not _imperfect(nodes, nodes[root]):
        return set()
    relatives = title_words("headline_relative_pronouns")
    if any(nodes[k].lower_ in relatives for k in range(root)):
        return set()  # "Le voyageur dont le billet était contrôlé quand ...": a relative's
    top = nodes[root]
    marks = title_words("headline_when_marks")
    for k in range(root + 1, len(nodes)):
        verb = nodes[k]
        if verb.head is not top or verb.dep_ not in ("advcl", "ccomp") or verb.pos_ != "VERB":
            continue
        mark = next((m for m in range(root + 1, k) if nodes[m].head is verb), None)
        if mark is None or nodes[mark].lower_ not in marks or _imperfect(nodes, verb):
            continue
        if any(nodes[m].pos_ == "VERB" for m in range(root + 1, mark)):
            return set()  # "étaient portées disparues après avoir sauté ... lorsque": the
            # conjunction tells when they jumped, the main clause is the news
        backdrop = set(range(mark + 1))
        if any(_under(nodes[m], verb) for m in range(mark)):
            return set()
        verb.head, verb.dep_ = verb, "ROOT"
        top.head, top.dep_ = verb, "advcl"
        nodes[mark].head = top
        return backdrop
    return set()


def _said_clause(nodes: list[_Node]) -> set[int]:
    """ "Il est d'abord précisé que « le maire quittera ses fonctions »": an impersonal
    passive of saying (its "il" nobody's, as ``events.impersonal`` reads it; a participle of
    saying, ``reporting_participles``, not one whose object is the person told,
    ``impersonal_person_participles``; not negated) says nothing but the clause after
    "que", which heads the clause: the words before it go, "que" and its quotation mark
    too. Returns the words that go (none when it is no such clause); "il a été décidé que
    ..." stays (a decision, not a fact)."""
    root = next((t for t in nodes if t.head is t), None)
    said = _reporting_participles() - title_words("impersonal_person_participles")
    if root is None or root.lower_ not in said:
        return set()
    if not impersonal.opening_il(nodes, _Node.lemma) or any(
        t.head is root and t.lower_ in _negations() for t in nodes
    ):
        return set()
    marks = title_words("impersonal_said_marks")
    clause = next(
        (
            t
            for t in nodes
            if t.head is root
            and t.i > root.i
            and t.dep_ in title_words("impersonal_clause_deps")
            and any(m.head is t and m.dep_ == "mark" and m.lower_ in marks for m in nodes)
        ),
        None,
    )
    if clause is None or not (
        clause.pos_ in ("VERB", "AUX") or any(t.head is clause and t.dep_ == "cop" for t in nodes)
    ):
        return set()  # the parser's clause is a noun: a misreading ("que « la ligne Paris-...")
    at = {id(t): n for n, t in enumerate(nodes)}  # positions, as ``build`` keeps them
    members = _descendants(nodes, at[id(clause)])
    mark = next(at[id(m)] for m in nodes if m.head is clause and m.dep_ == "mark")
    quotes = quote_marks()
    opening, closing = quotes.opening, quotes.closing
    first = next(n for n in sorted(members) if n > mark and nodes[n].text not in opening)
    gone = {n for n in range(len(nodes)) if n not in members or n < first}
    if first > mark + 1:  # its quotation mark went: the closing one goes too
        gone |= {max(members)} if nodes[max(members)].text in closing else set()
    for n in gone:
        nodes[n].head, nodes[n].dep_ = clause, "dep"
    clause.head, clause.dep_ = clause, "ROOT"
    return gone


def _trailing_said_clause(nodes: list[_Node]) -> set[int]:
    """A reporting clause set after what it reports, which the parser made the clause's
    head ("La mère du suspect fait partie de l'Église, a confirmé lundi cette organisation":
    "fait" a clause of "confirmé", and the headline "a confirmé l'organisation"): a
    participle of saying (``reporting_participles``) or of a witness's seeing
    (``headline_witness_participles``: "Le voilier a accosté mardi à Brest, a constaté un
    journaliste de l'AFP", never "A constaté un journaliste de l'AFP") after its auxiliary
    (``reporting_auxiliaries``) and a comma, with no subject before the comma, and a clause
    before it that has a verb and a subject of its own and no conjunction (not "Alors que
    ..., X a confié"). The clause before heads the sentence; the comma, the saying and
    what follows it go. Returns the words that go (none when it is no such clause)."""
    root = next((t for t in nodes if t.head is t), None)
    if root is None or not (
        root.lower_ in _reporting_participles()
        or root.lower_ in title_words("headline_witness_participles")
    ):
        return set()
    at = next(n for n, t in enumerate(nodes) if t is root)
    auxiliaries = _reporting_auxiliaries()
    if at < 2 or nodes[at - 1].lower_ not in auxiliaries or nodes[at - 2].text != ",":
        return set()
    comma = at - 2
    subjects = set(titling()["headline_subject_deps"])
    clause = next(
        (
            t
            for t in nodes[:comma]
            if t.head is root
            and t.pos_ in ("VERB", "AUX")
            and t.dep_ in ("advcl", "ccomp", "parataxis", "conj")
            and any(s.head is t and s.dep_ in subjects for s in nodes)
            and not any(m.head is t and m.dep_ == "mark" for m in nodes)
        ),
        None,
    )
    if clause is None or any(t.head is root and t.dep_ in subjects for t in nodes[:comma]):
        return set()  # a subordinate ("Alors que ..."), or the saying's own subject before it
    end = len(nodes) - 1 if nodes[-1].text in titling()["headline_sentence_ends"] else len(nodes)
    gone = set(range(comma, end))
    for n, node in enumerate(nodes):
        if node is clause:
            continue
        if n in gone:
            node.head, node.dep_ = clause, "dep"
        elif node.head is root:
            node.head = clause  # a phrase that leads the sentence, its final stop
    clause.head, clause.dep_ = clause, "ROOT"
    return gone


@cache
def _reporting_participles() -> frozenset[str]:
    """The participles of saying (``reporting_participles``), lower case."""
    return frozenset(str(w).lower() for w in lexicon()["reporting_participles"])


@cache
def _reporting_auxiliaries() -> frozenset[str]:
    """The auxiliaries of a reporting clause (``reporting_auxiliaries``), lower case."""
    return frozenset(str(w).lower() for w in lexicon()["reporting_auxiliaries"])


@cache
def _negations() -> frozenset[str]:
    """The negation "ne" and its elided form ("n'")."""
    negation = str(titling()["headline_negation"])
    elided = str(titling()["headline_elisions"].get(negation, negation))
    return frozenset({negation, elided, elided.replace("'", "’")})


def _unlabelled_aside(tokens: Sequence[Token], n: int, subtree: _Subtrees) -> bool:
    """A phrase the parser could not label ("dep") between two commas, after a noun: an
    aside like an apposition ("le voisin, à vingt mètres derrière le talus, était ...")."""
    if tokens[n].dep_ != "dep":
        return False
    members = subtree(n)
    first, last = min(members), max(members)
    return (
        first > 1
        and last + 1 < len(tokens)
        and tokens[first - 1].text == ","
        and tokens[last + 1].text == ","
        and tokens[first - 2].pos_ in ("NOUN", "PROPN")
    )


def _participle_aside(tokens: Sequence[Token], n: int, subtree: _Subtrees) -> bool:
    """A past participle's phrase between two commas right after the subject it describes,
    the clause's verb after it ("L'annonce, faite par le responsable des fouilles, Richard
    Buckley, a été longuement applaudie"; "Le projet de loi, adopté en première lecture,
    a été rejeté"): an aside like a relative clause, that goes whole with both its commas
    (cut inside, it left "L'annonce Richard Buckley a été", "Le projet de loi, adopté, a
    été"). Not an aside inside another ("le nom de son pilote, Chesley Sullenberger,
    surnommé Sully, reste"), nor one holding a quotation mark."""
    tok = tokens[n]
    if tok.dep_ != "acl" or tok.pos_ != "VERB" or tok.lower_.endswith("ant"):
        return False
    if tok.head.pos_ not in ("NOUN", "PROPN") or not _participle_form().fullmatch(tok.lower_):
        return False
    members = subtree(n)
    first, last = min(members), max(members)
    root = _root(tokens)
    if root is None or first != n or not first < last + 1 < root:
        return False
    if tokens[first - 1].text != "," or tokens[last + 1].text != ",":
        return False
    if any(tokens[m].text in quote_marks().every for m in members):
        return False
    subjects = set(titling()["headline_subject_deps"])
    subject = next(
        (
            m
            for m, t in enumerate(tokens)
            if t.dep_ in subjects and t.head.i == tokens[root].i and m < first
        ),
        None,
    )
    if subject is None:
        return False
    phrase = subtree(subject)
    return n in phrase and all(
        m in phrase and tokens[m].text != "," for m in range(min(phrase), first - 1)
    )


def _quoted_name(tokens: Sequence[Token], n: int, subtree: _Subtrees) -> int | None:
    """The opening mark of a name in quotation marks set after a noun ("le tailleur-pantalon
    « Yves Saint Laurent » sont devenus"), which the parser may hang on the noun as part of
    its name: an aside naming a brand or a title, that goes whole like an apposition. None
    when ``n`` heads no such name."""
    tok = tokens[n]
    if tok.pos_ != "PROPN" or tok.head is tok or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    members = subtree(n)
    first, last = min(members), max(members)
    if first < 2 or tokens.index(tok.head) >= first - 1:
        return None
    marks = quote_marks()
    opening, closing = tokens[first - 1].text, tokens[last].text
    if opening not in marks.opening or closing not in marks.closing:
        return None
    return first - 1


def _coordinated_clause(tokens: Sequence[Token], n: int) -> bool:
    """Is ``n`` the head of a second clause coordinated with the main one, with a subject of
    its own ("Les vols sont suspendus, et ce sera au tribunal de décider ...")? It tells
    another thing, and goes whole like a clause set beside the main one (parataxis)."""
    tok = tokens[n]
    if tok.dep_ != "conj" or tok.head.dep_ != "ROOT" or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    under = [t for t in tokens if t.head.i == tok.i and t.i != tok.i]
    subjects = set(titling()["headline_subject_deps"])
    if _incise(tokens, n, under):
        return True
    # joined by a conjunction ("et", "mais"): not a verb the parser hung on a noun it took
    # for the root
    return any(t.dep_ == "cc" for t in under) and any(t.dep_ in subjects for t in under)


def _incise(tokens: Sequence[Token], n: int, under: list[Token]) -> bool:
    """Is the conjunct verb ``n`` (its dependents ``under``) an incise of reporting read as a
    second clause ("Je viens d'apprendre que João va passer des radios, a repris
    Pogačar")? After a comma, with no conjunction and no subject before it, and a name
    right after it (its subject, inverted, as an incise's is)."""
    tok = tokens[n]
    if tok.pos_ not in ("VERB", "AUX") or any(t.dep_ == "cc" for t in under):
        return False
    first = min([n, *(tokens.index(t) for t in under if t.pos_ != "PUNCT")])
    if first == 0 or tokens[first - 1].text != "," or n + 1 >= len(tokens):
        return False
    subjects = set(titling()["headline_subject_deps"])
    if any(t.dep_ in subjects and tokens.index(t) < n for t in under):
        return False
    after = tokens[n + 1]
    return after.pos_ == "PROPN" and after.head.i == tok.i


def _unlabelled_subjects(tokens: Sequence[Token]) -> set[int]:
    """Noun phrases the parser took for an adverbial of their verb that are its subject: a
    noun with a determiner and no preposition, before a verb that has no subject, opening
    the clause or right after its conjunction ("j'ai trouvé que le voisin, à vingt mètres,
    était ...": "voisin" read as an adverbial). A headline never drops them."""
    subjects = set(titling()["headline_subject_deps"])
    found: set[int] = set()
    for n, tok in enumerate(tokens):
        head = tok.head
        if tok.pos_ not in ("NOUN", "PROPN") or head.i <= tok.i or head.pos_ not in ("VERB", "AUX"):
            continue
        children = [t for t in tokens if t.head.i == tok.i and t.i != tok.i]
        if any(t.dep_ == "case" for t in children):
            continue
        if tok.pos_ != "PROPN" and not any(t.dep_ == "det" for t in children):
            continue  # (a name needs no determiner: "Dominique de Villepin, ..., s'est rendu")
        if any(t.head.i == head.i and t.dep_ in subjects for t in tokens):
            continue
        first = min([n, *(tokens.index(t) for t in children)])
        before = tokens[first - 1] if first > 0 else None
        if before is None or before.dep_ == "mark":
            found.add(n)
    return found


def build(
    parsed: Sequence[Token],
    timex_spans: Sequence[tuple[int, int]],
    limit: int,
    target: int,
    rendered: dict[frozenset[int], str] | None = None,
) -> str:
    """The headline of one clause (``parsed``: its parsed tokens; ``timex_spans``: the
    character spans of its time expressions, in the tokens' ``idx`` coordinates).

    At most ``limit`` characters when whole subtrees allow it; optional modifiers are
    dropped while it is longer than ``target`` (and the rest stays substantial).
    ``rendered``: texts of token sets already rendered for the same clause (the headline
    built again with other lengths reuses them).
    """
    return _cut(_prepared(_nodes(parsed), timex_spans, rendered), limit, target)


@dataclass(frozen=True)
class _Prepared:
    """A clause made ready for its cuts to a length (``_prepared``): its nodes with their
    final heads, the words kept so far, its core, its main clause's head, the words of
    other sentences after it and its subtrees. What ``_cut`` reads and never changes: the
    two headlines of a clause are cut from one."""

    tokens: Sequence[Token]
    kept: frozenset[int]
    core: frozenset[int]
    root: int
    others: frozenset[int]
    subtree: _Subtrees
    #: the clause's reciprocal pairs (``_reciprocals``)
    pairs: tuple[tuple[int, int], ...]


def _prepared(
    nodes: list[_Node],
    timex_spans: Sequence[tuple[int, int]],
    rendered: dict[frozenset[int], str] | None,
    dateline: int = 0,
    credit: int | None = None,
    names: Sequence[tuple[int, int]] = (),
    places: Sequence[tuple[int, int]] = (),
) -> _Prepared | str:
    """The clause of fresh ``nodes`` repaired (their heads are re-attached here) and cut of
    what goes whatever the length (its dates, leading phrases, connectives, what points
    back); a headline when nothing is left to cut (no main clause kept)."""
    lex = titling()
    if credit is not None:
        for node in nodes:
            if node.idx < credit < node.idx + len(node.text):
                # the tokenizer glued the credit to the last word ("mai.[JEAN")
                node.text = node.text[: credit - node.idx]
                node.lower_ = node.text.lower()
    _hyphenated_words(nodes)
    _names_whole(nodes)
    _recognised_names(nodes, names, titling()["headline_name_misread_pos"])
    _recognised_names(nodes, places, titling()["headline_place_misread_pos"])
    _name_particles(nodes, names)
    _titled_names(nodes, names)
    _reduplications(nodes)
    _subject_split_at_its_comma(nodes)
    _quoted_predicate(nodes)
    _prepositional_locutions(nodes)
    _main_after_subordinate(nodes)
    _main_after_relative_aside(nodes)
    _main_after_subject_relative(nodes)
    _subject_of_its_relative(nodes)
    _object_of_its_relative(nodes)
    _main_after_participle(nodes)
    _object_after_complement(nodes)
    _subject_of_participle(nodes)
    _opening_aside_read_as_subject(nodes)
    _absolute_participle_read_as_subject(nodes)
    _witness_named_after_its_phrase(nodes)
    _enumeration_read_as_subject(nodes)
    _opening_subject_read_as_adverbial(nodes)
    _gerund_intensifiers(nodes)
    _participle_of_the_noun_before(nodes)
    _main_verb_after_a_noun_root(nodes)
    _main_verb_after_a_leading_noun(nodes)
    _adverb_read_as_subject(nodes)
    tokens: Sequence[Token] = nodes
    kept = set(range(len(tokens))) - _clock_predicate(nodes) - _said_clause(nodes)
    kept -= _cleft_told_straight(nodes)
    kept -= _backdrop_before_when(nodes)
    kept -= _trailing_said_clause(nodes)
    kept -= {n for n, t in enumerate(tokens) if t.idx < dateline}
    if credit is not None:
        kept -= {n for n, t in enumerate(tokens) if t.idx >= credit}
    top = _root(tokens)
    times: set[int] = set()
    for span in timex_spans:
        phrase = timex_phrase(tokens, span)
        if (
            top in phrase
            or _is_subject(tokens, phrase)
            or _is_object(tokens, phrase)
            or _completes_a_pronoun(tokens, phrase)
        ):
            continue  # what the clause is about ("Ce lundi matin était un moment clé")
        told = _date_the_verb_tells(nodes, phrase)
        if told is not None:
            told.dep_ = "xcomp"  # what the verb says, kept with it ("daté du 18 février")
            continue
        length, count = _clock_length(tokens, phrase)
        if length:
            _hang_count(nodes, phrase, count)  # a length written as a clock ("reçoit 10h15")
            continue
        times |= phrase | count  # with an hour's minutes ("à 4 heures 19 minutes")
    kept -= times
    _attribute_of_copula(nodes, times)
    kept -= _relative_root_antecedent(nodes, times)
    kept -= _time_coordinators(tokens, times)
    glosses = _time_glosses(tokens, set(range(len(tokens))) - kept)
    kept -= glosses
    kept -= _time_limiters(tokens, kept, times | glosses)
    kept -= _elliptic_before_times(tokens, kept, times)
    kept -= _bare_participles(tokens, kept)
    kept -= _coordinated_completive_marks(tokens, kept)
    pairs = _reciprocals(tokens)  # ("les uns" ... "les autres"), most clauses none
    if pairs:
        kept -= _reciprocals_of_times(tokens, kept, times, pairs)
    _reattach(nodes, set(range(len(tokens))) - kept)
    subtree = _Subtrees(tokens, rendered)  # the heads are final from here on
    root = _root(tokens)
    if root is None or root not in kept:
        return subtree.text(kept)
    others = _other_sentences(tokens, root, subtree)
    lead = _lead_before_colon(tokens, root)
    kept -= lead
    unlabelled = _unlabelled_subjects(tokens)
    core = (_core(nodes, root) | unlabelled | _partitive_complements(tokens)) - lead
    core |= _verbal_locutions(tokens, core)
    core |= _idioms(tokens, core)
    # a leading adverbial ("Outre les avions opérant en Syrie, ..."): before the subject
    subject = next(
        (n for n in sorted(core) if tokens[n].dep_ in lex["headline_subject_deps"]),
        None,
    )
    first_core = subject if subject is not None else root
    kept = _without_leading_phrases(tokens, kept, core, (root, first_core), subtree)
    kept -= _opening_subordinate(tokens, kept, core, first_core)
    # a connective that opens the clause ("Mais", "Et", "Pourtant,") continues what the
    # reader has not seen
    connectives = title_words("headline_leading_connectives")
    for n in sorted(kept):
        tok = tokens[n]
        if n in core or not (tok.dep_ == "cc" or tok.lower_ in connectives):
            break
        kept.discard(n)
    own = _own_subject_cut(tokens, kept, subject)
    if own:
        # the pronoun opening what is kept stands for the subject of a clause cut before it
        kept = (kept - {subject}) | own
        core |= own
    # modifiers that point back to what the reader has not seen
    kept -= _pointing_back(tokens, kept, core, subtree)
    lone = _lone_reciprocals(kept, core, subtree, pairs)
    if lone:
        kept = _tidy(tokens, kept - lone)
    return _Prepared(
        tokens, frozenset(kept), frozenset(core), root, frozenset(others), subtree, tuple(pairs)
    )


def _cut(ready: _Prepared | str, limit: int, target: int) -> str:
    """The headline of a clause ``_prepared`` for it: at most ``limit`` characters when whole
    subtrees allow it, optional modifiers dropped while longer than ``target``."""
    if isinstance(ready, str):
        return ready
    lex = titling()
    tokens, root, others, subtree = ready.tokens, ready.root, ready.others, ready.subtree
    kept, core, pairs = set(ready.kept), set(ready.core), ready.pairs
    text = subtree.text(kept)
    floor = lex["headline_min_chars"]
    tiers = lex["headline_drop_tiers"]
    # clause-level modifiers go whole (outermost first) while longer than the target
    for tier in tiers[:-1]:
        while len(text) > target:
            dropped = _drop_one(tokens, kept, core, tier, floor, True, subtree, pairs)
            if dropped is None:
                break
            kept, text = dropped, subtree.text(dropped)
    # then trailing pieces, the smallest first: towards the target only pieces near the
    # main verb that name nobody, while most of the headline stays; to the maximum, any
    least = max(floor, int(len(text) * lex["headline_keep_share"]))
    for budget, soft in ((target, True), (limit, False), (target, True)):
        while len(text) > budget:
            dropped = _drop_trailing(
                tokens,
                kept,
                core,
                tiers[-1],
                least if soft else floor,
                budget,
                soft,
                subtree,
                pairs,
            )
            if dropped is None:
                break
            kept, text = dropped, subtree.text(dropped)
    # a cut never leaves two noun phrases side by side: the one after the junction goes
    stranded = _stranded_phrase(tokens, kept, root)
    if stranded:
        kept = _tidy(tokens, kept - stranded)
        text = subtree.text(kept)
    # (at the end: the main clause is cut as it would be with them)
    return subtree.text(kept - others) if kept & others else text


def _attribute_of_copula(nodes: list[_Node], times: set[int]) -> None:
    """A copular verb (``headline_copular_verbs``: "devenir", "rester") whose attribute the
    parser hung as an apposition on a complement set before it ("Kipchoge est devenu ce
    samedi à Vienne, en Autriche, le premier être humain à courir ...": "le premier être
    humain" an apposition of "Vienne", and the headline "Kipchoge est devenu à Vienne"): with
    no attribute of its own (a noun, an adjective or a name hung on it without a
    preposition, no time), an apposition (a noun or an adjective, no name) hung on a
    complement of the verb with a preposition is its attribute ("est devenu samedi à
    Vienne le premier athlète à ...", the same without the commas)."""
    root = _root(nodes)
    if root is None or nodes[root].lemma() not in title_words("headline_copular_verbs"):
        return
    top = nodes[root]
    cased = {node.head.i for node in nodes if node.dep_ == "case"}
    for n in range(root + 1, len(nodes)):
        node = nodes[n]
        if (
            node.head is top
            and n not in times
            and node.pos_ in ("NOUN", "ADJ", "PROPN")
            and node.dep_.split(":")[0] in ("obj", "obl", "xcomp")
            and node.i not in cased
        ):
            # an attribute of its own ("est devenu le premier"), whatever the parser
            # labelled it when a time or a place stands before it ("est devenu samedi soir
            # au Parc des Princes le premier club": the time read first)
            if any(
                nodes[k].head is top and (k in times or nodes[k].i in cased)
                for k in range(root + 1, n)
            ):
                node.dep_ = "xcomp"
            return
    for n in range(root + 2, len(nodes)):
        node = nodes[n]
        if (
            node.dep_ == "appos"
            and node.pos_ in ("NOUN", "ADJ")
            and n not in times
            and node.head.i in cased
            and node.head.head is top
        ):
            node.head, node.dep_ = top, "xcomp"
            return


def _own_subject_cut(tokens: Sequence[Token], kept: set[int], subject: int | None) -> set[int]:
    """A personal pronoun subject (``headline_own_subject_pronouns``) opening what the cuts
    kept, when a clause of the same sentence they took out before it has a noun or a name
    for subject ("Huan Huan a gardé son expérience de mère et, alors qu'elle était
    maladroite, elle se montre apte", the first clause cut as a leading adverbial): the
    words of that subject (its determiner, its adjectives, the rest of its name; no clause
    or aside of its own), which take the pronoun's place. The nearest subject before the
    pronoun that agrees with it: of its number (a plural determiner or noun for "ils",
    "elles"), not of the other gender (``headline_gendered_determiners``); the same pronoun
    before it goes on with it ("qu'elle était ..., elle"). Empty when none is found."""
    lex = titling()
    if subject is None or tokens[subject].lower_ not in title_words(
        "headline_own_subject_pronouns"
    ):
        return set()
    if any(n < subject and tokens[n].pos_ != "PUNCT" for n in kept):
        return set()  # (the pronoun does not open the headline)
    pronoun = tokens[subject].lower_
    if pronoun == "il" and _impersonal_il(tokens, subject):
        return set()  # "il y a", "il s'est écoulé trois heures": no one's
    plural = lex["headline_subject_pronouns"][pronoun] == "plural"
    gender = "feminine" if pronoun in title_words("headline_feminine_pronouns") else "masculine"
    topic = _topic_cut(tokens, kept, subject)
    if topic is not None:
        noun, phrase = topic
        return phrase if _agrees(tokens, noun, phrase, plural, gender) else set()
    subject_deps = set(lex["headline_subject_deps"])
    for n in reversed(range(subject)):
        tok = tokens[n]
        if tok.dep_ not in subject_deps or n in kept or tok.head.i == tok.i:
            continue
        if tok.pos_ == "PRON":
            if tok.lower_ == pronoun:
                continue  # the same pronoun: whom both stand for is further back
            return set()
        if tok.pos_ not in ("NOUN", "PROPN") or tok.head.pos_ != "VERB":
            return set()  # (a clause's subject: a verb's)
        phrase = _bare_subject(tokens, n)
        if _agrees(tokens, n, phrase, plural, gender):
            return phrase
    return set()


def _topic_cut(
    tokens: Sequence[Token], kept: set[int], subject: int
) -> tuple[int, set[int]] | None:
    """The topic a cut leading phrase set before the pronoun's clause ("Quant au président,
    il a expliqué ...": ``headline_topic_cases``), as it would open the headline: its
    noun phrase without "quant à", a contracted article made the definite one ("au" -> "le":
    ``headline_contracted_articles``; the node's text changed), and its noun; None without
    one."""
    topics = title_words("headline_topic_cases")
    contracted = titling()["headline_contracted_articles"]
    for n in range(subject):
        tok = tokens[n]
        if tok.lower_ not in topics or n in kept or tok.dep_ != "case":
            continue
        noun = next((k for k in range(n + 1, subject) if tokens[k].i == tok.head.i), None)
        if noun is None or tokens[noun].pos_ not in ("NOUN", "PROPN"):
            return None
        phrase = _bare_subject(tokens, noun)
        cases = {k for k in phrase if tokens[k].dep_ == "case" and tokens[k].head.i == tok.head.i}
        for k in sorted(cases):
            article = contracted.get(tokens[k].lower_)
            if article is not None and isinstance(tokens[k], _Node):
                tokens[k].text, tokens[k].lower_ = article, article  # "au" -> "le"
                cases.discard(k)
        return noun, phrase - cases
    return None


def _impersonal_il(tokens: Sequence[Token], n: int) -> bool:
    """Is the subject "il" at ``n`` impersonal: by its clause's parse (``impersonal``), or
    by the words after it as the titles read them (``impersonal_words.after_il``: "il y a",
    "il ne faut pas", "il nous restait", "il a été décidé de")?"""
    rest = "".join(t.text + t.whitespace_ for t in tokens[n + 1 :])
    return impersonal.impersonal(tokens[n], tokens, _Node.lemma) or after_il(rest)


def _bare_subject(tokens: Sequence[Token], n: int) -> set[int]:
    """The words of the noun phrase headed by ``n`` without its clauses, asides and
    complements after a comma (``headline_subject_dropped_deps``), up to its head and the
    words right after it that hang on it."""
    dropped = set(titling()["headline_subject_dropped_deps"])
    at = {t.i: k for k, t in enumerate(tokens)}

    def inside(k: int) -> bool:
        for _ in tokens:  # (a head's chain is no longer than the clause)
            if k == n:
                return True
            tok = tokens[k]
            if tok.dep_ in dropped or tok.head.i == tok.i or tok.head.i not in at:
                return False
            k = at[tok.head.i]
        return False

    members = [k for k in range(len(tokens)) if inside(k)]
    first = min(members)
    last = n
    while last + 1 < len(tokens) and inside(last + 1):
        last += 1
    return set(range(first, last + 1)) if all(inside(k) for k in range(first, last + 1)) else set()


def _agrees(tokens: Sequence[Token], n: int, phrase: set[int], plural: bool, gender: str) -> bool:
    """Does the noun phrase ``phrase`` (headed by ``n``) agree with a personal pronoun of
    that number and gender, as its determiner tells (a name with none: singular, of either
    gender)?"""
    if not phrase:
        return False
    lex = titling()
    plurals = title_words("headline_plural_determiners")
    genders = lex["headline_gendered_determiners"]
    determiners = [
        tokens[k].lower_
        for k in phrase
        if tokens[k].dep_ in ("det", "case") and tokens[k].head.i == tokens[n].i
    ]
    if any(d in plurals for d in determiners) != plural:
        return False
    return all(genders.get(d, gender) == gender for d in determiners)


def _stranded_phrase(tokens: Sequence[Token], kept: set[int], root: int) -> set[int]:
    """The words the cuts left after a noun phrase, from a phrase the parser hung on the
    clause but whose link the cuts took ("a demandé à Nicolas Anelka[, ..., de regretter
    ses propos devant Raymond Domenech,] le staff"; "sa tête [et] sa démission"): two
    kept words apart, the first ending a noun phrase (``headline_phrase_ends``), the second
    opening one (``headline_phrase_openings``), a word that links (``headline_links``: a
    preposition, a verb, a conjunction) cut between them. The words from the second on go,
    when the main verb is before the first (else none: the clause would lose its verb)."""
    lex = titling()
    ends, openings = set(lex["headline_phrase_ends"]), set(lex["headline_phrase_openings"])
    links = set(lex["headline_links"])
    order = sorted(kept)
    for a, b in zip(order, order[1:], strict=False):
        if b == a + 1 or tokens[a].pos_ not in ends or tokens[b].pos_ not in openings:
            continue
        if a > root and any(tokens[k].pos_ in links for k in range(a + 1, b)):
            return {k for k in kept if k >= b}
    return set()


def _other_sentences(tokens: Sequence[Token], root: int, subtree: _Subtrees) -> set[int]:
    """The words after the main clause's tree past a mark that ends a sentence
    (``headline_sentence_ends``; two quoted sentences: "« On n'a rien épargné. Ce soir on
    peut se dire ... », s'est réjoui X"): a headline tells the first, the main clause's."""
    ending = set(titling()["headline_sentence_ends"])
    mine = subtree(root)
    last = max(n for n in mine if tokens[n].pos_ != "PUNCT")
    for n in range(last + 1, len(tokens)):
        if tokens[n].pos_ != "PUNCT":
            return set()  # another tree's word before any end of sentence
        if tokens[n].text in ending:
            rest = {k for k in range(n + 1, len(tokens)) if k not in mine}
            return rest if any(tokens[k].pos_ != "PUNCT" for k in rest) else set()
    return set()


def _lead_before_colon(tokens: Sequence[Token], root: int) -> set[int]:
    """A phrase with no verb set before a colon that the main clause's subject follows
    ("Très mauvaise surprise dans le parc d'activité: 19 mâts ont été vandalisés"): it
    announces what the clause tells, as a heading does, and goes whole."""
    colon = next((k for k in range(root) if tokens[k].text == ":"), None)
    if colon is None or any(tokens[k].pos_ in ("VERB", "AUX") for k in range(colon)):
        return set()
    subjects = set(titling()["headline_subject_deps"])
    verb = tokens[root].i
    if not any(
        tokens[k].head.i == verb and tokens[k].dep_ in subjects and tokens[k].pos_ != "PRON"
        for k in range(colon + 1, root)
    ):
        return set()  # (a pronoun subject needs what the phrase names: "Le maire : il ...")
    return set(range(colon + 1))


def _adverb_read_as_subject(nodes: list[_Node]) -> None:
    """An adverb opening the sentence before a comma, which the parser made the main verb's
    subject ("Plus tôt dans la journée, l'état d'urgence avait été décrété": "tôt" the
    subject, "l'état" an apposition of "journée"; "Peu après, ...", "Auparavant, ...") or
    the root (``_adverb_read_as_root``), is a leading adverbial: the noun phrase after the
    comma is the subject (``_subject_after_leading_phrase``), never "Dans la journée avait
    été décrété". Where no such phrase is found, the parse is left as it was ("Beaucoup ont
    manifesté")."""
    root = _adverb_read_as_root(nodes)
    if root is None:
        _subject_after_leading_phrase(nodes)
        return
    verb = nodes[root]
    subjects = set(titling()["headline_subject_deps"])
    adverb = next(
        (n for n in nodes if n.head is verb and n.dep_ in subjects and n.pos_ == "ADV"), None
    )
    comma = next((k for k in range(root) if nodes[k].text == ","), None)
    if adverb is None or comma is None or nodes.index(adverb) > comma:
        _subject_after_leading_phrase(nodes)
        return
    dep = adverb.dep_
    adverb.dep_ = "advmod"
    _subject_after_leading_phrase(nodes)
    if not _has_subject(nodes, verb):
        adverb.dep_ = dep


def _adverb_read_as_root(nodes: list[_Node]) -> int | None:
    """The clause's root (``_root``), once an adverb opening the sentence that the parser
    made the root, the main verb a clause hung inside its phrase ("Plus tôt dans la
    journée, l'ordre d'évacuation avait été donné": "donné" a relative of "journée"), is
    hung on that verb: the verb after the first comma whose subject opens right after it.
    Not "Il est trop tôt pour dire ..." (a copula), nor "Mais pas assez tôt pour ..., qui
    faisait naufrage" (no noun phrase after the comma). None with no root."""
    root = _root(nodes)
    if root is None or nodes[root].pos_ != "ADV":
        return root
    adverb = nodes[root]
    comma = next((k for k in range(root, len(nodes)) if nodes[k].text == ","), None)
    if (
        comma is None
        or not all(_under(node, adverb) for node in nodes[:comma])
        or any(node.head is adverb and node.dep_ == "cop" for node in nodes)
    ):
        return root
    main = next(
        (
            k
            for k in range(comma + 1, len(nodes))
            if nodes[k].pos_ in ("VERB", "AUX") and not nodes[k].dep_.startswith(("aux", "cop"))
        ),
        None,
    )
    if main is None:
        return root
    verb = nodes[main]
    subject = _phrase_head_after(nodes, comma, main)
    if subject is None or subject.head is not verb or not _under(verb, adverb):
        return root
    for node in nodes[comma + 1 :]:
        if node.head is adverb:
            node.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    adverb.head, adverb.dep_ = verb, "advmod"
    return main


def _subject_after_leading_phrase(nodes: list[_Node]) -> None:
    """A noun with no preposition of its own, right after a comma, before a main verb that
    has no subject, is that verb's subject, wherever the parser hung it: on the leading
    adverbial whose comma it follows, as a conjunct, a complement or an apposition ("Selon
    la protection civile, environ 35 voitures et trois poids-lourds ont été précipités",
    "Malgré la défaite, Jeanne Morel, qui ..., s'est réjouie", "Avec le passage de la
    tempête, Météo-France a annoncé"), or on the verb as an adverbial ("À Lyon, des
    centaines de personnes se sont rassemblées"): in French the subject comes before its
    verb, and a noun phrase there without a preposition is no adverbial. Not a word of time
    ("Hier, mardi, ..."), nor another verb's subject, nor before a clause of its own."""
    root = _root(nodes)
    if root is None:
        return
    verb = nodes[root]
    lex = titling()
    predicate = verb.pos_ in ("VERB", "AUX") or any(
        node.head is verb and node.dep_ == "cop" for node in nodes
    )
    subjects = set(lex["headline_subject_deps"])
    if not predicate:
        return
    of = title_words("headline_complement_prepositions")
    for word in nodes:
        # a noun with a preposition of its own is no subject, whatever the parser read ("Deux
        # ans après son départ, celui qui ... est revenu": "départ"); not "de" of a quantity
        subject = word.head is verb and word.dep_ in subjects and word is not verb
        if subject and any(
            d.head is word and d.dep_ == "case" and d.lower_ not in of for d in nodes
        ):
            word.dep_ = "obl:mod"
    if _has_subject(nodes, verb):
        return
    times = {str(w).lower() for w in lex["headline_deictic_words"]}
    for comma in (k for k in range(root) if nodes[k].text == ","):
        node = _phrase_head_after(nodes, comma, root)
        if node is None:
            continue
        if (
            node.lower_ in times
            or node.dep_ in subjects  # another verb's ("..., l'effondrement a fait ...")
            or any(d.head is node and d.dep_ == "case" and d.pos_ == "ADP" for d in nodes)
        ):
            continue
        heads = {other.i: other.head for other in nodes}
        lead = node.head
        # its words up to the next comma ("Jeanne Morel", "Météo-France"); what comes after
        # that comma hung on the leading phrase goes with it (", qui ...,", ", en Alberta,")
        end = next((k for k in range(node.i + 1, root) if nodes[k].text == ","), root)
        if lead is not verb:
            for other in nodes[node.i + 1 : end]:
                if other.head is lead:
                    other.head = node
        if any(
            other.pos_ in ("VERB", "AUX")
            and other.head is not verb
            and not _under(other, node)
            and not (lead is not verb and _under(other, lead))
            for other in nodes[node.i + 1 : root]
        ):
            for other in nodes:  # a clause of its own between them: not its subject
                other.head = heads[other.i]
            return
        _make_subject(nodes, node, verb)
        return


def _has_subject(nodes: list[_Node], verb: _Node) -> bool:
    """Has ``verb`` a subject of its own among ``nodes`` (``headline_subject_deps``)?"""
    subjects = set(titling()["headline_subject_deps"])
    return any(node.head is verb and node.dep_ in subjects and node is not verb for node in nodes)


def _make_subject(nodes: list[_Node], node: _Node, verb: _Node) -> None:
    """``node`` hung on ``verb`` as its subject, of the passive when the verb has a passive
    auxiliary ("nsubj:pass"), else "nsubj"."""
    passive = any(d.head is verb and d.dep_ == "aux:pass" for d in nodes)
    node.head, node.dep_ = verb, "nsubj:pass" if passive else "nsubj"


def _phrase_head_after(nodes: list[_Node], comma: int, root: int) -> _Node | None:
    """The noun whose phrase opens right after ``comma``, before the main verb ``root``:
    the first noun or name after it, when every word between is its dependent ("des", "au
    moins quatre-vingt", "seule une"); None otherwise."""
    completed = title_words("headline_completed_pronouns")
    for n in range(comma + 1, root):
        node = nodes[n]
        if node.pos_ in ("NOUN", "PROPN") or node.lower_ in completed:
            between = nodes[comma + 1 : n]
            if node.head is node or not all(_under(word, node) for word in between):
                return None
            return node
        if node.pos_ in ("PUNCT", "VERB", "AUX", "PRON"):
            return None
    return None


def _under(word: _Node, head: _Node) -> bool:
    """Does ``word`` hang on ``head``, directly or not?"""
    seen: set[int] = set()
    while word is not head and word.i not in seen:
        seen.add(word.i)
        if word.head is word:
            return False
        word = word.head
    return word is head


def _predicate_of_object(tokens: Sequence[Token], n: int) -> bool:
    """Is ``n`` a clause with a copula or an auxiliary but no conjunction and no subject of
    its own, right after its head's object ("Nous savons à quel point les opérations - ... -
    sont compliquées": "opérations" read as the object, "compliquées" as an adverbial)? It
    is what the object is said to be: the verb's complement with it, never dropped."""
    tok = tokens[n]
    if tok.dep_ != "advcl":
        return False
    own = [t for t in tokens if t.head.i == tok.i and t.i != tok.i]
    if any(t.dep_ == "mark" or "subj" in t.dep_ for t in own):
        return False
    if not any(t.dep_ == "cop" or t.dep_.startswith("aux") for t in own):
        return False
    objects = [k for k, t in enumerate(tokens) if t.head.i == tok.head.i and t.dep_ == "obj"]
    objects = [k for k in objects if k < n]
    if not objects:
        return False
    first = min(_descendants(tokens, n))
    last = max(_descendants(tokens, objects[-1]))
    return last < first and all(tokens[k].pos_ == "PUNCT" for k in range(last + 1, first))


def _is_subject(tokens: Sequence[Token], phrase: set[int]) -> bool:
    """Is a time expression (``phrase``) its verb's subject ("Ce lundi matin était un moment
    clé")? Not when the verb has a subject besides it: then it is an adverbial set before
    that subject ("Cette nuit, on n'a pas eu de chance", the parser reading "nuit" as a
    subject)."""
    subjects = set(titling()["headline_subject_deps"])
    restated = min(
        (k for k in phrase if tokens[k].text == "," and _restated_hour(tokens, k + 1)), default=None
    )
    for n in phrase:
        tok = tokens[n]
        if tok.dep_ not in subjects or (restated is not None and n > restated):
            continue  # (the subject of the relative clause of "l'heure à laquelle ...")
        others = [
            k
            for k, t in enumerate(tokens)
            if k not in phrase and t.head.i == tok.head.i and t.i != t.head.i and t.dep_ in subjects
        ]
        if not others:
            return True
    return False


def _completes_a_pronoun(tokens: Sequence[Token], phrase: set[int]) -> bool:
    """Is a time expression (``phrase``) the complement of a demonstrative pronoun
    (``headline_completed_pronouns``: "a réuni plus de monde que celles de 2009", "le
    score est meilleur que celui de l'an dernier", "ceux de la veille")? The pronoun stands
    only with it: what it names ("que celles" is no comparison)."""
    completed = title_words("headline_completed_pronouns")
    completing = set(titling()["headline_completing_deps"])
    ids = {tokens[n].i for n in phrase}
    for n in phrase:
        tok = tokens[n]
        if tok.head.i in ids:
            continue
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "celles de 1998 et 2018": the second coordinated to the first
        if tok.dep_ in completing and tok.head.lower_ in completed:
            return True
    return False


def _date_the_verb_tells(tokens: Sequence[_Node], phrase: set[int]) -> _Node | None:
    """Is a time expression (``phrase``) the date a verb of dating sets, after its
    preposition ("Le message est daté du 18 février", "Le match a été reporté au 12 mars",
    "L'audience a été fixée au 4 septembre", "L'état d'urgence est prolongé jusqu'au 15
    mai": ``headline_dating_verbs``, ``headline_dating_cases``)? It is what the clause
    says, not when it happened: cut out, it leaves "Le message est daté". A bare day ("a
    été reporté samedi") is the act's day and goes. The phrase's head, or None."""
    ids = {tokens[n].i for n in phrase}
    top = next((tokens[n] for n in phrase if tokens[n].head.i not in ids), None)
    if top is None or top.head.lemma() not in title_words("headline_dating_verbs"):
        return None
    cases = title_words("headline_dating_cases")
    opened = any(
        tokens[n].dep_ in ("case", "mark") and tokens[n].lower_.replace("’", "'") in cases
        for n in phrase
    )
    # right after the verb, an adverb between at most ("a fixé aujourd'hui les priorités
    # ... jusqu'au 28 octobre": the date of something else)
    verb = next((k for k, t in enumerate(tokens) if t is top.head), None)
    between = range(verb + 1, min(phrase)) if verb is not None else range(0)
    close = verb is not None and all(tokens[k].pos_ == "ADV" for k in between)
    return top if opened and close else None


def _is_object(tokens: Sequence[Token], phrase: set[int]) -> bool:
    """Is a time expression (``phrase``) the direct object its verb needs, with a participle
    or an adjective hanging on it that tells the state it was spent in ("ont passé la nuit
    de vendredi à samedi coincés dans le tunnel", "ont passé la journée de lundi rassemblés
    devant la préfecture")? Cut out, it leaves the verb without it and the participle alone
    ("ont passé coincés"). A time the parser reads as an object with nothing hanging on it
    ("a succombé samedi à ses blessures") still goes."""
    states = title_words("headline_state_deps")
    for n in phrase:
        tok = tokens[n]
        if tok.dep_ not in title_words("headline_object_deps") or tok.head.i in phrase:
            continue
        if any(t.head.i in phrase and t.i not in phrase and t.dep_ in states for t in tokens):
            return True
    return False


#: the hyphens that join the parts of a word ("état-major", "Loire-Atlantique")
_HYPHENS = ("-", "‑")


def _names_whole(nodes: list[_Node]) -> None:
    """A name of several capitalised words ("L'Agence France Presse", "Radio France", "la
    Banque Centrale Européenne") is one name whatever the parser made of its words (a
    complement, an adjective): the words hung on another word of the name become its parts
    (``flat:name``), never cut out of it ("L'Agence Presse a pu consulter" is no name). A
    run of words each capitalised, with no punctuation between (a particle "de" before a
    capitalised word inside it), one of them a proper noun, all hung on one of them ("à
    Lyon Marie Durand a dit" is two names, each hung on the verb)."""
    particles = title_words("headline_bare_complement_cases")
    n = 0
    while n < len(nodes):
        end = n
        while end < len(nodes) and (
            _capitalised(nodes[end])
            or (  # "Charles de Gaulle", "la Banque de France": a particle inside the name
                end > n
                and nodes[end].lower_ in particles
                and end + 1 < len(nodes)
                and _capitalised(nodes[end + 1])
            )
        ):
            end += 1
        run = nodes[n:end]
        if len(run) > 1 and any(node.pos_ in ("PROPN", "X") for node in run):
            inside = {id(node) for node in run}
            outside = [node for node in run if id(node.head) not in inside or node.head is node]
            if len(outside) > 1 and _one_name(nodes, outside):
                # one word of it heads the others: a proper noun the parser read as one
                # ("L'association Sea Shepherd": "Shepherd", the name kept with its noun)
                anchor = next((node for node in outside if node.pos_ == "PROPN"), outside[0])
                for node in outside:
                    if node is not anchor:
                        node.head = anchor  # "selon le New York Daily News"
                outside = [anchor]
            if len(outside) == 1:
                for node in run:
                    if node is not outside[0] and node.lower_ not in particles:
                        node.dep_ = "flat:name"
        n = max(end, n + 1)


def _reduplications(nodes: list[_Node]) -> None:
    """A word said twice around a preposition (``headline_reduplication_links``: "seul à
    seul", "face à face", "peu à peu", "jour après jour"), maybe with an article before the
    second (``headline_reduplication_articles``: "main dans la main", "les yeux dans les
    yeux"), is one locution, whatever the parser made of its halves ("se sont entretenus
    seul à seul": the second "seul" a clause of the verb, cut as optional, and "entretenus
    seul" said; "travailler « main dans la main »": "dans la main" a complement of the
    verb, and "travailler « main »" said): the link, the article and the second half hang
    on the first (``fixed``), which keeps its place in the clause."""
    links = title_words("headline_reduplication_links")
    articles = title_words("headline_reduplication_articles")
    for n in range(len(nodes) - 2):
        first, link = nodes[n], nodes[n + 1]
        if link.lower_ not in links or first.pos_ == "PUNCT":
            continue
        between = [nodes[n + 2]] if nodes[n + 2].lower_ in articles else []
        if n + 2 + len(between) >= len(nodes):
            continue
        second = nodes[n + 2 + len(between)]
        halves = (first, link, second, *between)
        if first.lower_ == second.lower_ and not any(
            node.head is second for node in nodes if all(node is not h for h in halves)
        ):
            if first.head is second:  # the parser hung the first half on the second
                first.head = first if second.head is second else second.head
                first.dep_ = second.dep_
            for node in (link, *between, second):
                node.head, node.dep_ = first, "fixed"


def _subject_split_at_its_comma(nodes: list[_Node]) -> None:
    """A subject of two parts joined by "et" (``headline_subject_and``) after a leading
    phrase and its comma, whose first part the parser hung on that phrase ("Devant la
    presse, le chef du gouvernement et le président ont répondu": "le chef" an apposition of
    "presse", "et" the verb's, and "Devant la presse, et le président ont répondu" said):
    the first part is the verb's subject, the second its conjunct, and the leading phrase,
    made a root of its own, the verb's adverbial."""
    joins = title_words("headline_subject_and")
    subjects = set(titling()["headline_subject_deps"])
    for c, join in enumerate(nodes):
        verb = join.head
        if join.lower_ not in joins or join.dep_ != "cc" or verb.pos_ not in ("VERB", "AUX"):
            continue
        second = next(
            (n for n in nodes[c + 1 : verb.i] if n.head is verb and n.dep_ in subjects), None
        )
        comma = next((k for k in range(c - 1, -1, -1) if nodes[k].text == ","), None)
        if second is None or comma is None or comma + 1 >= c:
            continue
        first = nodes[comma + 1]
        while first.head is not first and comma < first.head.i < c:
            first = first.head
        lead = first.head
        if (
            first.dep_ != "appos"
            or first.pos_ not in ("NOUN", "PROPN")
            or lead.i >= comma
            or not all(_under(nodes[k], first) for k in range(comma + 1, c))
        ):
            continue
        first.head, first.dep_ = verb, second.dep_
        second.head, second.dep_ = first, "conj"
        join.head = second
        if lead.head is lead and any(n.head is lead and n.dep_ == "case" for n in nodes):
            lead.head, lead.dep_ = verb, "obl:mod"
            nodes[comma].head = verb
        return


def _prepositional_locutions(nodes: list[_Node]) -> None:
    """A noun of a prepositional locution of place (``headline_place_locutions``: "à bord
    de", "au large de", "au sein de") and the noun phrase after its "de" are one phrase,
    whatever the parser made of them ("arrivés à Valence dès l'aube à bord du Dattilo":
    "Dattilo" a complement of the verb, "bord" another, and "arrivés à Valence du Dattilo"
    said once the locution's noun was cut): the phrase's noun hangs on the locution's, which
    takes its role when it was the verb's argument ("circulent à bord d'une Renault Twingo":
    kept as "d'une Renault Twingo" was)."""
    nouns = title_words("headline_place_locutions")
    links = title_words("headline_place_locution_links")
    for n in range(1, len(nodes) - 2):
        noun, link = nodes[n], nodes[n + 1]
        if noun.lower_ not in nouns or link.lower_ not in links or link.dep_ != "case":
            continue
        if not any(k.head is noun and k.dep_ == "case" for k in nodes[:n]):
            continue  # (the locution opens on its own preposition: "à bord", "au large")
        head = link.head
        if head is noun or head.head is noun or not n + 1 < head.i or _under(noun, head):
            continue
        if any(
            nodes[k].head is not head and not _under(nodes[k], head) for k in range(n + 1, head.i)
        ):
            continue
        if head.head is noun.head and (head.dep_ in _ARGUMENTS or head.dep_ == "obl:arg"):
            noun.dep_ = head.dep_  # the phrase an argument of the verb: the locution is
        head.head, head.dep_ = noun, "nmod"


def _quoted_predicate(nodes: list[_Node]) -> None:
    """A clause whose predicate opens on a quotation mark that the parser made the clause's
    head ("... et qu'ils étaient « dans un état critique »": the mark a conjunct with the
    conjunction, the subject and the copula hung on it, the quoted words a complement of
    the main verb, and "et qu'ils étaient" said): the first word of the quotation that
    hangs outside it heads the clause, and takes the mark's words (a clause is cut or kept
    whole, never its copula without its predicate)."""
    marks = quote_marks()
    for n, mark in enumerate(nodes[:-1]):
        if mark.pos_ != "PUNCT" or mark.text not in marks.opening or mark.head is mark:
            continue
        own = [k for k in nodes if k.head is mark and k is not mark]
        if not any(k.dep_ == "cop" for k in own):
            continue
        end = next((k for k in range(n + 1, len(nodes)) if nodes[k].text in marks.closing), None)
        if end is None:
            continue
        inside = nodes[n + 1 : end]
        head = next((k for k in inside if not _under(k, mark) and k.pos_ != "PUNCT"), None)
        while head is not None and head.head is not head and n < head.head.i < end:
            head = head.head  # (the phrase's head: "dans" -> "état")
        if head is None or not all(_under(k, head) for k in inside):
            continue
        nodes[end].head = head
        head.head, head.dep_ = mark.head, mark.dep_
        for k in own:
            k.head = head
        mark.head, mark.dep_ = head, "punct"
        return


def _recognised_names(
    nodes: list[_Node], names: Sequence[tuple[int, int]], misread: Collection[str]
) -> None:
    """A word of a name the entity recogniser read whole (``names``) that the parser took for
    a French word of the clause (``misread``: a person's, ``headline_name_misread_pos``, a
    pronoun, a determiner, a numeral; a place's, ``headline_place_misread_pos``, an adverb
    too; capitalised) is a part of the name: "le dirigeant nord-coréen Kim Jong Un ont
    échangé" ("Un" read as the verb's subject, "Kim Jong" as the noun's apposition) hangs
    "Un" on the name's proper noun (``flat:name``): the name is cut or kept whole, never
    "le dirigeant nord-coréen Un"; "s'est posé à Abou Dhabi à 4 h 05" ("Dhabi" an adverb
    of the hour, cut with it) never "s'est posé à Abou". So is a proper noun of the name the
    parser hung on the same word as the name's first, that one with its preposition ("la
    démission de Sigmundur David Gunnlaugsson": never "la démission de Sigmundur"). Words
    of the name the parser hung inside it stay."""
    words = [
        node
        for node in nodes
        if node.text[:1].isupper()
        and (node.pos_ in misread or (node.pos_ == "PROPN" and node.dep_ == "appos"))
    ]
    if not names or not words:
        return  # (nearly every clause)
    for start, end in names:
        if not any(start <= node.idx < end for node in words):
            continue
        inside = [node for node in nodes if start <= node.idx < end]
        if len(inside) < 2 or any(node.pos_ == "PUNCT" for node in inside):
            continue
        within = {id(node) for node in inside}
        anchor = next(
            (
                node
                for node in inside
                if node.pos_ == "PROPN" and (id(node.head) not in within or node.head is node)
            ),
            None,
        )
        if anchor is None:
            continue
        # (or a proper noun the parser hung beside the name's first, on its head, when
        # the first has a preposition of its own: "la démission de Sigmundur David
        # Gunnlaugsson", "David" an apposition of "démission", "de Sigmundur" its
        # complement; not "le président Emmanuel Macron", a title's apposition, which a
        # cut takes whole)
        beside = any(node.head is anchor and node.dep_ == "case" for node in nodes)
        for node in inside:
            if node is anchor or not node.text[:1].isupper() or id(node.head) in within:
                continue
            split = beside and node.pos_ == "PROPN" and node.head is anchor.head
            if node.pos_ in misread or split:
                node.head = anchor
                node.dep_ = "flat:name"


def _name_particles(nodes: list[_Node], names: Sequence[tuple[int, int]]) -> None:
    """A capitalised particle of a person's name the recogniser read whole
    (``title_name_particles``: "Ben", "Ibn", "Abou", "Ould", "Van", "Mac") belongs to the
    surname after it, whatever the parser made of it: "le président Ben Ali avait quitté"
    ("Ben" an apposition of "président", "Ali" the verb's subject) hangs "Ben" on "Ali"
    (``flat:name``), never "le président Ali"; nor "Le ministre Mazen" of "Abou Mazen"."""
    if not names:
        return  # (nearly every clause)
    particles = set(titling()["title_name_particles"])
    for start, end in names:
        inside = [node for node in nodes if start <= node.idx < end]
        for particle, surname in zip(inside, inside[1:], strict=False):
            if (
                particle.text in particles
                and surname.text[:1].isupper()
                and surname.i == particle.i + 1
                and not _under(particle, surname)
                and not _under(surname, particle)
                and not any(node.head is particle for node in nodes if node is not particle)
            ):
                particle.head, particle.dep_ = surname, "flat:name"


def _titled_names(nodes: list[_Node], names: Sequence[tuple[int, int]]) -> None:
    """A person's name the recogniser read whole, set right after the common noun of a
    title with no comma between ("le dirigeant Oussama Ben Laden", "le chef de l'opposition
    Ould Daddah"), is who the noun names, not an aside: its words the parser hung on that
    noun as appositions are its parts (``flat:name``), never cut ("Le dirigeant a été tué"
    loses whom); so after the noun's adjective ("le président élu Joe Biden et la
    vice-présidente élue Kamala Harris": never the one name cut and the other kept). A
    name set off by commas is an apposition still; so is one after a plural
    noun ("ses illustres prédécesseurs Coco Chanel, Christian Dior": one of a list)."""
    for start, end in names:
        inside = [node for node in nodes if start <= node.idx < end]
        if not inside or inside[0].i == 0:
            continue
        before = next((node for node in nodes if node.i == inside[0].i - 1), None)
        within = {id(node) for node in inside}
        outer = [node for node in inside if id(node.head) not in within]
        heads: tuple[_Node, ...] = (before,) if before is not None else ()
        if before is not None and _title_adjective(nodes, before):
            # "le président élu Joe Biden", "le Premier ministre britannique Boris Johnson"
            heads = (before.head, before)
        if (
            not heads
            or heads[0].pos_ != "NOUN"
            or heads[0].lower_.endswith(("s", "x"))  # "ses prédécesseurs Coco Chanel": a list
            or not outer
            or any(
                not any(node.head is h for h in heads) or node.dep_ not in _NAME_ASIDES[len(heads)]
                for node in outer
            )
        ):
            continue
        for node in outer:
            node.dep_ = "flat:name"


#: how the parser hangs a name after a title's noun (one head), or after the adjective
#: of one (two: the noun and its adjective)
_NAME_ASIDES = {1: ("appos",), 2: ("appos", "nmod", "dep")}


def _title_adjective(nodes: list[_Node], word: _Node) -> bool:
    """Is ``word`` an adjective or a participle right after the noun it qualifies ("le
    président élu", "le président sortant", "le Premier ministre britannique")?"""
    k = at(nodes, word)
    return (
        k > 0
        and word.dep_ in ("amod", "acl")
        and word.pos_ in ("ADJ", "VERB")
        and word.head is nodes[k - 1]
    )


def _one_name(nodes: list[_Node], outside: list[_Node]) -> bool:
    """Are the words of a run of capitalised words that hang outside it (``outside``) the
    parts of one name the parser cut, though each hangs on the same word outside: one of them
    a foreign word it could not read (``X``: "selon le New York Daily News", "l'ONG Sea
    Shepherd"), or each after the first a proper noun of the first's label with no
    preposition nor determiner of its own ("l'épave du Costa Concordia")? Not two names,
    each a part of the clause of its own ("à Lyon Marie Durand a dit": a place, a
    subject)."""
    first = outside[0]
    if any(node.head is not first.head or node.head is node for node in outside):
        return False
    if any(node.pos_ == "X" for node in outside):
        return True
    own = {node.head.i for node in nodes if node.dep_ in ("case", "det") and node.head is not node}
    return all(
        node.pos_ == "PROPN" and node.dep_ == first.dep_ and node.i not in own
        for node in outside[1:]
    )


def _capitalised(node: _Node) -> bool:
    """Is ``node`` a noun, a proper noun, an adjective or a foreign word the parser could
    not read (``X``) written with a capital first?"""
    return node.pos_ in ("NOUN", "PROPN", "ADJ", "X") and node.text[:1].isupper()


def _hyphenated_words(nodes: list[_Node]) -> None:
    """A word written with a hyphen that the tokenizer cut ("l'état-major" as "état", "-",
    "major"; "au lieu-dit") is one word: its parts, which the parser may hang on different
    heads, hang on one of them (a subject's or an object's part, else the first whose head
    lies outside the word), so a headline keeps or drops the word whole ("Major de
    l'Armée", "Le général, -major de l'armée" are no headlines)."""
    core = set(titling()["headline_core_deps"])
    n = 0
    while n < len(nodes):
        end = n
        while (
            end + 1 < len(nodes)
            and not nodes[end].whitespace_
            and (nodes[end].text in _HYPHENS or nodes[end + 1].text in _HYPHENS)
        ):
            end += 1
        if end > n and nodes[n].text not in _HYPHENS and nodes[end].text not in _HYPHENS:
            parts = nodes[n : end + 1]
            inside = {p.i for p in parts}
            words = [p for p in parts if p.text not in _HYPHENS]
            anchor = next(
                (p for p in words if p.dep_ in core and p.head.i not in inside),
                next((p for p in words if p.head.i not in inside), words[0]),
            )
            if anchor.head.i in inside:
                anchor.head = anchor
            for part in parts:
                if part is not anchor:
                    part.head, part.dep_ = anchor, "flat"
        n = end + 1


def _subject_of_participle(nodes: list[_Node]) -> None:
    """A subject the parser hung on a participle set after it ("La Caméra d'or,
    récompensant un premier film, a été décernée à ...", "Le cargo, parti de Marseille, a
    coulé": the headline "a coulé au large de la Corse"), when the main verb has none, is
    the main verb's: a French participle clause takes its subject from the clause it is set
    in (``headline_participle_endings``: a present or a past participle)."""
    root = _root(nodes)
    if root is None or nodes[root].pos_ not in ("VERB", "AUX"):
        return
    verb = nodes[root]
    if _has_subject(nodes, verb):
        return
    subjects = set(titling()["headline_subject_deps"])
    for node in nodes:
        participle = node.head
        if (
            node.dep_ in subjects
            and participle is not node
            and participle.head is verb
            and participle.pos_ == "VERB"
            and _participle_form().fullmatch(participle.lower_)
            and node.i < participle.i < verb.i
            and (participle.lower_.endswith("ant") or _participle_clause(nodes, participle))
        ):
            _make_subject(nodes, node, verb)
            return


def _opening_aside_read_as_subject(nodes: list[_Node]) -> None:
    """One word opening the sentence and set off by a comma, a participle or an adjective
    that tells the subject's state ("Acculé, le ministre des Finances a fini par céder",
    "Contraint, le président du club a démissionné", "Soulagés, les habitants ont regagné
    leurs maisons"), which the parser made the main verb's subject (the noun phrase after
    the comma its apposition) or the root (the verb after it a clause of its own): the noun
    phrase after the comma is the subject, the word an aside on the verb, which goes with
    the leading phrases ("Acculé a fini par céder" is no headline). Not a word with
    dependents of its own besides the comma ("Arrivé à Paris, ..." is parsed as a clause)."""
    if len(nodes) < 5 or nodes[1].text != ",":
        return
    word = nodes[0]
    lex = titling()
    if word.pos_ not in ("VERB", "ADJ", "PROPN", "NOUN") or not word.text[:1].isupper():
        return
    if word.pos_ != "ADJ" and not _participle_form().fullmatch(word.lower_):
        return
    root = _root(nodes)
    if root is None or root == 0:
        verb = next(
            (
                node
                for node in nodes[2:]
                if node.head is word and node.pos_ in ("VERB", "AUX") and _has_subject(nodes, node)
            ),
            None,
        )
        if verb is None or word.head is not word:
            return
        for node in nodes:
            if node.head is word and node is not verb:
                node.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        word.head, word.dep_, word.pos_ = verb, "advcl", "VERB"  # (never a bare name)
        return
    verb = nodes[root]
    if word.head is not verb or word.dep_ not in lex["headline_subject_deps"]:
        return
    if _has_subject(nodes, verb) and any(
        n.head is verb and n.dep_ in lex["headline_subject_deps"] and n is not word for n in nodes
    ):
        return
    head = _phrase_head_after(nodes, 1, root)
    if head is None or not _under(head, word):
        return
    _make_subject(nodes, head, verb)
    word.head, word.dep_, word.pos_ = verb, "advcl", "VERB"


def _absolute_participle_read_as_subject(nodes: list[_Node]) -> None:
    """A noun and the past participle right after it, set off by a comma before the subject
    ("Une fois son chapeau retiré, celui qui a gouverné l'Irak ... n'a pas voulu parler"),
    which the parser made the main verb's subject, the subject after the comma its
    apposition, is an absolute clause: the phrase after the comma is the subject, the noun
    and its participle a leading phrase (which goes: never "Une fois son chapeau retiré n'a
    pas voulu parler"). Only when that phrase runs to the verb group."""
    root = _root(nodes)
    if root is None or nodes[root].pos_ not in ("VERB", "AUX"):
        return
    verb = nodes[root]
    subjects = set(titling()["headline_subject_deps"])
    noun = next((n for n in nodes if n.head is verb and n.dep_ in subjects), None)
    if noun is None or noun.pos_ != "NOUN":
        return
    at = nodes.index(noun)
    if at + 3 >= root:
        return
    participle, comma = nodes[at + 1], nodes[at + 2]
    if not (
        participle.head is noun
        and participle.dep_ == "acl"
        and _participle_form().fullmatch(participle.lower_)
        and comma.text == ","
    ):
        return
    aside = next((n for n in nodes[at + 3 : root] if n.head is noun and n.dep_ == "appos"), None)
    if aside is None or nodes.index(aside) != at + 3:
        return
    last = max(k for k, n in enumerate(nodes) if _under(n, aside))
    group = nodes[last + 1 : root]
    if any(
        n.head is not verb or n.dep_ not in ("aux", "aux:tense", "aux:pass", "advmod", "expl:comp")
        for n in group
    ):
        return
    _make_subject(nodes, aside, verb)
    noun.dep_ = "obl:mod"  # (a leading phrase, closed by its comma)
    comma.head = noun


def _first_of_two_subjects_set_off(nodes: list[_Node]) -> tuple[_Node, _Node, int, _Node] | None:
    """The main verb's first subject when the parser gave it exactly two and the first is set
    off by commas right before the second ("…, le juge Mounir Haddad, ses derniers mots"):
    the verb, that first subject, the index of its first word and its closing comma; None
    otherwise (``_witness_named_after_its_phrase``, ``_enumeration_read_as_subject``)."""
    root = _root(nodes)
    if root is None:
        return None
    verb = nodes[root]
    subjects = set(titling()["headline_subject_deps"])
    found = [
        k for k, n in enumerate(nodes) if n.head is verb and n.dep_ in subjects and n is not verb
    ]
    if len(found) != 2:
        return None
    first, second = nodes[found[0]], nodes[found[1]]
    span = [k for k, n in enumerate(nodes) if _under(n, first)]
    start, end = min(span), max(span)
    if start < 2 or end + 2 >= len(nodes) or nodes[start - 1].text != ",":
        return None
    closing = nodes[end + 1]
    if closing.text != "," or min(k for k, n in enumerate(nodes) if _under(n, second)) != end + 2:
        return None
    return verb, first, start, closing


def _witness_named_after_its_phrase(nodes: list[_Node]) -> None:
    """A noun phrase set off by commas right after a leading phrase, before the subject, which
    the parser made a second subject of the main verb ("D'après un autre témoin, le juge
    Mounir Haddad, ses derniers mots ont été un appel ...": "juge" and "mots" both
    subjects), names the leading phrase's noun (the witness): it hangs on it as its
    apposition, and goes with it (never "Le juge Mounir Haddad, ses derniers mots ...")."""
    set_off = _first_of_two_subjects_set_off(nodes)
    if set_off is None:
        return
    verb, first, start, closing = set_off
    lead = nodes[start - 2]
    while lead.head is not verb and lead.head is not lead:
        lead = lead.head
    if lead.head is not verb or not lead.dep_.startswith("obl") or lead.pos_ != "NOUN":
        return
    first.head, first.dep_ = lead, "appos"
    nodes[start - 1].head = lead
    closing.head = lead


def _enumeration_read_as_subject(nodes: list[_Node]) -> None:
    """The last items of an enumeration closing a leading clause or phrase, set off by a
    comma before the subject, which the parser made a second subject of the main verb
    ("Alors que le dépouillement continue dans quatre États clés, la Géorgie, le Nevada, la
    Pennsylvanie et l'Arizona, où l'écart reste serré, Donald Trump a revendiqué la
    victoire": "Pennsylvanie" and "Trump" both subjects, and the headline "La Pennsylvanie
    et l'Arizona Donald Trump a revendiqué ..."): they go on the list they end, with the
    leading clause (its item before the comma a conjunct or an apposition of a noun)."""
    set_off = _first_of_two_subjects_set_off(nodes)
    if set_off is None:
        return
    verb, first, start, closing = set_off
    item = nodes[start - 2]
    if item.dep_ not in ("conj", "appos") or {item.pos_, first.pos_} - {"NOUN", "PROPN"}:
        return
    lead = item
    while lead.head is not verb and lead.head is not lead:
        lead = lead.head
    if lead.head is not verb or lead.dep_ not in ("advcl", "obl", "obl:mod"):
        return
    head = item.head if item.dep_ == "conj" else item
    first.head, first.dep_ = head, "conj"
    nodes[start - 1].head = first
    closing.head = first


def _opening_subject_read_as_adverbial(nodes: list[_Node]) -> None:
    """A noun phrase opening the clause, with no preposition, that the parser read as an
    adverbial of a main verb left without a subject, an aside set off by commas between
    them ("Six grands États, dont la Pennsylvanie, le Michigan et la Géorgie, n'ont pas
    encore livré leurs résultats": "États" an adverbial, and the headline "Le Michigan
    n'ont pas ..."): it is the subject. Not a noun of time ("Lundi, ont été publiés ...":
    ``headline_time_nouns``, ``headline_weekdays``), nor one the verb does not agree with in
    number (a plural noun, a plural verb)."""
    root = _root(nodes)
    if root is None or nodes[root].pos_ not in ("VERB", "AUX"):
        return
    verb = nodes[root]
    subjects = set(titling()["headline_subject_deps"])
    if any(t.head is verb and t.dep_ in subjects and t is not verb for t in nodes):
        return
    noun = next((t for t in nodes[:root] if t.pos_ in ("NOUN", "PROPN")), None)
    if (
        noun is None
        or noun.head is not verb
        or not noun.dep_.startswith("obl")
        or any(t.head is noun and t.dep_ == "case" for t in nodes)
        or noun.lower_ in title_words("headline_time_nouns")
        or noun.lower_ in title_words("headline_weekdays")
    ):
        return
    k = at(nodes, noun)
    if k + 1 >= root or nodes[k + 1].text != ",":
        return
    auxiliaries = [t for t in nodes if t.head is verb and t.dep_.startswith("aux")]
    finite = auxiliaries[0] if auxiliaries else verb
    plural = noun.lower_.endswith(("s", "x"))
    if plural != finite.lower_.endswith(("nt", "ont")):
        return
    noun.dep_ = "nsubj"


def _gerund_intensifiers(nodes: list[_Node]) -> None:
    """The word that opens a gerund ("tout en voulant", ``headline_gerund_intensifiers``)
    goes with it, whatever the parser hung it on ("très critiqué… tout en voulant qu'il
    soit modifié": "tout" punctuation of "critiqué"): a cut of the gerund takes it (never
    "le projet très critiqué… tout")."""
    words = title_words("headline_gerund_intensifiers")
    for k in range(len(nodes) - 2):
        word, en, gerund = nodes[k], nodes[k + 1], nodes[k + 2]
        if (
            word.lower_ in words
            and en.lower_ == "en"
            and gerund.pos_ in ("VERB", "AUX")
            and gerund.lower_.endswith("ant")
            and not any(node.head is word for node in nodes if node is not word)
        ):
            word.head, word.dep_ = gerund, "advmod"


def _participle_of_the_noun_before(nodes: list[_Node]) -> None:
    """A past participle set off by a comma right after a noun or a name, which the parser
    left unlabelled under a verb (``dep``, ``punct``: "des funérailles seraient organisées
    ... en mémoire de l'ancien Premier ministre Shinzo Abe, assassiné vendredi dernier") or
    took for its subject ("Aux élections de dimanche, marquées par l'assassinat ..., la
    coalition au pouvoir a renforcé sa majorité": "marquées" the subject, "la coalition"
    hung on it), tells of that noun: it hangs on it (``acl``) and goes when it is cut
    ("seraient organisées assassiné", "Marquées par l'assassinat de ..." are no headlines).
    A noun set off by a comma after it that the parser hung on the participle taken for the
    subject is the subject. A name's head is its first word's."""
    subjects = set(titling()["headline_subject_deps"])
    unread = {"dep", "punct", *subjects}
    for k in range(2, len(nodes)):
        participle, comma, noun = nodes[k], nodes[k - 1], nodes[k - 2]
        if (
            participle.dep_ not in unread
            or participle.pos_ != "VERB"
            or comma.text != ","
            or not _participle_form().fullmatch(participle.lower_)
            or participle.lower_.endswith("ant")
        ):
            continue
        if noun.dep_ in ("flat:name", "flat") and noun.head is not noun:
            noun = noun.head
        if (
            noun.pos_ not in ("NOUN", "PROPN")
            or participle.head is noun
            or _under(noun, participle)
        ):
            continue
        verb = participle.head
        if participle.dep_ in subjects:
            subject = next(
                (
                    node
                    for j, node in enumerate(nodes)
                    if j > k
                    and node.head is participle
                    and node.dep_ in ("dep", *subjects)
                    and node.pos_ in ("NOUN", "PROPN")
                    and nodes[_first_under(nodes, j) - 1].text == ","
                ),
                None,
            )
            if subject is None or verb is participle:
                continue
            subject.head, subject.dep_ = verb, participle.dep_
        participle.head, participle.dep_ = noun, "acl"


def _first_under(nodes: list[_Node], k: int) -> int:
    """The index of the first word of the phrase ``nodes[k]`` heads."""
    return min(j for j in range(k + 1) if _under(nodes[j], nodes[k]))


def _participle_clause(nodes: list[_Node], participle: _Node) -> bool:
    """Is the past participle ``participle`` a clause of its own set after a comma ("Le
    cargo, parti de Marseille, a coulé"), not a verb of a compound tense ("L'animal l'a
    saisi par la jambe, l'a attiré", "Nicolas Sarkozy a réagi ...": an auxiliary of its
    own), nor one holding a quotation that runs on past it?"""
    at = next(k for k, node in enumerate(nodes) if node is participle)
    if at == 0 or nodes[at - 1].text != ",":
        return False
    marks = [
        node for node in nodes if _under(node, participle) and node.text in quote_marks().every
    ]
    if any(mark.i > participle.i for mark in marks) or len(marks) % 2:
        # (a quotation that runs on past it: 'Des "hommes ..., habillés ...",'; not one closed
        # in the subject before it: "La presse, à l'exception du « Figaro », restée sobre,")
        return False
    return not any(
        node.head is participle and node.dep_.startswith(("aux", "cop")) for node in nodes
    )


def _without_leading_phrases(
    tokens: Sequence[Token],
    kept: set[int],
    core: set[int],
    spans: tuple[int, int],
    subtree: _Subtrees,
) -> set[int]:
    """``kept`` without the main verb's leading adverbials that a comma closes, before its
    subject ("Outre les avions opérant en Syrie, des bâtiments ..."; ``spans``: the main
    verb, the first word of the clause's core). Read right to left: a phrase closed by a
    comma closes the one before it when it goes; words already cut out (a date) are passed
    over."""
    root, first_core = spans
    kept = set(kept)
    root_i = tokens[root].i
    leading = set(titling()["headline_leading_deps"])
    dropped_starts: set[int] = set()
    for n in reversed(range(first_core)):
        tok = tokens[n]
        if tok.head.i == root_i and tok.dep_ in leading and n in kept:
            if _bare_name(tokens, n):
                continue  # a name with no preposition is no adverbial ("Montreal, Maine ...")
            members = subtree(n)
            after = max(members) + 1
            while after < len(tokens) and after not in kept and after not in dropped_starts:
                after += 1
            closed = tokens[max(members)].text == "," or (
                after < len(tokens) and (tokens[after].text == "," or after in dropped_starts)
            )
            if closed and not members & core:
                kept -= members
                dropped_starts.add(min(members))
                if after < len(tokens) and tokens[after].text == ",":
                    kept.discard(after)
    return kept


def _bare_name(tokens: Sequence[Token], n: int) -> bool:
    """Is ``n`` a proper name with no preposition of its own ("Montreal", "Dominique de
    Villepin")?"""
    return tokens[n].pos_ == "PROPN" and not any(
        t.head.i == tokens[n].i and t.i != tokens[n].i and t.dep_ == "case" for t in tokens
    )


def _opening_subordinate(
    tokens: Sequence[Token], kept: set[int], core: set[int], first_core: int
) -> set[int]:
    """A sentence opening with a subordinating conjunction ("Alors que ..., le trafic a
    repris", "Bien que ..., ..."): what comes before the last comma ahead of the main
    clause's subject (or verb) is the subordinate clause, whatever the parser hung its words
    on (a compound place name, "Paris-Charles-de-Gaulle", can split the parse in several
    roots). A dateline in brackets before it stays (the title drops it)."""
    first = 0
    if tokens and tokens[0].text == "(":
        first = next((k + 1 for k, t in enumerate(tokens) if t.text == ")"), len(tokens))
    if first >= first_core or not (tokens[first].dep_ == "mark" or tokens[first].pos_ == "SCONJ"):
        return set()
    comma = max((k for k in range(first, first_core) if tokens[k].text == ","), default=None)
    if comma is None:
        return set()
    opening = set(range(first, comma + 1))
    return set() if opening & core else opening


def _main_after_subordinate(nodes: list[_Node]) -> None:
    """A clause opening with a subordinating conjunction that the parser took for the main
    one ("Alors que les plaidoiries se sont achevées, à Avignon, les accusés avaient la
    parole", the second verb an adverbial or a relative of "Avignon"), or set after a
    leading phrase ("Quelques minutes après leur arrivée, alors que des riverains avaient
    reçu la consigne ..., une explosion a ravagé ...", the main verb a conjunct of the
    subordinate one): the first verb after a comma whose subject (no relative pronoun)
    follows that comma heads the sentence, and the subordinate clause is its adverbial (a
    headline tells what the main clause tells)."""
    root = _root(nodes)
    opening = _subordinate_opening(nodes)
    if root is None or opening is None:
        return
    top = nodes[root]
    relatives = set(titling()["headline_relative_pronouns"])
    comma = next((k for k in range(root + 1, len(nodes)) if nodes[k].text == ","), None)
    if comma is None:
        return
    # the conjunction governs the first verb, or a word before the comma when the parser
    # cut the sentence in two there (the main clause then a root of its own)
    mark = nodes[opening]
    if mark.head is not top and not any(mark.head is nodes[k] for k in range(comma)):
        return
    found = _verb_after(nodes, comma, relatives)
    if found is None:
        return
    n, subject = found
    node = nodes[n]
    if subject is None:
        subject = _name_opening(nodes, comma + 1, n)
        if subject is None:
            subject = _noun_read_as_the_verbs_head(nodes, comma, n)
        if subject is None:
            return
        nodes[subject].head, nodes[subject].dep_ = node, "nsubj"
    if nodes[subject].lower_ in relatives:
        return
    node.head, node.dep_ = node, "ROOT"
    top.head, top.dep_ = node, "advcl"


def _noun_read_as_the_verbs_head(nodes: list[_Node], comma: int, verb: int) -> int | None:
    """The noun between the comma at ``comma`` and the verb at ``verb`` that the parser
    made the verb's head, the verb its relative or participle ("Quand il a parlé, 213
    grands électeurs lui étaient assurés": "électeurs" the object of "parlé", "assurés" a
    relative of it): the verb's subject, with no relative pronoun between them."""
    node = nodes[verb]
    if node.dep_ not in ("acl", "acl:relcl"):
        return None
    head = next((k for k in range(comma + 1, verb) if nodes[k] is node.head), None)
    if head is None or nodes[head].pos_ not in ("NOUN", "PROPN"):
        return None
    relatives = title_words("headline_relative_pronouns")
    if any(nodes[k].lower_ in relatives for k in range(comma + 1, verb)):
        return None
    return head


def _main_verb_after_a_noun_root(nodes: list[_Node]) -> None:
    """A noun phrase with a relative clause that the parser made the clause's head, the
    main verb hung somewhere under it ("Un Airbus de la compagnie US Airways qui
    transportait 155 personnes s'est abîmé ...": "s'est abîmé" a complement of the relative's
    verb, "155 personnes" its subject; "Les Français, qui disputaient leur troisième finale,
    se sont imposés"; "Près d'un mois après l'explosion qui a fait quatre morts, le premier
    Conseil de Paris s'est ouvert"): the first verb after the relative's that has an
    auxiliary or a copula of its own (a finite tense), no relative pronoun for subject and
    no conjunction, heads the clause. The noun is its subject when no preposition opens it
    (a subject the parser gave that verb between the two verbs is the relative's object),
    else its leading phrase."""
    root = _root(nodes)
    if root is None or nodes[root].pos_ not in ("NOUN", "PROPN"):
        return
    noun = nodes[root]
    if any(t.head is noun and t.dep_ == "cop" for t in nodes):
        return  # "La traque est un travail qui ...": the copula is the clause's verb
    relatives = title_words("headline_relative_pronouns")
    subjects = set(titling()["headline_subject_deps"])

    def pronoun_subject(verb: _Node) -> bool:
        return any(k.head is verb and k.dep_ in subjects and k.lower_ in relatives for k in nodes)

    relative = next(
        (
            k
            for k in range(root + 1, len(nodes))
            if nodes[k].dep_ == "acl:relcl" and pronoun_subject(nodes[k]) and _under(nodes[k], noun)
        ),
        None,
    )
    if relative is None:
        return
    opening = min(k for k in range(len(nodes)) if _under(nodes[k], nodes[relative]))
    if any(nodes[k].pos_ == "AUX" for k in range(opening)):
        return  # a verb of a finite tense before the relative: the clause's own ("ont reconnu")
    for k in range(relative + 1, len(nodes)):
        verb = nodes[k]
        under = [t for t in nodes if t.head is verb and t is not verb]
        if verb.pos_ not in ("VERB", "ADJ") or not any(
            t.dep_.startswith("aux") or t.dep_ == "cop" for t in under
        ):
            continue
        if (
            pronoun_subject(verb)
            or any(t.dep_ in ("mark", "cc") for t in under)
            or not _under(verb, noun)
            or any(
                nodes[j].lower_ in relatives and _under(nodes[j], verb) for j in range(relative, k)
            )
        ):
            return  # a clause of its own: a subordinate, a conjunct, a relative ("dont")
        verb.head, verb.dep_ = verb, "ROOT"
        if any(t.dep_ == "case" for t in nodes if t.head is noun):
            noun.head, noun.dep_ = verb, "obl:mod"  # "Près d'un mois après l'explosion"
            return
        for t in under:
            if t.dep_ in subjects and relative < at(nodes, t) < k:
                t.head, t.dep_ = nodes[relative], "obj"  # "transportait 155 personnes"
        noun.head, noun.dep_ = verb, "nsubj"
        return


def _main_verb_after_a_leading_noun(nodes: list[_Node]) -> None:
    """A leading prepositional phrase and its comma that the parser made the clause's head,
    the main verb hung under its noun ("Dès l'annonce de la mort, des centaines de
    personnes de toutes origines se sont rassemblées ...": "annonce" the root,
    "rassemblées" a participle of it, and the headline "Dès l'annonce de la mort, des
    centaines de personnes"): the first verb after the comma with an auxiliary or a copula
    of its own (a finite tense) and its subject between the comma and it (no relative
    pronoun, no conjunction) heads the clause; the phrase is its adverbial."""
    root = _root(nodes)
    if root is None or nodes[root].pos_ not in ("NOUN", "PROPN") or not nodes:
        return
    noun = nodes[root]
    if not (nodes[0].dep_ == "case" and nodes[0].head is noun):
        return
    comma = next((k for k in range(root + 1, len(nodes)) if nodes[k].text == ","), None)
    if comma is None or any(nodes[k].pos_ in ("VERB", "AUX") for k in range(comma)):
        return
    relatives = title_words("headline_relative_pronouns")
    subjects = set(titling()["headline_subject_deps"])
    for k in range(comma + 1, len(nodes)):
        verb = nodes[k]
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_.startswith("aux") or verb.dep_ == "cop":
            continue
        under = [t for t in nodes if t.head is verb and t is not verb]
        subject = next((t for t in under if t.dep_ in subjects and comma < at(nodes, t) < k), None)
        if (
            subject is None
            or subject.lower_ in relatives
            or not _under(verb, noun)
            or not any(t.dep_.startswith("aux") or t.dep_ == "cop" for t in under)
            or any(t.dep_ in ("mark", "cc") for t in under)
        ):
            return
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "obl:mod"
        return


def at(nodes: list[_Node], node: _Node) -> int:
    return next(k for k, n in enumerate(nodes) if n is node)


def _subordinate_opening(nodes: list[_Node]) -> int | None:
    """Where the subordinating conjunction opening the clause stands: its first word, or
    the first after a leading phrase without a verb closed by a comma ("Quelques minutes
    après leur arrivée, alors que des riverains ...": the phrase the main clause's, set
    before the subordinate one); None when the clause does not open on one."""
    if nodes and nodes[0].dep_ == "mark":
        return 0
    for n, node in enumerate(nodes):
        if node.pos_ in ("VERB", "AUX"):
            return None
        if node.text == "," and n > 0:
            after = n + 1
            if after < len(nodes) and nodes[after].dep_ == "mark":
                return after
            return None
    return None


def _verb_after(
    nodes: list[_Node], comma: int, relatives: Collection[str] = ()
) -> tuple[int, int | None] | None:
    """The first verb after the comma at ``comma`` (an auxiliary's verb read instead) and
    its subject between the comma and it, if the parser gave it one; None with no verb.
    A verb with one of ``relatives`` of its own is a relative clause's, passed ("Alors que
    la saison continue dans quatre villes, Lens, Metz et Brest, où l'écart reste serré,
    Paul Meyer a revendiqué le titre": "revendiqué", not "reste")."""
    for n in range(comma + 1, len(nodes)):
        node = nodes[n]
        if node.pos_ not in ("VERB", "AUX") or node.dep_.startswith("aux"):
            continue  # (an auxiliary: its verb is the one read)
        if any(t.head is node and t is not node and t.lower_ in relatives for t in nodes):
            continue
        subject = next(
            (k for k in range(comma + 1, n) if nodes[k].head is node and "subj" in nodes[k].dep_),
            None,
        )
        return n, subject
    return None


def _main_after_relative_aside(nodes: list[_Node]) -> None:
    """A leading prepositional phrase with a relative clause between commas ("Selon le
    site, qui avait annoncé l'accident sans donner de source, le chanteur est mort") that
    the parser made the sentence's head (the phrase's noun the root, the main verb hung on
    the relative clause): the first verb after the comma closing the relative clause whose
    subject follows that comma heads the sentence, and the phrase is its adverbial (a
    headline tells the main clause, not what the source had said before)."""
    root = _root(nodes)
    if root is None or not nodes or nodes[0].dep_ != "case" or nodes[0].head is not nodes[root]:
        return
    relatives = set(titling()["headline_relative_pronouns"])
    opening = next((k for k in range(root + 1, len(nodes)) if nodes[k].text == ","), None)
    if opening is None or opening + 1 >= len(nodes) or nodes[opening + 1].lower_ not in relatives:
        return
    closing = next((k for k in range(opening + 2, len(nodes)) if nodes[k].text == ","), None)
    if closing is None:
        return
    found = _verb_after(nodes, closing)
    if found is None:
        return
    n, subject = found
    node = nodes[n]
    if subject is None or nodes[subject].lower_ in relatives:
        return
    top = nodes[root]
    node.head, node.dep_ = node, "ROOT"
    top.head, top.dep_ = node, "obl:mod"
    aside = {id(k) for k in nodes[: closing + 1]}
    for after in nodes[closing + 1 :]:
        if after is not node and id(after.head) in aside:
            after.head = node  # what the parser hung on the aside (the final stop)


def _main_after_subject_relative(nodes: list[_Node]) -> None:
    """A subject with a relative clause set between commas ("L'usine de Vierzon (Cher), qui
    emploie 800 salariés et produit des freins, a notamment été touchée") that the parser
    did not hang on the main verb (the relative's verb or the noun made the root): the verb
    group opening right after a comma that closes the relative clause heads the sentence,
    the noun phrase before the relative pronoun is its subject and the relative clause that
    noun's. A relative clause is never the main clause when its antecedent's verb is there."""
    relatives = set(titling()["headline_relative_pronouns"])
    opening = next((k for k, node in enumerate(nodes) if node.text == ","), None)
    if opening is None or opening == 0 or opening + 2 >= len(nodes):
        return
    if nodes[opening + 1].lower_ not in relatives:
        return
    before = nodes[:opening]
    if any(node.pos_ in ("VERB", "AUX") or node.dep_ == "mark" for node in before):
        return  # a clause before the relative pronoun, not a noun phrase
    inside = {id(node) for node in before}
    noun = next(
        (n for n in before if n.pos_ in ("NOUN", "PROPN") and id(n.head) not in inside | {id(n)}),
        None,
    )
    noun = noun or next((n for n in before if n.pos_ in ("NOUN", "PROPN") and n.head is n), None)
    if noun is None or any(n.head is noun and n.dep_ == "case" for n in before):
        return  # a prepositional phrase opens the sentence (``_main_after_relative_aside``)
    found = _verb_group_after_comma(nodes, opening + 2)
    if found is None:
        return
    closing, n = found
    verb, relative = nodes[n], nodes[opening + 1].head
    if verb.dep_ == "ROOT" or relative is verb or relative.pos_ not in ("VERB", "AUX"):
        return
    passive = any(node.head is verb and node.dep_ == "aux:pass" for node in nodes)
    aside = {id(node) for node in nodes[opening : closing + 1]}
    for node in nodes:
        if node is verb:
            continue
        if id(node) in aside and node.head is verb:
            # a word of the aside read as the verb's ("de 300 par jour" its subject)
            node.head, node.dep_ = relative, "obl" if "subj" in node.dep_ else node.dep_
        elif id(node) not in aside and id(node) not in inside and id(node.head) in aside:
            node.head = verb  # what the parser hung on the aside (the final stop)
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj:pass" if passive else "nsubj"
    relative.head, relative.dep_ = noun, "acl:relcl"
    for comma in (nodes[opening], nodes[closing]):
        comma.head, comma.dep_ = relative, "punct"


def _subject_of_its_relative(nodes: list[_Node]) -> None:
    """A subject with a relative clause the parser read as that clause's subject, its verb
    an adverbial of the main one ("Le cétacé, habitué des eaux froides et dont la présence
    est exceptionnelle, se trouve ...", "Les enfants dont les familles ont été interrogées
    ont tous consommé ..."): when the main verb has no subject, the noun before a relative
    pronoun (``headline_relative_pronouns``) that is the subject of a verb hung on the main
    one, that verb after the pronoun and the pronoun hung in that verb's clause, is the main
    verb's subject, and that verb's clause its relative."""
    root = _root(nodes)
    if root is None:
        return
    verb = nodes[root]
    if _has_subject(nodes, verb):
        _main_after_its_relative(nodes, root)
        return
    at = {id(node): k for k, node in enumerate(nodes)}
    subjects = set(titling()["headline_subject_deps"])
    for n in range(root):
        noun = nodes[n]
        clause = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in subjects:
            continue
        if clause is verb or clause.head is not verb or not n < at[id(clause)] < root:
            return  # (the first subject before the main verb decides)
        if not _relative_between(nodes, n, at[id(clause)]):
            return  # (a relative of the noun's own, hung on it: no misreading)
        _make_subject(nodes, noun, verb)
        clause.head, clause.dep_ = noun, "acl:relcl"
        return


def _object_of_its_relative(nodes: list[_Node]) -> None:
    """The object of a subject's relative clause that the parser made a second subject of
    the main verb ("Un avion de la compagnie X qui emmenait 239 personnes vers Pékin a
    perdu le contact": "personnes" a subject of "perdu", "emmenait" with no object; the
    cut of the relative left "X 239 personnes vers Pékin a perdu"): when the main verb has
    two subjects of a noun and the phrase of the second opens right after the verb of a
    relative clause of the first, with no object of its own and its pronoun its subject,
    that phrase is that verb's object."""
    if not any(node.dep_ == "acl:relcl" for node in nodes):
        return  # (no relative clause: the common case, read cheaply)
    subjects = set(titling()["headline_subject_deps"])
    nominal = [
        k
        for k, node in enumerate(nodes)
        if node.dep_ in subjects and node.pos_ in ("NOUN", "PROPN", "NUM")
    ]
    verb = nodes[nominal[0]].head if nominal else None
    if verb is None or verb.head is not verb or verb.pos_ not in ("VERB", "AUX"):
        return  # (the main verb: the root, whose subjects these are)
    at = next(k for k, node in enumerate(nodes) if node is verb)
    found = [k for k in nominal if nodes[k].head is verb and k < at]
    if len(found) != 2:
        return
    first, second = found
    relatives = title_words("headline_relative_pronouns")
    for k in range(first + 1, second):
        clause = nodes[k]
        if clause.dep_ != "acl:relcl" or clause.pos_ != "VERB" or not _under(clause, nodes[first]):
            continue
        own = [node for node in nodes if node.head is clause and node is not clause]
        if any(node.dep_ in ("obj", "ccomp", "xcomp") for node in own):
            return
        if not any(node.dep_ in subjects and node.lower_ in relatives for node in own):
            return
        between = nodes[k + 1 : second]
        if any(not _under(node, nodes[second]) for node in between):
            return  # (the phrase opens right after the relative's verb)
        nodes[second].head, nodes[second].dep_ = clause, "obj"
        return


def _relative_between(nodes: list[_Node], n: int, k: int) -> bool:
    """Is there a relative pronoun (``headline_relative_pronouns``) between the noun at
    ``n`` and the verb at ``k`` that hangs in the verb's clause, not on the noun?"""
    relatives = title_words("headline_relative_pronouns")
    return any(
        nodes[m].lower_ in relatives
        and _under(nodes[m], nodes[k])
        and not _under(nodes[m], nodes[n])
        for m in range(n + 1, k)
    )


def _main_after_its_relative(nodes: list[_Node], root: int) -> None:
    """The same misreading with the relative's verb made the root ("Les 40 passagers dont
    les billets ont été contrôlés ont tous quitté la gare", the main verb hung on it as a
    parataxis, an adverbial or a conjunct with no conjunction, with no subject of its own
    but a quantifier, "tous"): that verb heads the sentence, the noun is its subject and
    the root's clause its relative."""
    top = nodes[root]
    subjects = set(titling()["headline_subject_deps"])
    noun = next(
        (k for k in range(root) if nodes[k].head is top and nodes[k].dep_ in subjects), None
    )
    if noun is None or nodes[noun].pos_ not in ("NOUN", "PROPN"):
        return
    misread = None
    if not _relative_between(nodes, noun, root):
        misread = _relative_headed(nodes, noun, root)
        if misread is None:
            return
    main = next(
        (
            k
            for k in range(root + 1, len(nodes))
            if nodes[k].head is top and nodes[k].pos_ == "VERB"
        ),
        None,
    )
    if main is None or nodes[main].dep_ not in ("parataxis", "advcl", "conj"):
        return
    verb = nodes[main]
    if any(
        node.head is verb
        and (
            node.dep_ in ("mark", "cc")
            or (node.dep_ in subjects and node.pos_ in ("NOUN", "PROPN", "PRON"))
        )
        for node in nodes
    ):
        return  # (a clause of its own: a conjunction, a subject)
    for node in nodes[main + 1 :]:
        if node.head is top:
            node.head = verb  # what the parser hung on the root after the main verb
    verb.head, verb.dep_ = verb, "ROOT"
    _make_subject(nodes, nodes[noun], verb)
    top.head, top.dep_ = nodes[noun], "acl:relcl"
    if misread is not None:
        # the relative's subject, and its pronoun, are the relative's verb's
        relatives = title_words("headline_relative_pronouns")
        for node in nodes[noun + 1 : misread]:
            if node.lower_ in relatives and node.head is nodes[misread]:
                node.head = top
        nodes[misread].head, nodes[misread].dep_ = top, "nsubj"


def _relative_headed(nodes: list[_Node], n: int, k: int) -> int | None:
    """The noun between the noun at ``n`` and the verb at ``k`` that the parser made the
    noun's relative clause (``acl:relcl``, a noun, with a relative pronoun before it hung on
    it): the relative's subject read as its head ("les migrants à qui l'Italie et Malte ont
    fermé leurs ports sont arrivés": "Italie" the relative, "ont fermé" the root)."""
    relatives = title_words("headline_relative_pronouns")
    for m in range(n + 1, k):
        head = nodes[m].head
        if (
            nodes[m].lower_ in relatives
            and head.dep_ == "acl:relcl"
            and head.pos_ in ("NOUN", "PROPN")
            and head.head is nodes[n]
            and m < head.i < k
        ):
            return head.i
    return None


def _relative_root_antecedent(nodes: list[_Node], times: set[int]) -> set[int]:
    """A relative clause the parser made the root, its pronoun its subject ("Parmi eux se
    trouvent onze nouveaux visages, qui assisteront à leur premier conseil", "la BCE agit
    indépendamment de la Fed, qui pourrait mettre fin à ses hausses"): the noun phrase
    right before the comma, its antecedent, is the headline's subject in the pronoun's place
    ("onze nouveaux visages assisteront ...", "la Fed pourrait mettre fin ..."), without
    its preposition; a headline never opens on "qui" (``headline_subject_relatives``).
    Returns the words that go (the pronoun, its comma, the preposition); none when the
    word before the comma is no noun or a time's, or no clause comes before it (the
    relative is then a subject's aside: ``_main_after_subject_relative``)."""
    root = next((n for n, node in enumerate(nodes) if node.head is node), None)
    if root is None:
        return set()
    relatives = title_words("headline_subject_relatives")
    k = next(
        (
            n
            for n, node in enumerate(nodes)
            if node.lower_ in relatives and node.head is nodes[root] and "subj" in node.dep_
        ),
        None,
    )
    if k is None or k < 2 or nodes[k - 1].text != ",":
        return set()
    if not any(node.pos_ in ("VERB", "AUX") for node in nodes[: k - 1]):
        return set()  # a subject's aside ("X, filiale de Y, qui exploite ..., a déclaré")
    noun = nodes[k - 2]
    while noun.dep_ in ("flat:name", "flat", "amod") and noun.head.i < noun.i:
        noun = noun.head
    at = nodes.index(noun)
    if noun.pos_ not in ("NOUN", "PROPN") or noun is nodes[root] or at in times:
        return set()
    cases = {n for n, node in enumerate(nodes) if node.head is noun and node.dep_ == "case"}
    noun.head, noun.dep_ = nodes[root], nodes[k].dep_
    return {k, k - 1} | cases


def _verb_group_after_comma(nodes: list[_Node], start: int) -> tuple[int, int] | None:
    """The first comma from ``start`` followed by a verb group (an auxiliary and its verb,
    adverbs between, or a verb the parser reads as a clause's, not a participle hung on a
    noun) with no subject between: the comma's position and the verb's; None without."""
    for k in range(start, len(nodes) - 1):
        if nodes[k].text != ",":
            continue
        first = nodes[k + 1]
        if first.pos_ == "AUX":
            for n in range(k + 2, min(len(nodes), k + 6)):
                if nodes[n].pos_ == "VERB":
                    return k, n
                if nodes[n].pos_ not in ("AUX", "ADV"):
                    break
        elif (
            first.pos_ == "VERB"
            and first.dep_ not in ("acl", "amod", "appos", "acl:relcl")
            and not first.lower_.endswith("ant")
        ):
            return k, k + 1
    return None


def _main_after_participle(nodes: list[_Node]) -> None:
    """A past participle set after the subject that the parser made the root, the verb
    group after it hung on it ("Une grève lancée le 3 mars a touché mardi toutes les
    lignes": "lancée" the root, "a touché" its adverbial): two verbs of a clause with no
    punctuation, conjunction or relative pronoun between them cannot both be finite, so the
    one with an auxiliary heads the sentence, the subject is its and the participle the
    subject's."""
    root = _root(nodes)
    if root is None or nodes[root].pos_ != "VERB" or nodes[root].lower_.endswith("ant"):
        return
    top = nodes[root]
    if any(node.head is top and node.dep_.startswith(("aux", "cop")) for node in nodes):
        return
    subject = next(
        (k for k in range(root) if nodes[k].head is top and "subj" in nodes[k].dep_), None
    )
    if subject is None:
        return
    relatives = set(titling()["headline_relative_pronouns"])
    for k in range(root + 1, len(nodes)):
        node = nodes[k]
        if node.pos_ == "PUNCT" or node.dep_ in ("cc", "mark") or node.lower_ in relatives:
            return
        if node.pos_ != "AUX" or not node.dep_.startswith("aux"):
            continue
        verb = node.head
        if verb.head is not top or verb.i <= k or _has_subject(nodes, verb):
            return
        for other in nodes:
            if other.head is top and other is not verb and other.i > verb.i:
                other.head = verb  # the main verb's complements after it
        verb.head, verb.dep_ = verb, "ROOT"
        passive = any(n.head is verb and n.dep_ == "aux:pass" for n in nodes)
        nodes[subject].head = verb
        nodes[subject].dep_ = "nsubj:pass" if passive else "nsubj"
        top.head, top.dep_ = nodes[subject], "acl"
        return


def _object_after_complement(nodes: list[_Node]) -> None:
    """A noun with its determiner and no preposition that the parser hung on the noun of a
    prepositional complement before it ("a rappelé dans un discours les sentiments ...":
    "sentiments" read as a complement of "discours"), when the main verb has no object, is
    that verb's object: a complement of a noun is introduced by a preposition in French."""
    root = _root(nodes)
    if root is None or nodes[root].pos_ not in ("VERB", "AUX"):
        return
    verb = nodes[root]
    if any(node.head is verb and node.dep_ == "obj" for node in nodes):
        return
    for node in nodes:
        head = node.head
        if node.dep_ != "nmod" or node.pos_ != "NOUN" or head.i >= node.i or head.head is not verb:
            continue
        under = [d for d in nodes if d.head is node and d is not node]
        if any(d.dep_ == "case" for d in under) or not any(d.dep_ == "det" for d in under):
            continue
        if head.dep_.startswith("obl") and any(d.head is head and d.dep_ == "case" for d in nodes):
            node.head, node.dep_ = verb, "obj"
            return


def _name_opening(nodes: list[_Node], first: int, verb: int) -> int | None:
    """The subject the parser did not see, between the comma closing a subordinate opening
    and the next verb: a name opening that stretch, with no relative pronoun in it
    ("Alors que ..., Pierre-Henri Gourgeon, directeur général d'Air France, a confié ...",
    the name read as an apposition of the subordinate clause's last noun), or a determiner
    and its noun, the whole stretch that noun's phrase but for the verb's own words ("Lundi
    soir, alors que M. Durand survolait le Golfe, le président du Sénat lui a dit ...", the
    noun read as the subordinate verb's object, the verb as a relative of it)."""
    relatives = set(titling()["headline_relative_pronouns"])
    if any(nodes[k].lower_ in relatives for k in range(first, verb)):
        return None
    if nodes[first].pos_ == "PROPN":
        return first
    noun = nodes[first].head
    if (
        nodes[first].dep_ != "det"
        or noun.pos_ not in ("NOUN", "PROPN")
        or not first < noun.i < verb
    ):
        return None
    if first <= noun.head.i < verb:
        return None  # (the noun hangs inside the stretch: a phrase of another word's)
    if all(_under(nodes[k], noun) or nodes[k].head is nodes[verb] for k in range(first, verb)):
        return noun.i
    return None


def _depth(tokens: Sequence[Token], n: int) -> int:
    depth, tok = 0, tokens[n]
    while tok.head.i != tok.i and depth < 50:
        tok, depth = tok.head, depth + 1
    return depth


def _names_someone(tokens: Sequence[Token], head: int, members: set[int]) -> bool:
    """Does the phrase name someone or something ("de l'Etat islamique")? A place
    introduced by a locative preposition ("en Syrie", "à Paris") only says where."""
    if not any(tokens[m].pos_ == "PROPN" or tokens[m].text[:1].isupper() for m in members):
        return False
    locative = title_words("headline_locative_cases")
    first = min(members)
    return not (tokens[first].lower_ in locative and tokens[head].pos_ == "PROPN")


def _completes_its_noun(tokens: Sequence[Token], n: int) -> bool:
    """Is ``n`` a noun's or an adjective's complement opened by a bare "de" (no determiner
    of its own: "tout aménagement de peine", "le degré de participation", "à l'âge de 94
    ans", "privés d'électricité")? Such a complement makes one name with its noun, or is
    the adjective's argument: it goes only to bring a headline within its maximum, not
    towards its target."""
    tok = tokens[n]
    if tok.dep_ != "nmod" or tok.head is tok or tok.head.pos_ not in ("NOUN", "ADJ"):
        return False
    own = [t for t in tokens if t.head is tok and t is not tok]
    bare = title_words("headline_bare_complement_cases")
    return any(t.dep_ == "case" and t.lower_ in bare for t in own) and not any(
        t.dep_ == "det" for t in own
    )


def _defines_the_object(tokens: Sequence[Token], n: int) -> bool:
    """Is ``n`` the "de" complement that tells which one the verb's object with a definite
    article is ("a annoncé la suppression [de deux émissions]", "a obtenu le droit [de
    disputer la finale]")? Without it the article points to what the reader has not seen
    ("a annoncé la suppression"): it goes only to bring a headline within its maximum."""
    tok = tokens[n]
    noun = tok.head
    if tok.dep_ not in ("nmod", "acl") or noun is tok or noun.pos_ != "NOUN":
        return False
    if noun.dep_ != "obj" or noun.head.dep_ != "ROOT":
        return False
    own = [t for t in tokens if t.head is tok and t is not tok]
    opens = title_words("headline_bare_complement_cases")
    if not any(t.dep_ in ("case", "mark") and t.lower_ in opens for t in own):
        return False
    articles = title_words("headline_definite_object_articles")
    return any(t.head is noun and t.dep_ == "det" and t.lower_ in articles for t in tokens)


def _last_argument(tokens: Sequence[Token], n: int, kept: set[int]) -> bool:
    """Is ``n`` the last argument the main verb keeps, a complement the parse reads as the
    verb's (``headline_argument_deps``: "ont décidé [de l'évacuation]", "a mis [en garde]")
    when no object, clause or other such complement of the verb is kept? Without it the
    verb says nothing ("Les autorités ont décidé"): it goes only to bring a headline within
    its maximum, not towards its target, nor because it points back."""
    tok = tokens[n]
    verb = tok.head
    arguments = set(titling()["headline_argument_deps"])
    if tok.dep_ not in arguments or verb is tok or verb.dep_ != "ROOT":
        return False
    if verb.pos_ not in ("VERB", "AUX") or _filler_opening(tokens, n):
        return False
    needed = set(titling()["headline_verb_complement_deps"])
    return not any(
        m in kept and m != n and t.head is verb and t is not verb and t.dep_ in needed
        for m, t in enumerate(tokens)
    )


@cache
def _participle_form() -> re.Pattern[str]:
    """A participle's spelling: one of ``headline_participle_endings``, none of
    ``headline_finite_endings``."""
    lex = titling()
    endings = alternation(list(lex["headline_participle_endings"]))
    finite = alternation(list(lex["headline_finite_endings"]))
    return re.compile(rf"(?!\w*(?:{finite})$)\w+(?:{endings})")


def _verbal_locutions(tokens: Sequence[Token], core: set[int]) -> set[int]:
    """The bare nouns that make a verbal locution with a verb of the clause's core, never
    cut from it ("prendre en charge", "mettre en oeuvre", "déclarer en faillite", "gagner en
    intensité", "passer en tête": "la Ville prendrait les sinistrés" is not what was said):
    a noun right after the verb (an adverb between at most), opened by one of
    ``headline_verbal_locution_cases`` and nothing else of its own (no determiner, no
    adjective, no complement: not "en milieu de journée", "à bord d'un navire", "en
    vigilance rouge", which go whole or stay whole as before), and no connective ("en
    effet": ``headline_leading_connectives``)."""
    cases = title_words("headline_verbal_locution_cases")
    connectives = title_words("headline_leading_connectives")
    at = {t.i: k for k, t in enumerate(tokens)}
    found: set[int] = set()
    for n, tok in enumerate(tokens):
        verb = at.get(tok.head.i)
        if (
            verb is None
            or verb not in core
            or tokens[verb].pos_ != "VERB"
            or not _bare_noun(tok, tokens[n - 1])
            or not tok.dep_.startswith("obl")
            or n < verb + 2
        ):
            continue
        case = tokens[n - 1]
        own = [t for t in tokens if t.head.i == tok.i and t.i != tok.i]
        between = [tokens[k] for k in range(verb + 1, n - 1)]
        if (
            own == [case]
            and case.lower_ in cases
            and f"{case.lower_} {tok.lower_}" not in connectives  # "en effet"
            and len(between) <= 1
            and all(t.pos_ == "ADV" for t in between)
        ):
            found.add(n)
    return found


def _idioms(tokens: Sequence[Token], core: set[int]) -> set[int]:
    """The words of an idiom (``headline_idioms``: "de l'huile sur le feu", "à huis clos",
    "pieds et poings liés") that holds a word of the clause's ``core`` or hangs on one (not
    as a clause of its own, ``_CLAUSE_DEPS``):
    never cut from it ("Donald Trump a remis de l'huile sur le feu": not "a remis de
    l'huile"; "Le procès s'est tenu à huis clos": not "s'est tenu à huis")."""
    words = [t.lower_.replace("’", "'") for t in tokens]
    held = {tokens[n].i for n in core}
    found: set[int] = set()
    by_first = _idioms_by_first_word()
    for start, word in enumerate(words):
        for idiom in by_first.get(word, ()):
            size = len(idiom)
            if tuple(words[start : start + size]) != idiom:
                continue
            span = set(range(start, start + size))
            ids = {tokens[n].i for n in span}
            hung = any(
                tokens[n].head.i not in ids
                and tokens[n].head.i in held
                and tokens[n].dep_ not in _CLAUSE_DEPS
                for n in span
            )
            if span & core or hung:
                found |= span
    return found


#: dependents that open a clause of their own: an idiom that heads one is that clause's
#: ("a repris alors qu'elle était à l'arrêt", "où il était en garde à vue"), never the core's
_CLAUSE_DEPS = frozenset(
    {"advcl", "acl", "acl:relcl", "ccomp", "csubj", "conj", "parataxis", "dep", "appos"}
)


@cache
def _idioms_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``_idiom_words`` by their first word: an idiom is compared only where its first word
    stands."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for idiom in _idiom_words():
        if idiom:
            grouped.setdefault(idiom[0], []).append(idiom)
    return {first: tuple(idioms) for first, idioms in grouped.items()}


@cache
def _idiom_words() -> tuple[tuple[str, ...], ...]:
    """Each of ``headline_idioms`` as the parser's words ("l'huile": "l'", "huile")."""
    return tuple(
        tuple(re.findall(r"[^\s']+'?", str(idiom).lower().replace("’", "'")))
        for idiom in titling()["headline_idioms"]
    )


def _bare_noun(word: Token, case: Token) -> bool:
    """Is ``word`` a noun, or one the parser tagged a verb after its preposition ("mis en
    berne": "berne" a verb): a preposition of its own (a "case", not the mark of a gerund or
    an infinitive, "en souriant", "à négocier")."""
    if word.pos_ == "NOUN":
        return True
    return word.pos_ == "VERB" and case.dep_ == "case" and case.head.i == word.i


def _completes_a_locution(tokens: Sequence[Token], n: int) -> bool:
    """Is ``n`` the "de" complement of the noun of a prepositional locution ("à proximité
    [du site]", "au large [des côtes]", "en vue [de la formation]":
    ``headline_locution_nouns``)? The locution says nothing without it: it goes whole,
    never cut to "à proximité"."""
    tok = tokens[n]
    noun = tok.head
    if (
        tok.dep_ != "nmod"
        or noun is tok
        or noun.lower_ not in title_words("headline_locution_nouns")
    ):
        return False
    opens = title_words("headline_locution_cases")
    return any(t.head is tok and t.dep_ == "case" and t.lower_ in opens for t in tokens)


def _filler_opening(tokens: Sequence[Token], n: int) -> bool:
    """Does the phrase of ``n`` open with a filler that says nothing of the act
    (``title_fillers``: "de son côté", "pour sa part", which the parser may read as a
    verb's complement)?"""
    first = n
    while first > 0 and tokens[first - 1].head is tokens[n]:
        first -= 1  # its preposition and determiner
    words = " ".join(t.lower_ for t in tokens[first : n + 1])
    return any(words == str(f) or words.startswith(f"{f} ") for f in titling()["title_fillers"])


def _glued_noun(tokens: Sequence[Token], n: int) -> bool:
    """Is ``n`` a noun right after the noun it completes, with no preposition of its own
    ("le violent séisme" that the parser read as a noun "violent" and its complement
    "séisme"; "l'usine Renault")? It makes one phrase with it, never cut alone ("après le
    violent")."""
    tok = tokens[n]
    head = tok.head
    if tok.dep_ != "nmod" or head is tok or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.pos_ not in ("NOUN", "PROPN") or n == 0 or tokens[n - 1] is not head:
        return False
    if tok.lower_ in title_words("headline_time_nouns"):
        return False  # "en cours jeudi": a time, cut as one
    return not any(t.head is tok and t.dep_ == "case" for t in tokens) and any(
        t.head is head and t.dep_ == "det" for t in tokens
    )


def _completes_a_pair(tokens: Sequence[Token], n: int) -> bool:
    """Is ``n`` the second member of a phrase that needs two ("entre Alençon et Mayenne")?
    It goes with the whole phrase, never alone ("entre Alençon")."""
    tok = tokens[n]
    if tok.dep_ != "conj" or tok.head is tok:
        return False
    pairs = title_words("headline_pair_cases")
    return any(t.head is tok.head and t.dep_ == "case" and t.lower_ in pairs for t in tokens)


def _reciprocal_half(tokens: Sequence[Token], n: int, halves: Collection[str]) -> bool:
    """Is ``n`` a word of ``halves`` (the first halves of a reciprocal pair, or its second
    halves) with an article of ``headline_reciprocal_articles`` ("les uns", "l'autre")?"""
    tok = tokens[n]
    if tok.lower_ not in halves:
        return False
    articles = title_words("headline_reciprocal_articles")
    return any(t.head is tok and t is not tok and t.lower_ in articles for t in tokens)


def _completes_a_reciprocal(n: int, kept: set[int], pairs: Sequence[tuple[int, int]]) -> bool:
    """Is ``n`` the second half of one of the reciprocal ``pairs`` (``_reciprocals``) whose
    first half is kept ("sont tombés les uns [sur les autres]")? It goes only with the
    first, never alone."""
    return any(second == n and first in kept for first, second in pairs)


@cache
def _reciprocal_pairs() -> tuple[dict[str, str], frozenset[str]]:
    """``headline_reciprocal_pairs``: first half -> second half, and the second halves."""
    pairs = {str(k): str(v) for k, v in titling()["headline_reciprocal_pairs"].items()}
    return pairs, frozenset(pairs.values())


def _reciprocals_of_times(
    tokens: Sequence[Token], kept: set[int], times: set[int], pairs: Sequence[tuple[int, int]]
) -> set[int]:
    """The halves of the reciprocal ``pairs`` that complemented a time now removed
    ("[dimanche] pour les uns, [lundi] pour les autres": whose time it was), with their
    words: they go with it."""
    at = {t.i: m for m, t in enumerate(tokens)}
    out: set[int] = set()
    for pair in pairs:
        for n in pair:
            if n in kept and at.get(tokens[n].head.i) in times:
                out |= _descendants(tokens, n)
    return out


def _lone_reciprocals(
    kept: set[int], core: set[int], subtree: _Subtrees, pairs: Sequence[tuple[int, int]]
) -> set[int]:
    """The phrases of the halves of reciprocal ``pairs`` whose other half is not kept
    ("relaie la nouvelle : pour les uns": the second half went with a time), not of the
    clause's core: one half says nothing alone."""
    out: set[int] = set()
    for first, second in pairs:
        if (first in kept) != (second in kept):
            alone = first if first in kept else second
            if alone not in core:
                out |= subtree(alone) & kept
    return out


def _reciprocals(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The reciprocal pairs of the clause: a first half ("les uns", "l'un") and the next
    second half after it that agrees ("les autres", "l'autre"), each with its article; not
    "l'un des monuments" with no "l'autre" after it, nor "l'autre voisin" alone."""
    firsts, seconds = _reciprocal_pairs()
    out: list[tuple[int, int]] = []
    for n in range(len(tokens)):
        if not _reciprocal_half(tokens, n, firsts):
            continue
        second = next(
            (
                m
                for m in range(n + 1, len(tokens))
                if tokens[m].lower_ == firsts[tokens[n].lower_]
                and _reciprocal_half(tokens, m, seconds)
            ),
            None,
        )
        if second is not None:
            out.append((n, second))
    return out


def _drop_trailing(
    tokens: Sequence[Token],
    kept: set[int],
    core: set[int],
    deps: list[str],
    floor: int,
    budget: int,
    soft: bool,
    subtree: _Subtrees | None = None,
    pairs: Sequence[tuple[int, int]] = (),
) -> set[int] | None:
    """``kept`` without one subtree of ``deps`` that ends the headline: the smallest that
    brings it within ``budget``, else the smallest; ``soft``: only a modifier of the verb or
    of its arguments that names no one ("dans le centre du pays", not "de Hama"); never the
    second half of one of the reciprocal ``pairs`` alone (``_completes_a_reciprocal``)."""
    subtree = subtree or _Subtrees(tokens)
    shown = [n for n in _tidy(tokens, kept) if tokens[n].pos_ != "PUNCT"]
    if not shown:
        return None
    last = max(shown)
    options: list[tuple[int, set[int]]] = []
    index = {t.i: m for m, t in enumerate(tokens)}
    for n in kept:
        tok = tokens[n]
        if n in core or tok.dep_ not in deps or _argument(tokens, n):
            continue
        members = subtree(n) & kept
        if max(members) != last or members & core or _completes_a_pair(tokens, n):
            continue
        if _completes_a_reciprocal(n, kept - members, pairs):
            continue
        bare = _bare_without(tokens, n, kept, core, index, adverbs=False)
        if bare is not None or _glued_noun(tokens, n) or _completes_a_locution(tokens, n):
            continue  # the participle goes with it, or the noun it completes
        if soft and (
            _depth(tokens, n) > 3
            or _names_someone(tokens, n, members)
            or _completes_its_noun(tokens, n)
            or _defines_the_object(tokens, n)
            or _last_argument(tokens, n, kept)
        ):
            continue
        rest = kept - members
        size = len(subtree.text(rest))
        if size >= floor:
            options.append((size, rest))
    if not options:
        return None
    if soft:  # a whole constituent ("dans le centre du pays", not "du pays")
        return min(options, key=lambda o: o[0])[1]
    # the least that fits, unless that takes most of the headline: then piece by piece
    now = len(subtree.text(kept))
    fitting = [o for o in options if o[0] <= budget and o[0] >= now * 0.6]
    return max(fitting, key=lambda o: o[0])[1] if fitting else max(options, key=lambda o: o[0])[1]


def _drop_one(
    tokens: Sequence[Token],
    kept: set[int],
    core: set[int],
    deps: list[str],
    floor: int,
    outermost: bool,
    subtree: _Subtrees | None = None,
    pairs: Sequence[tuple[int, int]] = (),
) -> set[int] | None:
    """``kept`` without one optional subtree of one of ``deps`` (the outermost, then the
    rightmost; or the rightmost), keeping at least ``floor`` characters; or None. Never the
    second half of one of the reciprocal ``pairs`` alone."""
    subtree = subtree or _Subtrees(tokens)
    found = [
        n
        for n in kept
        if n not in core
        and (
            tokens[n].dep_ in deps
            or ("appos" in deps and _unlabelled_aside(tokens, n, subtree))
            or (
                tokens[n].dep_ == "acl"
                and "appos" in deps
                and _participle_aside(tokens, n, subtree)
            )
            or ("parataxis" in deps and _coordinated_clause(tokens, n))
            or ("appos" in deps and _quoted_name(tokens, n, subtree) is not None)
        )
    ]
    if outermost:
        candidates = sorted(found, key=lambda n: (_depth(tokens, n), -n))
    else:  # the last constituent: the largest subtree ending at the rightmost position
        candidates = sorted(found, key=lambda n: (-max(subtree(n) & kept), _depth(tokens, n)))
    for n in candidates:
        tok = tokens[n]
        if _argument(tokens, n):
            continue  # "aux fonctions de M. [Paul Morel]", "décidé de mettre [« fin] ..."
        members = subtree(n) & kept
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            # a second verb phrase runs to the end of the clause ("et convoqué
            # l'ambassadeur ..."), whatever the parser hung its words on
            members |= {m for m in kept if m > n}
            members |= {
                m for m in kept if m < n and tokens[m].dep_ == "cc" and tokens[m].head.i == tok.i
            }
            if min(core) > n:
                continue
        elif members & core or _predicate_of_object(tokens, n):
            continue
        if _completes_a_reciprocal(n, kept - members, pairs):
            continue
        quoted = _quoted_name(tokens, n, subtree)
        if quoted is not None:
            members.add(quoted)  # its opening mark goes with it
        elif tok.dep_.startswith("obl") and _bare_name(tokens, n) and tok.i < tok.head.i:
            continue  # a name with no preposition opening the clause is no adverbial
        elif tok.pos_ == "NOUN" and _opens_a_complement_after(tokens, kept, members):
            continue  # "circulent à bord d'une Renault": not "circulent d'une Renault"
        rest = kept - members
        rest -= {m for m in rest if tokens[m].dep_ in ("cc", "punct") and tokens[m].head.i == tok.i}
        if len(subtree.text(rest)) >= floor:
            return rest
    return None


def _opens_a_complement_after(tokens: Sequence[Token], kept: set[int], members: set[int]) -> bool:
    """Is the word right after ``members`` a kept "de" opening a complement (a compound
    preposition the parser cut: "à bord d'une Renault", "au cours de la nuit", "à côté du
    stade")? The phrase then governs what follows it, whatever the parse says."""
    after = max(members) + 1
    return (
        after in kept
        and tokens[after].dep_ == "case"
        and tokens[after].lower_ in title_words("headline_bare_complement_cases")
    )


@cache
def clock_places_words() -> re.Pattern[str]:
    """What may stand between "Il était" and "lorsque": numbers, words of the clock
    (``headline_clock_words``), a place after a preposition ("à Los Angeles", "en France")."""
    lex = titling()
    words = alternation(lex["headline_clock_words"])
    places = alternation(lex["headline_clock_place_prepositions"])
    return re.compile(
        rf"\d+|\b(?:{words})\b|\b(?:{places})\s+[A-ZÉÈ][\w'’-]*(?:[\s-]+[A-ZÉÈ][\w'’-]*)*",
    )
