"""A clause's two headlines (read alone, read after a speaker's name) are cut from one
preparation of its stored parse: its repairs and the cuts that do not depend on the length
are made once (``headline._prepared``), and each length cut from it (``headline._cut``)
gives what a build of its own on fresh nodes gives (``headline.build``)."""

from __future__ import annotations

import pytest
from test_events_kinds import AUXILIARY_ROOT, HEADLINES, parse, span_of

from timeline.events import headline
from timeline.events.lexicon import titling
from timeline.records import ParsedToken

#: long clauses whose two headlines differ: (rows: text, dep, head, pos; time expressions)
LONG = [
    (  # "L'armée a lancé mardi une offensive terrestre dans le centre"
        [
            ("L'", "det", 1, "DET"),
            ("armée", "nsubj", 3, "NOUN"),
            ("a", "aux:tense", 3, "AUX"),
            ("lancé", "ROOT", 3, "VERB"),
            ("mardi", "obl:mod", 3, "NOUN"),
            ("une", "det", 6, "DET"),
            ("offensive", "obj", 3, "NOUN"),
            ("terrestre", "amod", 6, "ADJ"),
            ("dans", "case", 10, "ADP"),
            ("le", "det", 10, "DET"),
            ("centre", "obl:mod", 3, "NOUN"),
        ],
        ["mardi"],
    ),
    (  # "Le gouvernement a annoncé jeudi un plan de soutien à Paris"
        [
            ("Le", "det", 1, "DET"),
            ("gouvernement", "nsubj", 3, "NOUN"),
            ("a", "aux:tense", 3, "AUX"),
            ("annoncé", "ROOT", 3, "VERB"),
            ("jeudi", "obl:mod", 3, "NOUN"),
            ("un", "det", 6, "DET"),
            ("plan", "obj", 3, "NOUN"),
            ("de", "case", 8, "ADP"),
            ("soutien", "nmod", 6, "NOUN"),
            ("à", "case", 10, "ADP"),
            ("Paris", "obl:mod", 3, "PROPN"),
        ],
        ["jeudi"],
    ),
]

ROWS = [(rows, dates) for rows, dates, _ in HEADLINES] + [(AUXILIARY_ROOT, ["mercredi"]), *LONG]


def stored(rows: list[tuple[str, str, int, str]]) -> tuple[list[ParsedToken], list, str]:
    """The clause of ``rows`` as extraction stores it, its tokens as parsed, its text."""
    tokens, text = parse(rows)
    clause = [
        ParsedToken(t.idx, t.text, t.whitespace_, t.dep_, t.pos_, t.lemma_, head)
        for t, (_, _, head, _) in zip(tokens, rows, strict=True)
    ]
    return clause, tokens, text


@pytest.mark.parametrize(("rows", "dates"), ROWS, ids=lambda x: str(x)[:30])
def test_each_headline_cut_from_one_preparation_is_its_own_build(rows, dates):
    clause, tokens, text = stored(rows)
    spans = [span_of(text, d) for d in dates]
    lex = titling()
    own = (
        headline.build(tokens, spans, lex["headline_max_chars"], lex["headline_target_chars"]),
        headline.build(
            tokens, spans, lex["headline_said_max_chars"], lex["headline_said_target_chars"]
        ),
    )
    assert headline.headlines(clause, spans) == own
    assert headline.headlines(clause, spans, said=False) == (own[0], own[0])


@pytest.mark.parametrize(("rows", "dates"), LONG, ids=lambda x: str(x)[:30])
def test_the_long_clauses_give_two_headlines(rows, dates):
    """(What makes the rows above worth it: a cut to the shorter length took more.)"""
    clause, _, text = stored(rows)
    alone, said = headline.headlines(clause, [span_of(text, d) for d in dates])
    assert len(said) < len(alone)
    assert alone.startswith(said)


@pytest.mark.parametrize("said", [True, False])
@pytest.mark.parametrize(("rows", "dates"), ROWS, ids=lambda x: str(x)[:30])
def test_a_clause_is_prepared_once_for_its_two_headlines(monkeypatch, rows, dates, said):
    clause, _, text = stored(rows)
    calls = []
    prepared = headline._prepared

    def counted(*args, **kwargs):
        calls.append(args)
        return prepared(*args, **kwargs)

    monkeypatch.setattr(headline, "_prepared", counted)
    headline.headlines(clause, [span_of(text, d) for d in dates], said=said)
    assert len(calls) == 1
