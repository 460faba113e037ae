"""A caption line naming an office alone opens that office's words (issue 9,
``speakers.office_caption``, ``assemble._captioned``): news sets a speaker's words or a sound
clip under a line of its own giving who speaks ("Procureur de Paris" / "Selon lui, ...";
"Porte-parole du parti socialiste" / "La banque n'a pas agi « ... »"; dev30's shape). What
follows the caption is a statement of its own, never a detail of the event told before it,
nor of the words under another caption. The French is invented; the table of lines is read
alone, the articles run through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

from timeline.events import speakers

LINES = [
    # (line, the office it captions, "" when none)
    ("Procureur de Paris", "procureur de paris"),
    ("Porte-parole du parti socialiste", "porte-parole du parti socialiste"),
    ("Porte-parole de l'UMP", "porte-parole de l ump"),
    ("Ministre de la Santé", "ministre de la sante"),
    ("Directrice de l'hôpital de Nantes", "directrice de l hopital de nantes"),
    ("Sur le même sujet", ""),
    ("6,5 milliards d'euros de provisions", ""),
    ("Éviter de le stresser", ""),
    ("Le directeur de la NASA a salué leur courage", ""),
    ("Préfecture de la Loire-Atlantique", ""),  # a body, not a person's office
    ("porte-parole de l'UMP", ""),  # a line of its own opens with a capital
    ("Porte-parole du parti socialiste de la Loire-Atlantique", ""),  # longer than a title
]


@pytest.mark.parametrize(("line", "office"), LINES, ids=[r[0] for r in LINES])
def test_a_caption_names_an_office_alone(line: str, office: str) -> None:
    assert speakers.office_caption(line) == office


STRIKE = (
    "En fin de matinée, les contrôleurs aériens de Nantes ont cessé le travail pour "
    "dénoncer le manque d'effectifs.\n\n"
    "Ministre des Transports\n\n"
    "Selon elle, la grève est « compréhensible mais inutile ».\n\n"
    "Porte-parole du parti socialiste\n\n"
    "Le gouvernement n'a pas agi « avec la rapidité nécessaire ».\n\n"
    "Porte-parole des Verts\n\n"
    "Il faut « recruter sans attendre »."
)

CAPTIONED = [
    # (case, articles, one sentence, another, one event?)
    (
        "the words under a caption are no detail of the strike told before it",
        {"2011-05-17-a": STRIKE},
        "a|ont cessé le travail",
        "a|Selon elle",
        False,
    ),
    (
        "the words under two captions are two speakers' statements",
        {"2011-05-17-a": STRIKE},
        "a|Le gouvernement n'a pas agi",
        "a|Il faut",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), CAPTIONED, ids=[r[0] for r in CAPTIONED]
)
def test_a_captions_words_are_a_statement_of_their_own(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)
