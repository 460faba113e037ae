"""A retrospective told in the present as if it were the writer's today (issue 9, reports
dated right on unseen news): a sentence told in the present, dated by a day it names with
its year, long before publication, opening it or after a demonstrative ("Mardi 9 mars 1999
vers 10 heures, ... le prévenu parvient à s'enfuir", "..., rapporte le journal en ce vendredi
14 février 1997"), sets the day its narration is told from: what follows in the present
counts its days from it ("Depuis huit jours", "Deux heures plus tard") and, naming none, is
of that day; a sentence in the pluperfect steps back to the writer's own time, and what
comes after it counts from the publication again ("Ce matin, l'ancien ministre est revenu
sur l'affaire"). A day of another year named in passing sets nothing. Invented French news,
with spaCy's French parser."""

from __future__ import annotations

import pytest
from essai_article import extraction_of

COLUMN = (
    "« Aucune pénurie en vue », rapporte la Gazette du Lac en ce vendredi 14 février 1997.\n\n"
    "Depuis huit jours, les cheminots belges sont en grève et bloquent les trains de "
    "marchandises.\n\n"
    "Ce même 14 février, on apprend qu'un compromis a été signé avec la direction.\n\n"
    "Le ministre des Transports annonce une réunion des partenaires sociaux."
)

ESCAPE = (
    "Mardi 9 mars 1999 vers 10 heures, lors de son audition au tribunal de Namur, le "
    "prévenu Paul Vasseur parvient à s'enfuir par une fenêtre.\n\n"
    "Cette fuite avait provoqué la colère des syndicats de gardiens.\n\n"
    "Ce matin, l'ancien ministre de la Justice Marc Delvaux est revenu sur l'affaire à la "
    "radio."
)

# (body, publication day, words of the sentence, day it is dated)
TOLD_FROM = [
    # an interval counted from the column's day, not from the publication
    (COLUMN, "2023-02-12", "Depuis huit jours", "1997-02-06"),
    # "ce même 14 février": of the year the column is set in
    (COLUMN, "2023-02-12", "Ce même 14 février", "1997-02-14"),
    # naming no day: the column's day, not the publication's
    (COLUMN, "2023-02-12", "Le ministre des Transports", "1997-02-14"),
    # the day the historic present opens on
    (ESCAPE, "2024-03-09", "parvient à s'enfuir", "1999-03-09"),
    # after the pluperfect, the writer's own morning
    (ESCAPE, "2024-03-09", "Ce matin", "2024-03-09"),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), TOLD_FROM)
def test_a_retrospective_is_told_from_the_day_it_sets(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day


# A day of another year named in passing (a complement, not opening the sentence, no
# demonstrative) sets no narration: what follows counts from the publication.
IN_PASSING = [
    (
        "Le musée rouvre ce samedi ses salles, fermées depuis l'incendie du 3 avril 2019.\n\n"
        "Depuis trois jours, les guides préparent les visites.",
        "2021-05-15",
        "Depuis trois jours",
        "2021",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "year"), IN_PASSING)
def test_a_day_of_another_year_named_in_passing_sets_nothing(body, published, words, year):
    extraction = extraction_of(body, published)
    [sentence] = [s for s in extraction.sentences if words in s.text]
    told = [extraction.timexes[t] for t in sentence.timexes]
    assert told and all((t.span or ("", ""))[0].startswith(year) for t in told)
