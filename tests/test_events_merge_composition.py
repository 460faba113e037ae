"""A government's composition made public is one happening with every appointment it makes
(issue 9; ``merge.mark_compositions``): whatever the verb ("a été nommée", "devient",
"conserve son poste", "hérite du ministère") and whoever each names, told by one outlet or
by two on the same day. Invented French articles run through the whole pipeline: each
must-merge row beside a twin that stays apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

#: published on Wednesday 6 March 2024, the day the composition was made public
ANNOUNCED = (
    "Le secrétaire général de la présidence a annoncé mercredi soir la composition du "
    "nouveau gouvernement de Julien Morel. Claire Martin a été nommée ministre de la Santé. "
    "Paul Roux conserve son poste de ministre de l'Intérieur."
)

#: published the next day by another outlet
RETOLD = (
    "La composition du deuxième gouvernement de Julien Morel a été dévoilée mercredi soir. "
    "Hugo Lefèvre devient ministre de l'Agriculture. Claire Martin hérite du ministère de "
    "la Santé."
)

#: the same appointments, told without any composition made public
NO_COMPOSITION = (
    "Claire Martin a été nommée mercredi ministre de la Santé. Paul Roux a été nommé "
    "mercredi ministre de l'Intérieur."
)

COMPOSITIONS = [
    # (case, articles, one sentence, another, one happening?)
    (
        "two appointments of one composition, one article",
        {"2024-03-06-a": ANNOUNCED},
        "Claire Martin a été nommée",
        "Paul Roux conserve son poste",
        True,
    ),
    (
        "the composition told and an appointment, one article",
        {"2024-03-06-a": ANNOUNCED},
        "a annoncé mercredi soir la composition",
        "Claire Martin a été nommée",
        True,
    ),
    (
        "the composition told by its count of ministers, no one saying it",
        {
            "2024-03-06-a": "Le gouvernement de Julien Morel, annoncé mercredi soir, comprend "
            "28 ministres. Claire Martin a été nommée ministre de la Santé."
        },
        "comprend 28 ministres",
        "Claire Martin a été nommée",
        True,
    ),
    (
        "appointments of one composition told by two outlets",
        {"2024-03-06-a": ANNOUNCED, "2024-03-07-b": RETOLD},
        "a|Paul Roux conserve son poste",
        "b|Hugo Lefèvre devient ministre",
        True,
    ),
    (
        # no composition told, but one decision moving two people (``merge.same_moves``,
        # tests/test_events_frames_moves.py): one happening all the same
        "two appointments of one day, no composition told: one decision",
        {"2024-03-06-a": NO_COMPOSITION},
        "Claire Martin a été nommée",
        "Paul Roux a été nommé",
        True,
    ),
    (
        "the Prime Minister reappointed: before the composition, another happening",
        {
            "2024-03-06-a": ANNOUNCED
            + " Julien Morel a été reconduit mercredi au poste de Premier ministre."
        },
        "Julien Morel a été reconduit",
        "Claire Martin a été nommée",
        False,
    ),
    (
        "a minister's resignation the same day: another happening",
        {
            "2024-03-06-a": ANNOUNCED
            + " Marc Dubois, ministre de la Justice, a démissionné mercredi matin."
        },
        "Marc Dubois, ministre de la Justice, a démissionné",
        "Paul Roux conserve son poste",
        False,
    ),
    (
        "a request not to be on the list: no composition told",
        {
            "2024-03-06-a": "Claire Martin a demandé mercredi à ne pas figurer dans la liste "
            "des ministres du prochain gouvernement. Paul Roux a été nommé mercredi ministre "
            "de l'Intérieur."
        },
        "Claire Martin a demandé",
        "Paul Roux a été nommé",
        False,
    ),
    (
        "another country's composition the same day, no person in common",
        {
            "2024-03-06-a": ANNOUNCED,
            "2024-03-06-c": "La composition du nouveau gouvernement belge a été annoncée "
            "mercredi soir à Bruxelles. Lucie Janssens a été nommée ministre des Finances.",
        },
        "a|Claire Martin a été nommée",
        "c|Lucie Janssens a été nommée",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"),
    COMPOSITIONS,
    ids=[row[0] for row in COMPOSITIONS],
)
def test_a_governments_composition_is_one_happening_with_its_appointments(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, (one, other))
