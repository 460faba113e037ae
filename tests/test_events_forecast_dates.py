"""A statement is dated the day it is made, not the day it speaks of (issue 9): a day that
someone's words forecast (governed by a verb in the present conditional, or by a future in
an adverbial clause: "pourraient reprendre lundi", "lorsque les dockers reprendront le
travail jeudi") is what the statement is about. Not an act announced for its day, a past
day told done, an act alleged in the past conditional, nor a schedule in the writer's own
voice. Invented French news, with spaCy's French parser."""

from __future__ import annotations

import pytest
from essai_article import extraction_of

# (body, publication day, words of the sentence, kind, day it is dated, day it is about)
FORECAST = [
    # a conditional in quoted words whose reporting clause names no day
    (
        "La scierie de Mouthe est à l'arrêt depuis vendredi. « Nous espérions que les "
        "machines pourraient tourner de nouveau mardi », regrette son gérant.",
        "2024-02-11",
        "machines pourraient",
        "statement",
        "2024-02-11",
        "2024-02-13",
    ),
    # ... attributed to a source ("selon")
    (
        "La ligne de tramway T2 est coupée depuis jeudi à cause d'un affaissement de la voie. "
        "Selon un délégué syndical, la ligne devrait rouvrir mardi.",
        "2023-10-14",
        "devrait rouvrir",
        "statement",
        "2023-10-14",
        "2023-10-17",
    ),
    # ... a day set off between commas before the clause it frames
    (
        "Les techniciens du réseau sont intervenus ce lundi matin à Quimper. « Ils changent "
        "les câbles et normalement, jeudi, il ne devrait plus y avoir de coupures », a ajouté "
        "le porte-parole.",
        "2022-01-10",
        "plus y avoir de coupures",
        "statement",
        "2022-01-10",
        "2022-01-13",
    ),
    # a future in an adverbial clause under a verb of judging: what is to come when it comes
    (
        "Le directeur du port du Havre craint de nouveaux retards lorsque les dockers "
        "reprendront le travail jeudi.",
        "2021-06-08",
        "craint de nouveaux retards",
        "statement",
        "2021-06-08",
        "2021-06-10",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "kind", "day", "about"), FORECAST)
def test_a_forecast_is_dated_when_said(body, published, words, kind, day, about):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert (sentence.role, sentence.kind) == ("event", kind)
    assert sentence.date is not None and sentence.date.start == day
    assert sentence.about is not None and sentence.about.start == about


# (body, publication day, words of the sentence, day it is dated)
KEPT = [
    # an act announced for its day, in the future of what was said: that act, on its day
    (
        "La mairie de Colmar a annoncé que la piscine municipale rouvrira jeudi 14 mars.",
        "2024-03-11",
        "rouvrira",
        "2024-03-14",
    ),
    # a past day told done in quoted words
    (
        "« Les cours ont repris lundi dans le calme », a indiqué le principal du collège.",
        "2024-02-14",
        "ont repris",
        "2024-02-12",
    ),
    # an act alleged in the past conditional: the act, on its day
    (
        "Selon une source proche de l'enquête, le suspect se serait rendu mardi à la "
        "gendarmerie de Vienne.",
        "2023-05-18",
        "se serait rendu",
        "2023-05-16",
    ),
    # a schedule in the writer's own voice: no one's forecast
    (
        "Le procès de l'ancien maire de Grenoble devrait s'ouvrir lundi devant le tribunal "
        "correctionnel.",
        "2020-11-05",
        "devrait s'ouvrir",
        "2020-11-09",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), KEPT)
def test_a_day_that_is_no_forecast_keeps_dating(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.date is not None and sentence.date.start == day
