"""A happening told from the side of who suffered it, and a toll told in the middle voice
(issue 9, events lost): "être victime d'un incendie" is the fire's passive, not a judgement
("a été exceptionnel"); "Le bilan s'élève à trois morts" is what a happening has done so far,
not a description ("Les loyers s'échelonnent entre 400 et 900 euros"). Invented French of
several topics; the last rows of each table are the twins that keep the other reading: they
hold with or without the rules.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, chronology_of, sentence_of

PUBLISHED = "2019-10-14"

SUFFERED = [
    (
        "La mairie de Brive a été victime d'un incendie criminel dans la nuit de samedi à "
        "dimanche. Les dégâts sont importants.",
        "victime d'un incendie",
        TOLD,
    ),
    (
        "Une pharmacie du centre de Rodez a été victime d'un braquage samedi soir. Le gérant "
        "est choqué, a indiqué dimanche la police.",
        "victime d'un braquage",
        TOLD,
    ),
    (
        "Dimanche matin, le maire de Figeac a été victime d'une agression sur le marché. Il a "
        "porté plainte lundi.",
        "victime d'une agression",
        TOLD,
    ),
    # ... what became of it, with a possessive: a judgement
    (
        "Le festival de jazz s'est achevé dimanche à Marciac. L'édition a été victime de son "
        "succès.",
        "victime de son succès",
        NO_EVENT,
    ),
    # ... an adjective: a judgement
    (
        "Le festival de jazz s'est achevé dimanche à Marciac. La fréquentation a été "
        "exceptionnelle.",
        "exceptionnelle",
        NO_EVENT,
    ),
]

TOLLS = [
    (
        "Un car de tourisme s'est renversé dimanche matin sur l'autoroute près de Valence. Le "
        "bilan de l'accident s'élève pour le moment à trois morts, dont le chauffeur.",
        "s'élève",
        TOLD,
    ),
    (
        "De violents orages ont frappé le Var dimanche. Le nombre de victimes s'élève à ce "
        "stade à quatre morts.",
        "s'élève",
        TOLD,
    ),
    (
        "Une épidémie de grippe touche la Réunion depuis un mois. Le nombre de décès se monte "
        "désormais à onze.",
        "se monte",
        TOLD,
    ),
    # ... what the story describes, no toll in its subject: the middle voice
    (
        "La mairie a présenté dimanche le nouveau quartier des Chartreux. Les loyers "
        "s'échelonnent entre 400 et 900 euros.",
        "s'échelonnent",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), SUFFERED)
def test_who_suffered_a_happening_tells_the_happening(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


@pytest.mark.parametrize(("body", "words", "roles"), TOLLS)
def test_a_toll_in_the_middle_voice_is_news(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


HEADLINES = [
    (
        "Le maire de Figeac a été victime d'une violente agression dimanche matin. Il a porté "
        "plainte lundi.",
        "victime d'une",
    ),
]


@pytest.mark.parametrize(("body", "kept"), HEADLINES)
def test_the_headline_keeps_what_was_suffered(tmp_path, body, kept):
    titles = [event.title for event in chronology_of(tmp_path, body, PUBLISHED).events]
    assert any(kept in title for title in titles), titles
