"""Property tests: any text and any publication date give valid, ordered, disjoint timexes."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.periods import span_of

TYPES = {"DATE", "TIME", "DURATION", "SET"}
# French-looking text: words of the rules mixed with anything Unicode.
WORDS = st.sampled_from(
    [
        "mercredi",
        "hier",
        "soir",
        "depuis",
        "le",
        "30",
        "septembre",
        "2015",
        "plus",
        "d'un",
        "an",
        "il",
        "y",
        "a",
        "trois",
        "jours",
        "week-end",
        "lors",
        "du",
        "à",
        "14",
        "h",
        "ces",
        "derniers",
        "prochain",
        "dernier",
        "l'",
        "ce",
        "matin",
        "mer",
        "Su-24M",
        "\u00a0",
        "\u202f",
        "’",
        "-",
        ",",
        ".",
        "\n",
        "mi-",
        "XIXe",
        "siècle",
        "fin",
        "début",
        "vingt-cinq",
        "quatre-vingt",
        "1er",
        "en",
        "janvier",
        "dans",
        "semaines",
        "ici",
        "d'",
        "99999999",
        "ans",
        "0",
        "29",
        "février",
        "31",
        "avril",
        "mois",
        "aujourd'hui",
        "XXXe",
        "8h",
        "9h30",
        "h",
        "14:30",
    ]
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, st.text(max_size=3)), max_size=60).map(" ".join),
    st.lists(WORDS, max_size=40).map("".join),
)
DCT = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


@settings(max_examples=300, deadline=None)
@given(TEXT, DCT)
def test_any_text_gives_valid_sorted_disjoint_timexes(text, dct):
    found = tag(text, dct)
    previous_end = 0
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert timex.start >= previous_end
        previous_end = timex.end
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in TYPES
        assert timex.value and not timex.value.startswith("UNDEF")
        if timex.span is not None:
            first, last = (dt.date.fromisoformat(d) for d in timex.span)
            assert first <= last
        assert timex.explanation


@settings(max_examples=100, deadline=None)
@given(DCT)
def test_span_of_a_resolved_weekday_is_its_day(dct):
    for timex in tag("Il a été reçu mardi. Il reviendra samedi soir.", dct):
        assert span_of(timex.value) == tuple(dt.date.fromisoformat(d) for d in timex.span)
