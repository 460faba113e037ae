"""Every shape of value and span the resolver produces is a day or an interval of days that
every consumer reads: the kinds of sentence, the dating of events, the site's dates and the
exports. An unseen article once stopped the build because a span held a moment ("depuis une
heure": "2019-05-13T23:00:00" where a day was expected, read by the kinds of sentence with
``date.fromisoformat``); these tables keep that class closed for every shape, not for the
one met.

Three tables: one invented sentence for each shape the resolver makes (durations of every
unit after "depuis", "il y a", "dans", "ces derniers", "les prochains"; tenses; intervals and
their bounds; times of day; weekdays, seasons, parts of the day and of the week; counted
days), with the span a reader gives it in an article published on Tuesday 14 May 2019;
the same sentences at publication days on the calendar's edges, each span read by every
consumer; and every example of every tagger rule (``lang/fr/rules_*.yml``) at those days,
so a shape a new rule brings is checked without a row more."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from essai_article import chronology_of

from timeline import exports
from timeline.events import dates, kinds
from timeline.present import show
from timeline.present.dates import display_date
from timeline.temporal import Timex, tag
from timeline.temporal.tagger import compiled_rules

PUBLISHED = dt.date(2019, 5, 14)  # a Tuesday

#: (shape, sentence, expression, first day, last day): None, None for an expression that
#: names no day (a bare length, a vague one, a habit)
ROWS: list[tuple[str, str, str, str | None, str | None]] = [
    # a length counted back from publication, "depuis", each unit
    ("since seconds", "Le trafic est interrompu depuis trente secondes.", "trente secondes",
     "2019-05-14", "2019-05-14"),
    ("since hours", "Les secours cherchent le randonneur depuis 36 heures.", "36 heures",
     "2019-05-13", "2019-05-14"),
    ("since half a day", "La route est fermée depuis une demi-journée.", "une demi-journée",
     "2019-05-14", "2019-05-14"),
    ("since days", "Les grévistes occupent l'usine depuis trois jours.", "trois jours",
     "2019-05-11", "2019-05-14"),
    ("since weeks", "La grève dure depuis deux semaines.", "deux semaines",
     "2019-04-30", "2019-05-14"),
    ("since weekends", "Le club n'a pas gagné depuis deux week-ends.", "deux week-ends",
     "2019-05-10", "2019-05-14"),
    ("since months", "Le chantier est arrêté depuis six mois.", "six mois",
     "2018-11-14", "2019-05-14"),
    ("since more than a year", "Il vit à Lyon depuis plus d'un an.", "plus d'un an",
     "2018-05-14", "2019-05-14"),
    ("since decades", "Le festival est organisé depuis deux décennies.", "deux décennies",
     "1999-05-14", "2019-05-14"),
    ("since a century", "La maison appartient à la famille depuis un siècle.", "un siècle",
     "1919-05-14", "2019-05-14"),
    ("since vague hours", "La ville est privée d'eau depuis quelques heures.",
     "quelques heures", None, None),
    # a day or a period counted from publication: "il y a", "dans"
    ("ago days", "Il est arrivé il y a trois jours.", "il y a trois jours",
     "2019-05-11", "2019-05-11"),
    ("ago weeks", "Il est parti il y a deux semaines.", "il y a deux semaines",
     "2019-04-29", "2019-05-05"),
    ("ago a month", "Il a démissionné il y a un mois.", "il y a un mois",
     "2019-04-01", "2019-04-30"),
    ("ago years", "Il a été élu il y a dix ans.", "il y a dix ans", "2009-01-01", "2009-12-31"),
    ("in days", "Il reviendra dans trois jours.", "dans trois jours", "2019-05-17", "2019-05-17"),
    ("in months", "Il reviendra dans deux mois.", "dans deux mois", "2019-07-01", "2019-07-31"),
    ("a bare length", "Il a travaillé pendant deux heures.", "deux heures", None, None),
    # recent and coming periods
    ("last hours", "Il a plu ces dernières 24 heures.", "ces dernières 24 heures",
     "2019-05-13", "2019-05-14"),
    ("last days counted", "Il a plu ces trois derniers jours.", "ces trois derniers jours",
     "2019-05-11", "2019-05-14"),
    ("last days", "Il a dénoncé ces derniers jours la réforme.", "ces derniers jours",
     "2019-05-10", "2019-05-14"),
    ("last months", "Les prix ont monté ces derniers mois.", "ces derniers mois",
     "2019-02-14", "2019-05-14"),
    ("recently", "Il a récemment déclaré sa candidature.", "récemment",
     "2019-04-14", "2019-05-14"),
    ("next hours", "De nouvelles averses sont attendues dans les prochaines heures.",
     "les prochaines heures", "2019-05-14", "2019-05-15"),
    ("next weeks", "Le dossier sera tranché dans les semaines à venir.",
     "les semaines à venir", "2019-05-14", "2019-06-11"),
    # weekdays by tense, parts of the day, nights, clock times
    ("weekday past", "Il a été reçu mardi.", "mardi", "2019-05-14", "2019-05-14"),
    ("weekday future", "Il sera reçu mardi.", "mardi", "2019-05-21", "2019-05-21"),
    ("weekday last", "Il est venu lundi dernier.", "lundi dernier", "2019-05-13", "2019-05-13"),
    ("weekday next", "Il viendra lundi prochain.", "lundi prochain", "2019-05-20", "2019-05-20"),
    ("weekday evening", "Il a été reçu mardi soir.", "mardi soir", "2019-05-14", "2019-05-14"),
    ("weekday morning", "Il a été reçu dimanche matin.", "dimanche matin",
     "2019-05-12", "2019-05-12"),
    ("named night", "Un incendie a éclaté dans la nuit de samedi à dimanche.",
     "la nuit de samedi à dimanche", "2019-05-11", "2019-05-11"),
    ("this night past", "Un incendie a ravagé l'entrepôt cette nuit.", "cette nuit",
     "2019-05-13", "2019-05-13"),
    ("clock on a day", "Il a été agressé hier vers 18 h.", "18 h", "2019-05-13", "2019-05-13"),
    ("clock alone", "Le toit s'est effondré à 3h15.", "3h15", "2019-05-14", "2019-05-14"),
    ("midnight", "Le feu s'est déclaré à minuit.", "minuit", "2019-05-14", "2019-05-14"),
    ("today", "Il est arrivé aujourd'hui.", "aujourd'hui", "2019-05-14", "2019-05-14"),
    ("the day before yesterday", "Il est arrivé avant-hier.", "avant-hier",
     "2019-05-12", "2019-05-12"),
    # seasons, weeks and their parts, weekends, quarters
    ("season past", "Il a plu cet hiver.", "cet hiver", "2018-12-21", "2019-03-19"),
    ("season future", "Il partira cet été.", "cet été", "2019-06-21", "2019-09-22"),
    ("season last", "Il est parti l'été dernier.", "l'été dernier", "2018-06-21", "2018-09-22"),
    ("part of a week", "Le texte sera examiné en début de semaine prochaine.",
     "début de semaine prochaine", "2019-05-20", "2019-05-22"),
    ("weekend past", "Deux alpinistes ont disparu ce week-end.", "ce week-end",
     "2019-05-11", "2019-05-12"),
    ("weekend future", "Le marché aura lieu ce week-end.", "ce week-end",
     "2019-05-18", "2019-05-19"),
    ("last week", "Il a été élu la semaine dernière.", "la semaine dernière",
     "2019-05-06", "2019-05-12"),
    ("quarter", "Les ventes ont reculé au premier trimestre.", "premier trimestre",
     "2019-01-01", "2019-03-31"),
    ("start of a month", "Les travaux ont commencé début avril.", "début avril",
     "2019-04-01", "2019-04-10"),
    ("end of a month", "Il a neigé fin janvier.", "fin janvier", "2019-01-22", "2019-01-31"),
    # ranges and bounds
    ("range of days", "Le salon aura lieu du 19 au 23 juillet.", "23 juillet",
     "2019-07-23", "2019-07-23"),
    ("range of weekdays", "La route sera fermée de jeudi à lundi.", "lundi",
     "2019-05-20", "2019-05-20"),
    ("until a date", "Il a donné jusqu'au 30 juin aux responsables.", "30 juin",
     "2019-05-14", "2019-06-30"),
    ("until a weekday", "L'exposition reste ouverte jusqu'à dimanche.", "dimanche",
     "2019-05-14", "2019-05-19"),
    ("until a year", "Il restera en poste jusqu'en 2030.", "2030", "2019-05-14", "2030-12-31"),
    ("since a date", "Les frappes continuent depuis le 30 avril.", "le 30 avril",
     "2019-04-30", "2019-05-14"),
    ("since a weekday", "Il souffre depuis vendredi d'une grippe.", "vendredi",
     "2019-05-10", "2019-05-14"),
    ("since a year", "Le dispositif est en place depuis 2015.", "2015",
     "2015-01-01", "2019-05-14"),
    ("since a month", "Les prix montent depuis mars.", "mars", "2019-03-01", "2019-05-14"),
    # days counted from another, calendar dates, long periods, feasts, habits
    ("counted from a date", "Il avait été écroué le lendemain du naufrage du 13 janvier.",
     "le lendemain", "2019-01-14", "2019-01-14"),
    ("leap day", "Il est né le 29 février 2016.", "le 29 février 2016",
     "2016-02-29", "2016-02-29"),
    ("decade", "Il a vécu à Lyon dans les années 1990.", "les années 1990",
     "1990-01-01", "1999-12-31"),
    ("century", "La ville a été fondée au XIIe siècle.", "XIIe siècle",
     "1100-01-01", "1199-12-31"),
    ("feast night", "La nuit de la Saint-Sylvestre a été agitée.",
     "La nuit de la Saint-Sylvestre", "2018-12-31", "2018-12-31"),
    ("habit", "Le marché se tient tous les mardis.", "tous les mardis", None, None),
]  # fmt: skip

#: publication days on the calendar's edges: a leap day, the last and first days of a year,
#: a Sunday, a Monday, the first years the build accepts and a far one
EDGES = [
    PUBLISHED,
    dt.date(2024, 2, 29),
    dt.date(2024, 12, 31),
    dt.date(2025, 1, 1),
    dt.date(2023, 3, 5),
    dt.date(2022, 8, 1),
    dt.date(1600, 1, 2),
    dt.date(2099, 12, 31),
]


def _days(timex: Timex) -> tuple[dt.date, dt.date] | None:
    """The span's days, checked to be days written in full (no moment) and in order."""
    if timex.span is None:
        return None
    first, last = (dt.date.fromisoformat(day) for day in timex.span)
    assert (first.isoformat(), last.isoformat()) == timex.span, timex
    assert first <= last, timex
    return first, last


