"""Whose words a pronoun's reporting clause gives (issue 9: "attributed statements"): "Il a
jugé que ..." is the person the main clause of a sentence since the last words quoted
tells of as its subject, a person named or an office ("Le Premier ministre a pourtant pris
la parole aussitôt après pour expliquer la décision. Il a jugé que ..."), not the speaker
quoted before (dev31's rfi.fr of 10 April 2006: the Prime Minister's words credited to the
President). With no such sentence between, the pronoun goes on with the last speaker. A
pronoun after words set off before it by a comma is the subject all the same ("Dans la
foulée, il a annoncé qu'il ...", "Mardi, elle a indiqué que ...": dev31's 31 March 2006
article, the President's words left to nobody). Paragraphs apart; invented names; spaCy's
French parser."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

from timeline.events import speakers

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
