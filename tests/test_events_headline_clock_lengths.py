"""A length of time written as a clock is no hour (issue 9: no hole): a time credited or
run ("reçoit 10h15", "ses 3h20 d'avance", "crédité de 3h et 20 minutes", "après 45 jours 7h
12 minutes") stays a word of the headline, or goes whole with the count it belongs to; an
hour's minutes and seconds after it ("à 3 heures 12 minutes et 8 secondes") go with the
hour. Invented French, each article of another topic."""

from __future__ import annotations

import pytest
from essai_article import title_of

# (body, publication day, words of the sentence, its title)
CLOCKS = [
    (  # the object of the verb, a length given to a competitor
        "Le jury de la course a rendu ses décisions mercredi. Paul Martin reçoit 2h10 et Luc "
        "Blanc 45 minutes.",
        "2023-03-15",
        "reçoit",
        "Paul Martin reçoit 2h10 et Luc Blanc 45 minutes",
    ),
    (  # a count of minutes joined to it by "et"
        "La commission a tranché mercredi. Marie Dupont est créditée de 3h et 20 minutes pour "
        "avoir porté secours à un concurrent.",
        "2023-03-15",
        "créditée",
        "Marie Dupont est créditée de 3h et 20 minutes",
    ),
    (  # a possessive before it
        "Le coureur kényan a conservé mercredi ses 3h20 d'avance sur le peloton.",
        "2023-03-15",
        "kényan",
        "Le coureur kényan a conservé ses 3h20 d'avance",
    ),
    (  # a count of days before it and of minutes after it: one length, gone whole
        "La navigatrice Anne Caradec a coupé la ligne à Lorient mercredi, après 45 jours 7h 12 "
        "minutes et 3 secondes de mer.",
        "2023-03-15",
        "navigatrice",
        # (her name right after her title's noun kept)
        "La navigatrice Anne Caradec a coupé la ligne à Lorient",
    ),
    (  # an hour ("à"): its minutes and seconds go with it
        "Le séisme a frappé mercredi à 3 heures 12 minutes et 8 secondes la côte ouest de l'île.",
        "2023-03-15",
        "séisme",
        "Le séisme a frappé la côte ouest de l'île",
    ),
    (  # an hour, a complement after it: it goes alone
        "Le dernier train pour Nantes est parti mercredi à 10h15 de la gare Montparnasse.",
        "2023-03-15",
        "train",
        "Le dernier train pour Nantes est parti de la gare Montparnasse",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), CLOCKS)
def test_a_length_written_as_a_clock_is_no_hour(tmp_path, body, published, words, title):
    assert title_of(tmp_path, body, published, words) == title
