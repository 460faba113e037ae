"""Another party's words set against those told before are its own statement (issue 9,
``merge.another_side_speaks``): a follow-up whose reporting clause names its speaker (a
name or a description, not a pronoun) with "de son côté", "pour sa part" or "quant à lui"
(``other_side_markers``) is not more of the words it follows, even when its speaker is
read as the same body ("un porte-parole du ministère" / "l'antenne régionale du
ministère"); after it, the narration goes on with the event it was set against. Not what
it tells done (a witness's "L'immeuble s'est effondré": the happening relayed). Invented
French articles run through the whole pipeline (extraction with spaCy, assembly); each row
says which two sentences one event cites, or that no event cites both."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

QUAKE = (
    "Un violent séisme a frappé mardi la région de Van, dans l'est de la Turquie, blessant au "
    "moins 120 personnes. "
)
SPOKESMAN = (
    "« Nos informations font état de plus de 120 blessés », a déclaré un porte-parole du "
    "ministère turc de la Santé. "
)
HEAT = (
    "Le record national de chaleur a été battu vendredi à Nîmes. « Le mercure continue de "
    "grimper dans le Sud-Est », a noté Météo-France. "
)

OTHER_SIDE = [
    # (case, article, one sentence, another, one event?)
    (
        "a regional branch 'de son côté' after the ministry's spokesman",
        QUAKE + SPOKESMAN + "« Le nombre de victimes augmente d'heure en heure », a indiqué "
        "de son côté l'antenne régionale du ministère de la Santé.",
        "Nos informations font état",
        "Le nombre de victimes augmente",
        False,
    ),
    (
        "after the aside, the narration goes on with the ministry's words",
        QUAKE + SPOKESMAN + "« Le nombre de victimes augmente d'heure en heure », a indiqué "
        "de son côté l'antenne régionale du ministère de la Santé. Le ministère a d'abord "
        "fait état de 50, puis de plus de 80, plus de 100 et plus de 120 blessés, dont au moins "
        "trois graves.",
        "Nos informations font état",
        "Le ministère a d'abord fait état",
        True,
    ),
    (
        "a forecaster 'pour sa part' after the forecasting body",
        HEAT + "« La France rejoint le club des pays qui ont un record national de 45 °C », "
        "a pour sa part indiqué le prévisionniste de Météo-France Paul Jobert sur Twitter.",
        "Le mercure continue de grimper",
        "La France rejoint le club",
        False,
    ),
    (
        "a witness 'de son côté' telling the collapse done: the happening relayed",
        "Deux immeubles se sont effondrés lundi matin rue d'Aubagne, à Marseille. « J'ai "
        "entendu un grand bruit », a raconté un voisin. « L'immeuble s'est effondré d'un bloc "
        "en quelques secondes », a de son côté raconté Karim Nour, qui faisait ses courses.",
        "Deux immeubles se sont effondrés",
        "L'immeuble s'est effondré d'un bloc",
        True,
    ),
    (
        "the same spokesman going on, no marker: more of the same words",
        QUAKE + SPOKESMAN + "« Le nombre de victimes augmente d'heure en heure », a ajouté "
        "le porte-parole du ministère de la Santé.",
        "Nos informations font état",
        "Le nombre de victimes augmente",
        True,
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "one", "other", "together"),
    OTHER_SIDE,
    ids=[r[0] for r in OTHER_SIDE],
)
def test_another_side_speaks_apart(
    tmp_path: Path, case: str, text: str, one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, {"2024-03-12-essai": text})
    assert_cited(events, one, other, together, case)
