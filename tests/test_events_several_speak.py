"""What several say is not the words of one person they name (issue 9): a main clause
telling an act of saying whose verb agrees in the plural with a subject that is neither a
pronoun nor that person ("Des témoins ont affirmé avoir entendu crier le nom de Paul
Girard", "Cinq enseignes (..., Marc Dumont) ont reconnu ...", "Les experts de l'université
de Lyon l'ont annoncé lundi") is neither declared by that person
(``frames._declarer``) nor one statement with that person's words
(``merge.said_by_several``); a plural of which the person is the subject ("Paul Girard et
Marie Roux ont annoncé ...") may be. Invented French articles run through the whole
pipeline; each row says whether one event cites both sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

SEVERAL = [
    # (case, articles, one sentence, another, one statement?)
    (
        "witnesses' words naming a person, and that person's words",
        {
            "2024-05-14-a": "Des témoins ont affirmé mardi avoir entendu les agresseurs crier "
            "le nom de Paul Girard devant la mairie.",
            "2024-05-14-b": "Paul Girard a affirmé mardi être « profondément choqué » par "
            "l'agression.",
        },
        "a|Des témoins ont affirmé",
        "b|Paul Girard a affirmé",
        False,
    ),
    (
        "several companies' admission listing a person, and that person's",
        {
            "2024-05-14-a": "Cinq enseignes de la grande distribution (Leclerc, Carrefour, "
            "Auchan, Casino et Marc Dumont) ont reconnu mardi avoir vendu des produits "
            "rappelés.",
            "2024-05-14-b": "Marc Dumont a reconnu mardi avoir vendu « quelques boîtes » de "
            "lait rappelé.",
        },
        "a|Cinq enseignes",
        "b|Marc Dumont a reconnu",
        False,
    ),
    (
        "experts' announcement about a person, and that person's",
        {
            "2024-05-14-a": "Les experts de l'université de Lyon l'ont annoncé lundi : le "
            "squelette retrouvé est bien celui de Paul Girard.",
            "2024-05-14-b": "Paul Girard a annoncé lundi sa candidature à la mairie de Lyon.",
        },
        "a|Les experts",
        "b|Paul Girard a annoncé",
        False,
    ),
    (
        "two people's joint announcement, and one of them's: one statement",
        {
            "2024-05-14-a": "Paul Girard et Marie Roux ont annoncé lundi leur candidature "
            "commune à la mairie de Lyon.",
            "2024-05-14-b": "Paul Girard a annoncé lundi sa candidature commune avec Marie "
            "Roux à la mairie de Lyon.",
        },
        "a|Paul Girard et Marie Roux",
        "b|Paul Girard a annoncé",
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), SEVERAL, ids=[s[0] for s in SEVERAL]
)
def test_what_several_say_is_not_one_persons_words(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)
