"""Where a part of the day or a clock time told without its day is: a day that opens a period
running to the time of writing ("depuis vendredi soir") is where the period began, not where
the story stands, and anchors no part of the day of a later sentence, and a clock time it
anchors dates no sentence (``extract._misanchored``: the narration's day); a clock time told
after a part of the day in its sentence is on that part's day, its small hours on the next.
Invented French sentences.

Each row: (text, publication day, the expression, its value)."""

from __future__ import annotations

import datetime as dt

import pytest
from essai_article import sentence_of
from temporal_rows import check

ROWS = [
    # a clock time after a part of the day in its sentence is on that part's day: its small
    # hours, the next (the fire of Saturday, mastered at 3 in the night of Saturday)
    (
        "Un incendie s'est déclaré samedi dans un entrepôt. Dans la nuit, les pompiers l'ont "
        "maîtrisé vers 3h00.",
        "2021-08-02",
        "3h00",
        "2021-08-01T03:00",
    ),
    # ... an evening's late hour, that day
    (
        "Le concert a commencé samedi à 20 heures. Dans la soirée, la foule a envahi la scène "
        "à 23h30.",
        "2021-08-02",
        "23h30",
        "2021-07-31T23:30",
    ),
    # a part of the day after a day told later in the text than an earlier part of the day:
    # the day told last before it ("en fin d'après-midi d'hier": yesterday's morning)
    (
        "Les suspects, recherchés depuis mercredi, ont été arrêtés en fin d'après-midi "
        "d'hier. Ils avaient été repérés en début de matinée.",
        "2015-01-10",
        "début de matinée",
        "2015-01-09TMO",
    ),
    # in its own sentence the day still anchors its clock time
    (
        "Le patient est hospitalisé depuis mardi soir à 22 heures.",
        "2021-03-25",
        "22 heures",
        "2021-03-23T22:00",
    ),
    # a day told of an act (no "depuis") anchors the part of the day told after it
    (
        "Le patient a été hospitalisé mardi. Dans la soirée, il a été opéré.",
        "2021-03-25",
        "la soirée",
        "2021-03-23TEV",
    ),
    # a night to come or in the present, no day told: the night of the day of writing
    (
        "Dans la nuit, de violents orages éclateront sur le Jura.",
        "2021-08-02",
        "la nuit",
        "2021-08-02TNI",
    ),
    # ... and a night after a day told of an act is that day's
    (
        "Un incendie s'est déclaré lundi à Vénissieux. Dans la nuit, les pompiers l'ont maîtrisé.",
        "2021-08-04",
        "la nuit",
        "2021-08-02TNI",
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "value"), ROWS)
def test_a_period_opened_earlier_does_not_anchor_the_night_after(
    text: str, published: str, surface: str, value: str
) -> None:
    check(text, dt.date.fromisoformat(published), surface, value)


SENTENCES = [
    # (text, publication day, words of the sentence, its day, how it is dated): a clock time
    # after a day opening a period in another sentence dates nothing; the sentence is the
    # narration's, the day of writing
    (
        "Le porte-conteneurs est bloqué dans le canal depuis mardi. Les remorqueurs ont repris "
        "les manœuvres à 11h30.",
        "2021-03-29",
        "repris",
        "2021-03-29",
        "inherited",
    ),
    (
        "Une alarme était en panne depuis le 30 mars. Le vol a été constaté vers 10h50.",
        "2010-05-20",
        "constaté",
        "2010-05-20",
        "inherited",
    ),
    # a day told of an act anchors it: the act's day
    (
        "Le porte-conteneurs s'est échoué mardi dans le canal. Les remorqueurs ont repris les "
        "manœuvres à 11h30.",
        "2021-03-29",
        "repris",
        "2021-03-23",
        "explicit",
    ),
]


@pytest.mark.parametrize(("text", "published", "words", "day", "how"), SENTENCES)
def test_a_clock_time_after_a_period_opened_dates_no_sentence(
    text: str, published: str, words: str, day: str, how: str
) -> None:
    sentence = sentence_of(text, published, words)
    assert sentence.date is not None, sentence
    assert (sentence.date.start, sentence.date.dated_by) == (day, how), sentence.date
