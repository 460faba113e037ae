"""Where a part of the day or a clock time told without its day is: a day that opens a period
running to the time of writing ("depuis vendredi soir") is where the period began, not where
the story stands, and anchors no part of the day nor clock time of a later sentence; a night
told done with no day told is the night that ended on the day of writing, as "cette nuit"
told done is. Invented French sentences.

Each row: (text, publication day, the expression, its value)."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_rows import check

ROWS = [
    # a day opening a period to now, then a night and a clock time in the next sentence: the
    # night that ended on publication (Monday 2 August), its small hours on the Monday
    (
        "Les soigneurs étaient à pied d'œuvre depuis vendredi soir. Dans la nuit, la femelle "
        "a mis bas et le premier petit est né à 1h03.",
        "2021-08-02",
        "la nuit",
        "2021-08-01TNI",
    ),
    (
        "Les soigneurs étaient à pied d'œuvre depuis vendredi soir. Dans la nuit, la femelle "
        "a mis bas et le premier petit est né à 1h03.",
        "2021-08-02",
        "1h03",
        "2021-08-02T01:03",
    ),
    # ... a clock time to come after a ship stuck "depuis mardi": the day of writing
    (
        "Le porte-conteneurs est bloqué dans le canal depuis mardi. Les manœuvres reprendront "
        "à 11h30.",
        "2021-03-29",
        "11h30",
        "2021-03-29T11:30",
    ),
    # ... a date opening a period: the same
    (
        "Une alarme était en panne depuis le 30 mars. Le vol a été constaté vers 10h50.",
        "2010-05-20",
        "10h50",
        "2010-05-20T10:50",
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
    # a night told done with no day told: the night before the day of writing ...
    (
        "Dans la nuit, un incendie a ravagé un entrepôt de Vénissieux.",
        "2021-08-02",
        "la nuit",
        "2021-08-01TNI",
    ),
    # ... to come or in the present: the night of that day, as before
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
