"""A caption with its picture's credit glued to it (issue 9, background published): the
page's copy glues an agency's name before a caption's first word ("REUTERSDes feux de forêt
font rage ...") or, on the page's first block, after its one sentence, alone or with the
photographer's ("Des pilotes manifestent à Genève. Keystone", "... le 6 mai 2016.
REUTERS/Jean Dupont"): a caption, no event. A story's last sentence signed by its agency
further down stays the story's ("..., a déclaré le magistrat. AFP"). Invented French
sentences, each row beside a twin.

Each row: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

from timeline.events import kinds

PUBLISHED = "2016-05-07"
STORY = (
    "Quelque 7 500 personnes de plus ont été évacuées vendredi près de la ville. "
    "Les pompiers ont contenu le feu au sud de l'autoroute."
)

ROWS = [
    # the page's first block: a caption and its agency's name
    (
        "Des pompiers manifestent devant la préfecture de Nantes. Keystone\n\n" + STORY,
        "manifestent devant",
        NO_EVENT,
    ),
    (
        "Des policiers ont fermé la route au sud de la ville vendredi. REUTERS/Jean Dupont"
        "\n\n" + STORY,
        "fermé la route",
        NO_EVENT,
    ),
    # ... the story under it is told
    (
        "Des pompiers manifestent devant la préfecture de Nantes. Keystone\n\n" + STORY,
        "7 500",
        TOLD,
    ),
    # the agency's name glued before a caption's first word, anywhere on the page
    (
        STORY + "\n\nREUTERSDes pompiers ont évacué samedi les habitants du quartier nord.",
        "habitants du quartier",
        NO_EVENT,
    ),
    # ... the same sentence with no credit: the story
    (
        STORY + "\n\nDes pompiers ont évacué samedi les habitants du quartier nord.",
        "habitants du quartier",
        TOLD,
    ),
    # ... a story's last sentence signed by its agency, further down the page: the story's
    (STORY + "\n\nLe préfet a ordonné samedi l'évacuation du quartier nord. AFP", "préfet", TOLD),
    # a credit after a spaced dash closing the page's first block: a caption
    (
        "Des policiers ont fermé la route au sud de la ville vendredi. — JEAN DUPONT\n\n" + STORY,
        "fermé la route",
        NO_EVENT,
    ),
    # ... a block the story goes on after, under the standfirst: a caption
    (
        "Le préfet a ordonné l'évacuation de la ville.\n\n"
        "Le préfet a signé seul samedi l'arrêté d'évacuation du quartier nord de la ville. "
        "- AFP\n\n" + STORY,
        "signé seul",
        NO_EVENT,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_a_credited_caption_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


# Paragraphs, the numbers of those no part of the story
CAPTIONS = [
    (["Des pilotes manifestent à Genève. Keystone", "Le récit."], {1}),
    (["REUTERSDes pilotes manifestent à Genève.", "Le récit."], {1}),
    (["Le récit.", "REUTERSDes pilotes manifestent à Genève."], {2}),
    # a first block of two sentences signed by the agency: a story's, with its signature
    (["Le maire a démissionné. Il sera remplacé lundi. AFP", "Le récit."], set()),
    # ... the agency's name as a word of the story
    (["Le récit cite l'agence Reuters.", "La suite selon AFP."], set()),
    # a credit after a spaced dash: the first block, or the copy of the block before it
    (["Des pilotes manifestent à Genève. — KEYSTONE", "Le récit."], {1}),
    (
        ["Le récit.", "Un pilote a posé son avion.", "Un pilote a posé son avion. - AFP"],
        {2, 3},
    ),
    # ... or a block the story goes on after (a block of several sentences after it)
    (["Le récit.", "Le pilote a posé son avion. - AFP", "La suite. Le récit va."], {2}),
    # ... further down and alone, or closing two sentences: a story's, signed, whatever
    # lines of furniture follow it
    (["Le récit.", "Le pilote a posé son avion. - AFP"], set()),
    (["Le récit.", "Le pilote a posé son avion. - AFP", "Crédits : Jean Dupont"], set()),
    (["Le pilote a posé son avion. Il a salué la foule. — AFP", "Le récit."], set()),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CAPTIONS)
def test_credited_caption_paragraphs(paragraphs, expected):
    assert kinds.caption_paragraphs(paragraphs) == expected
