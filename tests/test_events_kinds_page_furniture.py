"""What a web page's copy adds to a story and the article's own asides (issue 9, background
published): a caption closed by the credit the page glues after it, a credit in parentheses
closing a line, a web address alone on its line, the article's own reminder ("Rappelons
que ..."), and an obituary's life told of the deceased in the first paragraph or of a thing
of theirs. Invented French sentences, each beside a twin that tells the story.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, extraction_of, sentence_of

PUBLISHED = "2011-03-13"

CREDIT = "/Photo prise le 13 mars 2011/REUTERS/Jean Dupont"

ROWS = [
    # a caption of two sentences (the picture's description, then what it illustrates)
    # closed by the credit the page glues after it, printed above the story
    (
        f"Un pompier dans une rue inondée de Nantes. La crue a fait au moins cinq morts en "
        f"Loire-Atlantique. {CREDIT}\n\nNANTES (Reuters) - La crue de la Loire a fait au moins "
        "cinq morts samedi et dimanche, selon la préfecture.",
        "au moins cinq morts en",
        NO_EVENT,
    ),
    # ... the story under it is told
    (
        f"Un pompier dans une rue inondée de Nantes. La crue a fait au moins cinq morts en "
        f"Loire-Atlantique. {CREDIT}\n\nNANTES (Reuters) - La crue de la Loire a fait au moins "
        "cinq morts samedi et dimanche, selon la préfecture.",
        "samedi et dimanche",
        TOLD,
    ),
    # ... the credit glued to a paragraph's only sentence closes a sentence of the story
    (
        f"La crue de la Loire a fait au moins cinq morts samedi à Nantes. {CREDIT}",
        "cinq morts",
        TOLD,
    ),
    # a credit in parentheses closing a caption's line glued above a post of a live page
    (
        "Des sauveteurs évacuent une maison à Aytré. (© AFP Jean Dupont)\n"
        "14 heures Le bilan passe à 12 morts.",
        "évacuent",
        NO_EVENT | {"heading"},
    ),
    (
        "Des sauveteurs évacuent une maison à Aytré. (© AFP Jean Dupont)\n"
        "14 heures Le bilan passe à 12 morts.",
        "bilan passe",
        TOLD,
    ),
    # ... with no credit, the line is a post of its own
    (
        "Des sauveteurs ont évacué une maison à Aytré.\n14 heures Le bilan passe à 12 morts.",
        "évacué",
        TOLD,
    ),
    # a web address alone on its line, glued above the lead by a single line break
    (
        "http://www.exemple.fr/depeches/2011/03/13/crue-nantes.html\n"
        "NANTES - La crue de la Loire a fait au moins cinq morts samedi à Nantes.",
        "exemple.fr",
        NO_EVENT | {"heading"},
    ),
    (
        "http://www.exemple.fr/depeches/2011/03/13/crue-nantes.html\n"
        "NANTES - La crue de la Loire a fait au moins cinq morts samedi à Nantes.",
        "cinq morts",
        TOLD,
    ),
    # the article's own reminder, with no day of its own: background
    (
        "La grève a pris fin mardi à l'usine de Montbard. Rappelons que les grévistes "
        "dénonçaient aussi les cadences imposées dans les ateliers.",
        "cadences",
        NO_EVENT,
    ),
    (
        "La grève a pris fin mardi à l'usine de Montbard. Mais rappelons que la direction "
        "avait refusé toute hausse de salaire.",
        "hausse de salaire",
        NO_EVENT,
    ),
    # the page's byline, its day and its authors, before the story
    (
        "Le 13 mars 2011 par Jean Dupont et Marie Durand - La crue a fait cinq morts.\n\n"
        "La crue de la Loire a fait au moins cinq morts samedi à Nantes, selon la préfecture.",
        "Jean Dupont",
        NO_EVENT | {"heading"},
    ),
    # ... a day of the story, then "par" and what it was done by: news
    (
        "La crue de la Loire a fait cinq morts samedi à Nantes. Le 13 mars 2011, par un "
        "arrêté, le préfet a interdit la navigation sur le fleuve.",
        "interdit la navigation",
        TOLD,
    ),
    # ... a day of the story: news
    (
        "La grève a pris fin mardi à l'usine de Montbard. Pour rappel, les salariés avaient "
        "voté lundi la poursuite du mouvement.",
        "voté lundi",
        TOLD,
    ),
    # ... someone's words: what was said
    (
        "La grève a pris fin mardi à l'usine de Montbard. « Rappelons que nous demandions "
        "une hausse de salaire », a déclaré mardi le délégué syndical.",
        "délégué",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_page_furniture_and_asides_are_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


# An obituary: the life told in the first paragraph in the pluperfect or the imperfect (a
# past before the story), of the deceased or of a thing of theirs, opened by a possessive;
# the deceased named after a death told of a description ("Le grand peintre est mort ...").
# Each row: (body, words of the sentence, roles it may have).
OBITUARIES = [
    (
        "Sa vie de combats pour les sans-abri en avait fait l'une des figures les plus "
        "aimées des Bretons. Le père Joseph Le Goff est mort samedi à Quimper à l'âge de 91 "
        "ans.",
        "figures les plus",
        NO_EVENT,
    ),
    (
        "Le père Joseph Le Goff est mort samedi à Quimper à l'âge de 91 ans. Ses colères "
        "contre les expulsions l'avaient rendu célèbre dans tout le pays.",
        "colères",
        NO_EVENT,
    ),
    # ... the first paragraph's compound past is the death's news
    (
        "Le père Joseph Le Goff est mort samedi à Quimper à l'âge de 91 ans. Il a succombé à "
        "une longue maladie.",
        "succombé",
        TOLD,
    ),
    # ... a verb of speech: the day's words of the deceased's own
    (
        "Le père Joseph Le Goff est mort samedi à Quimper à l'âge de 91 ans.\n\n"
        "Sa famille a annoncé une cérémonie dans l'intimité.",
        "cérémonie",
        TOLD,
    ),
    # the death told of a description, the deceased named in the next sentences
    (
        "Le grand peintre breton est décédé hier, dimanche 13 mars, à l’âge de 88 ans.\n\n"
        "C'est une figure de l'art qui nous a quittés. Yann Kerouac, l'homme des marines, "
        "repose désormais à Douarnenez.\n\n"
        "Yann Kerouac avait exposé dans les plus grands musées d'Europe.",
        "grands musées",
        NO_EVENT,
    ),
    # ... no death at an age: no obituary
    (
        "Le grand peintre breton a inauguré hier, dimanche 13 mars, son exposition à Brest."
        "\n\nYann Kerouac avait exposé dans les plus grands musées d'Europe.",
        "grands musées",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), OBITUARIES)
def test_an_obituary_life_is_context(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


# A caption written twice by the page's copy, in either order: the image's text then the
# same closed by its credit, or the credit first ("... le ruban de l'école.(Photo: AFP)")
# and the image's text after it: every copy is the caption. Each row: (body, words, the
# roles of every sentence holding them).
COPIES = [
    (
        "Le maire a coupé lundi le ruban de la nouvelle école.(Photo: AFP)\n"
        "Le maire a coupé lundi le ruban de la nouvelle école.\n"
        "La commune de Lunel a inauguré lundi son nouveau groupe scolaire.",
        "coupé lundi le ruban",
        NO_EVENT | {"heading"},
    ),
    (
        "Le maire a coupé lundi le ruban de la nouvelle école.(Photo: AFP)\n"
        "Le maire a coupé lundi le ruban de la nouvelle école.\n"
        "La commune de Lunel a inauguré lundi son nouveau groupe scolaire.",
        "groupe scolaire",
        TOLD,
    ),
    # ... a sentence of the story after a caption, no copy of it: told
    (
        "Le maire devant la nouvelle école.(Photo: AFP)\n"
        "Le maire a coupé lundi le ruban de la nouvelle école.",
        "coupé lundi le ruban",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), COPIES)
def test_every_copy_of_a_caption_is_the_caption(body, words, roles):
    sentences = extraction_of(body, PUBLISHED).sentences
    found = [s for s in sentences if words in s.text]
    assert found
    assert all(s.role in roles for s in found)


# A subheading that is a full clause, longer than a short heading, glued above the text by a
# single line break with no final punctuation at all: a heading of its own (a map's link
# label too); a line of the same length closed by "!" is a sentence of the story.
# Each row: (body, words, the roles of every sentence holding them).
SUBHEADINGS = [
    (
        "Le conseil municipal s'est réuni lundi soir à Agen.\n\n"
        "Le maire annonce la fermeture du vieux pont pour trois mois\n"
        "Les travaux de réfection commenceront le 2 mai, a précisé l'adjoint aux travaux.",
        "vieux pont pour trois mois",
        NO_EVENT | {"heading"},
    ),
    (
        "Le conseil municipal s'est réuni lundi soir à Agen.\n\n"
        "Le maire annonce la fermeture du vieux pont pour trois mois\n"
        "Les travaux de réfection commenceront le 2 mai, a précisé l'adjoint aux travaux.",
        "travaux de réfection",
        TOLD,
    ),
    (
        "La crue de la Garonne a fait trois morts lundi.\n"
        "Voir les quartiers inondés de la ville sur une carte plus grande\n"
        "Le Premier ministre arrive à Agen.",
        "carte plus grande",
        NO_EVENT | {"heading"},
    ),
    # ... closed by "!": a sentence of the story
    (
        "La sonde s'est posée vendredi sur la comète.\n"
        "Tout s'est bien passé semble-t-il pour la petite sonde européenne !\n"
        "Les premières images sont arrivées dans la soirée.",
        "Tout s'est bien passé",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), SUBHEADINGS)
def test_a_bare_subheading_is_a_heading(body, words, roles):
    found = [s for s in extraction_of(body, PUBLISHED).sentences if words in s.text]
    assert found
    assert all(s.role in roles for s in found)
