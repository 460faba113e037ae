"""A thing recovering from what hit it is another happening than the blow (issue 9,
``frames.acts_reversed``, ``_recovered_from``): "Les hôpitaux se sont relevés de
l'attaque" / "L'attaque a paralysé les hôpitaux", "Le courant a été rétabli" / "La tempête
a coupé le courant", told on one day, act on one thing and were one happening by its steps
(``frames.mark_acted``); a verb of recovery (``acted_on.recovery``) against a verb of a
blow or a disruption (``acted_on.disruption``) is a veto of merging, as a verb's reverse
is. Invented French articles of topics no development set tells, run through the whole
pipeline; the rows kept apart are one event without the rule, the rows kept together (two
outlets telling the blow, two telling the recovery) one event with and without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

RECOVERY = [
    # (case, articles, one sentence, another, one happening?)
    (
        "two outlets: the hospitals paralysed, then recovered, the same day",
        {
            "2024-11-04-a": "Une attaque informatique a paralysé lundi les hôpitaux de Bretagne.",
            "2024-11-04-b": "Les hôpitaux de Bretagne se sont relevés lundi soir de "
            "l'attaque informatique.",
        },
        "a|a paralysé lundi les hôpitaux",
        "b|se sont relevés lundi soir",
        False,
    ),
    (
        "one outlet: the power cut, then restored, the same day",
        {
            "2024-11-05-a": "Le courant a été coupé mardi matin dans les villages de "
            "l'Ardèche par la tempête. Le courant a été rétabli mardi soir dans les villages "
            "de l'Ardèche.",
        },
        "a|a été coupé mardi matin",
        "a|a été rétabli mardi soir",
        False,
    ),
    (
        "two outlets: the hospitals paralysed, told twice",
        {
            "2024-11-04-a": "Une attaque informatique a paralysé lundi les hôpitaux de Bretagne.",
            "2024-11-04-b": "Les hôpitaux de Bretagne ont été paralysés lundi par une "
            "attaque informatique.",
        },
        "a|a paralysé lundi les hôpitaux",
        "b|ont été paralysés lundi",
        True,
    ),
    (
        "two outlets: the hospitals recovered, told twice",
        {
            "2024-11-04-a": "Les hôpitaux de Bretagne se sont relevés lundi soir de "
            "l'attaque informatique.",
            "2024-11-04-b": "Les hôpitaux de Bretagne se sont relevés lundi soir de l'attaque.",
        },
        "a|se sont relevés lundi soir de l'attaque informatique",
        "b|se sont relevés lundi soir de l'attaque.",
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"),
    RECOVERY,
    ids=[row[0] for row in RECOVERY],
)
def test_recovery_apart_from_the_blow(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, together, case)
