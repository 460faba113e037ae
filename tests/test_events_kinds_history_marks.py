"""Background told as if it were news (issue 9, background published), one table per kind:
years gone by in a bound length ("en plus de sept ans"), a period since a day a year or more
before publication ("a voyagé depuis le 15 octobre 1997"), a place's or a school's use told
in the present passive ("est fréquentée par"), a caption closed by its agency and
photographer in parentheses or brackets ("( AFP / JEAN DUPONT )", "[JEAN DUPONT / AFP]"), and
the article's advice to its reader ("Il est conseillé de ..."). Invented French; each table's
last rows are the twins that tell the story (they hold with or without the rule: they keep it
from reaching news).

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2019-06-14"

LENGTHS = [
    (
        "La sonde s'est posée jeudi sur la comète. Les trois milliards de kilomètres, elle "
        "les a parcourus en plus de dix ans.",
        "en plus de dix ans",
        NO_EVENT,
    ),
    (
        "Le chantier du pont s'est achevé jeudi. L'entreprise l'a construit en près de quatre ans.",
        "près de quatre ans",
        NO_EVENT,
    ),
    # ... hours: the day's act
    (
        "Le chantier du pont s'est achevé jeudi. Les ouvriers ont coulé la dernière dalle en "
        "moins de trois heures.",
        "dernière dalle",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), LENGTHS)
def test_years_gone_by_in_a_bound_length_are_background(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


SINCE = [
    (
        "La sonde s'est posée jeudi sur la comète. Le petit robot a voyagé depuis le 2 mars "
        "2004 avec son vaisseau, avant de s'en détacher.",
        "depuis le 2 mars 2004",
        NO_EVENT,
    ),
    # ... since a day of the story: its happening is told
    (
        "Le suspect a été arrêté jeudi à Lyon. Il était recherché depuis lundi 10 juin, "
        "jour où une boulangère a été agressée.",
        "recherché depuis lundi",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), SINCE)
def test_a_period_since_a_day_long_before_is_background(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


USES = [
    (
        "Un incendie a ravagé jeudi le gymnase de Morlaix. Le collège voisin est fréquenté "
        "par quelque 600 élèves.",
        "fréquenté",
        NO_EVENT,
    ),
    # ... an act told in the present passive: news
    (
        "Un incendie a ravagé jeudi le gymnase de Morlaix. Le collège voisin est évacué par "
        "les pompiers.",
        "évacué",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), USES)
def test_a_place_s_use_in_the_present_passive_is_background(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


CREDITS = [
    (
        "Des courtiers devant les écrans de la Bourse, qui a fini en hausse ( AFP / JEAN DUPONT )"
        "\n\n"
        "Le CAC 40 a terminé jeudi en hausse de 1 %.",
        "courtiers devant",
        NO_EVENT | {"heading"},
    ),
    # ... the photographer before the agency, in brackets, glued after the full stop
    (
        "L'usine de Flins, qui emploie 2.000 salariés, sera à l'arrêt lundi 15 mai.[JEAN "
        "DUPONT / AFP]\n\nL'usine de Flins sera à l'arrêt lundi, a annoncé dimanche la direction.",
        "2.000 salariés",
        NO_EVENT | {"heading"},
    ),
    (
        "Les drapeaux ont été mis en berne jeudi à l'Elysée. [JEAN DUPONT / AFP]\n\n"
        "La France a observé jeudi une minute de silence.",
        "drapeaux ont été",
        NO_EVENT | {"heading"},
    ),
    # ... the story under it is told
    (
        "Les drapeaux ont été mis en berne jeudi à l'Elysée. [JEAN DUPONT / AFP]\n\n"
        "La France a observé jeudi une minute de silence.",
        "minute de silence",
        TOLD,
    ),
    (
        "Des courtiers devant les écrans de la Bourse, qui a fini en hausse ( AFP / JEAN DUPONT )"
        "\n\n"
        "Le CAC 40 a terminé jeudi en hausse de 1 %.",
        "terminé jeudi",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), CREDITS)
def test_a_caption_closed_by_its_agency_and_photographer_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


ADVICE = [
    (
        "Des fromages contaminés ont été retirés de la vente jeudi. Il est donc conseillé de "
        "ne pas les consommer et de les rapporter en magasin.",
        "conseillé",
        NO_EVENT,
    ),
    # ... the same advice quoted: the authority's statement
    (
        "Des fromages contaminés ont été retirés de la vente jeudi. « Il est conseillé de ne "
        "pas les consommer », a indiqué jeudi la préfecture.",
        "conseillé",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ADVICE)
def test_the_article_s_advice_to_its_reader_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


RECENT = [
    (
        "Le chanteur est mort jeudi à Los Angeles. Il a récemment reporté son retour sur scène, "
        "annoncé pour juillet.",
        "récemment reporté",
        NO_EVENT,
    ),
    (
        "Le maire de Vierzon a démissionné jeudi. Il avait naguère dirigé le parti régional.",
        "naguère dirigé",
        NO_EVENT,
    ),
    # ... the act of the story's day: news
    (
        "Le chanteur est mort jeudi à Los Angeles. Son agent a reporté jeudi soir les concerts "
        "prévus à Londres.",
        "reporté jeudi",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), RECENT)
def test_an_act_of_an_undated_recent_past_is_background(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
