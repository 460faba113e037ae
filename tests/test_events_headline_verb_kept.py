"""A headline is a clause with its verb (issue 9): a headline too long for its room is never
cut before its main verb ("Le maire de Villebrune, ancien professeur" says nothing), and
when its subject and the asides commas set off before the verb take the room, the asides
go ("Le maire de Villebrune a inauguré la médiathèque"). Not a list ("Des pompiers, des
gendarmes et des bénévoles ont été mobilisés"), not a stretch holding the subject or another
verb, not a speaker's verb."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import sentence_of, titles_holding

from timeline.events import titles
from timeline.events.titles import Verb

# (text too long for 90 characters, its main verb, the headline)
CUTS = [
    # the subject's asides take the room: they go, the verb stays
    (
        "Le maire de Villebrune, Paul Garnier, ancien professeur de lettres au lycée de la "
        "ville et conseiller régional, a inauguré la nouvelle médiathèque de la commune",
        Verb("inauguré", "maire"),
        "Le maire de Villebrune a inauguré la nouvelle médiathèque de la commune",
    ),
    # ... and to make room for what follows the verb
    (
        "La coopérative laitière, fondée en 1950 par des éleveurs de la vallée, a racheté "
        "l'ancienne usine du village afin d'y installer une fromagerie",
        Verb("racheté", "coopérative"),
        "La coopérative laitière a racheté l'ancienne usine du village",
    ),
    # the aside goes, the rest fits: no cut
    (
        "Les trois randonneurs, partis de Chamonix au petit matin, ont été retrouvés vivants "
        "mardi soir au fond d'une crevasse profonde",
        Verb("retrouvés", "randonneurs"),
        "Les trois randonneurs ont été retrouvés vivants mardi soir au fond d'une crevasse "
        "profonde",
    ),
    # a pronominal verb, glued to its elided pronoun: found there, never cut before
    (
        "Le coût de la rénovation de la salle des fêtes, dans le quartier nord de la commune "
        "de Villebrune, s'élève à deux millions d'euros",
        Verb("élève", "coût"),
        "Le coût de la rénovation de la salle des fêtes s'élève à deux millions d'euros",
    ),
    # ... and a subject glued to its elided article
    (
        "L'association des commerçants, présidée depuis dix ans par Jeanne Morel, ancienne "
        "pharmacienne, a organisé la première braderie du centre-ville",
        Verb("organisé", "association"),
        "L'association des commerçants a organisé la première braderie du centre-ville",
    ),
]


@pytest.mark.parametrize(("text", "verb", "title"), CUTS)
def test_a_cut_keeps_the_verb(text, verb, title):
    assert titles.shorten(text, 90, verb) == title


# (text, its main verb, what the cut keeps): no aside is dropped
KEPT = [
    # a list: "et" after its last comma
    (
        "Des pompiers, des gendarmes, des médecins et des bénévoles venus de tout le "
        "département voisin ont été mobilisés pour retrouver le randonneur",
        Verb("mobilisés", "pompiers"),
        "des gendarmes",
    ),
    # the subject after the first comma: the stretch holds it
    (
        "Plus tôt, la présidente de l'association des commerçants du centre-ville, "
        "entourée de ses adjoints, a salué les bénévoles du marché de Noël",
        Verb("salué", "présidente"),
        "la présidente",
    ),
    # a second subject coordinated with the first
    (
        "Jeanne Morel, ancienne championne de natation et son entraîneur de toujours, ont "
        "inauguré la nouvelle piscine olympique de la ville de Villebrune",
        Verb("inauguré", "Jeanne", ("entraîneur",)),
        "son entraîneur",
    ),
    # another verb of its own between the commas and the verb
    (
        "Paul Garnier, ancien maire de la commune voisine de Villebrune, reste placé en "
        "garde à vue a indiqué mardi soir le parquet de la ville",
        Verb("indiqué", "Paul", ("reste",)),
        "ancien maire",
    ),
]


@pytest.mark.parametrize(("text", "verb", "kept"), KEPT)
def test_no_aside_dropped(text, verb, kept):
    assert kept in titles.shorten(text, 90, verb)


# (body, publication day, words of the sentence, what its headline holds): the main verb read
# from the parse, the aside dropped, the words that fit after the verb (no clause boundary)
ARTICLES = [
    (
        "Les ministres de l'Agriculture des vingt-sept pays de l'Union européenne, réunis "
        "lundi à Bruxelles, ont exigé le retrait immédiat du projet de règlement sur les "
        "semences et fixé un délai d'un mois à la Commission.",
        "2024-03-11",
        "semences",
        "européenne ont exigé",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "held"), ARTICLES)
def test_the_headline_keeps_its_verb(tmp_path: Path, body, published, words, held):
    found = titles_holding(tmp_path, body, published, words)
    assert found and held in found[0]


# (body, publication day, words of the sentence, the main verb's word)
VERBS = [
    (
        "Le conseil municipal de Villebrune a adopté lundi le budget.",
        "2024-03-12",
        "budget",
        "adopté",
    ),
    # a copula: its attribute
    ("Le bilan de la tempête est très lourd dans la vallée.", "2024-03-12", "bilan", "lourd"),
]


@pytest.mark.parametrize(("body", "published", "words", "predicate"), VERBS)
def test_the_main_verb_of_a_clause(body, published, words, predicate):
    verb = titles.main_verb(sentence_of(body, published, words).clause)
    assert verb is not None and verb.predicate == predicate
