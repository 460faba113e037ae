"""Merging: who speaks (issue 9). A statement is who said it, and French news names one
speaker several ways: by name, by a title whose holder the build names once in apposition
("la maire de Lyon, Claire Vernay"), or not at all, the speaker carried along the speech
(a quotation with no verb of saying after a sentence of saying). Each row is invented
articles of two or three outlets run through the whole pipeline (extraction with spaCy,
assembly), checking whether two sentences end up cited by one event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

from timeline.events import speakers

# --- a title alone stands for the one holder the build names for it at that date -------------

TITLES = [
    # (case, articles, one sentence, another, one statement?)
    (
        "a mayor: the title alone, its holder named in apposition by another outlet",
        {
            "2024-03-07-lyon-matin": "La maire de Lyon, Claire Vernay, a inauguré jeudi la "
            "nouvelle ligne de tramway de la presqu'île. Claire Vernay a annoncé dans la "
            "foulée que les voitures seraient interdites dans le centre dès le mois de janvier.",
            "2024-03-07-rhone-info": "La maire de Lyon a annoncé jeudi que les voitures "
            "seraient interdites dans le centre de la ville dès le mois de janvier.",
        },
        "lyon-matin|Claire Vernay a annoncé",
        "rhone-info|La maire de Lyon a annoncé",
        True,
    ),
    (
        "a coach: the holder named with the title after his name",
        {
            "2023-10-14-ouest-sport": "Marc Delorme, entraîneur du FC Nantes, a estimé samedi "
            "que ses joueurs avaient manqué de courage lors de la lourde défaite contre Lens.",
            "2023-10-14-foot-direct": "L'entraîneur du FC Nantes a estimé samedi que ses "
            "joueurs avaient manqué de courage lors de la lourde défaite face à Lens.",
        },
        "ouest-sport|Marc Delorme",
        "foot-direct|L'entraîneur du FC Nantes",
        True,
    ),
    (
        "two holders of one title in the build at that date: the title stands for neither",
        {
            "2023-10-14-ouest-sport": "Marc Delorme, entraîneur du FC Nantes, a estimé samedi "
            "que ses joueurs avaient manqué de courage lors de la lourde défaite contre Lens.",
            "2023-10-14-presse-ocean": "Yann Caradec, entraîneur du FC Nantes, a été nommé "
            "samedi soir, quelques heures après la lourde défaite contre Lens.",
            "2023-10-14-foot-direct": "L'entraîneur du FC Nantes a estimé samedi que ses "
            "joueurs avaient manqué de courage lors de la lourde défaite face à Lens.",
        },
        "ouest-sport|Marc Delorme",
        "foot-direct|L'entraîneur du FC Nantes",
        False,
    ),
    (
        "another holder of the title years before does not stand in the way",
        {
            "2016-05-10-terre-hebdo": "Le ministre de l'Agriculture, Paul Verdier, a visité "
            "mardi une exploitation laitière de la Manche.",
            "2024-02-06-agri-actu": "Le ministre de l'Agriculture, Luc Marin, a reçu mardi les "
            "représentants des éleveurs. Luc Marin a estimé que la crise laitière exigeait "
            "une aide d'urgence de 50 millions d'euros pour les éleveurs de bovins.",
            "2024-02-06-campagnes": "Le ministre de l'Agriculture a estimé mardi que la crise "
            "laitière exigeait une aide d'urgence de 50 millions d'euros.",
        },
        "agri-actu|Luc Marin a estimé",
        "campagnes|Le ministre de l'Agriculture a estimé",
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), TITLES, ids=[r[0] for r in TITLES]
)
def test_a_title_stands_for_its_one_holder(
    tmp_path: Path,
    case: str,
    articles: dict[str, str],
    one: str,
    other: str,
    together: bool,
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, together, case)


# --- the title, as the build writes it next to a name and as a reporting clause gives it -------

HOLDINGS = [
    # (case, text, the person's name in it, the title learned, "" for none)
    (
        "before, comma",
        "La maire de Lyon, Claire Vernay, a inauguré",
        "Claire Vernay",
        "maire de lyon",
    ),
    ("before, no comma", "selon le président du club Paul Bise", "Paul Bise", "president du club"),
    (
        "after, bare",
        "Marc Delorme, entraîneur du FC Nantes, a dit",
        "Marc Delorme",
        "entraineur du fc nantes",
    ),
    ("after, with its article", "Ana Roy, la préfète du Var. Elle", "Ana Roy", "prefete du var"),
    (
        "the longest title, not its tail",
        "le ministre de l'Agriculture Luc Marin",
        "Luc Marin",
        "ministre de l agriculture",
    ),
    ("a relative is no title", "Ana Roy, qui dirige le club, a dit", "Ana Roy", ""),
    ("a verb is no title", "« Non », a dit Ana Roy, ce matin.", "Ana Roy", ""),
]


@pytest.mark.parametrize(("case", "text", "name", "title"), HOLDINGS, ids=[r[0] for r in HOLDINGS])
def test_a_title_is_read_next_to_its_holders_name(
    case: str, text: str, name: str, title: str
) -> None:
    start = text.index(name)
    found = speakers.holdings([text], [dt.date(2024, 3, 7)], [[(start, start + len(name), "x")]])
    assert [h.title for h in found] == ([title] if title else []), case


DESCRIBED = [
    # (case, a reporting clause's subject, lower case, the title it gives)
    ("a title", "la maire de lyon", "maire de lyon"),
    ("a day before it", "samedi le premier ministre", "premier ministre"),
    (
        "words set off before it",
        "dans son discours à lyon, le sénateur du rhône",
        "senateur du rhone",
    ),
    ("a pronoun", "elle", ""),
    ("a name", "claire vernay", ""),
    # whom the words were said to, or when, before the title: a complement, no title
    (
        "the agency told before it",
        "samedi à l'afp le porte-parole de la compagnie",
        "porte-parole de la compagnie",
    ),
    ("the agency told alone", "à l'afp", ""),
    ("a time told before it", "pour l'heure le préfet", "prefet"),
    # the article after a genitive is the title's ("un porte-parole de la mairie")
    ("a spokesman of a body", "jeudi à l'afp un porte-parole de la mairie", "mairie"),
]


@pytest.mark.parametrize(("case", "said", "title"), DESCRIBED, ids=[r[0] for r in DESCRIBED])
def test_a_reporting_clause_gives_a_title(case: str, said: str, title: str) -> None:
    assert speakers.described_title(said) == title, case


BOOK = [
    speakers.Holding("maire de lyon", "claire-vernay", 0, dt.date(2024, 3, 7)),
    speakers.Holding("ministre de l agriculture", "paul-verdier", 0, dt.date(2016, 5, 10)),
    speakers.Holding("ministre de l agriculture", "luc-marin", 1, dt.date(2024, 2, 6)),
    speakers.Holding("entraineur du fc nantes", "marc-delorme", 2, dt.date(2023, 10, 14)),
    speakers.Holding("entraineur du fc nantes", "yann-caradec", 3, dt.date(2023, 10, 14)),
]

HOLDERS = [
    # (case, title, the report's article, its day, the holder it stands for)
    ("one holder in the build", "maire de lyon", 9, dt.date(2024, 3, 8), "claire-vernay"),
    ("one holder at that date", "ministre de l agriculture", 9, dt.date(2024, 2, 7), "luc-marin"),
    (
        "the other holder, years before",
        "ministre de l agriculture",
        9,
        dt.date(2016, 5, 9),
        "paul-verdier",
    ),
    ("two holders at that date", "entraineur du fc nantes", 9, dt.date(2023, 10, 14), None),
    (
        "the article's own holder first",
        "entraineur du fc nantes",
        3,
        dt.date(2023, 10, 14),
        "yann-caradec",
    ),
    ("nobody at that date", "maire de lyon", 9, dt.date(2026, 3, 7), None),
    ("a title nobody holds", "prefet du var", 9, dt.date(2024, 3, 7), None),
]


@pytest.mark.parametrize(
    ("case", "title", "article", "day", "holder"), HOLDERS, ids=[r[0] for r in HOLDERS]
)
def test_a_title_stands_for_one_holder_at_that_date(
    case: str, title: str, article: int, day: dt.date, holder: str | None
) -> None:
    assert speakers.TitleBook(BOOK).holder(title, article, day) == holder, case


# --- a title shortened to its noun: the one holder its own article names ------------------

SHORT_BOOK = [
    speakers.Holding("prefet du cantal", "marc-olivier", 0, dt.date(2022, 12, 13)),
    speakers.Holding("jury quitte l hotel", "ana-roy", 1, dt.date(2022, 12, 13)),
    speakers.Holding("ministre de l economie", "luc-marin", 2, dt.date(2022, 12, 13)),
    speakers.Holding("ministre de la sante", "eva-morin", 2, dt.date(2022, 12, 13)),
]

SHORTENED = [
    # (case, the title a reporting clause gives, the report's article, the holder)
    ("the noun of the one title its article writes", "prefet", 0, "marc-olivier"),
    ("another article: nobody", "prefet", 3, None),
    ("a noun with no complement of a genitive: no office", "jury", 1, None),
    ("two titles of that noun in the article: nobody", "ministre", 2, None),
]


@pytest.mark.parametrize(
    ("case", "title", "article", "holder"), SHORTENED, ids=[r[0] for r in SHORTENED]
)
def test_a_shortened_title_stands_for_its_articles_one_holder(
    case: str, title: str, article: int, holder: str | None
) -> None:
    book = speakers.TitleBook(SHORT_BOOK)
    assert speakers.title_holder(book, title, article, dt.date(2022, 12, 13)) == holder, case
