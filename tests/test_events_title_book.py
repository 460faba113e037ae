"""Who holds an office in the build (issue 9, ``speakers.TitleBook``): the titles written next
to a name, looked up by the office's head noun and its feminine ("ministre", "présidente"),
every word telling which office agreeing ("ministre de l interieur" is the office "ministre";
"maire de brest" is not the office "maire de quimper"); the one holder in the article, else
the one around the day; nobody when several. The book finds an office among the titles of its
head noun only, never scanning every title of the build (a 1,000-article build writes
thousands), with the same answers. Table rows, no model."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events.speakers import Holding, Office, TitleBook

DAY = dt.date(2024, 5, 13)

HOLDINGS = [
    Holding("ministre de l interieur", "marc-leroy", 0, DAY),
    Holding("ministre de la justice", "anne-vidal", 1, DAY),
    Holding("presidente de la region", "lea-roux", 2, DAY),
    Holding("maire de brest", "paul-girard", 3, DAY),
    Holding("maire de quimper", "jean-castel", 4, DAY),
    Holding("prefet du finistere", "yves-morel", 5, DAY + dt.timedelta(days=120)),
]

OFFICE_HOLDERS = [
    # (case, offices, article, holder)
    (
        "an office by its head noun and its complement",
        [Office("ministre", frozenset({"interieur"}))],
        9,
        "marc-leroy",
    ),
    (
        "a feminine title found by the masculine office",
        [Office("president", frozenset({"region"}))],
        9,
        "lea-roux",
    ),
    (
        "the office's complement tells which",
        [Office("maire", frozenset({"quimper"}))],
        9,
        "jean-castel",
    ),
    ("two holders of the head noun: nobody", [Office("maire", frozenset())], 9, None),
    ("two holders, one in the article: that one", [Office("maire", frozenset())], 3, "paul-girard"),
    (
        "several offices asked, one holder",
        [Office("ministre", frozenset({"justice"})), Office("juge", frozenset())],
        9,
        "anne-vidal",
    ),
    ("a holder far from the day: nobody", [Office("prefet", frozenset())], 9, None),
    ("no title of that head noun: nobody", [Office("gouverneur", frozenset())], 9, None),
]


@pytest.mark.parametrize(
    ("case", "offices", "article", "holder"), OFFICE_HOLDERS, ids=[r[0] for r in OFFICE_HOLDERS]
)
def test_an_office_is_looked_up_among_its_head_nouns_titles(
    case: str, offices: list[Office], article: int, holder: str | None
) -> None:
    book = TitleBook(HOLDINGS)
    assert book.office_holder(tuple(offices), article, DAY) == holder, case


OWN_HEADS = [
    # (case, noun, article, holder)
    ("the article's title of that head noun with a complement", "ministre", 1, "anne-vidal"),
    ("a feminine title of the article", "president", 2, "lea-roux"),
    ("no title of that head noun in the article", "ministre", 3, None),
]


@pytest.mark.parametrize(
    ("case", "noun", "article", "holder"), OWN_HEADS, ids=[r[0] for r in OWN_HEADS]
)
def test_a_title_shortened_to_its_noun_is_its_articles_holder(
    case: str, noun: str, article: int, holder: str | None
) -> None:
    assert TitleBook(HOLDINGS).own_head_holder(noun, article) == holder, case
