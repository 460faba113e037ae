"""A thing that happens of itself told by its own verb, with no object (issue 9,
``acted_on.happening_told``'s ``occurring_verbs``, ``frames.same_happening_told``): the
subject of a verb of its taking place, of its sound or of its spreading ("Une forte
explosion a retenti", "L'explosion s'est produite vers 9 heures", "un incendie s'est
déclaré"), an explosion, a fire, a quake or a storm tells that happening as a clause of it
hitting something does; two outlets telling it of one day are one happening whatever else
each says. Kept apart: two explosions in two towns on one day, two on two days, and a
speaker's words on the happening (quoted, attributed): how it is judged, not a report of
it. Invented French of topics no development set tells, run through the whole pipeline;
each row of ``ONE_HAPPENING`` fails without the reading of ``occurring_verbs``."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_outlets import assert_cited, events_of

ONE_HAPPENING = [
    # (case, articles, one sentence, another, one happening?)
    (
        "an explosion heard, and what it destroyed",
        {
            "2024-03-16-a": "Une forte explosion a retenti ce samedi peu avant 7 heures "
            "dans le centre de Limoges.",
            "2024-03-16-b": "Une explosion a soufflé samedi matin une pharmacie de la rue "
            "Jean-Jaurès, à Limoges.",
        },
        "a|Une forte explosion a retenti",
        "b|Une explosion a soufflé samedi matin",
        True,
    ),
    (
        "an explosion's taking place, a pronominal verb, and what it destroyed",
        {
            "2024-03-16-a": "L'explosion s'est produite samedi vers 7 heures au 12 rue "
            "Jean-Jaurès, où se trouve une pharmacie.",
            "2024-03-16-b": "Une explosion d'une rare violence a dévasté samedi matin un "
            "commerce du centre de Limoges, faisant plusieurs blessés.",
        },
        "a|L'explosion s'est produite samedi",
        "b|Une explosion d'une rare violence",
        True,
    ),
    (
        "a fire breaking out, and what it burnt",
        {
            "2024-10-05-a": "Un incendie s'est déclaré samedi vers 4 heures dans une "
            "scierie de Saint-Dié.",
            "2024-10-05-b": "Samedi, le feu a réduit en cendres deux hangars et un stock "
            "de planches, selon les pompiers vosgiens.",
        },
        "a|Un incendie s'est déclaré samedi",
        "b|le feu a réduit en cendres",
        True,
    ),
]

KEPT_APART = [
    (
        "two explosions in two towns on one day",
        {
            "2024-03-16-a": "Une forte explosion a retenti ce samedi peu avant 7 heures à Limoges.",
            "2024-03-16-b": "Une explosion a soufflé samedi matin une pharmacie de Perpignan.",
        },
        "a|Une forte explosion a retenti",
        "b|Une explosion a soufflé samedi matin",
        False,
    ),
    (
        "two explosions on two days",
        {
            "2024-03-11-a": "Une forte explosion a retenti lundi peu avant 7 heures dans "
            "le centre de Limoges.",
            "2024-03-16-b": "Une explosion a soufflé samedi matin une pharmacie de la rue "
            "Jean-Jaurès, à Limoges.",
        },
        "a|Une forte explosion a retenti",
        "b|Une explosion a soufflé samedi matin",
        False,
    ),
    (
        "a speaker's quoted words on how the happening spread",
        {
            "2024-06-08-a": "L'attaque a frappé « sans aucune distinction » et s'est "
            "« étendue très vite », a ajouté samedi le directeur de l'agence.",
            "2024-06-08-b": "Une cyberattaque a paralysé samedi les ordinateurs de trois "
            "hôpitaux de Rouen.",
        },
        "a|L'attaque a frappé",
        "b|Une cyberattaque a paralysé samedi",
        False,
    ),
]


@pytest.mark.parametrize(("case", "articles", "one", "other", "together"), ONE_HAPPENING)
def test_a_happening_told_by_its_own_verb_is_one_event_with_what_it_hit(
    tmp_path: Path, case, articles, one, other, together
):
    assert_cited(events_of(tmp_path, articles), one, other, together, case)


@pytest.mark.parametrize(("case", "articles", "one", "other", "together"), KEPT_APART)
def test_happenings_of_other_places_days_or_words_stay_apart(
    tmp_path: Path, case, articles, one, other, together
):
    assert_cited(events_of(tmp_path, articles), one, other, together, case)