def _read_by_every_consumer(timex: Timex, found: list[Timex], text: str, dct: dt.date) -> None:
    """The readings of a timex the kinds of sentence, the dating and the site make."""
    precision = dates.event_precision(timex)
    dates.is_strong(timex)
    dates.is_vague(timex)
    dates.is_open_length(timex)
    kinds.is_background(timex, timex.tense, dct, found, text)
    if timex.span is not None:
        assert display_date(timex.span[0], timex.span[1], precision, timex.value)
    assert Timex.from_dict(timex.to_dict()) == timex


@pytest.mark.parametrize(
    ("sentence", "expression", "first", "last"),
    [row[1:] for row in ROWS],
    ids=[row[0] for row in ROWS],
)
def test_each_shape_spans_the_days_a_reader_gives_it(
    sentence: str, expression: str, first: str | None, last: str | None
) -> None:
    [timex] = [t for t in tag(sentence, PUBLISHED) if t.text == expression]
    _days(timex)
    assert timex.span == ((first, last) if first and last else None)


@pytest.mark.parametrize("published", EDGES, ids=str)
def test_each_shape_is_read_by_every_consumer_on_any_publication_day(
    published: dt.date,
) -> None:
    spans = 0
    for _, sentence, expression, *_ in ROWS:
        found = tag(sentence, published)
        assert any(t.text == expression for t in found), (sentence, published)
        for timex in found:
            spans += _days(timex) is not None
            _read_by_every_consumer(timex, found, sentence, published)
    assert spans >= sum(row[3] is not None for row in ROWS)


def _rule_examples() -> list[tuple[str, str, dt.date | None]]:
    rules = compiled_rules("fr").rules
    return [
        (rule.name, example["text"], _day(example.get("dct") or rule.default_dct))
        for rule in rules
        for example in rule.examples
    ]


def _day(value: object) -> dt.date | None:
    if value is None:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def test_every_rule_example_spans_days_on_any_publication_day() -> None:
    examples = _rule_examples()
    assert len({name for name, _, _ in examples}) > 100  # every rule, not a few
    spans = 0
    for name, text, own in examples:
        for published in [*EDGES, *([own] if own else [])]:
            for timex in tag(text, published):
                assert not timex.value.startswith("UNDEF"), (name, text, published)
                spans += _days(timex) is not None
    assert spans > len(examples)


def test_an_article_of_every_shape_is_built_and_exported(tmp_path: Path) -> None:
    body = "\n\n".join(sentence for _, sentence, *_ in ROWS)
    chronology = chronology_of(tmp_path, body, PUBLISHED.isoformat())
    assert chronology.events
    for event in chronology.events:
        assert dt.date.fromisoformat(event.start) <= dt.date.fromisoformat(event.end)
    files = exports.export_files(show(chronology), "https://example.org/")
    assert all(files.values())
