"""What one sentence tells merging, read from spaCy's tags of the sentence: the tense of its
first verb group and the action of its main clause. One row per phenomenon of French news."""

from __future__ import annotations

import pytest

from timeline.events import features
from timeline.events.nlp import get_nlp

TENSES_AND_ACTIONS = [
    # a reflexive verb in the passé composé, not a present passive
    ("La cour s'est désormais retirée.", "past", "retirer"),
    ("Le seul membre des commandos s'est de nouveau excusé auprès des victimes.", "past", None),
    ("La province est contrôlée par les rebelles.", "present", "contrôler"),
    # the main clause's verb, not that of a clause opened by a conjunction or a relative
    ("Avant que la cour ne se retire pour délibérer, il s'est exprimé lundi.", None, "exprimer"),
    (
        "Salah Abdeslam, membre des commandos qui ont fait 130 morts, a été reconnu coupable.",
        "past",
        "reconnaître",
    ),
    ("Les forces qui combattent ont pris le village.", None, "prendre"),
    ("Quatre navires ont détruit onze cibles.", "past", "détruire"),
    # a verb whose pronominal form names another act: "se VERB" (an apostrophe of either
    # kind), in any tense, through a periphrasis; the plain verb stays itself
    ("Un incendie s'est déclaré jeudi dans une usine.", "past", "se déclarer"),
    ("Un vaste incendie s’est déclaré vers 3h du matin.", "past", "se déclarer"),
    ("Un incendie se déclare dans l'entrepôt.", None, "se déclarer"),
    ("Le ministre va se rendre à Moscou.", None, "se rendre"),
    ("Le ministre a déclaré que les frappes continueraient.", "past", "déclarer"),
    ("La cour a rendu son verdict mercredi.", "past", "rendre"),
    # a simple future the tagger reads as a past: the future's stem before a future ending
    ("Pierre Morel recevra Hans Weber, le chancelier allemand, dès jeudi.", "future", None),
    # ... or as a present ("tirera": the future's stem "tirer" before "-a")
    ("Le président n'en tirera aucun gain électoral.", "future", None),
    # a present the tagger reads as a future, written as no future is ("font": no "r"
    # before the ending); a future so read stays one
    ("Deux détonations se font entendre.", "present", None),
    ("Des cris se font entendre dans la salle.", "present", None),
    ("Le maire ne verra pas le scrutin de dimanche.", "future", None),
    ("Les pompiers feront le point demain.", "future", None),
    # ... a passé simple has the present's stem
    ("Le roi entra dans la ville.", "past", None),
    # a participle the tagger reads as an infinitive ("débloqué": no infinitive ends so)
    ("Le conseil municipal a débloqué à cet effet un crédit de 300 000 euros.", "past", None),
    ("La région avait débloqué une aide de 20 millions.", "pluperfect", None),
    ("Le conseil municipal va débloquer un crédit de 300 000 euros.", "future", None),
    # an auxiliary's participle is never past a colon: what follows is another sentence
    # ("cité" read as a noun, the quotation's "tuent" is no act of the minister's)
    ("La ministre a cité Nietzsche : « Les vérités tuent ».", None, "avoir"),
    (
        "Les scientifiques n'ont plus de doute : le squelette découvert est celui du roi.",
        None,
        "avoir",
    ),
    # ... but may be within quotation marks
    ("François Hollande a « remercié » Jérôme Cahuzac pour son action.", None, "remercier"),
]


@pytest.mark.parametrize(("text", "tense", "action"), TENSES_AND_ACTIONS)
def test_tense_and_action_of_the_main_clause(text, tense, action):
    tokens = list(get_nlp()(text))
    if tense is not None:
        assert features.tense_of(tokens) == tense
    if action is not None:
        assert features.action_lemma(tokens) == action


PASSE_SIMPLE = [
    # (a simple form, its lemma, can only be a passé simple?)
    ("passa", "passer", True),
    ("passèrent", "passer", True),
    ("prit", "prendre", True),
    ("vint", "venir", True),
    ("fut", "être", True),
    # the present's forms, whatever the tagger says
    ("émane", "émaner", False),
    ("prends", "prendre", False),
    # the same form in both tenses: the present, which news French writes
    ("agit", "agir", False),
    ("finit", "finir", False),
    ("dit", "dire", False),
    ("inclut", "inclure", False),
]


@pytest.mark.parametrize(("form", "lemma", "only_past"), PASSE_SIMPLE)
def test_a_passe_simple_is_read_by_its_ending(form, lemma, only_past):
    assert features.passe_simple(form, lemma) is only_past


SPOKEN = [
    # (direct speech, its tense): the tagger calls "agit", "finit" past
    ("Il s'agit de la plus grande mobilisation de la gendarmerie depuis la guerre", "present"),
    ("Il finit toujours ses discours ainsi", "present"),
    ("Nous avons fini le chantier", "past"),
]


@pytest.mark.parametrize(("text", "tense"), SPOKEN)
def test_direct_speech_has_no_passe_simple(text, tense):
    assert features.tense_of(list(get_nlp()(text)), spoken=True) == tense
