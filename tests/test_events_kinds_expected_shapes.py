"""What is expected, in shapes the cues of awaiting miss (issue 9, background published): a
decision still to take, its question open ("le parquet doit se prononcer sur une
prolongation", "devra décider si"), an outcome left open between alternatives ("sera ensuite
soit relâché, soit déféré"), a happening or a time that promises ("L'instruction promet de
nombreux rebondissements"), and what the media say will befall someone on a day to come
("serait démis ce vendredi, selon ... le quotidien"). Invented French, other verbs, tenses
and word orders of each family than dev30's, each beside a twin that tells the story (a
schedule of a day to come, an act, a promise by someone, a source of the actor's side, a day
gone by).

Each row: (body, published, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

CUSTODY = "Le maire de Vierzon a été placé en garde à vue samedi à 14h. "

ROWS = [
    # a decision still to take, its question open
    (
        CUSTODY + "Au terme de 24 heures de garde à vue, vers 14h dimanche, le parquet doit se "
        "prononcer sur une prolongation.",
        "2009-03-15",
        "se prononcer",
        NO_EVENT,
    ),
    (
        CUSTODY + "Le juge des libertés doit ensuite statuer ce dimanche sur son placement en "
        "détention.",
        "2009-03-15",
        "statuer",
        NO_EVENT,
    ),
    (
        "Le rapport a été remis lundi à la fédération. Ses dirigeants doivent décider ce "
        "mercredi si le coureur doit rendre ses titres.",
        "2012-10-10",
        "décider ce",
        NO_EVENT,
    ),
    # ... twins: a schedule of a day to come, an act of the day, the imperfect of the story
    (
        "Le rapport a été remis lundi à la fédération. La fédération décidera vendredi "
        "prochain si le coureur doit rendre ses titres.",
        "2012-10-10",
        "décidera",
        TOLD,
    ),
    (
        "Le procès s'achève. La cour doit rendre son verdict à partir de 17 heures ce mercredi.",
        "2022-06-29",
        "rendre son verdict",
        TOLD,
    ),
    # an outcome left open between alternatives
    (
        CUSTODY + "Le maire sera ensuite soit relâché, soit déféré au parquet.",
        "2009-03-15",
        "soit relâché",
        NO_EVENT,
    ),
    (
        "Le texte a été examiné mardi en commission. Il pourrait soit être adopté jeudi, soit "
        "être renvoyé en commission.",
        "2015-03-10",
        "soit être adopté",
        NO_EVENT,
    ),
    # ... twin: alternatives of what happened
    (
        "Un incendie a ravagé mardi le centre de la ville. Une trentaine de bâtiments ont été "
        "détruits, soit par les flammes, soit par les explosions.",
        "2015-03-11",
        "trentaine de bâtiments",
        TOLD,
    ),
    # a happening or a time that promises
    (
        CUSTODY + "L'instruction de cette affaire hors normes promet de nombreux rebondissements.",
        "2009-03-15",
        "rebondissements",
        NO_EVENT,
    ),
    (
        "Le club a été racheté lundi par un fonds américain. Sur le terrain, la saison promet "
        "d'être longue.",
        "2021-06-15",
        "saison promet",
        NO_EVENT,
    ),
    # ... twin: someone who promises
    (
        "Le club a été racheté lundi par un fonds américain. Le nouveau président promet de "
        "nombreux recrutements.",
        "2021-06-15",
        "recrutements",
        TOLD,
    ),
    # what the media say will befall someone on a day to come
    (
        "Le patron du groupe s'est excusé mardi dans une vidéo. Par ailleurs, son adjoint serait "
        "démis de ses fonctions ce vendredi, selon des sources proches du dossier citées par le "
        "quotidien La Voix.",
        "2015-09-22",
        "serait démis",
        NO_EVENT,
    ),
    (
        "Le patron du groupe s'est excusé mardi dans une vidéo. Selon le journal Le Matin, le "
        "patron devrait pourtant être remplacé vendredi par le conseil.",
        "2015-09-22",
        "remplacé vendredi",
        NO_EVENT,
    ),
    # ... twins: a schedule given by the actor's side, a day gone by
    (
        "Le patron du groupe s'est excusé mardi dans une vidéo. Le ministre se rendrait jeudi à "
        "Wolfsburg, selon son entourage.",
        "2015-09-22",
        "se rendrait",
        TOLD,
    ),
    (
        "Le patron du groupe s'est excusé mardi dans une vidéo. Selon le quotidien La Voix, son "
        "adjoint aurait démissionné lundi.",
        "2015-09-22",
        "aurait démissionné",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "roles"), ROWS)
def test_what_is_expected_is_no_event(body, published, words, roles):
    assert sentence_of(body, published, words).role in roles
