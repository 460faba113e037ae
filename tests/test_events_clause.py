"""The main clause of a report, and merging decided on it, phenomenon by phenomenon.

Minimal invented French sentences (and one real article of the second development set),
parsed by the project's spaCy model as extraction parses
an event sentence, read into a ``Clause`` (``timeline.events.clause``), then compared by
merging as assembly compares two reports: a paraphrase merges; the same verb with another
actor, another number of people, a negation, a modal or another date does not; a statement
does not merge with another speaker's report; an article retelling its lead merges.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from timeline.articles import load_articles
from timeline.events import clause, features, merge
from timeline.events.assemble import merge_reports, resolve_agents
from timeline.events.extract import extract_articles
from timeline.events.lexicon import families, pronominal
from timeline.events.nlp import get_nlp, lemma
from timeline.events.pronouns import Resolver, Told
from timeline.records import ParsedToken

ROOT = Path(__file__).resolve().parent.parent
#: the entities of the invented sentences: surface -> (id, kind)
NAMES = {
    "Salah Abdeslam": ("salah-abdeslam", "person"),
    "Mohamed Abrini": ("mohamed-abrini", "person"),
    "Paris": ("paris", "place"),
    "Melun": ("melun", "place"),
    "Lyon": ("lyon", "place"),
    "Rochefort": ("rochefort", "place"),
}
CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
DAY = ("2024-04-18", "2024-04-18", False)


def mentions(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for surface, (entity, kind) in NAMES.items():
        at = text.find(surface)
        if at >= 0:
            out.append((at, at + len(surface), entity, kind))
    return out


def parsed(text: str) -> list[ParsedToken]:
    """``text`` as extraction stores an event sentence's clause."""
    out = []
    for t in get_nlp()(text):
        stored = lemma(t)
        stored = "" if stored == t.lower_ else stored
        out.append(ParsedToken(t.idx, t.text, t.whitespace_, t.dep_, t.pos_, stored, t.head.i))
    return out


def read(text: str) -> clause.Clause:
    found = clause.read(parsed(text), merge.vocabulary().clause, clause.names_in(mentions(text), 0))
    assert found is not None
    return found


def report(
    text: str,
    *,
    key: tuple[int, int] = (0, 0),
    span: tuple[str, str, bool] = DAY,
    kind: str = "happening",
    speaker: str | None = None,
    explicit: bool = True,
    tense: str | None = "past",
) -> merge.Report:
    """A report as assembly makes one: content lemmas folded into their families, names
    as entity ids, numbers, people and places, and the main clause."""
    tokens = parsed(text)
    found = mentions(text)
    fold = families()
    words: list[str] = []
    for t in tokens:
        entity = next((e for s, end, e, _ in found if s <= t.idx < end), None)
        if entity is not None:
            if "@" + entity not in words:
                words.append("@" + entity)
        elif t.pos in CONTENT and not t.text.isdigit():
            word = (t.lemma or t.text).lower()
            words.append(fold.get(word, word))
    return merge.Report(
        key=key,
        span=span,
        words=words,
        entities={e for _, _, e, _ in found},
        numbers={int(t.text) for t in tokens if t.text.isdigit()},
        speaker=speaker,
        explicit=explicit,
        action=None,
        statement=kind == "statement",
        kind=kind,
        persons=frozenset(e for _, _, e, k in found if k == "person") - {speaker},
        places=frozenset(e for _, _, e, k in found if k == "place"),
        sentence=text,
        tense=tense,
        clause=read(text),
    )


def same(a: merge.Report, b: merge.Report) -> bool:
    """Merged when compared alone, as ``group_reports`` groups them."""
    return len(merge.group_reports([a, b])) == 1


# --- reading the main clause -----------------------------------------------------------

