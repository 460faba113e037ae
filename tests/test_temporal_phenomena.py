"""Table-driven tests of the tagger and resolver, one table per phenomenon.

Rows: (sentence, publication date, expected surface, type, value, span or None). The
publication date is always explicit; 2015-10-07 is a Wednesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import TaggerSettings, tag

WED = dt.date(2015, 10, 7)  # a Wednesday


def only(text: str, dct: dt.date, surface: str):
    found = [t for t in tag(text, dct) if t.text == surface]
    assert found, f"{surface!r} not found in {text!r}: {[t.text for t in tag(text, dct)]}"
    return found[0]


def check(text, dct, surface, ttype, value, span):
    timex = only(text, dct, surface)
    assert (timex.type, timex.value) == (ttype, value), timex.explanation
    if span is not None:
        assert timex.span == span, timex.explanation
    assert timex.explanation.startswith(f"« {surface} »")
    return timex


WEEKDAYS = [
    # past tense on the publication day's weekday: that very day
    ("L'armée a lancé mercredi une vaste opération.", WED, "mercredi", "2015-10-07"),
    ("Il a été convoqué mardi au ministère.", WED, "mardi", "2015-10-06"),
    ("Le ministre avait annoncé jeudi sa démission.", WED, "jeudi", "2015-10-01"),
    ("Les frappes ont repris dimanche.", WED, "dimanche", "2015-10-04"),
    # future: the next one, a week ahead for the same weekday
    ("Le conseil se réunira mercredi.", WED, "mercredi", "2015-10-14"),
    ("Il va signer jeudi l'accord.", WED, "jeudi", "2015-10-08"),
    ("Le sommet aura lieu lundi à Paris.", WED, "lundi", "2015-10-12"),
    # present, no cue: the nearest (same day for the dct's weekday)
    ("Réunion mercredi à Moscou.", WED, "mercredi", "2015-10-07"),
    ("Concert à Besançon samedi.", WED, "samedi", "2015-10-10"),
    ("Match nul lundi à Lyon.", WED, "lundi", "2015-10-05"),
    # "dernier" / "prochain"
    ("Il a démissionné mercredi dernier.", WED, "mercredi dernier", "2015-09-30"),
    ("Il viendra vendredi prochain.", WED, "vendredi prochain", "2015-10-09"),
    # "ce" + weekday, a full date with a weekday
    ("a assuré Ahmet Davutoglu ce mercredi.", WED, "ce mercredi", "2015-10-07"),
    ("Rendez-vous le jeudi 15 octobre.", WED, "le jeudi 15 octobre", "2015-10-15"),
    # a day number after a weekday only counts before a month name
    ("ont tiré mercredi 26 missiles de croisière", WED, "mercredi", "2015-10-07"),
    # capitals (headlines)
    ("LE VILLAGE FERA LA FÊTE DIMANCHE.", dt.date(1999, 5, 18), "DIMANCHE", "1999-05-23"),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), WEEKDAYS)
def test_weekdays_by_tense(text, dct, surface, value):
    timex = check(text, dct, surface, "DATE", value, (value, value))
    assert timex.precision == "day"


def test_weekday_records_tense_and_anchor():
    timex = only("L'armée a lancé mercredi une offensive.", WED, "mercredi")
    assert timex.tense == "past"
    assert timex.anchor == "dct:2015-10-07"
    assert "a lancé" in timex.explanation
    assert "mercredi 7 octobre 2015" in timex.explanation


PARTS_OF_DAY = [
    ("Il a dû être hospitalisé hier soir.", "hier soir", "2015-10-06TEV"),
    ("Il est décédé hier matin.", "hier matin", "2015-10-06TMO"),
    ("Jospin reçoit ce soir les ministres.", "ce soir", "2015-10-07TEV"),
    ("Ils ont été arrêtés hier après-midi.", "hier après-midi", "2015-10-06TAF"),
    ("La demi-finale s'est jouée mardi soir.", "mardi soir", "2015-10-06TEV"),
    ("Il a entrepris lundi matin un jeûne.", "lundi matin", "2015-10-05TMO"),
    ("Ils seront reçus samedi après-midi.", "samedi après-midi", "2015-10-10TAF"),
    (
        "Les incendies de la nuit de lundi à mardi ont été éteints.",
        "la nuit de lundi à mardi",
        "2015-10-05TNI",
    ),
    ("Demain matin, les négociations reprendront.", "Demain matin", "2015-10-08TMO"),
]


@pytest.mark.parametrize(("text", "surface", "value"), PARTS_OF_DAY)
def test_parts_of_the_day_are_times(text, surface, value):
    day = value[:10]
    check(text, WED, surface, "TIME", value, (day, day))


DEPUIS = [
    (
        "Depuis une semaine, les Russes mènent des frappes.",
        "une semaine",
        "DURATION",
        "P1W",
        ("2015-09-30", "2015-10-07"),
    ),
    (
        "qui procède depuis plus d'un an à des frappes",
        "plus d'un an",
        "DURATION",
        "P1Y",
        ("2014-10-07", "2015-10-07"),
    ),
    (
        "Il est détenu depuis trois mois.",
        "trois mois",
        "DURATION",
        "P3M",
        ("2015-07-07", "2015-10-07"),
    ),
    (
        "Les forces russes effectuent, depuis le 30 septembre, des frappes.",
        "le 30 septembre",
        "DATE",
        "2015-09-30",
        ("2015-09-30", "2015-10-07"),
    ),
    (
        "Il souffre depuis mardi d'une affection virale.",
        "mardi",
        "DATE",
        "2015-10-06",
        ("2015-10-06", "2015-10-07"),
    ),
    ("Elle est en place depuis 2012.", "2012", "DATE", "2012", ("2012-01-01", "2015-10-07")),
]


@pytest.mark.parametrize(("text", "surface", "ttype", "value", "span"), DEPUIS)
def test_depuis_spans_run_to_the_publication_date(text, surface, ttype, value, span):
    check(text, WED, surface, ttype, value, span)


def test_depuis_plus_d_un_an_is_open_at_the_start():
    timex = only("qui procède depuis plus d'un an à des frappes", WED, "plus d'un an")
    assert timex.mod == "MORE_THAN"
    assert timex.open_start is True


def test_spatial_depuis_is_not_temporal():
    text = (
        "«Le fait que nous ayons réalisé ces frappes depuis les eaux de la mer Caspienne "
        "depuis une distance d'environ 1.500 km avec des armes de précision»"
    )
    assert tag(text, WED) == []


WEEKENDS = [
    (
        "La Turquie a dénoncé deux violations lors du week-end.",
        "week-end",
        "2015-W40-WE",
        ("2015-10-03", "2015-10-04"),
    ),
    ("Le match aura lieu le week-end.", "le week-end", "2015-W41-WE", ("2015-10-10", "2015-10-11")),
    (
        "Il est rentré le week-end dernier.",
        "le week-end dernier",
        "2015-W40-WE",
        ("2015-10-03", "2015-10-04"),
    ),
    (
        "Ils reviendront le week-end prochain.",
        "le week-end prochain",
        "2015-W42-WE",
        ("2015-10-17", "2015-10-18"),
    ),
]


@pytest.mark.parametrize(("text", "surface", "value", "span"), WEEKENDS)
def test_weekends(text, surface, value, span):
    check(text, WED, surface, "DATE", value, span)


RELATIVE = [
    (
        "Il est arrivé il y a trois jours.",
        "il y a trois jours",
        "2015-10-04",
        ("2015-10-04", "2015-10-04"),
    ),
    ("Il a été élu il y a deux ans.", "il y a deux ans", "2013", ("2013-01-01", "2013-12-31")),
    (
        "Il reviendra dans deux semaines.",
        "dans deux semaines",
        "2015-W43",
        ("2015-10-19", "2015-10-25"),
    ),
    ("Boris Eltsine a annulé hier une rencontre.", "hier", "2015-10-06", None),
    ("Il joue demain contre Graz.", "demain", "2015-10-08", None),
    ("Il était arrivé avant-hier.", "avant-hier", "2015-10-05", None),
    ("Il partira après-demain.", "après-demain", "2015-10-09", None),
    (
        "Plus tôt dans la journée, Poutine avait assuré",
        "Plus tôt dans la journée",
        "2015-10-07",
        None,
    ),
    (
        "Depuis le 30 septembre jusqu'à ce jour, les frappes ont touché 112 cibles.",
        "ce jour",
        "2015-10-07",
        None,
    ),
    (
        "Un journal a publié cette semaine la liste.",
        "cette semaine",
        "2015-W41",
        ("2015-10-05", "2015-10-11"),
    ),
    ("Il a été reçu la semaine dernière.", "la semaine dernière", "2015-W40", None),
    (
        "Les prix ont baissé le mois dernier.",
        "le mois dernier",
        "2015-09",
        ("2015-09-01", "2015-09-30"),
    ),
    ("Il a gagné l'an dernier.", "l'an dernier", "2014", None),
    ("Elle sera renouvelée l'an prochain.", "l'an prochain", "2016", None),
    ("Deux ruptures cette année.", "cette année", "2015", None),
    ("Cet été, la sécheresse a frappé.", "Cet été", "2015-SU", ("2015-06-21", "2015-09-22")),
    ("Il a neigé l'hiver dernier.", "l'hiver dernier", "2014-WI", ("2014-12-21", "2015-03-19")),
]


@pytest.mark.parametrize(("text", "surface", "value", "span"), RELATIVE)
def test_relative_to_the_publication_date(text, surface, value, span):
    timex = check(text, WED, surface, "DATE", value, span)
    assert timex.anchor == "dct:2015-10-07"


PRESENT_PAST_FUTURE = [
    (
        "qu'elle a dénoncées ces derniers jours.",
        "ces derniers jours",
        "DATE",
        "PAST_REF",
        ("2015-10-03", "2015-10-07"),
    ),
    ("Il a récemment déclaré cela.", "récemment", "DATE", "PAST_REF", None),
    ("Ils font maintenant figure de favoris.", "maintenant", "TIME", "PRESENT_REF", None),
    ("Il est actuellement en prison.", "actuellement", "TIME", "PRESENT_REF", None),
    ("Bientôt une rencontre ?", "Bientôt", "TIME", "FUTURE_REF", None),
]


@pytest.mark.parametrize(("text", "surface", "ttype", "value", "span"), PRESENT_PAST_FUTURE)
def test_present_past_and_future_references(text, surface, ttype, value, span):
    timex = check(text, WED, surface, ttype, value, span)
    if value == "PAST_REF" and surface == "ces derniers jours":
        assert (timex.precision, timex.mod) == ("fuzzy", "APPROX")


NUMBERS = [
    ("Il a achevé deux jours de négociations.", "deux jours", "P2D"),
    ("Ils ont été condamnés à vingt-cinq ans de prison.", "vingt-cinq ans", "P25Y"),
    ("Une peine de soixante et onze jours.", "soixante et onze jours", "P71D"),
    ("Il a travaillé quatre-vingt-dix jours.", "quatre-vingt-dix jours", "P90D"),
    ("pendant trois ans", "trois ans", "P3Y"),
    ("Il a été absent une trentaine de jours.", "une trentaine de jours", "P30D"),
    ("Il devance Irvine de 30,4 secondes.", "30,4 secondes", "PT30.4S"),
    ("trois buts en vingt minutes", "vingt minutes", "PT20M"),
    ("rencontré environ une heure plus tard", "environ une heure", "PT1H"),
    ("Leur association durera plus de vingt ans.", "plus de vingt ans", "P20Y"),
    ("Depuis un demi-siècle, la région est disputée.", "un demi-siècle", "P50Y"),
]


@pytest.mark.parametrize(("text", "surface", "value"), NUMBERS)
def test_durations_with_spelled_out_numbers(text, surface, value):
    timex = check(text, WED, surface, "DURATION", value, None)
    assert timex.span is None or "depuis" in text.lower()


ORDINALS = [
    ("une réunion le 1er octobre", "le 1er octobre", "2015-10-01"),
    ("une réunion le premier octobre", "le premier octobre", "2015-10-01"),
    ("le 30 septembre 2015", "le 30 septembre 2015", "2015-09-30"),
    ("07/10/2015 wikistrike.com", "07/10/2015", "2015-10-07"),
    ("En concert mardi 1er juin 1999.", "mardi 1er juin 1999", "1999-06-01"),
]


@pytest.mark.parametrize(("text", "surface", "value"), ORDINALS)
def test_ordinal_days_and_absolute_dates(text, surface, value):
    check(text, WED, surface, "DATE", value, (value, value))


CENTURIES_DECADES = [
    ("au XXe siècle", "XXe siècle", "19XX", None, ("1900-01-01", "1999-12-31")),
    ("à la fin du XIXe siècle :", "la fin du XIXe siècle", "18XX", "END", None),
    ("depuis les années 1990", "les années 1990", "199X", None, ("1990-01-01", "1999-12-31")),
    ("Au début des années 60, il", "début des années 60", "196X", "START", None),
    (
        "Les travaux ont commencé début octobre.",
        "début octobre",
        "2015-10",
        "START",
        ("2015-10-01", "2015-10-10"),
    ),
    ("prévu fin octobre 2015", "fin octobre 2015", "2015-10", "END", ("2015-10-22", "2015-10-31")),
    ("à la mi-novembre", "mi-novembre", "2015-11", "MID", None),
]


@pytest.mark.parametrize(("text", "surface", "value", "mod", "span"), CENTURIES_DECADES)
def test_centuries_decades_and_period_modifiers(text, surface, value, mod, span):
    timex = check(text, WED, surface, "DATE", value, span)
    assert timex.mod == mod


MONTHS_ACROSS_YEARS = [
    # in January, a December date in the past is last year's
    ("Il a été arrêté le 28 décembre.", dt.date(2016, 1, 12), "le 28 décembre", "2015-12-28"),
    # in December, a January date in the future is next year's
    ("Il sera jugé le 3 janvier.", dt.date(2015, 12, 20), "le 3 janvier", "2016-01-03"),
    ("Les soldes commenceront en janvier.", dt.date(2015, 12, 20), "janvier", "2016-01"),
    ("Il a été élu en novembre.", WED, "novembre", "2014-11"),
    ("La bibliothèque sera fermée en juillet.", dt.date(1999, 7, 24), "juillet", "1999-07"),
    # no tense cue: the nearest
    ("Salon du livre le 2 février.", dt.date(2016, 1, 20), "le 2 février", "2016-02-02"),
    ("Bilan du 20 décembre.", dt.date(2016, 1, 5), "20 décembre", "2015-12-20"),
    # an explicit year earlier in the sentence anchors the month
    (
        "deux ruptures en 97 (en janvier rue Saint-Dizier)",
        dt.date(1999, 7, 29),
        "janvier",
        "1997-01",
    ),
    ("qui sera signé en juin prochain", dt.date(1999, 5, 23), "juin prochain", "1999-06"),
    ("élu le 6 mai dernier", dt.date(1999, 5, 27), "le 6 mai dernier", "1999-05-06"),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), MONTHS_ACROSS_YEARS)
def test_months_without_a_year_across_a_year_boundary(text, dct, surface, value):
    check(text, dct, surface, "DATE", value, None)


SETS_AND_CLOCKS = [
    ("des frappes quotidiennes contre l'EI", "quotidiennes", "SET", "P1D"),
    ("Ils se procurent chaque jour le journal.", "chaque jour", "SET", "P1D"),
    ("Ils se retrouvent tous les jours.", "tous les jours", "SET", "P1D"),
    ("Il vient chaque semaine.", "chaque semaine", "SET", "P1W"),
    ("Rendez-vous à 14 h devant la mairie.", "14 h", "TIME", "2015-10-07T14:00"),
    ("La séance débute à 22h30.", "22h30", "TIME", "2015-10-07T22:30"),
    ("Réunion à 8h30, puis à 9h.", "8h30", "TIME", "2015-10-07T08:30"),
    ("Réunion à 8h30, puis à 9h.", "9h", "TIME", "2015-10-07T09:00"),
    ("La séance commence à 14 heures.", "14 heures", "TIME", "2015-10-07T14:00"),
    ("Il a été hospitalisé mardi vers 21 h 45.", "21 h 45", "TIME", "2015-10-06T21:45"),
]


@pytest.mark.parametrize(("text", "surface", "ttype", "value"), SETS_AND_CLOCKS)
def test_sets_and_clock_times(text, surface, ttype, value):
    check(text, WED, surface, ttype, value, None)


NEGATIVES = [
    "des Su-24M, de Su-25 et des nouveaux Su-34 polyvalents",
    "des bâtiments de la Flottille russe de la mer Caspienne",
    "les frappes ont touché 112 cibles",
    "Seuls deux des 57 frappes de la Russie",
    "il est encore tôt pour tirer des conclusions",
    "07/10/2015 wikistrike.com 8min #103072",
    "Théodore Monod, 97 ans, a entrepris un jeûne",
    "Un chauffeur de bus de 38 ans a été agressé",
    "une crise sans précédent",
    "l'accord du Vendredi Saint serait caduc",
    "le quotidien Le Monde",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text):
    tagged = [t.text for t in tag(text, WED) if t.text != "07/10/2015"]
    assert tagged == []


def test_no_break_spaces_are_spaces_and_offsets_stay_in_the_original():
    text = "Depuis\u00a0le\u202f30 septembre, l\u2019armée a frappé mercredi."
    found = tag(text, WED)
    assert [(t.text, t.value) for t in found] == [
        ("le\u202f30 septembre", "2015-09-30"),
        ("mercredi", "2015-10-07"),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_narrative_documents_anchor_on_the_last_date_mentioned():
    text = "Le 3 mars 2014, il a quitté Paris. Le lendemain, il est arrivé à Lyon. Hier, il a plu."
    news = {t.text: t.value for t in tag(text, WED)}
    narrative = {t.text: t.value for t in tag(text, WED, TaggerSettings(document_type="narrative"))}
    assert news["Le lendemain"] == narrative["Le lendemain"] == "2014-03-04"
    assert news["Hier"] == "2015-10-06"
    assert narrative["Hier"] == "2014-03-03"


def test_unresolved_mode_keeps_partly_specified_values():
    found = tag("Il a été convoqué mardi.", WED, TaggerSettings(resolve=False))
    assert [t.value for t in found] == ["UNDEF-weekday-2"]


def test_bad_settings_are_rejected():
    from timeline.errors import TimelineError

    with pytest.raises(TimelineError, match="unknown document type"):
        TaggerSettings(document_type="novel")


TENSE_CUES = [
    # coordinated weekdays share their verb
    (
        "Il rencontrera jeudi et vendredi, a indiqué son entourage, les ministres.",
        "vendredi",
        "2015-10-09",
    ),
    # a signal right before the date wins over the verb's tense
    ("La réunion a été reportée au 12 octobre.", "12 octobre", "2015-10-12"),
    ("M. Blair a donné jusqu'au 30 juin aux responsables.", "30 juin", "2016-06-30"),
    # a participle alone is no signal: "convoqué mardi" is a past Tuesday
    ("L'ambassadeur a été convoqué mardi au ministère.", "mardi", "2015-10-06"),
    # a day a thing is set for, after "pour": to come, whatever the verb (dev27's "a
    # convoqué pour mardi un conseil des ministres")
    ("Le préfet a convoqué pour mardi une réunion de crise.", "mardi", "2015-10-13"),
    ("Le maire a réuni pour ce jeudi les élus de la majorité.", "ce jeudi", "2015-10-08"),
    ("Le club a avancé le match pour le 10 octobre.", "le 10 octobre", "2015-10-10"),
    # ... not "pour" after the day, nor before a month
    ("Le suspect a été arrêté mardi pour un vol.", "mardi", "2015-10-06"),
    ("Les chiffres pour le mois de mai ont reculé.", "le mois de mai", "2015-05"),
    # a verb of another clause says nothing ("qui devraient" is about the results)
    ("Les résultats du recensement de mai, qui devraient être affinés", "mai", "2015-05"),
    # a participle alone after the noun: no cue, the nearest
    ("L'entraîneur, arrivé en juin, a jusqu'à la trêve pour convaincre.", "juin", "2015-06"),
]


@pytest.mark.parametrize(("text", "surface", "value"), TENSE_CUES)
def test_tense_cues_and_signals(text, surface, value):
    check(text, WED, surface, "DATE", value, None)


def test_jusqu_au_spans_from_the_publication_date():
    timex = only("L'exposition reste ouverte jusqu'au 15 novembre.", WED, "15 novembre")
    assert timex.span == ("2015-10-07", "2015-11-15")


def test_vers_makes_clock_times_and_dates_approximate():
    found = {t.text: t for t in tag("Il est arrivé hier vers 18 h, puis vers le 15 novembre", WED)}
    assert (found["18 h"].value, found["18 h"].mod) == ("2015-10-06T18:00", "APPROX")
    assert found["le 15 novembre"].mod == "APPROX"
