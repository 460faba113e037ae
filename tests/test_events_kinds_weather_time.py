""" "Temps" is the weather only as a noun of its own: before a complement or an adjective of
duration it is the time something takes or a moment ("Le temps de rédiger une lettre", "le
temps de réaction des secours", "le premier temps fort de la saison"), and the sentence is
no weather forecast nor bulletin (issue 9, reports lost: ``kinds._weather_subject``).
Invented French of several topics (a council, an election, a festival, a strike); the last
rows keep the weather: "le temps sera pluvieux", a bulletin's "temps ensoleillé".

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2019-05-14"

TIME_OR_WEATHER = [
    # the time it takes, a moment: no weather
    (
        "Les conseillers se sont enfermés mardi dans la salle du conseil. Le temps de rédiger "
        "une motion remise ensuite au préfet.",
        "Le temps de rédiger",
        TOLD,
    ),
    (
        "Les listes des municipales de Vierzon ont été déposées mardi. Le temps de parole des "
        "candidats sera tiré au sort jeudi en préfecture.",
        "Le temps de parole",
        TOLD,
    ),
    (
        "Le festival de Cognac s'ouvre mardi. Le chanteur chantera jeudi, le premier temps "
        "fort de cette édition.",
        "premier temps fort",
        TOLD,
    ),
    # the weather
    (
        "Le festival de Cognac s'ouvre mardi. Demain, le temps sera pluvieux sur toute la "
        "Charente.",
        "le temps sera pluvieux",
        NO_EVENT,
    ),
    (
        "Les grévistes ont bloqué mardi le dépôt de Tours. Ce mercredi, temps ensoleillé sur "
        "la Touraine.",
        "temps ensoleillé",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), TIME_OR_WEATHER)
def test_the_time_it_takes_is_no_weather(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
