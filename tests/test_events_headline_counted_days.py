"""A day counted from a happening ("Au lendemain de l'incendie de la salle des fêtes, ...")
is one time expression with the happening its complement names: a headline leaves both
out, never the day alone with "de l'incendie ..." opening it (issue 9: headlines with no
dangling start). Read from whole invented articles, the sentence parsed (an event of its
own) or not (a follow-up set apart: the regex way)."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import chronology_of


def titles_of(tmp_path: Path, body: str) -> dict[str, str]:
    """sentence -> the title of the event citing it first."""
    chronology = chronology_of(tmp_path, body, "2021-03-10")
    return {e.sources[0].sentence: e.title for e in chronology.events}


COUNTED = [
    # (body, words of the sentence, how its title opens)
    (
        "Au lendemain de la finale de la Coupe de France, les joueurs ont été reçus mardi "
        "à l'Élysée par le président.",
        "reçus",
        "Les joueurs ont été reçus",
    ),
    (
        "Au lendemain de cet orage d'une rare violence, le bilan est lourd dans le Gard.",
        "bilan",
        "Le bilan est lourd",
    ),
    # a follow-up set apart, not parsed
    (
        "Le maire de Villebrune a quitté mercredi matin la maison d'arrêt de Nevers, où "
        "il était détenu depuis samedi. Au lendemain de l'incendie de la salle des fêtes, le "
        "maire avait été écroué.",
        "écroué",
        "Le maire avait été écroué",
    ),
]


@pytest.mark.parametrize(("body", "words", "title"), COUNTED)
def test_a_counted_day_leaves_with_its_happening(tmp_path, body, words, title):
    found = [t for sentence, t in titles_of(tmp_path, body).items() if words in sentence]
    assert found, "no event for the sentence"
    assert found[0].startswith(title), found