READINGS = [
    # the predicate through a light verb, a phrase, a modal or a framing verb
    ("Les accusés ont eu la parole une dernière fois.", "predicate", "=speak"),
    ("Les accusés ont pu s'exprimer une dernière fois.", "predicate", "=speak"),
    ("Le ministre a quitté ses fonctions.", "predicate", "=resign"),
    # a verb of causing whose complement is the resignation; an idiom of resigning
    ("Le ministre a été poussé à la démission.", "predicate", "=resign"),
    ("Le ministre a été contraint à la démission.", "predicate", "=resign"),
    ("Le scandale a conduit le ministre à la démission.", "predicate", "=resign"),
    ("Le ministre a rendu son tablier.", "predicate", "=resign"),
    ("Le ministre a été poussé à la faute.", "predicate", "pousser"),
    ("L'opposition a appelé le ministre à la démission.", "predicate", "appeler"),
    ("Le suspect a été mis en examen pour meurtre.", "predicate", "=charge"),
    ("Le suspect vient d'être interpellé.", "predicate", "=arrest"),
    # a pronominal verb that names another act than the plain verb; its paraphrases
    ("Un incendie s'est déclaré dans la nuit.", "predicate", "=occur"),
    ("Un vaste incendie s’est déclaré vers 3h du matin.", "predicate", "=occur"),
    ("Un incendie a éclaté dans un entrepôt.", "predicate", "=occur"),
    ("Un immense incendie a eu lieu dans la nuit.", "predicate", "=occur"),
    ("Le feu s'est déclaré dans un stockage.", "agent", "=fire"),
    ("Un incendie était toujours en cours jeudi matin.", "predicate", "=occur"),
    ("Le préfet a déclaré que le feu était maîtrisé.", "predicate", "~saying"),
    ("Le ministre s'est rendu à Moscou.", "predicate", "se rendre"),
    # a storm strikes ("s'est abattue sur"); a person is shot down ("a abattu")
    ("Une violente tempête s'est abattue sur la ville.", "predicate", "se abattre"),
    ("Le policier a abattu le forcené.", "predicate", "=kill"),
    # a fire put out, told by a verb or by a phrase
    ("Les pompiers ont éteint l'incendie.", "predicate", "=extinguish"),
    ("Les pompiers sont venus à bout de l'incendie.", "predicate", "=extinguish"),
    ("La cour a rendu son verdict.", "predicate", "rendre"),
    # the passive read as the active
    ("La cour a condamné Salah Abdeslam à la perpétuité.", "patient", "@salah-abdeslam"),
    ("Salah Abdeslam a été condamné par la cour.", "patient", "@salah-abdeslam"),
    ("Salah Abdeslam a été condamné par la cour.", "agent", "cour"),
    # an institution named with a capital is a name
    ("Le Sénat a adopté le texte.", "agent", "#sénat"),
    # negation, modality (a modal in the past is what took place)
    ("Le suspect n'a pas été interpellé.", "negated", True),
    ("Le suspect a été interpellé.", "negated", False),
    ("Le ministre pourrait démissionner.", "modal", "pouvoir"),
    ("Les accusés ont pu s'exprimer.", "modal", None),
    # one or several
    ("Il s'est exprimé une dernière fois.", "agent_number", "one"),
    ("Ils se sont exprimés une dernière fois.", "agent_number", "several"),
    ("Deux hommes ont été interpellés jeudi.", "patient_number", "several"),
    ("Un homme a été interpellé jeudi.", "patient_number", "one"),
    # verbs coordinated with the predicate that share its subject are acts of the clause
    (
        "Le suspect a été mis en examen pour meurtre et placé en détention provisoire.",
        "acts",
        frozenset({"=charge", "=detention"}),
    ),
    ("Le suspect a été interpellé et Paul a été libéré.", "acts", frozenset({"=arrest"})),
    # a cause or an outcome whose object noun tells the act, made of a verb; whom it
    # befell is that noun's complement
    ("L'incendie a provoqué le déclenchement du plan d'urgence.", "predicate", "=launch"),
    ("L'incendie a provoqué le déclenchement du plan d'urgence.", "patient", "plan"),
    ("Le préfet a déclenché le plan d'urgence.", "predicate", "=launch"),
    ("Le robot a réussi son atterrissage sur la comète.", "predicate", "=land"),
    ("Le robot s'est posé sur la comète.", "predicate", "=land"),
    ("La panne a entraîné l'évacuation de la gare.", "predicate", "=evacuate"),
    # a verb and the attribute of its object: a verdict of guilt is the verdict
    ("Salah Abdeslam a été reconnu coupable de meurtres.", "predicate", "=sentence"),
    ("La cour a déclaré coupable le principal accusé.", "predicate", "=sentence"),
    ("Salah Abdeslam a été reconnu par un témoin.", "predicate", "reconnaître"),
    ("Le ministre a déclaré la réunion terminée.", "predicate", "~saying"),
    # a cleft sentence tells its act in the relative; after "qui", the element set apart
    # does it
    ("C'est le préfet qui a ordonné l'évacuation du quartier.", "predicate", "ordonner"),
    ("C'est le préfet qui a ordonné l'évacuation du quartier.", "agent", "préfet"),
    ("C'est un voisin qui a alerté les pompiers vers minuit.", "predicate", "alerter"),
    ("C'est à Lyon que le suspect a été interpellé jeudi.", "predicate", "=arrest"),
    ("C'est à Lyon que le suspect a été interpellé jeudi.", "patient", "suspect"),
    ("C'est à Lyon que le suspect a été interpellé jeudi.", "agent", None),
    # a verb of informing tells the act of the noun of action it makes known
    (
        "Le maire a informé les habitants de la fermeture de la piscine.",
        "acts",
        frozenset({"informer", "=fermer"}),
    ),
    ("La ministre a notifié au Sénat sa démission.", "acts", frozenset({"notifier", "=resign"})),
    ("Le maire a informé les habitants mardi soir.", "acts", frozenset({"informer"})),
    ("Le maire a salué les habitants de la commune.", "acts", frozenset({"saluer"})),
    # ... whichever apostrophe elides "ce" and "que" ("C’est", "qu’il": the parse
    # lemmatises "C'" as "ce" and leaves "C’" as written)
    ("C’est le préfet qui a ordonné l’évacuation du quartier.", "predicate", "ordonner"),
    ("C’est le préfet qui a ordonné l’évacuation du quartier.", "agent", "préfet"),
    ("C’est un voisin qui a alerté les pompiers vers minuit.", "predicate", "alerter"),
    ("C’est à Lyon qu’il a été interpellé jeudi.", "predicate", "=arrest"),
    # an attribute ranking its subject among the doers of its infinitive's act: the act is
    # the infinitive's, its doer the copula's subject
    ("Le navigateur a été le premier à franchir la ligne.", "predicate", "franchir"),
    ("Le navigateur a été le premier à franchir la ligne.", "agent", "navigateur"),
    ("Le navigateur a été le premier à franchir la ligne.", "patient", "ligne"),
    ("La passagère fut la première à sortir de l'avion.", "predicate", "sortir"),
    ("Le capitaine était le dernier à quitter le navire.", "predicate", "quitter"),
    ("Le préfet a été le premier à ordonner l'évacuation.", "acts", frozenset({"ordonner"})),
    # ... not "seul" (often negated: "n'est pas la seule entreprise à avoir été visée"),
    # not a noun ranked ("le premier ministre à démissionner": the copula and its noun)
    ("Le maire est le seul à avoir signé le texte.", "predicate", "seul"),
    ("Il est le premier ministre à démissionner.", "predicate", "ministre"),
    # a litotes: two negations that tell the infinitive done (not negated), as a verb
    # alone negated is, or one told slow
    ("La Bourse n'a pas tardé à réagir.", "predicate", "réagir"),
    ("La Bourse n'a pas tardé à réagir.", "negated", False),
    ("Le maire n'a pas manqué de saluer les pompiers.", "negated", False),
    ("Le ministre n'a pas hésité à dénoncer la grève.", "predicate", "dénoncer"),
    ("Le ministre n'a pas réagi.", "negated", True),
    ("Le ministre a tardé à réagir.", "predicate", "tarder"),
    # a verb of reacting before a colon frames the act told after it, not words quoted
    (
        "La Bourse a réagi sans attendre : l'action Minotel a encore plongé de 9 %.",
        "predicate",
        "=fall",
    ),
    (
        "La Bourse n'a pas tardé à réagir : le titre du groupe avait reculé de 12 %.",
        "agent",
        "titre",
    ),
    ("Le maire a réagi : « C'est un drame », a-t-il dit.", "predicate", "réagir"),
    ("La Bourse a réagi sans attendre.", "predicate", "réagir"),
    # a price told falling or rising by a percentage; the same verbs of other things
    ("Ce mardi à midi, le titre cédait encore près de 9 %.", "predicate", "=fall"),
    ("L'action a perdu 17 % lundi.", "predicate", "=fall"),
    ("L'action a bondi de 5 % à l'ouverture.", "predicate", "=grow"),
    ("Le maire a cédé à la pression des habitants.", "predicate", "céder"),
    ("Le plongeur a plongé dans le lac.", "predicate", "plonger"),
    # ... not a relative of "ce" (what was said), nor a copula with a subject of its own
    ("C'est ce qu'a annoncé le maire de Melun.", "predicate", "ce"),
    ("Le suspect est un voisin qui connaissait la victime.", "predicate", "voisin"),
]


