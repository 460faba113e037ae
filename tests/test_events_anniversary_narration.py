"""An anniversary's narration (issue 9, every report dated right): an article that opens on
a day of another time told in the past ("Le 9 janvier 2007, Steve Jobs montait sur la
scène", "Le 15 janvier 2009, un avion a réussi à amerrir", "C'était le 9 janvier 2007.")
tells what follows from that day, in any tense (``extract._story_now``): its acts are of
that day, not of the publication's; its historic present counts "ce jour" from it; a
sentence naming a time a year or more later is the writer's ("Dix ans plus tard, ...").
The twin: a day named in passing in the opening (the day of writing).
Invented French of several topics.

Each row: (published, body, words of the sentence, the day of the event it is or goes with)."""

from __future__ import annotations

import pytest
from essai_article import extraction_of, told_with

from timeline.events import extract

ROWS = [
    # an opening in the passé composé, an act told after it in the passé composé
    (
        "2018-07-12",
        "Le 12 juillet 1998, la France a remporté la Coupe du monde au Stade de France.\n\n"
        "Aucun des supporters présents n'a été blessé.",
        "Aucun des supporters",
        "1998-07-12",
    ),
    # an opening in the imperfect, the narration in the historic present
    (
        "2019-03-09",
        "Le 9 mars 2009, la chanteuse Lina Roy montait sur la scène de la Bastille.\n\nElle "
        "commence par des reprises. Puis, au bout d'une heure, elle annonce son dernier album.",
        "annonce son dernier album",
        "2009-03-09",
    ),
    # ... its "ce jour" is that day
    (
        "2019-03-09",
        "Le 9 mars 2009, la chanteuse Lina Roy montait sur la scène de la Bastille.\n\nElle "
        "explique qu'elle attend ce jour depuis dix ans et remercie ses musiciens.",
        "attend ce jour",
        "2009-03-09",
    ),
    # the day alone after a presentative, then the act in the imperfect
    (
        "2019-07-21",
        "C'était le 21 juillet 1969. Neil Armstrong posait le pied sur la Lune devant des "
        "millions de téléspectateurs.",
        "posait le pied",
        "1969-07-21",
    ),
    # a pluperfect goes back from that day
    (
        "2019-01-16",
        "Le 15 janvier 2009, un avion de ligne a réussi à amerrir sur le fleuve Hudson.\n\nLe "
        "maire de New York avait alors salué le sang-froid du pilote.",
        "avait alors salué",
        "2009-01-15",
    ),
    # a time a year or more later is the writer's
    (
        "2019-01-16",
        "Le 15 janvier 2009, un avion de ligne a réussi à amerrir sur le fleuve Hudson.\n\nEn "
        "2016, un réalisateur a consacré un film au pilote.",
        "consacré un film",
        "2016-01-01",
    ),
    # the twins: a day named in passing in the opening, the narration the day of writing
    (
        "2019-01-16",
        "En mémoire de l'amerrissage du 15 janvier 2009, une plaque a été dévoilée à New "
        "York.\n\nLe maire a prononcé un discours devant les passagers.",
        "prononcé un discours",
        "2019-01-16",
    ),
]


@pytest.mark.parametrize(("published", "body", "words", "day"), ROWS)
def test_an_anniversary_is_told_from_the_day_it_opens_on(published, body, words, day):
    sentence, event = told_with(body, published, words)
    assert event.date is not None, (sentence, event)
    assert event.date.start == day, (sentence.role, event.text, event.date)


#: (published, body, how many times the article's sentences are analysed): an anniversary
#: whose narration holds no expression to read again from its day is analysed once, as an
#: article of the day is; a retrospective told in the present, whose expressions are read
#: again ("Depuis 12 jours"), twice
ANALYSES = [
    (
        "2019-01-16",
        "Le 15 janvier 2009, un avion de ligne a réussi à amerrir sur le fleuve Hudson.\n\n"
        "Aucun des passagers n'a été blessé.",
        1,
    ),
    (
        "2016-11-30",
        "En ce samedi 30 novembre 1996, les routiers bloquent les dépôts de carburant.\n\n"
        "Depuis 12 jours, ils sont en grève.",
        2,
    ),
    (
        "2019-01-16",
        "Un avion de ligne a réussi mardi à amerrir sur le fleuve Hudson.\n\n"
        "Aucun des passagers n'a été blessé.",
        1,
    ),
]


@pytest.mark.parametrize(("published", "body", "times"), ANALYSES)
def test_a_narration_is_analysed_again_only_when_read_again(monkeypatch, published, body, times):
    calls = []
    analyse_all = extract._analyse_all

    def counted(*args, **kwargs):
        calls.append(1)
        return analyse_all(*args, **kwargs)

    monkeypatch.setattr(extract, "_analyse_all", counted)
    extraction_of(body, published)
    assert len(calls) == times
