"""The occasion a report names (issue 9, ``frames.media_named``, merging.yml's
``declarations.media``) is read from its words folded (no accents), but a participle in "-é"
is no noun in "-e" that folds alike: "Paul Girard a jugé lundi la situation « très
préoccupante »" names no judge, no hearing ("juge" folded from "jugé"), so
another outlet's "Sur Twitter, Paul Girard a dénoncé lundi ..." is the one occasion news names
in one outlet and not in the other. A judge named ("Devant le juge") is still a hearing, and
a noun spelled with its "-é" ("communiqué") still a communiqué: another occasion than a
tweet. Invented French articles run through the whole pipeline; each row says which two
sentences one event cites, or that no event cites both."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

OCCASIONS = [
    # (case, articles, one sentence, another, one statement?)
    (
        "'a jugé' names no hearing: the occasion the other outlet names",
        {
            "2024-05-13-a": "Paul Girard a jugé lundi la situation « très préoccupante ».",
            "2024-05-13-b": "Sur Twitter, Paul Girard a dénoncé lundi « un abandon de l'État ».",
        },
        "a|très préoccupante",
        "b|un abandon",
        True,
    ),
    (
        "a judge named is a hearing: another occasion than a tweet",
        {
            "2024-05-13-a": "Devant le juge, Paul Girard a affirmé lundi n'avoir « rien caché ».",
            "2024-05-13-b": "Sur Twitter, Paul Girard a dénoncé lundi « un abandon de l'État ».",
        },
        "a|rien caché",
        "b|un abandon",
        False,
    ),
    (
        "a communiqué spelled with its accent is a communiqué: another occasion than a tweet",
        {
            "2024-05-13-a": "Dans un communiqué, Paul Girard a jugé lundi la situation « très "
            "préoccupante ».",
            "2024-05-13-b": "Sur Twitter, Paul Girard a dénoncé lundi « un abandon de l'État ».",
        },
        "a|très préoccupante",
        "b|un abandon",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), OCCASIONS, ids=[r[0] for r in OCCASIONS]
)
def test_a_participle_in_e_names_no_occasion(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)