@pytest.mark.parametrize(("text", "field", "expected"), READINGS)
def test_the_main_clause_read_from_the_parse(text, field, expected):
    assert getattr(read(text), field) == expected


# one reading of a pronominal verb, whether the reflexive pronoun is found in the parse
# (``clause.read``) or before the verb (``features.action_lemma``)
PRONOMINAL = [
    ("Le ministre s'est rendu à Moscou.", "se rendre"),
    ("Les manifestants se sont rendus devant la préfecture.", "se rendre"),
    ("La cour a rendu son verdict.", "rendre"),
]


@pytest.mark.parametrize(("text", "expected"), PRONOMINAL)
def test_a_pronominal_verb_reads_the_same_from_the_parse_and_the_words(text, expected):
    assert read(text).predicate == expected
    assert features.action_lemma(list(get_nlp()(text))) == expected


@pytest.mark.parametrize(
    ("lemma", "reflexive", "expected"),
    [("rendre", True, "se rendre"), ("rendre", False, None), ("tirer", True, None)],
)
def test_only_a_listed_verb_with_a_reflexive_pronoun_is_pronominal(lemma, reflexive, expected):
    assert pronominal(lemma, reflexive, {"rendre"}) == expected


def test_the_core_leaves_out_other_clauses_and_the_light_verb():
    core = read(
        "Les accusés ont eu la parole une dernière fois, ainsi que le veut la tradition."
    ).core
    assert {"=speak", "accusé", "fois"} <= core
    assert not {"avoir", "parole", "vouloir", "tradition"} & core


# --- merging decided on the main clause ------------------------------------------------

MERGED = [
    # the same predicate and patient, worded apart
    (
        "La cour d'assises spéciale a condamné mercredi soir Salah Abdeslam, seul membre "
        "encore en vie des commandos qui ont fait 130 morts à Paris.",
        "Elle condamne Salah Abdeslam à la réclusion criminelle à perpétuité.",
    ),
    # a verb and its complement against a verb
    (
        "Le ministre de l'Intérieur a quitté ses fonctions lundi soir, au lendemain de la "
        "publication du rapport d'enquête.",
        "Le ministre de l'Intérieur a démissionné.",
    ),
    # a light verb and its noun against a modal and a verb
    (
        "Les accusés ont eu la parole une dernière fois, épilogue de dix mois de débats.",
        "Les accusés présents dans le box ont pu s'exprimer une ultime fois avant le verdict.",
    ),
    # a fire that broke out, told with a pronominal verb, another verb, another noun
    (
        "Un important incendie s'est déclaré dans un entrepôt de l'usine Lubrizol, classée "
        "Seveso, qui fabrique des additifs pour lubrifiants.",
        "Un feu a éclaté dans l'usine Lubrizol de Rouen.",
    ),
    # ... or told as going on ("était en cours": the copula and its noun)
    (
        "Un spectaculaire incendie était toujours en cours jeudi matin dans une usine "
        "classée Seveso, qui n'a pas fait de victime.",
        "Un incendie s'est déclaré dans un entrepôt de l'usine, située à 3 km du centre.",
    ),
    # the act of an infinitive ranked first ("a été le premier à boucler") against the verb
    (
        "Le skipper normand a bouclé en tête le tour du monde, mercredi soir, aux Sables.",
        "Le skipper a été le premier à boucler le tour du monde en solitaire.",
    ),
]


