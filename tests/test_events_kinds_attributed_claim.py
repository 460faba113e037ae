"""A source's claim in the conditional of unconfirmed information (issue 9, events not
found): what a source named after "selon" or "d'après" holds to be so, told in the
conditional with no modal ("La moitié des assaillants seraient étrangers, selon le chef de
la police"), is that source's statement of the day it was made, not a forecast; a modal's
conditional ("Selon le maire, le bilan pourrait s'alourdir") says what may or must come,
and a figure projected ("Selon l'institut, la croissance atteindrait 1,2 %") is a
projection: no event either way. Invented French sentences, each row beside a twin.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import NO_EVENT, TOLD, chronology_of, sentence_of

PUBLISHED = "2012-05-16"
LEAD = "Un immeuble s'est effondré mardi matin dans le centre de Lille. "

ROWS = [
    # the conditional of unconfirmed information, its source named: the source's claim
    (
        LEAD + "Selon les pompiers, il y aurait pour l'heure trois blessés légers parmi les "
        "passants.",
        "trois blessés légers",
        TOLD,
    ),
    (
        LEAD + "La moitié des habitants seraient absents au moment du drame, selon le "
        "directeur de la sécurité civile.",
        "seraient absents",
        TOLD,
    ),
    (
        LEAD + "D'après l'expert du bâtiment, la façade montrerait des fissures anciennes.",
        "montrerait des fissures",
        TOLD,
    ),
    # ... a modal's conditional: what may or must come, no event
    (
        LEAD + "Selon les pompiers, trois personnes pourraient encore se trouver sous les gravats.",
        "sous les gravats",
        NO_EVENT,
    ),
    (
        LEAD + "Selon le maire, le relogement des habitants devrait durer plusieurs mois.",
        "relogement des habitants",
        NO_EVENT,
    ),
    # ... the same conditional with no source: a forecast of nobody, no event
    (
        LEAD + "Pour l'heure, la façade montrerait des fissures anciennes.",
        "montrerait des fissures",
        NO_EVENT,
    ),
    # ... a figure projected after its source: a projection, no event
    (
        LEAD + "Selon la chambre de commerce, les pertes des commerçants atteindraient 12 % "
        "du chiffre d'affaires.",
        "pertes des commerçants",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_a_sources_claim_in_the_conditional_is_told(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


def test_the_claim_after_an_earlier_day_is_said_the_day_it_is_told(tmp_path: Path):
    """Told after a happening of an earlier day, the claim is said the day the article
    tells it (like what is said in the present), not on that earlier day."""
    body = (
        "Le ministre de la Santé a rappelé, lundi 14 mai, que la vaccination restait "
        "gratuite dans tout le département. Selon Paul Martin, médecin à l'agence régionale "
        "de santé, la propagation du virus montrerait des signes de ralentissement."
    )
    chronology = chronology_of(tmp_path, body, PUBLISHED)
    [event] = [e for e in chronology.events if any("montrerait" in s.sentence for s in e.sources)]
    assert event.start == PUBLISHED
