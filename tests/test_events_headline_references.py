"""A headline names what it points back to (issue 9: no reference to what its reader has not
seen): a demonstrative pronoun inside it, not only opening it, is replaced by what it
stands for, the last one named ("ce dernier") or the last noun phrase of its number and
gender in the sentence before ("celles-ci"); an impersonal "il", in any tense, stands for
no one. Invented French."""

from __future__ import annotations

from pathlib import Path

import pytest
from essai_article import chronology_of, extraction_of

from timeline.events import titles
from timeline.records import NounPhrase


def _phrase(determiner: str, words: str, number: str, gender: str) -> NounPhrase:
    return NounPhrase(0, determiner, words, number, gender, False)


# (headline, what the sentences before name, the headline read alone)
INSIDE = [
    # a preposition before it contracts with the phrase's article
    (
        "Aucune date n'a été fixée pour mettre fin à celles-ci",
        titles.Antecedents(last_phrases=(_phrase("des", "fouilles", "plural", "feminine"),)),
        "Aucune date n'a été fixée pour mettre fin aux fouilles",
    ),
    (
        "Le juge a écouté les avocats de ces derniers",
        titles.Antecedents(last_phrases=(_phrase("les", "plaignants", "plural", "masculine"),)),
        "Le juge a écouté les avocats des plaignants",
    ),
    # after a phrase the headline kept: the last one named
    (
        "Sur les ondes de la radio, ce dernier est revenu sur l'accident",
        titles.Antecedents(last_named="Paul Girard"),
        "Sur les ondes de la radio, Paul Girard est revenu sur l'accident",
    ),
]


@pytest.mark.parametrize(("title", "antecedents", "expected"), INSIDE)
def test_a_demonstrative_inside_the_headline_is_named(title, antecedents, expected):
    assert titles.standalone(title, antecedents) == expected


# (headline, what the sentences before name): an impersonal verb in any tense, compound
# too, has no one to restore ("Le maire a fallu ..." is no French)
IMPERSONAL = [
    ("Il a fallu dix minutes pour évacuer la salle", titles.Antecedents(singular="Paul Morel")),
    ("Il avait fallu trois jours pour rouvrir la route", titles.Antecedents(singular="Le maire")),
    ("Il s'agirait d'un groupe venu de Lyon", titles.Antecedents(singular="Un commando")),
    ("Il s'agissait de la première crue depuis 1910", titles.Antecedents(singular="Le fleuve")),
    # the weather's "il": a verb of weather, "faire" before a word of weather
    ("Il faisait nuit noire sur le port", titles.Antecedents(singular="Le marin")),
    ("Il a neigé toute la nuit sur le col", titles.Antecedents(singular="Paul Morel")),
    ("Il fera très froid sur les hauteurs", titles.Antecedents(singular="Le préfet")),
]


@pytest.mark.parametrize(("title", "antecedents"), IMPERSONAL)
def test_an_impersonal_il_stays(title, antecedents):
    assert titles.standalone(title, antecedents) == title


def titles_of(tmp_path: Path, body: str, published: str) -> dict[str, str]:
    """sentence -> the title of the event citing it first."""
    chronology = chronology_of(tmp_path, body, published)
    return {e.sources[0].sentence: e.title for e in chronology.events}


# (body, publication day, words of the sentence, its title)
ARTICLES = [
    # the noun phrases of the sentence before are read for a demonstrative anywhere in it
    (
        "Les gendarmes ont repris lundi les recherches dans le massif de la Chartreuse. La "
        "préfecture a décidé mardi de prolonger celles-ci jusqu'à la fin du mois.",
        "2024-03-12",
        "prolonger",
        "La préfecture a décidé de prolonger les recherches",
    ),
    # a pronoun after a phrase set before the subject goes on with the same pronoun before
    # it, through one set after such a phrase too: whom they both stand for, not the person
    # named in a complement between them
    (
        "Paul Girard a été élu maire de Brest dimanche. Ancien directeur de cabinet du préfet "
        "du Finistère, il avait été battu en 2014 par Anne Morel. Arrivé en tête au premier "
        "tour avec 41 % des voix, il a rallié lundi les écologistes.",
        "2024-03-12",
        "écologistes",
        "Paul Girard a rallié les écologistes",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "title"), ARTICLES)
def test_a_headline_names_what_it_points_back_to(tmp_path, body, published, words, title):
    found = [t for sentence, t in titles_of(tmp_path, body, published).items() if words in sentence]
    assert found == [title]


# (body, publication day, words of a follow-up, the noun phrases it keeps): the sentence
# before one opening with a demonstrative keeps its noun phrases even as a follow-up (the
# one after it may be made an event at assembly, its "Ce dernier" then named)
FOLLOW_UP_PHRASES = [
    (
        "Le cargo Aldébaran s'est échoué mardi au large de Brest. Une conversation tendue "
        "entre le commandant et un garde-côte contredit pourtant sa version. Ce dernier "
        "ordonne au commandant de quitter la passerelle.",
        "2024-03-06",
        "conversation",
        "garde-côte",
    ),
]


@pytest.mark.parametrize(("body", "published", "words", "phrase"), FOLLOW_UP_PHRASES)
def test_a_follow_up_before_a_demonstrative_keeps_its_phrases(body, published, words, phrase):
    [sentence] = [s for s in extraction_of(body, published).sentences if words in s.text]
    assert sentence.role == "follow-up"
    assert phrase in [p.words for p in sentence.phrases or ()]
