"""Calendar dates through dateparser (``timeline/temporal/absolute.py``).

Tables of (phrase, publication date, expected), the publication date always explicit:
what dateparser reads from the date strings our rules hand it, the same dates found in
sentences by the tagger, impossible dates (never reported with an invented value), and
the cases where our year choice differs from dateparser's PREFER_DATES_FROM (each row
also checks that dateparser alone would say something else, so the difference stays
explicit).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import absolute, tag

WED = dt.date(2015, 10, 7)  # a Wednesday

# (date string as a rule hands it, anchor or None, direction, value or None, precision)
READINGS = [
    # complete dates: no anchor needed
    ("30 septembre 2015", None, None, "2015-09-30", "day"),
    ("01 octobre 2015", None, None, "2015-10-01", "day"),
    ("1er octobre 2015", None, None, "2015-10-01", "day"),
    ("07 oct. 2015", None, None, "2015-10-07", "day"),
    ("01 déc. 2015", None, None, "2015-12-01", "day"),
    ("12 mai 1789", None, None, "1789-05-12", "day"),
    ("05 aout 2015", None, None, "2015-08-05", "day"),
    ("octobre 2015", None, None, "2015-10", "month"),
    ("janv. 2016", None, None, "2016-01", "month"),
    ("2015-10-07", None, None, "2015-10-07", "day"),
    # numeric dates are day first
    ("07/10/2015", None, None, "2015-10-07", "day"),
    ("01/02/2015", None, None, "2015-02-01", "day"),
    ("12/11/2015", None, None, "2015-11-12", "day"),
    ("13/12/2015", None, None, "2015-12-13", "day"),
    # impossible days
    ("31 février 2015", None, None, None, None),
    ("29 février 2015", None, None, None, None),
    ("31 septembre 2015", None, None, None, None),
    ("30/02/2015", None, None, None, None),
    ("31/04/2015", None, None, None, None),
    ("2015-02-30", None, None, None, None),
    ("31 février", WED, None, None, None),
    ("30 février", WED, "past", None, None),
    ("31/09", WED, None, None, None),
    # without a year and without an anchor: nothing
    ("30 septembre", None, None, None, None),
    # without a year: dateparser's PREFER_DATES_FROM around the anchor
    ("30 septembre", WED, None, "2015-09-30", "day"),
    ("30 septembre", WED, "past", "2015-09-30", "day"),
    ("30 septembre", WED, "future", "2016-09-30", "day"),
    ("28 décembre", dt.date(2016, 1, 12), "past", "2015-12-28", "day"),
    ("03 janvier", dt.date(2015, 12, 20), "future", "2016-01-03", "day"),
    ("novembre", WED, "past", "2014-11", "month"),
    ("novembre", WED, None, "2015-11", "month"),
    ("juillet", WED, "future", "2016-07", "month"),
    ("07/10", WED, "past", "2015-10-07", "day"),
    ("29 février", WED, "past", "2012-02-29", "day"),
]


@pytest.mark.parametrize(("text", "anchor", "direction", "value", "precision"), READINGS)
def test_dateparser_reads_the_date_strings_of_our_rules(text, anchor, direction, value, precision):
    reading = absolute.read(text, anchor, direction)
    if value is None:
        assert reading is None
        return
    assert reading is not None
    assert (reading.value, reading.precision) == (value, precision)


def test_answers_are_cached_and_parsers_built_once():
    absolute.read("17 mars 2011")
    before_parsers = absolute._parser.cache_info().currsize
    hits = absolute._read.cache_info().hits
    for text in ("17 mars 2011", "17  MARS 2011", "17 mars 2011"):
        assert absolute.read(text).value == "2011-03-17"
    assert absolute._read.cache_info().hits == hits + 3  # same normalised key
    assert absolute._parser.cache_info().currsize == before_parsers


def test_shared_anchors_give_the_answers_of_the_anchor_itself():
    texts = [
        "30 septembre",
        "01 janvier",
        "31 décembre",
        "07 octobre",
        "octobre",
        "janvier",
        "décembre",
        "29 février",
        "28 février",
        "07/10",
    ]
    anchors = [
        dt.date(y, m, d)
        for y in (2015, 2016)
        for m, d in [(1, 1), (1, 2), (2, 28), (2, 29), (9, 30), (10, 1), (10, 7), (12, 31)]
        if (m, d) != (2, 29) or y == 2016
    ]
    for text in texts:
        for anchor in anchors:
            for direction in ("past", "future", None):
                direct = absolute._read(text, anchor, direction)  # RELATIVE_BASE = anchor
                assert absolute.read(text, anchor, direction) == direct, (text, anchor, direction)


def test_unknown_direction_is_an_error():
    with pytest.raises(ValueError, match="unknown direction"):
        absolute.read("30 septembre", WED, "soon")


# (sentence, publication date, expected surface, value, precision)
TAGGED = [
    (
        "Les frappes ont commencé le 30 septembre 2015.",
        WED,
        "le 30 septembre 2015",
        "2015-09-30",
        "day",
    ),
    ("une réunion le 1er octobre", WED, "le 1er octobre", "2015-10-01", "day"),
    ("une réunion le premier octobre", WED, "le premier octobre", "2015-10-01", "day"),
    ("07/10/2015 wikistrike.com", WED, "07/10/2015", "2015-10-07", "day"),
    ("Le décret du 01/02/2015 est abrogé.", WED, "01/02/2015", "2015-02-01", "day"),
    ("Le décret du 12/11/2014 est abrogé.", WED, "12/11/2014", "2014-11-12", "day"),
    ("publié le 7/10/15 à midi", WED, "7/10/15", "2015-10-07", "day"),
    ("le 1.10.2015 au soir", WED, "1.10.2015", "2015-10-01", "day"),
    ("Mis en ligne le 7 oct. 2015.", WED, "le 7 oct. 2015", "2015-10-07", "day"),
    ("mer. 7 oct. 2015", WED, "mer. 7 oct. 2015", "2015-10-07", "day"),
    ("Il a été reçu mardi 6 octobre.", WED, "mardi 6 octobre", "2015-10-06", "day"),
    ("en octobre 2015", WED, "octobre 2015", "2015-10", "month"),
    ("publié le 2015-10-07.", WED, "2015-10-07", "2015-10-07", "day"),
    # two-digit years widened our way (dateparser: 2068)
    ("les grèves de mai 68", WED, "mai 68", "1968-05", "month"),
    ("dès octobre 98.", dt.date(1999, 5, 23), "octobre 98", "1998-10", "month"),
    # dates after "depuis" / "jusqu'à", the night between two days
    (
        "Les forces russes frappent depuis le 30 septembre.",
        WED,
        "le 30 septembre",
        "2015-09-30",
        "day",
    ),
    ("L'exposition reste ouverte jusqu'au 15 novembre.", WED, "15 novembre", "2015-11-15", "day"),
    (
        "les attentats de la nuit du 13 au 14 novembre 2015",
        WED,
        "la nuit du 13 au 14 novembre 2015",
        "2015-11-13TNI",
        "time",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value", "precision"), TAGGED)
def test_tagged_dates_take_dateparsers_value(text, dct, surface, value, precision):
    found = [t for t in tag(text, dct) if t.text == surface]
    assert found, [t.text for t in tag(text, dct)]
    assert (found[0].value, found[0].precision) == (value, precision), found[0].explanation
    assert found[0].extra["date_text"]  # what dateparser read


IMPOSSIBLE = [
    "Le 31 février, rien ne s'est passé.",
    "Le décret du 30/02/2015 est abrogé.",
    "Il est né le 31 septembre 2014 à Lyon.",
    "Il est né le 29 février 2015 à Lyon.",
    "publié le 2015-02-30.",
    "La réunion du 31/04 a été annulée.",
]


@pytest.mark.parametrize("text", IMPOSSIBLE)
def test_impossible_dates_are_not_tagged(text):
    found = tag(text, WED)
    assert [t for t in found if t.type in ("DATE", "TIME")] == []


def test_possible_neighbours_of_impossible_dates_are_tagged():
    assert [t.value for t in tag("Le 28 février 2015, rien.", WED)] == ["2015-02-28"]
    assert [t.value for t in tag("Le 29 février 2016, rien.", WED)] == ["2016-02-29"]


# Where our year differs from dateparser's: (sentence, dct, surface, ours, direction
# dateparser would be asked, dateparser's own answer).
OUR_YEAR = [
    # future verb, a date at most 31 days before publication (the day itself included):
    # the publication's year, not the next
    (
        "Le conseil se tiendra le 7 octobre.",
        WED,
        "le 7 octobre",
        "2015-10-07",
        "future",
        "2016-10-07",
    ),
    (
        "Les soldes commenceront le 1er octobre.",
        WED,
        "le 1er octobre",
        "2015-10-01",
        "future",
        "2016-10-01",
    ),
    ("Les soldes commenceront en octobre.", WED, "octobre", "2015-10", "future", "2016-10"),
    # no tense cue: the nearest date, not the publication's year
    ("Bilan du 20 décembre.", dt.date(2016, 1, 5), "20 décembre", "2015-12-20", None, "2016-12-20"),
    (
        "Bilan de la fête du 10 juillet.",
        dt.date(2016, 1, 5),
        "10 juillet",
        "2015-07-10",
        None,
        "2016-07-10",
    ),
    (
        "Salon du livre le 2 février.",
        dt.date(2015, 11, 20),
        "le 2 février",
        "2016-02-02",
        None,
        "2015-02-02",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "ours", "direction", "theirs"), OUR_YEAR)
def test_our_year_choice_where_it_differs_from_dateparser(
    text, dct, surface, ours, direction, theirs
):
    timex = next(t for t in tag(text, dct) if t.text == surface)
    assert timex.value == ours, timex.explanation
    assert absolute.read(timex.extra["date_text"], dct, direction).value == theirs


# Where it agrees: dateparser's answer is used as it is.
DATEPARSER_YEAR = [
    # past verb: not after the publication day
    ("Il a été arrêté le 28 décembre.", dt.date(2016, 1, 12), "le 28 décembre", "2015-12-28"),
    ("Il a été élu en novembre.", WED, "novembre", "2014-11"),
    ("L'armée a frappé le 7 octobre.", WED, "le 7 octobre", "2015-10-07"),
    # future verb, a date more than a month before publication: next year
    ("Il sera jugé le 3 janvier.", dt.date(2015, 12, 20), "le 3 janvier", "2016-01-03"),
    ("Les soldes commenceront en septembre.", WED, "septembre", "2016-09"),
    # "dernier" / "prochain" decide without the verb ("prochain": no grace period)
    ("élu le 8 octobre dernier", WED, "le 8 octobre dernier", "2014-10-08"),
    ("le 6 mai prochain", dt.date(1999, 5, 27), "le 6 mai prochain", "2000-05-06"),
    ("qui sera signé en juin prochain", dt.date(1999, 5, 23), "juin prochain", "1999-06"),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), DATEPARSER_YEAR)
def test_dateparser_year_choice_by_tense(text, dct, surface, value):
    timex = next(t for t in tag(text, dct) if t.text == surface)
    assert timex.value == value, timex.explanation


def test_a_year_cited_earlier_in_the_sentence_wins():
    found = {t.text: t for t in tag("En 1997, il a été élu le 3 mai à Lyon.", WED)}
    assert found["le 3 mai"].value == "1997-05-03"
    assert found["le 3 mai"].anchor == "year:1997"
    # ... unless that year has no such day
    found = {t.text: t.value for t in tag("En 2015, le 29 février n'existe pas.", WED)}
    assert "le 29 février" not in found
