"""Days that belong to a noun, not to the act a sentence tells (issue 9, dating of reports):
a weekday completing the noun of what the act is done for or before ("En campagne pour les
élections de dimanche, X parlait ... lorsqu'un homme a ouvert le feu"), a day in a
participle about the noun of a complement opening the sentence ("Aux élections de dimanche,
marquées par l'assassinat deux jours plus tôt de X, la coalition a renforcé sa majorité");
and the morrow of a happening the text never dated by name ("Au lendemain de sa mort, le
chef de la police a reconnu ..."), on which the narration goes on. Invented French news,
with spaCy's French parser (dev28's dating 1, 3 and 4).

Each row: (body, publication day, words of the sentence, the day it is dated)."""

from __future__ import annotations

import pytest
from essai_article import sentence_of

GOAL_ROWS = [
    # written on a Friday: the elections are Sunday's to come, the shooting is the day's
    (
        "En campagne pour les élections municipales de dimanche, Luis Ortega parlait à la "
        "foule à Tarija vers 10h lorsqu'un homme s'est approché et a ouvert le feu.",
        "2024-05-03",
        "parlait à la foule",
        "2024-05-03",
    ),
    (
        "Avant le match de dimanche, les supporters chantaient devant le stade vers 15h "
        "lorsque la police est intervenue.",
        "2024-05-03",
        "chantaient",
        "2024-05-03",
    ),
    (
        "En route pour la finale de dimanche, les supporters chantaient dans le train vers 15h "
        "lorsque la police est intervenue.",
        "2024-05-03",
        "chantaient",
        "2024-05-03",
    ),
    # twin: a gathering that places the act in time dates it ("lors du match de dimanche")
    (
        "Lors du match de dimanche, le défenseur central s'est blessé au genou.",
        "2024-05-06",
        "s'est blessé",
        "2024-05-05",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), GOAL_ROWS)
def test_a_day_of_what_the_act_is_done_for_does_not_date_it(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day


FRONTED_ROWS = [
    # written on a Monday: the count is the participle's, Sunday the vote's
    (
        "Aux élections de dimanche, marquées par l'assassinat deux jours plus tôt du maire, "
        "la coalition au pouvoir a renforcé sa majorité.",
        "2024-05-06",
        "renforcé sa majorité",
        "2024-05-05",
    ),
    # twin: a fronted source's phrase ("D'après les chiffres, publiés dimanche"): the day the
    # figures were given dates what they tell
    (
        "D'après les derniers chiffres, publiés dimanche à 9h, l'incendie a détruit 300 hectares.",
        "2024-05-07",
        "300 hectares",
        "2024-05-05",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), FRONTED_ROWS)
def test_a_day_in_a_participle_about_a_fronted_noun_does_not_date_the_act(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day


MORROW_ROWS = [
    # written on a Saturday: the morrow of Friday's killing, told in the same paragraph
    (
        "Le maire de Tarija a été tué par balles vendredi. Au lendemain de sa mort, le chef de "
        "la police locale a reconnu de graves manquements dans sa protection.",
        "2024-05-04",
        "graves manquements",
        "2024-05-04",
    ),
    # ... after a lead whose day is the story's: the sentence and the next of its paragraph
    (
        "La police japonaise a admis des failles dans la sécurité de l'ancien Premier "
        "ministre, assassiné vendredi en pleine campagne.\n\nTransporté d'urgence à "
        "l'hôpital, il a succombé à ses blessures.\n\nAu lendemain de sa mort, le chef de la "
        "police locale a reconnu de graves manquements. Le préfet a dit aux journalistes que "
        "la sécurité avait failli.",
        "2024-05-04",
        "Le préfet a dit",
        "2024-05-04",
    ),
    (
        "Le ministre a été renversé par une voiture vendredi à Lyon.\n\nAu lendemain de "
        "l'accident, son cabinet a annulé tous ses rendez-vous.",
        "2024-05-04",
        "a annulé",
        "2024-05-04",
    ),
    # twin: the morrow would come after the writing: the day its narration gives
    (
        "Le maire de Tarija a été tué par balles samedi matin. Au lendemain de sa mort, le "
        "chef de la police locale a reconnu de graves manquements dans sa protection.",
        "2024-05-04",
        "graves manquements",
        "2024-05-04",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), MORROW_ROWS)
def test_the_morrow_of_an_untold_happening_moves_the_narration_on(
    body: str, published: str, words: str, day: str
) -> None:
    assert sentence_of(body, published, words).date.start == day
