"""One happening of a moment told by its noun, retold on a later day, and the places it
hits (issue 9, ``frames.same_happening_told``, ``_moment_retold``, ``hits_several_places``):
an attack, an explosion, a quake (``acted_on.punctual``) told by its noun acting on what it
hits is one happening whichever day retells it, when the two reports' days meet ("La
cyberattaque a touché les écoles", told on the Monday of the Friday's attack); not a
lasting happening (a fire's acts of two days), nor one told as another occurrence ("une
nouvelle explosion": ``acted_on.another_occurrence``). A happening told hitting several
things ("Cette cyberattaque a affecté les écoles de Grenoble, les mairies de Valence et le
tribunal de Vienne": ``Happening.spread``) names the places it hits, not where it is.
Invented French articles of topics no development set tells, run through the whole
pipeline; each row kept together is two events without the rule, each row kept apart two
events with and without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

RETOLD = [
    # (case, articles, one sentence, another, one happening?)
    (
        "two outlets: an attack of Friday retold on the Monday",
        {
            "2024-11-08-a": "Vendredi, une cyberattaque a paralysé les ordinateurs de la "
            "mairie de Brest.",
            "2024-11-11-b": "La cyberattaque a touché les services de la ville et plusieurs "
            "écoles.",
        },
        "a|une cyberattaque a paralysé les ordinateurs",
        "b|a touché les services de la ville",
        True,
    ),
    (
        "two outlets: a fire of Tuesday, the fire on the Thursday (a lasting happening)",
        {
            "2024-11-05-a": "Mardi, un incendie a détruit trois hangars près de Gap.",
            "2024-11-07-b": "L'incendie a ravagé deux cents hectares de forêt.",
        },
        "a|un incendie a détruit trois hangars",
        "b|a ravagé deux cents hectares",
        False,
    ),
    (
        "two outlets: an explosion of Saturday, a new explosion told on the Monday",
        {
            "2024-11-09-a": "Samedi, une explosion a soufflé le toit d'un entrepôt du port.",
            "2024-11-11-b": "Une nouvelle explosion a détruit un hangar du port.",
        },
        "a|une explosion a soufflé le toit",
        "b|a détruit un hangar du port",
        False,
    ),
]

SPREAD = [
    (
        "two outlets: an attack told in one city and hitting three others",
        {
            "2024-11-04-a": "Une cyberattaque a paralysé lundi les hôpitaux de Lyon.",
            "2024-11-04-b": "Cette cyberattaque a affecté lundi les écoles de Grenoble, les "
            "mairies de Valence et le tribunal de Vienne.",
        },
        "a|a paralysé lundi les hôpitaux de Lyon",
        "b|a affecté lundi les écoles de Grenoble",
        True,
    ),
    (
        "two outlets: two attacks in two cities, neither hitting several things",
        {
            "2024-11-04-a": "Une cyberattaque a paralysé lundi les hôpitaux de Lyon.",
            "2024-11-04-b": "Une cyberattaque a paralysé lundi les écoles de Grenoble.",
        },
        "a|les hôpitaux de Lyon",
        "b|les écoles de Grenoble",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"),
    RETOLD + SPREAD,
    ids=[row[0] for row in RETOLD + SPREAD],
)
def test_moment_retold_and_places_hit(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, together, case)
