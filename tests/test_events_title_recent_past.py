"""A title cut at a clause boundary to fit its room is never cut right after "venir" of the
recent past ("Le club anglais ... vient de recruter ..."): its infinitive is the verb, and
"Le club ... vient" says nothing (issue 9: headlines that tell the fact); nor does it end
on a parenthesis it opened ("(31" of "(31 ans)"). Read from whole invented articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import chronology_of

# (body, how the title of its one event opens)
RECENT = [
    (
        "Le club anglais de Championship de Birmingham City vient de recruter mardi le jeune "
        "attaquant Paul-Marie Lenoir-Dubreuil (22 ans).",
        "Le club anglais de Championship de Birmingham City vient de recruter",
    ),
    (
        "Le club de rugby de Saint-Martin-de-Valgorge en Ardèche vient de recruter mardi le "
        "talonneur Paul-Marie Lenoir-Dubreuil (31 ans).",
        "Le club de rugby de Saint-Martin-de-Valgorge en Ardèche vient de recruter le talonneur",
    ),
]


@pytest.mark.parametrize(("body", "title"), RECENT)
def test_a_title_keeps_the_infinitive_of_the_recent_past(tmp_path: Path, body, title):
    [event] = chronology_of(tmp_path, body, "2021-03-10").events
    assert event.title.startswith(title), event.title
