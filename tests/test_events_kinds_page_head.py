"""The page's head before the body's dateline (issue 9, background published): a web page
prints, before the story, its standfirst ("chapô"), a teaser of the story cut short, a
caption; the body opens with its dateline, a correspondent's ("Genève de notre
correspondant") or an agency's ("NANTES (Reuters) - "). What comes before that dateline,
when it opens one of the first paragraphs, is no part of the story: no event, the story
told after it is. Invented French sentences, each row beside a twin (no dateline, the
dateline too far down the page, the story itself after the dateline).

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

from timeline.events import kinds

PUBLISHED = "2012-03-15"

STANDFIRST = "La faillite de la compagnie ferroviaire a été prononcée hier.\n\n"
CORRESPONDENT = "Lyon, de notre correspondant\n\n"
STORY = (
    "Quelques dizaines de cheminots discutent devant la gare de Perrache. "
    "Le tribunal de commerce a prononcé mercredi soir la liquidation de l'entreprise."
)
TEASER = (
    "par Jeanne Martin LYON - Le maire de Lyon a démissionné jeudi, après deux semaines "
    "de crise au sein de sa majorité, au pouvoir depuis...\n\n"
)
AGENCY = (
    "LYON (Reuters) - Le maire de Lyon a démissionné jeudi, après deux semaines de crise au "
    "sein de sa majorité, au pouvoir depuis six ans. Son premier adjoint assure l'intérim."
)

ROWS = [
    # a standfirst before a correspondent's dateline
    (STANDFIRST + CORRESPONDENT + STORY, "a été prononcée hier", NO_EVENT),
    # ... the story after it is told
    (STANDFIRST + CORRESPONDENT + STORY, "liquidation", TOLD),
    # ... no dateline: the first paragraph is the story's lead
    (STANDFIRST + STORY, "a été prononcée hier", TOLD),
    # a teaser cut short, then the story under an agency's dateline
    (TEASER + AGENCY, "par Jeanne Martin", NO_EVENT),
    (TEASER + AGENCY, "six ans", TOLD),
    # ... the dateline far down the page: a dispatch quoted in the story, the story told
    (
        "Le maire de Lyon a démissionné jeudi soir.\n\n"
        "Son premier adjoint a pris l'intérim vendredi matin.\n\n"
        "Le conseil municipal se réunira lundi.\n\n"
        "La préfecture a fixé la date du scrutin.\n\n" + AGENCY,
        "a démissionné jeudi soir",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_the_page_s_head_before_the_body_s_dateline(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


# Paragraphs, the numbers of those no part of the story
HEADS = [
    (["Un chapô.", "Genève de notre correspondant", "Le récit."], {1}),
    (["Une légende.", "Un chapô.", "De notre envoyée spéciale à Kiev", "Le récit."], {1, 2}),
    (["Un chapô.", "(AFP) - Le récit."], {1}),
    (["Un chapô.", "BRUXELLES (Belga) - Le récit."], {1}),
    # the dateline opens the page: nothing before it
    (["PARIS (AFP) - Le récit.", "La suite."], set()),
    # ... a dash in the first paragraph's words is no dateline
    (["Un chapô.", "FRANCE - CROATIE : 4-2", "Le récit."], set()),
    # ... nor a correspondent named in the story
    (["Le récit.", "Selon notre correspondant, la ville est calme."], set()),
    # ... nor a dateline with more than three paragraphs before it
    (["Un.", "Deux.", "Trois.", "Quatre.", "PARIS (AFP) - Le récit."], set()),
]


@pytest.mark.parametrize(("paragraphs", "expected"), HEADS)
def test_head_paragraphs(paragraphs, expected):
    assert kinds.caption_paragraphs(paragraphs) == expected