@pytest.mark.parametrize(("one", "other"), MERGED)
def test_a_paraphrase_of_the_main_clause_merges_across_outlets(one, other):
    a, b = report(one), report(other, key=(1, 0))
    assert same(a, b)
    # where the words of the whole sentences would not
    assert not same(replace(a, clause=None), replace(b, clause=None))


NOT_MERGED = [
    # the same verb, another actor (a person; an institution)
    (
        "La cour a condamné Salah Abdeslam à la perpétuité.",
        "La cour a condamné Mohamed Abrini à la perpétuité.",
    ),
    (
        "Le Sénat a adopté le texte sur les retraites.",
        "L'Assemblée a adopté le texte sur les retraites.",
    ),
    # one and several
    ("Il s'est exprimé une dernière fois.", "Ils se sont exprimés une dernière fois."),
    ("Un homme a été interpellé jeudi à Melun.", "Deux hommes ont été interpellés jeudi à Melun."),
    # the same act whose subject is what happened, told of two things
    ("Un incendie s'est déclaré jeudi à Melun.", "Une dispute a éclaté jeudi à Melun."),
    ("Un incendie s'est déclaré jeudi à Melun.", "Une grève était en cours jeudi à Melun."),
    # the same act of saying, by two speakers
    (
        "La mairie a précisé que l'incendie entraîne des dépôts de suie à Melun.",
        "Les autorités ont annoncé que l'incendie était maîtrisé à Melun.",
    ),
    # negated, or left unrealised by a modal, against what took place
    ("Le suspect n'a pas été interpellé à Melun.", "Le suspect a été interpellé à Melun."),
    (
        "Le ministre a démissionné de ses fonctions.",
        "Le ministre peut démissionner de ses fonctions.",
    ),
]


@pytest.mark.parametrize(("one", "other"), NOT_MERGED)
def test_the_same_verb_for_another_happening_does_not_merge(one, other):
    a, b = report(one), report(other, key=(1, 0))
    assert merge.blocked(a, b)
    assert not same(a, b)


LIGHT_NOUNS = [  # (one, other, the same act, merged)
    # "a provoqué le déclenchement de X" = "a déclenché X"
    (
        "Le préfet de la Seine-Maritime a déclenché le plan particulier d'intervention.",
        "L'incendie a provoqué le déclenchement du plan particulier d'intervention.",
        True,
        True,
    ),
    # "a réussi son atterrissage" = "s'est posé"
    (
        "Le petit robot a réussi son atterrissage sur la comète.",
        "Le robot s'est posé sur la comète dans l'après-midi.",
        True,
        True,
    ),
    # another act; the same act of another thing (the plan / the sirens); another outcome
    (
        "Le préfet a déclenché le plan particulier d'intervention.",
        "L'incendie a provoqué l'évacuation du quartier.",
        False,
        False,
    ),
    (
        "Le préfet a déclenché le plan particulier d'intervention.",
        "L'incendie a provoqué le déclenchement des sirènes d'alerte.",
        True,
        False,
    ),
    (
        "Le petit robot a réussi son décollage.",
        "Le robot s'est posé sur la comète dans l'après-midi.",
        False,
        False,
    ),
]


@pytest.mark.parametrize(("one", "other", "act", "merged"), LIGHT_NOUNS)
def test_a_light_verb_and_its_noun_are_the_verb(one, other, act, merged):
    a, b = report(one), report(other, key=(1, 0))
    assert (a.clause.predicate == b.clause.predicate) is act
    assert same(a, b) is merged


PRONOUN_AGENTS = [  # (one, other, what their clauses add, merged)
    # a pronoun nobody was found for, of the number of the other's common noun
    (
        "Ils se sont exprimés une ultime fois devant la cour.",
        "Les 9 prévenus présents ont pu s'exprimer une dernière fois.",
        merge.CLAUSE_BONUS + merge.COMMON_ARGUMENT_BONUS,
        True,
    ),
    # one against several: never the same
    (
        "Il s'est exprimé une ultime fois devant la cour.",
        "Les 9 prévenus présents ont pu s'exprimer une dernière fois.",
        merge.CLAUSE_BONUS + merge.COMMON_ARGUMENT_BONUS,  # (not reached: blocked)
        False,
    ),
    # a pronoun against names: not known to be them
    (
        "Ils se sont exprimés une ultime fois lundi.",
        "Salah Abdeslam et Mohamed Abrini ont pu s'exprimer.",
        merge.CLAUSE_BONUS,
        None,
    ),
]


@pytest.mark.parametrize(("one", "other", "added", "merged"), PRONOUN_AGENTS)
def test_a_pronoun_agent_agrees_with_a_noun_of_its_number(one, other, added, merged):
    a, b = report(one), report(other, key=(1, 0))
    if merged is not None:
        assert same(a, b) is merged
    if merged is False:
        assert merge.blocked(a, b)
    else:
        assert merge.clause_score(a, b) == pytest.approx(added)
    if merged:  # the agreement is what makes it
        unknown = replace(a, clause=replace(a.clause, agent_number=None))
        assert not same(unknown, b)


