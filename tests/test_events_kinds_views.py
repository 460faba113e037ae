"""A view opened by whom it is of (issue 9, kinds lost): "Pour + holder," and "Aux yeux de +
holder," in the present, the future or the conditional ("Pour X (FO), la mobilisation est
d'une ampleur exceptionnelle et aura des suites", "Pour le porte-parole du gouvernement, X,
la cohésion va de soi", "Pour le Premier secrétaire du PS, X, la seule décision valable
serait ..."): the holder's statement of the day it is told, an event of its own when it
opens its paragraph. And a statement in the present of narration with "parler de" ("Au
Monde, le secrétaire général de la CGT parle d'un chiffre « historique »"). Invented French,
other holders, verbs, tenses and word orders than the pages', each beside a twin that is no
view: a time ("Pour l'heure"), a purpose ("Pour ce vote"), people it is for ("Pour les
victimes", "Pour beaucoup", "Pour certains passagers", "Pour X, ..., la prime sera plus
faible que pour les autres"), a source of what is relayed ("Selon le porte-parole du parti",
"Selon un bilan de la préfecture"), a forecast with a modal ("Selon les sondeurs, elle
devrait ..."), a view told in the past.

Each row: (body, published, words of the sentence, its kind or None for any kind but a
statement, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, TOLD, sentence_of

from timeline.events import kinds

LEAD = "Le président Marc Delorme a annoncé mercredi le retrait de la taxe sur le gazole.\n\n"
PUBLISHED = "2009-06-17"

ROWS = [
    # "Pour + holder," in the present, the future, the conditional; a name, an office, a body
    (
        LEAD + "Pour Gérard Simon (FO), la mobilisation est d'une ampleur exceptionnelle et "
        "aura des suites.",
        "la mobilisation",
        kinds.STATEMENT,
        EVENT,
    ),
    (
        LEAD + "Pour le porte-parole du gouvernement, Luc Bernard, la cohésion de la majorité "
        "va de soi, malgré le recul.",
        "la cohésion",
        kinds.STATEMENT,
        EVENT,
    ),
    (
        LEAD + "Pour le Premier secrétaire du PS, Alain Roux, la seule issue serait un retrait "
        "total du texte.",
        "la seule issue",
        kinds.STATEMENT,
        EVENT,
    ),
    (
        LEAD + "Pour la ministre de la Santé, Agnès Durand, la vaccination reste la meilleure "
        "des protections.",
        "la vaccination",
        kinds.STATEMENT,
        EVENT,
    ),
    (
        LEAD + "Pour l'intersyndicale, le gouvernement devra revoir sa copie.",
        "revoir sa copie",
        kinds.STATEMENT,
        EVENT,
    ),
    (
        LEAD + "Pour Pierre Lenoir, son ancien associé, l'entreprise restera la plus belle "
        "réussite de sa vie.",
        "la plus belle",
        kinds.STATEMENT,
        TOLD,
    ),
    # "Aux yeux de + holder,"
    (
        LEAD + "Aux yeux du maire de Lyon, Paul Martin, la décision est une erreur.",
        "une erreur",
        kinds.STATEMENT,
        EVENT,
    ),
    (
        LEAD + "Aux yeux des syndicats, le texte demeure inacceptable en l'état.",
        "demeure inacceptable",
        kinds.STATEMENT,
        EVENT,
    ),
    # twins: no view
    (LEAD + "Pour l'heure, le bilan reste provisoire.", "le bilan", None, TOLD | NO_EVENT),
    (
        LEAD + "Pour les victimes, ce sera une page difficile à tourner.",
        "une page",
        None,
        NO_EVENT,
    ),
    (
        LEAD + "Pour beaucoup, l'émotion se mêle à l'indignation.",
        "l'émotion",
        None,
        TOLD | NO_EVENT,
    ),
    (
        LEAD + "Pour Jean Martin, arrivé le dernier, la prime sera plus faible que pour les "
        "autres chauffeurs.",
        "la prime",
        None,
        TOLD | NO_EVENT,
    ),
    (
        LEAD + "Pour ce vote, les électeurs se sont déplacés massivement.",
        "les électeurs",
        kinds.HAPPENING,
        TOLD,
    ),
    (
        LEAD + "Pour certains passagers, le voyage a duré près de treize heures.",
        "le voyage",
        kinds.HAPPENING,
        TOLD,
    ),
    # ... "selon", "d'après": the source of what is relayed, more of the event told before
    (
        LEAD + "Selon le porte-parole du parti, la candidature de M. Lenoir n'a pas de sens.",
        "la candidature",
        None,
        TOLD,
    ),
    (
        LEAD + "Selon un bilan de la préfecture, trois personnes sont blessées.",
        "trois personnes",
        None,
        TOLD,
    ),
    (
        LEAD + "Selon les sondeurs, elle devrait totaliser dix millions de voix.",
        "dix millions",
        kinds.NOT_EVENT,
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "kind", "roles"), ROWS)
def test_view_opened_by_its_holder(
    body: str, words: str, kind: str | None, roles: frozenset[str]
) -> None:
    sentence = sentence_of(body, PUBLISHED, words)
    if kind is None:
        assert sentence.kind != kinds.STATEMENT, sentence.text
    else:
        assert sentence.kind == kind, sentence.text
    assert sentence.role in roles, sentence.text


# a statement in the present of narration with "parler de", an outlet fronted or not; and a
# body that "parle de" what it finds
SPEAKS = [
    (
        LEAD + "Au Monde, le secrétaire général de la CGT parle d'un chiffre « historique » et "
        "juge « impensable » un retour en arrière.",
        "parle d'un chiffre",
    ),
    (
        LEAD + "Sur France Inter, la présidente de la région parle de « gâchis ».",
        "gâchis",
    ),
    (LEAD + "Le rapport de l'inspection parle de manquements graves.", "manquements"),
]


@pytest.mark.parametrize(("body", "words"), SPEAKS)
def test_speaks_of_in_the_present(body: str, words: str) -> None:
    sentence = sentence_of(body, PUBLISHED, words)
    assert sentence.role in EVENT, sentence.text
