"""A scene at a moment of the story's day, told in the imperfect (issue 9, reports not
published): a sentence opening on a clock time or a part of the day ("En fin de journée, le
président était toujours retenu", "Vers 15 heures, des centaines de personnes attendaient")
tells what was happening at that moment of the day, a happening of the story, not how things
stood before it. Invented French sentences, each beside a twin that describes.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2021-03-12"
FIRE = "Un incendie a ravagé jeudi un entrepôt de la zone industrielle de Vierzon.\n\n"
STRIKE = "Les contrôleurs aériens ont entamé jeudi une grève de quarante-huit heures.\n\n"

ROWS = [
    # a moment of the day opening the paragraph or following the lead: the scene then
    (
        FIRE + "En fin de matinée, une soixantaine de pompiers luttaient encore contre les "
        "flammes sous une pluie fine.",
        "soixantaine de pompiers",
        TOLD,
    ),
    (
        STRIKE + "Vers 15 heures, des centaines de voyageurs attendaient toujours devant "
        "les comptoirs du terminal.",
        "centaines de voyageurs",
        TOLD,
    ),
    # ... a duration after something, not a moment of the day: how things stood
    (
        FIRE + "Trois heures après le départ du feu, la toiture fumait toujours au-dessus "
        "des rayonnages.",
        "toiture fumait",
        NO_EVENT,
    ),
    # ... a moment inside a participle, the verb's own moment is none
    (
        FIRE + "Le bâtiment, construit dans les années 1980, abritait surtout des meubles "
        "livrés le matin même par des transporteurs de la région.",
        "abritait surtout",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_a_scene_at_a_moment_of_the_day_is_told(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