def test_a_clause_against_a_follow_up_compares_the_act_and_the_names():
    """Only event sentences are parsed: a follow-up ("Elle condamne Salah Abdeslam à la
    perpétuité", after "La cour a rendu son verdict") has its action and its names."""
    parsed_report = report("La cour d'assises a condamné mercredi soir Salah Abdeslam.")
    follow_up = replace(
        report("Elle condamne Salah Abdeslam à la réclusion criminelle à perpétuité.", key=(1, 3)),
        clause=None,
        action="=sentence",
    )
    assert merge.clause_score(parsed_report, follow_up) == pytest.approx(
        merge.CLAUSE_BONUS + merge.ARGUMENT_BONUS
    )
    other = replace(follow_up, entities={"mohamed-abrini"}, persons=frozenset())
    assert merge.clause_score(parsed_report, other) == pytest.approx(merge.CLAUSE_BONUS)
    assert merge.clause_score(parsed_report, replace(follow_up, action="=arrest")) == 0.0


def test_a_pronoun_agent_of_one_is_the_person_named_before_it():
    reports = [
        report("Il s'est exprimé une dernière fois ce lundi.", key=(0, 4)),
        report("Ils se sont exprimés une dernière fois ce lundi.", key=(0, 5)),
        report("Il s'est exprimé une dernière fois ce lundi.", key=(0, 6)),
    ]
    # sentence 3 names him; a paragraph begins at sentence 6
    told = {(0, s): Told(1) for s in range(6)} | {(0, 6): Told(2)}
    told[(0, 3)] = Told(1, persons=("salah-abdeslam",))
    resolve_agents(reports, Resolver(told))
    assert [r.clause.agent for r in reports] == ["@salah-abdeslam", None, None]
    named = report("C'est Salah Abdeslam qui s'est exprimé en dernier.", key=(1, 2))
    assert same(reports[0], replace(named, clause=None, action="=speak"))
    assert not same(reports[2], replace(named, clause=None, action="=speak"))


def test_an_article_retelling_one_of_its_coordinated_acts_merges():
    lead = report(
        "Le suspect a été mis en examen samedi et placé en détention provisoire.",
        span=("2024-04-20", "2024-04-20", False),
    )
    later = report(
        "Consécutivement à sa mise en examen, il a été placé en détention à Rochefort.",
        key=(0, 11),
        span=("2024-04-17", "2024-04-20", False),
        explicit=False,
    )
    assert same(lead, later)


def test_another_day_does_not_merge():
    a = report("Le suspect a été interpellé à Melun.")
    b = report(
        "Le suspect a été interpellé à Melun.",
        key=(1, 0),
        span=("2024-04-20", "2024-04-20", False),
    )
    assert same(a, report("Le suspect a été interpellé à Melun.", key=(1, 0)))
    assert not same(a, b)


def test_a_statement_does_not_merge_with_another_speakers_report():
    said = report(
        "Le suspect a été interpellé à Melun.", kind="statement", speaker="mohamed-abrini"
    )
    told = report("Le suspect a été interpellé à Melun.", key=(1, 0))
    assert not same(said, told)
    assert same(
        said,
        report(
            "Le suspect a été interpellé à Melun.",
            key=(1, 0),
            kind="statement",
            speaker="mohamed-abrini",
        ),
    )


def test_an_article_retelling_its_lead_merges():
    lead = report("Le suspect a été interpellé jeudi à Melun après trois jours de cavale.")
    later = report(
        "L'homme a été appréhendé sans difficulté.",
        key=(0, 7),
        span=("2024-04-15", "2024-04-18", False),  # told in the narration of those days
        explicit=False,
    )
    assert same(lead, later)
    elsewhere = report(
        "L'homme a été appréhendé sans difficulté.",
        key=(1, 7),
        span=("2024-04-15", "2024-04-18", False),
        explicit=False,
    )
    assert not same(lead, elsewhere)  # another article needs more than the act


# --- a follow-up is the same happening, or an event of its own ------------------------

QUOTED_FOLLOW_UPS = [
    # a speaker of its own after what the article itself tells: a statement of its own
    ("", None, "la préfecture de seine-maritime", True),
    ("", None, "le ministre de l'intérieur christophe castaner", True),
    # a pronoun goes on with what was told; nobody quoted, nothing apart
    ("", None, "il", False),
    ("", None, "", False),
    # the event quotes someone already: what follows may go on with the same speech
    ("le ministre", None, "le président russe", False),
    ("", "vladimir-poutine", "le président russe", False),
]


@pytest.mark.parametrize(("event_quoted", "speaker", "quoted", "expected"), QUOTED_FOLLOW_UPS)
def test_a_follow_up_quoting_a_speaker_of_its_own_is_apart(event_quoted, speaker, quoted, expected):
    event = replace(
        report("Un incendie était en cours jeudi matin à Paris."),
        quoted=event_quoted,
        speaker=speaker,
    )
    follow = replace(
        report("Il est conseillé de rester à l'intérieur.", key=(0, 1)),
        quoted=quoted,
        follows=(0, 0),
        clause=None,
    )
    assert merge.apart(follow, event) is expected


