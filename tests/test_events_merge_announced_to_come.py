"""An act announced to come is not the act done (issue 9, ``merge.announced_to_come``, a
veto of merging): a statement relaying an act in a tense to come, the future or the
conditional of reported speech ("Le ministre a annoncé que la navigatrice arriverait
vendredi à Brest"), against a happening telling that act done ("La navigatrice est arrivée
vendredi à Brest"), whatever day, people and words they share. Invented French articles of
topics no development set tells, run through the whole pipeline: the row kept apart is one
event without the veto; the rows kept together (the act told twice done, the announcement
told twice) are one event with and without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

ANNOUNCED = [
    # (case, articles, one sentence, another, one happening?)
    (
        "two outlets: an arrival announced to come, the arrival done",
        {
            "2024-11-08-a": "Le ministre des Sports a annoncé que la navigatrice Anne Kerlo "
            "arriverait ce vendredi à Brest.",
            "2024-11-08-b": "La navigatrice Anne Kerlo est arrivée vendredi à Brest.",
        },
        "a|arriverait ce vendredi",
        "b|est arrivée vendredi",
        False,
    ),
    (
        "two outlets: the arrival done, told twice",
        {
            "2024-11-08-a": "La navigatrice Anne Kerlo est arrivée ce vendredi à Brest.",
            "2024-11-08-b": "La navigatrice Anne Kerlo est arrivée vendredi à Brest.",
        },
        "a|est arrivée ce vendredi",
        "b|est arrivée vendredi",
        True,
    ),
    (
        "two outlets: the arrival announced to come, told twice",
        {
            "2024-11-08-a": "Le ministre des Sports a annoncé que la navigatrice Anne Kerlo "
            "arriverait ce vendredi à Brest.",
            "2024-11-08-b": "Le ministre des Sports a annoncé que la navigatrice Anne Kerlo "
            "arriverait vendredi à Brest.",
        },
        "a|arriverait ce vendredi",
        "b|arriverait vendredi",
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"),
    ANNOUNCED,
    ids=[row[0] for row in ANNOUNCED],
)
def test_announced_to_come_apart_from_done(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, together, case)
