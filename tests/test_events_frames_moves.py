"""One decision that moves several people is one happening (issue 9, ``merge.same_moves``):
a coach dismissed and replaced, a board's chief executive pushed out and succeeded, a
prefects' reshuffle are told one person at a time, each sentence naming who leaves, who
arrives, who accepts a resignation, by one outlet or by several. Invented French articles
run through the whole pipeline (extraction with spaCy, assembly); each row says which two
sentences one event cites, or that no event cites both: the moves of one body decided on
one day together, the moves of two bodies, or of one body a month apart, apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

MOVES = [
    # (case, articles, one sentence, another, one happening?)
    (
        "one outlet: the coach dismissed, his assistant replaced",
        {
            "2022-10-03-olympique": "Le président du club a limogé lundi l'entraîneur Paul "
            "Garnier après la cinquième défaite de suite. Son adjoint Marc Vidal est remplacé "
            "par Hugo Lenoir."
        },
        "Paul Garnier",
        "Marc Vidal",
        True,
    ),
    (
        "two outlets: the chief executive pushed out, his successor named",
        {
            "2021-04-14-a": "Le conseil d'administration du groupe Vernet a mis fin mardi "
            "aux fonctions de son directeur général, Alain Brossard.",
            "2021-04-14-b": "Sophie Caradec a été nommée mardi directrice générale du groupe "
            "Vernet. Elle succède à Alain Brossard, poussé vers la sortie.",
        },
        "a|Alain Brossard",
        "b|Sophie Caradec",
        True,
    ),
    (
        "two outlets: a resignation accepted, the prefects moved",
        {
            "2020-07-22-a": "Le préfet du Gard, Jean Morin, a démissionné mercredi. Le "
            "ministre de l'Intérieur a accepté sa démission.",
            "2020-07-22-b": "Le gouvernement a nommé mercredi Claire Besson préfète du Gard. "
            "Elle est remplacée dans l'Aude par Luc Perrot.",
        },
        "a|ministre de l'Intérieur a accepté",
        "b|Luc Perrot",
        True,
    ),
    (
        "two outlets: two clubs' coaches dismissed on one day",
        {
            "2023-11-06-a": "Le FC Rouen a limogé lundi son entraîneur Paul Garnier.",
            "2023-11-06-b": "L'AS Nancy a nommé lundi Hugo Lenoir au poste d'entraîneur.",
        },
        "a|Paul Garnier",
        "b|Hugo Lenoir",
        False,
    ),
    (
        "one outlet: two clubs' coaches moved on one day",
        {
            "2023-11-06-ligue": "Le FC Rouen a limogé lundi son entraîneur Paul Garnier. De "
            "son côté, l'AS Nancy a nommé lundi Hugo Lenoir au poste d'entraîneur."
        },
        "Paul Garnier",
        "Hugo Lenoir",
        False,
    ),
    (
        "one outlet: one board's moves a month apart",
        {
            "2021-05-20-vernet": "Le 14 avril, le groupe Vernet a mis fin aux fonctions de son "
            "directeur général, Alain Brossard. Le 18 mai, le conseil a nommé Pierre Lamy "
            "directeur financier.",
        },
        "Alain Brossard",
        "Pierre Lamy",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), MOVES, ids=[r[0] for r in MOVES]
)
def test_one_decision_moving_several_people_is_one_happening(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)
