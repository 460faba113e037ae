"""A day years gone by told in the present after the story of the writer's own day (issue
9, background published): a news story that has told its day first ("Des hommes armés ont
attaqué mercredi la rédaction") tells an older day in the present as a background's
historic present ("Le 12 mars 2009, il publie ..."), not as a retrospective's narration set
on that day, which opens with it ("Jeudi 23 avril 1998 vers 15 heures, le détenu parvient à
s'échapper"); and the paragraph's undated sentences after it, in the present or the
pluperfect, go on telling that past ("Attaqué en diffamation, il gagne son procès").
Invented French of several topics; the last row of each table is the twin (a
retrospective told from its day; the story's present in a paragraph of its own): it holds
with or without the rules.

Each row: (published, body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

ROWS = [
    (
        "2016-05-11",
        "Des hommes armés ont attaqué mercredi la rédaction d'un hebdomadaire à Lille. Deux "
        "journalistes ont été blessés.\n\nLe 12 mars 2009, le journal publie une enquête sur "
        "le trafic de drogue dans le quartier.",
        "publie une enquête",
        NO_EVENT,
    ),
    (
        "2019-09-18",
        "Le maire de Dole a démissionné mardi soir. Il a annoncé sa décision en conseil "
        "municipal.\n\nLe 4 avril 2008, il remporte les élections municipales face au maire "
        "sortant.",
        "remporte les élections",
        NO_EVENT,
    ),
    # ... a retrospective told from its day, opening with it: its narration
    (
        "2018-04-23",
        "Il y a vingt ans, un détenu s'évadait du palais de justice de Namur.\n\nJeudi 23 "
        "avril 1998 vers 15 heures, le détenu parvient à s'échapper lors de son transfert.",
        "parvient à s'échapper",
        TOLD,
    ),
]


@pytest.mark.parametrize(("published", "body", "words", "roles"), ROWS)
def test_an_older_day_in_the_present_after_the_news_is_background(published, body, words, roles):
    assert sentence_of(body, published, words).role in roles


GOES_ON = [
    (
        "2016-05-11",
        "Des hommes armés ont attaqué mercredi la rédaction d'un hebdomadaire à Lille. Deux "
        "journalistes ont été blessés.\n\nLe 12 mars 2009, le journal publie une enquête sur "
        "le trafic de drogue. Attaqué en diffamation, il gagne son procès.",
        "gagne son procès",
        NO_EVENT,
    ),
    (
        "2019-09-18",
        "Le maire de Dole a démissionné mardi soir. Il a annoncé sa décision en conseil "
        "municipal.\n\nLe 4 avril 2008, il remporte les élections municipales. Son "
        "adversaire avait saisi la justice. Le tribunal administratif rejette son "
        "recours.",
        "rejette son recours",
        NO_EVENT,
    ),
    # ... the story's present, in a paragraph of its own: news
    (
        "2016-05-11",
        "Des hommes armés ont attaqué mercredi la rédaction d'un hebdomadaire à Lille.\n\nLe "
        "12 mars 2009, le journal publie une enquête sur le trafic de drogue.\n\nLa police "
        "interpelle un suspect mercredi soir.",
        "interpelle un suspect",
        TOLD,
    ),
]


@pytest.mark.parametrize(("published", "body", "words", "roles"), GOES_ON)
def test_the_historic_present_goes_on_in_its_paragraph(published, body, words, roles):
    assert sentence_of(body, published, words).role in roles
