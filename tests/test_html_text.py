"""Text escaped for HTML as a plain string: what ``str(markupsafe.escape(text))`` gives."""

from __future__ import annotations

import random

import pytest
from markupsafe import Markup, escape

from timeline.mkdocs_plugin.html_text import esc_text

VALUES = [
    "",
    "texte",
    'L\'armée « frappe » & <b>gras</b> "cité"',
    "&amp; déjà échappé &#39;",
    "<script>alert('x')</script>",
    "../../evenements/2015-03-12-attaque/?a=1&b=2",
    "😀 \u2028 \x00",
    Markup("<em>sûr</em> &amp;"),  # already safe: kept as it is
    Markup(""),
    12,
    -1.5,
    None,
]


@pytest.mark.parametrize("value", VALUES)
def test_esc_text_is_markupsafe_escape_as_a_string(value):
    found = esc_text(value)
    assert found == str(escape(value))
    assert type(found) is str


def test_random_texts_of_the_escaped_characters():
    rng = random.Random(7)
    letters = "&<>'\"a é;#0"
    for _ in range(500):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
        assert esc_text(text) == str(escape(text))
