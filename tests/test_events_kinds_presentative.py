"""The writer's word on what was told, and what a page sets aside in brackets, are no reports
of the story (issue 9, background: commentary gathered into events as their follow-ups).

- A presentative, "ce" and "être" presenting a noun phrase that tells no act, past the
  article's first sentence and naming no day, by nobody quoted ("C'est la fin d'une longue
  attente", "Pour ses adversaires, c'est une lourde défaite"), is commentary; a cleft tells
  its act and stays told ("C'est à la mairie, devant ses partisans, que le maire a parlé"),
  and so does the article's opening ("C'est le premier jour des soldes").
- A sentence wholly between round brackets with no finite verb is a credit, a source or a
  note ("(Julie Caron, édité par Marc Viel)"), whatever participle it holds.

Invented French of several topics (a flood, a sailing race, a town's election, a fire, the
sales, a ferry's strike). Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import EVENT, NO_EVENT, TOLD, sentence_of

PUBLISHED = "2023-11-08"

PRESENTATIVES = [
    (
        "L'Aa est sortie de son lit mardi soir à Arques. Les pompiers ont évacué une "
        "centaine d'habitants. C'est la fin d'une longue angoisse pour les riverains.",
        "C'est la fin",
        NO_EVENT,
    ),
    (
        "Le candidat Paul Martin a remporté dimanche l'élection municipale de Vierzon avec "
        "54 % des voix. Pour ses adversaires, c'est une lourde défaite.",
        "lourde défaite",
        NO_EVENT,
    ),
    (
        "Le navigateur Loïc Hamon a franchi lundi la ligne d'arrivée à Pointe-à-Pitre. "
        "C'est l'aboutissement d'un rêve pour le marin breton, parti de Lorient alors "
        "qu'il était encore étudiant.",
        "l'aboutissement d'un rêve",
        NO_EVENT,
    ),
    (
        "Un incendie a détruit mardi un entrepôt de la zone industrielle de Vénissieux. "
        "C’est un nouveau coup dur pour les salariés.",
        "coup dur",
        NO_EVENT,
    ),
]

TOLD_STILL = [
    # a cleft whose "que" follows an apposition: the act it tells
    (
        "Le candidat Paul Martin a remporté dimanche l'élection municipale de Vierzon. "
        "C'est à la mairie, devant une foule de partisans, que Paul Martin a prononcé son "
        "premier discours.",
        "prononcé son premier discours",
        TOLD,
    ),
    # the article's opening presents its news
    (
        "C'est le premier jour des soldes d'hiver dans les magasins de Lille.",
        "premier jour des soldes",
        EVENT,
    ),
]

BRACKETED = [
    (
        "L'Aa est sortie de son lit mardi soir à Arques, obligeant les pompiers à évacuer une "
        "centaine d'habitants. Le maire s'est rendu sur place dans la nuit. "
        "(Julie Caron, édité par Marc Viel)",
        "Julie Caron",
        NO_EVENT,
    ),
    (
        "Les marins de la compagnie Brittany Ferries ont cessé le travail mardi à Roscoff. "
        "Trois traversées ont été annulées. (Reportage Paul Le Bras, rédigé par Anne Morvan)",
        "Reportage Paul Le Bras",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), PRESENTATIVES + TOLD_STILL)
def test_a_presentative_that_tells_no_act_is_commentary(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


@pytest.mark.parametrize(("body", "words", "roles"), BRACKETED)
def test_a_bracketed_line_with_no_finite_verb_is_set_aside(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
