"""Where a day is read from (issue 9): the night between two days, what a narration tells
after a night told done happened the morning after, unless it points back to an act told up
to the night (its subject a demonstrative, or a definite noun named as what came before the
night's act): then it goes on telling that act, on its day; an agency's dateline, the
telling's day. One row per case, invented French news, with spaCy's French parser."""

from __future__ import annotations

import pytest
from essai_article import sentence_of, told_with

from timeline.events import dates

# (body, publication day, words of the sentence, the day it or the event it goes with is
# dated)
NIGHT_GONE_ON = [
    # a demonstrative subject points back to the night's own happening: its day
    (
        "Une violente tempête a balayé la côte bretonne dans la nuit de lundi à mardi. "
        "Cette tempête a provoqué la chute de centaines d'arbres sur les routes.",
        "2024-03-12",
        "chute de centaines",
        "2024-03-11",
    ),
    # ... or to the act the night ended, named before it: the act's day, not the morning
    (
        "Après une coupure de gaz de deux jours, les habitants de Vesoul ont retrouvé le "
        "chauffage dans la nuit de mercredi à jeudi. Cette coupure a contraint la mairie à "
        "fermer trois écoles.",
        "2023-11-16",
        "trois écoles",
        "2023-11-15",
    ),
    # a definite subject whose noun the article named as what came before the night's act
    (
        "Après un incendie de forêt d'une ampleur rare, les habitants de Gap ont pu regagner "
        "leurs maisons dans la nuit de samedi à dimanche. L'incendie a détruit plus de mille "
        "hectares de pins.",
        "2019-08-04",
        "mille hectares",
        "2019-08-03",
    ),
    # the narration moves on: a subject the article had not named happened the morning after
    (
        "Un camion a percuté un pont dans la nuit de lundi à mardi à Nantes. Les "
        "automobilistes ont été déviés vers le périphérique pendant toute la matinée.",
        "2024-02-06",
        "déviés vers",
        "2024-02-06",
    ),
    # ... and one the night's act told of ("d'un camion") too: what it did next
    (
        "La cargaison d'un camion a pris feu dans la nuit de mercredi à jeudi sur l'A7. Le "
        "camion a bloqué les trois voies jusqu'à l'arrivée d'une dépanneuse.",
        "2023-11-16",
        "trois voies",
        "2023-11-16",
    ),
    (
        "Le fleuve est sorti de son lit dans la nuit de jeudi à vendredi à Redon. Des "
        "bénévoles ont distribué des repas chauds aux familles sinistrées.",
        "2022-06-10",
        "repas chauds",
        "2022-06-10",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), NIGHT_GONE_ON)
def test_what_points_back_across_a_night_keeps_its_day(body, published, words, day):
    sentence, event = told_with(body, published, words)
    assert event.date is not None and event.date.start == day


# an agency's dateline ("PLACE, day (Agency) -") gives the telling's place and day, not the
# act's: a day the sentence names itself dates it, and the sentences after it; alone, the
# dateline's day is the day told (the act done that day or before).
# (body, publication day, words of the sentence, the day it or its event is dated)
DATELINES = [
    (
        "LILLE, 14 mars (Reuters) - Les deux alpinistes portés disparus ont été retrouvés "
        "mercredi par les secours.",
        "2024-03-14",
        "alpinistes",
        "2024-03-13",
    ),
    (
        "RENNES, 9 octobre (Reuters) - Les deux marins retenus au large du Nigeria ont été "
        "libérés jeudi. Ils ont été accueillis par leurs familles sur le port de Brest.",
        "2020-10-09",
        "accueillis",
        "2020-10-08",
    ),
    (
        "NANTES, 5 juin (AFP) - Le préfet a ordonné la fermeture des plages de la côte.",
        "2024-06-06",
        "fermeture des plages",
        "2024-06-05",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), DATELINES)
def test_a_datelines_day_is_the_tellings(body, published, words, day):
    sentence, event = told_with(body, published, words)
    assert event.date is not None and event.date.start == day


# the dateline is read as the place in capitals, maybe a region or a day, the agency in
# brackets and a dash, opening the dispatch; nothing else is one.
# (sentence, expression, does it lie in a dateline)
DATELINE_READ = [
    ("BREST, 9 octobre (Reuters) - Les marins sont arrivés jeudi.", "9 octobre", True),
    ("SAINT-ÉTIENNE, Loire, 2 mai (AFP) - Le maire a démissionné.", "2 mai", True),
    ("BREST, 9 octobre (Reuters) - Les marins sont arrivés jeudi.", "jeudi", False),
    # no agency: a place and a day opening a sentence are the sentence's own
    ("Brest, 9 octobre - Les marins sont arrivés.", "9 octobre", False),
    ("Le 9 octobre (jeudi) - les marins sont arrivés.", "9 octobre", False),
]


@pytest.mark.parametrize(("text", "expression", "inside"), DATELINE_READ)
def test_a_dateline_is_read_at_the_dispatchs_opening(text, expression, inside):
    assert dates.in_dateline(text, text.index(expression)) is inside


# a past participle set after a presentative ("il y avait son frère, arrivé lundi") tells of
# what is presented: its day dates neither the description nor what the narration tells
# after it; a day of the presentative's own clause does
# (body, publication day, words of the sentence, the day it is dated, if any)
PRESENTED = [
    (
        "Il était un peu plus de 16h quand le voilier s'est amarré au ponton de Lorient. À "
        "bord, il y avait son frère, arrivé en début de semaine aux Açores. Le navigateur a "
        "été le premier à descendre.",
        "2019-04-05",
        "il y avait son frère",
        None,
    ),
    (
        "Le train spécial est entré en gare de Strasbourg vers 18h. Sur le quai, il y avait "
        "le maire, revenu mardi de Bruxelles. Les supporters ont envahi le hall.",
        "2022-06-10",
        "il y avait le maire",
        None,
    ),
    (
        "Il y a eu trois blessés lundi soir à Lyon lors d'une collision entre deux bus.",
        "2024-03-12",
        "trois blessés",
        "2024-03-11",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), PRESENTED)
def test_a_participle_after_a_presentative_dates_nothing(body, published, words, day):
    sentence = sentence_of(body, published, words)
    assert (sentence.date.start if sentence.date is not None else None) == day
