"""Page furniture of other shapes (issue 9, background published): a page's stamps of its
publication and update on one line, the title printed again after a bulletin's dateline, a
caption whose credit follows its stop ("... 2003. crédit : NASA") or a spaced dash with no
stop ("... 2015 — ODD ANDERSEN AFP"), and what a fact says by itself ("une telle foule en dit
long"). Invented French in the shapes of the pages (dev30's rfi.fr, agenceurope.eu,
futura-sciences.com and 20minutes.fr; a caption of cieletespace.fr's), each beside a twin
that tells the story.

Each row of the tables on articles: (body, words of the sentence, roles it may have)."""

from __future__ import annotations

import pytest
from essai_article import NO_EVENT, TOLD, sentence_of

from timeline.events import kinds
from timeline.events.sentences import is_date_line

PUBLISHED = "2008-01-28"
#: no event, or a heading of its own
UNTOLD = NO_EVENT | {"heading"}
STORY = (
    "En fin de matinée, le trader a quitté les locaux de la brigade financière. "
    "Il a été emmené au pôle financier du parquet."
)

# (line, only stamps of a day)
DATE_LINES = [
    ("Article publié le 28/01/2008 Dernière mise à jour le 28/01/2008 à 15:07 TU", True),
    ("Publié le 12 mars 2023 à 10h, mis à jour le 13 mars 2023 à 8h", True),
    ("Mis à jour le 5 avril 2016 à 12:03 GMT", True),
    ("Publié le 12/03/2023 à 10h15.", True),
    ("Mercredi 29 juin 2022", True),
    # ... twins: a sentence that opens on a day, a stamp followed by a byline
    ("Le 12 mars 2023, le maire a démissionné", False),
    ("Publié le 12/03/2023 à 10h par Jean Dupont", False),
    ("Dernière mise à jour des chiffres le 12 mars par la préfecture", False),
]


@pytest.mark.parametrize(("line", "expected"), DATE_LINES)
def test_a_line_of_stamps_is_a_date_line(line, expected):
    assert is_date_line(line) is expected


# (title, body, words of the sentence, roles it may have)
TITLES = [
    # a bulletin's dateline, then the title printed again: the headline
    (
        "Le maire de Vierzon contraint à la démission",
        "12/03/2009 (Agence Europe) - Le maire de Vierzon contraint à la démission. Devant la "
        "colère des habitants, le maire a été poussé à la démission par son parti, jeudi 12 "
        "mars.",
        "contraint à la démission.",
        NO_EVENT,
    ),
    (
        "Le maire de Vierzon démissionne",
        "VIERZON (Reuters) - Le maire de Vierzon démissionne. L'élu a remis jeudi sa lettre au "
        "préfet, a indiqué la préfecture.",
        "Le maire de Vierzon démissionne",
        NO_EVENT,
    ),
    # ... and the story after it, in the same paragraph
    (
        "Le maire de Vierzon contraint à la démission",
        "12/03/2009 (Agence Europe) - Le maire de Vierzon contraint à la démission. Devant la "
        "colère des habitants, le maire a été poussé à la démission par son parti, jeudi 12 "
        "mars.",
        "poussé à la démission",
        TOLD,
    ),
    # ... twin: a dateline before a lead that is not the title
    (
        "Crise à la mairie de Vierzon",
        "12/03/2009 (Agence Europe) - Le maire de Vierzon a démissionné jeudi, poussé par son "
        "parti.",
        "a démissionné jeudi",
        TOLD,
    ),
]


@pytest.mark.parametrize(("title", "body", "words", "roles"), TITLES)
def test_the_title_after_a_dateline_is_no_event(title, body, words, roles):
    assert sentence_of(body, "2009-03-12", words, title).role in roles


