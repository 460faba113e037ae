"""Definitions in the present of what the story names (issue 9, background published), one
table per kind of subject: a place by its people or its borders, a species by its family, an
index by its reading on either side of a threshold, a day of the calendar by what it is every
year. Invented French; each table's last rows are the twins that tell the story (they hold
with or without the rule: they keep it from reaching news).

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2019-06-14"

PLACES = [
    (
        "Des inondations ont ravagé jeudi la vallée de la Roya. Tende est une petite commune "
        "de quelque 2.000 habitants, à 80 km au nord de Nice.",
        "habitants",
        NO_EVENT,
    ),
    (
        "Un séisme a frappé jeudi le nord du pays. Cette ville de l'est compte aujourd'hui "
        "80 000 habitants.",
        "habitants",
        NO_EVENT,
    ),
    (
        "Un séisme a frappé jeudi le nord du pays. La province est frontalière de la Turquie.",
        "frontalière",
        NO_EVENT,
    ),
    # ... what the story's people do there is told
    (
        "Des inondations ont ravagé jeudi la vallée de la Roya. Les 2.000 habitants de Tende "
        "ont été évacués par les pompiers.",
        "évacués",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), PLACES)
def test_a_place_defined_by_its_people_or_its_borders_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


SPECIES = [
    (
        "Des fromages contaminés ont été retirés de la vente jeudi. La salmonelle fait partie "
        "de la famille des entérobactéries.",
        "famille",
        NO_EVENT,
    ),
    (
        "Des fromages contaminés ont été retirés de la vente jeudi. Le germe vient d'une "
        "famille de bactéries présentes dans le sol.",
        "famille",
        NO_EVENT,
    ),
    # ... what the germ did in the story is told
    (
        "Des fromages contaminés ont été retirés de la vente jeudi. La salmonelle a rendu "
        "malades douze enfants d'une même école.",
        "malades",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), SPECIES)
def test_a_species_defined_by_its_family_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


THRESHOLDS = [
    (
        "L'indice de confiance des ménages est tombé à 47 en juin, a annoncé jeudi l'institut. "
        "Un indice situé sous la barre des 50 traduit un pessimisme des ménages.",
        "traduit",
        NO_EVENT,
    ),
    (
        "L'indice de confiance des ménages est tombé à 47 en juin, a annoncé jeudi l'institut. "
        "Au-delà de ce seuil, il indique un optimisme.",
        "optimisme",
        NO_EVENT,
    ),
    # ... the figure that crossed it is told
    (
        "L'indice de confiance des ménages est tombé à 47 en juin, a annoncé jeudi l'institut. "
        "Il est ainsi passé sous la barre des 50, ce que le ministre a jugé préoccupant.",
        "passé sous",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), THRESHOLDS)
def test_an_index_read_on_either_side_of_a_threshold_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


CALENDAR = [
    (
        "Des milliers de lycéens ont manifesté jeudi à Rome. Le 14 juin est le jour des "
        "examens en Italie.",
        "jour des examens",
        NO_EVENT,
    ),
    # ... what happened that day of the story is told
    (
        "Des milliers de lycéens ont manifesté jeudi à Rome. Le 13 juin, les examens ont été "
        "reportés par le ministère.",
        "reportés",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), CALENDAR)
def test_a_day_of_the_calendar_defined_by_what_it_is_every_year_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
