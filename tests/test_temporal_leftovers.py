"""Issue 10's left-overs after batch 4, one table each: "les prochains jours" typed as
TimeML types it, "le week-end prochain" written on a Monday, and a weekday in a phrase with
no verb of its own before the main clause.

Rows: (sentence, publication date, expected surface, type, value). The sentences are
modelled on French news of several kinds (weather pages, sport round-ups, agency wires,
politics, regional dailies), not on any text of the held-out batches.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag


def check(text: str, dct: dt.date, surface: str, rtype: str, value: str) -> None:
    result = {t.text: (t.type, t.value) for t in tag(text, dct)}
    assert result.get(surface) == (rtype, value), result


# 1. "Les prochains jours", "les prochaines heures", "les semaines à venir": lengths of time
# of unknown size ahead (TimeML and French TimeBank: DURATION "PXD"), their span the days
# ahead of the publication.
NEXT_PERIODS = [
    (
        "Le verdict est attendu dans les prochains jours.",
        dt.date(2021, 3, 2),
        "les prochains jours",
        "DURATION",
        "PXD",
    ),
    (
        "De nouveaux orages sont attendus dans les prochaines heures.",
        dt.date(2024, 6, 6),
        "les prochaines heures",
        "DURATION",
        "PTXH",
    ),
    (
        "Le gouvernement tranchera au cours des prochaines semaines.",
        dt.date(2019, 11, 4),
        "des prochaines semaines",
        "DURATION",
        "PXW",
    ),
    (
        "Les prix devraient encore grimper dans les mois qui viennent.",
        dt.date(2022, 9, 1),
        "les mois qui viennent",
        "DURATION",
        "PXM",
    ),
    (
        "La décision sera rendue dans les semaines à venir.",
        dt.date(2017, 5, 12),
        "les semaines à venir",
        "DURATION",
        "PXW",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "rtype", "value"), NEXT_PERIODS)
def test_next_periods_are_vague_durations(text, dct, surface, rtype, value):
    check(text, dct, surface, rtype, value)


def test_next_days_cover_the_days_ahead():
    (timex,) = tag("Le verdict est attendu dans les prochains jours.", dt.date(2021, 3, 2))
    assert timex.span == ("2021-03-02", "2021-03-09")


# 2. "Le week-end prochain": written on a Monday, the week-end of that week (the last one
# ended the day before); from Tuesday on, and during a week-end, the one of the next week.
WEEKEND_NEXT = [
    # a Monday round-up of Sunday's matches (2012-09-24 is a Monday)
    (
        "S'il gagne le week-end prochain, il égalera le record.",
        dt.date(2012, 9, 24),
        "le week-end prochain",
        "DATE",
        "2012-W39-WE",
    ),
    (
        "Rendez-vous le weekend prochain pour la finale.",
        dt.date(2023, 5, 15),
        "le weekend prochain",
        "DATE",
        "2023-W20-WE",
    ),
    (
        "Le marché se tiendra le week end prochain.",
        dt.date(2019, 5, 14),
        "le week end prochain",
        "DATE",
        "2019-W21-WE",
    ),
    (
        "Ils reviendront le week-end prochain.",
        dt.date(2015, 10, 9),
        "le week-end prochain",
        "DATE",
        "2015-W42-WE",
    ),
    (
        "Le festival reprendra le week-end prochain.",
        dt.date(2018, 7, 8),
        "le week-end prochain",
        "DATE",
        "2018-W28-WE",
    ),
    # "le week-end dernier" on a Monday: the one that ended the day before
    (
        "Il a plu le week-end dernier.",
        dt.date(2012, 9, 24),
        "le week-end dernier",
        "DATE",
        "2012-W38-WE",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "rtype", "value"), WEEKEND_NEXT)
def test_next_weekend(text, dct, surface, rtype, value):
    check(text, dct, surface, rtype, value)


# 3. A weekday in a phrase opened by "après" or "avant" with no verb of its own, before the
# main clause: the main clause's tense is not its own, the nearest such day is meant.
VERBLESS_PHRASE = [
    # a weather page written on a Friday
    (
        "Après une journée chaude jeudi, la chaleur va encore monter ce vendredi.",
        dt.date(2024, 7, 19),
        "jeudi",
        "DATE",
        "2024-07-18",
    ),
    # a sport page on a Monday
    (
        "Après sa victoire dimanche, le PSG jouera mercredi à Munich.",
        dt.date(2019, 3, 4),
        "dimanche",
        "DATE",
        "2019-03-03",
    ),
    (
        "Après sa victoire dimanche, le PSG jouera mercredi à Munich.",
        dt.date(2019, 3, 4),
        "mercredi",
        "DATE",
        "2019-03-06",
    ),
    # a politics wire on a Monday: the summit is ahead, and so is the meeting
    (
        "Avant le sommet de jeudi, les ministres se réuniront mardi.",
        dt.date(2019, 3, 4),
        "jeudi",
        "DATE",
        "2019-03-07",
    ),
    # a regional daily on a Tuesday, the phrase after the main clause's subject
    (
        "« Avant la crue de lundi, nous avions tout vidé », raconte un commerçant.",
        dt.date(2018, 1, 23),
        "lundi",
        "DATE",
        "2018-01-22",
    ),
    # not before an infinitive: "avant de partir lundi" is the main verb's clause
    (
        "Avant de partir lundi, il a rencontré le maire.",
        dt.date(2019, 3, 8),
        "lundi",
        "DATE",
        "2019-03-04",
    ),
    # a fronted day alone is the main clause's time
    (
        "Lundi, le gouvernement annoncera ses mesures.",
        dt.date(2019, 3, 7),
        "Lundi",
        "DATE",
        "2019-03-11",
    ),
]


@pytest.mark.parametrize(("text", "dct", "surface", "rtype", "value"), VERBLESS_PHRASE)
def test_weekday_in_a_verbless_phrase(text, dct, surface, rtype, value):
    check(text, dct, surface, rtype, value)
