"""The day a report is dated by when its paragraph names none (issue 9, reports dated right
on unseen news): the story's last day told goes on for a happening told in the past; a day
in direct speech is the speaker's, not the narration's; a day named in a clause of the
sentence, or an adverb of now, keeps the publication day; a year in a reporting clause is
an edition's name, not when it was said; a weekday given with a date picks the year it
falls in. Invented French news, with spaCy's French parser."""

from __future__ import annotations

import datetime as dt

import pytest
from essai_article import extraction_of

from timeline.temporal import tag

# (body, publication day, words of the sentence, kind, day it is dated)
STORY_DAY = [
    # a happening in the past in a later paragraph: the day the story told
    (
        "Les Jeux olympiques ont débuté vendredi soir à Paris.\n\n"
        "Céline Dion a clos la cérémonie depuis la tour Eiffel.",
        "2024-07-27",
        "Céline Dion",
        "happening",
        "2024-07-26",
    ),
    # a statement whose reporting clause names an edition ("Paris 2024"), not a day: said
    # the day it is told (a statement keeps it: "a souligné le texte" after a happening of
    # the day before is the text of the day it is told; the speaker's "ce soir" is another
    # matter: EVENINGS in tests/test_events_report_dates.py)
    (
        "Les Jeux olympiques ont débuté vendredi soir à Paris.\n\n"
        "« On peut se dire qu'on l'a fait », s'est réjoui le directeur des "
        "cérémonies de Paris 2024.",
        "2024-07-27",
        "réjoui",
        "statement",
        "2024-07-27",
    ),
    # a day named in a clause of the sentence: not the story's day (the publication's)
    (
        "Le suspect a été arrêté mercredi dans la Drôme.\n\n"
        "Le suspect a été présenté à un juge d'instruction, qui l'a mis en examen ce vendredi.",
        "2024-08-16",
        "présenté à un juge",
        "happening",
        "2024-08-16",
    ),
    # where things stand now ("désormais") is told on the publication day
    (
        "Le procès s'est ouvert lundi.\n\nLa cour s'est désormais retirée pour délibérer.",
        "2022-06-29",
        "retirée",
        "happening",
        "2022-06-29",
    ),
    # what was said (a verb of saying) is told the day the article tells it
    (
        "Le suspect a été arrêté mercredi dans la Drôme.\n\n"
        "Le parquet a démenti des informations de presse sur ses aveux.",
        "2024-08-16",
        "démenti",
        "happening",
        "2024-08-16",
    ),
    # a day in a clause about a noun, however the parser attaches it ("ce département qui
    # a subi des dégâts les 10 et 11 octobre"), never dates the sentence
    (
        "Dans ce département qui a subi des dégâts importants les 10 et 11 octobre, les "
        "pompiers disent surveiller les précipitations.",
        "2014-10-13",
        "pompiers disent",
        "happening",
        "2014-10-13",
    ),
    (
        "Le maire de la commune qui a été inondée samedi a demandé lundi l'aide de l'État.",
        "2014-10-14",
        "inondée",
        "happening",
        "2014-10-13",
    ),
    # a sentence in the present keeps the publication day
    (
        "Les Jeux olympiques ont débuté vendredi soir à Paris.\n\n"
        "Les athlètes français défilent ce samedi sur les Champs-Élysées.",
        "2024-07-27",
        "défilent",
        "happening",
        "2024-07-27",
    ),
    # figures published on a day about a period: a statement of that day
    (
        "Le chômage est reparti à la hausse au troisième trimestre, a annoncé l'Insee jeudi.",
        "2014-12-05",
        "reparti",
        "statement",
        "2014-12-04",
    ),
    # "communiqué" reports, and "jeudi 4 décembre" is this year's Thursday, not the year
    # "il y a un an" named before it
    (
        "Le chômage a retrouvé son niveau d'il y a un an, a communiqué l'institut jeudi "
        "4 décembre.",
        "2014-12-04",
        "communiqué",
        "statement",
        "2014-12-04",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "kind", "day"), STORY_DAY)
def test_the_day_a_paragraph_naming_none_goes_on_with(body, published, words, kind, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert (sentence.role, sentence.kind) == ("event", kind)
    assert sentence.date is not None and sentence.date.start == day


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Son niveau d'il y a un an, a communiqué l'institut jeudi 4 décembre.",
            "2014-12-04",
            "2014-12-04",
        ),
        # the year named in the sentence stands when the weekday falls in it
        ("En 2013, le sommet s'est tenu jeudi 5 décembre.", "2014-12-04", "2013-12-05"),
    ],
)
def test_a_weekday_with_its_date_picks_the_year_it_falls_in(text, dct, expected):
    values = [t.value for t in tag(text, dt.date.fromisoformat(dct)) if "décembre" in t.text]
    assert values == [expected]
