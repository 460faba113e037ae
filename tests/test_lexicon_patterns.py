"""The patterns of reporting clauses: compiled when first read, each once a vocabulary."""

from __future__ import annotations

import pytest

from timeline.events.lexicon import Lexicon, lexicon

PATTERNS = ["trailing_report", "leading_report", "continuation", "additive", "negation"]


@pytest.mark.parametrize("name", PATTERNS)
def test_a_pattern_is_compiled_when_first_read_and_kept(name):
    fresh = Lexicon(lexicon().data)
    assert name not in vars(fresh)
    pattern = getattr(fresh, name)
    assert vars(fresh)[name] is pattern
    assert getattr(fresh, name) is pattern
    assert [n for n in PATTERNS if n in vars(fresh)] == [name]


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("trailing_report", "« Nous reprendrons », a annoncé mercredi Vladimir Poutine.", True),
        ("trailing_report", "Les frappes ont repris mercredi.", False),
        ("leading_report", "Le ministre a déclaré mercredi que les frappes continueraient", True),
        ("continuation", "« Les secours sont sur place », a-t-il poursuivi.", True),
        ("additive", "En outre, le ministre a démissionné.", True),
        ("negation", "Le ministre n'a jamais démissionné.", True),
        ("negation", "Le ministre a démissionné.", False),
    ],
)
def test_the_patterns_read_reporting_clauses(name, text, found):
    assert bool(getattr(lexicon(), name).search(text)) == found
