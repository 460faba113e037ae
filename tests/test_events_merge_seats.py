"""Merging: a body or a seat speaks for its holder (issue 9). "La préfecture du Finistère"
speaks for "le préfet du Finistère, Jean Castel"; "le ministère de la Santé" for "Claire
Dufour, la ministre de la Santé": the body's noun and its head's are one stem with two
endings of French derivation (présidence / président, mairie / maire, ministère / ministre,
préfecture / préfet), the complement the same; a seat named by a place ("l'Élysée",
"Matignon") is knowledge in ``merging.yml``. A statement of the body and one of its holder
are then one speaker's, who counts as someone both reports tell. Two offices of one kind
whose subjects name two places ("la présidence malienne" / "le président français", "le
préfet du Var" / "le préfet des Alpes-Maritimes") are two doers, and so are two offices of
any kinds of two places in one article's round-up ("le président français" / "le Premier
ministre britannique", under their names as headings): the doer decides; a seat relaying
an act of an office is not another doer's. Each row of the first
table is invented articles of two outlets run through the whole pipeline, checking whether
two sentences end up cited by one event."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

from timeline.events import speakers

SEATS = [
    # (case, articles, one sentence, another, one event?)
    (
        "a ministry's announcement and its minister's words",
        {
            "2022-10-05-sante-essai": "Le ministère de la Santé a annoncé mercredi le rappel "
            "de deux lots de vaccins contre la grippe, par précaution.",
            "2022-10-05-quotidien-essai": "« Nous rappelons ces deux lots de vaccins par "
            "simple précaution », a déclaré mercredi Claire Dufour, la ministre de la Santé.",
        },
        "sante-essai|Le ministère de la Santé a annoncé",
        "quotidien-essai|Claire Dufour",
        True,
    ),
    (
        "a prefecture's words and its prefect's, named beside his title",
        {
            "2020-02-11-ouest-essai": "« Les routes resteront fermées jusqu'à mercredi », a "
            "précisé mardi la préfecture du Finistère.",
            "2020-02-11-breizh-essai": "Le préfet du Finistère, Jean Castel, a annoncé mardi "
            "que les routes resteraient fermées jusqu'à mercredi.",
        },
        "ouest-essai|a précisé mardi la préfecture",
        "breizh-essai|Jean Castel",
        True,
    ),
    (
        "two ministries on one day: two offices",
        {
            "2022-10-06-sante-essai": "Le ministère de la Santé a annoncé jeudi le rappel de "
            "fromages contaminés par la listeria. La ministre de la Santé, Claire Dufour, "
            "a visité une fromagerie.",
            "2022-10-06-agri-essai": "Le ministère de l'Agriculture a annoncé jeudi le "
            "contrôle de fromages contaminés par la listeria.",
        },
        "sante-essai|ministère de la Santé a annoncé",
        "agri-essai|ministère de l'Agriculture",
        False,
    ),
    (
        "a town hall and another town's mayor",
        {
            "2023-04-14-vernon-essai": "« Nous sommes soulagés », a indiqué vendredi la mairie "
            "de Vernon dans un communiqué après la réouverture de la gare.",
            "2023-04-14-eure-essai": "« Nous sommes soulagés », a déclaré vendredi Luc Martin, "
            "le maire d'Évreux, après la réouverture de la gare.",
        },
        "vernon-essai|la mairie de Vernon",
        "eure-essai|Luc Martin",
        False,
    ),
    (
        "a presidency and another country's president: two offices of one kind",
        {
            "2021-06-18-afrique-essai": "La présidence malienne a salué vendredi la libération "
            "des trois pêcheurs.",
            "2021-06-18-matin-essai": "Le président français, Alain Ferrand, a salué vendredi "
            "la libération des trois pêcheurs.",
        },
        "afrique-essai|La présidence malienne",
        "matin-essai|Alain Ferrand",
        False,
    ),
    (
        "two countries' leaders of two offices congratulate one winner under name headings",
        {
            "2015-05-24-monde-essai": "Sa victoire annoncée, Ana Lopes a reçu les "
            "félicitations de nombreux dirigeants.\n\nEmmanuel Macron\n\nSur Twitter, le "
            "président français a félicité Ana Lopes et l'a appelée à agir « ensemble ».\n\n"
            "Boris Johnson\n\nLe Premier ministre britannique a félicité Ana Lopes et salué "
            "un « exploit historique ».",
        },
        "monde-essai|le président français",
        "monde-essai|Le Premier ministre britannique",
        False,
    ),
    (
        "the presidency relaying a minister's resignation and the minister resigning",
        {
            "2013-03-19-elysee-essai": "L'Élysée annonce, ce mardi 19 mars, que Paul Girard "
            "a démissionné de sa fonction de ministre du Budget.",
            "2013-03-20-quotidien-essai": "Le ministre français du Budget, Paul Girard, a "
            "démissionné mardi, après l'ouverture d'une information judiciaire.",
        },
        "elysee-essai|L'Élysée annonce",
        "quotidien-essai|Le ministre français du Budget",
        True,
    ),
    (
        "two prefects of two departments order one evacuation",
        {
            "2021-08-16-var-essai": "Le préfet du Var a ordonné lundi l'évacuation du camping "
            "des Pins face à l'incendie.",
            "2021-08-16-azur-essai": "Le préfet des Alpes-Maritimes a ordonné lundi "
            "l'évacuation du camping des Pins face à l'incendie.",
        },
        "var-essai|Le préfet du Var",
        "azur-essai|Le préfet des Alpes-Maritimes",
        False,
    ),
    (
        "a ministry and an agent of it: an employee speaks for nobody",
        {
            "2022-10-07-sante-essai": "Le ministère de la Santé a annoncé vendredi la "
            "fermeture de deux laboratoires.",
            "2022-10-07-quotidien-essai": "« On ferme deux laboratoires », a déclaré vendredi "
            "Paul Roux, un agent du ministère de la Santé.",
        },
        "sante-essai|ministère de la Santé",
        "quotidien-essai|Paul Roux",
        False,
    ),
    (
        "one mayor's two statements of one day on two subjects",
        {
            "2019-09-11-manche-essai": "« Je reconstruirai l'école avant l'été », a assuré "
            "mercredi Jeanne Morel, la maire de Saint-Lô.",
            "2019-09-11-cotentin-essai": "La mairie de Saint-Lô a annoncé mercredi une hausse "
            "des tarifs de la piscine municipale.",
        },
        "manche-essai|Je reconstruirai",
        "cotentin-essai|hausse des tarifs",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), SEATS, ids=[r[0] for r in SEATS]
)
def test_a_body_or_a_seat_speaks_for_its_holder(
    tmp_path: Path,
    case: str,
    articles: dict[str, str],
    one: str,
    other: str,
    together: bool,
) -> None:
    assert_cited(events_of(tmp_path, articles), one, other, together, case)


# --- the office a body or a seat stands for -----------------------------------------------------

OFFICES = [
    # (case, the body as a reporting clause describes it, a holding's title, its office?)
    ("a prefecture, its prefect", "la préfecture du Finistère", "préfet du Finistère", True),
    ("a prefecture, a prefect elsewhere", "la préfecture du Finistère", "préfet du Var", False),
    ("a ministry, its minister", "le ministère de la Santé", "ministre de la Santé", True),
    ("a ministry, a minister of another", "le ministère de la Santé", "ministre des Sports", False),
    (
        "a presidency, its president",
        "la présidence de la République",
        "présidente de la République",
        True,
    ),
    ("a town hall, its mayor", "la mairie", "maire de Quimper", True),
    ("a direction, its director", "la direction du musée", "directrice du musée", True),
    ("a seat named by a place", "l'Élysée dans un communiqué", "président de la République", True),
    ("an agency is no agent's (stem too short)", "l'agence", "agent", False),
    ("a police is no policeman's", "la police", "policier", False),
    ("a government is no governor's", "le gouvernement", "gouverneur", False),
]


@pytest.mark.parametrize(("case", "body", "title", "held"), OFFICES, ids=[r[0] for r in OFFICES])
def test_the_office_a_body_or_a_seat_stands_for(
    case: str, body: str, title: str, held: bool
) -> None:
    offices = speakers.body_offices(speakers.described_title(body))
    found = any(o.held_as(speakers.title_key(title)) for o in offices)
    assert found == held, (case, offices)


SEAT_TITLES = [
    # (case, a title as said, a holding's title, one office?)
    (
        "the head of state is the president",
        "le chef de l'État français",
        "président français",
        True,
    ),
    (
        "the head of government is the Prime Minister",
        "le chef du gouvernement",
        "premier ministre",
        True,
    ),
    ("another country's Prime Minister", "le Premier ministre belge", "premier ministre", False),
    ("a president alone: any president", "le président", "président de la République", False),
]


@pytest.mark.parametrize(
    ("case", "said", "title", "held"), SEAT_TITLES, ids=[r[0] for r in SEAT_TITLES]
)
def test_the_titles_of_one_seat_are_one_office(
    case: str, said: str, title: str, held: bool
) -> None:
    offices = speakers.seat_offices(speakers.described_title(said))
    found = any(o.held_as(speakers.title_key(title)) for o in offices)
    assert found == held, (case, offices)
