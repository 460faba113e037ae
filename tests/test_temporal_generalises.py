"""Issue 10, one table per phenomenon: what generalises to unseen French news.

Rows: (sentence, publication date, expected surface, value). Sentences are modelled on
real news of several outlets and years (tests/data/news), not on the corpora scored.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_rows import check, found

from timeline.temporal import tag

# 1. Extent: the preposition stays out, its meaning goes to the span or the mod.
EXTENTS = [
    (
        "Depuis plusieurs heures, la commune était bouclée.",
        dt.date(2023, 10, 3),
        "plusieurs heures",
        "PTXH",
    ),
    (
        "Il exprimait depuis quelques mois son intérêt.",
        dt.date(2019, 4, 17),
        "quelques mois",
        "PXM",
    ),
    ("Il est détenu depuis trois ans.", dt.date(2020, 5, 2), "trois ans", "P3Y"),
    (
        "Dans la soirée, l'Ile-de-France pourrait être touchée.",
        dt.date(2022, 8, 4),
        "la soirée",
        "2022-08-04TEV",
    ),
    (
        "Les affrontements ont repris en début de nuit.",
        dt.date(2017, 4, 16),
        "début de nuit",
        "2017-04-16TNI",
    ),
    (
        "La cour s'est retirée en milieu d'après-midi.",
        dt.date(2020, 11, 21),
        "milieu d'après-midi",
        "2020-11-21TAF",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), EXTENTS)
def test_extent_leaves_the_preposition_out(text, dct, surface, value):
    check(text, dct, surface, value)


# 2. Reference time: a clock time, a part of the day, "le lendemain" take the last date told.
REFERENCE = [
    # a clock time in a later sentence of the paragraph: the day told before it
    (
        "Tout est rentré dans l'ordre lundi 2 octobre. L'homme était retranché depuis 10h30.",
        dt.date(2023, 10, 3),
        "10h30",
        "2023-10-02T10:30",
    ),
    # a date just after the clock time in its sentence is its date
    (
        "Le forcené a été interpellé à 19 heures, lundi 2 octobre.",
        dt.date(2023, 10, 3),
        "19 heures",
        "2023-10-02T19:00",
    ),
    # parts of the day after a weekday: that weekday
    (
        "Jeudi après-midi, le Massif central sera touché, jusqu'au Midi toulousain dans la soirée.",
        dt.date(2022, 8, 24),
        "la soirée",
        "2022-08-25TEV",
    ),
    (
        "Dimanche après-midi, des rixes ont éclaté. Elles ont repris en soirée.",
        dt.date(2017, 4, 22),
        "soirée",
        "2017-04-16TEV",
    ),
    (
        "Dans la nuit de samedi à dimanche, une rave a eu lieu. Les contrôles ont duré"
        " jusqu'au lendemain 15h.",
        dt.date(2017, 11, 11),
        "lendemain 15h",
        "2017-11-05T15:00",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), REFERENCE)
def test_reference_time_is_the_last_date_told(text, dct, surface, value):
    check(text, dct, surface, value)


# 5. Weekday direction: "ce vendredi" on a Friday is today; a night told in the past has
#    ended, a night announced is tonight's.
WEEKDAY_DIRECTION = [
    (
        "Le président va présider ce vendredi un conseil de défense.",
        dt.date(2024, 3, 1),
        "ce vendredi",
        "2024-03-01",
    ),
    ("Le verdict sera rendu ce jeudi.", dt.date(2017, 11, 16), "ce jeudi", "2017-11-16"),
    ("Le conseil se réunira mercredi.", dt.date(2015, 10, 7), "mercredi", "2015-10-14"),
    (
        "Des orages sont attendus ce mercredi soir et ce jeudi après-midi.",
        dt.date(2022, 8, 24),
        "ce jeudi après-midi",
        "2022-08-25TAF",
    ),
    (
        "Dans la nuit de samedi à dimanche, une rave-party a attiré 500 personnes.",
        dt.date(2017, 11, 11),
        "la nuit de samedi à dimanche",
        "2017-11-04TNI",
    ),
    (
        "Dans la nuit de mercredi à jeudi, des orages devraient toucher la Bretagne.",
        dt.date(2022, 8, 24),
        "la nuit de mercredi à jeudi",
        "2022-08-24TNI",
    ),
    (
        "Pour l'après-midi de ce jeudi, un risque d'orages.",
        dt.date(2022, 8, 24),
        "l'après-midi de ce jeudi",
        "2022-08-25TAF",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), WEEKDAY_DIRECTION)
def test_weekday_direction(text, dct, surface, value):
    check(text, dct, surface, value)


# 4. Coverage: month abbreviations, with or without a dot or a year.
ABBREVIATIONS = [
    ("20 Minutes France n°3605 25 jan 2021", dt.date(2021, 1, 25), "25 jan 2021", "2021-01-25"),
    ("n°3614 15 mar 2021", dt.date(2021, 3, 15), "15 mar 2021", "2021-03-15"),
    ("Vente aux enchères le 8 fév à Drouot.", dt.date(2024, 1, 30), "le 8 fév", "2024-02-08"),
    ("Concert lundi 4 juil. au Zénith", dt.date(2022, 6, 20), "lundi 4 juil.", "2022-07-04"),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), ABBREVIATIONS)
def test_month_abbreviations(text, dct, surface, value):
    check(text, dct, surface, value)


# "mar" without a dot or a year is not March.
def test_a_bare_mar_is_not_march():
    assert "15 mar" not in found(
        "Rendez-vous le 15 mar prochain au plus tard.", dt.date(2021, 3, 1)
    )


# 6. Blockers: ages of people, names that read like durations.
NOT_EXPRESSIONS = [
    ("la mort de Karl Lagerfeld, à l'âge de 85 ans.", "85 ans"),
    ("la jeune femme de 33 ans rejoint vite l'aventure", "33 ans"),
    ("rappelle le skippeur de 46 ans, finalement serein", "46 ans"),
    ("20 Minutes France n°3605", "20 Minutes"),
    ("a-t-on appris auprès de 20 Minutes.", "20 Minutes"),
]


NOT_EXPRESSIONS += [
    ("une amende de 1500 euros", "1500"),
    ("un cortège de 2000 manifestants", "2000"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_EXPRESSIONS)
def test_blocked(text, surface):
    assert surface not in found(text, dt.date(2021, 1, 25))


# ... while a prison term and a wait stay durations.
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("25 ans de réclusion criminelle pour ce ressortissant", "25 ans", "P25Y"),
        ("Flamengo, après 38 ans d'attente", "38 ans", "P38Y"),
    ],
)
def test_durations_kept(text, surface, value):
    check(text, dt.date(2019, 11, 25), surface, value)


# 2. Reference time for dates without a year: the year the text is about; a weekday given
#    with the date picks the year where they agree.
YEARS = [
    (
        "En 2019, l'AFP a transmis neuf flashs.\n\nLe 19 février, l'AFP annonce la mort de"
        " Karl Lagerfeld.",
        dt.date(2019, 12, 30),
        "Le 19 février",
        "2019-02-19",
    ),
    (
        "Programme : jeudi 11 février, conférence de presse.",
        dt.date(2022, 1, 5),
        "jeudi 11 février",
        "2021-02-11",
    ),
    (
        "Programme : vendredi 11 février, conférence de presse.",
        dt.date(2022, 1, 5),
        "vendredi 11 février",
        "2022-02-11",
    ),
    # with no year told, the nearest date stands
    ("Bilan du 20 décembre : trois blessés.", dt.date(2016, 1, 5), "20 décembre", "2015-12-20"),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), YEARS)
def test_year_of_a_date_without_one(text, dct, surface, value):
    check(text, dct, surface, value)


# 3. Back-referring periods and parts of the day.
BACK_REFERRING = [
    (
        "Le 13 octobre dernier, un vol a eu lieu à Plémet. Le matin, vers 8h45, un riverain"
        " récupère un scooter.",
        dt.date(2017, 11, 11),
        "Le matin",
        "2017-10-13TMO",
    ),
    (
        "Orages ce jeudi. L'après-midi, ce temps se décalera vers l'est.",
        dt.date(2024, 6, 6),
        "L'après-midi",
        "2024-06-06TAF",
    ),
    (
        "« La nuit prochaine, des averses orageuses circulent",
        dt.date(2022, 8, 4),
        "La nuit prochaine",
        "2022-08-04TNI",
    ),
    (
        "un coup de frein amorcé à la fin de l'an dernier",
        dt.date(2023, 4, 28),
        "la fin de l'an dernier",
        "2022",
    ),
    (
        "moins importantes que celle d'octobre de l'an dernier.",
        dt.date(2023, 4, 28),
        "octobre de l'an dernier",
        "2022-10",
    ),
    (
        "La croissance a atteint 0,2% au premier trimestre de 2023.",
        dt.date(2023, 4, 28),
        "premier trimestre de 2023",
        "2023-Q1",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), BACK_REFERRING)
def test_back_referring_periods(text, dct, surface, value):
    check(text, dct, surface, value)


# 4. Coverage as general patterns: ranges with the month once, composite durations.
COVERAGE = [
    ("La Faites de l'image\n9 et 10 juillet, Toulouse", dt.date(2021, 6, 1), "9", "2021-07-09"),
    (
        "Cinéma en plein air\nMardis 6 et 20 juillet, Castanet",
        dt.date(2021, 6, 1),
        "Mardis 6",
        "2021-07-06",
    ),
    (
        "Il a couru le 1 500 m en 3 minutes 30 à Monaco.",
        dt.date(2019, 7, 12),
        "3 minutes 30",
        "PT3M30S",
    ),
    (
        "L'étape a été bouclée en 4 heures 12 minutes par le vainqueur.",
        dt.date(2022, 7, 10),
        "4 heures 12 minutes",
        "PT4H12M",
    ),
    (
        "une carte des orages prévus pour les prochaines 24 heures",
        dt.date(2022, 8, 24),
        "les prochaines 24 heures",
        "PT24H",
    ),
]


COVERAGE += [
    # bare years in running text, not counts; capitalised month headings
    ("Les grands événements de 2019 racontés par l'AFP", dt.date(2019, 12, 30), "2019", "2019"),
    (
        "Bilan de l'année 2018\n\nFévrier :\nLe grand débat.",
        dt.date(2018, 12, 28),
        "Février",
        "2018-02",
    ),
    ("Agenda\nMars 2024 : ouverture du musée.", dt.date(2024, 1, 10), "Mars 2024", "2024-03"),
    ("son premier flash de l'année pour annoncer", dt.date(2019, 12, 30), "l'année", "2019"),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), COVERAGE)
def test_coverage(text, dct, surface, value):
    check(text, dct, surface, value)


# 5. The tense is that of the verb governing the expression, not of the main clause.
GOVERNED = [
    (
        "L'intersyndicale a appelé à se rassembler lundi devant la préfecture.",
        dt.date(2024, 3, 3),
        "lundi",
        "2024-03-04",
    ),
    (
        "Les agriculteurs ont prévu de manifester samedi à Paris.",
        dt.date(2024, 3, 6),
        "samedi",
        "2024-03-09",
    ),
    ("Il a été convoqué mardi au ministère.", dt.date(2015, 10, 7), "mardi", "2015-10-06"),
    # a task given is to be done; the infinitive's complement may stand before the day
    (
        "Mme Martin a été chargée de présenter la liste de son gouvernement dimanche.",
        dt.date(2001, 3, 3),
        "dimanche",
        "2001-03-04",
    ),
    (
        "Les syndicats ont appelé à manifester devant la préfecture de Lyon samedi.",
        dt.date(2024, 3, 6),
        "samedi",
        "2024-03-09",
    ),
    # twin: "chargé de" before a noun is no task to come
    ("Il a été chargé de la sécurité lundi.", dt.date(2024, 3, 6), "lundi", "2024-03-04"),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), GOVERNED)
def test_tense_of_the_governing_verb(text, dct, surface, value):
    check(text, dct, surface, value)


# 1. A clock time and the day right after it are one expression.
def test_clock_time_and_its_day_are_one_expression():
    check(
        "Tout est rentré dans l'ordre peu avant 19 heures lundi 2 octobre.",
        dt.date(2023, 10, 3),
        "19 heures lundi 2 octobre",
        "2023-10-02T19:00",
    )


@pytest.mark.parametrize(
    "text", ["Le 1er mai est un jour férié.", "Les commerces ferment les jours fériés."]
)
def test_public_holidays_are_not_durations(text):
    assert not any(
        "férié" in surface or surface.endswith("jour")
        for surface in found(text, dt.date(2016, 4, 20))
    )


# 1 (continued). One expression for a part of the day, a day, a quarter or a part of the year
# with what dates it; the preposition stays out, in capitals too.
COMPOSITE_EXTENTS = [
    (
        "Des vitrines ont été brisées dans la soirée du 21 juin 2018 à Lyon.",
        dt.date(2018, 6, 23),
        "la soirée du 21 juin 2018",
        "2018-06-21TEV",
    ),
    (
        "Le couvre-feu a été levé pendant la nuit du 14 au 15 juillet 2020.",
        dt.date(2020, 7, 16),
        "la nuit du 14 au 15 juillet 2020",
        "2020-07-14TNI",
    ),
    (
        "Trois incendies ont eu lieu durant la nuit du 30 avril au 1er mai.",
        dt.date(2016, 5, 2),
        "la nuit du 30 avril au 1er mai",
        "2016-04-30TNI",
    ),
    (
        "Une vigilance orange est maintenue pour la journée de ce samedi 9 mars.",
        dt.date(2019, 3, 9),
        "la journée de ce samedi 9 mars",
        "2019-03-09",
    ),
    ("RÉSULTATS ATTENDUS DANS LA JOURNÉE", dt.date(2022, 4, 24), "LA JOURNÉE", "2022-04-24"),
    (
        "L'emploi devrait ralentir au troisième trimestre de cette année.",
        dt.date(2016, 6, 14),
        "troisième trimestre de cette année",
        "2016-Q3",
    ),
    (
        "Le PIB avait reculé au dernier trimestre 2018, selon l'Insee.",
        dt.date(2019, 2, 1),
        "dernier trimestre 2018",
        "2018-Q4",
    ),
    (
        "Les exportations ont chuté sur les six premiers mois de l'année.",
        dt.date(2020, 8, 7),
        "les six premiers mois de l'année",
        "2020-H1",
    ),
    (
        "Les loyers ont augmenté en fin d'année 2021.",
        dt.date(2022, 2, 3),
        "fin d'année 2021",
        "2021",
    ),
    (
        "Les recrutements sont restés stables en ce début d'année.",
        dt.date(2024, 3, 20),
        "ce début d'année",
        "2024",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), COMPOSITE_EXTENTS)
def test_one_expression_with_what_dates_it(text, dct, surface, value):
    result = found(text, dct)
    assert result.get(surface) == value, result
    assert len(result) == 1, f"pieces reported besides {surface!r}: {result}"


# 2 (continued). A weekday the text has already dated is that day again; a clock time in
# the small hours after an evening or a night told is on the next day.
TOLD_AGAIN = [
    (
        "Le bulletin a été publié ce mardi matin. Mardi, le vent soufflera fort en Bretagne.",
        dt.date(2018, 1, 2),
        "Mardi",
        "2018-01-02",
    ),
    (
        "Le procès s'est ouvert le lundi 3 juin. Lundi, l'accusé a gardé le silence.",
        dt.date(2019, 6, 5),
        "Lundi",
        "2019-06-03",
    ),
    # a past weekday told, then the same weekday in the future: the next one
    (
        "Lundi, le suspect a été arrêté. Il sera présenté lundi à un juge.",
        dt.date(2019, 3, 5),
        "lundi",
        "2019-03-11",
    ),
    (
        "La fête a dégénéré dans la soirée du 21 juin. Vers 2 h, les pompiers sont intervenus.",
        dt.date(2019, 6, 23),
        "2 h",
        "2019-06-22T02:00",
    ),
    (
        "Samedi soir, la fête a dégénéré. Peu après 3 heures du matin, la police est arrivée.",
        dt.date(2021, 9, 13),
        "3 heures du matin",
        "2021-09-12T03:00",
    ),
    # the morning of a day told: that day
    (
        "Samedi matin, la fête a commencé. Vers 4 h, il pleuvait.",
        dt.date(2021, 9, 13),
        "4 h",
        "2021-09-11T04:00",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), TOLD_AGAIN)
def test_days_told_again(text, dct, surface, value):
    result = {t.text: t.value for t in tag(text, dct)}
    matches = [t for t in tag(text, dct) if t.text == surface]
    assert matches and matches[-1].value == value, result


# 1, 4 (continued). A demonstrative weekday and its date are one expression; a list of days
# with the month once ("les 12, 13 et 14 mai") gives each day that month.
APPOSITION_AND_LISTS = [
    (
        "Le tribunal correctionnel a rendu ce mardi 14 mars sa décision.",
        dt.date(2017, 3, 14),
        "ce mardi 14 mars",
        "2017-03-14",
    ),
    (
        "Le salon ouvrira ses portes les 12, 13 et 14 mai.",
        dt.date(2019, 4, 2),
        "12",
        "2019-05-12",
    ),
    (
        "Les concerts auront lieu les 4, 5 août et 6 août 2022.",
        dt.date(2022, 6, 1),
        "4",
        "2022-08-04",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), APPOSITION_AND_LISTS)
def test_apposition_and_lists_of_days(text, dct, surface, value):
    check(text, dct, surface, value)


# 5 (continued). "il y a" is a past cue only before a length of time: "il y a sept matchs
# dimanche" (there are) is a programme, the coming Sunday.
EXISTENTIAL = [
    (
        "Comme d'habitude, il y a sept matchs dimanche.",
        dt.date(2021, 12, 3),
        "dimanche",
        "2021-12-05",
    ),
    ("Il y a des contrôles prévus samedi.", dt.date(2019, 5, 16), "samedi", "2019-05-18"),
    ("Il y a deux ans, le club avait gagné samedi.", dt.date(2019, 5, 16), "samedi", "2019-05-11"),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), EXISTENTIAL)
def test_existential_il_y_a_is_no_past(text, dct, surface, value):
    check(text, dct, surface, value)


# Issue 10, batch 3 (errors read by phenomenon on news of Belgium, Québec, Senegal, Congo,
# Switzerland). Sentences of other outlets and dates, written for each phenomenon.

# 1 (continued). A clock time and the part of the day right after it are one expression; so
# are a clock time and its zone; minutes are never a day of the month ("17h 24 février").
CLOCK_COMPOSITION = [
    (
        "Le communiqué de la banque centrale sera publié à 20 heures ce soir.",
        dt.date(2019, 10, 30),
        "20 heures ce soir",
        "2019-10-30T20:00",
    ),
    (
        "L'alerte a été donnée à 6h45 ce dimanche matin par un voisin.",
        dt.date(2023, 5, 14),
        "6h45 ce dimanche matin",
        "2023-05-14T06:45",
    ),
    (
        "Déclaration de la mission d'observation, Bamako, 18h 12 mars 2023.",
        dt.date(2023, 3, 13),
        "18h 12 mars 2023",
        "2023-03-12T18:00",
    ),
    (
        "La fusée a décollé de Kourou à 9H49 GMT.",
        dt.date(2021, 12, 25),
        "9H49 GMT",
        "2021-12-25T09:49",
    ),
    (
        "Les résultats provisoires seront donnés à 15 h 30 heure de Paris.",
        dt.date(2022, 4, 24),
        "15 h 30 heure de Paris",
        "2022-04-24T15:30",
    ),
    (
        "Un premier bilan départemental est attendu mardi 6 juin à 12h UTC.",
        dt.date(2023, 6, 4),
        "12h UTC",
        "2023-06-06T12:00",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), CLOCK_COMPOSITION)
def test_clock_time_with_its_part_of_day_or_zone(text, dct, surface, value):
    check(text, dct, surface, value)


def test_minutes_are_not_a_day_of_the_month():
    result = found("Bamako, 18h 12 mars 2023 - communiqué de la mission.", dt.date(2023, 3, 13))
    assert "2023-03-12T18:12" not in result.values(), result


# 1, 3 (continued). A day and its edge or part ("en fin de journée", "au soir") are one
# expression, the edge in the mod; Québec's "avant-midi" is the morning.
DAY_PARTS = [
    (
        "Jeudi en fin de journée, un feu s'est déclaré dans une boulangerie.",
        dt.date(2020, 8, 6),
        "Jeudi en fin de journée",
        "2020-08-06TEV",
    ),
    (
        "Hier en début de journée, la route a été coupée par un éboulement.",
        dt.date(2021, 3, 10),
        "Hier en début de journée",
        "2021-03-09TMO",
    ),
    (
        "Le ministre s'exprimera en fin de journée devant la presse.",
        dt.date(2022, 5, 4),
        "fin de journée",
        "2022-05-04TEV",
    ),
    (
        "La neige cessera en avant-midi sur la région de Québec.",
        dt.date(2024, 1, 9),
        "avant-midi",
        "2024-01-09TMO",
    ),
    (
        "Les bureaux de vote ont fermé dimanche 3 mars au soir dans le calme.",
        dt.date(2024, 3, 4),
        "dimanche 3 mars au soir",
        "2024-03-03TEV",
    ),
    (
        "Le colis est arrivé le 12 mai 2021 au matin chez le destinataire.",
        dt.date(2021, 6, 1),
        "le 12 mai 2021 au matin",
        "2021-05-12TMO",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), DAY_PARTS)
def test_a_day_with_its_edge_or_part(text, dct, surface, value):
    check(text, dct, surface, value)


def test_an_edge_of_the_day_is_its_mod():
    timexes = {t.text: t for t in tag("Jeudi en fin de journée, il a plu.", dt.date(2020, 8, 6))}
    assert timexes["Jeudi en fin de journée"].mod == "END"
    timexes = {t.text: t for t in tag("Il partira en début de journée.", dt.date(2020, 8, 6))}
    assert (timexes["début de journée"].value, timexes["début de journée"].mod) == (
        "2020-08-06TMO",
        "START",
    )


# 6 (continued). An age in apposition, with a half, is no duration.
@pytest.mark.parametrize(
    "text",
    [
        "Sa fille, Léa, trois ans et demi, jouait dans le parc.",
        "Le petit Noah, 2 ans et demi, a été retrouvé sain et sauf.",
    ],
)
def test_an_age_with_a_half_is_no_duration(text):
    assert not any("ans" in surface for surface in found(text, dt.date(2024, 1, 9)))


# 5 (continued). With no verb near, the verb that opens a long clause gives the tense; not
# across an infinitive clause ("pour pouvoir se présenter"), whose time is its own.
CLAUSE_VERB = [
    (
        "Les marchés ont reculé mardi, alors que les investisseurs ont vu s'évaporer un à un"
        " les maigres espoirs nés des longues discussions commerciales du week-end.",
        dt.date(2019, 10, 30),
        "week-end",
        "2019-W43-WE",
    ),
    (
        "Le gouvernement a confirmé qu'il entendait poursuivre, malgré les critiques répétées"
        " des syndicats et des élus locaux, la réforme des retraites présentée à l'automne.",
        dt.date(2023, 4, 3),
        "l'automne",
        "2022-FA",
    ),
    (
        "L'opposant a annoncé lundi à la presse avoir quitté son parti pour pouvoir se"
        " présenter à l'élection présidentielle du 28 décembre.",
        dt.date(2025, 9, 1),
        "28 décembre",
        "2025-12-28",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), CLAUSE_VERB)
def test_the_verb_opening_a_long_clause(text, dct, surface, value):
    check(text, dct, surface, value)


# 2, 4 (continued). Days given with no month ("les 12 et 13.", "du 6 au 24.") are days of the
# month last told in the paragraph; with none told, or before a noun, they are no dates.
DAYS_WITHOUT_MONTH = [
    (
        "Les quarts de finale aller auront lieu les 5 et 6 avril et les matchs retour les 12 et"
        " 13.",
        dt.date(2022, 3, 18),
        {"12": "2022-04-12", "13": "2022-04-13"},
    ),
    (
        "En mai, le festival de jazz occupera la place du village du 6 au 24.",
        dt.date(2019, 3, 1),
        {"6": "2019-05-06", "24": "2019-05-24"},
    ),
    ("Le tribunal siégera du 6 au 24.", dt.date(2022, 3, 18), {"6": None, "24": None}),
    (
        "En avril, les deux frères avaient alors les 12 et 13 ans requis.",
        dt.date(2022, 3, 18),
        {"12": None},
    ),
    (
        "Les 5 et 6 avril, tout est prévu.\n\nLes courses auront lieu les 12 et 13.",
        dt.date(2022, 3, 18),
        {"12": None, "13": None},
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), DAYS_WITHOUT_MONTH)
def test_days_without_a_month(text, dct, expected):
    result = found(text, dct)
    assert {surface: result.get(surface) for surface in expected} == expected, result
