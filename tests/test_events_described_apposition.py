"""A description in apposition before a person's name is a noun phrase ("l'avocat général
Francis Martin": that person is "l'avocat général" in the rest of the article,
``frames._described``); a phrase holding a verb's auxiliary or "à" before the name is a
subject and its verb, or a relative, and describes nobody ("la ministre a cité Victor Hugo"
does not make Victor Hugo "la ministre": ``apposition_verbs``)."""

from __future__ import annotations

import pytest

from timeline.events import frames
from timeline.events.merging_words import vocabulary
from timeline.events.report import Report

DESCRIBED = [
    # (sentence, the person it names, the descriptions found for that person)
    ("L'avocat général Francis Martin a requis dix ans.", "francis-martin", {"avocat general"}),
    ("Selon le préfet Paul Girard, la route restera fermée.", "paul-girard", {"prefet"}),
    ("Avant de partir, la ministre a cité Victor Hugo.", "victor-hugo", set()),
    ("Mardi, l'armée a sommé Paul Girard de quitter le pouvoir.", "paul-girard", set()),
    ("Le juge avait entendu Paul Girard dans la matinée.", "paul-girard", set()),
    ("C'est l'homme à qui Paul Girard doit tout.", "paul-girard", set()),
]


@pytest.mark.parametrize(("sentence", "person", "found"), DESCRIBED, ids=[d[0] for d in DESCRIBED])
def test_a_description_in_apposition_is_a_noun_phrase(
    sentence: str, person: str, found: set[str]
) -> None:
    report = Report(
        key=(0, 0),
        span=("2024-05-14", "2024-05-14", False),
        words=[],
        entities=set(),
        numbers=set(),
        speaker=None,
        explicit=True,
        persons=frozenset({person}),
        sentence=sentence,
    )
    described = frames._described([report], vocabulary()).get(0, {})
    assert {d for d, p in described.items() if p == person} == found
