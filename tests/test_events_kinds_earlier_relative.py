"""A day in a relative clause set off by a comma and told in the pluperfect, in a sentence
whose main clause tells an act in the compound past ("L'appareil s'est posé à l'aéroport
Al-Batten, près d'Abou Dhabi, d'où il avait décollé le 9 mars 2015", dev29's K5): the day of
what was done before, never the day of the act the sentence tells, which is the story's
(``dates.in_earlier_relative``, read by ``extract._analyse`` from the words: after a name the
tagger misreads, the parser hangs the relative's verb on the main one, and the sentence was
dated 2015 and set aside as background). Invented French; the twins: the day in the main
clause, a main clause in the pluperfect.

Each row: (body, words of the sentence, roles it may have, its day or None)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2016-07-26"
LEAD = "L'avion solaire a achevé mardi son tour du monde."

ROWS = [
    (
        f"{LEAD} L'appareil s'est posé sans encombre à 04H05 (00H05 GMT) à l'aéroport "
        "Al-Batten, près d'Abou Dhabi, la capitale des Émirats arabes unis, d'où il avait "
        "décollé le 9 mars 2015 pour un périple de 43 000 km.",
        "posé",
        TOLD,
        "2016-07-26",
    ),
    (
        f"{LEAD} L'appareil s'est posé à l'aéroport Al-Maktoum, près de Doha, la capitale du "
        "Qatar, d'où il avait décollé le 9 mars 2015.",
        "posé",
        TOLD,
        "2016-07-26",
    ),
    # twins: the day in the main clause; a main clause in the pluperfect
    (
        f"{LEAD} L'appareil avait décollé le 9 mars 2015 de l'aéroport de Séville.",
        "décollé",
        NO_EVENT,
        None,
    ),
    (
        f"{LEAD} L'appareil avait quitté l'Espagne, où il avait été assemblé en mai 2014.",
        "assemblé",
        NO_EVENT,
        None,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles", "day"), ROWS)
def test_a_pluperfect_relatives_day_does_not_date_the_main_act(body, words, roles, day):
    sentence = sentence_of(body, PUBLISHED, words)
    assert sentence.role in roles, (sentence.role, sentence.kind)
    if day is not None:
        assert sentence.date is not None
        assert sentence.date.start == day
