"""One speaker's words of a day told sentence by sentence in one article and in one sentence
by another are one declaration (issue 9, ``frames.mark_declarations``): when no article
names the occasion, an article's sentences of one occasion of that speaker
(``mark_occasions``) are that article's account of it, as one sentence is; not another
speaker's. Invented French articles run through the whole pipeline; each row says which two
sentences one event cites, or that no event cites both."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

ONE = (
    "Le port de Brest restera fermé tout l'été après l'effondrement d'un quai. « Le port "
    "rouvrira en septembre », a affirmé lundi Paul Girard, maire de la ville. Paul Girard a "
    "ajouté lundi que les travaux coûteraient deux millions d'euros."
)
OTHER = (
    "Le quai effondré du port de Brest sera reconstruit. Paul Girard a "
    "estimé lundi que la fermeture était « une épreuve pour toute la ville »."
)
ANOTHER = OTHER.replace("Paul Girard", "Marc Leroy, le préfet,")

RETOLD = [
    # (case, the articles, one sentence, another, one event?)
    (
        "an occasion told in two sentences, and in one by another outlet",
        {"2024-05-13-essai-a": ONE, "2024-05-13-essai-b": OTHER},
        "Le port rouvrira en septembre",
        "une épreuve pour toute la ville",
        True,
    ),
    (
        "another speaker of the day in the other outlet",
        {"2024-05-13-essai-a": ONE, "2024-05-13-essai-b": ANOTHER},
        "Le port rouvrira en septembre",
        "une épreuve pour toute la ville",
        False,
    ),
]


@pytest.mark.parametrize(
    ("case", "articles", "one", "other", "together"), RETOLD, ids=[r[0] for r in RETOLD]
)
def test_an_occasion_told_sentence_by_sentence_is_the_declaration_another_outlet_tells(
    tmp_path: Path, case: str, articles: dict[str, str], one: str, other: str, together: bool
) -> None:
    events = events_of(tmp_path, articles)
    assert_cited(events, one, other, together, case)