QUOTES = [
    (
        "«Il est essentiel d'informer la population», a expliqué le ministre de l'Intérieur "
        "Christophe Castaner, selon lequel il n'y a «pas d'élément» de risque.",
        "le ministre de l'intérieur christophe castaner",
    ),
    (
        "Il n'y a \"pas d'inquiétude de propagation\" dans la zone, indique la préfecture, "
        "qui espère que le feu sera maîtrisé.",
        "la préfecture",
    ),
    (
        "Selon la préfecture de Seine-Maritime, « aucune toxicité n'a été mesurée ».",
        "la préfecture de seine-maritime",
    ),
    # a source closed by its acronym or a gloss in brackets
    (
        "D'après l'Agence régionale de santé (ARS), trois foyers sont sous surveillance.",
        "l'agence régionale de santé",
    ),
    (
        "Selon le syndicat des pilotes (majoritaire), « la grève sera reconduite ».",
        "le syndicat des pilotes",
    ),
    # a verb of declaring that makes its subject or object so: an act, no speaker
    ("Le groupe laitier Dubreuil s'est déclaré en cessation de paiements mardi.", ""),
    ("Le tribunal de commerce a déclaré la fromagerie en liquidation judiciaire.", ""),
    (
        "Le directeur de la fromagerie a déclaré la situation préoccupante.",
        "le directeur de la fromagerie",
    ),
    # no quote before the verb: "la cour" is who he speaks to
    (
        "Puis l'accusé, qui risque la perpétuité, prévient la cour : « Je ne suis pas un tueur ».",
        "",
    ),
    ("Les gendarmes ont repéré son véhicule, et le GIGN est intervenu.", ""),
    # a speaker described opening the sentence, a reporting verb with no "que"
    (
        "L'un des responsables du programme européen dit ne pas comprendre ce qui s'est passé.",
        "l'un des responsables du programme européen",
    ),
    (
        "Le chef de l’Autorité du canal de Suez aurait parlé de 3,5 jours.",
        "le chef de l’autorité du canal de suez",
    ),
    ("Il dit regretter ses paroles, qu'il qualifie de dures.", ""),  # a pronoun goes on
    ("Le trafic reprend peu à peu sur le canal de Suez.", ""),
    ("L'enquête se poursuit, menée par la brigade de recherches.", ""),
    ("Salah Abdeslam le répète, ses excuses sont sincères.", ""),
    ("Le ministre ne dit pas quand le texte sera voté.", ""),
    ("Les secours, qui disent avoir tout tenté, ont quitté les lieux.", ""),
    ("Pour la première fois, le jury a délibéré dans une caserne.", ""),
    # a pronominal verb of motion or beginning is no speech ("se lancer dans")
    ("La romancière s'était aussi lancée dans le cinéma.", ""),
    ("Le chef étoilé s'est ensuite lancé dans la pâtisserie en 1998.", ""),
    ("Les deux frères se sont lancés dans la course au large.", ""),
    ("Le groupe de rock s'était alors lancé dans une tournée mondiale.", ""),
    ("« Rien n'est joué », a lancé le sélectionneur après le match.", "le sélectionneur"),
]


@pytest.mark.parametrize(("text", "speaker"), QUOTES)
def test_who_a_sentence_quotes(text, speaker):
    """Found by extraction: the speaker of its reporting clause, else the quotation
    ``features.quoted_speaker`` finds (kept as ``Sentence.quoted``: "», a expliqué X,
    selon lequel ...", which the reporting clause misses)."""
    report = features.reporting_clause(text)
    if report is not None and report.speaker is not None:
        found = tuple(report.speaker)
    else:
        found = features.quoted_speaker(text)
    said = "" if found is None else " ".join(text[found[0] : found[1]].split()).lower()
    assert said == speaker


def test_assembly_makes_an_event_of_a_follow_up_quoting_a_speaker_of_its_own(tmp_path):
    """A real article (tests/data/realnews/dev2, sources in its README): the minister's
    quote that follows "Une cellule de crise a été mise en place à la préfecture, qui a
    déclenché des sirènes d'alerte ..." is his statement, not a detail of the sirens."""
    stem = "2019-09-26-gigantesque-incendie-dans-une-usine-a-risque"
    shutil.copy(ROOT / "tests/data/realnews/dev2" / f"{stem}.md", tmp_path)
    articles = load_articles(tmp_path)
    (extraction,) = extract_articles(articles)
    sentences = extraction.sentences
    sirens = next(i for i, s in enumerate(sentences) if "sirènes d'alerte" in s.text)
    quote = next(i for i, s in enumerate(sentences) if "Il est essentiel" in s.text)
    assert sentences[quote].role == "follow-up" and sentences[quote].parent == sirens
    groups = merge.group_reports(merge_reports(articles, [extraction], tmp_path))
    group_of = {r.key: n for n, g in enumerate(groups) for r in g.reports}
    assert group_of[(0, quote)] != group_of[(0, sirens)]


