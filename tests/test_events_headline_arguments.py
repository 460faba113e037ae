"""A cut never takes a verb's argument the parser labelled a modifier (issue 9: a headline
says what its sentence says, with no hole): the name an honorific stands before ("aux
fonctions de M. Paul Garnier", never "de M."), the quoted object of a verb after its
quotation mark ("de mettre « un terme aux sorties »", never "de mettre, à la demande"); and
a headline never ends on an adverb whose complement a cut left out ("sous-préfète déléguée
auprès"); and a cut never leaves two noun phrases side by side ("à la réunion Marc Henry":
the phrase the parser hung on the clause goes with what linked it). Invented French; the
parses are the parser's misreadings of such sentences."""

from __future__ import annotations

import pytest
from essai_parse import clause

from timeline.events import titles
from timeline.events.headline import headlines
from timeline.events.titles import Verb

# "Le maire a mis fin aux fonctions de M. Paul Garnier, directeur adjoint auprès du préfet
# de la région, chargé de la sécurité civile et des secours.": the name hung on "M." as an
# apposition, the office after it as another
HONORIFIC = [
    ("Le", "det", "DET", 1),
    ("maire", "nsubj", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 3),
    ("mis/mettre", "ROOT", "VERB", 3),
    ("fin", "obj", "NOUN", 3),
    ("aux", "case", "ADP", 6),
    ("fonctions", "obl:arg", "NOUN", 3),
    ("de", "case", "ADP", 8),
    ("M.", "nmod", "NOUN", 6),
    ("Paul", "appos", "PROPN", 8),
    ("Garnier+", "flat:name", "PROPN", 9),
    (",", "punct", "PUNCT", 12),
    ("directeur", "appos", "NOUN", 8),
    ("adjoint", "amod", "ADJ", 12),
    ("auprès", "advmod", "ADV", 6),
    ("du", "case", "ADP", 16),
    ("préfet", "obl:arg", "NOUN", 14),
    ("de", "case", "ADP", 19),
    ("la", "det", "DET", 19),
    ("région+", "nmod", "NOUN", 16),
    (",", "punct", "PUNCT", 21),
    ("chargé/charger", "acl", "VERB", 16),
    ("de", "case", "ADP", 24),
    ("la", "det", "DET", 24),
    ("sécurité", "obl:arg", "NOUN", 21),
    ("civile", "amod", "ADJ", 24),
    ("et", "cc", "CCONJ", 28),
    ("des", "case", "ADP", 28),
    ("secours+", "conj", "NOUN", 24),
    (".", "punct", "PUNCT", 3),
]

# "La directrice a décidé de mettre « un terme aux sorties, à la demande des parents » et de
# prévenir l'inspection.": the quoted object of "mettre" read as an adverbial
QUOTED_OBJECT = [
    ("La", "det", "DET", 1),
    ("directrice", "nsubj", "NOUN", 3),
    ("a/avoir", "aux:tense", "AUX", 3),
    ("décidé/décider", "ROOT", "VERB", 3),
    ("de", "mark", "ADP", 5),
    ("mettre", "xcomp", "VERB", 3),
    ("«", "punct", "PUNCT", 5),
    ("un", "det", "DET", 8),
    ("terme", "obl:mod", "NOUN", 5),
    ("aux", "case", "ADP", 10),
    ("sorties+", "nmod", "NOUN", 8),
    (",", "punct", "PUNCT", 5),
    ("à", "case", "ADP", 14),
    ("la", "det", "DET", 14),
    ("demande", "obl:arg", "NOUN", 5),
    ("des", "case", "ADP", 16),
    ("parents", "nmod", "NOUN", 14),
    ("»", "punct", "PUNCT", 5),
    ("et", "cc", "CCONJ", 20),
    ("de", "mark", "ADP", 20),
    ("prévenir", "conj", "VERB", 5),
    ("l'+", "det", "DET", 22),
    ("inspection+", "obj", "NOUN", 20),
    (".", "punct", "PUNCT", 3),
]

