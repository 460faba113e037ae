"""Words relayed after an event of another day (issue 9, every report dated right): a
follow-up with a reporting clause of its own, told in the past ("« Ces produits-là ont
été bloqués », a-t-il ajouté"), after an event dated by a month, a year or a period of
several days ("Les lots ont été fabriqués entre mi-juillet et fin novembre"), or after a
step back told in the pluperfect ("Le gouvernement avait appelé samedi ..."), or after a
heading that stands between it and its event, is said on one day, the day the article tells
it, not on the period's first day nor the step back's nor the day of the event before the
heading.
Invented French news, with spaCy's French parser; each row of the first tables fails
without the rule, the bounds pass without it."""

from __future__ import annotations

import pytest
from essai_article import chronology_of


def day_of_event_telling(tmp_path, body: str, published: str, words: str) -> str:
    """The start of the one event of ``body``'s chronology whose sources tell ``words``."""
    chronology = chronology_of(tmp_path, body, published)
    [event] = [e for e in chronology.events if any(words in s.sentence for s in e.sources)]
    return event.start


# (body, publication day, words of the follow-up, day of the event that cites it)
SAID_AFTER_A_PERIOD = [
    (
        "Les douze lots de lait rappelés ont été fabriqués entre mi-juillet et fin novembre "
        "dans l'usine de Craon. « Ces produits-là ont été bloqués dans nos entrepôts », a "
        "précisé le directeur de l'usine.",
        "2017-12-03",
        "bloqués",
        "2017-12-03",
    ),
    (
        "Le festival de musique s'est tenu en mai sur les plages de Cannes. « Nous avons "
        "accueilli deux cent mille visiteurs », a déclaré la directrice du festival.",
        "2023-06-10",
        "visiteurs",
        "2023-06-10",
    ),
    (
        "Les vignes de la coopérative ont gelé en avril dans le Bordelais. « Nous avons perdu "
        "la moitié de la récolte », a expliqué le président de la coopérative.",
        "2021-05-20",
        "récolte",
        "2021-05-20",
    ),
]

# (body, publication day, words of the follow-up, day of the event that cites it)
SAID_AFTER_A_STEP_BACK = [
    (
        "La mairie avait fermé la piscine municipale samedi après une fuite de chlore. "
        "« Nous avons trouvé l'origine de la fuite », a expliqué l'adjoint aux sports.",
        "2022-03-15",
        "origine",
        "2022-03-15",
    ),
    (
        "Les pompiers avaient évacué l'immeuble samedi après un incendie dans la cave. « Nous "
        "avons maîtrisé le feu en une heure », a expliqué le commandant des pompiers.",
        "2022-03-15",
        "maîtrisé",
        "2022-03-15",
    ),
]

# the event dated to one day: the words go with it; a follow-up reporting no words: it
# goes with its period; words told in the pluperfect: the step back goes on (bounds)
SAID_AFTER_A_PERIOD_BOUNDS = [
    (
        "La direction a fermé l'usine de Vierzon lundi. « Nous n'avions pas le choix », a "
        "déclaré le directeur du site.",
        "2022-03-17",
        "choix",
        "2022-03-14",
    ),
    (
        "Les douze lots de lait rappelés ont été fabriqués entre mi-juillet et fin novembre "
        "dans l'usine de Craon. Ils ont été vendus dans toute la France.",
        "2017-12-03",
        "vendus",
        "2017-07-11",
    ),
    (
        "Les pompiers avaient évacué l'immeuble samedi après un incendie dans la cave. « Nous "
        "avions maîtrisé le feu en une heure », avait expliqué le commandant des pompiers.",
        "2022-03-15",
        "maîtrisé",
        "2022-03-12",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), SAID_AFTER_A_PERIOD)
def test_words_relayed_after_a_period_are_said_the_day_told(tmp_path, body, published, words, day):
    assert day_of_event_telling(tmp_path, body, published, words) == day


@pytest.mark.parametrize(("body", "published", "words", "day"), SAID_AFTER_A_STEP_BACK)
def test_words_relayed_after_a_step_back_are_said_the_day_told(
    tmp_path, body, published, words, day
):
    assert day_of_event_telling(tmp_path, body, published, words) == day


@pytest.mark.parametrize(("body", "published", "words", "day"), SAID_AFTER_A_PERIOD_BOUNDS)
def test_a_follow_up_of_one_day_or_no_words_keeps_its_events_day(
    tmp_path, body, published, words, day
):
    assert day_of_event_telling(tmp_path, body, published, words) == day


# words relayed in the past after a heading that stands between them and their event of an
# earlier day: a section of its own, said the day the article tells it
SAID_AFTER_A_HEADING = [
    (
        "Le chanteur est mort jeudi dans sa villa de Los Angeles, a annoncé sa famille.\n\n"
        "Autopsie terminée\n\n"
        "« Elle s'est terminée il y a quelques minutes », a indiqué un membre de l'institut "
        "médico-légal du comté.",
        "2009-06-26",
        "quelques minutes",
        "2009-06-26",
    ),
]

# the same words with no heading between: they go with their event's day; after a heading,
# a follow-up reporting no words keeps its event's day (bounds)
SAID_AFTER_A_HEADING_BOUNDS = [
    (
        "Le chanteur est mort jeudi dans sa villa de Los Angeles, a annoncé sa famille. "
        "« Elle s'est terminée il y a quelques minutes », a indiqué un membre de l'institut "
        "médico-légal du comté.",
        "2009-06-26",
        "quelques minutes",
        "2009-06-25",
    ),
    (
        "Le ministre du Budget a démissionné mardi après l'ouverture d'une enquête.\n\n"
        "La passation de pouvoirs\n\n"
        "Son successeur a été reçu par les directeurs du ministère à Bercy.",
        "2013-03-20",
        "directeurs",
        "2013-03-19",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "day"), SAID_AFTER_A_HEADING)
def test_words_relayed_after_a_heading_are_said_the_day_told(tmp_path, body, published, words, day):
    assert day_of_event_telling(tmp_path, body, published, words) == day


@pytest.mark.parametrize(("body", "published", "words", "day"), SAID_AFTER_A_HEADING_BOUNDS)
def test_without_heading_or_words_a_follow_up_keeps_its_events_day(
    tmp_path, body, published, words, day
):
    assert day_of_event_telling(tmp_path, body, published, words) == day
