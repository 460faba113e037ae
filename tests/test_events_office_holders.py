"""A title of office standing for its holder (issue 9): a title the NER reads as a person of
its own ("le Roi", "le Premier ministre") is the person the build's texts name right after
it with its definite article ("le roi Henri V", "le Premier ministre, Paul Verdier"), in the
articles of that story, when it is written so before one person's name only
(``entities.office_holders``). Invented French texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

from timeline.events import entities
from timeline.records import Entity

# --- the alias, read from hand-made mentions ------------------------------------------------

PEOPLE = {
    "Roi": "roi",
    "Premier ministre": "premier-ministre",
    "Henri V": "henri-v",
    "Louis II": "louis-ii",
    "Paul Verdier": "paul-verdier",
    "Luc Bernard": "luc-bernard",
    "Anne Morel": "anne-morel",
}


def held(texts: list[str]) -> dict[int, dict[str, str]]:
    """``office_holders`` of ``texts``, each person of ``PEOPLE`` a mention wherever written
    with its capital."""
    registry = entities.Registry()
    for name, ident in PEOPLE.items():
        registry.add(Entity(id=ident, name=name, kind="person"))
    mentions = [
        [
            entities.Mention(m.start(), m.end(), name, ident, "")
            for name, ident in PEOPLE.items()
            for m in re.finditer(rf"\b{re.escape(name)}\b", text)
        ]
        for text in texts
    ]
    return entities.office_holders(registry, texts, mentions)


ALIASES = [
    # (case, articles, what each article's titles stand for)
    (
        "the holder in apposition, the title alone in the same article",
        ["Le roi Henri V a reçu Paul Verdier. Le Roi a pris acte de sa démission."],
        {0: {"roi": "henri-v"}},
    ),
    (
        "after a comma, the title alone in another article of the story",
        [
            "Le Premier ministre, Paul Verdier, a consulté Anne Morel mardi.",
            "Anne Morel a été reçue par le Premier ministre mercredi.",
        ],
        {0: {"premier-ministre": "paul-verdier"}, 1: {"premier-ministre": "paul-verdier"}},
    ),
    (
        "the title alone in an article of another story: not there",
        [
            "Le Premier ministre, Paul Verdier, a consulté Anne Morel mardi.",
            "Le Premier ministre a été reçu par Luc Bernard mercredi.",
        ],
        {0: {"premier-ministre": "paul-verdier"}},
    ),
    (
        "two holders of one title: neither",
        [
            "Le roi Henri V a reçu Paul Verdier. Le Roi a pris acte de sa démission.",
            "Le roi Louis II a reçu Paul Verdier mercredi.",
        ],
        {},
    ),
    (
        "the holder first, the title after a comma with its article",
        ["Paul Verdier, le Premier ministre, a consulté Anne Morel. Le Premier ministre a parlé."],
        {0: {"premier-ministre": "paul-verdier"}},
    ),
    (
        "two names in a row, no article: a list, no title",
        ["Paul Verdier, Anne Morel et Luc Bernard ont signé. Paul Verdier a parlé."],
        {},
    ),
]


@pytest.mark.parametrize(("case", "texts", "expected"), ALIASES, ids=[a[0] for a in ALIASES])
def test_a_title_stands_for_the_one_person_named_after_it(case, texts, expected):
    assert held(texts) == expected


# --- the whole pipeline: the title and its holder are one person -----------------------------

AUDIENCE = (
    "Le Premier ministre Paul Verdier s'est rendu jeudi vers 13 heures chez le Roi pour lui "
    "présenter la démission de son gouvernement. Le Roi n'a pas encore accepté cette démission."
)
HOLDER = (
    "La coalition au pouvoir a éclaté mercredi soir. Paul Verdier s'est ensuite rendu jeudi "
    "chez le roi Henri V pour officialiser sa décision."
)

OUTLETS = [
    # (case, a third outlet's text, one happening?)
    ("the king named once, by another outlet", None, True),
    (
        "another outlet names another king: the title stands for neither",
        "Le roi Louis II a reçu jeudi le président Luc Bernard à Monaco.",
        False,
    ),
]


@pytest.mark.parametrize(("case", "third", "together"), OUTLETS, ids=[o[0] for o in OUTLETS])
def test_the_title_and_its_holder_named_by_two_outlets_are_one_act(
    tmp_path: Path, case: str, third: str | None, together: bool
) -> None:
    articles = {"2024-03-07-a": AUDIENCE, "2024-03-07-b": HOLDER}
    if third is not None:
        articles["2024-03-07-c"] = third
    events = events_of(tmp_path, articles)
    one, other = "2024-03-07-a|Le Premier ministre Paul", "2024-03-07-b|Paul Verdier s'est"
    assert_cited(events, one, other, together, None)
