"""The page's title printed again as the body's first sentence (issue 9, background
published): the headline, not the story, which the sentences after it tell. Invented French;
the last rows are the twins that tell the story (a lead that goes on after the title's words,
a first sentence that is not the title): they hold with or without the rule.

Each row: (title, body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2019-06-14"

TITLES = [
    (
        "Aucune maison du village n'a résisté à la crue",
        "Aucune maison du village n'a résisté à la crue. Le bilan de la crue qui a frappé jeudi "
        "la vallée s'est alourdi vendredi à douze morts, a annoncé le préfet.",
        "Aucune maison",
        NO_EVENT,
    ),
    (
        "Le maire de Vierzon a démissionné",
        "Le maire de Vierzon a démissionné.\n\nL’élu a remis jeudi sa lettre au préfet, a "
        "indiqué la préfecture.",
        "maire de Vierzon",
        NO_EVENT,
    ),
    # ... a lead that goes on after the title's words tells the story
    (
        "Le fleuve est sorti de son lit",
        "Le fleuve est sorti de son lit jeudi soir à Vierzon, inondant une centaine de maisons.",
        "sorti de son lit",
        TOLD,
    ),
    # ... and a first sentence that is not the title
    (
        "Crue meurtrière dans la vallée",
        "Aucune maison du village n'a résisté à la crue. Le bilan s'est alourdi vendredi à "
        "douze morts, a annoncé le préfet.",
        "Aucune maison",
        TOLD,
    ),
]


@pytest.mark.parametrize(("title", "body", "words", "roles"), TITLES)
def test_the_title_printed_again_is_no_event(title, body, words, roles):
    assert sentence_of(body, PUBLISHED, words, title).role in roles
