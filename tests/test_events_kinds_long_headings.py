"""A page's subheading longer than the short ones (issue 9, background published): a
paragraph of one line with no final punctuation, up to ``heading_long_max_words``, between
two paragraphs that end a sentence ("Donald Trump, qui avait dénoncé des fraudes supposées,
assure avoir « gagné cette élection »", "« Nous travaillons à un retour à la normale le plus
rapidement possible »"): a heading, never a sentence of the story. Invented French of other
genres and shapes, each beside a twin: the story's first paragraph, a page that punctuates
no paragraph, a longer line, a sentence closed by its stop.

Each row: (body, words of the line, whether it is a heading)."""

from __future__ import annotations

import pytest
from essai_article import extraction_of

PUBLISHED = "2015-05-18"
LEAD = "Le président du club, Alain Duroc, a démissionné lundi après douze ans de mandat."
AFTER = "Le conseil d'administration lui a rendu hommage dans un communiqué."

ROWS = [
    (
        f"{LEAD}\n\nAlain Duroc, qui avait dénoncé des pressions, assure avoir « tout donné » "
        f"au club\n\n{AFTER}",
        "tout donné",
        True,
    ),
    (
        f"{LEAD}\n\n« Nous travaillerons avec son successeur dans le même esprit que "
        f"jusqu'ici »\n\n{AFTER}",
        "même esprit",
        True,
    ),
    (
        f"{LEAD}\n\nLes supporters du stade Bonal rendent hommage à celui qui a tout changé "
        f"en douze saisons\n\n{AFTER}",
        "rendent hommage",
        True,
    ),
    # twins: the story's first paragraph; a page that punctuates no paragraph; a longer
    # line; a sentence closed by its stop
    (
        "Alain Duroc, qui avait dénoncé des pressions, quitte la présidence du club après "
        f"douze ans\n\n{LEAD}\n\n{AFTER}",
        "quitte la présidence",
        False,
    ),
    (
        "Le président du club a démissionné lundi après douze ans de mandat\n\nAlain Duroc, "
        "qui avait dénoncé des pressions, assure avoir « tout donné » au club\n\nLe conseil "
        "lui a rendu hommage dans un communiqué",
        "tout donné",
        False,
    ),
    (
        f"{LEAD}\n\nAlain Duroc, qui avait dénoncé à plusieurs reprises des pressions de la "
        "part de certains actionnaires minoritaires, assure avoir « tout donné » au club "
        f"pendant ces douze années\n\n{AFTER}",
        "tout donné",
        False,
    ),
    (
        f"{LEAD}\n\nAlain Duroc, qui avait dénoncé des pressions, assure avoir tout donné "
        f"au club.\n\n{AFTER}",
        "tout donné",
        False,
    ),
]


@pytest.mark.parametrize(("body", "words", "heading"), ROWS)
def test_a_long_subheading(body: str, words: str, heading: bool) -> None:
    [line] = [s for s in extraction_of(body, PUBLISHED).sentences if words in s.text]
    assert line.heading is heading, line.text
