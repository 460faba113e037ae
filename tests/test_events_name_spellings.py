"""One person under several spellings of one name across the articles of a build (issue 9:
one speaker's statement told by several outlets is one statement). The registry reads the
articles one by one: a surname alone read before the name in full, a compound name's hyphen
lost, a surname written first, each made a person of its own (dev24's veterinarian:
"Mme Ollivet-Courtois", "Ollivet Courtois", "Ollivet Courtois Florence", "Florence
Ollivet-Courtois"). Invented names; no model needed."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

from timeline.events import entities
from timeline.records import Entity

SPELLINGS = [
    # (case, the build's persons as (name, mentions), curated names, expected {id: named id})
    (
        "a compound name's hyphen lost: the hyphenated spelling names her",
        [("Lise Arnaud-Vidal", 1), ("Lise Arnaud Vidal", 1)],
        [],
        {"lise-arnaud-vidal-2": "lise-arnaud-vidal"},
    ),
    (
        "the surname written first, its hyphen lost",
        [("Lise Arnaud-Vidal", 2), ("Arnaud Vidal Lise", 1)],
        [],
        {"arnaud-vidal-lise": "lise-arnaud-vidal"},
    ),
    (
        "the surname alone, read before the name in full",
        [("Arnaud-Vidal", 3), ("Lise Arnaud-Vidal", 1)],
        [],
        {"arnaud-vidal": "lise-arnaud-vidal"},
    ),
    (
        "the surname alone, its hyphen lost",
        [("Arnaud Vidal", 1), ("Lise Arnaud-Vidal", 1)],
        [],
        {"arnaud-vidal": "lise-arnaud-vidal"},
    ),
    (
        "all four spellings of one veterinarian",
        [
            ("Arnaud-Vidal", 4),
            ("Arnaud Vidal", 1),
            ("Arnaud Vidal Lise", 1),
            ("Lise Arnaud-Vidal", 2),
        ],
        [],
        {
            "arnaud-vidal": "lise-arnaud-vidal",
            "arnaud-vidal-2": "lise-arnaud-vidal",
            "arnaud-vidal-lise": "lise-arnaud-vidal",
        },
    ),
    (
        "a surname's full name whose surname ends a longer one",
        [("Vidal", 1), ("Arnaud Vidal", 1), ("Lise Arnaud-Vidal", 1)],
        [],
        {"vidal": "lise-arnaud-vidal", "arnaud-vidal": "lise-arnaud-vidal"},
    ),
    (
        "the spelling most mentions write names the person",
        [("Vidal Lise", 3), ("Lise Vidal", 1)],
        [],
        {"lise-vidal": "vidal-lise"},
    ),
    (
        "a surname ending two full names is nobody's",
        [("Durand", 2), ("Marie Durand", 1), ("Paul Durand", 1)],
        [],
        {},
    ),
    (
        "another first name is another person",
        [("Pierre Martin", 1), ("Jean-Pierre Martin", 1)],
        [],
        {},
    ),
    (
        "two names sharing a surname are two persons",
        [("Marie Durand", 1), ("Paul Durand", 1)],
        [],
        {},
    ),
    (
        "a name of religion has no surname",
        [("Pierre", 1), ("abbé Pierre", 1)],
        [],
        {},
    ),
    (
        "a curated person names the spelling of the texts",
        [("Vernay Claire", 3)],
        ["Claire Vernay"],
        {"vernay-claire": "claire-vernay"},
    ),
]


@pytest.mark.parametrize(
    ("case", "persons", "curated", "expected"), SPELLINGS, ids=[s[0] for s in SPELLINGS]
)
def test_one_person_under_several_spellings_is_one_entity(case, persons, curated, expected):
    registry = entities.Registry()
    for name in curated:
        registry.add(Entity(id=entities.slugs.slug(name), name=name, kind="person"), curated=True)
    mentioned: dict[str, int] = {}
    for name, mentions in persons:
        entity_id = registry.new_id(name)
        registry.add(Entity(id=entity_id, name=name, kind="person"))
        mentioned[entity_id] = mentions
    links = entities.spellings(registry, mentioned)
    assert entities.same_entities(registry, links) == expected, case


def test_an_organisation_is_no_persons_spelling():
    registry = entities.Registry()
    registry.add(Entity(id="lise-arnaud-vidal", name="Lise Arnaud-Vidal", kind="person"))
    registry.add(Entity(id="arnaud-vidal", name="Arnaud Vidal", kind="organization"))
    assert entities.spellings(registry, {"lise-arnaud-vidal": 1, "arnaud-vidal": 1}) == []


@pytest.mark.parametrize(
    ("case", "persons", "expected"),
    [
        (
            "a caption the NER ran a name into is no full name",
            [("Lyre", 1), ("Paul Morin ARLES - La tempête Lyre", 1)],
            {},
        ),
        ("a dash the NER kept is no other spelling", [("Paul Morin", 1), ("Paul Morin -", 1)], {}),
    ],
)
def test_what_is_not_written_as_a_name_is_no_spelling(case, persons, expected):
    registry = entities.Registry()
    mentioned: dict[str, int] = {}
    for name, mentions in persons:
        entity_id = registry.new_id(name)
        registry.add(Entity(id=entity_id, name=name, kind="person"))
        mentioned[entity_id] = mentions
    links = entities.spellings(registry, mentioned)
    assert entities.same_entities(registry, links) == expected, case


# --- through the pipeline: one veterinarian's words told by three outlets ------------------------

PUMA = "Le puma échappé d'un cirque a dû être abattu mercredi à Rodez. "
FULL = (
    "La vétérinaire des pompiers Florence Martin-Dubois a expliqué que l'animal était trop "
    "agité pour être endormi."
)

ONE_SPEAKER = [
    # (case, the articles, one sentence, another, one event?)
    (
        "the hyphen lost in another outlet",
        {
            "2023-03-08-essai-a": PUMA + FULL,
            "2023-03-08-essai-b": PUMA + "« L'animal était trop agité, nous n'avions plus le "
            "choix », a indiqué Martin Dubois, vétérinaire des sapeurs-pompiers.",
        },
        "Florence Martin-Dubois a expliqué",
        "a indiqué Martin Dubois",
        True,
    ),
    (
        "the surname alone in an outlet read before the name in full",
        {
            "2023-03-08-essai-a": PUMA + "« L'animal était trop agité, nous n'avions plus le "
            "choix », a déclaré Mme Martin-Dubois.",
            "2023-03-08-essai-b": PUMA + FULL,
        },
        "a déclaré Mme Martin-Dubois",
        "Florence Martin-Dubois a expliqué",
        True,
    ),
    (
        "the surname of two persons of the build: nobody's",
        {
            "2023-03-08-essai-a": PUMA + "« L'animal était trop agité, nous n'avions plus le "
            "choix », a déclaré Mme Martin-Dubois.",
            "2023-03-08-essai-b": PUMA + FULL + " Le dresseur du cirque, Paul Martin-Dubois, "
            "a été entendu par les gendarmes.",
        },
        "a déclaré Mme Martin-Dubois",
        "Florence Martin-Dubois a expliqué",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"),
    ONE_SPEAKER,
    ids=[r[0] for r in ONE_SPEAKER],
)
def test_one_speakers_words_under_two_spellings_are_one_statement(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)
