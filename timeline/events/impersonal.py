"""Is a subject "il" impersonal? Read from the dependency parse, not from a list of verbs.

French puts an impersonal "il" where the real subject follows the verb, or where there is
none: "il s'est écoulé trois heures", "il est survenu une avarie", "il est né un garçon",
"il faut", "il reste deux candidats", "il y a", "il était 17h", "il est difficile de ...".
That "il" stands for nobody: a headline never replaces it by a name ("Le maire s'est écoulé
trois heures"), and it points back to nothing a reader has not seen.

The parse tells it three ways (``lang/fr/headline.yml``):

1. a verb conjugated with "être" (not a copula, no attribute: ``headline_copular_verbs``,
   ``xcomp``) has a noun phrase after it as its object: such a verb takes no direct object,
   so that phrase is its real subject ("il est arrivé un accident", "il s'est produit une
   explosion"). Indefinite or counted, whatever the auxiliary's label; definite ("il est né
   le divin enfant") only when the parser reads an active compound tense, not reflexive (not
   "Il est élu le nouveau président", "Il s'est cassé la jambe"). After a verb that is not
   reflexive, not a span of time or a count of times ("Il est resté trois semaines", "Il
   est venu deux fois": ``impersonal_not_subjects``); not a reflexive before an infinitive
   ("il s'est vu remettre");
2. the parser's expletive before the copula "être" and an attribute that is a number or a
   clock ("il était 17h", "il est minuit");
3. "être" and an attribute of the impersonal ("possible", "prévu":
   ``headline_impersonal_attributes``), the participle of a verb whose direct object is the
   clause it governs ("décidé", "convenu": ``impersonal_passive_participles``; not
   "contraint", whose object is a person) or a participle of saying ("précisé":
   ``reporting_participles``; not "prévenu": ``impersonal_person_participles``) governing
   a clause or an infinitive, whatever stands between ("Il ne sera nulle part possible
   d'assister à ...", "il a été décidé de l'exclure", "Il est d'abord précisé que ...");
4. whatever the verb, a passive in a compound tense ("a été", "avait été") whose participle
   governs a bare "que" and a clause, or "de" and an infinitive after the person asked ("il
   a été prouvé qu'ils avaient bu ...", "il a été permis aux élèves de sortir"; not "arrêté
   alors qu'il ...", nor with an agent: ``_passive_of_clause``).

The parser's expletive label alone is not to be trusted: it gives it to "Il succède à Baru",
"il doit quitter la prison", "Il est parti le jour même". The impersonal verbs that need no
real subject after them ("il faut", "il y a", "il s'agit", "il semble") are a closed class
of words, read by ``titles`` from its lists.

Works on any tokens with spaCy's interface (``i``, ``dep_``, ``pos_``, ``lower_``,
``head``), their lemma read by the function given: the stored parse at assembly
(``headline.stored``), a fresh one in the benchmark's checks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from timeline.events.lexicon import lexicon, title_words, titling

Lemma = Callable[[Any], str]

_BE = "être"
_TENSES = (_BE, "avoir")  # the auxiliaries of tense (not "se faire", "se voir" + infinitive)


def opening_il(tokens: Sequence[Any], lemma_of: Lemma) -> bool | None:
    """Is the first subject "il" of ``tokens`` impersonal? None when no "il" is a subject."""
    subjects = set(titling()["impersonal_subject_deps"])
    for token in tokens:
        if token.lower_ == "il" and token.dep_ in subjects and token.head.i != token.i:
            return impersonal(token, tokens, lemma_of)
    return None


def impersonal(il: Any, tokens: Sequence[Any], lemma_of: Lemma) -> bool:
    """Is ``il`` (a subject token of ``tokens``) impersonal (see the module)?"""
    verb = il.head
    children = [t for t in tokens if t.head.i == verb.i and t.i != verb.i]
    deps = {t.dep_ for t in children}
    be = any(lemma_of(t) == _BE for t in children if t.dep_ in _auxiliary_deps())
    reflexive = any(t.lower_ in title_words("impersonal_reflexives") for t in children)
    expletive = il.dep_ in title_words("impersonal_expletive_deps")
    if be and _attribute_with_clause(verb, children, tokens):
        return True
    if be and _passive_of_clause(verb, children, tokens, lemma_of):
        return True
    if "cop" in deps:
        return expletive and _clock(verb, children)
    if not be or "xcomp" in deps or lemma_of(verb) in title_words("headline_copular_verbs"):
        return False
    if reflexive and any(t.pos_ == "AUX" and lemma_of(t) not in _TENSES for t in children):
        return False  # "il s'est fait arrêter", "il s'est vu remettre": someone's
    # a definite real subject only after an active compound tense, not reflexive ("Il
    # s'est cassé la jambe")
    tense = not reflexive and "aux:tense" in {t.dep_ for t in children if lemma_of(t) == _BE}
    return any(
        t.dep_ == "obj" and t.i > verb.i and _real_subject(t, tokens, lemma_of, tense, reflexive)
        for t in children
    )


def _auxiliary_deps() -> frozenset[str]:
    return title_words("impersonal_auxiliary_deps")


def _real_subject(
    noun: Any, tokens: Sequence[Any], lemma_of: Lemma, tense: bool, reflexive: bool
) -> bool:
    """Is ``noun``, the object of a verb conjugated with "être", the real subject after it:
    a noun phrase (not an adjective, "le premier"), counted or indefinite, or definite
    after an active compound tense? Not a count of times ("Il s'est rendu deux fois sur
    place": ``impersonal_counts``), nor a span of time after a verb that is not reflexive
    ("Il est resté trois semaines"; "il s'est écoulé trois heures" is impersonal)."""
    if noun.pos_ not in {str(p) for p in titling()["impersonal_subject_pos"]}:
        return False
    if noun.lower_ in title_words("impersonal_counts"):
        return False  # "Il s'est rendu deux fois sur place"
    if not reflexive and noun.lower_ in title_words("impersonal_not_subjects"):
        return False
    under = [t for t in tokens if t.head.i == noun.i and t.i != noun.i]
    if noun.pos_ == "NUM" or any(t.dep_ == "nummod" for t in under):
        return True
    determiners = [lemma_of(t) for t in under if t.dep_ == "det"]
    if not determiners:
        return False  # a bare noun is an attribute ("élu président", "sorti vainqueur")
    indefinite = title_words("impersonal_indefinite_determiners")
    return any(d.lower() in indefinite for d in determiners) or tense


def _clock(attribute: Any, children: Sequence[Any]) -> bool:
    """Is the copula's attribute a number or a clock ("17h", "6 heures", "minuit")?"""
    if attribute.lower_[:1].isdigit() or attribute.lower_ in title_words("impersonal_clocks"):
        return True
    return any(t.dep_ == "nummod" for t in children)


def _attribute_with_clause(attribute: Any, children: Sequence[Any], tokens: Sequence[Any]) -> bool:
    """Does "il" have for attribute, after "être", an adjective of the impersonal
    (``headline_impersonal_attributes``: "possible", "prévu") with a clause or an
    infinitive it governs (``impersonal_clause_deps``, opened by ``impersonal_clause_marks``),
    the participle of a verb whose object is that clause (``impersonal_passive_participles``:
    "il a été décidé de partir"), or a participle of saying (``reporting_participles``:
    "précisé") with a clause opened by "que" (``impersonal_said_marks``; not "Il est accusé
    d'avoir ...", nor one whose object is the person told: ``impersonal_person_participles``),
    whatever stands between ("Il ne sera nulle part possible d'assister à ...", "Il est
    d'abord précisé que ...")?"""
    named = {attribute.lower_} | {t.lower_ for t in children if t.dep_ == "amod"}
    said = frozenset(str(w).lower() for w in lexicon()["reporting_participles"])
    if named & (
        title_words("headline_impersonal_attributes")
        | title_words("impersonal_passive_participles")
    ):
        marks = title_words("impersonal_clause_marks")  # "il a été décidé de l'exclure"
    elif named & (said - title_words("impersonal_person_participles")):
        marks = title_words("impersonal_said_marks")  # not "Il est accusé d'avoir ..."
    else:
        return False
    clausal = title_words("impersonal_clause_deps")
    # the parser may hang the infinitive on the person asked ("il a été demandé aux
    # habitants de partir": "partir" under "habitants")
    asked = {t.i for t in children if t.dep_ in title_words("impersonal_asked_deps")}
    governed = [*children, *(t for t in tokens if t.head.i in asked and t.i != t.head.i)]
    return any(
        t.dep_ in clausal
        and t.i > attribute.i
        and any(m.head.i == t.i and m.dep_ == "mark" and m.lower_ in marks for m in tokens)
        for t in governed
    )


def _passive_of_clause(
    participle: Any, children: Sequence[Any], tokens: Sequence[Any], lemma_of: Lemma
) -> bool:
    """Is "il" the subject of a passive in a compound tense ("a été", "avait été": an act,
    not a state) whose participle, whatever the verb, governs a clause or an infinitive
    that takes the place of its object: "il a été prouvé qu'ils avaient bu ...", "il a été
    constaté que ...", "il a été permis aux élèves de sortir"? The passive of a verb whose
    object is what is found, said or decided has nobody for subject; the clause is what was
    proved. Read from the parse:

    - a clause (``impersonal_clause_deps``) right after the participle, opened by a bare
      "que" (``impersonal_said_marks``), nothing between them but the participle's argument
      ("il a été indiqué aux familles que ...", "mis en évidence que ..."): not "arrêté
      alors qu'il ...", "blessé parce qu'il ...", nor a consequence after a degree ("si
      choqué qu'il ...", "tellement applaudi qu'il ...": ``impersonal_correlatives``); not
      a participle whose object is the person told ("Il a été prévenu que ...":
      ``impersonal_person_participles``);
    - or an infinitive opened by "de" after the person it is asked of ("à" + a noun:
      ``impersonal_asked_deps``, ``impersonal_asked_cases``): "il a été conseillé aux
      riverains de fermer ..."; alone, "de" + an infinitive is as often someone's ("Il a
      été contraint de partir", "Il a été accusé d'avoir menti"), and only the verbs of
      decision read that way (``impersonal_passive_participles``);
    - no agent ("par ...": ``impersonal_agent_deps``), whose act it would be.
    """
    auxiliaries = [t for t in children if t.dep_ in _auxiliary_deps() and t.i < participle.i]
    if participle.pos_ != "VERB" or not any(
        lemma_of(t) == _BE and t.dep_ != "cop" for t in auxiliaries
    ):
        return False
    if not any(lemma_of(t) == "avoir" for t in auxiliaries):
        return False  # "Il est convaincu que ...": a state, someone's
    if participle.lower_ in title_words("impersonal_person_participles"):
        return False
    if any(t.dep_ in title_words("impersonal_agent_deps") for t in children):
        return False
    if any(
        t.dep_ == "advmod" and t.lower_ in title_words("impersonal_correlatives") for t in children
    ):
        return False  # "Il a été tellement applaudi qu'il est revenu"
    arguments = [
        t for t in children if t.dep_ in title_words("impersonal_asked_deps") and t.i > participle.i
    ]
    cases = title_words("impersonal_asked_cases")
    asked = [
        t
        for t in arguments
        if any(c.head.i == t.i and c.dep_ == "case" and c.lower_ in cases for c in tokens)
    ]
    between = {participle.i} | {d.i for t in arguments for d in _subtree(t, tokens)}
    # the parser may hang the clause on the person told ("il a été expliqué aux salariés que
    # ...": "fermerait" under "salariés")
    governed = [*children, *(t for t in tokens if t.head.i in {a.i for a in arguments})]
    for clause in governed:
        if clause.dep_ not in title_words("impersonal_clause_deps") or clause.i < participle.i:
            continue
        mark = next(  # "que" is sometimes labelled the clause's object
            (m for m in tokens if m.head.i == clause.i and (m.dep_ == "mark" or m.pos_ == "SCONJ")),
            None,
        )
        if mark is None or mark.i - 1 not in between:
            continue
        if mark.lower_ in title_words("impersonal_said_marks"):
            return True
        infinitive = mark.lower_ in title_words("impersonal_clause_marks")
        if infinitive and asked:
            return True  # "il a été permis aux élèves de sortir"
    return False


def _subtree(token: Any, tokens: Sequence[Any]) -> list[Any]:
    """``token`` and the words that depend on it, however far down."""
    inside = {token.i}
    grew = True
    while grew:
        grew = False
        for t in tokens:
            if t.i not in inside and t.head.i in inside and t.head.i != t.i:
                inside.add(t.i)
                grew = True
    return [t for t in tokens if t.i in inside]
