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
    # a statement whose reporting clause names an edition ("Paris 2024"), not a day: in a
    # report of the morning after, said on the story's day (DAY_AFTER below; not 1 January)
    (
        "Les Jeux olympiques ont débuté vendredi soir à Paris.\n\n"
        "« On peut se dire qu'on l'a fait », s'est réjoui le directeur des "
        "cérémonies de Paris 2024.",
        "2024-07-27",
        "réjoui",
        "statement",
        "2024-07-26",
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


# A report written the day after its story's day (the last day it told, of a happening or
# of what was said on a day its reporting clause names, is the day before publication):
# what it tells or relays in the past with no day of its own was done or said that day, a
# statement too; not what the report tells of a later day, nor where things stand now.
# (body, publication day, words of the sentence, kind, day it is dated)
DAY_AFTER = [
    # a statement with no day, after a statement dated by its reporting clause
    (
        "La direction de la compagnie a affirmé lundi qu'elle redoutait le pire.\n\n"
        "« Toute l'entreprise partage la peine des familles », a déclaré son directeur "
        "général lors d'une conférence de presse.",
        "2023-03-14",
        "partage la peine",
        "statement",
        "2023-03-13",
    ),
    # ... a happening relayed by a verb of saying
    (
        "La direction de la compagnie a affirmé lundi qu'elle redoutait le pire.\n\n"
        "Les autorités portugaises ont confirmé la disparition du cargo au large des Açores.",
        "2023-03-14",
        "confirmé la disparition",
        "happening",
        "2023-03-13",
    ),
    # ... a happening told after a statement dated by its reporting clause
    (
        "Le préfet a déclaré samedi que la situation restait préoccupante.\n\n"
        "Les secouristes ont sorti deux blessés des décombres de l'immeuble.",
        "2023-03-19",
        "deux blessés",
        "happening",
        "2023-03-18",
    ),
    # ... a pluperfect: what came before the story's day is no later than it
    (
        "Le préfet a déclaré samedi que la situation restait préoccupante.\n\n"
        "Le quotidien local avait indiqué que les secours avaient sorti deux blessés.",
        "2023-03-19",
        "quotidien local",
        "happening",
        "2023-03-18",
    ),
    # twins: a story told two days before publication, the day it is told
    (
        "La direction de la compagnie a affirmé lundi qu'elle redoutait le pire.\n\n"
        "« Toute l'entreprise partage la peine des familles », a déclaré son directeur "
        "général lors d'une conférence de presse.",
        "2023-03-15",
        "partage la peine",
        "statement",
        "2023-03-15",
    ),
    # ... what a night holds: the night runs into the day of writing
    (
        "La marine a déclaré lundi avoir perdu le contact avec un cargo au large des Açores."
        "\n\nDans la nuit, les garde-côtes ont repêché deux corps, a indiqué un porte-parole.",
        "2023-03-14",
        "repêché deux corps",
        "happening",
        "2023-03-14",
    ),
    # ... what a morning naming no day holds: the morning of the day of writing
    (
        "La veille, un homme a agressé un passant à Chambéry.\n\n"
        "Les gendarmes ont retrouvé son véhicule tôt dans la matinée.",
        "2023-09-01",
        "retrouvé son véhicule",
        "happening",
        "2023-09-01",
    ),
    # ... an article that told its own day first, recalling the day before
    (
        "Le ministre a affirmé mercredi que les frappes avaient visé des civils. L'émissaire "
        "a été convoqué mardi au ministère.\n\n"
        "La diplomatie a toutefois démenti des informations sur un accord.",
        "2015-10-07",
        "démenti",
        "happening",
        "2015-10-07",
    ),
    # ... where things stand now, relayed in the present
    (
        "Un cargo a disparu lundi au large des Açores.\n\n"
        "Les recherches se poursuivent, alors que douze marins sont toujours portés disparus, "
        "comme l'ont précisé les garde-côtes à l'AFP.",
        "2023-03-14",
        "recherches se poursuivent",
        "happening",
        "2023-03-14",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "kind", "day"), DAY_AFTER)
def test_a_report_of_the_morning_after_tells_the_story_day(body, published, words, kind, day):
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


# The same source quoted again, naming no day, in the past: said on the occasion the
# article quoted it on, whatever the description ("le porte-parole" after "le commandant X,
# un porte-parole de la marine"; the institution and the holder of an office in it, "la
# compagnie" and "le directeur général de la compagnie"; a name and its courtesy title).
# Not another source, not the present of the day of writing ("indique"), nor where things
# stand now. (body, publication day, words of the sentence, day it is dated)
_PATROL = "Un patrouilleur a ensuite remorqué les deux embarcations jusqu'au port.\n\n"
SOURCE_OCCASION = [
    # the spokesman named with his office in an apposition, then by his office alone
    (
        "Le commandant Paul Lemoine, un porte-parole de la marine, a affirmé samedi que deux "
        "canots avaient été retrouvés au large.\n\n" + _PATROL + "Les débris doivent encore "
        "être examinés par les enquêteurs, a souligné le porte-parole.",
        "2023-05-15",
        "doivent encore",
        "2023-05-13",
    ),
    # ... the morning after
    (
        "Le commandant Paul Lemoine, un porte-parole de la marine, a affirmé samedi que deux "
        "canots avaient été retrouvés au large.\n\n" + _PATROL + "Les débris doivent encore "
        "être examinés par les enquêteurs, a souligné le porte-parole.",
        "2023-05-14",
        "doivent encore",
        "2023-05-13",
    ),
    # an institution, then the holder of an office in it
    (
        "La compagnie Air Azur a annoncé jeudi qu'elle suspendait ses vols vers l'île.\n\n"
        + _PATROL
        + "Les équipages ne prendront aucun risque, a souligné le directeur général de la "
        "compagnie.",
        "2023-05-13",
        "aucun risque",
        "2023-05-11",
    ),
    # ... a name, then the name with a courtesy title
    (
        "Jeanne Morel, directrice de l'office du tourisme, a assuré mardi que la saison était "
        "sauvée.\n\n" + _PATROL + "Les réservations doivent doubler en un mois, a souligné "
        "Mme Morel.",
        "2023-05-12",
        "réservations",
        "2023-05-09",
    ),
    # twins: another source is said on the day of writing
    (
        "La compagnie Air Azur a annoncé jeudi qu'elle suspendait ses vols vers l'île.\n\n"
        + _PATROL
        + "Les équipages ne prendront aucun risque, a souligné le maire de la commune.",
        "2023-05-13",
        "aucun risque",
        "2023-05-13",
    ),
    # ... the same source in the present: told on the day of writing
    (
        "Le commandant Paul Lemoine, un porte-parole de la marine, a affirmé samedi que deux "
        "canots avaient été retrouvés au large.\n\n" + _PATROL + "Les débris ont été confiés "
        "aux enquêteurs, souligne le porte-parole.",
        "2023-05-15",
        "confiés",
        "2023-05-15",
    ),
    # ... where things stand now
    (
        "Le commandant Paul Lemoine, un porte-parole de la marine, a affirmé samedi que deux "
        "canots avaient été retrouvés au large.\n\n" + _PATROL + "Les débris sont désormais "
        "examinés par les enquêteurs, a souligné le porte-parole.",
        "2023-05-15",
        "désormais",
        "2023-05-15",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), SOURCE_OCCASION)
def test_the_same_source_quoted_again_is_said_on_its_occasion(body, published, words, day):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "event"
    assert sentence.date is not None and sentence.date.start == day
