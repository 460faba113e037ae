"""A lead opened by a dateline in parentheses under a picture's credit line (issue 9, kinds
lost): a daily printing agency copy under its picture ("PHOTO PAUL DUPONT, ASSOCIATED PRESS"
/ "(Washington) Vendredi, le démocrate a dépassé ...") opens its story with the place in
parentheses; that line is the story's lead, never the picture's caption (the short line
under a credit line alone is one otherwise). Invented French of other places, genres and
word orders, each beside a twin that is a caption.

Each row: (the page's paragraphs, the number (1-based) of the line under the credit, whether
it is a caption)."""

from __future__ import annotations

import pytest

from timeline.events import kinds

CREDIT = "PHOTO JEAN DUPONT, AGENCE FRANCE-PRESSE"
STORY = (
    "Elle mène désormais de 1 200 voix, selon la télévision publique. Le dépouillement continue."
)

ROWS = [
    (
        [
            CREDIT,
            "(Madrid) Vendredi, la candidate de gauche a dépassé le maire sortant dans le "
            "décompte des bulletins.",
            "Agence France-Presse",
            STORY,
        ],
        2,
        False,
    ),
    (
        [CREDIT, "(Québec) Le gouvernement a annoncé jeudi la fermeture de trois hôpitaux.", STORY],
        2,
        False,
    ),
    (
        [
            CREDIT,
            "(Saint-Jean-sur-Richelieu) « Nous ne fermerons pas l'usine », a promis le patron.",
            STORY,
        ],
        2,
        False,
    ),
    (
        [CREDIT, "(Rio de Janeiro) Les secours ont retrouvé mardi trois survivants.", STORY],
        2,
        False,
    ),
    # twins: a caption under the credit line
    ([CREDIT, "Le maire sortant lors du dépouillement à Madrid, vendredi.", STORY], 2, True),
    ([CREDIT, "(De gauche à droite) les trois finalistes sur le podium.", STORY], 2, True),
]


@pytest.mark.parametrize(("paragraphs", "line", "caption"), ROWS)
def test_a_dateline_in_parentheses_opens_the_story(
    paragraphs: list[str], line: int, caption: bool
) -> None:
    assert (line in kinds.caption_paragraphs(paragraphs)) is caption, paragraphs[line - 1]
