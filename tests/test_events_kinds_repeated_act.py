"""An act repeated on the story's day, and a habit told by how often it happens (issue 9,
kinds of sentence). Invented French sentences.

- "à plusieurs reprises", "à quatre reprises" (``history_cues``, ``times_cues``) make a
  history or a record of a sentence ("a affirmé à plusieurs reprises au cours des débats",
  "se sont affrontés à huit reprises"); not when what the act was done on or with follows
  it, counted or indefinite ("ont largué à quatre reprises 7.500 litres d'eau", "ont tiré à
  plusieurs reprises des grenades lacrymogènes"): an operation's act repeated, told on its
  day.
- a frequency adverb right after the verb ("est souvent l'occasion de", "parlait souvent
  de", ``generic_cues``) tells a habit, no happening; not set off by a comma (an
  apposition's: "Le site, souvent bien renseigné, l'annonce"), not a superlative ("le plus
  souvent").

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2024-03-12"
FIRE = (
    "Un violent incendie a ravagé lundi une forêt de pins près de Carcassonne, a indiqué la "
    "préfecture. "
)
RIOT = "Des heurts ont éclaté lundi soir à Nantes entre manifestants et policiers. "

REPEATED = [
    # the act's matter, counted or indefinite, after the repetition: the day's operation
    (
        FIRE + "Les bombardiers d'eau ont largué à quatre reprises 6.000 litres d'eau sur le "
        "flanc de la colline.",
        "bombardiers",
        TOLD,
    ),
    (
        FIRE + "Des hélicoptères de la sécurité civile ont déversé à plusieurs reprises des "
        "tonnes de retardant sur les lisières.",
        "retardant",
        TOLD,
    ),
    (
        RIOT + "Les forces de l'ordre ont tiré à plusieurs reprises des grenades "
        "lacrymogènes sur la place du Commerce.",
        "grenades",
        TOLD,
    ),
    # ... no matter after it: a count of times, a record or a history
    (
        RIOT + "Les deux groupes se sont affrontés à cinq reprises en marge des cortèges.",
        "affrontés",
        NO_EVENT,
    ),
    (
        FIRE + "Le maire avait alerté à plusieurs reprises les services de l'Etat sur le "
        "débroussaillage.",
        "débroussaillage",
        NO_EVENT,
    ),
    (
        RIOT + "Le préfet a dénoncé à plusieurs reprises, au cours des dernières semaines, "
        "les violences des casseurs.",
        "casseurs",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), REPEATED)
def test_an_act_repeated_on_its_matter_is_told(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


HABITS = [
    (
        FIRE + "Mais la fin de l'été est souvent l'occasion de départs de feu dans le massif.",
        "départs de feu",
        NO_EVENT,
    ),
    (
        FIRE + "Les pompiers de l'Aude interviennent fréquemment dans cette zone boisée.",
        "zone boisée",
        NO_EVENT,
    ),
    # ... set off by commas: an apposition's, the sentence tells the day's act
    (
        FIRE + "Le journal local, souvent bien informé, a révélé l'origine criminelle du feu.",
        "origine criminelle",
        TOLD,
    ),
    # ... a superlative: no habit of the sentence's own
    (
        FIRE + "Les pompiers ont évacué le camping le plus souvent cité par les vacanciers.",
        "évacué",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), HABITS)
def test_a_habit_told_by_how_often_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
