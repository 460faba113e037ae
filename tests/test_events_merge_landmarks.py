"""A person named only in a clause of time after the main clause ("L'accident est survenu
quinze minutes après que Paul Marin a franchi la ligne") is the landmark act's, not whom
the sentence tells of: told as a follow-up of a collision, that name does not keep another
outlet's report of the collision apart as a report of "other people" (merging.yml
``time_clause``, ``Report.landmarks``, ``merge.other_people``; issue 9, merging's recall:
dev23's collision followed by "après que Charlie Dalin a coupé en premier la ligne"). A
clause of time set before the main clause, a comma closing it, is not read so. Invented
articles through the whole pipeline."""

from __future__ import annotations

import pytest
from essai_outlets import assert_cited, events_of

LEAD = "Le skipper Luc Rey a heurté un chalutier mercredi soir au large des Sables-d'Olonne."
OTHER = (
    "Le skipper Luc Rey a heurté un chalutier mercredi soir, à 90 milles de l'arrivée, et a "
    "dû ralentir."
)

FOLLOW_UPS = [
    # (case, the first outlet's next sentence, the other outlet's report with it?)
    (
        "a clause of time after the main clause",
        "L'accident est survenu quinze minutes après que Paul Marin a franchi la ligne d'arrivée.",
        True,
    ),
    (
        "a clause of time before the main clause: its people are the sentence's",
        "Après que Paul Marin a franchi la ligne d'arrivée, l'accident est survenu.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "follow_up", "together"), FOLLOW_UPS, ids=[f[0] for f in FOLLOW_UPS]
)
def test_a_person_of_a_clause_of_time_is_a_landmark(tmp_path, case, follow_up, together):
    events = events_of(tmp_path, {"2024-03-06-a": f"{LEAD} {follow_up}", "2024-03-07-b": OTHER})
    assert_cited(events, "2024-03-06-a|Le skipper Luc Rey", "2024-03-07-b|Le skipper", True, case)
    one, two = f"2024-03-06-a|{follow_up[:30]}", "2024-03-07-b|Le skipper Luc Rey"
    assert_cited(events, one, two, together, case)
