"""Whose words a pronoun's reporting clause gives (issue 9: "attributed statements"): "Il a
jugé que ..." is the person the main clause of a sentence since the last words quoted
tells of as its subject, a person named or an office ("Le Premier ministre a pourtant pris
la parole aussitôt après pour expliquer la décision. Il a jugé que ..."), not the speaker
quoted before (dev31's rfi.fr of 10 April 2006: the Prime Minister's words credited to the
President); a body of the pronoun's gender and number the subject since, its words ("La
société X s'est défendue. Dans un communiqué, elle affirme que ...": dev5's Autostrade, not
the Prime Minister quoted before). With no such sentence between, or one whose subject the
pronoun cannot stand for ("La police a bouclé le quartier. Il a assuré ..."), the pronoun
goes on with the last speaker. A
pronoun after words set off before it by a comma is the subject all the same ("Dans la
foulée, il a annoncé qu'il ...", "Mardi, elle a indiqué que ...": dev31's 31 March 2006
article, the President's words left to nobody). Paragraphs apart; invented names; spaCy's
French parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

from timeline.articles import load_articles
from timeline.chronology import assemble_chronology
from timeline.events import speakers
from timeline.events.extract import extract_articles

PRESIDENT = (
    "Dans un communiqué, le président Paul Marchand a annoncé que la réforme serait "
    "« retirée ».\n\n"
)

PRONOUNS = [
    # (case, the article, the speaker's words, the pronoun's, one statement?)
    (
        "an office the subject since: the Prime Minister's words",
        PRESIDENT + "Le Premier ministre a pourtant pris la parole aussitôt après pour "
        "expliquer la décision.\n\nIl a jugé que les conditions du dialogue n'étaient pas "
        "réunies pour appliquer la réforme.",
        "Paul Marchand a annoncé",
        "Il a jugé",
        False,
    ),
    (
        "another office, another verb, a feminine pronoun",
        "Le maire Luc Perrin a annoncé jeudi la fermeture du pont de la Roche.\n\n"
        "La préfète s'est rendue sur place dans l'après-midi.\n\n"
        "Elle a estimé que la fermeture durerait « plusieurs semaines ».",
        "Luc Perrin a annoncé",
        "Elle a estimé",
        False,
    ),
    (
        "a person named the subject since",
        PRESIDENT + "Le ministre du Travail Jean Roux a reçu les syndicats dans la soirée."
        "\n\nIl a assuré que le dialogue reprendrait « dès lundi ».",
        "Paul Marchand a annoncé",
        "Il a assuré",
        False,
    ),
    (
        "a company the subject since, of the pronoun's gender: the company's words",
        "Le gouvernement a confirmé qu'il entendait révoquer la concession de la "
        "société Velonor.\n\n« Nous avons déjà annoncé que nous allions lancer la procédure "
        "de révocation », a déclaré le chef du gouvernement, Paul Marchand, au cours d'une "
        "conférence de presse.\n\nLa société Velonor, gestionnaire du pont, s'est défendue "
        "face aux accusations du gouvernement.\n\nDans un communiqué, elle affirme "
        "que le pont faisait l'objet de contrôles trimestriels.",
        "a déclaré le chef du gouvernement",
        "elle affirme",
        False,
    ),
    (
        "nothing between: the pronoun goes on with the speaker",
        PRESIDENT + "Il a ajouté que le dialogue reprendrait « dès lundi ».",
        "Paul Marchand a annoncé",
        "Il a ajouté",
        True,
    ),
    (
        "a body the subject since, no person: the pronoun goes on with the speaker",
        PRESIDENT + "La police a bouclé le quartier dans la soirée.\n\nIl a assuré que le "
        "dialogue reprendrait « dès lundi ».",
        "Paul Marchand a annoncé",
        "Il a assuré",
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "body", "one", "other", "together"), PRONOUNS, ids=[r[0] for r in PRONOUNS]
)
def test_a_pronoun_speaks_for_the_person_told_of_since(
    tmp_path: Path, case: str, body: str, one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, {"2010-05-10-essai": body})
    assert_cited(events, one, other, together, case)


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("le premier ministre", "premier ministre"),
        ("le chef de l'etat", "chef de l etat"),
        ("la ministre de la santé", "ministre de la sante"),
        ("la police", ""),
        ("le gouvernement", ""),
        ("les syndicats", ""),
    ],
)
def test_a_subject_gives_a_persons_office(subject: str, title: str) -> None:
    assert speakers.person_title(subject) == title


FRONTED = [
    # (case, the articles, the pronoun's words, another outlet's account of them)
    (
        "a phrase of succession before the pronoun",
        {
            "2010-05-07-essai-a": "« J'ai décidé de promulguer la loi », a déclaré Paul "
            "Marchand vendredi soir à la télévision.\n\nDans la foulée, il a annoncé qu'il "
            "demanderait au gouvernement de préparer deux modifications du texte.",
            "2010-05-08-essai-b": "Paul Marchand a annoncé vendredi qu'il demanderait au "
            "gouvernement de préparer deux modifications de la loi.",
        },
        "Dans la foulée, il a annoncé",
        "Paul Marchand a annoncé vendredi",
    ),
    (
        "a day before the pronoun, a feminine pronoun",
        {
            "2010-05-07-essai-c": "La ministre Anne Leroy a visité l'usine de Rodez jeudi."
            "\n\nMardi, elle a indiqué que le site serait « sauvé ».",
            "2010-05-07-essai-d": "Anne Leroy a indiqué mardi que le site de Rodez serait "
            "« sauvé ».",
        },
        "Mardi, elle a indiqué",
        "Anne Leroy a indiqué mardi",
    ),
]


@pytest.mark.parametrize(("case", "articles", "one", "other"), FRONTED, ids=[r[0] for r in FRONTED])
def test_a_pronoun_after_a_fronted_phrase_is_the_speaker(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, True, case)


def _titles(tmp_path: Path, body: str) -> dict[str, str]:
    """Each published event's first sentence cited -> its headline."""
    folder = tmp_path / "content"
    folder.mkdir()
    front = '---\ntitle: "Essai"\ndate: 2018-11-05\nsource: essai\n---\n\n'
    (folder / "2018-11-05-essai.md").write_text(front + body + "\n", encoding="utf-8")
    loaded = load_articles(folder)
    chronology = assemble_chronology(loaded, extract_articles(loaded), folder)
    return {s.sentence: event.title for event in chronology.events for s in event.sources}


def test_a_pronoun_after_a_source_named_by_selon_is_that_sources(tmp_path: Path) -> None:
    """dev4's "Selon le préfet des Bouches-du-Rhône, les raisons ... ne sont pas connues. Il
    a également indiqué ...": the prefect's words, not the mayor's quoted two sentences
    before (a happening told between them)."""
    titles = _titles(
        tmp_path,
        "La maire de l'arrondissement, Anne Leroy, a déclaré que l'immeuble était en très "
        "mauvais état.\n\nUn troisième immeuble a été évacué par précaution.\n\nSelon le "
        "préfet du Rhône, les raisons de l'effondrement ne sont pas connues. Il a également "
        "indiqué qu'une soixantaine de pompiers étaient sur place.",
    )
    said = next(t for s, t in titles.items() if s.startswith("Il a également indiqué"))
    assert not said.startswith("Leroy"), titles
