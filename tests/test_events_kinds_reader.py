"""The article speaking to its reader (issue 9, kinds of sentence): a verb of the second
person plural out of any quotation. spaCy's tagger marks some words so that are no such verb
(a name, "l'album Asterios Polyp"; a number, "9.240 sapeurs-pompiers"): every verb of the
second person plural ends in "-ez" or "-tes" ("consultez", "vous avez", "êtes", "faites"), and
a word that ends otherwise addresses nobody, the sentence stays the news it tells. Invented
French sentences, each beside a twin that does address the reader.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

from timeline.events import kinds

PUBLISHED = "2011-01-30"
PRIZES = "Le festival de la bande dessinée a remis ses prix dimanche.\n\n"
STORM = "La tempête a frappé la côte dans la nuit de lundi à mardi.\n\n"

ROWS = [
    # a name the tagger reads as a verb of the second person plural: the prize is news
    (
        PRIZES + "Paul Martin reçoit le Fauve d'Or, avec l'album Asterios Polyp (Editions Dupuis).",
        "Fauve d'Or",
        TOLD,
    ),
    # ... twin: the reader addressed
    (PRIZES + "Consultez le palmarès complet sur notre site.", "palmarès", NO_EVENT),
    # a number the tagger reads so
    (STORM + "9.240 sapeurs-pompiers sont à l'œuvre sur le terrain mardi.", "sapeurs", TOLD),
    (STORM + "Vous pouvez suivre la décrue sur notre carte interactive.", "décrue", NO_EVENT),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_the_reader_is_addressed_by_a_verb_of_the_second_person(body, words, roles):
    sentence = sentence_of(body, PUBLISHED, words)
    assert sentence.role in roles


@pytest.mark.parametrize(
    ("body", "words", "reader"),
    [
        (PRIZES + "Paul Martin reçoit le Fauve d'Or, avec l'album Asterios Polyp.", "Fauve", False),
        (PRIZES + "Consultez le palmarès complet sur notre site.", "palmarès", True),
        (STORM + "9.240 sapeurs-pompiers sont à l'œuvre sur le terrain mardi.", "sapeurs", False),
    ],
)
def test_the_second_person_reads_the_verb_s_ending(body, words, reader):
    assert kinds.addresses_reader(sentence_of(body, PUBLISHED, words)) is reader
