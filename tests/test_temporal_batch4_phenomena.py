"""Issue 10, the phenomena held-out batch 4 showed (read once, by phenomenon), one table each.

Rows: (sentence, publication date, expected surface, value); a value of None means the
surface must not be tagged at all. The sentences are modelled on French news of several
kinds and outlets (agency wires, regional dailies, business and weather pages), not on the
texts of the batch, which stays scored only.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_rows import check

from timeline.temporal import tag

# 1. Names and descriptions that read like time: a place named after a date, an age at
# death, "les précédentes élections", "une journée décisive".
NOT_TIME = [
    ("Le cortège est parti de la place du 14-Juillet.", dt.date(2019, 7, 13), "14-Juillet", None),
    ("Un accident rue du 8 mai 1945 à Sedan.", dt.date(2021, 2, 3), "8 mai 1945", None),
    ("au collège du 11 novembre 1918 de Pantin", dt.date(2018, 9, 4), "11 novembre 1918", None),
    ("Le chanteur est mort à 87 ans dans sa maison.", dt.date(2020, 4, 2), "87 ans", None),
    ("Décédée à 94 ans, l'actrice sera inhumée jeudi.", dt.date(2022, 1, 10), "94 ans", None),
    ("Il s'est éteint à 101 ans.", dt.date(2016, 6, 1), "101 ans", None),
    ("malgré les précédentes mises en garde de l'ONU", dt.date(2021, 5, 6), "précédentes", None),
    ("lors de ses précédents passages à Marseille", dt.date(2019, 3, 1), "précédents", None),
    ("Ce fut une journée noire pour les marchés.", dt.date(2020, 3, 16), "une journée", None),
    ("Le club sort d'une saison difficile.", dt.date(2022, 5, 23), "une saison", None),
    ("après une nuit agitée dans les quartiers nord", dt.date(2023, 7, 1), "une nuit", None),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), NOT_TIME)
def test_names_and_descriptions_are_not_time(text, dct, surface, value):
    check(text, dct, surface, value)


# ... while the same words stay expressions where they are ones.
STILL_TIME = [
    ("Il est né le 8 mai 1945 à Reims.", dt.date(2015, 5, 8), "le 8 mai 1945", "1945-05-08"),
    ("Il a été condamné à 12 ans de prison.", dt.date(2019, 2, 1), "12 ans", "P12Y"),
    ("par rapport au recensement précédent.", dt.date(1999, 7, 7), "précédent", "PAST_REF"),
    ("Elle a passé une journée entière à l'hôpital.", dt.date(2021, 1, 5), "une journée", "P1D"),
    ("Le poète est mort à 88 ans lundi.", dt.date(2021, 3, 10), "lundi", "2021-03-08"),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), STILL_TIME)
def test_the_same_words_stay_expressions(text, dct, surface, value):
    check(text, dct, surface, value)


# 2. Economic periods: quarters and halves abbreviated with their year, lengths of the year
# from its start, "le trimestre précédent" counted from the quarter the text reports.
ECONOMY = [
    ("une marge en hausse par rapport au T3 2019.", dt.date(2019, 11, 6), "T3 2019", "2019-Q3"),
    ("Les livraisons du Q2 2021 ont surpris.", dt.date(2021, 7, 28), "Q2 2021", "2021-Q2"),
    ("Le résultat du S1 2022 sera publié.", dt.date(2022, 6, 30), "S1 2022", "2022-H1"),
    ("Ils louent un T3 à Lyon depuis 2019.", dt.date(2021, 6, 1), "T3", None),
    (
        "Sur les neuf premiers mois de 2019, les ventes reculent.",
        dt.date(2019, 10, 24),
        "les neuf premiers mois de 2019",
        "P9M",
    ),
    (
        "au cours des onze premiers mois 2022, selon les douanes",
        dt.date(2022, 12, 20),
        "onze premiers mois 2022",
        "P11M",
    ),
    (
        "Au deuxième trimestre 2023, le PIB a progressé de 0,5 %, après 0,1 % le trimestre"
        " précédent, selon l'Insee.",
        dt.date(2023, 7, 28),
        "le trimestre précédent",
        "2023-Q1",
    ),
    (
        "Au troisième trimestre 2020, le chiffre d'affaires progresse de 3 % par rapport au"
        " trimestre précédent.",
        dt.date(2020, 11, 5),
        "trimestre précédent",
        "2020-Q2",
    ),
    (
        "Le chômage a reculé au premier semestre 2019, comme le semestre précédent.",
        dt.date(2019, 8, 14),
        "le semestre précédent",
        "2018-H2",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), ECONOMY)
def test_economic_periods(text, dct, surface, value):
    check(text, dct, surface, value)


# 3. Extents and lists: a demonstrative before a dated day is in the extent; decades given
# once with "années"; "weekend" as news also spell it.
EXTENTS_AND_LISTS = [
    (
        "En ce 18 juin 1940, le général parle.",
        dt.date(2020, 6, 18),
        "ce 18 juin 1940",
        "1940-06-18",
    ),
    ("Ce 14 juillet, le défilé a été annulé.", dt.date(2020, 7, 15), "Ce 14 juillet", "2020-07-14"),
    ("le rock des années 1960 et 1970 revient", dt.date(2019, 4, 2), "1970", "197X"),
    ("la musique des années 1980 à 2000", dt.date(2019, 4, 2), "2000", "200X"),
    ("Il a vécu à Lyon entre 1950 et 1960.", dt.date(2019, 4, 2), "1960", "1960"),
    (
        "Des bouchons sont attendus ce weekend sur l'A7.",
        dt.date(2023, 7, 27),
        "ce weekend",
        "2023-W30-WE",
    ),
    (
        "Il y aura du monde le week end prochain.",
        dt.date(2019, 5, 14),
        "le week end prochain",
        "2019-W21-WE",
    ),
    ("Ils viennent tous les weekends.", dt.date(2019, 5, 14), "tous les weekends", "P1WE"),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), EXTENTS_AND_LISTS)
def test_extents_and_lists(text, dct, surface, value):
    check(text, dct, surface, value)


# 4. A part of the week without a date: the week in the verb's direction, or the week
# "prochaine"/"dernière" names.
WEEK_PARTS = [
    (
        "Le début de semaine sera plus frais.",
        dt.date(2024, 7, 19),
        "Le début de semaine",
        "2024-W30",
    ),
    (
        "En début de semaine, il a beaucoup plu.",
        dt.date(2024, 7, 19),
        "début de semaine",
        "2024-W29",
    ),
    ("Le texte sera voté en fin de semaine.", dt.date(2023, 3, 6), "fin de semaine", "2023-W10"),
    (
        "Le texte sera examiné en fin de semaine prochaine.",
        dt.date(2023, 3, 6),
        "fin de semaine prochaine",
        "2023-W11",
    ),
    (
        "Il a neigé en milieu de semaine dernière.",
        dt.date(2021, 2, 15),
        "milieu de semaine dernière",
        "2021-W06",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), WEEK_PARTS)
def test_parts_of_the_week(text, dct, surface, value):
    check(text, dct, surface, value)


# its days: a week's end is Friday to Sunday (the working week's end and the weekend), its
# start Monday to Wednesday, its last and first three days
# (text, publication day, expression, first and last day)
WEEK_PART_SPANS = [
    (
        "En fin de semaine dernière, la scierie a fermé ses portes.",
        dt.date(2017, 12, 26),
        "fin de semaine dernière",
        ("2017-12-22", "2017-12-24"),
    ),
    (
        "En début de semaine, le fleuve a débordé.",
        dt.date(2024, 7, 19),
        "début de semaine",
        ("2024-07-15", "2024-07-17"),
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "span"), WEEK_PART_SPANS)
def test_a_part_of_the_week_spans_three_days(text, dct, surface, span):
    [timex] = [t for t in tag(text, dct) if t.text == surface]
    assert timex.span == span


def test_a_part_of_the_week_keeps_its_mod():
    timexes = tag("Le début de semaine sera plus frais.", dt.date(2024, 7, 19))
    assert [(t.text, t.mod) for t in timexes] == [("Le début de semaine", "START")]


# 5. Left-overs of issue 10's list, checked beside batch 4: a day and a month in digits in
# agendas, "le matin même" (the part of the day last told), two quarters of a year.
AGENDAS_AND_BACK_REFERENCES = [
    ("Réunion publique le 12/05 à 18h en mairie.", dt.date(2023, 5, 10), "le 12/05", "2023-05-12"),
    ("Exposition du 3/07 au 9/07, salle des fêtes.", dt.date(2021, 6, 20), "9/07", "2021-07-09"),
    ("Il a obtenu 16/20 à l'épreuve écrite.", dt.date(2021, 6, 20), "16/20", None),
    (
        "Le suspect a été interpellé lundi 8 mai. Le matin même, il avait menacé un voisin.",
        dt.date(2023, 5, 10),
        "Le matin même",
        "2023-05-08TMO",
    ),
    (
        "Le match s'est joué le 3 juin; le soir même, les supporters ont fêté la victoire.",
        dt.date(2022, 6, 5),
        "le soir même",
        "2022-06-03TEV",
    ),
    (
        "Les deux premiers trimestres de l'année ont été difficiles.",
        dt.date(2023, 10, 10),
        "Les deux premiers trimestres de l'année",
        "2023-H1",
    ),
    (
        "La croissance a ralenti sur les deux derniers trimestres 2019.",
        dt.date(2020, 2, 14),
        "les deux derniers trimestres 2019",
        "2019-H2",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), AGENDAS_AND_BACK_REFERENCES)
def test_agendas_and_back_references(text, dct, surface, value):
    check(text, dct, surface, value)
