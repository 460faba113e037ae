"""The day of a happening a sentence in the present recalls (issue 9, every report dated
right): a day of the story completing the noun of a happening ("la déflagration du 12
janvier", "l'incendie du 18 juin") in a clause under a main verb in the present tells
which happening, not when what the sentence tells took place: that sentence and the one
before it are of the day the article is written, not of the happening's
(``dates.of_recalled_happening``). The twins: the noun in the subject ("L'explosion de
samedi a détruit ..."), in the main clause ("apparaît comme la principale victime du
scrutin de dimanche"), an oblique of the main verb ("Par un arrêt du 10 mai 2021"), the
main verb in the passé composé. Invented French news of several topics.

Each row: (published, body, words of the sentence, the day of the event it is or goes
with)."""

from __future__ import annotations

import pytest
from essai_article import told_with

ROWS = [
    # the act told before it is the day of writing's, not the recalled happening's
    (
        "2024-03-20",
        "L'enquête sur l'effondrement de l'immeuble a été confiée à deux juges d'instruction. "
        "Il leur revient de dire si une fuite d'eau a provoqué l'effondrement du 2 mars.",
        "a été confiée",
        "2024-03-20",
    ),
    (
        "2022-06-29",
        "Le parquet a ouvert une information judiciaire. Les juges cherchent à savoir si un "
        "court-circuit a déclenché l'incendie du 18 juin.",
        "ouvert une information",
        "2022-06-29",
    ),
    # ... and the sentence itself goes with the day of writing
    (
        "2022-06-29",
        "Le parquet a ouvert une information judiciaire. Les juges cherchent à savoir si un "
        "court-circuit a déclenché l'incendie du 18 juin.",
        "court-circuit",
        "2022-06-29",
    ),
    # twin: the noun in the subject, the verb in the past: the happening's own day
    (
        "2023-11-15",
        "L'explosion de samedi a détruit un entrepôt de l'usine chimique.",
        "a détruit",
        "2023-11-11",
    ),
    # twin: the noun an oblique of the main verb, what its act is done by: that act's day
    (
        "2021-05-12",
        "Par un arrêt du 10 mai 2021, la cour d'appel confirme la condamnation du maire.",
        "cour d'appel",
        "2021-05-10",
    ),
    # twin: the noun in the main clause (a next day's account of Sunday): the narration
    # before it keeps that day
    (
        "2005-05-30",
        "Les électeurs ont rejeté le traité. Le chef du gouvernement apparaît comme la "
        "principale victime du scrutin de dimanche.",
        "Les électeurs ont rejeté",
        "2005-05-29",
    ),
    # twin: the main verb in the passé composé tells the happening: its day
    (
        "2024-03-20",
        "Une fuite d'eau a provoqué l'effondrement du 2 mars dans le centre-ville.",
        "fuite d'eau",
        "2024-03-02",
    ),
]


@pytest.mark.parametrize(("published", "body", "words", "day"), ROWS)
def test_a_recalled_happening_dates_nothing_of_what_is_told(published, body, words, day):
    sentence, event = told_with(body, published, words)
    assert event.date is not None, (sentence, event)
    assert event.date.start == day, (sentence.role, event.text, event.date)
