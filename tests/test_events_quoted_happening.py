"""A happening told in its announcer's quotation is that happening (issue 9; the gold's
rule 2, tests/data/realnews/README.md, "Statements and what they relay"): dev32's
tendanceouest.com of 6 December 2013, "« Notre bien-aimé Nelson Mandela ... nous a
quittés », a déclaré le président Zuma ...", kept apart from the death two other outlets
tell ("statement against happening", "said by another"). Its family: a death by its idiom,
a release, a verdict, a resignation told in the quotation of whoever made it known. A
state, a judgement or the speaker's own act in quotation marks stay the speaker's words.
Invented names; spaCy's French parser for the articles, hand-made clauses for the
readings."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

from timeline.events import quoted_acts
from timeline.events.clause import Clause

QUOTED = [
    # (case, the direct telling, the quotation, one happening?)
    (
        "a death by its idiom, the announcer named",
        "Le chanteur Marc Alari est mort jeudi soir à Lyon, à 81 ans, a annoncé son "
        "agent Paul Vidal.",
        "« Notre ami Marc Alari nous a quittés », a déclaré son agent Paul Vidal jeudi soir "
        "à la radio, précisant qu'il s'était éteint entouré des siens.",
        True,
    ),
    (
        "a release, a claim verb",
        "Le journaliste Luc Morand a été libéré jeudi matin à Bamako après trois mois de "
        "détention.",
        "« Luc Morand a été libéré ce matin à Bamako », a déclaré jeudi son avocat Jean Darras.",
        True,
    ),
    (
        "a resignation, another claim verb",
        "Le ministre de l'Agriculture Paul Fargues a démissionné jeudi.",
        "« Paul Fargues a démissionné », a dit jeudi le porte-parole du gouvernement, "
        "Anne Roussel.",
        True,
    ),
    (
        "a verdict, a body the subject",
        "Le tribunal de Rennes a condamné jeudi Paul Roche à deux ans de prison ferme.",
        "« Le tribunal a condamné Paul Roche à deux ans de prison ferme », a affirmé jeudi "
        "son avocate Claire Vidal.",
        True,
    ),
    (
        "a release in indirect speech, a claim verb",
        "Le journaliste Luc Morand a été libéré jeudi matin à Bamako après trois mois de "
        "détention.",
        "Son avocat Jean Darras a affirmé jeudi que Luc Morand avait été libéré à Bamako.",
        True,
    ),
    (
        "a state in the quotation: the speaker's words",
        "Le chanteur Marc Alari est mort jeudi soir à Lyon, à 81 ans.",
        "« Marc Alari est maintenant en paix », a déclaré jeudi son agent Paul Vidal.",
        False,
    ),
    (
        "the speaker's own act: the speaker's words",
        "Le journaliste Luc Morand a été libéré jeudi matin à Bamako.",
        "« Nous avons obtenu la libération de Luc Morand jeudi », a déclaré son avocat Jean "
        "Darras.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "told", "quoted", "together"), QUOTED, ids=[r[0] for r in QUOTED])
def test_a_happening_told_in_its_announcers_quotation(
    tmp_path: Path, case: str, told: str, quoted: str, together: bool
) -> None:
    events = events_of(tmp_path, {"2015-05-14-essai-a": told, "2015-05-15-essai-b": quoted})
    assert_cited(events, "essai-a|" + told[:30], "essai-b|" + quoted[:30], together, case)


IDIOMS = [
    # (sentence, its clause's verb, the act the idiom says)
    ("« Notre ami Marc nous a quittés », a déclaré son agent.", "quitter", "=die"),
    ("« Marc vient de nous quitter », a écrit sa fille.", "quitter", "=die"),
    ("« Ils nous ont quittés cette nuit », a dit le maire.", "quitter", "=die"),
    ("Le générateur de secours a rendu l'âme.", "rendre", None),
    ("Il a rendu son dernier souffle à l'hôpital.", "rendre", "=die"),
    ("Il a rendu son dernier souffle à l’hôpital.", "rendre", "=die"),
    ("Le ministre a quitté son poste jeudi.", "quitter", None),
    ("« Il nous a quittés trop tôt », a-t-il dit.", "regretter", None),
    ("Le club a rendu hommage à son ancien entraîneur.", "rendre", None),
]


@pytest.mark.parametrize(("sentence", "verb", "act"), IDIOMS)
def test_an_idiom_says_its_act(sentence: str, verb: str, act: str | None) -> None:
    assert quoted_acts.idiom_act(sentence, Clause(predicate=verb)) == act


def _words(text: str) -> tuple[tuple[str, ...], ...]:
    return (tuple(text.lower().replace("'", " ").split()),)


RELAYS = [
    # (case, sentence, clause, told in, relayed?); Luc Morand is named in each but the
    # third-person pronoun's
    (
        "a noun the subject",
        "« Notre ami Marc nous a quittés », a déclaré son agent.",
        Clause(predicate="=die", agent="ami"),
        "past",
        True,
    ),
    (
        "a third-person pronoun opening it, a passive",
        "« Il a été libéré ce matin », a annoncé son avocat.",
        Clause(predicate="=libérer"),
        "past",
        True,
    ),
    (
        "the speaker's own act",
        "« Nous avons arrêté trois suspects », a déclaré le préfet.",
        Clause(predicate="=arrest", patient="suspect"),
        "past",
        False,
    ),
    (
        "the speaker's own act, an object pronoun between",
        "« Nous l'avons arrêté ce matin », a déclaré le préfet.",
        Clause(predicate="=arrest"),
        "past",
        False,
    ),
    (
        "the first person singular",
        "« J'ai démissionné ce matin », a déclaré le ministre.",
        Clause(predicate="=resign"),
        "past",
        False,
    ),
    (
        "an act on things, a claim",
        "« Seules deux des 57 frappes ont visé Daech », a affirmé le Premier ministre.",
        Clause(predicate="~strike", agent="frappe"),
        "past",
        False,
    ),
    (
        "a state, no act of a class",
        "« Il est maintenant en paix », a déclaré son agent.",
        Clause(predicate="paix"),
        "past",
        False,
    ),
    (
        "told to come",
        "« Il sera libéré demain », a annoncé son avocat.",
        Clause(predicate="=libérer"),
        "to come",
        False,
    ),
    (
        "negated",
        "« Il n'a pas été libéré », a précisé son avocat.",
        Clause(predicate="=libérer", negated=True),
        "past",
        False,
    ),
    (
        "indirect speech, a person named its subject",
        "Son avocat a affirmé que Luc Morand avait été libéré.",
        Clause(predicate="=libérer", patient="@luc-morand"),
        "past",
        True,
    ),
    (
        "indirect speech, a pronoun its subject (the speaker, maybe)",
        "Le ministre a affirmé qu'il avait démissionné.",
        Clause(predicate="=resign"),
        "past",
        False,
    ),
    (
        "indirect speech, the person named elsewhere than its subject or object",
        "Le préfet a affirmé que Luc Morand avait assisté aux arrestations.",
        Clause(predicate="=arrest", agent="préfet"),
        "past",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "sentence", "clause", "told", "relayed"), RELAYS, ids=[r[0] for r in RELAYS]
)
def test_a_quotation_relays_a_third_partys_act(
    case: str, sentence: str, clause: Clause, told: str, relayed: bool
) -> None:
    quoted = sentence.split("»")[0].lstrip("« ") if sentence.startswith("«") else ""
    persons = frozenset() if sentence.startswith("« Il ") else frozenset({"luc-morand"})
    got = quoted_acts.relays_in_quotation(
        sentence, clause, _words(quoted) if quoted else (), told, persons
    )
    assert got is relayed, case
