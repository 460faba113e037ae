"""One authority taking a title from someone, told by two outlets under two verbs: "a
retiré ses titres à X" / "X a été déchu de ses titres" / "l'a privé de ses titres", one
happening (merging.yml ``synonyms``' class "strip"; issue 9, merging's recall). Invented
articles through the whole pipeline, a must-merge row beside must-not-merge twins."""

from __future__ import annotations

import pytest
from essai_outlets import assert_cited, events_of

RETIRED = (
    "La Fédération internationale de judo a retiré lundi au judoka Paul Marin ses trois "
    "titres de champion du monde."
)

STRIPPED = [
    # (case, the other outlet's sentence, one happening?)
    (
        "déchu: the same decision",
        "Paul Marin a été déchu lundi de ses couronnes mondiales.",
        True,
    ),
    (
        "la destitution: the same decision",
        "La destitution de Paul Marin a été prononcée lundi par la fédération.",
        True,
    ),
    (
        "another act of the same people, the same day",
        "Le judoka Paul Marin a fait appel lundi de la décision de la Fédération.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "other", "together"), STRIPPED, ids=[s[0] for s in STRIPPED])
def test_a_title_taken_under_two_verbs_is_one_happening(tmp_path, case, other, together):
    articles = {"2024-03-04-a": RETIRED, "2024-03-04-b": other}
    events = events_of(tmp_path, articles)
    one, two = f"2024-03-04-a|{RETIRED[:20]}", f"2024-03-04-b|{other[:20]}"
    assert_cited(events, one, two, together, (one, two))
