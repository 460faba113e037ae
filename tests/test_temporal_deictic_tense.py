"""Deictic periods read in the tense of their clause: "cette nuit" told done is the night
that ended on the day of writing (begun the day before: a night is dated by the day it
begins); "ce week-end" is, like "le week-end", the one the tense says (written on a weekday,
told done: the one just past; to come: the coming one; written during a week-end: that one);
the imperfect of "devoir" or "aller" before an infinitive ("devait arriver lundi") is a
future in the past, on neither side of the day of writing: the nearest such day, or the
tense of another verb of the clause; its present participle before an infinitive ("les autres
devant l'être lundi") is a plan: the day to come. A verb inside a quotation gives no tense to a
day told out of it ("« je vais rester », assurait-il en début de semaine"), and a day inside a
quotation takes the quotation's tense, not the reporting clause's ("« L'arrivée nous porte au 7
décembre », a poursuivi le directeur": the coming one).

Rows: (sentence, publication date, expected surface, value). Invented sentences of the
shapes of French news.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_rows import check

TONIGHT = [
    # told done, in the morning paper: the night before
    (
        "Un violent incendie a détruit un hangar agricole cette nuit près de Vannes.",
        dt.date(2022, 11, 8),
        "cette nuit",
        "2022-11-07TNI",
    ),
    (
        "Les gendarmes ont interpellé cette nuit deux cambrioleurs présumés.",
        dt.date(2023, 2, 14),
        "cette nuit",
        "2023-02-13TNI",
    ),
    # twins: to come, the coming night; "ce soir" and "ce matin" stay the day's
    (
        "Des rafales de vent souffleront cette nuit sur toute la côte.",
        dt.date(2022, 11, 8),
        "cette nuit",
        "2022-11-08TNI",
    ),
    (
        "Le conseil municipal a voté ce matin la fermeture de la piscine.",
        dt.date(2022, 11, 8),
        "ce matin",
        "2022-11-08TMO",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), TONIGHT)
def test_tonight_told_done_is_the_night_before(text, dct, surface, value):
    check(text, dct, surface, value)


THIS_WEEKEND = [
    # written on a Monday, told done: the week-end that ended the day before
    (
        "Deux randonneurs se sont perdus ce week-end dans le massif de la Chartreuse.",
        dt.date(2023, 6, 12),
        "ce week-end",
        "2023-W23-WE",
    ),
    # written on a Wednesday, told done
    (
        "Le club a recruté ce week-end un attaquant venu de Lorient.",
        dt.date(2023, 6, 14),
        "ce week-end",
        "2023-W23-WE",
    ),
    # twins: to come, the coming one; written on a Saturday, that week-end
    (
        "La fête du village aura lieu ce week-end sur la place de l'église.",
        dt.date(2023, 6, 15),
        "ce week-end",
        "2023-W24-WE",
    ),
    (
        "L'équipe a remporté ce week-end son premier match de la saison.",
        dt.date(2023, 6, 17),
        "ce week-end",
        "2023-W24-WE",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), THIS_WEEKEND)
def test_this_weekend_is_the_one_the_tense_says(text, dct, surface, value):
    check(text, dct, surface, value)


FUTURE_IN_PAST = [
    # written on a Tuesday: the Monday before, the nearest
    (
        "Le train de nuit devait arriver à Lyon lundi.",
        dt.date(2023, 6, 13),
        "lundi",
        "2023-06-12",
    ),
    # the act told in the past places the day, not the plan after it
    (
        "L'avion a décollé de Montréal dimanche et devait atterrir à Paris lundi.",
        dt.date(2023, 6, 13),
        "dimanche",
        "2023-06-11",
    ),
    # twin: written on a Tuesday, the nearest Wednesday is the next day
    (
        "Le prévenu devait être présenté à un juge mercredi.",
        dt.date(2023, 6, 13),
        "mercredi",
        "2023-06-14",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), FUTURE_IN_PAST)
def test_the_future_in_the_past_is_the_nearest_day(text, dct, surface, value):
    check(text, dct, surface, value)


PLAN_PARTICIPLE = [
    # "devant" + infinitive is the participle of "devoir": a plan, the day to come, even
    # beside an act told done (written on a Sunday: the next Monday)
    (
        "Trois mineurs ont été remontés avec succès, les autres devant l'être lundi.",
        dt.date(2011, 3, 13),
        "lundi",
        "2011-03-14",
    ),
    (
        "La réforme, devant être votée jeudi par les députés, a été amendée en commission.",
        dt.date(2019, 5, 12),
        "jeudi",
        "2019-05-16",
    ),
    (
        "Les ministres, devant se réunir vendredi à Bruxelles, ont échangé par téléphone.",
        dt.date(2019, 5, 12),
        "vendredi",
        "2019-05-17",
    ),
    # twins: the preposition "devant", before a determiner or a name, is no plan
    (
        "Le prévenu a comparu devant le tribunal correctionnel lundi.",
        dt.date(2011, 3, 13),
        "lundi",
        "2011-03-07",
    ),
    (
        "Le maire a été entendu devant Olivier Martin jeudi.",
        dt.date(2019, 5, 12),
        "jeudi",
        "2019-05-09",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), PLAN_PARTICIPLE)
def test_a_day_after_the_participle_of_devoir_is_to_come(text, dct, surface, value):
    check(text, dct, surface, value)


QUOTED_APART = [
    # a verb inside a quotation is the speaker's tense: it says nothing of a day told out
    # of it, by the reporting clause (written on a Thursday: this week's start, not the next)
    (
        'Pierre Martin en était persuadé : "je vais rester", assurait-il encore au Monde en '
        "début de semaine.",
        dt.date(2011, 3, 17),
        "début de semaine",
        "2011-W11",
    ),
    (
        "Au Monde en début de semaine, la ministre : « Je vais rester ».",
        dt.date(2011, 3, 17),
        "début de semaine",
        "2011-W11",
    ),
    # twin: a day inside the quotation takes the quotation's tense
    (
        "Le préfet a annoncé : « nous rouvrirons les écoles lundi ».",
        dt.date(2011, 3, 17),
        "lundi",
        "2011-03-21",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), QUOTED_APART)
def test_a_verb_quoted_apart_gives_no_tense(text, dct, surface, value):
    check(text, dct, surface, value)


QUOTED_ALONE = [
    # a day inside a quotation is told in the speaker's tense, not in the reporting
    # clause's: a date with no year said in the present or the future, after a reporting
    # clause in the past, is the coming one (not last year's), a weekday the next one
    (
        "« Le passage par les îles est sur la route, l'arrivée nous porte au 7 décembre », "
        "a poursuivi le directeur de course.",
        dt.date(2020, 12, 1),
        "7 décembre",
        "2020-12-07",
    ),
    (
        '"Les élections se tiendront le 30 juin pour le premier tour et le 7 juillet pour le '
        'second", a ajouté le président.',
        dt.date(2024, 6, 9),
        "le 7 juillet",
        "2024-07-07",
    ),
    # a quotation of several sentences: paired from the start of its line
    (
        "« Nous sommes prêts. Le chantier rouvre le 3 mars », a déclaré la maire.",
        dt.date(2021, 2, 25),
        "le 3 mars",
        "2021-03-03",
    ),
    # "reconnait" read as an imperfect by its ending: a reporting clause all the same
    (
        '"Je pensais que le travail pourrait reprendre lundi", reconnait le responsable.',
        dt.date(2017, 5, 14),
        "lundi",
        "2017-05-15",
    ),
    # twins: the same day out of the quotation takes the clause's past; a past inside the
    # quotation is the speaker's
    (
        "Le directeur de course a indiqué le 7 décembre que l'arrivée était proche.",
        dt.date(2020, 12, 1),
        "le 7 décembre",
        "2019-12-07",
    ),
    (
        "« Nous avons quitté le port le 7 décembre », a raconté le skipper.",
        dt.date(2020, 12, 1),
        "le 7 décembre",
        "2019-12-07",
    ),
    # a quoted "aujourd'hui" told in the reporting clause's past is the day of saying, not
    # the present in general
    (
        "« Aujourd'hui, j'annonce la démission de ce gouvernement », a-t-il dit.",
        dt.date(2020, 8, 10),
        "Aujourd'hui",
        "2020-08-10",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "value"), QUOTED_ALONE)
def test_a_day_quoted_alone_takes_the_quotations_tense(text, dct, surface, value):
    check(text, dct, surface, value)
