"""A person's full name written again in its article is that person where the NER did not
read it as one (issue 9: who a report names decides merging's "other people" and the
actors an event lists). Invented French sentences; no model needed: the mentions are given
as ``entities.find_mentions`` makes them of the NER's persons."""

from __future__ import annotations

import pytest

from timeline.events import entities
from timeline.records import Entity

FIRST = "Le ministre de la Justice, Paul Verbrugge, est revenu mardi sur l'évasion."

AGAIN = [
    # (case, the later sentence, the name written again, found as that person?)
    (
        "after a ministry's metonym, read as one miscellaneous name",
        "L'opposition avait obtenu la démission des ministres de l'Intérieur et de la Justice "
        "Paul Verbrugge.",
        "Paul Verbrugge",
        True,
    ),
    (
        "after a title the NER left out",
        "« Nous avons failli », a reconnu mardi soir le ministre Paul Verbrugge.",
        "Paul Verbrugge",
        True,
    ),
    (
        "a particle inside the name",
        "Le garde des Sceaux Anne de Montrichard a été entendue jeudi.",
        "Anne de Montrichard",
        True,
    ),
    ("another man of the same first name", "Paul Martin a démissionné mardi.", "Paul", False),
    (
        "the name inside a longer word",
        "Les partisans de Paul Verbruggen ont manifesté mardi.",
        "Paul Verbrugge",
        False,
    ),
]


@pytest.mark.parametrize(("case", "later", "name", "found"), AGAIN, ids=[a[0] for a in AGAIN])
def test_a_full_name_written_again_is_that_person(case, later, name, found):
    registry = entities.Registry()
    registry.add(Entity(id="paul-verbrugge", name="Paul Verbrugge", kind="person"))
    registry.add(Entity(id="anne-de-montrichard", name="Anne de Montrichard", kind="person"))
    first = "Anne de Montrichard était présente. " if "Montrichard" in later else ""
    text = f"{first}{FIRST} {later}"
    opening = [
        entities.Mention(text.index(n), text.index(n) + len(n), n, entity_id, "")
        for n, entity_id in (
            ("Paul Verbrugge", "paul-verbrugge"),
            ("Anne de Montrichard", "anne-de-montrichard"),
        )
        if n in text[: len(first) + len(FIRST)]
    ]
    start = len(first) + len(FIRST) + 1
    mentions: list[entities.Mention] = []
    entities.names_written_again(
        registry, text, [(0, start - 1, opening), (start, len(text), mentions)]
    )
    told = [(m.surface, m.entity) for m in mentions]
    if found:
        entity_id = "anne-de-montrichard" if "Montrichard" in name else "paul-verbrugge"
        assert told == [(name, entity_id)], told
        assert text[mentions[0].start : mentions[0].end] == name
    else:
        assert told == [], told


def test_a_name_a_mention_covers_already_is_left_alone():
    registry = entities.Registry()
    registry.add(Entity(id="paul-verbrugge", name="Paul Verbrugge", kind="person"))
    registry.add(
        Entity(id="ministre-paul-verbrugge", name="ministre Paul Verbrugge", kind="organization")
    )
    text = f"{FIRST} Le ministre Paul Verbrugge a démissionné."
    at = text.index("Paul Verbrugge")
    opening = [entities.Mention(at, at + 14, "Paul Verbrugge", "paul-verbrugge", "")]
    later = text.index("ministre Paul Verbrugge")
    covered = [
        entities.Mention(
            later, later + 23, "ministre Paul Verbrugge", "ministre-paul-verbrugge", ""
        )
    ]
    entities.names_written_again(
        registry, text, [(0, len(FIRST), opening), (len(FIRST) + 1, len(text), covered)]
    )
    assert [m.entity for m in covered] == ["ministre-paul-verbrugge"]


def test_a_name_of_one_word_or_of_a_place_is_not_written_again():
    registry = entities.Registry()
    registry.add(Entity(id="verbrugge", name="Verbrugge", kind="person"))
    registry.add(Entity(id="saint-malo", name="Saint-Malo Nord", kind="place"))
    text = "Verbrugge est à Saint-Malo Nord. Verbrugge a quitté Saint-Malo Nord mardi."
    split = text.index(" Verbrugge a") + 1
    opening = [
        entities.Mention(0, 9, "Verbrugge", "verbrugge", ""),
        entities.Mention(16, 31, "Saint-Malo Nord", "saint-malo", ""),
    ]
    mentions: list[entities.Mention] = []
    entities.names_written_again(
        registry, text, [(0, split - 1, opening), (split, len(text), mentions)]
    )
    assert mentions == []
