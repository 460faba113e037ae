"""A subheading glued above its text by a single line break, which the page's copy printed
as a line of its own (issue 9, background published: glued to the sentence under it, the
heading made that sentence a gold not-event's too): one opening with a figure ("41 passagers
manquent à l'appel") or a quotation mark ("« Retournez à bord »"), or one over a list's item
("A l'échelle nationale\\n– Le club a officialisé ..."). Invented French; the last rows are
the twins that stay one sentence (a line wrapped in the middle of a sentence goes on in
lower case or with a figure).

Each row: (body, [(text, heading, index in paragraph), ...])."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.articles import parse_article
from timeline.events.sentences import split_sentences


def body_sentences(body: str) -> list[tuple[str, bool, int]]:
    """(text, heading, index in paragraph) of each sentence of an article body."""
    text = f'---\ntitle: "Essai"\ndate: 2024-08-16\nsource: essai\n---\n\n{body}\n'
    article = parse_article(text, Path("content/2024-08-16-essai.md"))
    return [
        (text[s.start : s.end], s.heading, s.index_in_paragraph) for s in split_sentences(article)
    ]


HEADINGS = [
    (
        "Le chalutier a sombré samedi au large de Lorient.\n12 marins secourus\n"
        "Les sauveteurs ont hélitreuillé l'équipage avant l'aube.",
        [
            ("Le chalutier a sombré samedi au large de Lorient.", False, 0),
            ("12 marins secourus", True, 0),
            ("Les sauveteurs ont hélitreuillé l'équipage avant l'aube.", False, 0),
        ],
    ),
    (
        "« Sauvez les enfants d'abord »\nLe capitaine a ordonné l'évacuation vers minuit.",
        [
            ("« Sauvez les enfants d'abord »", True, 0),
            ("Le capitaine a ordonné l'évacuation vers minuit.", False, 0),
        ],
    ),
    (
        "A l'échelle régionale\n– Le Stade brestois a officialisé l'arrivée d'un attaquant.",
        [
            ("A l'échelle régionale", True, 0),
            ("– Le Stade brestois a officialisé l'arrivée d'un attaquant.", False, 0),
        ],
    ),
    # ... or quoted whole with straight marks, over the quotation it is drawn from
    (
        'Le skipper a heurté un chalutier.\n"Le pire cauchemar"\n'
        "Le skipper a dit dans une vidéo que c'était le pire cauchemar de sa carrière.",
        [
            ("Le skipper a heurté un chalutier.", False, 0),
            ('"Le pire cauchemar"', True, 0),
            (
                "Le skipper a dit dans une vidéo que c'était le pire cauchemar de sa carrière.",
                False,
                0,
            ),
        ],
    ),
    # ... a line wrapped in the middle of a sentence stays in it
    (
        "Le maire a réuni mardi\n12 élus de l'opposition.",
        [("Le maire a réuni mardi\n12 élus de l'opposition.", False, 0)],
    ),
    (
        "Le maire a réuni mardi les élus\nde l'opposition.",
        [("Le maire a réuni mardi les élus\nde l'opposition.", False, 0)],
    ),
    # ... a line that opens a quotation at its end goes on in the next
    (
        'Le maire a déclaré "\nNous rouvrirons le pont." lundi.',
        [('Le maire a déclaré "\nNous rouvrirons le pont." lundi.', False, 0)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), HEADINGS)
def test_a_subheading_glued_above_its_text_is_a_heading(body, expected):
    assert body_sentences(body) == expected


# A line numbered as a section's or a summary's title, with no final period, is a heading
# whatever its length; a numbered sentence is a sentence.
NUMBERED = [
    (
        "3 - Bretagne : le conseil régional adopte son budget après une nuit de débats "
        "houleux entre la majorité et l'opposition\n\nLe budget a été voté jeudi.",
        [
            (
                "3 - Bretagne : le conseil régional adopte son budget après une nuit de débats "
                "houleux entre la majorité et l'opposition",
                True,
                0,
            ),
            ("Le budget a été voté jeudi.", False, 0),
        ],
    ),
    (
        "3 - Le conseil régional a adopté jeudi son budget après une nuit de débats houleux "
        "entre la majorité et l'opposition.",
        [
            (
                "3 - Le conseil régional a adopté jeudi son budget après une nuit de débats "
                "houleux entre la majorité et l'opposition.",
                False,
                0,
            )
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), NUMBERED)
def test_a_numbered_title_is_a_heading(body, expected):
    assert body_sentences(body) == expected


INVITATIONS = [
    (
        "Le car s'est renversé samedi près de Gap.\nRegardez les images de l'accident :\n"
        "« Nous avons évacué les passagers en dix minutes », a indiqué le préfet.",
        [
            ("Le car s'est renversé samedi près de Gap.", False, 0),
            ("Regardez les images de l'accident :", True, 0),
            ("« Nous avons évacué les passagers en dix minutes », a indiqué le préfet.", False, 0),
        ],
    ),
    (
        "Suivez notre direct :\nLes secours ont évacué samedi tous les passagers du car.",
        [
            ("Suivez notre direct :", True, 0),
            ("Les secours ont évacué samedi tous les passagers du car.", False, 0),
        ],
    ),
    # ... a sentence introducing a quote stays one sentence with it
    (
        "Le préfet a déclaré :\n« Nous avons évacué les passagers en dix minutes. »",
        [
            (
                "Le préfet a déclaré :\n« Nous avons évacué les passagers en dix minutes. »",
                False,
                0,
            ),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), INVITATIONS)
def test_an_invitation_to_look_closed_by_a_colon_is_a_heading(body, expected):
    assert body_sentences(body) == expected


SIGNATURES = [
    (
        "Un éboulement a coupé la route du col jeudi.\nLes géologues surveillaient la pente "
        "depuis le 2 juin.\nmdup avec ats",
        [
            ("Un éboulement a coupé la route du col jeudi.", False, 0),
            ("Les géologues surveillaient la pente depuis le 2 juin.", False, 1),
            ("mdup avec ats", True, 0),
        ],
    ),
    (
        "Un éboulement a coupé la route du col jeudi.\nAvec AFP",
        [
            ("Un éboulement a coupé la route du col jeudi.", False, 0),
            ("Avec AFP", True, 0),
        ],
    ),
    # ... a line wrapped in the middle of a sentence goes on with it
    (
        "Un éboulement a coupé la route du col, a indiqué\nla police cantonale avec les secours.",
        [
            (
                "Un éboulement a coupé la route du col, a indiqué\nla police cantonale avec les "
                "secours.",
                False,
                0,
            ),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), SIGNATURES)
def test_a_credit_closing_the_paragraph_is_a_line_of_its_own(body, expected):
    assert body_sentences(body) == expected
