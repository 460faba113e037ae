"""A number of a unit of measure ("à 160 km de l'arrivée", "après 300 heures de course":
merging.yml ``measure_units``) is no count of the happening: two reports measuring other
things of it, or one measuring and the other counting, do not give it two numbers, and
their similarity loses nothing for it (``merge.NUMBER_CLASH``); two counts that differ
still do (issue 9, merging's recall: dev20's "après une sieste de seulement 20 minutes",
dev23's "à 160 km de l'arrivée" against "Bureau Vallée 2")."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_events_clause import CONTENT, DAY, parsed, read

from timeline.events import merge
from timeline.events.lexicon import families


def report(text: str, key: tuple[int, int] = (0, 0)) -> merge.Report:
    """A happening as assembly makes one of ``text``: its content lemmas folded, its
    numbers among its words (each before the noun it counts) and its main clause."""
    fold = families()
    tokens = parsed(text)
    words = [
        t.text
        if t.text.isdigit()
        else fold.get((t.lemma or t.text).lower(), (t.lemma or t.text).lower())
        for t in tokens
        if t.pos in CONTENT
    ]
    return merge.Report(
        key=key,
        span=DAY,
        words=words,
        entities=set(),
        numbers={int(t.text) for t in tokens if t.text.isdigit()},
        speaker=None,
        explicit=True,
        kind="happening",
        sentence=text,
        tense="past",
        clause=read(text),
    )


WON = "Le skipper a remporté mercredi la course transatlantique"

NUMBERS = [
    # (case, one's end, the other's end, the clash penalised)
    ("a distance against a count", ", à 160 km de l'arrivée.", " devant 35 concurrents.", False),
    ("a duration against a count", " après 300 heures de mer.", " devant 35 concurrents.", False),
    ("two distances", ", à 160 km de l'arrivée.", ", à 90 km de la côte.", False),
    ("two counts", " devant 40 concurrents.", " devant 35 concurrents.", True),
    ("a count against a name's number", " devant 40 concurrents.", " sur le bateau Cap 2.", True),
]


@pytest.mark.parametrize(
    ("case", "one", "other", "penalised"), NUMBERS, ids=[n[0] for n in NUMBERS]
)
def test_a_measure_is_no_count_to_clash_with(case, one, other, penalised):
    a, b = report(WON + one), report(WON + other, key=(1, 0))
    assert a.figures.isdisjoint(b.figures)
    without = merge.similarity(replace(a, numbers=set()), b)
    lost = without - merge.similarity(a, b)
    assert lost == pytest.approx(merge.NUMBER_CLASH if penalised else 0.0), case
