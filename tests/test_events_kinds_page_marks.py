"""What a page's marks and the writer's restatements add to a story (issue 9, background
published), one table per kind: a caption naming the person shown, then "ici" and where or
when the picture was taken; a video's or an archive's banner; a figure given again as its
equivalent ("Ce qui représente ...", "Soit un équipement ..."); a routine told in the
future ("... sera faite tous les deux jours"). Invented French sentences; each table's
last rows are the twins that tell the story (they hold with or without the rule: they keep
it from reaching news).

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2019-06-14"

CAPTIONS = [
    (
        "Marie Lemoine, ici à Rennes le 3 mars 2019, a quitté la présidence du club.\n\n"
        "La présidente du Stade breton a démissionné jeudi, a annoncé le club.",
        "ici à Rennes",
        NO_EVENT,
    ),
    (
        "Le maire de Brest, ici lors d'un conseil municipal, a renoncé jeudi à se "
        "représenter.\n\nLe maire de Brest a annoncé jeudi qu'il ne briguerait pas de "
        "nouveau mandat.",
        "ici lors d'un conseil",
        NO_EVENT,
    ),
    # ... "ici" in the story's own words, not after the person shown: told
    (
        "Marie Lemoine a quitté jeudi la présidence du club, ici à Rennes.",
        "quitté jeudi",
        TOLD,
    ),
    (
        "Marie Lemoine a quitté jeudi la présidence du club, ici à Rennes, sous les "
        "applaudissements des supporters.",
        "quitté jeudi",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), CAPTIONS)
def test_a_caption_naming_the_person_shown_here_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


BANNERS = [
    (
        'En vidéo - Marie Lemoine quitte le club : "Je pars sans regret"\n\n'
        "La présidente du Stade breton a démissionné jeudi, a annoncé le club.",
        "Je pars sans regret",
        NO_EVENT,
    ),
    (
        "Cet article fait partie des archives en ligne du Courrier de l'Ouest.\n\n"
        "Le maire de Brest a annoncé jeudi qu'il ne briguerait pas de nouveau mandat.",
        "archives",
        NO_EVENT,
    ),
    # ... a video told of in the story: told
    (
        "Le club a publié jeudi une vidéo de la présidente sur son site.",
        "publié jeudi",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), BANNERS)
def test_a_video_or_archive_banner_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


EQUIVALENTS = [
    (
        "L'incendie a parcouru 12 000 hectares jeudi dans les Landes. Ce qui représente "
        "plus de cent fois la superficie de Dax.",
        "superficie de Dax",
        NO_EVENT,
    ),
    (
        "Il est tombé 200 millimètres de pluie jeudi à Nîmes. Cela équivaut à trois mois de "
        "précipitations.",
        "trois mois de",
        NO_EVENT,
    ),
    # "soit" opening a noun phrase: what was just told, said again
    (
        "La mairie a commandé lundi 300 mètres de barrières. Soit un équipement suffisant "
        "pour fermer tout le quai.",
        "Soit un équipement",
        NO_EVENT,
    ),
    (
        "Le tribunal a condamné mardi le braqueur à vingt ans de prison. Soit la peine "
        "maximale encourue pour un vol à main armée.",
        "Soit la peine",
        NO_EVENT,
    ),
    # ... not the alternative "soit ..., soit ...", someone's words
    (
        "Le maire a été entendu mardi par les enquêteurs. Soit le maire a menti, soit il a "
        "été trompé, a déclaré le député Paul Henry.",
        "Soit le maire a menti",
        TOLD,
    ),
    # ... a figure that follows from what was done: told
    (
        "L'incendie a parcouru 12 000 hectares jeudi dans les Landes. Les pompiers ont "
        "évacué trois villages.",
        "évacué trois villages",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), EQUIVALENTS)
def test_a_figure_given_again_as_its_equivalent_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


ROUTINES = [
    (
        "Les recherches du chalutier disparu se poursuivent au large de Lorient. A partir "
        "de lundi, un point sera fait tous les deux jours avec les familles.",
        "tous les deux jours",
        NO_EVENT,
    ),
    (
        "La ligne de bus rouvre à Quimper. Dès lundi, les navettes circuleront chaque matin "
        "entre la gare et l'hôpital.",
        "chaque matin",
        NO_EVENT,
    ),
    # ... one act to come, on its day: an announcement
    (
        "Les recherches du chalutier disparu se poursuivent au large de Lorient. Un point "
        "sera fait lundi avec les familles, a annoncé la préfecture.",
        "point sera fait lundi",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROUTINES)
def test_a_routine_to_come_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


# A document's title closing on its day in parentheses, with no verb: no event; a sentence
# with a day in parentheses is told.
TITLES = [
    (
        "Déclaration faite par la ministre de la Santé concernant la vaccination des "
        "soignants (14 juin 2019)\n\nLa ministre a annoncé vendredi une campagne de rappel.",
        "Déclaration faite",
        NO_EVENT | {"heading"},
    ),
    (
        "Le ministre a débloqué une aide de 20 millions d'euros (mercredi 12 juin).",
        "débloqué une aide",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), TITLES)
def test_a_document_title_closing_on_its_day_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
