"""A duration of hours or minutes counted back from publication ("depuis une heure", "depuis
36 heures") spans days, as every span does: the article's hour is not known, so it is
counted from the middle of the publication day. A span once held a moment
("2019-05-13T23:00:00") there, and the kinds of sentence, reading its days, stopped the
build on a real article (a fire fought "depuis une heure", in the imperfect). Invented
French sentences.

Each row: (sentence, the expression, its span's first day, last day); published on Tuesday
14 May 2019."""

from __future__ import annotations

import datetime as dt

import pytest
from essai_article import extraction_of

from timeline.temporal import tag

PUBLISHED = dt.date(2019, 5, 14)

ROWS = [
    (
        "Les pompiers luttent depuis une heure contre le feu.",
        "une heure",
        "2019-05-14",
        "2019-05-14",
    ),
    (
        "Le trafic est interrompu depuis trente minutes.",
        "trente minutes",
        "2019-05-14",
        "2019-05-14",
    ),
    (
        "Les secours cherchent le randonneur depuis 36 heures.",
        "36 heures",
        "2019-05-13",
        "2019-05-14",
    ),
    ("Les négociations durent depuis 72 heures.", "72 heures", "2019-05-11", "2019-05-14"),
    # ... a duration of whole days as before
    (
        "Les grévistes occupent l'usine depuis trois jours.",
        "trois jours",
        "2019-05-11",
        "2019-05-14",
    ),
]


@pytest.mark.parametrize(("sentence", "expression", "first", "last"), ROWS)
def test_a_duration_of_hours_spans_days(
    sentence: str, expression: str, first: str, last: str
) -> None:
    [timex] = [t for t in tag(sentence, PUBLISHED) if t.text == expression]
    assert timex.span == (first, last)


def test_every_span_holds_days_only() -> None:
    for sentence, *_ in ROWS:
        for timex in tag(sentence, PUBLISHED):
            if timex.span is not None:
                assert all(dt.date.fromisoformat(day).isoformat() == day for day in timex.span)


def test_an_article_with_a_fire_fought_for_an_hour_is_read() -> None:
    body = (
        "Un incendie a détruit un entrepôt lundi soir à Lyon. Les pompiers luttaient depuis "
        "une heure contre le feu lorsque le toit s'est effondré."
    )
    told = extraction_of(body, PUBLISHED.isoformat()).sentences
    assert any("depuis une heure" in s.text for s in told)