@pytest.mark.parametrize(
    ("stem", "event", "follow_up", "role"),
    [
        (  # "Le chef de l'Autorité du canal de Suez aurait parlé de 3,5 jours ..."
            "2021-03-29-canal-de-suez-enfin-debloque",
            "Quelques-uns des 400 bateaux",
            "aurait parlé de 3,5 jours",
            "follow-up",
        ),
        (  # "L'un des responsables du programme européen dit ne pas comprendre ...": a
            # verb of saying in the present, its speaker named: an event of its own
            "2014-11-13-philae-a-atterri-sur-la-comete-tchouri",
            "des zones d'ombre entourent",
            "dit ne pas comprendre",
            "event",
        ),
    ],
)
def test_a_follow_up_whose_speaker_opens_it_is_apart(tmp_path, stem, event, follow_up, role):
    """Real articles (tests/data/realnews/dev2, sources in its README): a follow-up told by
    a speaker it describes, after a happening the article tells itself, is that speaker's
    statement, not a detail of the happening; told in the present with a verb of saying,
    it is an event of its own."""
    shutil.copy(ROOT / "tests/data/realnews/dev2" / f"{stem}.md", tmp_path)
    articles = load_articles(tmp_path)
    (extraction,) = extract_articles(articles)
    sentences = extraction.sentences
    told = next(i for i, s in enumerate(sentences) if event in s.text)
    said = next(i for i, s in enumerate(sentences) if follow_up in s.text)
    assert sentences[said].role == role
    if role == "follow-up":
        assert sentences[said].parent == told
    groups = merge.group_reports(merge_reports(articles, [extraction], tmp_path))
    group_of = {r.key: n for n, g in enumerate(groups) for r in g.reports}
    assert group_of[(0, said)] != group_of[(0, told)]


def test_a_claim_of_another_speaker_after_a_relayed_event_is_apart():
    """An event relayed from an outlet ("..., rapporte France Bleu"), then a claim of
    someone else ("La direction du site assure qu'il n'y a pas de victimes"): a statement of
    its own; the same speaker, or one of them named in the other, goes on with it."""
    event = replace(
        report("Un incendie s'est déclaré jeudi dans une usine de Melun."),
        quoted="france bleu normandie",
    )
    follow = replace(
        report("Il n'y a pas de victimes.", key=(0, 1), kind="statement"),
        quoted="la direction du site et les pompiers",
        follows=(0, 0),
        clause=None,
    )
    assert merge.apart(follow, event)
    assert not merge.apart(replace(follow, quoted="france bleu normandie"), event)
    assert not merge.apart(replace(follow, quoted="france bleu"), event)
    assert not merge.apart(replace(follow, kind="happening", statement=False), event)
    # after a statement of someone named, a claim goes on with it (a description of the
    # same speaker); after one of someone not named, another speaker's claim is apart
    said_before = replace(
        event, kind="statement", statement=True, quoted="ahmet davutoglu", speaker="davutoglu"
    )
    assert not merge.apart(replace(follow, quoted="le chef du gouvernement"), said_before)
    unnamed = replace(said_before, quoted="la direction du site", speaker=None)
    assert merge.apart(replace(follow, quoted="le préfet"), unnamed)
    # direct speech: who it quotes speaks inside the quote
    said = "« La direction du site assure qu'il n'y a pas de victimes », a dit le maire."
    assert not merge.apart(replace(follow, sentence=said), event)


NIGHT = """---
title: "{title}"
date: 2019-09-26
source: {source}
lang: fr
---

{text}
"""


def test_a_happening_of_the_night_merges_with_a_report_dated_the_next_day(tmp_path):
    """ "Dans la nuit de mercredi à jeudi" is tagged as Wednesday's night; the night runs
    into Thursday, which another outlet dates it by. Another fire, told of another place,
    does not merge."""
    texts = {
        "2019-09-26-a": (
            "Un incendie s'est déclaré dans la nuit de mercredi à jeudi à l'usine Lubrizol "
            "de Rouen, une usine classée Seveso."
        ),
        "2019-09-26-b": "Un incendie s'est déclaré jeudi à l'usine Lubrizol de Rouen.",
    }
    for stem, text in texts.items():
        (tmp_path / f"{stem}.md").write_text(
            NIGHT.format(title=stem, source=stem, text=text), encoding="utf-8"
        )
    articles = load_articles(tmp_path)
    reports = merge_reports(articles, extract_articles(articles), tmp_path)
    night = next(r for r in reports if "nuit" in r.sentence)
    assert night.night and night.span[:2] == ("2019-09-25", "2019-09-26")
    assert len(merge.group_reports(reports)) == 1


def test_a_claim_of_its_own_in_the_present_is_said_the_day_of_the_article(tmp_path):
    """A claim of another speaker after a relayed happening is an event of its own, said
    the day the article tells it (in the present), not on the happening's day; a claim in
    the past stays dated by the narration of what it follows."""
    fire = "Un incendie s'est déclaré mercredi dans une usine de Rouen, rapporte France Bleu."
    texts = {
        "2019-09-26-a": f"{fire} La direction du site assure qu'il n'y a pas de victimes.",
        "2019-09-26-b": f"{fire} La direction du site a assuré qu'il n'y avait pas de victimes.",
    }
    for stem, text in texts.items():
        (tmp_path / f"{stem}.md").write_text(
            NIGHT.format(title=stem, source=stem, text=text), encoding="utf-8"
        )
    articles = load_articles(tmp_path)
    reports = merge_reports(articles, extract_articles(articles), tmp_path)
    claims = sorted((r for r in reports if "victimes" in r.sentence), key=lambda r: r.sentence)
    assert [r.follows for r in claims] == [None, None]  # events of their own
    # (the last day each may be of: a statement dated by its page alone may have been made
    # the day before too, ``assemble.STATEMENT_REACH``, so its span starts a day earlier)
    assert [r.span[1] for r in claims] == [
        "2019-09-25",  # "a assuré": the narration of the fire
        "2019-09-26",  # "assure": the day of the article
    ]