ROWS = [
    # a page's stamps of its publication and update, on a line of their own
    (
        "par RFI\n\nArticle publié le 28/01/2008 Dernière mise à jour le 28/01/2008 à 15:07 TU"
        "\n\n" + STORY,
        "Dernière mise à jour",
        UNTOLD,
    ),
    (
        STORY + "\n\nPublié le 28 janvier 2008 à 10h, mis à jour le 28 janvier 2008 à 16h",
        "Publié",
        UNTOLD,
    ),
    # a caption, its credit labelled after its stop, anywhere on the page
    (
        "La navette a été perdue samedi.\n\nLe lancement de la dernière mission de la navette, "
        "le dimanche 27 janvier 2008. crédit : NASA\n\n" + STORY,
        "lancement de la dernière mission",
        NO_EVENT,
    ),
    (
        STORY + "\n\nLa navette a décollé le 27 janvier 2008. Crédit : Nasa/Ciel & Espace",
        "a décollé",
        NO_EVENT,
    ),
    # ... twin: the same sentence with no credit tells the story
    (
        "La navette a été perdue samedi.\n\nLe lancement de la dernière mission de la navette "
        "a eu lieu le dimanche 27 janvier 2008.\n\n" + STORY,
        "lancement de la dernière mission",
        TOLD,
    ),
    # a caption, a photographer and an agency after a spaced dash, no stop before it
    (
        "Le patron s'est excusé dans une vidéo.\n\nLe patron du groupe lors d'une conférence "
        "de presse à Francfort le 14 septembre 2015 — JOHN MACDOUGALL AFP\n\nDes excuses, et la "
        "promesse de tout faire pour regagner la confiance : c'est ce qu'a dit mardi le patron. "
        "Il a aussi assuré qu'il ne démissionnerait pas.",
        "conférence de presse à Francfort",
        NO_EVENT,
    ),
    # ... twin: a sentence of the story with a dash and a name in capitals, no agency
    (
        "Le patron s'est excusé mardi dans une vidéo — un geste rare, selon la CGT.\n\n"
        "Des excuses, et la promesse de tout faire pour regagner la confiance : c'est ce qu'a "
        "dit mardi le patron. Il a aussi assuré qu'il ne démissionnerait pas.",
        "excusé mardi",
        TOLD,
    ),
    # what a fact says by itself: the article's commentary
    (
        "Lundi, des milliers d'habitants ont manifesté devant le Parlement. Sur une île de "
        "300 000 habitants, une telle foule en dit long.",
        "en dit long",
        NO_EVENT,
    ),
    (
        "Lundi, des milliers d'habitants ont manifesté devant le Parlement. Le silence du "
        "gouvernement parle de lui-même.",
        "parle de lui-même",
        NO_EVENT,
    ),
    # ... twin: someone who said it at length
    (
        "Lundi, des milliers d'habitants ont manifesté devant le Parlement. Le Premier ministre "
        "a dit lundi son refus de démissionner.",
        "son refus",
        TOLD,
    ),
]


@pytest.mark.parametrize(("body", "words", "roles"), ROWS)
def test_page_furniture_is_no_event(body, words, roles):
    assert sentence_of(body, PUBLISHED, words).role in roles


# Paragraphs, the numbers of those no part of the story
CAPTIONS = [
    (["Le récit.", "Le lancement de la navette, le 16 janvier 2003. crédit : NASA"], {2}),
    (["Le récit.", "Le premier vol, le 12 avril 1981. Photo : Nasa"], {2}),
    (
        [
            "Le récit.",
            "Le patron à Francfort le 14 septembre 2015 — ODD ANDERSEN AFP",
            "La suite. Le récit va.",
        ],
        {2},
    ),
    # ... twins: two sentences before the credit (a story's, signed), a dash in the story
    (["Le récit.", "Le patron a parlé. Il a démissionné. Crédit : Nasa"], set()),
    (["Le récit.", "Le patron a parlé — un geste rare", "La suite. Le récit va."], set()),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CAPTIONS)
def test_credits_after_a_stop_or_a_dash(paragraphs, expected):
    assert kinds.caption_paragraphs(paragraphs) == expected
