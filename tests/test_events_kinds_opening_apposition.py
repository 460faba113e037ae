"""Kinds lost (issue 9, found): a career apposition opening a sentence in the present of
narration ("Patron de Porsche jusqu'ici, ..., cet homme de 62 ans prend les commandes"), whose
"jusqu'ici" tells the subject's past, not the main clause's; and what a body says it means to
do, in the present before an infinitive ("Pour couvrir les coûts du scandale, Volkswagen
compte inscrire 6,5 milliards d'euros de provisions"), opening a paragraph: the news of the
day, not a description. Invented French in dev30's shapes, other nouns and verbs, each
beside a twin (the history told by the main clause, an apposition with a determiner, an
intention that is a count).

Each row: (body, published, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

APPOINTED = "Anne Roussel vient d'être nommée à la tête de l'Opéra de Paris.\n\n"
ADMITTED = "Dans un communiqué publié ce jour, le groupe Ardent reconnaît une fraude interne.\n\n"

ROWS = [
    # a career apposition opening the sentence, its subject pointed back to, in the present
    (
        APPOINTED + "Directrice de l'opéra de Lyon jusqu'ici, présentée par la presse comme une « "
        "femme de dialogue », cette femme de 55 ans prend les rênes de la maison en pleine crise.",
        "2016-01-15",
        "prend les rênes",
        TOLD,
    ),
    (
        APPOINTED + "Ministre de la Culture jusque-là, cette femme de 55 ans quitte le "
        "gouvernement pour l'Opéra.",
        "2016-01-15",
        "quitte le gouvernement",
        TOLD,
    ),
    # ... twin: the main clause tells the history
    (
        APPOINTED + "Elle a dirigé jusqu'ici l'opéra de Lyon pendant douze ans.",
        "2016-01-15",
        "pendant douze ans",
        NO_EVENT,
    ),
    # what a body says it means to do, opening a paragraph
    (
        ADMITTED + "Pour couvrir les coûts de la fraude, le groupe Ardent compte inscrire 900 "
        "millions d'euros de provisions dans ses comptes du troisième trimestre.",
        "2015-09-22",
        "provisions",
        TOLD,
    ),
    (
        ADMITTED + "Le groupe Ardent entend poursuivre les discussions avec les autorités.",
        "2015-09-22",
        "poursuivre les discussions",
        TOLD,
    ),
    # ... twin: a count, no intention
    (
        ADMITTED + "Le groupe Ardent compte plus de 12 000 salariés dans le monde.",
        "2015-09-22",
        "12 000 salariés",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "roles"), ROWS)
def test_an_act_after_an_apposition_or_an_intention_is_told(body, published, words, roles):
    assert sentence_of(body, published, words).role in roles
