"""The present of narration after the story's first event (issue 9, reports not published):
a paragraph opening on a person named doing something in the present tells an act of the
story, as a lead in the present does ("Manuele Fior reçoit le Fauve d'Or", "Le centriste
Gilles de Robien quitte le ministère des Transports"), not a description told by nobody.
Invented French sentences, each beside a twin that describes.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

PUBLISHED = "2011-01-31"
LEAD = "Le festival de la bande dessinée a remis ses prix dimanche soir à Angoulême.\n\n"
GOVERNMENT = "La liste du nouveau gouvernement a été rendue publique jeudi par l'Elysée.\n\n"

ROWS = [
    (LEAD + "Jeanne Martin reçoit le Prix du public pour l'album Les Oiseaux.", "Prix du", TOLD),
    (
        GOVERNMENT + "Le centriste Paul Durand quitte le ministère de l'Agriculture pour celui "
        "de la Santé.",
        "ministère de l'Agriculture",
        TOLD,
    ),
    (
        GOVERNMENT + "Marie Lefort, ancienne maire de Rennes, devient ministre déléguée aux "
        "Transports.",
        "ministre déléguée",
        TOLD,
    ),
    # ... a thing described in the present, no person named: context
    (
        LEAD + "Le festival accueille chaque année des milliers de visiteurs venus de toute "
        "l'Europe.",
        "milliers de visiteurs",
        NO_EVENT,
    ),
    # ... a name before a colon is a title's, not the subject
    (
        LEAD + "Jeanne Martin primée : sa maison d'édition réimprime l'album en urgence.",
        "réimprime",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_a_person_named_acting_in_the_present_is_an_act(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles
