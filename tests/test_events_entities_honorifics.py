"""A courtesy title before a name is left out of the name ("M. Poutine" is Poutine), but only
as a word of its own: a name that opens with the same letters keeps them ("Melun" is no
"Me lun", "Drôme" no "Dr ôme", "le Président de la République" no "Pr ésident"). Invented
French sentences; the NER's mentions given as extraction stores them."""

from __future__ import annotations

import pytest

from timeline.events import entities
from timeline.records import NerMention

NAMES = [
    # (case, sentence, the NER's name, its label, the entity's name)
    ("a lawyer's title", "Me Paul Durand a plaidé mardi.", "Me Paul Durand", "PER", "Paul Durand"),
    ("a doctor's title", "Le Dr Anne Morel a opéré.", "Dr Anne Morel", "PER", "Anne Morel"),
    ("monsieur", "M. Jean Vidal a démissionné.", "M. Jean Vidal", "PER", "Jean Vidal"),
    ("a town opening with Me", "Un incendie a ravagé Melun.", "Melun", "LOC", "Melun"),
    ("a department opening with Dr", "La Drôme est en alerte.", "Drôme", "LOC", "Drôme"),
    (
        "a title opening with Pr",
        "Le Président de la République a parlé.",
        "Président de la République",
        "PER",
        "Président de la République",
    ),
    ("a region opening with Pr", "La Provence a brûlé.", "Provence", "LOC", "Provence"),
]


@pytest.mark.parametrize(
    ("case", "text", "found", "label", "name"), NAMES, ids=[n[0] for n in NAMES]
)
def test_a_courtesy_title_is_left_out_only_as_a_word_of_its_own(case, text, found, label, name):
    registry = entities.Registry()
    start = text.index(found)
    ner = [NerMention(start=start, end=start + len(found), text=found, label=label)]
    [mention] = entities.find_mentions(registry, text, 0, len(text), ner)
    assert registry.entities[mention.entity].name == name