# (parse, what its headline holds)
ARGUMENTS = [
    (HONORIFIC, "aux fonctions de M. Paul Garnier"),
    (QUOTED_OBJECT, "de mettre «un terme aux sorties"),
]


@pytest.mark.parametrize(("rows", "held"), ARGUMENTS)
def test_a_cut_keeps_the_arguments(rows, held):
    alone, after_name = headlines(clause(rows), [])
    assert held in alone
    assert held in after_name


# (text too long for 90 characters, its headline: no adverb whose complement went ends it)
ADVERBS = [
    (
        "Le préfet du Calvados a nommé mercredi Mme Claire Morel sous-préfète déléguée auprès "
        "du préfet de la région Normandie",
        "Le préfet du Calvados a nommé mercredi Mme Claire Morel sous-préfète déléguée",
    ),
    (
        "Les deux gendarmes blessés pendant la poursuite ont été retrouvés vendredi soir près "
        "de la rivière qui traverse le village",
        "Les deux gendarmes blessés pendant la poursuite ont été retrouvés vendredi soir",
    ),
    (
        "Le maire de Villebrune a longuement détaillé les raisons de son refus de siéger "
        "vis-à-vis de la communauté de communes",
        "Le maire de Villebrune a longuement détaillé les raisons de son refus de siéger",
    ),
]


@pytest.mark.parametrize(("text", "title"), ADVERBS)
def test_no_adverb_without_its_complement_ends_a_headline(text, title):
    assert titles.shorten(text, 90) == title


# (text, its main verb, the room, its headline): a cut never ends on a possessive of a
# quotation's first or second person ("à ma" of "à ma famille")
POSSESSIVES = [
    (
        "Le maire regrette profondément toute l'amertume causée aujourd'hui à ma famille et à "
        "mes proches",
        Verb("regrette", "maire"),
        75,
        "Le maire regrette profondément toute l'amertume causée aujourd'hui",
    ),
    (
        "Le syndicat a dénoncé les critiques répétées touchant nos agents municipaux et nos "
        "services",
        Verb("dénoncé", "syndicat"),
        62,
        "Le syndicat a dénoncé les critiques répétées touchant",
    ),
]


@pytest.mark.parametrize(("text", "verb", "limit", "title"), POSSESSIVES)
def test_no_possessive_ends_a_headline(text, verb, limit, title):
    assert titles.shorten(text, limit, verb) == title


# "Les salariés avaient refusé de prendre part à la réunion pour protester contre le renvoi
# du délégué Marc Henry pour des absences répétées.": the name hung on "refusé" as its
# object, what linked it ("pour protester contre le renvoi du délégué") in a clause the cuts
# take: never "à la réunion Marc Henry"
STRANDED = [
    ("Les", "det", "DET", 1),
    ("salariés", "nsubj", "NOUN", 3),
    ("avaient/avoir", "aux:tense", "AUX", 3),
    ("refusé/refuser", "ROOT", "VERB", 3),
    ("de", "mark", "ADP", 5),
    ("prendre/prendre", "xcomp", "VERB", 3),
    ("part", "obj", "NOUN", 5),
    ("à", "case", "ADP", 9),
    ("la", "det", "DET", 9),
    ("réunion", "obl:arg", "NOUN", 5),
    ("pour", "mark", "ADP", 11),
    ("protester/protester", "advcl", "VERB", 5),
    ("contre", "case", "ADP", 14),
    ("le", "det", "DET", 14),
    ("renvoi", "obl:arg", "NOUN", 11),
    ("du", "case", "ADP", 16),
    ("délégué", "nmod", "NOUN", 14),
    ("Marc", "obj", "PROPN", 3),
    ("Henry", "flat:name", "PROPN", 17),
    ("pour", "case", "ADP", 21),
    ("des", "det", "DET", 21),
    ("absences", "nmod", "NOUN", 14),
    ("répétées+/répéter", "acl", "VERB", 21),
    (".", "punct", "PUNCT", 3),
]


def test_a_cut_leaves_no_noun_phrase_beside_another():
    alone, _ = headlines(clause(STRANDED), [], said=False)
    assert alone == "Les salariés avaient refusé de prendre part à la réunion"
