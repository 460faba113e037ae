"""The weather that had been forecast, told in the pluperfect ("Mercredi, le navire avait
annoncé des vents de 35 noeuds et des creux de quatre mètres jusqu'à jeudi", dev29's forecast
published as a happening): a forecast made before the time the narration tells, no event
(``kinds.forecasts_weather``, ``weather_forecast_lemmas``, ``weather_forecast_forms``), its
forecaster the subject or a leading clause's speaker. Invented French; the last rows are the
twins (what a body had announced that is not the weather; a forecast in the present,
an authority's statement as gold dev9 has it).

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2018-06-14"
LEAD = "Le voilier a changé de cap jeudi."

ROWS = [
    (
        f"{LEAD} Mardi, le bulletin avait annoncé des rafales de 90 km/h jusqu'à mercredi.",
        "rafales",
        NO_EVENT,
    ),
    (
        f"{LEAD} Mardi, le navire avait annoncé des vents de 40 noeuds jusqu'à mercredi.",
        "vents",
        NO_EVENT,
    ),
    (f"{LEAD} Le centre de Brest avait prévu de fortes pluies sur la zone.", "pluies", NO_EVENT),
    # twins: not the weather; the weather forecast in the present
    (f"{LEAD} Mardi, le maire avait annoncé des aides après les orages.", "aides", TOLD),
    (f"{LEAD} Météo-France annonce des orages violents pour jeudi soir.", "orages", TOLD),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_the_weather_that_had_been_forecast_is_no_event(body, words, roles):
    sentence = sentence_of(body, PUBLISHED, words)
    assert sentence.role in roles, (sentence.role, sentence.kind)
