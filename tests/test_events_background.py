"""Fewer false events (issue 9): commentary, what the article expects to learn, a record to
compare with, and what may come "dans les prochains jours" are no events; a length of no
given count dates no statement, announcement nor happening. One row per phenomenon,
invented French news sentences, with spaCy's French parser."""

from __future__ import annotations

import pytest
from essai_article import extraction_of as extraction_on

from timeline.records import Extraction


def extraction_of(body: str, published: str = "2024-03-12") -> Extraction:
    return extraction_on(body, published)


LEAD = "Le porte-conteneurs a été remis à flot lundi dans le canal de Suez. "

# (body, words of the sentence, its kind)
NO_EVENTS = [
    # commentary in the present, quoting nobody
    (LEAD + "L'annonce augure d'une sortie de crise proche.", "augure", "not-event"),
    (
        LEAD + "Les spécialistes voient dans cette opération un véritable exploit.",
        "exploit",
        "not-event",
    ),
    (LEAD + "Ce succès laisse présager une reprise rapide du trafic.", "présager", "not-event"),
    # ... reported, it is what someone said
    (
        LEAD + "« L'annonce augure d'une sortie de crise », a déclaré lundi le ministre.",
        "augure",
        "statement",
    ),
    # what the article expects to learn
    (LEAD + "On devrait en savoir plus dans la journée.", "savoir plus", "not-event"),
    # a record to compare with
    (
        LEAD + "Seuls les Norvégiens ont fait mieux en remportant douze trophées.",
        "fait mieux",
        "context",
    ),
    # what may come within some days, with no day of its own: a forecast
    (
        "Le gouvernement voit le risque de se faire renverser dans les prochains jours.",
        "renverser",
        "not-event",
    ),
    (
        "Le ministre annoncera dans les prochains jours un plan de soutien aux éleveurs.",
        "annoncera",
        "not-event",
    ),
    (
        "Le préfet présentera dans les semaines à venir un plan de prévention.",
        "présentera",
        "not-event",
    ),
    # ... the day it names dates it
    ("Le ministre annoncera jeudi un plan de soutien aux éleveurs.", "annoncera", "announcement"),
]


@pytest.mark.parametrize(("body", "words", "kind"), NO_EVENTS)
def test_commentary_forecasts_and_records(body, words, kind):
    [sentence] = [s for s in extraction_of(body).sentences if words in s.text]
    assert sentence.kind == kind


# a statement about the coming days is dated the day it was said, and what it speaks of is
# no period: (body, words, kind, day)
STATEMENTS = [
    (
        "Le Premier ministre a déclaré qu'une décision serait prise dans les prochains jours.",
        "décision",
        "statement",
        "2024-03-12",
    ),
    (
        "Le ministre a annoncé lundi que le plan serait présenté dans les prochains jours.",
        "plan",
        "statement",
        "2024-03-11",
    ),
]


@pytest.mark.parametrize(("body", "words", "kind", "day"), STATEMENTS)
def test_the_coming_days_date_no_statement(body, words, kind, day):
    extraction = extraction_of(body)
    [sentence] = [s for s in extraction.sentences if words in s.text]
    assert sentence.kind == kind
    assert sentence.date is not None
    assert (sentence.date.start, sentence.date.end) == (day, day)
    assert sentence.about is None  # "les prochains jours" is no period it speaks of