def test_a_campaign_and_one_of_its_days_are_not_joined():
    """A report alike to a campaign explicitly dated by several days ("depuis le 30
    septembre") and to a happening of one day does not join them; two days do join."""
    campaign = report(
        "Depuis le 30 septembre, les forces russes effectuent des frappes en Syrie.",
        span=("2015-09-30", "2015-10-07", False),
    )
    day = report("Les forces russes ont tiré mercredi 26 missiles.", key=(1, 0), span=DAY7)
    same_day = report("Moscou a tiré mercredi 26 missiles de croisière.", key=(2, 0), span=DAY7)
    groups = [merge.Group() for _ in range(3)]
    for group, member in zip(groups, (campaign, day, same_day), strict=True):
        group.add(member)
    assert not merge._joinable(groups[0], groups[1])
    assert merge._joinable(groups[1], groups[2])


DAY7 = ("2015-10-07", "2015-10-07", False)


# the subject pronoun of reported speech after a leading reporting clause whose subject is a
# noun phrase stands for that subject, not for a person named in the sentence before
BOUND = [
    ("Le groupe britannique a annoncé lundi qu'il avait fait faillite.", None),
    ("Il a démissionné lundi de ses fonctions.", "@paul-martin"),
]


@pytest.mark.parametrize(("sentence", "agent"), BOUND)
def test_a_pronoun_in_reported_speech_stands_for_the_reporting_subject(tmp_path, sentence, agent):
    body = f"Le groupe Alpha est dirigé depuis 2014 par Paul Martin. {sentence}"
    front = '---\ntitle: "Essai"\ndate: 2024-03-04\nsource: essai\n---\n\n'
    (tmp_path / "2024-03-04-essai.md").write_text(front + body + "\n", encoding="utf-8")
    articles = load_articles(tmp_path)
    reports = merge_reports(articles, extract_articles(articles), tmp_path)
    told = next(r for r in reports if r.sentence.startswith(sentence[:20]))
    assert told.clause is not None
    assert told.clause.agent == agent


def test_a_gerund_of_the_main_verb_is_an_act_of_the_clause():
    """ "En limogeant son ministre, le président a entériné une décision": the gerund tells
    what the subject did in doing the main act (``gerund`` of merging.yml)."""
    sacked = merge.vocabulary().clause.fold("limoger")
    acts = read("En limogeant son ministre, le président a entériné une décision.").acts
    assert sacked in acts
    assert "entériner" in acts
    # a present participle that is no gerund (no "en") is no act of the clause
    other = read("Le président, limogeant son ministre, a entériné une décision.").acts
    assert sacked not in other


def _tokens(rows: list[tuple[str, str, str, str, int]]) -> list[ParsedToken]:
    """Tokens as a parse stored them: (text, dep, pos, lemma, head index)."""
    out, at = [], 0
    for text, dep, pos, lem, head in rows:
        out.append(ParsedToken(at, text, " ", dep, pos, lem, head))
        at += len(text) + 1
    return out


# "Le maire, cible de critiques, a informé le conseil de sa démission.", as the parser may
# read it: the apposition "cible" made the root, the finite verb its conjunct
NOUN_ROOT = [
    ("Le", "det", "DET", "le", 1),
    ("maire", "nsubj", "NOUN", "maire", 3),
    (",", "punct", "PUNCT", ",", 3),
    ("cible", "ROOT", "NOUN", "cible", 3),
    ("de", "case", "ADP", "de", 5),
    ("critiques", "nmod", "NOUN", "critique", 3),
    (",", "punct", "PUNCT", ",", 8),
    ("a", "aux:tense", "AUX", "avoir", 8),
    ("informé", "conj", "VERB", "informer", 3),
    ("le", "det", "DET", "le", 10),
    ("conseil", "obj", "NOUN", "conseil", 8),
    ("de", "case", "ADP", "de", 13),
    ("sa", "det", "DET", "son", 13),
    ("démission", "nmod", "NOUN", "démission", 10),
    (".", "punct", "PUNCT", ".", 3),
]


@pytest.mark.parametrize(
    ("rows", "predicate"),
    [
        (NOUN_ROOT, "informer"),
        # a copula makes the noun the predicate: "Le maire est la cible de critiques"
        (
            [
                ("Le", "det", "DET", "le", 1),
                ("maire", "nsubj", "NOUN", "maire", 4),
                ("est", "cop", "AUX", "être", 4),
                ("la", "det", "DET", "le", 4),
                ("cible", "ROOT", "NOUN", "cible", 4),
                ("de", "case", "ADP", "de", 6),
                ("critiques", "nmod", "NOUN", "critique", 4),
                (".", "punct", "PUNCT", ".", 4),
            ],
            "cible",
        ),
    ],
)
def test_a_finite_verb_the_parse_hung_on_a_noun_root_is_the_head(rows, predicate):
    """A subject's detached apposition ("X, cible de critiques, a informé ...") or subjects
    coordinated ("X, Y et Z ont rendu hommage") that the parser made the root, the finite
    verb its conjunct: the verb is the clause's head, its acts the clause's."""
    found = clause.read(_tokens(rows), merge.vocabulary().clause, lambda at: None)
    assert found is not None
    assert found.predicate == predicate
