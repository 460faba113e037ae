"""Two acts on one thing on one day that are never one happening (issue 9, ``frames``):
a verb and its reverse or repetition, read from its prefix ("bloquer" / "débloquer",
"geler" / "dégeler": ``frames.acts_reversed``, a veto of merging), and an act announced by
its noun against another act on the same people ("a annoncé la libération des pêcheurs" /
"Les pêcheurs avaient été transférés": ``frames.mark_acted`` keeps them two happenings).
Invented French articles of topics no development set tells, run through the whole
pipeline, written before the tool ran on them; each row says that no event cites both
sentences (every row is one event on main)."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

REVERSED = [
    # (case, articles, one sentence, another, one happening?)
    (
        "one outlet: a bridge blocked, then unblocked the same day",
        {
            "2024-10-07-a": "Le pont de Normandie a été bloqué lundi matin par des "
            "agriculteurs en colère. Le pont de Normandie a été débloqué lundi soir par les "
            "gendarmes.",
        },
        "a|a été bloqué lundi matin",
        "a|a été débloqué lundi soir",
        False,
    ),
    (
        "two outlets: accounts frozen, then unfrozen the same day",
        {
            "2024-10-07-a": "Les comptes de la société Vertal ont été gelés lundi par la justice.",
            "2024-10-08-b": "Les comptes de la société Vertal ont été dégelés lundi soir "
            "après un recours.",
        },
        "a|ont été gelés lundi",
        "b|ont été dégelés lundi soir",
        False,
    ),
]

ANNOUNCED_AGAINST_ANOTHER_ACT = [
    (
        "one outlet: prisoners transferred, then their release announced the same day",
        {
            "2024-06-13-a": "Les deux pêcheurs avaient été transférés jeudi matin à "
            "Dakar. Le gouvernement a annoncé jeudi soir la libération des deux pêcheurs.",
        },
        "a|avaient été transférés jeudi matin",
        "a|la libération des deux pêcheurs",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"),
    REVERSED + ANNOUNCED_AGAINST_ANOTHER_ACT,
    ids=[row[0] for row in REVERSED + ANNOUNCED_AGAINST_ANOTHER_ACT],
)
def test_contrary_acts_apart(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, together, case)
