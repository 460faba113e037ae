"""A vague past running up to the time of writing ("ces derniers mois", "ces derniers jours",
"récemment") names no day of its own (issue 9): what it dates is dated by the day it runs up
to, the day of writing, not by its first day, a guess of the tagger's (three months back for
"ces derniers mois"); a day told beside it dates as before. Invented French news, with
spaCy's French parser.

Each row: (body, publication day, words of the sentence, the day it is dated)."""

from __future__ import annotations

import pytest
from essai_article import sentence_of

ROWS = [
    # a source's assessment of the last months
    (
        "Les démineurs de Caen ont désamorcé une bombe dimanche. Selon eux, ces derniers mois "
        "ont été intenses avec près de trente interventions.",
        "2018-09-02",
        "ont été intenses",
        "2018-09-02",
    ),
    # acts over the last days, told done
    (
        "Le dauphin reste coincé dans le port de Sète. Plusieurs tentatives pour le nourrir ont "
        "été faites ces derniers jours, sans succès.",
        "2022-08-08",
        "tentatives pour le nourrir",
        "2022-08-08",
    ),
    # "récemment"
    (
        "La mairie de Rennes a récemment fermé deux gymnases pour raisons de sécurité.",
        "2023-02-15",
        "deux gymnases",
        "2023-02-15",
    ),
    # "ces dernières heures" reaches the day before, the night's day in a morning paper: its
    # first day dates as before
    (
        "Le centre-ville de Lac-Mégantic est en feu depuis les dernières heures.",
        "2013-07-06",
        "en feu",
        "2013-07-05",
    ),
    # a day told beside the vague past dates the sentence as before
    (
        "La mairie de Rennes, qui a connu ces derniers mois plusieurs fermetures, a rouvert "
        "lundi deux gymnases.",
        "2023-02-15",
        "deux gymnases",
        "2023-02-13",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), ROWS)
def test_a_vague_past_is_dated_by_the_day_it_runs_up_to(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day
